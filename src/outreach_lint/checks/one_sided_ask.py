"""one-sided-ask: a first contact that asks for something substantial and gives nothing back.

Fires once per draft, at its first substantial ask, when the draft has no offer and no existing
relationship. Interest in the reader's work excuses a request for their time (a conversation) and a
bare ご検討ください, but not a referral, a job, free advice or a purchase. The reading of requests,
offers and interest lives in speech.py (shared with form-letter).
"""
from __future__ import annotations

import re

from ..rule import Context
from ..speech import (EASY_OUT, GROUP_SALUTATION, asks, has_interest, has_real_offers, named_addressees, only_met_briefly,
                      relationship_kinds)
from ..lazyre import lazy

WHAT = {
    "ja": {"referral": "紹介・推薦", "job": "仕事・採用", "purchase": "購入・契約・出資", "advice": "無償の相談・助言",
           "time": "時間（面談・お茶・登壇など）"},
    "en": {"referral": "a referral", "job": "a job", "purchase": "a purchase", "advice": "free advice",
           "time": "their time"},
}


_HELLO_ALL = lazy(r"[ \t\u3000]*(?:Hello|Hi|Dear|Hey)[ \t\u3000]+(?:everyone|all|team|everybody)(?![A-Za-z])", re.I)
_BROADCAST_MENTION = lazy(r"[@＠](?:channel|here|everyone)(?![A-Za-z0-9_])")
_MENTION = lazy(r"[@＠][A-Za-z0-9_]{1,30}")
_TO_MANY = lazy(r"[ \t\u3000]*【[^】\n]{1,30}(?:様|皆様|皆さま|皆さん|の方)へ】")
# The sender sells a product (「TimeFlow」の営業, 弊社は…サービスを提供): not a salesperson networking as a peer.
_SELLING = lazy(r"(?:[」』]|サービス|製品|システム|ツール|SaaS|ソリューション|プロダクト|保険|生命保険|不動産|証券)の営業"
                # 弊社の採用分析ツールが解決できる…製品のご説明の時間を: a pitch, however researched
                # (not 弊社のプロダクトで使わせてもらっています: the reader's work in the sender's product)
                r"|(?:弊社|当社)の[^。\n]{0,20}?(?:サービス|製品|システム|ツール|ソリューション|SaaS|プロダクト|商品)"
                r"(?:が|で(?!も?(?:使わ|使っ|使い|利用|活用|採用))|なら)"
                r"|(?:製品|サービス|商品|ツール|システム)の(?:ご)?(?:説明|紹介|デモ)"
                r"|(?:弊社|当社|私ども)(?:の|は|では|が)[^。\n]{0,30}"
                r"(?:サービス|製品|システム|ツール|ソリューション|SaaS|プロダクト|商品)(?:を|の)?(?:提供|販売|展開)"
                # 弊社の事業についてお話しする機会を: the sender's own pitch (to an investor, a buyer)
                r"|(?:弊社|当社|私ども)の(?:事業|サービス|製品|プロダクト)(?:内容)?(?:について|に関して)[^。\n]{0,4}?(?:お話し|ご説明|ご紹介|プレゼン)")
_THEIR_CALL = lazy(r"(?:公募|入札|公告)(?:中|要領|案件|の|について|に関)|公募要領|入札公告|募集要項(?:の|を)|応募要件|応募資格"
                   r"|(?:スタッフ|人材|メンバー|ボランティア|出展者|登壇者|講師)?募集(?:ページ|要項|記事|投稿|のページ)?を[^。\n]{0,16}?(?:拝見|拝読|見)")  # 応募の前に相談
_APPLYING = lazy(r"(?:求人|募集|募集要項|採用情報|求人票|ポジション)(?:情報|の案内|のご案内|ツイート|ポスト|投稿|記事|ページ)?(?:を|に)?(?:拝見|拝読|見|読|応募)"
                 r"|募集されて(?:いた|いる|おられた|おられる|いました)"  # 〜で募集されていたロゴの件でご連絡しました
                 # 新卒採用に応募いたしたく、履歴書を添付 / インターンに応募したいと考えています: they apply
                 r"|応募(?:いた)?し(?:たく|たいと|ました|たい[^。\n]{0,12}?(?:です|と申します))|応募(?:いたします|させていただ(?:きます|きたく|きました))")
# 株式会社リンクス採用担当の岡です: a recruiter's request for a conversation is about a job for the reader.
_RECRUITER = lazy(r"(?:採用|人事|キャスティング)(?:を)?担当(?:して(?:いる|おります)|の|をしている)[^\n。]{0,24}?(?:です|と申します)"
                  r"|採用(?:チーム|部|グループ)の[^\n。]{0,24}?(?:です|と申します)"
                  r"|(?:の|、)人事部(?:[^\n。]{0,12}?)?(?:です|でございます|と申します)"  # 株式会社アクシスの人事部です
                  # エンジニアを探している企業さんを紹介しているので: an agent who brings the reader jobs
                  r"|(?:企業|会社|求人|案件|お仕事|ポジション)(?:さん|様)?を(?:ご)?紹介して(?:い|お)?(?:る|ます|ります)")
