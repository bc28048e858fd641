"""Work shared by forked processes (`generator/workers.py`): many plans loaded and checked on
every core give exactly what one process gives, errors and their order included."""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

import pytest

from conftest import REPO
from generator import workers
from generator.checks import run_checks
from generator.load import load_inputs

sys.path.insert(0, str(REPO / "bench"))
import corpus  # noqa: E402  (bench/corpus.py: the synthetic plans of the benchmark)

_IN_SHARES = workers.in_shares


def test_shares_are_consecutive_runs_covering_everything_in_order():
    for size in (0, 1, 5, 31):
        for processes in (1, 2, 3, 7):
            shares = workers.in_shares(lambda run: (run.start, run.stop, os.getpid()), workers.runs(size, processes))
            assert len(shares) == processes
            assert [start for start, _, _ in shares] == [0] + [stop for _, stop, _ in shares[:-1]]
            assert shares[-1][1] == size
            # The first share is this process's own; the others ran in workers.
            assert shares[0][2] == os.getpid()
            assert all(pid != os.getpid() for _, _, pid in shares[1:])


def _broken_corpus(root):
    """30 synthetic plans with errors of every stage in plans near both ends and the middle,
    and in sources: one missing, one not UTF-8, one named by two plans read by two processes."""
    files = corpus.generate(30, corpus.DEFAULT_SEED)
    plans = sorted(path for path in files if path.startswith("plans/"))

    def edit(index: int, old: str, new: str) -> None:
        assert old in files[plans[index]]
        files[plans[index]] = files[plans[index]].replace(old, new, 1)

    edit(2, "    quote: ", "    quote: Detta står inte i källan. ")  # a quote its source lacks
    edit(5, "    topics:\n    - ", "    topics:\n    - okant-")  # an unknown topic
    edit(14, "\nyear: ", "\nyear: tjugo\nyear_was: ")  # a wrong type and an unknown field
    edit(20, "\ntitle: ", "\ntitle: [inte stängd\n")  # broken YAML syntax
    plan_id = files[plans[26]].split("\nid: ", 1)[1].split("\n", 1)[0]
    edit(27, "\nid: ", f"\nid: {plan_id}\nold_id: ")  # the id of another plan (and not its file's)

    def source_of(index: int) -> str:
        return f"sources/{Path(plans[index]).stem}.txt"  # (the corpus names sources after their plans)

    # Two plans, read by different processes, quote one source (the second plan's text added to it).
    edit(23, f"archive: {source_of(23)}", f"archive: {source_of(3)}")
    files[source_of(3)] += "\n" + files[source_of(23)]
    corpus.write(files, root)
    (root / plans[29]).write_bytes(b"id: \xff\xfe\n")  # not UTF-8
    (root / source_of(8)).unlink()  # a source missing
    (root / source_of(17)).write_bytes(b"Text \xff\n")  # a source not UTF-8


def _load_and_check(root, monkeypatch, processes: int, linked: bool = True):
    monkeypatch.setenv(workers.VARIABLE, str(processes))
    monkeypatch.setattr(workers.threading, "active_count", lambda: 1)  # pytest's own threads aside
    used = []

    def counting(task, shares):
        used.append(len(shares))
        return _IN_SHARES(task, shares)

    monkeypatch.setattr(workers, "in_shares", counting)
    inputs = load_inputs(root)
    errors = inputs.errors + run_checks(inputs, linked=linked)
    return inputs, errors, used


def test_many_plans_load_and_check_alike_on_every_core(tmp_path, monkeypatch):
    _broken_corpus(tmp_path)
    alone, alone_errors, alone_used = _load_and_check(tmp_path, monkeypatch, 1)
    shared, shared_errors, shared_used = _load_and_check(tmp_path, monkeypatch, 3)
    assert alone_used == [1, 1] and shared_used == [3, 3]  # plans read, then checked
    assert shared_errors == alone_errors
    # `validate`, which does not link, has its workers keep their findings: the same errors.
    assert _load_and_check(tmp_path, monkeypatch, 3, linked=False)[1] == alone_errors
    failing = sorted({error.path for error in alone_errors})
    # Nine plans and two sources: one not UTF-8, one that no plan uses (its plan names another's;
    # said although two plans did not load, since neither is its actor's).
    assert len(failing) == 11, failing
    assert [plan.path for plan in shared.plans] == [plan.path for plan in alone.plans]
    assert [plan.value for plan in shared.plans] == [plan.value for plan in alone.plans]
    assert [plan.complete for plan in shared.plans] == [plan.complete for plan in alone.plans]
    assert shared.unread_plans == alone.unread_plans and len(alone.unread_plans) == 2
    assert shared.unloaded_plans == alone.unloaded_plans
    assert shared.named_sources == alone.named_sources
    # A complete plan a worker read comes without its raw tree (read again from its text
    # when a position is asked for); a refused one with its pruned tree. Positions are
    # the same either way.
    left_behind = [plan for plan in shared.plans if plan.tree is None]
    assert left_behind and all(plan.complete for plan in left_behind)
    assert all(plan.tree is not None for plan in shared.plans if not plan.complete)
    assert [plan.position(("sections", 0)) for plan in shared.plans] == \
        [plan.position(("sections", 0)) for plan in alone.plans]
    assert [plan.position(("sections", 0, "items", 1, "quote")) for plan in shared.plans] == \
        [plan.position(("sections", 0, "items", 1, "quote")) for plan in alone.plans]


def test_a_background_task_runs_in_a_forked_process_and_reports_how_it_ended(tmp_path):
    from generator.workers import Background

    built = {"text": "skrivet av processen bredvid"}  # seen by the fork, never sent to it
    target = tmp_path / "fil.txt"
    done = Background(lambda: (target.write_text(built["text"], encoding="utf-8"), os.getpid())[1])
    assert done.wait() != os.getpid()
    assert target.read_text(encoding="utf-8") == built["text"]

    def fails():
        raise OSError("disken är full")

    with pytest.raises(RuntimeError, match="OSError: disken är full"):
        Background(fails).wait()
    with pytest.raises(RuntimeError, match="exit code 3"):
        Background(lambda: os._exit(3)).wait()


def test_the_first_run_can_be_longer_than_the_others():
    # Every index in exactly one run, whatever the weight: with 1.15 the last bound once came
    # out as 29 of 30 in floating point, and the last plan file was never read.
    for size in (0, 1, 7, 30, 1000):
        for processes in (1, 2, 3, 4, 7):
            for weight in (1.0, 1.15, 1.25, 1.5, 0.7, 2.3):
                shares = workers.runs(size, processes, weight)
                assert len(shares) == processes
                assert [index for run in shares for index in run] == list(range(size))
    assert [len(run) for run in workers.runs(1000, 2, 1.5)] == [600, 400]
    assert [len(run) for run in workers.runs(1000, 3, 1.5)] == [428, 286, 286]


def test_claimed_indexes_go_to_exactly_one_process_each():
    """Pages are handed out to whichever process asks first (`render`): every page is
    rendered, none twice, also when one process starts late (busy with the data files)."""
    for size, run, processes in ((0, 4, 2), (1, 16, 2), (97, 4, 3), (400, 16, 2)):
        claims = workers.Claims(size, run)

        def take(number: int) -> list[int]:
            if number == 0:
                time.sleep(0.05)
            return [index for index in claims for _ in [time.sleep(0.0005)]]

        shares = workers.in_shares(take, list(range(processes)))
        assert sorted(index for share in shares for index in share) == list(range(size))
        assert all(share == sorted(share) for share in shares)  # each process's in order
