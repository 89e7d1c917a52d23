"""Drafts as people have them: saved e-mails (*.eml) and Markdown (*.md), through the console script.

What is the user's prose is linted; headers, quoted earlier messages, code and link targets are
not; positions point into the file.
"""
from __future__ import annotations

import base64
import json
import quopri
from email.header import Header
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from outreach_lint.registry import builtin_rules

PLACEHOLDER = "template-placeholder"
PHONE = "phone-number"


def findings(run_cli, *args, **kwargs) -> list[dict]:
    proc = run_cli("check", *args, "--format", "json", **kwargs)
    assert proc.returncode in (0, 1), proc.stderr_text
    return json.loads(proc.stdout_text)


def where(items: list[dict], rule: str | None = None) -> list[tuple[int, int]]:
    return [(i["line"], i["column"]) for i in items if rule is None or i["rule"] == rule]


def line_of(text: str, needle: str) -> tuple[int, int]:
    """1-based (line, column) of needle in text, counted as the linter counts."""
    offset = text.index(needle)
    before = text[:offset].replace("\r\n", "\n")
    return before.count("\n") + 1, offset - (text.rfind("\n", 0, offset) + 1) + 1


def eml(headers: dict[str, str], body: str, newline: str = "\n") -> str:
    head = newline.join(f"{k}: {v}" for k, v in headers.items())
    return head + newline + newline + body.replace("\n", newline)


HEADERS = {
    "From": "Taro Yamada <taro@example.com>",
    "To": "〇〇様 <sato@example.com>",
    "Subject": "先日のご講演について",
    "Date": "Mon, 15 Jan 2024 10:00:00 +0900",
    "X-Phone": "090-1234-5678",
    "MIME-Version": "1.0",
    "Content-Type": "text/plain; charset=utf-8",
    "Content-Transfer-Encoding": "8bit",
}
BODY = "佐藤様\n\nはじめまして。山田です。\n何かあれば090-2468-1357までお電話ください。\n"


# -- e-mail: what is linted ------------------------------------------------------------------------
@pytest.mark.parametrize("newline", ["\n", "\r\n"])
def test_eml_lints_the_body_with_file_positions_and_not_the_headers(run_cli, tmp_path, newline):
    text = eml(HEADERS, BODY, newline)
    (tmp_path / "m.eml").write_bytes(text.encode("utf-8"))
    items = findings(run_cli, "m.eml", "--select", f"{PHONE},{PLACEHOLDER}")
    # The 〇〇様 in To: and the number in X-Phone: are headers, not prose.
    assert where(items) == [line_of(text, "090-2468")]
    assert items[0]["rule"] == PHONE


def test_eml_subject_is_linted_on_its_line(run_cli, tmp_path):
    text = eml({**HEADERS, "Subject": "Re: 〇〇様へのご相談", "To": "sato@example.com"}, "佐藤様\nよろしくお願いします。\n")
    (tmp_path / "m.eml").write_text(text, encoding="utf-8")
    items = findings(run_cli, "m.eml", "--select", PLACEHOLDER)
    assert where(items) == [line_of(text, "〇〇様へ")]


def test_encoded_subject_is_decoded_and_reported_on_the_subject_line(run_cli, tmp_path):
    subject = Header("〇〇様へのご相談（先日のご講演の件）", "utf-8").encode()
    text = eml({**HEADERS, "Subject": subject, "To": "sato@example.com"}, "佐藤様\nよろしくお願いします。\n")
    (tmp_path / "m.eml").write_text(text, encoding="utf-8")
    items = findings(run_cli, "m.eml", "--select", PLACEHOLDER)
    assert [i["line"] for i in items] == [line_of(text, "Subject:")[0]]
    assert items[0]["excerpt"] == "〇〇"


