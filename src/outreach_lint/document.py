"""A draft, tokenized once: text, lines, sentences and fugashi tokens with character offsets.

Every rule reads this one object; nothing re-tokenizes.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from functools import cached_property

# MeCab is fast on lines, but a pathological single line is cut into pieces of this size.
_CHUNK = 2000
_SENTENCE_END = re.compile(r"[。！？!?．]+[」』）)\]】〉》\"'”’]*|(?<=[A-Za-z\)])\.(?=\s|$)")
_LINE_BREAK = re.compile(r"\r\n|\r|\n")
# Lone surrogates (from a broken file) cannot reach MeCab, which takes UTF-8; one character each.
_SURROGATE = re.compile("[\ud800-\udfff]")
_FOLD = {c: c - 0xFEE0 for c in range(0xFF01, 0xFF5F)}
_FOLD[0x3000] = 0x20

_tagger = None


def _get_tagger():
    global _tagger
    if _tagger is None:
        import fugashi  # lazy: --help, rules and explain must not pay for the dictionary

        _tagger = fugashi.Tagger()
    return _tagger


class Token:
    """One morpheme. `base` is UniDic's orthBase (dictionary form as written, e.g. する),
    `lemma` its lemma (e.g. 為る). Unknown words have empty strings for missing fields."""

    __slots__ = ("surface", "start", "end", "pos1", "pos2", "pos3", "pos4", "ctype", "cform", "lemma", "base")

    def __init__(self, surface, start, pos1, pos2, pos3, pos4, ctype, cform, lemma, base):
        self.surface = surface
        self.start = start
        self.end = start + len(surface)
        self.pos1 = pos1
        self.pos2 = pos2
        self.pos3 = pos3
        self.pos4 = pos4
        self.ctype = ctype
        self.cform = cform
        self.lemma = lemma
        self.base = base

    @property
    def pos(self) -> str:
        return "-".join(p for p in (self.pos1, self.pos2, self.pos3, self.pos4) if p and p != "*")

    def __repr__(self) -> str:
        return f"Token({self.surface!r}@{self.start} {self.pos} {self.ctype} {self.cform} base={self.base})"


@dataclass
class Sentence:
    start: int
    end: int  # exclusive; line breaks are not part of a sentence
    text: str
    tok_start: int  # index range into Document.tokens
    tok_end: int


@dataclass
class Document:
    text: str
    platform: str = "generic"
    path: str = "-"
    # Spans (start, end) that are not the user's prose: quoted mail, code blocks.
    excluded: list[tuple[int, int]] = field(default_factory=list)

    def __post_init__(self):
        self.view = _blank_out(self.text, self.excluded) if self.excluded else self.text
        self.line_starts = [0] + [m.end() for m in _LINE_BREAK.finditer(self.text)]
        self.tokens: list[Token] = []
        self.sentences: list[Sentence] = []
        self._analyze()

    @cached_property
    def folded(self) -> str:
        """The view with full-width ASCII folded to half-width, one character for one."""
        return self.view.translate(_FOLD)

    def position(self, offset: int) -> tuple[int, int]:
        """1-based line and column (in characters) of an offset into the text."""
        line = bisect.bisect_right(self.line_starts, offset) - 1
        return line + 1, offset - self.line_starts[line] + 1

    def line_text(self, line: int) -> str:
        start = self.line_starts[line - 1]
        end = self.line_starts[line] if line < len(self.line_starts) else len(self.text)
        return self.text[start:end].rstrip("\r\n")

    def tokens_in(self, start: int, end: int) -> list[Token]:
        lo = bisect.bisect_left(self._token_starts, start)
        hi = bisect.bisect_left(self._token_starts, end)
        return self.tokens[lo:hi]

    @cached_property
    def _token_starts(self) -> list[int]:
        return [t.start for t in self.tokens]

    def body_length(self) -> int:
        """Characters of prose, line breaks counted as one and surrounding blank space ignored."""
        return len(_LINE_BREAK.sub("\n", self.view).strip())

    # -- analysis ---------------------------------------------------------------------------
    def _analyze(self) -> None:
        view = self.view
        tagger = _get_tagger() if view.strip() else None
        pos = 0
        for m in _LINE_BREAK.finditer(view + "\n"):
            line_end = min(m.start(), len(view))
            if line_end > pos:
                self._analyze_line(tagger, pos, line_end)
            pos = m.end()
            if pos > len(view):
                break

    def _analyze_line(self, tagger, start: int, end: int) -> None:
        view = self.view
        tok_first = len(self.tokens)
        for chunk_start, chunk_end in _chunks(view, start, end):
            self._tokenize(tagger, chunk_start, view[chunk_start:chunk_end])
        # Sentences: split the line at sentence-ending punctuation.
        tokens = self.tokens
        ti = tok_first
        sent_start = start
        boundaries = [m.end() for m in _SENTENCE_END.finditer(view, start, end)]
        if not boundaries or boundaries[-1] < end:
            boundaries.append(end)
        for boundary in boundaries:
            # Leading white space belongs to no sentence.
            s = sent_start
            while s < boundary and view[s] in " \t\u3000":
                s += 1
            tj = ti
            while tj < len(tokens) and tokens[tj].start < boundary:
                tj += 1
            if s < boundary and view[s:boundary].strip():
                self.sentences.append(Sentence(s, boundary, view[s:boundary], ti, tj))
            ti = tj
            sent_start = boundary

    def _tokenize(self, tagger, offset: int, chunk: str) -> None:
        if not chunk.strip():
            return
        if _SURROGATE.search(chunk):
            chunk = _SURROGATE.sub("\ufffd", chunk)
        append = self.tokens.append
        cursor = 0
        for node in tagger(chunk):
            surface = node.surface
            start = cursor + len(node.white_space)
            if not chunk.startswith(surface, start):
                found = chunk.find(surface, cursor)
                if found < 0:
                    continue
                start = found
            cursor = start + len(surface)
            raw = node.feature_raw
            f = raw.split(",") if '"' not in raw else _split_quoted(raw)
            n = len(f)
            append(Token(
                surface, offset + start, f[0], f[1] if n > 1 else "", f[2] if n > 2 else "",
                f[3] if n > 3 else "", f[4] if n > 4 else "", f[5] if n > 5 else "",
                f[7] if n > 7 else "", f[10] if n > 10 else "",
            ))


def _split_quoted(raw: str) -> list[str]:
    import csv

    return next(csv.reader([raw]))


def _chunks(text: str, start: int, end: int):
    """Cut a long line at sentence ends (or hard, as a last resort) to bound MeCab's input."""
    while end - start > _CHUNK:
        cut = -1
        for m in _SENTENCE_END.finditer(text, start, start + _CHUNK):
            cut = m.end()
        if cut <= start:
            cut = start + _CHUNK
            # Never split a surrogate pair or a character and its combining mark.
            while cut < end and (0xDC00 <= ord(text[cut]) <= 0xDFFF or _is_combining(text[cut])):
                cut += 1
        yield start, cut
        start = cut
    if end > start:
        yield start, end


def _is_combining(ch: str) -> bool:
    import unicodedata

    return unicodedata.combining(ch) != 0 or ch in "\u200d\ufe0f\u3099\u309a"


def _blank_out(text: str, spans: list[tuple[int, int]]) -> str:
    """Replace excluded spans by spaces, keeping line breaks, so offsets stay the same."""
    chars = list(text)
    for start, end in spans:
        for i in range(start, min(end, len(chars))):
            if chars[i] not in "\r\n":
                chars[i] = " "
    return "".join(chars)
