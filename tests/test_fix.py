"""--fix and --diff through the installed console script: what changes, what remains, exit codes,
and that a fixed file keeps its encoding, line endings and permissions."""
from __future__ import annotations

import json
import os
import stat
from pathlib import Path

import pytest

from outreach_lint.registry import builtin_rules

RULES = builtin_rules()

# A user rule (a substitution, so it offers fixes) keeps these tests independent of the built-ins.
WORDY_RULE = '''id = "wordy"
tip = 5
severity = "warning"
kind = "substitution"
summary = "Wordy forms."
message = "「{match}」は「{expected}」で十分です。"
[swap]
"することができます" = "できます"
"資料になります" = "資料です"
'''


@pytest.fixture
def project(tmp_path):
    rules = tmp_path / "myrules"
    rules.mkdir()
    (rules / "wordy.toml").write_text(WORDY_RULE, encoding="utf-8")
    (tmp_path / ".outreach-lint.toml").write_text('rules-dir = "myrules"\n', encoding="utf-8")
    return tmp_path


def _rule_file(folder: Path, rule_id: str, swap: dict[str, str], severity: str = "warning") -> None:
    lines = [f'id = "{rule_id}"', "tip = 5", f'severity = "{severity}"', 'kind = "substitution"',
             'summary = "s"', 'message = "「{match}」→「{expected}」"', "[swap]"]
    lines += [f'"{k}" = "{v}"' for k, v in swap.items()]
    (folder / "myrules" / f"{rule_id}.toml").write_text("\n".join(lines) + "\n", encoding="utf-8")


# -- --fix -----------------------------------------------------------------------------------------
def test_fix_rewrites_and_reports_only_what_remains(run_cli, project):
    draft = project / "a.txt"
    draft.write_text("〇〇様\n参加することができます。\nこちらが資料になります。\n", encoding="utf-8")
    proc = run_cli("check", "--fix", "a.txt", "--select", "wordy,template-placeholder")
    assert draft.read_text(encoding="utf-8") == "〇〇様\n参加できます。\nこちらが資料です。\n"
    assert proc.stdout_text.splitlines() == [proc.stdout_text.splitlines()[0]]
    assert proc.stdout_text.startswith("a.txt:1:1: error [template-placeholder]")
    assert "a.txt: applied 2 fixes" in proc.stderr_text
    assert proc.returncode == 1  # the placeholder remains


def test_fix_exit_code_is_0_when_nothing_remains(run_cli, project):
    draft = project / "a.txt"
    draft.write_text("参加することができます。\n", encoding="utf-8")
    assert run_cli("check", "a.txt", "--select", "wordy").returncode == 1
    proc = run_cli("check", "--fix", "a.txt", "--select", "wordy")
    assert proc.returncode == 0, proc.stdout_text
    assert proc.stdout_text == ""
    assert draft.read_text(encoding="utf-8") == "参加できます。\n"
    # A second run finds nothing and writes nothing.
    before = draft.stat().st_mtime_ns
    proc = run_cli("check", "--fix", "a.txt", "--select", "wordy")
    assert proc.returncode == 0 and proc.stderr_text == ""
    assert draft.stat().st_mtime_ns == before


def test_fix_leaves_unfixable_rules_alone(run_cli, project):
    text = "〇〇様\nはじめまして。\n"
    (project / "a.txt").write_text(text, encoding="utf-8")
    proc = run_cli("check", "--fix", "a.txt", "--select", "template-placeholder")
    assert (project / "a.txt").read_text(encoding="utf-8") == text
    assert proc.returncode == 1 and "[template-placeholder]" in proc.stdout_text


def test_fix_on_a_folder(run_cli, project):
    sub = project / "drafts"
    sub.mkdir()
    (sub / "one.txt").write_text("参加することができます。\n", encoding="utf-8")
    (sub / "two.md").write_text("# 件名\n\nこちらが資料になります。\n\n```\nこちらが資料になります。\n```\n",
                                encoding="utf-8")
    proc = run_cli("check", "--fix", "drafts", "--select", "wordy")
    assert proc.returncode == 0
    assert (sub / "one.txt").read_text(encoding="utf-8") == "参加できます。\n"
    # Prose is fixed; the code block is not prose and stays as written.
    assert (sub / "two.md").read_text(encoding="utf-8") == \
        "# 件名\n\nこちらが資料です。\n\n```\nこちらが資料になります。\n```\n"


