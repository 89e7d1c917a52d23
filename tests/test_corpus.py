"""The labelled corpus holds every rule to the project's quality bar."""
from __future__ import annotations

from pathlib import Path

import pytest

from outreach_lint.evaluate import evaluate, format_table, load_corpus
from outreach_lint.registry import builtin_rules

CORPUS = Path(__file__).parent / "corpus"


@pytest.fixture(scope="module")
def report():
    drafts = load_corpus([CORPUS])
    assert len(drafts) >= 250
    return evaluate(drafts)


def test_corpus_shape():
    drafts = load_corpus([CORPUS])
    ids = [d["id"] for d in drafts]
    assert len(ids) == len(set(ids)), "draft ids are unique"
    rules = set(builtin_rules())
    good = [d for d in drafts if not d["expect"]]
    assert len(good) * 3 >= len(drafts), "at least a third are good messages"
    for d in drafts:
        assert set(d["expect"]) <= rules, d["id"]
    for rule_id in rules:
        assert sum(rule_id in d["expect"] for d in drafts) >= 5, f"{rule_id} has too few positives"


@pytest.mark.parametrize("rule_id", sorted(builtin_rules()))
def test_rule_meets_quality_bar(report, rule_id):
    score = report.rules[rule_id]
    assert score.precision >= 0.90 and score.recall >= 0.85, format_table(report)


def test_good_drafts_rarely_flagged(report):
    assert report.good_flagged_share <= 0.05, format_table(report)
