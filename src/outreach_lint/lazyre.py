"""Regular expressions compiled on first use.

Compiling the rules' ~270 patterns takes ~150 ms, half of a one-draft run, and many sit behind a
cheap test (a draft without digits never needs the address patterns; only X posts need the URL
patterns). A `lazy(...)` pattern compiles when it is first used; after that its methods are plain
instance attributes bound to the compiled pattern, so a hot pattern costs nothing extra.
"""
from __future__ import annotations

import re

_FORWARDED = ("search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split", "scanner",
              "pattern", "flags", "groups", "groupindex")


class LazyPattern:
    def __init__(self, pattern: str, flags: int = 0):
        self._args = (pattern, flags)

    def compiled(self) -> re.Pattern:
        compiled = re.compile(*self._args)
        for name in _FORWARDED:
            setattr(self, name, getattr(compiled, name))
        self.compiled = lambda: compiled
        return compiled

    def __getattr__(self, name):  # only reached before the first compile
        if name.startswith("__"):
            raise AttributeError(name)
        return getattr(self.compiled(), name)

    def __repr__(self) -> str:
        return f"lazy({self._args[0]!r})"


def lazy(pattern: str, flags: int = 0) -> LazyPattern:
    """Like re.compile, compiled on first use."""
    return LazyPattern(pattern, flags)
