"""The grammar rules, textlint style: valid and invalid networking texts per rule, with the
reported span and, where a fix is offered, the text after applying it.

Invalid cases are (text, excerpt, fixed): `excerpt` is the exact reported text of the first finding
(None: only that it fires), `fixed` the whole text after applying that finding's fix (None: no fix
is offered; ... : fix not checked).
"""
from __future__ import annotations

import time

import pytest

from outreach_lint import lint_text

NO_FIX = None
ANY = ...


def findings(text: str, rule: str, **options):
    opts = {rule: options} if options else None
    return [f for f in lint_text(text, select=[rule], options=opts) if f.rule == rule]


def apply(text: str, finding) -> str:
    return text[:finding.start] + finding.fix + text[finding.end:]


def check_invalid(rule: str, text: str, excerpt, fixed, **options):
    found = findings(text, rule, **options)
    assert found, f"{rule} should fire on: {text}"
    first = found[0]
    assert text[first.start:first.end] == first.excerpt or first.pii
    if excerpt is not None:
        assert first.excerpt == excerpt, (first.excerpt, first.message)
    if fixed is NO_FIX:
        assert first.fix is None, first.fix
    elif fixed is not ANY:
        assert first.fix is not None, f"expected a fix for {first.excerpt!r}"
        assert apply(text, first) == fixed
    return found


# == redundant-expression ==========================================================================
REDUNDANT_VALID = [
    "4月1日付で、本件の担当は営業二課の菅野になります。",
    "弊社は御社の力になります。",
    "私は今年で40歳になります。",
    # a change in time, a burden incurred: なる is real
    "来月から会場は大阪支社になります。",
    "費用は全額こちらの負担になります。",
    # も offers the act as one more option; お見せもできます would say something else
    "ご希望でしたら、検証結果をお見せすることもできます。",
    "スライドは後日共有することもできますよ。",
    "30分ほど技術担当からご説明することも可能です。",
    "資料は明日までにご提供できます。",
    "今回で2回目の参加になります。",  # a count reached: a real なる
    "人は一人では育つことができないと、この仕事で学びました。",
    "あいつにだけは絶対抜かれることはできない、と思って練習してきました。",
    "英語で技術的な議論をすることに慣れていません。",
    "来月から新しいプロジェクトの担当になります。",
    "朝晩は寒くなりますので、どうぞご自愛ください。",
    "ご紹介いただいた記事はとても参考になります。",
    "いつもお世話になります。先日の件、ありがとうございました。",
    "6月末までのお申し込みで、講習費が半額になります。",
    "今の会社に入って、もう5年になります。",
    "来月から新しい資料になります。",  # a change in time
    "この下書きは来週の会議で正式な資料になります。",  # a subject that becomes it
    "オンラインでの開催を予定しています。",
    "自己紹介させていただきます。記事を拝読し、ご連絡しました。",
    "動画はブラウザからご覧になれます。",
    "お話しできることを楽しみにしています。",
    "それは圧倒的な感じ方の違いだと思います。",
    "ご参加いただくことはできませんが、資料はお送りします。",
    "Slackでもメールでも、ご都合のよい形でご連絡ください。",
    "採用担当の方をご紹介いただけないでしょうか。",
    "まずは最初の一歩として、資料をお送りします。",
    "来月から勤務地は大阪になります。",
]

