"""Loads rule definitions (TOML in rules/, plus a user's rules-dir) into one registry."""
from __future__ import annotations

import importlib
import re
import tomllib
from functools import lru_cache
from pathlib import Path

from .errors import RuleError
from .finding import SEVERITIES
from .kinds import ALL_KINDS, KINDS
from .rule import PLATFORMS, Example, Rule

_REQUIRED = {"id": str, "tip": (int, list), "severity": str, "kind": str, "summary": str, "message": str}
_OPTIONAL = {"docs": dict, "examples": dict, "options": dict, "options-min": dict, "fixable": str, "platforms": list,
             "pii": bool, "check": str, "scope": str, "message_en": str,
             "summary_en": str}
_KIND_KEYS = {"patterns", "tokens", "exceptions", "folded", "swap", "sequence", "max"}
_DOC_KEYS = ("what", "why", "not_flagged", "fix")


def builtin_rules_dir() -> Path:
    """rules/ ships inside the wheel as outreach_lint/rules; in a source checkout it is top level."""
    here = Path(__file__).resolve().parent
    packaged = here / "rules"
    if packaged.is_dir():
        return packaged
    return here.parent.parent / "rules"


def _load_file(path: Path, builtin: bool) -> Rule:
    where = str(path)
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        raise RuleError(f"{where}: cannot read rule file ({exc})") from None
    except tomllib.TOMLDecodeError as exc:
        raise RuleError(f"{where}: invalid TOML: {exc}") from None
    for key, typ in _REQUIRED.items():
        if key not in data:
            raise RuleError(f"{where}: missing required key `{key}`")
        if not isinstance(data[key], typ):
            raise RuleError(f"{where}: `{key}` has the wrong type")
    for key in data:
        if key not in _REQUIRED and key not in _OPTIONAL and key not in _KIND_KEYS:
            raise RuleError(f"{where}: unknown key `{key}`")
    for key, typ in _OPTIONAL.items():
        if key in data and not isinstance(data[key], typ):
            raise RuleError(f"{where}: `{key}` must be a {typ.__name__}")
    for key in ("message", "message_en"):
        if key in data:
            _check_message(data[key], f"{where}: `{key}`")
    rule_id = data["id"]
    if path.stem != rule_id:
        raise RuleError(f"{where}: id {rule_id!r} must match the file name ({path.stem})")
    kind = data["kind"]
    if kind not in ALL_KINDS:
        raise RuleError(f"{where}: unknown kind {kind!r} (expected one of {', '.join(ALL_KINDS)})")
    if data["severity"] not in SEVERITIES:
        raise RuleError(f"{where}: severity must be one of {', '.join(SEVERITIES)}")
    tips = data["tip"] if isinstance(data["tip"], list) else [data["tip"]]
    if not tips or not all(isinstance(t, int) and 1 <= t <= 10 for t in tips):
        raise RuleError(f"{where}: tip must be a number from 1 to 10 (or a list of them)")
    platforms = tuple(data.get("platforms", PLATFORMS))
    for p in platforms:
        if p not in PLATFORMS:
            raise RuleError(f"{where}: unknown platform {p!r} (expected one of {', '.join(PLATFORMS)})")
    docs = data.get("docs", {})
    for key in docs:
        if key not in _DOC_KEYS:
            raise RuleError(f"{where}: unknown docs key `{key}` (expected {', '.join(_DOC_KEYS)})")
    examples = data.get("examples", {})
    bad = _examples(examples.get("bad", []), f"{where}: examples.bad")
    good = _examples(examples.get("good", []), f"{where}: examples.good")
    options_min = data.get("options-min", {})
    for key, low in options_min.items():
        if key not in data.get("options", {}) or isinstance(low, bool) or not isinstance(low, (int, float)):
            raise RuleError(f"{where}: options-min.{key} must be a number for an option in [options]")
    fixable = data.get("fixable", "always" if kind == "substitution" else "never")
    if fixable not in ("always", "sometimes", "never"):
        raise RuleError(f"{where}: fixable must be always, sometimes or never")
    rule = Rule(
        id=rule_id, tips=tips, severity=data["severity"], kind=kind, summary=data["summary"],
        message=data["message"], docs=docs, bad=bad, good=good, options=data.get("options", {}),
        fixable=fixable, platforms=platforms, pii=data.get("pii", False), source=where,
        message_en=data.get("message_en", ""), options_min=options_min,
    )
    if kind == "code":
        name = data.get("check")
        if not builtin:
            raise RuleError(f"{where}: kind 'code' is only for built-in rules; use a data kind")
        if not name:
            raise RuleError(f"{where}: a code rule needs `check`, the name of its Python check")
        if not re.fullmatch(r"[a-z_][a-z0-9_]*", name):
            raise RuleError(f"{where}: check must be a Python module name in outreach_lint.checks")
        rule.check = _LazyCheck(name, rule)
        scope = data.get("scope", "draft")
        if scope not in ("draft", "run"):
            raise RuleError(f"{where}: scope must be draft or run")
        rule.cross_file = scope == "run"
    else:
        rule.check = KINDS[kind](data, where)
    return rule


