"""The command line: a thin Typer/Rich layer over outreach_lint.lint.

Typer (and, in Typer 0.29, pydantic behind it) costs about 0.2 s to import and run, more than a whole
lint of one draft; so `check` with ordinary options is parsed here directly and Typer is only loaded
for everything else (--help, rules, explain, usage errors)."""
from __future__ import annotations

import os
import sys
from enum import Enum
from pathlib import Path
from typing import List, Optional

from .errors import OutreachLintError

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
    try:
        sys.stderr.write(f"outreach-lint: {message}\n")
        sys.stderr.flush()
    except (OSError, ValueError, AttributeError):  # stderr closed or gone: nothing to tell
        pass


def _rules(config: Optional[Path]):
    from .config import find_config, load_config
    from .registry import all_rules

    path = config if config is not None else find_config(Path.cwd())
    cfg = load_config(path)
    return all_rules(tuple(cfg.rules_dirs))


def _list_rules(config: Optional[Path], markdown: bool) -> None:
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


def _explain(rule: str, config: Optional[Path]) -> None:
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


_app = None


def _get_app():
    """The Typer app, built on first use."""
    global _app
    if _app is not None:
        return _app
    import typer

    app = typer.Typer(
        name="outreach-lint",
        help="Lint networking messages (LinkedIn, Facebook, X, email) against ten networking tips.",
        add_completion=False,
        no_args_is_help=True,
        rich_markup_mode=None,
        pretty_exceptions_enable=False,
    )

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
        _list_rules(config, markdown)

    @app.command()
    def explain(rule: str = typer.Argument(..., help="A rule id, e.g. phone-number."),
                config: Optional[Path] = typer.Option(None, "--config", help="Config file (adds its rules-dir).")) -> None:
        """Show a rule's documentation: what it checks, why, an example and a better version."""
        _explain(rule, config)

    @app.callback(invoke_without_command=True)
    def _root(version: bool = typer.Option(False, "--version", help="Show the version and exit.")) -> None:
        if version:
            from . import __version__

            print(f"outreach-lint {__version__}")
            raise typer.Exit(0)

    _app = app
    return app


def __getattr__(name):
    if name == "app":  # `from outreach_lint.cli import app` still works
        return _get_app()
    raise AttributeError(name)


def main(argv: list[str] | None = None) -> None:
    """Entry point: every error the user can cause ends in one line on stderr and exit 2; Ctrl-C
    exits 130 and a closed pipe exits quietly, neither with a traceback."""
    _tolerant_streams()
    args = sys.argv[1:] if argv is None else argv
    # A file as the first argument means `check`, like `ruff file.py` used to.
    if args and args[0] not in ("check", "rules", "explain", "--help", "-h", "--version") and not args[0].startswith("-"):
        args = ["check", *args]
    code = 0
    try:
        fast = _fast_path(args)
        code = fast() if fast is not None else _typer_main(args)
    except OutreachLintError as exc:
        _stderr(f"error: {exc}")
        code = 2
    except KeyboardInterrupt:
        _interrupted()
    except BrokenPipeError:
        code = _broken_pipe()
    except Exception as exc:  # noqa: BLE001 - a bug of ours: one line, not a traceback
        if os.environ.get("OUTREACH_LINT_DEBUG"):
            raise
        code = _internal_error(exc)
    try:
        sys.stdout.flush()
    except BrokenPipeError:
        code = _broken_pipe()
    except (ValueError, OSError):
        pass
    sys.exit(code)


def _tolerant_streams() -> None:
    """Never crash while printing: a lone surrogate from a broken file, or a terminal whose encoding
    lacks a character, is written as an escape instead."""
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.reconfigure(errors="backslashreplace")
        except (AttributeError, ValueError, OSError):
            pass


def _interrupted() -> None:
    """Ctrl-C: one line, exit 130 at once (a second Ctrl-C while we stop is ignored)."""
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (OSError, ValueError):
            pass
    _stderr("interrupted")
    os._exit(130)  # skip interpreter teardown: nothing left to clean up, and it can be slow


def _internal_error(exc: BaseException) -> int:
    from .runner import describe_crash

    _stderr(f"internal error: {describe_crash(exc)}; please report it (OUTREACH_LINT_DEBUG=1 shows the traceback)")
    return 2