REDUNDANT_INVALID = [
    # the sender saying who they are
    ("弊社はインサイドセールス特化の人材紹介会社になります。", "人材紹介会社になります", "弊社はインサイドセールス特化の人材紹介会社です。"),
    ("料金は1時間15,000円からになります。", "1時間15,000円からになります", "料金は1時間15,000円からです。"),
    # a detail's label as the subject: the price and the venue are stated, nothing becomes them
    ("ご質問いただいた講座の受講料は、お一人様あたり2万円になります。", "2万円になります", "ご質問いただいた講座の受講料は、お一人様あたり2万円です。"),
    ("会場は弊社の本社セミナールームになります。", "本社セミナールームになります", "会場は弊社の本社セミナールームです。"),
    ("資料は明日までにご提供することができます。", "提供することができます", "資料は明日までにご提供できます。"),
    ("ご依頼いただいたチラシの校正データになります。", "校正データになります", "ご依頼いただいたチラシの校正データです。"),
    ("先週のイベントでは多くの方と交流することができました。", "交流することができました",
     "先週のイベントでは多くの方と交流できました。"),
    ("今月は新しい案件をお引き受けすることができない状況です。", "引き受けすることができない",
     "今月は新しい案件をお引き受けできない状況です。"),
    ("必要なら解析することが、できます。", "解析することが、できます", "必要なら解析できます。"),
    ("スライドは後日共有することはできますよ。", "共有することはできます", "スライドは後日共有はできますよ。"),
    ("ぜひ一度お会いすることができれば嬉しいです。", "会いすることができれ", "ぜひ一度お会いできれば嬉しいです。"),
    ("このAPIは無料で利用することが可能です。", "利用することが可能です", "このAPIは無料で利用可能です。"),
    ("先日お送りしたDMはご覧いただくことができましたでしょうか。", "いただくことができました",
     "先日お送りしたDMはご覧いただけましたでしょうか。"),
    ("ご連絡をすることができず、申し訳ありません。", "することができ", NO_FIX),
    ("業務委託という形でご一緒できればと考えております。", "委託という形で",
     "業務委託でご一緒できればと考えております。"),
    ("副業といった形でお手伝いできればと思います。", "副業といった形で", "副業でお手伝いできればと思います。"),
    ("週末に参加するという形でも大丈夫でしょうか。", "という形で", NO_FIX),
    ("まずは雑談的な感じで30分ほどお話しできれば嬉しいです。", "雑談的な感じ", NO_FIX),
    ("先日のご質問の件ですが、こちらが資料になります。", "資料になります",
     "先日のご質問の件ですが、こちらが資料です。"),
    ("こちら、先日お話しした企画書になります。", "企画書になります", "こちら、先日お話しした企画書です。"),
    ("会場の地図はこちらになりますので、ご確認ください。", "こちらになります",
     "会場の地図はこちらですので、ご確認ください。"),
    ("お世話になっております。株式会社エムテックの営業担当の西村になります。", "西村になります",
     "お世話になっております。株式会社エムテックの営業担当の西村です。"),
    ("はじめまして。株式会社アクセルの採用担当になります、谷口と申します。", "採用担当になります、",
     "はじめまして。株式会社アクセルの採用担当の谷口と申します。"),
    ("ご報告は以上になります。", "以上になります", "ご報告は以上です。"),
    # a document handed over, with no subject that could become it
    ("お世話になっております。\nご依頼いただいた見積書になります。", "見積書になります",
     "お世話になっております。\nご依頼いただいた見積書です。"),
    ("自己紹介させていただきます。記事を拝読させていただき、ご連絡させていただきました。", "させていただき", NO_FIX),
    # 現在は…担当になります: what the sender is now, stated (no change in time)
    ("現在は人事企画の担当になりますので、お声がけください。", "担当になります", "現在は人事企画の担当ですので、お声がけください。"),
    # の方を as filler (バイト敬語), まず最初に and 約…ほど (重言)
    ("ご連絡の方をさせていただきました。", "の方をさせていただき", NO_FIX),
    ("まず最初に、簡単に自己紹介します。", "まず最初に", NO_FIX),
    ("約30分ほどお時間をいただけますか。", "約30分ほど", NO_FIX),
    # 勤務地 as the label: the workplace is stated, nothing becomes it
    ("勤務地は都内各所のオフィスビルになります。", "オフィスビルになります", "勤務地は都内各所のオフィスビルです。"),
]


@pytest.mark.parametrize("text", REDUNDANT_VALID)
def test_redundant_valid(text):
    assert findings(text, "redundant-expression") == []


@pytest.mark.parametrize("text,excerpt,fixed", REDUNDANT_INVALID)
def test_redundant_invalid(text, excerpt, fixed):
    check_invalid("redundant-expression", text, excerpt, fixed)


def test_redundant_position_and_severity():
    text = "佐藤様\n\nはじめまして。\n御社のサービスを利用することができるか、伺いたくご連絡しました。"
    (f,) = findings(text, "redundant-expression")
    assert (f.line, f.column) == (4, 9)
    assert f.severity == "info" and f.tip == 5
    assert "利用できる" in f.message


