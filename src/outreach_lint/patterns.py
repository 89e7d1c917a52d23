"""Token patterns over fugashi/UniDic fields, in the shape textlint-ja uses for its dictionaries.

A pattern is a list of token specs. Each key of a spec must equal the token's field (a list means
any of); `_skippable` makes a spec optional; `_capture` names the matched token for messages.
Keys ending in `_re` match the field by regular expression.
"""
from __future__ import annotations

import json
import re
from bisect import bisect_left, bisect_right
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from .errors import RuleError
from .lazyre import LazyPattern, lazy

FIELDS = ("surface", "base", "lemma", "pos", "pos1", "pos2", "pos3", "pos4", "ctype", "cform")


@dataclass(frozen=True)
class Spec:
    tests: tuple  # (field, frozenset | compiled regex)
    skippable: bool
    capture: str | None
    negate: bool


def compile_pattern(raw: list, where: str) -> list[Spec]:
    if not isinstance(raw, list) or not raw:
        raise RuleError(f"{where}: a token pattern must be a non-empty list of tables")
    specs = []
    for i, item in enumerate(raw):
        if not isinstance(item, dict):
            raise RuleError(f"{where}[{i}]: expected a table like {{ base = \"する\" }}")
        tests = []
        for key, value in item.items():
            if key in ("_skippable", "_capture", "_negate"):
                continue
            name = key[:-3] if key.endswith("_re") else key
            if name not in FIELDS:
                raise RuleError(f"{where}[{i}]: unknown token field {key!r} (expected one of {', '.join(FIELDS)})")
            if key.endswith("_re"):
                tests.append((name, safe_compile(value, f"{where}[{i}].{key}")))
            else:
                values = value if isinstance(value, list) else [value]
                if not all(isinstance(v, str) for v in values):
                    raise RuleError(f"{where}[{i}].{key}: expected a string or a list of strings")
                tests.append((name, frozenset(values)))
        specs.append(Spec(tuple(tests), bool(item.get("_skippable", False)), item.get("_capture"),
                          bool(item.get("_negate", False))))
    if all(s.skippable for s in specs):
        raise RuleError(f"{where}: a pattern needs at least one token that is not _skippable")
    return specs


def token_matches(spec: Spec, token) -> bool:
    ok = True
    for name, test in spec.tests:
        value = getattr(token, name)
        if isinstance(test, frozenset):
            if value not in test:
                ok = False
                break
        elif not test.search(value):
            ok = False
            break
    return ok != spec.negate


def match_at(specs: list[Spec], tokens, i: int, limit: int):
    """Match the pattern starting at tokens[i]; return (end index, captures) or None. Skippable
    specs are tried greedily and then without (patterns are short, so this stays linear)."""
    return _match(specs, 0, tokens, i, limit, {})


def _match(specs, si, tokens, ti, limit, caps):
    if si == len(specs):
        return ti, caps
    spec = specs[si]
    if ti < limit and token_matches(spec, tokens[ti]):
        new_caps = dict(caps)
        if spec.capture:
            new_caps[spec.capture] = tokens[ti]
        got = _match(specs, si + 1, tokens, ti + 1, limit, new_caps)
        if got:
            return got
    if spec.skippable:
        return _match(specs, si + 1, tokens, ti, limit, caps)
    return None


def scan_every_start(specs: list[Spec], tokens, lo: int, hi: int):
    """The plain scan: try a match at every token (the reference the anchored scan must equal)."""
    i = lo
    while i < hi:
        got = match_at(specs, tokens, i, hi)
        if got and got[0] > i:
            yield i, got[0], got[1]
            i = got[0]
        else:
            i += 1


def find_all(specs: list[Spec], tokens, lo: int, hi: int):
    """Non-overlapping matches within tokens[lo:hi], left to right."""
    anchor = _anchor(specs, tokens) if type(tokens) is not list and hasattr(tokens, "memo") else None
    if anchor is None:
        yield from scan_every_start(specs, tokens, lo, hi)
        return
    yield from _find_anchored(specs, tokens, lo, hi, anchor)


def _find_anchored(specs, tokens, lo: int, hi: int, anchor):
    # Every match has its anchor spec (required, so it consumes a token) `before_min`..`before_max`
    # tokens after the match's start: only starts near an anchor token can match. Same matches,
    # same order as trying every start, in time proportional to the anchor's hits.
    positions, before_min, before_max = anchor
    if not positions or positions[-1] < lo + before_min:
        return
    i = lo
    for k in range(bisect_left(positions, lo + before_min), len(positions)):
        p = positions[k]
        if p >= hi:
            break
        start = max(i, p - before_max)
        last = p - before_min
        while start <= last:
            got = match_at(specs, tokens, start, hi)
            if got and got[0] > start:
                yield start, got[0], got[1]
                start = got[0]
            else:
                start += 1
        i = max(i, start)


