"""duplicate-draft: the same message sent to several people with only names and companies swapped.

Per draft, `fingerprint(ctx)` masks what a mass send swaps (proper nouns, the words before
様/さん/社, company names around 株式会社, numbers, URLs, e-mail addresses and @handles), drops
white space, and keeps:
  - the masked text, cut to `max-chars` characters, for the final rapidfuzz comparison;
  - its full length;
  - a 32-value one-permutation MinHash of the masked text's 5-character shingles (128 bytes).
Nothing else of the draft is kept, so memory per draft is bounded whatever its length. (A process
keeps, besides, the MinHash minima of up to 4,096 recent sentences, so a sentence that recurs across
the batch is not hashed again.)

Across drafts, `compare` avoids all-pairs (50,000 drafts would be 1.25e9 comparisons):
  1. drafts with identical masked text are grouped by a dict lookup (a pure name swap);
  2. one representative per group goes into locality-sensitive hashing: the signature is cut into
     8 bands of 4 values and drafts sharing a band land in a bucket (one band at a time, by sorting,
     so memory stays O(drafts)). A pair whose shingle sets have Jaccard similarity 0.6 shares a band
     with probability 0.67, at 0.75 with 0.95, at 0.85 with 0.997; unrelated drafts of the same
     genre (Jaccard 0.25) meet with probability 0.03;
  3. within a bucket, candidates are checked with a length filter, a bound from the characters the
     two texts share (fuzz.ratio = 200*LCS/(a+b), and the LCS uses no character more often than
     either text has it; see _Bags), then `fuzz.ratio` on the masked text (score_cutoff =
     `threshold`); pairs already joined are skipped (union-find). A bucket of
     more than 16 drafts is not checked pair by pair: each draft meets at most 16 recent group
     leaders, so boilerplate-driven buckets cost O(size) and a family of near-copies still collapses.
Trade-off: copies edited so heavily that their shingle Jaccard falls below ~0.5 while fuzz.ratio stays
above the threshold can be missed (on the synthetic bench, 99% of planted copies are found and
nothing else is reported; see bench/duplicate_draft_bench.py).
Typical runs are therefore near-linear in the number of drafts. Drafts that match are reported as
groups (connected components): each copy names the others.
"""
from __future__ import annotations

import re
import sys
import zlib
from array import array
from bisect import bisect_right
from collections import Counter, defaultdict
from itertools import compress
from typing import NamedTuple

from ..document import _FOLD
from ..finding import Finding
from ..rule import Context
from ..lazyre import lazy

MASK = "〓"
_SHINGLE = 5
_BINS = 32  # signature values (one-permutation hashing)
_ROWS = 4  # values per LSH band -> 8 bands
_SMALL_BUCKET = 16  # up to this size a bucket is checked pair by pair
_LEADERS = 16  # in a larger bucket, each draft meets at most this many group leaders
_NAME_LIST = 5  # paths named in the message; the rest are counted
_SIGNED = 20000  # characters of masked text the MinHash reads

_HONORIFIC = frozenset({"様", "さま", "さん", "殿", "氏", "君", "くん", "ちゃん", "御中", "先生", "社"})
_LEGAL = (("株式", "会社"), ("有限", "会社"), ("合同", "会社"), ("合資", "会社"))
_ADDRESSES = lazy(r"https?://\S+|www\.\S+|(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+|[@＠][A-Za-z0-9_]{1,30}"
                        r"|[（(]株[）)]|[（(]有[）)]")
_NAME_JOINERS = frozenset("・&＆ 　-－")
_PREDICATE = frozenset({"動詞", "助動詞", "形容詞"})


class Print(NamedTuple):
    """What one draft contributes to the cross-draft comparison (small and picklable)."""

    text: str  # masked text, at most max-chars characters
    length: int  # length of the full masked text
    sig: bytes  # _BINS unsigned 32-bit MinHash values
    span: tuple  # (start, end, line, column, end_line, end_column) of the sentence to report
    excerpt: str


