"""Meta-tests over the registry: every rule documents itself and its own examples hold."""
from __future__ import annotations

import pytest

from outreach_lint import lint_text
from outreach_lint.registry import builtin_rules

RULES = builtin_rules()
EXPECTED_IDS = {
    "phone-number", "home-address", "personal-content", "too-stiff", "template-placeholder", "form-letter",
    "duplicate-draft", "too-long", "long-sentence", "redundant-expression", "double-honorific", "mixed-style",
    "demands-reply", "pushy-follow-up", "one-sided-ask", "contact-preference",
}


@pytest.mark.parametrize("rule_id", sorted(RULES))
def test_rule_is_documented(rule_id):
    rule = RULES[rule_id]
    assert rule.summary.strip() and len(rule.summary) < 120, "one-line summary"
    for key in ("what", "why", "not_flagged"):
        assert rule.docs.get(key, "").strip(), f"docs.{key} missing"
    assert rule.tips and all(1 <= t <= 10 for t in rule.tips)
    assert rule.bad, "at least one bad example"
    assert rule.good, "at least one good example"


# Cross-draft rules (duplicate-draft) compare drafts with each other: their examples are run in
# pairs by test_cross_draft_examples below.
PER_DRAFT = sorted(r for r in RULES if not RULES[r].cross_file)


def _fires(rule, example) -> bool:
    findings = lint_text(example.text, platform=example.platform, select=[rule.id])
    return any(f.rule == rule.id for f in findings)


@pytest.mark.parametrize("rule_id,index", [(r, i) for r in PER_DRAFT for i in range(len(RULES[r].bad))])
def test_bad_example_fires(rule_id, index):
    rule = RULES[rule_id]
    assert _fires(rule, rule.bad[index]), rule.bad[index].text


@pytest.mark.parametrize("rule_id,index", [(r, i) for r in PER_DRAFT for i in range(len(RULES[r].good))])
def test_good_example_is_quiet(rule_id, index):
    rule = RULES[rule_id]
    assert not _fires(rule, rule.good[index]), rule.good[index].text


def test_all_contract_rules_exist():
    missing = EXPECTED_IDS - set(RULES)
    assert not missing, f"rules not implemented yet: {sorted(missing)}"


@pytest.mark.parametrize("rule_id", sorted(r for r in RULES if RULES[r].cross_file))
def test_cross_draft_examples(rule_id):
    """Each bad example, sent twice with one name swapped, fires on both copies; good examples
    linted together with the bad ones stay quiet."""
    from outreach_lint.lint import Linter

    rule = RULES[rule_id]
    linter = Linter(select=[rule_id])
    for ex in rule.bad:
        twin = ex.text.replace("様", "さん", 1) if "様" in ex.text else ex.text
        results = [linter.lint_text(ex.text, path="a.txt", platform=ex.platform),
                   linter.lint_text(twin, path="b.txt", platform=ex.platform)]
        linter.finish(results)
        assert all(any(f.rule == rule_id for f in r.findings) for r in results), ex.text
    results = [linter.lint_text(ex.text, path=f"{i}.txt", platform=ex.platform)
               for i, ex in enumerate(rule.good + rule.bad[:1])]
    linter.finish(results)
    assert not any(f.rule == rule_id for r in results[:len(rule.good)] for f in r.findings)


@pytest.mark.parametrize("rule_id", sorted(RULES))
def test_rule_has_english_message(rule_id):
    """--lang en needs an English message for every rule; Japanese stays the default."""
    assert RULES[rule_id].message_en.strip()


def test_lang_en_switches_messages():
    from outreach_lint.config import Config
    from outreach_lint.lint import Linter

    text = "〇〇様\n何かあれば090-1234-5678までお電話ください。"
    ja = Linter(Config()).lint_text(text).findings
    en = Linter(Config(lang="en")).lint_text(text).findings
    assert [f.rule for f in ja] == [f.rule for f in en] and en
    for f in en:
        assert not any("\u3040" <= c <= "\u30ff" for c in f.message.replace(f.excerpt, "")), f.message
