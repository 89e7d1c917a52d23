"""--fix and --diff: apply the fixes rules offer, re-lint, and write files back safely.

A round applies every fix that does not overlap another (the first by position wins), then the
draft is linted again; rounds repeat until nothing is left to fix, the text repeats, or
MAX_ROUNDS. Only rules whose `fixable` is always or sometimes are applied, and only where the
finding carries a `fix`.

Files are written as they were read: same encoding and byte-order mark, line endings untouched
(a fix that adds a line break gets the file's style), permissions kept. The new content goes to a
temporary file in the same folder that then replaces the original, and only when the file still
holds exactly the bytes that were linted; otherwise it is left alone with a message.
"""
from __future__ import annotations

import dataclasses
import difflib
import os
import re
import stat
import sys
import tempfile
from pathlib import Path

from .decode import Decoded, decode_bytes, encode_text
from .errors import InputError, OutreachLintError

MAX_ROUNDS = 10
_LINE_BREAK = re.compile(r"\r\n|\r|\n")


def apply_fixes(linter, linted: list, options, stdin_data: bytes | None) -> list:
    """Fix (or, with --diff, only show) every draft; return the results that remain after fixing.

    Each returned result has `changed` (the fixed text differs) for the --diff exit code."""
    dry_run = bool(options.diff)
    fixable = {rule_id for rule_id, rule in linter.rules.items()
               if rule.fixable in ("always", "sometimes") and not rule.cross_file}
    out = []
    for result in linted:
        out.append(_fix_one(linter, result, fixable, dry_run))
    if any(getattr(r, "changed", False) for r in out):
        # Cross-draft findings were computed on the old texts: compute them again.
        cross = {rule_id for rule_id, rule in linter.rules.items() if rule.cross_file}
        if cross:
            for r in out:
                r.findings = [f for f in r.findings if f.rule not in cross]
            linter.finish(out)
    return out


def fix_text(linter, text: str, path: str, result=None, fixable: set | None = None):
    """Fix one draft's text. Returns (fixed text, result after fixing, fixes applied, fixes that
    could not be applied because they fall in a decoded e-mail part)."""
    if fixable is None:
        fixable = {rule_id for rule_id, rule in linter.rules.items()
                   if rule.fixable in ("always", "sometimes") and not rule.cross_file}
    current = result if result is not None else linter.lint_text(text, path)
    seen = {text}
    applied = 0
    unmapped = 0
    for _ in range(MAX_ROUNDS):
        edits, unmapped = _edits(text, path, current, fixable)
        if not edits:
            break
        new_text = _apply(text, edits)
        if new_text in seen:
            break  # fixes that undo each other: stop at the first repeat
        seen.add(new_text)
        applied += len(edits)
        text = new_text
        current = linter.lint_text(text, path)
    return text, current, applied, unmapped


def _edits(text: str, path: str, result, fixable: set) -> tuple[list[tuple[int, int, str]], int]:
    """Non-overlapping (start, end, replacement) in file offsets, and how many were unmappable."""
    prepared = None
    if path.lower().endswith(".eml") or result.platform == "email":
        from .prepare import prepare

        prepared = prepare(text, path, result.platform)
    line_break = _line_break(text)
    edits: list[tuple[int, int, str]] = []
    unmapped = 0
    last_end = -1
    last_start = -1
    for f in sorted(result.findings, key=lambda f: (f.start, f.end, f.rule)):
        if f.fix is None or f.rule not in fixable:
            continue
        span = (f.start, f.end) if prepared is None else prepared.to_file(f.start, f.end)
        if span is None:
            unmapped += 1
            continue
        start, end = span
        replacement = f.fix if line_break == "\n" else _LINE_BREAK.sub(lambda _: line_break, f.fix)
        if text[start:end] == replacement:
            continue
        if edits and (start, end, replacement) == edits[-1]:
            continue  # two rules offering the same fix
        if start < last_end or (start == end == last_start):
            continue  # overlaps a fix taken this round: the next round decides
        edits.append((start, end, replacement))
        last_start, last_end = start, end
    return edits, unmapped


def _apply(text: str, edits: list[tuple[int, int, str]]) -> str:
    parts = []
    cursor = 0
    for start, end, replacement in edits:
        parts.append(text[cursor:start])
        parts.append(replacement)
        cursor = end
    parts.append(text[cursor:])
    return "".join(parts)


def _line_break(text: str) -> str:
    m = _LINE_BREAK.search(text)
    return m.group(0) if m else "\n"


