"""redundant-expression: wordy forms (tip 5).

The word forms are data in rules/redundant-expression.toml and run through the data kinds
(`[[sequence]]` entries with their fixes, and an occurrence count of させていただく). Code is only
needed for 〜になります as a copula, which depends on the rest of the sentence: こちらが資料になります
is a copula (→です), 来月から担当になります and 寒くなります are a real change of state.
"""
from __future__ import annotations

import dataclasses
import tomllib
from functools import lru_cache

from ..kinds import build_occurrence, build_sequence
from ..patterns import where
from ..rule import Context

OCCURRENCE_MESSAGE = ("「させていただく」がこのメッセージで{count}回使われています。"
                      "「いたします」「します」に言い換えると、へりくだりすぎず読みやすくなります。")
COPULA_MESSAGE = "「{match}」は「{expected}」で足ります。〜になりますを「です」の代わりに使うのは冗長です。"
OCCURRENCE_MESSAGE_EN = "させていただく is used {count} times in this message; turn some into いたします or します."
COPULA_MESSAGE_EN = "「{match}」 uses 〜になります as a copula; 「{expected}」 is enough."

# Demonstratives that, as the subject, make 〜になります a plain identification.
# それ/あれ are left out: それが強みになります is usually a real "becomes".
_DEMONSTRATIVES = {"こちら", "これ", "あちら", "そちら", "こっち", "以下", "下記", "上記", "添付"}
# Complements that are themselves pointers: 資料はこちらになります, 以上になります, 担当は私になります.
_POINTER_COMPLEMENTS = {"こちら", "そちら", "あちら", "以上", "以下", "下記", "次", "私", "わたくし", "僕", "わたし"}
# Nで/Nに なる idioms where なる is a real "becomes / serves as", never a copula.
_IDIOMS = {
    "参考", "勉強", "励み", "刺激", "助け", "ため", "為", "気", "力", "世話", "足し", "糧", "支え", "迷惑",
    "邪魔", "負担", "問題", "話題", "楽しみ", "心配", "不安", "課題", "自信", "きっかけ", "切っ掛け", "契機",
    "転機", "機会", "財産", "経験", "思い出", "記念", "癖", "習慣", "仲間", "友達", "前提", "対象", "最後",
    "最初", "初め", "一緒", "病気", "こと", "事", "もの", "物", "よう", "様", "わけ", "訳", "はず", "予定",
    "見込み", "方向", "感じ", "形", "結構", "手", "縁", "お世話", "役", "損", "得", "逆", "反対", "嘘",
    "一歩", "第一歩", "前進", "強み", "武器", "資産", "学び", "収穫", "成長", "足がかり", "足掛かり", "礎", "土台",
    "基礎", "出発点", "突破口", "鍵", "カギ", "ヒント", "救い", "後押し", "追い風", "価値", "意味", "節約", "時短",
}
# Words in the sentence that make なる a change in time (from next month, from now on...).
_CHANGE_WORDS = {
    "来月", "来週", "来年", "今後", "次回", "明日", "明後日", "以降", "将来", "いずれ", "もうすぐ", "まもなく",
    "間もなく", "そのうち", "これから", "今度", "翌月", "翌週", "来期", "来春", "今年度", "春", "秋", "後", "初めて",
    "付", "付け",  # 4月1日付で、担当は菅野になります: a handover
}
_WINDOW = 30
# Things handed over with a message: ご依頼いただいた見積書になります (no subject) is 見積書です.
_HANDED_OVER = ("資料", "見積書", "見積", "見積もり", "見積り", "請求書", "契約書", "書類", "議事録", "提案書", "企画書",
                "案内", "詳細", "一覧", "リンク", "URL", "ファイル", "スライド", "レポート", "報告書", "回答", "募集要項",
                "求人票", "日程表", "事例集", "説明書", "申込書", "領収書", "納品書", "データ", "原稿", "修正版", "ゲラ", "見本",
                "サンプル", "図面", "デザイン案", "ラフ", "校正")
_DEGREE = {"とても", "大変", "すごく", "非常", "かなり", "本当", "大いに", "大きな", "少し", "ちょっと"}


def check(ctx: Context) -> None:
    _sequence(ctx.rule.source)(ctx)
    occurrence = _occurrence(ctx.rule.source)
    if occurrence.possible(ctx):  # most drafts have too few させていただく to report
        # The occurrence kind reports with the rule's message: give it its own. Its limit is the
        # rule's `max` option, already in ctx.options.
        rule = dataclasses.replace(ctx.rule, message=OCCURRENCE_MESSAGE, message_en=OCCURRENCE_MESSAGE_EN)
        occurrence(dataclasses.replace(ctx, rule=rule))
    _copula(ctx, COPULA_MESSAGE_EN if ctx.options.get("_lang") == "en" else COPULA_MESSAGE)


@lru_cache(maxsize=4)
def _data(source: str) -> dict:
    with open(source, "rb") as fh:
        return tomllib.load(fh)


