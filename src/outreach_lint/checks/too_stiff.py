"""too-stiff: letter-formal stock phrases on social platforms; chains of apologies and
self-deprecation anywhere.

Letter forms (拝啓/敬具, 時下ますますご清栄…, 〜の候, 末筆ながら…) belong to paper letters and
formal e-mail; on LinkedIn, Facebook or X they read as a form letter. E-mail and the generic
platform (which may be an e-mail) keep them. Apologies and self-deprecation are counted in a
sliding window of characters, so a long e-mail with one apology per paragraph stays quiet;
strong self-deprecation (私のような者が, 若輩者ながら…) is reported on its own.
"""
from __future__ import annotations

import re

from ..patterns import LiteralGate
from ..rule import Context
from ..lazyre import lazy

SOCIAL = frozenset({"linkedin-note", "linkedin", "facebook", "x"})

_LETTER = lazy(
    r"(?:拝啓|謹啓|拝復|前略|冠省)(?![^\s。、\n]{0,3}(?:の意味|とは))"
    r"|(?<![一-龯])(?:敬具|謹白|敬白|草々|不一)(?![一-龯])"
    r"|(?m:^[ \t　]*(?:早々|かしこ)[ \t　。]*$)"
    r"|時下"
    r"|(?:ご|御)(?:清栄|清祥|隆盛|隆昌|盛栄|清福|健勝の(?:こと|段))"
    r"|(?:ご|御)(?:健勝|多幸|健筆)[^。\n]{0,12}(?:お祈り|祈念|お慶び|お喜び)(?:申し上げ|いたし)"
    r"|末筆(?:ながら|ではございますが|ではありますが|となりましたが|で(?:は)?ありますが)"
    r"|[一-龯]{2}の候(?![補])|[一-龯]{1,3}の(?:みぎり|砌)|(?:寒さ|暑さ)厳しき折"
    r"|謹んで(?:お慶び|お喜び|新春|新年)|格別の(?:ご高配|お引き立て|ご愛顧|ご厚情)"
)

# Apologies and humble cushions; each counts once per clause (see _CLUSTER).
_APOLOGY = lazy(
    r"申し訳(?:ござ|あり|な)"
    # 失礼いたします as a closing (それでは失礼いたします, 以上、失礼いたします) is no apology.
    # (まずはメールにて失礼いたします: the closing of a letter sent by e-mail)
    r"|(?<!では)(?<!では、)(?<!では )(?<!以上)(?<!以上、)(?<!以上 )(?<!これにて)(?<!お先に)(?<!まずは)(?<!にて)(?<!メールで)(?<!書面で)"
    r"(?:大変|誠に)?失礼(?:いた|致|し|とは|を承知|な(?:が|お願)|ですが|ながら)"
    r"|すみません|すいません|済みません|ごめんなさい|恐縮|恐れ入り|お詫び(?!すべき|するべき|申し上げるべき)|詫び(?:る|ます|申し)"
    r"|ご迷惑(?:を?(?:おかけ|お掛け|かけ)|とは(?:存じ|思い)|かと(?:存じ|思い)|でしたら|かもしれ)|お許し(?:ください|くださ|いただ)"
    r"|心苦しい|不躾|ぶしつけ|厚かましい|図々しい|身勝手な"
)
# Self-deprecation that only adds to a chain.
_HUMBLE = lazy(
    r"お恥ずかしい|お目汚し|(?:拙い|つたない)(?:文章|文面|メッセージ|ご連絡|日本語|説明|内容)|不手際ばかり"
    r"|力不足(?:で|ではございますが|ながら)|経験の浅い|(?:私|わたし|僕|自分)(?:など|なんか|なんて)(?:が|に|では|の)?"
    r"|(?:何の|大した)(?:実績|取り柄|とりえ|経験|スキル)も(?:ない|なく|ありません|ございません)|おこがましい"
    r"|(?:私|わたし|僕|自分)(?:のような|みたいな)(?:素人|若輩|新参者|若造|門外漢|部外者|一介の|ど素人)"
    # まだまだ未熟で / 人様にお見せできるようなものではない / 技術もセンスもなく
    r"|恥を忍んで|(?:取り柄|とりえ)の(?:ない|ない人間)|失礼の段|まだまだ未熟|人様に(?:お見せ|見せ)(?:できる|られる)(?:ような)?(?:もの|レベル)では"
    r"|(?:技術|センス|才能|実力|経験)も(?:技術|センス|才能|実力|経験)も(?:なく|ない|ありません|ございません)"
)
# Self-deprecation that is too much on its own.
_STRONG = lazy(
    r"(?:私|わたし|わたくし|僕|自分)(?:のような|みたいな)(?:者|もの)(?:が|に|の|で|を|でも)|(?:私|わたし|わたくし|僕|自分)ごとき"
    r"|若輩者|若輩の身|未熟者|(?<![一-龯])分際|至ら(?:ない|ぬ)(?:点|こと|ところ)ばかり|恐れ多く(?:も)?|恐れ多い"
    r"|身の程知らず|身の程をわきまえ|浅学非才|浅学菲才|(?<![一-龯])非才|不肖(?:の身|わたくし|私|ながら)|取るに足らない|何の取り柄もない|無能な(?:私|わたし|僕)"
)
_CLUSTER = 6  # markers this close together are one apology ("ご迷惑をおかけし、誠に申し訳ございません")


