"""Run the phone-number rule over the peers' phone cases and report where we agree.

    python bench/peer_phone.py [PEER_CASES_DIR] [--verbose]

PEER_CASES_DIR defaults to ../shared/peer-cases relative to the repository. Only records with
rule == "phone-number" are used. The peers detect any phone number; our rule reports only personal
ones (mobile, pager, 060 personal numbers, or a number labelled 自宅/携帯/個人...). Disagreements are
therefore split into "by definition" (a fixed, IP or service number we deliberately leave alone,
or a shape our definition settles differently) and real misses / false alarms.
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
from outreach_lint.checks import phone_number as pn  # noqa: E402
from outreach_lint.registry import builtin_rules  # noqa: E402

RULE = "phone-number"
PERSONAL_TYPES = ("mobile", "personal", "pager", "fmc", "mixed")




def options_for(case: dict) -> dict:
    """Peer options we have an equivalent for: `jargon` (disguised digits)."""
    opts = case.get("options") or {}
    return {RULE: {"jargon": True}} if opts.get("jargon") else {}


def kinds_seen(text: str, jargon: bool) -> list[str]:
    """What the rule's number finder makes of each candidate in the text (for explaining)."""
    norm = pn._normalize(text, jargon)
    return [pn._classify(number, norm[s:e]) or "none" for s, e, number in pn._numbers(norm)]


def explain(case: dict, fired: bool) -> tuple[str, str]:
    """(category, reason) for a disagreement."""
    text = case["text"]
    jargon = bool((case.get("options") or {}).get("jargon"))
    kinds = kinds_seen(text, jargon)
    digits = "".join(ch for ch in text.translate(pn._FULLWIDTH) if ch.isdigit())
    if case["expect_fire"] and not fired:
        if "service" in kinds:
            return "by definition", "toll-free / navi-dial / premium number (0120, 0800, 0570, 0990, 0180, 0170): a business number"
        if "fixed" in kinds:
            jp = case.get("jp_type")
            what = {"ip": "050 IP phone", "other": "an unusual fixed block"}.get(jp, "fixed line")
            return "by definition", f"{what} with no personal label (自宅/携帯/個人...): an office number as far as we can tell"
        if digits.startswith("00") and len(digits) > 11:
            return "by definition", "a digit run longer than a phone number (leading 00) reads as an id"
        if digits.startswith("0200") and len(digits) == 14:
            return "by definition", "0200 14-digit M2M number: a machine line, not a personal phone"
        if case.get("jp_type") in ("fixed", "ip", "service", "m2m", "other"):
            return "by definition", (f"unparsed {case['jp_type']} number: phonenumbers does not read it and the "
                                     "peer's type is not a personal one, so we would not report it anyway")
        return "real miss", f"number finder saw {kinds or 'nothing'}"
    if fired and not case["expect_fire"]:
        if "personal" in kinds and len(digits) == 11 and digits[:3] in ("060", "070", "080", "090"):
            return "by definition", "mobile-shaped number in an unassigned block (090-0xxx): still a mobile to a reader"
        return "false alarm", f"number finder saw {kinds}"
    return "agree", ""


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", nargs="?", default=str(ROOT.parent / "shared" / "peer-cases"))
    parser.add_argument("--verbose", "-v", action="store_true", help="also list the agreeing cases")
    args = parser.parse_args(argv)
    folder = Path(args.folder)
    if not folder.is_dir():
        print(f"peer_phone: {folder}: no such folder", file=sys.stderr)
        return 2
    builtin_rules()  # load once before timing-sensitive loops
    cases = load_cases(folder, (RULE,))
    if not cases:
        print(f"peer_phone: no {RULE} cases in {folder}", file=sys.stderr)
        return 2

    per_file: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    per_type: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    categories: dict[str, int] = defaultdict(int)
    negatives = [0, 0]
    reasons: dict[str, int] = defaultdict(int)
    rows = []
    for case in cases:
        findings = lint_text(case["text"], select=[RULE], options=options_for(case) or None)
        fired = any(f.rule == RULE for f in findings)
        agree = fired == bool(case["expect_fire"])
        category, reason = ("agree", "") if agree else explain(case, fired)
        categories[category] += 1
        if category == "by definition":
            reasons[reason.split(":")[0].split(" (")[0]] += 1
        if not case["expect_fire"]:
            negatives[0] += agree
            negatives[1] += 1
        for table, key in ((per_file, case["_file"]), (per_type, case.get("jp_type", "-"))):
            table[key][0] += agree
            table[key][1] += 1
        if not agree or args.verbose:
            rows.append((case, fired, category, reason, findings))

    total_agree = sum(a for a, _ in per_file.values())
    print(f"phone-number vs peers: {total_agree}/{len(cases)} agree ({100 * total_agree / len(cases):.1f}%)\n")
    _table("source file", per_file)
    _table("jp_type", per_type)
    personal = [per_type[k] for k in PERSONAL_TYPES if k in per_type]
    print(f"personal types ({', '.join(PERSONAL_TYPES)}): "
          f"{sum(a for a, _ in personal)}/{sum(t for _, t in personal)} agree")
    print(f"negatives (peer expects quiet): {negatives[0]}/{negatives[1]} agree")
    by_def = categories.get("by definition", 0)
    real = categories.get("real miss", 0) + categories.get("false alarm", 0)
    print(f"disagreements: {len(cases) - total_agree} = {by_def} by definition + "
          f"{categories.get('real miss', 0)} real misses + {categories.get('false alarm', 0)} false alarms")
    print(f"agreement once by-definition cases are set aside: "
          f"{total_agree}/{total_agree + real}")
    for reason, count in sorted(reasons.items(), key=lambda kv: -kv[1]):
        print(f"  by definition, {count:>3}: {reason}")
    print()
    for case, fired, category, reason, findings in rows:
        expected = "fire" if case["expect_fire"] else "quiet"
        got = "fire" if fired else "quiet"
        opts = " jargon" if (case.get("options") or {}).get("jargon") else ""
        print(f"[{category}] {case['_file']}:{case['_line']} {case.get('jp_type', '-')}{opts} "
              f"expect {expected}, got {got}: {case['text']!r}")
        if reason:
            print(f"    {reason}")
        if findings:
            print("    excerpts: " + ", ".join(f"{f.line}:{f.column} {f.excerpt}" for f in findings))
    return 0


def _table(title: str, data: dict) -> None:
    width = max(len(title), *(len(k) for k in data))
    print(f"{title:<{width}}  agree  total      %")
    for key in sorted(data):
        agree, total = data[key]
        print(f"{key:<{width}}  {agree:>5}  {total:>5}  {100 * agree / total:5.1f}")
    print()


if __name__ == "__main__":
    raise SystemExit(main())
