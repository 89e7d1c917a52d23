"""mixed-style: です・ます and だ・である sentence ends in one message (tip 5).

Each sentence's final predicate is read from the tokens, backwards from the end: trailing
punctuation, emoji, sentence-final particles (ね, よ, か) and a closing parenthetical are skipped,
then the auxiliaries (助動詞) and the word they attach to decide the style:
- polite: です / ます in any form (でした, ません, でしょう, ましょう) or ください;
- plain: だ / である, or a verb, adjective or auxiliary in its final form (した, 思う, 楽しかった,
  ない, たい, だろう);
- neither: a noun end (体言止め), an interjection, a fragment.
Only sentence ends count (textlint's default strict=false): ですが、 or だったが、 in mid-sentence
are connectives, not ends. Sentences whose predicate is inside quotes, on a bullet, heading or
signature line, and stock greetings (よろしくお願いします, ありがとうございます) are not counted.
The majority style wins (a tie goes to です・ます) and each minority end is reported.
"""
from __future__ import annotations

import bisect
import re

from ..rule import Context
from ..lazyre import lazy

POLITE = "です・ます調"
PLAIN = "だ・である調"

# (and a bracketed slot or note: [具体的な感想を入れる] is the template's, not the writer's sentence end)
# (and a sentence wholly in parentheses: （ここに前回の面談内容を入れる） is a note, not the message's voice)
_OPEN = {"「": "」", "『": "』", "“": "”", "〝": "〟", "＂": "＂", '"': '"', "[": "]", "［": "］", "【": "】",
         "（": "）", "(": ")"}
_BULLET = lazy(r"[ \t\u3000]*(?:[・･\-\*•●○◦▪▫■□◆◇◎☆★※→⇒➡▶▷►＊－‐−–—>＞]|\d{1,3}[.)．）、]"
                     r"|[(（]\d{1,3}[)）]|[①-⑳⑴-⒇❶-❿]|[A-Za-z][.)）])")
_HEADING = lazy(r"[ \t\u3000]*(?:#{1,6}[ \t\u3000]|【[^】\n]{0,40}】[ \t\u3000]*$|[■□◆◇●▼▽▶◎☆★〓]"
                      r"|(?:件名|題名|Subject|Re|RE|Fwd|FW|Fw)[ \t\u3000]*[:：])")
# #教員と繋がりたい #先生と繋がりたい: a line of hashtags, not sentences
_HASHTAGS = lazy(r"[ \t\u3000]*(?:[#＃][^\s#＃]+[ \t\u3000]*)+$")
_LABEL_LINE = lazy(r"[^\n。！？!?]{0,40}[:：][ \t\u3000]*$")
# A field line (日時：…, テーマ：…, Note: …): a label, then a value that is not a sentence.
_FIELD_LINE = lazy(r"[ \t\u3000]*[^\s\d:：。、！？!?「」『』]{1,12}[ \t\u3000]*[:：]")
_SEPARATOR = lazy(r"[ \t\u3000]*(?:[-=_*＝＿ー―—─━~〜・･]){3,}[ \t\u3000]*$|--[ \t]*$")
# Stock greetings and closings: formulaic, kept in です・ます even by writers of plain prose.
_GREETING = lazy(
    r"(?:よろしく|宜しく|何卒|なにとぞ)[^。！？!?\n]{0,20}(?:お願い|願)|ありがとうございま|有難うございま"
    r"|おめでとうございま|お疲れ様で|お疲れさまで|おつかれさまで|お世話になって(?:おります|います|ます)"
    r"|お世話になります|失礼(?:いた)?しま|はじめまして|初めまして|ご無沙汰しております|おはようございま"
    r"|こんにちは|こんばんは|お元気ですか|お久しぶりです|ご連絡ありがとう"
    # あざした / あざっす / お疲れっした: the same thanks, clipped
    r"|あざ(?:した|っした|っす|す|ます)|(?:お疲れ|おつかれ)(?:っした|っす|様っす)")
