"""form-letter: a draft that could go to anyone unchanged.

A sentence is "stock" when the rule's stock phrases (TOML option `stock-phrases`) cover most of it.
The draft fires when it has no recipient-specific content at all (speech.specifics) and stock
sentences make up most of what it says, or it is written to whoever reads it (〜をお持ちの方に, a
事業者の皆様 salutation), or it is a cold mail to ご担当者様 with not one concrete line. Salutations, signatures and the sender's own self-introduction
(〜と申します) are neutral: they count neither way.
"""
from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from functools import lru_cache

from ..rule import Context
from ..speech import GROUP_SALUTATION, TO_A_ROLE, cold_to_a_role, has_specifics, named_addressees
from ..lazyre import lazy

# Spelling variants folded before phrases are matched (on both sides).
_VARIANTS = (
    ("繋", "つな"), ("宜しく", "よろしく"), ("致し", "いたし"), ("頂", "いただ"), ("下さい", "ください"),
    ("御座", "ござ"), ("是非", "ぜひ"), ("出来", "でき"), ("有難う", "ありがとう"), ("初めまして", "はじめまして"),
    ("様々", "さまざま"), ("色々", "いろいろ"), ("沢山", "たくさん"), ("又", "また"), ("嬉しい", "うれしい"),
    ("させていただきました", "しました"), ("させていただきます", "します"), ("させていただきたく", "したく"),
    ("させていただければ", "できれば"), ("させていただけたら", "できたら"), ("させていただいて", "して"),
    ("させていただいております", "しております"), ("させてもらいました", "しました"),
    ("いたしました", "しました"), ("いたします", "します"), ("いたしたく", "したく"), ("申請を送りました", "申請しました"),
)
_DROP = lazy(r"[\s、。，．,.!！?？・…‥「」『』（）()\[\]【】<>〈〉《》\"'“”‘’~〜ー\-—―♪☆★※☺︎]+")
_GAP = 12  # characters a `*` in a stock phrase may stand for


# Unfilled slots ({name}さん, 〇〇様) are not words of the message; template-placeholder reports them.
_SLOTS = lazy(r"(?:\{\{?[^{}\n]{1,30}\}?\}|\[[^\]\n]{1,20}\]|【[^】\n]{1,20}】|<[^>\n]{1,20}>"
                    r"|[〇○◯●□■△×＿_＊*]{2,}|(?<![A-Za-z])[Xx]{2,}(?![A-Za-z]))(?:様|さま|さん|殿|氏)?")


def normalize(text: str) -> str:
    text = unicodedata.normalize("NFKC", text)
    text = _SLOTS.sub("", text)
    text = _DROP.sub("", text)
    for old, new in _VARIANTS:
        if old in text:
            text = text.replace(old, new)
    return "".join(ch for ch in text if unicodedata.category(ch) not in ("So", "Sk", "Cf"))


@lru_cache(maxsize=8)
def _compile(phrases: tuple[str, ...]) -> re.Pattern | None:
    parts = []
    for phrase in sorted({normalize(p) if "*" not in p else "*".join(normalize(x) for x in p.split("*"))
                          for p in phrases}, key=lambda x: (-len(x), x)):
        # (longest first; ties in a fixed order: in set order, the alternation and so the findings
        # changed with PYTHONHASHSEED from one process to the next)
        pieces = [re.escape(x) for x in phrase.split("*") if x]
        if pieces:
            parts.append(f".{{0,{_GAP}}}?".join(pieces))
    return re.compile("|".join(parts)) if parts else None


_SELF_INTRO = lazy(r"(?:と|って)(?:申し|もうし|言い|いい)ます|と申す者|の者です|と申します"
                  # 株式会社エースリンクの営業担当でございます: a short line naming the sender (not …次第でございます)
                  r"|^[^。、,\n]{1,30}(?<!次第)でございます[。！!]?$")


