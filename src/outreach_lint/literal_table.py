"""Make literals.json: required_literals() of every built-in regex, read by the gates from the
first draft on (see patterns.TABLE_FILE). Run it after changing a built-in regex:

    python -m outreach_lint.literal_table --write
    python -m outreach_lint.literal_table --check   # exit 1 when the file is out of date (a test runs it)

It must run in a fresh process: it records the regexes as the rules load.
"""
from __future__ import annotations

import json
import re
import sys


def build() -> str:
    from . import patterns

    patterns._TABLE = {}  # compute everything from the regexes themselves, not from the old table
    patterns.RECORDED = set()
    from .registry import builtin_rules

    for rule in builtin_rules().values():
        module = getattr(rule.check, "module", None)  # a Python check: importing it makes its gates
        if module is not None:
            module  # noqa: B018 - the property imports the module
    entries = []
    for source, flags in sorted(patterns.RECORDED):
        literals = patterns.required_literals(re.compile(source, flags))
        entries.append([source, flags, list(literals) if literals is not None else None])
    lines = ",\n".join(json.dumps(e, ensure_ascii=False) for e in entries)
    return '{"format": 1, "patterns": [\n' + lines + "\n]}\n"


def main(argv: list[str]) -> int:
    from .patterns import TABLE_FILE

    if argv not in (["--write"], ["--check"]):
        print(__doc__.strip(), file=sys.stderr)
        return 2
    text = build()
    if argv == ["--write"]:
        TABLE_FILE.write_text(text, encoding="utf-8")
        print(f"wrote {TABLE_FILE} ({text.count(chr(10)) - 2} regexes)")
        return 0
    current = TABLE_FILE.read_text(encoding="utf-8") if TABLE_FILE.exists() else ""
    if current != text:
        print(f"{TABLE_FILE.name} is out of date: run `python -m outreach_lint.literal_table --write`", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
