"""double-honorific: 二重敬語, found from the tokens (tip 5).

Three shapes, each a fixed walk over neighbouring tokens (linear in the draft):
1. an honorific verb + the honorific auxiliary れる/られる: おっしゃられる, いらっしゃられる,
   召し上がられる, くださられる, なさられる, and お/ご〜になる + れる (ご覧になられる, お越しになられる,
   お読みになられる). The fix drops れる and re-inflects the verb into the form れる carried
   (おっしゃられました → おっしゃいました, ご覧になられた → ご覧になった).
2. a humble verb + させていただく: 拝見させていただく, 拝読させていただく, お伺いさせていただく,
   伺わせていただく, 申し上げさせていただく. The fix re-inflects the humble verb into the form of
   いただく (拝見させていただきました → 拝見しました, お伺いさせていただきます → 伺います).
3. お/ご on a humble word (ご拝読, ご拝見, ご拝聴) and doubled titles (皆様各位, 各位様).

Forms the 敬語の指針 (文化審議会 2007) accepts by custom stay quiet: お召し上がりになる, お見えになる,
お伺いする, お伺いいたします; so do the potential (ご覧になれます, 召し上がれます) and ordinary
passives (言われる), which are different tokens or verbs not on the lists.
"""
from __future__ import annotations

import bisect

from ..patterns import where
from ..rule import Context

# Honorific (尊敬) verbs by UniDic lemma; a following れる/られる doubles the honorific.
_HONORIFIC_VERBS = {"仰る", "いらっしゃる", "召し上がる", "下さる", "為さる", "遊ばす"}
# Humble (謙譲) words that already ask leave: + させていただく doubles the humility.
_HUMBLE_NOUNS = {"拝見", "拝読", "拝聴", "拝借", "拝受", "拝察", "拝謁", "拝顔", "拝領", "拝覧", "頂戴"}
_HUMBLE_VERBS = {"伺う", "申し上げる", "申す", "参る", "承る", "存じ上げる", "致す", "差し上げる"}
# お/ご + humble noun: the reader's own action named with a humble word; the respectful word.
_HUMBLE_WITH_PREFIX = {"拝読": "一読", "拝見": "覧", "拝聴": "清聴", "拝借": None, "拝受": None, "拝察": None}
# お/ご〜になる where なる is a real "become" (お世話になる, ご病気になる, ご担当になる): not the
# honorific お〜になる, so + れる is a single honorific.
_NOT_VERBAL = {"世話", "病気", "担当", "迷惑", "厄介", "無理", "縁", "気", "年", "役", "客", "一緒", "家族",
               "満足", "心配事", "用", "身", "手", "ため", "為"}
# ラ行 verbs whose 連用形 before ます is い (おっしゃいます, いらっしゃいます, くださいます, なさいます).
_I_ONBIN = {"仰る", "いらっしゃる", "下さる", "為さる", "御座る"}

_GODAN_ROWS = {  # 未然, 連用, 連用(音便 before た/て), 終止, 仮定, 意志
    "ラ行": "らりっるれろ", "ワア行": "わいっうえお", "サ行": "さししすせそ", "カ行": "かきいくけこ",
    "タ行": "たちっつてと",
}
_FORM_INDEX = {"mizen": 0, "renyo": 1, "onbin": 2, "shushi": 3, "katei": 4, "ishi": 5}

ADVICE_FIX = "「{expected}」で十分です。"
ADVICE_NO_FIX = "敬語を一つにしてください。"


# A shape can only start at these tokens: れる/られる after an honorific verb or なる (1),
# いただく (2), お/ご or 各位 (3). All read from lemmas (one column shared with other rules).
_BEFORE_RERU = frozenset(_HONORIFIC_VERBS | {"成る"})
_START_LEMMAS = frozenset({"頂く", "御", "各位"})


def _cited(view: str, start: int, end: int) -> bool:
    """The form alone in quotes (「拝見させていただく」などの二重敬語): named as an example, not used.
    A quote that holds more than the form (「先生がおっしゃられた通りです」) is speech and still counts."""
    open_at = view.rfind("「", max(0, start - 3), start + 1)
    if open_at < 0:
        return False
    close_at = view.find("」", end, end + 4)
    return close_at >= 0 and "\n" not in view[open_at:close_at]


