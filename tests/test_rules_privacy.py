"""Tips 2 and 9: phone-number, home-address, contact-preference.

textlint style: per rule, texts that must stay quiet (valid, with hard negatives) and texts that
must fire (invalid), then positions and masking in every output format.
"""
from __future__ import annotations

import json
import re

import pytest

from outreach_lint import lint_text


def _findings(rule: str, text: str, platform: str = "generic", options=None):
    return [f for f in lint_text(text, platform=platform, select=[rule], options=options) if f.rule == rule]


def _case(item):
    return item if isinstance(item, tuple) else (item, "generic")


# -- phone-number -------------------------------------------------------------------------------
PHONE_VALID = [
    # Office and representative numbers in a business signature.
    "株式会社サンプル 営業部 山田太郎\nTEL: 03-1234-5678（代表）\nFAX: 03-1234-5679\nEmail: yamada@sample.co.jp",
    "――――――――――\n合同会社ミライ 広報担当 佐藤\n電話 06-6123-4567\n〒530-0001 大阪府大阪市北区梅田1-1-1 梅田ビル8F",
    "大代表 03-3333-4444 にお電話いただければ、担当の鈴木におつなぎします。",
    # A business mobile.
    "社用携帯：090-1234-5678（平日9時〜18時）",
    "急ぎの際は仕事用のスマホ 080-1111-2222 までご連絡ください。",
    # Toll-free, navi-dial and IP numbers with no personal label.
    "お問い合わせはフリーダイヤル0120-123-456（平日9:00〜18:00）までお願いいたします。",
    "サポート窓口 0570-000-123 / 0800-123-4567 でも受け付けております。",
    "弊社の新しいIP電話 050-1234-5678 でも受け付けています。",
    # Dates, times, prices, postal codes, ids, URLs.
    "2024-11-27のイベント、2025/12/03の勉強会にも参加予定です。",
    "会議は14:00-15:30、会場は3-201教室です。参加費は3,000円、総額12,345,678円の予算と伺いました。",
    "〒150-0001 東京都渋谷区神宮前1-2-3 サンプルビル5Fにございます。",
    "注文番号 09012345678 の件でご連絡いたしました。",
    "会員ID: 08012345678 でログインできます。",
    "ISBN 978-4-12-345678-9 のご著書を拝読しました。",
    "記事（https://example.com/posts/09012345678）を拝見しました。",
    "電話番号は090-****-5678のように伏せてお送りします。",
    "代表取締役 山田太郎\nTEL 03-1234-5678",
    "私の番号ではなく、会社の代表番号（03-1234-5678）にお願いします。",
    "12月3日 14:00から、参加費は3,000円です。",
    "ab09012345678cd は社内システムのIDです。",
    ("先日はありがとうございました。引き続きよろしくお願いいたします。", "linkedin"),
    # an all-zero number quoted in test code
    "テストでは assert is_valid_phone('090-0000-0000') のような固定値を使っています。",
    # a mobile the station owns, said so (当番携帯, 24時間対応ダイヤル)
    ('夜間に急変があった場合の連絡先です。\nみどり訪問看護ステーション 24時間対応ダイヤル：080-3345-7120（ステーション所有の当番携帯です）', 'facebook'),
]

PHONE_INVALID = [
    ("連絡先をお伝えし忘れていたので共有します。\nMy cell: +1 (646) 555-0199", "linkedin"),
    # the sentence before says whose number it is
    ("まだ事務所がないため、念のため自宅の電話番号もお伝えしておきます。0266-52-3187です。", "facebook"),
    ("先日のセミナーではありがとうございました。もしよろしければ、090-1234-5678までお気軽にお電話ください。", "linkedin"),
    ("――――――――\n佐藤花子\n携帯：０８０－２３４５－６７８９\nEmail: hanako@example.jp", "email"),
    "自宅の電話番号は045-123-4567です。平日の夜なら出られます。",
    ("今度ゆっくりお話ししたいです！私の番号は070ー1111ー2222なので、いつでもどうぞ。", "facebook"),
    "個人携帯（０９０）１２３４－５６７８までご連絡いただけますと幸いです。",
    ("+81 90-8765-4321 までショートメッセージください", "x"),
    "プライベートの番号 03-5555-6666 にかけていただいても大丈夫です。",
    "連絡先：090  1234  5678（平日夜）",
    "緊急時はポケベル 020-4612-3456 へ。",
    "電話番号：０９０１２３４５６７８",
    "代表取締役 鈴木一郎\n携帯 080-9876-5432",
    "お急ぎの場合は、私のケータイ 090‐3333‐4444 へ。",
    "実家の番号は（0３）1234-5678です。",
    "090・2222・3333 にお電話ください。",
    "番号はa080-7600-0000aです。",
    "念のため 090-0000-0000 も控えておいてください。",
    "会社：03-1234-5678／自宅：03-8765-4321",
    # an all-zero number standing for the writer's own
    "私の番号は 090-0000-0000 です。",
    # 家の電話 labels the number as home
    ("家の電話は082-231-5547です。保険の相談もいつでも乗りますよ。", "facebook"),
]


@pytest.mark.parametrize("item", PHONE_VALID)
def test_phone_valid(item):
    text, platform = _case(item)
    assert _findings("phone-number", text, platform) == []


@pytest.mark.parametrize("item", PHONE_INVALID)
def test_phone_invalid(item):
    text, platform = _case(item)
    found = _findings("phone-number", text, platform)
    assert found, text
    for f in found:
        assert "*" in f.excerpt and f.excerpt != f.raw_excerpt
        assert f.excerpt in f.message


def test_phone_position_and_mask():
    text = "山田様\n\n会社：03-1234-5678\n自宅：０３－８７６５－４３２１\n携帯 090-7351-2468 まで"
    found = _findings("phone-number", text)
    assert [(f.line, f.column, f.end_line, f.end_column) for f in found] == [(4, 4, 4, 16), (5, 4, 5, 17)]
    assert [f.excerpt for f in found] == ["０３－****－４３２１", "090-****-2468"]
    assert all(f.severity == "error" and f.tip == 2 for f in found)