# Every string _ADDRESSES can match holds one of these: without them, no span to hide.
_ADDRESS_HINTS = ("@", "＠", "://", "www.", "(株", "（株", "(有", "（有")
_HIDDEN_POS2 = frozenset({"固有名詞", "数詞"})
_SUFFIXES = _HONORIFIC | {first for first, _ in _LEGAL}  # where the second pass has work
_DECIMAL_RUN = lazy(r"\d+")  # \d is str.isdecimal; other str.isdigit characters are rare (², ①)
# The blocks that hold those other digits (tests/test_speed_privacy_rules.py checks it): without one of
# these characters, \d finds every digit.
_OTHER_DIGIT_BLOCKS = lazy("[\u00b2\u00b3\u00b9\u1369-\u1371\u19da\u2070-\u209f\u2460-\u24ff\u2776-\u2793"
                                 "\U00010000-\U0010ffff]")
_FOLDS = lazy("[" + "".join(re.escape(chr(k)) for k in sorted(_FOLD)) + "]")  # where folded differs
_HIDDEN = "\ud800"  # stands for a hidden token while joining: a view never holds a lone surrogate


def mask(doc) -> str:
    """The draft's prose with names, companies, numbers and addresses replaced by one 〓 each."""
    return "".join(_masked_pieces(doc))


def _masked_pieces(doc) -> list[str]:
    """mask(doc) cut where its kept sentences meet (a cut inside a 〓 run is dropped)."""
    toks = doc.tokens
    n = len(toks)
    view = doc.view
    starts = toks.column("start")
    surfaces = toks.column("surface")
    # 1. Hide proper nouns, numerals, tokens with a digit and tokens inside a URL, an address or (株).
    hide = bytearray(map(_HIDDEN_POS2.__contains__, toks.column("pos2")))
    spans = [m.span() for m in _DECIMAL_RUN.finditer(view)]
    if _OTHER_DIGIT_BLOCKS.search(view):
        for ch in filter(str.isdigit, set(view)):
            if not ch.isdecimal():
                spans += [(i, i + 1) for i, c in enumerate(view) if c == ch]
    if any(hint in view for hint in _ADDRESS_HINTS):
        spans += [m.span() for m in _ADDRESSES.finditer(view)]
    for a, b in spans:  # every token overlapping [a, b): a surface is the view between its offsets
        i = max(bisect_right(starts, a) - 1, 0)
        while i < n and starts[i] < b:
            if toks[i].end > a:
                hide[i] = 1
            i += 1
    # 2. The words a name suffix (様, 社) or 株式会社 attaches to.
    for i in compress(range(n), map(_SUFFIXES.__contains__, surfaces)):
        t = toks[i]
        if t.surface in _HONORIFIC and t.pos1 in ("接尾辞", "名詞") and i > 0:
            _hide_run(toks, hide, i - 1, -1)
            if t.surface == "社":
                hide[i] = 1
        elif i + 1 < n and (t.surface, toks[i + 1].surface) in _LEGAL:
            hide[i] = hide[i + 1] = 1
            _hide_run(toks, hide, i - 1, -1)
            _hide_run(toks, hide, i + 2, 1)
    # Salutation and signature lines (no predicate: 佐藤様, 株式会社A 営業部, TEL …) are left out, so
    # a shared signature does not make two different messages look alike.
    pos1 = toks.column("pos1")
    kept = [s for s in doc.sentences if not _PREDICATE.isdisjoint(pos1[s.tok_start:s.tok_end])]
    if not kept:
        return []
    # 3. The kept sentences' tokens, folded, each run of hidden tokens as one 〓.
    pieces = list(surfaces)
    if "" in pieces:  # an empty token still separates two hidden runs
        pieces = [piece or "\ud801" for piece in pieces]
    folded = doc.folded
    for m in _FOLDS.finditer(view):
        i = bisect_right(starts, m.start()) - 1
        if i >= 0 and toks[i].end > m.start():
            pieces[i] = folded[toks[i].start:toks[i].end]
    for i in compress(range(n), hide):
        pieces[i] = _HIDDEN
    out = _CUT.join(["".join(pieces[s.tok_start:s.tok_end]) for s in kept])
    return _HIDDEN_RUN.sub(MASK, out).replace("\ud801", "").split(_CUT)