QUOTES = {
    "gmail-en": "On Mon, Jan 15, 2024 at 10:00 AM Sato <sato@example.com> wrote:\n> 〇〇様\n> 090-1111-2222\n",
    "gmail-en-wrapped": "On Mon, Jan 15, 2024 at 10:00 AM Hanako Sato <\nsato@example.com> wrote:\n\n> 〇〇様\n",
    "gmail-ja": "2024年1月15日(月) 10:00 佐藤花子 <sato@example.com>:\n> 〇〇様\n>\n> 090-1111-2222\n",
    "apple-ja": "2024/01/15 10:00、佐藤花子 <sato@example.com>のメール:\n\n> 〇〇様\n",
    "becky-ja": "佐藤花子 さんは書きました:\n> 〇〇様\n",
    "original": "-----Original Message-----\nFrom: Sato\n〇〇様\n090-1111-2222\n",
    "forwarded": "---------- Forwarded message ---------\n差出人: 佐藤 <sato@example.com>\n\n〇〇様\n",
    "outlook-ja": "________________________________\n差出人: 佐藤花子 <sato@example.com>\n送信日時: 2024年1月15日 10:00\n"
                  "宛先: 山田\n件名: ご相談\n\n〇〇様\n090-1111-2222\n",
    "plain-quote": "> 〇〇様\n> 090-1111-2222\n",
}


@pytest.mark.parametrize("name", sorted(QUOTES))
def test_quoted_earlier_messages_are_not_linted(run_cli, tmp_path, name):
    text = eml({**HEADERS, "To": "sato@example.com"}, "佐藤様\n\nご連絡ありがとうございます。\n\n" + QUOTES[name])
    (tmp_path / "m.eml").write_text(text, encoding="utf-8")
    assert findings(run_cli, "m.eml", "--select", f"{PHONE},{PLACEHOLDER}") == []


def test_answers_below_a_quote_are_still_linted(run_cli, tmp_path):
    body = ("2024年1月15日(月) 10:00 佐藤花子 <sato@example.com>:\n> ご都合はいかがですか。\n\n"
            "〇〇様、木曜なら空いています。\n> 連絡先を教えてください。\n090-2468-1357です。\n")
    text = eml({**HEADERS, "To": "sato@example.com"}, body)
    (tmp_path / "m.eml").write_text(text, encoding="utf-8")
    items = findings(run_cli, "m.eml", "--select", f"{PHONE},{PLACEHOLDER}")
    assert where(items) == [line_of(text, "〇〇様、"), line_of(text, "090-2468")]


def test_platform_email_excludes_quotes_in_a_plain_draft(run_cli, tmp_path):
    text = "佐藤様\n\nありがとうございます。\n\n> 〇〇様\n> よろしくお願いします。\n"
    (tmp_path / "reply.txt").write_text(text, encoding="utf-8")
    assert findings(run_cli, "reply.txt", "--select", PLACEHOLDER, "--platform", "email") == []
    # Elsewhere a > line is the user's own text.
    assert where(findings(run_cli, "reply.txt", "--select", PLACEHOLDER)) == [line_of(text, "〇〇様")]


def test_platform_email_reads_a_txt_that_is_a_message(run_cli, tmp_path):
    text = eml({**HEADERS, "Content-Transfer-Encoding": "base64"},
               base64.encodebytes(BODY.encode("utf-8")).decode("ascii"))
    (tmp_path / "saved.txt").write_text(text, encoding="utf-8")
    items = findings(run_cli, "saved.txt", "--select", f"{PHONE},{PLACEHOLDER}", "--platform", "email")
    assert [i["rule"] for i in items] == [PHONE]


# -- e-mail: encodings -----------------------------------------------------------------------------
def _body_line(text: str) -> int:
    """The file line where the body starts (after the empty line ending the headers)."""
    return text.replace("\r\n", "\n").split("\n\n", 1)[0].count("\n") + 3


def test_base64_body_is_decoded_positions_count_from_the_body_start(run_cli, tmp_path):
    text = eml({**HEADERS, "Content-Transfer-Encoding": "base64", "To": "sato@example.com"},
               base64.encodebytes(BODY.encode("utf-8")).decode("ascii"))
    (tmp_path / "m.eml").write_text(text, encoding="utf-8")
    items = findings(run_cli, "m.eml", "--select", PHONE)
    decoded_line, column = line_of(BODY, "090-2468")
    assert where(items) == [(_body_line(text) + decoded_line - 1, column)]


