"""The command line: a thin Typer/Rich layer over outreach_lint.lint."""
from __future__ import annotations

import os
import sys
from enum import Enum
from pathlib import Path
from typing import List, Optional

import typer

from .errors import OutreachLintError

app = typer.Typer(
    name="outreach-lint",
    help="Lint networking messages (LinkedIn, Facebook, X, email) against ten networking tips.",
    add_completion=False,
    no_args_is_help=True,
    rich_markup_mode=None,
    pretty_exceptions_enable=False,
)
DRAFT_SUFFIXES = (".txt", ".md", ".eml")


class Platform(str, Enum):
    generic = "generic"
    linkedin_note = "linkedin-note"
    linkedin = "linkedin"
    facebook = "facebook"
    x = "x"
    email = "email"


class Level(str, Enum):
    info = "info"
    warning = "warning"
    error = "error"


class Format(str, Enum):
    rich = "rich"
    concise = "concise"
    json = "json"
    sarif = "sarif"
    github = "github"


def _split(values: Optional[List[str]]) -> list[str] | None:
    if not values:
        return None
    return [v.strip() for value in values for v in value.split(",") if v.strip()]


def _stderr(message: str) -> None:
    sys.stderr.write(f"outreach-lint: {message}\n")
    sys.stderr.flush()


@app.command()
def check(
    paths: List[str] = typer.Argument(None, help="Files, folders (*.txt, *.md, *.eml) or - for stdin."),
    platform: Optional[Platform] = typer.Option(None, "--platform", "-p", help="Where the message is sent."),
    select: Optional[List[str]] = typer.Option(None, "--select", help="Only these rules (comma-separated)."),
    ignore: Optional[List[str]] = typer.Option(None, "--ignore", help="Skip these rules (comma-separated)."),
    fail_on: Optional[Level] = typer.Option(None, "--fail-on", help="Lowest severity that fails (default warning)."),
    output_format: Optional[Format] = typer.Option(None, "--format", "-f",
                                                   help="rich on a terminal, concise otherwise."),
    config: Optional[Path] = typer.Option(None, "--config", help="Config file (default: nearest pyproject.toml "
                                          "with [tool.outreach-lint] or .outreach-lint.toml)."),
    stdin_filename: Optional[str] = typer.Option(None, "--stdin-filename", help="Name for stdin in reports and overrides."),
    fix: bool = typer.Option(False, "--fix", help="Apply safe fixes, then report what remains."),
    diff: bool = typer.Option(False, "--diff", help="Print the diff --fix would apply; write nothing."),
    show_pii: bool = typer.Option(False, "--show-pii", help="Show phone numbers and addresses unmasked on a terminal."),
    jobs: Optional[int] = typer.Option(None, "--jobs", "-j", help="Processes (default: CPUs; 1 disables)."),
    lang: Optional[str] = typer.Option(None, "--lang", help="Message language: ja (default) or en."),
) -> None:
    """Lint drafts and report findings."""
    from .runner import RunOptions, run

    options = RunOptions(
        paths=list(paths or []), platform=platform.value if platform else None, select=_split(select),
        ignore=_split(ignore), fail_on=fail_on.value if fail_on else None,
        output_format=output_format.value if output_format else None, config=config,
        stdin_filename=stdin_filename, fix=fix, diff=diff, show_pii=show_pii, jobs=jobs, lang=lang,
    )
    raise typer.Exit(run(options))


@app.command("rules")
def list_rules(config: Optional[Path] = typer.Option(None, "--config", help="Config file (adds its rules-dir)."),
               markdown: bool = typer.Option(False, "--markdown", help="Print a Markdown table (as in README).")) -> None:
    """List every rule: id, tip, default severity, fix, summary."""
    rules = _rules(config)
    if markdown:
        from .explain import rules_markdown

        sys.stdout.write(rules_markdown(rules))
        return
    from rich.console import Console
    from rich.table import Table

    table = Table(title="outreach-lint rules")
    for column in ("id", "tip", "severity", "fix", "summary"):
        table.add_column(column, overflow="fold")
    for rule in sorted(rules.values(), key=lambda r: (r.tip, r.id)):
        table.add_row(rule.id, ",".join(map(str, rule.tips)), rule.severity, rule.fixable, rule.summary)
    Console(soft_wrap=not sys.stdout.isatty()).print(table)


@app.command()
def explain(rule: str = typer.Argument(..., help="A rule id, e.g. phone-number."),
            config: Optional[Path] = typer.Option(None, "--config", help="Config file (adds its rules-dir).")) -> None:
    """Show a rule's documentation: what it checks, why, an example and a better version."""
    from .explain import explain_markdown

    rules = _rules(config)
    if rule not in rules:
        raise OutreachLintError(f"unknown rule {rule!r} (see `outreach-lint rules`)")
    text = explain_markdown(rules[rule])
    if sys.stdout.isatty():
        from rich.console import Console
        from rich.markdown import Markdown

        Console().print(Markdown(text))
    else:
        sys.stdout.write(text)


def _rules(config: Optional[Path]):
    from .config import find_config, load_config
    from .registry import all_rules

    path = config if config is not None else find_config(Path.cwd())
    cfg = load_config(path)
    return all_rules(tuple(cfg.rules_dirs))


@app.callback(invoke_without_command=True)
def _root(version: bool = typer.Option(False, "--version", help="Show the version and exit.")) -> None:
    if version:
        from . import __version__

        print(f"outreach-lint {__version__}")
        raise typer.Exit(0)


def main(argv: list[str] | None = None) -> None:
    """Entry point: every error the user can cause ends in one line on stderr and exit 2."""
    # Typer's click layer (vendored in new Typer, the click package in old): find its base error.
    usage_error = next(c for c in typer.BadParameter.__mro__ if c.__name__ == "ClickException")
    args = sys.argv[1:] if argv is None else argv
    # A file as the first argument means `check`, like `ruff file.py` used to.
    if args and args[0] not in ("check", "rules", "explain", "--help", "-h", "--version") and not args[0].startswith("-"):
        args = ["check", *args]
    command = typer.main.get_command(app)
    code = 0
    try:
        result = command.main(args, prog_name="outreach-lint", standalone_mode=False)
        code = result if isinstance(result, int) else 0
    except typer.Exit as exc:
        code = exc.exit_code
    except typer.Abort:
        code = 130
    except usage_error as exc:
        _stderr(f"error: {exc.format_message()}")
        code = 2
    except OutreachLintError as exc:
        _stderr(f"error: {exc}")
        code = 2
    except KeyboardInterrupt:
        code = 130
    except BrokenPipeError:
        code = _broken_pipe()
    try:
        sys.stdout.flush()
    except BrokenPipeError:
        code = _broken_pipe()
    except (ValueError, OSError):
        pass
    sys.exit(code)


def _broken_pipe() -> int:
    # The reader went away (`| head`): stop quietly; point stdout at devnull so exit does not complain.
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())
    return 0
