"""The closed set of data-rule kinds. A rule file names one; anything else is a load error."""
from __future__ import annotations

import bisect
import re

from .errors import RuleError
from .patterns import (UNKNOWN, WARM_UP, BuiltOnUse, LiteralGate, any_string_in, compile_pattern, find_in,
                       known_literals, match_bound, pair_present, present_values, required_pairs, required_tests,
                       safe_compile)
from .rule import Context

_TEMPLATE_FIELD = re.compile(r"\{(\w+)(?:\.(surface|base|lemma))?\}")


def _compile_regexes(data: dict, key: str, where: str) -> list[re.Pattern]:
    value = data.get(key, [])
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list):
        raise RuleError(f"{where}: `{key}` must be a list of regular expressions")
    return [safe_compile(v, f"{where}: {key}[{i}]") for i, v in enumerate(value)]


def _check_template(template, where: str) -> None:
    if template is None:
        return
    if not isinstance(template, str):
        raise RuleError(f"{where}: expected a string template")
    stripped = _TEMPLATE_FIELD.sub("", template)
    if "{" in stripped or "}" in stripped:
        raise RuleError(f"{where}: template {template!r} may only use {{name}} or {{name.surface|base|lemma}}")


def _fill(template: str, caps: dict) -> str:
    def repl(m):
        tok = caps.get(m.group(1))
        return "" if tok is None else getattr(tok, m.group(2) or "surface")

    return _TEMPLATE_FIELD.sub(repl, template)


_WORDS = frozenset({"surface", "lemma", "base"})


class _Excepted:
    """`exceptions`: regexes whose matches (in the sentence's neighbourhood) silence a hit."""

    def __init__(self, data, where):
        self.patterns = _compile_regexes(data, "exceptions", where)

    def spans(self, ctx: Context) -> "_Spans":
        return _Spans(m.span() for p in self.patterns for m in p.finditer(ctx.doc.view))

    @staticmethod
    def covered(spans, start, end) -> bool:
        if isinstance(spans, _Spans):
            return spans.covers(start, end)
        return any(a <= start and end <= b for a, b in spans)


class _Spans(list):
    """Exception spans, sorted, with the furthest end so far: "is [start, end) inside one of them"
    in log time (thousands of exceptions and hits in one long draft must not multiply)."""

    def __init__(self, spans):
        super().__init__(sorted(spans))
        self._starts = [a for a, _ in self]
        self._reach = []
        furthest = -1
        for _, b in self:
            furthest = max(furthest, b)
            self._reach.append(furthest)

    def covers(self, start: int, end: int) -> bool:
        i = bisect.bisect_right(self._starts, start) - 1
        return i >= 0 and self._reach[i] >= end


def build_existence(data: dict, where: str):
    regexes = _compile_regexes(data, "patterns", where)
    token_patterns = [compile_pattern(p, f"{where}: tokens[{i}]") for i, p in enumerate(data.get("tokens", []))]
    if not regexes and not token_patterns:
        raise RuleError(f"{where}: an existence rule needs `patterns` or `tokens`")
    folded = bool(data.get("folded", False))
    exc = _Excepted(data, where)
    gates = [_ViewGate(p, folded) for p in regexes]
    any_gate = _AnyOf(gates) if gates else None

    def check(ctx: Context) -> None:
        doc = ctx.doc
        spans = None  # the exceptions are only read once something matches
        view = doc.view
        if any_gate is not None and any_gate.absent(view):
            live = []
        else:
            live = [p for p, gate in zip(regexes, gates) if not gate.absent(view)]
        text = (doc.folded if folded else view) if live else None
        # One finding per place, whichever patterns match there: the places reported so far are disjoint,
        # kept sorted by start (so their ends are sorted too) and looked up by bisection — a draft of
        # 25,000 slots checked each match against every earlier one.
        starts: list[int] = []
        ends: list[int] = []
        for pattern in live:
            for m in pattern.finditer(text):
                a, b = m.span()
                if b > a:
                    if spans is None:
                        spans = exc.spans(ctx)
                    k = bisect.bisect_left(starts, b)  # places starting before this match ends
                    if not exc.covered(spans, a, b) and not (k and ends[k - 1] > a):
                        starts.insert(k, a)
                        ends.insert(k, b)
                        ctx.report(a, b, match=doc.text[a:b])
        for specs in token_patterns:
            for i, j, _ in find_in(specs, doc.tokens, doc.sentences):
                start, end = doc.tokens[i].start, doc.tokens[j - 1].end
                if spans is None:
                    spans = exc.spans(ctx)
                if not exc.covered(spans, start, end):
                    ctx.report(start, end, match=doc.text[start:end])

    return check


# Document.folded maps U+FF01-U+FF5E to ASCII and U+3000 to a space, one character for one.
_UNFOLD = {chr(c - 0xFEE0): chr(c) for c in range(0xFF01, 0xFF5F)}
_UNFOLD[" "] = "\u3000"