def test_phone_in_brackets_is_reported_without_them():
    """携帯（090-…）: the brackets hold the number; (03) 1234-5678's belong to it."""
    text = "私の携帯（090-3381-6624）へ。自宅 (03) 3381-6624"
    assert [f.excerpt for f in _findings("phone-number", text)] == ["090-****-6624", "(03) ****-6624"]


def test_phone_jargon_is_opt_in():
    text = "連絡先は〇九〇-①②③④-⑤⑥⑦⑧です"
    assert _findings("phone-number", text) == []
    found = _findings("phone-number", text, options={"phone-number": {"jargon": True}})
    assert len(found) == 1 and found[0].excerpt == "〇九〇-****-⑤⑥⑦⑧"


def test_phone_labels_are_options():
    text = "連絡用：03-1234-5678"
    assert _findings("phone-number", text) == []
    assert _findings("phone-number", text, options={"phone-number": {"personal-labels": ["連絡用"]}})


HUGE = [
    "".join("0123456789-"[(i * 7) % 11] for i in range(100_000)),
    "0" * 100_000,
    ("090-1234-5678-" * 8000)[:100_000],
    "１" * 50_000 + "ー" * 50_000,
]


@pytest.mark.parametrize("rule", ["phone-number", "home-address", "contact-preference"])
@pytest.mark.parametrize("index", range(len(HUGE)))
def test_huge_digit_runs_terminate(rule, index):
    """A 100,000-character run of digits and hyphens: the rule finishes (it was measured linear;
    phonenumbers' matcher is bounded by max_tries and its candidate length)."""
    assert isinstance(_findings(rule, HUGE[index]), list)


# -- home-address -------------------------------------------------------------------------------
ADDRESS_VALID = [
    # a company signature with its own number is an office
    ("株式会社アオバ\n〒100-0001 東京都千代田区千代田1-1-1\nTEL 03-1234-5678", "email"),
    # a coworking office, named on the line above
    ("来週の打ち合わせは下記にお越しいただけますか。\n\nWeWork 渋谷スクランブルスクエア 16F 受付で「原田」とお伝えください。\n東京都渋谷区渋谷2-24-12",
     "email"),
    ("ABC K.K.\n1-2-3 Marunouchi, Chiyoda-ku, Tokyo 100-0005\nTEL 03-1234-5678", "email"),  # an office, romanized
    ("会場：1-7-3 Azabujuban, Minato-ku, Tokyo, Room 1102", "facebook"),  # a venue's room
    ("ご予約ありがとうございます、ゲストハウス「いとや」の伊藤です。住所は 尾道市久保2-9-14 です。駅から徒歩でお越しください。", "generic"),
    # home named, then another place for the post
    ("自宅兼事務所で活動していますが、郵送物は下記のバーチャルオフィス宛てにお願いします。\n〒150-0043 東京都渋谷区道玄坂1-10-8 渋谷道玄坂東急ビル2F-C", "email"),
    # a bare 住所は after the sender's cafe: the place's address, not a home
    ("場所でしたら、私が店長をしているカフェの2階が使えます。\n住所は台東区蔵前3-9-4、最大20名まで入れます。", "facebook"),
    # counts after a place, with and without a space
    "東京都内の2-3 社と、大阪市内の3-4 日間の研修を比較しました。",
    "横浜市内で2-3日開催します。",
    # A city or ward alone.
    "渋谷区で働いています。横浜市在住です。",
    ("はじめまして。大阪市北区のスタートアップでエンジニアをしている田中です。", "linkedin"),
    "実家は福岡県北九州市で、今は世田谷区に住んでいます。",
    # Company addresses in a signature or after 本社/オフィス/所在地.
    "株式会社サンプル 営業部 山田太郎\n〒150-0001 東京都渋谷区神宮前1-2-3 サンプルビル5F\nTEL: 03-1234-5678",
    "――――\n合同会社ミライ\n大阪府大阪市北区梅田1丁目2番3号\n代表 06-6123-4567\nhttps://mirai.example.jp",
    "弊社オフィスは東京都千代田区丸の内2-4-1にあります。お近くにお越しの際はぜひお立ち寄りください。",
    "所在地：神奈川県横浜市西区みなとみらい2-2-1 ランドマークタワー20階",
    "名古屋市中区栄3-4-5 栄ビル5Fの弊社までお越しいただけますと幸いです。",
    # Event venues.
    "会場：東京都渋谷区神宮前1-2-3 サンプルホール",
    "12月3日（火）19:00から、東京都港区六本木6-10-1にて開催します。",
    "当日の場所は下記のとおりです。\n東京都新宿区西新宿2-8-1 都庁前ビル\n最寄り駅は都庁前駅です。",
    # Numbers after a place that are not blocks.
    "東京都内の3-4社と面談しました。2024-11-27に大阪市で開催されたイベントにも参加しました。",
    "渋谷区 03-1234-5678 の番号にお電話ください。",
    "〒150-0001 東京都渋谷区（番地は後ほどお送りします）",
    ("ALWAYS 三丁目の夕日のような温かい職場ですね。", "facebook"),
    # A workplace, a facility, a neighbourhood given only to the 丁目.
    "東京都千代田区霞が関1-3-1の経済産業省で勤務しています。",
    "江東区有明3-11-1の東京ビッグサイトで開催される展示会に出展します。",
    "東京都杉並区阿佐谷北1丁目",
    # 自宅 mentioned, but the place is not the home (から), or the label is three lines away
    ("自宅から近いカフェで会いましょう。場所は東京都渋谷区神南1-2-3 カフェ青山です。", "linkedin"),
    ("自宅で作業しています。\n\n\n会場：東京都渋谷区神南1-2-3 渋谷ビル5F", "linkedin"),
    "横浜市民の3-1勝利でしたね。東京都知事選2024-25の記事も拝見しました。",
    # a room on a floor of an office building, in a clinic's signature
    ("こもれび内科クリニック\n院長 望月\n〒420-0857 静岡市葵区御幸町8-3 御幸ビル3階301号室\nTEL 054-255-6120", "email"),
    # a room in an office building, or in a campus building (号館), in a signature with the company or university
    ("ストーリーワークス株式会社\n中川 美穂\n〒150-0002 東京都渋谷区渋谷2-10-6 青山ブルービル502号室\nTEL：03-6805-1122", "email"),
    ("岩田 恵子\n電気通信大学 情報理工学研究科 教授\n〒182-8585 東京都調布市調布ヶ丘1-5-1 西2号館 512号室\nTel: 042-443-5521（研究室）", "email"),
    # うちの会社 / うちの店 is the sender's business, not their home
    ("打ち合わせの場所はうちの会社です→ 川越市新富町2-14-7 新富ビル3F", "facebook"),
    # a community hall's address in a neighbourhood association's signature
    ("ご検討のほど、よろしくお願い申し上げます。\n\n若葉台三丁目町内会 会長 石井 正雄\n若葉台集会所（横浜市旭区若葉台3-1-1）", "email"),
    # (…の家具店: a shop, not a home)
    ("ショールームは千代田区丸の内1-2-3の家具店の2階です。", "email"),
]