def test_quoted_printable_body(run_cli, tmp_path):
    encoded = quopri.encodestring(BODY.encode("utf-8")).decode("ascii")
    text = eml({**HEADERS, "Content-Transfer-Encoding": "quoted-printable", "To": "sato@example.com"}, encoded)
    (tmp_path / "m.eml").write_text(text, encoding="utf-8")
    items = findings(run_cli, "m.eml", "--select", PHONE)
    assert len(items) == 1 and items[0]["line"] >= _body_line(text)


def test_iso_2022_jp_seven_bit_body_and_encoded_subject(run_cli, tmp_path):
    subject = Header("〇〇様へのご相談", "iso-2022-jp").encode()
    text = eml({**HEADERS, "Subject": subject, "To": "sato@example.com",
                "Content-Type": "text/plain; charset=ISO-2022-JP", "Content-Transfer-Encoding": "7bit"}, BODY)
    (tmp_path / "m.eml").write_bytes(text.encode("iso2022_jp"))
    items = findings(run_cli, "m.eml", "--select", f"{PHONE},{PLACEHOLDER}")
    assert [(i["rule"], i["line"]) for i in items] == [
        (PLACEHOLDER, line_of(text, "Subject:")[0]), (PHONE, line_of(text, "090-2468")[0])]
    assert items[1]["column"] == line_of(text, "090-2468")[1]  # a 7bit body maps 1:1 into the file


def test_iso_2022_jp_base64_body(run_cli, tmp_path):
    text = eml({**HEADERS, "To": "sato@example.com", "Subject": Header("ご相談", "iso-2022-jp").encode(),
                "Content-Type": 'text/plain; charset="iso-2022-jp"',
                "Content-Transfer-Encoding": "base64"},
               base64.encodebytes(BODY.encode("iso2022_jp")).decode("ascii"))
    (tmp_path / "m.eml").write_text(text, encoding="ascii")
    assert [i["rule"] for i in findings(run_cli, "m.eml", "--select", PHONE)] == [PHONE]


def _multipart(plain: str, html: str, extra: str = "") -> str:
    return (
        "From: taro@example.com\nTo: sato@example.com\nSubject: ご相談\nMIME-Version: 1.0\n"
        'Content-Type: multipart/mixed; boundary="mixed"\n\nThis is a multi-part message.\n'
        '--mixed\nContent-Type: multipart/alternative; boundary="alt"\n\n'
        "--alt\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: base64\n\n"
        + base64.encodebytes(plain.encode("utf-8")).decode("ascii")
        + "\n--alt\nContent-Type: text/html; charset=utf-8\n\n" + html + "\n--alt--\n"
        + extra + "--mixed--\n"
    )


def test_multipart_lints_the_plain_part_once_and_not_html_or_attachments(run_cli, tmp_path):
    attachment = ('--mixed\nContent-Type: text/plain; charset=utf-8\nContent-Disposition: attachment; '
                  'filename="memo.txt"\n\n〇〇様 090-1111-2222\n')
    text = _multipart(BODY, "<p>〇〇様 090-3333-4444</p>", attachment)
    (tmp_path / "m.eml").write_text(text, encoding="utf-8")
    items = findings(run_cli, "m.eml", "--select", f"{PHONE},{PLACEHOLDER}")
    assert [(i["rule"], i["excerpt"]) for i in items] == [(PHONE, "090-****-1357")]
    # Lines after the decoded part keep their numbers: nothing else moved.
    clean = _multipart("佐藤様\nよろしくお願いします。\n", "<p>〇〇様</p>")
    (tmp_path / "c.eml").write_text(clean, encoding="utf-8")
    assert findings(run_cli, "c.eml", "--select", f"{PHONE},{PLACEHOLDER}") == []


# -- e-mail: the subject's length -----------------------------------------------------------------
def _subject_findings(text: str, limit: int | None = None, platform: str = "email"):
    from outreach_lint.checks.email_subject import check_subject
    from outreach_lint.document import Document
    from outreach_lint.prepare import prepare
    from outreach_lint.rule import Context

    rule = builtin_rules()["template-placeholder"]  # any rule: only its id and tip are used
    prepared = prepare(text, "m.eml", platform)
    doc = Document(prepared.text or text, platform=platform, excluded=prepared.excluded)
    options = {} if limit is None else {"subject-limit": limit}
    ctx = Context(rule, doc, options)
    check_subject(ctx)
    return ctx.findings