_TRAILING_PARTICLES = {"けど", "けれど", "けれども", "が", "から", "ので", "し", "のに", "ば"}
_LAUGH = lazy(r"[wWｗＷ笑]+")


def check(ctx: Context) -> None:
    doc = ctx.doc
    if not doc.sentences:
        return
    predicates = [_final_predicate(doc.tokens, s.tok_start, s.tok_end) for s in doc.sentences]
    styles = {p[0] for p in predicates if p is not None}
    if POLITE not in styles or PLAIN not in styles:
        return  # the filters below only drop ends: one style alone cannot become two
    count_greetings = bool(ctx.options.get("count-greetings", False))
    quotes = _quote_spans(doc.view)
    skipped_lines = _skipped_lines(doc)
    ends = []  # (style, start, end)
    for s, found in zip(doc.sentences, predicates):
        line = bisect.bisect_right(doc.line_starts, s.start) - 1
        if line in skipped_lines:
            continue
        if found is None:
            continue
        style, start, end = found
        if _inside(quotes, start):
            continue
        if len(_INLINE_ITEMS.findall(s.text)) >= 2:
            continue  # ①遺言書は公正証書で②…⑤専門家に早めに相談する。: the last item of a list run into one line
        if _HASHTAGS.fullmatch(s.text):
            continue  # …OKです。 #川越 #ケア職と繋がりたい: hashtags after the last sentence, not one
        if style == PLAIN and _LAUGH_AFTER.match(doc.view, end):
            continue  # ガチで死ぬかと思った笑 / 出会いがなさすぎるｗ: a laugh, said not written
        if style == PLAIN and (doc.view.startswith(("〜", "～", "~", "ー"), end) or doc.view[end - 1] in "〜～~"):
            continue  # 最高だった〜！ / おわったーー！！: a drawn-out exclamation, not a choice of style
        if style == PLAIN and doc.view[start:end] in _NET_LAUGHS:
            continue  # 質問エグすぎてワロタ: a laugh in net slang, said not written
        if _QUOTATIVE.match(doc.view, s.end):
            continue  # 結局どうなの？という話をします: a question quoted, not a sentence end
        # A greeting is the sentence's last clause: 先日はありがとうございました、勉強になった。 still counts.
        if not count_greetings and _GREETING.search(_last_clause(s.text)):
            continue
        if style == POLITE and _names_the_sender(doc, s, start):
            continue  # 前の職場で一緒だった桜井です: a self-introduction formula, in plain prose too
        ends.append((style, start, end))
    polite = [e for e in ends if e[0] == POLITE]
    plain = [e for e in ends if e[0] == PLAIN]
    if not polite or not plain:
        return
    if len(plain) > len(polite):
        major, minor = plain, polite
    else:
        major, minor = polite, plain
    for style, start, end in minor:
        ctx.report(start, end, match=doc.text[start:end], style=style, major=major[0][0],
                   major_count=len(major), minor_count=len(minor))


def _names_the_sender(doc, s, start: int) -> bool:
    """The sentence ends in a person's name + です (…の桜井です, 専門学校で一緒だったゆかです: a given name
    in kana, which UniDic may read as a common noun, right after の or a past tense, in the opening lines)."""
    toks = doc.tokens
    for i in range(s.tok_start + 1, s.tok_end):
        if toks[i].start == start:
            if toks[i].surface != "です":
                return False
            name = toks[i - 1]
            if name.pos3 == "人名":
                return True
            # (さやか after の: UniDic's adjectival 清か cannot follow の, so it is the name)
            return (name.pos1 in ("名詞", "形状詞") and i - 2 >= s.tok_start and toks[i - 2].surface in ("た", "の")
                    and _KANA_NAME.fullmatch(name.surface) is not None
                    and (len(doc.sentences) <= 3 or s.start < doc.sentences[3].start))
    return False


