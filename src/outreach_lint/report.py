"""Output formats. Every format masks personal data unless show_pii is set."""
from __future__ import annotations

import bisect
import json
import re
from typing import TextIO

from .finding import Finding

FORMATS = ("rich", "concise", "json", "sarif", "github")
PLATFORM_LABELS = {
    "generic": "Generic", "linkedin-note": "LinkedIn note", "linkedin": "LinkedIn message",
    "facebook": "Facebook message", "x": "X post", "email": "Email",
}


def shown(f: Finding, show_pii: bool, privacy: "Privacy | None" = None) -> tuple[str, str]:
    """(message, excerpt) as they may be printed. With `privacy` (the draft's personal data), a
    number or address quoted by any other rule is masked too."""
    if f.pii and show_pii:
        return f.message.replace(f.excerpt, f.raw_excerpt), f.raw_excerpt
    if privacy is not None and not show_pii and not f.pii:
        return privacy.mask(f, f.message), privacy.mask(f, f.excerpt)
    return f.message, f.excerpt


class Privacy:
    """The personal data (phone numbers, addresses) that pii findings found in one draft, so that
    no output quotes it through another finding (a long sentence, a fix) either."""

    _ALL_PAIRS_UP_TO = 64  # so many distinct items or fewer: check every text for each of them

    def __init__(self, result):
        spans = sorted((f.start, f.end, f.raw_excerpt, f.excerpt) for f in result.findings
                       if f.pii and f.raw_excerpt and f.raw_excerpt != f.excerpt)
        self._spans = spans
        self._starts = [s[0] for s in spans]
        self._longest = max((e - s for s, e, _, _ in spans), default=0)
        pairs = {raw: masked for _, _, raw, masked in spans}
        self._all = sorted(pairs.items(), key=lambda kv: -len(kv[0])) if len(pairs) <= self._ALL_PAIRS_UP_TO else None

    def __bool__(self) -> bool:
        return bool(self._spans)

    def mask(self, f: Finding, text: str | None) -> str | None:
        if not text or not self._spans:
            return text
        pairs = self._all
        if pairs is None:  # many items: only those inside (or touching) this finding's span
            hi = bisect.bisect_left(self._starts, f.end)
            lo = bisect.bisect_left(self._starts, f.start - self._longest)
            pairs = sorted({(raw, masked) for s, e, raw, masked in self._spans[lo:hi] if e > f.start},
                           key=lambda kv: -len(kv[0]))
        for raw, masked in pairs:
            if raw in text:
                text = text.replace(raw, masked)
        return text


_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


def one_line(text: str) -> str:
    """A message for a line-oriented output: line breaks as ⏎, other control characters (an escape
    sequence from a pasted draft) as visible escapes, so a draft cannot break or steer the report."""
    return visible(text.replace("\r\n", "⏎").replace("\n", "⏎").replace("\r", "⏎"))


def visible(text: str) -> str:
    """Control characters other than line ends as visible escapes (ESC as \\x1b), never raw."""
    return _CONTROL.sub(lambda m: f"\\x{ord(m.group()):02x}", text)


def concise(results, out: TextIO, show_pii: bool = False) -> None:
    for r in results:
        privacy = Privacy(r)
        for f in r.findings:
            message, _ = shown(f, show_pii, privacy)
            out.write(f"{r.path}:{f.line}:{f.column}: {f.severity} [{f.rule}] {one_line(message)}\n")


def as_json(results, out: TextIO, show_pii: bool = False) -> None:
    items = []
    for r in results:
        privacy = Privacy(r)
        for f in r.findings:
            data = f.to_json()
            data["path"] = r.path
            data["message"], data["excerpt"] = shown(f, show_pii, privacy)
            if not show_pii:
                data["fix"] = privacy.mask(f, f.fix)
            items.append(data)
    json.dump(items, out, ensure_ascii=False, indent=2)
    out.write("\n")