ADDRESS_INVALID = [
    # the next line tags the number （自宅）: the address above is the home
    ("事例集を郵送しますね。事務所にはいないことが多いので、念のため自宅の連絡先も書いておきます。\n〒183-0022 東京都府中市宮西町3-7-2 グリーンコート府中405号\n電話 042-000-1111（自宅）", "linkedin"),
    # the signature's next line says it is home (TEL（自宅）); the gathering held at home (うちで開く)
    ("資料をお送りします。\n\n森 恵子\n〒520-0044 滋賀県大津市京町2-4-18\nTEL（自宅）077-524-0000", "email"),
    ("来月の勉強会、今回はうちで開くことにしました。\n場所は杉並区高円寺北2丁目14-3 コーポ高円寺201号室です。", "generic"),
    # 会社ではなく自宅で: the home is where it goes, not the office
    "いつもお世話になっております。見本は会社ではなく自宅で受け取りたいので、名古屋市千種区今池3丁目12-5 今池コーポ203号室宛にお願いできますか。",
    ("勉強会の会場が見つからないので、今回はうちの自宅を使ってください。茅ヶ崎市東海岸北2丁目5番14号です。", "generic"),
    # the home named as the place: 自宅開催, 自宅の方が確実です
    ("今週末のもくもく会、会場が取れなかったので自宅開催にします！世田谷区太子堂4丁目1-9 メゾン三茶105号室、13時〜。", "x"),
    ("お手数ですが、下記までお送りいただけますでしょうか。オフィスは週二回しか出ないため、自宅の方が確実です。\n神奈川県横浜市青葉区美しが丘2-14-7",
     "linkedin"),
    ("今度うちで読書会やるのでよかったら来てください！場所は杉並区阿佐谷北2-14-6 コーポ阿佐ヶ谷101です。", "facebook"),
    # romanized, numbers first: a flat, or said to be home
    ("在宅勤務が多いので、以下の自宅住所に送っていただけると助かります。\n\nJames Carter\n4-12-8 Nakameguro, Meguro-ku, Tokyo 153-0061\nSunny Heights 203号室",
     "email"),
    ("自宅住所: 5-3-18 Kitazawa, Setagaya-ku, Tokyo 155-0031, #202", "generic"),
    # 今回はうちでやることにしました: the home named as the place
    ("来週の読書会、今回はうちでやることにしました。13時からで、場所は川崎市中原区木月3-18-5 グランメゾン木月402です。", "facebook"),
    ("事務所を持っていないため、恐縮ですが下記の自宅宛てにお送りください。\n〒248-0014 神奈川県鎌倉市由比ガ浜3-9-21", "email"),
    # the home named as the place two lines up, or in the words around the address
    ("今回は会場が取れなかったので、私の自宅で開催します。\n日時：8月24日（土）13時〜18時\n場所：東京都杉並区阿佐谷南3-21-8 メゾン阿佐谷302", "facebook"),
    ("サロンは自宅の一室でやっていて、場所は仙台市青葉区上杉3-8-12 グランメゾン上杉402号室です。", "facebook"),
    ("教室の場所は、岡山市北区奉還町2-6-18の平野宅です。", "facebook"),
    ("先日は勉強会でのLT、ありがとうございました！\n使い終わったら、下記の私の自宅宛に着払いで返送してください。\n"
     "住所：神奈川県川崎市中原区小杉町1-403-12 ライオンズ武蔵小杉805", "facebook"),
    "自宅は東京都世田谷区桜新町2-10-5です。近くにお越しの際はぜひ。",
    # a space, then a building whose name starts with a unit-like kanji (日吉, 本町): not "4 日"
    ("名刺を切らしていたので連絡先をお送りします。\n自宅：横浜市港北区日吉本町3-21-4 日吉ハイツ102号室", "facebook"),
    # one hyphen after a 町 with no separate town name, followed by an apartment
    ("試作品は自宅兼作業場にあります。\n住所は、京都市左京区北白川別当町12-3 コーポ白川201号室です。", "linkedin"),
    ("山田太郎\n東京都杉並区高円寺南３丁目４５番６号\n", "email"),
    "資料は〒150-0001 東京都渋谷区神宮前1-2-3 サンプルマンション101号室までお送りください。",
    "実は実家が近くで、住所は横浜市青葉区美しが丘2-1-1です。",
    ("株式会社サンプル 山田太郎\n東京都世田谷区桜新町2-10-5 ハイツ桜301号室", "email"),
    ("私はさいたま市浦和区高砂２－１－１に住んでいます。ぜひ一度お茶でも。", "facebook"),
    "自宅は神宮前1-2-3です。",
    "北海道札幌市中央区北1条西2丁目に引っ越しました。",
    "先月から京都市左京区吉田本町36番地の1に住んでいます。",
    ("田中一郎\n〒２２２－００３３ 神奈川県横浜市港北区新横浜３－１７－５\n090-1234-5678", "email"),
    "実家は桜新町三丁目にあります。",
    "現住所：大阪府豊中市本町1-2-3-405",
    "千葉県船橋市本町4-5-6 コーポ船橋202に住んでいるので、船橋駅ならすぐ行けます。",
    ("近所ですね！うちは目黒区中目黒1-2-3のマンションです。", "facebook"),
    "自宅（東京都目黒区自由が丘1-2-3）までお越しください。",
    "自宅は東京都杉並区阿佐谷北1丁目です。",
    ("沖縄県那覇市おもろまち4-1-1に住んでいます。", "facebook"),
    # the home named as the place, in the sentence or the line before the address
    ("今週土曜、自宅で小さな勉強会をやります。場所は杉並区阿佐谷南1-15-3 メゾン阿佐谷 201。", "x"),
    ("先日の交流会ではありがとうございました！\n近くにお越しの際はぜひ作業場兼自宅にお立ち寄りください。\n"
     "世田谷区桜新町2-8-14 グランシャリオ桜新町305です。", "facebook"),
    # 号室 in a building with no office around: a flat
    ("引っ越しました。新しい住所は静岡市葵区御幸町8-3 コーポ御幸301号室です。", "facebook"),
    # the family home named as the place (実家で, うちで宅飲み); 小山下総町 is a town within the ward
    ("四十九日の法要は実家で執り行います。\n住所は京都市北区小山下総町27-3 です。", "facebook"),
    ("来週の土曜、うちで若手仲間と宅飲みするので、ぜひ来てください。\n住所は目黒区中町1-8-14 です。", "facebook"),
    # a dorm room after a space: still a home
    ("東北大学 工学部 電気情報物理工学科3年\n千葉 朝陽\n住所：〒980-0022 宮城県仙台市青葉区五橋2-7-11 学生会館ドミール五橋 512号室", "email"),
    # the home given as the place in casual words (場所はうちです→)
    ("今週末BBQやるので来てください！場所はうちです→ 川越市新富町2-14-7 ハイツ新富203号室", "facebook"),
    ("来月のBBQ、場所はうちの実家の庭です。\n長野県松本市里山辺1234-5", "facebook"),
    # Sapporo blocks after a compass point (本通7丁目南3-15)
    ("連絡先\n自宅：011-000-4419\n住所：札幌市白石区本通7丁目南3-15 サンライズ本通 102号室", "email"),
    # the address is a home's (…の青い屋根の家)
    ("うちは西区鶴見町2丁目5-18の青い屋根の家なので、近くに来られたら気軽に寄ってください。", "facebook"),
    # the class is held at home (自宅で…教室を開いており), two lines above the venue line; （竹内宅） after it
    ("自宅で小さなフランス語教室を開いており、来月、大人向けの体験会を開催します。\n日時：11月18日（土）10:00〜11:30\n場所：世田谷区経堂2丁目9-14 パークヒルズ経堂 101号室（竹内宅）", "email"),
    # 自宅兼事務所 is a home first
    ("三浦 健太（MIURA FILM）\n自宅兼事務所：埼玉県さいたま市浦和区高砂4-7-15 サンハイツ浦和201号室\nメール：miura@miurafilm.jp", "linkedin"),
    # ぜひうちに寄ってください。…: the home the reader is invited to, though a seminar is named on the line
    ('杉山さん、昨日の移住セミナーではありがとうございました。空き家改修のお話、とても参考になりました。こちらに来られることがあれば、ぜひうちに寄ってください。新城市作手清岳字宮ノ後8-2、道の駅の少し先です。', 'linkedin-note'),
    # わが家で開く…場所：…号室: the home named in kana, then given
    ('次回の勉強会はわが家で開くので、よかったら遊びに来てください。\n場所：大田区蒲田5-12-3 メゾン蒲田301号室\n日時：11月8日（土）10時〜', 'facebook'),
]


