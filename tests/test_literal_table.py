"""literals.json, the shipped answers of required_literals() for the built-in regexes: it is current,
every answer is sound, and gates answering from it before they are built never hide a match."""
from __future__ import annotations

import json
import random
import re
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

from outreach_lint import patterns
from outreach_lint.checks import contact_preference, demands_reply, personal_content, pushy_follow_up
from outreach_lint.document import _FOLD, Document
from outreach_lint.kinds import _AnyOf, _ViewGate
from outreach_lint.lazyre import LazyPattern, lazy
from outreach_lint.patterns import UNKNOWN, LiteralGate, LiteralWindows, RegexSelector, known_literals, safe_compile

ROOT = Path(__file__).resolve().parents[1]
ENTRIES = json.loads(patterns.TABLE_FILE.read_text(encoding="utf-8"))["patterns"]


def _texts() -> list[str]:
    texts = []
    for path in sorted((ROOT / "tests" / "corpus").glob("*.jsonl")):
        texts += [json.loads(line)["text"] for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    for path in sorted((ROOT / "rules").glob("*.toml")):
        examples = tomllib.loads(path.read_text(encoding="utf-8")).get("examples", {})
        texts += [e if isinstance(e, str) else e["text"] for e in examples.get("bad", []) + examples.get("good", [])]
    # Each table string spliced into corpus text, so every regex gets texts that come close to it.
    rng = random.Random(17)
    strings = sorted({s for _, _, lits in ENTRIES for s in lits or ()})
    for _ in range(1500):
        text = rng.choice(texts)
        for _ in range(rng.randint(1, 3)):
            at = rng.randint(0, len(text))
            text = text[:at] + rng.choice(strings) + rng.choice(["", "を", "ください", "です", "1", "　"]) + text[at:]
        texts.append(text)
    return texts


TEXTS = _texts()


def test_table_is_current():
    """Regenerated from the rules as they load now, the table is byte for byte the shipped file."""
    done = subprocess.run([sys.executable, "-m", "outreach_lint.literal_table", "--check"], capture_output=True,
                          text=True, timeout=120)
    assert done.returncode == 0, done.stderr


def test_table_holds_the_gated_regexes():
    for _, pattern in personal_content._PATTERNS + contact_preference._CHANNELS:
        assert known_literals(pattern) is not UNKNOWN, pattern._args[0][:40]
    for pattern in (pushy_follow_up._STRONG, pushy_follow_up._MEDIUM, pushy_follow_up._WEAK, *demands_reply._GATES):
        assert known_literals(pattern) is not UNKNOWN
    assert known_literals(re.compile("ご返信(?:を|が)")) is UNKNOWN  # not a built-in regex


def test_every_built_in_regex_can_be_gated():
    """A regex with no required strings (an alternative opening with a bare character class, or an
    alternation past the gate's 512 strings) runs on every sentence of every draft: demands-reply's
    _FIXED once grew past the cap and the rule took four times as long."""
    assert [source[:40] for source, _, strings in ENTRIES if strings is None] == []


@pytest.mark.parametrize("source, flags, strings", ENTRIES, ids=lambda v: str(v)[:30] if isinstance(v, str) else "")
def test_every_table_answer_is_sound(source, flags, strings):
    """A text in which the regex finds a match holds one of the table's strings for it."""
    if strings is None:
        return
    compiled = re.compile(source, flags)
    for text in TEXTS:
        if compiled.search(text):
            assert any(s in text for s in strings), (source[:40], text)


def test_the_texts_reach_most_table_regexes():
    """Else the soundness test above would pass without testing much."""
    gated = [re.compile(source, flags) for source, flags, strings in ENTRIES if strings is not None]
    reached = sum(any(p.search(t) for t in TEXTS) for p in gated)
    assert reached >= 0.75 * len(gated), (reached, len(gated))


def test_selector_before_warm_up_never_skips_a_regex_that_matches():
    for chosen in (personal_content._PATTERNS, contact_preference._CHANNELS):
        regexes = [p for _, p in chosen]
        selector = RegexSelector(regexes, warm_up=10**9)  # answers from the table on every use
        assert selector._pre is not None
        for text in TEXTS:
            active = selector.active(text)
            for k, p in enumerate(regexes):
                if p.search(text):
                    assert k in active, (p.pattern[:40], text)


def test_windows_and_gates_before_warm_up_never_hide_a_match():
    regexes = [pushy_follow_up._STRONG, pushy_follow_up._MEDIUM, pushy_follow_up._WEAK, *demands_reply._GATES]
    for p in regexes:
        gate, windows = LiteralGate(p, warm_up=10**9), LiteralWindows((p,), warm_up=10**9)
        assert gate.strings is not None and windows._pre is not None
        for text in TEXTS:
            if p.search(text):
                assert not gate.absent(text) and not windows.absent(text), (p.pattern[:40], text)
                assert gate.bound(text) >= 1
                assert windows.touched(text, [0], [len(text)]) is None
            elif windows.absent(text):
                assert windows.touched(text, [0], [len(text)]) == set()


def test_folded_view_gates_before_warm_up_never_hide_a_match():
    data = tomllib.loads((ROOT / "rules" / "template-placeholder.toml").read_text(encoding="utf-8"))
    regexes = [safe_compile(p, "test") for p in data["patterns"]]
    gates = [_ViewGate(p, True) for p in regexes]
    any_gate = _AnyOf(gates)
    assert any_gate._pre is not None
    for text in TEXTS + ["ｘｘ様", "［名前］さん", "｛｛company｝｝", "〇〇　様"]:
        folded = text.translate(_FOLD)
        hits = [p for p in regexes if p.search(folded)]
        if hits:
            assert not any_gate.absent(text), text
        for p, gate in zip(regexes, gates):
            if p in hits:
                assert not gate.absent(text), (p.pattern[:40], text)


def test_a_regex_whose_strings_are_absent_is_never_compiled():
    """The point of the table: a one-draft run compiles only the regexes its draft may match."""
    regexes = [lazy(p._args[0]) for _, p in personal_content._PATTERNS]
    selector = RegexSelector(regexes)
    draft = Document("先日の勉強会でのご発表、設計の考え方がとても参考になりました。").view
    assert selector.active(draft) == frozenset()
    assert all(isinstance(p, LazyPattern) and "search" not in vars(p) for p in regexes)  # none compiled


def test_rule_file_regexes_in_the_table_compile_on_first_use():
    source = tomllib.loads((ROOT / "rules" / "template-placeholder.toml").read_text(encoding="utf-8"))["patterns"][0]
    compiled = safe_compile(source, "test")
    assert isinstance(compiled, LazyPattern) and "search" not in vars(compiled)
    plain = re.compile(source)
    assert [m.span() for t in TEXTS for m in compiled.finditer(t)] == [m.span() for t in TEXTS for m in plain.finditer(t)]
    with pytest.raises(Exception, match="nests unbounded repeats"):
        safe_compile("(a+)+$", "test")  # anything else is still checked when the rule loads
