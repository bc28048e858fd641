"""Strict YAML → raw data with line marks → typed model.

Every scalar is read as text and only the schema gives it a type, so `no`, `012`, `1.10`
or `12:30` stay what the author wrote. Anything YAML could make mean something else
(duplicate keys, anchors, aliases, merge keys, tags, tabs, invisible characters) is an
error. Parser and schema errors come back as located errors; this module never raises
anything else for bad input.
"""

from __future__ import annotations

import codecs
import collections
import contextlib
import copy
import dataclasses
import datetime
import difflib
import errno
import functools
import hashlib
import os
import re
import stat
import unicodedata
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path, PurePosixPath, PureWindowsPath
from typing import (Annotated, Any, Callable, Collection, Generic, Iterable, Iterator, Literal, Optional, TypeVar, Union, get_args,
                    get_origin)

import yaml
from pydantic import BaseModel, ValidationError

from . import clock, lazy_regex, workers
from .errors import FOLDER, LocatedError, ValidationFailed, code, coded, os_reason
from .lines import normalise_newlines, split_lines
from .escape import DOCUMENT_TYPES, OTHER_DOTS, URL_PATTERN, address_host, file_as_host, no_web_host
from .quotes import SourceText
from .swedish import Plus, as_id, cited, count, grouped, listed
from .yaml_syntax import (LOOKALIKE_WHENCE, TYPOGRAPHIC_QUOTES, SwallowedText,
                          archive_meant, file_not_address, left_below_hint, list_mark_lookalike, lookalike_said, lookalike_swap,
                          moved_field_hint, quoted, slashes_hint, swallowed_texts)

M = TypeVar("M", bound=BaseModel)

MAX_FILE_BYTES = 1024 * 1024
MAX_DEPTH = 16
MAX_SYNTAX_ERRORS = 20  # said at most per file in one round (`_Reader._later_syntax_errors`)
MAX_SYNTAX_REREAD = 512 * 1024  # bytes read again at most to find them
_FLOW_BRACKETS = lazy_regex.compile(r"[\[\]{}]")
MAX_FLOW_BRACKETS = 200  # checked before parsing; see `_Reader.check_flow_depth`
# A line with something before ` #`: maybe a comment after an unquoted value, which YAML drops
# from the value (`title: Förslag #1` is the title `Förslag`). Files without one skip the check.
_TRAILING_COMMENT = lazy_regex.compile(r"^[ \t]*[^#\s][^\n]*?[ \t]#", re.MULTILINE)


# Fields whose values are a year, a date, an id, a word of a list of values, a figure or a
# flag, never prose: a # after one is a comment, not a part of it. (A row's `approximate` lists
# column headings, text; an indicator's is a flag.)
_WORDLESS_FIELDS = frozenset({"id", "actor", "municipality", "year", "start", "end", "dating_inferred", "kind",
                              "status", "state", "retrieved", "archive", "url", "topics", "follows_up", "probability",
                              "consequence", "value", "values", "decimal", "approximate", "starts", "ends"})


# What YAML reads as a line break besides LF, counting its marks' lines by them: CRLF (one
# break), a lone CR, NEL, and the line and paragraph separators. A file `validate` reads has
# only LF (`_checked_text`, and the separators are refused); `_Reader.parse` may be handed any text.
_YAML_ONLY_BREAK = lazy_regex.compile("[\r\x85\u2028\u2029]")
_YAML_LINE_BREAK = lazy_regex.compile("\r\n|[\n\r\x85\u2028\u2029]")


def _yaml_lines(text: str, maxsplit: int = -1) -> list[str]:
    """`text`'s lines as YAML counts them, so that a mark's line (0-based) indexes the list:
    split at LF alone, the ordinary case, as fast as `str.split`; a lone CR there (`"b\r\rc"`
    in quotes) made a mark's line fall past the last line."""
    if not _YAML_ONLY_BREAK.search(text):
        return text.split("\n", maxsplit)
    return _YAML_LINE_BREAK.split(text, max(maxsplit, 0))


def _may_have_trailing_comment(text: str) -> bool:
    # The substring tests first: scanning every line with the pattern took 0.26 s at 1,000 plans.
    return (" #" in text or "\t#" in text) and _TRAILING_COMMENT.search(text) is not None
NULL_WORDS = {"", "~", "null", "Null", "NULL"}

# Characters that change how text looks or reads without being visible.
_INVISIBLE = {
    "\u200b": "nollbrett mellanslag (U+200B)",
    "\u200c": "nollbrett icke-sammanfogare (U+200C)",
    "\u200d": "nollbrett sammanfogare (U+200D)",
    "\u2060": "ordsammanfogare (U+2060)",
    "\ufeff": "byte order mark (U+FEFF) mitt i filen",
    "\u00ad": "mjukt bindestreck (U+00AD)",
}
_BIDI = set("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f\u061c")
# The rest of Unicode's format characters (category Cf; `tests/test_validate.py` checks the
# ranges against Python's Unicode database), which show as nothing or change how their
# neighbours show: the tag characters U+E0020-E007F can carry a whole hidden text. Then
# characters that show as nothing although they are not Cf: the combining grapheme joiner,
# the Hangul and Khmer fillers, and the variation selectors, which are allowed only right
# after a symbol, where they choose how an emoji such as ❤️ is drawn.
_TAG_CHARACTERS = "\U000e0001\U000e0020-\U000e007f"
_FORMAT_BMP = "\u0600-\u0605\u06dd\u070f\u0890\u0891\u08e2\u180e\u2061-\u2064\u206a-\u206f\ufff9-\ufffb"
_FORMAT = (_FORMAT_BMP + "\U000110bd\U000110cd\U00013430-\U00013438\U0001bca0-\U0001bca3\U0001d173-\U0001d17a"
           + _TAG_CHARACTERS)
_BLANK = "\u034f\u115f\u1160\u17b4\u17b5\u3164\uffa0"
_VARIATION_SELECTOR_BMP = "\ufe00-\ufe0f"
_VARIATION_SELECTOR = _VARIATION_SELECTOR_BMP + "\U000e0100-\U000e01ef"
# Code points that Unicode keeps out of text for good; XML, and so the feeds, cannot hold
# U+FFFE and U+FFFF at all.
_NONCHARACTERS_BMP = "\ufdd0-\ufdef\ufffe\uffff"
NONCHARACTERS = _NONCHARACTERS_BMP + "".join(chr(plane + 0xFFFE) + chr(plane + 0xFFFF)
                                             for plane in range(0x10000, 0x110000, 0x10000))
_HIDDEN = lazy_regex.compile(f"[{_FORMAT}{_BLANK}{_VARIATION_SELECTOR}]")
_NONCHARACTER = lazy_regex.compile(f"[{NONCHARACTERS}]")
# Any character the two checks below may refuse (control characters are category Cc), so
# that lines and values without one are passed over at C speed; `_refusal` then decides.
# Its characters below U+10000 are listed, and every character above stands for itself:
# a pattern that names ranges up there tests each character against them one by one, and
# made `validate` a third slower. Such characters (an emoji, a rare letter) are few.
_CONTROL = "\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f"
_ABOVE_BMP = "\U00010000-\U0010ffff"
# U+FFFD stands where a letter was lost: a text copied through the wrong encoding.
_LOST = "\ufffd"
_REFUSED = ("".join(sorted(_BIDI | set(_INVISIBLE))) + "\u2028\u2029" + _FORMAT_BMP
            + _BLANK + _VARIATION_SELECTOR_BMP + _NONCHARACTERS_BMP + _LOST + _ABOVE_BMP)
_SUSPECT_IN_LINE = lazy_regex.compile(f"[\t{_CONTROL}{_REFUSED}]")
# The characters `_refusal` refuses wherever they stand, as a character class editors can read
# (`schema._texts_in_editors`): a variation selector of the Basic Multilingual Plane, allowed
# after an emoji, is left to `validate`, and so is a line break (a carriage return in a value),
# which an editor's reader turns into another. Each escaped, so the class is plain ASCII; one
# above U+FFFF (the tag characters, which can carry a whole hidden text) as its UTF-16 pair,
# which JavaScript's Unicode patterns read as one character (a range of pairs is no range to
# Python's reader of the schema, so none is written).
def _escaped(char: str) -> str:
    if ord(char) <= 0xFFFF:
        return f"\\u{ord(char):04x}"
    high, low = divmod(ord(char) - 0x10000, 0x400)
    return f"\\u{0xD800 + high:04x}\\u{0xDC00 + low:04x}"


def _each(ranges: str) -> list[str]:
    """The characters of a character class's body (`a-c` and single characters)."""
    return [chr(code) for first, _, last in re.findall(r"(.)(-(.))?", ranges, re.S)
            for code in range(ord(first), ord(last or first) + 1)]


HIDDEN_IN_EDITORS = "".join(
    _escaped(char) for char in sorted(set(_each(_FORMAT + _BLANK + _VARIATION_SELECTOR + _NONCHARACTERS_BMP + _LOST + _CONTROL))
                                      | _BIDI | set(_INVISIBLE) | {"\u2028", "\u2029"})
    if not "\ufe00" <= char <= "\ufe0f")
HIDDEN_CHARACTER = ("texten har ett osynligt tecken eller ett styrtecken",
                    "ta bort tecknet; det syns inte men ändrar texten (det kommer ofta med när text klistras in från en pdf)")
# A non-breaking space where YAML wants a space: in the indent, or after a list's `-`. Pasted
# from a web page or a word processor, it looks like a space but YAML reads it as text.
_NBSP_AS_SPACE = lazy_regex.compile(r"^[ \t]*(?:-[ \t]*)?\u00a0")
# A lone surrogate can only be written as an escape (`"\\ud83d"`): half of the UTF-16 pair
# that JSON uses for 😀, no character of its own.
_SURROGATE = "\ud800-\udfff"
_SURROGATE_PAIR = lazy_regex.compile("[\ud800-\udbff][\udc00-\udfff]")
_SUSPECT_IN_VALUE = lazy_regex.compile(f"[\r{_CONTROL}{_REFUSED}{_SURROGATE}]")


def _refusal(char: str, before: str) -> Optional[tuple[str, str]]:
    """Why `char` (after the character `before`, or "") may not stand in a plan or registry:
    (message, hint), or None. Tabs and line breaks are the YAML reader's own business."""
    if char in _BIDI:
        return (f"osynligt riktningstecken U+{ord(char):04X} i texten.",
                "Ta bort tecknet; det kan få texten att visas i en annan ordning än den lagras.")
    if char in _INVISIBLE:
        return f"osynligt tecken: {_INVISIBLE[char]}.", "Ta bort tecknet; det syns inte men ändrar texten."
    if _NONCHARACTER.match(char):
        return (f"koden U+{ord(char):04X} är inget tecken (Unicode håller den utanför text).",
                "Ta bort den; den syns inte och kan inte skrivas i webbplatsens flöden.")
    if _HIDDEN.match(char):
        if "\ufe00" <= char <= "\ufe0f" and before and unicodedata.category(before) == "So":
            return None  # ❤️: the emoji's form
        return (f"osynligt tecken U+{ord(char):04X} ({unicodedata.name(char, 'formattecken').lower()}).",
                "Ta bort tecknet; det syns inte men ändrar texten.")
    if char == _LOST:
        return ("ersättningstecknet � (U+FFFD): här gick en bokstav förlorad när texten kopierades.",
                "Skriv in det tecken som står i dokumentet, eller kopiera texten igen därifrån.")
    if char not in "\t\n" and unicodedata.category(char) == "Cc":
        return f"styrtecken U+{ord(char):04X} i texten.", "Ta bort tecknet; det kommer ofta med när text klistras in från en pdf."
    return None


# --- the raw tree: what the file says, with where it says it ----------------------------
@dataclass
class Node:
    line: int  # 1-based
    col: int  # 1-based
    index: int = field(default=-1, kw_only=True)  # a list entry's index as written, kept when refused entries are pruned
    # A value of nothing but refused characters, said by the reader: what the schema says of it
    # (an empty text, no id) is not.
    refused: bool = field(default=False, kw_only=True)


@dataclass
class Scalar(Node):
    value: Optional[str] = None


@dataclass
class Mapping(Node):
    # key -> (line, col of the key, value node)
    entries: dict[str, tuple[int, int, "AnyNode"]] = field(default_factory=dict)
    # The values of a key written again (each an error): not typed, but their quotes are
    # still checked and count for coverage (`_dropped_quotes`).
    dropped: list[tuple[str, "AnyNode"]] = field(default_factory=list)
    # Written in braces (`baseline: {value: 120, …}`), where a comma parts the fields.
    flow: bool = field(default=False, kw_only=True)


@dataclass
class Sequence(Node):
    items: list["AnyNode"] = field(default_factory=list)
    # Written in brackets (`risk: [4, 5]`), not as lines beginning with `- `: what a hint names.
    flow: bool = field(default=False, kw_only=True)


AnyNode = Union[Scalar, Mapping, Sequence]


def to_data(node: AnyNode) -> Any:
    """Plain Python data (dict/list/str/None) for the schema to type."""
    if isinstance(node, Mapping):
        return {key: to_data(value) for key, (_, _, value) in node.entries.items()}
    if isinstance(node, Sequence):
        return [to_data(item) for item in node.items]
    return node.value


@dataclass
class Document:
    """One loaded file: its path as shown in messages, its raw tree and its text."""

    path: str
    root: Optional[AnyNode]
    text: str
    dropped: bool = False  # a key was written twice in some block (`Mapping.dropped`)

    @functools.cached_property
    def lines(self) -> list[str]:
        """The text's lines, split once for every error the file has (`_locate`)."""
        return split_lines(self.text)


_FAST_LOADER = getattr(yaml, "CSafeLoader", None)
_CORE_TAGS = "tag:yaml.org,2002:"  # what `!!` stands for


def parse_events(text: str) -> list[yaml.Event]:
    """The YAML events of `text`, with marks (0-based line and character column).

    libyaml produces them about ten times faster than PyYAML's pure-Python parser and
    with the same marks. The pure-Python parser stays the reference for what is an error:
    when libyaml refuses a file, the file is parsed again in Python, so the error (and the
    Swedish explanation built from it) is exactly the one the pure parser reports; if the
    pure parser accepts what libyaml refused, its events are used.
    """
    if _FAST_LOADER is not None:
        try:
            events = list(yaml.parse(text, Loader=_FAST_LOADER))
        except yaml.YAMLError:
            pass
        else:
            if _pure_parser_would_read(text):
                return events
    return list(yaml.parse(text, Loader=yaml.SafeLoader))


def _pure_parser_would_read(text: str) -> bool:
    """False where libyaml is more lenient than the pure parser: characters PyYAML's reader
    refuses, and tabs (libyaml reads `title:<tab>x`, PyYAML refuses it). Then the pure
    parser runs, so that it reports them as before."""
    return "\t" not in text and yaml.reader.Reader.NON_PRINTABLE.search(text) is None


# A backslash and what follows it in double quotes; those YAML reads as an invisible character
# (`\f`, `\n`, `\e`), with the character read.
_ESCAPE = lazy_regex.compile(r"\\(.)")
_ESCAPES_READ = {"0": "\0", "a": "\a", "b": "\b", "t": "\t", "n": "\n", "v": "\v", "f": "\f", "r": "\r",
                 "e": "\x1b", "N": "\x85", "_": "\xa0", "L": "\u2028", "P": "\u2029"}


def _escaped_letters(written: str) -> dict[str, str]:
    """{escape as written (`\\f`): the character YAML reads it as} of a scalar in double quotes
    as the file writes it, in their order; none of any other (`\\\\` is a backslash)."""
    if not written.startswith('"'):
        return {}
    return {found.group(): _ESCAPES_READ[found.group(1)] for found in _ESCAPE.finditer(written)
            if found.group(1) in _ESCAPES_READ}


def _backslash_path(written: str, where: str) -> Optional[str]:
    """A source's path written the Windows way in double quotes (`"sources\\falun.txt"`,
    `"C:\\temp\\falun.txt"`) as it is written with slashes from sources/, or None for any other
    value: YAML read `\\f` as a form feed, and the hint to write a space there made the path no better."""
    if not where.endswith("archive") or not _escaped_letters(written):
        return None
    return archive_meant(written.strip('"'))


def _separates_words(text: str, index: int) -> bool:
    """Whether the character at `index` is a kind of space between two words or numbers."""
    return text[index].isspace() and text[index - 1:index].isalnum() and text[index + 1:index + 2].isalnum()


def _refused_at(text: str, index: int) -> bool:
    """Whether the character at `index` of a value may not stand there (`_refusal`, which
    knows its neighbour: a variation selector after a symbol is an emoji's form)."""
    char = text[index]
    return bool(_SUSPECT_IN_VALUE.match(char)) and (char in "\u2028\u2029" or
                                                    _refusal(char, text[index - 1] if index else "") is not None)


def without_refused(text: str) -> str:
    """`text` without the characters a plan may not hold (`_refusal`), escaped or typed: each
    has an error of its own, so the schema and the rules judge the rest. One that separates
    two words (a line or paragraph separator, a vertical tab) stands as the space it looks
    like; elsewhere (`goal\\x85`, `vp\\x85-2024`) it is read away like the others."""
    if not _SUSPECT_IN_VALUE.search(text):
        return text
    kept = []
    for index, char in enumerate(text):
        if not _refused_at(text, index):
            kept.append(char)
        elif _separates_words(text, index):
            kept.append(" ")
    return "".join(kept)


def _indents_without_refused(text: str) -> str:
    """`text` with each refused character in a line's indentation (before its list dashes)
    read as if it stood after them: the line `\ufeff  archive: …` is read as
    `  \ufeffarchive: …`. Its own error names it where it stands; YAML, which reads it as
    text, would also see the line begin a column early, and judge its indentation wrongly. On
    a line of nothing else, or before a comment, it is read as a space at the line's end, so
    the dashes keep their columns; written right before `#` or after a dash it is text, as
    YAML reads it (`\u200b# …` goes on a text, `- \u200b` is an entry's value). The text keeps
    its length and lines."""
    lines = text.split("\n")
    for number, line in enumerate(lines):
        end = 0
        while end < len(line) and (line[end] in " \t" or _refused_at(line, end)):
            end += 1
        indent = line[:end]
        if not indent.strip(" \t"):
            continue
        while end < len(line) and line[end] == "-" and line[end + 1:end + 2] in ("", " ", "\t"):  # list dashes
            end += 1
            while end < len(line) and line[end] in " \t":
                end += 1
        kept = "".join(char for char in indent if char in " \t") + line[len(indent):end]
        moved, rest = "".join(char for char in indent if char not in " \t"), line[end:]
        if not rest or (rest.startswith("#") and line[end - 1] in " \t"):
            lines[number] = kept + rest + " " * len(moved)
        else:
            lines[number] = kept + moved + rest
    for number, line in enumerate(lines):
        # `- \u200b` over an entry's fields: the character is no value, the block below is.
        stripped = line.rstrip(" \t")
        dash = len(stripped) - len(stripped.lstrip(" \t-"))
        value = stripped[dash:]
        if value and all(_refused_at(value, at) for at in range(len(value))) and "-" in stripped[:dash]:
            below = next((other for other in lines[number + 1:] if other.strip()), "")
            if len(below) - len(below.lstrip(" ")) > stripped.rindex("-", 0, dash):
                lines[number] = stripped[:dash] + " " * (len(line) - dash)
    return "\n".join(lines)


def _simpler(path: str) -> str:
    """The hint for a structure nested too deep, by the kind of file: a registry's example is its
    own entries, a plan's the guide's (a registry was told "en plan behöver inte …")."""
    if path.startswith(f"{REGISTRY_DIR}/"):
        return "Förenkla strukturen; ett register behöver inte fler nivåer än de poster som redan står i det."
    return "Förenkla strukturen; en plan behöver inte fler nivåer än guidens exempel har."


