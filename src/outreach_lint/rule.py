"""A rule: its definition (from TOML) and the context its check reports through."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Callable

from .document import Document
from .finding import Finding

PLATFORMS = ("generic", "linkedin-note", "linkedin", "facebook", "x", "email")


@dataclass(frozen=True)
class Example:
    text: str
    platform: str = "generic"
    note: str = ""


@dataclass
class Rule:
    id: str
    tips: list[int]
    severity: str
    kind: str
    summary: str
    message: str
    docs: dict[str, str]
    bad: list[Example]
    good: list[Example]
    options: dict
    fixable: str = "never"  # always | sometimes | never
    platforms: tuple[str, ...] = PLATFORMS
    pii: bool = False
    source: str = ""
    check: Callable[["Context"], None] | None = None
    # Run once over all drafts of a run (duplicate-draft), not per draft.
    cross_file: bool = False
    message_en: str = ""  # --lang en; falls back to the Japanese message
    options_min: dict = field(default_factory=dict)  # the least value a numeric option may take

    @property
    def tip(self) -> int:
        return self.tips[0]


@dataclass
class Context:
    """What a rule's check sees: the document, its options, and `report`."""

    rule: Rule
    doc: Document
    options: dict
    allow: list[re.Pattern] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)
    _allowed_spans: list[tuple[int, int]] | None = None

    @property
    def platform(self) -> str:
        return self.doc.platform

    def report(self, start: int, end: int, message: str | None = None, fix: str | None = None,
               pii: bool | None = None, **fmt) -> None:
        """Record a finding over text[start:end]. `fmt` fills {placeholders} in the message;
        for personal data, any value equal to the matched text is masked first."""
        doc = self.doc
        if self.allow and self._allowed(start, end):
            return
        pii = self.rule.pii if pii is None else pii
        raw = doc.text[start:end]
        excerpt = raw
        if pii:
            from .privacy import mask

            excerpt = mask(self.rule.id, raw)
            fmt = {k: (excerpt if v == raw else v) for k, v in fmt.items()}
        if message is None:
            english = self.options.get("_lang") == "en" and self.rule.message_en
            message = self.rule.message_en if english else self.rule.message
        msg = message
        if fmt:
            try:
                msg = msg.format_map(_Defaults(fmt))
            except (ValueError, IndexError, KeyError, AttributeError, TypeError):
                pass  # a message that does not format is shown as written, never a crash
        line, col = doc.position(start)
        end_line, end_col = doc.position(end)
        self.findings.append(Finding(
            rule=self.rule.id, tip=self.rule.tip, severity=self.options.get("_severity", self.rule.severity),
            message=msg, start=start, end=end, line=line, column=col, end_line=end_line,
            end_column=end_col, excerpt=excerpt, fix=fix, path=doc.path, pii=pii, raw_excerpt=raw,
        ))

    def _allowed(self, start: int, end: int) -> bool:
        """textlint-style `allow`: a finding inside (or covering) an allowed match is dropped."""
        if self._allowed_spans is None:
            self._allowed_spans = [m.span() for p in self.allow for m in p.finditer(self.doc.text) if m.end() > m.start()]
        return any(a <= start and end <= b or start <= a < b <= end for a, b in self._allowed_spans)


class _Defaults(dict):
    """Leave unknown {names} in a message as they are instead of failing."""

    def __missing__(self, key):
        return "{" + key + "}"