_CUT = "\ud802"  # between two kept sentences
_HIDDEN_RUN = lazy(f"{_HIDDEN}[{_HIDDEN}{_CUT}]*")  # hidden tokens in a row, across sentences too


def _hide_run(toks, hide: bytearray, i: int, step: int) -> None:
    """Hide the noun run that a name suffix (様, 社) or 株式会社 attaches to, at most 6 tokens."""
    steps = 0
    while 0 <= i < len(toks) and steps < 6:
        t = toks[i]
        if t.pos1 == "名詞" and t.pos2 != "代名詞" or (t.surface in _NAME_JOINERS and t.pos1 == "補助記号"):
            hide[i] = 1
        elif t.pos1 == "接頭辞" and step < 0:
            hide[i] = 1
        else:
            break
        # Stop where white space or a line break separates words (株式会社A 営業部).
        nxt = i + step
        if 0 <= nxt < len(toks):
            a, b = (toks[nxt], t) if step < 0 else (t, toks[nxt])
            if a.end != b.start:
                break
        i = nxt
        steps += 1


_PIECE_MINIMA: dict[str, array] = {}  # sentence piece -> minima of the shingles inside it
_PIECES_KEPT = 4096  # about 1 MB; a batch's repeated sentences (templates, mass sends) stay in
_PIECE_MIN_LENGTH = 12  # shorter pieces are hashed with the shingles across the cuts


def signature(text: str, pieces: list[str] | None = None) -> bytes:
    """One-permutation MinHash: each shingle's CRC32 picks a bin by its low bits and competes for
    that bin's minimum with its high bits; empty bins borrow from the next full one (rotation).

    `pieces` (text cut into sentences) lets the minima of the shingles inside a sentence seen in an
    earlier draft be reused; the shingles that cross a cut are hashed each time. Same result."""
    mins = [0xFFFFFFFF] * _BINS
    if len(text) < _SHINGLE:
        text = text.ljust(_SHINGLE, MASK)
    if pieces is None or len(text) > _SIGNED:
        _shingle_minima(text, 0, len(text) - _SHINGLE + 1, mins)
        return _rotate(mins)
    reused = []
    cursor = pos = 0  # cursor: the first shingle start not yet counted
    for piece in pieces:
        start = pos
        pos += len(piece)
        if len(piece) < _PIECE_MIN_LENGTH:
            continue
        _shingle_minima(text, cursor, start, mins)  # the shingles that end inside this piece
        known = _PIECE_MINIMA.get(piece)
        if known is None:
            if len(_PIECE_MINIMA) >= _PIECES_KEPT:
                _PIECE_MINIMA.clear()
            own = [0xFFFFFFFF] * _BINS
            _shingle_minima(piece, 0, len(piece) - _SHINGLE + 1, own)
            known = _PIECE_MINIMA[piece] = array("I", own)
        reused.append(known)
        cursor = pos - _SHINGLE + 1
    _shingle_minima(text, cursor, len(text) - _SHINGLE + 1, mins)
    if reused:
        mins = list(map(min, mins, *reused))
    return _rotate(mins)


def _shingle_minima(text: str, first: int, stop: int, mins: list) -> None:
    """Fold the shingles of text starting at first..stop-1 into the per-bin minima."""
    shift = _BINS.bit_length() - 1
    crc = zlib.crc32
    for i in range(first, stop):
        h = crc(text[i:i + _SHINGLE].encode("utf-8"))
        b = h & (_BINS - 1)
        v = h >> shift
        if v < mins[b]:
            mins[b] = v


def _rotate(mins: list) -> bytes:
    full = [b for b in range(_BINS) if mins[b] != 0xFFFFFFFF]
    if full and len(full) < _BINS:
        for b in range(_BINS):
            if mins[b] == 0xFFFFFFFF:
                d = 1
                while mins[(b + d) % _BINS] == 0xFFFFFFFF or (b + d) % _BINS not in full:
                    d += 1
                mins[b] = (mins[(b + d) % _BINS] + d * 0x9E3779B1) & 0xFFFFFFFF
    return array("I", mins).tobytes()


