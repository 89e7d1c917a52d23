"""A draft, tokenized once: text, lines, sentences and fugashi tokens with character offsets.

Every rule reads this one object; nothing re-tokenizes.
"""
from __future__ import annotations

import bisect
import re
from collections import namedtuple
from operator import itemgetter
from dataclasses import dataclass, field
from functools import cached_property

# MeCab is fast on lines, but a pathological single line is cut into pieces of this size.
_CHUNK = 2000
# (The look-behind follows the "." it tests: placed before it, it ran at every position of the line.)
_SENTENCE_END = re.compile(r"[。！？!?．]+[」』）)\]】〉》\"'”’]*|\.(?<=[A-Za-z\)]\.)(?=\s|$)")
_LINE_BREAK = re.compile(r"\r\n|\r|\n")
# Lone surrogates (from a broken file) cannot reach MeCab, which takes UTF-8, nor most libraries.
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


_TOKEN_FIELDS = ("surface", "start", "end", "pos1", "pos2", "pos3", "pos4", "ctype", "cform", "lemma", "base")
_FIELD_INDEX = {name: i for i, name in enumerate(_TOKEN_FIELDS)}


class Token(namedtuple("_Token", _TOKEN_FIELDS)):
    """One morpheme. `base` is UniDic's orthBase (dictionary form as written, e.g. する),
    `lemma` its lemma (e.g. 為る). Unknown words have empty strings for missing fields.

    A tuple underneath (a document makes one per morpheme, and a tuple is built in C); read-only.
    Within a document no two tokens are equal (their starts differ), so == works as identity."""

    __slots__ = ()

    def __new__(cls, surface, start, pos1, pos2, pos3, pos4, ctype, cform, lemma, base):
        return tuple.__new__(cls, (surface, start, start + len(surface), pos1, pos2, pos3, pos4, ctype, cform,
                                   lemma, base))

    def __reduce__(self):
        return _token, (tuple(self),)

    @property
    def pos(self) -> str:
        return "-".join(p for p in (self.pos1, self.pos2, self.pos3, self.pos4) if p and p != "*")

    def __repr__(self) -> str:
        return f"Token({self.surface!r}@{self.start} {self.pos} {self.ctype} {self.cform} base={self.base})"


def _token(values: tuple) -> Token:
    return tuple.__new__(Token, values)


