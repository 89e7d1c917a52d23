"""What real users feed a linter, through the installed console script: every encoding and line
end, binary and broken files, missing and unreadable paths, huge and pathological drafts, a closed
stdin or stdout, Ctrl-C, and broken configuration or rule files.

The huge-input cases run every rule that exists when the suite runs (no --select), so a rule that
turns slow or crashes on them later fails here. They carry a generous subprocess timeout to catch a
hang, never a timing assertion.
"""
from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from conftest import console_script

CORE = "phone-number,template-placeholder"
# Seconds, only to turn a hang (a rule gone quadratic) into a failure: a healthy run of one 100,000-
# character case takes a few seconds, the 5 MB draft well under a minute on the CI machine.
HUGE_TIMEOUT = 60
FIVE_MB_TIMEOUT = 300


def run(args, *, cwd: Path, input: bytes | None = None, timeout: float = 120, **kwargs):
    env = {**os.environ, "NO_COLOR": "1", "COLUMNS": "200", "PYTHONDONTWRITEBYTECODE": "1"}
    proc = subprocess.run([console_script(), *map(str, args)], input=input, capture_output=True, cwd=cwd,
                          env=env, timeout=timeout, **kwargs)
    proc.out = proc.stdout.decode("utf-8", "replace")
    proc.err = proc.stderr.decode("utf-8", "replace")
    return proc


def no_traceback(proc) -> None:
    assert "Traceback" not in proc.err, proc.err
    assert "internal error" not in proc.err, proc.err


def json_findings(proc) -> list[dict]:
    assert proc.returncode in (0, 1), proc.err
    no_traceback(proc)
    return json.loads(proc.out)


def err_lines(proc) -> list[str]:
    return [line for line in proc.err.splitlines() if line.strip()]


# -- encodings and line ends ---------------------------------------------------------------------
BODY = ["〇〇様", "", "はじめまして、山田です。", "携帯は090-2468-1357です。", "よろしくお願いします。"]
ENCODINGS = ["utf-8", "utf-8-sig", "utf-16", "utf-16-le-bom", "utf-16-be-bom", "cp932", "shift_jis", "euc_jp",
             "iso2022_jp"]
NEWLINES = {"lf": "\n", "crlf": "\r\n", "cr": "\r"}


def encode(text: str, encoding: str) -> bytes:
    if encoding == "utf-16-le-bom":
        return b"\xff\xfe" + text.encode("utf-16-le")
    if encoding == "utf-16-be-bom":
        return b"\xfe\xff" + text.encode("utf-16-be")
    return text.encode(encoding)


def test_every_encoding_and_line_end_gives_the_same_positions(tmp_path):
    """Line and column count characters of the decoded text, the byte-order mark not counted."""
    folder = tmp_path / "drafts"
    folder.mkdir()
    for encoding in ENCODINGS:
        for name, newline in NEWLINES.items():
            (folder / f"{encoding}-{name}.txt").write_bytes(encode(newline.join(BODY) + newline, encoding))
    proc = run(["check", "--select", CORE, "--format", "json", folder], cwd=tmp_path)
    items = json_findings(proc)
    assert proc.returncode == 1
    got: dict[str, list] = {}
    for item in items:
        got.setdefault(Path(item["path"]).name, []).append((item["rule"], item["line"], item["column"],
                                                             item["end_line"], item["end_column"]))
    expected = [("template-placeholder", 1, 1, 1, 3), ("phone-number", 4, 4, 4, 17)]
    assert len(got) == len(ENCODINGS) * len(NEWLINES), sorted(got)
    for name, found in got.items():
        assert sorted(found) == sorted(expected), name
    assert err_lines(proc) == []


@pytest.mark.parametrize("encoding", ["cp932", "euc_jp", "utf-8"])
def test_short_japanese_drafts_decode_right(tmp_path, encoding):
    """Two-word drafts give a detector little to go on; they must still read as written."""
    for i, text in enumerate(["山田です", "はい", "〇〇様", "貴社", "東京都渋谷区", "佐藤様、ありがとうございます"]):
        (tmp_path / f"d{i}.txt").write_bytes(text.encode(encoding))
    proc = run(["check", "--select", "template-placeholder", "--format", "json", "."], cwd=tmp_path)
    items = json_findings(proc)
    assert [(Path(i["path"]).name, i["excerpt"]) for i in items] == [("d2.txt", "〇〇")]