class _Reader:
    """Reads one file into a raw tree, collecting every problem instead of stopping."""

    def __init__(self, path: str, raw: bytes, schema: Optional[type[BaseModel]] = None):
        self.path = path
        self.raw = raw
        self.schema = schema  # what the file is read as: the blocks a misplaced line may join
        self.errors: list[LocatedError] = []
        # Mistakes after which the tree still holds what YAML reads, so the schema and the
        # checks can report the file's other errors in the same run.
        self.kept_tree: list[LocatedError] = []
        self.checked_text = ""
        self.dropped = False
        self.tab_lines: list[int] = []  # the lines indented with a tab (`check_characters`)
        # The file's lines with each of those indented as its hint says, while every one's column is
        # known from the lines above (the lines above each mended first); else None.
        self.tabs_mended: Optional[list[str]] = None
        # The line and column of a value read as its hint writes it past a syntax error, whose
        # error is said (`_read_past_value`): read as refused.
        self._held_refused: set[tuple[int, int]] = set()

    def error(self, line: int, col: int, fieldname: str, message: str, hint: str = "", *,
              tree_kept: bool = False) -> None:
        (self.kept_tree if tree_kept else self.errors).append(
            LocatedError(self.path, line, col, fieldname, message, hint))

    # -- bytes and characters ---------------------------------------------------------
    def decode(self) -> Optional[str]:
        text, errors = decode_utf8(self.raw, self.path)
        self.errors.extend(errors)
        return text

    def check_characters(self, text: str) -> None:
        self.checked_text = text  # `_check_decoded` names only characters not already named here
        nbsp = "\u00a0" in text
        if not nbsp and not _SUSPECT_IN_LINE.search(text):
            return
        lines = text.split("\n")
        for number, line in enumerate(lines, start=1):
            if not _SUSPECT_IN_LINE.search(line) and not (nbsp and "\u00a0" in line):
                continue
            indent = len(line) - len(line.lstrip(" \t"))
            if "\t" in line[:indent] and not line.strip(" \t\r"):
                # A line that looks empty: no indent to tell, only the tab to take away (it was
                # told to indent with spaces "två per nivå", of nothing).
                if not self.tab_lines:
                    self.tabs_mended = list(lines)
                if self.tabs_mended is not None:
                    self.tabs_mended[number - 1] = ""
                self.error(number, line.index("\t") + 1, "", "raden ser tom ut men har ett tabbtecken, som YAML inte "
                           "läser där.", "Radera tabbtecknet, eller hela raden.")
                self.tab_lines.append(number)
            elif "\t" in line[:indent]:
                from .yaml_syntax import tab_column, tab_hint

                if not self.tab_lines:
                    self.tabs_mended = list(lines)
                # A line right under another so indented is told its column from that one's mended.
                found = (tab_column(self.tabs_mended, number, field_blocks(self.schema) if self.schema else (),
                                    no_tab_above=True, mended=self.tab_lines) if self.tabs_mended is not None else None)
                if found is None:
                    self.tabs_mended = None
                else:
                    self.tabs_mended[number - 1] = " " * found[0] + line.lstrip(" \t")
                self.error(number, line.index("\t") + 1, "", "tabb används för indrag.", tab_hint(found))
                self.tab_lines.append(number)
            indent_nbsp = _NBSP_AS_SPACE.match(line)
            if indent_nbsp:
                self.error(number, indent_nbsp.end(), "", "hårt mellanslag (U+00A0) i indraget; det ser ut som ett "
                           "mellanslag men YAML läser det som text.",
                           "Radera mellanrummet före texten och skriv vanliga mellanslag (det händer ofta när text "
                           "klistras in från en webbsida eller ett ordbehandlingsprogram).")
            for col, char in enumerate(line, start=1):
                # Format characters the YAML reader reads as text: the file is still read, so
                # that its other errors come in the same round. Control characters and
                # noncharacters stop the reader itself, and YAML 1.1 breaks lines at U+2028 and
                # U+2029, so the lines would not be ours.
                if char in "\ufffe\uffff":
                    continue  # the YAML reader refuses these two itself, and says where
                if char in "\u2028\u2029":
                    self.error(number, col, "", f"radavgränsaren U+{ord(char):04X} i texten.",
                               "Ersätt den med en vanlig radbrytning eller ett mellanslag.")
                    continue
                refused = _refusal(char, line[col - 2] if col > 1 else "")
                if refused is not None:
                    self.error(number, col, "", *refused,
                               tree_kept=unicodedata.category(char) != "Cc" and not _NONCHARACTER.match(char))

    def check_flow_depth(self, text: str) -> None:
        """Refuse deeply nested `[`/`{` before parsing: PyYAML's scanner is quadratic in
        flow depth (10,000 levels take half a minute). Counting brackets is linear; any
        count above the cap is far beyond what `MAX_DEPTH` allows anyway."""
        depth = 0
        for bracket in _FLOW_BRACKETS.finditer(text):
            if bracket.group() in "[{":
                depth += 1
                if depth > MAX_FLOW_BRACKETS:
                    at = bracket.start()
                    line_start = text.rfind("\n", 0, at)
                    self.error(text.count("\n", 0, at) + 1, at - line_start, "",
                               f"för djupt nästlad struktur (högst {MAX_DEPTH} nivåer).",
                               _simpler(self.path))
                    return
            elif depth:
                depth -= 1

    def syntax_past_tabs(self, text: str) -> None:
        """The syntax errors of a file whose only errors are lines indented with a tab, said in
        the same round: the file is read with each such line indented as its hint says
        (`tab_column`, the lines above it mended first), its tree left unread, as in
        `_later_syntax_errors` (`tabs_mended`). Where a line's column is not known, nothing more is said."""
        if len(self.errors) != len(self.tab_lines) or self.tabs_mended is None:
            return
        said = len(self.errors)
        self.parse("\n".join(self.tabs_mended))
        # What the file's own tabs make of a line is said already; an error there is the mend's.
        self.errors[said:] = [error for error in self.errors[said:] if error.line not in self.tab_lines]

    # -- YAML events → raw tree ----------------------------------------------------------
    def parse(self, text: str) -> Optional[AnyNode]:
        try:
            events = parse_events(text)
        except yaml.YAMLError as exc:  # syntax, and characters PyYAML refuses to read
            found = self._explained(exc, text)
            if found.read_as is not None and not self._held_refused:
                read = self._read_past_value(text, found)
                if read is not None:
                    return read
            self.error(found.line, found.col, "", found.message, found.hint)
            self._later_syntax_errors(text, found)
            return None
        documents = [e for e in events if isinstance(e, yaml.DocumentStartEvent)]
        if len(documents) > 1:
            mark = documents[1].start_mark
            self.error(mark.line + 1, mark.column + 1, "", "filen innehåller flera YAML-dokument.",
                       "Ta bort raden med --- ; en fil är ett dokument.")
            return None
        self._text = text
        self._check_continuations(events)
        self._events = iter(events)
        self._anchored: dict[str, AnyNode] = {}  # what each anchor names, for the aliases after it
        self._copied = 0  # nodes aliases have copied so far (`MAX_ALIASED_NODES`)
        self._lines = _yaml_lines(text) if _may_have_trailing_comment(text) else None
        root: Optional[AnyNode] = None
        for event in self._events:
            if isinstance(event, (yaml.ScalarEvent, yaml.MappingStartEvent, yaml.SequenceStartEvent, yaml.AliasEvent)):
                root = self._node(event, "", 0)
        return root

    def _explained(self, exc: yaml.YAMLError, text: str):
        """The `SyntaxMessage` of a syntax error in `text`, read with the file's schema."""
        from .yaml_syntax import explain_syntax_error

        return explain_syntax_error(exc, text, *((field_blocks(self.schema), held_blocks(self.schema),
                                                  value_lists(self.schema)) if self.schema else ()))

    def _read_past_value(self, text: str, found) -> Optional[AnyNode]:
        """The tree of a file whose syntax errors are each one value YAML cannot read as written
        (`SyntaxMessage.read_as`: `archive: "C:\\Users\\kd\\x.txt"`, and `url: "C:\\…"` above it),
        read with those values as written and held refused, so that the schema and the checks
        say the file's other errors in the same run and nothing of those values but their errors,
        as of `archive: "C:\\temp\\x.txt"`, which YAML reads; None where the file does not read so."""
        lines, held = text.split("\n"), []
        while True:
            lines[found.line - 1] = found.read_as[1]
            held.append(found)
            mended = "\n".join(lines)
            try:
                parse_events(mended)
                break
            except yaml.YAMLError as exc:
                found = self._explained(exc, mended)
                if found.read_as is None or any((one.line, one.read_as[0]) == (found.line, found.read_as[0]) for one in held):
                    return None
        for one in held:
            self.error(one.line, one.col, "", one.message, one.hint, tree_kept=True)
            self._held_refused.add((one.line, one.read_as[0]))
        self.checked_text = mended  # the scalars' marks count characters of the text read
        return self.parse(mended)

    def _later_syntax_errors(self, text: str, found) -> None:
        """The syntax errors below the one `found` (a `SyntaxMessage`), so that a party office
        mends them in one round (`body Socialnämnden` and, further down, `kind party-plan`, each
        without its colon): the file is read again with the error's line as its hint mends it
        (`SyntaxMessage.mended`: a quote or bracket left open, closed at the line's end; a list
        entry's dash, space or colon; a tab; a block of lines shifted together, moved whole; a list
        entry or a field one column off, moved with its lines or alone; `text >-` without its colon;
        where the hint offers two columns, in the one the file reads on furthest with) or
        else without that line, as long as it
        is a line of its own that no line below belongs to and the next line is a field of the
        file or a list's entry (`_stands_alone`), and each error further down is said, until
        the file has been read again `MAX_SYNTAX_REREAD` bytes' worth (the reader that says
        where is PyYAML's slow one). The file's tree is not read: its other errors come once
        the syntax holds."""
        from .yaml_syntax import explain_syntax_error

        blocks = (field_blocks(self.schema), held_blocks(self.schema), value_lists(self.schema)) if self.schema else ()
        fields = frozenset().union(*blocks[0]) if blocks else None
        lines = text.split("\n")
        reread = 0
        for _ in range(MAX_SYNTAX_ERRORS - 1):
            line = found.line
            if found.mended is not None or found.mends:
                tries = []
                for mend in found.mends or (found.mended,):
                    mended = mend.split("\n")  # a block of lines shifted together is mended whole
                    tries.append((lines[:line - 1] + mended + lines[line - 1 + len(mended):], line + len(mended) - 1))
            elif _stands_alone(lines, line, fields):
                tries = [(lines[:line - 1] + [""] + lines[line:], line)]
            else:
                return
            best = None  # the lines read on with, the last line mended, and the next error
            for tried, last in tries:  # where the hint offers two columns, the one read furthest with
                reread += len(text)
                if reread > MAX_SYNTAX_REREAD:
                    return
                without = "\n".join(tried)
                try:
                    parse_events(without)
                    return
                except yaml.YAMLError as exc:
                    after = explain_syntax_error(exc, without, *blocks)
                if best is None or after.line > best[2].line:
                    best = (tried, last, after)
            lines, last, found = best
            following = next((at for at in range(last + 1, len(lines) + 1) if _significant(lines[at - 1])), last)
            if found.line <= following:
                return  # at or right after the line left out: what leaving it out did, not the author
            self.error(found.line, found.col, "", found.message, found.hint)

    def _check_continuations(self, events: list[yaml.Event]) -> None:
        """A list or block in brackets, or a quoted text, that goes on over lines must go on
        further in than the field it belongs to (YAML 1.2: deeper than the block around it).
        PyYAML reads `topics: [hemloshet,` with `psykisk-halsa]` below at the key's own depth,
        but the YAML reader of editors such as VS Code (and of other tools) refuses the file,
        and marked it broken while `validate` let it pass. Said once per value, at its first
        line that is not in far enough; the value is read all the same."""
        blocks = [-1]  # the column of each block collection open around the event
        opened = None  # the outermost bracketed collection, while one is open
        depth = 0
        for event in events:
            if isinstance(event, (yaml.MappingStartEvent, yaml.SequenceStartEvent)):
                if event.flow_style or depth:
                    opened = opened if depth else event
                    depth += 1
                else:
                    blocks.append(event.start_mark.column)
            elif isinstance(event, (yaml.MappingEndEvent, yaml.SequenceEndEvent)):
                if depth:
                    depth -= 1
                    if not depth and event.end_mark.line > opened.start_mark.line:
                        self._check_continued(opened.start_mark, event.end_mark, blocks[-1], comments=True)
                else:
                    blocks.pop()
            elif (isinstance(event, yaml.ScalarEvent) and not depth and event.style in ("'", '"')
                  and event.end_mark.line > event.start_mark.line):
                self._check_continued(event.start_mark, event.end_mark, blocks[-1], comments=False)

    def _check_continued(self, start, end, block: int, comments: bool) -> None:
        """`comments`: a line beginning with # is a comment (between brackets), not the value's
        (in quotes, where it is text like any other)."""
        lines = _yaml_lines(self._text, end.line + 1)  # rare: a value over lines in brackets or quotes
        for number in range(start.line + 1, end.line + 1):
            line = lines[number]
            written = line.lstrip(" ")
            if written and not (comments and written.startswith("#")) and len(line) - len(written) <= block:
                self.error(number + 1, 1, "", f"raden fortsätter värdet från rad {start.line + 1} men står inte "
                           "längre in än fältet det hör till; YAML kräver det, och redigeringsprogram som VS Code kan visa "
                           "filen som trasig.", f"Dra in raden med minst {block + 1} mellanslag, eller skriv "
                           "värdet på en rad.", tree_kept=True)
                return

    def _refuse_extras(self, event: yaml.Event, where: str) -> None:
        # The value is there all the same, read as text: the rest of the file is checked.
        mark = event.start_mark
        if getattr(event, "anchor", None):
            self.error(mark.line + 1, mark.column + 1, where, f"ankare (&{event.anchor}) får inte användas.",
                       "Skriv ut värdet på varje ställe i stället för att återanvända det.", tree_kept=True)
        tag = getattr(event, "tag", None)
        if tag is not None:
            shown = "!!" + tag.removeprefix(_CORE_TAGS) if tag.startswith(_CORE_TAGS) else tag  # as written: `!!str`
            self.error(mark.line + 1, mark.column + 1, where, f"YAML-taggen {shown} får inte användas.",
                       "Ta bort taggen (det som börjar med !); skriv värdet som vanlig text.", tree_kept=True)

    def _node(self, event: yaml.Event, where: str, depth: int) -> AnyNode:
        if isinstance(event, yaml.AliasEvent):
            line, col = event.start_mark.line + 1, event.start_mark.column + 1
            aliased = self._aliased(event)
            # Read as what it stands for, the file is still checked; an alias of no anchor above
            # it (which YAML itself refuses) stops the file, as any other unreadable YAML.
            self.error(line, col, where, f"alias (*{event.anchor}) får inte användas.",
                       "Skriv ut värdet på varje ställe i stället för att hänvisa till ett ankare.",
                       tree_kept=aliased is not None)
            return aliased or Scalar(line, col, None)
        node = self._read_node(event, where, depth)
        if getattr(event, "anchor", None):
            self._anchored[event.anchor] = node
        return node

    def _aliased(self, event: yaml.AliasEvent) -> Optional[AnyNode]:
        """What an alias stands for, read as YAML reads it (a copy of the anchored value, at the
        anchor's place in the file), so that the rules judge the file as it means; its own
        error is said by the caller. None for an alias of no anchor above it, or past
        `MAX_ALIASED_NODES` (a file of aliases of aliases would grow exponentially)."""
        anchored = self._anchored.get(event.anchor)
        if anchored is None:
            return None
        budget = MAX_ALIASED_NODES - self._copied
        size = _size(anchored, budget + 1)  # never counts past the budget: aliases after it cost nothing
        if size > budget:
            self._copied = MAX_ALIASED_NODES
            return None
        self._copied += size
        # The copy stands where the alias is written: its errors name the alias's line, as its path does.
        return _placed(copy.deepcopy(anchored), event.start_mark.line + 1, event.start_mark.column + 1)

    def _read_node(self, event: yaml.Event, where: str, depth: int) -> AnyNode:
        line, col = event.start_mark.line + 1, event.start_mark.column + 1
        if depth == MAX_DEPTH + 1:
            self.error(line, col, where, f"för djupt nästlad struktur (högst {MAX_DEPTH} nivåer).",
                       _simpler(self.path))
        self._refuse_extras(event, where)
        if isinstance(event, yaml.ScalarEvent):
            plain = not event.style  # PyYAML: None, libyaml: ""
            value = None if plain and event.value in NULL_WORDS else event.value
            emptied = False
            if value is not None:
                path_said = self._said_backslash_path(line, col, where, event)
                if not path_said:
                    self._check_decoded(value, line, col, where, event)
                # Each refused character has its error; the schema and the rules judge the rest
                # of the value (an id that is one only without it is not also against its
                # pattern; a quote wrong in its words is still not found). Never shown: the
                # file has an error. A value of nothing else is not also "empty" (`Node.refused`).
                written, value = value, unicodedata.normalize("NFC", without_refused(value))
                emptied = path_said or (value != written and not value.strip()) or (line, col) in self._held_refused
            # An empty value too: `detail: #1 för oss` leaves an optional field out without a word.
            if plain and self._lines is not None:
                self._check_trailing_comment(event.start_mark, event.end_mark, where)
            if plain and event.end_mark.line > event.start_mark.line:
                self._check_dashed_lines(event, where)
            return Scalar(line, col, value, refused=emptied)
        if depth > MAX_DEPTH:
            self._skip_collection()
            return Scalar(line, col, None)
        if isinstance(event, yaml.SequenceStartEvent):
            node = Sequence(line, col, flow=bool(event.flow_style))
            for child in self._events:
                if isinstance(child, yaml.SequenceEndEvent):
                    return node
                item = self._node(child, f"{where}[{len(node.items)}]", depth + 1)
                item.index = len(node.items)
                node.items.append(item)
            return node  # pragma: no cover - the parser guarantees an end event
        if isinstance(event, yaml.MappingStartEvent):
            return self._mapping(Mapping(line, col, flow=bool(event.flow_style)), where, depth)
        raise AssertionError(f"unexpected YAML event {event!r}")  # pragma: no cover

    def _check_trailing_comment(self, start, end, where: str) -> None:
        """A `#` after an unquoted value on its line starts a comment, which YAML leaves out of
        the value without a word: `text: Ingen ska vräkas #nollvision` loses `#nollvision`.
        The hint shows the line as it would read quoted, when the value is a field's on one
        line and short enough to show whole."""
        line = self._lines[end.line]
        rest = line[end.column:]
        comment = rest.lstrip(" \t")
        if rest[:1] in (" ", "\t") and comment.startswith("#"):
            from .yaml_syntax import SHOWN_WHOLE, quoted

            key = last_name(where)
            whole = line[start.column:].strip() if start.line == end.line else ""
            example = (f"{key}: {quoted(whole)}" if key and whole and len(whole) <= SHOWN_WHOLE and "[" not in key
                       else 'title: "Förslag #1 för 2026"')
            # A year, an id, a value of a list of values: no # can belong to it, so quoting it
            # would only make another error (the editor audit: `status: "proposal # beslutas i KF"`).
            hint = ("Flytta kommentaren till en egen rad ovanför fältet: ett sådant värde kan inte innehålla #."
                    if key.split("[")[0] in _WORDLESS_FIELDS and not key.startswith("approximate[") else
                    f"Sätt hela värdet inom citattecken om # hör till texten, t.ex. {example}, eller flytta "
                    "kommentaren till en egen rad.")
            self.error(end.line + 1, end.column + len(rest) - len(comment) + 1, where,
                       "det som står efter # på raden räknas som en kommentar och kommer inte med i värdet.",
                       hint, tree_kept=True)

    def _check_dashed_lines(self, event: yaml.ScalarEvent, where: str) -> None:
        """A text without quotes that goes on over lines starting with `- `: YAML joins them
        into one line (`Vi vill - bygga - anställa`), while the author wrote a list."""
        lines = _yaml_lines(self._text)[event.start_mark.line + 1: event.end_mark.line + 1]
        for number, text in enumerate(lines, start=event.start_mark.line + 2):
            if _DASHED_LINE.match(text):
                self.error(number, len(text) - len(text.lstrip()) + 1, where,
                           "raden börjar med - men läses som en fortsättning på texten ovanför, inte som en lista.",
                           coded("Ska fältet vara en lista, skriv det ensamt på raden (som `topics:`) och varje punkt "
                                 "under med `- `. Är det en text, skriv den utan listtecken, eller sätt hela texten inom "
                                 "citattecken om strecken ska stå kvar."), tree_kept=True)
                return

    def _skip_collection(self) -> None:
        """Consume a too-deep collection without recursing (10,000 levels are refused fast)."""
        open_collections = 1
        for event in self._events:
            if isinstance(event, (yaml.SequenceStartEvent, yaml.MappingStartEvent)):
                open_collections += 1
            elif isinstance(event, (yaml.SequenceEndEvent, yaml.MappingEndEvent)):
                open_collections -= 1
                if open_collections == 0:
                    return

    def _said_backslash_path(self, line: int, col: int, where: str, event: yaml.ScalarEvent) -> bool:
        """Whether a source's path is written the Windows way in double quotes (`_backslash_path`),
        and so told, once, to write its slashes: `"sources\\falun.txt"` was also told its path was
        wrong with the form feed shown as a space (`'sources alun.txt'`), and `\\t` or `\\n`, read
        as a tab or a line break, was told no more than that."""
        written = self.checked_text[event.start_mark.index:event.end_mark.index]
        path = _backslash_path(written, where)
        if path is None:
            return False
        escapes = _escaped_letters(written)
        read = ", ".join(f"U+{ord(char):04X}" for char in escapes.values())
        self.error(line, col, where, f"sökvägen är skriven med bakstreck (\\) inom dubbla citattecken, där YAML läser "
                   f"{listed([code(escape) for escape in escapes])} som "
                   f"{'ett osynligt tecken' if len(escapes) == 1 else 'osynliga tecken'} ({read}).",
                   slashes_hint(path),
                   tree_kept=True)
        return True

    def _check_decoded(self, value: str, line: int, col: int, where: str, event: yaml.ScalarEvent,
                       what: str = "värdet") -> None:
        """Invisible and control characters written as YAML escapes (`"\\u202e"`, `"\\0"`) in a
        value or (`what`) a key. The tree is kept, with the value read without them
        (`without_refused`): the schema and the checks still report the file's other errors in
        the same run. A lone surrogate is not: no text can hold it."""
        if not _SUSPECT_IN_VALUE.search(value):
            return
        named = set()
        # The scalar as the file writes it (marks count characters of the text read).
        written = self.checked_text[event.start_mark.index:event.end_mark.index]
        escaped = {char: escape for escape, char in reversed(_escaped_letters(written).items())}
        for found in _SUSPECT_IN_VALUE.finditer(value):
            char, at = found.group(), found.start()
            if "\ud800" <= char <= "\udfff":
                self._refuse_surrogate(value, char, line, col, where)
                return
            if char in named or char in written:
                continue  # named once; or written as itself here, and named where it stands by `check_characters`
            if not _refused_at(value, at):
                continue  # a variation selector after a symbol: ❤️
            named.add(char)
            if char in escaped:
                # `title: "Plan 2024\bilaga"`: a backslash meant, read with its letter as a backspace,
                # was told to remove a character "även skrivet som \u-kod", which the file does not have.
                self.error(line, col, where, f"{what} innehåller det osynliga tecknet U+{ord(char):04X}.",
                           f"Inom dubbla citattecken läser YAML {code(escaped[char])} som det tecknet: skriv \\\\ för "
                           f"ett bakstreck, sätt texten inom enkla citattecken ' i stället, eller ta bort "
                           f"{code(escaped[char])}.", tree_kept=True)
            elif _NONCHARACTER.match(char):
                self.error(line, col, where, f"{what} innehåller koden U+{ord(char):04X}, som inte är något tecken.",
                           "Ta bort koden (skriven som \\u-kod i citattecken); Unicode håller den utanför text, "
                           "och webbplatsens flöden kan inte skriva den.", tree_kept=True)
            elif _separates_words(value, at):
                # a line or paragraph separator, a vertical tab between two words: it looks like
                # the space it stands for (`without_refused` reads it so)
                self.error(line, col, where, f"{what} innehåller det osynliga tecknet U+{ord(char):04X}.",
                           "Skriv ett vanligt mellanslag i stället (tecknet är ofta skrivet som \\u-kod i "
                           "citattecken); det ser ut som ett mellanslag men är ett annat tecken.", tree_kept=True)
            else:
                self.error(line, col, where, f"{what} innehåller det osynliga tecknet U+{ord(char):04X}.",
                           "Ta bort tecknet (även skrivet som \\u-kod i citattecken); det syns inte men ändrar texten.",
                           tree_kept=True)

    def _refuse_surrogate(self, value: str, char: str, line: int, col: int, where: str) -> None:
        pair = _SURROGATE_PAIR.search(value)
        if pair:
            high, low = (ord(c) for c in pair.group())
            whole = 0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00)
            example = f"\\U{whole:08X} i stället för \\u{high:04x}\\u{low:04x}"
        else:
            example = "\\U0001F600 för 😀"
        self.error(line, col, where, f"värdet innehåller koden U+{ord(char):04X}, en halv teckenkod (surrogat) "
                   "som inte är något tecken i sig.",
                   f"Skriv tecknet självt, eller hela koden med \\U och åtta tecken, t.ex. {example}.")

    def _mapping(self, node: Mapping, where: str, depth: int) -> Mapping:
        undashed = False  # an entry's first field came again: a new entry whose `- ` was left out
        merging: dict[str, tuple[int, int, AnyNode]] = {}  # the fields of a `<<:` block, below the block's own
        for key_event in self._events:
            if isinstance(key_event, yaml.MappingEndEvent):
                for key, entry in merging.items():
                    node.entries.setdefault(key, entry)
                return node
            key_line, key_col = key_event.start_mark.line + 1, key_event.start_mark.column + 1
            if isinstance(key_event, yaml.AliasEvent):  # `*b : x`: the alias is the one fault
                named = self._node(key_event, where, depth + 1)
                if not (isinstance(named, Scalar) and isinstance(named.value, str)):
                    self._node(next(self._events), where, depth + 1)  # no key to read it under
                    continue
                key_event = yaml.ScalarEvent(None, None, (True, False), named.value, key_event.start_mark,
                                             key_event.end_mark, style="'")
            if not isinstance(key_event, yaml.ScalarEvent):
                self.error(key_line, key_col, where, "en nyckel måste vara ett enkelt ord.",
                           coded("Skriv nyckeln som `namn:`."))
                self._node(key_event, where, depth + 1)
                self._node(next(self._events), where, depth + 1)
                continue
            value_event = next(self._events)
            # A key is read like a value: a refused character in it is named, and the key
            # judged without it (`"ye\\u200bar":` is `year`, not an unknown field).
            key = without_refused(key_event.value)
            child_where = path_key(key, where)
            self._check_decoded(key_event.value, key_line, key_col, child_where, key_event, "nyckeln")
            self._refuse_extras(key_event, child_where)
            if key == "<<" and not key_event.style:
                # One error for `<<: *base`: the fields of the blocks it names (by alias, in a
                # list, or written there) are read as the block's own, as YAML merges them.
                self.error(key_line, key_col, child_where, "sammanslagningsnyckeln << får inte användas.",
                           "Skriv ut alla fält direkt i blocket.", tree_kept=True)
                for merged in self._merged(value_event, child_where, depth + 1):
                    if isinstance(merged, Mapping):
                        for field_name, entry in merged.entries.items():
                            merging.setdefault(field_name, entry)  # the first block that has a field gives it
                continue
            value = self._node(value_event, child_where, depth + 1)
            if key in node.entries:
                node.dropped.append((key, value))
                self.dropped = True
                first_line = node.entries[key][0]
                hint = "Ta bort eller slå ihop den ena; annars skulle den senare tyst ersätta den första."
                # A list whose dashes were all lost (`items:` over entries without `- `) is a
                # block whose first field comes again too: said once per entry, the same way.
                if (_AT_ENTRY.search(where) or last_name(where) in _LIST_FIELDS) and key == next(iter(node.entries)):
                    # The entry's first field again: most often a new entry whose `- ` was left out.
                    hint = (f"Börjar en ny post på rad {key_line}? Skriv {code('- ')} före {code(key)}, som på rad {first_line}. "
                            "Annars: ta bort eller slå ihop den ena.")
                    if not where.endswith("]"):  # the block is no list entry: the first entry lost its `- ` too
                        hint = (f"Börjar en ny post på rad {key_line}? Skriv {code('- ')} före {code(key)} där och på "
                                f"rad {first_line}: i en lista börjar varje post med {code('- ')}. Annars: ta bort eller slå "
                                "ihop den ena.")
                    char = list_mark_lookalike(key)
                    if char is not None:  # `– title:` on each entry: the dash is there, but not YAML's
                        hint = (f"Raden börjar med {lookalike_said(char)}, inte med bindestreck, så den läses som "
                                f"ett fält. Byt {lookalike_swap(key)} där och på rad {first_line}, så "
                                "blir varje rad en ny post i listan.")
                    undashed = True
                elif undashed:
                    continue  # the rest of that entry's fields: the `- ` mends them too, said above
                self.error(key_line, key_col, child_where,
                           f"nyckeln '{key}' förekommer två gånger (rad {first_line} och rad {key_line}).", hint,
                           tree_kept=True)
                continue
            node.entries[key] = (key_line, key_col, value)
        return node  # pragma: no cover

    def _merged(self, event: yaml.Event, where: str, depth: int) -> list[AnyNode]:
        """The blocks `<<:` merges (`*base`, `[*a, *b]`, `{kind: goal}`), their aliases read
        without an error of their own, the merge key's says it; but for an alias of no anchor,
        which stops the file (`_node`)."""
        if not isinstance(event, yaml.SequenceStartEvent):
            return [self._merged_one(event, where, depth)]
        blocks = []
        for child in self._events:
            if isinstance(child, yaml.SequenceEndEvent):
                return blocks
            blocks.append(self._merged_one(child, where, depth + 1))
        return blocks  # pragma: no cover - the parser guarantees an end event

    def _merged_one(self, event: yaml.Event, where: str, depth: int) -> AnyNode:
        aliased = self._aliased(event) if isinstance(event, yaml.AliasEvent) else None
        return aliased if aliased is not None else self._node(event, where, depth)


# The fields that hold a list of blocks: a block there whose first field comes again has lost its dashes.
_LIST_FIELDS = frozenset({"sections", "items", "tables", "rows", "excluded", "sources", "terms", "actors",
                          "topics", "municipalities"})


# An alias is read as a copy of its anchor's value, up to this many nodes in a file: past
# it, aliases of aliases would grow the tree exponentially.
MAX_ALIASED_NODES = 10_000


def _significant(line: str) -> bool:
    """Whether a line is more than spaces and a comment."""
    content = line.lstrip(" ")
    return bool(content) and not content.startswith("#")


_FIELD_NAME = r"[A-Za-z_][A-Za-z0-9_]*"
# The next line of one that stands alone: a field, or a list's entry.
_FIELD_OR_ENTRY = lazy_regex.compile(rf" *(?:- |-$|(?P<key>{_FIELD_NAME}):(?: |$))")
# A field's name first on a line, its colon there or not.
_FIELD_FIRST = lazy_regex.compile(rf"{_FIELD_NAME}(?=[\s:]|$)")


def _stands_alone(lines: list[str], number: int, fields: Optional[frozenset[str]]) -> bool:
    """Whether line `number` (1-based) may be left out without changing what the lines around it
    are: a field's line (one of `fields` where they are known) indented with spaces alone, as
    far in as the nearest line above it that is not further in has its field, opening no text,
    list or block that goes on below (`|`, `>`, an open quote or bracket), no line below it
    further in, and the next line a list's entry or a field (one of `fields`). Not a list
    entry's first line, nor a directive, nor a text's line moved out to its field's column,
    whose next line may be more of the text ("under tre mål: barn, unga och vuxna.")."""
    line = lines[number - 1]
    content = line.lstrip(" ")
    if not content or content[0] in "\t-#%" or content.rstrip().endswith(("|", ">", "|-", ">-", ":", "[", "{", ",")):
        return False
    if content.count('"') % 2 or content.count("'") % 2 or content.count("[") != content.count("]") \
            or content.count("{") != content.count("}"):
        return False
    # A field's line, its colon left out or not: a text's line moved out to its field's column
    # ("hederskultur med tillhörande våld.", last of a `>-` text) is not left out either.
    name = _FIELD_FIRST.match(content)
    if name is None or (fields is not None and name.group() not in fields):
        return False
    indent = len(line) - len(content)
    # Where the nearest line above, past a text's deeper lines, has its field (after its list
    # dashes): a line of fields written one column off, or a block of lines shifted together, is
    # not left out (the second review: the lines shifted with it gave a correct line an error).
    above = next((other for other in reversed(lines[:number - 1])
                  if _significant(other) and len(other) - len(other.lstrip(" ")) <= indent), None)
    if above is not None and len(above) - len(above.lstrip(" -")) != indent:
        return False
    below = next((other for other in lines[number:] if _significant(other)), None)
    if below is None:
        return True
    shape = _FIELD_OR_ENTRY.match(below)
    return (len(below) - len(below.lstrip(" ")) <= indent and shape is not None
            and (shape.group("key") is None or fields is None or shape.group("key") in fields))


def _size(node: AnyNode, limit: int) -> int:
    """The nodes a copy of `node` holds, a key's value written twice (`Mapping.dropped`) too,
    counted up to `limit`."""
    count, stack = 0, [node]
    while stack and count < limit:
        node = stack.pop()
        count += 1
        if isinstance(node, Mapping):
            stack += [child for _, _, child in node.entries.values()] + [child for _, child in node.dropped]
        elif isinstance(node, Sequence):
            stack += node.items
    return count


def _placed(node: AnyNode, line: int, col: int) -> AnyNode:
    """`node` (an alias's copy) with each of its nodes and keys at the alias's place."""
    stack = [node]
    while stack:
        each = stack.pop()
        each.line, each.col = line, col
        if isinstance(each, Mapping):
            each.entries = {key: (line, col, child) for key, (_, _, child) in each.entries.items()}
            stack += [child for _, _, child in each.entries.values()] + [child for _, child in each.dropped]
        elif isinstance(each, Sequence):
            stack += each.items
    return node


class _NeedsTree(Exception):
    """`plain_data` met something only `_Reader` reports or looks at closely."""


_DASHED_LINE = lazy_regex.compile(r"\s*-(?:\s|$)")
_SCALAR, _MAPPING_START, _MAPPING_END = yaml.ScalarEvent, yaml.MappingStartEvent, yaml.MappingEndEvent
_SEQUENCE_START, _SEQUENCE_END = yaml.SequenceStartEvent, yaml.SequenceEndEvent


def plain_data(text: str) -> Any:
    """What `to_data` gives of the raw tree of `text`, for a text `_Reader.parse` reads
    without a single error, made straight from the YAML events without the tree.

    Most files are read without an error and never asked for a position, and building the
    tree of every value with its line and column took a third of reading a plan. This reads
    only the common case: anything else raises `_NeedsTree`, and the file is read again by
    `_Reader`, which reports what is wrong and where. That is an anchor, a tag, an alias or
    a merge key; a key that is not a plain text or is repeated; a value with a character
    `_Reader` checks (`_SUSPECT_IN_VALUE`); a line that may hold a comment after a value
    (`_may_have_trailing_comment`); a structure deeper than `MAX_DEPTH`; no
    document or several; a syntax error; and whatever libyaml reads more leniently than the
    pure parser (`parse_events`). The text has passed `_Reader`'s checks of characters and
    flow depth already."""
    if _FAST_LOADER is None or not _pure_parser_would_read(text) or _may_have_trailing_comment(text):
        raise _NeedsTree
    # The parser's own `get_event`, not `yaml.parse`, whose generator costs a frame and two
    # method calls per event; and a value's characters searched only where the text has one
    # (below): reading the 1,000 plans of `make bench` took 0.63 s of processor time, 0.55 s so.
    loader = _FAST_LOADER(text)
    try:
        get = loader.get_event
        get()  # the stream's start
        if get().__class__ is not yaml.DocumentStartEvent:
            raise _NeedsTree  # an empty file
        # A value's characters `_Reader` checks come from the text itself, but for the escapes
        # of a text in double quotes: with none in the text, only those are searched.
        data = _plain_value(get, get(), 0, _SUSPECT_IN_VALUE.search(text) is not None)
        if get().__class__ is not yaml.DocumentEndEvent or get().__class__ is not yaml.StreamEndEvent:
            raise _NeedsTree
        return data
    except yaml.YAMLError:
        raise _NeedsTree from None
    finally:
        loader.dispose()


def _plain_value(get: Callable[[], yaml.Event], event: yaml.Event, depth: int, suspect: bool) -> Any:
    """The value that starts with `event`, the rest of its events read with `get`; `suspect`
    where the text has a character `_SUSPECT_IN_VALUE` finds."""
    if depth > MAX_DEPTH:
        raise _NeedsTree
    kind = event.__class__
    if kind is _SCALAR:
        if event.anchor is not None or event.tag is not None:
            raise _NeedsTree
        value, style = event.value, event.style
        if not style and value in NULL_WORDS:
            return None
        if style != "|" and style != ">" and event.end_mark.line > event.start_mark.line:
            # A text over several lines without quotes (`_check_dashed_lines`), or in quotes
            # (`_Reader._check_continuations`).
            raise _NeedsTree
        if (suspect or style == '"') and _SUSPECT_IN_VALUE.search(value):
            raise _NeedsTree
        return unicodedata.normalize("NFC", value)
    if kind is _MAPPING_START:
        if event.anchor is not None or event.tag is not None:
            raise _NeedsTree
        mapping: dict[str, Any] = {}
        while True:
            key_event = get()
            if key_event.__class__ is _MAPPING_END:
                if event.flow_style and key_event.end_mark.line > event.start_mark.line:
                    raise _NeedsTree  # `_Reader._check_continuations`
                return mapping
            key = key_event.value if key_event.__class__ is _SCALAR else None
            if (key is None or key in mapping or key_event.anchor is not None or key_event.tag is not None
                    or (key == "<<" and not key_event.style)):
                raise _NeedsTree
            mapping[key] = _plain_value(get, get(), depth + 1, suspect)
    if kind is _SEQUENCE_START:
        if event.anchor is not None or event.tag is not None:
            raise _NeedsTree
        entries: list[Any] = []
        while True:
            entry = get()
            if entry.__class__ is _SEQUENCE_END:
                if event.flow_style and entry.end_mark.line > event.start_mark.line:
                    raise _NeedsTree  # `_Reader._check_continuations`
                return entries
            entries.append(_plain_value(get, entry, depth + 1, suspect))
    raise _NeedsTree  # an alias, or no event


# --- files: only regular files inside the repository ------------------------------------
MAX_SOURCE_BYTES = 4 * 1024 * 1024
PLANS_DIR = "plans"
REGISTRY_DIR = "registry"
RESTORE_REGISTRY = "Återställ filen som den är på main; den listar registrets poster."
SOURCES_DIR = "sources"
REGISTRY_FILES = (
    ("municipalities", "municipalities.yaml"),
    ("actors", "actors.yaml"),
    ("topics", "topics.yaml"),
    ("terms", "terms.yaml"),
)


def read_bytes(root: Path, relative: str, limit: int) -> tuple[Optional[bytes], list[LocatedError]]:
    """The bytes of `root/relative`, if it is a regular file inside `root` (no symlink on
    the way, no device, nothing that resolves elsewhere) and at most `limit` bytes."""
    def refuse(message: str, hint: str) -> tuple[None, list[LocatedError]]:
        return None, [LocatedError(relative, 1, 1, "", message, hint)]

    path = root / relative
    real_root = os.path.realpath(root)
    # `os.path.islink`, not `Path.is_symlink`, which raises where the folder cannot be opened.
    if os.path.realpath(path) != os.path.join(real_root, *Path(relative).parts) or os.path.islink(path):
        return refuse("filen är en symbolisk länk eller pekar utanför repot; den läses inte.",
                      "Lägg in filen själv i repot i stället för en länk.")
    try:
        info = path.lstat()
    except OSError as exc:
        if exc.errno in (errno.EACCES, errno.EPERM):  # the folder it lies in may not be opened
            folder = PurePosixPath(relative).parent
            return refuse(f"filen får inte läsas: rättighet att öppna mappen {folder}/ saknas.",
                          f"Ge alla rätt att läsa och öppna mappen (chmod a+rx {folder}).")
        # Only a registry is read by a name no listing found (plans and sources are listed, or
        # named by a plan and said missing there): the editors' file, restored, not a path to check.
        return refuse("filen finns inte.", RESTORE_REGISTRY if relative.startswith(f"{REGISTRY_DIR}/")
                      else "Kontrollera sökvägen och filnamnet.")
    if not stat.S_ISREG(info.st_mode):
        return refuse("det här är ingen vanlig fil; den läses inte.", "Lägg in en vanlig textfil.")
    if info.st_size > limit:
        # Never "shorten the text": a source is archived unchanged, and a plan is split by body.
        hint = ("Arkivera bara den del av dokumentet som planen gäller, till exempel en nämnds kapitel, oförändrad, "
                "och gör en plan per del." if relative.startswith(SOURCES_DIR + "/") else
                "Dela upp planen i flera, till exempel en per nämnd.")
        return refuse(f"filen är för stor ({grouped(info.st_size)} byte, högst {grouped(limit)}).", hint)
    try:
        return path.read_bytes(), []
    except OSError as exc:
        # Never the system's words (`exc.strerror`): they are English (`Permission denied`).
        if exc.errno in (errno.EACCES, errno.EPERM):
            return refuse("filen får inte läsas: rättighet att läsa den saknas.",
                          "Ge alla rätt att läsa filen (chmod a+r), eller lägg in den igen.")
        return refuse(f"filen kan inte läsas ({os_reason(exc)}).",
                      "Lägg in filen igen.")


def decode_utf8(raw: bytes, shown_as: str) -> tuple[Optional[str], list[LocatedError]]:
    """UTF-8 text (a byte-order mark is allowed) or a located error at the first bad byte."""
    raw = raw[3:] if raw.startswith(b"\xef\xbb\xbf") else raw
    hint = "Spara filen som UTF-8; i GitHubs webbredigerare blir det rätt automatiskt."
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):  # UTF-16's byte-order mark: Notepad's "Unicode"
        return None, [LocatedError(shown_as, 1, 1, "", "filen är sparad som UTF-16, inte som UTF-8.", hint)]
    if b"\x00" in raw[:_SAMPLE] and _utf16_without_mark(raw[:_SAMPLE]):
        # Latin letters saved as UTF-16 without its mark are each a letter and a zero byte:
        # read as UTF-8, a control character U+0000 after every letter.
        return None, [LocatedError(shown_as, 1, 1, "", "filen är sparad som UTF-16 (utan byte-ordningsmärke), inte "
                                   "som UTF-8: varannan byte är noll.", hint)]
    try:
        return raw.decode("utf-8"), []
    except UnicodeDecodeError as exc:
        before = raw[: exc.start]
        line = before.count(b"\n") + 1
        col = len(before.decode("utf-8", "replace")) - len(before[: before.rfind(b"\n") + 1].decode("utf-8", "replace")) + 1
        byte = raw[exc.start]
        # Å, ä and ö saved by an older Windows program are single bytes of Windows-1252.
        # A no-break space or a soft hyphen, cited, would show as a space or nothing between the marks: it is named.
        said = _LEGACY_UNSEEN.get(byte) or cited(bytes([byte]).decode("cp1252"))
        legacy = (f"; den är {said} i den äldre kodningen Windows-1252"
                  + (" (Latin-1)" if byte in _LEGACY_LETTERS else "") if byte in _LEGACY_LETTERS | _LEGACY_MARKS else "")
        return None, [LocatedError(shown_as, line, col, "", f"filen är inte giltig UTF-8 (byte 0x{byte:02x}){legacy}.",
                                   hint)]


_LEGACY_LETTERS = frozenset("åäöÅÄÖéü".encode("cp1252"))
# A word processor's quotation marks, dashes, ellipsis and bullet, most often a copied text's first
# byte of Windows-1252 (its own, not Latin-1's): named as `byte 0x94` alone, they were not told as such.
# Swedish's own quotation marks (»»), the section sign of a decision's paragraph (§ 12), the degree
# sign and the euro sign too: as often a Swedish text's first such byte, and told `byte 0xbb` alone.
# A word processor's no-break space (before a unit, inside a number: `10\u00a0000`) and soft hyphen
# (where a long word may break: `förskole\u00adverksamhet`), told `byte 0xa0` and `byte 0xad` alone as
# well; they are named, as cited they show as nothing a reader can see.
_LEGACY_UNSEEN = {0xA0: "ett hårt mellanslag (U+00A0)", 0xAD: "ett mjukt bindestreck (U+00AD)"}
_LEGACY_MARKS = frozenset("”“’‘–—…•»«§°€".encode("cp1252") + bytes(_LEGACY_UNSEEN))
_SAMPLE = 4096  # bytes read to tell UTF-16 without its mark


def _utf16_without_mark(sample: bytes) -> bool:
    """Whether most of every other byte is zero and few of the rest, as in UTF-16 text of
    Latin letters (a file of zeros, or UTF-32, is not)."""
    halves = sample[0::2], sample[1::2]
    return len(sample) >= 8 and any(zeros.count(0) > len(zeros) * 0.6 and letters.count(0) < len(letters) * 0.1
                                    for zeros, letters in (halves, halves[::-1]))


