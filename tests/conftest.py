"""Shared fixtures: the installed console script, run as a user would."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def installed_script(name: str) -> str:
    """A console script installed beside this Python (the venv's bin), else on PATH."""
    candidate = Path(sys.executable).parent / name
    if candidate.exists():
        return str(candidate)
    found = shutil.which(name)
    if not found:
        pytest.fail(f"{name} is not installed (pip install '.[test]')")
    return found


def console_script() -> str:
    return installed_script("outreach-lint")


@pytest.fixture
def run_cli(tmp_path):
    """Run the installed console script; returns CompletedProcess with text stdout/stderr."""

    def run(*args, input: bytes | str | None = None, cwd: Path | None = None, env: dict | None = None):
        full_env = {**os.environ, "NO_COLOR": "1", "COLUMNS": "200", **(env or {})}
        data = input.encode("utf-8") if isinstance(input, str) else input
        proc = subprocess.run([console_script(), *map(str, args)], input=data, capture_output=True,
                              cwd=cwd or tmp_path, env=full_env, timeout=120)
        proc.stdout_text = proc.stdout.decode("utf-8", "replace")
        proc.stderr_text = proc.stderr.decode("utf-8", "replace")
        return proc

    return run
