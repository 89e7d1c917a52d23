"""One `check` run: collect drafts, lint them (in parallel if asked), report, pick the exit code."""
from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path

from .config import find_config, load_config
from .errors import ConfigError, OutreachLintError
from .finding import SEVERITY_RANK
from .lint import FileResult, Linter

DRAFT_SUFFIXES = (".txt", ".md", ".eml")
_SKIP_DIRS = {".git", ".hg", ".svn", "node_modules", ".venv", "venv", "__pycache__", ".tox"}
# Below this many files a process pool costs more than it saves.
_PARALLEL_MIN_FILES = 16


@dataclass
class RunOptions:
    paths: list[str]
    platform: str | None = None
    select: list[str] | None = None
    ignore: list[str] | None = None
    fail_on: str | None = None
    output_format: str | None = None
    config: Path | None = None
    stdin_filename: str | None = None
    fix: bool = False
    diff: bool = False
    show_pii: bool = False
    jobs: int | None = None
    lang: str | None = None


@dataclass
class Target:
    path: str  # as shown in reports
    stdin: bool = False
    error: str | None = None


def collect(paths: list[str], stdin_filename: str | None) -> tuple[list[Target], list[str]]:
    """Expand folders into draft files, in a stable order. Returns targets and notes."""
    targets: list[Target] = []
    notes: list[str] = []
    for raw in paths:
        if raw == "-":
            targets.append(Target(stdin_filename or "-", stdin=True))
            continue
        p = Path(raw)
        if p.is_dir():
            found = sorted(_walk(p))
            if not found:
                notes.append(f"{raw}: no drafts (*.txt, *.md, *.eml) in this folder")
            targets += [Target(str(f)) for f in found]
        elif p.is_symlink() and not p.exists():
            targets.append(Target(raw, error=f"{raw}: broken symbolic link"))
        elif not p.exists():
            targets.append(Target(raw, error=f"{raw}: no such file or folder"))
        else:
            targets.append(Target(raw))
    return targets, notes


def _walk(folder: Path):
    for root, dirs, files in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if d not in _SKIP_DIRS and not d.startswith("."))
        for name in files:
            if name.lower().endswith(DRAFT_SUFFIXES):
                yield Path(root) / name


def make_linter(options: RunOptions) -> Linter:
    config_path = options.config
    if config_path is not None:
        if config_path.is_dir():
            raise ConfigError(f"{config_path}: --config expects a file, got a folder")
        if not config_path.exists():
            raise ConfigError(f"{config_path}: config file not found")
    else:
        config_path = find_config(Path.cwd())
    cfg = load_config(config_path)
    if options.lang:
        if options.lang not in ("ja", "en"):
            raise ConfigError(f"--lang: expected ja or en, got {options.lang!r}")
        cfg.lang = options.lang
    return Linter(cfg, platform=options.platform, select=options.select, ignore=options.ignore)


# -- parallel workers -------------------------------------------------------------------------
_worker_linter: Linter | None = None


def _init_worker(options: RunOptions) -> None:
    global _worker_linter
    _worker_linter = make_linter(options)


def _lint_in_worker(path: str) -> FileResult:
    result = _worker_linter.lint_file(path)
    result.decoded = None  # not needed back in the parent; keeps pickles small
    return result


def lint_targets(linter: Linter, targets: list[Target], options: RunOptions, stdin_data: bytes | None):
    """Yield a FileResult per target, in input order."""
    jobs = options.jobs if options.jobs is not None else (os.cpu_count() or 1)
    if jobs < 1:
        raise ConfigError("--jobs: expected a whole number of at least 1")
    files = [t for t in targets if not t.stdin and t.error is None]
    parallel = jobs > 1 and len(files) >= _PARALLEL_MIN_FILES and not (options.fix or options.diff)
    pool_results = None
    if parallel:
        import multiprocessing as mp
        from concurrent.futures import ProcessPoolExecutor

        ctx = mp.get_context("fork") if sys.platform.startswith("linux") else None
        executor = ProcessPoolExecutor(max_workers=jobs, mp_context=ctx, initializer=_init_worker,
                                       initargs=(options,))
        pool_results = executor.map(_lint_in_worker, [t.path for t in files], chunksize=8)
    try:
        for t in targets:
            if t.error is not None:
                yield FileResult(t.path, error=t.error)
            elif t.stdin:
                yield linter.lint_bytes(stdin_data or b"", t.path)
            elif pool_results is not None:
                yield next(pool_results)
            else:
                yield linter.lint_file(t.path)
    finally:
        if parallel:
            executor.shutdown(wait=False, cancel_futures=True)


def run(options: RunOptions) -> int:
    from . import report

    if not options.paths:
        if sys.stdin is not None and not sys.stdin.isatty():
            options.paths = ["-"]
        else:
            raise OutreachLintError("no paths given (pass files, folders, or - for stdin)")
    if options.paths.count("-") > 1:
        raise OutreachLintError("stdin (-) can be given only once")
    linter = make_linter(options)
    fail_on = options.fail_on or linter.config.fail_on
    targets, notes = collect(options.paths, options.stdin_filename)
    for note in notes:
        sys.stderr.write(f"outreach-lint: {note}\n")
    stdin_data = None
    if any(t.stdin for t in targets):
        stdin_data = _read_stdin()

    results: list[FileResult] = []
    path_errors = 0
    decode_errors = 0
    for result in lint_targets(linter, targets, options, stdin_data):
        if result.error:
            sys.stderr.write(f"outreach-lint: {result.error}\n")
            if "cannot decode" in result.error or "binary file" in result.error:
                decode_errors += 1
            else:
                path_errors += 1
        results.append(result)
    linted = [r for r in results if r.error is None]
    linter.finish(linted)

    if options.fix or options.diff:
        from .fix import apply_fixes

        linted = apply_fixes(linter, linted, options, stdin_data)

    fmt = options.output_format or ("rich" if _is_tty(sys.stdout) else "concise")
    _write(fmt, linted, linter, options)

    if path_errors or (decode_errors and not linted):
        return 2
    threshold = SEVERITY_RANK[fail_on]
    if any(SEVERITY_RANK[f.severity] >= threshold for r in linted for f in r.findings):
        return 1
    if options.diff and any(getattr(r, "changed", False) for r in linted):
        return 1
    return 0


def _read_stdin() -> bytes:
    stream = sys.stdin
    if stream is None:
        return b""
    try:
        return stream.buffer.read()
    except (OSError, ValueError, AttributeError):
        return b""


def _is_tty(stream) -> bool:
    try:
        return stream.isatty()
    except (ValueError, AttributeError):
        return False


def _write(fmt: str, results: list[FileResult], linter: Linter, options: RunOptions) -> None:
    from . import __version__, report

    # With --fix on stdin, stdout carries the fixed text; findings go to stderr.
    out = sys.stderr if (options.fix and any(r.path == (options.stdin_filename or "-") for r in results)
                         and "-" in options.paths) else sys.stdout
    show_pii = options.show_pii and _is_tty(out)
    if options.show_pii and not show_pii:
        sys.stderr.write("outreach-lint: --show-pii only works on a terminal; output stays masked\n")
    if fmt == "rich":
        from rich.console import Console

        console = Console(file=out, highlight=False, soft_wrap=True)
        report.rich(results, console, show_pii)
    elif fmt == "concise":
        report.concise(results, out, show_pii)
    elif fmt == "json":
        report.as_json(results, out, show_pii)
    elif fmt == "sarif":
        report.sarif(results, out, linter.rules, show_pii, __version__)
    elif fmt == "github":
        report.github(results, out, show_pii)