def find_in(specs: list[Spec], tokens, sentences):
    """The matches of `for s in sentences: find_all(specs, tokens, s.tok_start, s.tok_end)`, in that
    order, but visiting only the sentences that hold an anchor token (one call per pattern and draft
    instead of one per sentence)."""
    anchor = _anchor(specs, tokens) if type(tokens) is not list and hasattr(tokens, "memo") else None
    if anchor is None:
        for s in sentences:
            yield from find_all(specs, tokens, s.tok_start, s.tok_end)
        return
    positions, before_min, _ = anchor
    if not positions:
        return
    # Sentences are in order and disjoint: from each anchor token to the sentence that holds it
    # (the first ending after it), if the anchor is far enough into it.
    ends = _sentence_ends(tokens, sentences)
    last = -1
    for p in positions:
        k = bisect_right(ends, p)
        if k == len(ends):
            return
        if k > last:
            s = sentences[k]
            if s.tok_start + before_min <= p:
                last = k
                yield from _find_anchored(specs, tokens, s.tok_start, s.tok_end, anchor)


def match_bound(specs: list[Spec], tokens) -> int | None:
    """At least the number of matches find_in can yield (None: unknown): each match takes its own
    token of the anchor spec, and matches never share a token."""
    anchor = _anchor(specs, tokens) if type(tokens) is not list and hasattr(tokens, "memo") else None
    return None if anchor is None else len(anchor[0])


def _sentence_ends(tokens, sentences) -> list[int]:
    memo = tokens.memo()
    key = ("sentence_ends", id(sentences))
    cached = memo.get(key)
    # Holding the list itself: its id cannot be reused while cached, and a changed list is seen.
    if cached is None or cached[0] is not sentences or len(cached[1]) != len(sentences):
        cached = memo[key] = (sentences, [s.tok_end for s in sentences])
    return cached[1]


# Fields from most to least selective: tried in this order, and breaking ties between anchors.
_FIELD_ORDER = {name: rank for rank, name in enumerate(
    ("surface", "lemma", "base", "cform", "ctype", "pos", "pos4", "pos3", "pos2", "pos1"))}
_NO_ANCHOR = (None, None)
_CANDIDATES: dict[int, tuple] = {}


def _candidates(specs: list[Spec]) -> list[tuple]:
    """(field, values, tokens before it at least, at most) for each required, positive value test."""
    cached = _CANDIDATES.get(id(specs), _NO_ANCHOR)
    if cached[0] is specs:
        return cached[1]
    found = []
    required_before = 0
    for k, spec in enumerate(specs):
        if not spec.skippable and not spec.negate:
            for name, test in spec.tests:
                if isinstance(test, frozenset):
                    found.append((name, test, required_before, k))
        if not spec.skippable:
            required_before += 1
    found.sort(key=lambda c: _FIELD_ORDER[c[0]])
    if len(_CANDIDATES) > 10000:
        _CANDIDATES.clear()
    _CANDIDATES[id(specs)] = (specs, found)
    return found


_EMPTY = ([], 0, 0)
_WORD_FIELDS = frozenset({"surface", "lemma", "base"})
_PRESENT = "patterns.present"  # memo: field -> the values the draft has (a set or a Counter's keys)
_LAST_ABSENT: dict[int, int] = {}  # id(specs) -> the candidate that last proved a draft cannot match


def required_tests(specs: list[Spec]) -> list[tuple[str, frozenset]]:
    """(field, values) a token of every match must have: a draft without one cannot match."""
    return [(name, test) for name, test, _, _ in _candidates(specs)]


def required_pairs(specs: list[Spec]) -> list[tuple[str, frozenset, str, frozenset]]:
    """(field, values, next field, next values) of two neighbouring specs that every match takes
    as two consecutive tokens (both required, no optional spec between them): word fields only."""
    pairs = []
    for a, b in zip(specs, specs[1:]):
        if a.skippable or b.skippable or a.negate or b.negate:
            continue
        first = [(n, t) for n, t in a.tests if isinstance(t, frozenset) and n in _WORD_FIELDS]
        second = [(n, t) for n, t in b.tests if isinstance(t, frozenset) and n in _WORD_FIELDS]
        if first and second:
            pairs.append((*first[0], *second[0]))
    return pairs


def pair_present(tokens, pair: tuple) -> bool:
    """Is there a token with the pair's first value followed by one with its second?"""
    name, values, next_name, next_values = pair
    following = tokens.column(next_name) if hasattr(tokens, "column") else [getattr(t, next_name) for t in tokens]
    last = len(following) - 1
    for p in where(tokens, name, values):
        if p < last and following[p + 1] in next_values:
            return True
    return False


