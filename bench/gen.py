"""Generate realistic Japanese networking drafts for the benchmark.

Draft i depends only on (SEED, i), so the first 1,000 drafts of the 50,000 set are the 1,000 set.
About one draft in four carries a problem a rule should catch (a mobile number, an unfilled slot,
slang, a double honorific, a demand...), and a few are mass-send copies with only the name swapped.
Average length is about 300 characters, from one-line X replies to long first-contact e-mails.

    python bench/gen.py OUT_DIR COUNT
"""
from __future__ import annotations

import os
import random
import sys
from pathlib import Path

SEED = 20240601
VERSION = 3  # bump when the templates change, so cached inputs are rebuilt

SURNAMES = ["佐藤", "鈴木", "高橋", "田中", "伊藤", "渡辺", "山本", "中村", "小林", "加藤", "吉田", "山田",
            "佐々木", "山口", "松本", "井上", "木村", "林", "清水", "山崎", "森", "池田", "橋本", "阿部",
            "石川", "前田", "藤田", "小川", "岡田", "後藤", "長谷川", "村上", "近藤", "石井", "坂本", "遠藤"]
GIVEN = ["健太", "美咲", "翔太", "由美", "大輔", "彩", "拓也", "真理子", "直樹", "花子", "誠", "陽子"]
COMPANIES = ["株式会社ソラテック", "ミライ物産株式会社", "株式会社ブルーリーフ", "アグリテック福岡株式会社",
             "株式会社ネクストデザイン", "東和ロジスティクス株式会社", "株式会社ハルカ製薬",
             "株式会社シグマデータ", "株式会社あおば不動産", "北斗システムズ株式会社", "株式会社ことのは出版"]
ROLES = ["人事部で採用を担当している", "データ分析チームでエンジニアをしている", "営業企画部に所属している",
         "フリーランスでWebデザインをしている", "マーケティング部でブランド戦略を担当している",
         "新規事業開発室でプロダクトマネージャーをしている", "広報部で技術広報をしている",
         "大学院で機械学習を研究している"]
TOPICS = ["生成AIを使った業務改善", "地方の物流DX", "スタートアップの採用広報", "データ基盤の設計",
          "子育てと仕事の両立", "SaaSのカスタマーサクセス", "農業ロボットの導入事例", "医療データの利活用",
          "サステナビリティ経営", "リモートチームのマネジメント", "UXリサーチの進め方"]
EVENTS = ["先日のDevelopers Summit", "九州ベンチャーサミット", "先月の人事カンファレンス", "JAWS DAYS",
          "昨年のマーケティングフォーラム", "地元の勉強会", "大学のOB会", "オンラインのLT大会"]
MEDIA = ["ご講演", "noteの記事", "LinkedInの投稿", "ポッドキャスト", "技術ブログ", "インタビュー記事", "ご著書"]
PLACES = ["渋谷", "大阪の梅田", "福岡の天神", "名古屋駅の近く", "オンライン", "御社の近く"]
PHONES_OFFICE = ["03-5555-0123", "06-6345-7788", "092-711-4455", "052-222-3344"]
PHONES_MOBILE = ["090-1234-5678", "080-3321-7745", "070-2468-1357", "０９０－８７６５－４３２１", "09011112222"]
ADDRESSES = ["〒150-0002 東京都渋谷区渋谷2-21-1 ヒカリエ18F", "〒530-0001 大阪府大阪市北区梅田3-1-3",
             "〒810-0001 福岡県福岡市中央区天神1-4-2 天神ビル5階"]


def _pick(rng: random.Random, items):
    return items[rng.randrange(len(items))]


def _fields(rng: random.Random) -> dict:
    return {
        "to": _pick(rng, SURNAMES), "me": _pick(rng, SURNAMES), "given": _pick(rng, GIVEN),
        "company": _pick(rng, COMPANIES), "role": _pick(rng, ROLES), "topic": _pick(rng, TOPICS),
        "event": _pick(rng, EVENTS), "media": _pick(rng, MEDIA), "place": _pick(rng, PLACES),
        "office": _pick(rng, PHONES_OFFICE), "mobile": _pick(rng, PHONES_MOBILE),
        "address": _pick(rng, ADDRESSES), "month": rng.randint(1, 12), "day": rng.randint(1, 28),
        "hour": rng.randint(10, 18), "years": rng.randint(2, 15),
    }


