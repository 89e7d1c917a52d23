"""The shortcuts that make personal-content, contact-preference and phone-number cheap are sound:
a regex or a matcher that a gate skips could not have found anything."""
from __future__ import annotations

import json
import random
import re
from pathlib import Path

import pytest

from outreach_lint.checks import contact_preference, personal_content, phone_number
from outreach_lint.patterns import RegexSelector, required_literals

ROOT = Path(__file__).resolve().parent.parent


def _corpus() -> list[str]:
    texts = []
    for path in sorted((ROOT / "tests" / "corpus").glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                texts.append(json.loads(line)["text"])
    return texts


# -- RegexSelector ----------------------------------------------------------------------------
@pytest.mark.parametrize("pattern, needs", [
    (r"二日酔い?|泥酔", {"二日酔", "泥酔"}),
    (r"(?:飲|呑)み過ぎ", {"飲み過ぎ", "呑み過ぎ"}),
    (r"(?<!お)噂(?:話|では)", {"噂話", "噂では"}),
    (r"[（(]\s?笑|(?<![a-z])[wｗ]{2,}", {"笑", "w", "ｗ"}),
])
def test_required_literals(pattern, needs):
    assert set(required_literals(re.compile(pattern))) == needs


@pytest.mark.parametrize("pattern", [r"\d+", r"a*b?", r"[^あ]い?", r"(?i)line", r"x|\w"])
def test_no_required_literals(pattern):
    assert required_literals(re.compile(pattern)) is None


def test_gate_reports_overlapping_and_nested_literals():
    gate = RegexSelector([re.compile("abc"), re.compile("bcd"), re.compile("ab"), re.compile("zz|q*")], warm_up=0)
    assert gate.active("xabcdx") == {0, 1, 2, 3}  # 3 has no literal: always run
    assert gate.active("xabx") == {2, 3}
    assert gate.active("") == {3}


def test_gate_runs_every_regex_until_it_is_built():
    gate = RegexSelector([re.compile("abc"), re.compile("bcd")], warm_up=3)
    assert [gate.active("zz") for _ in range(4)] == [{0, 1}, {0, 1}, set(), set()]


def _fragments(patterns) -> list[str]:
    words = []
    for p in patterns:
        words += sorted(required_literals(p) or ())
    return words


@pytest.mark.parametrize("patterns", [
    [p for _, p in personal_content._PATTERNS],
    [p for _, p in contact_preference._CHANNELS],
], ids=["personal-content", "contact-preference"])
def test_gate_never_skips_a_regex_that_matches(patterns):
    gate = RegexSelector(patterns, warm_up=0)
    rng = random.Random(3)
    texts = _corpus()
    words = _fragments(patterns) + ["。", "、", " ", "\n", "お", "の", "さん", "w", "(", "1", "ー"]
    pieces = words + [t[i:i + 6] for t in texts[:60] for i in range(0, len(t), 23)]
    texts += ["".join(rng.choice(pieces) for _ in range(rng.randint(1, 12))) for _ in range(3000)]
    matched = 0
    for text in texts:
        active = gate.active(text)
        for k, p in enumerate(patterns):
            if p.search(text):
                matched += 1
                assert k in active, (p.pattern[:40], text)
    assert matched > 100  # the texts do exercise the regexes


# -- phone-number -------------------------------------------------------------------------------
def _matcher_characters() -> set[str]:
    """Every character phonenumbers' candidate pattern can consume, from its parse tree."""
    from re import _constants as c
    from re import _parser

    from phonenumbers import phonenumbermatcher

    pattern = phonenumbermatcher._PATTERN
    parts: list[str] = []

    def walk(items):
        for op, av in items:
            if op is c.LITERAL:
                parts.append(re.escape(chr(av)))
            elif op is c.IN:
                for o, a in av:
                    if o is c.LITERAL:
                        parts.append(re.escape(chr(a)))
                    elif o is c.RANGE:
                        parts.append(f"{re.escape(chr(a[0]))}-{re.escape(chr(a[1]))}")
                    elif o is c.CATEGORY and a is c.CATEGORY_DIGIT:
                        parts.append(r"\d")
                    else:
                        pytest.fail(f"unexpected class item {o} {a}")
            elif op is c.SUBPATTERN:
                walk(av[3])
            elif op is c.BRANCH:
                for alt in av[1]:
                    walk(alt)
            elif op in (c.MAX_REPEAT, c.MIN_REPEAT):
                walk(av[2])
            elif op not in (c.AT, c.ASSERT, c.ASSERT_NOT):
                pytest.fail(f"unexpected node {op}: the gate's reasoning needs revisiting")

    walk(_parser.parse(pattern.pattern, pattern.flags))
    allowed = re.compile("[" + "".join(parts) + "]", pattern.flags)  # same flags: same case folding
    return {chr(i) for i in range(0x110000) if not 0xD800 <= i <= 0xDFFF and allowed.match(chr(i))}


def test_phone_gate_classes_cover_the_matcher():
    digit_like = re.compile(f"[{phone_number._D}]")
    punctuation = re.compile(f"[{phone_number._P}]")
    for ch in _matcher_characters():
        if ch.isalnum() and ch != "ー":  # a digit, or a letter parse may map to a digit
            assert digit_like.fullmatch(ch), repr(ch)
        else:
            assert digit_like.fullmatch(ch) or punctuation.fullmatch(ch), repr(ch)
    for ch in phone_number._SEPARATORS:  # the check reads the text before they become hyphens
        assert punctuation.fullmatch(chr(ch)), repr(chr(ch))


def test_no_possible_number_has_fewer_than_seven_digits():
    from phonenumbers import Leniency, PhoneNumberMatcher

    rng = random.Random(7)
    samples = [str(i).zfill(width) for width in range(1, 5) for i in range(10 ** width)]
    samples += ["".join(rng.choice("0123456789") for _ in range(rng.choice((5, 6)))) for _ in range(20000)]
    samples += ["010" + s for s in samples[:1110]]  # the international prefix, with up to 3 digits
    for s in samples:
        assert not list(PhoneNumberMatcher(s, "JP", leniency=Leniency.POSSIBLE)), s
    assert list(PhoneNumberMatcher("0104912", "JP", leniency=Leniency.POSSIBLE))  # 7 can be enough


def test_phone_gate_keeps_every_number():
    from phonenumbers import Leniency, PhoneNumberMatcher

    rng = random.Random(11)
    alphabet = list("0123456789０１２３-－ー・() （）+＋.x ext内線携帯番号にお電話ください。\n") + ["090", "03", "0120"]
    for _ in range(4000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(1, 40)))
        if not phone_number._PLAUSIBLE.search(text):
            norm = text.translate(phone_number._SEPARATORS)
            assert not list(PhoneNumberMatcher(norm, "JP", leniency=Leniency.POSSIBLE)), text


