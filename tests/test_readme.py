"""The README stays true: its rule table is generated, its test command is what CI runs."""
from __future__ import annotations

import re
from pathlib import Path

from outreach_lint.explain import rules_markdown
from outreach_lint.registry import builtin_rules

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")


def test_rules_table_is_generated_from_rule_files():
    block = re.search(r"<!-- rules-table:start -->\n(.*?)<!-- rules-table:end -->", README, re.S)
    assert block, "README lacks the rules table markers"
    assert block.group(1) == rules_markdown(builtin_rules()), "run: outreach-lint rules --markdown"


def test_ci_runs_exactly_the_readme_test_command():
    commands = re.findall(r"```sh\n(python3 -m venv .*?)\n```", README)
    assert len(commands) == 2, commands
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert commands[1] in ci.splitlines()