# -- --diff ----------------------------------------------------------------------------------------
def test_diff_prints_a_unified_diff_and_writes_nothing(run_cli, project):
    text = "佐藤様\n参加することができます。\n"
    draft = project / "a.txt"
    draft.write_text(text, encoding="utf-8")
    proc = run_cli("check", "--diff", "a.txt", "--select", "wordy")
    assert proc.returncode == 1
    assert draft.read_text(encoding="utf-8") == text
    assert proc.stdout_text == (
        "--- a.txt\n+++ a.txt\n@@ -1,2 +1,2 @@\n 佐藤様\n-参加することができます。\n+参加できます。\n")
    # Findings that would remain go to stderr, so stdout stays a patch.
    assert proc.stderr_text == ""


def test_diff_exit_0_without_changes(run_cli, project):
    (project / "a.txt").write_text("参加できます。\n", encoding="utf-8")
    proc = run_cli("check", "--diff", "a.txt", "--select", "wordy")
    assert proc.returncode == 0 and proc.stdout_text == ""


def test_diff_marks_a_missing_final_newline_and_names_remaining_findings(run_cli, project):
    (project / "a.txt").write_text("〇〇様\n参加することができます。", encoding="utf-8")
    proc = run_cli("check", "--diff", "a.txt", "--select", "wordy,template-placeholder")
    assert proc.returncode == 1
    assert proc.stdout_text.endswith("-参加することができます。\n\\ No newline at end of file\n"
                                     "+参加できます。\n\\ No newline at end of file\n")
    assert "[template-placeholder]" in proc.stderr_text and "[template-placeholder]" not in proc.stdout_text


def test_diff_output_applies_with_patch(run_cli, project, tmp_path):
    import shutil
    import subprocess

    if shutil.which("patch") is None:
        pytest.skip("no patch program")
    text = "佐藤様\n参加することができます。\nよろしくお願いします。\nこちらが資料になります。\n"
    (project / "a.txt").write_text(text, encoding="utf-8")
    diff = run_cli("check", "--diff", "a.txt", "--select", "wordy").stdout
    subprocess.run(["patch", "-p0", "-s"], input=diff, cwd=project, check=True, timeout=30)
    assert (project / "a.txt").read_text(encoding="utf-8") == \
        "佐藤様\n参加できます。\nよろしくお願いします。\nこちらが資料です。\n"


# -- stdin -----------------------------------------------------------------------------------------
def test_stdin_fix_writes_the_text_to_stdout_and_findings_to_stderr(run_cli, project):
    proc = run_cli("check", "--fix", "-", "--select", "wordy,template-placeholder",
                   input="〇〇様\n参加することができます。\n")
    assert proc.stdout_text == "〇〇様\n参加できます。\n"
    assert proc.stderr_text.startswith("-:1:1: error [template-placeholder]")
    assert "wordy" not in proc.stderr_text
    assert proc.returncode == 1


def test_stdin_fix_passes_clean_text_through(run_cli, project):
    proc = run_cli("check", "--fix", "-", "--select", "wordy", input="参加できます。\n")
    assert proc.returncode == 0 and proc.stdout_text == "参加できます。\n" and proc.stderr_text == ""


def test_stdin_fix_keeps_the_input_encoding(run_cli, project):
    data = "参加することができます。\r\n".encode("cp932")
    proc = run_cli("check", "--fix", "-", "--select", "wordy", input=data)
    assert proc.stdout == "参加できます。\r\n".encode("cp932")


def test_stdin_diff_and_json_findings(run_cli, project):
    proc = run_cli("check", "--diff", "-", "--stdin-filename", "note.txt", "--select", "wordy,template-placeholder",
                   "--format", "json", input="〇〇様\n参加することができます。\n")
    assert proc.stdout_text.startswith("--- note.txt\n+++ note.txt\n")
    assert [i["rule"] for i in json.loads(proc.stderr_text)] == ["template-placeholder"]
    assert proc.returncode == 1


# -- what a fixed file keeps -------------------------------------------------------------------------
@pytest.mark.parametrize("encoding,bom", [
    ("utf-8", b""),
    ("utf-8", b"\xef\xbb\xbf"),
    ("cp932", b""),
    ("utf-16-le", b"\xff\xfe"),
    ("utf-16-be", b"\xfe\xff"),
    ("euc_jp", b""),
])
@pytest.mark.parametrize("newline", ["\n", "\r\n"])
def test_fix_keeps_encoding_bom_and_line_endings(run_cli, project, encoding, bom, newline):
    before = newline.join(["佐藤様", "はじめまして、山田と申します。次回の勉強会に参加することができます。",
                           "こちらが当日の資料になります。", ""])
    after = newline.join(["佐藤様", "はじめまして、山田と申します。次回の勉強会に参加できます。",
                          "こちらが当日の資料です。", ""])
    draft = project / "a.txt"
    draft.write_bytes(bom + before.encode(encoding))
    proc = run_cli("check", "--fix", "a.txt", "--select", "wordy")
    assert proc.returncode == 0, proc.stderr_text
    assert draft.read_bytes() == bom + after.encode(encoding)