def present_values(tokens, name: str):
    """The values of field `name` in the draft, shared per draft (a set, or a Counter's keys)."""
    if type(tokens) is list or not hasattr(tokens, "memo"):
        return {getattr(t, name) for t in tokens}
    return _present(tokens, tokens.memo(), name)


def _present(tokens, memo, name):
    present = memo.get(_PRESENT)
    if present is None:
        present = memo[_PRESENT] = {}
    values = present.get(name)
    if values is None:
        values = present[name] = (value_counts(tokens, name).keys() if name in _WORD_FIELDS
                                  else value_set(tokens, name))
    return values


def _anchor(specs: list[Spec], tokens):
    """(positions of the rarest required token, tokens before it at least, at most) in this
    document, or None when no required spec tests a field by value (then every start is tried)."""
    memo = tokens.memo()
    cached = memo.get(id(specs), _NO_ANCHOR)
    if cached[0] is specs:
        return cached[1]
    candidates = _candidates(specs)
    anchor = None
    fields = memo.get(_PRESENT)
    if fields is None:
        fields = memo[_PRESENT] = {}
    # A required value the draft lacks: no match anywhere. The candidate that proved it last time
    # is tried first (the same rare word is usually missing again).
    first = _LAST_ABSENT.get(id(specs), 0)
    if first < len(candidates):
        name, test = candidates[first][0], candidates[first][1]
        present = fields.get(name)
        if present is None:
            present = _present(tokens, memo, name)
        if present.isdisjoint(test):
            anchor = _EMPTY
    if anchor is None:
        for k, (name, test, _, _) in enumerate(candidates):
            present = fields.get(name)
            if present is None:
                present = _present(tokens, memo, name)
            if present.isdisjoint(test):
                anchor = _EMPTY
                if len(_LAST_ABSENT) > 10000:
                    _LAST_ABSENT.clear()
                _LAST_ABSENT[id(specs)] = k
                break
    if anchor is None:
        # Every required value is present: the rarest word anchors (any candidate would do).
        best = None
        counters: dict = {}
        for candidate in candidates:
            name, test = candidate[0], candidate[1]
            if name in _WORD_FIELDS:
                counts = counters.get(name)
                if counts is None:
                    counts = counters[name] = value_counts(tokens, name)
                count = 0
                for value in test:
                    count += counts.get(value, 0)
                if best is None or count < best[0]:
                    best = (count, candidate)
        if best is None and candidates:
            best = (0, candidates[0])
        if best is not None:
            name, test, before_min, before_max = best[1]
            anchor = (where(tokens, name, test), before_min, before_max)
    memo[id(specs)] = (specs, anchor)
    return anchor


# -- regular expressions from rule files --------------------------------------------------
def safe_compile(pattern, where: str) -> re.Pattern:
    """Compile a rule's regex, refusing nested unbounded quantifiers that backtrack exponentially."""
    if not isinstance(pattern, str):
        raise RuleError(f"{where}: expected a regular expression string")
    if RECORDED is not None:
        RECORDED.add((pattern, 0))
    if (pattern, 0) in _table():
        return lazy(pattern)  # a built-in rule's regex: checked when the table was made
    try:
        compiled = re.compile(pattern)
    except re.error as exc:
        raise RuleError(f"{where}: invalid regular expression {pattern!r}: {exc}") from None
    tree = _parse(pattern)  # once for both structural checks (startup: every rule's regexes)
    if tree is not None and _walk(tree, inside_repeat=False):
        raise RuleError(f"{where}: regular expression {pattern!r} nests unbounded repeats "
                        "(like (a+)+) and could backtrack catastrophically")
    if tree is not None and _walk_branches(list(tree), inside_repeat=False):
        raise RuleError(f"{where}: regular expression {pattern!r} repeats a choice whose alternatives "
                        "can match the same text (like (a|a)* or (x|x?)+) and could backtrack catastrophically")
    return compiled


def _parse(pattern: str):
    from re import _parser

    try:
        return _parser.parse(pattern)
    except Exception:
        return None


def _nested_repeat(pattern: str) -> bool:
    from re import _parser  # the stdlib's own parser: the honest way to see the regex's structure

    try:
        tree = _parser.parse(pattern)
    except Exception:
        return False
    return _walk(tree, inside_repeat=False)


def _walk(items, inside_repeat: bool) -> bool:
    from re import _constants as c

    for op, arg in items:
        if op in (c.MAX_REPEAT, c.MIN_REPEAT, getattr(c, "POSSESSIVE_REPEAT", None)):
            lo, hi, sub = arg
            unbounded = hi == c.MAXREPEAT or hi > 100
            if unbounded and inside_repeat and _can_repeat_variably(sub):
                return True
            if _walk(sub, inside_repeat or unbounded):
                return True
        elif op == c.SUBPATTERN:
            if _walk(arg[-1], inside_repeat):
                return True
        elif op == c.BRANCH:
            if any(_walk(b, inside_repeat) for b in arg[1]):
                return True
        elif op in (c.ASSERT, c.ASSERT_NOT):
            if _walk(arg[1], inside_repeat):
                return True
    return False


