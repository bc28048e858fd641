"""The build's date: one clock for every check and every page.

It is the day in Sweden (Europe/Stockholm), not in the machine's time zone, so that two
machines building the same commit at the same moment agree: on the current term, the passed
target years, the build date on the about page and which retrieval dates lie in the future.
Sweden's rather than UTC's, because the site's writers and readers live by it: a party office
that fetched a text after midnight, Swedish time, writes that day's date, which UTC would call
the future for an hour or two (the time zone comes from the machine's database, or from the
`tzdata` package where it has none). `SOURCE_DATE_EPOCH` (seconds
since 1970, the reproducible-builds convention, which MkDocs' sitemap follows too) fixes the
day, so that a build can be repeated as of a given day. A value that is set but is not a whole
number of seconds MkDocs can write (0 to 2**32 - 1, the gzip header's limit, so up to
2106-02-07) is refused with `ClockError`, as the convention asks: MkDocs' sitemap would
otherwise fail on it with a traceback, or the day would be read from the clock instead
while the build looked fixed.

One build reads the day once (`one_day`, around each command, each MkDocs build, each
rebuild of `mkdocs serve` and a Zensical build's pages and search index alike): a build that ran over midnight judged one plan's retrieval date
on one day and the next plan's on the next, or checked on one day and rendered on the next,
and refused a date as in the future while naming that very date as today.
"""

from __future__ import annotations

import contextlib
import datetime
import os
from contextvars import ContextVar
from typing import Iterator, Optional
from zoneinfo import ZoneInfo

VARIABLE = "SOURCE_DATE_EPOCH"
LARGEST = 2**32 - 1  # MkDocs writes the day into sitemap.xml.gz's header, which holds 32 bits
EXAMPLE = 1795608000  # 2026-11-25 12:00 UTC
SWEDEN = ZoneInfo("Europe/Stockholm")
# The day of the build running in this thread (`one_day`); the processes it forks inherit it.
_BUILD_DAY: ContextVar[Optional[datetime.date]] = ContextVar("build_day", default=None)


class ClockError(Exception):
    """`SOURCE_DATE_EPOCH` is set to something that is not a day the build can be made as of."""


def fixed_seconds() -> Optional[int]:
    """The seconds `SOURCE_DATE_EPOCH` fixes the build at, or None when it is not set."""
    setting = os.environ.get(VARIABLE)
    if setting is None:
        return None
    value = setting.strip()
    if not (value.isascii() and value.isdigit() and int(value) <= LARGEST):
        example = datetime.datetime.fromtimestamp(EXAMPLE, datetime.timezone.utc).date().isoformat()
        raise ClockError(f"miljövariabeln {VARIABLE}='{setting}' är inget datum att bygga som av: ange ett helt "
                         f"antal sekunder sedan 1970-01-01 (UTC), högst {LARGEST}, t.ex. {EXAMPLE} för {example}, "
                         f"eller ta bort variabeln för att bygga med dagens datum.")
    return int(value)


def today() -> datetime.date:
    """The build's day (`one_day`); outside a build, the day in Sweden at this moment."""
    day = _BUILD_DAY.get()
    if day is not None:
        return day
    seconds = fixed_seconds()
    if seconds is None:
        return datetime.datetime.now(SWEDEN).date()
    return datetime.datetime.fromtimestamp(seconds, SWEDEN).date()


@contextlib.contextmanager
def one_day() -> Iterator[None]:
    """Within the block, `today()` is the day it began on: one build judges every date and
    renders every page as of one day, however long it runs. Only in the thread that entered
    it (and the processes that thread forks): `mkdocs serve`'s watcher of the clock, a thread of
    its own, still sees midnight come, and the next rebuild enters the block again on the new
    day. Within another build's block, that build's day. A `SOURCE_DATE_EPOCH` that names no
    day fixes nothing: `today()` refuses it where the command reads the day, as without the
    block (a command that reads none, `schema`, is not refused)."""
    try:
        day = today() if _BUILD_DAY.get() is None else None
    except ClockError:
        day = None
    if day is None:
        yield
        return
    with as_of(day):
        yield


@contextlib.contextmanager
def as_of(day: datetime.date) -> Iterator[None]:
    """Within the block, `today()` is `day`: the day a build began on (`one_day`), for work
    of that build done after its block (the data files a process of their own renders while
    MkDocs converts the pages, `mkdocs_hook`)."""
    token = _BUILD_DAY.set(day)
    try:
        yield
    finally:
        _BUILD_DAY.reset(token)


def today_said() -> str:
    """Which day the build counts as today, for a message about a date after it."""
    day = today().isoformat()
    if fixed_seconds() is None:
        return f"i dag är det {day} i Sverige"
    return f"bygget räknar {day} som i dag, enligt miljövariabeln {VARIABLE}"