def test_lone_surrogates_from_a_broken_file_are_kept_and_do_not_crash(tmp_path):
    # A UTF-8 writer that let lone surrogates through (ED A0 80 = U+D800), and one stray byte.
    data = "〇〇様 ".encode() + b"\xed\xa0\x80" + "携帯090-2468-1357です。\n".encode() + b"\xff" + "以上".encode()
    (tmp_path / "broken.txt").write_bytes(data)
    proc = run(["check", "--select", CORE, "--format", "json", "broken.txt"], cwd=tmp_path)
    items = json_findings(proc)
    assert {(i["rule"], i["line"], i["column"]) for i in items} == {
        ("template-placeholder", 1, 1), ("phone-number", 1, 8)}
    for fmt in ("rich", "concise", "sarif", "github"):
        proc = run(["check", "--select", CORE, "--format", fmt, "broken.txt"], cwd=tmp_path)
        assert proc.returncode == 1, proc.err
        no_traceback(proc)


def test_a_draft_cut_mid_character_is_still_linted(tmp_path):
    (tmp_path / "cut.txt").write_bytes("〇〇様、よろしくお願いします".encode()[:-1])
    items = json_findings(run(["check", "--select", CORE, "--format", "json", "cut.txt"], cwd=tmp_path))
    assert [(i["rule"], i["column"]) for i in items] == [("template-placeholder", 1)]


# -- binary and undecodable files ----------------------------------------------------------------
PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x02\x00\x00\x00\x90wS\xde"
UNDECODABLE = bytes([0x80, 0xFF, 0xFE, 0x81, 0x82, 0xFD, 0xA0]) * 5


@pytest.mark.parametrize("name, data", [
    ("image.txt", PNG),
    ("nul.txt", "〇〇様".encode() + b"\x00\x00" + "です".encode()),
    ("garbage.txt", UNDECODABLE),
    ("controls.txt", bytes(range(1, 9)) * 20),
])
def test_binary_or_undecodable_file_is_skipped_and_the_rest_stands(tmp_path, name, data):
    (tmp_path / name).write_bytes(data)
    (tmp_path / "good.txt").write_text("〇〇様、はじめまして。", encoding="utf-8")
    proc = run(["check", "--select", CORE, name, "good.txt"], cwd=tmp_path)
    no_traceback(proc)
    assert proc.returncode == 1  # good.txt's finding decides
    assert "good.txt:1:1" in proc.out
    lines = err_lines(proc)
    assert len(lines) == 1 and name in lines[0] and "skipped" in lines[0], lines

    alone = run(["check", "--select", CORE, name], cwd=tmp_path)
    assert alone.returncode == 2  # nothing could be linted
    assert alone.out == ""
    assert len(err_lines(alone)) == 1 and name in alone.err


def test_a_folder_of_only_binary_drafts_exits_2(tmp_path):
    (tmp_path / "d").mkdir()
    (tmp_path / "d" / "a.txt").write_bytes(PNG)
    (tmp_path / "d" / "b.md").write_bytes(UNDECODABLE)
    proc = run(["check", "d"], cwd=tmp_path)
    no_traceback(proc)
    assert proc.returncode == 2
    assert len(err_lines(proc)) == 2


# -- empty input -----------------------------------------------------------------------------------
@pytest.mark.parametrize("data", [b"", b"\xef\xbb\xbf", b"\xff\xfe", b"   \n\t\r\n\n", "\u3000\n\u3000".encode(),
                                  b"\r\r\r", b"\n" * 5000])
def test_empty_and_whitespace_only_files_have_no_findings(tmp_path, data):
    (tmp_path / "empty.txt").write_bytes(data)
    proc = run(["check", "--format", "json", "empty.txt"], cwd=tmp_path)
    assert proc.returncode == 0, proc.err
    assert json.loads(proc.out) == []
    assert err_lines(proc) == []


