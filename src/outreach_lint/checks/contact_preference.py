"""contact-preference: pushing the conversation to one private channel without asking.

A sentence fires when it names a private channel (LINE, カカオトーク, Instagram, 個人のGmail, 携帯に電話…)
and asks or announces the move (ください, いただけますか, お願いします, 〜ましょう, 〜ませんか, 〜しますね: read from
the tokens). It stays quiet when the writer asks which channel the reader prefers, offers more than
one, asks permission (〜でもよろしいでしょうか), keeps to the current platform, or says thanks.
"""
from __future__ import annotations

import re

from ..rule import Context
from ..patterns import RegexSelector
from ..lazyre import lazy

_K = r"ァ-ヴー"
# LINE the company and its business products are not the messenger (LINE WORKS, LINEヤフー, LINE Pay).
_LINE_PRODUCT = (r"(?![ \u3000]?(?:WORKS|Works|ワークス|ヤフー|Yahoo|Pay|ペイ|株式会社|証券|Bank|バンク|Ads|広告|マンガ|MUSIC"
                 r"|ミュージック|スタンプ|API|ミニアプリ|Developers|NEWS|ニュース))")
# Instagram運用の投稿, Facebook広告, Instagramのキャンペーン: the service as a subject of work, not a place to talk.
# (作品はインスタグラムにまとめております: where the work is shown, not a place to talk)
_SNS_TOPIC = r"(?![ \u3000]?の?(?:運用|広告|マーケ|集客|施策|分析|アルゴリズム|活用|攻略|ショップ|リール|ライブ配信|キャンペーン|ストーリー|勉強会|講座|セミナー|タイアップ|フォロワー|インフルエンサー|プロモーション))(?![ \u3000]?(?:に|で)(?:まとめ|掲載|載せ|アップ|公開))"
# name -> regex over the folded sentence; the match is what the finding points at.
# What follows 携帯電話 when it names a product or a market, not a channel.
_MOBILE_NUMBER = r"(?<!\d)0[6789]0[-‐ー\s]?\d{4}[-‐ー\s]?\d{4}(?!\d)"  # 090-1234-5678, 080 1234 5678
_PRIVATE_ADDRESS = (r"[A-Za-z0-9._%+-]{1,64}@(?:gmail\.com|yahoo\.co\.jp|ymail\.ne\.jp|icloud\.com|me\.com|hotmail\.com|outlook\.jp"
                    r"|outlook\.com|docomo\.ne\.jp|ezweb\.ne\.jp|au\.com|softbank\.ne\.jp|i\.softbank\.jp)")
