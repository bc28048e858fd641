"""Error types. A located error carries path, line, column, field and a Swedish message.

Party offices read these messages, so they are Swedish and end with a hint how to fix
the problem. Developers read the code, so it is English.
"""

from __future__ import annotations

import dataclasses
import errno
import re
import secrets
from dataclasses import dataclass
from typing import Optional

from .escape import annotation_data, annotation_property, log_text
from .swedish import count


# What the operating system said, in Swedish: its own words (`strerror`) are English ("File
# exists", "Permission denied"), and reached party offices and maintainers as they were.
_OS_REASONS = {
    errno.EACCES: "rättighet saknas", errno.EPERM: "rättighet saknas", errno.ENOENT: "filen eller mappen finns inte",
    errno.EEXIST: "en fil ligger redan där", errno.ENOTDIR: "en fil ligger där en mapp ska vara",
    errno.EISDIR: "en mapp ligger där en fil ska vara", errno.ENOSPC: "disken är full",
    errno.EROFS: "filsystemet är skrivskyddat", errno.ENAMETOOLONG: "namnet är för långt",
}


def os_reason(error: OSError) -> str:
    """`rättighet saknas`; for a cause without Swedish words here, its code (`felet EIO från
    operativsystemet`); an error with no code (raised by Python, not the system: shutil's
    SameFileError, gzip's BadGzipFile) as its own text, the one thing it says."""
    if error.errno is None:
        return str(error) or type(error).__name__
    return _OS_REASONS.get(error.errno) or f"felet {errno.errorcode.get(error.errno, error.errno)} från operativsystemet"


# A code span as a message's author marks it (`code`): in backticks where a message is plain text
# (the terminal, the log, the annotations), as code in the job summary. Plan text reaches a message
# as it is, backticks and all, so only a mark it cannot hold tells the author's span from a plan's
# backtick: one made anew for each run, and taken out of the text as the error is made.
_MARK = f"\x00{secrets.token_hex(16)}\x00"


def code(text: object) -> str:
    """`text` as a code span of a message or hint, for a `LocatedError` (nothing else reads the
    mark): `Menade du {code(f"locator: {meant}")}?`."""
    return f"{_MARK}{text}{_MARK}"


def coded(wording: str) -> str:
    """The author's own `wording`, no plan text in it, with each pair of its backticks a code
    span (`code`): `coded("Skriv `punkt 1` för den första.")`."""
    return wording.replace("`", _MARK)


def plain(text: str) -> str:
    """A text with its code spans (`code`) in backticks, as plain text shows them: for a text
    that never becomes a `LocatedError` (the editors' schemas, `new`'s refusals), which would
    otherwise hold the marks."""
    return text.replace(_MARK, "`")


def spans(text: str) -> list[tuple[str, bool]]:
    """A text with its code spans marked (`code`) as its pieces, each with whether it is code:
    for `escape.html_with_code`."""
    return [(piece, bool(index % 2)) for index, piece in enumerate(text.split(_MARK)) if piece]


def _marks_kept(text: str, old: str) -> str:
    """A message or hint `text` with its code spans marked, "" where it has none: its own marks,
    and `old`'s (the marked text it had before `dataclasses.replace`) where `text` holds that
    text as plain text shows it, as when a hint is written anew from the hint it had."""
    if old and plain(old) in text:
        text = text.replace(plain(old), old, 1)
    return text if _MARK in text else ""


# The field of an error on a whole folder (`sources/gamla`): `(filen)`, shown for a whole file, read
# as a file (the guide explains both).
FOLDER = "(mappen)"