@pytest.mark.parametrize("item", ADDRESS_VALID)
def test_address_valid(item):
    text, platform = _case(item)
    assert _findings("home-address", text, platform) == []


@pytest.mark.parametrize("item", ADDRESS_INVALID)
def test_address_invalid(item):
    text, platform = _case(item)
    found = _findings("home-address", text, platform)
    assert found, text
    for f in found:
        assert f.excerpt.endswith("****") and not re.search(r"[0-9０-９]", f.excerpt)
        assert f.excerpt != f.raw_excerpt and f.excerpt in f.message


def test_address_position_and_mask():
    text = "佐藤様\n\nご無沙汰しております。\n自宅は〒１５４－００１５ 東京都世田谷区桜新町２－１０－５ 桜ハイツ３０１号室です。"
    (f,) = _findings("home-address", text)
    assert (f.line, f.column) == (4, 4)
    assert f.raw_excerpt == "〒１５４－００１５ 東京都世田谷区桜新町２－１０－５ 桜ハイツ３０１号室"
    assert f.excerpt == "〒***－**** 東京都世田谷区****"
    assert (f.end_line, f.end_column) == (4, 4 + len(f.raw_excerpt))


@pytest.mark.parametrize("raw,masked", [
    ("東京都渋谷区神宮前1-2-3", "東京都渋谷区****"),
    ("名古屋市中区栄3-4-5", "名古屋市中区****"),
    ("北海道上川郡東神楽町14北1", "北海道上川郡東神楽町****"),
    ("神宮前1-2-3", "****"),
    ("桜新町三丁目", "****"),
])
def test_mask_address(raw, masked):
    from outreach_lint.privacy import mask_address

    assert mask_address(raw) == masked