def test_sasete_itadaku_counts_per_message():
    two = "自己紹介させていただきます。記事を拝読し、ご連絡させていただきました。"
    assert findings(two, "redundant-expression") == []
    three = two + "今後ともよろしくお願いさせていただきます。"
    (f,) = findings(three, "redundant-expression")
    assert f.fix is None and "3回" in f.message
    assert f.excerpt == "させていただき" and f.start == three.rindex("させていただき")
    # The limit is the rule's `max` option.
    assert findings(three, "redundant-expression", max=3) == []


# == double-honorific ==============================================================================
HONORIFIC_VALID = [
    # the forms named in quotes as examples, not used
    "研修でよく出る質問です。「おっしゃられる」は二重敬語なので「おっしゃる」で十分です。",
    "「拝見させていただく」などの二重敬語は、丁寧にしようとするほど出てきます。",
    "先日のイベントで部長がおっしゃった言葉が印象に残っています。",
    "資料はもうご覧になりましたか。",
    "ブログ記事を拝見しました。とても参考になりました。",
    "来週、御社にお伺いします。",
    "来週の打ち合わせには、私がお伺いいたします。",
    "当日は社長もお見えになります。",
    "懇親会では軽食をお召し上がりになれます。",
    "どうぞお召し上がりになってください。",
    "動画はこちらからご覧になれます。",
    "前職の上司に言われた言葉が今も支えになっています。",
    "先生が書かれた本を拝読しました。",
    "いつも大変お世話になっております。ご担当になられた佐藤様にもよろしくお伝えください。",
    "担当者に伺ってください。",
    "皆様、本日はありがとうございました。",
    "ご紹介させていただきたい方がいます。",
    "ご病気になられたと伺い、心配しておりました。",
]

HONORIFIC_INVALID = [
    # a quote that holds more than the form is speech, and still counts
    ("「部長がおっしゃられた通りです」と先方に伝えました。", "おっしゃられた", "「部長がおっしゃった通りです」と先方に伝えました。"),
    ("先日のイベントで部長がおっしゃられた言葉が印象に残っています。", "おっしゃられた",
     "先日のイベントで部長がおっしゃった言葉が印象に残っています。"),
    ("講演でおっしゃられました通り、現場の声が大切だと感じています。", "おっしゃられました",
     "講演でおっしゃいました通り、現場の声が大切だと感じています。"),
    ("資料はもうご覧になられましたか。", "ご覧になられました", "資料はもうご覧になりましたか。"),
    ("ブログ記事を拝見させていただきました。", "拝見させていただきました", "ブログ記事を拝見しました。"),
    ("来週、御社にお伺いさせていただきます。", "お伺いさせていただきます", "来週、御社に伺います。"),
    ("一度オフィスに伺わせていただきたく存じます。", "伺わせていただきたく", "一度オフィスに伺いたく存じます。"),
    ("当日は何時ごろお越しになられますか。", "お越しになられます", "当日は何時ごろお越しになりますか。"),
    ("社長は明日のイベントにいらっしゃられますか。", "いらっしゃられます", "社長は明日のイベントにいらっしゃいますか。"),
    ("先生がお読みになられる本を教えてください。", "お読みになられる", "先生がお読みになる本を教えてください。"),
    ("こちらのケーキをお召し上がりになられましたか。", "お召し上がりになられました",
     "こちらのケーキをお召し上がりになりましたか。"),
    ("ご著書を拝読させていただいております。", "拝読させていただいて", "ご著書を拝読しております。"),
    ("ご拝読いただきありがとうございます。", "ご拝読", "ご一読いただきありがとうございます。"),
    ("先日のセミナーでお話しになられた内容について質問があります。", "お話しになられた",
     "先日のセミナーでお話しになった内容について質問があります。"),
    ("部長はもうお帰りになられましたか。", "お帰りになられました", "部長はもうお帰りになりましたか。"),
    ("資料をご確認くださられた方にお送りします。", "くださられた", "資料をご確認くださった方にお送りします。"),
    ("関係者各位様\nお疲れ様です。", "各位様", "関係者各位\nお疲れ様です。"),
    ("後ほど改めてご連絡申し上げさせていただきます。", "申し上げさせていただきます", "後ほど改めてご連絡申し上げます。"),
    ("資料を拝借させていただけますか。", "拝借させていただけます", NO_FIX),
]


@pytest.mark.parametrize("text", HONORIFIC_VALID)
def test_honorific_valid(text):
    assert findings(text, "double-honorific") == []


