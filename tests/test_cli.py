"""The installed console script, driven as a user would: files, folders, stdin, formats, exit codes."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest

BAD = "〇〇様\nはじめまして。何かあれば080-2468-1357までお電話ください。\n"
GOOD = "佐藤様\nはじめまして。先日のご登壇を拝見しました。\n"
SCHEMA = Path(__file__).parent / "data" / "sarif-schema-2.1.0.json"


@pytest.fixture
def drafts(tmp_path):
    (tmp_path / "bad.txt").write_text(BAD, encoding="utf-8")
    (tmp_path / "good.txt").write_text(GOOD, encoding="utf-8")
    return tmp_path


def test_file_with_findings_exits_1(run_cli, drafts):
    proc = run_cli("check", "bad.txt", "--select", "phone-number,template-placeholder")
    assert proc.returncode == 1
    lines = proc.stdout_text.splitlines()
    assert lines == [
        "bad.txt:1:1: error [template-placeholder] " + lines[0].split("] ", 1)[1],
        "bad.txt:2:13: error [phone-number] " + lines[1].split("] ", 1)[1],
    ]
    assert "080-****-1357" in lines[1] and "2468" not in proc.stdout_text


def test_clean_file_exits_0(run_cli, drafts):
    proc = run_cli("check", "good.txt", "--select", "phone-number,template-placeholder")
    assert proc.returncode == 0, proc.stdout_text + proc.stderr_text
    assert proc.stdout_text == ""


def test_folder_recurses_into_drafts_in_order(run_cli, drafts):
    sub = drafts / "sub"
    sub.mkdir()
    (sub / "c.md").write_text(BAD, encoding="utf-8")
    (sub / "d.eml").write_text("Subject: hi\n\n" + BAD, encoding="utf-8")
    (sub / "ignored.py").write_text(BAD, encoding="utf-8")
    proc = run_cli("check", ".", "--select", "phone-number", "--format", "concise")
    paths = [line.split(":", 1)[0] for line in proc.stdout_text.splitlines()]
    assert paths == ["bad.txt", "sub/c.md", "sub/d.eml"]
    assert proc.returncode == 1


def test_stdin_and_stdin_filename(run_cli, tmp_path):
    proc = run_cli("check", "-", "--select", "phone-number", input=BAD)
    assert proc.returncode == 1
    assert proc.stdout_text.startswith("-:2:13: error [phone-number]")
    proc = run_cli("check", "-", "--stdin-filename", "drafts/note.txt", "--select", "phone-number",
                   "--format", "json", input=BAD)
    assert json.loads(proc.stdout_text)[0]["path"] == "drafts/note.txt"


def test_stdin_filename_matches_config_overrides(run_cli, tmp_path):
    (tmp_path / ".outreach-lint.toml").write_text(
        '[[overrides]]\nfiles = ["notes/*.txt"]\nignore = ["phone-number"]\n', encoding="utf-8")
    args = ("check", "-", "--select", "phone-number", "--stdin-filename")
    assert run_cli(*args, "notes/a.txt", input=BAD).returncode == 0
    assert run_cli(*args, "other/a.txt", input=BAD).returncode == 1


def test_json_shape_and_positions(run_cli, tmp_path):
    # Full-width characters before the number: columns count characters, not bytes or cells.
    text = "ＡＢＣ株式会社の田中です。\n私の携帯は０９０－１２３４－５６７８です。"
    (tmp_path / "fw.txt").write_text(text, encoding="utf-8")
    proc = run_cli("check", "fw.txt", "--format", "json", "--select", "phone-number")
    items = json.loads(proc.stdout_text)
    assert len(items) == 1
    item = items[0]
    assert set(item) == {"path", "rule", "tip", "severity", "line", "column", "end_line", "end_column",
                         "message", "excerpt", "fix"}
    assert (item["line"], item["column"], item["end_line"], item["end_column"]) == (2, 6, 2, 19)
    line2 = text.splitlines()[1]
    assert line2[item["column"] - 1:item["end_column"] - 1] == "０９０－１２３４－５６７８"
    assert item["tip"] == 2 and item["severity"] == "error" and item["fix"] is None
    assert item["excerpt"] == "０９０－****－５６７８"


def test_sarif_is_valid_2_1_0(run_cli, drafts):
    proc = run_cli("check", "bad.txt", "good.txt", "--format", "sarif")
    doc = json.loads(proc.stdout_text)
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    jsonschema.validate(doc, schema)
    run = doc["runs"][0]
    rule_ids = {r["id"] for r in run["tool"]["driver"]["rules"]}
    assert {"phone-number", "template-placeholder"} <= rule_ids
    for r in run["tool"]["driver"]["rules"]:
        assert r["shortDescription"]["text"] and r["help"]["text"]
    results = run["results"]
    assert {r["ruleId"] for r in results} >= {"phone-number", "template-placeholder"}
    assert "2468" not in proc.stdout_text
    assert proc.returncode == 1


def test_github_annotations(run_cli, drafts):
    proc = run_cli("check", "bad.txt", "--format", "github", "--select", "phone-number")
    assert proc.stdout_text.startswith("::error file=bad.txt,line=2,col=13,endLine=2,endColumn=26,title=phone-number::")


def test_rich_output_on_request(run_cli, drafts):
    proc = run_cli("check", "bad.txt", "--format", "rich", "--select", "phone-number", "--platform", "linkedin-note")
    out = proc.stdout_text
    assert "bad.txt:2:13" in out and "phone-number" in out
    assert "^" * 13 in out  # the span is underlined under the source line
    assert "LinkedIn note:" in out and "/300" in out
    assert "2468" not in out
    assert "1 error" in out


def test_fail_on_threshold(run_cli, drafts, tmp_path):
    (tmp_path / "info.toml").write_text('[severity]\nphone-number = "info"\n', encoding="utf-8")
    base = ("check", "bad.txt", "--select", "phone-number", "--config", "info.toml")
    assert run_cli(*base).returncode == 0  # default fail-on is warning
    assert run_cli(*base, "--fail-on", "info").returncode == 1


def test_usage_errors_exit_2_with_one_line(run_cli, drafts):
    for args in (["check", "bad.txt", "--select", "no-such-rule"], ["check", "bad.txt", "--platform", "myspace"],
                 ["check", "bad.txt", "--format", "xml"], ["explain", "no-such-rule"], ["check", "missing.txt"]):
        proc = run_cli(*args)
        assert proc.returncode == 2, args
        assert "Traceback" not in proc.stderr_text
        assert len(proc.stderr_text.strip().splitlines()) == 1, (args, proc.stderr_text)


def test_config_discovery_walks_up(run_cli, drafts):
    (drafts / "pyproject.toml").write_text('[tool.outreach-lint]\nignore = ["phone-number"]\n', encoding="utf-8")
    sub = drafts / "deep" / "er"
    sub.mkdir(parents=True)
    (sub / "x.txt").write_text(BAD, encoding="utf-8")
    proc = run_cli("check", "x.txt", "--select", "phone-number", cwd=sub)
    assert proc.returncode == 0, proc.stdout_text
    # A pyproject without our table is skipped, and the walk goes on.
    (drafts / "deep" / "pyproject.toml").write_text("[project]\nname='x'\n", encoding="utf-8")
    assert run_cli("check", "x.txt", "--select", "phone-number", cwd=sub).returncode == 0


def test_rule_options_from_config(run_cli, drafts):
    (drafts / ".outreach-lint.toml").write_text(
        '[rule.phone-number]\nallow = ["080-2468-1357"]\n', encoding="utf-8")
    assert run_cli("check", "bad.txt", "--select", "phone-number").returncode == 0


@pytest.mark.parametrize("content,needle", [
    ("platform = 3\n", "platform"),
    ("colour = 'red'\n", "colour"),
    ("select = ['nope']\n", "nope"),
    ("[rule.phone-number]\nmaximum = 3\n", "maximum"),
    ("[rule.phone-number]\nallow = '090'\n", "allow"),
    ("[rule.personal-content]\nemoji-run = 0\n", "emoji-run"),
    ("fail-on = 'fatal'\n", "fail-on"),
    ("[[overrides]]\nplatform = 'x'\n", "files"),
    ("this is = not toml [\n", "invalid TOML"),
])
def test_bad_config_exits_2_naming_file_and_key(run_cli, drafts, content, needle):
    (drafts / ".outreach-lint.toml").write_text(content, encoding="utf-8")
    proc = run_cli("check", "bad.txt")
    assert proc.returncode == 2
    assert ".outreach-lint.toml" in proc.stderr_text and needle in proc.stderr_text
    assert len(proc.stderr_text.strip().splitlines()) == 1


def test_overrides_set_platform_per_glob(run_cli, drafts):
    (drafts / ".outreach-lint.toml").write_text(
        '[[overrides]]\nfiles = ["*.txt"]\nplatform = "linkedin-note"\n', encoding="utf-8")
    proc = run_cli("check", "good.txt", "--format", "rich", "--select", "phone-number")
    assert "LinkedIn note:" in proc.stdout_text


def test_user_rules_dir(run_cli, drafts):
    rules = drafts / "myrules"
    rules.mkdir()
    (rules / "no-hajimemashite.toml").write_text(
        'id = "no-hajimemashite"\ntip = 5\nseverity = "warning"\nkind = "existence"\n'
        'summary = "s"\nmessage = "「{match}」"\npatterns = ["はじめまして"]\n', encoding="utf-8")
    (drafts / ".outreach-lint.toml").write_text('rules-dir = "myrules"\n', encoding="utf-8")
    proc = run_cli("check", "good.txt", "--select", "no-hajimemashite")
    assert proc.returncode == 1 and "[no-hajimemashite] 「はじめまして」" in proc.stdout_text


def test_markdown_disable_comments(run_cli, drafts):
    (drafts / "d.md").write_text(
        "<!-- outreach-lint-disable phone-number -->\n090-1234-5678\n<!-- outreach-lint-enable phone-number -->\n"
        "080-1234-5678\n", encoding="utf-8")
    proc = run_cli("check", "d.md", "--select", "phone-number", "--format", "json")
    assert [i["line"] for i in json.loads(proc.stdout_text)] == [4]


def test_rules_and_explain(run_cli):
    proc = run_cli("rules")
    assert proc.returncode == 0
    assert "phone-number" in proc.stdout_text and "template-placeholder" in proc.stdout_text
    proc = run_cli("explain", "phone-number")
    assert proc.returncode == 0
    for heading in ("## What it does", "## Why it matters", "## Example", "## Better", "Tip 2"):
        assert heading in proc.stdout_text


@pytest.mark.parametrize("args", [["--help"], ["rules"], ["explain", "phone-number"], ["check", "--help"]])
def test_metadata_commands_do_not_import_fugashi(args):
    code = (
        "import sys\nfrom outreach_lint.cli import main\n"
        f"try:\n    main({args!r})\nexcept SystemExit:\n    pass\n"
        "sys.stderr.write('FUGASHI' if 'fugashi' in sys.modules else 'CLEAN')\n"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert proc.stderr.endswith("CLEAN"), proc.stderr


def test_python_dash_m(drafts):
    proc = subprocess.run([sys.executable, "-m", "outreach_lint", "check", "bad.txt", "--select", "phone-number"],
                          capture_output=True, text=True, cwd=drafts, timeout=60)
    assert proc.returncode == 1 and "[phone-number]" in proc.stdout


def test_library_api_matches_cli(run_cli, drafts):
    from outreach_lint import lint_text

    findings = lint_text(BAD, platform="linkedin-note", select=["phone-number", "template-placeholder"])
    proc = run_cli("check", "-", "--platform", "linkedin-note", "--format", "json",
                   "--select", "phone-number,template-placeholder", input=BAD)
    cli = [(i["rule"], i["line"], i["column"], i["message"]) for i in json.loads(proc.stdout_text)]
    assert cli == [(f.rule, f.line, f.column, f.message) for f in findings]