_KANA_NAME = lazy(r"[ぁ-ゖァ-ヺー]{2,4}")
_NET_LAUGHS = frozenset({"ワロタ", "ワロス", "わろた", "わろす"})
_LAUGH_AFTER = lazy(r"[ \t\u3000]?(?:[wｗＷ]{1,}|笑|（笑）|\(笑\)|草)(?![A-Za-zａ-ｚ])")
# (いいね！をお願いします: the sentence mark inside a phrase, a particle carrying on)
_QUOTATIVE = lazy(r"[ \t\u3000]?(?:という|といった|って|と(?:いう|思|聞|言|考|書|感|お))|(?<=[！!？?])[をがにの](?![。！？!?])")


_INTERROGATIVE = frozenset({"どう", "何", "なぜ", "何故", "いつ", "何時", "どこ", "何処", "誰", "どれ", "どの", "どんな"})


def _final_predicate(tokens, lo: int, hi: int):
    """(style, start, end) of the sentence-final predicate, or None when it has no style."""
    i = hi - 1
    while i >= lo:
        t = tokens[i]
        if t.pos1 in ("補助記号", "記号", "空白") or t.pos2 == "終助詞" or _LAUGH.fullmatch(t.surface):
            if t.pos2 == "括弧閉" and t.surface in ")）":
                # A closing aside (（笑）, (補足)): skip back to its opening bracket if the sentence
                # has words before it.
                j = i - 1
                while j >= lo and not (tokens[j].pos2 == "括弧開" and tokens[j].surface in "(（"):
                    j -= 1
                if j > lo:
                    i = j - 1
                    continue
            i -= 1
            continue
        if t.pos2 == "接続助詞" and t.surface in _TRAILING_PARTICLES:
            i -= 1
            continue
        break
    if i < lo:
        return None
    listed_question = (i + 1 < hi and tokens[i + 1].surface == "か" and tokens[hi - 1].surface not in ("？", "?")
                       and any(t.lemma in _INTERROGATIVE for t in tokens[lo:i]))
    last = i
    while i >= lo and tokens[i].pos1 == "助動詞":
        i -= 1
    chain = tokens[i + 1:last + 1]
    head = tokens[i] if i >= lo else None
    style = _style(head, chain)
    if style is None or style != POLITE and listed_question:
        return None  # (予算の説明をどうしたか。: a question listed, not a plain-style statement)
    start_index = i + 1
    if head is not None and head.pos1 in ("動詞", "形容詞"):
        start_index = i
        # である, 言われている, 思っております: take in the auxiliary verb's own helpers.
        k = i
        while k - 1 >= lo and tokens[k].pos1 == "動詞" and tokens[k].pos2 == "非自立可能" and (
                tokens[k - 1].pos1 == "助動詞" or tokens[k - 1].surface in ("て", "で")):
            k -= 1
            while k - 1 >= lo and (tokens[k].pos1 == "助動詞" or tokens[k].surface in ("て", "で")) and \
                    tokens[k - 1].pos1 in ("助動詞", "動詞", "形容詞"):
                k -= 1
        start_index = k
    return style, tokens[start_index].start, tokens[last].end


def _style(head, chain) -> str | None:
    for t in chain:
        if t.ctype in ("助動詞-デス", "助動詞-マス"):
            if t.surface == "でしょ" and t is chain[-1]:
                return None  # クビみたいなもんでしょ: the casual tag, not です・ます
            return POLITE
    if head is not None and head.lemma == "下さる" and head.cform.startswith("命令形") and not chain:
        return POLITE
    if chain:
        final = chain[-1]
        if final.surface == "ず" and final.ctype == "助動詞-ヌ":
            return None  # お気になさらず, あしからず: a set elliptical close, in either style
        if final.lemma == "はる" and head is not None and head.pos1 == "名詞":
            return None  # 医療法人社団はるかぜ: a name misread as Kansai はる, not a sentence end
        if final.cform.startswith(("終止形", "連体形", "意志推量形")):
            return PLAIN
        return None
    if head is None:
        return None
    if head.pos1 in ("動詞", "形容詞") and head.cform.startswith(("終止形", "連体形", "意志推量形")):
        if head.lemma == "下さる" or head.lemma == "御座る":
            return None
        return PLAIN
    return None