@pytest.mark.parametrize("text,excerpt,fixed", HONORIFIC_INVALID)
def test_honorific_invalid(text, excerpt, fixed):
    check_invalid("double-honorific", text, excerpt, fixed)


def test_honorific_position_and_message():
    text = "山田様\n先日の勉強会で山田様がおっしゃられた点について、質問させてください。"
    (f,) = findings(text, "double-honorific")
    assert (f.line, f.column, f.end_column) == (2, 12, 19)
    assert f.severity == "warning" and f.tip == 5
    assert "二重敬語" in f.message and "おっしゃった" in f.message


def test_honorific_finds_each_occurrence():
    text = "先日おっしゃられた件、資料を拝見させていただきました。"
    found = findings(text, "double-honorific")
    assert [f.excerpt for f in found] == ["おっしゃられた", "拝見させていただきました"]
    assert [f.fix for f in found] == ["おっしゃった", "拝見しました"]


# == mixed-style ===================================================================================
MIXED_VALID = [
    # clipped thanks (あざした, お疲れっした) are greetings, as ありがとうございました is
    "先日はあざした！あの後3軒目まで行ってしまって、翌日はつらかったです。",
    # さやか after の is the sender's name (UniDic offers the adjectival 清か)
    "ゆきちゃん久しぶり！看護学校の同期のさやかです。インスタで見て思わず連絡しちゃった。今度ゆっくり話せたらうれしいな。",
    # 社団はるかぜ: a name UniDic reads with a Kansai はる, no sentence end
    "初めてご連絡いたします。理事長の松本でございます。ご検討いただけますと幸いです。\n\n医療法人社団はるかぜ\n理事長 松本 義之",
    # お気になさらず, あしからず: a set elliptical close in either style
    "先日お送りしたチラシの件、届いているか念のため確認させてください。ご都合合わなければお気になさらず！",
    # naming oneself (…の桜井です) is a formula, also in plain prose
    "久しぶり！前の職場で一緒だった桜井です。最近スタートアップに転職したんだ。今度ランチでもどう？",
    "はじめまして、山田と申します。記事を拝見しました。設計の考え方がとても参考になりました。",
    "昨日は雨でしたが、今日は晴れて良かったです。",
    "昨日はいい天気であったのだが、今日は悪天候である。",
    "久しぶり！元気？\n新しいプロジェクトを始めたんだ。今度話を聞いてほしい。\nよろしくお願いします！",
    "記事の中の「設計は妥協の芸術だ」という言葉が印象に残っています。",
    "本日の登壇資料です。\n・API設計の考え方\n・テストは書くべきだ\nご確認ください。",
    "先日はありがとうございました。\n\n--\n山田太郎\n株式会社サンプル\n技術は楽しむものだ。",
    "佐藤様\n\n【ご相談】勉強会での登壇について\n次回のテーマはテスト自動化です。\n日時：6月12日（水）19:00〜\nご検討いただけますと幸いです。",
    "先日は本当に楽しかった！また飲みに行こう。\nありがとうございました！",
    "今日のもくもく会、最高だった。\n次は来月の予定。",
    "1. 自己紹介\n2. 今のチームの課題は採用だ\n3. ご相談したいこと\n以上の順でお話しできればと思います。",
    "ご講演の「失敗は資産だ」というお話、とても印象的でした。私も同じ考えです。",
    "はじめまして。リモートワークの記事、読みました（長文ですみません）。とても共感しました。",
    "鈴木さん、お疲れ様です。\n明日の件、承知しました。\n資料は今夜お送りします。",
    "先日のカンファレンスでご登壇を拝聴し、感銘を受けました。[具体的な感想を入れる]\n今後ともよろしくお願いいたします。",  # a slot's verb
    # a given name in kana (UniDic reads ゆか as 床) introducing the sender, in plain prose
    "みかちゃん久しぶり！専門学校で一緒だったゆかです。インスタで独立したって見て、すごいなあと思ってた。今度カフェを開くことになって、ロゴを頼める人を探してるの。",
    # questions listed (…をどうしたか。) are not plain-style statements
    "同じように勉強会を運営している方の話を聞きたいです。参加者が固定化したときにどう声をかけたか、予算の説明をどうしたか。何でも教えてもらえると嬉しいです。",
    # a question quoted before という; a note in parentheses on its own line; a drawn-out exclamation (だった〜！)
    "老後2000万円問題って結局どうなの？という話をスペースでやります！今夜21時から、質問に全部答えます。フォローしてお待ちください！",
    "お世話になっております。先日の件でご連絡しました。\n（ここに前回の面談内容を入れる）\nご不明点があれば、お気軽にお問い合わせください。",
    "昨日のGo勉強会、最高だった〜！登壇者のみなさん、フォローしました！",
    # a laugh after a plain end (思った笑, すぎるｗ) is speech; a line of hashtags; a name line above the addressee
    "先日の勉強会ありがとうございました！翌朝の授業、声ガラガラでガチで死ぬかと思った笑\nまた集客の話、聞かせてください。",
    "教員やってると出会いがなさすぎるｗ\n同じ教育業界の人で、週末に話せる人いませんか〜？\n#教員と繋がりたい #先生と繋がりたい",
    "料理教室 はなまる\n主宰 宮本 様\n\nはじめまして。出雲こうじ屋の福田です。\nご返信をお待ちしております。",
    # いいね！をお願いします: the mark inside a phrase, not a sentence end
    "先日はブースにお立ち寄りいただきありがとうございました😊\n新商品の情報をお届けしたいので、よければページにいいね！をお願いします。",
    # でしょ without う is the casual tag, not です・ます
    "聞いた？田島部長、結局早期退職に手挙げたらしい。\n本人は充電期間とか言ってるけど、絶対クビみたいなもんでしょ。\n金曜、飲み行こう。",
    # hashtags after the last sentence on the same line (…です。 #ケア職と繋がりたい) are no sentence
    '来月から、駅前で看護師と介護士が集まれるカフェを月1で始めます。会場は市民センター。参加費無料です。 #ケア職と繋がりたい',
    # a plain end drawn out (おわったーー！！) or a laugh in net slang (ワロタ) is said, not written
    "今日の発表おわったーー！！緊張したけど楽しかったです。",
    "質問が鋭すぎてワロタ\nまた来月の勉強会で会いましょう！",
    # an inline list (①…②…③…相談する。): its last item ends plain, no choice of style
    "【保存版】確定申告で慌てないための3つのこと。①領収書は月ごとにまとめる②経費の区分を決めておく③早めに税理士に相談する。詳しくは来週の無料セミナーで！会場は天神の商工会館です。",
    # a closing block of a shop name and a person (雑貨ショップ まつお): a signature, no style
    "はじめまして。雑貨のネットショップを運営している松尾と申します。ブログのSEOの記事をいつも拝見しております。\n\n雑貨ショップ まつお\n松尾 由紀",
]