# A character refused where it stands is named at its first places in a file; the rest are
# counted in one more line, so that a file full of one such character does not flood the log.
NAMED_PLACES = 5


def _named_places(chars: list[str]) -> list[tuple[int, int]]:
    """Which places of refused characters (`chars`, one per place, in order) are named: each
    character's first NAMED_PLACES, as (index, 0), and its next, as (index, how many places
    are left from there), unless that is the only one left, which is named like the others."""
    total = collections.Counter(chars)
    seen: collections.Counter[str] = collections.Counter()
    named = []
    for index, char in enumerate(chars):
        seen[char] += 1
        if seen[char] <= NAMED_PLACES or total[char] == NAMED_PLACES + 1:
            named.append((index, 0))
        elif seen[char] == NAMED_PLACES + 1:
            named.append((index, total[char] - NAMED_PLACES))
    return named


def read_document(root: Path, relative: str) -> tuple[Document, list[LocatedError]]:
    """Read one YAML file strictly. Returns the document (root None if unreadable) and errors."""
    raw, errors = read_bytes(root, relative, MAX_FILE_BYTES)
    if raw is None:
        return Document(relative, None, ""), errors
    return parse_document(relative, raw)


def parse_document(relative: str, raw: bytes) -> tuple[Document, list[LocatedError]]:
    """The raw tree of one YAML file's bytes, and every problem found reading it."""
    reader = _Reader(relative, raw)
    return _document(reader, _checked_text(reader))


def _document(reader: _Reader, text: Optional[str]) -> tuple[Document, list[LocatedError]]:
    """The raw tree of a file whose text `_checked_text` gave (None: not UTF-8), and every
    problem found reading it."""
    if text is None:
        return Document(reader.path, None, ""), reader.errors
    node = reader.parse(text) if not reader.errors else None
    if reader.errors and node is None:
        reader.syntax_past_tabs(text)
    return Document(reader.path, node, text, reader.dropped), reader.errors + reader.kept_tree


def _checked_text(reader: _Reader) -> Optional[str]:
    """The file's text, with what its bytes and characters break in `reader.errors`; None
    if it is not UTF-8."""
    text = reader.decode()
    if text is not None:
        if "\r" in text:  # counted as YAML counts lines: CRLF and a lone CR are each one break
            text = normalise_newlines(text)
        reader.check_characters(text)
        if not reader.errors:
            reader.check_flow_depth(text)
        if reader.kept_tree:  # refused characters the file is still read with
            text = reader.checked_text = _indents_without_refused(text)
    return text


def read_source(root: Path, relative: str, cache: Optional["LoadCache"] = None) -> tuple[Optional[SourceText], list[LocatedError]]:
    """An archived source text: a regular UTF-8 file in the repository, size-capped."""
    raw, errors = read_bytes(root, relative, MAX_SOURCE_BYTES)
    if raw is None:
        return None, errors
    return (cache or _NO_CACHE).lookup(("source", relative), raw, lambda: _source_text(relative, raw))


# What an archived text may not hold, although it is kept as the document has it: characters
# that reorder the text around them on its page (direction marks), hide a text (tag
# characters), break HTML (control characters other than the tabs and line and page breaks
# that Word and pdf texts hold) or are no character at all. The rest of its invisible
# characters (soft hyphens from a pdf …) are harmless on the page, and the quote check
# passes over them.
_SOURCE_REFUSED = lazy_regex.compile(f"[{''.join(sorted(_BIDI))}\x00-\x08\x0e-\x1f\x7f-\x84\x86-\x9f"
                             f"{_NONCHARACTERS_BMP}{_LOST}{_ABOVE_BMP}]")  # above: as `_REFUSED`
_TAGS = lazy_regex.compile(f"[{_TAG_CHARACTERS}]")


def _refused_in_source(char: str) -> bool:
    return char < "\U00010000" or bool(_TAGS.match(char) or _NONCHARACTER.match(char))


def _source_text(relative: str, raw: bytes) -> tuple[Optional[SourceText], list[LocatedError]]:
    text, errors = decode_utf8(raw, relative)
    if text is None:
        return None, errors
    text = normalise_newlines(text)
    refused = [found for found in _SOURCE_REFUSED.finditer(text) if _refused_in_source(found.group())]  # not an emoji
    for index, rest in _named_places([found.group() for found in refused]):
        found = refused[index]
        line_start = text.rfind("\n", 0, found.start()) + 1
        message, hint = _refusal(found.group(), "")  # type: ignore[misc]
        if rest:
            message = (f"tecknet U+{ord(found.group()):04X} står på {rest} ställen till i filen, från och med här; "
                       "de visas inte var för sig.")
        errors.append(LocatedError(relative, text.count("\n", 0, line_start) + 1, found.start() - line_start + 1,
                                   "", message, hint))
    # The quotes are checked against the text as it will be once the characters are taken
    # out, as their hints say: a character there hides no other error, nor makes one. Where a
    # letter was lost (U+FFFD) the text to come is not known, so its quotes wait for it.
    if any(found.group() == _LOST for found in refused):
        return None, errors
    ends = [0] + [end for found in refused for end in (found.start(), found.end())] + [len(text)]
    return SourceText("".join(text[ends[at]:ends[at + 1]] for at in range(0, len(ends), 2))), errors


class LoadCache:
    """What each file's bytes gave when last read, for a process that loads the same tree
    again and again (`mkdocs serve`): a file whose bytes are unchanged is not parsed, typed
    or normalised again. The key is the file's content, never its time stamp, so an edit
    is always seen. Files are still read (and checked to be regular files) every time.
    What a file gave is kept for the day it was read on (`as_of`): a retrieval date is refused
    as in the future by that day, and the message names it.
    """

    def __init__(self, enabled: bool = True):
        self.enabled = enabled
        self._known: dict[tuple, tuple[bytes, Any]] = {}
        self._day: Optional[datetime.date] = None
        self.misses: list[str] = []  # the files read afresh by the last load, for tests
        self.new_day = False  # the last load read every file again, the day having changed, not the files

    def as_of(self, day: datetime.date) -> None:
        """Forget every file if the build's day is no longer the one they were read on."""
        self.new_day = day != self._day and bool(self._known)
        if day != self._day:
            self._known.clear()
            self._day = day

    def lookup(self, key: tuple, raw: bytes, compute):
        if not self.enabled:
            return compute()
        digest = hashlib.sha256(raw).digest()
        known = self._known.get(key)
        if known is not None and known[0] == digest:
            return known[1]
        self.misses.append(key[1])
        value = compute()
        self._known[key] = (digest, value)
        return value


_NO_CACHE = LoadCache(enabled=False)


# --- located model objects ---------------------------------------------------------------
@dataclass(frozen=True)
class Position:
    line: int
    col: int
    key_line: int  # where the key of a mapping entry is (same as line for list entries)
    key_col: int
    field: str  # the field path as written in the file, e.g. sections[0].items[3].quote


@dataclass
class Loaded(Generic[M]):
    """A file's typed content, with its raw tree for the position of every field in it.

    `complete` is False when the schema refused parts of the file: the parts it refused
    (list entries with errors) are left out of `value`, so that the other checks can still
    report every independent error; such a value is never rendered. So it is when a key of a
    registry was written twice (`Mapping.dropped`): its other values are not in `value` either.
    """

    path: str
    text: str
    value: M
    # The (possibly pruned) raw tree `value` was typed from. None for a complete file, which
    # is typed from plain data (`plain_data`) and may come from a worker: read from `text`
    # when a position is asked for.
    tree: Optional[AnyNode]
    complete: bool = True
    refused_quotes: list["RefusedValue"] = field(default_factory=list)  # quotes of entries the schema refused
    refused_topics: list["RefusedValue"] = field(default_factory=list)  # and their topics
    refused_ids: list["RefusedValue"] = field(default_factory=list)  # and the entries' own ids
    refused_municipalities: list["RefusedValue"] = field(default_factory=list)  # and a registry entry's municipality
    refused_locators: list["RefusedValue"] = field(default_factory=list)  # and their locators
    refused_figures: list["RefusedFigure"] = field(default_factory=list)  # and their figures with their quotes
    refused_items: list["RefusedItem"] = field(default_factory=list)  # and the items' kinds, texts and topics
    refused_statuses: list["RefusedValue"] = field(default_factory=list)  # and the promises' status blocks
    refused_unstated: list["RefusedValue"] = field(default_factory=list)  # and the kinds of promises without one
    refused_follow_ups: list["RefusedValue"] = field(default_factory=list)  # and the items' follows_up
    refused_entries: tuple[str, ...] = ()  # where each refused entry was, as written (`sections[2].tables[0].rows[0]`)
    # Where the salvage put a stand-in for a refused value, or left a refused optional one out
    # (`_stand_in`): the value is not the file's, so no check may report on it.
    stood_in: frozenset[tuple] = frozenset()
    # The top-level fields that unknown keys were taken for ("okänt fält 'yaer'. Menade du
    # 'year'?"), unless their values are plainly something else (`_accepted`): the dating rule
    # counts one as given where the file gives none.
    misspelt: frozenset[str] = frozenset()
    # A key was written twice somewhere in the file (`Mapping.dropped`): what its other values
    # held is in no list of the file (an entry whose dash was lost).
    keys_twice: bool = False
    # An entry of a list of ids may be missing from it (`Refused.ids_lost`): refused without its
    # id, or lost with its list; where it stands among the ids is not known.
    ids_lost: bool = False
    # The texts over lines that read lines of fields as theirs (a `quote: >-` moved left with
    # its text, `yaml_syntax.swallowed_text`): what those fields held is in no list of the file,
    # so the file is not compared with its source's list items (`checks.texts_waited_for`).
    swallowed: tuple[SwallowedText, ...] = ()
    # The lines that end in CRLF (saved on Windows, or uploaded from there): the first one's
    # number and how many, (0, 0) for none. `text` has LF, as every position is counted, and
    # `checks.warn_crlf` says so.
    crlf: tuple[int, int] = (0, 0)

    def __getstate__(self) -> dict:
        # A worker that read the file sends it without the tree of a complete file (half of
        # what it sends): that tree is exactly what reading `text` again gives, and most
        # files never need a position. A refused file's tree was pruned, so it goes along.
        state = dict(self.__dict__)
        if self.complete:
            state["tree"] = None
        return state

    def _raw_tree(self) -> AnyNode:
        if self.tree is None:  # the text is decoded and checked already: only the parse is left
            self.tree = _Reader(self.path, b"").parse(self.text)
        return self.tree

    def _find(self, loc: tuple) -> tuple[Position, bool]:
        """The position of `loc`, or of the deepest part of it the file has, and whether
        the file has all of it. Found when asked: most fields never need a position."""
        tree = self._raw_tree()
        node, key_mark, shown = tree, None, []
        for part, node, key_mark in _steps(tree, loc):
            shown.append(_as_written(part, node))
        where = Position(node.line, node.col, *(key_mark or (node.line, node.col)), field_path(tuple(shown)))
        return where, len(shown) == len(loc)

    def position(self, loc: tuple) -> Position:
        return self._find(loc)[0]

    def error(self, loc: tuple, message: str, hint: str = "", key: bool = False) -> LocatedError:
        where, whole = self._find(loc)
        line, col = (where.key_line, where.key_col) if key else (where.line, where.col)
        return LocatedError(self.path, line, col, where.field if whole else field_path(loc), message, hint)


def archive_of(plan: Loaded) -> Optional[str]:
    """The archived source a plan names; None where the schema refused its `source` or the
    `archive` in it and the salvage read a stand-in (`_stand_in`), which no rule may read as
    the party office's: its quotes wait for a source, as a missing one's do."""
    if ("source",) in plan.stood_in or ("source", "archive") in plan.stood_in:
        return None
    return plan.value.source.archive


def _as_written(part: Any, node: AnyNode) -> Any:
    """A step of a place in the raw tree as messages name it: a list entry by its index as
    written, which pruning refused entries does not change."""
    return node.index if isinstance(part, int) and node.index >= 0 else part


@dataclass(frozen=True)
class RefusedValue:
    """A quote, topic, id or locator of a list entry the schema refused, where the file has
    it: the entry is pruned before typing, but its quote is still checked against the source
    and counted as covering it, its topics against the registry, its id against the others
    and its locator against the source's places, so one round of fixes is enough."""

    text: str
    line: int
    col: int
    field: str  # as written, e.g. sections[1].items[0].quote or sections[1].items[0].topics[0]
    bare: bool = False  # a quote that may be short: a table row's, an indicator's, an excluded passage's
    judged: bool = True  # False: a quote the schema refused itself, which only counts for coverage

    def error(self, path: str, message: str, hint: str = "") -> LocatedError:
        return LocatedError(path, self.line, self.col, self.field, message, hint)


@dataclass(frozen=True)
class RefusedFigure:
    """A figure of a list entry the schema refused (a table row's value, an indicator's), with
    the quote it must stand in: checked like a typed entry's, so that a table refused for its
    `decimal` does not hide a figure its row's quote lacks until the next round."""

    figure: RefusedValue  # the figure as written
    number: Decimal  # its value, read as the schema reads it (`model.figure_as_written`)
    mark: Optional[str]  # the decimal mark declared, or the figure's own if the declared one is refused
    quote: str
    quote_line: int
    prose: bool  # an indicator's quote, not a table row's


@dataclass(frozen=True)
class RefusedItem:
    """An item the schema refused, as the rule on the topics its text names reads it: its
    kind, its text and the topics it carries, as written. Kept only where none of them was
    refused itself."""

    kind: str
    text: RefusedValue
    topics: tuple[str, ...]


def _prune(root: AnyNode, errors: list[dict], refused: "Refused") -> list[dict]:
    """Remove from the raw tree every list entry that holds a schema error (keeping the
    quotes, topics and ids they held in `refused`); return the errors outside any list entry."""
    doomed: dict[int, tuple[Sequence, int, tuple]] = {}  # entry -> its list, index and place
    faulty: set[int] = set()  # values the schema refused themselves (a quote among them is not checked)
    outside = []
    for error in errors:
        node, followed, _ = node_at(root, tuple(error["loc"]))
        faulty.add(id(node))
        parent, cut, place = None, None, ()
        current: AnyNode = root
        for depth, part in enumerate(followed):
            if isinstance(current, Sequence):
                parent, cut, place = current, part, tuple(followed[:depth + 1])
                current = current.items[part]
            else:
                current = current.entries[part][2]
        if parent is None:
            outside.append(error)
            continue
        doomed[id(parent.items[cut])] = (parent, cut, place)
    for parent, cut, place in doomed.values():
        steps = list(_steps(root, place))
        if not any(id(node) in doomed for _, node, _ in steps[:-1]):  # not inside a refused entry
            # A refused row's figures are read with its table's mark.
            mark = next((node.entries["decimal"][2] for _, node, _ in reversed(steps[:-1])
                         if isinstance(node, Mapping) and "decimal" in node.entries), None)
            refused.keep(parent.items[cut], tuple(_as_written(part, node) for part, node, _ in steps), faulty, mark)
    for parent, cut, _ in sorted(doomed.values(), key=lambda entry: -entry[1]):
        del parent.items[cut]
    return outside


@dataclass
class Refused:
    """What the entries the schema refused still hold for the rules (`RefusedValue`)."""

    quotes: list[RefusedValue] = field(default_factory=list)
    topics: list[RefusedValue] = field(default_factory=list)
    ids: list[RefusedValue] = field(default_factory=list)  # an item's or table's own id
    municipalities: list[RefusedValue] = field(default_factory=list)  # an actor's municipality
    locators: list[RefusedValue] = field(default_factory=list)  # and its locator
    figures: list[RefusedFigure] = field(default_factory=list)
    items: list[RefusedItem] = field(default_factory=list)
    statuses: list[RefusedValue] = field(default_factory=list)  # a promise's status, where its block is
    unstated: list[RefusedValue] = field(default_factory=list)  # a promise's kind, where it has no status
    follow_ups: list[RefusedValue] = field(default_factory=list)  # an item's follows_up
    entries: list[str] = field(default_factory=list)  # each refused entry's place, as written
    # The values under keys taken for `quote` (`qoute:`, `citat:`: `_quotes_misspelt`), which cover
    # what they quote as a quote does: the list item was also told to be missing from the plan.
    quotes_misspelt: frozenset[int] = frozenset()
    # An entry of a list of ids (`_entry_list`) was refused without its id (none, or a wrong
    # one), or the file has a fault outside its lists' entries (a list misspelt, missing or no
    # list, an unknown key among the entries): an entry may be missing from the lists.
    ids_lost: bool = False

    def keep(self, entry: AnyNode, written: tuple, faulty: set[int], mark: Optional[AnyNode] = None) -> None:
        """Keep what a refused subtree at `written` (a place as written) holds for the rules."""
        self.entries.append(field_path(written))
        ids = len(self.ids)
        for key, kept in (("topics", self.topics), ("id", self.ids), ("locator", self.locators),
                          ("follows_up", self.follow_ups), ("municipality", self.municipalities)):
            kept.extend(value for value, node in _refused_in(entry, written, key, faulty) if id(node) not in faulty)
        self.ids_lost = self.ids_lost or (_entry_list(written) is not None and len(self.ids) == ids)
        # A quote refused itself (too long) is not judged, but what it quotes is covered.
        self.quotes.extend(value if id(node) not in faulty else dataclasses.replace(value, judged=False)
                           for value, node in _refused_in(entry, written, "quote", faulty, self.quotes_misspelt))
        self.figures.extend(_figures_in(entry, written, faulty, mark=mark))
        self.items.extend(_items_in(entry, written, faulty))
        self.statuses.extend(_statuses_in(entry, written))
        self.unstated.extend(_unstated_in(entry, written))


_ENTRY_LISTS = ("items", "tables")  # the lists of a plan whose entries have ids of their own
_REGISTRY_LISTS = tuple(name for name, _ in REGISTRY_FILES)  # and a registry's list, its one field


def _quotes_misspelt(root: AnyNode, schema: type[BaseModel], found: list[dict]) -> frozenset[int]:
    """The values under unknown keys taken for `quote` (`qoute:`, `citat:`: "okänt fält 'qoute'.
    Menade du 'quote'?") in blocks without one: told to be the quote, they cover the list item
    they quote, which was told to be missing from the plan too, with a hint to add it."""
    meant = set()
    for error in found:
        loc = tuple(error["loc"])
        if error["type"] != "extra_forbidden" or _meant_field(str(loc[-1]), _fields_of(schema, loc[:-1])) != "quote":
            continue
        block, followed, _ = node_at(root, loc[:-1])
        if followed == loc[:-1] and isinstance(block, Mapping) and "quote" not in block.entries and loc[-1] in block.entries:
            meant.add(id(block.entries[loc[-1]][2]))
    return frozenset(meant)


def _entry_list(place: tuple) -> Optional[str]:
    """Which of `_ENTRY_LISTS` the entry at `place` is in, also under a misspelt key
    (`tabeller:`, `iterms:`, said as an unknown field): its entries are the file's all the same.
    Or the registry list a registry's entry is in."""
    if len(place) < 2 or not isinstance(place[-1], int) or not isinstance(place[-2], str):
        return None
    if place[0] in _REGISTRY_LISTS:  # a registry's entries hold no lists of entries
        return place[0] if len(place) == 2 else None
    if place[-2] in _ENTRY_LISTS:
        return place[-2]
    # Closer than `_meant_field`'s hint: `values` and `rows` hold no entries of these lists.
    meant = _SWEDISH_FIELDS.get(as_id(place[-2]))
    close = [meant] if meant in _ENTRY_LISTS else difflib.get_close_matches(place[-2].lower(), _ENTRY_LISTS, n=1, cutoff=0.8)
    return close[0] if close else None


# The fields of a refused list entry kept as its own (`_refused_in`): an item's or table's id and
# locator, and an actor's municipality, judged against the registry in the same round as the
# entry's other fault (`kind: parti` beside `municipality: falu`).
_OWN_FIELDS = ("id", "locator", "municipality")


def _refused_in(node: AnyNode, place: tuple, key: str, faulty: set[int],
                also: frozenset[int] = frozenset()) -> list[tuple[RefusedValue, Scalar]]:
    """What a refused subtree at `place` holds for the rules: its `quote` (or `follows_up`)
    texts, the ids in its `topics` lists (not a list the schema refused itself, under a key it
    does not have), or the `id` or `locator` of each item and table in it. `also`: values under
    other keys taken for `key` (a misspelt `qoute:`)."""
    if isinstance(node, Mapping):
        found = []
        if key in _OWN_FIELDS and _entry_list(place) and key in node.entries:
            own = node.entries[key][2]
            if isinstance(own, Scalar) and isinstance(own.value, str) and own.value:
                found.append((RefusedValue(own.value, own.line, own.col, field_path(place + (key,))), own))
        for name, (_, _, child) in node.entries.items():
            if ((name == key or id(child) in also) and key in ("quote", "follows_up") and isinstance(child, Scalar)
                    and isinstance(child.value, str) and child.value):
                found.append((RefusedValue(child.value, child.line, child.col, field_path(place + (name,)),
                                           short_quote_allowed(place, _has_indicator(node))), child))
            elif name == key == "topics" and isinstance(child, Sequence):
                if id(child) not in faulty:
                    found += [(RefusedValue(topic.value, topic.line, topic.col,
                                            field_path(place + (name, _as_written(index, topic)))), topic)
                              for index, topic in enumerate(child.items)
                              if isinstance(topic, Scalar) and isinstance(topic.value, str) and topic.value]
            elif name not in _OWN_FIELDS:
                found += _refused_in(child, place + (name,), key, faulty, also)
        return found
    if isinstance(node, Sequence):
        return [value for index, child in enumerate(node.items)
                for value in _refused_in(child, place + (_as_written(index, child),), key, faulty, also)]
    return []


def short_quote_allowed(place: tuple, has_indicator: bool) -> bool:
    """Whether the quote of the entry at `place` (a place in the file, as written) may be short:
    a table row's and an indicator's, whose figures are checked instead, and an excluded
    passage's. The one answer for a typed plan's quotes (`checks`) and a refused entry's."""
    return has_indicator or "rows" in place[-2:] or place[:1] == ("excluded",)


def _has_indicator(node: Mapping) -> bool:
    return _given_in(node, "indicator") is not None


def _dropped_quotes(node: AnyNode, place: tuple) -> list[RefusedValue]:
    """The quotes in the values of keys written again (`Mapping.dropped`), anywhere in the
    tree: an entry's second `quote:`, or the fields of entries whose dashes were lost, which
    a block keeps only once. Each key's error names the slip; the quotes are still the file's."""
    if isinstance(node, Sequence):
        return [quote for index, child in enumerate(node.items)
                for quote in _dropped_quotes(child, place + (_as_written(index, child),))]
    if not isinstance(node, Mapping):
        return []
    found = []
    for name, child in node.dropped:
        if name == "quote" and isinstance(child, Scalar) and isinstance(child.value, str) and child.value:
            found.append(RefusedValue(child.value, child.line, child.col, field_path(place + (name,)),
                                      short_quote_allowed(place, _has_indicator(node))))
        else:
            found += [value for value, _ in _refused_in(child, place + (name,), "quote", set())]
    for name, (_, _, child) in node.entries.items():
        found += _dropped_quotes(child, place + (name,))
    return found


def _figures_in(node: AnyNode, place: tuple, faulty: set[int], quote: Optional[Scalar] = None,
                mark: Optional[AnyNode] = None) -> list[RefusedFigure]:
    """The figures of a refused subtree at `place` that are figures as written (a table row's
    `values`, a measure's `value`), each with the quote of its row or item and its decimal
    mark: the nearest `quote` and `decimal` around it. A figure the schema refused itself, or
    whose quote or mark it refused, is left to its own error."""
    if isinstance(node, Sequence):
        return [figure for index, child in enumerate(node.items)
                for figure in _figures_in(child, place + (_as_written(index, child),), faulty, quote, mark)]
    if not isinstance(node, Mapping):
        return []
    if "quote" in node.entries:
        # Only a list entry's own quote (an item's, a row's): a block that stands where a list
        # belongs (`items:` whose dashes were lost) holds fields of several entries.
        own = node.entries["quote"][2]
        quote = own if isinstance(own, Scalar) and place and isinstance(place[-1], int) else None
    if "decimal" in node.entries:
        mark = node.entries["decimal"][2]
    found = []
    for name, (_, _, child) in node.entries.items():
        if name in ("values", "value"):
            written = child.items if name == "values" and isinstance(child, Sequence) else [child]
            for index, figure in enumerate(written):
                # A figure's index as written: one refused before it is pruned already.
                at = place + ((name, _as_written(index, figure)) if name == "values" else (name,))
                found += _refused_figure(figure, at, faulty, quote, mark, prose=name == "value")
        else:
            found += _figures_in(child, place + (name,), faulty, quote, mark)
    return found


def _refused_figure(figure: AnyNode, place: tuple, faulty: set[int], quote: Optional[Scalar],
                    mark: Optional[AnyNode], prose: bool) -> list[RefusedFigure]:
    if not (isinstance(figure, Scalar) and isinstance(figure.value, str) and id(figure) not in faulty
            and quote is not None and isinstance(quote.value, str) and quote.value and id(quote) not in faulty):
        return []
    from .model import figure_as_written  # as in _read_plans: imported when used

    written = figure_as_written(figure.value)
    if written is None:
        return []  # null, an empty cell: nothing to find
    number, own = written
    if not prose and figure.value.strip().startswith("+"):
        number = Plus(number)  # a table's figure with its plus, as `model.TableFigure` reads it
    declared = mark.value if isinstance(mark, Scalar) and mark.value in (",", ".") else None
    if mark is not None and id(mark) in faulty:
        declared = own  # `decimal: komma`: whichever mark is meant, the figure's must be it
    elif own is not None and own != declared:
        return []  # a mark not declared: the figure's own error says so
    return [RefusedFigure(RefusedValue(figure.value.strip(), figure.line, figure.col, field_path(place)),
                          number, declared, quote.value, quote.line, prose)]


def _items_of(node: AnyNode, place: tuple) -> Iterator[tuple[tuple, Mapping]]:
    """Each item (an entry of an `items` list, also under a misspelt key) in a refused
    subtree at `place`, with its place as written."""
    if isinstance(node, Sequence):
        for index, child in enumerate(node.items):
            yield from _items_of(child, place + (_as_written(index, child),))
    elif isinstance(node, Mapping):
        if _entry_list(place) == "items":
            yield place, node
        else:
            for name, (_, _, child) in node.entries.items():
                yield from _items_of(child, place + (name,))


def _given_in(node: Mapping, name: str) -> Optional[AnyNode]:
    """A block's field as written, None where it is absent or empty (`status:`, `status: null`)."""
    value = node.entries.get(name, (0, 0, None))[2]
    return None if value is None or (isinstance(value, Scalar) and value.value is None) else value


def _items_in(node: AnyNode, place: tuple, faulty: set[int]) -> list[RefusedItem]:
    """The items of a refused subtree at `place`, each with its kind, text and topics where
    all of them are as the schema wants them."""
    found = []
    for at, item in _items_of(node, place):
        kind, text = (item.entries.get(name, (0, 0, None))[2] for name in ("kind", "text"))
        topics = item.entries.get("topics", (0, 0, Sequence(0, 0)))[2]
        if (isinstance(topics, Sequence) and id(topics) not in faulty
                and all(isinstance(part, Scalar) and isinstance(part.value, str) and id(part) not in faulty
                        for part in (kind, text, *topics.items))):
            found.append(RefusedItem(kind.value, RefusedValue(text.value, text.line, text.col, field_path(at + ("text",))),
                                     tuple(topic.value for topic in topics.items)))
    return found


def _statuses_in(node: AnyNode, place: tuple) -> list[RefusedValue]:
    """The `status` of each promise in a refused subtree at `place`, where it stands (a rule
    of the plan's kind reads whether one is given, whatever is wrong inside it)."""
    return [RefusedValue("status", status.line, status.col, field_path(at + ("status",)))
            for at, item in _items_of(node, place)
            if (kind := _given_in(item, "kind")) is not None and isinstance(kind, Scalar) and kind.value == "promise"
            and (status := _given_in(item, "status")) is not None]


def _unstated_in(node: AnyNode, place: tuple) -> list[RefusedValue]:
    """The `kind` of each promise with no `status` in a refused subtree at `place` (a rule of
    a follow-up asks for one). A key taken for `status` ("okänt fält 'statu'") is one given:
    its own error names the slip."""
    from .model import Item  # as in _read_plans: imported when used

    fields = list(Item.model_fields)
    return [RefusedValue("promise", kind.line, kind.col, field_path(at + ("kind",)))
            for at, item in _items_of(node, place)
            if (kind := _given_in(item, "kind")) is not None and isinstance(kind, Scalar) and kind.value == "promise"
            and _given_in(item, "status") is None
            and not any(name != "status" and _meant_field(name, fields) == "status" for name in item.entries)]


# The texts a stand-in for a field with a pattern may be: an id's is `x`, an archive's a path
# in sources/. No rule reads either (`Loaded.stood_in`, `archive_of`).
_STAND_IN_TEXTS = ("x", f"{SOURCES_DIR}/x.txt")


def _stand_in_value(annotation: Any, metadata: list = ()) -> Optional[str]:
    """A value the schema accepts for a field's type (and its `metadata`: a pattern), or None
    if there is no simple one. An id's is `x`: the rules that read an id skip a stand-in
    (`Loaded.stood_in`), and the file's quotes and figures are checked all the same."""
    annotation = _unwrap(annotation)
    while get_origin(annotation) is Annotated:
        annotation = get_args(annotation)[0]
    if get_origin(annotation) is Literal:
        return str(get_args(annotation)[0])
    if annotation is str:
        patterns = [rule.pattern for rule in metadata if getattr(rule, "pattern", None)]
        return next((text for text in _STAND_IN_TEXTS if all(re.fullmatch(pattern, text) for pattern in patterns)),
                    None) if patterns else "–"
    if annotation is int:
        return "2000"
    if annotation is datetime.date:
        return "2000-01-01"
    return None


def _stand_in(root: Mapping, errors: list[dict], schema: type[BaseModel], stood_in: set[tuple],
              refused: Refused) -> bool:
    """Put a stand-in value where a field outside any list is wrong, so that the rest of the
    file can still be checked. Only for a salvaged value, which is never shown. A field whose
    stand-in was refused too (`stood_in`: an address is no `–`) is left out if it may be, and
    a wrong field with no stand-in inside an optional block (an `attribution` whose only
    source was refused) takes the block with it. A required list left empty (a plan's only
    section refused) or written as no list (`sections:` whose dashes were lost) stands in
    as entries with stand-ins only; what the written value holds is kept in `refused`, as a
    refused entry's is."""
    left_out: list[tuple] = []
    for error in errors:
        loc = tuple(error["loc"])
        if any(loc[:len(gone)] == gone for gone in left_out):
            continue  # inside a block already left out
        node, current = root, schema
        for part in loc[:-1]:
            if not (isinstance(part, str) and isinstance(node, Mapping) and part in node.entries):
                return False
            field_info = current.model_fields.get(part) if isinstance(current, type) else None
            current = _unwrap(field_info.annotation) if field_info else None
            node = node.entries[part][2]
        name = loc[-1] if loc else None
        if error["type"] == "extra_forbidden" and isinstance(node, Mapping) and name in node.entries:
            # An unknown field (`sumary:`) is reported; the rest is checked. What it holds is the
            # file's all the same (`items:` moved out of its section, with the items' quotes,
            # which would each leave the list item they quote "missing").
            refused.keep(node.entries[name][2], tuple(_as_written(part, step) for part, step, _ in _steps(root, loc)),
                         set())
            node.entries.pop(name)
            continue
        if not (isinstance(node, Mapping) and isinstance(name, str) and isinstance(current, type)
                and issubclass(current, BaseModel) and name in current.model_fields):
            return False
        field_info = current.model_fields[name]
        line, col = (node.entries[name][0], node.entries[name][1]) if name in node.entries else (node.line, node.col)
        value = None if loc in stood_in else _stand_in_value(field_info.annotation, field_info.metadata)
        if value is None and not field_info.is_required():
            node.entries.pop(name, None)
            stood_in.add(loc)  # left out, not the file's either: `dating_inferred: ja` is no `false`
            continue
        stand_in = Scalar(line, col, value) if value is not None else (
            None if loc in stood_in else _stand_in_block(field_info.annotation, line, col)
            or _stand_in_list(field_info, line, col))
        if isinstance(stand_in, Sequence) and name in node.entries:
            refused.keep(node.entries[name][2], tuple(_as_written(part, step) for part, step, _ in _steps(root, loc)), set())
        if stand_in is None:
            block = _optional_block(root, loc, schema)
            if block is None:
                return False
            left_out.append(block)
            continue
        stood_in.add(loc)
        node.entries[name] = (line, col, stand_in)
    return True