def test_a_folder_with_no_drafts_is_a_one_line_note(tmp_path):
    (tmp_path / "empty").mkdir()
    (tmp_path / "empty" / "photo.png").write_bytes(PNG)
    proc = run(["check", "empty"], cwd=tmp_path)
    assert proc.returncode == 0
    assert proc.out == ""
    lines = err_lines(proc)
    assert len(lines) == 1 and "empty" in lines[0], lines


# -- paths that are not there or cannot be read ---------------------------------------------------
def _good(tmp_path: Path) -> None:
    (tmp_path / "good.txt").write_text("〇〇様、はじめまして。", encoding="utf-8")


def _assert_named_and_others_linted(proc, name: str) -> None:
    no_traceback(proc)
    assert proc.returncode == 2
    assert "good.txt:1:1" in proc.out  # the other file was still linted
    lines = err_lines(proc)
    assert len(lines) == 1 and name in lines[0], lines


def test_missing_path(tmp_path):
    _good(tmp_path)
    _assert_named_and_others_linted(run(["check", "missing.txt", "good.txt"], cwd=tmp_path), "missing.txt")


def test_broken_symlink(tmp_path):
    _good(tmp_path)
    (tmp_path / "link.txt").symlink_to(tmp_path / "nowhere.txt")
    proc = run(["check", "link.txt", "good.txt"], cwd=tmp_path)
    _assert_named_and_others_linted(proc, "link.txt")
    assert "symbolic link" in proc.err


def test_broken_symlink_inside_a_folder(tmp_path):
    (tmp_path / "d").mkdir()
    (tmp_path / "d" / "good.txt").write_text("〇〇様、はじめまして。", encoding="utf-8")
    (tmp_path / "d" / "link.txt").symlink_to(tmp_path / "nowhere.txt")
    _assert_named_and_others_linted(run(["check", "d"], cwd=tmp_path), "link.txt")


def _without_root_read_bypass() -> list[str]:
    """A prefix that runs the command without root's power to read any file, or [] if not root."""
    if os.geteuid() != 0:
        return []
    setpriv = shutil.which("setpriv")
    if setpriv and subprocess.run([setpriv, "--bounding-set=-dac_override,-dac_read_search", "true"]).returncode == 0:
        return [setpriv, "--bounding-set=-dac_override,-dac_read_search"]
    pytest.skip("running as root without setpriv: permissions cannot be denied")


def _run_unprivileged(args, cwd: Path):
    env = {**os.environ, "NO_COLOR": "1", "PYTHONDONTWRITEBYTECODE": "1"}
    proc = subprocess.run([*_without_root_read_bypass(), console_script(), *args], capture_output=True, cwd=cwd,
                          env=env, timeout=120)
    proc.out = proc.stdout.decode("utf-8", "replace")
    proc.err = proc.stderr.decode("utf-8", "replace")
    return proc


def test_permission_denied_file(tmp_path):
    _good(tmp_path)
    locked = tmp_path / "locked.txt"
    locked.write_text("〇〇様", encoding="utf-8")
    locked.chmod(0)
    try:
        proc = _run_unprivileged(["check", "--select", CORE, "locked.txt", "good.txt"], tmp_path)
    finally:
        locked.chmod(0o644)
    _assert_named_and_others_linted(proc, "locked.txt")
    assert "permission denied" in proc.err


def test_permission_denied_folder_inside_a_walk(tmp_path):
    (tmp_path / "d").mkdir()
    (tmp_path / "d" / "good.txt").write_text("〇〇様、はじめまして。", encoding="utf-8")
    secret = tmp_path / "d" / "secret"
    secret.mkdir()
    (secret / "a.txt").write_text("〇〇様", encoding="utf-8")
    secret.chmod(0)
    try:
        proc = _run_unprivileged(["check", "--select", CORE, "d"], tmp_path)
    finally:
        secret.chmod(0o755)
    _assert_named_and_others_linted(proc, "secret")