_PRODUCT_AFTER = "基地局|向け|事業|会社|キャリア|市場|業界|端末|販売|料金"
_CHANNELS = [
    ("LINE", lazy(rf"(?:LINE(?<![A-Za-z]LINE)|Line(?<![A-Za-z]Line))(?![A-Za-z]){_LINE_PRODUCT}(?:[ \u3000]?(?:ID|id|アカウント|QR(?:コード)?))?"
                        # (not a production line: 製造ライン, ラインでの実機テスト)
                        # (the look-behinds follow the literal: before it, they ran at every position)
                        rf"|ライン(?<![{_K}]ライン)(?<!生産ライン)(?<!製造ライン)(?<!組立ライン)(?<!工場ライン)(?<!検査ライン)"
                        rf"(?<!量産ライン)(?![{_K}])"
                        r"(?![ \u3000]?での?(?:実機|テスト|試験|生産|製造|作業|検査|稼働|組立|量産))"
                        # (ライン alone is also a production line: 実際のラインをご案内; it needs a messaging word)
                        r"(?=[ \u3000]?(?:ID|id|@|交換|追加|アカウント|QR|で(?:の)?(?:連絡|ご連絡|やり取り|やりとり|話|お話|送|返信|通話|お願い|メッセージ|つなが|繋が)"
                        r"|に(?:連絡|ご連絡|送|メッセージ|追加|移)|を(?:交換|追加|教え|送|登録)|の(?:ID|id|アカウント|QR)|へ(?:移|切り替)|も(?:やって|使って|同じ)))")),
    ("KakaoTalk", lazy(r"カカオトーク|カカオ(?=[ \u3000]?(?:で|に|を|の|ID|も))|KakaoTalk|Kakao(?:Talk)?")),
    ("WhatsApp", lazy(r"WhatsApp|ワッツアップ")),
    ("WeChat", lazy(r"WeChat|ウィーチャット|微信")),
    ("Telegram", lazy(r"Telegram|テレグラム")),
    ("Discord", lazy(r"Discord|ディスコード|ディスコ(?=で|の|に)")),
    ("Messenger", lazy(r"(?:Facebook|フェイスブック)?[ \u3000]?(?:Messenger|メッセンジャー)")),
    # (店のインスタに…載せたので: the shop's own account, where its posts are, not a private channel)
    # (会社のInstagramを任されたので: the company's account, a work topic)
    ("Instagram", lazy(rf"(?<!社の)(?<!店の)(?<!公式)(?:Instagram|インスタグラム|インスタ(?![{_K}])|(?<![A-Za-z])IG(?![A-Za-z])){_SNS_TOPIC}")),
    ("Facebook", lazy(rf"(?:Facebook|フェイスブック|(?<![A-Za-z])FB(?![A-Za-z])){_SNS_TOPIC}")),
    ("X", lazy(r"Twitter|ツイッター|(?<![A-Za-z])X(?:[ \u3000]?[（(]旧Twitter[）)])?"
                     r"(?=[ \u3000]?(?:の|で|も)?[ \u3000]?(?:DM|フォロー|アカウント))")),
    ("TikTok", lazy(rf"(?:TikTok|ティックトック){_SNS_TOPIC}")),
    ("private-mail", lazy(
        r"(?:個人|プライベート|私用|私的|自分)(?:用)?(?:の)?[ \u3000]?(?:Gmail|gmail|メール(?:アドレス)?|メルアド|メアド|アドレス|連絡先|アカウント)"
        r"|Gmail|gmail|Yahoo!?[ \u3000]?メール|ヤフーメール|ヤフメ|iCloud[ \u3000]?メール|Hotmail|hotmail"
        rf"|{_PRIVATE_ADDRESS}")),
    ("private-phone", lazy(
        r"(?:携帯|ケータイ|スマホ|自宅|個人|プライベート|私用)(?:電話)?(?:の|に|へ|で|宛て?に?)?[ \u3000]?(?:固定)?(?:お?電話(?:番号)?|番号|ショートメール|SMS|メッセージ|お?連絡|着信|かけ)"
        rf"(?!{_PRODUCT_AFTER})"  # (携帯電話基地局向けコネクタ: a product)
        rf"|(?<![一-龥])家の(?:固定)?電話(?=[ \u3000]?(?:に|へ|まで))|携帯電話(?!{_PRODUCT_AFTER}|の(?:基地局|販売|市場|普及))|携帯番号|ショートメール|ショートメッセージ|(?<![A-Za-z])SMS(?![A-Za-z])(?![ \u3000]?(?:通知|配信|認証|送信サービス|マーケ|広告|リマインド|の(?:タイミング|文面|内容)))|Cメール"  # (SMS通知のタイミング: a topic)
        # 私の携帯（080-…）にお電話ください: the phone is where the reader should call; point at the noun only.
        r"|(?:携帯|ケータイ|スマホ|自宅)(?=[^。！？!?\n]{0,24}?(?:に|へ|まで)[ \u3000]?(?:折り返し|直接|すぐに?|今夜|今日|本日|明日|夜|いつでも|今すぐ)?[ \u3000]?(?:お|ご)?(?:電話|SMS|ショートメ|連絡|メッセージ|着信|かけ|留守電|留守番電話))"
        # 私の携帯…に直接お願いします / 私の携帯まで気軽にどうぞ / 携帯 090-… に直接ください: the phone named as the way in (not 連絡が
        # 必要なら携帯にお願いします: a number for the courier)
        r"|(?:携帯|ケータイ|スマホ)(?=[^。！？!?\n]{0,24}?(?:に|へ|まで)[ \u3000]?(?:直接|お?気軽に)[ \u3000]?(?:お願い|どうぞ|ください|下さい))"
        # 連絡は携帯のほうにいただけると確実です: the mobile preferred over the channel in use
        r"|(?:携帯|ケータイ|スマホ)(?=の(?:方|ほう)(?:に|へ|まで)[ \u3000]?(?:お|ご)?(?:いただけ|頂け|お願い|ください|下さい|連絡|電話))"
        # 私の携帯 080-… に、夜でも土日でもいつでもかけてください: when, between the place and the verb
        r"|(?:携帯|ケータイ|スマホ)(?=[^。！？!?\n]{0,24}?に[、,][^。！？!?\n]{0,16}?(?:お|ご)?(?:電話|かけ)(?:て|し)?(?:ください|下さい))"
        # A mobile number itself as the place to call (070 5512 8834に直接お電話ください).
        rf"|{_MOBILE_NUMBER}(?=[^。！？!?\n]{{0,4}}?(?:に|へ|まで)[ \u3000]?(?:(?:折り返し|直接|すぐに?|今夜|今日|本日|明日|夜|いつでも|今すぐ)(?:でも|は)?)?[ \u3000]?(?:お|ご)?(?:電話|SMS|ショートメ|連絡|着信|かけ))"
        # Asking for the reader's number moves the talk to the phone (電話番号教えてください).
        r"|(?:お)?(?:電話|携帯)番号(?=[ \u3000]?(?:を|も)?[ \u3000]?(?:お?教え|お知らせ))"
        # ご連絡は私の携帯 080-… までお願いします: the contact named first, the phone as where it goes.
        # (今後の連絡はすべて私の個人携帯にお願いします)
        r"|(?<=は)(?:すべて|全て|全部)?(?:私の|わたしの|僕の|こちらの|私個人の|個人の)?(?:個人|プライベートの)?(?:携帯|ケータイ|スマホ)(?=[^。！？!?\n]{0,20}?(?:まで|に|へ)[ \u3000]?(?:お願い|ください|下さい|いただけ|頂け))"
        # 今後はこっちに連絡ください→ 090-…: the mobile number given as where to write from now on
        r"|(?:こっち|こちら|この番号|こちらの番号)(?=(?:に|へ|まで)[ \u3000]?(?:直接)?[ \u3000]?(?:お|ご)?(?:電話|連絡|ショートメ|SMS|かけ)[^。！？!?\n]{0,12}?"
        rf"{_MOBILE_NUMBER})")),
    # 電話で話しましょう / お電話ください: a call asked for; it moves the talk only when the number given
    # (in the sentence or the next) is a mobile (check() looks for it)
    ("phone-call", lazy(r"(?<![携帯])電話(?=で|に(?:切り替|移))|(?<![携帯])お?電話(?=(?:を)?(?:ください|下さい|いただけ|頂け|もらえ|お願い|して(?:ください|ね|[。！!]|$)))")),
]
_MOBILE = lazy(_MOBILE_NUMBER)
_HERE_REQUEST = lazy(r"(?:こちら|こっち|ここ|下記|以下)(?:の(?:アドレス|メールアドレス))?(?:に|へ|まで)[ \u3000]?(?:直接)?[ \u3000]?(?:お|ご)?"
                     r"(?:メール|連絡|送)[^。！？!?\n]{0,8}?(?:ください|下さい|お願い|して(?:ね|ください)?)[^。！？!?\n]{0,4}$")
