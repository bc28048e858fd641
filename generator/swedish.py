"""Swedish wording shared by the pages and the messages: a count with its noun in the right
number, and a date written out. No I/O."""

from __future__ import annotations

import datetime

MONTHS = ("januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober",
          "november", "december")


def count(number: int, one: str, many: str) -> str:
    """`1 punkt`, `3 punkter`."""
    return f"{number} {one if number == 1 else many}"


def swedish_date(iso: str) -> str:
    """`2026-11-22T11:46:04+00:00` → `22 november 2026`."""
    day = datetime.date.fromisoformat(iso[:10])
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}"