OPENINGS = [
    "{to}様\n\nはじめまして。{company}で{role}{me}と申します。",
    "{to}さん\n\nはじめまして、{me}です。{company}で{role}者です。",
    "{to}様\n\n突然のご連絡失礼いたします。{company}の{me}と申します。",
    "{to}さん、こんにちは。{event}でお話しした{me}です。",
    "{to}様\n\nご無沙汰しております。以前{company}でご一緒した{me}です。",
    "{to}先生\n\nはじめてご連絡いたします。{company}で{role}{me}と申します。",
]
HOOKS = [
    "{to}さんの{media}で「{topic}」について書かれていたのを拝見し、ぜひお話を伺いたいと思いました。",
    "{event}での{to}様のご講演、特に{topic}の具体例がとても参考になりました。",
    "{media}を拝読しました。{topic}で同じ壁にぶつかっていたので、解決の順序の話に深くうなずきました。",
    "共通の知人である{given}さんから、{to}さんが{topic}に詳しいと伺いました。",
    "{to}さんが{media}で紹介されていた取り組みは、私たちのチームでもすぐに試してみました。",
]
BODIES = [
    "私は{years}年ほど{topic}に関わっており、現在は社内で小さなチームを立ち上げたところです。",
    "弊社でも{topic}に取り組み始めたばかりで、進め方に迷う場面が多くあります。",
    "これまで{years}年間、現場で試行錯誤してきたことを、少しでも共有できればと考えています。",
    "もしご関心があれば、弊社で集めた事例のまとめ資料をお送りします。",
    "{to}さんの取り組みと私たちの経験には重なる部分が多いように感じています。",
    "特に、最初の三か月で何を測り、何を捨てたのかというお話は、いま私たちが悩んでいる点そのものでした。",
    "現在、{place}を拠点に、{topic}に関心のある有志で月に一度の勉強会を開いています。",
    "先月はその勉強会で、{to}さんの{media}を題材に議論したところ、参加者から多くの質問が出ました。",
    "私たちの側からは、導入初期につまずいた点や、社内の合意形成で工夫したことをお話しできます。",
    "もちろん、お忙しい時期かと思いますので、ご負担のない範囲で構いません。",
    "{month}月{day}日（{hour}時〜）には{place}でイベントも予定しており、よろしければご案内をお送りします。",
]
ASKS = [
    "もしよろしければ、{month}月中に30分ほどオンラインでお話しする機会をいただけないでしょうか。",
    "ご都合のよい日時をいくつかお知らせいただけますと幸いです。",
    "{place}でお茶でもしながら、情報交換ができれば嬉しいです。",
    "お忙しいところ恐縮ですが、ご検討いただけますと幸いです。",
    "つながり申請をお送りしましたので、ご承認いただけると嬉しいです。",
]
CLOSINGS = [
    "どうぞよろしくお願いいたします。",
    "ご返信をお待ちしております。",
    "お時間のあるときにご覧いただければ幸いです。",
    "引き続きよろしくお願いいたします。",
]
SIGNATURE = "\n\n――――――――――\n{company}\n{me} {given}\n{address}\nTEL: {office}（代表）\n――――――――――"
X_REPLIES = [
    "@{to}_dev {media}拝見しました！{topic}の話、めちゃくちゃ参考になりました。",
    "{to}さん、{event}ではありがとうございました。資料の共有、とても助かります。",
    "@{to}_pm 突然のDM失礼します。{topic}について一点だけ質問させてください。",
]
FOLLOW_UPS = [
    "{to}様\n\n先日お送りしたメッセージの件で、一度だけ改めてご連絡しました。お忙しいようでしたら、どうぞご放念ください。",
    "{to}さん\n先週の件、お手すきの際にご確認いただければ嬉しいです。急ぎではありませんので、ご無理のないようお願いします。",
]
# Problems the rules are meant to catch, inserted into about a quarter of the drafts.
PROBLEMS = [
    "何かあれば{mobile}までお電話ください。",
    "私の携帯は{mobile}です。",
    "〇〇様のご活躍を拝見しております。",
    "{{{{company_name}}}}の皆様にもよろしくお伝えください。",
    "昨日は飲みすぎて二日酔いですが笑、頑張ります！ｗｗ",
    "マジでヤバいくらい感動しました（笑）",
    "先日おっしゃられていた件について、拝見させていただきました。",
    "至急ご返信ください。{month}月{day}日までに必ずご回答ください。",
    "何度もご連絡しておりますが、まだお返事をいただけていないのですが。",
    "資料を送付することができますので、ご確認することができます。",
    "こちらが弊社の会社概要になります。",
    "LINE IDを追加してください。個人のGmailに送ってください。",
    "拝啓 時下ますますご清栄のこととお慶び申し上げます。",
    "私のような者が大変恐縮ですが、申し訳ございませんが、本当にすみません。",
    "つきましては、御社の採用担当の方をご紹介いただけますでしょうか、また可能であれば私の履歴書をご覧いただき"
    "ご意見をいただくとともに、面接の機会についてもご検討いただけると大変ありがたく存じますので何卒よろしく"
    "お願い申し上げます。",
    "で、あなたの会社に入れてもらえるかどうかだ。",
]


