"""The pre-commit hooks, run by the real pre-commit against a snapshot of this repository.

`pre-commit try-repo` installs the hook's package into a fresh environment on every call (it
uses a throw-away store), so these tests take a while; the hook environment itself comes from
pip like any user's would. The snapshot is a git repository holding the working tree as it is
now (committed or not), so the hooks tested are the ones in this checkout.
"""
from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest
from conftest import installed_script

ROOT = Path(__file__).resolve().parent.parent
BAD = "〇〇様\n\nはじめまして。突然のご連絡失礼いたします。\n"
GOOD = "佐藤様\n\nはじめまして。先日のご登壇を拝見しました。\n"
# Only fixable, info-level findings: after --fix nothing is left, so the second run passes.
FIXABLE = "佐藤様\n\nこちらが先日お話しした資料になります。\n"
_SKIP = {".git", ".venv", "venv", ".tox", "node_modules", "__pycache__", ".pytest_cache", ".hypothesis",
         "build", "dist"}

pytestmark = pytest.mark.skipif(shutil.which("git") is None, reason="pre-commit needs git")


def _pre_commit() -> str:
    return installed_script("pre-commit")


def _git_env(home: Path) -> dict:
    env = {k: v for k, v in os.environ.items() if not k.startswith("GIT_")}
    env.update({
        "GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@example.com", "GIT_COMMITTER_NAME": "t",
        "GIT_COMMITTER_EMAIL": "t@example.com", "GIT_CONFIG_NOSYSTEM": "1", "HOME": str(home),
        "PRE_COMMIT_HOME": str(home / "pre-commit-cache"), "NO_COLOR": "1", "TERM": "dumb",
        # The hook environments are thrown away: skip byte-compiling (phonenumbers has ~1000 modules).
        "PIP_COMPILE": "0",
    })
    return env