def _gh_escape(value: str, prop: bool = False) -> str:
    value = value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
    if prop:
        value = value.replace(":", "%3A").replace(",", "%2C")
    return value


def github(results, out: TextIO, show_pii: bool = False) -> None:
    level = {"error": "error", "warning": "warning", "info": "notice"}
    for r in results:
        privacy = Privacy(r)
        for f in r.findings:
            message, _ = shown(f, show_pii, privacy)
            out.write(
                f"::{level[f.severity]} file={_gh_escape(r.path, True)},line={f.line},col={f.column},"
                f"endLine={f.end_line},endColumn={f.end_column},title={_gh_escape(f.rule, True)}::"
                f"{_gh_escape(visible(message))}\n"
            )


def sarif(results, out: TextIO, rules: dict, show_pii: bool = False, version: str = "") -> None:
    from .explain import help_text

    used = sorted({f.rule for r in results for f in r.findings} | set(rules))
    rule_index = {rule_id: i for i, rule_id in enumerate(used)}
    level = {"error": "error", "warning": "warning", "info": "note"}
    driver_rules = []
    for rule_id in used:
        rule = rules[rule_id]
        driver_rules.append({
            "id": rule_id,
            "name": rule_id,
            "shortDescription": {"text": rule.summary},
            "fullDescription": {"text": rule.docs.get("what", rule.summary)},
            "help": {"text": help_text(rule)},
            "defaultConfiguration": {"level": level[rule.severity]},
            "properties": {"tip": rule.tip, "tips": rule.tips},
        })
    sarif_results = []
    for r in results:
        uri = r.path if r.path != "-" else "stdin"
        privacy = Privacy(r)
        for f in r.findings:
            message, excerpt = shown(f, show_pii, privacy)
            fix = f.fix if show_pii else privacy.mask(f, f.fix)
            region = {"startLine": f.line, "startColumn": f.column, "endLine": f.end_line,
                      "endColumn": f.end_column, "snippet": {"text": excerpt}}
            item = {
                "ruleId": f.rule,
                "ruleIndex": rule_index[f.rule],
                "level": level[f.severity],
                "message": {"text": message},
                "locations": [{"physicalLocation": {"artifactLocation": {"uri": uri}, "region": region}}],
            }
            if fix is not None:
                item["fixes"] = [{
                    "description": {"text": f"→ {fix}"},
                    "artifactChanges": [{"artifactLocation": {"uri": uri}, "replacements": [{
                        "deletedRegion": {k: region[k] for k in ("startLine", "startColumn", "endLine", "endColumn")},
                        "insertedContent": {"text": fix},
                    }]}],
                }]
            sarif_results.append(item)
    doc = {
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
        "version": "2.1.0",
        "runs": [{
            "tool": {"driver": {"name": "outreach-lint", "version": version,
                                "informationUri": "https://pypi.org/project/outreach-lint/",
                                "rules": driver_rules}},
            "columnKind": "unicodeCodePoints",
            "results": sarif_results,
        }],
    }
    json.dump(doc, out, ensure_ascii=False, indent=2)
    out.write("\n")