# 紀伊民報の記者の山本です: an interview asked by the press brings the reader coverage.
_PRESS = lazy(r"(?:記者|編集部|編集者|ライター|取材班|ディレクター)(?:の|を(?:して|務めて)(?:いる|おります))?[^。\n]{0,12}?(?:です|と申します)"
                r"|編集(?:を)?担当(?:して(?:いる|おります)|の)[^。\n]{0,12}?(?:です|と申します)")  # 「…」で編集を担当している大塚と申します
_REPLY_SUBJECT = lazy(r"[:：][ \t\u3000]*(?:Re|RE|re)[:：]")
_COLLAB = lazy(r"一緒に[^。\n]{0,24}?(?:作れ|作り|作る|でき|やれ|やり|取り組|企画|開催|並べ|出店|組め|組み)"
               # 共同研究の可能性について / 連携できないかと考えて: work together proposed, on both sides
               r"|(?:共同研究|共同開発|連携|協業|協働)(?:の(?:可能性|ご提案|ご相談)|(?:が|を)?(?:でき|させて|しませ|させ|いたし))")
_SUBJECT = lazy(r"[ \t\u3000]*(?:件名|Subject)[:：][^\n]*")
# 講演や執筆のご依頼は、事務局までお寄せください: requests from the reader are welcome, nothing is asked.
# お気軽にご相談ください: the reader is invited to consult the sender, an offer.
_TAKES_REQUESTS = lazy(r"(?:ご依頼|ご相談|お問い合わせ|お問合せ|ご用命|ご注文)(?:は|等は|などは)[^。\n]{0,24}?(?:まで|へ|より|から)"
                       r"|(?:お気軽に|いつでも|何でも|なんでも)?ご相談(?:ください|下さい)"
                       r"|相談して(?:ください|下さい|くださいね|ね)"  # 保険のことなら何でも相談してください
                       # ご相談いただければ在庫状況をお知らせします: the reader's request answered, an offer
                       r"|(?:ご相談|お問い合わせ|ご連絡|お声がけ)(?:いただければ|いただけたら|くだされば)[、,]?[^。\n]{0,30}?(?:します|いたします|できます)"
                       # 橋渡しが必要なときは、いつでもお声がけください: help offered when needed
                       r"|(?:必要な|お困りの|ご入用の)(?:とき|時|際|場合)(?:は|には)?[、,]?(?:いつでも|お気軽に)?[、,]?(?:お)?声(?:を)?(?:がけ|かけ|掛け)")
# 皆さんがどんな評価を使っているか教えて / 事例をお持ちの方はコメント欄で教えてください: a question put to a
# group or a community, not a favour asked of one person.
_TO_GROUP = lazy(r"皆さん|皆様|皆さま|みなさん|みなさま|みんな|どなたか|どなたでも|(?:方|人)(?:は|が(?:いれば|いたら|いらっしゃれば))")
# (DM失礼します: on X, a message to one person, not a post)
_GREETING = lazy(r"ご無沙汰して|お久しぶりです|はじめまして|初めまして|突然(?:の|失礼|すみません|ですが)|初めて(?:DM|ＤＭ|メッセージ|ご連絡)"
                 r"|(?:DM|ＤＭ|ダイレクトメッセージ)(?:で|にて)?(?:失礼|すみません|ごめんなさい|申し訳)"
                 # …の件でDMしました: the text says it is a message to one person
                 r"|(?:DM|ＤＭ)(?:を)?(?:しました|いたしました|させていただきました|お送りしました|送りました|しています)")


_FREE = lazy(r"無料で|無償で|タダで")  # (not ただで: ただでさえお忙しいところ)
# 案件があれば、いつでも声をかけてください: a door left open, no favour asked now.
_OPEN_DOOR = lazy(r"(?:あれば|ありましたら|ございましたら)[、,]?(?:いつでも|お気軽に|ぜひ|気軽に)?[、,]?"
                  r"(?:お?声(?:を)?(?:かけ|掛け|がけ)|ご?連絡|お知らせ)")
