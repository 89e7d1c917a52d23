"""What part of a file is the user's prose: everything, for now (Markdown and e-mail come later)."""
from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Prepared:
    excluded: list[tuple[int, int]] = field(default_factory=list)
    platform: str | None = None


def prepare(text: str, path: str) -> Prepared:
    return Prepared()