def _stand_in_block(annotation: Any, line: int, col: int) -> Optional[Mapping]:
    """A block of stand-ins for a required block written as something else (`source: x.txt`):
    its required fields, each a stand-in; None if one of them has none."""
    model = _unwrap(annotation)
    if not (isinstance(model, type) and issubclass(model, BaseModel)):
        return None
    block = Mapping(line, col)
    for name, field_info in model.model_fields.items():
        if field_info.is_required():
            value = _stand_in_value(field_info.annotation, field_info.metadata)
            if value is None:
                return None
            block.entries[name] = (line, col, Scalar(line, col, value))
    return block


def _stand_in_list(field_info: Any, line: int, col: int) -> Optional[Sequence]:
    """As few entries as a required list of blocks must have, each a block of stand-ins
    (`_stand_in_block`); None if its entries are no blocks or have none."""
    annotation = _unwrap(field_info.annotation)
    if get_origin(annotation) is not list:
        return None
    least = max((rule.min_length for rule in field_info.metadata if isinstance(getattr(rule, "min_length", None), int)),
                default=0)
    blocks = [_stand_in_block(get_args(annotation)[0], line, col) for _ in range(least)]
    return None if None in blocks else Sequence(line, col, blocks)


def _optional_block(root: Mapping, loc: tuple, schema: type[BaseModel]) -> Optional[tuple]:
    """Remove the innermost optional field that holds `loc` (outside any list) from the raw
    tree, and return its place; None if every field on the way is required."""
    node, current, found = root, schema, None
    for depth, part in enumerate(loc[:-1]):
        field_info = current.model_fields.get(part) if isinstance(current, type) and issubclass(current, BaseModel) else None
        if field_info is None or not (isinstance(node, Mapping) and part in node.entries):
            break
        if not field_info.is_required():
            found = (node, part, loc[:depth + 1])
        current, node = _unwrap(field_info.annotation), node.entries[part][2]
    if found is None:
        return None
    parent, part, place = found
    parent.entries.pop(part)
    return place


def _without_misspelled(found: list[dict]) -> list[dict]:
    """A required field written with a typo (`sumary:`) or in Swedish (`rubrik:`) is reported
    once, as the unknown field with "Menade du 'summary'?", not a second time as missing."""
    unknown: dict[tuple, list[str]] = {}
    for error in found:
        if error["type"] == "extra_forbidden":
            written = str(error["loc"][-1])
            names = unknown.setdefault(tuple(error["loc"][:-1]), [])
            names.append(written.lower())
            if (slip := _NAME_BEFORE_SLIP.match(written)) is not None:
                names.append(slip.group(1))
            if as_id(written) in _SWEDISH_FIELDS:
                names.append(_SWEDISH_FIELDS[as_id(written)])
    return [error for error in found if not (
        error["type"] == "missing" and difflib.get_close_matches(
            str(error["loc"][-1]), unknown.get(tuple(error["loc"][:-1]), []), n=1))]


def validate(document: Document, schema: type[M], salvage: bool = False) -> tuple[Optional[Loaded[M]], list[LocatedError]]:
    """Type a raw document with the schema, turning every schema error into a located one.

    With `salvage`, a file the schema refuses in places still yields the rest of it
    (`complete=False`), so checks across files can report their errors too.
    """
    if document.root is None:
        if document.text.strip() and not all(
            line.lstrip().startswith("#") or not line.strip() for line in document.lines
        ):
            return None, []  # unreadable: the reader has reported why
        hint = (RESTORE_REGISTRY if document.path.startswith(REGISTRY_DIR)
                else "Skriv planen som i exemplet i guiden Så lämnar ni in er plan (docs/bidra.md), eller skapa ett "
                     "utkast med python -m generator new.")
        return None, [LocatedError(document.path, 1, 1, "", "filen är tom.", hint)]
    if not isinstance(document.root, Mapping):
        return None, [LocatedError(document.path, document.root.line, document.root.col, "",
                                   "filen ska börja med fält (nyckel: värde), inte en lista eller en text.",
                                   coded("Skriv fälten längst till vänster, ett per rad (`namn: värde`), som i guidens "
                                         "exempel."))]
    # Quotes under a key written twice: checked, and counted for coverage, all the same.
    dropped = _dropped_quotes(document.root, ()) if document.dropped else []
    try:
        value = schema.model_validate(to_data(document.root), context=_dating(document))
        # A key written twice is read once: in a registry, what its other values held (an entry
        # whose dash was lost) is not in the file's value, so no file is compared with it.
        whole = not (document.dropped and document.path.startswith(f"{REGISTRY_DIR}/"))
        return Loaded(document.path, document.text, value, document.root, complete=whole,
                      refused_quotes=dropped, keys_twice=document.dropped), []
    except ValidationError as exc:
        found = exc.errors(include_url=False)
    errors = _once_per_table([_locate(document, schema, error) for error in _without_misspelled(found)
                              if not node_at(document.root, tuple(error["loc"]))[0].refused])
    errors += _faults_across_fields(document, schema, found)
    if not salvage:
        return None, errors
    misspelt = frozenset(meant for error in found if error["type"] == "extra_forbidden" and len(error["loc"]) == 1
                         and (meant := _meant_field(str(error["loc"][0]), list(schema.model_fields)))
                         and _accepted(schema.model_fields[meant].annotation, error.get("input")))
    refused = Refused(quotes=dropped, quotes_misspelt=_quotes_misspelt(document.root, schema, found))
    stood_in: set[tuple] = set()
    for _ in range(5):  # pruning an entry can expose a rule of the enclosing entry
        outside = _prune(document.root, found, refused)
        refused.ids_lost = refused.ids_lost or bool(outside)
        if not _stand_in(document.root, outside, schema, stood_in, refused):
            return None, errors
        try:
            value = schema.model_validate(to_data(document.root), context=_dating(document))
            return Loaded(document.path, document.text, value, document.root, complete=False,
                          refused_quotes=refused.quotes, refused_topics=refused.topics, refused_ids=refused.ids,
                          refused_municipalities=refused.municipalities,
                          refused_locators=refused.locators, refused_figures=refused.figures,
                          refused_items=refused.items, refused_statuses=refused.statuses,
                          refused_unstated=refused.unstated, refused_follow_ups=refused.follow_ups,
                          refused_entries=tuple(refused.entries), stood_in=frozenset(stood_in), misspelt=misspelt,
                          keys_twice=document.dropped, ids_lost=refused.ids_lost,
                          swallowed=tuple(swallowed_texts(document.lines, field_blocks(schema)))), errors
        except ValidationError as exc:
            found = exc.errors(include_url=False)
    return None, errors


# The kind of a figure written with another decimal mark than its table or value declares
# (`model.MarkFault`): a fault of the `decimal`, or its lack, more than of each figure. The
# declared mark follows, so that a missing `decimal` and the other one are told apart.
_MARK_FAULT = "mark_fault"
_SHORT_YEAR = "short_year"  # a year of two digits (`model.ShortYear`)
_SIGNED_MARK = "signed_mark"  # `"+97,7"` where no mark is declared (`model.SignedMark`)
# The faults said once for a group of them: by the group's pattern on the field (its first group
# names the group), the kind of fault, what the message calls the others and the hint names them,
# and what the hint adds. A table has one `decimal` for all its figures; a plan's indicator values
# have one each, but the document one decimal mark, so one slip typed again at each. A plan's
# years of two digits are one way of writing years, typed again at each year field (eight lines
# for a plan's indicators' years).
_MARK_GROUPS = (
    (lazy_regex.compile(r"^(.*\.tables\[\d+\])\.rows\[\d+\]\.values\[\d+\]$"), _MARK_FAULT, "tal till i tabellen",
     ("De andra talen", "Det andra talet"), ("", "")),
    (lazy_regex.compile(r"^()(?:.*\.)?items\[\d+\]\.indicator\.(?:baseline|target)\.value$"), _MARK_FAULT,
     "tal till bland planens indikatorer", ("De andra talen", "Det andra talet"),
     (" Skriv decimal på varje värde för sig.",) * 2),
    (lazy_regex.compile(r"^()(?:.*\.)?(?:year|start|end)$"), _SHORT_YEAR, "årtal med två siffror till i planen",
     ("De andra årtalen", "Det andra årtalet"), (" Skriv vart och ett med fyra siffror.", " Skriv det också med fyra siffror.")),
)


def _once_per_table(errors: list[LocatedError]) -> list[LocatedError]:
    """A table's figures with a decimal mark its table does not declare, said once, at the first,
    with how many more there are: a table without `decimal: ","` gave one line per figure (40
    for the real administration plan's budget; the editor audit). The others are named in the
    hint, on their lines, to be found without a round each. Told apart by the figure's mark
    (a comma's and a point's fixes differ), not by the hint, whose example is each figure's own:
    `12.5` typed for `12,5` under `decimal: ","` was said once a figure. A plan's indicator
    values likewise, once for the plan (`_MARK_GROUPS`), by their mark and the one declared; and
    a plan's years of two digits (`year: 22`), once for the plan. A figure refused for its sign
    or zero as well (`"+97,7"`, told its sign alone where another figure tells the `decimal`) is
    counted and named with the others: the `decimal` written mends its mark too."""
    from .model import SIGNED_AND_MARK, figure_as_written, sign_mended  # as in _read_plans: imported when used

    first: dict[tuple, int] = {}
    others: dict[tuple, dict[int, list[str]]] = {}
    kept = []
    for error in errors:
        group = next(((index, found.group(1)) for index, (pattern, fault, *_) in enumerate(_MARK_GROUPS)
                      if (found := pattern.match(error.field)) and error.kind.startswith(fault)), None)
        if group:
            # The mark, and the one declared, say which fault it is.
            key = (*group, error.kind, (figure_as_written(error.refused or "") or (None, None))[1])
            if key in first:
                others.setdefault(key, {}).setdefault(error.line, []).append((error.col, f"'{error.refused}'"))
                continue
            first[key] = len(kept)
        kept.append(error)
    told = set(first)
    for index, error in enumerate(kept):
        # `"+97,7"` in a table whose `decimal` another figure tells (one with the mark alone, or
        # with a plus before): told the plus alone; told both, the `decimal` was told twice. An
        # indicator's value has a `decimal` of its own, told at each.
        table = _MARK_GROUPS[0][0].match(error.field) if error.kind == _SIGNED_MARK else None
        refused = error.refused or ""
        mended = sign_mended(refused.strip(), True)  # `"+ 97,7"`: its mark as the figure to write has it
        key = (0, table.group(1), _MARK_FAULT, (figure_as_written(mended[1] if mended else refused) or (None, None))[1]
               ) if table else None
        if key in told:
            kept[index] = dataclasses.replace(error, message=error.message.rsplit(SIGNED_AND_MARK[0], 1)[0] + ".",
                                              hint=error.hint.rsplit(SIGNED_AND_MARK[1], 1)[0] + ".")
            if key in first:  # the `decimal` told at another figure mends it too: counted and named there
                others.setdefault(key, {}).setdefault(error.line, []).append((error.col, f"'{refused}'"))
        elif key:
            told.add(key)
    for key, lines in others.items():
        _, _, where, named_as, also = _MARK_GROUPS[key[0]]
        said, extra = kept[first[key]], sum(len(figures) for figures in lines.values())
        # One other is "Det andra talet", not "De andra talen" (plural, singular).
        named_as, also = named_as[extra == 1], also[extra == 1]
        named = listed([f"rad {line} ({', '.join(figure for _, figure in sorted(figures))})"
                        for line, figures in sorted(lines.items())], limit=10)
        kept[first[key]] = dataclasses.replace(
            said, message=said.message.removesuffix(".") + f" (så också {extra} {where}).",
            hint=f"{said.hint} {named_as} står på {named}.{also}")
    return kept


def _faults_across_fields(document: Document, schema: type[BaseModel], found: list[dict]) -> list[LocatedError]:
    """The rules across an entry's fields (an item's risk on a goal, a table's row of too few
    values), for each entry the schema refused for a fault inside it: pydantic checks them
    only on an entry whose every field is right, so they would come one round later. Each
    entry model that has such a rule reads it from the fields as written (`fault_as_written`)."""
    refused = {tuple(error["loc"]) for error in found}
    entries: dict[tuple, type[BaseModel]] = {}
    for loc in refused:
        current: Any = schema
        for depth, part in enumerate(loc):
            current = _unwrap(current)
            if isinstance(current, type) and issubclass(current, BaseModel) and hasattr(current, "fault_as_written"):
                entries[loc[:depth]] = current
            if isinstance(part, int):
                current = (get_args(current) or (None,))[0]
            elif isinstance(current, type) and issubclass(current, BaseModel) and part in current.model_fields:
                current = current.model_fields[part].annotation
            else:
                break
    errors = []
    for place, entry in sorted(entries.items(), key=lambda found_entry: [str(part) for part in found_entry[0]]):
        node, followed, _ = node_at(document.root, place)
        if place in refused or followed != place or not isinstance(node, Mapping):
            continue  # the rule has run (nothing else in the entry is wrong), or the entry is no block
        fault = entry.fault_as_written(to_data(node))
        if fault:
            errors.append(_locate(document, schema, {"type": "value_error", "loc": place, "msg": fault,
                                                     "input": None}))
    return errors


def node_at(root: AnyNode, loc: tuple) -> tuple[AnyNode, tuple, Optional[tuple[int, int]]]:
    """Follow `loc` into the raw tree as far as it goes.

    Returns the deepest node reached, the part of `loc` that was followed, and the mark of
    the last mapping key followed (for pointing at a key rather than its value).
    """
    node: AnyNode = root
    followed: list = []
    key_mark = None
    for part, node, key_mark in _steps(root, loc):
        followed.append(part)
    return node, tuple(followed), key_mark


def _steps(root: AnyNode, loc: tuple) -> Iterator[tuple[Any, AnyNode, Optional[tuple[int, int]]]]:
    """Each part of `loc` the raw tree has, in order: the part, the node it leads to, and the
    mark of its key (None for a list entry)."""
    node = root
    for part in loc:
        if isinstance(node, Mapping) and isinstance(part, str) and part in node.entries:
            line, col, node = node.entries[part]
            yield part, node, (line, col)
        elif isinstance(node, Sequence) and isinstance(part, int) and 0 <= part < len(node.items):
            node = node.items[part]
            yield part, node, None
        else:
            return


# A key with one of these (or none at all) is named in a field's path as `['quote:']`: written
# plainly, `quote:` made the message's field part read `…items[1].quote:: okänt fält 'quote:'`,
# and `a.b` a field `b` of a field `a`.
_NOT_A_NAME = lazy_regex.compile(r"^$|[:.\[\]]")


def path_key(key: str, within: str = "") -> str:
    """`key` as a step of a field's path below `within` (the path so far, or nothing)."""
    if _NOT_A_NAME.search(key):
        return f"{within}['{key}']"
    return f"{within}.{key}" if within else key


# A path that ends at a list's entry (`sections[0]`), not at a key named in brackets (`['a.b']`).
_AT_ENTRY = lazy_regex.compile(r"\[\d+\]$")


def last_name(where: str) -> str:
    """The field a path ends at, as it is written in the file (`quote` of `sections[0].items[1].quote`,
    `topics[0]` of `….topics[0]`); nothing where it ends at a key named in brackets (`['a.b']`),
    whose name no plain step tells."""
    return "" if where.endswith("']") else where.rsplit(".", 1)[-1]


def field_path(loc: tuple) -> str:
    text = ""
    for part in loc:
        text = text + f"[{part}]" if isinstance(part, int) else path_key(str(part), text)
    return text


def _fields_of(model: type[BaseModel], loc: tuple) -> list[str]:
    """The keys allowed at `loc`, found by walking the model's field types."""
    block = _block_at(model, loc)
    return list(block.model_fields) if block else []


def _block_at(model: type[BaseModel], loc: tuple) -> Optional[type[BaseModel]]:
    """The model of the block at `loc`; None where `loc` leads to no block."""
    current: Any = model
    for part in loc:
        current = _unwrap(current)
        if isinstance(part, int):
            args = get_args(current)
            current = args[0] if args else None
        elif isinstance(current, type) and issubclass(current, BaseModel) and part in current.model_fields:
            current = current.model_fields[part].annotation
        else:
            return None
    current = _unwrap(current)
    return current if isinstance(current, type) and issubclass(current, BaseModel) else None


@functools.lru_cache(maxsize=None)
def field_blocks(schema: type[BaseModel]) -> frozenset[frozenset[str]]:
    """The fields of each block `schema` reads, its own and every nested entry's: which
    fields may stand together (`yaml_syntax` offers a misplaced line only a block it fits)."""
    return frozenset(frozenset(model.model_fields) for model in _models_read(schema))


def _models_read(schema: type[BaseModel]) -> Iterator[type[BaseModel]]:
    """`schema` and every model nested in its fields, once each."""
    pending, seen = [schema], set()
    while pending:
        model = pending.pop()
        if model in seen:
            continue
        seen.add(model)
        yield model
        for field in model.model_fields.values():
            nested = [field.annotation]
            while nested:
                annotation = nested.pop()
                if isinstance(annotation, type) and issubclass(annotation, BaseModel):
                    pending.append(annotation)
                else:
                    nested.extend(get_args(annotation))


@functools.lru_cache(maxsize=None)
def held_blocks(schema: type[BaseModel]) -> dict[str, frozenset[str]]:
    """The fields that hold one block of fields in the blocks `schema` reads (`target:`,
    `source:`), each with the fields that block may have: a dash under one is a mistake
    (`yaml_syntax`). A name that holds a list, or blocks of two kinds, anywhere is left out."""
    held: dict[str, set[frozenset[str]]] = collections.defaultdict(set)
    lists: set[str] = set()
    for model in _models_read(schema):
        for name, field in model.model_fields.items():
            annotation = _unwrap(field.annotation)
            if get_origin(annotation) is list:
                lists.add(name)
            elif isinstance(annotation, type) and issubclass(annotation, BaseModel):
                held[name].add(frozenset(annotation.model_fields))
    return {name: next(iter(kinds)) for name, kinds in held.items() if len(kinds) == 1 and name not in lists}


@functools.lru_cache(maxsize=None)
def value_lists(schema: type[BaseModel]) -> frozenset[str]:
    """The fields that hold a list of values (`topics`, `columns`) in the blocks `schema` reads,
    not blocks: `topics: - familjecentral` is told the line to write in brackets (`yaml_syntax`).
    A name that holds anything else anywhere is left out."""
    values, other = set(), set()
    for model in _models_read(schema):
        for name, field in model.model_fields.items():
            annotation = _unwrap(field.annotation)
            entry = _unwrap(get_args(annotation)[0]) if get_origin(annotation) is list and get_args(annotation) else None
            holds_values = entry is not None and not (isinstance(entry, type) and issubclass(entry, BaseModel))
            (values if holds_values else other).add(name)
    return frozenset(values - other)


def _unwrap(annotation: Any) -> Any:
    """Optional[X] → X, keeping list[X] as it is."""
    if get_origin(annotation) is Union:
        args = [a for a in get_args(annotation) if a is not type(None)]
        return args[0] if len(args) == 1 else annotation
    return annotation


def _written_kind(document: Document, loc: tuple) -> Optional[str]:
    """The `kind` the block at `loc` is written with, where it is a plain value, else None."""
    block = node_at(document.root, tuple(loc))[0]
    given = _given_in(block, "kind") if isinstance(block, Mapping) else None
    return given.value if isinstance(given, Scalar) else None


# A figure with a decimal comma a hint offers to write (`skriv talet så: 97,7`, `+97,7`, `skriv det så
# (97,7)`, `skriv bara talet (97,7) här` before a unit, `model._read_without`, `model._parse_number`).
_OFFERED_DECIMAL_COMMA = lazy_regex.compile(r"(?:(?<=så: |så \()|(?<=talet \())[-+\u2212]?[0-9]+,[0-9]+(?=[.)\s]|$)")


def _comma_parts(document: Document, node: Scalar, followed: tuple) -> bool:
    """Whether a figure with a decimal comma written for `node` must be quoted as a hint offers
    it: it stood quoted, or stands in braces or brackets, where `{value: 97,7, …}` is parted at
    the comma (an unknown field '7'). Offered bare, followed literally, it was."""
    stood = document.lines[node.line - 1][node.col - 1:node.col] if node.line <= len(document.lines) else ""
    holder = node_at(document.root, tuple(followed[:-1]))[0]
    return stood in ("'", '"') or (isinstance(holder, (Mapping, Sequence)) and holder.flow)


def _locate(document: Document, model: type[BaseModel], error: dict) -> LocatedError:
    loc = tuple(error["loc"])
    kind = error["type"]
    node, followed, key_mark = node_at(document.root, loc)
    # A missing field is named in full; otherwise name what exists in the file (pydantic
    # appends type tags such as `decimal` to some locations, which are not fields).
    fieldname = field_path(loc if kind == "missing" else followed)
    line, col = node.line, node.col
    if kind == "extra_forbidden" and key_mark:
        line, col = key_mark
    present: frozenset[str] = frozenset()
    if kind == "extra_forbidden" and followed:  # the fields its block has already
        block = node_at(document.root, tuple(followed[:-1]))[0]
        present = frozenset(block.entries) if isinstance(block, Mapping) else frozenset()
    message, hint = _swedish(kind, error, model, followed, node, present)
    if kind == "value_error" and isinstance(node, Scalar) and followed and _comma_parts(document, node, followed):
        hint = _OFFERED_DECIMAL_COMMA.sub(lambda offered: f'"{offered.group()}"', hint)
    if (len(followed) >= 3 and followed[-1] == "status" and followed[-3] == "items"  # an item's, not the plan's
            and (item_kind := _written_kind(document, followed[:-1])) not in (None, "promise")):
        # `status: genomfört` on an item of another kind: the block's hint and the kind's error
        # (`model.KIND_PARTS`) disagreed, and the block written as told was refused again.
        hint = f"Ta bort status: punkten har kind: {item_kind}, och status hör bara till punkter med kind: promise."
    # A field moved left out of its block (`locator:` below its item): where it is.
    if kind == "missing" and isinstance(node, Mapping) and node.entries:
        below = left_below_hint(document.lines, min(entry[0] for entry in node.entries.values()),
                                str(error["loc"][-1]), field_blocks(model))
        hint = below or hint
    if kind == "extra_forbidden" and key_mark:
        # A field of another block (`items:` moved left of its section): where it may belong,
        # not the allowed field it is spelt most like.
        blocks = field_blocks(model)
        moved = moved_field_hint(document.lines, line, blocks, held_blocks(model))
        if moved or any(followed[-1] in block for block in blocks):
            # A field of the file's schema is never taken for another that its block has.
            allowed = _fields_of(model, followed[:-1])
            message = f"fältet '{followed[-1]}' hör inte till det här blocket."
            hint = moved or (allowed_fields(allowed) if allowed else "")
    if kind == "string_pattern_mismatch" and tuple(followed) == ("id",) and document.path.startswith(f"{PLANS_DIR}/"):
        from .model import ID_PATTERN  # as in _read_plans: imported when used

        # A plan's id is its file's name: the example made of the value (`Bergby A plan` →
        # `bergby-a-plan`) led the hint audit into "stämmer inte med filnamnet".
        stem = PurePosixPath(document.path).stem
        if re.fullmatch(ID_PATTERN, stem):
            hint = id_hint(stem) + " Det är filens namn utan .yaml, som en plans id ska vara."
    if (kind == "literal_error" and tuple(followed) == ("status",) and document.path.startswith(f"{PLANS_DIR}/")
            and _top_level(document, "kind") == "promise-follow-up"):
        from .model import FOLLOW_UP_STATUS, said

        # A follow-up has one status (`checks.check_follow_up_status`): the closest value
        # ("Menade du 'adopted'?") led the hint audit into that rule's error.
        hint = said(FOLLOW_UP_STATUS[1]) + " " + said(FOLLOW_UP_STATUS[0])
    if kind == "string_pattern_mismatch" and followed and followed[-1] == "follows_up" \
            and document.path.startswith(f"{PLANS_DIR}/"):
        hint = _reference_in_plan(document, error.get("input"), hint)
    if _in_typographic_quotes(node):
        hint = (f"Ta bort {node.value[0]} och {node.value[-1]} runt värdet: YAML räknar bara raka citattecken (\" och ') "
                "som citattecken. " + hint).strip()
    from .model import MarkFault, ShortYear, SignedMark  # as in _read_plans: imported when used

    value = error.get("input")
    # The model's own type of error, where it has one, is the kind later steps go by (`_once_per_table`).
    fault = (error.get("ctx") or {}).get("error")
    marked = (f"{_MARK_FAULT} {fault.declared or ''}".rstrip() if isinstance(fault, MarkFault)
              else _SIGNED_MARK if isinstance(fault, SignedMark)
              else _SHORT_YEAR if isinstance(fault, ShortYear) else kind)
    return LocatedError(document.path, line, col, fieldname, message, hint, kind=marked,
                        refused=value if isinstance(value, str) else None)


# The field a party office most likely meant when it wrote a field's name in Swedish (keys as
# `swedish.as_id` writes them: `ämnen` → `amnen`); suggested only where that field belongs.
_SWEDISH_FIELDS = {
    "citat": "quote", "amne": "topics", "amnen": "topics", "sammanfattning": "summary", "ar": "year",
    "artal": "year", "kalla": "source", "avsnitt": "sections", "punkt": "items", "punkter": "items",
    "typ": "kind", "aktor": "actor", "parti": "actor", "kommun": "municipality", "namnd": "body",
    "omrade": "body", "titel": "title", "rubrik": "heading", "detalj": "detail", "detaljer": "detail",
    "lage": "status", "tabell": "tables", "tabeller": "tables", "kolumner": "columns", "rader": "rows",
    "varden": "values", "enhet": "unit", "adress": "url", "lank": "url", "hamtad": "retrieved",
    "utgivare": "publisher", "foljer-upp": "follows_up", "skal": "reason", "orsak": "reason",
    "undantag": "excluded", "utelamnat": "excluded", "indikator": "indicator", "bildtext": "caption", "var": "locator",
}


# Fields a hurried office adds for what the plan holds elsewhere: a page number, which is an
# entry's `locator` (`sida 3`), and a municipality's names in other languages, which are its
# entry's in the registry. "Tillåtna fält här: …" alone left it to guess where either goes.
_PAGE_FIELDS = frozenset({"page", "pages", "p", "pg", "s", "sid", "sida", "sidan", "sidor", "sidnummer", "sidnr"})
PAGE_LOCATOR = code("locator: sida 3")  # in messages only: the editors' schemas never say it


def _a_date_for_no_date(value: object, block: Optional[type[BaseModel]], meant: Optional[str]) -> bool:
    """Whether an unknown field's `value` is a date (`mars 2026`, `2026-03-01`, `5/3/2026`) and the
    field its name is closest to, `meant`, holds none: `published: mars 2026` asked "Menade du
    'publisher'?", and so written, the date stood as the document's publisher. A name like no
    field's is one in a block with a field that a date goes in (`_DATE_HOMES`): the plan's own
    `published: mars 2026` beside `year:` was told no more than the fields allowed. Not a year's
    field, which holds the date's year (`strat: 2024-03-01` of a period, told "Ta bort 'strat'",
    lost the period its first year)."""
    if block is None or not isinstance(value, (str, datetime.date)):
        return False
    if meant is None and _DATE_HOMES.isdisjoint(block.model_fields):
        return False
    if meant is not None and meant not in block.model_fields:
        return False
    annotation = _unwrap(block.model_fields[meant].annotation) if meant else None
    while get_origin(annotation) is Annotated:
        annotation = get_args(annotation)[0]
    if annotation in (datetime.date, int):
        return False
    from .model import written_as_a_date  # as in _read_plans: imported when used
    return isinstance(value, datetime.date) or written_as_a_date(value)


def _belongs_elsewhere(written: str, allowed: list[str], present: frozenset[str]) -> str:
    """Where an unknown field's content goes instead, or nothing."""
    if as_id(written) in _PAGE_FIELDS:
        if "locator" in present:
            return f"Sidan skrivs i {code('locator')}, som blocket redan har, t.ex. {PAGE_LOCATOR}: ta bort '{written}'."
        if "locator" in allowed:
            return f"Sidan skrivs i {code('locator')}, t.ex. {PAGE_LOCATOR}: byt '{written}' mot {code('locator')}."
        return (f"Sidan anges för varje punkt, i punktens {code('locator')}, t.ex. {PAGE_LOCATOR}: ta bort '{written}' "
                "här.")
    if as_id(written).replace("_", "-") == "other-names" and "other_names" not in allowed:
        return (f"{code('other_names')} är en kommuns officiella namn på minoritetsspråk och står vid kommunen i "
                f"{REGISTRY_DIR}/municipalities.yaml (guiden, avsnittet ”Nytt parti på webbplatsen”): ta bort fältet här.")
    return ""


def _in_typographic_quotes(node: AnyNode) -> bool:
    """`actor: ”eskilstuna-l”`, pasted from a word processor: the quotes are part of the value."""
    value = node.value if isinstance(node, Scalar) else None
    return bool(value) and len(value) > 1 and value[0] in TYPOGRAPHIC_QUOTES and value[-1] in TYPOGRAPHIC_QUOTES


def _echo(value: object) -> str:
    """A value as a message shows it: as written, spaces and all (they may be what is wrong),
    each line break as `↵` (a value's empty line broke the message's line `file:line:col:
    field: message` in two), cut at 80 characters."""
    text = LINE_BREAK.sub("↵", str(value))
    return text if len(text) <= ECHOED else text[:ECHOED - 1] + "…"


# What ends a line: for `str.splitlines` and so for an editor, which shows the rest on the next.
LINE_BREAK = lazy_regex.compile("\r\n|[\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029]")


ECHOED = 80


# What is wrong and how to fix it, for faults said without the value too: by the editors'
# schemas (`schema._swedish_messages`) in the same words as `validate`, their code spans marked
# (`errors.coded`) for the job summary, in backticks in the schemas.
NOT_A_TEXT = ("här ska det stå en text", "Skriv texten direkt efter kolonet; sätt den inom citattecken om den innehåller kolon.")
NOT_A_LIST = ("här ska det stå en lista", coded("Skriv varje post på en egen rad som börjar med `- `."))
NOT_A_BLOCK = ("här ska det stå ett block med fält (nyckel: värde)", "Skriv fälten indragna på raderna under.")
A_LIST_NOT_A_BLOCK = (f"{NOT_A_BLOCK[0]}, inte en lista",
                      coded("Ta bort strecket (`- `) framför det första fältet och dra in alla fälten lika långt."))
NOT_AN_ADDRESS = ("ingen giltig webbadress", "Skriv hela adressen med https:// först och utan mellanslag.")
# An address copied without its scheme (`www.mp.se/vasteras`) or with spaces typed as spaces:
# the address to write, as the browser's address bar gives it.
_HOST_FIRST = lazy_regex.compile(r"[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}(?:[/?#]\S*)?", re.I)
# A document's file name (`valplattform-2026.pdf`) reads as a host whose last part is its type:
# no such address exists, and `https://valplattform-2026.pdf` passed validate as a dead link.
_DOCUMENT_TYPES = DOCUMENT_TYPES
_FILE_NAME = lazy_regex.compile(rf"[^/?#:]+\.{_DOCUMENT_TYPES}", re.I)
# A file's path on a computer (`C:\Users\kd\plan.pdf`, `Dokument\plan.pdf`): a drive or a backslash.
_FILE_PATH = lazy_regex.compile(rf"(?:[a-z]:[\\/]|[^\\:]*\\)[^?#:]*\.{_DOCUMENT_TYPES}", re.I)
# So too a path from the top, the home folder or a folder (`/Users/kd/plan.pdf`, `~/Dokument/plan.pdf`,
# `Dokument/plan.pdf`, whose first part has no dot), and a file's address in the browser
# (`file:///C:/Users/kd/plan.pdf`, a PDF opened from the computer): told to write the whole
# address with https:// first, `https://` before it was refused as no site's.
_LOCAL_FILE = lazy_regex.compile(rf"(?:(?:file:/*(?:[a-z]:)?|~)?/|(?!localhost/)[^\s/\\:.?#@]+/)[^?#:]*\.{_DOCUMENT_TYPES}",
                                 re.I)
# A page or a remark written after the address (`https://x.se/plan.pdf (sidan 3)`), or anything
# after a document's name: no part of the address, which was offered with them as `%20(sidan%203)`.
_PAGE_WRITTEN = r"(?:s|sid|sida|sidan|sidor|sidorna|p|pp|page|pages|pg)\.?\s*(?P<page>\d+(?:\s*[-–]\s*\d+)?)"
# A space in the host is no %20: no host has one.
_WITH_HOST = r"https?://[^\s/?#]+(?:[/?#].*?)?"
# A comma or a semicolon before the page or the remark is no part of the address (`…plan.pdf, sida 3`).
_AFTER_ADDRESS = (lazy_regex.compile(rf"(?P<address>{_WITH_HOST})(?<![,;])[,;]?\s+(?:[(\[]?\s*{_PAGE_WRITTEN}\s*[)\]]?\.?|\(.*\)"
                             r"|\[.*\])", re.I),
                  lazy_regex.compile(rf"(?P<address>https?://[^\s/?#]+[/?#].*?\.{_DOCUMENT_TYPES})[,;]?\s+\S.*", re.I))