def test_long_subject_is_a_finding():
    long_subject = "先日のイベントでお話しした新規事業の件と来月の勉強会のご案内および資料送付のお願いについて"
    text = eml({**HEADERS, "Subject": "Re: " + long_subject}, "佐藤様\n")
    found = _subject_findings(text)
    assert len(found) == 1
    f = found[0]
    assert (f.line, f.column) == line_of(text, long_subject)
    assert f"{len(long_subject)}文字" in f.message and "40文字" in f.message
    assert _subject_findings(eml({**HEADERS, "Subject": "新規事業のご相談（山田）"}, "本文\n")) == []
    assert len(_subject_findings(eml({**HEADERS, "Subject": "新規事業についてのご相談"}, "本文\n"), limit=10)) == 1


def test_subject_tags_and_closing_bracket_are_not_counted():
    # 【リマインド】 and （Kansai Open Source 2025） are conventions read at a glance; the purpose is short
    tagged = "【リマインド】登壇資料のご提出について（Kansai Open Source 2025）"
    assert len(tagged) > 40
    assert _subject_findings("件名：" + tagged + "\n\n中川さん\n") == []
    assert _subject_findings("件名：[Security] tanuki-upload における認証回避の可能性について\n\n皆さま\n") == []
    # the purpose itself still counts: a long one is reported, tags or not, with its own length
    long_subject = "先日のイベントでお話しした新規事業の件と来月の勉強会のご案内および資料送付のお願いについて"
    found = _subject_findings("件名：【ご相談】" + long_subject + "（山田）\n\n佐藤様\n")
    assert len(found) == 1 and f"{len(long_subject)}文字" in found[0].message


def test_long_encoded_subject_counts_decoded_characters():
    long_subject = "先日のイベントでお話しした新規事業の件と来月の勉強会のご案内および資料送付のお願いについて"
    text = eml({**HEADERS, "Subject": Header(long_subject, "iso-2022-jp").encode()}, "佐藤様\n")
    found = _subject_findings(text)
    assert len(found) == 1 and f"{len(long_subject)}文字" in found[0].message


def test_plain_email_draft_with_a_subject_line():
    long_subject = "先日のイベントでお話しした新規事業の件と来月の勉強会のご案内および資料送付のお願いについて"
    found = _subject_findings("件名：" + long_subject + "\n\n佐藤様\n")
    assert len(found) == 1 and (found[0].line, found[0].column) == (1, 4)
    assert _subject_findings("件名：" + long_subject + "\n", platform="linkedin") == []


def test_long_subject_through_too_long(run_cli, tmp_path):
    long_subject = "先日のイベントでお話しした新規事業の件と来月の勉強会のご案内および資料送付のお願いについて"
    text = eml({**HEADERS, "Subject": long_subject, "To": "sato@example.com"}, "佐藤様\n")
    (tmp_path / "m.eml").write_text(text, encoding="utf-8")
    items = findings(run_cli, "m.eml", "--select", "too-long")
    assert [(i["line"], i["column"]) for i in items] == [line_of(text, long_subject)]
    assert "件名" in items[0]["message"]


# -- e-mail: fixes ------------------------------------------------------------------------------------

def test_fix_in_an_eml_body_keeps_headers_and_encoded_subject(run_cli, tmp_path):
    subject = Header("資料のご送付", "utf-8").encode()
    text = eml({**HEADERS, "Subject": subject}, "佐藤様\nこちらが資料になります。\n", "\r\n")
    (tmp_path / "m.eml").write_bytes(text.encode("utf-8"))
    proc = run_cli("check", "--fix", "m.eml", "--select", "redundant-expression")
    assert proc.returncode == 0
    assert (tmp_path / "m.eml").read_bytes() == text.replace("資料になります", "資料です").encode("utf-8")