# -- contact-preference -------------------------------------------------------------------------
CONTACT_VALID = [
    # where a business takes bookings (ご予約・ご相談は携帯…まで) moves no conversation
    ("出張カメラマンです。七五三の撮影、まだ枠あります！ご予約・ご相談は携帯090-0000-2222まで、お気軽にお電話ください。", "x"),
    # a welcome to new members: a number for whoever has a question (分からないことがあれば)
    ("新メンバーの皆さん\n\nようこそ！管理人の星野です。分からないことがあれば、私の携帯 080-0000-1111 にいつでも電話してください。", "email"),
    # the reader said which channel suits them: followed, not pushed
    ("山下様\n\nXのDMでメールがご都合よいと伺ったので、こちらにお送りします。勉強会の日程案を添付しました。", "email"),
    # a fallback for the day (迷われたら) is no move
    ("当日会場で迷われたら、私の携帯に直接ください。", "generic"),
    # fallbacks: if the parcel does not arrive, if the DM reply is slow
    ("試作品のルールブック、紙で送りますね。差出人は私の自宅なので、届かなかったらこちらに連絡ください。", "facebook"),
    # 携帯電話 as a product, not a channel
    ("お話に出た、弊社の携帯電話基地局向けコネクタの試験データをお送りします。ご不明点があれば技術部（0299-82-5100 内線214）までお問い合わせください。",
     "generic"),
    # a fallback for the day, not a move
    ("明日の蚤の市、出店場所わからなくなったら090-2275-8813まで電話ください！当日は会場の東側テントにいます。", "x"),
    # the phone offered if it suits them better
    ("30分ほどお話を伺えないでしょうか。お電話のほうがご都合よろしければ、私の携帯（090-7731-2058）までいつでもご連絡ください。", "email"),
    ("大野様がご覧になっていた精密プレスについて、実際のラインをご案内できればと思い、ご連絡しました。", "email"),  # a production line
    ("店のインスタに新作の試作品を載せたので、お時間あるときにご覧ください。", "facebook"),  # the shop's own account
    # the next sentence leaves e-mail open
    ("日中は外出が多いため、携帯までお電話いただけると助かります。メールでももちろん構いません。", "linkedin"),
    ("はじめまして！先日のInstagram運用の投稿、めっちゃ参考になりました。ぜひ繋がってください！", "linkedin-note"),  # a topic
    ("当日の連絡先は私の携帯 080-4123-5567 までお願いします。", "email"),  # a fallback for the day
    ("この先はLINEのほうがよろしければ、お知らせください。", "linkedin"),
    "今後のご連絡は、どの連絡手段がよろしいですか。",
    ("メールでもLinkedInでも、ご都合のよい方法でご連絡いただければ幸いです。", "linkedin"),
    ("引き続きこちらのメッセージでやり取りできれば嬉しいです。", "linkedin"),
    ("LINEかメール、どちらでも構いませんので、使いやすい方でご連絡ください。", "facebook"),
    ("もしLINEの方がご都合がよろしければ、おっしゃってください。", "linkedin"),
    ("LINEでご連絡してもよろしいでしょうか。", "facebook"),
    ("株式会社サンプル 山田太郎\nEmail: taro.yamada@sample.co.jp\nTEL: 03-1234-5678", "email"),
    "弊社ではLINE Payの導入をご検討いただける企業様を探しております。",
    ("Instagramの運用について、御社の事例を拝見しました。", "linkedin"),
    ("詳細はMessengerでお送りしますね。", "facebook"),
    ("詳しくはDMでお話しできれば嬉しいです。", "x"),
    ("先日はLINEを追加していただきありがとうございました。", "facebook"),
    "オンラインで30分ほどお話しできませんか。",
    ("資料はメールでお送りいたします。", "email"),
    ("個人的には御社のLINE公式アカウントの設計がとても参考になりました。", "linkedin"),
    ("LINEではなく、こちらのメッセージで続けさせてください。", "linkedin"),
    ("LINEのAPIについて教えてください。", "linkedin"),
    ("当日、万が一迷われた場合は私の携帯までご連絡ください。", "email"),
    ("LINEかメールでご連絡ください。", "facebook"),
    ("当日遅れる場合は携帯にお電話ください。", "email"),
    ("お支払いはLINE Payでお願いします。今後ともよろしくお願いします。", "linkedin"),
    ("耐熱試験の結果も同封しますので、ラインでの実機テストの際にご参照ください。", "email"),  # a production line
    ("来月から製造ラインに導入していただく予定です。詳細は製造ラインの担当者様にお送りします。", "email"),
    # a number for the courier, given on a condition
    ("配送業者さんから連絡が来ることがあれば、携帯 090-1234-5678 にお願いします。", "email"),
    # SMS as a topic, a preference left to the reader, a channel allowed rather than asked for
    ("SMS通知のタイミングをどう決めたか、教えていただけないでしょうか。", "linkedin"),
    ("もしお電話の方がお話ししやすければ、個人の番号ですが070-1234-5678までいつでもどうぞ。", "linkedin"),
    ("何かあれば、自宅の 0466-12-3456 にお電話いただいても大丈夫です。", "facebook"),
    # a fallback when the sender is out, not the conversation moved
    ("不在のときは自宅の電話か携帯に連絡ください。", "facebook"),
    # Instagram as work delivered, and a request the client made (話してくれた), past
    ("ショップのリニューアルに合わせて、ロゴ、紙袋、Instagramの投稿デザインまで一式を担当させてもらったのですが、"
     "オーナーさんが最初に話してくれた言葉をどこまで形にできるかを考え続けた案件でした。", "generic"),
    # a channel proposed to a group, with their view asked and the old one kept open
    ("少年野球の保護者連絡、今はメールですが、LINEのグループを作ってはどうかという声がありました。\n"
     "個人のアカウントを知られたくない方もいると思うので、ご意見を聞かせてください。メールのままがいい方は、その旨だけでも大丈夫です。", "generic"),
    # an office line, not a mobile: where a company takes calls
    ("ご連絡はこちらの代表番号にお願いします。03-5555-0123（平日9時〜18時）", "email"),
    ("ご用の際はこちらに連絡ください。03-4567-8901（代表）", "linkedin"),
    # the reader's condition (電話のほうが早ければ) and the reader's questions (ご不明な点があれば) leave the choice to them
    ("メールより電話のほうが早ければ、私の携帯 080-1122-3344 にいつでもおかけください。", "facebook"),
    ("見積もりでご不明な点があれば、夜でも自宅の番号にお電話ください。0467-00-1234", "email"),
    # a number for the moment of arrival (着いたら) moves no conversation
    ("明日の読書会、会場の鍵は私が持っているので、着いたらこの番号に電話ください→ 080-0000-3344", "x"),
    # where the work is shown (作品はインスタグラムにまとめております) is no channel
    ("はじめまして。陶芸をしている森です。作品はインスタグラムにまとめております。お気軽にご連絡ください。", "email"),
    # an office number; an open invitation on a card; a choice left (DMのままの方がよければ); the reader's own choice
    ("ご不明な点はお電話ください。TEL 03-1234-5678", "email"),
    ("就活用の名刺を作りました。採用担当の方、いつでも気軽にお電話ください！090-6632-1187（佐々木）", "x"),
    ("日程は電話の方が早いと思うので、もしよければお電話ください。個人の携帯で申し訳ないのですが、090-7712-3058です。DMのままの方がよければ、それでも大丈夫です。", "x"),
    ("会議のあとに「連絡はLINEが一番助かる」とおっしゃっていたので、このあとLINEでも同じ内容を送りますね。", "facebook"),
    ("明日の見学会、集合場所がわからなければこちらにお電話ください。携帯 080-2231-5540 です。", "facebook"),
    # a number for a breakdown at night (止まった場合は), not a channel for the conversation
    ("部品の交換が完了しました。夜間や休日に止まった場合は、下記の個人の番号に直接お電話ください。\n070-2290-8815（吉田個人）", "email"),
    # the channel in use offered beside the phone (…か、このスレにコメントください)
    ("参加できる人は自宅の固定電話 048-822-3190 か、このスレにコメントください。", "facebook"),
    # a public X post offering a way in, as a card does; the company's Instagram as a work topic
    ("フリーで構成作家をしています。取材のご依頼やタレコミは、こちらの携帯までお気軽にどうぞ → 090-2871-6634", "x"),
    ("森本さん、はじめまして！自分も会社のInstagramを任されたので、これから参考にさせてもらいます！", "linkedin"),
    # Instagram as a topic (勉強会, キャンペーン, ストーリーズ), and 声をかけて after a listed number: no call asked for
    ('はじめまして、福岡でカフェ向けのSNS運用を手伝っている平野です。来月、無料のInstagram勉強会を開くので、お店の投稿を事例として少しご紹介させていただけないかと思ってご連絡しました。難しければ遠慮なくお断りください。', 'facebook'),
    ('田辺様\n\nご提案の件、Instagramのキャンペーンは、投稿写真で応募していただく形に変更した企画書をお送りします。ご確認ください。', 'email'),
    ('来春の新商品で、Instagramストーリーズ2本のタイアップをご相談できればと考えております。\n費用の目安は添付資料にまとめました。\n今後のやり取りは、メールとお電話のどちらがよろしいでしょうか。', 'email'),
    ('ご無沙汰しています。地元に戻ってフリーで開発を始めました。\n\n自宅電話：0263-55-0000\n\n近くで案件があれば、いつでも声をかけてください。', 'facebook'),
    # SMSにてご連絡いたしました: the channel of this message, told; the call asked for goes to an office number
    ('【ケアワーク】ご登録いただいた介護士様へ\n先日から何度かお電話しておりますが、つながらないためSMSにてご連絡いたしました。\nご希望条件の確認のため、下記までお電話ください。\nケアワーク事務局 0120-000-321', 'generic'),
    # the same request with a business address
    ("ご質問はこちらにメールください。info@example.co.jp", "linkedin"),
    # when the sender can be reached (お電話いただければ出られます); contact details listed before a closing
    ("村上さん\n昨日の例会ではありがとうございました。\n見本の木材をぜひ見ていただきたいです。\n土曜でしたら自宅でお見せできますので、よかったらお越しください。\n夜は自宅の 0285-00-1234 にお電話いただければ出られます。", "facebook"),
    ("件名：昨日のお礼\n\n岡田様\n\n昨日はお時間をいただきありがとうございました。\n念のため、私の連絡先を記載いたします。\n自宅電話：045-000-6543\n\n今後ともよろしくお願いいたします。\n平田", "email"),
    # where the sender found the reader (インスタを拝見して), not a channel asked for
    ("はじめまして！インスタを拝見して、ぜひ一緒にイベントに出てほしいと思いご連絡しました。", "facebook"),
    # where the sender saw the reader's café (インスタで、…様子を拝見し), not a channel
    ("はじめまして。ドッグトレーナーの野口です。カフェのインスタで、週末のドッグランが賑わっている様子を拝見し、飼い主さん向けの体験会を開かせていただけないかと思い、ご連絡いたしました。", "email"),
    # a number left as one more way in (載せておきます), not the move announced
    ("お電話の方が早いかもしれないので、私の携帯番号を載せておきます。070-6612-3098", "linkedin"),
    ("ご不明点はこちらにかけてください→ 03-5555-1234", "x"),
    # a backup for the day of the meeting (受付で手間取るようでしたら); the reader asked which of several channels suits them
    ("明日14時に貴社7階会議室へ伺います。受付で手間取るようでしたら、私の携帯（090-3381-6624）へお電話ください。", "email"),
    ("Steamのキーをお送りしたいのですが、メール・Discord・Slackのうち、河合様にとって都合のよい連絡手段を教えていただけますか。", "email"),
]

