"""Property-based: thousands of random drafts (Japanese, ASCII, emoji, digits, control characters,
every line end) through lint_text and the installed console script. No exception, every position
inside the text and consistent with its line and column, the same output twice, and no output ever
holds a phone number that phone-number found (it is masked everywhere).
"""
from __future__ import annotations

import io
import json
import os
import re
import subprocess
from pathlib import Path

from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from conftest import console_script
from outreach_lint import report
from outreach_lint.lint import Linter
from outreach_lint.rule import PLATFORMS

FRAGMENTS = [
    "はじめまして、山田と申します。", "貴社のブログ記事を拝見しました。", "ご連絡させていただきました。",
    "〇〇様", "○○さん", "{{company}}", "[名前]", "XX社", "おっしゃられる", "拝見させていただきます",
    "することができます", "という形で", "至急ご返信ください", "まだお返事をいただけていないのですが",
    "LINE IDを追加してください", "昨日は飲みすぎて二日酔いです笑", "ｗｗｗ", "(^^)", "拝啓", "敬具",
    "東京都渋谷区神宮前1-2-3", "〒150-0001", "03-1234-5678", "0120-123-456", "12月3日 14:00",
    "3,000円", "https://example.com/a?b=c", "user@example.com", "#タグ", "@someone",
    "👨\u200d👩\u200d👧", "😀😀😀", "é", "か\u3099", "ｶﾞｷﾞ", "０９０－", "１２３４", "ー", "〜", "…",
    "\r\n", "\r", "\n", "\n\n", "\t", "\u3000", "\x0b", "\x0c", "\x1b[31m", "\x07", "\x00", "\ud800", "\udfff",
    "> 引用された行\n", "-- \n", "```\ncode\n```\n", "<!-- outreach-lint-disable -->", "<br>", "「", "」",
]
CHARS = st.one_of(
    st.characters(min_codepoint=0x3041, max_codepoint=0x3096),  # hiragana
    st.characters(min_codepoint=0x30A1, max_codepoint=0x30FA),  # katakana
    st.characters(min_codepoint=0x4E00, max_codepoint=0x4FFF),  # kanji
    st.characters(min_codepoint=0x20, max_codepoint=0x7E),  # ASCII
    st.sampled_from("0123456789０１２３４５６７８９-ー－‐・()（）。、！？!?."),
    st.characters(min_codepoint=0x1F300, max_codepoint=0x1F64F),  # emoji
    st.characters(min_codepoint=0xFF61, max_codepoint=0xFF9F),  # half-width katakana
    st.characters(min_codepoint=0x0300, max_codepoint=0x036F),  # combining marks
    st.characters(min_codepoint=0x00, max_codepoint=0x1F),  # control characters
    st.characters(min_codepoint=0x0080, max_codepoint=0x00FF),
    st.characters(codec="utf-8"),
)
DRAFTS = st.lists(st.one_of(st.sampled_from(FRAGMENTS), st.text(CHARS, max_size=24)), max_size=30).map("".join)
MOBILES = st.builds(lambda p, a, b: f"0{p}0-{a:04d}-{b:04d}", st.sampled_from("789"),
                    st.integers(1000, 9999), st.integers(0, 9999)).filter(lambda n: n != "090-1234-5678")

_linter = None


def linter() -> Linter:
    global _linter
    if _linter is None:
        _linter = Linter()
    return _linter


def expected_position(text: str, offset: int) -> tuple[int, int]:
    """Line and column (1-based, characters) computed independently: \\r\\n, \\r and \\n end a line."""
    line_start, line = 0, 1
    for m in re.finditer(r"\r\n|\r|\n", text[:offset]):
        if m.end() > offset:
            break
        line_start, line = m.end(), line + 1
    return line, offset - line_start + 1


def check_findings(text: str, findings) -> None:
    for f in findings:
        assert 0 <= f.start <= f.end <= len(text), (f, len(text))
        assert (f.line, f.column) == expected_position(text, f.start), f
        assert (f.end_line, f.end_column) == expected_position(text, f.end), f
        assert f.severity in ("info", "warning", "error")


