"""Regular expressions compiled at their first use, not when their module is imported.

`validate` imports every rule's patterns, but on a few plans uses about half of them: the
others are for texts it did not meet (a risk table, an appendix list, a rare mistake).
Compiling those was about 5% of each run on the real plans. A module-level
pattern is written `lazy_regex.compile(...)` where it would be `re.compile(...)`: the same
pattern and flags, compiled by `re` when it is first searched with, and from then on as fast
as a compiled one (its methods are the compiled pattern's own). Call its methods; `re`'s
functions (`re.sub(pattern, ...)`) take a compiled pattern or a string, not this.
"""

from __future__ import annotations

import re
from typing import Any

# The methods a pattern is used by, put on the instance at its first use.
_METHODS = ("search", "match", "fullmatch", "sub", "subn", "split", "findall", "finditer", "scanner")


class LazyPattern:
    """A `re.Pattern` not yet compiled: `pattern` is known at once, all else at first use."""

    def __init__(self, pattern: str | bytes, flags: int = 0):
        self.pattern = pattern
        self._flags = flags

    def __getattr__(self, name: str) -> Any:
        # Only called for what the instance does not have yet. A probe for a special or
        # private name (copy's, pickle's) finds none rather than compiling.
        if name.startswith("_"):
            raise AttributeError(name)
        compiled = self.compiled()
        self.__dict__["_compiled"] = compiled
        for method in _METHODS:
            setattr(self, method, getattr(compiled, method))
        return getattr(compiled, name)

    def compiled(self) -> re.Pattern:
        """The pattern compiled, once."""
        return self.__dict__.get("_compiled") or re.compile(self.pattern, self._flags)


def compile(pattern: str | bytes, flags: int = 0) -> LazyPattern:  # noqa: A001 - as `re.compile`
    return LazyPattern(pattern, flags)