def _can_repeat_variably(sub) -> bool:
    return bool(list(sub))


# A repeated choice between alternatives that match the same text, (a|a)* or (x|x?)+, is as
# exponential as (a+)+. Alternatives are expanded into the fixed strings of character classes they
# can match (bounded repeats included); two of equal length that overlap at every position are
# ambiguous. Anything not so expandable is given the benefit of the doubt.
_MAX_EXPANSIONS = 64


def _ambiguous_repeat(pattern: str) -> bool:
    from re import _parser

    try:
        tree = _parser.parse(pattern)
    except Exception:
        return False
    return _walk_branches(list(tree), inside_repeat=False)


def _walk_branches(items, inside_repeat: bool) -> bool:
    from re import _constants as c

    for op, arg in items:
        if op in (c.MAX_REPEAT, c.MIN_REPEAT):
            lo, hi, sub = arg
            if _walk_branches(list(sub), inside_repeat or hi == c.MAXREPEAT or hi > 100):
                return True
        elif op == c.SUBPATTERN:
            if _walk_branches(list(arg[-1]), inside_repeat):
                return True
        elif op == c.BRANCH:
            alternatives = [list(a) for a in arg[1]]
            if inside_repeat and _overlapping_alternatives(alternatives):
                return True
            if any(_walk_branches(a, inside_repeat) for a in alternatives):
                return True
        elif op in (c.ASSERT, c.ASSERT_NOT):
            if _walk_branches(list(arg[1]), inside_repeat):
                return True
    return False


def _overlapping_alternatives(alternatives) -> bool:
    expanded = [_expand(a) for a in alternatives]
    for i in range(len(expanded)):
        for j in range(i + 1, len(expanded)):
            if expanded[i] is None or expanded[j] is None:
                continue
            for x in expanded[i]:
                for y in expanded[j]:
                    if len(x) == len(y) and all(_sets_overlap(a, b) for a, b in zip(x, y)):
                        return True
    return False


def _expand(items):
    """The fixed strings (tuples of one-character tests) a regex piece can match, or None."""
    from re import _constants as c

    results = [()]
    for op, arg in items:
        if op in (c.LITERAL, c.NOT_LITERAL, c.ANY, c.IN):
            options = [((op, arg),)]
        elif op in (c.AT, c.ASSERT, c.ASSERT_NOT):
            continue  # zero width
        elif op == c.SUBPATTERN:
            options = _expand(list(arg[-1]))
        elif op == c.BRANCH:
            options = []
            for alt in arg[1]:
                sub = _expand(list(alt))
                if sub is None:
                    return None
                options += sub
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT) and arg[1] <= 4:
            sub = _expand(list(arg[2]))
            if sub is None:
                return None
            options = []
            for k in range(arg[0], arg[1] + 1):
                chunk = [()]
                for _ in range(k):
                    chunk = [a + b for a in chunk for b in sub]
                    if len(chunk) > _MAX_EXPANSIONS:
                        return None
                options += chunk
        else:
            return None
        results = [a + b for a in results for b in options]
        if len(results) > _MAX_EXPANSIONS:
            return None
    return results


_SAMPLE = "aA0_ -.\t\nあア漢０＿　"


def _sets_overlap(a, b) -> bool:
    """Can one character satisfy both tests? Checked on the characters either names (literals,
    range ends) plus a sample of each kind of character."""
    chars = set(_SAMPLE)
    for op, arg in (a, b):
        chars |= _named_chars(op, arg)
    return any(_char_matches(a, ch) and _char_matches(b, ch) for ch in chars)


def _named_chars(op, arg) -> set:
    from re import _constants as c

    if op in (c.LITERAL, c.NOT_LITERAL):
        return {chr(arg)}
    out = set()
    if op == c.IN:
        for sub_op, sub_arg in arg:
            if sub_op == c.LITERAL:
                out.add(chr(sub_arg))
            elif sub_op == c.RANGE:
                out |= {chr(sub_arg[0]), chr(sub_arg[1])}
    return out


def _char_matches(test, ch: str) -> bool:
    from re import _constants as c

    op, arg = test
    if op == c.LITERAL:
        return ch == chr(arg)
    if op == c.NOT_LITERAL:
        return ch != chr(arg)
    if op == c.ANY:
        return ch != "\n"
    negate = False
    hit = False
    for sub_op, sub_arg in arg:
        if sub_op == c.NEGATE:
            negate = True
        elif sub_op == c.LITERAL:
            hit = hit or ch == chr(sub_arg)
        elif sub_op == c.RANGE:
            hit = hit or sub_arg[0] <= ord(ch) <= sub_arg[1]
        elif sub_op == c.CATEGORY:
            hit = hit or _in_category(sub_arg, ch)
    return hit != negate


