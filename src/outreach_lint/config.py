"""Configuration: discovery, validation, and the settings that apply to one draft."""
from __future__ import annotations

import fnmatch
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from .errors import ConfigError
from .finding import SEVERITIES
from .rule import PLATFORMS

_TOP_KEYS = {"platform", "select", "ignore", "fail-on", "severity", "rule", "rules-dir", "overrides", "lang"}
_OVERRIDE_KEYS = {"files", "platform", "select", "ignore"}


@dataclass
class Override:
    files: list[str]
    platform: str | None = None
    select: list[str] | None = None
    ignore: list[str] | None = None

    def matches(self, path: str) -> bool:
        name = path.replace("\\", "/")
        base = name.rsplit("/", 1)[-1]
        return any(fnmatch.fnmatch(name, g) or fnmatch.fnmatch(base, g) or fnmatch.fnmatch(name, "*/" + g)
                   for g in self.files)


@dataclass
class Config:
    path: Path | None = None
    platform: str | None = None
    select: list[str] | None = None
    ignore: list[str] = field(default_factory=list)
    fail_on: str = "warning"
    severity: dict[str, str] = field(default_factory=dict)
    rule_options: dict[str, dict] = field(default_factory=dict)
    rules_dirs: list[Path] = field(default_factory=list)
    overrides: list[Override] = field(default_factory=list)
    lang: str = "ja"


@dataclass(frozen=True)
class Settings:
    """What applies to one draft after the config, its overrides and the command line."""

    platform: str
    rules: tuple[str, ...]


def find_config(start: Path) -> Path | None:
    for folder in (start, *start.parents):
        dotfile = folder / ".outreach-lint.toml"
        if dotfile.is_file():
            return dotfile
        pyproject = folder / "pyproject.toml"
        if pyproject.is_file():
            try:
                data = tomllib.loads(pyproject.read_text(encoding="utf-8"))
            except (tomllib.TOMLDecodeError, OSError, UnicodeDecodeError) as exc:
                raise ConfigError(f"{pyproject}: invalid TOML: {exc}") from None
            if "outreach-lint" in data.get("tool", {}):
                return pyproject
    return None


def load_config(path: Path | None) -> Config:
    if path is None:
        return Config()
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ConfigError(f"{path}: config file not found") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path}: cannot read config ({exc})") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: invalid TOML: {exc}") from None
    prefix = ""
    if path.name == "pyproject.toml":
        data = data.get("tool", {}).get("outreach-lint", {})
        prefix = "tool.outreach-lint."
        if not isinstance(data, dict):
            raise ConfigError(f"{path}: [tool.outreach-lint] must be a table")
    return parse_config(data, path, prefix)


def parse_config(data: dict, path: Path, prefix: str = "") -> Config:
    def fail(key: str, expected: str):
        raise ConfigError(f"{path}: {prefix}{key}: expected {expected}")

    for key in data:
        if key not in _TOP_KEYS:
            raise ConfigError(f"{path}: unknown key {prefix}{key} (expected one of {', '.join(sorted(_TOP_KEYS))})")
    cfg = Config(path=path)
    if "platform" in data:
        cfg.platform = _platform(data["platform"], lambda: fail("platform", f"one of {', '.join(PLATFORMS)}"))
    if "select" in data:
        cfg.select = _str_list(data["select"], lambda: fail("select", "a list of rule ids"))
    if "ignore" in data:
        cfg.ignore = _str_list(data["ignore"], lambda: fail("ignore", "a list of rule ids"))
    if "fail-on" in data:
        if data["fail-on"] not in SEVERITIES:
            fail("fail-on", f"one of {', '.join(SEVERITIES)}")
        cfg.fail_on = data["fail-on"]
    if "lang" in data:
        if data["lang"] not in ("ja", "en"):
            fail("lang", "ja or en")
        cfg.lang = data["lang"]
    sev = data.get("severity", {})
    if not isinstance(sev, dict):
        fail("severity", "a table of rule = level")
    for rule_id, level in sev.items():
        if level not in SEVERITIES:
            fail(f"severity.{rule_id}", f"one of {', '.join(SEVERITIES)}")
    cfg.severity = dict(sev)
    opts = data.get("rule", {})
    if not isinstance(opts, dict) or not all(isinstance(v, dict) for v in opts.values()):
        fail("rule", "tables like [rule.long-sentence] with the rule's options")
    cfg.rule_options = {k: dict(v) for k, v in opts.items()}
    if "rules-dir" in data:
        dirs = data["rules-dir"]
        dirs = [dirs] if isinstance(dirs, str) else dirs
        dirs = _str_list(dirs, lambda: fail("rules-dir", "a folder path or a list of them"))
        cfg.rules_dirs = [(path.parent / d).resolve() for d in dirs]
        for d in cfg.rules_dirs:
            if not d.is_dir():
                raise ConfigError(f"{path}: {prefix}rules-dir: {d} is not a folder")
    overrides = data.get("overrides", [])
    if not isinstance(overrides, list) or not all(isinstance(o, dict) for o in overrides):
        fail("overrides", "an array of tables ([[overrides]])")
    for i, o in enumerate(overrides):
        key = f"overrides[{i}]"
        for k in o:
            if k not in _OVERRIDE_KEYS:
                raise ConfigError(f"{path}: unknown key {prefix}{key}.{k} (expected files, platform, select or ignore)")
        if "files" not in o:
            fail(f"{key}.files", "a list of glob patterns")
        files = o["files"]
        files = [files] if isinstance(files, str) else files
        cfg.overrides.append(Override(
            files=_str_list(files, lambda: fail(f"{key}.files", "a list of glob patterns")),
            platform=_platform(o["platform"], lambda: fail(f"{key}.platform", f"one of {', '.join(PLATFORMS)}"))
            if "platform" in o else None,
            select=_str_list(o["select"], lambda: fail(f"{key}.select", "a list of rule ids")) if "select" in o else None,
            ignore=_str_list(o["ignore"], lambda: fail(f"{key}.ignore", "a list of rule ids")) if "ignore" in o else None,
        ))
    return cfg