_OPEN_INVITE = lazy(r"いつでも|気軽に")
_LEAD_IN = lazy(r"(?:詳しく|詳細|続き|この先|ここから先|ここから)は[ \u3000]?$")
_ELLIPTICAL = lazy(r"^[ \u3000]?で[。！!…]*[ \u3000]*$")
# Signs that an X text is a message to one person: a mention, a greeting, a reply's thanks, DM.
_TO_SOMEONE = lazy(r"[@＠][A-Za-z0-9_]{1,30}|はじめまして|初めまして|DM|ＤＭ|ありがとう|ご無沙汰|お久しぶり|さん[、,!！\s]|様[、,\s]")
_BUSINESS_PHONE = lazy(r"社用|会社|業務|仕事用|営業用|法人|代表|事務所|オフィス|店舗")
# The channel that is the platform itself is not a move (Messenger on Facebook, X DMs on X).
_SAME_PLATFORM = {"facebook": {"Facebook", "Messenger"}, "x": {"X"}}
# The sentence must be about contacting, not about the product (LINE Payの導入, Instagramの運用).
_ACTION = lazy(r"追加|交換|登録|連絡|直接|留守電|送|電話|移|切り替|切替|やり取り|やりとり|話|フォロー|申請|返信|DM|ＤＭ|メッセージ|続き|今後|以降|ここから|この先|これから|以後"
                     r"|通話|つなが|繋が|招待|承認|ID|QR|友達|友だち|トーク|チャット|(?<!声を)(?<!声)かけ|コンタクト|アカウント|SMS|ショートメ"
                     r"|番号|メール|アドレス|詰め|決め|相談|打ち合わせ|打合せ")