def _in_category(category, ch: str) -> bool:
    from re import _constants as c

    tests = {
        c.CATEGORY_DIGIT: r"\d", c.CATEGORY_NOT_DIGIT: r"\D", c.CATEGORY_SPACE: r"\s",
        c.CATEGORY_NOT_SPACE: r"\S", c.CATEGORY_WORD: r"\w", c.CATEGORY_NOT_WORD: r"\W",
    }
    pattern = tests.get(category)
    return True if pattern is None else re.fullmatch(pattern, ch) is not None


# -- literal gates: a cheap proof that a regex cannot match ---------------------------------
_GATE_MAX = 64  # strings a gate may hold (beyond that it costs more than it saves)
_EXACT_MAX = 1024  # strings a fixed piece may expand to while it is being read
_HIRAGANA = range(0x3041, 0x30A0)


@lru_cache(maxsize=256)
def required_literals(compiled: re.Pattern) -> tuple[str, ...] | None:
    """Strings one of which every match of `compiled` contains (read from the parsed regex), or
    None when no such small set is known. A text holding none of them has no match anywhere, in
    any window (a match's text is part of the text, and the string is part of the match)."""
    from re import _parser

    known = known_literals(compiled)
    if known is not UNKNOWN:
        return known
    if compiled.flags & (re.IGNORECASE | re.VERBOSE) or not isinstance(compiled.pattern, str):
        return None
    try:
        tree = _parser.parse(compiled.pattern, compiled.flags)
    except Exception:
        return None
    found = _required(list(tree))
    return tuple(sorted(found, key=lambda s: (len(s), s))) if found else None


# Words most drafts hold: a gate made of them would rarely skip anything.
_COMMON = ("ご連絡 連絡 返信 ご返信 返事 お返事 回答 メール メッセージ DM 今回 今度 一度 には まで 中に お願い "
           "ください いただけ お待ち 待って 確認 拝見 よろしく 失礼 恐縮 ない ので です ます この その した して "
           "ですが ますが たが のに もう 0123456789０１２３４５６７８９一二三四五六七八九十 日 時 月 年")


def _weight(strings) -> tuple:
    # Strings outside common words, longer ones, and fewer of them are rarer in a draft.
    return (-sum(s in _COMMON for s in strings),
            min(sum(1 if ord(c) in _HIRAGANA else 2 for c in s) for s in strings), -len(strings))


def _minimal(strings) -> frozenset:
    """Drop every string that contains another: a text holding it holds the shorter one too."""
    kept: set[str] = set()
    for s in sorted(set(strings), key=len):
        n = len(s)
        if not any(s[i:j] in kept for i in range(n) for j in range(i + 1, n + 1)):
            kept.add(s)
    return frozenset(kept)


def _exact(items):
    """The set of strings a regex piece matches when it is a finite set of fixed strings, else None."""
    from re import _constants as c

    out = {""}
    for op, arg in items:
        if op in (c.AT, c.ASSERT, c.ASSERT_NOT):
            continue  # zero width: the consumed text around it stays adjacent
        if op == c.LITERAL:
            options = {chr(arg)}
        elif op == c.IN:
            options = set()
            for sub_op, sub_arg in arg:
                if sub_op == c.LITERAL:
                    options.add(chr(sub_arg))
                elif sub_op == c.RANGE and sub_arg[1] - sub_arg[0] < 16:
                    options.update(chr(x) for x in range(sub_arg[0], sub_arg[1] + 1))
                else:
                    return None  # NEGATE, CATEGORY, a wide range
        elif op == c.SUBPATTERN:
            if arg[1] & re.IGNORECASE:
                return None
            options = _exact(list(arg[-1]))
        elif op == getattr(c, "ATOMIC_GROUP", None):
            options = _exact(list(arg))
        elif op == c.BRANCH:
            options = set()
            for alt in arg[1]:
                sub = _exact(list(alt))
                if sub is None:
                    return None
                options |= sub
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT, getattr(c, "POSSESSIVE_REPEAT", None)) and arg[1] <= 4:
            sub = _exact(list(arg[2]))
            if sub is None:
                return None
            options = set()
            chunk = {""}
            for k in range(arg[1] + 1):
                if k >= arg[0]:
                    options |= chunk
                chunk = {a + b for a in chunk for b in sub}
                if len(chunk) > _EXACT_MAX:
                    return None
        else:
            return None
        if options is None:
            return None
        out = {a + b for a in out for b in options}
        if len(out) > _EXACT_MAX:
            return None
    return out


