"""Output formats. Every format masks personal data unless show_pii is set."""
from __future__ import annotations

import json
from typing import TextIO

from .finding import Finding

FORMATS = ("rich", "concise", "json", "sarif", "github")
PLATFORM_LABELS = {
    "generic": "Generic", "linkedin-note": "LinkedIn note", "linkedin": "LinkedIn message",
    "facebook": "Facebook message", "x": "X post", "email": "Email",
}


def shown(f: Finding, show_pii: bool) -> tuple[str, str]:
    """(message, excerpt) as they may be printed."""
    if f.pii and show_pii:
        return f.message.replace(f.excerpt, f.raw_excerpt), f.raw_excerpt
    return f.message, f.excerpt


def concise(results, out: TextIO, show_pii: bool = False) -> None:
    for r in results:
        for f in r.findings:
            message, _ = shown(f, show_pii)
            out.write(f"{r.path}:{f.line}:{f.column}: {f.severity} [{f.rule}] {message}\n")


def as_json(results, out: TextIO, show_pii: bool = False) -> None:
    items = []
    for r in results:
        for f in r.findings:
            data = f.to_json()
            data["path"] = r.path
            data["message"], data["excerpt"] = shown(f, show_pii)
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
        for f in r.findings:
            message, _ = shown(f, show_pii)
            out.write(
                f"::{level[f.severity]} file={_gh_escape(r.path, True)},line={f.line},col={f.column},"
                f"endLine={f.end_line},endColumn={f.end_column},title={_gh_escape(f.rule, True)}::"
                f"{_gh_escape(message)}\n"
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
        for f in r.findings:
            message, excerpt = shown(f, show_pii)
            region = {"startLine": f.line, "startColumn": f.column, "endLine": f.end_line,
                      "endColumn": f.end_column, "snippet": {"text": excerpt}}
            item = {
                "ruleId": f.rule,
                "ruleIndex": rule_index[f.rule],
                "level": level[f.severity],
                "message": {"text": message},
                "locations": [{"physicalLocation": {"artifactLocation": {"uri": uri}, "region": region}}],
            }
            if f.fix is not None:
                item["fixes"] = [{
                    "description": {"text": f"→ {f.fix}"},
                    "artifactChanges": [{"artifactLocation": {"uri": uri}, "replacements": [{
                        "deletedRegion": {k: region[k] for k in ("startLine", "startColumn", "endLine", "endColumn")},
                        "insertedContent": {"text": f.fix},
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
        for f in r.findings:
            counts[f.severity] += 1
            message, _ = shown(f, show_pii)
            head = Text()
            head.append(f"{r.path}:{f.line}:{f.column}", style="bold")
            head.append(": ")
            head.append(f.severity, style=style[f.severity])
            head.append(f" [{f.rule}] ", style="magenta")
            head.append(message)
            if f.fix is not None:
                head.append(f"  → {f.fix}", style="green")
            console.print(head)
            line_text = _masked_line(r, f.line, show_pii)
            if line_text is not None:
                gutter = f"{f.line:>4} │ "
                console.print(Text(gutter, style="blue") + Text(line_text))
                width = sum(_cell(c) for c in line_text[: f.column - 1])
                end_col = f.end_column if f.end_line == f.line else len(line_text) + 1
                span = max(1, sum(_cell(c) for c in line_text[f.column - 1:end_col - 1]))
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


def _masked_line(result, line: int, show_pii: bool) -> str | None:
    text = result.lines.get(line)
    if text is None:
        return None
    if show_pii:
        return text
    chars = list(text)
    for f in result.findings:
        if not f.pii:
            continue
        for ln in range(f.line, f.end_line + 1):
            if ln != line:
                continue
            start = f.column - 1 if f.line == line else 0
            end = f.end_column - 1 if f.end_line == line else len(chars)
            masked = f.excerpt if f.line == f.end_line == line else "*" * (end - start)
            # Masks keep the excerpt's length where they can; otherwise pad or cut.
            masked = (masked + "*" * (end - start))[: end - start]
            chars[start:end] = list(masked)
    return "".join(chars)