MIXED_INVALID = [
    ("久しぶり！桜井です。最近転職したんだ。今度ランチでもいかがですか。", "だ", NO_FIX),
    ("先日はありがとうございました。とても勉強になった。またお話しできれば嬉しいです。", "なった", NO_FIX),
    ("はじめまして、山田と申します。記事を拝見しました。設計の考え方が面白いと思う。", "思う", NO_FIX),
    ("今日はいい天気ですね。今日はいい天気である。", "である", NO_FIX),
    ("新しいプロジェクトを始めた。来月にはβ版を出す予定だ。フィードバックをいただけると助かります。", "助かります", NO_FIX),
    ("北川さん\n先日は見積もりの件でありがとうございました。社内で検討した結果、Bプランで進めることにした。\n来週、正式な発注書をお送りします。",
     "した", NO_FIX),
    ("土井さん、昨日の交流会ではありがとうございました！\n土井さんの地域通貨の話、すごく勉強になった。また来月の会でもお話を聞かせてください。",
     "なった", NO_FIX),
    ("平井様\n\nはじめまして。株式会社ルートナビの鈴木と申します。\n貴社の方針を拝見しました。\n弊社のシステムが貢献できるはずである。\n事例資料をお送りいたします。",
     "である", NO_FIX),
    ("清水さん、はじめまして。先週のLTを拝見しました。所有権の説明がわかりやすく、正直うらやましい。ぜひつながらせてください。",
     "うらやましい", NO_FIX),
    ("本日はお時間をいただき、ありがとうございました。\n御社の雰囲気がよくわかり、とても楽しい時間だった。\n次回の面接も、精一杯準備して臨みます。",
     "だった", NO_FIX),
    ("これは素敵です。あれは平凡と言われている。", "言われている", NO_FIX),
    ("彼の弁当はのり弁です。\nそれは贅沢である。\nしかし彼には選択肢がなかったのである。", "です", NO_FIX),
    ("記事を読みました。とても良かった。私のチームでも試してみたいです。", "良かった", NO_FIX),
    ("ご無沙汰しております。転職して今はSREをやっている。よければ近況を聞かせてください。", "やっている", NO_FIX),
    ("森さんの記事、読みました。ポストモーテムを責任追及にしない仕組みは本当に大事だと思う。うちのチームにも共有します。",
     "思う", NO_FIX),
]