def test_fix_keeps_permissions_and_leaves_no_temporary_files(run_cli, project):
    draft = project / "a.txt"
    draft.write_text("参加することができます。\n", encoding="utf-8")
    os.chmod(draft, 0o751)
    run_cli("check", "--fix", "a.txt", "--select", "wordy")
    assert draft.read_text(encoding="utf-8") == "参加できます。\n"
    assert stat.S_IMODE(draft.stat().st_mode) == 0o751
    assert sorted(p.name for p in project.iterdir()) == [".outreach-lint.toml", "a.txt", "myrules"]


def test_fix_through_a_symbolic_link_fixes_the_target(run_cli, project):
    target = project / "real.txt"
    target.write_text("参加することができます。\n", encoding="utf-8")
    (project / "link.txt").symlink_to("real.txt")
    run_cli("check", "--fix", "link.txt", "--select", "wordy")
    assert (project / "link.txt").is_symlink()
    assert target.read_text(encoding="utf-8") == "参加できます。\n"


@pytest.mark.skipif(hasattr(os, "geteuid") and os.geteuid() == 0, reason="root may write anything")
def test_read_only_file_is_left_alone(run_cli, project):
    draft = project / "a.txt"
    draft.write_text("参加することができます。\n", encoding="utf-8")
    os.chmod(draft, 0o444)
    proc = run_cli("check", "--fix", "a.txt", "--select", "wordy")
    assert draft.read_text(encoding="utf-8") == "参加することができます。\n"
    assert "not writable" in proc.stderr_text and proc.returncode == 1


def test_a_file_changed_on_disk_since_it_was_read_is_left_alone(project, capsys, monkeypatch):
    """The lint read the file, then someone saved it again: --fix must not overwrite that."""
    from outreach_lint.fix import apply_fixes
    from outreach_lint.runner import RunOptions, make_linter

    monkeypatch.chdir(project)
    draft = project / "a.txt"
    draft.write_text("参加することができます。\n", encoding="utf-8")
    options = RunOptions(paths=["a.txt"], select=["wordy"], fix=True)
    linter = make_linter(options)
    result = linter.lint_file("a.txt")
    assert result.findings
    draft.write_text("参加することができます。追記しました。\n", encoding="utf-8")
    remaining = apply_fixes(linter, [result], options, None)
    assert draft.read_text(encoding="utf-8") == "参加することができます。追記しました。\n"
    assert "a.txt: changed on disk since it was read; left alone" in capsys.readouterr().err
    assert remaining[0].findings == result.findings and not remaining[0].changed


def test_a_file_changed_while_fixing_is_left_alone(tmp_path):
    from outreach_lint.fix import write_atomic

    draft = tmp_path / "a.txt"
    draft.write_bytes(b"new content\n")
    message = write_atomic(str(draft), b"fixed\n", expected=b"old content\n")
    assert message and "changed on disk" in message
    assert draft.read_bytes() == b"new content\n"
    assert write_atomic(str(draft), b"fixed\n", expected=b"new content\n") is None
    assert draft.read_bytes() == b"fixed\n"
    assert [p.name for p in tmp_path.iterdir()] == ["a.txt"]


# -- rounds ------------------------------------------------------------------------------------------
def test_overlapping_fixes_are_applied_one_per_round(run_cli, project):
    # ab→b and bc→c overlap on "abc": the first wins, the re-lint then finds bc→c.
    _rule_file(project, "first", {"ab": "b"})
    _rule_file(project, "second", {"bc": "c"})
    (project / "a.txt").write_text("abc\n", encoding="utf-8")
    proc = run_cli("check", "--fix", "a.txt", "--select", "first,second")
    assert (project / "a.txt").read_text(encoding="utf-8") == "c\n"
    assert proc.returncode == 0


def test_fixes_that_undo_each_other_stop(run_cli, project):
    _rule_file(project, "there", {"あれ": "これ"})
    _rule_file(project, "back", {"これ": "あれ"})
    (project / "a.txt").write_text("あれを見ました。\n", encoding="utf-8")
    proc = run_cli("check", "--fix", "a.txt", "--select", "there,back")
    assert proc.returncode in (0, 1)
    assert (project / "a.txt").read_text(encoding="utf-8") in ("あれを見ました。\n", "これを見ました。\n")