def test_a_folder_where_a_file_is_expected(tmp_path):
    _good(tmp_path)
    (tmp_path / "conf").mkdir()
    proc = run(["check", "--config", "conf", "good.txt"], cwd=tmp_path)
    assert proc.returncode == 2
    lines = err_lines(proc)
    assert len(lines) == 1 and "conf" in lines[0], lines
    no_traceback(proc)


def test_a_fifo_in_a_folder_is_not_read(tmp_path):
    """A named pipe called *.txt would block forever if opened."""
    (tmp_path / "d").mkdir()
    (tmp_path / "d" / "good.txt").write_text("〇〇様、はじめまして。", encoding="utf-8")
    os.mkfifo(tmp_path / "d" / "pipe.txt")
    proc = run(["check", "--select", CORE, "d"], cwd=tmp_path, timeout=60)
    assert proc.returncode == 1
    assert "good.txt:1:1" in proc.out


# -- stdin and stdout -------------------------------------------------------------------------------
def test_empty_stdin(tmp_path):
    proc = run(["check", "-"], cwd=tmp_path, input=b"")
    assert proc.returncode == 0 and proc.out == "" and err_lines(proc) == []


def test_closed_stdin(tmp_path):
    proc = subprocess.run([console_script(), "check", "-"], stdin=subprocess.DEVNULL, capture_output=True, cwd=tmp_path,
                          timeout=120, preexec_fn=lambda: os.close(0))
    assert proc.returncode == 0, proc.stderr
    assert b"Traceback" not in proc.stderr


@pytest.mark.parametrize("fmt", ["concise", "rich", "json", "sarif", "github"])
def test_closed_pipe_exits_quietly(tmp_path, fmt):
    drafts = tmp_path / "drafts"
    drafts.mkdir()
    for i in range(40):
        (drafts / f"d{i:02}.txt").write_text("〇〇様\n" * 50 + f"携帯090-2468-{1000 + i}\n", encoding="utf-8")
    script = f'"{console_script()}" check --format {fmt} drafts | head -1; echo "status=${{PIPESTATUS[0]}}" >&2'
    proc = subprocess.run(["bash", "-c", script], capture_output=True, cwd=tmp_path, timeout=300)
    err = proc.stderr.decode("utf-8", "replace")
    assert len(proc.stdout.decode("utf-8", "replace").splitlines()) == 1
    assert "BrokenPipe" not in err and "Traceback" not in err and "Exception ignored" not in err, err
    status = err.strip().splitlines()[-1]
    assert status == "status=1", err  # the exit code still tells that there were findings