@lru_cache(maxsize=4)
def _sequence(source: str):
    return build_sequence(_data(source), source)


@lru_cache(maxsize=4)
def _occurrence(source: str):
    data = _data(source)
    return build_occurrence({"tokens": data["tokens"], "max": data.get("max", 2)}, source)


_NARU = frozenset({"成る"})


def _copula(ctx: Context, message: str) -> None:
    doc = ctx.doc
    tokens = doc.tokens
    naru_at = where(tokens, "lemma", _NARU)
    if not naru_at:
        return  # every hit is at a token whose lemma is 成る
    for s in doc.sentences:
        for i in range(s.tok_start + 2, s.tok_end - 1):
            naru = tokens[i]
            if naru.lemma != "成る" or naru.base != "なる" or not naru.cform.startswith("連用形-一般"):
                continue
            masu = tokens[i + 1]
            if masu.lemma != "ます" or not masu.cform.startswith(("終止形", "連体形")):
                continue
            ni = tokens[i - 1]
            if ni.surface != "に" or ni.pos != "助詞-格助詞":
                continue
            noun = tokens[i - 2]
            if noun.surface == "から" and noun.pos1 == "助詞" and i - 3 >= s.tok_start:
                # 料金は1時間15,000円からになります: a starting price stated (→15,000円からです)
                before = tokens[max(s.tok_start, i - 3 - _WINDOW):i - 3]
                if _labelled(before) and not _changes(before):
                    first = i - 3
                    while first - 1 >= s.tok_start and i - 3 - first < 8 and tokens[first - 1].end == tokens[first].start \
                            and (tokens[first - 1].pos2 in ("数詞", "助数詞") or tokens[first - 1].pos3 == "助数詞可能"
                                 or tokens[first - 1].pos1 == "接尾辞" or tokens[first - 1].surface in (",", "，")):
                        first -= 1
                    start, end = tokens[first].start, masu.end
                    expected = doc.text[start:noun.end] + "です"
                    ctx.report(start, end, message=message, fix=expected, match=doc.text[start:end], expected=expected)
                continue
            if noun.pos1 not in ("名詞", "代名詞", "接尾辞") or _is_idiom(noun):
                continue
            # A bounded look back keeps the check linear on pathological one-sentence inputs.
            window_start = max(s.tok_start, i - 2 - _WINDOW)
            before = tokens[window_start:i - 2]
            whole = window_start == s.tok_start
            labelled = _labelled(before)
            if (_quantity(tokens, i - 2, s.tok_start) or _quantity(tokens, i - 3, s.tok_start)) and not labelled:
                continue
            prev = tokens[i - 3] if i - 3 >= s.tok_start else None
            # Quote the whole compound noun (営業担当, 西村), not only its last token.
            first = i - 2
            while first - 1 >= s.tok_start and i - 2 - first < 4 and tokens[first - 1].pos1 in ("名詞", "接頭辞") \
                    and tokens[first - 1].end == tokens[first].start:
                first -= 1
            compound = doc.text[tokens[first].start:noun.end]
            if any(t.surface == "目" and t.pos1 == "接尾辞" for t in tokens[max(s.tok_start, first - 3):first]):
                continue  # 三度目のメッセージになります: a count reached, a real なる
            # 採用担当になります、谷口と申します → 採用担当の谷口と申します.
            intro = _self_introduction_after(tokens, i + 2, s.tok_end)
            if intro is not None and not _changes(before):
                start, end = tokens[first].start, intro
                expected = compound + "の"
                ctx.report(start, end, message=message, fix=expected, match=doc.text[start:end],
                           expected=expected)
                continue
            if not _copula_context(noun, before, prev, whole, compound, labelled):
                continue
            start, end = tokens[first].start, masu.end
            expected = compound + "です"
            ctx.report(start, end, message=message, fix=expected, match=doc.text[start:end],
                       expected=expected)


def _quantity(tokens, k: int, lo: int) -> bool:
    """3年, 10回目, 5,000円: なる after a quantity is a real result (もう5年になります)."""
    if k < lo:
        return False
    tok = tokens[k]
    if tok.pos2 == "数詞":
        return True
    counter = tok.pos3 == "助数詞可能" or tok.pos2 == "助数詞" or tok.pos1 == "接尾辞"
    return counter and k - 1 >= lo and (tokens[k - 1].pos2 == "数詞" or _quantity(tokens, k - 1, lo) and k - 2 >= lo
                                        and tokens[k - 2].pos2 == "数詞")


def _self_introduction_after(tokens, k: int, hi: int):
    """End offset of 、 when 〜になります is followed by the writer's name and と申します / です."""
    if k < hi and (tokens[k].pos2 == "読点" or tokens[k].surface in (",", "，")):
        comma_end = tokens[k].end
        k += 1
    else:
        comma_end = None
    names = 0
    while k < hi and tokens[k].pos1 == "名詞" and names < 4:
        names += 1
        k += 1
    if not names or k >= hi:
        return None
    t = tokens[k]
    polite_end = t.ctype == "助動詞-デス" or (t.surface == "と" and k + 1 < hi and tokens[k + 1].lemma == "申す")
    if not polite_end:
        return None
    return comma_end if comma_end is not None else tokens[k - names - 1].end