def _fill(template: str, f: dict) -> str:
    return template.format(**f)


def draft(i: int) -> tuple[str, str]:
    """(suffix, text) of draft number i."""
    rng = random.Random(SEED * 1_000_003 + i)
    # A mass send: the same draft as one of the previous few, with only the names swapped.
    if i >= 8 and rng.random() < 0.04:
        base = i - rng.randint(1, 7)
        suffix, text = draft(base)
        old = random.Random(SEED * 1_000_003 + base)
        f_old = _fields(old)
        to = _pick(rng, SURNAMES)
        return suffix, text.replace(f_old["to"], to)
    f = _fields(rng)
    kind = rng.random()
    parts: list[str] = []
    suffix = ".txt"
    if kind < 0.15:  # X reply / DM
        parts.append(_fill(_pick(rng, X_REPLIES), f))
    elif kind < 0.25:  # a short follow-up
        parts.append(_fill(_pick(rng, FOLLOW_UPS), f))
    elif kind < 0.45:  # LinkedIn connection note
        parts += [_fill(_pick(rng, OPENINGS), f), _fill(_pick(rng, HOOKS), f), _fill(_pick(rng, BODIES), f),
                  _fill(_pick(rng, ASKS), f)]
    else:  # message or e-mail
        parts += [_fill(_pick(rng, OPENINGS), f), "\n", _fill(_pick(rng, HOOKS), f)]
        for body in rng.sample(BODIES, rng.randint(4, 8)):
            parts.append(_fill(body, f))
        parts += ["\n", _fill(_pick(rng, ASKS), f), "\n", _fill(_pick(rng, CLOSINGS), f)]
        if kind > 0.7:
            parts.append(_fill(SIGNATURE, f))
            suffix = ".eml" if kind > 0.95 else ".txt"
    if rng.random() < 0.25:
        at = rng.randint(1, max(1, len(parts) - 1))
        parts.insert(at, _fill(_pick(rng, PROBLEMS), f))
    text = "".join(parts)
    if suffix == ".eml":
        text = f"Subject: {f['topic']}についてのご相談\nTo: contact{rng.randint(1, 999)}@example.com\n\n" + text
    return suffix, text + "\n"


def generate(out: Path, count: int) -> int:
    """Write drafts 0..count-1 under out/ (1,000 per sub-folder). Returns the number of characters."""
    chars = 0
    for i in range(count):
        suffix, text = draft(i)
        folder = out / f"{i // 1000:03d}"
        if i % 1000 == 0:
            folder.mkdir(parents=True, exist_ok=True)
        (folder / f"draft-{i:06d}{suffix}").write_text(text, encoding="utf-8")
        chars += len(text)
    return chars


def ensure(work: Path, count: int) -> tuple[Path, int, int]:
    """The folder of `count` drafts (built once, cached under work/), its files and characters."""
    out = work / f"drafts-{count}-v{VERSION}"
    stamp = out / ".done"
    if not stamp.exists():
        if out.exists():
            import shutil

            shutil.rmtree(out)
        chars = generate(out, count)
        stamp.write_text(str(chars))
    return out, count, int(stamp.read_text())


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    target, n = Path(sys.argv[1]), int(sys.argv[2])
    total = generate(target, n)
    print(f"{n} drafts, {total} characters, in {os.fspath(target)}")