# A fallback for the day of a meeting is not moving the conversation (迷われた場合は携帯まで).
# 遅れ only as a case (遅れる場合は): DMだと気づくのが遅れがちなので is a reason to move, not a fallback.
# ご予約・ご相談は携帯090-…までお電話ください: where a business takes bookings, no conversation moved
_CONTINGENCY = lazy(r"(?:ご予約|ご注文|お申し込み|お申込み|ご依頼)(?:・[^。\n]{1,8})?は|万が一|万一|緊急|非常時|当日|着いたら|到着(?:したら|されたら|時)|迷われ|迷った|迷い|お急ぎ|急ぎの|急用|トラブル|不在(?:の|時)|留守(?:の|時)"
                    r"|(?:わから|分から|見つから|届か)な(?:くなったら|かったら|ければ|い場合|いとき|い時|いことがあれば|いことがあったら)"
                    # 受付で手間取るようでしたら、私の携帯へ: a backup for the day of the meeting
                    r"|(?:手間取|遅れ|遅刻し)(?:る|た)?(?:ようでしたら|ようなら|ようであれば|場合|際|とき|時|ら)"
                    # ご不明な点があれば、夜間でも自宅の番号に: a number for the reader's questions, like 分からないことがあれば
                    r"|ご?不明(?:な)?(?:点|こと)(?:が|など|等)?(?:あれば|ございましたら|ありましたら|ございます場合|ある場合)"
                    r"|(?:返事|返信|連絡)が(?:遅い|遅れる|つかない|取れない)(?:とき|時|場合)"
                    # 夜間や休日に止まった場合は…個人の番号に: a number for a breakdown, not a channel
                    r"|(?:止ま|故障|停止|異常が|動かなくな)[^。！？!?\n]{0,6}?(?:場合|際|とき|時|ら)"
                    r"|(?:遅れ|遅刻)(?:る|す|そう|た|し)?[^。！？!?\n]{0,4}?(?:場合|際|とき|時|ら|なら)")
