"""outreach-lint: a linter for networking messages, Japanese first."""
from __future__ import annotations

__version__ = "0.1.0"
__all__ = ["lint_text", "Finding", "Linter", "__version__"]


def __getattr__(name):
    # Lazy, so `import outreach_lint` (and the CLI's --help) stays fast.
    if name in ("lint_text", "Linter"):
        from . import lint

        return getattr(lint, name)
    if name == "Finding":
        from .finding import Finding

        return Finding
    raise AttributeError(name)