def _required(items) -> frozenset | None:
    """A set of non-empty strings one of which every match of the sequence `items` contains."""
    from re import _constants as c

    candidates = []
    run = {""}  # the fixed strings of the current stretch of exact items

    def close():
        nonlocal run
        if run and all(run):
            if len(run) <= _GATE_MAX:
                candidates.append(run)
            else:
                # Too many strings: their first or last characters will do (each match holds
                # those too); every cut small enough is a candidate.
                for keep in (6, 5, 4, 3, 2, 1):
                    for cut in ({a[:keep] for a in run}, {a[-keep:] for a in run}):
                        if len(cut) <= _GATE_MAX:
                            candidates.append(cut)
        run = {""}

    for op, arg in items:
        if op in (c.AT, c.ASSERT, c.ASSERT_NOT):
            continue
        exact = _exact([(op, arg)])
        if exact is not None:
            if exact and all(exact) and len(exact) <= _GATE_MAX:
                candidates.append(exact)  # the piece alone may be the rarer requirement
            # Keep the run small by keeping only the ends of its strings (still inside every match).
            for keep in (None, 4, 3, 2, 1, 0):
                left = run if keep is None else {a[-keep:] if keep else "" for a in run}
                if len(left) * len(exact) <= _EXACT_MAX:
                    joined = {a + b for a in left for b in exact}
                    if keep is None or len(joined) <= _GATE_MAX:
                        break
            if keep == 0 and run != {""}:
                close()
            run = joined
            continue
        close()
        need = None
        if op == c.SUBPATTERN and not arg[1] & re.IGNORECASE:
            need = _required(list(arg[-1]))
        elif op == getattr(c, "ATOMIC_GROUP", None):
            need = _required(list(arg))
        elif op == c.BRANCH:
            union = set()
            for alt in arg[1]:
                sub = _required(list(alt))
                if sub is None:
                    union = None
                    break
                union |= sub
            union = _minimal(union) if union else None
            need = union if union and len(union) <= 8 * _GATE_MAX else None
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT, getattr(c, "POSSESSIVE_REPEAT", None)) and arg[0] >= 1:
            need = _required(list(arg[2]))
        if need:
            candidates.append(need)
    close()
    if not candidates:
        return None
    return _minimal(max(candidates, key=_weight))


# -- the shipped table of required literals ------------------------------------------------------
# required_literals() parses a regex (a few ms for the large ones): literals.json holds its answer
# for every built-in regex (made by `python -m outreach_lint.literal_table --write`; a test checks
# it is current). With it, a gate answers from the first draft without parsing or compiling
# anything, and a draft that holds none of a regex's strings never compiles that regex.
TABLE_FILE = Path(__file__).with_name("literals.json")
UNKNOWN = object()  # a regex the table does not hold
_TABLE: dict | None = None


def _table() -> dict:
    global _TABLE
    if _TABLE is None:
        try:
            data = json.loads(TABLE_FILE.read_text(encoding="utf-8"))
            entries = data["patterns"] if data.get("format") == 1 else []
        except (OSError, ValueError, KeyError, TypeError):
            entries = []  # no table: everything is computed as before, only slower to start
        _TABLE = {(p, f): (tuple(lits) if lits is not None else None) for p, f, lits in entries}
    return _TABLE


def table_key(pattern) -> tuple[str, int] | None:
    """(source, flags without re.UNICODE) of a compiled or lazy regex, read without compiling it."""
    if isinstance(pattern, LazyPattern):
        source, flags = pattern._args
    else:
        source, flags = pattern.pattern, pattern.flags
    return (source, flags & ~re.UNICODE) if isinstance(source, str) else None


def known_literals(pattern):
    """required_literals(pattern) from the table (a tuple or None), or UNKNOWN."""
    key = table_key(pattern)
    if RECORDED is not None and key is not None:
        RECORDED.add(key)
    return _table().get(key, UNKNOWN) if key is not None else UNKNOWN


RECORDED: set | None = None  # literal_table sets it to collect every regex a gate or rule file holds


def any_string_in(strings, text: str) -> bool:
    """Whether one of strings occurs in text (a gate's test before it is built)."""
    for s in strings:
        if s in text:
            return True
    return False


# A gate costs a few ms to build (parsing its regexes, compiling a trie) and saves a few µs per
# draft: linting one draft it would cost more than it saves. Before its WARM_UP-th use a gate
# answers from the table with plain `in` tests when the table holds its regexes, else "may match"
# (always sound: the regex then runs); on use number WARM_UP it is built.
WARM_UP = 8


class BuiltOnUse:
    """A gate that builds itself (`_build`, which sets `_wait` to 0) on its WARM_UP-th use."""

    __slots__ = ()

    def _warm(self) -> bool:
        """Count a use; True once the gate is built."""
        if self._wait:
            self._wait -= 1
            if self._wait > 0:
                return False
            self._build()
        return True

    def ready(self):
        """Build now (tests; a long run builds on its own after WARM_UP uses)."""
        if self._wait:
            self._build()
        return self