# Preference questions and offers of a choice: the reader decides. (何時でも出ます is the sender's
# availability, not a choice of channel: 何 before 時, 度, 回 does not count.)
_PREFERENCE = lazy(
    r"(?:どの|どちら|どういった|どのような|いずれ|何(?![時度回]))(?:の|か)?[^。！？!?\n]{0,8}?(?:連絡|方法|手段|ツール|アプリ|媒体|チャネル|チャンネル|が(?:よろし|良|よ|いい|ご都合|便利)|でも)"
    r"|(?:ご都合の(?:よ|良)い(?!日|時間|曜日|候補|タイミング|時に|ときに|頃)|ご都合に合わせ|ご都合のつく|ご希望の|ご希望に|お好きな|お好みの|使いやすい|使い慣れた|普段お使いの|お使いの|ご指定の|便利な)"
    r"|(?:方|ほう)が(?:よろし|良|よ|ご都合(?:が)?(?:よろし|良|よ)?|便利|楽|使いやす|早|速|はや)(?:けれ|ければ|ろしければ|ろしけれ|かったら|でしたら|い場合|ければ)"
    r"|(?:方|ほう)が[^。！？!?\n]{0,8}?(?:しやす|やす)(?:けれ|かったら|いようでしたら|い場合)"  # お電話の方がお話ししやすければ
    # 河合様にとって都合のよい連絡手段を教えていただけますか
    r"|(?:都合|ご都合)の(?:よ|良)い(?:連絡)?(?:手段|方法|ツール)"
    r"|ご希望(?:が|を|の|に|で)|お知らせいただければ合わせ|合わせます"
    # XのDMでメールがご都合よいと伺ったので: the reader's own choice, followed
    r"|(?:ご都合(?:が)?|の方が|のほうが|が)(?:よい|良い|いい|よろしい)と(?:伺|うかが|聞|お聞き|教えていただ)"
    # LINEのグループを作ってはどうか…メールのままがいい方は: the reader's view asked
    r"|のまま(?:が|で)(?:いい|よい|良い)(?:方|人)|ご意見を(?:お)?聞かせ"
    # 自宅の固定電話 048-… か、このスレにコメントください: the channel in use offered beside it
    r"|(?:か|または|もしくは)[、,]?(?:この|こちらの)(?:スレ|スレッド|投稿|ページ|メッセージ|DM|ＤＭ|チャット)"
    # 「連絡はLINEが一番助かる」とおっしゃっていたので: the reader named the channel
    r"|[」』](?:と|って)(?:おっしゃ|仰|伺|お聞き|聞い|言って|お話しされ)"
    # …携帯までお電話いただけると助かります。メールでももちろん構いません。
    r"|(?:メール|LinkedIn|メッセージ|DM|こちら|Messenger|メッセンジャー)(?:で|から)も(?:もちろん)?(?:構いません|かまいません|大丈夫|結構)")
# つながらないためSMSにてご連絡いたしました: the channel of this very message, told, not a move asked for
_USED_NOW = lazy(r"[ \u3000]?(?:にて|で|から)(?:ご連絡|連絡|お送り|送信|お知らせ|ご案内)(?:を)?(?:いたしました|しました|差し上げました|させていただきました)")
# Permission questions that leave the answer to the reader (LINEでもよろしいでしょうか).
_PERMISSION = lazy(r"(?:よろしい|大丈夫|問題ない|差し支えない|構いません|かまいません|いかが|ご迷惑)(?:でしょう|です|ではない)?か|てもいい(?:です)?か|ても良いですか")
# 当日のご連絡は自宅の電話に…こちらに一本化させてください: every contact moved, not a fallback for the day.
_ONLY_THIS = lazy(r"一本化|(?:こちら|携帯|自宅)に統一|以降は(?:すべて|全て)?(?:こちら|携帯|自宅)")
# 自宅の番号にお電話いただいても大丈夫です: the reader is allowed a channel, not sent to it.
_ALLOWED = lazy(r"(?:て|で)も(?:大丈夫|構いません|かまいません|結構|OK|オッケー)(?:です|ですよ|ですので)?[。！!]*$"
                # 夜は自宅の…にお電話いただければ出られます: when the sender can be reached, offered
                r"|(?:いただければ|いただけたら|もらえれば|もらえたら|くだされば)[、,]?(?:出られ|出ます|つながり|繋がり)")
_STRONG_REQUEST = lazy(r"いただけ|頂け|もらえ|ください|下さい|くれ")
_SAME_CHANNEL = lazy(r"(?:こちらのメッセージ|このメッセージ|本メッセージ|このスレッド|このチャット|こちらのDM|こちらのチャット"
                           r"|こちら|ここ)(?:上)?で(?!は|す|し|な|の)|このまま")  # (こちらでのやり取りは見落としやすい: the channel left)