def _git(*args, cwd: Path, env: dict) -> str:
    proc = subprocess.run(["git", *args], cwd=cwd, env=env, capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    return proc.stdout


def _tree_files() -> list[Path]:
    """The checkout's files as git sees them (tracked and new, not ignored), else a plain walk."""
    proc = subprocess.run(["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"], cwd=ROOT,
                          capture_output=True, timeout=60)
    if proc.returncode == 0 and proc.stdout:
        return [Path(p) for p in proc.stdout.decode("utf-8", "surrogateescape").split("\0") if p]
    files = []
    for root, dirs, names in os.walk(ROOT):
        dirs[:] = [d for d in dirs if d not in _SKIP and not d.endswith(".egg-info")]
        files += [Path(root, n).relative_to(ROOT) for n in names]
    return files


@pytest.fixture(scope="session")
def hook_home(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("precommit-home")


@pytest.fixture(scope="session")
def snapshot(tmp_path_factory, hook_home) -> Path:
    """This repository's working tree, committed into a fresh git repository."""
    repo = tmp_path_factory.mktemp("outreach-lint-snapshot")
    env = _git_env(hook_home)
    for rel in _tree_files():
        src = ROOT / rel
        if src.is_file() and not src.is_symlink():
            dest = repo / rel
            dest.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(src, dest)
    assert (repo / ".pre-commit-hooks.yaml").is_file()
    _git("init", "-q", cwd=repo, env=env)
    _git("add", "-A", cwd=repo, env=env)
    _git("commit", "-q", "--no-verify", "-m", "snapshot", cwd=repo, env=env)
    return repo


def _work_repo(folder: Path, home: Path) -> Path:
    """A user's repository with drafts in it."""
    folder.mkdir(parents=True)
    env = _git_env(home)
    _git("init", "-q", cwd=folder, env=env)
    (folder / "bad.txt").write_text(BAD, encoding="utf-8")
    (folder / "good.txt").write_text(GOOD, encoding="utf-8")
    (folder / "wordy.txt").write_text(FIXABLE, encoding="utf-8")
    (folder / "notes.py").write_text("# " + BAD, encoding="utf-8")
    _git("add", "-A", cwd=folder, env=env)
    return folder


def _pre_commit_run(args: list[str], cwd: Path, home: Path) -> subprocess.CompletedProcess:
    proc = subprocess.run([_pre_commit(), *args, "--color", "never"], cwd=cwd, env=_git_env(home),
                          capture_output=True, text=True, timeout=900)
    proc.output = proc.stdout + proc.stderr
    return proc


@pytest.fixture(scope="session")
def runs(tmp_path_factory, snapshot, hook_home) -> dict:
    """Every pre-commit run these tests look at, started together: each `try-repo` installs the
    hook environment from scratch (about a minute), so running them side by side keeps the suite
    short. The fix hook runs through a .pre-commit-config.yaml (as users install it), twice, with
    one cache."""
    from concurrent.futures import ThreadPoolExecutor

    base = tmp_path_factory.mktemp("precommit-work")
    rev = _git("rev-parse", "HEAD", cwd=snapshot, env=_git_env(hook_home)).strip()

    def try_repo(name: str, hook: str, draft: str):
        repo = _work_repo(base / name, hook_home)
        proc = _pre_commit_run(["try-repo", str(snapshot), hook, "--files", draft], repo, hook_home)
        return proc

    def fix_twice():
        repo = _work_repo(base / "fix", hook_home)
        (repo / ".pre-commit-config.yaml").write_text(
            f"repos:\n- repo: {snapshot}\n  rev: {rev}\n  hooks:\n  - id: outreach-lint-fix\n  - id: outreach-lint\n",
            encoding="utf-8")
        _git("add", ".pre-commit-config.yaml", cwd=repo, env=_git_env(hook_home))
        first = _pre_commit_run(["run", "outreach-lint-fix", "--files", "wordy.txt"], repo, hook_home)
        after_first = (repo / "wordy.txt").read_text(encoding="utf-8")
        second = _pre_commit_run(["run", "outreach-lint-fix", "--files", "wordy.txt"], repo, hook_home)
        other = _pre_commit_run(["run", "outreach-lint", "--files", "notes.py"], repo, hook_home)
        return first, after_first, second, other

    with ThreadPoolExecutor(max_workers=3) as pool:
        bad = pool.submit(try_repo, "bad", "outreach-lint", "bad.txt")
        good = pool.submit(try_repo, "good", "outreach-lint", "good.txt")
        fix = pool.submit(fix_twice)
        first, after_first, second, other = fix.result()
        return {"bad": bad.result(), "good": good.result(), "fix_first": first, "fixed_text": after_first,
                "fix_second": second, "other": other}


def test_hooks_file_declares_both_hooks():
    from pre_commit.clientlib import load_manifest

    hooks = {h["id"]: h for h in load_manifest(str(ROOT / ".pre-commit-hooks.yaml"))}
    assert set(hooks) == {"outreach-lint", "outreach-lint-fix"}
    for hook in hooks.values():
        assert hook["language"] == "python"
        assert hook["types"] == ["text"]
        assert hook["files"] == r"\.(txt|md|eml)$"
        assert hook["require_serial"] is False
    assert hooks["outreach-lint"]["entry"] == "outreach-lint check"
    assert hooks["outreach-lint-fix"]["entry"] == "outreach-lint check --fix"


def test_try_repo_fails_on_a_bad_draft_and_prints_findings(runs):
    proc = runs["bad"]
    assert proc.returncode == 1, proc.output
    assert "Failed" in proc.output
    assert "bad.txt:1:1: error [template-placeholder]" in proc.output


def test_try_repo_passes_on_a_good_draft(runs):
    proc = runs["good"]
    assert proc.returncode == 0, proc.output
    assert "Passed" in proc.output


def test_fix_hook_changes_the_file_then_passes(runs):
    first = runs["fix_first"]
    assert first.returncode == 1, first.output
    assert "files were modified by this hook" in first.output
    assert runs["fixed_text"] == "佐藤様\n\nこちらが先日お話しした資料です。\n"
    second = runs["fix_second"]
    assert second.returncode == 0, second.output
    assert "Passed" in second.output


def test_hooks_skip_other_files(runs):
    """`files` limits the hook to drafts: a Python file with the same text is not linted."""
    proc = runs["other"]
    assert proc.returncode == 0, proc.output
    assert "no files to check" in proc.output.lower()