def _check_message(message: str, where: str) -> None:
    """Placeholders must be plain names ({match}, {count}); {0}, {x.y} or a stray brace would only
    fail on the first finding of some draft."""
    import string

    try:
        fields = list(string.Formatter().parse(message))
    except ValueError as exc:
        raise RuleError(f"{where}: {exc} (write {{{{ and }}}} for literal braces)") from None
    for _, name, spec, _ in fields:
        if name is not None and (not name.isidentifier() or "{" in (spec or "")):
            raise RuleError(f"{where}: placeholder {{{name}}} must be a name like {{match}} or {{count}}")


class _LazyCheck:
    """Imports a Python check on first use, so listing rules stays cheap."""

    def __init__(self, name: str, rule: Rule):
        self.name = name
        self.rule = rule
        self._fn = None
        self._module = None

    @property
    def module(self):
        if self._module is None:  # cross-file rules reach it once per draft: import once
            try:
                self._module = importlib.import_module(f"{__package__}.checks.{self.name}")
            except ModuleNotFoundError:
                raise RuleError(f"{self.rule.source}: no built-in check named {self.name!r}") from None
        return self._module

    def __call__(self, ctx):
        if self._fn is None:
            self._fn = self.module.check
        return self._fn(ctx)


def _examples(raw, where: str) -> list[Example]:
    if not isinstance(raw, list):
        raise RuleError(f"{where}: expected a list")
    out = []
    for i, item in enumerate(raw):
        if isinstance(item, str):
            out.append(Example(item))
        elif isinstance(item, dict) and isinstance(item.get("text"), str):
            platform = item.get("platform", "generic")
            if platform not in PLATFORMS:
                raise RuleError(f"{where}[{i}]: unknown platform {platform!r}")
            out.append(Example(item["text"], platform, item.get("note", "")))
        else:
            raise RuleError(f"{where}[{i}]: expected a string or a table with `text`")
    return out


def load_dir(folder: Path, builtin: bool) -> dict[str, Rule]:
    if not folder.is_dir():
        raise RuleError(f"{folder}: rules-dir is not a folder")
    rules = {}
    for path in sorted(folder.glob("*.toml")):
        rule = _load_file(path, builtin)
        rules[rule.id] = rule
    return rules


@lru_cache(maxsize=1)
def builtin_rules() -> dict[str, Rule]:
    return load_dir(builtin_rules_dir(), builtin=True)


def all_rules(extra_dirs: tuple[Path, ...] = ()) -> dict[str, Rule]:
    rules = dict(builtin_rules())
    for folder in extra_dirs:
        for rule_id, rule in load_dir(folder, builtin=False).items():
            if rule_id in rules and rules[rule_id].source.startswith(str(builtin_rules_dir())):
                raise RuleError(f"{rule.source}: rule id {rule_id!r} is already a built-in rule")
            rules[rule_id] = rule
    return rules