# -- duplicate-draft --------------------------------------------------------------------------------
def test_digits_beyond_backslash_d_are_in_the_listed_blocks():
    from outreach_lint.checks.duplicate_draft import _OTHER_DIGIT_BLOCKS

    for i in range(0x110000):
        ch = chr(i)
        if ch.isdigit() and not ch.isdecimal():
            assert _OTHER_DIGIT_BLOCKS.match(ch), hex(i)
        if ch.isdecimal():
            assert re.match(r"\d", ch), hex(i)


def test_signature_from_cached_pieces_is_the_plain_signature():
    from outreach_lint.checks.duplicate_draft import signature

    rng = random.Random(5)
    words = ["はじめまして。", "〓", "〓様", "ご講演を拝見し、ぜひお話を伺いたいと思いました。", "AI", "の", "、", "短い", "x" * 13]
    for _ in range(400):
        pieces = ["".join(rng.choice(words) for _ in range(rng.randint(0, 4))) for _ in range(rng.randint(0, 8))]
        text = "".join(pieces)
        assert signature(text, pieces) == signature(text), pieces


@pytest.mark.parametrize("tries", [3, 12, 40, 65535])
def test_phone_stretches_find_what_the_whole_text_finds(monkeypatch, tries):
    """Matched stretch by stretch, with the budget of tries running out or not, the numbers are the
    ones the matcher finds in the whole text."""
    monkeypatch.setattr(phone_number, "_MAX_TRIES", tries)
    monkeypatch.setattr(phone_number, "_STRETCHES", {})
    rng = random.Random(tries)
    parts = ["090-1234-5678", "03-1234-5678", "12", "3月4日", "(080)", "1-2-3", "〒150-0001", "+81 3 1234 5678", "0120-123-456",
             " ", "、", "。", "\n", "携帯", "x", "ext. 5", "2024-11-27", "12:30", "9:45", "070 5512 8834", "abc", "１２３４５６７"]
    seen = 0
    for _ in range(600):
        text = "".join(rng.choice(parts) for _ in range(rng.randint(1, 30)))
        norm = text.translate(phone_number._SEPARATORS)
        got = list(phone_number._numbers(norm))
        assert got == list(phone_number._scan(norm)[0]), text
        seen += bool(got)
    assert seen > 100