def _neutral(doc, s) -> bool:
    """Salutation, signature, header line, or the sender naming themselves."""
    toks = doc.tokens[s.tok_start:s.tok_end]
    if not any(t.pos1 in ("動詞", "助動詞", "形容詞") for t in toks):
        return True
    text = s.text.strip()
    if _SELF_INTRO.search(text):
        return True
    # 株式会社ABCの山田です / エンジニアの佐藤です: a name and です, nothing else.
    if text.rstrip("。！!").endswith("です") and any(t.pos3 == "人名" for t in toks) and len(text) <= 40:
        return True
    # 現在、転職活動中です / 大学3年生です: a short line about the sender, nothing aimed at the reader.
    if len(text) <= 30 and _SELF_STATUS.search(text) and not _TO_READER.search(text):
        return True
    return False


_SELF_STATUS = lazy(r"(?:中|者|生|員|です|(?:を|に)(?:して|しており|携わって|取り組んで)(?:い|おり)?ます)[。！!]?$")
# A request (つながっていただけますと幸いです) is aimed at the reader however short it is.
_TO_READER = lazy(r"御社|貴社|様|さん|あなた|[ごお御](?=[\u4e00-\u9fff])|いただ|頂|ください|下さい|幸い|お願い")


def check(ctx: Context) -> None:
    doc = ctx.doc
    if not doc.sentences:
        return
    # To 事業者の皆様 / 会員各位, or to ご担当者様 in a mail that says it goes to many (各業界の皆様の
    # ご意見を), お世話になっております is everyone's greeting, not a tie; a group salutation also marks a
    # mail written to many. The salutation is looked for only when it can matter: most drafts stop at
    # has_specifics.
    group = None
    role_greeted = False  # past the greeting only because it greets a role: fires only on nothing concrete
    if has_specifics(doc, school_is_tie=False):
        if ctx.platform == "x" or "お世話" not in doc.view:
            return
        group = GROUP_SALUTATION.search(doc.view)
        if group is None and not _BROADCAST.search(doc.view):
            # (業務効率化にお悩みの方に…: a mail that says it goes to many.) ご担当者様 / 平素より大変お世話に
            # なっております greets a role, not a person: judged on what follows, which must be generic.
            # An announcement (このたび…退職いたしました) to nobody named, recalling no dealings (先日ご提案
            # した, 御社を担当): お世話になっております is then the greeting of a notice to everyone it goes
            # to, judged the same way. (A routine mail, 資料を添付いたしました, keeps its tie.)
            if not TO_A_ROLE.search(doc.view) and (not _NOTICE.search(doc.view) or named_addressees(doc, first_only=True)
                                                  or _DEALINGS.search(doc.view)):
                return
            role_greeted = True
        if has_specifics(doc, greeting_is_tie=False, school_is_tie=False):
            return
    elif ctx.platform != "x":
        group = GROUP_SALUTATION.search(doc.view)
    opts = ctx.options
    pattern = _compile(tuple(opts.get("stock-phrases", ())))
    if pattern is None:
        return
    coverage_min = float(opts.get("sentence-coverage", 0.5))
    stock: list = []
    content = 0
    sentences = 0
    concrete = 0
    concrete_beyond_duration = 0  # (30分のオンライン面談: the length of a call is no detail)
    content_concrete = 0
    # (An X post is written to whoever reads it: 興味ある方はDMください is how a post asks.)
    broadcast = [] if ctx.platform == "x" else [m.start() for m in _BROADCAST.finditer(doc.view)]
    if group is not None:
        broadcast.append(group.start())
    role = not broadcast and cold_to_a_role(doc.view)
    # (In a mail to ご担当者様 or to あなた, nobody in particular, the 30分 of a call asked for is no detail.)
    unnamed = TO_A_ROLE.search(doc.view) is not None or "あなた" in doc.view or "貴方" in doc.view
    for s in doc.sentences:
        norm = normalize(s.text)
        if not norm:
            continue
        if broadcast and any(s.start <= b < s.end for b in broadcast):
            stock.append(s)  # 〜をお持ちの方は, このメッセージを読まれた方は: written to whoever reads it
            continue
        covered = sum(m.end() - m.start() for m in pattern.finditer(norm))
        if covered and covered / len(norm) >= coverage_min:
            stock.append(s)
            continue
        if _GENERIC_CLAIM.match(s.text.strip()):
            stock.append(s)  # 昨今、多くの企業様が… / これまで累計500社以上を…: the sales letter's own lines
            continue
        is_concrete = _concrete(doc, s)
        if not is_concrete and _SENDER_SUBJECT.match(s.text.strip()):
            stock.append(s)  # the sender's pitch without one concrete detail reads the same to anyone
        elif is_concrete and _SELF_DESCRIBED.match(s.text.strip()) and not _TO_READER.search(s.text):
            continue  # 私は金融業界で10年以上の経験があり…: the sender's own résumé, the same to every reader
        elif not _neutral(doc, s):
            sentences += 1
            # A sentence with concrete detail (鎌倉, Kotlin, 3年) is written, not pasted: it weighs double.
            concrete += is_concrete
            if is_concrete and (role or unnamed):  # (only those two readings count durations apart)
                beyond = _concrete(doc, s, durations=False)
                concrete_beyond_duration += beyond
                # (弊社は…「ネクストCRM」を提供しております: the sender's own product, the same for every reader)
                if role and beyond and not _SENDER_SUBJECT.match(s.text.strip()):
                    content_concrete += 1
            content += 2 if is_concrete else 1
        elif is_concrete and _concrete(doc, s, companies=False):
            # a self-introduction or signature with a name or a skill: written by someone (the
            # sender's own company, 株式会社ジョブリンクの採用支援チームです, is in every mass mail)
            concrete += 1
            concrete_beyond_duration += 1
    if not stock:
        return
    # A notice to a group it names with not one stock phrase besides the lines that address the group
    # (ボランティアの皆さま…花壇の植え替えは延期とします, 希望される方は…) is news for that group.
    if group is not None and all(any(s.start <= b < s.end for b in broadcast) or _closing(s.text) for s in stock):
        return  # (a closing よろしくお願いいたします ends every notice)
    total = len(stock) + content
    stock_heavy = len(stock) >= int(opts.get("min-stock-sentences", 2)) and len(stock) / total >= float(
        opts.get("min-stock-share", 0.6))
    # Nothing about the reader and not one concrete detail in several sentences (ご経歴に感銘を受けました。
    # お互いに刺激し合える関係になれたら嬉しいです。…): phrased freshly or not, it fits anyone.
    all_generic = not (concrete_beyond_duration if unnamed else concrete) and len(stock) + sentences >= int(opts.get("min-generic-sentences", 3)) and (ctx.platform != "x" or len(stock) >= 2)
    # To ご担当者様 from someone who introduces themselves, and not one concrete line of content:
    # a cold mail to a role, not to a person.
    cold_to_role = role and not content_concrete
    # (a notice to a group it names, full of concrete detail — 会員の皆さま…来月1日より, ご支援いただいた
    # 皆さまへ…420冊 — is news for that group, not a pitch written for anyone)
    written_to_all = (bool(broadcast) and len(stock) + sentences >= 2  # not a lone 皆様 line
                      and not (group is not None and concrete >= 2))
    if not (stock_heavy or all_generic or written_to_all or cold_to_role) or role_greeted and concrete:
        return
    first = stock[0]
    ctx.report(first.start, first.end, match=first.text, count=len(stock), total=len(stock) + sentences)