_LETTER_GATE, _APOLOGY_GATE, _HUMBLE_GATE, _STRONG_GATE = map(LiteralGate, (_LETTER, _APOLOGY, _HUMBLE, _STRONG))


def _markers(text: str):
    spans = sorted([m.span() for m in _APOLOGY.finditer(text)] + [m.span() for m in _HUMBLE.finditer(text)])
    merged: list[list[int]] = []
    for s, e in spans:
        gap = text[merged[-1][1]:s] if merged else ""
        if merged and s - merged[-1][1] <= _CLUSTER and not any(c in gap for c in "\n。！？!?") \
                and text[s:e] != text[merged[-1][0]:merged[-1][0] + e - s]:
            merged[-1][1] = max(merged[-1][1], e)
        else:
            merged.append([s, e])
    return merged


def check(ctx: Context) -> None:
    doc = ctx.doc
    text = doc.view
    english = ctx.options.get("_lang") == "en"
    if ctx.platform in SOCIAL and not _LETTER_GATE.absent(text):
        for m in _LETTER.finditer(text):
            ctx.report(m.start(), m.end(), match=short(doc.text[m.start():m.end()]),
                       what="a letter-formal stock phrase" if english else "手紙の定型表現",
                       advice=("Social messages are short and direct; drop letter openings, seasonal greetings and closings."
                               if english else "SNSのメッセージでは頭語・時候の挨拶・結語は不要です。用件から簡潔に書きましょう"))
    strong: list[list[int]] = []
    for m in (() if _STRONG_GATE.absent(text) else _STRONG.finditer(text)):  # 若輩者の分際で: one finding
        if strong and m.start() - strong[-1][1] <= 3:
            strong[-1][1] = m.end()
        else:
            strong.append([m.start(), m.end()])
    for s, e in strong:
        ctx.report(s, e, match=short(doc.text[s:e]), what="self-deprecation" if english else "過度なへりくだり",
                   advice=("Present yourself plainly; it reads as more confident and is easier to answer."
                           if english else "自分を下げすぎると相手も返事に困ります。率直に自己紹介しましょう"))
    need = int(ctx.options.get("max-apologies", 3))
    window = int(ctx.options.get("window", 400))
    # A chain takes at least max(need, 1) markers; merging only lowers their number, so fewer
    # matches than that (an upper bound from the gates) cannot make one.
    bounds = (_APOLOGY_GATE.bound(text), _HUMBLE_GATE.bound(text))
    if None not in bounds and sum(bounds) + len(strong) < max(need, 1):
        return
    marks = _markers(text)
    # Strong self-deprecation counts toward a chain too, but is already reported.
    marks = sorted(marks + strong)
    i = j = 0
    while j < len(marks):
        while marks[j][0] - marks[i][0] > window:
            i += 1
        if j - i + 1 < need:
            j += 1
            continue
        k = j + 1  # the chain takes every marker within the window of its first one
        while k < len(marks) and marks[k][0] - marks[i][0] <= window:
            k += 1
        s, e, count = marks[i][0], marks[k - 1][1], k - i
        ctx.report(s, e, match=short(doc.text[s:e]), count=count,
                   what=f"{count} apologies or self-deprecations" if english else f"謝罪・へりくだりが{count}回",
                   advice=("One apology is polite; a chain of them sounds anxious and makes the reader uneasy."
                           if english else "お詫びは一度で十分です。重ねるほど相手に気を遣わせてしまいます"))
        i = j = k  # the next chain starts after this one


def short(s: str, n: int = 40) -> str:
    """An excerpt for a message: long matches are cut (the finding's span still covers them)."""
    s = " ".join(s.split())
    return s if len(s) <= n else s[: n - 1] + "…"