def rich(results, console, show_pii: bool = False) -> None:
    """ruff-like full output: each finding with its source line and the span underlined."""
    from rich.markup import escape
    from rich.text import Text

    style = {"error": "bold red", "warning": "yellow", "info": "cyan"}
    counts = {"error": 0, "warning": 0, "info": 0}
    files_with = 0
    for r in results:
        if r.findings:
            files_with += 1
        privacy = Privacy(r)
        masked_lines = _masked_lines(r, show_pii)
        for f in r.findings:
            counts[f.severity] += 1
            message, _ = shown(f, show_pii, privacy)
            head = Text()
            head.append(f"{r.path}:{f.line}:{f.column}", style="bold")
            head.append(": ")
            head.append(f.severity, style=style[f.severity])
            head.append(f" [{f.rule}] ", style="magenta")
            head.append(one_line(message))
            if f.fix is not None:
                fix = f.fix if show_pii else privacy.mask(f, f.fix)
                head.append(f"  → {one_line(fix)}", style="green")
            console.print(head)
            line_text = masked_lines.get(f.line)
            if line_text is not None:
                gutter = f"{f.line:>4} │ "
                end_col = f.end_column if f.end_line == f.line else len(line_text) + 1
                line_text, first, last = _window(line_text, f.column - 1, end_col - 1)
                console.print(Text(gutter, style="blue") + Text(line_text))
                width = sum(_cell(c) for c in line_text[:first])
                span = max(1, sum(_cell(c) for c in line_text[first:last]))
                console.print(Text(" " * (len(gutter) - 2) + "│ ", style="blue")
                              + Text(" " * width + "^" * span, style=style[f.severity]))
            console.print()
        meter = r.meter
        if meter:
            used, limit, label = meter
            colour = "red" if used > limit else "green"
            console.print(f"[dim]{escape(r.path)}[/dim] {escape(label)}: [{colour}]{used}/{limit}[/{colour}] characters")
    total = sum(counts.values())
    if total:
        parts = [f"{counts[k]} {k}{'s' if counts[k] != 1 else ''}" for k in ("error", "warning", "info") if counts[k]]
        console.print(f"Found {', '.join(parts)} in {files_with} file{'s' if files_with != 1 else ''} "
                      f"({len(results)} checked).")
    else:
        console.print(f"[green]All clear[/green]: no findings in {len(results)} file{'s' if len(results) != 1 else ''}.")


def _cell(ch: str) -> int:
    import unicodedata

    return 2 if unicodedata.east_asian_width(ch) in "WF" else 1


# A source line longer than this is shown as a window around the finding (a 5 MB one-line draft).
_LINE_WINDOW = 160
# Control characters are shown as their Unicode pictures (one character for one, so the caret
# still lines up); a tab as a space.
_VISIBLE = {c: 0x2400 + c for c in range(0x20)}
_VISIBLE.update({0x09: 0x20, 0x7F: 0x2421})


def _window(text: str, start: int, end: int) -> tuple[str, int, int]:
    """The part of a long line around text[start:end], with … where it was cut; returns the
    shown text and the span's start and end in it."""
    start = max(0, min(start, len(text)))
    end = max(start, min(end, len(text)))
    if len(text) > _LINE_WINDOW:
        margin = _LINE_WINDOW // 4
        end = min(end, start + _LINE_WINDOW)  # a very long span: its start is enough
        lo = max(0, start - margin)
        hi = min(len(text), max(end, start + 1) + margin)
        head = "…" if lo > 0 else ""
        tail = "…" if hi < len(text) else ""
        text = head + text[lo:hi] + tail
        start, end = start - lo + len(head), end - lo + len(head)
    return text.translate(_VISIBLE), start, end


def _masked_lines(result, show_pii: bool) -> dict[int, str]:
    """Every source line the report shows, personal data masked (one pass over the findings)."""
    if show_pii:
        return dict(result.lines)
    chars: dict[int, list[str]] = {}
    for f in result.findings:
        if not f.pii:
            continue
        for ln in range(f.line, f.end_line + 1):
            text = result.lines.get(ln)
            if text is None:
                continue
            line_chars = chars.get(ln)
            if line_chars is None:  # once per line: a 5 MB line holds thousands of numbers
                line_chars = chars[ln] = list(text)
            start = f.column - 1 if f.line == ln else 0
            end = f.end_column - 1 if f.end_line == ln else len(line_chars)
            masked = f.excerpt if f.line == f.end_line == ln else "*" * (end - start)
            # Masks keep the excerpt's length where they can; otherwise pad or cut.
            masked = (masked + "*" * (end - start))[: end - start]
            line_chars[start:end] = list(masked)
    return {ln: "".join(chars[ln]) if ln in chars else text for ln, text in result.lines.items()}


def _masked_line(result, line: int, show_pii: bool) -> str | None:
    return _masked_lines(result, show_pii).get(line)