_NOTICE = lazy(r"このたび|この度|此の度")
# Dealings with this reader recalled: the sender's earlier proposal, quote or mail, the account they handle.
_DEALINGS = lazy(r"(?:ご紹介|ご提案|お送り|お届け|ご案内|お見積|お渡し|ご説明)(?:した|しました|いたしました|させていただいた|させていただきました)"
                 r"|(?:御社|貴社)(?:を|の)(?:ご)?担当|お?見積(?:もり|り)?(?:書)?(?:を|の件)")


def _closing(text: str) -> bool:
    """よろしくお願いいたします / 今後ともよろしくお願い申し上げます on its own."""
    norm = normalize(text)
    return "よろしくお願い" in norm and len(norm) <= 16


# Words for a reader picked by a condition, not by name: the message was written for a list.
_BROADCAST = lazy(
    r"(?:ある|お持ちの|興味のある|ご興味のある|関心のある|ご関心のある|読まれた|ご覧になった|お読みになった|ご希望の|"
    r"希望される|気になる|お考えの|ご検討中の|検討中の|お悩みの|お困りの)方(?:は|に|へ|も|、)"
    # ご興味のある学生の方がいらっしゃいましたら: whoever among the readers' people fits
    r"|(?:ご興味|ご関心|興味|関心)のある[^。\n、]{1,8}?の方(?:が|は)(?:いらっしゃ|おられ|おいで)"
    r"|このメッセージ(?:を|は)[^。\n]{0,12}(?:方|皆様|皆さま|全員)|一斉(?:送信|配信|に(?:お送り|ご連絡|ご案内))|BCC"
    r"|(?:ご案内|お知らせ)を(?:お送り|お届け|差し上げ)(?:して|いたして)(?:います|おります)"
    r"|(?:さまざまな|様々な|いろいろな|色々な|多くの|全国の|地域の)方々?(?:に|へ)(?:ご連絡|お送り|ご案内|お声がけ|お声掛け)"
    # 色々な業界の社会人の方にお話を伺っています: the same note, sent down a list
    r"|(?:さまざまな|様々な|いろいろな|色々な|多くの|たくさんの)[^。\n]{1,12}?の方々?(?:に|へ)(?:お話を(?:伺|聞|お聞き)|ご連絡|お声がけ|お声掛け|メッセージを(?:お送り|送)|お願いして)"
    r"|広く(?:募集|ご支援を|ご協力を|ご寄付を|呼びかけ)"
    r"|(?:最新|新着)(?:の)?(?:ニュース|情報|お知らせ)をお届け(?:します|いたします)"  # 弊社の最新ニュースをお届けします: a newsletter  # 活動資金をご支援いただける企業様・個人様を広く募集しております
    r"|(?:たい|する|している|の)方(?:向け|限定)|様向け|(?:皆様|皆さま)(?:の|に)(?:ご参加|ご来場|お越し|お申し込み|ご応募|ご意見|ご出演|ご回答|ご協力)"
    r"|(?:皆様|皆さま)のお役に立て"  # 皆様のお役に立てるサービスです: a product announced to everyone
    r"|(?:皆様|皆さま|皆さん|方々|経営者様|企業様|事業者様)を対象に"  # ITエンジニアの皆様を対象に…を実施しております
    # 外資系企業にお勤めの皆さまに、…「FluentEdge」をご案内しています: a product announced down a list
    r"|(?:皆様|皆さま|皆さん|方々)に[、,]?[^。\n]{0,30}?を(?:ご案内|ご紹介|お知らせ)(?:して|いたして)(?:います|おります)")




