"""Token patterns over fugashi/UniDic fields, in the shape textlint-ja uses for its dictionaries.

A pattern is a list of token specs. Each key of a spec must equal the token's field (a list means
any of); `_skippable` makes a spec optional; `_capture` names the matched token for messages.
Keys ending in `_re` match the field by regular expression.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .errors import RuleError

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


def find_all(specs: list[Spec], tokens, lo: int, hi: int):
    """Non-overlapping matches within tokens[lo:hi], left to right."""
    i = lo
    while i < hi:
        got = match_at(specs, tokens, i, hi)
        if got and got[0] > i:
            yield i, got[0], got[1]
            i = got[0]
        else:
            i += 1


# -- regular expressions from rule files --------------------------------------------------
def safe_compile(pattern, where: str) -> re.Pattern:
    """Compile a rule's regex, refusing nested unbounded quantifiers that backtrack exponentially."""
    if not isinstance(pattern, str):
        raise RuleError(f"{where}: expected a regular expression string")
    try:
        compiled = re.compile(pattern)
    except re.error as exc:
        raise RuleError(f"{where}: invalid regular expression {pattern!r}: {exc}") from None
    if _nested_repeat(pattern):
        raise RuleError(f"{where}: regular expression {pattern!r} nests unbounded repeats "
                        "(like (a+)+) and could backtrack catastrophically")
    return compiled


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
