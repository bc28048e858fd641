"""The build's date: one clock for every check and every page.

It is the day in UTC, not in the machine's time zone, so that two machines building the same
commit at the same moment agree: on the current term, the passed target years, the build date
on the about page and which retrieval dates lie in the future. `SOURCE_DATE_EPOCH` (seconds
since 1970, the reproducible-builds convention, which MkDocs' sitemap follows too) fixes the
day, so that a build can be repeated as of a given day; a value that is not a whole number of
seconds is not a date, and the clock is read instead.
"""

from __future__ import annotations

import datetime
import os

VARIABLE = "SOURCE_DATE_EPOCH"


def today() -> datetime.date:
    setting = os.environ.get(VARIABLE, "").strip()
    if setting.isascii() and setting.isdigit():
        return datetime.datetime.fromtimestamp(int(setting), datetime.timezone.utc).date()
    return datetime.datetime.now(datetime.timezone.utc).date()