_GENERIC_LATIN = frozenset({"IT", "AI", "DX", "SaaS", "HR", "Web", "WEB", "web", "SNS", "PR", "OB", "OG", "CEO", "CTO",
                            "BtoB", "B2B", "BtoC", "B2C", "OK", "NG", "DM", "LinkedIn", "Facebook", "SaaS", "IoT",
                            "URL", "PDF", "HP"})  # (下記URLよりお申し込みください: in every copy)
_LATIN_WORD = lazy(r"[A-Za-z][A-Za-z0-9+#.\-]+")


def _concrete(doc, s, durations: bool = True, companies: bool = True) -> bool:
    """Proper nouns, product or technology names, or numbers in a sentence (not inside a slot).
    durations=False: the length of a call asked for (30分, 1時間) is no detail."""
    slots = list(_SLOTS.finditer(s.text))  # disjoint, in order: found by bisection
    slot_starts = [m.start() for m in slots]
    for t in doc.tokens[s.tok_start:s.tok_end]:
        k = bisect_right(slot_starts, t.start - s.start) - 1
        if k >= 0 and t.start - s.start < slots[k].end():
            continue
        if t.pos2 == "固有名詞":
            return True
        if any("0" <= c <= "9" or "０" <= c <= "９" for c in t.surface) and (durations or not _duration(doc.tokens, t)):
            return True
        # 三代目, 二十年: a number in kanji (not 一度, 一言: 一 is in every stock phrase)
        if t.pos2 == "数詞" and t.surface[:1] in _KANJI_NUMERALS and (durations or not _duration(doc.tokens, t)):
            return True
    text = _SLOTS.sub(" ", s.text)
    return (any(m.group(0) not in _GENERIC_LATIN for m in _LATIN_WORD.finditer(text))
            or companies and _names_company(text))