def check(ctx: Context) -> None:
    doc = ctx.doc
    tokens = doc.tokens
    starts = sorted({p + 1 for p in where(tokens, "lemma", _BEFORE_RERU)}.union(where(tokens, "lemma", _START_LEMMAS)))
    if not starts:
        return
    at = 0
    for s in doc.sentences:
        lo, hi = s.tok_start, s.tok_end
        at = bisect.bisect_left(starts, lo, at)
        i = lo
        while at < len(starts) and starts[at] < hi:
            # Any other token is no hit (i += 1): go straight to the next one that may be.
            if starts[at] < i:
                at += 1
                continue
            i = starts[at]
            at += 1
            hit = _honorific_reru(tokens, lo, hi, i) or _humble_sasete(tokens, lo, hi, i) or _prefixed(tokens, lo, hi, i)
            if hit is None:
                i += 1
                continue
            start, end, fix, note = hit
            # Carry the auxiliaries that follow (ました, ない, て) into the span and the fix, so the
            # message quotes whole forms: おっしゃられた → おっしゃった.
            k = i + 1
            while k < hi and tokens[k].start < end:
                k += 1
            taken = 0
            while k < hi and taken < 4 and tokens[k].start == end and _carried(tokens[k]):
                if fix is not None:
                    fix += tokens[k].surface
                end = tokens[k].end
                taken += 1
                k += 1
                if tokens[k - 1].pos1 == "助詞":
                    break
            match = doc.text[start:end]
            if _cited(doc.view, start, end):
                while i < hi and tokens[i].start < end:
                    i += 1
                continue  # 「おっしゃられる」は二重敬語なので: the form named, not used
            advice = (ADVICE_FIX.format(expected=fix) if fix is not None else ADVICE_NO_FIX)
            advice_en = f"Use one honorific: 「{fix}」." if fix is not None else "Keep one honorific form."
            ctx.report(start, end, fix=fix, match=match, expected=fix or "", advice=advice, advice_en=advice_en,
                       kind=note)
            # Continue after the whole finding (its last token index).
            while i < hi and tokens[i].start < end:
                i += 1


def _carried(tok) -> bool:
    return tok.pos1 == "助動詞" or tok.pos1 == "助詞" and tok.pos2 == "接続助詞" and tok.surface in ("て", "で", "ば")


# -- 1. honorific verb + れる/られる --------------------------------------------------------------
def _honorific_reru(tokens, lo, hi, i):
    aux = tokens[i]
    if aux.pos1 != "助動詞" or aux.ctype not in ("助動詞-レル", "助動詞-ラレル") or i - 1 < lo:
        return None
    verb = tokens[i - 1]
    if verb.pos1 != "動詞" or not verb.cform.startswith("未然形"):
        return None
    if verb.lemma in _HONORIFIC_VERBS:
        first = i - 1
        note = "尊敬語＋れる"
    elif verb.lemma == "成る" and verb.base == "なる":
        first = _o_ni_naru_first(tokens, lo, i - 1)
        if first is None:
            return None
        note = "お〜になる＋れる"
    else:
        return None
    nxt = tokens[i + 1] if i + 1 < hi else None
    form = _form_of_reru(aux, nxt)
    inflected = _inflect(verb, form, before_masu=nxt is not None and nxt.lemma == "ます")
    fix = None
    if inflected is not None:
        fix = "".join(t.surface for t in tokens[first:i - 1]) + inflected
    return tokens[first].start, aux.end, fix, note


def _o_ni_naru_first(tokens, lo, naru_index):
    """Index of the first token of お/ご〜に before なる (ご覧に, お越しに, お読みに, ご出席に), or None."""
    k = naru_index - 1
    if k - 1 < lo or tokens[k].surface != "に" or tokens[k].pos1 != "助詞":
        return None
    word = tokens[k - 1]
    if word.lemma == "御覧" or word.surface in ("ご覧", "御覧"):
        return k - 1
    if k - 2 < lo:
        return None
    prefix = tokens[k - 2]
    if prefix.pos1 != "接頭辞" or prefix.lemma != "御" or prefix.surface not in ("お", "ご", "御"):
        return None
    if prefix.end != word.start:
        return None
    if word.pos1 == "動詞" and word.cform.startswith("連用形"):
        return k - 2
    if word.pos1 == "名詞" and word.surface not in _NOT_VERBAL and word.lemma not in _NOT_VERBAL:
        if word.pos3 == "サ変可能" or _verb_stem_noun(word.surface):
            return k - 2
    return None


def _verb_stem_noun(surface: str) -> bool:
    """帰り, 読み, 考え, 休み: kanji + a kana tail, the 連用形 of a verb used as a noun."""
    if len(surface) < 2 or not ("\u4e00" <= surface[0] <= "\u9fff"):
        return False
    tail = surface[-1]
    return tail in "いきぎしじちにひびみりえけげせぜてでねべめれ" and not any("\u30a0" <= c <= "\u30ff" for c in surface)


def _form_of_reru(aux, nxt) -> str | None:
    cform = aux.cform
    if cform.startswith(("終止形", "連体形")):
        return "shushi"
    if cform.startswith("未然形"):
        return "mizen"
    if cform.startswith("仮定形"):
        return "katei"
    if cform.startswith("連用形"):
        return "onbin" if _takes_onbin(nxt) else "renyo"
    return None  # 命令形, 意志推量形: no safe rewrite


def _takes_onbin(nxt) -> bool:
    return nxt is not None and (nxt.lemma == "た" and nxt.pos1 == "助動詞" or
                                nxt.pos1 == "助詞" and nxt.surface in ("て", "で", "たり", "だり"))


