"""lazy(): a pattern compiled on first use behaves like re.compile's, and compiles once."""
import re

from outreach_lint import lazyre
from outreach_lint.lazyre import lazy


def test_same_results_as_compiled():
    eager = re.compile(r"(\d+)-(?P<tail>\d+)?", re.I)
    late = lazy(r"(\d+)-(?P<tail>\d+)?", re.I)
    text = "03-1234 と 090- と x"
    assert late.search(text).span() == eager.search(text).span()
    assert late.match(text).groups() == eager.match(text).groups()
    assert late.fullmatch("1-2").group("tail") == "2"
    assert [m.span() for m in late.finditer(text)] == [m.span() for m in eager.finditer(text)]
    assert late.findall(text) == eager.findall(text)
    assert late.sub("#", text) == eager.sub("#", text)
    assert late.split(text) == eager.split(text)
    assert (late.pattern, late.flags, late.groups, dict(late.groupindex)) == \
           (eager.pattern, eager.flags, eager.groups, dict(eager.groupindex))


def test_compiles_on_first_use_only(monkeypatch):
    calls = []
    real = re.compile
    monkeypatch.setattr(lazyre.re, "compile", lambda *a: calls.append(a) or real(*a))
    p = lazy("ab+")
    assert calls == []  # defining it costs nothing
    assert p.search("xabb").group() == "abb"
    assert p.match("abbb") and not p.match("b")
    assert len(calls) == 1


def test_bad_pattern_fails_at_first_use():
    p = lazy("(")
    try:
        p.search("x")
    except re.error:
        pass
    else:
        raise AssertionError("an invalid pattern must raise re.error")