CONTACT_INVALID = [
    # 自宅の…に留守電を残してください: the home phone as the way in
    ("今週は出張で不在です。ご用の方は自宅の03-5555-0101に留守電を残してください。", "x"),
    # 携帯に直接ください: the phone named as the way in, with no verb but the request
    ("チャットだと埋もれがちなので、用があれば私の携帯 080-2214-6630 に直接ください。", "generic"),
    ("このグループではなく、出欠は私の携帯に直接ください。", "facebook"),
    # こちらでのやり取り is the channel left behind
    ("こちらでのやり取りは見落としやすいので、今後は私の携帯 080-3391-7260 に直接お電話ください。", "linkedin-note"),
    # 続きはLINEでやろう: a plain volitional proposes the move, as 〜しましょう does
    ("亮くん、この前の勉強会おつかれ！例の共同開発の話、続きはLINEでやろう。", "facebook"),
    ("詳しい話は電話の方が早いので、090-7781-2356に今夜かけてください。", "x"),
    # one channel replaced by the other (メールではなく…携帯に), not a choice
    ("本件はごく一部しか知らない話ですので、今後は会社のメールではなく、私の携帯（080-4412-9037）に直接お電話かショートメッセージでお願いします。",
     "generic"),
    # a wish form proposes the move as 〜しましょう does
    ("メールだと時間がかかるので、LINEで30分ほどお話しできればと思います。LINEのIDは nagao_web です。", "email"),
    # a choice between two private channels is still a push to a private channel
    ("詳細はメールではお伝えしづらいため、私の携帯までお電話いただくか、LINEでご連絡ください。", "email"),
    ("ロゴの修正案、確認しました！今後は電話で話しましょう。私の携帯 080-5512-9034 に、夜でも土日でもいつでもかけてください。", "generic"),
    ("名刺の番号は会社の代表なので、直接のご連絡は私の携帯 080-4123-5567 までお願いします。", "linkedin-note"),
    ("LinkedInはあまり開かないので、ここから先はLINEでお願いします。IDは kenta_vr です。", "linkedin"),  # "from here on"
    # the sender's hours in the next sentence are no choice of channel for the reader
    ("一緒にイベントをやりたいので、DMより電話の方が早いと思います。080-2291-6654まで電話ください。夜なら何時でも出ます。", "x"),
    "よろしければLINE IDを追加してください。ID：taro_sample",
    ("詳しくお話ししたいので、明日携帯に電話させてください。", "linkedin"),
    ("資料は個人のGmailに送っていただけますか。", "linkedin"),
    ("Instagramでフォローして DM ください！", "x"),
    ("今後はカカオトークで連絡しましょう。", "linkedin"),
    ("ぜひLINEで繋がりましょう！", "facebook"),
    ("LINE交換しませんか？", "linkedin"),
    ("返信はプライベートのアドレス（taro.sample@gmail.com）にお願いします。", "email"),
    ("WhatsAppで続きをお話しさせてください。", "linkedin"),
    ("私のLINE IDはtaro_123です。追加お願いします！", "facebook"),
    ("後ほど携帯にお電話しますね。", "email"),
    ("インスタもフォローしてね！", "facebook"),
    ("Facebookで友達申請させていただけますか。", "linkedin"),
    ("連絡はtaro.sample@gmail.comまでお願いいたします。", "linkedin"),
    ("こちらのメッセージだと見落としがちなので、今後は私の携帯（080-3321-7745）にお電話ください。", "linkedin"),
    ("よかったらLINE教えてください！", "facebook"),
    ("LinkedInはあまり開かないので、続きはLINEでお願いします。IDは kenta_0315 です。", "linkedin"),
    ("DMだと気づくのが遅れがちなので、今後のやり取りは090-6623-1048にSMSでお願いします。", "x"),
    ("今後のご連絡は私の携帯に直接お願いします。", "linkedin"),
    ("個別に相談したい方は、私の携帯まで気軽にどうぞ。", "generic"),
    ("ここだと見落としそうなので、詳しくは個人のGmailにお願いします！", "facebook"),
    # ショートメール is SMS: both choices are the private phone
    ("LinkedInはあまり見ないので、こちらの携帯にショートメールかお電話ください。090-1234-5678", "linkedin"),
    # every contact moved to one channel (一本化), not just the day's
    ("当日のご連絡は自宅の電話にお願いします。教室の電話はつながりにくいので、こちらに一本化させてください。", "generic"),
    ("コラボの件、DMだと流れちゃうので電話で話しましょう！090-4471-2386 に夜でもかけてもらって大丈夫です", "x"),
    # こちら is the channel just named
    ("やりとりはLINEの方が早いので、以降はこちらでお願いします→ ID: yoshi_chara22", "generic"),
    # どちらでも in the sentence before leaves the date, not the channel, to the reader
    ("いただいた候補日のうち、12月3日と5日の午後であればどちらでも伺えます。\nメールだと確認が遅れることがあるため、"
     "今後は私の携帯（080-5521-3348）にお電話いただけますでしょうか。", "email"),
    # the mobile given as where to write from now on (こちらに…→ 080-…); ご連絡はこちらの携帯に
    ("LinkedInはあまり見ないので、今後はこちらに連絡ください→080-3341-2209", "linkedin"),
    ("平日は現場に出ていてメールを確認できないので、ご連絡はこちらの携帯にお願いします。070-5531-8820", "email"),
    ("もっと詳しく話したいので、この番号に電話ください→090-4417-2856", "facebook"),
    # the mobile preferred (携帯のほうに, 私個人の携帯…にいただけると)
    ("平日の日中は外に出ているので、連絡は携帯のほうにいただけると確実です。\n携帯：090-0000-3048", "email"),
    ("日中は現場におりますので、ご連絡は私個人の携帯（080-0000-5876）にいただけると確実です。", "email"),
    # a call asked for, with a mobile number in the next sentence: the talk moved to a private phone
    ("DM失礼します！文字だと伝わりにくいので電話で5分話しましょう。番号は070-5528-1946です。", "x"),
    ("試作のご相談の件、DMだとやりとりが大変なので、直接こちらにお電話ください。\n携帯 090-6672-1184 です。", "x"),
    # the home landline (自宅の固定電話); a private LINE to settle the details (LINEで詰めましょう)
    ("詳しくはお電話で話したいので、自宅の固定電話 089-921-3674 に夜8時以降かけてください。", "x"),
    ("イラストのご依頼ありがとうございます！詳細はこちらのLINEで詰めましょう。ID：akari_draw です。追加したら一言ください。", "x"),
    # a call asked for, the mobile two sentences on
    ("お話しした道の駅の件、Facebookだとやりとりしづらいので、この番号に直接お電話ください。夜でも出られます。\n080-3392-1175（個人の携帯です）", "facebook"),
    ("@tomo_startup 起業の相談なら喜んで乗るよ。DMは苦手だから、ここに電話して。080-5529-1146 平日の昼ならだいたい出られる。", "x"),
    # ここからは / 詳しくはLINEで。: the move asked with or without its verb
    ("LinkedInだと通知に気づかないことが多いので、ここからはLINEでお願いします。ID：huang_tcbike", "linkedin"),
    ("はじめまして。先日のポストで、仕入れ先を探されていると拝見しました。今季の価格の目安をお伝えできます。詳しくはLINEで。ID：choi_busan_fish", "x"),
    ("DMありがとうございます！\n撮影の件、文字だと伝わりにくいので、こちらに直接お電話もらえますか？\n080-3391-7724（小林の携帯です）\n夜でも出られます。", "x"),
    # ご都合のよい日時 leaves the date to the reader, not the channel: the mobile is still pushed
    ('はじめまして。工作機械の販売をしている小野です。メッセージはあまり確認しないので、ご都合のよい日時を私の携帯（080-4412-7781）にショートメールで送ってください。', 'linkedin'),
    # 続きはLINEでよろしく！: a casual request
    ('久しぶり！例の件、うちの社長に紹介できそう。でもFacebookだとやりとり面倒だから、続きはLINEでよろしく！', 'facebook'),
    # 今後は家の電話にかけてもらえますか: the home phone
    ('メッセンジャーだと見逃しがちなので、今後は家の電話にかけてもらえますか？\n自宅：045-000-3356', 'facebook'),
    # こちらにメールください→ a private address: the request before the address
    ("作品の件、詳細はこちらにメールください→ hana.illust.2001@gmail.com", "linkedin"),
    # all contact moved to LINE (LINEに一本化させてください), however kindly the reason
    ("ご承認ありがとうございます。急ぎのご相談にすぐ対応できるよう、以降のご連絡はLINEに一本化させてください。ID：atelier_kei です。", "linkedin"),
    # the move announced as done (ID送っておきますね)
    ("来月のホーン隊の件、細かい話はLINEのほうが早いので、ID送っておきますね。", "facebook"),
    ("お世話になっております。今月で退職しました。今後の連絡はすべて私の個人携帯にお願いします。", "email"),
    # 携帯に直接連絡ちょうだい; こちらにかけてください→ a mobile number
    ("次は俺の携帯に直接連絡ちょうだい！070-5512-8830", "generic"),
    ("DMありがとうございます！詳しくは電話の方が早いので、こちらにかけてください→ 090-7712-3048（個人の番号です）", "x"),
]