def test_fix_rounds_are_bounded(run_cli, project):
    """A fix that never settles (x → xy keeps matching) stops after MAX_ROUNDS and is reported."""
    from outreach_lint.fix import MAX_ROUNDS

    _rule_file(project, "grow", {"x": "xy"})
    (project / "a.txt").write_text("x\n", encoding="utf-8")
    proc = run_cli("check", "--fix", "a.txt", "--select", "grow")
    assert (project / "a.txt").read_text(encoding="utf-8") == "x" + "y" * MAX_ROUNDS + "\n"
    assert "[grow]" in proc.stdout_text and proc.returncode == 1


def test_fix_in_a_line_with_crlf_keeps_crlf_in_inserted_breaks(tmp_path):
    from outreach_lint.fix import _edits

    class F:
        def __init__(self, start, end, fix):
            self.start, self.end, self.fix, self.rule = start, end, fix, "r"

    class R:
        platform = "generic"
        findings = [F(0, 1, "x\ny")]

    edits, _ = _edits("a\r\nb\r\n", "a.txt", R(), {"r"})
    assert edits == [(0, 1, "x\r\ny")]


# -- built-in fixes ---------------------------------------------------------------------------------
BUILTIN_FIXES = [
    ("redundant-expression", "こちらが資料になります。", "こちらが資料です。"),
    ("redundant-expression", "明日までにご提供することができます。", "明日までにご提供できます。"),
    ("redundant-expression", "先週は多くの方と交流することができました。", "先週は多くの方と交流できました。"),
    ("double-honorific", "部長がおっしゃられる通りです。", "部長がおっしゃる通りです。"),
    ("double-honorific", "先日の資料を拝見させていただきました。", "先日の資料を拝見しました。"),
    ("double-honorific", "写真をご覧になられる方へ。", "写真をご覧になる方へ。"),
]


@pytest.mark.parametrize("rule_id,before,after", BUILTIN_FIXES)
def test_builtin_fixes(run_cli, tmp_path, rule_id, before, after):
    draft = tmp_path / "a.txt"
    draft.write_text(before + "\n", encoding="utf-8")
    diff = run_cli("check", "--diff", "a.txt", "--select", rule_id)
    assert f"+{after}\n" in diff.stdout_text and diff.returncode == 1
    proc = run_cli("check", "--fix", "a.txt", "--select", rule_id)
    assert draft.read_text(encoding="utf-8") == after + "\n"
    assert f"[{rule_id}]" not in proc.stdout_text


def test_builtin_fixes_together_on_stdin(run_cli):
    text = ("佐藤様\n\n先日のご講演を拝見させていただきました。\nおっしゃられる通り、まず小さく導入することができると感じました。\n"
            "こちらが当日のメモになります。\n")
    proc = run_cli("check", "--fix", "-", "--select", "redundant-expression,double-honorific", input=text)
    assert proc.stdout_text == ("佐藤様\n\n先日のご講演を拝見しました。\nおっしゃる通り、まず小さく導入できると感じました。\n"
                                "こちらが当日のメモです。\n")
    assert proc.returncode == 0 and proc.stderr_text == ""


# -- which rules can fix ------------------------------------------------------------------------------
def test_rules_table_and_explain_say_which_rules_fix(run_cli):
    proc = run_cli("rules", "--markdown")
    assert "| fix |" in proc.stdout_text.splitlines()[0]
    for rule in RULES.values():
        row = next(line for line in proc.stdout_text.splitlines() if line.startswith(f"| `{rule.id}` |"))
        assert f"| {rule.fixable} |" in row
    fixers = [r for r in RULES.values() if r.fixable != "never"]
    for rule in fixers[:3] + [r for r in RULES.values() if r.fixable == "never"][:1]:
        out = run_cli("explain", rule.id).stdout_text
        assert f"Fix: {rule.fixable}" in out and "## Fix" in out


@pytest.mark.parametrize("rule_id", sorted(RULES))
def test_rule_fix_claims_match_its_findings(rule_id):
    """A rule that offers fixes says so (fixable), and `always` means every finding has one."""
    from outreach_lint import lint_text

    rule = RULES[rule_id]
    if rule.cross_file:
        pytest.skip("cross-draft rule")
    findings = [f for ex in rule.bad for f in lint_text(ex.text, platform=ex.platform, select=[rule_id])]
    with_fix = [f for f in findings if f.fix is not None]
    if rule.fixable == "never":
        assert not with_fix, f"{rule_id} offers fixes but says fixable = never"
    if rule.fixable == "always":
        assert findings and len(with_fix) == len(findings), f"{rule_id}: fixable = always, yet a finding has no fix"
    if rule.fixable == "sometimes":
        assert with_fix, f"{rule_id}: fixable = sometimes, but none of its bad examples gets a fix"
