"""The plain data a lint run produces."""
from __future__ import annotations

from dataclasses import asdict, dataclass, field

SEVERITIES = ("info", "warning", "error")
SEVERITY_RANK = {name: rank for rank, name in enumerate(SEVERITIES)}


@dataclass(frozen=True)
class Finding:
    """One problem in one draft. Offsets index the decoded text; lines/columns are 1-based,
    columns count characters, and the end is exclusive."""

    rule: str
    tip: int
    severity: str
    message: str
    start: int
    end: int
    line: int = 0
    column: int = 0
    end_line: int = 0
    end_column: int = 0
    excerpt: str = ""
    fix: str | None = None
    path: str = "-"
    # Personal data (phone numbers, addresses) that outputs mask unless --show-pii.
    pii: bool = False
    raw_excerpt: str = field(default="", compare=False, repr=False)

    def to_json(self) -> dict:
        data = asdict(self)
        return {key: data[key] for key in JSON_KEYS}


JSON_KEYS = (
    "path", "rule", "tip", "severity", "line", "column", "end_line", "end_column",
    "message", "excerpt", "fix",
)