def test_fix_skips_a_base64_body_and_says_so(run_cli, tmp_path):
    text = eml({**HEADERS, "Content-Transfer-Encoding": "base64"},
               base64.encodebytes("こちらが資料になります。\n".encode("utf-8")).decode("ascii"))
    (tmp_path / "m.eml").write_text(text, encoding="utf-8")
    proc = run_cli("check", "--fix", "m.eml", "--select", "redundant-expression", "--fail-on", "info")
    assert (tmp_path / "m.eml").read_text(encoding="utf-8") == text
    assert "not applied" in proc.stderr_text and "base64" in proc.stderr_text
    assert proc.returncode == 1 and "[redundant-expression]" in proc.stdout_text


# -- Markdown ---------------------------------------------------------------------------------------
MD = """---
title: 〇〇様へのメッセージ
tags: [090-1111-2222]
---
# 佐藤様へ

はじめまして。`〇〇様` のようなテンプレートは使っていません。
[資料](https://example.com/{{company}}/090-1111-2222 "〇〇様") と <https://example.com/{{name}}> をご覧ください。
参考: [記事][ref]、画像 ![図](img/〇〇様.png)

```text
〇〇様
090-1111-2222
```

~~~
{{company}}
~~~

    〇〇様 (indented code)

- 項目
    継続行

<!-- 下書きメモ:
〇〇様 090-1111-2222
-->
<span>連絡先は090-2468-1357です。</span>

[ref]: https://example.com/{{company}}
"""


def test_markdown_lints_prose_only_with_file_positions(run_cli, tmp_path):
    (tmp_path / "d.md").write_text(MD, encoding="utf-8")
    items = findings(run_cli, "d.md", "--select", f"{PHONE},{PLACEHOLDER}")
    assert [(i["rule"], i["line"], i["column"]) for i in items] == [(PHONE, *line_of(MD, "090-2468"))]


def test_markdown_link_text_is_prose(run_cli, tmp_path):
    text = "詳しくは[〇〇様の記事](https://example.com/a)をご覧ください。\n"
    (tmp_path / "d.md").write_text(text, encoding="utf-8")
    assert where(findings(run_cli, "d.md", "--select", PLACEHOLDER)) == [line_of(text, "〇〇様")]


def test_markdown_unclosed_fence_runs_to_the_end(run_cli, tmp_path):
    (tmp_path / "d.md").write_text("はじめまして。\n\n```\n〇〇様\n", encoding="utf-8")
    assert findings(run_cli, "d.md", "--select", PLACEHOLDER) == []


def test_markdown_list_continuation_is_prose(run_cli, tmp_path):
    text = "- 項目\n\n    〇〇様へのご連絡です。\n"
    (tmp_path / "d.md").write_text(text, encoding="utf-8")
    assert where(findings(run_cli, "d.md", "--select", PLACEHOLDER)) == [line_of(text, "〇〇様")]


def test_markdown_angle_brackets_that_are_not_html_stay_prose(run_cli, tmp_path):
    text = "<名前>さん、はじめまして。\n"
    (tmp_path / "d.md").write_text(text, encoding="utf-8")
    assert where(findings(run_cli, "d.md", "--select", PLACEHOLDER)) == [(1, 1)]


def test_front_matter_sets_the_platform(run_cli, tmp_path):
    (tmp_path / "n.md").write_text("---\nplatform: linkedin-note\n---\n佐藤様、はじめまして。\n", encoding="utf-8")
    proc = run_cli("check", "n.md", "--format", "rich", "--select", PHONE)
    assert "LinkedIn note:" in proc.stdout_text
    # --platform wins over the front matter; the front matter wins over the config.
    proc = run_cli("check", "n.md", "--format", "rich", "--select", PHONE, "--platform", "x")
    assert "X post:" in proc.stdout_text
    (tmp_path / ".outreach-lint.toml").write_text('platform = "facebook"\n', encoding="utf-8")
    proc = run_cli("check", "n.md", "--format", "rich", "--select", PHONE)
    assert "LinkedIn note:" in proc.stdout_text


def test_front_matter_email_platform_excludes_quotes(run_cli, tmp_path):
    text = "---\nplatform: email\n---\n佐藤様\n\n> 〇〇様\n"
    (tmp_path / "r.md").write_text(text, encoding="utf-8")
    assert findings(run_cli, "r.md", "--select", PLACEHOLDER) == []


