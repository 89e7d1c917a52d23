"""Speed-ups of the language rules must not change a finding: literal gates never hide a match,
the early-exit helpers answer as the full readings do, and the faster scans equal the plain ones."""
from __future__ import annotations

import json
import random
import re
import tomllib
from pathlib import Path

import pytest

from outreach_lint import speech
from outreach_lint.checks import demands_reply, mixed_style, pushy_follow_up, too_stiff
from outreach_lint.document import Document
from outreach_lint.patterns import LiteralGate, required_literals

ROOT = Path(__file__).resolve().parents[1]


def _corpus() -> list[str]:
    texts = []
    for name in ("drafts_a.jsonl", "drafts_b.jsonl"):
        for line in (ROOT / "tests" / "corpus" / name).read_text(encoding="utf-8").splitlines():
            if line.strip():
                texts.append(json.loads(line)["text"])
    for path in sorted((ROOT / "rules").glob("*.toml")):
        examples = tomllib.loads(path.read_text(encoding="utf-8")).get("examples", {})
        for item in examples.get("bad", []) + examples.get("good", []):
            texts.append(item if isinstance(item, str) else item["text"])
    return texts


CORPUS = _corpus()


def _gated_regexes() -> list[re.Pattern]:
    out = [pushy_follow_up._STRONG, pushy_follow_up._MEDIUM, pushy_follow_up._WEAK]
    out += list(demands_reply._GATES)
    out += [too_stiff._LETTER, too_stiff._APOLOGY, too_stiff._HUMBLE, too_stiff._STRONG]
    data = tomllib.loads((ROOT / "rules" / "template-placeholder.toml").read_text(encoding="utf-8"))
    out += [re.compile(p) for p in data["patterns"]]
    return out


def _mutations(rng: random.Random, text: str, pieces: list[str]) -> str:
    """The text with a few pieces of regex-shaped text spliced in at random places."""
    for _ in range(rng.randint(1, 4)):
        at = rng.randint(0, len(text))
        text = text[:at] + rng.choice(pieces) + text[at:]
    return text


@pytest.mark.parametrize("compiled", _gated_regexes(), ids=lambda p: p.pattern[:30])
def test_gate_never_hides_a_match(compiled):
    gate = LiteralGate(compiled, warm_up=0)
    rng = random.Random(7)
    pieces = list(gate.strings or ()) + ["まだ", "ご返信", "三度目の", "いただけていない", "のですが", "〇〇", "XX", "{"]
    texts = CORPUS + [_mutations(rng, rng.choice(CORPUS), pieces) for _ in range(400)]
    for text in texts:
        matches = [m for m in compiled.finditer(text)]
        if gate.absent(text):
            assert not matches, (compiled.pattern[:60], text)
        bound = gate.bound(text)
        if bound is not None:
            assert bound >= len(matches), (compiled.pattern[:60], text)
        for _ in range(3):  # a sentence's window, as the rules search it
            lo = rng.randint(0, len(text))
            hi = rng.randint(lo, len(text))
            if gate.absent_in(text, lo, hi):
                assert compiled.search(text, lo, hi) is None, (compiled.pattern[:60], text, lo, hi)


@pytest.mark.parametrize("pattern", [
    r"ab(?:c|d)e", r"(?:ab|cd)?ef", r"x[0-9]y|zz", r"(?<!a)bc+d", r"(?:う|お)(?:い|え){2}", r"a.b", r"\w+", r"(a)\1",
    r"[^あ]{2}い", r"(?:ab|a)(?:bc|c)", r"(?i:ab)c", r"(?:ab)+c?", r"(?:x|y|)z",
])
def test_required_literals_on_small_regexes(pattern):
    compiled = re.compile(pattern)
    strings = required_literals(compiled)
    rng = random.Random(3)
    for _ in range(3000):
        text = "".join(rng.choice("abcdexyzうおいえあい0") for _ in range(rng.randint(0, 8)))
        for m in compiled.finditer(text):
            if strings is not None:
                assert any(s in m.group(0) for s in strings), (pattern, strings, m.group(0))


def test_early_exit_helpers_agree_with_full_readings():
    for text in CORPUS:
        for platform in ("generic", "x"):
            doc = Document(text, platform=platform)
            assert speech.has_specifics(doc) == bool(speech.specifics(doc)), text
            assert speech.has_interest(doc) == bool(speech.interest(doc)), text
            found = speech.asks(doc)
            assert speech.has_real_offers(doc, found) == bool(speech.real_offers(doc, found)), text
            assert speech.named_addressees(doc, first_only=True) == speech.named_addressees(doc)[:1], text


def _quote_spans_plain(text: str) -> list[tuple[int, int]]:
    spans, stack = [], []
    for i, ch in enumerate(text):
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
        if ch in mixed_style._OPEN and not (ch in "\"＂" and stack and stack[-1][0] == ch):
            stack.append((mixed_style._OPEN[ch], i))
    return spans