def _last_clause(text: str) -> str:
    cut = max(text.rfind("、"), text.rfind("，"), text.rfind(","))
    return text[cut + 1:] if cut >= 0 else text


def _quote_spans(text: str) -> list[tuple[int, int]]:
    """Spans inside 「」『』“”"" (nesting kept; an unclosed quote ends at its line)."""
    spans = []
    stack: list[tuple[str, int]] = []
    for m in _QUOTE_CHARS.finditer(text):  # every other character leaves the state as it is
        i, ch = m.start(), m.group()
        if ch in "\r\n":
            if stack:
                spans.append((stack[0][1], i))
                stack.clear()
            continue
        if stack and ch == stack[-1][0]:
            close, start = stack.pop()
            if not stack:
                spans.append((start, i + 1))
            continue
        if ch in _OPEN and not (ch in "\"＂" and stack and stack[-1][0] == ch):
            stack.append((_OPEN[ch], i))
    return spans


_QUOTE_CHARS = lazy("[\r\n" + re.escape("".join(_OPEN) + "".join(_OPEN.values())) + "]")


def _inside(spans, offset: int) -> bool:
    k = bisect.bisect_right(spans, (offset, float("inf"))) - 1
    return k >= 0 and spans[k][0] <= offset < spans[k][1]


def _addressee_block(view: str, starts, n: int, line: str) -> bool:
    """料理教室 はなまる⏎主宰 宮本 様: a short line with no sentence end just above the addressee's
    name is part of the address (はなまる is a name, not 訛る)."""
    if n + 1 >= len(starts) or len(line.strip()) > 20 or line.rstrip().endswith(("。", "！", "？", "!", "?")):
        return False
    end = starts[n + 2] if n + 2 < len(starts) else len(view)
    nxt = view[starts[n + 1]:end].strip()
    return len(nxt) <= 30 and nxt.endswith(("様", "さま", "殿", "先生", "御中", "各位"))


_INLINE_ITEMS = lazy(r"[①-⑳❶-❿]")


def _closing_block(lines: list[str]) -> set[int]:
    """The last block after a blank line when it reads as a signature: at most four short lines, none
    ending a sentence (雑貨ショップ まつお⏎松尾 由紀: a shop name that parses as a verb is no style)."""
    last = len(lines)
    while last and not lines[last - 1].strip():
        last -= 1
    blank = max((i for i in range(last) if not lines[i].strip()), default=-1)
    block = range(blank + 1, last)
    if blank < 0 or not 1 <= len(block) <= 4:
        return set()
    if any(len(lines[i].strip()) > 30 or _ENDS_SENTENCE.search(lines[i]) for i in block):
        return set()
    return set(block)


_ENDS_SENTENCE = lazy(r"[。！？!?．]|です|ます|でした|ました")


def _skipped_lines(doc) -> set[int]:
    """0-based numbers of bullet, heading, label and signature lines."""
    skipped = set()
    view = doc.view
    starts = doc.line_starts
    in_signature = False
    lines = [view[a:(starts[n + 1] if n + 1 < len(starts) else len(view))].rstrip("\r\n") for n, a in enumerate(starts)]
    skipped |= _closing_block(lines)
    for n, line in enumerate(lines):
        if in_signature:
            skipped.add(n)
            continue
        if _SEPARATOR.match(line) and line.strip():
            in_signature = True
            skipped.add(n)
            continue
        if (_BULLET.match(line) or _HEADING.match(line) or _LABEL_LINE.fullmatch(line) or _FIELD_LINE.match(line)
                or _HASHTAGS.fullmatch(line) or _addressee_block(view, starts, n, line)):
            skipped.add(n)
    return skipped