def fingerprint(ctx: Context) -> Print | None:
    doc = ctx.doc
    opts = ctx.options
    if doc.body_length() < int(opts.get("min-length", 40)):
        return None
    pieces = _masked_pieces(doc)
    masked = "".join(pieces)
    if len(masked.replace(MASK, "")) < int(opts.get("min-length", 40)) // 2:
        return None  # little left once names are gone: a signature line, a greeting
    limit = int(opts.get("max-chars", 1500))
    s = _report_sentence(doc)
    start, end = s.start, s.end
    line, col = doc.position(start)
    end_line, end_col = doc.position(end)
    excerpt = doc.text[start:end]
    # The signature reads at most _SIGNED characters: enough to tell drafts apart, bounded for 5 MB inputs.
    return Print(masked[:limit], len(masked), signature(masked, pieces) if len(masked) <= _SIGNED else signature(masked[:_SIGNED]), (start, end, line, col, end_line, end_col),
                 excerpt[:200])


def _report_sentence(doc):
    """The first sentence that says something (has a verb), not the 佐藤様 salutation line."""
    for s in doc.sentences:
        toks = doc.tokens[s.tok_start:s.tok_end]
        if len(s.text) >= 8 and any(t.pos1 in ("動詞", "助動詞") for t in toks):
            return s
    return doc.sentences[0]


class _Sets:
    """Union-find over draft positions."""

    def __init__(self, n: int):
        self.parent = list(range(n))

    def find(self, i: int) -> int:
        parent = self.parent
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def union(self, i: int, j: int) -> None:
        a, b = self.find(i), self.find(j)
        if a != b:
            self.parent[max(a, b)] = min(a, b)


def compare(rule, entries, options):
    from rapidfuzz import fuzz

    threshold = float(options.get("threshold", 90))
    items = [(idx, path, fp) for idx, path, fp in entries if fp is not None]
    n = len(items)
    if n < 2:
        return
    sets = _Sets(n)
    # 1. identical masked text: a pure name swap, grouped without any comparison.
    first_of: dict = {}
    reps: list[int] = []
    for pos, (_, _, fp) in enumerate(items):
        key = (fp.length, fp.text, fp.sig)
        seen = first_of.get(key)
        if seen is None:
            first_of[key] = pos
            reps.append(pos)
        else:
            sets.union(seen, pos)
    del first_of
    # Longest possible length ratio for a match: ratio <= 200*min/(a+b).
    min_share = threshold / (200 - threshold)

    bags = _Bags(max((len(items[pos][2].text) for pos in reps), default=0), n)

    def similar(i: int, j: int) -> bool:
        a, b = items[i][2], items[j][2]
        if min(a.length, b.length) < min_share * max(a.length, b.length):
            return False
        # ratio = 200 * LCS / (len a + len b), and the LCS holds no more of a character than either
        # text has: when the shared characters cannot reach the threshold, fuzz.ratio would not either.
        if bags.shared(i, a.text, j, b.text) * 200 < threshold * (len(a.text) + len(b.text)) - 1e-6:
            return False
        return fuzz.ratio(a.text, b.text, score_cutoff=threshold) >= threshold

    # 2. LSH, one band at a time (memory stays O(drafts)): drafts whose band values are equal share a
    #    bucket; buckets are runs of equal keys after sorting.
    band_bytes = _ROWS * 4
    bands = len(items[reps[0]][2].sig) // band_bytes if reps else 0
    for band in range(bands):
        lo, hi = band * band_bytes, (band + 1) * band_bytes
        # The band's own bytes, not hash(): bytes hashing is randomised per process, and the order the
        # buckets are checked in decides which leaders a draft meets in a bucket over _SMALL_BUCKET.
        keys = [items[pos][2].sig[lo:hi] for pos in reps]
        order = sorted(range(len(reps)), key=keys.__getitem__)
        run_start = 0
        for k in range(1, len(order) + 1):
            if k == len(order) or keys[order[k]] != keys[order[run_start]]:
                if k - run_start > 1:
                    _verify([reps[order[x]] for x in range(run_start, k)], sets, similar)
                run_start = k
        del keys, order
    groups: dict[int, list[int]] = defaultdict(list)
    for pos in range(n):
        groups[sets.find(pos)].append(pos)
    lang = "en" if options.get("_lang") == "en" and getattr(rule, "message_en", "") else "ja"
    template = rule.message_en if lang == "en" else rule.message
    severity = options.get("_severity", rule.severity)
    for members in groups.values():
        if len(members) < 2:
            continue
        paths = [items[p][1] for p in members]
        count = len(members) - 1
        for p in members:
            index, path, fp = items[p]
            others = [q for k, q in enumerate(paths[:_NAME_LIST + 1]) if members[k] != p][:_NAME_LIST]
            shown = "、".join(others)
            if count > _NAME_LIST:
                shown += f" ほか{count - _NAME_LIST}件" if lang == "ja" else f" and {count - _NAME_LIST} more"
            start, end, line, col, end_line, end_col = fp.span
            message = template.format_map(_Defaults(count=count, others=shown, match=fp.excerpt))
            yield index, Finding(
                rule=rule.id, tip=rule.tip, severity=severity, message=message, start=start, end=end,
                line=line, column=col, end_line=end_line, end_column=end_col, excerpt=fp.excerpt,
                fix=None, path=path, raw_excerpt=fp.excerpt,
            )


