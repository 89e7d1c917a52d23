"""Reading ../shared/peer-cases/*.jsonl, shared by the peer_*.py agreement scripts."""
from __future__ import annotations

import json
from pathlib import Path


def load_cases(folder: Path, rules) -> list[dict]:
    """Cases whose `rule` is one of `rules`, each tagged with its file name and line number."""
    cases = []
    for path in sorted(folder.glob("*.jsonl")):
        for lineno, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                continue
            record = json.loads(line)
            if record.get("rule") in rules:
                record["_file"] = path.name
                record["_line"] = lineno
                cases.append(record)
    return cases
