"""How many processes a large job may use: one per core, forked from this one.

Rendering the generated pages (`render`) and parsing them for the search index under
`mkdocs build` (`search_workers`) both fork workers that share what this process has built.
"""

from __future__ import annotations

import multiprocessing
import os
import threading

# Below this many pages, starting workers costs more than it saves.
PARALLEL_FROM_PAGES = 500
VARIABLE = "VLV_WORKERS"  # a number of processes, this one included; 1 turns workers off


def process_count(pages: int) -> int:
    """Processes for a job of this many pages, this one included: one per core for a large
    job, unless VLV_WORKERS says otherwise; never more than this one in a process that runs
    other threads (`mkdocs serve`), which a fork would not carry over."""
    setting = os.environ.get(VARIABLE, "")
    if setting.isdigit() and int(setting) >= 1:
        wanted = int(setting)
    elif pages < PARALLEL_FROM_PAGES:
        return 1
    else:
        wanted = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)
    if "fork" not in multiprocessing.get_all_start_methods():
        return 1  # workers share what this process built by forking (not on Windows)
    return wanted if threading.active_count() == 1 else 1


def fork_context() -> multiprocessing.context.BaseContext:
    return multiprocessing.get_context("fork")