def validate_against_rules(cfg: Config, rules: dict) -> None:
    """Rule ids and rule options must exist, with the types of the rule's defaults."""
    where = cfg.path or "command line"
    lists = [("select", cfg.select or []), ("ignore", cfg.ignore)]
    lists += [(f"overrides[{i}].select", o.select or []) for i, o in enumerate(cfg.overrides)]
    lists += [(f"overrides[{i}].ignore", o.ignore or []) for i, o in enumerate(cfg.overrides)]
    lists += [("severity", list(cfg.severity)), ("rule", list(cfg.rule_options))]
    for key, ids in lists:
        for rule_id in ids:
            if rule_id not in rules and rule_id != "ALL":
                raise ConfigError(f"{where}: {key}: unknown rule {rule_id!r} (see `outreach-lint rules`)")
    for rule_id, opts in cfg.rule_options.items():
        defaults = rules[rule_id].options
        for key, value in opts.items():
            if key == "allow":
                if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
                    raise ConfigError(f"{where}: rule.{rule_id}.allow: expected a list of regular expressions")
                continue
            if key not in defaults:
                known = ", ".join(["allow", *defaults]) or "allow"
                raise ConfigError(f"{where}: unknown option rule.{rule_id}.{key} (expected {known})")
            if not _same_type(defaults[key], value):
                raise ConfigError(f"{where}: rule.{rule_id}.{key}: expected {type(defaults[key]).__name__}, "
                                  f"got {type(value).__name__}")
            low = rules[rule_id].options_min.get(key)
            if low is not None and value < low:
                raise ConfigError(f"{where}: rule.{rule_id}.{key}: must be at least {low}, got {value}")


def _same_type(default, value) -> bool:
    if isinstance(default, bool) or isinstance(value, bool):
        return isinstance(default, bool) and isinstance(value, bool)
    if isinstance(default, (int, float)):
        return isinstance(value, (int, float))
    if isinstance(default, dict):
        return isinstance(value, dict)
    return isinstance(value, type(default))


def _platform(value, fail):
    if value not in PLATFORMS:
        fail()
    return value


def _str_list(value, fail):
    if isinstance(value, str):
        value = [v.strip() for v in value.split(",") if v.strip()]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        fail()
    return list(value)


def settings_for(cfg: Config, rules: dict, path: str, cli_platform: str | None, cli_select, cli_ignore,
                 default_platform: str | None = None) -> Settings:
    """Precedence: command line > matching overrides > config > the file type's default."""
    platform = cfg.platform or default_platform or "generic"
    select = cfg.select
    ignore = list(cfg.ignore)
    for o in cfg.overrides:
        if o.matches(path):
            platform = o.platform or platform
            if o.select is not None:
                select = o.select
            if o.ignore is not None:
                ignore += o.ignore
    if cli_platform:
        platform = cli_platform
    if cli_select:
        select = cli_select
    if cli_ignore:
        ignore += cli_ignore
    chosen = list(rules) if not select or "ALL" in select else [r for r in rules if r in select]
    ignored = set(ignore)
    return Settings(platform, tuple(r for r in chosen if r not in ignored and platform in rules[r].platforms))