class TokenList(list):
    """Document.tokens: a plain list of Token, plus per-field columns built on first use and a
    per-document cache (token patterns keep their value counts there, see patterns.py)."""

    __slots__ = ("_memo", "_len")

    def __init__(self, *args):
        super().__init__(*args)
        self._len = -1

    def memo(self) -> dict:
        """A per-document cache (for token-pattern plans); emptied if the list changes."""
        if self._len != len(self):
            self._memo = {}
            self._len = len(self)
        return self._memo

    def column(self, field: str) -> list:
        """Every token's `field`, in order."""
        memo = self.memo()
        col = memo.get(field)
        if col is None:
            index = _FIELD_INDEX.get(field)
            col = memo[field] = (list(map(itemgetter(index), self)) if index is not None
                                 else [getattr(t, field) for t in self])
        return col


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
        if _SURROGATE.search(self.text):
            # Lone surrogates (kept from a broken file so --fix writes its bytes back) are not text:
            # rules, MeCab and any library a rule calls see U+FFFD, one character for one.
            self.text = _SURROGATE.sub("\ufffd", self.text)
        self.view = _blank_out(self.text, self.excluded) if self.excluded else self.text
        self.line_starts = [0] + [m.end() for m in _LINE_BREAK.finditer(self.text)]
        self.tokens: list[Token] = TokenList()
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
        return self.tokens.column("start")

    def body_length(self) -> int:
        """Characters of prose, line breaks counted as one and surrounding blank space ignored.
        Excluded spans (mail headers, quoted mail, code) do not count at all."""
        return len(_LINE_BREAK.sub("\n", self.prose).strip())

    @cached_property
    def prose(self) -> str:
        """The text without its excluded spans (offsets do not match the text: for measuring)."""
        if not self.excluded:
            return self.text
        parts, cursor = [], 0
        for start, end in sorted(self.excluded):
            if start > cursor:
                parts.append(self.text[cursor:start])
            cursor = max(cursor, end)
        parts.append(self.text[cursor:])
        return "".join(parts)

    # -- analysis ---------------------------------------------------------------------------
    def _analyze(self) -> None:
        view = self.view
        tagger = _get_tagger() if view.strip() else None
        lines = []
        pos = 0
        for m in _LINE_BREAK.finditer(view + "\n"):
            line_end = min(m.start(), len(view))
            if line_end > pos:
                lines.append((pos, line_end))
                for chunk_start, chunk_end in _chunks(view, pos, line_end):
                    self._tokenize(tagger, chunk_start, view[chunk_start:chunk_end])
            pos = m.end()
            if pos > len(view):
                break
        # Sentences: each line split at sentence-ending punctuation; a sentence's tokens are
        # those starting inside it (tokens never cross a line).
        starts = self._token_starts
        append = self.sentences.append
        ti = 0
        for start, end in lines:
            sent_start = start
            boundaries = [m.end() for m in _SENTENCE_END.finditer(view, start, end)]
            if not boundaries or boundaries[-1] < end:
                boundaries.append(end)
            for boundary in boundaries:
                # Leading white space belongs to no sentence.
                s = sent_start
                while s < boundary and view[s] in " \t\u3000":
                    s += 1
                tj = bisect.bisect_left(starts, boundary, ti)
                if s < boundary and view[s:boundary].strip():
                    append(Sentence(s, boundary, view[s:boundary], ti, tj))
                ti = tj
                sent_start = boundary

    def _tokenize(self, tagger, offset: int, chunk: str) -> None:
        if not chunk.strip():
            return
        # The hot loop of the whole linter (one pass per token): keep it lean.
        append = self.tokens.append
        startswith = chunk.startswith
        new, cls = tuple.__new__, Token
        fields = _FIELDS_OF
        cursor = 0
        for node in tagger(chunk):
            surface = node.surface
            # MeCab skips only white space, never part of a surface: the next surface is at the
            # cursor or, after white space, at its first occurrence (cheaper than node.white_space).
            if startswith(surface, cursor):
                start = cursor
            else:
                start = chunk.find(surface, cursor)
                if start < 0:
                    continue
            cursor = start + len(surface)
            raw = node.feature_raw
            f = fields.get(raw)
            if f is None:
                f = _fields(raw)
            append(new(cls, (surface, offset + start, offset + cursor, *f)))


# feature string -> (pos1, pos2, pos3, pos4, ctype, cform, lemma, base). A draft's morphemes repeat
# (の, です, お願い), so splitting each distinct feature string once saves most of the per-token work.
_FIELDS_OF: dict[str, tuple] = {}
_FIELDS_MAX = 10000  # bounded (about 1 KB each): memory stays flat over any number of drafts


def _fields(raw: str) -> tuple:
    # Only fields 0-10 are used; a quoted field (with commas) usually comes later (f[24]).
    f = raw.split(",", 11)
    if len(f) == 12:
        if '"' in raw and raw.find('"') < len(raw) - len(f[11]):
            f = _split_quoted(raw)
    elif '"' in raw:
        f = _split_quoted(raw)
    if len(f) < 11:
        f += [""] * (11 - len(f))
    fields = (f[0], f[1], f[2], f[3], f[4], f[5], f[7], f[10])
    if len(_FIELDS_OF) >= _FIELDS_MAX:
        _FIELDS_OF.clear()
    _FIELDS_OF[raw] = fields
    return fields


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
            # Never split a surrogate pair or a character and its combining mark (but a run of
            # thousands of marks is cut anyway: MeCab is slow on one huge unknown word).
            limit = min(end, cut + 32)
            while cut < limit and (0xDC00 <= ord(text[cut]) <= 0xDFFF or _is_combining(text[cut])):
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
