"""How many processes a large job may use (one per core), and how it is shared among them.

Reading and checking plans (`load`, `checks`) and rendering pages (`render`) run a share of
the job in this process and the other shares in workers forked from it (`in_shares`), which
see everything this process has built; pages are handed out a few at a time to whichever
process asks first (`Claims`). Parsing pages for the search index under `mkdocs
build` (`search_workers`) forks its own workers for the length of the build, and
`Background` runs one task beside it (writing the data files).
"""

from __future__ import annotations

import multiprocessing
import os
import threading
from typing import Any, Callable, Iterator, Optional, Sequence, TypeVar

S = TypeVar("S")
T = TypeVar("T")

# Below this many pages, starting workers costs more than it saves.
PARALLEL_FROM_PAGES = 500
VARIABLE = "VLV_WORKERS"  # a number of processes, this one included; 1 turns workers off


def process_count(size: int, parallel_from: int = PARALLEL_FROM_PAGES) -> int:
    """Processes for a job of this size (pages, unless `parallel_from` says otherwise), this
    one included: one per core for a large job, unless VLV_WORKERS says otherwise; never
    more than this one in a process that runs other threads (`mkdocs serve`), which a fork
    would not carry over."""
    setting = os.environ.get(VARIABLE, "")
    if setting.isdigit() and int(setting) >= 1:
        wanted = int(setting)
    elif size < parallel_from:
        return 1
    else:
        wanted = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)
    if "fork" not in multiprocessing.get_all_start_methods():
        return 1  # workers share what this process built by forking (not on Windows)
    return wanted if threading.active_count() == 1 else 1


def fork_context() -> multiprocessing.context.BaseContext:
    return multiprocessing.get_context("fork")


def runs(size: int, processes: int, first_weight: float = 1.0) -> list[range]:
    """`range(size)` as `processes` runs of consecutive indexes, as even as they come; the
    first `first_weight` times as long as each of the others."""
    total = first_weight + processes - 1
    # The last bound is `size` itself: computed, it can fall short by one in floating point.
    bounds = [0] + [int(size * (first_weight + share) / total) for share in range(processes - 1)] + [size]
    return [range(start, stop) for start, stop in zip(bounds, bounds[1:])]


_TASK: Optional[Callable[[object], object]] = None  # what forked workers run (`in_shares`)


def in_shares(task: Callable[[S], T], shares: Sequence[S]) -> list[T]:
    """`task(share)` for each share: the first in this process, the others in workers forked
    from it, which see everything this process has built; the results in the order of the
    shares."""
    if len(shares) <= 1:
        return [task(share) for share in shares]
    from concurrent.futures import ProcessPoolExecutor  # here: most runs never need it

    global _TASK
    _TASK = task
    try:
        # (An executor, not a Pool: a worker that dies raises BrokenProcessPool instead of hanging.)
        with ProcessPoolExecutor(len(shares) - 1, mp_context=fork_context()) as pool:
            others = [pool.submit(_run_task, share) for share in shares[1:]]
            first = task(shares[0])
            return [first] + [other.result() for other in others]
    finally:
        _TASK = None


def _run_task(share: object) -> object:
    assert _TASK is not None
    return _TASK(share)


class Claims:
    """The indexes of `range(size)`, handed out `run` at a time to whichever process asks
    first: this one and the workers forked from it after the claims were made (`in_shares`).
    Iterating gives the indexes this process claimed, until none are left; each index goes
    to exactly one process. A process that has other work first simply claims fewer."""

    def __init__(self, size: int, run: int):
        self.size, self.run = size, run
        self._next = fork_context().Value("q", 0)  # the first index not yet claimed, in shared memory

    def __iter__(self) -> Iterator[int]:
        while True:
            with self._next.get_lock():
                start = self._next.value
                self._next.value = start + self.run
            if start >= self.size:
                return
            yield from range(start, min(start + self.run, self.size))


class Background:
    """`task()` in a process forked now, which sees everything this process has built, while
    this process goes on; `wait` returns its result or raises what it raised. The process is
    forked directly (no executor): this process keeps running no thread of its own, so it may
    fork other workers later."""

    def __init__(self, task: Callable[[], object]):
        context = fork_context()
        self._results, sender = context.Pipe(duplex=False)
        try:
            # Forked, so the task goes as it is (nothing is pickled on the way in).
            self._process = context.Process(target=_run_background, args=(task, sender), daemon=True)
            self._process.start()
        finally:
            sender.close()  # the child's end: when the child ends, `recv` stops waiting

    def wait(self) -> object:
        try:
            done, value = self._results.recv()
        except EOFError:
            self._process.join()
            raise RuntimeError(f"the process ended without an answer (exit code {self._process.exitcode})") from None
        finally:
            self._results.close()
        self._process.join()
        if not done:
            raise RuntimeError(value)
        return value

    def stop(self) -> None:
        if self._process.is_alive():
            self._process.terminate()
        self._process.join()
        self._results.close()


def _run_background(task: Callable[[], object], sender: Any) -> None:
    try:
        sender.send((True, task()))
    except BaseException as error:  # told to the parent, which reports it
        sender.send((False, f"{type(error).__name__}: {error}"))
    finally:
        sender.close()
