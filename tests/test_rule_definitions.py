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


def _fires(rule, example) -> bool:
    if rule.cross_file:
        pytest.skip("cross-draft rule: its examples are pairs, tested in its own module")
    findings = lint_text(example.text, platform=example.platform, select=[rule.id])
    return any(f.rule == rule.id for f in findings)


@pytest.mark.parametrize("rule_id,index", [(r, i) for r in sorted(RULES) for i in range(len(RULES[r].bad))])
def test_bad_example_fires(rule_id, index):
    rule = RULES[rule_id]
    assert _fires(rule, rule.bad[index]), rule.bad[index].text


@pytest.mark.parametrize("rule_id,index", [(r, i) for r in sorted(RULES) for i in range(len(RULES[r].good))])
def test_good_example_is_quiet(rule_id, index):
    rule = RULES[rule_id]
    assert not _fires(rule, rule.good[index]), rule.good[index].text


def test_all_contract_rules_exist():
    missing = EXPECTED_IDS - set(RULES)
    assert not missing, f"rules not implemented yet: {sorted(missing)}"