@dataclass(frozen=True, order=True)
class LocatedError:
    path: str
    line: int
    col: int
    field: str
    message: str
    hint: str = ""
    # What the schema refused, as data for a later step that makes the hint better (load's
    # offers of a source for `archive`, the checks' topic for a name written as one, a table's
    # figures with an undeclared mark said once), not as words to read back out of the message:
    # pydantic's error type (`string_pattern_mismatch`) or the model's (load's `mark_fault`),
    # and the text refused, whole (the message cuts it at 80 characters). Neither is part of
    # the error's identity or order.
    kind: str = dataclasses.field(default="", compare=False)
    refused: Optional[str] = dataclasses.field(default=None, compare=False)
    # The message and the hint with their code spans marked (`code`), for the job summary; the
    # fields above hold them as plain text shows them. Kept by `dataclasses.replace`, also where
    # it writes a text that holds the old one (`hint=f"{error.hint} …"`).
    marked: tuple[str, str] = dataclasses.field(default=("", ""), compare=False, repr=False)

    def __post_init__(self) -> None:
        marked = tuple(_marks_kept(text, old) for text, old in zip((self.message, self.hint), self.marked))
        object.__setattr__(self, "marked", marked)
        object.__setattr__(self, "message", plain(self.message))
        object.__setattr__(self, "hint", plain(self.hint))

    @property
    def field_shown(self) -> str:
        """The field as every place names it; `(filen)` for the whole file, as the guide says, and
        FOLDER, which the guide names beside it, for a folder."""
        return self.field or "(filen)"

    def __str__(self) -> str:
        text = f"{self.path}:{self.line}:{self.col}: {self.field_shown}: {self.message}"
        if self.hint:
            text += f" Tips: {self.hint}"
        return text

    @property
    def message_pieces(self) -> list[tuple[str, bool]]:
        """The message in pieces, each with whether it is code (`code`): for the job summary."""
        return spans(self.marked[0] or self.message)

    @property
    def hint_pieces(self) -> list[tuple[str, bool]]:
        """The hint in pieces, as `message_pieces`."""
        return spans(self.marked[1] or self.hint)

    def pieces(self) -> list[tuple[str, bool]]:
        """The error as `str` gives it, in pieces, as `message_pieces`."""
        head = [(f"{self.path}:{self.line}:{self.col}: {self.field_shown}: ", False)]
        return head + self.message_pieces + ([(" Tips: ", False)] + self.hint_pieces if self.hint else [])

    def github_annotation(self, command: str = "error", after: str = "") -> str:
        """The same error (or, with `command="warning"`, warning) as a GitHub Actions workflow
        command, shown on the diff line; `after`: a line of the site's own below it."""
        props = ",".join(
            f"{key}={annotation_property(str(value))}"
            for key, value in (("file", self.path), ("line", self.line), ("col", self.col), ("title", self.field_shown))
        )
        message = self.message + (f" Tips: {self.hint}" if self.hint else "") + (f"\n{after}" if after else "")
        return f"::{command} {props}::{annotation_data(message)}"


def reading_order(error: LocatedError) -> tuple:
    """The order errors are told in: by file, line, column and field, then by message, with the
    numbers in a field or message read as numbers, so that a source's lines are told top to
    bottom ('rad 9' before 'rad 10', `sections[2]` before `sections[10]`), not as text sorts."""
    return (error.path, error.line, error.col, _numbers_read(error.field), _numbers_read(error.message), error.hint)


def _numbers_read(text: str) -> tuple:
    # Digits stand at the odd places of the split, so two keys compare text with text, number with number.
    return tuple(int(part) if index % 2 else part for index, part in enumerate(re.split(r"(\d+)", text)))


def warning_lines(warnings: list[LocatedError], with_errors: bool = False) -> list[str]:
    """Warnings as `validate` prints them and `mkdocs serve` logs them, as text a terminal shows
    as it is: a line each, then how many in how many files. `with_errors`: said after the
    errors, which keep the files from passing."""
    if not warnings:
        return []
    files = len({warning.path for warning in warnings})
    said = f"{count(len(warnings), 'varning', 'varningar')} i {count(files, 'fil', 'filer')}"
    return [log_text(f"Varning: {warning}") for warning in warnings] + [
        f"Dessutom {said}." if with_errors else f"{said}. Filerna godtas ändå."]


class ValidationFailed(Exception):
    """Raised with every error found; nothing is rendered or written after it. `inputs`: what
    was read and checked, when the caller may still look at it (`validate`'s warnings)."""

    def __init__(self, errors: list[LocatedError], inputs: object = None):
        super().__init__(f"{len(errors)} fel")
        self.errors = sorted(set(errors), key=reading_order)
        self.inputs = inputs
