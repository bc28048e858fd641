"""The test modules' asserts rewritten once in a run, not once in every test process.

pytest rewrites each test module's asserts (for its failure messages) when it imports it, and
keeps the result in `__pycache__` (`*-pytest-<version>.pyc`), but not where
PYTHONDONTWRITEBYTECODE is set, as on CI's machine: there every process of `pytest -n`
rewrote every module it collected, 3.7 s of processor time each. Before collecting, each
process now rewrites its share of the modules into that cache, each module under a lock on its
source, and the collection that follows reads them all from it. Nothing else changes: the
cached code is what pytest would have made (by pytest's own functions for its cache, private
ones: requirements.lock pins pytest), and pytest checks it against the source's hash before
it uses it, as it does for every cached module. A speed-up only: a module it cannot rewrite (a
syntax error, an assert pytest warns of under `-W error`), or a pytest whose private functions
differ, is left to pytest's own import, which rewrites it as before and reports what failed.
"""

from __future__ import annotations

import fcntl
import os
from pathlib import Path

import pytest

try:
    from _pytest.assertion.rewrite import (PYC_TAIL, _read_pyc, _rewrite_test, _write_pyc, assertstate_key,
                                           get_cache_dir, try_makedirs)
    PYTESTS_CACHE = True
except ImportError:  # another pytest: each process rewrites what it imports, as pytest does
    PYTESTS_CACHE = False


def rewrite_test_modules(config: pytest.Config) -> None:
    """Each test module this run collects rewritten into pytest's cache, unless it is there
    already. A process starts at its own share (the modules after `gwN`'s place among the
    processes) and goes on round the list, passing over a module another process is rewriting
    and waiting for those at the end; so together the processes rewrite each module once."""
    if not PYTESTS_CACHE or config.getoption("assertmode") != "rewrite":
        return
    modules = collected_modules(config)
    worker = int(os.environ.get("PYTEST_XDIST_WORKER", "gw0").removeprefix("gw"))
    start = len(modules) * worker // int(os.environ.get("PYTEST_XDIST_WORKER_COUNT", "1"))
    busy = [module for module in modules[start:] + modules[:start] if not _rewrite(config, module, wait=False)]
    for module in busy:
        _rewrite(config, module, wait=True)


def collected_modules(config: pytest.Config) -> list[Path]:
    """The test files under the run's arguments (`tests`, `tests/test_x.py::test_y`), by the
    ini's `python_files` patterns."""
    found: set[Path] = set()
    for argument in config.args:
        path = config.invocation_params.dir / argument.split("::")[0]
        if path.is_dir():
            found.update(file for pattern in config.getini("python_files") for file in path.rglob(pattern))
        elif path.suffix == ".py":
            found.add(path)
    return sorted(found)


def _rewrite(config: pytest.Config, module: Path, wait: bool) -> bool:
    """Rewrite `module` into the cache unless it is there; False when another process holds it
    (`wait=False`). Where that fails, nothing is cached: the collection's import rewrites the
    module and reports the failure where it stands, and the run goes on as without the cache."""
    try:
        with module.open("rb") as source:
            try:
                fcntl.flock(source, fcntl.LOCK_EX if wait else fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                return False
            pyc = get_cache_dir(module) / (module.name[:-3] + PYC_TAIL)
            if _read_pyc(module, pyc) is None and try_makedirs(pyc.parent):
                source_hash, code = _rewrite_test(module, config)
                _write_pyc(config.stash[assertstate_key], code, source_hash, pyc)
    except Exception:  # a syntax error, a warning made an error (-W error), another pytest's functions
        pass
    return True