# インスタを拝見して、ぜひ…ほしい: where the sender found the reader, not a channel asked for.
# (インスタで、週末のドッグランが賑わっている様子を拝見し: what was seen there named in between)
_SEEN_THERE = lazy(r"[ \u3000]?(?:の投稿|の写真|の動画|の記事|の発信|のプロフィール)?(?:を|で)[、,]?(?:[^。！？!?\n]{0,40}?を)?"
                   r"(?:拝見|拝読|見て(?!(?:ください|下さい|ほし|欲し|もら|いただ|頂))|見まし|読んで(?!(?:ください|下さい|ほし|欲し|もら|いただ|頂))|知り|知っ)")
_NEGATED = lazy(r"^[^。！？!?\n]{0,6}?(?:ではなく|じゃなく|以外|は使って(?:い|お)?りません|は使っていません|は使わ|は苦手|はやって(?:い)?ません|は控え|はNG)")
_THANKS = lazy(r"ありがとう|感謝|助かりました|いただきまし|頂きまし|くださいまし|もらいまし|くれまし")
# (ID送っておきますね: the move announced as done)
_ANNOUNCE = lazy(r"(?:します|いたします|致します|差し上げます|送ります|かけます|入れます|送っておきます)(?:ね|ので|から|[。！!]|$|[ \u3000]*$)")
_CASUAL = lazy(r"て(?:ね|ー|〜|よ|ちょ)?[!！]*$|てね|てくれ(?:よ|ー|〜)?[!！]*$")  # (not 話してくれた: done, not asked)
_ANY_CHANNEL = lazy(r"メール|LinkedIn|リンクトイン|電話|Zoom|Teams|Messenger|メッセンジャー|LINE|ライン|DM|Facebook"
                          r"|Instagram|インスタ|Slack|チャット|Gmail|カカオ|WhatsApp|WeChat|携帯|SMS|X")
_CONNECTOR = lazy(r"でも|か|または|もしくは|あるいは|や|、|，|/|／|(?<![A-Za-z])or(?![A-Za-z])")
_REQ_BASES = {"くださる", "下さる", "いただける", "頂ける", "もらえる", "貰える", "ほしい", "欲しい"}
_GIVE_BASES = {"いただく", "頂く", "もらう", "貰う", "くれる", "呉れる"}


_GATE = RegexSelector([p for _, p in _CHANNELS])


