"""--jobs: spreading drafts over processes changes neither the findings nor their order."""
from __future__ import annotations

import json

DRAFTS = [
    "佐藤様\nはじめまして。何かあれば090-1234-5678までお電話ください。",
    "{{name}}様\n先日のご講演を拝見しました。ぜひ一度お話を伺えればと思います。",
    "山田様\n\nはじめまして。株式会社ソラテックの田中と申します。先日のご講演、とても参考になりました。",
    "至急ご返信ください。明日までに必ずご回答ください。",
    "先日おっしゃられていた件について、拝見させていただきました。",
    "資料を送付することができますので、ご確認ください。こちらが会社概要になります。",
    "昨日は飲みすぎて二日酔いですｗｗ マジでヤバいです笑",
    "ご無沙汰しております。先月の勉強会ではありがとうございました。資料の共有、とても助かりました。",
]
# A mass send (duplicate-draft compares drafts across processes through their fingerprints).
MASS = ("{name}様\nはじめまして。株式会社ネクストリンクで採用を担当している小野と申します。{name}様のご経歴を拝見し、"
        "弊社のテックリード職でご活躍いただけるのではと思いご連絡しました。まずは30分ほどお話しできれば嬉しいです。")


def _make(tmp_path, count: int = 48):
    folder = tmp_path / "drafts"
    for i in range(count):
        sub = folder / f"{i % 3}"
        sub.mkdir(parents=True, exist_ok=True)
        if i % 7 == 3:
            text = MASS.format(name=["佐藤", "田中", "鈴木", "高橋", "伊藤", "渡辺", "山本"][i % 7])
        else:
            text = DRAFTS[i % len(DRAFTS)]
        suffix = ".eml" if i % 11 == 5 else ".txt"
        (sub / f"d{i:03d}{suffix}").write_text(text + "\n", encoding="utf-8")
    return folder


def test_jobs_keep_findings_and_order(run_cli, tmp_path):
    folder = _make(tmp_path)
    serial = run_cli("check", str(folder), "--jobs", "1", "--format", "json")
    parallel = run_cli("check", str(folder), "--jobs", "2", "--format", "json")
    assert serial.returncode == parallel.returncode == 1
    assert serial.stdout_text == parallel.stdout_text
    findings = json.loads(serial.stdout_text)
    rules = {f["rule"] for f in findings}
    assert {"phone-number", "duplicate-draft"} <= rules
    # Reported in input order: folders and files sorted, findings by position within a file.
    paths = [f["path"] for f in findings]
    order = sorted(set(paths), key=paths.index)
    assert order == sorted(order)
    assert len({f["path"] for f in findings if f["rule"] == "duplicate-draft"}) >= 2


def test_jobs_with_missing_file_and_concise_output(run_cli, tmp_path):
    folder = _make(tmp_path, 40)
    files = sorted(str(p) for p in folder.rglob("*.txt"))
    args = [*files[:20], str(tmp_path / "missing.txt"), *files[20:]]
    serial = run_cli("check", *args, "--jobs", "1", "--format", "concise")
    parallel = run_cli("check", *args, "--jobs", "3", "--format", "concise")
    assert serial.returncode == parallel.returncode == 2  # the missing file
    assert serial.stdout_text == parallel.stdout_text
    assert serial.stderr_text == parallel.stderr_text
    assert serial.stdout_text.count("\n") > 20