def _note(message: str) -> None:
    sys.stderr.write(f"outreach-lint: {message}\n")


def _fix_one(linter, result, fixable: set, dry_run: bool):
    is_stdin = getattr(result, "stdin", False)
    decoded: Decoded | None = result.decoded
    if decoded is None:
        result.changed = False
        return result
    original_bytes = None
    if not is_stdin and not dry_run:
        # The file must still hold what was linted.
        try:
            original_bytes = Path(result.path).read_bytes()
            unchanged = decode_bytes(original_bytes, result.path).text == decoded.text
        except (OSError, InputError):
            unchanged = False
        if not unchanged:
            _note(f"{result.path}: changed on disk since it was read; left alone")
            result.changed = False
            return result
    try:
        text, fixed, applied, unmapped = fix_text(linter, decoded.text, result.path, result, fixable)
    except (KeyboardInterrupt, MemoryError, OutreachLintError):
        raise
    except Exception as exc:  # noqa: BLE001 - a rule that breaks on a fixed text costs this draft's fixes
        if os.environ.get("OUTREACH_LINT_DEBUG"):
            raise
        _note(f"{result.path}: internal error while fixing ({type(exc).__name__}: {exc}); left alone")
        result.changed = False
        return result
    fixed.decoded = dataclasses.replace(decoded, text=text)
    fixed.changed = text != decoded.text
    fixed.stdin = is_stdin
    if unmapped:
        _note(f"{result.path}: {unmapped} fix{'es' if unmapped != 1 else ''} not applied: "
              "they fall in a base64/quoted-printable part or an encoded Subject")
    if dry_run:
        if fixed.changed:
            _write_stdout(unified_diff(decoded.text, text, result.path))
        return fixed
    try:
        data = encode_text(text, decoded)
    except UnicodeEncodeError as exc:
        _note(f"{result.path}: a fix cannot be written in {decoded.encoding} ({exc.reason}); left alone")
        result.changed = False
        return result
    if is_stdin:
        _write_stdout(data)
        return fixed
    if not fixed.changed:
        return fixed
    problem = write_atomic(result.path, data, original_bytes)
    if problem:
        _note(problem)
        result.changed = False
        return result
    _note(f"{result.path}: applied {applied} fix{'es' if applied != 1 else ''}")
    return fixed


def _write_stdout(data: str | bytes) -> None:
    sys.stdout.flush()
    if isinstance(data, str):
        data = data.encode("utf-8", "surrogateescape")
    buffer = getattr(sys.stdout, "buffer", None)
    if buffer is None:
        sys.stdout.write(data.decode("utf-8", "replace"))
    else:
        buffer.write(data)
        buffer.flush()


def write_atomic(path: str, data: bytes, expected: bytes | None) -> str | None:
    """Replace the file's content; None on success, else a message. `expected`: the bytes the
    file must still hold (else it changed on disk and is left alone)."""
    real = os.path.realpath(path)  # a symbolic link keeps pointing at the fixed file
    try:
        st = os.stat(real)
        if expected is not None and Path(real).read_bytes() != expected:
            return f"{path}: changed on disk since it was read; left alone"
    except OSError as exc:
        return f"{path}: cannot read it again ({exc.strerror or exc}); left alone"
    if not os.access(real, os.W_OK):
        return f"{path}: not writable; left alone"
    folder = os.path.dirname(real) or "."
    try:
        fd, tmp = tempfile.mkstemp(dir=folder, prefix=f".{os.path.basename(real)}.", suffix=".tmp")
    except OSError as exc:
        return f"{path}: cannot create a temporary file in {folder} ({exc.strerror or exc}); left alone"
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, stat.S_IMODE(st.st_mode))
        if hasattr(os, "chown"):
            try:
                os.chown(tmp, st.st_uid, st.st_gid)
            except OSError:
                pass  # not ours to give away; the mode is kept all the same
        os.replace(tmp, real)
    except OSError as exc:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        return f"{path}: cannot write ({exc.strerror or exc}); left alone"
    return None


def _split_lines(text: str) -> list[str]:
    # Only \r\n, \r and \n end lines (str.splitlines would also split at \x0c, \u2028 …).
    return re.findall(r"[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+$", text)


def unified_diff(before: str, after: str, path: str) -> str:
    out = []
    for line in difflib.unified_diff(_split_lines(before), _split_lines(after), path, path):
        out.append(line if line.endswith(("\n", "\r")) else line + "\n\\ No newline at end of file\n")
    return "".join(out)