def check(ctx: Context) -> None:
    doc = ctx.doc
    text = doc.folded
    # A channel regex whose required words are not in the draft matches no sentence of it either.
    active = [_CHANNELS[k] for k in sorted(_GATE.active(text))]
    if not any(p.search(text) for _, p in active):
        return
    skip = _SAME_PLATFORM.get(ctx.platform, set())
    sentences = doc.sentences
    # A public X post to no one (取材のご依頼は、こちらの携帯までお気軽にどうぞ) offers a way in, as a
    # card does; it moves no conversation.
    public_post = ctx.platform == "x" and not _TO_SOMEONE.search(doc.view)
    reported: list[int] = []  # sentences with a finding
    calls: list[tuple[int, int, int, int]] = []  # (call sentence, number sentence, start, end), reported last
    for index, sent in enumerate(sentences):
        body = text[sent.start:sent.end]
        hit = _channel(body, skip, active)
        if hit is None:
            continue
        name, cs, ce = hit
        # (The sentence before counts only if it speaks of a channel: 12月3日と5日の午後であればどちらでも
        # 伺えます leaves the date, not the channel, to the reader.)
        prev = text[sentences[index - 1].start:sentences[index - 1].end] if index else ""
        neighbours = (prev if _ANY_CHANNEL.search(prev) else "") + "".join(
            text[s.start:s.end] for s in sentences[index:index + 2])
        same = _SAME_CHANNEL.search(body)
        if same and same.start() > ce and same.group() in ("こちらで", "ここで", "こちら上で", "ここ上で"):
            same = None  # LINEの方が早いので、以降はこちらで: こちら is the channel just named
        if (_PREFERENCE.search(neighbours) or _THANKS.search(body) or same
                or _CONTINGENCY.search(body) and not _ONLY_THIS.search(neighbours) or _ALLOWED.search(body)):
            continue
        if _NEGATED.match(body, ce) or _alternatives(body, cs, ce) or _USED_NOW.match(body, ce) or _SEEN_THERE.match(body, ce):
            continue
        if public_post and _OPEN_INVITE.search(body):
            continue
        if _ELLIPTICAL.search(body[ce:]) and _LEAD_IN.search(body, 0, cs):
            # 詳しくはLINEで。ID：…: the request said without its verb
            ctx.report(sent.start + cs, sent.start + ce, match=doc.text[sent.start + cs:sent.start + ce], channel=name,
                       pii=False)
            reported.append(index)
            continue
        # 教えて counts only for the channel itself (LINE教えて), not for a topic (LINEのAPIを教えて).
        # (個人のGmailにお願いします: the channel itself is what is asked for)
        acting = _ACTION.search(body) or re.match(r"[ \u3000]?(?:[をも]?教え|(?:に|へ|まで)[ \u3000]?(?:直接|お?気軽に)?[ \u3000]?(?:お願い|どうぞ))", body[ce:])
        asks = acting and _requests(doc, sent, sent.start + cs, body)
        if not asks and name == "private-mail" and _HERE_REQUEST.search(body, 0, cs):
            asks = True  # こちらにメールください→ name@gmail.com: the address given after the request
        if not asks and index + 1 < len(sentences):
            # LINE IDはtaro_123です。追加お願いします！ -- the request comes in the next short sentence.
            nxt = sentences[index + 1]
            nbody = text[nxt.start:nxt.end]
            nch = _channel(nbody, skip, active)
            if (len(nbody) <= 30 and _ACTION.search(nbody) and (nch is None or nch[0] == "phone-call")
                    and not _THANKS.search(nbody) and "よろしく" not in nbody  # (今後ともよろしくお願いいたします: a closing)
                    and _requests(doc, nxt, nxt.start, nbody)):
                asks = True
        if asks and name == "phone-call":
            # The number to call: a mobile in this sentence, the one before or the next (番号は070-…です).
            # (いつでも気軽にお電話ください: an open invitation, as on a card; and a choice offered within the
            # next two sentences, DMのままの方がよければ, leaves it to the reader)
            if _OPEN_INVITE.search(body, max(0, cs - 8), cs) or _PREFERENCE.search(
                    "".join(text[s.start:s.end] for s in sentences[index:index + 3])):
                continue
            for j in (index, index - 1, index + 1, index + 2):  # (…お電話ください。夜でも出られます。⏎080-…)
                if 0 <= j < len(sentences):
                    part = text[sentences[j].start:sentences[j].end]
                    m = _MOBILE.search(part)
                    if m and not _BUSINESS_PHONE.search(part, max(0, m.start() - 12), m.start()):
                        calls.append((index, j, sentences[j].start + m.start(), sentences[j].start + m.end()))
                        break
            # (none found: お電話ください with an office number, or none, keeps the channel professional)
            continue
        if asks:
            if body.startswith(("こっち", "こちら", "この番号"), cs):  # (こちらに連絡ください→080-…: the number is the channel)
                number = _MOBILE.search(body, ce)
                if number:
                    cs, ce = number.span()
            raw = doc.text[sent.start + cs:sent.start + ce]
            # The channel can be the number itself: then the finding holds personal data.
            pii = sum(ch.isdigit() for ch in raw) >= 6
            ctx.report(sent.start + cs, sent.start + ce, match=raw, channel=name, pii=pii)
            reported.append(index)
    # A call asked for counts once, and only where no private channel was reported already
    # (私の携帯 080-… に…かけてください is reported as the mobile).
    for index, at, start, end in calls:
        if index in reported or at in reported:
            continue
        reported += [index, at]
        ctx.report(start, end, match=doc.text[start:end], channel="private-phone", pii=True)


def _channel(body: str, skip: set, channels):
    best = None
    call = None
    for name, pattern in channels:
        if name in skip:
            continue
        m = pattern.search(body)
        if m and m.end() > m.start():
            if name == "phone-call":
                call = (name, m.start(), m.end())  # (a named private channel, if any, comes first)
            elif best is None or m.start() < best[1]:
                best = (name, m.start(), m.end())
    return best or call


