"""Privacy, through the installed console script: personal data is masked in every output format
(also where another rule quotes it), --show-pii unmasks only on a terminal, and a run opens no
network connection and writes no file.
"""
from __future__ import annotations

import json
import os
import pty
import select
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from conftest import console_script

FORMATS = ("rich", "concise", "json", "sarif", "github")
NUMBER = "090-2468-1357"
NUMBER_MIDDLE = "2468"
STREET = "梅田7-8-9"
DRAFT = (
    "田中様\n\n"
    "はじめまして、山田と申します。\n"
    f"何かあれば{NUMBER}までお電話ください。\n"
    "自宅は大阪府大阪市北区梅田7-8-9 グランドハイツ203号室です。\n"
    # One long sentence that quotes both, so a rule that reports the sentence would quote them too.
    "先日のイベントで登壇されていた内容がとても印象に残っておりまして、もしよろしければ私の携帯"
    f"{NUMBER}か、自宅の大阪府大阪市北区梅田7-8-9 グランドハイツ203号室まで、資料をお送りいただけますと"
    "大変ありがたく存じますので、お手数ですがどうぞよろしくお願いいたします。\n"
)


def run(args, cwd: Path, env: dict | None = None, **kwargs):
    full_env = {**os.environ, "NO_COLOR": "1", "COLUMNS": "200", "PYTHONDONTWRITEBYTECODE": "1", **(env or {})}
    proc = subprocess.run([console_script(), *map(str, args)], capture_output=True, cwd=cwd, env=full_env,
                          timeout=120, **kwargs)
    proc.out = proc.stdout.decode("utf-8", "replace")
    proc.err = proc.stderr.decode("utf-8", "replace")
    return proc


def assert_masked(text: str) -> None:
    assert NUMBER not in text and NUMBER_MIDDLE not in text, text
    assert STREET not in text and "7-8-9" not in text, text


@pytest.mark.parametrize("fmt", FORMATS)
def test_every_format_masks_numbers_and_addresses(tmp_path, fmt):
    (tmp_path / "draft.txt").write_text(DRAFT, encoding="utf-8")
    proc = run(["check", "--format", fmt, "draft.txt"], tmp_path)
    assert proc.returncode == 1, proc.err
    assert_masked(proc.out)
    assert_masked(proc.err)
    assert "090-****-1357" in proc.out
    assert "大阪府大阪市北区****" in proc.out or "大阪府大阪市北区*" in proc.out


def test_masked_in_json_findings_of_every_rule(tmp_path):
    """Not only the excerpt of phone-number: no field of any finding holds the number."""
    (tmp_path / "draft.txt").write_text(DRAFT, encoding="utf-8")
    items = json.loads(run(["check", "--format", "json", "draft.txt"], tmp_path).out)
    rules = {i["rule"] for i in items}
    assert {"phone-number", "home-address"} <= rules
    for item in items:
        assert_masked(json.dumps(item, ensure_ascii=False))


def test_masked_on_stdin_and_in_many_drafts(tmp_path):
    drafts = tmp_path / "drafts"
    drafts.mkdir()
    for i in range(20):  # enough for the parallel path
        (drafts / f"d{i:02}.txt").write_text(DRAFT + f"\n追伸{i}", encoding="utf-8")
    proc = run(["check", "--format", "json", "drafts"], tmp_path)
    assert proc.returncode == 1
    assert_masked(proc.out)
    proc = run(["check", "--format", "concise", "-"], tmp_path, input=DRAFT.encode("utf-8"))
    assert proc.returncode == 1
    assert_masked(proc.out)


def test_show_pii_without_a_terminal_stays_masked_and_says_so(tmp_path):
    (tmp_path / "draft.txt").write_text(DRAFT, encoding="utf-8")
    for fmt in FORMATS:
        proc = run(["check", "--show-pii", "--format", fmt, "draft.txt"], tmp_path)
        assert proc.returncode == 1
        assert_masked(proc.out)
        assert "--show-pii" in proc.err


def _on_a_terminal(args, cwd: Path) -> str:
    """Run with stdout on a pseudo-terminal; return what it printed."""
    master, slave = pty.openpty()
    env = {**os.environ, "NO_COLOR": "1", "COLUMNS": "200", "TERM": "dumb"}
    proc = subprocess.Popen([console_script(), *args], stdout=slave, stderr=subprocess.PIPE, stdin=subprocess.DEVNULL,
                            cwd=cwd, env=env)
    os.close(slave)
    chunks = []
    while True:
        ready, _, _ = select.select([master], [], [], 120)
        if not ready:
            break
        try:
            data = os.read(master, 65536)
        except OSError:  # the child closed the terminal
            break
        if not data:
            break
        chunks.append(data)
    proc.wait(timeout=120)
    os.close(master)
    return b"".join(chunks).decode("utf-8", "replace")


def test_show_pii_on_a_terminal_shows_them_in_full(tmp_path):
    (tmp_path / "draft.txt").write_text(DRAFT, encoding="utf-8")
    shown = _on_a_terminal(["check", "--show-pii", "draft.txt"], tmp_path)
    assert NUMBER in shown
    assert STREET in shown
    masked = _on_a_terminal(["check", "draft.txt"], tmp_path)
    assert "090-****-1357" in masked
    assert_masked(masked)