def render_all(result) -> str:
    """Every output format, as CI would store it (masked)."""
    out = io.StringIO()
    report.concise([result], out)
    report.as_json([result], out)
    report.github([result], out)
    report.sarif([result], out, linter().rules, False, "test")
    from rich.console import Console

    report.rich([result], Console(file=out, width=200, color_system=None, soft_wrap=True))
    return out.getvalue()


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(text=DRAFTS, platform=st.sampled_from(PLATFORMS))
def test_lint_text_never_fails_and_positions_hold(text, platform):
    first = linter().lint_text(text, platform=platform)
    check_findings(text, first.findings)
    second = linter().lint_text(text, platform=platform)
    assert first.findings == second.findings


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(before=DRAFTS, after=DRAFTS, number=MOBILES, platform=st.sampled_from(PLATFORMS))
def test_a_found_number_never_appears_in_any_output(before, after, number, platform):
    text = f"{before}\n携帯：{number}\n{after}"
    assume(text.count(number) == 1)
    result = linter().lint_text(text, platform=platform)
    check_findings(text, result.findings)
    found = [f for f in result.findings if f.rule == "phone-number" and f.raw_excerpt == number]
    if not found:
        return  # e.g. quoted mail on the email platform, or a business label just before it
    assert number not in render_all(result)


def test_a_labelled_mobile_on_its_own_line_is_always_found():
    """The property above is conditional; this keeps it from being vacuous."""
    for number in ("090-2468-1357", "080-1111-2222", "070-9876-5432"):
        for platform in PLATFORMS:
            result = linter().lint_text(f"よろしくお願いします。\n携帯：{number}\n山田", platform=platform)
            assert any(f.rule == "phone-number" for f in result.findings), (number, platform)
            assert number not in render_all(result)


# -- through the console script ------------------------------------------------------------------------
def run_cli(args, cwd: Path):
    env = {**os.environ, "NO_COLOR": "1", "COLUMNS": "200", "PYTHONDONTWRITEBYTECODE": "1"}
    return subprocess.run([console_script(), *map(str, args)], capture_output=True, cwd=cwd, env=env, timeout=120)


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                                                                   HealthCheck.function_scoped_fixture])
@given(before=DRAFTS, after=DRAFTS, number=MOBILES, fmt=st.sampled_from(report.FORMATS),
       newline=st.sampled_from(["\n", "\r\n", "\r"]))
def test_cli_on_random_drafts(tmp_path_factory, before, after, number, fmt, newline):
    folder = tmp_path_factory.mktemp("prop")
    text = f"{before}{newline}携帯：{number}{newline}{after}"
    assume(text.count(number) == 1)
    data = text.encode("utf-8", "surrogatepass")
    (folder / "draft.txt").write_bytes(data)
    proc = run_cli(["check", "--format", "json", "draft.txt"], folder)
    err = proc.stderr.decode("utf-8", "replace")
    assert "Traceback" not in err and "internal error" not in err, err
    if proc.returncode == 2:  # only a draft that is really binary (NUL bytes, mostly controls) is skipped
        assert "skipped" in err and ("\x00" in text or sum(c < " " for c in text) * 10 > len(text) * 3), err
        return
    assert proc.returncode in (0, 1), err
    items = json.loads(proc.stdout)
    for item in items:
        f_line, f_col = item["line"], item["column"]
        assert f_line >= 1 and f_col >= 1
        lines = re.split(r"\r\n|\r|\n", text)
        assert f_line <= len(lines) and f_col <= len(lines[f_line - 1]) + 1, item
    again = run_cli(["check", "--format", "json", "draft.txt"], folder)
    assert again.stdout == proc.stdout  # the same output twice
    found = any(i["rule"] == "phone-number" and i["line"] == expected_position(text, text.index(number))[0]
                for i in items)
    shown = run_cli(["check", "--format", fmt, "draft.txt"], folder)
    assert shown.returncode in (0, 1)
    if found:
        for output in (proc.stdout, shown.stdout, shown.stderr):
            assert number.encode() not in output
