"""Run the language rules over the peers' cases and report where we agree.

    python bench/peer_language.py [PEER_CASES_DIR] [--verbose]

PEER_CASES_DIR defaults to ../shared/peer-cases relative to the repository. Records whose `rule` is
redundant-expression, mixed-style, long-sentence or double-honorific are used; long-sentence gets
the case's `options.max`. Our rules are defined by the project's contract, not by the peers, so
every disagreement is put in a category:

- "by definition: line breaks end sentences" — textlint/RedPen join a paragraph's lines;
- "by definition: strict mid-sentence markers" — the peer counts ですが/だった mid-sentence;
- "by definition: list items excepted" — bullets are fragments, not sentence ends, for us;
- "by definition: 〜することもできる kept" — its も offers the act as one more option;
- "by definition: peer option" — the case depends on a peer option we do not have
  (preferInBody, skipPatterns, countBy=codeunits, dictOptions);
- "peer dict3-6 out of scope" — であると言える / であると考えている / を行う / を実行, and 重言;
- "real miss" / "false alarm" — everything else: a bug to fix.
"""
from __future__ import annotations

import argparse
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from outreach_lint import lint_text  # noqa: E402
from peercases import load_cases  # noqa: E402
from outreach_lint.document import Document  # noqa: E402

RULES = ("redundant-expression", "mixed-style", "long-sentence", "double-honorific")
OUT_OF_SCOPE_DICTS = ("dict3", "dict4", "dict5", "dict6", "重言")




def options_for(case: dict) -> dict:
    opts = case.get("options") or {}
    if case["rule"] == "long-sentence" and "max" in opts:
        return {"long-sentence": {"max": int(opts["max"])}}
    return {}


def explain(case: dict, fired: bool) -> str:
    """The reason category for a disagreement."""
    rule, text = case["rule"], case["text"]
    opts = case.get("options") or {}
    note = case.get("note", "")
    peer_rule = case.get("peer_rule", "")
    if rule == "redundant-expression":
        if any(d in peer_rule for d in OUT_OF_SCOPE_DICTS) and "dict1" not in peer_rule and "dict2" not in peer_rule:
            return "peer dict3-6 out of scope"
        if "dictOptions" in opts:
            return "by definition: peer option (dictOptions)"
        if "することも" in text:
            return "by definition: 〜することもできる kept (も offers one more option)"
    if rule == "mixed-style":
        if opts.get("strict") is True:
            return "by definition: strict mid-sentence markers"
        if "preferInBody" in opts:
            return "by definition: peer option (preferInBody)"
        if any(line.lstrip().startswith(("- ", "* ", "・")) for line in text.splitlines()):
            return "by definition: list items excepted"
        if "line break" in note and "\n" in text:
            return "by definition: line breaks end sentences"
    if rule == "long-sentence":
        if "skipPatterns" in opts:
            return "by definition: peer option (skipPatterns)"
        if opts.get("countBy") == "codeunits":
            return "by definition: peer option (countBy=codeunits; we count code points)"
        if "\n" in text and "line break" in note:
            return "by definition: line breaks end sentences"
    return "real miss" if case["expect_fire"] else "false alarm"


def run(folder: Path, verbose: bool) -> int:
    cases = load_cases(folder, RULES)
    by_file: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    by_rule: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    reasons: dict[str, int] = defaultdict(int)
    disagreements = []
    for case in cases:
        rule = case["rule"]
        findings = [f for f in lint_text(case["text"], select=[rule], options=options_for(case)) if f.rule == rule]
        fired = bool(findings)
        agree = fired == case["expect_fire"]
        for table, key in ((by_file, case["_file"]), (by_rule, rule)):
            table[key][0] += agree
            table[key][1] += 1
        if not agree:
            why = explain(case, fired)
            reasons[why] += 1
            disagreements.append((case, fired, why, findings))
        elif verbose:
            print(f"  ok  {case['_file']}:{case['_line']} {rule} fire={fired} {case['text'][:50]!r}")

    print("Agreement per source file")
    for name, (ok, n) in sorted(by_file.items()):
        print(f"  {name:55s} {ok:3d}/{n:<3d} {ok / n:6.1%}")
    print("\nAgreement per rule")
    total_ok = total = 0
    for name in RULES:
        ok, n = by_rule.get(name, (0, 0))
        total_ok += ok
        total += n
        if n:
            print(f"  {name:25s} {ok:3d}/{n:<3d} {ok / n:6.1%}")
    print(f"  {'all':25s} {total_ok:3d}/{total:<3d} {total_ok / max(total, 1):6.1%}")
    if disagreements:
        print("\nDisagreements")
        for case, fired, why, findings in disagreements:
            expected = "fire" if case["expect_fire"] else "quiet"
            got = "fired" if fired else "quiet"
            text = case["text"].replace("\n", "\\n")
            print(f"  [{why}] {case['_file']}:{case['_line']} {case['rule']}: expected {expected}, {got}: {text[:70]!r}")
            if verbose:
                for f in findings:
                    print(f"      {f.line}:{f.column} {f.message}")
        print("\nBy reason")
        for why, n in sorted(reasons.items(), key=lambda kv: (-kv[1], kv[0])):
            print(f"  {n:3d}  {why}")
    real = reasons.get("real miss", 0) + reasons.get("false alarm", 0)
    return 1 if real else 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", nargs="?", default=str(ROOT.parent / "shared" / "peer-cases"))
    parser.add_argument("--verbose", "-v", action="store_true")
    args = parser.parse_args(argv)
    folder = Path(args.folder)
    if not folder.is_dir():
        print(f"{folder}: no such folder", file=sys.stderr)
        return 2
    Document("")  # fail early if the dictionary is missing
    return run(folder, args.verbose)


if __name__ == "__main__":
    sys.exit(main())
