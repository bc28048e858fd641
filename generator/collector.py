"""How the build treats Python's cyclic garbage collector.

Loading, checking, linking and rendering build a large model that lives until the end:
at a thousand plans, millions of objects that are almost never garbage (reference counting
frees what they drop; the collector finds a few dozen cycles in a whole build). The
collector still runs whenever enough objects were allocated, and each of its full passes
walks every live object: sixteen passes, a third of `validate`'s time at 1,000 plans.

- `for_one_command()` switches it off for a process that builds once and exits (`python -m
  generator`), and at the end freezes what is still alive. Switched back on, the collector
  would take every object made while it was off for a young one and walk them all; left
  off, the interpreter's own last collection at exit would (0.6 s at 1,000 plans).
- `paused()` switches it off while the model is built or rendered, and back on after.
- `freeze()` keeps the finished model out of later passes, while MkDocs makes its pages
  (which do leave cycles behind for the collector); `unfreeze()` hands it back at the end
  of a build, so the model of a previous `mkdocs serve` rebuild is collected as usual. A
  command-line `mkdocs build` keeps it frozen to the end: its process ends after the build.
"""

from __future__ import annotations

import contextlib
import gc
from typing import Iterator


@contextlib.contextmanager
def paused() -> Iterator[None]:
    """The collector off for the duration (nested uses leave it as the outer one set it)."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


@contextlib.contextmanager
def for_one_command() -> Iterator[None]:
    """The collector off until the process ends (reference counting still frees memory),
    and nothing left for the interpreter's last collection to walk."""
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()


def freeze() -> None:
    """Every object alive now is left out of the collector's passes until `unfreeze`."""
    gc.freeze()


def unfreeze() -> None:
    gc.unfreeze()