class LiteralWindows(BuiltOnUse):
    """Which windows (sentences) of a text may hold a match of any of some regexes: one scan for
    the union of their gates' strings instead of one search per window and regex."""

    def __init__(self, patterns, warm_up: int = WARM_UP):
        self._patterns = tuple(patterns)
        self._wait = warm_up
        self.unknown = True
        known = [known_literals(p) for p in self._patterns]
        # Until built: the table's strings, tested one by one (None: may match anywhere).
        self._pre = (tuple({s for ss in known for s in ss})
                     if all(k is not UNKNOWN and k is not None for k in known) else None)
        if warm_up <= 0:
            self._build()

    def _build(self) -> None:
        self._wait = 0
        strings = [required_literals(p) for p in self._patterns]
        self.unknown = any(s is None for s in strings)
        union = _minimal({s for ss in strings if ss for s in ss}) if not self.unknown else ()
        compiled = _trie_regex(sorted(union)) if union else None
        self._finditer = compiled.finditer if compiled else None
        self._search = compiled.search if compiled else None

    def absent(self, text: str) -> bool:
        """True when no window of text can hold a match (no string occurs at all)."""
        if self._wait and not self._warm():
            return self._pre is not None and not any_string_in(self._pre, text)
        return not self.unknown and (self._search is None or self._search(text) is None)

    def touched(self, text: str, starts: list[int], ends: list[int]) -> set[int] | None:
        """Indices of the windows [starts[k], ends[k]) (sorted, disjoint) that an occurrence of a
        string overlaps (None: every window). A match inside a window holds a whole occurrence;
        the scan may skip an occurrence only for an earlier one overlapping it, which then
        overlaps that window too."""
        if self._wait and not self._warm():
            return set() if self._pre is not None and not any_string_in(self._pre, text) else None
        if self.unknown:
            return None
        found: set[int] = set()
        if self._finditer is None:
            return found
        n = len(ends)
        for m in self._finditer(text):
            a, b = m.span()
            k = bisect_right(ends, a)
            while k < n and starts[k] < b:
                found.add(k)
                k += 1
        return found


def _trie_regex(strings) -> re.Pattern:
    """A regex matching exactly `strings`, shared prefixes factored out: at each position of a
    text only the strings starting with its character are tried, not all of them in turn."""
    trie: dict = {}
    for s in strings:
        node = trie
        for ch in s:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node) -> str:
        parts = [re.escape(ch) + emit(child) if ch else "" for ch, child in sorted(node.items())]
        if len(parts) == 1:
            return parts[0]
        optional = "" in parts
        parts = [p for p in parts if p]
        body = "(?:" + "|".join(parts) + ")"
        return body + "?" if optional else body

    return re.compile(emit(trie))


class LiteralGate(BuiltOnUse):
    """`gate.absent(text)`: True when `compiled` provably has no match in text (see required_literals)."""

    __slots__ = ("strings", "_any", "_source", "_wait")

    def __init__(self, compiled: re.Pattern, warm_up: int = WARM_UP):
        self._source = compiled
        known = known_literals(compiled)
        # Until built: the table's strings, tested one by one with `in` (None: may match).
        self.strings = None if known is UNKNOWN else known
        self._any = None
        self._wait = warm_up
        if warm_up <= 0:
            self._build()

    def _build(self) -> None:
        self._wait = 0
        self._set(required_literals(self._source))

    def _set(self, strings) -> None:
        self.strings = strings
        # Many strings: one scan of a plain alternation beats a `str in` per string.
        self._any = _trie_regex(strings).search if strings and len(strings) > 6 else None

    def absent(self, text: str) -> bool:
        if self._wait:
            self._warm()
        strings = self.strings
        if strings is None:
            return False
        if self._any is not None:
            return self._any(text) is None
        for s in strings:
            if s in text:
                return False
        return True

    def absent_in(self, text: str, lo: int, hi: int) -> bool:
        """absent() for text[lo:hi], as pattern.search(text, lo, hi) sees it (the strings are plain,
        so a string inside the window is found by a search bounded to it)."""
        if self._wait:
            self._warm()
        strings = self.strings
        if strings is None:
            return False
        if self._any is not None:
            return self._any(text, lo, hi) is None
        for s in strings:
            if text.find(s, lo, hi) >= 0:
                return False
        return True

    def bound(self, text: str) -> int | None:
        """At least the number of non-overlapping matches in text (None: unknown). Each match holds
        a whole occurrence of a string, and no string of a gate contains another, so occurrences
        never nest and counting them left to right counts at least that many disjoint ones."""
        if self._wait:
            self._warm()
        strings = self.strings
        if strings is None:
            return None
        if self._any is not None:
            return len(self._findall(text))
        return sum(text.count(s) for s in strings)

    @property
    def _findall(self):
        return self._any.__self__.findall