# -- no network, no writes ----------------------------------------------------------------------------
SITECUSTOMIZE = textwrap.dedent('''
    """Test harness: record (and refuse) every network call and every file opened for writing."""
    import os
    import sys

    _fd = os.open(os.environ["OUTREACH_AUDIT_LOG"], os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)
    _ALLOWED = {os.devnull}
    _WRITE_FLAGS = os.O_WRONLY | os.O_RDWR | os.O_CREAT | os.O_APPEND | os.O_TRUNC


    def _log(line):
        os.write(_fd, (line.replace("\\n", " ") + "\\n").encode("utf-8", "backslashreplace"))


    def _hook(event, args):
        if event.startswith("socket.") and event != "socket.__new__" or event in ("urllib.Request", "http.client.connect"):
            _log(f"network {event} {args!r}")
            raise PermissionError("network access disabled by the test")
        if event == "socket.__new__":
            family = args[1] if len(args) > 1 else None
            if family not in (getattr(__import__("socket"), "AF_UNIX", 1),):
                _log(f"network {event} {args!r}")
                raise PermissionError("network access disabled by the test")
        if event == "open":
            path, mode, flags = (tuple(args) + (None, None, None))[:3]
            if isinstance(path, int) or path is None:
                return
            writes = (isinstance(mode, str) and any(c in mode for c in "wax+")) or (
                isinstance(flags, int) and flags & _WRITE_FLAGS)
            if writes and os.fspath(path) not in _ALLOWED:
                _log(f"write {path!r} {mode!r} {flags!r}")


    sys.addaudithook(_hook)
''')


@pytest.fixture
def audited(tmp_path):
    site = tmp_path / "site"
    site.mkdir()
    (site / "sitecustomize.py").write_text(SITECUSTOMIZE, encoding="utf-8")
    log = tmp_path / "audit.log"
    log.write_text("", encoding="utf-8")
    home = tmp_path / "home"
    home.mkdir()
    tmp = tmp_path / "tmp"
    tmp.mkdir()
    env = {"PYTHONPATH": str(site), "OUTREACH_AUDIT_LOG": str(log), "HOME": str(home), "TMPDIR": str(tmp),
           "XDG_CACHE_HOME": str(home / ".cache"), "XDG_CONFIG_HOME": str(home / ".config")}
    return env, log, [home, tmp]


def _snapshot(folder: Path) -> dict:
    return {str(p.relative_to(folder)): (p.stat().st_size, p.stat().st_mtime_ns)
            for p in sorted(folder.rglob("*")) if "site" not in p.parts and p.name != "audit.log"}


def test_the_harness_sees_a_connection_attempt(tmp_path, audited):
    """The audit hook works (so the tests below, which find nothing, mean something)."""
    env, log, _ = audited
    code = "import socket\ntry:\n    socket.create_connection(('127.0.0.1', 9), timeout=1)\nexcept OSError:\n    pass\n" \
           "open('written.txt', 'w').close()\n"
    subprocess.run([sys.executable, "-c", code], cwd=tmp_path, env={**os.environ, **env}, timeout=60, check=True)
    text = log.read_text(encoding="utf-8")
    assert "network" in text and "written.txt" in text


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_run_opens_no_connection_and_writes_nothing(tmp_path, audited, fmt):
    env, log, empty_dirs = audited
    drafts = tmp_path / "drafts"
    drafts.mkdir()
    for i in range(18):  # the parallel path too
        (drafts / f"d{i:02}.txt").write_text(DRAFT + f"\n{i}", encoding="utf-8")
    (drafts / "mail.eml").write_text("Subject: テスト\n\n" + DRAFT, encoding="utf-8")
    before = _snapshot(tmp_path)
    proc = run(["check", "--format", fmt, "drafts"], tmp_path, env=env)
    assert proc.returncode == 1, proc.err
    assert log.read_text(encoding="utf-8") == ""
    assert _snapshot(tmp_path) == before
    for folder in empty_dirs:
        assert list(folder.iterdir()) == []


def test_rules_and_explain_open_no_connection(tmp_path, audited):
    env, log, _ = audited
    for args in (["rules"], ["explain", "phone-number"], ["--version"], ["--help"]):
        proc = run(args, tmp_path, env=env)
        assert proc.returncode == 0, proc.err
    assert log.read_text(encoding="utf-8") == ""


def test_only_fix_writes_and_only_the_draft(tmp_path, audited):
    env, log, empty_dirs = audited
    (tmp_path / "draft.txt").write_text("資料を共有することができます。\n", encoding="utf-8")
    (tmp_path / "other.txt").write_text("よろしくお願いします。\n", encoding="utf-8")
    other_before = (tmp_path / "other.txt").stat().st_mtime_ns
    proc = run(["check", "--fix", "draft.txt", "other.txt"], tmp_path, env=env)
    assert proc.returncode in (0, 1), proc.err
    written = [line for line in log.read_text(encoding="utf-8").splitlines() if line]
    assert all("draft.txt" in line for line in written), written
    assert (tmp_path / "other.txt").stat().st_mtime_ns == other_before
    for folder in empty_dirs:
        assert list(folder.iterdir()) == []