# -- 2. humble verb + させていただく -------------------------------------------------------------
def _humble_sasete(tokens, lo, hi, i):
    itadaku = tokens[i]
    if itadaku.lemma != "頂く" or itadaku.pos1 != "動詞" or i - 3 < lo:
        return None
    te, causative = tokens[i - 1], tokens[i - 2]
    if te.surface != "て" or causative.lemma not in ("せる", "させる") or causative.pos1 != "助動詞":
        return None
    j = i - 3
    verb = tokens[j]
    if causative.lemma == "せる" and verb.lemma == "為る" and j - 1 >= lo:
        noun = tokens[j - 1]
        if noun.lemma not in _HUMBLE_NOUNS and noun.surface not in _HUMBLE_NOUNS:
            return None
        head, stem_token, suru = noun, noun, True
    elif verb.pos1 == "動詞" and verb.lemma in _HUMBLE_VERBS:
        head, stem_token, suru = verb, verb, False
    else:
        return None
    # お伺いさせていただく: the お goes with the rewrite (→ 伺います).
    start = head.start
    h = j - 1 if suru else j
    if h - 1 >= lo:
        before = tokens[h - 1]
        if before.pos1 == "接頭辞" and before.lemma == "御" and before.end == head.start:
            start = before.start
    fix = None
    if itadaku.base != "いただける" and not itadaku.base.endswith("ける"):  # いただけますか asks leave
        nxt = tokens[i + 1] if i + 1 < hi else None
        form = _form_of_itadaku(itadaku, nxt)
        if form is not None:
            if suru:
                tail = _suru(form)
                fix = None if tail is None else stem_token.surface + tail
            else:
                fix = _inflect(verb, form, before_masu=nxt is not None and nxt.lemma == "ます")
            if fix is not None and form == "ishi" and itadaku.surface.endswith("う"):
                fix += "う"  # いただこう is one token
    return start, itadaku.end, fix, "謙譲語＋させていただく"


def _form_of_itadaku(tok, nxt) -> str | None:
    cform = tok.cform
    if cform.startswith("連用形-イ音便"):
        return "onbin"
    if cform.startswith("連用形"):
        return "renyo"
    if cform.startswith(("終止形", "連体形")):
        return "shushi"
    if cform.startswith("未然形"):
        return "mizen"
    if cform.startswith("仮定形"):
        return "katei"
    if cform.startswith("意志推量形"):
        return "ishi"
    return None


# -- 3. ご拝読, ご拝見; 皆様各位, 各位様 ------------------------------------------------------------
def _prefixed(tokens, lo, hi, i):
    tok = tokens[i]
    if tok.pos1 == "接頭辞" and tok.lemma == "御" and i + 1 < hi:
        word = tokens[i + 1]
        if word.lemma in _HUMBLE_WITH_PREFIX and word.start == tok.end:
            repl = _HUMBLE_WITH_PREFIX[word.lemma]
            fix = None if repl is None else "ご" + repl
            return tok.start, word.end, fix, "お・ご＋謙譲語"
    if tok.lemma == "各位" and i - 1 >= lo:
        prev = tokens[i - 1]
        if prev.lemma == "様" and prev.pos1 == "接尾辞" and i - 2 >= lo and tokens[i - 2].surface in ("皆", "みな", "皆さん"):
            return tokens[i - 2].start, tok.end, None, "二重敬称"
    if tok.lemma == "各位" and i + 1 < hi:
        nxt = tokens[i + 1]
        if nxt.pos1 == "接尾辞" and nxt.lemma in ("様", "殿") and nxt.start == tok.end:
            return tok.start, nxt.end, tok.surface, "二重敬称"
    return None


# -- conjugation ---------------------------------------------------------------------------------
def _inflect(verb, form: str | None, before_masu: bool = False) -> str | None:
    """The verb (a token) re-inflected into `form`, keeping how the writer spelled its stem."""
    if form is None:
        return None
    ctype = verb.ctype
    if ctype.startswith("五段-"):
        row = _GODAN_ROWS.get(ctype[3:])
        if row is None:
            return None
        stem = _stem(verb, row)
        if stem is None:
            return None
        if form == "renyo" and before_masu and verb.lemma in _I_ONBIN:
            return stem + "い"
        return stem + row[_FORM_INDEX[form]]
    if ctype.startswith(("下一段", "上一段")):
        base = verb.base or verb.surface
        if not base.endswith("る"):
            return None
        stem = verb.surface if verb.cform.startswith(("未然形", "連用形")) else base[:-1]
        return {"mizen": stem, "renyo": stem, "onbin": stem, "shushi": stem + "る", "katei": stem + "れ",
                "ishi": stem + "よ"}[form]
    return None


def _stem(verb, row: str) -> str | None:
    surface = verb.surface
    if len(surface) >= 2 and surface[-1] in row and verb.cform.startswith(("未然形", "連用形", "終止形", "仮定形")):
        return surface[:-1]
    base = verb.base
    if base and base[-1] == row[3]:
        return base[:-1]
    return None


def _suru(form: str) -> str | None:
    return {"mizen": "し", "renyo": "し", "onbin": "し", "shushi": "する", "katei": "すれ", "ishi": "しよ"}.get(form)