class _ViewGate(BuiltOnUse):
    """A LiteralGate read on the view for a regex that runs on the folded view: a string is in
    the folded view only if one of its unfolded spellings is in the view. Strings with a full-width
    character can never be in the folded view and are dropped. Built after WARM_UP uses; before,
    the table's strings are tested one by one (or, without them, the regex runs)."""

    def __init__(self, compiled: re.Pattern, folded: bool):
        self._args = (compiled, folded)
        self._wait = WARM_UP
        self.gate = None
        known = known_literals(compiled)
        self._pre = None if known is UNKNOWN or known is None else (_spellings(known) if folded else known)

    def _build(self) -> None:
        self._wait = 0
        self.gate = self._gate()

    def _gate(self) -> LiteralGate:
        compiled, folded = self._args
        gate = LiteralGate(compiled, warm_up=0)
        if folded and gate.strings is not None:
            spellings = _spellings(gate.strings)
            if spellings is None:
                gate.strings = None  # too many spellings: no gate
                return gate
            gate = _Strings(spellings)
        return gate

    def absent(self, view: str) -> bool:
        if self._wait and not self._warm():
            return self._pre is not None and not any_string_in(self._pre, view)
        return self.gate.absent(view)


def _spellings(strings) -> tuple[str, ...] | None:
    """The view spellings of strings sought in the folded view (None: too many to test)."""
    spellings = set()
    for s in strings:
        if any("\uff01" <= ch <= "\uff5e" or ch == "\u3000" for ch in s):
            continue
        options = [""]
        for ch in s:
            options = [o + v for o in options for v in ((ch, _UNFOLD[ch]) if ch in _UNFOLD else (ch,))]
        spellings.update(options)
        if len(spellings) > 256:
            return None
    return tuple(sorted(spellings))


class _AnyOf(BuiltOnUse):
    """One scan for all of a rule's regexes (their gates' strings together): a draft without any
    of them skips them all. Built after WARM_UP uses."""

    def __init__(self, gates: list[_ViewGate]):
        self._gates = gates
        self._wait = WARM_UP
        self._gate = None
        pres = [g._pre for g in gates]
        self._pre = tuple({s for p in pres for s in p}) if all(p is not None for p in pres) else None

    def _build(self) -> None:
        self._wait = 0
        strings = [g.ready().gate.strings for g in self._gates]
        if None not in strings:
            self._gate = _Strings(tuple(sorted({s for ss in strings for s in ss})))

    def absent(self, view: str) -> bool:
        if self._wait and not self._warm():
            return self._pre is not None and not any_string_in(self._pre, view)
        return self._gate is not None and self._gate.absent(view)


class _Strings(LiteralGate):
    __slots__ = ()

    def __init__(self, strings):
        self._source = None
        self._wait = 0
        self._set(strings)


def _check_replacement(compiled: re.Pattern, replacement: str) -> None:
    """Group references (\\2, \\g<name>) must exist: checked now, not on the first match of a draft."""
    from re import _parser  # the stdlib's own template parser, as re.sub uses it

    try:
        _parser.parse_template(replacement, compiled)
    except TypeError:  # a Python whose parser takes other arguments: fall back to a dry run
        compiled.sub(replacement, "")


def build_substitution(data: dict, where: str):
    swap = data.get("swap")
    if not isinstance(swap, dict) or not swap:
        raise RuleError(f"{where}: a substitution rule needs a `swap` table of pattern = replacement")
    pairs = []
    for pattern, replacement in swap.items():
        if not isinstance(replacement, str):
            raise RuleError(f"{where}: swap[{pattern!r}] must be a replacement string")
        compiled = safe_compile(pattern, f"{where}: swap")
        try:
            _check_replacement(compiled, replacement)
        except (re.error, IndexError) as exc:
            raise RuleError(f"{where}: swap[{pattern!r}]: bad replacement {replacement!r}: {exc}") from None
        pairs.append((compiled, replacement))
    exc = _Excepted(data, where)

    def check(ctx: Context) -> None:
        doc = ctx.doc
        spans = exc.spans(ctx)
        for compiled, replacement in pairs:
            for m in compiled.finditer(doc.view):
                if m.end() > m.start() and not exc.covered(spans, *m.span()):
                    expected = m.expand(replacement)
                    ctx.report(m.start(), m.end(), fix=expected, match=m.group(0), expected=expected)

    return check


