"""Score the rules on a labelled corpus: per-rule precision, recall and F1.

    python -m outreach_lint.evaluate tests/corpus/ [--misses] [--json]

A corpus is JSON Lines: id, platform, text, expect (rule ids), optional group (duplicate-draft sets).
All drafts are linted in one run, as a folder would be, so cross-draft rules see each other.
"""
from __future__ import annotations

import argparse
import json
import sys
from dataclasses import dataclass, field
from pathlib import Path


@dataclass
class RuleScore:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Report:
    rules: dict[str, RuleScore]
    drafts: int
    good: int
    good_flagged: int
    misses: list[tuple[str, str, str]] = field(default_factory=list)  # (draft id, rule, "fp"|"fn")

    @property
    def micro_f1(self) -> float:
        total = RuleScore(sum(s.tp for s in self.rules.values()), sum(s.fp for s in self.rules.values()),
                          sum(s.fn for s in self.rules.values()))
        return total.f1

    @property
    def macro_f1(self) -> float:
        scored = [s.f1 for s in self.rules.values() if s.tp + s.fn]
        return sum(scored) / len(scored) if scored else 0.0

    @property
    def good_flagged_share(self) -> float:
        return self.good_flagged / self.good if self.good else 0.0


def load_corpus(paths: list[Path]) -> list[dict]:
    drafts = []
    for path in paths:
        files = sorted(path.glob("*.jsonl")) if path.is_dir() else [path]
        for f in files:
            for n, line in enumerate(f.read_text(encoding="utf-8").splitlines(), 1):
                if line.strip():
                    try:
                        drafts.append(json.loads(line))
                    except json.JSONDecodeError as exc:
                        raise SystemExit(f"{f}:{n}: invalid JSON: {exc}") from None
    return drafts


def evaluate(drafts: list[dict]) -> Report:
    from .lint import Linter

    linter = Linter()
    results = [linter.lint_text(d["text"], path=f"{d['id']}.txt", platform=d.get("platform", "generic"))
               for d in drafts]
    linter.finish(results)
    scores = {rule_id: RuleScore() for rule_id in linter.rules}
    report = Report(scores, len(drafts), 0, 0)
    for draft, result in zip(drafts, results):
        expected = set(draft.get("expect", []))
        fired = {f.rule for f in result.findings}
        if not expected:
            report.good += 1
            report.good_flagged += bool(fired)
        for rule_id in expected | fired:
            score = scores.setdefault(rule_id, RuleScore())
            if rule_id in expected and rule_id in fired:
                score.tp += 1
            elif rule_id in fired:
                score.fp += 1
                report.misses.append((draft["id"], rule_id, "fp"))
            else:
                score.fn += 1
                report.misses.append((draft["id"], rule_id, "fn"))
    return report


def format_table(report: Report) -> str:
    lines = ["| rule | support | TP | FP | FN | precision | recall | F1 |", "|---|---:|---:|---:|---:|---:|---:|---:|"]
    for rule_id, s in sorted(report.rules.items()):
        lines.append(f"| {rule_id} | {s.tp + s.fn} | {s.tp} | {s.fp} | {s.fn} | {s.precision:.2f} | "
                     f"{s.recall:.2f} | {s.f1:.2f} |")
    lines.append("")
    lines.append(f"drafts: {report.drafts}, good drafts: {report.good}, good drafts with any finding: "
                 f"{report.good_flagged} ({report.good_flagged_share:.1%})")
    lines.append(f"micro F1: {report.micro_f1:.3f}, macro F1: {report.macro_f1:.3f}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m outreach_lint.evaluate", description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="*", type=Path, default=[Path("tests/corpus")])
    parser.add_argument("--misses", action="store_true", help="list every false positive and false negative")
    parser.add_argument("--json", action="store_true", help="print the scores as JSON")
    args = parser.parse_args(argv)
    drafts = load_corpus(args.paths)
    report = evaluate(drafts)
    if args.json:
        json.dump({"rules": {k: {"tp": v.tp, "fp": v.fp, "fn": v.fn, "precision": v.precision,
                                 "recall": v.recall, "f1": v.f1} for k, v in report.rules.items()},
                   "drafts": report.drafts, "good": report.good, "good_flagged": report.good_flagged,
                   "micro_f1": report.micro_f1, "macro_f1": report.macro_f1}, sys.stdout, indent=2)
        print()
    else:
        print(format_table(report))
    if args.misses:
        by_id = {d["id"]: d for d in drafts}
        for draft_id, rule_id, kind in report.misses:
            text = by_id[draft_id]["text"].replace("\n", "⏎")
            print(f"{kind} {rule_id:22} {draft_id:6} [{by_id[draft_id].get('platform')}] {text[:110]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