def _typer_main(args: list[str]) -> int:
    import typer

    # Typer's click layer (vendored in new Typer, the click package in old): find its base error.
    usage_error = next(c for c in typer.BadParameter.__mro__ if c.__name__ == "ClickException")
    command = typer.main.get_command(_get_app())
    try:
        result = command.main(args, prog_name="outreach-lint", standalone_mode=False)
        return result if isinstance(result, int) else 0
    except typer.Exit as exc:
        return exc.exit_code
    except typer.Abort:
        return 130
    except usage_error as exc:
        _stderr(f"error: {exc.format_message()}")
        return 2


# `check` options the fast path understands: name -> (RunOptions field, kind). Anything else (--help,
# an unknown option, a bad value, a missing value) goes to Typer, which reports it as it always has.
_CHECK_OPTIONS = {
    "--platform": ("platform", Platform), "-p": ("platform", Platform),
    "--select": ("select", list), "--ignore": ("ignore", list),
    "--fail-on": ("fail_on", Level), "--format": ("output_format", Format), "-f": ("output_format", Format),
    "--config": ("config", Path), "--stdin-filename": ("stdin_filename", str),
    "--fix": ("fix", bool), "--diff": ("diff", bool), "--show-pii": ("show_pii", bool),
    "--jobs": ("jobs", int), "-j": ("jobs", int), "--lang": ("lang", str),
}


def _fast_path(args: list[str]):
    """The command as a function returning the exit code, when the arguments are plain and valid;
    None sends them to Typer (help, usage errors, anything unusual)."""
    if not args:
        return None
    if args[0] == "check":
        options = _fast_check_options(args)
        if options is None:
            return None
        from .runner import run

        return lambda: run(options)
    if args[0] in ("rules", "explain"):
        config, markdown, positional = None, False, []
        rest = iter(args[1:])
        for arg in rest:
            if arg == "--markdown" and args[0] == "rules":
                markdown = True
            elif arg == "--config":
                config = next(rest, None)
                if config is None:
                    return None
            elif arg.startswith("--config="):
                config = arg.split("=", 1)[1]
            elif arg.startswith("-"):
                return None
            else:
                positional.append(arg)
        config = Path(config) if config is not None else None
        if args[0] == "rules" and not positional:
            return lambda: _list_rules(config, markdown) or 0
        if args[0] == "explain" and len(positional) == 1:
            return lambda: _explain(positional[0], config) or 0
    return None


def _fast_check_options(args: list[str]):
    """RunOptions for `check ...` when every argument is plain and valid, else None (use Typer)."""
    values: dict = {}
    paths: list[str] = []
    i, n = 1, len(args)
    while i < n:
        arg = args[i]
        i += 1
        if arg == "--":
            paths += args[i:]
            break
        if arg == "-" or not arg.startswith("-"):
            paths.append(arg)
            continue
        name, value = arg, None
        if arg.startswith("--") and "=" in arg:
            name, value = arg.split("=", 1)
        elif not arg.startswith("--") and len(arg) > 2:
            name, value = arg[:2], arg[2:]
        spec = _CHECK_OPTIONS.get(name)
        if spec is None:
            return None
        field, kind = spec
        if kind is bool:
            if value is not None:
                return None
            values[field] = True
            continue
        if value is None:
            if i >= n:
                return None
            value = args[i]
            i += 1
        if kind is list:
            values.setdefault(field, []).append(value)
        elif kind is int:
            if not (value.isascii() and value.removeprefix("-").isdigit()):
                return None
            values[field] = int(value)
        elif kind is Path:
            values[field] = Path(value)
        elif kind is str:
            values[field] = value
        else:
            if value not in kind._value2member_map_:
                return None
            values[field] = value
    from .runner import RunOptions

    values["select"] = _split(values.get("select"))
    values["ignore"] = _split(values.get("ignore"))
    return RunOptions(paths=paths, **values)


def _broken_pipe() -> int:
    # The reader went away (`| head`): stop quietly; point stdout (and stderr, if it went the same
    # way, as with `2>&1 | head`) at devnull so exit does not complain.
    from .runner import stop_writing

    stop_writing(sys.stdout)
    try:
        sys.stderr.flush()
    except (BrokenPipeError, ValueError):
        stop_writing(sys.stderr)
    except OSError:
        pass
    return 0