def _changes(before) -> bool:
    return any(t.surface in _CHANGE_WORDS or t.lemma in _CHANGE_WORDS or
               (t.surface in ("から", "より") and t.pos1 == "助詞") for t in before)


# A detail's label as the subject: 受講料は…3万円になります, 会場は…になります state it (→です); with a
# change in time (来月から会場は大阪になります) なる is real, and _changes rules that out first.
_LABELS = ("会場", "場所", "集合場所", "開催場所", "担当", "担当者", "窓口", "日時", "受付", "締め切り", "締切",
           "期限", "料金", "受講料", "参加費", "会費", "費用", "価格", "金額", "送料", "定員", "所要時間", "支払い",
           "お支払い", "支払方法", "お支払い方法", "勤務地", "勤務時間", "勤務先", "所在地", "最寄り駅", "最寄駅",
           "集合時間", "集合時刻", "開始時間", "開始時刻", "給与", "時給", "月給")


_NOW = frozenset({"現在", "今", "ただいま", "只今", "目下"})
_SELF_SUBJECTS = frozenset({"弊社", "当社", "私", "わたくし", "わたし", "僕", "私ども", "当方", "弊店", "当店", "弊所"})


def _labelled(before) -> bool:
    for k in range(len(before) - 1):
        if before[k + 1].surface != "は" or before[k + 1].pos1 != "助詞":
            continue
        j, word = k, ""
        if j >= 2 and before[j].surface == "方" and before[j - 1].surface == "の":
            j -= 2  # 会場の方は…になります: the label with a filler 方 after it
        while j >= 0 and before[j].pos1 in ("名詞", "接尾辞", "接頭辞") and len(word) < 12:
            word = before[j].surface + word  # (受講 + 料: the label may be a compound)
            j -= 1
        if word.endswith(_LABELS):
            return True
    return False


def _is_idiom(noun) -> bool:
    return noun.surface in _IDIOMS or noun.lemma in _IDIOMS or noun.base in _IDIOMS


def _copula_context(noun, before, prev, whole: bool, compound: str, labelled: bool) -> bool:
    """True when 〜になります only identifies: a pointer complement (こちらになります, 以上になります),
    a person's name (担当は田中になります), a demonstrative subject (こちらが資料になります), or a bare
    noun phrase with no subject (営業担当の西村になります); and nothing marks a change in time."""
    if _changes(before):
        return False
    for t in before:
        if t.base in _DEGREE or t.surface in _DEGREE:
            return False
    if noun.surface in _POINTER_COMPLEMENTS or noun.pos2 == "固有名詞" and noun.pos3 == "人名":
        return True
    if labelled:
        return True  # 受講料は3万円になります, 会場は本社セミナールームになります: a detail stated
    if any(t.surface in _SELF_SUBJECTS and k + 1 < len(before) and before[k + 1].surface == "は"
           for k, t in enumerate(before)):
        return True  # 弊社は人材紹介会社になります, 私は担当の根本になります: the sender says who they are
    if any(_demonstrative_subject(before, k) for k in range(len(before))):
        return True
    if any(t.surface in _NOW and k + 1 < len(before) and before[k + 1].surface == "は"
           for k, t in enumerate(before)):
        return True  # 現在は人事企画の担当になります: what the sender is now, stated
    if whole and compound.endswith(_HANDED_OVER) and not any(
            t.surface in ("が", "は", "も") and t.pos1 == "助詞" for t in before):
        return True  # ご依頼いただいた見積書になります: a document handed over, no subject that becomes it
    return whole and _bare_noun_phrase(before)


def _bare_noun_phrase(before) -> bool:
    """株式会社エムテックの営業担当の西村になります: only nouns joined by の, no subject, no verb."""
    if not any(t.surface == "の" for t in before):
        return False
    for t in before:
        if t.pos1 in ("名詞", "接頭辞", "接尾辞", "代名詞", "空白", "記号", "補助記号"):
            continue
        if t.surface == "の" and t.pos1 == "助詞":
            continue
        return False
    return True


def _demonstrative_subject(before, k: int) -> bool:
    t = before[k]
    if t.surface not in _DEMONSTRATIVES:
        return False
    nxt = before[k + 1] if k + 1 < len(before) else None
    if nxt is None:
        return False
    if nxt.surface in ("が", "は", "も", "、", "，", ",") or nxt.pos1 == "補助記号":
        return True
    # こちらの資料が最新版になります: demonstrative + の + noun + が/は.
    if nxt.surface == "の":
        for u in before[k + 2:k + 6]:
            if u.surface in ("が", "は", "も"):
                return True
            if u.pos1 not in ("名詞", "接頭辞", "接尾辞"):
                return False
    return False