# The scheme typed otherwise than a browser shows it (`HTTPS://`, `https:/`, `https//`,
# `https:\\`), before an address's host: the general hint ("med https:// först") read as though
# it stood there.
_SCHEME_TYPED = lazy_regex.compile(r"(?P<scheme>https?)(?P<colon>:?)(?P<slashes>[/\\]*)(?P<rest>[^/\\\s:].*)", re.I | re.S)
_VALID_ADDRESS = lazy_regex.compile(URL_PATTERN)


def _scheme_mended(text: str) -> tuple[str, str]:
    """`text` with its scheme written as a browser shows it (`https://`), and what was wrong
    with it as the hint says it (`med små bokstäver`); the text as it is and "" where the
    scheme is as it should be or there is none (a colon or two slashes tell one). Backslashes
    (`https:\\bergby.se\\plan.pdf`, a Windows path's) are slashes, as a browser reads them:
    offered as they stood, the address validate accepted linked to no site."""
    found = _SCHEME_TYPED.fullmatch(text)
    slashes = found["slashes"].replace("\\", "/") if found else ""
    if not found or not (found["colon"] or slashes == "//"):
        return text, ""
    wrong = [said for said, is_wrong in (
        ("små bokstäver", found["scheme"] != found["scheme"].lower()),
        ("kolon", not found["colon"]),
        ("två snedstreck", slashes != "//"),
        ("/ i stället för \\", "\\" in found["slashes"] + found["rest"])) if is_wrong]
    scheme = f"{found['scheme'].lower()}://"
    return scheme + found["rest"].replace("\\", "/"), f"{scheme} med {listed(wrong)}" if wrong else ""


def no_site(where: str, scheme_to_write: bool = False) -> str:
    """The hint to an address whose host has no dot (`https://intranet/plan`): no site on the
    web. `where` the host stands: after the scheme as written, `http://` too, where it was told to
    stand after https://; or first (`intranet/start`), with the scheme to write."""
    return (f"Det som står {where} är ingen webbplats: en sådan har en punkt i namnet, som bergby.se. Skriv hela "
            f"adressen{', med https:// först,' if scheme_to_write else ''} som webbläsarens adressfält visar den.")


# A value of no scheme whose first part, before a slash, has no dot, of no document's name
# (`intranet/start`; `Dokument/plan.pdf` is a file's path, `_LOCAL_FILE`): told to write the whole
# address with https:// first, written so it was refused as no site's (`escape.no_web_host`).
_NO_SITE_FIRST = lazy_regex.compile(r"(?!localhost/)[^\s/\\:.?#@]+/[^\s]*", re.I)


def address_hint(value: str, page_in_locator: bool = False, top: Optional[str] = None) -> str:
    """`NOT_AN_ADDRESS`'s hint, with the address to write where the value is one written short,
    with its scheme typed otherwise (`HTTPS://`, `https:/`), or with a page or a remark after
    it: the address alone, and a page, where the field is a plan's source's
    (`page_in_locator`), in its items' `locator`."""
    text, scheme_wrong = _scheme_mended(value.strip())
    if _VALID_ADDRESS.fullmatch(text) and no_web_host(text):
        # `https://C:\Users\kd\plan.pdf`: a drive or a folder for a host, no site's; it passed.
        return _no_site_hint(text, value.strip(), top)
    if scheme_wrong and _VALID_ADDRESS.fullmatch(text) and len(text) <= ECHOED and not no_web_host(text):
        return f"Skriv {scheme_wrong}: {text}"
    if _FILE_PATH.fullmatch(text) or _LOCAL_FILE.fullmatch(text):  # `https://C:\Users\…` passed as a dead link
        return file_not_address(True, top)
    if _FILE_NAME.fullmatch(text):
        return file_not_address(False, top)
    if _HOST_FIRST.fullmatch(text) and len(text) <= ECHOED:
        return f"Skriv hela adressen med https:// först: https://{text}"
    if _NO_SITE_FIRST.fullmatch(text):
        return no_site("före det första snedstrecket", scheme_to_write=True)
    after = next(filter(None, (pattern.fullmatch(text) for pattern in _AFTER_ADDRESS)), None)
    if after and len(after["address"]) <= ECHOED:
        address = after["address"]
        spaces = ", med mellanslagen som %20, som webbläsarens adressfält gör" if " " in address else ""
        page = (f"Sidan hör inte till adressen: den skrivs i varje punkts {code('locator')}, t.ex. {PAGE_LOCATOR}. "
                if page_in_locator and after.groupdict().get("page") else "")
        if no_web_host(address):  # `https://intranet/plan.pdf (sidan 3)`: the address alone was refused next
            return page + _no_site_hint(address, address, top)
        return f"{page}Skriv bara adressen{spaces}: {address.replace(' ', '%20')}"
    if re.fullmatch(r"https?://[^\s/?#]+[/?#]\S*(?: +\S+)+", text) and len(text) <= ECHOED:
        if no_web_host(text):  # `https://intranet/min plan.pdf`: so too with its spaces as %20
            return _no_site_hint(text, text, top)
        return f"Skriv mellanslagen i adressen som %20, som webbläsarens adressfält gör: {text.replace(' ', '%20')}"
    return NOT_AN_ADDRESS[1]


_ORDINARY_DOTS = str.maketrans(OTHER_DOTS, "." * len(OTHER_DOTS))


def _no_site_hint(address: str, written: str, top: Optional[str]) -> str:
    """The hint to `address` (`written` so, its scheme aside) whose host is no web site's
    (`escape.no_web_host`): a file's path on the computer where its host is a drive or it is
    one, else no site (`no_site`). Offered as an address to write, it was refused next."""
    typed, host = _SCHEME_TYPED.fullmatch(written), address_host(address) or ""
    if any(dot in host for dot in OTHER_DOTS):  # `https://bergby。se`: told it had no dot, which it has
        at = address.index(host)
        dotted = address[:at] + host.translate(_ORDINARY_DOTS) + address[at + len(host):]
        said = "Skriv punkterna i webbplatsens namn som vanliga punkter (.)"
        return f"{said}: {dotted}" if len(dotted) <= ECHOED and not no_web_host(dotted) else said + "."
    if (len(host) == 1 and host.isalpha()) or (typed and _FILE_PATH.fullmatch(typed["rest"])):
        return file_not_address(True, top)
    scheme = address[:address.index("://") + 3]
    if file_as_host(host):  # `https://valplattform-2026.pdf`: a dot, and still no site's
        wanted = "aktörens webbplats" if top == "actors" else "webbplatsen där dokumentet finns"
        return (f"Det som står efter {scheme} är namnet på en fil, ingen webbplats. Skriv hela adressen, med "
                f"namnet på {wanted} efter {scheme}, som webbläsarens adressfält visar den.")
    return no_site("efter " + scheme)


NOT_AN_ARCHIVE = ("ingen giltig sökväg till en källtext", "Skriv t.ex. sources/eskilstuna-v-2026.txt.")
NOT_AN_ID = "inget giltigt id"
# A value outside its bounds, said the same by `validate` (after the value or the length) and
# by the editors' schemas (`schema._bounds_in_swedish`).
TOPIC_TWICE_HINT = "Ta bort det ena; varje ämne räknas en gång per punkt."
# A table's topic twice is told of the table, which is no item (`checks.check_topics_not_repeated`).
TOPIC_TWICE_TABLE_HINT = "Ta bort det ena; varje ämne räknas en gång per tabell."
COLUMN_TWICE_HINT = "Skriv varje kolumn en gång."
# A table's column heading twice (`checks.check_table_columns_once`): ambiguous where a row's
# `approximate` names it, and as the open data's key (`opendata.PRIMARY_KEYS`). A document's
# two columns of one heading are told their group's heading above (`checks._split_header`):
# told only to write each once, the table had a column fewer than its rows' values.
def columns_repeated(times: str = "två") -> str:
    """How often a column heading stands in a table's `columns` (`COLUMNS_TWICE`), said in words."""
    return coded(f"står {times} gånger i tabellens `columns`")


COLUMNS_TWICE = (columns_repeated(),
                 coded("Skriv varje kolumn en gång: två kolumner med samma rubrik går inte att skilja åt, i radernas "
                       "`approximate` eller i de öppna data. Har dokumentets tabell två kolumner med samma rubrik, skriv "
                       "rubriken ovanför var och en i tabellhuvudet före den, som »Plan Budget 2024» och »Utfall Budget 2024»."))


def id_too_long_hint(becomes: str = "en del av adresser på webbplatsen") -> str:
    return f"Välj ett kortare id; det blir {becomes}."


def too_many_entries(most: object) -> tuple[str, str]:
    return f"listan har för många poster (högst {most})", "Dela upp listan."


def too_few_entries(least: int) -> tuple[str, str]:
    return f"listan måste ha minst {count(least, 'post', 'poster')}", coded("Lägg till en post som börjar med `- `.")
NOT_A_REFERENCE = "ingen giltig hänvisning till en punkt"
# Where one value belongs and a list or a block stands: said so, never as Python spells the list.
NOT_ONE_VALUE = "inte en lista eller ett block"
# The date's form, said the same by `validate` whatever the value was (`model.NOT_A_DATE`).
DATE_HINT = "Skriv ÅÅÅÅ-MM-DD, t.ex. 2026-03-01."
NOT_ALLOWED = "inte ett tillåtet värde"


def _not_an_id(value: object) -> str:
    return f"'{_echo(value)}' är {NOT_AN_ID}."


# A language by another standard's code or its common Swedish name: spelt alike, `sme` (Northern
# Sami's three letters) was offered `sma`, Southern Sami, and `sv` `se`. Sami alone names no one
# language of the list.
_LANGUAGE_WORDS = {"sme": "se", "fin": "fi", "yid": "yi", "tornedalsfinska": "fit", "romani": "rom", "romska": "rom",
                   "samiska": None, "smi": None}
# Words a party office may write for an allowed value other than its label, each field's own (by
# the name of its vocabulary in `model`): the hint names the value (`påbörjat` is `partly`, not
# the `not-started` it is spelt most like). A word listed for one field names no value of another
# (`_closest_value`): `bolag`, an actor's `other`, was offered a document's `other` (Annat
# dokument), `utkast`, a document's `proposal`, an item's `proposal`.
_SWEDISH_VALUES = {
    "PROMISE_STATES": {
        "klar": "done", "klart": "done", "uppfyllt": "done", "infriat": "done", "avklarat": "done",
        "delvis": "partly", "påbörjat": "partly", "påbörjad": "partly", "pågår": "partly", "pågående": "partly",
        "startat": "partly", "på gång": "partly", "delvis klart": "partly", "delvis uppfyllt": "partly",
        "ej startat": "not-started", "inte startat": "not-started", "ej påbörjad": "not-started",
        "okänt": "unknown", "okänd": "unknown", "oklart": "unknown", "vet ej": "unknown", "framgår inte": "unknown",
    },
    "PLAN_STATUSES": {"beslutad": "adopted", "beslutat": "adopted", "antaget": "adopted", "fastställd": "adopted",
                      "utkast": "proposal"},
    "PLAN_KINDS": {"valmanifest": "election-platform", "valprogram": "election-platform", "webbsida": "web-platform",
                   "hemsida": "web-platform", "övrig": "other", "övrigt": "other", "övriga": "other"},
    "ITEM_KINDS": {"målsättning": "goal", "nyckeltal": "indicator", "fakta": "fact", "ställning": "statement",
                   "ställningstagande": "statement", "löfte": "promise"},
    # An actor's kind: a company's, an association's or a region's is `other` (Annan aktör).
    "ACTOR_KINDS": {"nämnd": "administration", "nämnden": "administration", "nämndens": "administration",
                    "nämnder": "administration", "partiet": "party", "övrig": "other", "övrigt": "other",
                    "övriga": "other", "förening": "other", "organisation": "other", "företag": "other",
                    "bolag": "other", "region": "other"},
    # A minority language (`other_names`): Swedish is none.
    "MINORITY_LANGUAGES": {**_LANGUAGE_WORDS, "sv": None, "swe": None, "svenska": None},
    # A document's language (`language`), where Swedish and English are two.
    "DOCUMENT_LANGUAGES": {**_LANGUAGE_WORDS, "swe": "sv", "svenska": "sv", "eng": "en"},
}
# Words that name no one value of any field: spelt like one, they were offered another meaning
# (the audit). An item's kind from a commitment's wording, a delay for a status: `remiss` was
# offered `promise`, `försenat` a plan's `proposal`.
_NO_VALUE_WORDS = ("satsning", "inte klart", "ej klart", "verksamhetsplan", "remiss", "interpellation", "försenat",
                   "försenad")


def _without_accents(text: str) -> str:
    """`text` as it is typed on a keyboard without å, ä and ö: `ställning` is `stallning`."""
    return "".join(char for char in unicodedata.normalize("NFD", text) if not unicodedata.combining(char))


# The words as looked up, each field's: typed with or without å, ä and ö (`stallning`).
_SWEDISH_VALUES_UNACCENTED = {field: {_without_accents(word): value for word, value in words.items()}
                              for field, words in _SWEDISH_VALUES.items()}
# Every word listed, for any field or none, as looked up.
_SWEDISH_WORDS = frozenset(_without_accents(word) for words in _SWEDISH_VALUES.values() for word in words) | frozenset(
    _without_accents(word) for word in _NO_VALUE_WORDS)
# A value that says "not" is never offered for one that does not, nor the other way round.
_NEGATIONS = {"inte", "ej", "icke", "ingen", "inget", "inga", "not", "no", "non", "avslagen", "avslaget", "avslag"}


def _negated(text: str) -> bool:
    return not _NEGATIONS.isdisjoint(re.findall(r"[^\W\d_]+", text.casefold()))


def _state_written(value: object) -> Optional[str]:
    """The promise's state a `status:` written as one word means (`status: genomfört` is `done`), or None. It was
    told to write the block's fields on the lines below, and `state: genomfört` so written was refused again."""
    from .model import PROMISE_STATES  # as in _read_plans: imported when used

    if isinstance(value, list) and len(value) == 1:  # `status: [done]`
        value = value[0]
    return _closest_value(value, list(PROMISE_STATES), PROMISE_STATES) if isinstance(value, str) else None


def _closest_value(written: str, expected: list[str], labels: dict[str, str]) -> Optional[str]:
    """The allowed value closest to what was written, also when it was written as its Swedish
    label, a part of it or another Swedish word for it (`valplattform` is `election-platform`,
    `förslag` is `proposal`, `klart` is `done`): the one whose value or label is most alike,
    if any is alike enough and says "not" where what was written says it."""
    folded = " ".join(written.casefold().split())
    typed = _without_accents(folded)
    if typed in _SWEDISH_WORDS:
        meant = _field_words(expected).get(typed)
        return meant if meant in expected else None
    if _names_a_value_elsewhere(typed, expected, labels):
        return None
    letters = re.sub(r"[\W_]", "", folded)  # `notstarted`, `not started` are `not-started`
    same = [value for value in expected if letters and re.sub(r"[\W_]", "", value.casefold()) == letters]
    if same:
        return same[0]
    # A label's parts too: `förvaltningen` is `administration (förvaltning)` (the hint audit).
    candidates = [(value, value) for value in expected] + [
        (text, value) for value, label in labels.items() for text in _label_parts(label)]
    negated = _negated(folded)
    scored = [(_alike(typed, _without_accents(text)), -index, value)
              for index, (text, value) in enumerate(candidates) if _negated(text) == negated]
    ratio, _, value = max(scored, default=(0.0, 0, None))
    return value if ratio >= 0.6 else None


def _field_words(expected: list[str]) -> dict[str, Optional[str]]:
    """The Swedish words of the field whose allowed values are `expected` (`_SWEDISH_VALUES`),
    as looked up; none for a field with no vocabulary of `model`."""
    from . import model  # as in _labels_of: imported when used
    return next((words for name, words in _SWEDISH_VALUES_UNACCENTED.items()
                 if list(getattr(model, name)) == expected), {})


def _label_parts(label: str) -> list[str]:
    """A label and the parts it names (`motion eller initiativ`: `motion`, `initiativ`), folded."""
    folded = label.casefold()
    return list(dict.fromkeys([folded, *re.split(r",\s*|\s+(?:och|eller)\s+", folded)]))


def _names_a_value_elsewhere(typed: str, expected: list[str], labels: dict[str, str]) -> bool:
    """Whether `typed` is another field's label, or a part of one, for a value this field has not
    (`förvaltning`, an actor's kind, as a plan's status; `parti` as a promise's state), and no
    label here has its words: spelt like one of this field's labels, it was offered a value it
    does not mean (`follow-up`, `partly`). `uppföljning` as a document's kind still finds
    `promise-follow-up` (Uppföljning av vallöften)."""
    from .model import VOCABULARIES  # as in _labels_of: imported when used
    elsewhere = {_without_accents(part) for vocabulary in VOCABULARIES for value, label in vocabulary.items()
                 if value not in expected for part in _label_parts(label)}
    here = {_without_accents(word) for label in labels.values() for word in re.findall(r"[^\W\d_]+", label.casefold())}
    return typed in elsewhere and not set(typed.split()) <= here


def _alike(written: str, text: str) -> float:
    """difflib's ratio of the two texts where it can reach 0.6, else 0: a value of 600,000
    letters is compared with the allowed values by length alone (ratio is at most
    2 x the shorter length / both lengths), not letter by letter, which took seconds."""
    matcher = difflib.SequenceMatcher(None, written, text)
    return matcher.ratio() if matcher.real_quick_ratio() >= 0.6 else 0.0


_DATE_OR_NUMBER = lazy_regex.compile(r"^\s*[+-]?\d+([-.,:]\d+)*\s*$")
# The fields a document's date goes in: a source's day of retrieval, how a plan's year was decided.
_DATE_HOMES = frozenset({"retrieved", "dating_note"})


def _accepted(annotation: Any, value: object) -> bool:
    """Whether `value` is meant for a field of type `annotation`: a misspelt key (`yaer: 2024`)
    is taken for the field its hint names, wrong value or not (its own error comes when the
    key is mended), unless the value is plainly something else: a date or a number is no text
    (`date: 2024-05-01` is no `undated`, which explains why there is none)."""
    annotation = _unwrap(annotation)
    while get_origin(annotation) is Annotated:
        annotation = get_args(annotation)[0]
    if annotation is str:
        return isinstance(value, str) and not _DATE_OR_NUMBER.match(value)
    return value is not None


# A field's name with the colon mistyped before the rest of the line (`locator; "Inledning: …"`,
# read as one key up to the colon in the value).
_NAME_BEFORE_SLIP = lazy_regex.compile(r"\s*([A-Za-z_]+)\s*[;,.=]")


def _meant_field(written: str, allowed: list[str]) -> Optional[str]:
    """The field an unknown key stands for: `citat` is `quote`, `URL` is `url`, `yaer` is `year`,
    `locator; "Inledning` is `locator`."""
    if as_id(written) in _PAGE_FIELDS:  # not `id` for `sida`: a page, which `_belongs_elsewhere` places
        return None
    slip = _NAME_BEFORE_SLIP.match(written)
    if slip and slip.group(1) in allowed:
        return slip.group(1)
    meant = _SWEDISH_FIELDS.get(as_id(written))
    close = [meant] if meant in allowed else difflib.get_close_matches(written.lower(), allowed, n=1)
    return close[0] if close else None


def _id_example(loc: tuple) -> str:
    """An id to show where the value gives none (`actor: ''`): one of the field's own kind, not
    a topic's (`hemloshet`) beside `actor`, where the hint then pointed at the wrong registry."""
    names = [part for part in loc if isinstance(part, str)]
    last = names[-1] if names else ""
    if last == "actor" or (last == "id" and "actors" in names):
        return "eskilstuna-v"
    if last == "municipality" or (last == "id" and "municipalities" in names):
        return "eskilstuna"
    if last == "id" and "items" in names:
        return "ingen-sover-ute"
    if last == "id" and "tables" in names:
        return "resultatbudget"
    if last == "id" and "terms" in names:
        return "2022-2026"
    return "hemloshet"


def id_hint(example: str) -> str:
    return f"Använd bara små bokstäver a–z (inte å, ä, ö), siffror och bindestreck, t.ex. {code(example)}."


def field_in_text(text: str, fields: Iterable[str]) -> Optional[re.Match]:
    """Where one of `fields` is written in `text` as a field (`locator: …`): a line indented
    further than its block's fields is read as more of the text above it (`quote: >-`), and
    the field it was meant to be is then missing or empty (the hint audit followed "Lägg till"
    into a field twice). The match's group 1 is the field."""
    return re.search(r"(?:^|\s)(%s):(?:\s|$)" % "|".join(map(re.escape, fields)), text)


def swallowed_by(block: AnyNode, field: str) -> Optional[str]:
    """The field of `block` whose text holds `field: …` (`field_in_text`)."""
    if not isinstance(block, Mapping):
        return None
    return next((key for key, (_, _, value) in block.entries.items()
                 if isinstance(value, Scalar) and isinstance(value.value, str) and field_in_text(value.value, [field])),
                None)


def swallowed_hint(field: str, within: str) -> str:
    """The hint for `field`, which stands in the text of the field `within` (`swallowed_by`)."""
    return (f"{code(f'{field}:')} står i texten i {code(within)}: raden är indragen längre än {code(within)}, och "
            f"läses då som en del av den texten. Flytta {code(f'{field}:')} till samma kolumn som {code(within)}.")


def _top_level(document: Document, field: str) -> Any:
    """A top-level field's value as written (None where the file has no such field)."""
    entries = document.root.entries if isinstance(document.root, Mapping) else {}
    return to_data(entries[field][2]) if field in entries else None


def _dating(document: Document) -> dict[str, int]:
    """The plan's dating as its `retrieved` is read with (`model.dating_context`): a hint never
    offers a retrieval day the document's year then refuses."""
    from .model import dating_context  # as in _read_plans: imported when used

    period = _top_level(document, "period")
    start = period.get("start") if isinstance(period, dict) else None
    return dating_context(_top_level(document, "year"), start, _top_level(document, "kind"))


def _reference_meant(value: str) -> tuple[str, str]:
    """The plan's and the item's id a `follows_up` written otherwise means (`plans/x#y`,
    `x/y`, an address), each as an id; an empty item where it names the plan alone."""
    plan_part, sep, item_part = value.partition("#")
    if not sep:  # `plan/item`, or the plan alone (the hint audit: it was taken for the item)
        whole = "/" not in value or re.search(r"\.ya?ml$", value)  # `plans/x.yaml`: the plan's file
        plan_part, _, item_part = (value, "", "") if whole else value.rpartition("/")
    plan_part = plan_part.rstrip("/").rpartition("/")[2]  # the id at the end of a pasted address
    plan_part = re.sub(r"\.ya?ml$", "", plan_part)  # the plan's file name
    return as_id(plan_part), as_id(item_part)


def _reference_in_plan(document: Document, value: object, hint: str) -> str:
    """The hint for a `follows_up` the schema refused, as the rules on references would say it
    of the reference meant (`checks.check_follow_ups_known`), which wait for a readable one: in a
    document that is no follow-up, and to another actor's plan (the hint audit followed the
    example into those rules' errors)."""
    from .model import FOLLOWS_UP_OUTSIDE_FOLLOW_UP, said

    kind, actor = _top_level(document, "kind"), _top_level(document, "actor")
    if isinstance(kind, str) and kind != "promise-follow-up":
        return said(f"{FOLLOWS_UP_OUTSIDE_FOLLOW_UP[1]}: {FOLLOWS_UP_OUTSIDE_FOLLOW_UP[0]}, och det här dokumentet har "
                    f"kind: {kind}")
    plan_part = _reference_meant(str(value))[0]
    # Another actor's document only where the part is one's id (`<municipality>-<actor>-…`), not `7`.
    if isinstance(actor, str) and plan_part and plan_part.count("-") >= 2 and not plan_part.startswith(f"{actor}-"):
        return (f"En uppföljning följer upp sin egen aktörs löften, och '{plan_part}' är en annan aktörs dokument: "
                f"skriv id:t för ett dokument av aktören {actor} (det börjar med {actor}-), #, och punktens id, eller "
                "ta bort follows_up. En annan aktörs löften följs upp i den aktörens egen uppföljning.")
    return hint


def reference_hint(example: str = "eskilstuna-v-valplattform-2022#harbarge") -> str:
    return ("Skriv dokumentets id, #, och punktens id, med små bokstäver a–z (inte å, ä, ö), siffror och "
            f"bindestreck, t.ex. {code(example)}.")


def _labels_of(expected: list[str]) -> dict[str, str]:
    from .model import VOCABULARIES  # as in _read_plans: imported when used
    return next((vocabulary for vocabulary in VOCABULARIES if list(vocabulary) == expected), {})


def shown_values(expected: list[str]) -> list[str]:
    """Each allowed value with what it means in Swedish (`election-platform (valplattform)`); a
    mark in quotes with its name (`"," (komma)`): written bare, a list of them reads as
    punctuation, and YAML needs the quotes."""
    from .model import DECIMAL_MARKS, labelled_values
    labels = _labels_of(expected)
    return labelled_values(labels) if labels else [f'"{v}" ({DECIMAL_MARKS[v]})' if v in DECIMAL_MARKS else v
                                                   for v in expected]


def not_allowed(expected: list[str]) -> str:
    """What an editor says of a value outside the allowed ones, without the value."""
    from .model import said
    return said(NOT_ALLOWED) + " " + allowed_values(expected)


def allowed_values(expected: list[str]) -> str:
    """The hint naming the values a field allows."""
    from .model import DECIMAL_MARKS
    hint = "Tillåtna värden: " + ", ".join(shown_values(expected)) + "."
    if any(v in DECIMAL_MARKS for v in expected):
        hint += ' Skriv tecknet inom citattecken, t.ex. decimal: ",".'
    return hint


def allowed_fields(allowed: list[str]) -> str:
    """The hint beside an unknown field (`validate`'s and the editors', `schema._fields_in_swedish`)."""
    return "Tillåtna fält här: " + ", ".join(allowed) + "."


def _fill_or_remove(fill: str, remove: str, model: type[BaseModel], loc: tuple) -> str:
    """The hint for a field left empty: a required field is to be filled in, an optional one
    may be removed instead. "ta bort fältet om det är frivilligt" left the writer of `title:`
    to find out which it is, and offered to remove a field the plan cannot do without."""
    required = _required(model, loc)
    if required is None:  # not a field of a block but an entry of a list, which may go from it
        return f"{fill}, eller ta bort den ur listan."
    # "ta bort fältet: det är frivilligt", not "fältet: fältet".
    return f"{fill}; fältet måste vara med." if required else \
        f"{fill}, eller {remove}: {'det' if remove.endswith('fältet') else 'fältet'} är frivilligt."


def _allowed_at(model: type[BaseModel], loc: tuple) -> list[str]:
    """The values the field at `loc` allows, where it allows a fixed few (`kind`, `status`); else none."""
    block = _block_at(model, loc[:-1]) if loc and isinstance(loc[-1], str) else None
    annotation = _unwrap(block.model_fields[loc[-1]].annotation) if block and loc[-1] in block.model_fields else None
    return [str(value) for value in get_args(annotation)] if get_origin(annotation) is Literal else []


def _required(model: type[BaseModel], loc: tuple) -> Optional[bool]:
    """Whether the field at `loc` must be there; None where `loc` names no field of a block."""
    block = _block_at(model, loc[:-1]) if loc and isinstance(loc[-1], str) else None
    return block.model_fields[loc[-1]].is_required() if block and loc[-1] in block.model_fields else None


def missing_said(name: str) -> str:
    """The message for a required field left out (`checks` adds to a missing quote's hint by it)."""
    return f"fältet '{name}' saknas."


def missing_hint(name: str) -> str:
    """How to add the required field `name` that is left out (`validate`'s and the editors')."""
    return f"Lägg till {code(f'{name}: …')} i blocket."


def _as_a_list(name: object, node: AnyNode, model: type[BaseModel], loc: tuple) -> Optional[str]:
    """`topics: familjecentral` as the line to write, `topics: [familjecentral]` (entries parted by
    commas are the list's entries, a decimal comma aside: `topics: [familjecentral, hemloshet]`,
    `values: ["97,7", "63,4"]`; `yaml_syntax.flow_list`), for a list of values written as one text; None for a list of blocks, or a text too long to repeat. "Write
    each entry on a line of its own that begins with `- `" was read as `topics: - familjecentral`
    on one line (the hint audit), as the hint for `actor: [bergby-a]` gives the line without them."""
    from .yaml_syntax import SHOWN_WHOLE, flow_list

    text = node.value.strip() if isinstance(node, Scalar) and isinstance(node.value, str) else ""
    if not text or isinstance(name, int) or len(text) > SHOWN_WHOLE or _block_at(model, tuple(loc) + (0,)):
        return None
    return f"{name}: {flow_list(text)}"