def _verify(members: list[int], sets: _Sets, similar) -> None:
    """Join the similar drafts of one bucket. Small buckets: every pair. Large ones: each draft is
    compared with at most _LEADERS recent group leaders (most recently matched first), so a bucket of
    unrelated drafts that merely share boilerplate costs O(size), and a big family of near-copies
    still collapses onto its leader."""
    if len(members) <= _SMALL_BUCKET:
        for x in range(len(members)):
            i = members[x]
            for y in range(x + 1, len(members)):
                j = members[y]
                if sets.find(i) != sets.find(j) and similar(i, j):
                    sets.union(i, j)
        return
    leaders: list[int] = []
    for i in members:
        for back in range(len(leaders) - 1, max(-1, len(leaders) - 1 - _LEADERS), -1):
            j = leaders[back]
            if sets.find(i) == sets.find(j) or similar(i, j):
                sets.union(i, j)
                leaders.append(leaders.pop(back))
                break
        else:
            leaders.append(i)


class _Bags:
    """Each text's characters counted into 256 bins (by the low byte of their UTF-16 code units),
    the bins packed into one int, so that the characters two texts share (a bound on their longest
    common subsequence: merging characters into bins only raises the sum of minimums) takes a few
    big-int operations instead of a Python loop. Bins are 16 bits wide (64 for very long texts); the
    top bit of each stays clear and keeps the subtraction from borrowing across bins."""

    def __init__(self, longest: int, count: int):
        # A text of n characters has at most 2n code units: that many in one bin, below the top bit.
        self.code = code = "H" if 2 * longest < 1 << (8 * array("H").itemsize - 1) else "Q"
        self.width = 8 * array(code).itemsize
        self.guard = int.from_bytes(array(code, [1 << (self.width - 1)] * 256).tobytes(), sys.byteorder)
        self.full = (1 << self.width) - 1
        self.bags: list = [None] * count  # by draft position, made when first compared (~0.5 KB each)

    def bag(self, text: str) -> int:
        counts = array(self.code, bytes(256 * array(self.code).itemsize))
        for unit, n in Counter(text.encode("utf-16-le")[::2]).items():
            counts[unit] = n
        return int.from_bytes(counts.tobytes(), sys.byteorder)

    def shared(self, i: int, a: str, j: int, b: str) -> int:
        """Sum over bins of the smaller count: at least the characters a and b have in common."""
        bags, guard, full = self.bags, self.guard, self.full
        x = bags[i]
        if x is None:
            x = bags[i] = self.bag(a)
        y = bags[j]
        if y is None:
            y = bags[j] = self.bag(b)
        pick_y = ((((x | guard) - y) & guard) >> (self.width - 1)) * full  # all ones in bins where x >= y
        return ((y & pick_y) | (x & ~pick_y)) % full  # the sum of the smaller bins (it is below `full`)


class _Defaults(dict):
    def __missing__(self, key):
        return "{" + key + "}"