def _alternatives(body: str, cs: int, ce: int) -> bool:
    """メールでもLINEでも / LINEかメール / LINEやメールなど: two channels offered, the reader picks."""
    around = body[max(0, cs - 24):ce + 24]
    hits = list(_ANY_CHANNEL.finditer(around))
    for a, b in zip(hits, hits[1:]):
        gap = around[a.end():b.start()]
        if len(gap) <= 8 and a.group() != b.group() and _CONNECTOR.search(gap) and not _INSTEAD.search(gap):
            if _private(around, a) and _private(around, b):
                continue  # 私の携帯までお電話いただくか、LINEで: a choice between two private channels
            return True
    return False


_PRIVATE = frozenset({"LINE", "ライン", "携帯", "SMS", "Gmail", "カカオ", "WhatsApp", "WeChat"})


# 会社のメールではなく、私の携帯に: one channel replaced by the other, not a choice.
_INSTEAD = lazy(r"ではなく|じゃなく|ではなくて|でなく|よりも?")


def _private(around: str, m) -> bool:
    """A private channel, or a call to the mobile just named (携帯までお電話, 携帯（080-…）に直接お電話)."""
    return (m.group() in _PRIVATE or m.group() == "電話" and "携帯" in around[max(0, m.start() - 24):m.start()]
            or m.group() == "メール" and around.endswith("ショート", 0, m.start()))  # ショートメール is SMS


def _requests(doc, sent, start: int, body: str) -> bool:
    """A request, a proposal or an announcement after the channel, read from the tokens."""
    if _PERMISSION.search(body) and not _STRONG_REQUEST.search(body):
        return False
    tokens = [t for t in doc.tokens[sent.tok_start:sent.tok_end] if t.start >= start]
    for i, tok in enumerate(tokens):
        base = tok.base or tok.lemma
        if base in _REQ_BASES:
            return True
        if base in _GIVE_BASES:
            after = "".join(t.surface for t in tokens[i + 1:i + 4])
            if not re.match(r"(?:まし|っ)?た|て(?:おり|い)", after):
                return True
        if tok.surface in ("お願い", "願い") or base == "願う":
            before = doc.folded[max(sent.start, tok.start - 6):tok.start]
            if "よろしく" not in before and "宜しく" not in before:
                return True
        if tok.surface in ("ちょうだい", "頂戴") and (i + 1 == len(tokens) or tokens[i + 1].pos1 == "補助記号"
                                                   or tokens[i + 1].pos2 == "終助詞"):
            return True  # 俺の携帯に直接連絡ちょうだい！
        if tok.surface == "どうぞ" and (i + 1 == len(tokens) or tokens[i + 1].pos1 == "補助記号"):
            return True  # 私の携帯まで気軽にどうぞ (not どうぞよろしくお願いします)
        if tok.surface == "よろしく" and (i + 1 == len(tokens) or tokens[i + 1].pos1 == "補助記号"):
            return True  # 続きはLINEでよろしく！ (not LINEでもよろしくお願いします)
        if base == "ます" and tok.cform.startswith("意志推量形") or tok.pos1 == "動詞" and tok.cform.startswith("意志推量形"):
            return True  # 〜ましょう, 続きはLINEでやろう (not だろう: an auxiliary's guess)
        if base == "ます" and tok.cform.startswith("未然形") and i + 2 < len(tokens) \
                and tokens[i + 1].surface == "ん" and tokens[i + 2].surface == "か":
            return True  # 〜ませんか
    tail = body.rstrip(" \u3000。.！!？?")
    return bool(_ANNOUNCE.search(body) or _CASUAL.search(tail) or _WISH.search(body, start - sent.start))


# LINEで30分ほどお話しできればと思います: a proposal, as 〜しましょう is.
_WISH = lazy(r"(?:でき|いただけ|頂け)(?:れば|たら)(?:と(?:思|考え|存じ)|幸い|嬉しい|うれしい)")