def _swedish(kind: str, error: dict, model: type[BaseModel], loc: tuple, node: AnyNode,
             present: frozenset[str] = frozenset()) -> tuple[str, str]:
    """A Swedish message and a hint for one pydantic error (`present`: for an unknown field,
    the fields its block has)."""
    ctx = error.get("ctx") or {}
    value = error.get("input")
    # The value as a message shows it: a text of 600,000 characters or a number of 20,000
    # digits was echoed whole, in the log, the annotation and the job summary.
    echoed = _echo(value)
    name = loc[-1] if loc else ""
    if kind == "missing":
        missing = error["loc"][-1]
        within = swallowed_by(node, str(missing))
        if within:
            return missing_said(str(missing)), swallowed_hint(str(missing), within)
        # `kind:` left out: "Lägg till `kind: …`" left the writer to find the values it may have.
        allowed = _allowed_at(model, tuple(error["loc"]))
        return missing_said(str(missing)), missing_hint(str(missing)) + (f" {allowed_values(allowed)}" if allowed else "")
    if kind == "extra_forbidden":
        allowed = _fields_of(model, loc[:-1])
        meant = _meant_field(str(name), allowed)
        dated = _a_date_for_no_date(value, _block_at(model, loc[:-1]), meant)
        meant = None if dated else meant  # `published: mars 2026` was asked "Menade du 'publisher'?", a name
        # `rubrik:` beside a `heading:`: the field it means is there already, and "Menade du
        # 'heading'?" followed gave the key twice (the hint audit).
        hint = (f"Blocket har redan '{meant}': ta bort '{name}' om det är samma sak." if meant in present
                else f"Menade du '{meant}'? Skriv kolon och mellanslag direkt efter fältnamnet: {meant}: …"
                if meant and _NAME_BEFORE_SLIP.match(str(name)) else f"Menade du '{meant}'?" if meant else "")
        hint = hint or _belongs_elsewhere(str(name), allowed, present)  # a page number, a municipality's names
        if dated and not hint:
            hint = (f"Ett datum står bara i {code('retrieved')}, dagen då texten hämtades: ta bort '{name}' om det är "
                    "ett annat datum." if "retrieved" in allowed else
                    f"Dokumentets år står i {code('year')} (flera år: {code('period')}); hur året har bestämts, t.ex. "
                    f"av ett datum i dokumentet, skrivs i {code('dating_note')}. Ta bort '{name}'."
                    if "dating_note" in allowed else f"Ta bort '{name}'.")
        hint += (" " if hint else "") + (allowed_fields(allowed) if allowed else "")
        # `body<U+00A0>:` (a hard space pasted before the colon) looks like `body`.
        spaces = [char for char in str(name) if char != " " and unicodedata.category(char) == "Zs"]
        if spaces:
            hint = (f"Fältnamnet innehåller ett mellanslag som inte är ett vanligt mellanslag (U+{ord(spaces[0]):04X}); "
                    "radera det. " + hint)
        return f"okänt fält '{name}'.", hint
    if value is None and kind.endswith("_type"):
        if isinstance(name, int):  # `-` with nothing after it: there is no colon to write after
            return "listpunkten är tom.", "Skriv punktens innehåll efter strecket, eller ta bort raden."
        return "värdet saknas.", _fill_or_remove("Skriv ett värde efter kolonet", "ta bort raden", model, loc)
    if kind == "literal_error":
        expected = re.findall(r"'([^']*)'", ctx.get("expected", ""))
        if value is None:  # `kind:` with nothing after the colon
            return "värdet saknas.", "Skriv ett av de tillåtna värdena efter kolonet: " + ", ".join(shown_values(expected)) + "."
        if isinstance(value, (list, dict)):  # `kind: [party-plan]`: never show Python's spelling of a list
            one = value[0] if isinstance(value, list) and len(value) == 1 and value[0] in expected else None
            return (f"här ska det stå ett värde, {NOT_ONE_VALUE}.",
                    f"Skriv {name}: {one if re.fullmatch(r'[a-z0-9-]+', one) else quoted(one)} utan hakparenteser."
                    if one else allowed_values(expected))
        close = _closest_value(str(value), expected, _labels_of(expected))
        return f"'{echoed}' är {NOT_ALLOWED}.", (f"Menade du '{close}'? " if close else "") + allowed_values(expected)
    if kind == "string_pattern_mismatch":
        if str(name) in ("url",) or "https?" in ctx.get("pattern", ""):
            return f"'{echoed}' är {NOT_AN_ADDRESS[0]}.", address_hint(str(value), page_in_locator=loc[-2:] == ("source", "url"),
                                                                top=str(loc[0]) if loc else None)
        if str(name) == "archive":
            return f"'{echoed}' är {NOT_AN_ARCHIVE[0]}.", NOT_AN_ARCHIVE[1]
        if str(name) == "follows_up":  # `<plan id>#<item id>`: each side is an id of its own
            plan_part, item_part = _reference_meant(str(value))
            # A document's id is `<municipality>-<actor>-…`: `7` is none to put in an example (the review).
            plan_part = plan_part if plan_part and plan_part.count("-") >= 2 else ""
            example = f"{plan_part or 'eskilstuna-v-valplattform-2022'}#{item_part or '…'}"
            return f"'{echoed}' är {NOT_A_REFERENCE}.", reference_hint(example) + (
                "" if item_part else " Efter # står id:t för punkten som följs upp.")
        return _not_an_id(value), id_hint(as_id(str(value)) or _id_example(loc))
    if kind == "string_too_long":
        if str(name) == "id":
            return (f"id:t är för långt ({len(str(value))} tecken, högst {ctx.get('max_length')}).",
                    id_too_long_hint("dokumentets adress" if len(loc) == 1 else
                                     "punktens adress på sidan" if "items" in loc else
                                     "en del av adresser på webbplatsen"))
        # Splitting is advice for an item's text; a name, a title or a note is only shortened.
        split = " eller dela upp den i flera punkter" if "items" in loc and str(name) in ("text", "detail") else ""
        return (f"texten är för lång ({grouped(len(str(value)))} tecken, högst {ctx.get('max_length')}).",
                f"Korta texten{split}.")
    if kind == "string_too_short":
        return "texten får inte vara tom.", _fill_or_remove("Skriv en text", "ta bort fältet", model, loc)
    if kind in ("too_long",):
        what, hint = too_many_entries(ctx.get("max_length"))
        return f"{what}.", hint
    if kind in ("too_short",):
        what, hint = too_few_entries(ctx.get("min_length"))
        return f"{what}.", hint
    if kind in ("int_parsing", "int_type", "int_from_float"):
        example = "3" if str(name) in ("probability", "consequence") else "2024"
        if isinstance(value, (list, dict)):  # `year: [2024]`: never show Python's spelling of a list
            return f"här ska det stå ett heltal, {NOT_ONE_VALUE}.", f"Skriv ett enda tal, t.ex. {name}: {example}."
        return f"'{echoed}' är inget heltal.", f"Skriv bara siffror, t.ex. {example}."
    if kind == "int_parsing_size":  # more digits than Python reads as a number
        return (f"talet har för många siffror ({len(str(value).strip())}).",
                "Kontrollera värdet mot dokumentet och skriv det med bara dess siffror.")
    if kind in ("greater_than_equal", "less_than_equal", "greater_than", "less_than"):
        bound = ctx.get("ge", ctx.get("le", ctx.get("gt", ctx.get("lt"))))
        from .model import out_of_range  # as in _read_plans: imported when used
        what, hint = out_of_range(kind.startswith("greater"), bound)  # greater: the value is below the lowest allowed
        return f"{echoed} är {what}.", hint
    if kind in ("date_from_datetime_parsing", "date_parsing", "date_type"):
        if isinstance(value, (list, dict)):  # `retrieved: [2026-03-01]`: never show Python's spelling of a list
            return f"här ska det stå ett datum, {NOT_ONE_VALUE}.", DATE_HINT
        from .model import DATE_PATTERN  # as in _read_plans: imported when used
        if DATE_PATTERN.fullmatch(str(value)):  # the form is right: `2026-02-30`
            return f"'{echoed}' är inget datum i kalendern.", "Kontrollera dag och månad."
        return f"'{echoed}' är inget datum.", DATE_HINT
    if kind in ("bool_parsing", "bool_type"):
        if isinstance(value, (list, dict)):  # `dating_inferred: [true]`: never show Python's spelling of a list
            return f"här ska det stå true eller false, {NOT_ONE_VALUE}.", "Skriv true eller false."
        return f"'{echoed}' är varken true eller false.", "Skriv true eller false."
    if kind in ("list_type",):
        # `– ekonomi` on each line, pasted with a word processor's dash: one text, or fields
        # named `– title`, where the list was meant.
        first = node.value if isinstance(node, Scalar) else next(iter(node.entries), "") if isinstance(node, Mapping) else ""
        char = list_mark_lookalike(str(first))
        if char is not None:
            return (f"{NOT_A_LIST[0]}, men raderna börjar med {lookalike_said(char)} i stället för bindestreck, så de "
                    f"läses som {'en text' if isinstance(node, Scalar) else 'fältnamn'}.",
                    f"{LOOKALIKE_WHENCE} Byt {lookalike_swap(str(first))} först på varje rad i listan.")
        written = _as_a_list(name, node, model, loc)
        return f"{NOT_A_LIST[0]}.", f"Skriv {written} med hakparenteser." if written else NOT_A_LIST[1]
    if kind in ("model_type", "dict_type", "model_attributes_type"):
        if str(name) == "period":  # `period: 2026-2027`, `period: [2026, 2027]`, `period: 2028`
            years = sorted(re.findall(r"[0-9]{4}", str(value))) or ["2026", "2027"]
            what = f"{A_LIST_NOT_A_BLOCK[0]}." if isinstance(node, Sequence) else f"{NOT_A_BLOCK[0]}."
            if len(years) == 1:  # one year: a period needs its last year too, which only the document knows
                return what, (f"Skriv year: {years[0]} för ett år, eller period: {{start: {years[0]}, end: …}} med "
                              "dokumentets sista år.")
            return what, f"Skriv period: {{start: {years[0]}, end: {years[-1]}}} med dokumentets första och sista år."
        fields = _fields_of(model, loc)
        state = _state_written(value) if "state" in fields else None
        what = f"{A_LIST_NOT_A_BLOCK[0]}." if isinstance(node, Sequence) else f"{NOT_A_BLOCK[0]}."
        if state is not None:  # `status: genomfört`, `status: [done]`
            return what, (f"Skriv läget som {code('state')} i blocket, med {code('note')} om vad texten säger: "
                          f"{code(f'status: {{state: {state}, note: …}}')}.")
        if (isinstance(node, Sequence) and node.flow and len(node.items) == 1 and isinstance(node.items[0], Mapping)
                and node.items[0].entries):
            # `source: [{url: …, archive: …}]`: the block is there, in braces; told to write its
            # fields on the lines below, where taking the brackets away would do. (`[{}]` has
            # none to keep: `source: {}` offered was refused for each field it lacks.)
            shown = ", ".join(f"{key}: …" for key in list(node.items[0].entries)[:2])
            return what, (f"Ta bort hakparenteserna ({code('[ ]')}) och behåll klammerparenteserna ({code('{ }')}): "
                          f"{code(f'{name}: {{{shown}}}')} är ett block med fält.")
        if isinstance(node, Sequence) and node.flow:  # `risk: [4, 5]`, `status: [hög]`: no dash to take away
            return what, (f"Ta bort hakparenteserna ({code('[ ]')}) och skriv fälten indragna på raderna under, "
                          "ett fält per rad (nyckel: värde)." + (" " + allowed_fields(fields) if fields else ""))
        if isinstance(node, Sequence):  # `source:` and `  - title: …`: one field block written as a list entry
            return what, A_LIST_NOT_A_BLOCK[1]
        # `risk: high`: which fields go on the lines below, or the hint leaves the writer guessing.
        return what, NOT_A_BLOCK[1] + (" " + allowed_fields(fields) if fields else "")
    if kind in ("string_type",):
        # `actor: [bergby-a]`: "write the text after the colon" left the brackets where they were,
        # and the same error came back (the hint audit); said as the line to write, as for a value.
        if isinstance(value, list) and len(value) == 1 and isinstance(value[0], (str, int)) and str(value[0]).strip():
            one = str(value[0])
            return (f"{NOT_A_TEXT[0]}, {NOT_ONE_VALUE}.",
                    f"Skriv {name}: {one if re.fullmatch(r'[a-z0-9-]+', one) else quoted(one)} utan hakparenteser.")
        return f"{NOT_A_TEXT[0]}.", NOT_A_TEXT[1]
    if kind in ("value_error", "assertion_error"):
        message = str(error.get("msg", "")).removeprefix("Value error, ").removeprefix("Assertion failed, ")
        if message.startswith(f"'{value}'"):  # the model names the value first: as long as it may be
            message = f"'{echoed}'" + message[len(f"'{value}'"):]
        # The model writes "what is wrong; how to fix it".
        message, _, hint = message.partition("; ")
        if isinstance(value, (list, dict)) and message.startswith(f"'{echoed}'"):  # never Python's spelling of a list
            message = f"här ska det stå ett enda värde, {NOT_ONE_VALUE}"
        from .model import BLANK  # as in _read_plans: imported when used

        if message == BLANK[0]:  # `title: ' '`: the model cannot tell whether its field may be left out
            hint = _fill_or_remove("Skriv en text", "ta bort fältet", model, loc)
        return message.rstrip(".") + ".", (hint[:1].upper() + hint[1:]).rstrip(".") + "." if hint else ""
    if kind.startswith("decimal"):
        if isinstance(value, (list, dict)):  # `value: [1, 2]`: never show Python's spelling of a list
            return f"här ska det stå ett tal, {NOT_ONE_VALUE}.", "Skriv ett enda tal, t.ex. 620,9 eller -46,7."
        return f"'{echoed}' är inget tal.", "Skriv t.ex. 620,9 eller -46,7."
    # A rule without a message of its own here: said in Swedish, never in pydantic's English
    # (nor a list or block in Python's spelling).
    if isinstance(value, (list, dict)):
        return f"här ska det stå ett enda värde, {NOT_ONE_VALUE}.", "Skriv värdet som i exemplet i guiden Så lämnar ni in er plan (docs/bidra.md)."
    return f"'{echoed}' godtas inte här.", "Skriv värdet som i exemplet i guiden Så lämnar ni in er plan (docs/bidra.md)."


def load_file(root: Path, relative: str, schema: type[M]) -> M:
    """One file, typed, or ValidationFailed with its errors (for commands that need a
    single registry rather than the whole site)."""
    document, errors = read_document(root, relative)
    loaded = None
    if not errors:
        loaded, errors = validate(document, schema)
    if errors:
        raise ValidationFailed(errors)
    return loaded.value


# --- everything the site is made of --------------------------------------------------------
@dataclass
class Inputs:
    """Every file the site is made of, typed and located; `errors` holds what loading found."""

    municipalities: Optional[Loaded] = None
    actors: Optional[Loaded] = None
    topics: Optional[Loaded] = None
    terms: Optional[Loaded] = None
    plans: list[Loaded] = field(default_factory=list)
    sources: dict[str, SourceText] = field(default_factory=dict)  # by archive path
    source_files: list[str] = field(default_factory=list)  # every file under sources/
    named_sources: set[str] = field(default_factory=set)  # archives named by any plan file, loaded or not
    # Plan files the schema could not salvage at all (`unloaded_plans`), and the plan files that
    # name no archived text a rule may read (`unread_plans`: those not salvaged, those whose
    # `source` is a stand-in, and those not read where they lie, as `plans/<name>`): the rules
    # on follow-ups and unused sources hold back what may depend on them.
    unloaded_plans: list[str] = field(default_factory=list)
    unread_plans: list[str] = field(default_factory=list)
    errors: list[LocatedError] = field(default_factory=list)
    # An editor's files beside the one it has open (`EDITOR_TEMPORARY`): not read, and warned
    # about (`checks.warn_editor_files`), not refused, so that `make serve` shows the edits of a
    # plan open in vim.
    editor_files: list[str] = field(default_factory=list)

    @property
    def registries_ok(self) -> bool:
        registries = (self.municipalities, self.actors, self.topics, self.terms)
        return None not in registries and all(r.complete for r in registries)


# What an editor writes beside a file it has open, and removes when it closes it: vim's swap
# and undo files (`.x.yaml.swp`) and its test of the folder (`4913`), a backup (`x.yaml~`),
# Emacs's autosave (`#x.yaml#`). Under `make serve` one stopped every preview (the serve audit).
EDITOR_TEMPORARY = lazy_regex.compile(r"\..+\.(?:sw[a-p]|un~)|.+~|#.+#|4913")


def _discover(root: Path, folder: str, wanted: str, errors: list[LocatedError],
              editor_files: Optional[list[str]] = None, actor_ids: Collection[str] = ()) -> list[str]:
    """The files of `folder` named `*<wanted>`; anything else in it is an error, never ignored,
    but an editor's temporary file, which goes into `editor_files` to be warned about. A name
    offered to a source is in its actor's form (`_actors_form`, by `actor_ids`)."""
    base = root / folder
    if not base.is_dir():
        each = "dokument" if folder == PLANS_DIR else "källtext"
        # A file where the folder should be, or a link to a file or to nothing (a pull request can
        # commit one; it was passed over, "OK: 0 planer"): nothing in it is read, and that is said.
        if base.is_symlink():
            errors.append(LocatedError(folder, 1, 1, "", f"{folder} är en symbolisk länk, men ska vara en mapp; inget i den läses.",
                                       f"Ta bort länken (rm {folder}) och lägg filerna i mappen {folder}/, en fil per {each}."))
        elif base.exists():
            errors.append(LocatedError(folder, 1, 1, "", f"{folder} är en fil, men ska vara en mapp; inget i den läses.",
                                       f"Ta bort filen {folder} och lägg filerna i mappen {folder}/, en fil per {each}."))
        return []
    found = []
    for path in _listed(base, folder, errors):
        relative = f"{folder}/{path.name}"
        if path.is_dir():  # a folder named like a plan (`2026.yaml/`) too: the name is not the fault
            errors += _in_subfolder(path, relative, folder, wanted, actor_ids)
        elif editor_files is not None and EDITOR_TEMPORARY.fullmatch(path.name):
            editor_files.append(relative)
        elif path.name.startswith(".") and path.name.endswith(wanted) and (path.name != wanted or folder == SOURCES_DIR):
            # A hidden copy an editor may leave (`.#x.yaml`, `.x.yaml`): read as a plan, it was a
            # second plan with the same id. A plan named `.yaml` is read (its id names it), but
            # `sources/.txt` is hidden as any other: read, it was told that no plan uses it. A plan
            # hidden in sources/ is told where it belongs, as one in plans/ is told its id's name:
            # renamed `x.txt` as the hint said, it was refused again, as a plan.
            errors.append(_plan_saved_as_text(root, relative, path, hidden=True)
                          if folder == SOURCES_DIR and _holds_plan(path) else
                          LocatedError(relative, 1, 1, "", f"{_HIDDEN_FILE}.",
                                       _hidden_hint(base, folder, path, _visible_name(path.name), wanted, actor_ids)))
        elif folder == SOURCES_DIR and _MEANT_NAME[folder].fullmatch(path.name) and _holds_plan(path):
            # A plan saved under a text's name (`x.txt`, `x.txt.yaml`): read as a text, it was
            # said to be unused, or offered `plans/x-txt.yaml`.
            errors.append(_plan_saved_as_text(root, relative, path))
        elif path.name.endswith(wanted):
            found.append(relative)
        elif folder == PLANS_DIR and path.suffix.lower() in (".yml", ".yaml"):
            renamed = f"{_visible_name(path.stem)}{wanted}"
            # The plan's id, or the name in small letters (`Bergby-a.YAML`): the next round
            # refuses capitals in the name too.
            stem = _name_offered(folder, path, path.stem) or path.stem
            errors.append(LocatedError(relative, 1, 1, "", f"filändelsen {path.suffix} läses inte.",
                                       _hidden_hint(base, folder, path, renamed, wanted) if path.name.startswith(".")
                                       else move_to(root, f"{folder}/{stem}.yaml",
                                                    f"Byt namn till {stem}.yaml (små bokstäver).")))
        elif folder == SOURCES_DIR and path.name == "README.md":
            continue
        elif folder == SOURCES_DIR and (document := _DOCUMENT_ENDING.search(path.name)):
            # A pdf is told what a source is, not to be renamed: renamed `.txt`, it is no text. By
            # its name's ending as `archive`'s is read: `x.docx ` (a space after it) and `.pdf` too.
            errors.append(LocatedError(relative, 1, 1, "", f"filen är {DOCUMENT_KINDS[document[0].strip().lower()]}, "
                                                           "som inte läses som källtext.",
                                       _unread_document_hint(root, relative, actor_ids), kind=_DOCUMENT))
        elif folder == SOURCES_DIR and _is_yaml_name(path.name.strip()) and (
                unread := _no_text_with_yamls_ending(root, relative, path, actor_ids)):
            errors.append(unread)
        else:
            ending = _MEANT_NAME[folder].fullmatch(path.name)
            stem = ending["stem"] if ending else None
            yaml_text = folder == SOURCES_DIR and _is_yaml_name(path.name.strip()) and not _holds_plan(path)
            if yaml_text and not ending:
                # A text saved as `x.yaml` is one with the wrong ending, as `x.txt.yaml` is: it was
                # told to be a plan, to be moved to plans/ (and its actor's texts were not said unused).
                # So is YAML that is no plan (`title:` and `summary:` lines alone), which may be one.
                stem = _DATA_ENDINGS.sub("", path.name)
            # `plans/x.txt` or `plans/x` holding a plan, as a text editor or GitHub's saves one without
            # its ending: renamed, not moved to sources/ (nor told to be moved or removed).
            held = folder == PLANS_DIR and not ending and path.suffix.lower() in ("", ".txt") and _plan_id_in(path)
            meant = held or stem and _name_offered(folder, path, stem, actor_ids)
            # A plan in sources/ under any name (`sources/x`, `x.md`) is told where it belongs, as
            # one outside the data folders: told "flytta eller ta bort den här", its text was unused.
            elsewhere = None if held else _belongs_in(root, path, exclude=folder,
                                                       holds_plan=folder == SOURCES_DIR and _holds_plan(path))
            # A text GitHub's editor saved with `.yaml` after its name (`x.txt.yaml`) is not a plan:
            # `_holds_plan` has said so, and it was offered `plans/x-txt.yaml`. In plans/, a plan
            # (`x.yaml `) is one: it was told that it looks like a document's text.
            rename = ("Byt" if not yaml_text else "Den ser ut som dokumentets text, inte som en plan: byt"
                      if _holds_prose(path) else f"{_not_a_plan(root, path)} Är den dokumentets text, byt")
            # Where that name is taken, a name of its own keeps the ending: `x.txt.yaml` beside `x.txt`,
            # told "ge den ett eget namn" alone, was renamed `x-2.txt.yaml` and refused again.
            own = f"annars ge den ett eget namn som slutar på {wanted}" + (", och planen ett eget id efter det"
                                                                          if folder == PLANS_DIR else "")
            hint = (move_to(root, f"{folder}/{meant}{wanted}",
                            f"{rename} namn till {meant}{wanted}; i {folder}/ ligger bara filer som slutar på {wanted}.", own)
                    if meant else f"{elsewhere[1]} I {folder}/ ligger bara filer som slutar på {wanted}." if elsewhere
                    else f"I {folder}/ ligger bara filer som slutar på {wanted}; flytta eller ta bort den här.")
            # A name that folds to nothing (`§§§.TXT`) is one too: a plan naming it offers one after its own.
            errors.append(LocatedError(relative, 1, 1, "", f"filen hör inte hemma i {folder}/ och läses inte.", hint,
                                       kind=_MISNAMED if stem and folder == SOURCES_DIR else
                                       f"{_PLAN_ELSEWHERE}{PLANS_DIR}/{held}.yaml" if held else
                                       _plan_elsewhere(elsewhere)))
    return found


_HIDDEN_FILE = "filens namn börjar med punkt, så den är dold och läses inte"  # a plan's or a source's
_MISNAMED = "misnamed"  # a source refused for its ending (`x.TXT`): a plan's `archive` may name it
_EMPTY = "empty"  # an empty file in sources/ under another name than a text's (`x.yaml`)
_NOT_UTF8 = "not-utf-8"  # a file in sources/ under another name than a text's, no UTF-8 text


def _no_text_with_yamls_ending(root: Path, relative: str, path: Path, actor_ids: Collection[str]
                               ) -> Optional[LocatedError]:
    """The error of `path` in sources/ with YAML's ending (`x.yaml`, `x.txt.yaml`) where it holds
    nothing to rename to a text: empty, a pdf, or bytes that are no UTF-8 text (UTF-16, as
    Notepad's "Unicode" saves it). Each was told that it was a plan, to be moved to plans/, or a
    text, to take `.txt`, which the next run refused as no UTF-8. None where it holds text (a
    plan, a document's text, other YAML) or is not read (a link, too large), which say so."""
    raw, _ = read_bytes(root, relative, MAX_SOURCE_BYTES)
    if raw is None:
        return None
    name = _name_offered(SOURCES_DIR, path, _bare_stem(path.name), actor_ids) or _NAMELESS
    target = f"{SOURCES_DIR}/{name}.txt"
    if not raw.removeprefix(codecs.BOM_UTF8).strip():
        return LocatedError(relative, 1, 1, "", "filen är tom och läses inte.", "Ta bort den." if (root / target).exists()
                            else f"Klistra in dokumentets oförändrade text i den och byt namn till {name}.txt, eller ta "
                                 f"bort den; i {SOURCES_DIR}/ ligger bara filer som slutar på .txt.", kind=_EMPTY)
    if raw.startswith(b"%PDF-"):  # a pdf's first bytes, whatever its name
        return LocatedError(relative, 1, 1, "", f"filen är {DOCUMENT_KINDS['.pdf']}, som inte läses som källtext.",
                            _unread_document_hint(root, relative, actor_ids, name), kind=_DOCUMENT)
    _, faults = decode_utf8(raw, relative)
    if not faults:
        return None
    return dataclasses.replace(faults[0], kind=_NOT_UTF8, hint=move_to(
        root, target, _saved_as_utf8(f"{name}.txt"), "annars spara den som UTF-8 med ett eget namn som slutar på .txt"))


def _saved_as_utf8(name: str) -> str:
    """How to make a file in sources/ that is no UTF-8 text (`_NOT_UTF8`) the text `name`."""
    return (f"Spara den som UTF-8 med namnet {name} (i Anteckningar: Spara som, Kodning UTF-8; i GitHubs webbredigerare "
            f"blir det rätt automatiskt); i {SOURCES_DIR}/ ligger bara filer som slutar på .txt.")


def _named_with_another_ending(root: Path, archive: str, source_errors: list[LocatedError]) -> Optional[LocatedError]:
    """The error of the file in sources/ named as `archive` but for its ending (`x.yaml`, `x.md`,
    `x.TXT` or `x` for `x.txt`, in any capitals: `X.txt` for `x.md`), which is not read; None where
    there is none, or it holds a plan."""
    stem = PurePosixPath(archive).stem.casefold()
    return next((error for error in source_errors if PurePosixPath(error.path).parent.as_posix() == SOURCES_DIR
                 and not error.kind.startswith(_PLAN_ELSEWHERE) and (root / error.path).is_file()
                 and _bare_stem(PurePosixPath(error.path).name).casefold() == stem), None)


def _in_a_folder_of_sources(archive: str, source_errors: list[LocatedError]) -> list[str]:
    """The files of `archive`'s name in folders inside sources/, however deep (`_in_subfolder`), which are not read."""
    name = PurePosixPath(archive).name
    return sorted({error.path for error in source_errors if PurePosixPath(error.path).name == name
                   and PurePosixPath(error.path).parts[0] == SOURCES_DIR and len(PurePosixPath(error.path).parts) > 2})


def _as_held(root: Path, other: LocatedError, actor_ids: Collection[str], *lists: list[LocatedError]) -> LocatedError:
    """`other`, the file `_named_with_another_ending` found, said to be what it holds where that
    is nothing to rename (`_no_text_with_yamls_ending`: empty, a pdf, no UTF-8 text), in each of
    `lists`, whatever its ending: `x.md`, `x.TXT` or `x` in UTF-16 was told to take `.txt`, and
    the next run refused it as no UTF-8 (a pdf too, told to be saved as UTF-8)."""
    if other.kind in (_DOCUMENT, _NOT_UTF8, _EMPTY):
        return other
    held = _no_text_with_yamls_ending(root, other.path, root / other.path, actor_ids)
    for errors in lists if held is not None else ():
        errors[errors.index(other)] = held
    return held or other


def _its_ending(path: str, archive: str) -> str:
    """How `path`, the file `_named_with_another_ending` found, is named beside `archive`, as the
    plan's error goes on after it: in other capitals only (`_same_but_capitals`: `sources/Plan.TXT`
    beside `plan.txt`, which was said to have another ending, where `sources/Plan.txt` was told its
    capitals), with another ending, or without one (`sources/x` was said to have another)."""
    if _same_but_capitals(path, archive):
        return f": {_CAPITALS_DIFFER}"
    return ", med en annan filändelse" if PurePosixPath(path).suffix else ", utan filändelse"


def _same_but_capitals(path: str, other: str) -> bool:
    """Whether two paths name one file in other capitals only (`sources/Plan.TXT` and
    `sources/plan.txt`), the ending's too: Windows and macOS find the file by either, GitHub Pages'
    build (Linux) by its own alone. The one reading of it, for the plan's error and the file's.
    Capitals alone: not `casefold`'s sameness ("groß" and "gross")."""
    return path != other and path.lower() == other.lower()


def _bare_stem(name: str) -> str:
    """A file's name without its ending, or a text's and YAML's (`x.txt.yaml`: `x`)."""
    bare = _DATA_ENDINGS.sub("", name)
    return bare if bare != name else PurePosixPath(name).stem


def _made_the_text(other: LocatedError, target: str, archive: str = "", in_plans: str = "") -> str:
    """What makes `other`, the file `_named_with_another_ending` found, the text `target`, the
    plan's `archive` or its actor's name for it (`_actors_text_path`); and, where that is not
    the `archive` written, the path to write there (`in_plans` naming the plans in the file's own error)."""
    name = PurePosixPath(target).name
    written = "" if target == archive else f" Skriv sedan archive: {target}{in_plans}."
    if other.kind == _DOCUMENT:
        return _document_hint(other.path, target, None if target == archive else in_plans)
    if other.kind == _NOT_UTF8:
        return _saved_as_utf8(name) + written
    if other.kind == _EMPTY:
        return f"Klistra in dokumentets oförändrade text i den och byt namn till {name}.{written}"
    if _same_but_capitals(other.path, archive):
        return f"Byt namn på den till {name}.{written}"  # its reason says that capitals alone differ
    return f"Byt namn på den till {name}; i {SOURCES_DIR}/ ligger bara filer som slutar på .txt.{written}"


def _held_text_hint(other: LocatedError, target: str, archive: str, plans: list[str]) -> str:
    """The hint of `other`, the file `_named_with_another_ending` found, in its own error: what
    makes it the text `target` that `plans` name (`_made_the_text`), said to be theirs but for a
    document (a pdf), whose hint names the text to take from it."""
    made = _made_the_text(other, target, archive, f" i {listed(plans)}")
    if other.kind == _DOCUMENT:
        return made
    if other.kind == _MISNAMED and _same_but_capitals(other.path, archive):
        # As `_other_capitals_hint` tells a file the plan names in other capitals (`sources/Plan.txt`).
        return f"{listed(plans)} skriver den {archive} i archive: {_CAPITALS_DIFFER}. {made}"
    return f"Den är källtexten i {code('archive')} i {listed(plans)}: {made[:1].lower()}{made[1:]}"


def _not_a_plan(root: Path, path: Path) -> str:
    """What YAML in sources/ that is no plan (`title: …` and `summary: …` alone) lacks of one, as
    said to it; one with a plan's `id` and another of its fields is a plan begun (in GitHub's
    editor, in the wrong folder), told where it belongs, as outside the data folders
    (`_FIELDS_OF_A_STRAY_PLAN`): it was told that it was no plan, and to take `.txt` if a text."""
    from .model import Plan, REQUIRED_PLAN_FIELDS  # as in _read_plans: imported when used

    held = _plan_fields_held(path)
    missing = [name for name in Plan.model_fields if name in REQUIRED_PLAN_FIELDS - held]
    lacks = ("den har inget av en plans fält" if len(missing) == len(REQUIRED_PLAN_FIELDS) else
             f"den saknar {len(missing)} av en plans {len(REQUIRED_PLAN_FIELDS)} fält")
    if "id" in held and len(held) >= _FIELDS_OF_A_STRAY_PLAN:
        _, moved = _belongs_in(root, path, exclude=SOURCES_DIR, holds_plan=True)  # type: ignore[misc]
        return f"Den ser ut som en påbörjad plan ({lacks}, som {listed(missing[:3])}). {moved}"
    return f"Den är ingen plan ({lacks}, som {listed(missing[:3])})."


_DOCUMENT = "document"  # a document's own file in sources/ (`x.pdf`): its text is the source
# The documents a party office may put in sources/ for their text, as their messages name them.
DOCUMENT_KINDS = {".pdf": "en pdf", ".doc": "ett Word-dokument", ".docx": "ett Word-dokument",
                  ".odt": "ett OpenDocument-dokument", ".rtf": "ett RTF-dokument"}
_DOCUMENT_ENDING = lazy_regex.compile("(?:" + "|".join(re.escape(ending) for ending in DOCUMENT_KINDS) + r")\s*\Z",
                              re.IGNORECASE)


def _unread_document_hint(root: Path, written: str, actor_ids: Collection[str], name: str = "") -> str:
    """What to do with the document `written` in sources/ (a pdf) that no plan names: its text
    archived at a name of its actor's form (`_actors_form`), or at `<aktörens id>-…` where its
    name begins with no actor's id; removed where that text is there already. Its `name` is
    the one offered where it has another ending than a document's (`x.yaml`)."""
    stem = _DOCUMENT_ENDING.sub("", PurePosixPath(written).name)  # `.pdf` has none: not `<aktörens id>-pdf.txt`
    name = name or _name_offered(SOURCES_DIR, Path(written), stem, actor_ids) or _NAMELESS
    if not any(name.startswith(f"{actor}-") for actor in actor_ids):
        # Which id to put there said plainly: `<aktörens id>` alone was copied into the name as written.
        return _document_hint(written, f"{SOURCES_DIR}/<aktörens id>-{name}.txt ({_WHOSE_ID})")
    target = f"{SOURCES_DIR}/{name}.txt"
    return _text_there_hint(root, written, target) if (root / target).exists() else _document_hint(written, target)


_WHOSE_ID = f"<aktörens id> är id:t i {REGISTRY_DIR}/actors.yaml för partiet eller förvaltningen vars dokument det är"


_WHAT_A_SOURCE_IS = "en källtext är dokumentets text i en .txt-fil."  # said to a pdf in every hint


def _text_there_hint(root: Path, written: str, target: str, plan: str = "") -> str:
    """What to do with the document `written` (a pdf) beside `target`, which may hold its text:
    removed where it does, and where `target` holds another text, its text copied to a path no
    file has (the hint said only the first, and left the second to be guessed); with `archive`
    to write in `plan` where a plan names the document."""
    free = _free_text_path(target.removesuffix(".txt"), lambda path: (root / path).exists())
    return (f"{target} finns redan: håller den dokumentets text, ta bort {written}; {_WHAT_A_SOURCE_IS}"
            + (f" Skriv sedan archive: {target} i {plan}." if plan else "")
            + f" Håller den en annan text, kopiera dokumentets text, oförändrad, till {free} och ta bort {written}"
            + (f", och skriv archive: {free} i {plan}." if plan else "."))


