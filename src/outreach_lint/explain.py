"""A rule's documentation, generated from its own definition (like `ruff rule X`)."""
from __future__ import annotations

from .rule import Rule
from .tips import TIPS

_FIX_WORDS = {"always": "Always available: `--fix` applies it.",
              "sometimes": "Sometimes available: `--fix` applies it where the replacement is unambiguous.",
              "never": "Not available: the wording is yours to choose."}


def _example(ex) -> str:
    where = f" ({ex.platform})" if ex.platform != "generic" else ""
    body = "\n".join("    " + line for line in ex.text.splitlines() or [""])
    return f"{body}\n" + (f"    ← {ex.platform}\n" if where else "")


def explain_markdown(rule: Rule) -> str:
    tips = "\n".join(f"- Tip {t}: {TIPS[t]}" for t in rule.tips)
    parts = [
        f"# {rule.id}",
        "",
        f"{rule.summary}",
        "",
        f"Tip: {', '.join(str(t) for t in rule.tips)} · Default severity: {rule.severity} · "
        f"Platforms: {', '.join(rule.platforms)} · Fix: {rule.fixable}",
        "",
        "## What it does",
        rule.docs.get("what", rule.summary),
        "",
        "## Why it matters",
        rule.docs.get("why", ""),
        "",
        tips,
        "",
    ]
    if rule.docs.get("not_flagged"):
        parts += ["## What it does not flag", rule.docs["not_flagged"], ""]
    if rule.bad:
        parts += ["## Example", "```"] + [ex.text for ex in rule.bad[:2]] + ["```", ""]
    if rule.good:
        parts += ["## Better", "```"] + [ex.text for ex in rule.good[:2]] + ["```", ""]
    parts += ["## Fix", rule.docs.get("fix", _FIX_WORDS[rule.fixable]), ""]
    if rule.options:
        parts += ["## Options"] + [f"- `{k}` = {v!r}" + (f" (at least {rule.options_min[k]})" if k in rule.options_min else "")
                                   for k, v in rule.options.items()] + [
            "- `allow` = [] (regular expressions whose matches this rule never reports)", ""]
    return "\n".join(parts)


def help_text(rule: Rule) -> str:
    """The plain-text help used in SARIF."""
    text = f"{rule.docs.get('what', rule.summary)}\nWhy: {rule.docs.get('why', '')}\n"
    text += "".join(f"Tip {t}: {TIPS[t]}\n" for t in rule.tips)
    if rule.bad:
        text += f"Example: {rule.bad[0].text}\n"
    if rule.good:
        text += f"Better: {rule.good[0].text}\n"
    return text


def rules_markdown(rules: dict) -> str:
    """The README's rule table, generated from the rule files."""
    lines = ["| id | tip | severity | fix | summary |", "|---|---|---|---|---|"]
    for rule in sorted(rules.values(), key=lambda r: (r.tip, r.id)):
        summary = rule.summary.replace("|", "\\|")
        lines.append(f"| `{rule.id}` | {', '.join(map(str, rule.tips))} | {rule.severity} | {rule.fixable} | {summary} |")
    return "\n".join(lines) + "\n"
