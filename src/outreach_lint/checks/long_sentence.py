"""long-sentence: a sentence longer than `max` characters (tip 5).

Sentences are Document.sentences: they end at 。！？!? and at line breaks (a message's line
breaks are sentence breaks; textlint instead joins the lines of a paragraph). Length is counted in
code points (Python len), closing punctuation included, surrounding white space excluded. URLs and
rows of two or more #hashtags are not counted: a reader skips over them, and a long tracking link or
a tag list does not make a sentence hard to read. A single hashtag used as a word
(昨日の #地方創生サミット で聞いた話) is part of the sentence and counts.
"""
from __future__ import annotations

import re

from ..rule import Context
from ..lazyre import lazy

_URL = lazy(r"(?:https?://|www\.)[!-~]{1,2000}")
_HASHTAG = lazy(r"(?<![\w&#＃])[#＃][^\s#＃、。，．,.!?！？「」()（）]{1,100}")


def check(ctx: Context) -> None:
    limit = ctx.options.get("max", 100)
    doc = ctx.doc
    for s in doc.sentences:
        text = s.text.rstrip()
        if len(text) <= limit:
            continue
        count = len(text)
        if "http" in text or "www." in text:
            count -= sum(m.end() - m.start() for m in _URL.finditer(text))
        if "#" in text or "＃" in text:
            count -= _tag_rows(text)
        if count > limit:
            ctx.report(s.start, s.start + len(text), match=text, count=count, max=limit)


def _tag_rows(text: str) -> int:
    """Characters in runs of two or more hashtags separated only by white space."""
    total = 0
    run: list[tuple[int, int]] = []
    for m in _HASHTAG.finditer(text):
        if run and text[run[-1][1]:m.start()].strip():
            total += _run_length(run)
            run = []
        run.append(m.span())
    return total + _run_length(run)


def _run_length(run: list[tuple[int, int]]) -> int:
    return run[-1][1] - run[0][0] if len(run) >= 2 else 0