def _document_hint(written: str, target: str, plan: Optional[str] = None) -> str:
    """What to do with the document `written` (a pdf) that a source's text is to be taken from:
    its text copied into `target`; and where a plan names it in `archive`, that path to write
    there, `plan` saying which plan (` i plans/x.yaml`) in the file's own error, empty in the plan's.
    One outside the repository (`/home/…/plan.pdf`, `C:\\…\\plan.pdf`) is the editor's own copy, never
    to be removed."""
    outside = PurePosixPath(written).is_absolute() or PureWindowsPath(written).drive
    removed = "" if outside else f" och ta bort {written}"
    hint = f"Kopiera dokumentets text, oförändrad, till {target}{removed}: {_WHAT_A_SOURCE_IS}"
    return hint if plan is None else f"{hint} Skriv sedan archive: {target}{plan}."


# A plan saved in sources/ or registry/, or as text in plans/ (`x.txt`), whose actor's sources are
# not said to be unused: its error's `kind` is this, then the path it is told to have in plans/.
_PLAN_ELSEWHERE = "plan-elsewhere:"


def _belongs_in(root: Path, path: Path, exclude: str = "", holds_plan: bool = False) -> Optional[tuple[str, str]]:
    """The path a plan (`.yaml`, `.yml`, or any file that `holds_plan`) or an archived text
    (`.txt`) saved in another data folder (`sources/x.yaml`, `plans/x.txt`, `registry/x.yaml`)
    is to have in its own, named as `validate` reads it, and the hint that says so; None for
    another file, or one of `exclude`. (The hint was "flytta eller ta bort den här", and the
    plan's source was said to be unused.)"""
    suffix = path.suffix.lower()
    plan = holds_plan or suffix in (".yaml", ".yml")
    folder, wanted, what = ((PLANS_DIR, ".yaml", "En plan") if plan else
                            (SOURCES_DIR, ".txt", "En källtext") if suffix == ".txt" else (exclude, "", ""))
    if folder == exclude:
        return None
    # A plan's name without a text's ending too: `x.txt.yaml` is `x.yaml`, not `x-txt.yaml`.
    stem = _DATA_ENDINGS.sub("", path.name) if plan else path.stem
    target = f"{folder}/{_readable(folder, path, f'{stem}{wanted}', wanted)}"
    # A file there that is told to take that name (`plans/x.yml`, `plans/X.yaml`) has it as well:
    # moved as told, the one overwrote the other.
    endings = (".yaml", ".yml") if folder == PLANS_DIR else (wanted,)
    twin = next((f"{folder}/{other.name}" for other in sorted((root / folder).glob("*"))
                 if other.stem.lower() == PurePosixPath(target).stem and other.suffix.lower() in endings
                 and other.is_file()), None) if (root / folder).is_dir() else None
    # Not a copy, it is moved there under a name of its own: told "ge den ett eget namn" alone, a
    # plan in sources/ was renamed there, and refused again (the hint audit of session 80).
    otherwise = f"annars flytta den till {folder}/ med ett eget namn" + (", och ge planen ett eget id efter det"
                                                                         if plan else "")
    hint = move_to(root, target, f"{what} hör hemma i {folder}/: flytta den till {target}.", otherwise)
    return target, name_taken(twin, otherwise) if twin else hint


_DATA_ENDINGS = lazy_regex.compile(r"(?:\.(?:txt|ya?ml)\s*)+\Z", re.IGNORECASE)


def _plan_saved_as_text(root: Path, relative: str, path: Path, hidden: bool = False) -> LocatedError:
    """The error of `path` in sources/, a plan (`_holds_plan`) under a text's name (`x.txt`,
    `x.txt.yaml`), or a `hidden` one's (`.x.txt`): where it belongs in plans/, named by its id."""
    target, hint = _belongs_in(root, path, holds_plan=True)  # type: ignore[misc]
    plan = "ser ut som en plan (uppgifter om ett dokument), inte som dokumentets text"
    return LocatedError(relative, 1, 1, "", f"{_HIDDEN_FILE}, och den {plan}." if hidden else
                                            f"filen {plan}, och läses inte som källtext.",
                        f"{hint} I {SOURCES_DIR}/ ligger dokumentets oförändrade text.", kind=f"{_PLAN_ELSEWHERE}{target}")


def _named_text_holding_a_plan(root: Path, error: LocatedError, plans: list[str]) -> LocatedError:
    """`error`, of a text in sources/ that holds a plan (`_plan_saved_as_text`), where `plans`
    name it in `archive`: its content is to be the document's text, and a plan that is not
    in plans/ yet moved there first. (`plans/x.yaml` pasted into its own text was told to remove
    that text, as a copy of the plan, and the plan that its text was not there; of two plans
    naming it, the first alone was named.)"""
    target = error.kind[len(_PLAN_ELSEWHERE):]
    done = ("ersätt innehållet med dokumentets oförändrade text." if (root / target).exists() else
            f"flytta planen till {target} och lägg sedan dokumentets oförändrade text i {error.path}.")
    return dataclasses.replace(error, hint=f"Den är källtexten i {code('archive')} i {listed(plans)}: {done}")


def _plan_elsewhere(elsewhere: Optional[tuple[str, str]]) -> str:
    """The `kind` of a file's error where the file is a plan saved outside plans/ (`_belongs_in`)."""
    return f"{_PLAN_ELSEWHERE}{elsewhere[0]}" if elsewhere and elsewhere[0].startswith(f"{PLANS_DIR}/") else ""


# A plan's own id, on its line at the top of the file (`id: bergby-a-plan-2024`, `"id": …`).
_AN_ID = r"[a-z0-9]+(?:-[a-z0-9]+)*"
_PLAN_ID_LINE = lazy_regex.compile(rf"""^(["']?)id\1[ \t]*:[ \t]*(["']?)(?P<id>{_AN_ID})\2[ \t]*(?:#.*)?$""", re.M)


def _name_offered(folder: str, path: Path, stem: str, actor_ids: Collection[str] = ()) -> Optional[str]:
    """The name, without its ending, to offer a plan or source that is not read for its name or
    place (`x.yaml.txt`, `Bergby A plan.TXT`, `.x.yaml`, `plans/2026/x.yaml`), `stem` being
    the name it was meant to have: one that `validate` then reads, where the hint had offered
    names it refused a round later (`Bergby A plan.txt`). A plan's is its id, which its file's
    name must be (`checks`), where its file says it; else, and a source's, the name in small
    letters and hyphens, in its actor's form (`_actors_form`). None where nothing is left (`!.TXT`)."""
    return (folder == PLANS_DIR and _plan_id_in(path)) or _actors_form(as_id(stem), actor_ids) or None


def _plan_id_in(path: Path) -> Optional[str]:
    """The id on its own line at the top of the plan `path` holds, whatever its name, or its
    top-level mapping's where it is written on one line (`{"id": …}`, as JSON); None where it
    holds none, or is not read (`_text_of_a_plan`)."""
    text = _text_of_a_plan(path)
    found = _PLAN_ID_LINE.search(text)
    if found:
        return found["id"]
    node = _composed(text)
    value = next((value for key, value in node.value if isinstance(key, yaml.ScalarNode) and key.value == "id"),
                 None) if isinstance(node, yaml.MappingNode) else None
    return value.value if isinstance(value, yaml.ScalarNode) and re.fullmatch(_AN_ID, value.value) else None


def _text_of_a_plan(path: Path) -> str:
    """The text of `path`, a file that may hold a plan whatever its name or folder (`_bytes_of_a_plan`),
    with LF line breaks: a plan Notepad saved (CRLF) had no id line."""
    return normalise_newlines(_bytes_of_a_plan(path).decode("utf-8", "replace"))


def _bytes_of_a_plan(path: Path, limit: int = MAX_FILE_BYTES) -> bytes:
    """The bytes of `path`, a file that may hold a plan whatever its name or folder, without a
    byte order mark, at most its first `limit`; none where it is no file (a pipe would never
    end), larger than a plan may be, or a link, which is not read: it may lead out of the
    repository."""
    if not path.is_symlink():
        with contextlib.suppress(OSError):
            if path.is_file() and path.stat().st_size <= MAX_FILE_BYTES:
                with path.open("rb") as file:
                    return file.read(limit).removeprefix(codecs.BOM_UTF8)
    return b""


# A file's first line that is not blank, a comment or `---`, where it begins as a mapping does:
# with a field (`id: …`, or `"id": …` as a converter from JSON writes it) or a flow mapping's
# brace (`{id: …`, `{"id": …`).
_FIRST_LINE_A_FIELD = lazy_regex.compile(rb"""(?:[ \t]*(?:#[^\n]*|---[ \t]*)?\r?\n)*"""
                                 rb"""(?:[ \t]*\{|(["'])[a-z_]+\1[ \t]*:|[a-z_]+[ \t]*:(?:[ \t\r\n]|\Z))""")
_HEAD = 4096  # bytes enough for a plan's first lines, its comments above them with it
# A file holds a plan where it has more than half of a plan's required fields: as a mapping's
# keys, or, where it is no YAML to be read (a bracket left open, a tab), beginning its lines. A
# text may begin a line or two so (`title: Trygghet`), and other YAML may have a plan's `title`
# and `kind`: `sources/x.yaml` with `title:` and `summary:` lines alone was told it was a plan.
# A plan has them all, one being written (`generator new`) too.
_FIELDS_OF_A_PLAN = 6
# Outside the data folders (`docs/x.yaml`, `plan/x.yaml`, `_stray_plans`) a YAML file with two of
# them is one: no other YAML the repository keeps there has two, and a plan begun in GitHub's
# editor (`id`, `actor`, `municipality`, `title` written so far) saved in a folder of its own
# making was told so until the bar for sources/ rose to six; with six it was left in silence.
_FIELDS_OF_A_STRAY_PLAN = 2
# A plan's own fields, which no text of headed lines (`title:`, `summary:`) nor other YAML begins
# with: a plan begun with them (`id`, `actor`, then `municipality`, `title`) is one in sources/
# too, where the bar of six told it that it was no plan (`x.yaml`) or an unused text (`x.txt`).
_A_PLANS_OWN_FIELDS = frozenset({"id", "actor"})


@functools.cache
def _plan_field_keys() -> re.Pattern[bytes]:
    """A plan's required field as a mapping's key at the start of a line, or after a flow
    mapping's `{` or `,`: `id:`, `"id":`, `'id' :`, `{id: …`, `, "actor":…` (JSON needs no space)."""
    from .model import REQUIRED_PLAN_FIELDS  # as in _read_plans: imported when used

    names = "|".join(sorted(REQUIRED_PLAN_FIELDS)).encode()
    return re.compile(rb"""(?:^|[{,]\s*)(?:(["'])(""" + names + rb""")\1[ \t]*:|(""" + names
                      + rb""")[ \t]*:(?=\s|\Z))""", re.M)


def _plan_fields_named(raw: bytes) -> set[bytes]:
    """The plan's required fields that `raw` has as keys (`_plan_field_keys`)."""
    return {found[2] or found[3] for found in _plan_field_keys().finditer(raw)}


def _composed(text: str) -> Optional[yaml.Node]:
    """`text` composed as YAML, without building any value (safely: no tag is run, no alias
    expanded); None where it is no YAML (a syntax error), or nested too deep to be read."""
    try:
        return yaml.compose(text, Loader=_FAST_LOADER or yaml.SafeLoader)
    except (yaml.YAMLError, RecursionError):
        return None


def _holds_plan(path: Path) -> bool:
    """Whether the file `path` unmistakably holds a plan, not a document's text nor other data:
    in sources/ (a plan saved as `sources/x.txt` was read as its own text, and said to be unused)
    and outside the data folders (`docs/x.yaml`, `_stray_plans`). It has most of a plan's
    required fields (`_FIELDS_OF_A_PLAN`, `_plan_fields_held`). A document's
    text is prose, which may have lines such as `Mål: …`, but never reads as such a mapping. A
    plan begun with its own fields (`_A_PLANS_OWN_FIELDS`) is one however few it has so far."""
    held = _plan_fields_held(path)
    return len(held) >= _FIELDS_OF_A_PLAN or _A_PLANS_OWN_FIELDS <= held


def _plan_fields_held(path: Path) -> frozenset[str]:
    """The plan's required fields the file `path` has: the keys of its top-level mapping that
    are, in any of YAML's forms (`"id": …`, `{id: …, actor: …}`), or, where it is no YAML (a
    syntax error), those that begin its lines; none where it does not begin as a mapping. Where
    it names fewer than two at all, those named, unparsed: no plan has so few."""
    from .model import REQUIRED_PLAN_FIELDS  # as in _read_plans: imported when used

    # A mapping's first line first, read alone: looking for a plan's fields in every text in
    # sources/, or parsing it as YAML, cost 0.7 to 2 s a build at 1,000 texts.
    if not _FIRST_LINE_A_FIELD.match(_bytes_of_a_plan(path, _HEAD)):
        return frozenset()
    raw = _bytes_of_a_plan(path)
    named = _plan_fields_named(raw)
    if len(named) < len(_A_PLANS_OWN_FIELDS):  # too few for a plan in any form: not parsed as YAML
        return frozenset(name.decode() for name in named)
    node = _composed(raw.decode("utf-8", "replace"))
    if node is None:
        return frozenset(name.decode() for name in named)
    keys = {key.value for key, _ in node.value if isinstance(key, yaml.ScalarNode)} \
        if isinstance(node, yaml.MappingNode) else set()
    return frozenset(keys & REQUIRED_PLAN_FIELDS)


def _holds_prose(path: Path) -> bool:
    """Whether the file `path` in sources/, saved with YAML's ending (`x.yaml`), holds a
    document's text, not data: it does not begin as a mapping (`_FIRST_LINE_A_FIELD`), and is no
    YAML, YAML that is a single text, or YAML that names none of a plan's fields: a text of
    headed lines (`Mål: Trygghet`) reads as a mapping, and one that begins with a list as a list.
    (Such a text was told that it was a plan, to be moved to plans/, or, beside the plan it is
    the text of, a copy of that plan, to be removed.) An empty file, or one that is not read (a
    link, too large), is not."""
    head = _bytes_of_a_plan(path, _HEAD)
    if not head.strip() or _FIRST_LINE_A_FIELD.match(head):
        return False
    raw = _bytes_of_a_plan(path)
    node = _composed(raw.decode("utf-8", "replace"))
    return node is None or isinstance(node, yaml.ScalarNode) or not _plan_fields_named(raw)


# What a source is named after its actor's id where nothing of its own name is left (`Bergby-A.txt`,
# `§§§.txt`, `.pdf`): `bergby-a-kalla.txt`, in every hint that offers one.
_NAMELESS = "kalla"


def _actors_form(name: str, actor_ids: Collection[str]) -> str:
    """A source's name (small letters and hyphens) in its actor's form, `<actor>-…`: one that is
    an actor's id alone (`bergby-a`) as `bergby-a-kalla`, as `_source_name` names it; a plan's
    `archive` may not name the actor's id alone (`sources/Bergby-A.TXT` was offered `bergby-a.txt`)."""
    return f"{name}-{_NAMELESS}" if name in actor_ids else name


def _listed(base: Path, folder: str, errors: list[LocatedError]) -> list[Path]:
    """The entries of the folder `base` (`folder` as the messages name it), sorted; none when it
    cannot be listed, and that is an error: nothing in it is read, which is never silence. Nor
    when its entries' names can be listed but nothing about them read: a folder without the
    right to open it (`chmod -R 644`), where looking at the first entry stopped the run. Nor
    when the folder is a link (a pull request can commit one): its files were each refused, but
    the listing named what lay where it led (/etc, a home folder) in the log and job summary."""
    if os.path.islink(base):
        errors.append(LocatedError(folder, 1, 1, FOLDER, f"mappen {folder}/ är en symbolisk länk; inget i den läses.",
                                   f"Gör {folder}/ till en vanlig mapp i repot med filerna i (ta bort länken: rm {folder})."))
        return []
    try:
        entries = sorted(base.iterdir())
        if entries:
            with contextlib.suppress(FileNotFoundError):  # removed since it was listed
                entries[0].lstat()
        return entries
    except OSError as exc:
        denied = exc.errno in (errno.EACCES, errno.EPERM)
        errors.append(LocatedError(folder, 1, 1, FOLDER, f"mappen {folder}/ kan inte läsas ({os_reason(exc)}); inget i den läses.",
                                   f"Ge alla rätt att läsa och öppna mappen (chmod a+rx {folder})." if denied
                                   else f"Lägg in mappen {folder}/ igen."))
        return []


_OWN_NAME = "annars ge den ett eget namn, och en plan ett eget id efter det"


def move_to(root: Path, target: str, hint: str, otherwise: str = _OWN_NAME) -> str:
    """`hint`, which gives a file the path `target` (under `root`), unless a file has it
    already: following it would overwrite that one (the hint audit: `x (1).yaml`, `x.yml` or a
    copy in the root was told to take the name of the plan it copies)."""
    return name_taken(target, otherwise) if (root / target).exists() else hint


def name_taken(target: str, otherwise: str = _OWN_NAME) -> str:
    """What to do with a file whose name would be `target`, which another file has."""
    return f"{target} finns redan: är den här filen en kopia av den, ta bort den; {otherwise}."


def _hidden_hint(base: Path, folder: str, path: Path, visible: str, wanted: str,
                 actor_ids: Collection[str] = ()) -> str:
    """What to do with the hidden file at `path` whose visible name would be `visible`: remove
    macOS's metadata (`._x.yaml`, which a copy from a Mac leaves, with or without `x.yaml`),
    an editor's copy beside its original, or a name with nothing left; else take the visible
    name, or rather one `validate` reads (`_name_offered`)."""
    hidden, twin = path.name, (base / visible).is_file()
    if hidden == wanted:  # `sources/.txt`: no name before its ending
        return (f"Filen har inget namn före {wanted}: ge den ett namn som börjar med aktörens id, som "
                f"{folder}/<aktörens id>-…{wanted}, eller ta bort den.")
    if hidden.startswith("._"):
        if twin:
            return (f"Den är macOS-metadata om {folder}/{visible} (en ._-fil, som följer med när filer kopieras "
                    "från en Mac): ta bort den.")
        hint = "Filer vars namn börjar med ._ är macOS-metadata, som följer med när filer kopieras från en Mac: ta bort den."
        if visible == wanted or visible.startswith((".", "_")):
            return hint
        readable = _readable(folder, path, visible, wanted, actor_ids)
        return f"{hint} " + move_to(base.parent, f"{folder}/{readable}",
                                    f"Är den en plan ni har skrivit, byt namn till {readable}.")
    if twin:
        return f"Den är en kopia av {folder}/{visible}, som ett redigeringsprogram kan ha sparat: ta bort den."
    if visible == wanted or visible.startswith((".", "_")):
        return "Ta bort den."
    readable = _readable(folder, path, visible, wanted, actor_ids)
    return move_to(base.parent, f"{folder}/{readable}", f"Byt namn till {readable}.")


def _readable(folder: str, path: Path, visible: str, wanted: str, actor_ids: Collection[str] = ()) -> str:
    """`visible`, the name a hidden or misplaced plan or source would have, as one `validate` reads."""
    offered = _name_offered(folder, path, visible[:-len(wanted)] if visible.endswith(wanted) else visible, actor_ids)
    return f"{offered}{wanted}" if offered else visible


def _moved_hint(base: Path, folder: str, path: Path, wanted: str, actor_ids: Collection[str] = ()) -> str:
    """Where a plan or source in a folder inside `folder` belongs; a hidden one by its visible
    name, and each by a name `validate` reads: never onto a file there, a hidden or an empty name."""
    name = path.name
    visible = _visible_name(name)
    if name.startswith(".") and (base / visible).is_file():
        return f"Den är en kopia av {folder}/{visible}, som ett redigeringsprogram kan ha sparat: ta bort den."
    if visible == wanted or not visible.endswith(wanted) or visible.startswith((".", "_")):
        return "Ta bort den."
    readable = _readable(folder, path, visible, wanted, actor_ids)
    return move_to(base.parent, f"{folder}/{readable}", f"Flytta den till {folder}/{readable}.")


def _visible_name(name: str) -> str:
    """A hidden file's name without what hides it: `.#x.yaml` and `.x.yaml` are copies of `x.yaml`."""
    for hidden_by in (".#", "._", "."):  # an editor's lock or copy, macOS's metadata, a hidden file
        if name.startswith(hidden_by):
            return name[len(hidden_by):]
    return name


MAX_NAMED_IN_SUBFOLDER = 20


def _in_subfolder(path: Path, relative: str, folder: str, wanted: str,
                  actor_ids: Collection[str] = ()) -> list[LocatedError]:
    """A folder inside plans/ or sources/, where nothing is read: each plan or source in it
    is named, with where it belongs (an error on a folder cannot stand beside a line of the
    pull request's diff, and says less), and the folder itself when it holds anything else.
    A folder that is a link is not looked into: it may lead outside the repository."""
    files, other = ([], True) if path.is_symlink() else _files_within(path, wanted)
    files, rest = files[:MAX_NAMED_IN_SUBFOLDER], files[MAX_NAMED_IN_SUBFOLDER:]
    def named(entry: Path) -> str:
        return f"{folder}/{entry.relative_to(path.parent).as_posix()}"

    errors = [LocatedError(named(entry), 1, 1, "",
                           f"filen ligger i en mapp i {folder}/ och läses inte: bara filer direkt i {folder}/ läses.",
                           f"{folder}/{entry.name} finns redan; jämför filerna och behåll den som gäller, direkt i "
                           f"{folder}/." if (path.parent / entry.name).exists() else
                           _moved_hint(path.parent, folder, entry, wanted, actor_ids)) for entry in files]
    if other or not files or rest:
        # The files past those named one by one are named here, never left unsaid (the first 20
        # of an old archive in sources/gamla/ were told, the others not even counted).
        others = "den sista" if len(rest) == 1 else f"de andra {len(rest)}"  # not "de andra 1"
        more = (f" Mappen har {count(len(files) + len(rest), 'fil', 'filer')} som slutar på {wanted}; de {len(files)} "
                f"första nämns var för sig, {others} är {listed([named(entry) for entry in rest], 10)}."
                if rest else "")
        errors.append(LocatedError(relative, 1, 1, FOLDER, f"mappar läses inte i {folder}/.{more}",
                                   f"Lägg filerna direkt i {folder}/, t.ex. {folder}/<aktörens id>-….{wanted.lstrip('.')}"
                                   + (", eller ta bort dem som inte ska vara med." if rest else ".")))
    return errors


def _files_within(path: Path, wanted: str) -> tuple[list[Path], bool]:
    """The regular files named `*<wanted>` in the folder `path` and in the folders within it, in order
    (`sources/a/b/x.txt` was not named, its folder said only to be a folder), and whether it holds
    anything else: a file of another name, a link, which is not followed, or a folder not opened."""
    files, other = [], False
    try:
        for entry in sorted(path.iterdir()):
            if entry.is_dir() and not entry.is_symlink():
                within, held = _files_within(entry, wanted)
                files, other = files + within, other or held
            elif entry.is_file() and not entry.is_symlink() and entry.name.endswith(wanted):
                files.append(entry)
            else:
                other = True
    except OSError:  # a folder that may not be opened, or only listed: said as a folder, whose files are not read
        return [], True
    return files, other


# A name that only its ending keeps from being read: `plan.yaml.txt` (Notepad adds .txt),
# `källa.TXT`, `källa.txt.yaml` (as GitHub's editor may save a text), or a space after the
# ending. Renaming is the fix, not removing the file; a plan saved so is told where it belongs.
_MEANT_NAME = {
    PLANS_DIR: lazy_regex.compile(r"(?P<stem>.+?)\.(?:yaml|yml)(?:\.txt)?\s*", re.IGNORECASE),
    SOURCES_DIR: lazy_regex.compile(r"(?P<stem>.+?)(?:\.txt)+(?:\.ya?ml)?\s*", re.IGNORECASE),
}


# Where a volunteer might save a plan by mistake: the repository's root, and every folder at
# the top but the data folders (their discovery names what does not belong) and the
# maintainers' own: code, tests, tools, and what builds and installs leave (hidden folders
# such as .git and .venv, node_modules, site). So `plan/`, `Plans/` and `docs/` are searched.
MAINTAINER_FOLDERS = ("generator", "tests", "bench", "scripts", "node_modules", "site")


def _stray_places(root: Path) -> list[Path]:
    return [folder for folder in sorted(root.iterdir()) if folder.is_dir() and not folder.is_symlink()
            and not folder.name.startswith(".") and folder.name not in MAINTAINER_FOLDERS
            and folder.name not in (PLANS_DIR, SOURCES_DIR, REGISTRY_DIR)]


def _registry_strays(root: Path, editor_files: list[str]) -> list[LocatedError]:
    """Files in registry/ other than the four registries (and a maintainers' README) are
    never read: `actors.yml` or a plan saved there would be silently left out. An editor's
    temporary file goes into `editor_files`, to be warned about."""
    folder, known = root / REGISTRY_DIR, {name for _, name in REGISTRY_FILES} | {"README.md"}
    if not folder.is_dir():
        return []
    errors: list[LocatedError] = []
    for path in _listed(folder, REGISTRY_DIR, errors):
        if path.name in known:
            continue
        relative = f"{REGISTRY_DIR}/{path.name}"
        if EDITOR_TEMPORARY.fullmatch(path.name) and path.is_file():
            editor_files.append(relative)
            continue
        elsewhere = None
        renamed = next((name for name in sorted(known) if Path(name).stem == Path(path.name).stem.lower()
                        and name != path.name), None)
        if renamed:
            hint = move_to(root, f"{REGISTRY_DIR}/{renamed}", f"Byt namn till {REGISTRY_DIR}/{renamed}.",
                           otherwise=f"annars för in det den har som saknas i {REGISTRY_DIR}/{renamed}, och ta bort den")
        elif path.suffix.lower() in (".yaml", ".yml") and not path.is_dir():
            # Named as validate reads it in plans/: `plans/Bergby A plan.yaml` was refused again.
            elsewhere = _belongs_in(root, path)
            hint = elsewhere[1] + f" I {REGISTRY_DIR}/ finns bara " + ", ".join(name for _, name in REGISTRY_FILES) + "."
        else:
            hint = f"I {REGISTRY_DIR}/ finns bara " + ", ".join(name for _, name in REGISTRY_FILES) + "; flytta eller ta bort den här."
        errors.append(LocatedError(relative, 1, 1, "", f"filen hör inte hemma i {REGISTRY_DIR}/ och läses inte.", hint,
                                   kind=_plan_elsewhere(elsewhere)))
    return errors


def _yaml_below(folder: Path) -> list[Path]:
    """The YAML files under `folder`, not entering hidden folders or installed packages (a
    virtual environment someone made there would otherwise be walked on every build)."""
    found = []
    for base, folders, files in os.walk(folder):
        folders[:] = [name for name in folders if not name.startswith(".") and name not in _NOT_WALKED]
        found += [Path(base, name) for name in files if _may_be_a_plans_name(name)]
    return found


def _may_be_a_plans_name(name: str) -> bool:
    """A YAML file's name, or one GitHub's editor or Notepad gives a plan saved without YAML's
    ending (`plan/x`, `docs/x.txt`), which `plans/` tells to be renamed: outside the data folders,
    left unread in silence. Not a hidden file's (`.gitignore`)."""
    return _is_yaml_name(name) or not name.startswith(".") and PurePosixPath(name).suffix.lower() in ("", ".txt")


_NOT_WALKED = ("node_modules", "site-packages", "__pycache__")


def _is_yaml_name(name: str) -> bool:
    return name.lower().endswith((".yaml", ".yml"))  # `Plan.YAML` too, as an editor may save it


def _stray_plans(root: Path) -> list[LocatedError]:
    """YAML files that look like a plan but lie where plans are not read: an error, not silence."""
    errors = []
    for place in [root, *_stray_places(root)]:
        candidates = ([path for path in place.iterdir() if _may_be_a_plans_name(path.name)] if place == root
                      else _yaml_below(place))
        for path in sorted(candidates):
            # Told as one in sources/ is (`_holds_plan`): a plan with its keys quoted, written as
            # JSON or with a syntax error was found by none but its block form's `actor:` and
            # `sections:` lines, and left unread in silence. What cannot be read tells no plan.
            # A text (`x.txt`, `x`) is a plan begun only with a plan's own fields: notes with
            # `title:` and `source:` lines were told to move to plans/.
            held = _plan_fields_held(path)
            if len(held) >= _FIELDS_OF_A_STRAY_PLAN and (_is_yaml_name(path.name) or _A_PLANS_OWN_FIELDS <= held):
                relative = path.relative_to(root).as_posix()
                target = f"{PLANS_DIR}/{_readable(PLANS_DIR, path, f'{path.stem}.yaml', '.yaml')}"
                errors.append(LocatedError(relative, 1, 1, "", f"filen ser ut som en plan men ligger utanför {PLANS_DIR}/ "
                                           "och läses inte.", move_to(root, target, f"Flytta den till {target}.")))
    return errors


def _read_typed(root: Path, relative: str, schema: type[M], cache: LoadCache
                ) -> tuple[Optional[str], Optional[Loaded[M]], list[LocatedError]]:
    """One YAML file typed by `schema`: the archive it names (even when the schema refuses
    the file), the typed value (None if nothing could be salvaged) and its errors."""
    raw, errors = read_bytes(root, relative, MAX_FILE_BYTES)
    if raw is None:
        return None, None, errors
    return cache.lookup(("yaml", relative, schema.__name__), raw, lambda: _type_file(relative, raw, schema))


def _type_file(relative: str, raw: bytes, schema: type[M]) -> tuple[Optional[str], Optional[Loaded[M]], list[LocatedError]]:
    archive, loaded, errors = _typed_file(relative, raw, schema)
    if loaded is not None and b"\r\n" in raw:
        loaded.crlf = (raw[:raw.index(b"\r\n")].count(b"\n") + 1, raw.count(b"\r\n"))
    return archive, loaded, errors


def _typed_file(relative: str, raw: bytes, schema: type[M]) -> tuple[Optional[str], Optional[Loaded[M]], list[LocatedError]]:
    reader = _Reader(relative, raw, schema)
    text = _checked_text(reader)
    if text is not None and not reader.errors and not reader.kept_tree:
        typed = _type_without_tree(relative, text, schema)
        if typed is not None:
            return typed
    document, errors = _document(reader, text)
    archive = None
    # The archive the plan names, read from the raw tree (even where the schema refuses the plan).
    named, followed, _ = node_at(document.root, ("source", "archive"))
    if followed == ("source", "archive") and isinstance(named, Scalar) and isinstance(named.value, str):
        archive = named.value
    loaded = None
    if not reader.errors:  # none, or only those that keep the tree (an empty file is the schema's to name)
        loaded, schema_errors = validate(document, schema, salvage=True)
        errors = errors + schema_errors
    return archive, loaded, errors


def _type_without_tree(relative: str, text: str, schema: type[M]
                       ) -> Optional[tuple[Optional[str], Loaded[M], list[LocatedError]]]:
    """`_type_file` of a file with no error at all (its text checked already), typed from
    its plain data (`plain_data`): its tree is read when a check asks for a position
    (`Loaded`). None for any other file, which `_type_file` reads with its tree to report
    what is wrong and where."""
    try:
        data = plain_data(text)
        if not isinstance(data, dict):
            return None
        value = schema.model_validate(data)
    except (_NeedsTree, ValidationError):
        return None
    source = data.get("source")
    archive = source.get("archive") if isinstance(source, dict) else None
    return (archive if isinstance(archive, str) else None), Loaded(relative, text, value, None), []


# Below this many plan files, starting a worker costs more than reading on one core saves.
PARALLEL_FROM_FILES = 200
# This process reads a little more than each worker: a worker then has time to pickle what
# it read (typed plans, without the raw trees of complete ones; `Loaded`) while this process
# still reads, and only the unpickling here comes after. At 1,000 plans on two cores, with
# the sources read beside the plans, reading took 1.08-1.11 s with 1.15, 1.09-1.16 s with
# 1.1, 1.12-1.15 s with 1.0 or 1.25.
OWN_READING_WEIGHT = 1.15


_Typed = tuple[Optional[str], Optional["Loaded"], list[LocatedError]]
_Sources = dict[str, tuple[Optional[SourceText], list[LocatedError]]]


def _read_plans(root: Path, files: list[str], source_files: set[str], cache: LoadCache
                ) -> tuple[list[_Typed], _Sources]:
    """`_read_typed` for each plan file, in order, and `read_source` of each source a plan
    that loaded names among `source_files`. Without a cache, many files are read on every
    core, each process reading its own run of consecutive files and their sources."""
    from . import model

    def read(run: range) -> tuple[list[_Typed], _Sources]:
        typed = [_read_typed(root, files[index], model.Plan, cache) for index in run]
        sources: _Sources = {}
        for _, loaded, _ in typed:
            archive = archive_of(loaded) if loaded is not None else None
            if archive in source_files and archive not in sources:
                sources[archive] = read_source(root, archive, cache)
        return typed, sources

    processes = 1 if cache.enabled else workers.process_count(len(files), PARALLEL_FROM_FILES)
    shares = workers.in_shares(read, workers.runs(len(files), processes, OWN_READING_WEIGHT))
    # A source two processes read is the same text: the first process's copy is kept.
    sources: _Sources = {}
    for _, read_sources in shares:
        for archive, source in read_sources.items():
            sources.setdefault(archive, source)
    return [typed for share, _ in shares for typed in share], sources