def build_sequence(data: dict, where: str):
    entries = data.get("sequence")
    if not isinstance(entries, list) or not entries:
        raise RuleError(f"{where}: a sequence rule needs [[sequence]] entries with `tokens`")
    compiled = []
    for i, entry in enumerate(entries):
        if not isinstance(entry, dict) or "tokens" not in entry:
            raise RuleError(f"{where}: sequence[{i}] needs `tokens`")
        _check_template(entry.get("expected"), f"{where}: sequence[{i}].expected")
        _check_template(entry.get("message"), f"{where}: sequence[{i}].message")
        compiled.append((compile_pattern(entry["tokens"], f"{where}: sequence[{i}].tokens"),
                         entry.get("expected"), entry.get("message")))
    exc = _Excepted(data, where)
    # Each distinct required (field, values) test of the patterns, and which ones each pattern needs.
    tests: dict[tuple, int] = {}
    # Word fields only: parts of speech (名詞, 助動詞) are in nearly every draft.
    needs = [frozenset(tests.setdefault(t, len(tests)) for t in required_tests(specs) if t[0] in _WORDS)
             for specs, _, _ in compiled]
    tests = list(tests)
    # And each distinct pair of neighbouring values a match takes (為る then 事).
    pairs: dict[tuple, int] = {}
    pair_needs = [tuple(pairs.setdefault(p, len(pairs)) for p in required_pairs(specs)) for specs, _, _ in compiled]
    pairs = list(pairs)

    def check(ctx: Context) -> None:
        doc = ctx.doc
        spans = exc.spans(ctx)
        tokens = doc.tokens
        # A pattern needing a value the draft lacks has no match: one test per value, not per pattern.
        fields: dict = {}
        absent = set()
        for k, (name, values) in enumerate(tests):
            present = fields.get(name)
            if present is None:
                present = fields[name] = present_values(tokens, name)
            if present.isdisjoint(values):
                absent.add(k)
        taken: list[tuple[int, int]] = []  # sorted and disjoint, so an overlap test is one bisect
        # Pattern by pattern (matches in different sentences never overlap, so `taken` and the
        # findings are those of going sentence by sentence).
        pair_absent: dict[int, bool] = {}
        for (specs, expected, message), need, pair_need in zip(compiled, needs, pair_needs):
            if not absent.isdisjoint(need):
                continue
            missing = False
            for k in pair_need:
                gone = pair_absent.get(k)
                if gone is None:
                    gone = pair_absent[k] = not pair_present(tokens, pairs[k])
                if gone:
                    missing = True
                    break
            if missing:
                continue
            for i, j, caps in find_in(specs, doc.tokens, doc.sentences):
                start, end = doc.tokens[i].start, doc.tokens[j - 1].end
                if exc.covered(spans, start, end) or _overlaps(taken, start, end):
                    continue
                bisect.insort(taken, (start, end))
                fix = _fill(expected, caps) if expected is not None else None
                msg = _fill(message, caps) if message else None
                match = doc.text[start:end]
                if msg is not None:
                    msg = msg.replace("%s", match)
                ctx.report(start, end, message=msg, fix=fix, match=match, expected=fix or "")

    return check


def _overlaps(taken: list[tuple[int, int]], start: int, end: int) -> bool:
    k = bisect.bisect_left(taken, (end,))
    return k > 0 and taken[k - 1][1] > start


def build_occurrence(data: dict, where: str):
    """More than `max` occurrences of a form in one draft."""
    regexes = _compile_regexes(data, "patterns", where)
    token_patterns = [compile_pattern(p, f"{where}: tokens[{i}]") for i, p in enumerate(data.get("tokens", []))]
    if not regexes and not token_patterns:
        raise RuleError(f"{where}: an occurrence rule needs `patterns` or `tokens`")
    limit = data.get("max")
    if not isinstance(limit, int) or limit < 0:
        raise RuleError(f"{where}: an occurrence rule needs `max`, a whole number")

    def possible(ctx: Context) -> bool:
        """False when the draft provably has at most `max` occurrences (token patterns only)."""
        if regexes:
            return True
        bound = 0
        for specs in token_patterns:
            b = match_bound(specs, ctx.doc.tokens)
            if b is None:
                return True
            bound += b
        return bound > ctx.options.get("max", limit)

    def check(ctx: Context) -> None:
        if not possible(ctx):
            return
        doc = ctx.doc
        hits = [m.span() for p in regexes for m in p.finditer(doc.view) if m.end() > m.start()]
        for specs in token_patterns:
            hits += [(doc.tokens[i].start, doc.tokens[j - 1].end) for i, j, _ in find_in(specs, doc.tokens, doc.sentences)]
        maximum = ctx.options.get("max", limit)
        if len(hits) > maximum:
            hits.sort()
            start, end = hits[maximum]
            ctx.report(start, end, count=len(hits), max=maximum, match=doc.text[start:end])

    check.possible = possible
    return check


KINDS = {
    "existence": build_existence,
    "substitution": build_substitution,
    "sequence": build_sequence,
    "occurrence": build_occurrence,
}
# `code` is the last kind: the check is a Python function in outreach_lint.checks.
ALL_KINDS = (*KINDS, "code")