def test_quote_spans_equal_the_character_walk():
    rng = random.Random(11)
    alphabet = "「」『』“”〝〟＂\"あ漢\r\n "
    texts = CORPUS + ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 40))) for _ in range(2000)]
    for text in texts:
        assert mixed_style._quote_spans(text) == _quote_spans_plain(text), text


def test_folded_gate_never_hides_a_match_in_the_folded_view():
    from outreach_lint.kinds import _ViewGate

    data = tomllib.loads((ROOT / "rules" / "template-placeholder.toml").read_text(encoding="utf-8"))
    rng = random.Random(5)
    fold = {c: c - 0xFEE0 for c in range(0xFF01, 0xFF5F)}
    fold[0x3000] = 0x20
    pieces = ["{name}", "｛ｎａｍｅ｝", "%NAME%", "％ＮＡＭＥ％", "ＸＸ様", "XX社", "〇〇", "＿＿", "[名前]", "［名前］", "＊＊", "　"]
    texts = CORPUS + [_mutations(rng, rng.choice(CORPUS), pieces) for _ in range(400)]
    for pattern in data["patterns"]:
        compiled = re.compile(pattern)
        gate = _ViewGate(compiled, True).ready()
        for text in texts:
            if gate.absent(text):
                assert compiled.search(text.translate(fold)) is None, (pattern, text)


def test_trie_regex_matches_exactly_its_strings():
    from outreach_lint.patterns import _trie_regex

    rng = random.Random(2)
    for _ in range(300):
        strings = {"".join(rng.choice("abあい.*") for _ in range(rng.randint(1, 4))) for _ in range(rng.randint(1, 12))}
        compiled = _trie_regex(sorted(strings))
        for _ in range(30):
            probe = "".join(rng.choice("abあい.*") for _ in range(rng.randint(0, 5)))
            assert (compiled.fullmatch(probe) is not None) == (probe in strings), (strings, probe)


def test_demands_sentence_windows_keep_every_possible_sentence():
    """The one-scan window filter keeps every sentence the per-sentence gates would keep."""
    rng = random.Random(9)
    pieces = ["至急", "ご返信", "までに", "ください", "必ず", "すぐに", "要返信", "返事がない場合", "。", "\n"]
    for gate in [*demands_reply._GATES.values(), demands_reply._ALONE, demands_reply._NEEDS_REQUEST, demands_reply._REQUEST]:
        gate.ready()  # compare built gates (before WARM_UP uses every gate says "may match")
    for text in CORPUS + [_mutations(rng, rng.choice(CORPUS), pieces) for _ in range(400)]:
        doc = Document(text)
        sentences = doc.sentences
        starts, ends = [s.start for s in sentences], [s.end for s in sentences]
        alone = demands_reply._ALONE.touched(doc.view, starts, ends)
        need_both = demands_reply._NEEDS_REQUEST.touched(doc.view, starts, ends)
        request = demands_reply._REQUEST.touched(doc.view, starts, ends)
        for k, s in enumerate(sentences):
            if not demands_reply._no_demand_in(doc.view, s.start, s.end):
                assert alone is None or k in alone or (
                    (need_both is None or k in need_both) and (request is None or k in request)), text


def test_pushy_marker_windows_keep_every_sentence_with_a_match():
    rng = random.Random(13)
    pieces = ["まだ", "ご返信", "三度目の", "いただけていないのですが", "何度もご連絡しておりますが", "既読なのに", "。", "\n",
              "読まれましたか", "お待ちしているのですが"]
    for text in CORPUS + [_mutations(rng, rng.choice(CORPUS), pieces) for _ in range(400)]:
        doc = Document(text)
        starts, ends = [s.start for s in doc.sentences], [s.end for s in doc.sentences]
        any_match = False
        for _, pattern, windows in pushy_follow_up._MARKERS:
            touched = windows.touched(doc.view, starts, ends)
            for k, s in enumerate(doc.sentences):
                if pattern.search(doc.view, s.start, s.end):
                    any_match = True
                    assert touched is None or k in touched, (pattern.pattern[:40], text)
        if any_match:
            assert not pushy_follow_up._ANY_MARKER.absent(doc.view), text


def test_gates_answer_may_match_until_built():
    """A gate built on its WARM_UP-th use says 'may match' before (the regex then runs): a one-draft
    run pays nothing for gates, and a gate never hides a match on any use."""
    from outreach_lint.patterns import WARM_UP, LiteralWindows

    compiled = re.compile("ご返信(?:を|が)")
    gate, windows = LiteralGate(compiled), LiteralWindows((compiled,))
    answers = [(gate.absent("xyz"), gate.bound("xyz"), windows.absent("xyz"), windows.touched("xyz", [0], [3]))
               for _ in range(WARM_UP + 1)]
    assert answers[0] == (False, None, False, None)
    assert answers[-1] == (True, 0, True, set())