def owner_of(path: str, actor_ids: Collection[str]) -> Optional[str]:
    """The actor whose plan or archived source `path` is, or None.

    A file belongs to actor `a` when it lies directly in plans/ or sources/ and its name
    starts with `a-`, the same files CODEOWNERS gives to `a`'s team (`/plans/a-*`). The
    longest such id wins, so `a-b-2017.yaml` belongs to actor `a-b` rather than `a`. Looked
    up by the name's few prefixes, not through every id: `validate` asks for each plan, and
    with a set (or a dict) of the country's 2,600 actors that is a handful of lookups.
    """
    folder, _, name = path.partition("/")
    if folder not in (PLANS_DIR, SOURCES_DIR) or "/" in name:
        return None
    return next((prefix for prefix in name_prefixes(name) if prefix in actor_ids), None)


def name_prefixes(name: str) -> Iterator[str]:
    """`a-b-2017.txt` → `a-b`, `a`: the ids a file's name may start with (each followed by a
    hyphen, as CODEOWNERS' `/sources/<id>-*` asks), longest first. (Ids hold no dot.)"""
    parts = name.split(".", 1)[0].split("-")
    for end in range(len(parts) - 1, 0, -1):
        yield "-".join(parts[:end])


def _actors_sources(actor: str, paths: Iterable[str]) -> list[str]:
    """The archived texts among `paths` that are `actor`'s: their names start with its id."""
    return [path for path in paths if PurePosixPath(path).name.startswith(f"{actor}-")]


def _file_actor(inputs: Inputs, plan: Loaded) -> str:
    """The actor whose source `plan` names: its `actor`, unless the registry does not have it and
    the file's name is a registered actor's (`actor: falun-vp` in plans/falun-v-….yaml, a slip
    `checks.check_plan_actor` names), whose sources were offered as sources/falun-vp-falun-v-….txt."""
    registry = inputs.actors
    if registry is None or not registry.complete:
        return plan.value.actor
    ids = {actor.id for actor in registry.value.actors}
    return plan.value.actor if plan.value.actor in ids else owner_of(plan.path, ids) or plan.value.actor


def _archives_offered(root: Path, inputs: Inputs, errors: list[LocatedError], source_errors: list[LocatedError],
                      texts_of: dict[str, str]) -> tuple[list[LocatedError], list[LocatedError]]:
    """`errors` and `source_errors`, where an `archive` the schema refused (`sources\\x.txt`,
    `x.pdf`) is offered the sources of the plan's actor that no plan names yet, rather than only
    the general example: the hint audit's party office had its file in sources/ already. A
    file it names that no source may be named as (`sources/Bergby A plan.TXT`) is offered one
    name, the same in both errors: the file's own hint offered `Bergby A plan.txt`, refused again.
    No hint offers another plan's text (`texts_of`, `_plans_of_texts`): named so, the two plans
    shared it."""
    actors = {plan.path: _file_actor(inputs, plan) for plan in inputs.plans if ("actor",) not in plan.stood_in}
    unused = [path for path in inputs.source_files if path not in inputs.named_sources]
    misnamed = {error.path: error for error in source_errors if error.kind == _MISNAMED}
    documents = {error.path: error for error in source_errors if error.kind == _DOCUMENT}
    unread = {error.path: error for error in source_errors}  # a hidden file, one in a folder inside sources/ …
    renamed: dict[str, LocatedError] = {}
    offered = []
    in_sources = _files_in_sources(root, inputs.source_files, source_errors)
    for error in errors:
        if error.field == "source.archive" and error.kind == "missing":
            # `archive:` left out: the text its actor has put in sources/ for it, as for one refused below. It was
            # told to add `archive: …`, while the text was there.
            own = [] if actors.get(error.path) is None else _own_unused(actors[error.path], unused, error.path)
            offered.append(dataclasses.replace(error, hint=f"Lägg till {code(f'archive: {own[0]}')} i blocket: den "
                                                           f"ligger i {SOURCES_DIR}/ och ingen plan använder den än.")
                           if own else error)
            continue
        refused = error.field == "source.archive" and error.kind == "string_pattern_mismatch"
        actor = actors.get(error.path) if refused else None
        same = _in_other_capitals(error.refused, in_sources) if actor is not None else None
        if same is not None and same in texts_of:
            # Another plan's text: written as told, the two plans would share it (`_shared_text`).
            error = dataclasses.replace(error, hint=f"Filen heter {same}: {_CAPITALS_DIFFER}, och den är källtext för "
                                                    f"{texts_of[same]}. " + _shared_text_hint(
                                                        inputs, error.path, texts_of[same], actor, unused))
            offered.append(error)
            continue
        if same is not None:
            # `sources/Plan.md` beside `sources/plan.md`: the file named, not the general example.
            error = dataclasses.replace(error, hint=_other_capitals_hint(same, error.refused, inputs.source_files, actor,
                                                                         error.path, texts_of=texts_of))
            # A text so named is the plan's, told what to do in the plan's error alone: it was
            # also told that no plan used it, to be removed (`checks.check_sources_used`).
            inputs.named_sources.add(same)
            if same in unread and same not in renamed and unread[same].kind != _DOCUMENT:
                renamed[same] = dataclasses.replace(unread[same], hint=_other_capitals_hint(
                    same, error.refused, inputs.source_files, actor, error.path, in_plan=True, texts_of=texts_of))
            offered.append(error)
            continue
        own = [] if actor is None else _own_unused(actor, unused, error.path)
        if own:
            others = f" Aktörens övriga källtexter som ingen plan använder: {', '.join(own[1:4])}." if own[1:] else ""
            error = dataclasses.replace(error, hint=f"Skriv {own[0]}, som ligger i {SOURCES_DIR}/ och som ingen plan "
                                                    f"använder än.{others}")
            if error.refused in documents and error.refused not in renamed:
                # Not told to copy its text to a new file beside the one the plan is told to name.
                renamed[error.refused] = dataclasses.replace(documents[error.refused], hint=_text_there_hint(
                    root, error.refused, own[0], error.path))
        elif actor is not None and (document := _document_named(root, error.refused, documents)):
            target = _source_path(document, inputs.source_files, actor, error.path)[1]
            error = dataclasses.replace(error, hint=_document_hint(document, target, ""))
            if document in documents and document not in renamed:
                renamed[document] = dataclasses.replace(documents[document], hint=_document_hint(
                    document, target, f" i {error.path}"))
        elif actor is not None and error.refused in set(inputs.source_files) | misnamed.keys():
            error = dataclasses.replace(error, hint=_renaming_hint(error.refused, inputs.source_files, actor, error.path,
                                                                   texts_of=texts_of))
            if error.refused in misnamed and error.refused not in renamed:
                renamed[error.refused] = dataclasses.replace(misnamed[error.refused], hint=_renaming_hint(
                    error.refused, inputs.source_files, actor, error.path, in_plan=True, texts_of=texts_of))
        elif actor is not None and _UNREAD_ARCHIVE.fullmatch(error.refused or ""):
            # A file two folders deep has no error of its own (its folder's names sources/a alone).
            # A hidden one that holds a plan is no text to rename: the text is to be put in place,
            # and the file keeps its own error, which says where the plan belongs.
            holds_plan = error.refused in unread and unread[error.refused].kind.startswith(_PLAN_ELSEWHERE)
            there = not holds_plan and (error.refused in unread or (
                ".." not in PurePosixPath(error.refused).parts and (root / error.refused).is_file()))
            error = dataclasses.replace(error, hint=_unread_archive_hint(
                error.refused, inputs.source_files, there, actor, error.path))
            if there and error.refused in unread and error.refused not in renamed:
                renamed[error.refused] = dataclasses.replace(unread[error.refused], hint=_unread_archive_hint(
                    error.refused, inputs.source_files, there, actor, error.path, in_plan=True))
        elif actor is not None and (other := _refused_text_named_otherwise(root, error.refused, source_errors)):
            # `sources/Plan.txt` beside `sources/plan.md`: as `sources/plan.txt` beside it is in
            # `load_inputs`, told to make that file the text, at a name of its actor's.
            other = _as_held(root, other, _registered_actors(inputs), source_errors)
            target = _source_path(error.refused, inputs.source_files, actor, error.path)[1]
            error = dataclasses.replace(error, hint=f"{other.path} finns{_its_ending(other.path, error.refused)}. "
                                                    + _made_the_text(other, target))
            renamed.setdefault(other.path, dataclasses.replace(
                other, hint=_held_text_hint(other, target, "", [error.path])))
        offered.append(error)
    return offered, [renamed.get(error.path, error) for error in source_errors]


def _own_unused(actor: str, unused: Iterable[str], plan: str) -> list[str]:
    """`actor`'s archived texts among `unused` (those no plan names), the likeliest `plan`'s first:
    the closest name to the plan's."""
    return sorted(_actors_sources(actor, unused), key=lambda path: (
        -difflib.SequenceMatcher(None, PurePosixPath(path).stem, PurePosixPath(plan).stem).ratio(), path))


def _plans_of_texts(inputs: Inputs) -> dict[str, str]:
    """{archive: the plan whose text it is}: of the plans of its actor that name it, the one named
    like it (`sources/<plan's name>.txt`, as `generator new` names a plan's text), else the first
    in file order. A plan naming another actor's text is not counted: that is the actor rule's
    fault (`checks.check_archive_is_the_actors`), not a second plan of the text."""
    ids = _registered_actors(inputs)
    texts: dict[str, str] = {}
    for plan in inputs.plans:
        archive = archive_of(plan)
        if archive is None or not _names_its_actors_text(inputs, plan, archive, ids):
            continue
        if archive not in texts or PurePosixPath(archive).stem == PurePosixPath(plan.path).stem:
            texts[archive] = plan.path
    return texts


def _names_its_actors_text(inputs: Inputs, plan: Loaded, archive: str, ids: Collection[str]) -> bool:
    """Whether `archive` is a text of the actor whose plan `plan` is (its `actor`, or the one its
    file is named for where the schema refused that): by the longest registered id its name
    starts with, as CODEOWNERS gives it, or, while the registry is not read, by its name."""
    actor = owner_of(plan.path, ids) if ("actor",) in plan.stood_in else _file_actor(inputs, plan)
    if actor is None:
        return False
    return owner_of(archive, ids) == actor if ids else PurePosixPath(archive).name.startswith(f"{actor}-")


def _shared_text_hint(inputs: Inputs, plan: str, other: str, actor: Optional[str], unused: Iterable[str]) -> str:
    """How a `plan` that names, or is told to name, `other`'s archived text gets a text of its own:
    a plan is one document, and its source page, coverage and change history are its text's. Its
    actor's text that no plan names yet, if there is one, else a path no file has, named like the
    plan (`sources/<plan's name>.txt`). Done as told, it passes: removed, if it is a copy of the
    other plan."""
    said = f"Varje plan har sin egen källtext. Är {plan} samma dokument som {other}, ta bort {plan}; "
    own = [] if actor is None else _own_unused(actor, unused, plan)
    if own:
        return f"{said}annars skriv archive: {own[0]}, som ligger i {SOURCES_DIR}/ och som ingen plan använder än."
    free = f"{SOURCES_DIR}/{PurePosixPath(plan).stem}.txt" if actor is None else free_source_path(
        f"{SOURCES_DIR}/{PurePosixPath(plan).stem}.txt", inputs.source_files, actor, plan)
    return f"{said}annars lägg dokumentets oförändrade text i {free} och skriv archive: {free}."


def _shared_text(inputs: Inputs, plan: Loaded, archive: str, other: str) -> LocatedError:
    """The error of a `plan` that names the archived text `archive` of `other` (`_plans_of_texts`):
    two plans of one text showed one document twice, every commitment counted twice on its
    topics, and the text's errors were said once for each."""
    actor = None if ("actor",) in plan.stood_in else _file_actor(inputs, plan)
    unused = [path for path in inputs.source_files if path not in inputs.named_sources]
    return plan.error(("source", "archive"), f"{archive} är redan källtext för {other}.",
                      _shared_text_hint(inputs, plan.path, other, actor, unused))


# Why a path in other capitals names no file (GitHub's web editor lets one slip; Windows and macOS
# would find the file, GitHub Pages' build does not).
_CAPITALS_DIFFER = "bara stora och små bokstäver skiljer, men GitHub Pages läser dem som två olika namn"


def _files_in_sources(root: Path, source_files: Iterable[str], source_errors: list[LocatedError]) -> set[str]:
    """The files directly in sources/: its texts, and those with an error of their own (`x.md`)."""
    return set(source_files) | {error.path for error in source_errors
                                if PurePosixPath(error.path).parent.as_posix() == SOURCES_DIR and (root / error.path).is_file()}


def _in_other_capitals(written: Optional[str], files: Collection[str]) -> Optional[str]:
    """The file of `files` that `written`, an `archive`, names in other capitals only
    (`sources/plan.md` for `sources/Plan.md`), or None: also where a file has the name written
    (a copy beside it), and for a document (a pdf: `_document_named`). Of two such files, the one
    whose name an `archive` may have (`sources/plan.txt` beside a copy `sources/PLAN.txt`): the
    first in sort order was named, a copy the plan had to be told to remove."""
    if not written or written in files or _DOCUMENT_ENDING.search(written):
        return None
    same = sorted((path for path in files if _same_but_capitals(path, written)),
                  key=lambda path: (not _may_be_archive(path), path))
    return next(iter(same), None)


def _may_be_archive(path: str) -> bool:
    """Whether `path` is a name an `archive` may have (`model.ARCHIVE_PATTERN`)."""
    from .model import ARCHIVE_PATTERN  # as in _read_plans: imported when used
    return re.fullmatch(ARCHIVE_PATTERN, path) is not None


def _other_capitals_hint(same: str, written: str, source_files: Iterable[str], actor: str, plan: str,
                         in_plan: bool = False, texts_of: Optional[dict[str, str]] = None) -> str:
    """The hint of an `archive` naming `same`, a file in sources/, as `written`, in other capitals
    (`sources/Plan.md` for `sources/plan.md`), and of the file's own error (`in_plan`): the file's
    name, and the path to write, the file renamed where its name may not be a source's
    (`_renaming_hint`). It was given the general example, and GitHub's web editor's users get
    capitals wrong often: GitHub Pages, as Linux, reads the two as different names."""
    told = f"{f'{plan} skriver den {written} i archive' if in_plan else f'Filen heter {same}'}: {_CAPITALS_DIFFER}."
    if _may_be_archive(same) and PurePosixPath(same).name.startswith(f"{actor}-"):
        return f"{told} Skriv archive: {same}{f' i {plan}' if in_plan else ''}."
    return f"{told} {_renaming_hint(same, source_files, actor, plan, in_plan, text=True, texts_of=texts_of)}"


def _refused_text_named_otherwise(root: Path, refused: Optional[str], source_errors: list[LocatedError]
                                  ) -> Optional[LocatedError]:
    """The error of the file in sources/ that `refused`, an `archive` the schema refused
    (`sources/Plan.txt`: capitals), names but for its ending and capitals (`sources/plan.md`,
    `_named_with_another_ending`); None where it names no text directly in sources/, or there is
    none: a file of its own ending is told its own name's fault (`sources/.x.txt`, hidden)."""
    if not refused or not re.fullmatch(rf"{SOURCES_DIR}/[^/]+\.txt", refused, re.IGNORECASE):
        return None
    other = _named_with_another_ending(root, refused, source_errors)
    return other if other is not None and PurePosixPath(other.path).suffix != PurePosixPath(refused).suffix else None


def _document_named(root: Path, refused: Optional[str], documents: Collection[str]) -> Optional[str]:
    """The document (a pdf) in the repository that `refused`, an `archive` the schema refused,
    names: one of `documents` (the pdfs in sources/), as written or in other capitals
    (`sources/Plan.pdf` for `sources/plan.pdf`, given the general example alone), or a file
    elsewhere; None where it names none."""
    if not refused or not _DOCUMENT_ENDING.search(refused) or ".." in PurePosixPath(refused).parts:
        return None
    same = [path for path in sorted(documents) if _same_but_capitals(path, refused)]
    return refused if refused in documents else same[0] if same else refused if (root / refused).is_file() else None


def _actors_text_path(inputs: Inputs, plan: Loaded, archive: str) -> str:
    """The path to make the file that `plan` names but for its ending its text at (`archive:
    sources/plan.txt` beside `sources/plan.pdf` or `sources/plan.md`): `archive`, or where its
    name does not begin with the plan's actor's id, one that does (`_source_path`). Told to
    copy the pdf's text to `sources/plan.txt`, or rename `plan.md` so, the plan was refused as
    naming no text of its actor's, and the pdf was offered `sources/<aktörens id>-plan.txt`."""
    actor = None if ("actor",) in plan.stood_in else _file_actor(inputs, plan)
    if actor is None or PurePosixPath(archive).name.startswith(f"{actor}-"):
        return archive
    return _source_path(archive, inputs.source_files, actor, plan.path)[1]


def _registered_actors(inputs: Inputs) -> set[str]:
    """The registry's actors' ids, as far as it loaded: none where it did not."""
    registry = inputs.actors
    return {actor.id for actor in registry.value.actors} if registry is not None and registry.value else set()


def _renaming_hint(written: str, source_files: Iterable[str], actor: str, plan: str, in_plan: bool = False,
                   text: bool = False, texts_of: Optional[dict[str, str]] = None) -> str:
    """How to rename `written`, a file in sources/ whose name may not be a source's (`sources/vasteras-mp
    valplattform 2026.txt`, `sources/västerås-….txt`, as GitHub's editor lets one be named, or
    `x.TXT`), and the path to write in `archive` (said to be in `plan` for the file's own error,
    `in_plan`). The general example (`sources/eskilstuna-v-2026.txt`) left the writer to guess
    which of the name's characters were refused. The name begins with the plan's actor's id, as
    its source's must (`checks`): `Valplattform 2026.txt` offered as `valplattform-2026.txt` was
    refused again, as another actor's source. Where a source has that name already
    (`Bergby-A-plan-2024.txt`, a copy beside `bergby-a-plan-2024.txt`), renaming the file to it
    overwrote that source: the hint names it, for a copy, and a name no file has; where it is
    another plan's text (`texts_of`, `_plans_of_texts`), a copy of it makes the plan that plan's
    document again, and both go (named, the two plans shared the text). A file that is
    a `text` under another ending (`x.md`) is named as its text (`x.txt`, not `x-md.txt`)."""
    named = str(PurePosixPath(written).with_suffix(".txt")) if text and PurePosixPath(written).suffix else written
    renamed, free = _source_path(named, source_files, actor, plan)
    where = f" i {plan}" if in_plan else ""
    rule = (f"ett filnamn i {SOURCES_DIR}/ börjar med aktörens id och har bara små bokstäver a–z (inte å, ä, ö), "
            f"siffror och bindestreck, inga mellanslag. Skriv sedan archive: {free}{where}.")
    if free == renamed:
        return f"Byt namn på filen {written} till {free}: {rule}"
    other = (texts_of or {}).get(renamed, plan)
    if other != plan:
        # Another plan's text: named as a copy of it, the two plans shared it (`_shared_text`).
        return (f"{renamed} finns redan och är källtext för {other}. Är {written} en kopia av den, är {plan} samma "
                f"dokument som {other}: ta bort kopian och {plan}; annars byt namn på filen till {free}: {rule}")
    return (f"{renamed} finns redan. Är {written} en kopia av den, ta bort kopian och skriv archive: {renamed}{where}; "
            f"annars byt namn på filen till {free}: {rule}")


def free_source_path(written: str, source_files: Iterable[str], actor: str, plan: str) -> str:
    """The path no file of `source_files` has that `written`, a file in sources/, is to be renamed
    to as the source of `actor`'s `plan` (`_source_path`)."""
    return _source_path(written, source_files, actor, plan)[1]


def _source_path(written: str, source_files: Iterable[str], actor: str, plan: str) -> tuple[str, str]:
    """The path `written` is to have as the source of `actor`'s `plan` (`_source_name`), and
    one no file of `source_files` has: the same, or with `-2`, `-3` … after it."""
    stem = f"{SOURCES_DIR}/{_source_name(written, actor, plan)}"
    return f"{stem}.txt", _free_text_path(stem, set(source_files).__contains__)


def _free_text_path(stem: str, taken: Callable[[str], bool]) -> str:
    """`stem`.txt, or with `-2`, `-3` … after the stem: the first path that is not `taken`."""
    free, number = f"{stem}.txt", 1
    while taken(free):
        number += 1
        free = f"{stem}-{number}.txt"
    return free


# An `archive` in a folder inside sources/, or hidden (`sources/.x.txt`): no file there is read.
_UNREAD_ARCHIVE = lazy_regex.compile(rf"{SOURCES_DIR}/(?:(?P<folder>(?!\.\.?/)[^/]+/.+)|(?P<hidden>\.[^/]+))")


def _unread_archive_hint(written: str, source_files: Iterable[str], there: bool, actor: str, plan: str,
                         in_plan: bool = False) -> str:
    """`archive`'s hint where it names a file in a folder inside sources/ or a hidden one
    (`_UNREAD_ARCHIVE`), and the file's own (`in_plan`): the rule it breaks, and the path to
    give the file, or, where no file is `there`, to put the text at. The general
    example (`sources/eskilstuna-v-2026.txt`) named neither, and the file's own hint a name
    without the actor's id (`sources/.x.txt` as `x.txt`), refused as another actor's source."""
    place = _UNREAD_ARCHIVE.fullmatch(written)
    free = _source_path(written, source_files, actor, plan)[1]
    rule = (f"bara filer direkt i {SOURCES_DIR}/ läses, inte filer i mappar under den" if place["folder"] else
            f"en fil i {SOURCES_DIR}/ vars namn börjar med punkt är dold och läses inte")
    rule += ", och en källtexts namn börjar med aktörens id"
    if not there:
        return f"Skriv archive: {free} och lägg källtexten där: {rule}."
    verb = "Flytta filen" if place["folder"] else "Byt namn på filen"
    return f"{verb} {written} till {free}: {rule}. Skriv sedan archive: {free}{f' i {plan}' if in_plan else ''}."


def _source_name(written: str, actor: str, plan: str) -> str:
    """The name, without its ending, to offer the source `written` of `actor`'s `plan`: its own
    in small letters and hyphens after the actor's id. A name with nothing of a-z or 0-9 in it
    (`§§§.txt`, `Валплатформа.txt`), or none but the actor's id (`Bergby-A.txt`), was offered as
    `bergby-a-.txt`, itself refused, or `bergby-a-bergby-a.txt`: it takes the plan's name."""
    # `.txt` alone, its ending all of its name, has none (it was offered `bergby-a-txt.txt`)
    stem = re.sub(r"(?:\.txt)+(?:\.ya?ml)?\s*\Z", "", PurePosixPath(written).name, flags=re.IGNORECASE)
    stem = _DOCUMENT_ENDING.sub("", stem)  # `x.pdf`'s text is `bergby-a-x.txt`, not `bergby-a-x-pdf.txt`
    for name in (as_id(stem), as_id(PurePosixPath(plan).stem)):
        if name and name != actor:
            return name if name.startswith(f"{actor}-") else f"{actor}-{name}"
    return f"{actor}-{_NAMELESS}"


def load_inputs(root: Path, cache: Optional[LoadCache] = None) -> Inputs:
    """Read registries, plans and the archived sources they name; collect every error.

    With a `cache`, files whose bytes have not changed since the last call are not parsed again."""
    from . import model

    root = Path(root)
    cache = cache or _NO_CACHE
    cache.misses = []
    if cache.enabled:
        cache.as_of(clock.today())
    inputs = Inputs()
    schemas = {"municipalities": model.MunicipalityRegistry, "actors": model.ActorRegistry,
               "topics": model.TopicRegistry, "terms": model.TermRegistry}
    strays = _registry_strays(root, inputs.editor_files)
    # A registry/ that cannot be listed or opened is one error: its four files, each refused
    # for the folder, said the same four times more.
    if not any(error.path == REGISTRY_DIR for error in strays):
        for attribute, name in REGISTRY_FILES:
            _, loaded, errors = _read_typed(root, f"{REGISTRY_DIR}/{name}", schemas[attribute], cache)
            setattr(inputs, attribute, loaded)
            inputs.errors.extend(errors)
    inputs.errors += strays
    misplaced: list[LocatedError] = []
    plan_files = _discover(root, PLANS_DIR, ".yaml", misplaced, inputs.editor_files)
    inputs.errors += misplaced
    # A plans/ that is no folder or cannot be listed: any source may be one of its plans'.
    inputs.unread_plans += [PLANS_DIR for error in misplaced if error.path == PLANS_DIR]
    strays = _stray_plans(root)
    # A plan file that is not read where it lies (`plans/x.yml`, `plans/gamla/x.yaml`,
    # `docs/x.yaml`; each its own error) may use any of its actor's sources, as one that does
    # not load: known by its name, as if it lay in plans/ (`plan/x` too, saved without an ending).
    inputs.unread_plans += [f"{PLANS_DIR}/{_visible_name(name)}" for error in misplaced + strays
                            if (_MEANT_NAME[PLANS_DIR].fullmatch(name := PurePosixPath(error.path).name)
                                or error in strays)
                            and not (name.startswith(".") and (root / PLANS_DIR / _visible_name(name)).is_file())]
    source_errors: list[LocatedError] = []  # reported after the plans', as always
    inputs.source_files = _discover(root, SOURCES_DIR, ".txt", source_errors, inputs.editor_files,
                                    _registered_actors(inputs))
    # A plan saved in sources/ or registry/ is not read either: its sources are not unused.
    inputs.unread_plans += [error.kind[len(_PLAN_ELSEWHERE):] for error in inputs.errors + source_errors
                            if error.kind.startswith(_PLAN_ELSEWHERE)]
    typed_plans, sources = _read_plans(root, plan_files, set(inputs.source_files), cache)
    known_sources = set(inputs.source_files)
    for relative, (archive, loaded, errors) in zip(plan_files, typed_plans):
        # Even a plan the schema refuses names its source; but one that did not load, or
        # whose `source` the salvage stood in for, and names no archived text
        # (`archive: "\ud800"`, `source: x.txt`) may have meant any of them.
        sourced = loaded is not None and archive_of(loaded) is not None
        if archive is not None and (sourced or archive in known_sources):
            inputs.named_sources.add(archive)
        elif not sourced:
            inputs.unread_plans.append(relative)
        if loaded is not None:
            inputs.plans.append(loaded)
        else:
            inputs.unloaded_plans.append(relative)
        inputs.errors.extend(errors)
    texts_of = _plans_of_texts(inputs)  # whose text each archive is: one plan's alone
    inputs.errors, source_errors = _archives_offered(root, inputs, inputs.errors, source_errors, texts_of)
    inputs.errors += source_errors
    inputs.errors += strays
    # A sources/ that is no folder or cannot be listed says so itself: its texts are not missing.
    unlisted = any(error.path == SOURCES_DIR for error in source_errors)
    # A text that holds a plan says so itself (`_plan_saved_as_text`); where a plan names it, it
    # is told whose text it is to hold, not that it is that plan's copy, to be removed.
    holding_plans = {error.path: error for error in source_errors if error.kind.startswith(_PLAN_ELSEWHERE)}
    named_by: dict[str, list[str]] = collections.defaultdict(list)  # the plans naming each of them
    # and their archive, and the path offered for it (`_actors_text_path`)
    named_otherwise: dict[tuple[LocatedError, str, str], list[str]] = collections.defaultdict(list)
    actor_ids = _registered_actors(inputs)
    for plan in inputs.plans:
        archive = archive_of(plan)
        if archive is None:
            continue  # a stand-in: the schema has said what is wrong
        if texts_of.get(archive, plan.path) != plan.path and _names_its_actors_text(inputs, plan, archive, actor_ids):
            # A second plan of one text: its text's errors are said once, with the first plan's.
            inputs.errors.append(_shared_text(inputs, plan, archive, texts_of[archive]))
            continue
        if archive in inputs.sources:
            continue  # read for a plan before (another actor's, whose rule says so), its errors said then
        if archive not in inputs.source_files and unlisted:
            continue
        if archive in holding_plans:
            named_by[archive].append(plan.path)
            continue
        other = None if archive in inputs.source_files else _named_with_another_ending(root, archive, source_errors)
        if other is not None:
            other = _as_held(root, other, _registered_actors(inputs), source_errors, inputs.errors)
            # `sources/x.yaml` where the plan names `x.txt`: the plan was told only that its text was
            # missing, and the file, told what to do as if no plan named it, to be moved or removed.
            target = _actors_text_path(inputs, plan, archive)
            inputs.errors.append(plan.error(("source", "archive"), f"källtexten {archive} finns inte i repot, men "
                                            f"{other.path} finns{_its_ending(other.path, archive)}.",
                                            _made_the_text(other, target, archive)))
            named_otherwise[other, archive, target].append(plan.path)
            continue
        if same := _in_other_capitals(archive, inputs.source_files):
            # `sources/Plan.txt` where the plan names `sources/plan.txt`: the general example named neither.
            # The file is the plan's, not one no plan uses, to be removed (`checks.check_sources_used`).
            inputs.named_sources.add(same)
            inputs.errors.append(plan.error(("source", "archive"), f"källtexten {archive} finns inte i repot, men "
                                            f"{same} finns: {_CAPITALS_DIFFER}.", f"Byt namn på filen {same} till {archive}."))
            continue
        if archive not in inputs.source_files and (moved := _in_a_folder_of_sources(archive, source_errors)):
            # `sources/sub/x.txt` where the plan names `sources/x.txt`: told only that its text was missing.
            # Two of its name (`sources/2024/x.txt`, `sources/gamla/x.txt`) were told only the first, to be moved, and
            # each file's own error said to move it there too: which is the plan's text is the office's to tell.
            inputs.errors.append(plan.error(("source", "archive"), f"källtexten {archive} finns inte i repot, men "
                                            f"{listed(moved)} finns, i {'en mapp' if len(moved) == 1 else 'mappar'} i "
                                            f"{SOURCES_DIR}/.", f"Flytta den{'' if len(moved) == 1 else ' av dem som är planens text'} "
                                            f"till {archive}" + ("" if len(moved) == 1 else " och ta bort "
                                            f"{'den andra' if len(moved) == 2 else 'de andra'}") + f": bara filer direkt "
                                            f"i {SOURCES_DIR}/ läses."))
            continue
        if archive not in inputs.source_files:
            # Among the actor's own files: another actor's would be refused (`check_archive_is_the_actors`),
            # and another plan's shared (`_shared_text`).
            own = _actors_sources(plan.value.actor, [path for path in inputs.source_files
                                                     if path not in inputs.named_sources])
            close = difflib.get_close_matches(archive, own, n=1, cutoff=0.8)
            inputs.errors.append(plan.error(("source", "archive"), f"källtexten {archive} finns inte i repot.",
                                            (f"Menade du {close[0]}? " if close else "")
                                            + "Lägg den arkiverade texten i mappen sources/ och skriv dess sökväg här."))
            continue
        source, errors = sources[archive]  # read with the plans that name it
        inputs.errors.extend(errors)
        if source is not None and not source.normal:
            # Every quote would be "not found" beside »»: one message says what is wrong.
            inputs.errors.append(plan.error(("source", "archive"), f"källtexten {archive} är tom.",
                                            "Klistra in dokumentets oförändrade text i filen och spara den."))
        elif source is not None:
            inputs.sources[archive] = source
    # Each such text names every plan that names it: the first alone was told.
    for archive, plans in named_by.items():
        if holding_plans[archive] in inputs.errors:
            at = inputs.errors.index(holding_plans[archive])
            inputs.errors[at] = _named_text_holding_a_plan(root, holding_plans[archive], plans)
    # A text under another ending is told the plans whose text it is, and to be made it (not a pdf,
    # whose own hint says so, unless the text is to be at its actor's name, not the `archive`
    # written): `sources/x.md` was told to be moved or removed.
    for (other, archive, target), plans in named_otherwise.items():
        if (other.kind != _DOCUMENT or target != archive) and other in inputs.errors:
            inputs.errors[inputs.errors.index(other)] = dataclasses.replace(
                other, hint=_held_text_hint(other, target, archive, plans))
    # A source no loaded plan reads (its plan did not load, or names another) is read for its
    # own faults all the same: a slip in a plan may not hide another file's errors.
    for relative in inputs.source_files:
        if relative not in sources:
            inputs.errors.extend(read_source(root, relative, cache)[1])
    return inputs