@pytest.mark.parametrize("text", MIXED_VALID)
def test_mixed_valid(text):
    assert findings(text, "mixed-style") == []


@pytest.mark.parametrize("text,excerpt,fixed", MIXED_INVALID)
def test_mixed_invalid(text, excerpt, fixed):
    check_invalid("mixed-style", text, excerpt, fixed)


def test_mixed_reports_every_minority_end_at_its_predicate():
    text = "今日はいい天気ですね。\n今日はいい天気ですね。\n今日はいい天気ですね。\n今日はいい天気である。\n明日はいい天気である。\n"
    found = findings(text, "mixed-style")
    assert [(f.line, f.column, f.excerpt) for f in found] == [(4, 8, "である"), (5, 8, "である")]
    assert "です・ます調3文" in found[0].message


def test_mixed_tie_reports_the_plain_end():
    (f,) = findings("それはペンである。\n\nじゃあこっちは？\n\nそれはペンです。", "mixed-style")
    assert f.excerpt == "である" and f.line == 1


# == long-sentence =================================================================================
LONG = ("突然のご連絡失礼いたします、私は株式会社サンプルでバックエンドエンジニアとして働いている山田と申しまして、"
        "先日のカンファレンスで拝聴したご講演の中でお話しされていた分散トレーシングの導入事例に大変感銘を受けたため、"
        "ぜひ一度詳しくお話を伺えないかと思いご連絡いたしました。")

LONG_VALID = [
    "はじめまして、株式会社サンプルの山田と申します。\n先日のご講演を拝聴し、分散トレーシングの導入事例に感銘を受けました。\nぜひ一度、詳しくお話を伺えないでしょうか。",
    "資料はこちらです：https://example.com/very/long/path/to/the/shared/document/with/a/tracking/query?utm_source=linkedin&utm_medium=message&utm_campaign=outreach",
    "先日はありがとうございました。とても勉強になりました。",
    "株式会社サンプル 開発部 山田太郎\nTEL: 03-1234-5678 / Mail: yamada@example.com\n〒150-0001 東京都渋谷区神宮前1-2-3 サンプルビル5F",
    "あ" * 99 + "。",
    "はじめまして。\n" + "私はバックエンドエンジニアとして五年ほど働いており、主にGoでのAPI開発を担当しています。" * 1,
    "ご講演、拝聴しました。" * 12,
    "",
    "   \n\n   ",
    "・日時：6月12日（水）19:00〜21:00\n・場所：渋谷のコワーキングスペース\n・形式：LT（5分）\n・参加費：無料（懇親会は別途1,000円）",
    "𦥑" * 100,
    "先日のイベントでお話しした件ですが、資料を共有します！ご確認ください？よろしくお願いします！" * 3,
]

