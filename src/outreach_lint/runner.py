"""One `check` run: collect drafts, lint them (in parallel if asked), report, pick the exit code."""
from __future__ import annotations

import itertools
import os
import sys
from dataclasses import dataclass
from pathlib import Path

from .config import find_config, load_config
from .decode import SKIPPED
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


@dataclass(slots=True)  # one per draft of a run
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
            found = sorted(_walk(p), key=lambda t: t.path)
            if not found:
                notes.append(f"{raw}: no drafts (*.txt, *.md, *.eml) in this folder")
            targets += found
        elif p.is_symlink() and not p.exists():
            targets.append(Target(raw, error=f"{raw}: broken symbolic link"))
        elif not p.exists():
            targets.append(Target(raw, error=f"{raw}: no such file or folder"))
        else:
            targets.append(Target(raw))
    return targets, notes


def _walk(folder: Path):
    """Draft files under a folder as Targets; an unreadable folder or a broken link is an error target."""
    errors: list[OSError] = []
    for root, dirs, files in os.walk(folder, onerror=errors.append):
        dirs[:] = sorted(d for d in dirs if d not in _SKIP_DIRS and not d.startswith("."))
        for name in files:
            if not name.lower().endswith(DRAFT_SUFFIXES):
                continue
            path = Path(root) / name
            if path.is_symlink() and not path.exists():
                yield Target(str(path), error=f"{path}: broken symbolic link")
            elif path.is_file():  # not a FIFO or a device that happens to be called *.txt
                yield Target(str(path))
        while errors:
            yield _walk_error(errors.pop())
    for exc in errors:
        yield _walk_error(exc)


def _walk_error(exc: OSError) -> Target:
    name = exc.filename or "?"
    reason = "permission denied" if isinstance(exc, PermissionError) else f"cannot read folder ({exc.strerror or exc})"
    return Target(str(name), error=f"{name}: {reason}")


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
    import signal

    global _worker_linter
    # Ctrl-C reaches the whole process group: only the parent handles it (exit 130, no traceback).
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if _worker_linter is None:  # forked workers inherit the parent's, warmed up (see lint_targets)
        _worker_linter = make_linter(options)


def _lint_in_worker(paths: list[str]) -> list[FileResult]:
    # lint_files leaves `decoded` out: not needed back in the parent, and keeps pickles small.
    return list(_worker_linter.lint_files(paths, guard=_crashed))


def _lint_file_safely(linter: Linter, path: str, data: bytes | None = None) -> FileResult:
    """Lint one draft; a bug in a rule costs this draft (one line on stderr, exit 2), not the run."""
    try:
        return linter.lint_bytes(data, path) if data is not None else linter.lint_file(path)
    except (KeyboardInterrupt, MemoryError, OutreachLintError):
        raise
    except Exception as exc:  # noqa: BLE001 - reported, never swallowed
        return _crashed(path, exc)


def _crashed(path: str, exc: Exception) -> FileResult:
    """The result of a draft whose linting raised `exc` (called while handling it): our own errors,
    memory and OUTREACH_LINT_DEBUG=1 stop the run; a bug in a rule costs only this draft."""
    if isinstance(exc, (MemoryError, OutreachLintError)) or os.environ.get("OUTREACH_LINT_DEBUG"):
        raise exc
    return FileResult(path, error=f"{path}: internal error while linting ({describe_crash(exc)}); "
                                  "please report it (OUTREACH_LINT_DEBUG=1 shows the traceback)")


def describe_crash(exc: BaseException) -> str:
    """`ValueError: ... at checks/x.py:12`: the innermost frame of our own code."""
    import traceback

    where = ""
    for frame in reversed(traceback.extract_tb(exc.__traceback__)):
        if "outreach_lint" in frame.filename:
            where = f" at {frame.filename.rsplit('outreach_lint/', 1)[-1]}:{frame.lineno}"
            break
    message = str(exc).splitlines()[0][:200] if str(exc) else ""
    return f"{type(exc).__name__}{': ' + message if message else ''}{where}"


def _warm_up(linter: Linter) -> None:
    """Create the tagger and import the rules' modules (and what they import) in this process."""
    try:
        for platform in ("x", "email"):
            linter.lint_text("はじめまして。09012345678 〒100-0001 東京都千代田区1-1-1 ｗ", "-", platform)
    except Exception:  # noqa: BLE001 - only a warm-up: a real draft reports any problem
        pass


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
        if ctx is not None:
            # Load the dictionary and every rule's module once, here: forked workers share them
            # (copy-on-write) instead of each paying the imports and the rule loading again.
            global _worker_linter
            _warm_up(linter)
            _worker_linter = linter
        executor = ProcessPoolExecutor(max_workers=jobs, mp_context=ctx, initializer=_init_worker,
                                       initargs=(options,))
        # Chunks amortize the inter-process round trips (and a worker lints a chunk rule by rule);
        # small enough that every worker gets many (balance) and results stream back in order.
        # executor.map keeps input order.
        chunk = max(1, min(64, len(files) // (jobs * 16)))
        paths = [t.path for t in files]
        chunks = executor.map(_lint_in_worker, [paths[i:i + chunk] for i in range(0, len(paths), chunk)])
        pool_results = itertools.chain.from_iterable(chunks)
    elif not (options.fix or options.diff):
        # One process: drafts a few dozen at a time, each rule over all of them in a row (--fix
        # and --diff lint file by file: they need each draft's decoded text).
        pool_results = linter.lint_files((t.path for t in files), guard=_crashed)
    interrupted = False
    try:
        for t in targets:
            if t.error is not None:
                yield FileResult(t.path, error=t.error)
            elif t.stdin:
                result = _lint_file_safely(linter, t.path, stdin_data or b"")
                result.stdin = True  # --fix writes this one to stdout
                yield result
            elif pool_results is not None:
                yield next(pool_results)  # without `decoded`: memory stays flat
            else:
                yield _lint_file_safely(linter, t.path)
    except BaseException:
        interrupted = True
        raise
    finally:
        if parallel:
            if interrupted:  # Ctrl-C or a closed pipe: do not wait for the workers' current drafts
                for proc in list(getattr(executor, "_processes", {}).values()):
                    proc.terminate()
            # After a whole run the workers are idle: waiting for them takes milliseconds, and leaving
            # the pool's manager thread running made Python's exit hook write to its closed wake-up
            # pipe now and then (a stray "OSError: Bad file descriptor" traceback on stderr).
            executor.shutdown(wait=not interrupted, cancel_futures=True)


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
            if result.error.endswith(SKIPPED):  # binary or undecodable: skipped, the rest stands
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
    try:
        _write(fmt, linted, linter, options)
    except BrokenPipeError:
        # The reader went away (`| head -1`): the exit code still says what was found.
        stop_writing(sys.stdout)

    if path_errors or (decode_errors and not linted):
        return 2
    threshold = SEVERITY_RANK[fail_on]
    if any(SEVERITY_RANK[f.severity] >= threshold for r in linted for f in r.findings):
        return 1
    if options.diff and any(getattr(r, "changed", False) for r in linted):
        return 1
    return 0


def stop_writing(stream) -> None:
    """Point a stream whose reader has gone at /dev/null, so later writes and exit stay quiet."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, stream.fileno())
        os.close(devnull)
    except (OSError, ValueError, AttributeError):
        pass


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

    # With --diff, or --fix on stdin, stdout carries the diff or the fixed text; findings go to stderr.
    out = sys.stderr if options.diff or (options.fix and "-" in options.paths) else sys.stdout
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