class RegexSelector(BuiltOnUse):
    """Which of several regexes can match a text, found with one scan instead of one per regex.

    `active(text)` is the set of indexes of the regexes one of whose required strings (see
    required_literals) occurs in the text, plus those without such strings (always run). A regex
    left out cannot match: skipping it changes nothing. Built after WARM_UP uses."""

    def __init__(self, patterns, warm_up: int = WARM_UP):
        self._patterns = tuple(patterns)
        self._all = frozenset(range(len(self._patterns)))
        known = [known_literals(p) for p in self._patterns]
        self._pre = None if any(k is UNKNOWN for k in known) else known  # until built
        self._wait = warm_up
        if warm_up <= 0:
            self._build()

    def _build(self) -> None:
        self._wait = 0
        needs = [required_literals(p) for p in self._patterns]
        self.always = frozenset(k for k, need in enumerate(needs) if need is None)
        self.scan = None
        # A string is looked for from its first rare character (という噂 as 噂): the scan then stops
        # at fewer places, and a text holding the string still holds that end of it.
        needed_by: dict[str, set] = {}
        for k, need in enumerate(needs):
            for w in need or ():
                key = w[next((i for i, ch in enumerate(w) if _rare(ch)), 0):]
                needed_by.setdefault(key, set()).add(k)
        if needed_by:
            # The trie reports the longest key at a position; the shorter ones there are its prefixes.
            self.owners = {w: frozenset().union(*(needed_by.get(w[:i], ()) for i in range(1, len(w) + 1)))
                           for w in needed_by}
            self.scan = _trie_regex(sorted(needed_by))

    def active(self, text: str) -> frozenset:
        if self._wait and not self._warm():  # not built yet: the table's strings, or every regex
            if self._pre is None:
                return self._all
            return frozenset(k for k, need in enumerate(self._pre) if need is None or any_string_in(need, text))
        found = self.always
        if self.scan is None:
            return found
        search, owners = self.scan.search, self.owners
        m = search(text)
        while m:  # from every start, so overlapping strings are all seen
            found = found | owners[m.group()]
            m = search(text, m.start() + 1)
        return found


def _rare(ch: str) -> bool:
    """Kanji, katakana and the like: rarer in a draft than kana, ASCII, brackets and ー."""
    return not (ord(ch) < 0x3000 or "\u3040" <= ch <= "\u309f" or ch in "（）ー")


# -- token lookups shared by the rules of one draft ---------------------------------------
def value_counts(tokens, field: str) -> Counter:
    """How many tokens have each value of `field` (one Counter per field and draft)."""
    if type(tokens) is list or not hasattr(tokens, "memo"):
        return Counter(getattr(t, field) for t in tokens)
    memo = tokens.memo()
    key = ("value_counts", field)
    counts = memo.get(key)
    if counts is None:
        counts = memo[key] = Counter(tokens.column(field))
    return counts


def value_set(tokens, field: str):
    """The values of `field` in the draft, shared per draft: a set (cheaper than a Counter), or for
    word fields, which token patterns count anyway, the keys of value_counts."""
    if type(tokens) is list or not hasattr(tokens, "memo"):
        return {getattr(t, field) for t in tokens}
    if field in _WORD_FIELDS:
        return value_counts(tokens, field).keys()
    memo = tokens.memo()
    key = ("value_set", field)
    values = memo.get(key)
    if values is None:
        values = memo[key] = set(tokens.column(field))
    return values


def where(tokens, field: str, values: frozenset) -> list[int]:
    """Sorted positions of the tokens whose `field` is in `values` (a frozenset), shared per draft.
    Values the draft has are counted and found with list.count and list.index, in C."""
    if type(tokens) is list or not hasattr(tokens, "memo"):
        return [i for i, t in enumerate(tokens) if getattr(t, field) in values]
    memo = tokens.memo()
    key = ("where", field, values)
    found = memo.get(key)
    if found is None:
        col = tokens.column(field)
        counts = value_counts(tokens, field) if field in _WORD_FIELDS else None
        present = value_set(tokens, field)
        hits = [v for v in values if v in present] if len(values) <= len(present) else \
            [v for v in present if v in values]
        if len(hits) > 4:
            found = [i for i, v in enumerate(col) if v in values]
        else:
            found = []
            for v in hits:
                i = -1
                for _ in range(counts[v] if counts is not None else col.count(v)):
                    i = col.index(v, i + 1)
                    found.append(i)
            if len(hits) > 1:
                found.sort()
        memo[key] = found
    return found