def _sigint_after_start(args, cwd: Path):
    proc = subprocess.Popen([console_script(), *args], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, cwd=cwd,
                            start_new_session=True,
                            # A fresh interpreter handles SIGINT only if it is not ignored on start.
                            preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    time.sleep(2.5)
    assert proc.poll() is None, "the lint finished before it could be interrupted: make the input larger"
    os.killpg(proc.pid, signal.SIGINT)  # as Ctrl-C does: the whole process group, workers too
    err = proc.stderr.read().decode("utf-8", "replace")
    code = proc.wait(timeout=60)
    return code, err


def test_ctrl_c_exits_130_without_a_traceback(tmp_path):
    sentence = "はじめまして、山田と申します。貴社の記事を拝見し、ご連絡いたしました。携帯は090-2468-1357です。"
    (tmp_path / "big.txt").write_text(sentence * 40000, encoding="utf-8")
    code, err = _sigint_after_start(["check", "-j1", "big.txt"], tmp_path)
    assert code == 130
    assert "Traceback" not in err and "KeyboardInterrupt" not in err, err


def test_ctrl_c_with_worker_processes(tmp_path):
    sentence = "はじめまして、山田と申します。貴社の記事を拝見し、ご連絡いたしました。"
    for i in range(24):
        (tmp_path / f"d{i:02}.txt").write_text(sentence * 4000, encoding="utf-8")
    code, err = _sigint_after_start(["check", "-j2", "."], tmp_path)
    assert code == 130
    assert "Traceback" not in err and "KeyboardInterrupt" not in err, err


# -- huge and pathological drafts, through every rule ------------------------------------------------
N = 100_000
HUGE = {
    "maru": "〇" * N,
    "maru_lines": ("〇" * 99 + "\n") * (N // 100),
    "digits": "0" * N,
    "digits_hyphens": "0-" * (N // 2),
    "phone_like": "090-1234-" * (N // 9),
    "hyphens": "-" * N,
    "long_dashes": "ー" * N,
    "braces": "{" * N,
    "double_braces": "{{" * (N // 4) + "}}" * (N // 4),
    "brackets": "[【<(" * (N // 4),
    "sasete": "させていただき" * (N // 7),
    "sasete_sentences": "拝見させていただき、ご連絡させていただきます。" * (N // 23),
    "zwj_family": "👨\u200d👩\u200d👧\u200d👦" * (N // 7),
    "zwj_chain": "👩" + "\u200d👩" * (N // 2),
    "combining": "a" + "\u0301" * N,
    "dakuten": "か" + "\u3099" * N,
    "halfwidth_kana": "ｱｲｳｴｵｶﾞｷﾞｸﾞﾊﾟ" * (N // 14),
    "x_slots": "X" * N,
    "stars": "*" * N,
    "warai": "笑" * N,
    "w": "ｗ" * N,
    "emoji": "😀" * N,
    "kaomoji": "(^^)" * (N // 4),
    "exclamations": "！" * N,
    "periods": "。" * N,
    "addresses": "1-2-3" * (N // 5),
    "chome": "東京都渋谷区1丁目" * (N // 9),
    "apologies": "申し訳ございません。" * (N // 10),
    "url": "https://example.com/" + "a" * N,
    "spaces": "あ" + " " * N + "い",
    "newlines": "\n" * N,
    "crlf_lines": "あ\r\n" * (N // 3),
    "cr_lines": "あ\r" * (N // 2),
    "tabs_controls": "\t\x0b\x0c" * (N // 3),
    # Many hits and many exception spans in one draft: a check that compares each with each is quadratic.
    "code_spans": "`a` 〇〇様 " * (N // 8),
    "slots": "{{name}}様、[名前]さん、" * (N // 16),
    "emails": "a.b@example.com " * (N // 16),
    "mobiles": "携帯090-2468-1357、" * (N // 18),
    "sentences": "することができます。" * (N // 10),
}


def _lint_huge(tmp_path: Path, name: str, text: str) -> None:
    proc = run(["check", "-j1", "--format", "json", name], cwd=tmp_path, timeout=HUGE_TIMEOUT)
    assert proc.returncode in (0, 1), proc.err
    no_traceback(proc)
    lines = text.count("\n") + text.count("\r") - text.count("\r\n") + 1
    for item in json.loads(proc.out):
        assert 1 <= item["line"] <= item["end_line"] <= lines and item["column"] >= 1, item


@pytest.mark.parametrize("case", sorted(HUGE))
def test_huge_input_through_every_rule(tmp_path, case):
    (tmp_path / f"{case}.txt").write_text(HUGE[case], encoding="utf-8")
    _lint_huge(tmp_path, f"{case}.txt", HUGE[case])


def test_lone_surrogates_in_a_huge_draft(tmp_path):
    text = "あ\udc80〇〇" * (N // 4)
    (tmp_path / "s.txt").write_bytes(text.encode("utf-8", "surrogatepass"))
    _lint_huge(tmp_path, "s.txt", text)


def test_every_huge_input_in_the_rich_report(tmp_path):
    """The report side: windows of huge lines, masks and counts, for all the cases in one run."""
    for case, text in HUGE.items():
        (tmp_path / f"{case}.txt").write_text(text, encoding="utf-8")
    proc = run(["check", "--format", "rich", "."], cwd=tmp_path, timeout=HUGE_TIMEOUT * len(HUGE) / 4)
    assert proc.returncode in (0, 1), proc.err
    no_traceback(proc)
    assert max(len(line) for line in proc.out.splitlines()) < 2000


def _peak_rss_of(args, cwd: Path) -> tuple[subprocess.CompletedProcess, int]:
    """Run the console script under a small Python parent that reports the child's peak RSS (KiB)."""
    code = ("import resource, subprocess, sys; p = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL,"
            " stderr=subprocess.PIPE); sys.stderr.buffer.write(p.stderr);"
            " print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss); sys.exit(p.returncode)")
    proc = subprocess.run([sys.executable, "-c", code, console_script(), *args], capture_output=True, cwd=cwd,
                          timeout=FIVE_MB_TIMEOUT)
    return proc, int(proc.stdout.decode().strip() or 0)


def test_five_megabyte_single_line_draft(tmp_path):
    sentence = ("はじめまして、山田と申します。貴社のブログ記事を拝見し、ご連絡させていただきました。"
                "何かあれば090-2468-1357までお電話ください。〇〇様にもよろしくお伝えください。")
    text = sentence * (5_000_000 // len(sentence.encode("utf-8")) + 1)
    (tmp_path / "huge.txt").write_text(text, encoding="utf-8")
    assert (tmp_path / "huge.txt").stat().st_size >= 5_000_000
    proc, peak_kib = _peak_rss_of(["check", "-j1", "--format", "json", "huge.txt"], tmp_path)
    err = proc.stderr.decode("utf-8", "replace")
    assert proc.returncode in (0, 1), err
    assert "Traceback" not in err and "internal error" not in err, err
    # Memory stays proportional to the input: well under 1 GiB per MB would already be a leak.
    assert peak_kib < 4 * 1024 * 1024, f"peak RSS {peak_kib} KiB for a 5 MB draft"


def test_huge_rich_report_shows_a_window_of_the_line(tmp_path):
    (tmp_path / "line.txt").write_text("あ" * 50_000 + "〇〇様" + "い" * 50_000, encoding="utf-8")
    proc = run(["check", "--select", "template-placeholder", "--format", "rich", "line.txt"], cwd=tmp_path)
    assert proc.returncode == 1
    assert max(len(line) for line in proc.out.splitlines()) < 1000  # not the whole 100,000 characters
    assert "〇〇様" in proc.out


# -- broken configuration and rule files ---------------------------------------------------------------
RULE_HEAD = 'id = "mine"\ntip = 1\nseverity = "warning"\nsummary = "s"\nmessage = "m {match}"\n'


@pytest.mark.parametrize("config, problem", [
    ('select = [\n', "invalid TOML"),
    ('select = 3\n', "select"),
    ('select = ["no-such-rule"]\n', "no-such-rule"),
    ('ignore = ["no-such-rule"]\n', "no-such-rule"),
    ('fail-on = "fatal"\n', "fail-on"),
    ('platform = 5\n', "platform"),
    ('colour = true\n', "colour"),
    ('[rule.phone-number]\npersonal-labels = "自宅"\n', "personal-labels"),
    ('[rule.no-such-rule]\nmax = 3\n', "no-such-rule"),
    ('[severity]\nphone-number = "fatal"\n', "phone-number"),
    ('rules-dir = "nowhere"\n', "nowhere"),
    ('rules-dir = "good.txt"\n', "good.txt"),
    ('[[overrides]]\nplatform = "x"\n', "files"),
])
def test_broken_config_exits_2_naming_the_file_and_problem(tmp_path, config, problem):
    _good(tmp_path)
    (tmp_path / ".outreach-lint.toml").write_text(config, encoding="utf-8")
    proc = run(["check", "good.txt"], cwd=tmp_path)
    no_traceback(proc)
    assert proc.returncode == 2
    lines = err_lines(proc)
    assert len(lines) == 1, lines
    assert ".outreach-lint.toml" in lines[0] and problem in lines[0], lines[0]


def test_config_that_is_not_text(tmp_path):
    _good(tmp_path)
    (tmp_path / ".outreach-lint.toml").write_bytes(b"\xff\xfe\x00\x01")
    proc = run(["check", "good.txt"], cwd=tmp_path)
    assert proc.returncode == 2 and ".outreach-lint.toml" in proc.err
    no_traceback(proc)


@pytest.mark.parametrize("select", ["--select=no-such-rule", "--ignore=no-such-rule"])
def test_unknown_rule_on_the_command_line(tmp_path, select):
    _good(tmp_path)
    proc = run(["check", select, "good.txt"], cwd=tmp_path)
    assert proc.returncode == 2 and "no-such-rule" in proc.err
    assert len(err_lines(proc)) == 1
    no_traceback(proc)


@pytest.mark.parametrize("rule, problem", [
    ('id = "mine"\nkind = \n', "invalid TOML"),
    (RULE_HEAD + 'kind = "magic"\n', "unknown kind"),
    (RULE_HEAD + 'kind = "existence"\npatterns = ["(abc"]\n', "invalid regular expression"),
    (RULE_HEAD + 'kind = "existence"\npatterns = ["(a+)+$"]\n', "catastrophically"),
    (RULE_HEAD + 'kind = "existence"\npatterns = ["(\\\\w+\\\\s?)*$"]\n', "catastrophically"),
    (RULE_HEAD + 'kind = "existence"\npatterns = ["(a|a)*$"]\n', "catastrophically"),
    (RULE_HEAD + 'kind = "existence"\npatterns = ["(?:x|x?)+y"]\n', "catastrophically"),
    (RULE_HEAD + 'kind = "existence"\npatterns = ["(?:.|\\\\s)*z"]\n', "catastrophically"),
    (RULE_HEAD + 'kind = "existence"\npatterns = 5\n', "patterns"),
    (RULE_HEAD + 'kind = "existence"\ntokens = [[{ colour = "a" }]]\n', "colour"),
    (RULE_HEAD + 'kind = "substitution"\n[swap]\n"テ" = "\\\\2"\n', "replacement"),
    (RULE_HEAD + 'kind = "code"\ncheck = "os"\n', "code"),
    (RULE_HEAD + 'kind = "occurrence"\npatterns = ["a"]\n', "max"),
    (RULE_HEAD + 'kind = "sequence"\nsequence = [1]\n', "sequence"),
    (RULE_HEAD.replace('"m {match}"', '"m {0}"') + 'kind = "existence"\npatterns = ["テ"]\n', "placeholder"),
    (RULE_HEAD.replace('"m {match}"', '"m {"') + 'kind = "existence"\npatterns = ["テ"]\n', "message"),
    (RULE_HEAD.replace('tip = 1', 'tip = "1"') + 'kind = "existence"\npatterns = ["テ"]\n', "tip"),
    (RULE_HEAD.replace('id = "mine"', 'id = "other"') + 'kind = "existence"\npatterns = ["テ"]\n', "file name"),
])
def test_broken_user_rule_exits_2_naming_the_file_and_problem(tmp_path, rule, problem):
    _good(tmp_path)
    (tmp_path / "rules").mkdir()
    (tmp_path / "rules" / "mine.toml").write_text(rule, encoding="utf-8")
    (tmp_path / ".outreach-lint.toml").write_text('rules-dir = "rules"\n', encoding="utf-8")
    proc = run(["check", "good.txt"], cwd=tmp_path)
    no_traceback(proc)
    assert proc.returncode == 2, proc.out
    lines = err_lines(proc)
    assert len(lines) == 1, lines
    assert "mine.toml" in lines[0] and problem in lines[0], lines[0]


def test_a_good_user_rule_still_works(tmp_path):
    """The safety checks refuse dangerous patterns, not ordinary ones."""
    _good(tmp_path)
    (tmp_path / "rules").mkdir()
    (tmp_path / "rules" / "mine.toml").write_text(
        RULE_HEAD + 'kind = "existence"\npatterns = ["はじめ(?:まして|て)", "(?:です|ですね)+", "[〇○]{2,}(?:様|さん)"]\n',
        encoding="utf-8")
    (tmp_path / ".outreach-lint.toml").write_text('rules-dir = "rules"\n', encoding="utf-8")
    proc = run(["check", "--select", "mine", "good.txt"], cwd=tmp_path)
    assert proc.returncode == 1, proc.err
    assert "[mine]" in proc.out