def test_front_matter_with_an_unknown_platform_is_an_error(run_cli, tmp_path):
    (tmp_path / "n.md").write_text("---\nplatform: myspace\n---\n本文\n", encoding="utf-8")
    proc = run_cli("check", "n.md")
    assert proc.returncode == 2
    assert "n.md" in proc.stderr_text and "myspace" in proc.stderr_text
    assert len(proc.stderr_text.strip().splitlines()) == 1


@pytest.mark.parametrize("text", [
    "a`b" * 200_000, "<!--" * 200_000, "](x " * 200_000, "[a](" + "(" * 200_000, "<a " * 200_000,
    "> " + "x" * 1_000_000, ("On " + "x" * 290 + "\n") * 5_000, "````\n" * 100_000,
], ids=["backticks", "comments", "targets", "parens", "tags", "long-quote", "attributions", "fences"])
def test_preparing_is_linear_on_pathological_input(text):
    import time

    from outreach_lint.prepare import prepare

    for path in ("big.md", "big.eml", "big.txt"):
        start = time.perf_counter()
        prepare(text, path, "email")
        assert time.perf_counter() - start < 5, path


def test_a_plain_draft_with_its_own_from_to_lines_is_linted(run_cli, tmp_path):
    text = "From: 山田\nTo: 佐藤様\n件名: ご相談\n\n〇〇様、はじめまして。\n"
    (tmp_path / "d.txt").write_text(text, encoding="utf-8")
    items = findings(run_cli, "d.txt", "--select", PLACEHOLDER, "--platform", "email")
    assert where(items) == [line_of(text, "〇〇様")]


@pytest.mark.parametrize("line", ["佐藤さんへのメッセージ:", "以下、私からのメッセージです。", "書いてみました。"])
def test_ordinary_lines_ending_like_attributions_stay_prose(run_cli, tmp_path, line):
    text = f"{line}\n〇〇様、はじめまして。\n"
    (tmp_path / "d.txt").write_text(text, encoding="utf-8")
    items = findings(run_cli, "d.txt", "--select", PLACEHOLDER, "--platform", "email")
    assert where(items) == [line_of(text, "〇〇様")]


# -- invariants ---------------------------------------------------------------------------------------
_PIECES = st.sampled_from([
    "From: a@example.com\n", "Subject: =?utf-8?b?5Lu25ZCN?=\n", "Subject: Re: 件名\n", " folded\n",
    "Content-Type: text/plain; charset=utf-8\n", "Content-Transfer-Encoding: base64\n",
    "Content-Transfer-Encoding: quoted-printable\n", 'Content-Type: multipart/alternative; boundary="b"\n',
    "--b\n", "--b--\n", "\n", "\r\n", "5L2Q6Jek5qeY\n", "=E4=BD=90\n", "本文です。\n", "> 引用\n",
    "On Mon, 1 Jan 2024 Taro <t@example.com> wrote:\n", "---\n", "platform: email\n", "```\n", "`code`",
    "[a](http://x.y)", "<!--", "-->", "    code\n", "- item\n", "件名：ご相談\n", "差出人: 佐藤\n", "送信日時: 今日\n",
])


@settings(max_examples=300, deadline=None)
@given(st.lists(_PIECES, max_size=30), st.sampled_from(["a.eml", "a.md", "a.txt"]),
       st.sampled_from([None, "email", "generic"]))
def test_prepared_spans_and_segments_are_consistent(pieces, path, platform):
    from outreach_lint.prepare import prepare

    text = "".join(pieces)
    prepared = prepare(text, path, platform)
    linted = prepared.text if prepared.text is not None else text
    previous_end = 0
    for start, end in prepared.excluded:
        assert 0 <= start < end <= len(linted) and start >= previous_end
        previous_end = end
    for lint_at, file_at, length in prepared.segments:
        assert linted[lint_at:lint_at + length] == text[file_at:file_at + length]
    if prepared.text is None:
        assert prepared.to_file(0, len(text)) == (0, len(text))