@pytest.mark.parametrize("item", CONTACT_VALID)
def test_contact_valid(item):
    text, platform = _case(item)
    assert _findings("contact-preference", text, platform) == []


@pytest.mark.parametrize("item", CONTACT_INVALID)
def test_contact_invalid(item):
    text, platform = _case(item)
    found = _findings("contact-preference", text, platform)
    assert len(found) == 1, text
    assert found[0].severity == "info" and found[0].tip == 9


def test_contact_points_at_the_number_after_kochira():
    # こちらに連絡ください→080-…: the finding shows the number (masked), not the word こちら
    text = "LinkedInはあまり見ないので、今後はこちらに連絡ください→080-3341-2209"
    (f,) = _findings("contact-preference", text, "linkedin")
    assert text[f.start:f.end] == "080-3341-2209" and f.pii and "3341" not in f.message


def test_contact_position():
    text = "鈴木様\n\n先日はありがとうございました。\n今後は、よろしければLINE IDを追加してください。"
    (f,) = _findings("contact-preference", text, "linkedin")
    assert (f.line, f.column, f.end_line, f.end_column) == (4, 11, 4, 18)
    assert f.excerpt == "LINE ID"


# -- every output format masks personal data ----------------------------------------------------
DRAFT = ("山田様\n\n先日はありがとうございました。\n自宅は神奈川県鎌倉市雪ノ下3-5-7 雪ノ下コーポ204号室です。\n"
         "携帯：090-7351-2468\n")
SECRETS = ("7351", "雪ノ下", "3-5-7", "204号室", "コーポ")


@pytest.mark.parametrize("fmt", ["concise", "json", "sarif", "github", "rich"])
def test_every_output_is_masked(run_cli, tmp_path, fmt):
    draft = tmp_path / "draft.txt"
    draft.write_text(DRAFT, encoding="utf-8")
    proc = run_cli("check", str(draft), "--select", "phone-number,home-address", "--format", fmt)
    out = proc.stdout_text
    assert "phone-number" in out and "home-address" in out, out + proc.stderr_text
    for secret in SECRETS:
        assert secret not in out, f"{fmt} leaks {secret!r}:\n{out}"
    if fmt == "json":
        items = json.loads(out)
        assert {i["excerpt"] for i in items} == {"神奈川県鎌倉市****", "090-****-2468"}
        assert {(i["line"], i["column"]) for i in items} == {(4, 4), (5, 4)}