def check(ctx: Context) -> None:
    doc = ctx.doc
    if _BROADCAST_MENTION.search(doc.view):
        return  # @channel: a notice to a whole workspace, not a first contact with one person
    if doc.platform == "x" and (_TO_MANY.match(doc.view) or not (_MENTION.search(doc.view) or _GREETING.search(doc.view)
                                                                  or named_addressees(doc, first_only=True))):
        return  # a public post to no one in particular (【パブリッシャー様へ】) is not a first contact
    allowed = set(ctx.options.get("categories", WHAT["ja"]))
    subject = _SUBJECT.match(doc.text)  # (the view blanks the 件名： label of an e-mail, not its subject)
    if subject and _REPLY_SUBJECT.search(subject.group()):
        return  # 件名：Re: メンタリング資料の件: a reply in an exchange
    # An e-mail Subject names the errand; the body says what is asked (件名：ご相談のお願い over a body
    # that asks only for a greeting at the reader's talk).
    found = [a for a in asks(doc) if a.category in allowed and not (subject and a.start < subject.end())
             and not _TAKES_REQUESTS.search(doc.view, doc.sentences[a.sentence].start, doc.sentences[a.sentence].end)
             and not (a.category == "advice" and (_TO_GROUP.search(doc.sentences[a.sentence].text)
                                                  or GROUP_SALUTATION.search(doc.view) or _HELLO_ALL.match(doc.view)))]  # (チームの皆さん)
    if not found:
        return
    # A recruiter (採用担当の岡です) or a joint project proposed (一緒に並べられたら): the talk asked for
    # is about something for the reader; a joint project also answers a request for their view.
    collab = (any(a.category in ("time", "advice") for a in found)
              and _COLLAB.search(doc.view) is not None and not _SELLING.search(doc.view))
    if any(a.category == "time" for a in found) and (
            collab or _RECRUITER.search(doc.view) or _PRESS.search(doc.view)):
        found = [a for a in found if a.category != "time"]
        if not found:
            return
    if _PRESS.search(doc.view):
        found = [a for a in found if not (a.category == "advice" and a.topic == "相談")]  # (秋の続編企画でご相談させてください)
        if not found:
            return
    if collab:
        found = [a for a in found if a.category != "advice"]  # 連携について、ご意見をお聞かせください
        if not found:
            return
    # Interest in the reader's work earns a conversation, not a favour: after 記事を拝読しました a
    # request for their time stands, but a referral, a job, free advice or a purchase still needs
    # something offered in return (tip 8).
    # A seller's request for a meeting serves the sale: it stays an ask however well researched.
    if any(a.category == "time" or a.topic == "検討" for a in found) and has_interest(doc):
        selling = _SELLING.search(doc.view)
        found = [a for a in found if (a.category != "time" or selling) and a.topic != "検討"]
        if not found:
            return
    if _THEIR_CALL.search(doc.view):
        # 入札公告…特記仕様書について質問 / 公募要領の6ページに…ご教示ください: a question about the
        # reader's own public call, which invites it
        found = [a for a in found if a.category != "advice"]
        if not found:
            return
    if _APPLYING.search(doc.view):
        # 御社の求人を拝見し…ご検討いただけますと幸いです / 応募いたしました…面接の機会を: an answer to their
        # posting, which asked for it
        found = [a for a in found if a.category not in ("job", "time") and a.topic != "検討"]
        if not found:
            return
    kinds = relationship_kinds(doc)
    if "past" in kinds:
        # 前の会社でお世話になった長谷部です: a tie from the past, not an exchange under way
        kinds = (kinds - {"past"}) | {"tie"}
    if kinds == {"exchange"} and only_met_briefly(doc):
        # 先日の交流会で名刺交換させていただいた / 少しだけお話しした: a card or a greeting at an event
        # earns a conversation, not a referral, a job or a sale (tip 7).
        found = [a for a in found if a.category in ("referral", "job", "purchase")]
        if not found:
            return
        kinds = set()
    if kinds == {"reply"}:
        # ご提案ありがとうございます…取引先を紹介していただけませんか: a referral asked in return (but 求人の件、
        # ぜひ詳しく伺いたいです answers the recruiter who wrote first)
        found = [a for a in found if a.category == "referral"]
        if not found:
            return
        kinds = set()
    elif "reply" in kinds:
        kinds = (kinds - {"reply"}) | {"exchange"}
    if kinds == {"tie"} and EASY_OUT.search(doc.view):
        return  # 前職で一緒だった…難しければ遠慮なく断ってください: a favour asked of a friend, easy to refuse
    if kinds == {"tie"}:
        # 大学の先輩 / ゼミで一緒だった: a dormant tie earns a conversation, not a referral or a job
        # (tip 7: people are not stepping stones). 案件があればいつでも声をかけてください leaves the door
        # open to an old colleague: nothing is asked of them now.
        found = [a for a in found if a.category == "referral"
                 or a.category == "job" and not _OPEN_DOOR.search(doc.view, a.start, a.end)
                 # 同じ大学の後輩ということで…無料でご意見を: a professional's work asked for free
                 or a.category == "advice" and _FREE.search(doc.sentences[a.sentence].text)]
        if not found:
            return
    elif kinds:
        return
    if has_real_offers(doc, found):
        return
    ask = found[0]
    # English words only where an English message exists to hold them (--lang en, message_en).
    lang = "en" if ctx.options.get("_lang") == "en" and getattr(ctx.rule, "message_en", "") else "ja"
    ctx.report(ask.start, ask.end, match=doc.text[ask.start:ask.end], what=WHAT[lang][ask.category])