LONG_INVALID = [
    (LONG, LONG, NO_FIX),
    ("あ" * 101 + "。", "あ" * 101 + "。", NO_FIX),
    ("佐藤様\n\n" + LONG + "\nよろしくお願いいたします。", LONG, NO_FIX),
    ("現在、私たちのチームでは新しい採用管理システムの開発を進めているのですが、候補者とのやり取りを自動化する部分で設計上の課題に直面しており、"
     "同様の課題を解決された経験をお持ちの方にアドバイスをいただけないかと考えて、いくつかの方にお声がけしているところです。", None, NO_FIX),
    ("先日はお忙しい中、オンラインの勉強会に参加していただき、さらに懇親会でも貴重なお話を聞かせていただいたうえに、後日には関連する資料まで共有していただいて、"
     "本当にありがとうございました、おかげさまでチーム内の議論がとても活発になりました。", None, NO_FIX),
    ("来月開催予定のエンジニア向けミートアップで、ぜひ登壇者としてご参加いただけないかと考えているのですが、テーマはご自身の得意な分野で自由に決めていただいて構いませんし、"
     "時間は二十分程度を想定しておりますので、ご検討いただけますと幸いです。", None, NO_FIX),
    ("はじめまして！" + "私は都内のスタートアップでプロダクトマネージャーをしている者で、" * 3 + "ご連絡しました！", None, NO_FIX),
    ("I am writing to ask whether you would be open to a short call next week about your talk on distributed tracing, "
     "since our team is evaluating similar tools.", None, NO_FIX),
    ("詳細はこちらのページ https://example.com/a/b/c にまとめていますが、" + "要点だけお伝えすると、" * 8 + "ということです。", None, NO_FIX),
    ("ご紹介いただいた" + "、".join(["田中さん", "鈴木さん", "佐藤さん", "高橋さん", "伊藤さん", "渡辺さん", "山本さん", "中村さん",
                                   "小林さん", "加藤さん", "吉田さん", "山田さん", "佐々木さん", "山口さん", "松本さん",
                                   "井上さん", "木村さん", "林さん", "斎藤さん", "清水さん"]) + "にもよろしくお伝えください。", None, NO_FIX),
    ("一点だけ確認させてください" + "、" + "当日のスケジュールは午前中に全体説明があり午後から個別の打ち合わせという流れでよろしいでしょうか" * 2, None, NO_FIX),
    ("ありがとうございました。\n\n" + "この度は" + "弊社の新しいサービスについてご説明の機会をいただき" * 4 + "誠にありがとうございました。", None, NO_FIX),
]


@pytest.mark.parametrize("text", LONG_VALID)
def test_long_valid(text):
    assert findings(text, "long-sentence") == []


@pytest.mark.parametrize("text,excerpt,fixed", LONG_INVALID)
def test_long_invalid(text, excerpt, fixed):
    check_invalid("long-sentence", text, excerpt, fixed)


def test_long_count_position_and_option():
    text = "佐藤様\n\n" + LONG
    (f,) = findings(text, "long-sentence")
    assert (f.line, f.column) == (3, 1)
    assert f"{len(LONG)}文字" in f.message and "100文字" in f.message
    assert findings(text, "long-sentence", max=len(LONG)) == []
    (g,) = findings(text, "long-sentence", max=50)
    assert "50文字" in g.message


def test_long_counts_code_points_and_skips_urls():
    assert findings("𦥑井と臼井", "long-sentence", max=5) == []
    assert findings("𦥑井と臼井だ", "long-sentence", max=5)
    url = "https://example.com/" + "x" * 200
    assert findings("資料はこちら " + url + " です。", "long-sentence") == []


def test_line_breaks_end_sentences():
    assert findings("11111\n2222\n3333", "long-sentence", max=5) == []
    assert findings("11111\n2222\n333333", "long-sentence", max=5)


# == linear time ===================================================================================
@pytest.mark.parametrize("rule", ["redundant-expression", "double-honorific", "mixed-style", "long-sentence"])
def test_long_runs_finish_quickly(rule):
    for text in ("させていただき" * 15000, "拝見させていただきました。" * 8000, "ですます。である。" * 12000,
                 "することができ" * 15000, "こちらが資料になります" * 10000):
        started = time.perf_counter()
        findings(text[:110000], rule)
        assert time.perf_counter() - started < 20, (rule, text[:20])


def test_mixed_greetings_are_not_counted_unless_asked():
    text = "久しぶり！この前の勉強会、最高だった。\n次もよろしくお願いします！"
    assert findings(text, "mixed-style") == []
    (f,) = findings(text, "mixed-style", **{"count-greetings": True})
    assert f.excerpt == "だった"


def test_long_hashtags_count_as_words_but_tag_rows_do_not():
    inline = ("昨日の #地方創生サミット で聞いた、福井の眼鏡メーカーが工場見学と職人体験を組み合わせて海外からの観光客を呼び込み、"
              "売上の三割を体験事業で稼ぐようになったという話が、この一年で聞いたなかで一番面白かったです。")
    assert findings(inline, "long-sentence")
    tags = "転職しました！ " + " ".join(["#駆け出しエンジニアと繋がりたい", "#プログラミング初心者", "#エンジニア転職", "#Python",
                                         "#個人開発", "#ポートフォリオ", "#100DaysOfCode", "#未経験からエンジニア",
                                         "#エンジニアと繋がりたい"])
    assert len(tags) > 100 and findings(tags, "long-sentence") == []