_KANJI_NUMERALS = frozenset("二三四五六七八九十百千万")
_DURATION_UNITS = frozenset({"分", "時間", "秒"})


def _duration(toks, t) -> bool:
    """30分, 1時間: the length of a call asked for says nothing about anyone."""
    i = bisect_right(toks.column("start"), t.end) - 1
    return 0 <= i < len(toks) and toks[i].start == t.end and toks[i].surface in _DURATION_UNITS


# メルカート社の決済基盤チーム, 株式会社ハナブサ商事を退社し: a company named (UniDic splits an unknown
# name into common nouns, so the token test above misses it): a katakana name of three or more before 社
# (not 社員, 社長…), two name characters after 株式会社 or before it. Searched from the literal 社 and
# its neighbours rather than as [ァ-ヶ]…{2,}社: a regex that opens with a run tries it from every
# position of a long run of kanji or katakana without 社 (quadratic: 40,000 笑 took 3.7 s).
_SHA = lazy(r"社")
_NAME_AFTER = lazy(r"[ァ-ヶ一-龥A-Za-z][ァ-ヶー一-龥A-Za-z]")
_NAME_CHARS = lazy(r"[ァ-ヶ一-龥A-Za-z]{2}")
_NOT_A_FIRM = tuple("員長内会外名")  # 社員, 社長, 社内…


def _names_company(text: str) -> bool:
    for m in _SHA.finditer(text):
        p = m.start()
        if text.startswith("株式会社", p - 3):
            k = p - 3  # 株式会社: a name right after it or right before it
            if _NAME_AFTER.match(text, p + 1) or k >= 2 and _NAME_CHARS.fullmatch(text, k - 2, k):
                return True
            continue
        # [ァ-ヶ][ァ-ヶー]{2,}社: walk back over the katakana run (each run is walked once: 社 ends it)
        if text.startswith(_NOT_A_FIRM, p + 1):
            continue
        j = p - 1
        while j >= 0 and ("ァ" <= text[j] <= "ヶ" or text[j] == "ー"):
            if p - j >= 3 and text[j] != "ー":
                return True
            j -= 1
    return False


# 弊社は…を提供しております / 弊社では多くの企業様を支援してまいりました: the sender's pitch, told without
# one concrete detail, reads the same to every reader.
_SELF_DESCRIBED = lazy(r"^(?:私|わたし|僕|わたくし)(?:は|も)")
# The market in general, or the sender's track record in numbers, said to whoever reads the letter.
_GENERIC_CLAIM = lazy(r"^(?:昨今|近年|最近|現在)[、,]?[^。\n]{0,8}?(?:多くの|多数の|さまざまな|様々な|数多くの)[^。\n]{0,12}?(?:企業|会社|事業者)"
                      r"|^これまで(?:に)?[、,]?(?:累計|延べ|のべ)?[0-9０-９,，]+(?:社|件|団体)(?:以上)?の[^。\n]{0,12}?(?:支援|導入|実績|取引|ご利用|お手伝い)")
_SENDER_SUBJECT = lazy(r"^(?:弊社|当社|私ども|わたくしども|私たち|わたしたち|我々|弊グループ)(?:では|は|でも|も|が)")
