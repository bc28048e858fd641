"""Swedish explanations of YAML syntax errors.

PyYAML describes a syntax error in parser terms ("while parsing a block mapping … expected
<block end>, but found '<block mapping start>'") and marks where it noticed the problem,
which is often not where the author went wrong. `explain_syntax_error` reads the error
together with the file text, works out the mistake a person most likely made – a line
indented wrongly, an unclosed quote, a colon inside an unquoted text, a list item at the
wrong level or begun on its field's line (`topics: - familjecentral`, told the line to write,
`topics: [familjecentral]`), a tab – and says in Swedish what is wrong, where, and how to fix it. PyYAML's
own text is never passed on: an error this module does not recognise gets a general
Swedish message.

Positions are 1-based columns, as the editors on GitHub show them ("Ln 4, Col 3").
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass
from pathlib import PureWindowsPath
from types import MappingProxyType
from typing import Collection, Iterator, Mapping, NamedTuple, Optional

import yaml

from . import lazy_regex
from .errors import code, coded
from .escape import no_web_host
from .swedish import count, listed


class SyntaxMessage(NamedTuple):
    """Where the mistake is (1-based line and column), what it is, and how to fix it."""

    line: int
    col: int
    message: str
    hint: str
    # The line as the hint mends it, where that is sure to be what the author meant (a quote or
    # a bracket closed at the line's end, a list entry's dash, space or colon, a tab within a line;
    # a block of lines shifted together, its lines joined): the file is read on with it, for the
    # errors below (`load._Reader._later_syntax_errors`; tabs of the indent: `syntax_past_tabs`).
    mended: Optional[str] = None
    # Where the hint offers two columns, the line (with the lines moved with it) at each, in the
    # hint's order, and where a line one column off may have moved alone or with the lines further
    # in, each: the file is read on with the one under which it reads furthest.
    mends: tuple[str, ...] = ()
    # Where the error is one value YAML cannot read as written, and nothing else (a source's path
    # written with backslashes), the 1-based column it begins at and the line with it in single
    # quotes, read as written: the file's tree is read with that line, the value held refused, as
    # its error says (`load._Reader._read_past_value`), so the file's other errors come in the same run.
    read_as: Optional[tuple[int, str]] = None


GENERAL_HINT = ("Kontrollera att fält i samma block börjar i samma kolumn, att indraget görs med mellanslag och att "
                "texter med kolon, # eller citattecken står inom citattecken.")

# Characters that YAML reserves at the start of an unquoted value.
_RESERVED_START = "@`%!&*|>"


def explain_syntax_error(error: yaml.YAMLError, text: str, blocks: Collection[frozenset[str]] = (),
                         held: Mapping[str, frozenset[str]] = MappingProxyType({}),
                         value_lists: Collection[str] = frozenset()) -> SyntaxMessage:
    """The Swedish message for a PyYAML error in `text`, placed where the author should look.
    `blocks`: the fields of each kind of block the file is read as (`load.field_blocks`), so
    that a misplaced line is offered only blocks it may stand in; none: any block. `held`: the
    fields that hold one block of fields, not a list, with that block's fields (`load.held_blocks`).
    `value_lists`: the fields that hold a list of values (`topics`, `load.value_lists`)."""
    lines = text.split("\n")
    if isinstance(error, yaml.reader.ReaderError):
        return _unreadable_character(error, text)
    if not isinstance(error, yaml.MarkedYAMLError):
        return SyntaxMessage(1, 1, "filen kan inte läsas som YAML.", GENERAL_HINT)
    problem = error.problem or ""
    context = error.context or ""
    mark = error.problem_mark or error.context_mark
    quoted = _quote_left_open(text, mark)
    if quoted is not None:
        return _unclosed_quote(lines, quoted.start_mark, quoted.end_mark.line + 1)
    if context == "while scanning a quoted scalar":
        return _unclosed_quote(lines, error.context_mark, None)
    if "'\\t'" in problem:
        return _tab(lines, mark)
    hard = _hard_space_after_colon(lines, (error.context_mark, error.problem_mark))
    if hard is not None:
        return hard
    found = re.match(r"expected <block end>, but found '(.*)'$", problem)
    if problem == "mapping values are not allowed here" or (found and found.group(1) in (
            "<block mapping start>", "?", "-", "<block sequence start>")):
        # The line YAML stopped at, or the one above it, where the mistake often is.
        mistake = _lookalike_mark(lines, mark, blocks) or _dash_without_space(lines, mark, blocks) or \
            _entry_without_colon(lines, mark, blocks)
        if mistake is not None:
            return mistake
    if problem == "mapping values are not allowed here":
        return _first_entry_dash_off(lines, mark) or _colon_in_text(lines, mark) or \
            _shifted_above(lines, mark, blocks) or _first_field_shifted(lines, mark, held) or \
            _field_out_of_entry(lines, mark, blocks, held) or _deeper_key(lines, mark, blocks)
    if found and found.group(1) in ("<block mapping start>", "?"):
        return _first_entry_dash_off(lines, mark) or _shifted_above(lines, mark, blocks) or \
            _dash_in_block(lines, mark, held) or _first_field_shifted(lines, mark, held) or \
            _misindented_key(lines, mark, blocks, held)
    if found and found.group(1) in ("-", "<block sequence start>"):
        return _field_out_of_entry(lines, mark, blocks, held) or _misplaced_list_item(lines, mark, blocks)
    if found and found.group(1) == "<scalar>":
        return _comment_in_block_text(lines, mark) or _block_text_outdented(lines, mark) or _text_after_quote(lines, mark)
    if problem.startswith("expected '<document start>'"):
        return _document_end(lines, mark) or _indented_top(lines) or _general(mark)
    if context == "while scanning a block scalar":
        return _block_text_header(lines, error.context_mark)
    if problem == "could not find expected ':'":
        return _missing_colon(lines, error.context_mark or mark, blocks)
    if context in ("while parsing a flow sequence", "while parsing a flow mapping"):
        return _unclosed_bracket(lines, error.context_mark, context.endswith("sequence"))
    if context == "while scanning a double-quoted scalar" and "escape" in problem:
        return _bad_escape(lines, error.context_mark, mark)
    reserved = re.match(r"found character '(.)' that cannot start any token", problem)
    if reserved and reserved.group(1) in _RESERVED_START:
        return _reserved_start(lines, mark, reserved.group(1))
    if context in ("while scanning an alias", "while scanning an anchor", "while scanning a tag"):
        return _reserved_start(lines, error.context_mark, _char_at(lines, error.context_mark))
    if problem == "sequence entries are not allowed here":
        return _dash_starts_text(lines, mark, value_lists) or _general(mark)
    if context == "while parsing a block node" and _char_at(lines, mark) in (",", "]", "}") and \
            problem.startswith(("expected the node content", "did not find expected node content")):
        return _reserved_start(lines, mark, _char_at(lines, mark))  # `decimal: ,`
    return _general(mark)


def _general(mark) -> SyntaxMessage:
    return SyntaxMessage(mark.line + 1 if mark else 1, mark.column + 1 if mark else 1,
                         "YAML-syntaxen går inte att läsa här.", GENERAL_HINT)


# --- the file's shape, read line by line ------------------------------------------------------
@dataclass(frozen=True)
class _Line:
    number: int  # 1-based
    dashes: tuple[int, ...]  # 0-based columns of the list markers `- ` that open the line
    start: int  # 0-based column of what follows the markers
    key: Optional[str]  # the field name, when the line is `key: …`
    value: str  # what follows `key:` (or the whole content), without a trailing comment


@dataclass(frozen=True)
class _Block:
    """A field or a list item above a line, that a line at the same column would belong with."""

    col: int  # 0-based
    is_list: bool
    line: int
    key: Optional[str]
    has_value: bool


_KEY = lazy_regex.compile(r"""(?P<key>[^\s#:'"\[\]{}][^:#]*?|"[^"]*"|'[^']*')\s*:(?:\s+|$)""")


def _read_line(lines: list[str], number: int) -> Optional[_Line]:
    """The shape of line `number`, or None for a blank or comment-only line."""
    text = lines[number - 1] if 0 < number <= len(lines) else ""
    col = len(text) - len(text.lstrip(" "))
    if not text.strip() or text[col] == "#":
        return None
    dashes = []
    while text[col:col + 2] == "- " or text[col:].rstrip() == "-":
        dashes.append(col)
        col += 1
        col += len(text[col:]) - len(text[col:].lstrip(" "))
    content = text[col:]
    match = _KEY.match(content)
    key = match.group("key").strip("'\"") if match else None
    value = content[match.end():] if match else content
    value = re.split(r"\s#", value, maxsplit=1)[0].strip()
    return _Line(number, tuple(dashes), col, key, value)


def _blocks_above(lines: list[str], number: int) -> list[_Block]:
    """The fields and list items a line could line up with, nearest (deepest) first.

    Walking up from the line, each line that starts further left than everything seen so
    far opens a block that encloses the lines below it.
    """
    return list(_walk_blocks_above(lines, number))


def _walk_blocks_above(lines: list[str], number: int) -> Iterator[_Block]:
    """`_blocks_above`, one at a time: a caller that wants the nearest that fits reads no
    further up than it (`tab_column`, for each of thousands of lines)."""
    limit = 10**6
    for above in range(number - 1, 0, -1):
        shape = _read_line(lines, above)
        if shape is None:
            continue
        positions = [(col, True) for col in shape.dashes] + [(shape.start, False)]
        for col, is_list in reversed(positions):
            if col < limit:
                if is_list or shape.key is not None:
                    yield _Block(col, is_list, above, shape.key, bool(shape.value))
                limit = col
        if limit == 0:
            break


def _top_key(lines: list[str], number: int) -> Optional[str]:
    """The top-level field line `number` stands in (`actors` in registry/actors.yaml), or None."""
    return next((block.key for block in _walk_blocks_above(lines, number) if block.col == 0), None)


def _char_at(lines: list[str], mark) -> str:
    text = lines[mark.line] if mark.line < len(lines) else ""
    return text[mark.column] if mark.column < len(text) else ""


def quoted(text: str) -> str:
    """`text` as a quoted YAML scalar, in the quotes that need no escaping."""
    if '"' not in text and "\\" not in text:
        return f'"{text}"'
    return "'" + text.replace("'", "''") + "'"


def as_value(text: str) -> str:
    """`text` as a field's value a hint offers to write: as it stands where YAML reads it back so,
    else quoted (`Mål: trygghet`, `Mål #1`, `- Fler lärare` were offered bare, and written as told
    were a syntax error, a comment's loss or a list)."""
    try:
        plain = yaml.safe_load(f"field: {text}") == {"field": text}
    except yaml.YAMLError:
        plain = False
    return text if plain else quoted(text)


# The commas that part a list's entries written on one line: every comma but a figure's decimal
# comma, between two digits (`values: 97,7, 63,4` holds two figures, not four nor one).
_ENTRY_COMMA = lazy_regex.compile(r"(?<!\d),|,(?!\d)")
# An entry a list in brackets holds as it stands: an id, a whole number, words ("Budget 2025").
# Anything else is quoted, a decimal comma above all: `[97,7]` is the two entries 97 and 7.
_BARE_ENTRY = lazy_regex.compile(r"[^\W_][\w -]*(?<! )")


def flow_list(text: str) -> str:
    """`text`, a list's entries written on one line, as the list in brackets a hint offers,
    parted where the brackets would part it, at its commas, but not at a figure's decimal
    comma: `familjecentral, hemloshet` as `[familjecentral, hemloshet]`, `Budget 2025, Budget
    2026` as `[Budget 2025, Budget 2026]` (as the guide writes a table's columns), `97,7, 63,4`
    as `["97,7", "63,4"]`. A hint that kept texts or figures whole as one entry offered a table
    one column or one figure (`columns: ["2025, 2026"]`), and written as it said the plan was
    refused again (the hint audit)."""
    parts = [part.strip() for part in _ENTRY_COMMA.split(text)]
    if not all(parts):  # `a,,b` or a comma at an end: said as written, one entry
        parts = [text.strip()]
    return "[" + ", ".join(part if _BARE_ENTRY.fullmatch(part) else quoted(part) for part in parts) + "]"


# A hint shows a long line as its start and end (a text of 12,000 characters was repeated whole).
_SHOWN_START, _SHOWN_END = 60, 30
SHOWN_WHOLE = _SHOWN_START + _SHOWN_END + 3  # the longest value a hint repeats whole


def _field_line(shape: _Line, value: str) -> str:
    """The line as it should read, with `value` after the field name; a long value with "…"
    for its middle, said to stand for the text that stays (a writer who pasted the line as
    shown would lose it)."""
    said = ""
    if len(value) > SHOWN_WHOLE:
        start, end = value[:_SHOWN_START], value[-_SHOWN_END:]
        value = f"{start.rsplit(' ', 1)[0] if ' ' in start else start} … {end.split(' ', 1)[-1]}"  # whole words
        said = " (där … står för resten av texten, som ska stå kvar)"
    return (f"{shape.key}: {value}" if shape.key else value) + said


# --- the mistakes ------------------------------------------------------------------------------
def _quote_left_open(text: str, mark) -> Optional[yaml.ScalarToken]:
    """A quoted text that runs over several lines and ends where the error is noticed.

    Texts in quotes may span lines in YAML, so a quote left open on one line swallows
    everything up to the next quote character, and the error appears only after it.
    """
    if mark is None:
        return None
    last = None
    try:
        for token in yaml.scan(text, Loader=yaml.SafeLoader):
            if token.start_mark.index >= mark.index:
                break
            if isinstance(token, yaml.ScalarToken) and token.style in ("'", '"'):
                last = token
    except yaml.YAMLError:
        pass
    if last is not None and last.start_mark.line < last.end_mark.line == mark.line:
        return last
    return None


def _unclosed_quote(lines: list[str], opened, closed_on: Optional[int]) -> SyntaxMessage:
    quote = _char_at(lines, opened)
    shape = _read_line(lines, opened.line + 1)
    rest = lines[opened.line][opened.column + 1:].rstrip()
    example = _field_line(shape, quote + rest + quote) if shape else quote + rest + quote
    if closed_on is None:
        message = f"citattecknet {quote} som börjar texten avslutas aldrig."
    else:
        message = (f"citattecknet {quote} som börjar texten avslutas inte på samma rad, så allt fram till nästa "
                   f"{quote} på rad {closed_on} läses som en enda text.")
    other = "'" if quote == '"' else '"'
    hint = (f"Avsluta texten med {quote} på samma rad, t.ex. {example} – och står det {quote} inuti texten, sätt "
            f"hela texten inom {other} i stället.")
    mended = lines[opened.line][:opened.column] + quote + rest + quote
    return SyntaxMessage(opened.line + 1, opened.column + 1, message, hint, mended)


_HARD_SPACE_AFTER_COLON = lazy_regex.compile(r"\s*(?:-\s+)*([^\s:#]+):\u00a0[\s\u00a0]*(.*)$")


def _hard_space_after_colon(lines: list[str], marks) -> Optional[SyntaxMessage]:
    """`title:<U+00A0>Plan`, pasted from a web page or a word processor: the hard space looks like
    the space YAML needs after the colon, so the line is read as text. The error shows on that
    line, or on the next, when the line is the first field of its block."""
    candidates = set()
    for mark in marks:
        if mark is not None:
            above = [n for n in range(mark.line - 1, -1, -1) if n < len(lines) and lines[n].strip()][:1]
            candidates.update([mark.line, *above])
    for index in sorted(candidates):
        found = _HARD_SPACE_AFTER_COLON.match(lines[index]) if index < len(lines) else None
        if found:
            return SyntaxMessage(index + 1, lines[index].index(":") + 2, "hårt mellanslag (U+00A0) efter kolonet; "
                                 "det ser ut som ett mellanslag men YAML läser det som text.",
                                 "Radera mellanrummet efter kolonet och skriv ett vanligt mellanslag: "
                                 f"{found.group(1)}: {found.group(2).strip()}")
    return None


TAB_HINT = "Dra in med mellanslag (två per nivå), aldrig tabb."


def tab_hint(found: Optional[tuple[int, str]]) -> str:
    """The hint for a line indented with a tab, given its column and why (`tab_column`), or None."""
    if found is None:
        return TAB_HINT
    col, why = found
    return f"Dra in med mellanslag i stället för tabb, så att raden börjar i kolumn {col + 1}, {why}."


def tab_column(lines: list[str], number: int, blocks: Collection[frozenset[str]] = (), *,
               no_tab_above: bool = False, mended: Collection[int] = ()) -> Optional[tuple[int, str]]:
    """The column (0-based) that line `number`, indented with a tab, belongs in, and why: read
    from the lines above as the next round would (the hint audit replaced a tab with two spaces
    where the block's fields stood in column 5). The first line of a block (below `source:`)
    goes two columns in; an entry, where the list above it has its dashes; a field, beside the
    nearest field above that it may stand with (`blocks`); a line of a `>-` text, where the
    text's lines are (beside its field, it would end the text). None where the lines above do
    not say. `no_tab_above`: the caller knows that no line above is indented with a tab (each
    call would read all the lines above again); `mended`: the lines above that were, as their
    hints mend them, which the hint names so ("när den är rättad")."""
    def row(at: int) -> str:
        return f"rad {at} när den är rättad" if at in mended else f"rad {at}"

    if not no_tab_above and any("\t" in line[:len(line) - len(line.lstrip(" \t"))] for line in lines[:number - 1]):
        return None  # the lines above are indented with tabs too: their columns say nothing
    shape = _read_line([lines[number - 1].lstrip(" \t")], 1)
    above, enclosing = _line_above(lines, number), _walk_blocks_above(lines, number)
    if shape is None or above is None:
        return None
    text = _block_text_around(lines, number)
    if text is not None and not (shape.key is not None and _known_field(blocks, shape.key) and text[1] < number):
        # A line of a `>-` text (not a field of the file below the text's lines): where the
        # text's lines are; beside the field the text belongs to, it would end the text there.
        header, first, col = text
        why = (f"som {row(first)} i texten under {code(header.key)} på {row(header.number)}" if first != number
               else f"två steg längre in än {code(header.key)} på {row(header.number)}")
        return col, why
    if above.key is not None and not above.value and not (shape.dashes and above.dashes):
        col, why = above.start + 2, f"två steg längre in än {code(above.key)} på {row(above.number)}"
    else:
        # A field beside a field it may stand with, an entry in a list of entries like it (a
        # section's `- heading:` not among items); never beside a line of a text that holds
        # a colon, which reads as a key of no block.
        beside = next((b for b in enclosing if b.is_list == bool(shape.dashes) and _fits(blocks, shape.key, b.key)
                       and (b.key is None or _known_field(blocks, b.key))), None)
        if beside is None:
            return None
        col = beside.col
        why = (f"som strecken i listan på {row(beside.line)}" if beside.is_list
               else f"som {code(beside.key)} på {row(beside.line)}")
    return col, why


TEXT_READ_UP = 200  # lines of a `>-` text read up through at most, for each line a tab indents


def _block_text_around(lines: list[str], number: int) -> Optional[tuple[_Line, int, int]]:
    """For line `number`, whose own indent is not known (a tab): the `>-` or `|` field right
    above it, whose text's lines it may be among; the line whose column the text's lines have
    (`number` itself where the text has no other); and that column (0-based). None where the
    lines right above are no such text. Reads up through the text's lines only, and no further
    than `TEXT_READ_UP` lines (a file may have thousands of lines a tab indents)."""
    inner = None  # the least indent of the lines between the field and line `number`
    for above in range(number - 1, max(number - 1 - TEXT_READ_UP, 0), -1):
        line = lines[above - 1]
        if not line.strip():
            continue
        indent = len(line) - len(line.lstrip(" "))
        if _BLOCK_TEXT.search(line) and (shape := _read_line(lines, above)) is not None and shape.key is not None \
                and (inner is None or shape.start < inner):
            if inner is not None:  # the text's first line
                first = next(at for at in range(above + 1, number) if lines[at - 1].strip())
                return shape, first, len(lines[first - 1]) - len(lines[first - 1].lstrip(" "))
            below = next((at for at in range(number + 1, len(lines) + 1) if lines[at - 1].strip()), None)
            col = len(lines[below - 1]) - len(lines[below - 1].lstrip(" ")) if below else 0
            return (shape, below, col) if col > shape.start else (shape, number, shape.start + 2)
        if indent == 0 or (inner is not None and indent < inner) or line.lstrip(" ").startswith(("- ", "\t")):
            return None  # a line no text's: the lines below it are its own
        inner = indent if inner is None else min(inner, indent)
    return None


def _tab(lines: list[str], mark) -> SyntaxMessage:
    # YAML 1.2 allows a tab after a colon or within a text without quotes, which an editor
    # therefore leaves unmarked; the reader `validate` shares with the build does not (the
    # editor audit: "där YAML inte tillåter det" was untrue there).
    # After the indent the tab stands for a space: read on with one there, for the errors below
    # (in the indent, how many spaces it stands for is not known).
    line = lines[mark.line] if mark.line < len(lines) else ""
    at = mark.column
    mended = (line[:at] + " " + line[at + 1:] if line[at:at + 1] == "\t" and line[:at].strip(" \t") else None)
    return SyntaxMessage(mark.line + 1, mark.column + 1, "tabbtecken här kan kontrollen inte läsa.",
                         "Byt tabben mot ett mellanslag, eller sätt texten inom citattecken om tabben hör till den. "
                         "Dra alltid in med mellanslag, aldrig med tabb.", mended)


# Quotes a word processor writes, which YAML reads as text, not as quotes.
TYPOGRAPHIC_QUOTES = "“”„‟«»‘’‚‛"

# Marks a word processor or a web page writes where a list item starts, which YAML reads as
# text: only the hyphen-minus `-` starts a list item (a source's list items are read with much
# the same marks: `quotes.LIST_MARKS`). Each with the name the messages give it.
LIST_MARK_LOOKALIKES = {
    "\u2010": "bindestreck, U+2010", "\u2011": "hårt bindestreck, U+2011", "\u2012": "siffertankstreck, U+2012",
    "\u2013": "tankstreck, U+2013", "\u2014": "långt tankstreck, U+2014", "\u2015": "vågrätt streck, U+2015",
    "\u2212": "minustecken, U+2212", "\ufe63": "litet bindestreck, U+FE63", "\uff0d": "brett bindestreck, U+FF0D",
    "\u2022": "punkt, U+2022", "\u2043": "punktstreck, U+2043", "\u00b7": "mittpunkt, U+00B7",
    "\u25cf": "svart cirkel, U+25CF", "\u25e6": "vit cirkel, U+25E6", "\u25aa": "svart kvadrat, U+25AA",
    "\uf0b7": "Words punkttecken, U+F0B7", "\uf0a7": "Words punkttecken, U+F0A7",
}
LOOKALIKE_WHENCE = ("Sådana tecken kommer ofta med när text klistras in från ett ordbehandlingsprogram eller en "
                    "webbsida.")


def list_mark_lookalike(text: str) -> Optional[str]:
    """The look-alike of `-` that `text` starts with as a list item's mark (`– id: …`), if any;
    a word processor may put a hard space or a tab after it."""
    body = text.lstrip(" ")
    return body[0] if body[:1] in LIST_MARK_LOOKALIKES and body[1:2] in (" ", "\u00a0", "\t", "") else None


def lookalike_said(char: str) -> str:
    return f"{code(char)} ({LIST_MARK_LOOKALIKES[char]})"


def lookalike_swap(text: str) -> str:
    """What to replace the look-alike mark `text` starts with by (`list_mark_lookalike`): with
    the hard space pasted after it, left alone, the next round refused that."""
    char = list_mark_lookalike(text)
    after = text.lstrip(" ")[1:2]
    return (f"{code(char)} och det hårda mellanslaget efter det mot ett vanligt bindestreck och ett mellanslag"
            if after == "\u00a0" else f"{code(char)} mot ett vanligt bindestreck")


def _colon_in_text(lines: list[str], mark) -> Optional[SyntaxMessage]:
    """`title: Plan 2026: trygghet` – the second colon would start a new field. In a word
    processor's quotes (`”Plan 2026: trygghet”`) the text is told to have straight ones instead
    (the hint audit: kept inside the straight ones, they were the next round's error)."""
    shape = _read_line(lines, mark.line + 1)
    if shape is None or shape.key is None or mark.column <= shape.start + len(shape.key):
        return None
    value = shape.value
    curly = len(value) > 1 and value[0] in TYPOGRAPHIC_QUOTES and value[-1] in TYPOGRAPHIC_QUOTES
    fixed = _field_line(shape, quoted(value[1:-1] if curly else value))
    return SyntaxMessage(
        mark.line + 1, mark.column + 1,
        f"kolon följt av mellanslag mitt i texten i {code(shape.key)}. Utan citattecken läses det som början på ett "
        "nytt fält.",
        f"Byt {value[0]} och {value[-1]} mot raka citattecken, som YAML läser som citattecken: {fixed}" if curly
        else f"Sätt hela texten inom citattecken: {fixed}")


def _line_above(lines: list[str], number: int) -> Optional[_Line]:
    """The nearest line above `number` that is neither blank nor a comment."""
    return next((shape for above in range(number - 1, 0, -1) if (shape := _read_line(lines, above)) is not None), None)


def _line_below(lines: list[str], number: int) -> Optional[_Line]:
    """The nearest line below `number` that is neither blank nor a comment."""
    return _next_shape(lines, number + 1)[1]


def _known_field(blocks: Collection[frozenset[str]], key: str) -> bool:
    """Whether `key` is a field of the file (any word, where its blocks are not known)."""
    return not blocks or any(key in block for block in blocks)


def _dash_without_space(lines: list[str], mark, blocks: Collection[frozenset[str]]) -> Optional[SyntaxMessage]:
    """`-id: x`: without a space after it the dash is part of the field's name, so the entry is no
    entry (the hint audit: its fields were told to move where both columns failed)."""
    number = mark.line + 1
    for shape in (_read_line(lines, number), _line_above(lines, number)):
        if shape is not None and shape.key and shape.key.startswith("-") and _known_field(blocks, shape.key.lstrip("-")):
            field = shape.key.lstrip("-")
            line = lines[shape.number - 1]
            return SyntaxMessage(shape.number, shape.start + 1,
                                 f"mellanslag saknas efter strecket, så {code(shape.key)} läses som ett fältnamn och inte "
                                 f"som en ny listpunkt med fältet {code(field)}.",
                                 f"Skriv ett mellanslag efter strecket: - {field}: {shape.value}".rstrip(),
                                 line[:shape.start] + "- " + line[shape.start:].lstrip("-"))
    return None


def _lookalike_mark(lines: list[str], mark, blocks: Collection[frozenset[str]]) -> Optional[SyntaxMessage]:
    """`– id: x`, pasted with a word processor's dash: the line is no list item but a field named
    `– id`, so it was told to move as a field, where no column would do."""
    number = mark.line + 1
    for shape in (_read_line(lines, number), _line_above(lines, number)):
        field = _lookalike_field(shape, blocks)
        if field is None:
            continue
        char = shape.key[0]
        texts = _text_lines(lines, shape.number)  # a `– id: x` there is the text's own
        others = [other for other in range(1, len(lines) + 1)
                  if other != shape.number and other not in texts
                  and _lookalike_field(_read_line(lines, other), blocks) is not None
                  and lines[other - 1].lstrip(" ")[0] == char]
        also = f", här och först på rad {listed([str(other) for other in others], 5)}" if others else ""
        # Read on with each such line's dash swapped, as the hint says: the lines it names are
        # not said again. (`others` are all below: the reader stops at the first.)
        said = {shape.number, *others}
        swapped = "\n".join(_dash_swapped(lines[at - 1]) if at in said else lines[at - 1]
                             for at in range(shape.number, max(others, default=shape.number) + 1))
        return SyntaxMessage(shape.number, shape.start + 1,
                             f"{lookalike_said(char)} där en listpunkt börjar: YAML läser bara bindestrecket {code('-')} som "
                             f"början på en listpunkt, så {code(shape.key)} läses som ett fältnamn och inte som en ny "
                             f"listpunkt med fältet {code(field)}.",
                             f"{LOOKALIKE_WHENCE} Byt {lookalike_swap(shape.key)}{also}: "
                             f"- {field}: {shape.value}".rstrip(),
                             swapped if all(other > shape.number for other in others) else None)
    return None


def _text_lines(lines: list[str], start: int) -> set[int]:
    """The lines below line `start` (which is no text's) that go on a text in quotes or after
    `>-` or `|`, where a line written `– id: x` is what the text says, not a list item."""
    inside: set[int] = set()
    quote, block = "", None  # the quote a text is open in; the column a block text's lines are right of
    for number in range(start, len(lines) + 1):
        line = lines[number - 1]
        rest = line
        if number > start and quote:
            inside.add(number)
        elif number > start and block is not None and (not line.strip() or len(line) - len(line.lstrip(" ")) > block):
            inside.add(number)
            continue
        else:
            block = None
            shape = _read_line(lines, number)
            if shape is None or shape.key is None:
                continue
            rest = line[shape.start:]
            rest = rest[_KEY.match(rest).end():]
            if _BLOCK_TEXT.search(line):
                block = shape.start
                continue
            if rest[:1] not in ("\"", "'"):
                continue
            quote, rest = rest[0], rest[1:]
        at = 0
        while quote and at < len(rest):  # where the quote closes, if on this line
            if quote == '"' and rest[at] == "\\":
                at += 2
            elif rest[at] == quote and not (quote == "'" and rest[at + 1:at + 2] == "'"):
                quote = ""
            else:
                at += 2 if quote == "'" and rest[at:at + 2] == "''" else 1
    return inside


def _dash_swapped(line: str) -> str:
    """`      – id: x` → `      - id: x`."""
    start = len(line) - len(line.lstrip(" "))
    return line[:start] + "- " + line[start + 1:].lstrip(" \u00a0")


def _lookalike_field(shape: Optional[_Line], blocks: Collection[frozenset[str]]) -> Optional[str]:
    """The field of a line written `– field: …`, if the field is one the file has."""
    if shape is None or shape.key is None or list_mark_lookalike(shape.key) is None:
        return None
    field = shape.key[1:].strip()
    return field if field and _known_field(blocks, field) else None


def _entry_without_colon(lines: list[str], mark, blocks: Collection[frozenset[str]]) -> Optional[SyntaxMessage]:
    """`- id ekonomi` over the entry's other fields: without its colon the first line is a text,
    and the next field was said to be more of it, under the field above the list (the hint
    audit followed that down the file)."""
    number = mark.line + 1
    shape, above = _read_line(lines, number), _line_above(lines, number)
    if shape is None or above is None or not above.dashes or above.key is not None or shape.start <= above.dashes[-1]:
        return None
    written = re.match(r"([a-z_]+)(\s*[;,.=]?\s+|:)(\S.*)$", above.value)
    if written is None:
        return None
    field, between, value = written.groups()
    # A name no block has (`- idd:kollo`): the field it is spelt like, if any; with the colon
    # written, the line is an entry's first field all the same (its next line was told to be a
    # field of the block above the list, or more of its text).
    close = difflib.get_close_matches(field, sorted({name for block in blocks for name in block}), n=1, cutoff=0.75)
    meant = field if _known_field(blocks, field) else next(iter(close), None)
    if meant is None and between != ":":
        return None
    what = f"mellanslag saknas efter {code(f'{field}:')}" if between == ":" else f"kolon saknas efter {code(field)}"
    unknown = f" ({code(field)} är inget fält; menade du {code(meant)}?)" if meant not in (None, field) else ""
    return SyntaxMessage(above.number, above.start + len(field) + 1,
                         f"{what}, så listpunkten läses som en text och fälten under den kan inte höra till den.",
                         f"Skriv kolon och mellanslag efter fältnamnet{unknown}: - {meant or field}: {value}",
                         lines[above.number - 1][:above.start] + f"{meant or field}: {value}")


def _shifted_above(lines: list[str], mark, blocks: Collection[frozenset[str]]) -> Optional[SyntaxMessage]:
    """A field moved left of its block (`text:` in column 5 among an item's fields in column 9),
    with the lines of its text when it goes on over lines (`text: >-`): YAML reads it as a field
    of an enclosing block and stops at the next field, whose column was right (the hint audit was
    told to move that line, and the next, down the item). Said of the moved line where its field
    belongs with the fields before it and not with the enclosing block's (`blocks`): those of a
    block it ends (a status's `note:` below its `state:`), or those at the next field's column."""
    number = mark.line + 1
    shape = _read_line(lines, number)
    if not blocks or shape is None or shape.key is None:
        return None
    moved = _field_over_its_text(lines, number, shape.start)
    if moved is None or moved.key is None or moved.dashes:
        return None
    above = _blocks_above(lines, moved.number)
    enclosing = next((b for b in above if not b.is_list and b.col == moved.start), None)
    # (A field the enclosing block has already does not belong there again: an item's `kind:`
    # in column 1, beside the plan's own.)
    if enclosing is None or (_fits(blocks, moved.key, enclosing.key)
                             and moved.key not in _block_keys(lines, moved.number, moved.start, besides=True)):
        return None
    ended = next((b for b in above if b.col > shape.start), None)
    if ended is not None and not ended.is_list and _fits(blocks, moved.key, ended.key) \
            and moved.key not in _block_keys(lines, ended.line, ended.col):
        return SyntaxMessage(moved.number, moved.start + 1,
                             f"fel indrag: {code(moved.key)} börjar i kolumn {moved.start + 1}, men fälten ovanför den, "
                             f"som {code(ended.key)} på rad {ended.line}, börjar i kolumn {ended.col + 1}. Så långt ut "
                             f"hamnar {code(moved.key)} i samma block som {code(enclosing.key)} (rad {enclosing.line}), där "
                             f"den inte hör hemma, och {code(shape.key)} på rad {number} passar inte in under den.",
                             f"Flytta {code(moved.key)} till kolumn {ended.col + 1}, som {code(ended.key)} ovanför."
                             + _text_follows(lines, moved, ended.col, blocks))
    # The field before it, over the lines of a text that goes on below that field (`text: >-`).
    before = _line_above(lines, moved.number)
    while before is not None and before.start > shape.start:
        before = _line_above(lines, before.number)
    if before is None or before.key is None or before.start != shape.start or not _fits(blocks, moved.key, before.key):
        return None
    return SyntaxMessage(moved.number, moved.start + 1,
                         f"fel indrag: {code(moved.key)} börjar i kolumn {moved.start + 1}, men fälten före och efter den, "
                         f"{code(before.key)} på rad {before.number} och {code(shape.key)} på rad {number}, börjar i kolumn "
                         f"{shape.start + 1}. Så långt ut hamnar {code(moved.key)} i samma block som {code(enclosing.key)} "
                         f"(rad {enclosing.line}), där den inte hör hemma.",
                         f"Flytta {code(moved.key)} till kolumn {shape.start + 1}, som fälten runt den."
                         + _text_follows(lines, moved, shape.start, blocks))


def _field_over_its_text(lines: list[str], number: int, col: int) -> Optional[_Line]:
    """The nearest line above line `number` that starts left of column `col` (0-based), over the
    lines of its text that go on below it further right than `col` (`text: >-`, or a plain text
    over lines); None where a line between is no such text, or starts in `col`."""
    between = []
    for above in range(number - 1, 0, -1):
        shape = _read_line(lines, above)
        if shape is None:
            continue
        if shape.start < col:
            block_text = shape.value[:1] in (">", "|")
            if between and not (block_text or (shape.value and all(b.key is None and not b.dashes for b in between))):
                return None
            return shape
        if shape.start == col:
            return None
        between.append(shape)
    return None


def _moved_too(own: list[int], columns: int) -> str:
    """The lines a hint moves with their field, and by how many columns: `raderna 60–64 under den
    lika mycket (2 kolumner)`; one line is `raden 60` (it read "raderna 60–60"), one column
    `1 kolumn`."""
    lines = f"raden {own[0]}" if len(own) == 1 else f"raderna {own[0]}–{own[-1]}"
    return f"{lines} under den lika mycket ({count(columns, 'kolumn', 'kolumner')})"


def _text_follows(lines: list[str], field: _Line, col: int, blocks: Collection[frozenset[str]]) -> str:
    """For a hint that moves `field` to column `col` (0-based): that the lines of its text below
    it must stand further right than that, where they do not; or, for a field with no value on
    its line, the block or list below it (`items:` moved to column 1 with its items), which
    must move as far (a list may stand in its field's own column): which lines those are
    (`_own_lines`), since YAML may read the entries after them as more of them."""
    if not field.value:
        child = _line_below(lines, field.number)
        first = _first_column(child) if child is not None else field.start
        own = _own_lines(lines, field, blocks)
        if own and field.start < first and (first < col or (first == col and not child.dashes)):
            return f" Dra också in {_moved_too(own, col - field.start)}."
        return ""
    column = None  # the text's, where its first line starts
    for below in range(field.number + 1, len(lines) + 1):
        shape = _read_line(lines, below)
        if shape is None:
            continue
        first = _first_column(shape)
        column = first if column is None else column
        if first <= field.start or first != column or (shape.key is not None and field.value[:1] not in (">", "|")):
            return ""  # the text ended, if it had lines below
        if first <= col:
            return f" Dra också in raderna med dess text längre in än kolumn {col + 1}."
    return ""


def _deeper_key(lines: list[str], mark, known: Collection[frozenset[str]] = ()) -> SyntaxMessage:
    """A field indented further than the one above, so it reads as more of that field's text;
    offered the column of the nearest field above whose block it fits (`known`): a plan's
    `summary:` moved right below `source:` was told to join the source's `publisher`."""
    number = mark.line + 1
    shape = _read_line(lines, number)
    fields = [b for b in _blocks_above(lines, number) if not b.is_list and b.col < shape.start]
    name = f"{code(shape.key)}" if shape.key else "raden"
    if not fields:
        return SyntaxMessage(number, shape.start + 1, "raden är indragen, men inget fält ovanför har ett block "
                             "som den kan höra till.", f"Flytta {name} till kolumn 1.")
    owner = fields[0]
    message = (f"fel indrag: raden börjar i kolumn {shape.start + 1}, längre in än fältet ovanför, {code(owner.key)} på "
               f"rad {owner.line}, som börjar i kolumn {owner.col + 1}. Därför läses raden som en fortsättning på "
               f"texten i {code(owner.key)}, och där får kolon följt av mellanslag inte stå.")
    beside = next((b for b in fields if _fits(known, shape.key, b.key)), owner)
    hint = (f"Ska {name} vara ett eget fält, flytta det till kolumn {beside.col + 1} som {code(beside.key)}. Är raden en "
            "fortsättning på texten, sätt hela texten inom citattecken.")
    # A field of the file that a block of the file has beside the one offered is no line of a text:
    # the file is read on with it in that column.
    if shape.dashes or not any(shape.key in block and beside.key in block for block in known):
        return SyntaxMessage(number, shape.start + 1, message, hint)
    return SyntaxMessage(number, shape.start + 1, message, hint, *_read_on_moved(lines, number, shape.start, [beside.col]))


def _read_on_moved(lines: list[str], number: int, col: int, columns: list[int]) -> tuple[Optional[str], tuple[str, ...]]:
    """`SyntaxMessage.mended` and `mends` of line `number`, which starts in column `col`, moved to
    each of `columns`: with the lines moved with it (`_moved_block`) and, where that differs, alone,
    as a list entry's dash or a field moved one column without its lines is; the file is read on
    with the one it reads furthest with (`load._Reader._later_syntax_errors`)."""
    blocks = [_moved_block(lines, number, col, to) for to in columns]
    if not all(_moved_alone(lines, number + block.count("\n"), col - to) for block, to in zip(blocks, columns)):
        return None, ()
    moved = tuple(dict.fromkeys(mend for block, to in zip(blocks, columns) for mend in (
        block, " " * to + lines[number - 1].lstrip(" "))))
    return (moved[0], ()) if len(moved) == 1 else (None, moved)


def _moved_alone(lines: list[str], last: int, shift: int) -> bool:
    """Whether the lines up to `last` (1-based), shifted `shift` columns, moved without the lines
    after them: the next line, shifted back as far, would stand in no column of the lines above
    it. Where it would, a block of lines may have been shifted together, and the lines after
    them are not read on with, lest a correct line be told it is wrong (the second review:
    `retrieved:` with the three lines after it two columns in)."""
    below = _line_below(lines, last)
    if below is None:
        return True
    back = (below.dashes[0] if below.dashes else below.start) - shift
    above = (_read_line(lines, number) for number in range(1, last + 1))
    return not any(back in (*shape.dashes, shape.start) for shape in above if shape is not None)


def moved_field_hint(lines: list[str], number: int, blocks: Collection[frozenset[str]],
                     held: Mapping[str, frozenset[str]] = MappingProxyType({})) -> Optional[str]:
    """Where the field on line `number`, which its block does not have, may belong: under the
    field just above it when that holds a block with it and has nothing yet (`target:` beside
    an empty `indicator:`), else beside the nearest field above it in another column whose
    block lacks it and would, with it, be a block the file may have (`items:` moved from its
    section to column 1 was told to go, being spelt like `title`); a line of a text over lines,
    read as a field, makes no such block."""
    shape = _read_line(lines, number)
    if shape is None or shape.key is None or not any(shape.key in b for b in blocks):
        return None
    owner = _line_above(lines, number)
    if owner is not None and owner.key and not owner.value and owner.start == shape.start \
            and shape.key in held.get(owner.key, ()):
        own = _own_lines(lines, shape, blocks)
        return (f"Dra in {code(shape.key)} till kolumn {owner.start + 3}, så att den står i blocket under {code(owner.key)} "
                f"(rad {owner.number})" + (f", och {_moved_too(own, 2)}" if own else "") + ".")
    for above in range(number - 1, 0, -1):
        other = _read_line(lines, above)
        if other is None or other.key is None or other.start == shape.start:
            continue
        keys = _block_keys(lines, above, other.start)
        if shape.key in keys:
            return None  # the block has it already: the line is no field moved out of it
        if any(keys | {shape.key} <= block for block in blocks):
            return (f"Flytta {code(shape.key)} till kolumn {other.start + 1} om det hör till samma block som "
                    f"{code(other.key)} (rad {above})." + _text_follows(lines, shape, other.start, blocks))
    return None


def _own_lines(lines: list[str], field: _Line, blocks: Collection[frozenset[str]]) -> list[int]:
    """The lines below `field` that are its own: the lines of its text, or its block or list,
    each field of which fits one kind of block of the file with the fields beside it
    (`blocks`); up to the first line that does not (the next entries after `rows:` moved to
    column 1 with its rows, which YAML reads as more of them; `sources:` after a `claim: >-`
    moved with its text, which YAML reads as more of the text)."""
    end = _content_end(lines, field.number + 1, field, blocks)
    return [number for number in range(field.number + 1, end) if _read_line(lines, number) is not None]


def _next_shape(lines: list[str], at: int) -> tuple[int, Optional[_Line]]:
    """The first line from `at` on that is neither blank nor a comment, with its number."""
    for number in range(at, len(lines) + 1):
        shape = _read_line(lines, number)
        if shape is not None:
            return number, shape
    return len(lines) + 1, None


def _first_column(shape: _Line) -> int:
    """Where the line starts: its first dash, or its content."""
    return shape.dashes[0] if shape.dashes else shape.start


def _content_end(lines: list[str], at: int, field: _Line, blocks: Collection[frozenset[str]]) -> int:
    """The line after what `field`, whose content starts on line `at`, holds (`_own_lines`)."""
    col = field.start
    number, shape = _next_shape(lines, at)
    if field.value:
        # A text over lines: further right than its field, up to a line that is a field of the
        # file (which a block text reads as more of it) or, for a plain text, any field or entry.
        text = field.value[:1] in (">", "|")
        while shape is not None and _first_column(shape) > col and not (
                (shape.key is not None or shape.dashes) if not text
                else (shape.key is not None and any(shape.key in block for block in blocks))):
            number, shape = _next_shape(lines, number + 1)
        return number
    if shape is None or _first_column(shape) <= col:
        return number
    child = _first_column(shape)
    if not shape.dashes:
        return _fields_end(lines, number, child, blocks)
    kinds = list(blocks)  # the kinds of block the list's entries may be, narrowed entry by entry
    while shape is not None and shape.dashes and shape.dashes[0] == child:
        if shape.key is not None:
            kinds = [block for block in kinds if shape.key in block]
            if not kinds:
                return number
        number = _content_end(lines, number + 1, shape, blocks) if shape.key is not None else \
            _next_shape(lines, number + 1)[0]
        end = _fields_end(lines, number, shape.start, blocks, kinds)
        number, shape = _next_shape(lines, end)
    return number


def _fields_end(lines: list[str], at: int, col: int, blocks: Collection[frozenset[str]],
                kinds: Optional[list[frozenset[str]]] = None) -> int:
    """The line after the fields in column `col` from line `at` on, with what each holds, while
    they fit one kind of block (`kinds`, narrowed field by field; any of `blocks` at first)."""
    kinds = list(blocks) if kinds is None else kinds
    number, shape = _next_shape(lines, at)
    while shape is not None and not shape.dashes and shape.start == col and shape.key is not None:
        kinds = [block for block in kinds if shape.key in block]
        if not kinds:
            return number
        number, shape = _next_shape(lines, _content_end(lines, number + 1, shape, blocks))
    return number


def left_below_hint(lines: list[str], number: int, key: str, blocks: Collection[frozenset[str]] = ()) -> Optional[str]:
    """For a block that lacks the field `key` and starts on line `number`: the hint when the
    line just after the block is that field, in a column left of the block's fields
    (`locator:` moved out of its item), where it stands in the enclosing block instead; or
    when that line is another field whose text over lines (`quote: >-`, moved left with its
    text) reads the field as a line of it (`swallowed_text`; `blocks` as for it); or else when
    the field stands elsewhere in the file (`_written_elsewhere`)."""
    first = _read_line(lines, number)
    if first is None:
        return None
    for at in range(number + 1, len(lines) + 1):
        shape = _read_line(lines, at)
        if shape is not None and (shape.start < first.start or (shape.start == first.start and shape.dashes)):
            if shape.dashes or shape.key is None:
                break
            if shape.key == key:
                return (f"{code(key)} står på rad {at} i kolumn {shape.start + 1}, utanför blocket. Flytta den till "
                        f"kolumn {first.start + 1}, som blockets andra fält."
                        + _text_follows(lines, shape, first.start, blocks))
            text = swallowed_text(lines, at, blocks)
            inside = next((line for name, line in text.fields if name == key), None) if text else None
            if inside is not None:
                return (f"{code(key)} står på rad {inside}, men där läses den som en rad i texten till {code(shape.key)} "
                        f"(rad {at}), som står i kolumn {shape.start + 1}, utanför blocket. Flytta tillbaka "
                        f"{code(shape.key)} och raderna med dess text, så hör {code(key)} till blocket igen.")
            break
    return _written_elsewhere(lines, first, key, blocks)


def _written_elsewhere(lines: list[str], first: _Line, key: str, blocks: Collection[frozenset[str]]) -> Optional[str]:
    """The hint for a block (whose first line is `first`) that lacks `key`, a field only its kind
    of block has, written once in the file in another column: moved into another block (a
    plan's `summary:` two columns right, below `source:`, was told to be written)."""
    if sum(key in block for block in blocks) != 1:
        return None
    found = [shape for at in range(1, len(lines) + 1)
             if (shape := _read_line(lines, at)) is not None and shape.key == key and not shape.dashes]
    if len(found) != 1 or found[0].start == first.start:
        return None
    (shape,) = found
    other = next((b for b in _blocks_above(lines, shape.number) if not b.is_list and b.col < shape.start), None)
    where = f", i blocket under {code(other.key)} (rad {other.line})" if other is not None else ""
    return (f"{code(key)} står på rad {shape.number} i kolumn {shape.start + 1}{where}. Flytta den till kolumn "
            f"{first.start + 1}, som blockets andra fält." + _text_follows(lines, shape, first.start, blocks))


@dataclass(frozen=True)
class SwallowedText:
    """A field's text over lines (`quote: >-`) that goes on over lines of fields of the file in
    other columns than its own (the field moved left with its text, and the fields after it
    read as more of it)."""

    key: str
    line: int  # the field's line, 1-based
    end: int  # the last line of its text
    fields: tuple[tuple[str, int], ...]  # the fields its text holds, with their lines


def swallowed_text(lines: list[str], number: int, blocks: Collection[frozenset[str]]) -> Optional[SwallowedText]:
    """The text of the field on line `number` when it holds lines of fields (`SwallowedText`):
    lines that start further right than the field, in another column than the text's first
    line, and read as a field of a block of the file (`blocks`, which must be known)."""
    shape = _read_line(lines, number)
    if not blocks or shape is None or shape.key is None or shape.value[:1] not in (">", "|"):
        return None
    fields, end, column = [], number, None
    for at in range(number + 1, len(lines) + 1):
        below = _read_line(lines, at)
        if below is None:
            continue
        first = _first_column(below)
        if first <= shape.start:
            break
        end = at
        column = first if column is None else column
        if first != column and below.key is not None and any(below.key in block for block in blocks):
            fields.append((below.key, at))
    return SwallowedText(shape.key, number, end, tuple(fields)) if fields else None


def swallowed_texts(lines: list[str], blocks: Collection[frozenset[str]]) -> list[SwallowedText]:
    """Every field's text over lines in `lines` that holds lines of fields (`swallowed_text`)."""
    found: list[SwallowedText] = []
    number = 1
    while number <= len(lines):
        text = swallowed_text(lines, number, blocks)
        if text is not None:
            found.append(text)
            number = text.end
        number += 1
    return found


def _block_keys(lines: list[str], number: int, col: int, besides: bool = False) -> set[str]:
    """The fields in column `col` of the block line `number` stands in: the lines around it up to
    the first that starts further left, or the entry of a list it belongs to (whose first line
    has the dash); with `besides`, not line `number`'s own."""
    keys: set[str] = set()
    for step in (-1, 1):
        at = number
        while 0 < at <= len(lines):
            shape = _read_line(lines, at)
            if shape is not None:
                if shape.start < col or (step == 1 and at != number and shape.start == col and shape.dashes):
                    break
                if shape.start == col and shape.key and not (besides and at == number):
                    keys.add(shape.key)
                if step == -1 and shape.start == col and shape.dashes:
                    break  # the entry's first line
            at += step
    return keys


def _fits(blocks: Collection[frozenset[str]], key: Optional[str], beside: Optional[str]) -> bool:
    """Whether the field `key` may stand in a block beside the field `beside`: some kind of
    block has both. True where that cannot be told (no blocks known, a field no block has)."""
    if not blocks or key is None or beside is None or not any(key in b for b in blocks) \
            or not any(beside in b for b in blocks):
        return True
    return any(key in b and beside in b for b in blocks)


def _fitting(options: list[_Block], blocks: Collection[frozenset[str]], key: Optional[str]) -> list[_Block]:
    """The `options` where a line with the field `key` may stand; all of them if none fits (the
    hint audit: `kind` was offered the block of a section, and an item the list of sections)."""
    return [b for b in options if _fits(blocks, key, b.key)] or options


def _first_field_shifted(lines: list[str], mark, held: Mapping[str, frozenset[str]]) -> Optional[SyntaxMessage]:
    """The first field of a block moved left or right of the fields under it (`source:` with
    `title:` in column 1 or 5 and `archive:` in column 3), also left of the field that holds
    the block (a status's `state:` in column 5, its `note:` in column 11): the first field is
    what moved, where YAML stops at the second, which was told to follow it (the hint audit)."""
    number = mark.line + 1
    shape = _read_line(lines, number)
    first = _line_above(lines, number)
    parent = _line_above(lines, first.number) if first is not None else None
    if shape is None or first is None or parent is None or shape.dashes or first.dashes or parent.value \
            or first.start == shape.start or not parent.start < shape.start:
        return None
    fields = held.get(parent.key or "", frozenset())
    if shape.key not in fields or first.key not in fields:
        return None
    # Only where `first` is the odd one: no field of the block below it stands in its column
    # (`archive:` moved right under `title:` is the one that moved), and the second field's own
    # block or list does not stand left of it (`sources:` moved right over its entries).
    child = _line_below(lines, number)
    if not shape.value and child is not None and parent.start < _first_column(child) \
            < shape.start:
        return None
    for at in range(number + 1, len(lines) + 1):
        below = _read_line(lines, at)
        if below is not None and below.start <= parent.start:
            break
        if below is not None and below.start == first.start and not below.dashes and below.key in fields:
            return None
    return SyntaxMessage(first.number, first.start + 1,
                         f"{code(first.key)} börjar i kolumn {first.start + 1}, men fälten under den i blocket under "
                         f"{code(parent.key)} (rad {parent.number}) börjar i kolumn {shape.start + 1}.",
                         f"Flytta {code(first.key)} till kolumn {shape.start + 1}, som {code(shape.key)} under den.")


def _dash_in_block(lines: list[str], mark, held: Mapping[str, frozenset[str]]) -> Optional[SyntaxMessage]:
    """A field below an entry of a list, where its dash stands, under a field that holds a block
    of fields (`target:` with `- value: 25` and `unit:` under it): the dash is the mistake, not
    the field's column, which moved as told left a list where a block belongs (the hint audit)."""
    number = mark.line + 1
    shape = _read_line(lines, number)
    if shape is None or shape.key is None or shape.dashes:
        return None
    blocks = _blocks_above(lines, number)
    entry = next((b for b in blocks if b.is_list and b.col == shape.start), None)
    owner = next((b for b in blocks if not b.is_list and entry is not None and b.col < entry.col), None)
    fields = held.get(owner.key or "", frozenset()) if owner else frozenset()
    if entry is None or owner is None or owner.has_value or shape.key not in fields:
        return None
    first = _read_line(lines, entry.line)
    if first is None or first.key not in fields:
        return None
    return SyntaxMessage(entry.line, entry.col + 1,
                         f"{code(owner.key)} (rad {owner.line}) tar ett block av fält, inte en lista, men raden börjar "
                         f"med {code('- ')}.",
                         f"Ta bort {code('- ')} på rad {entry.line}, så att {code(first.key)} börjar i kolumn "
                         f"{entry.col + 1} "
                         f"som {code(shape.key)} under den.")


def _misindented_key(lines: list[str], mark, known: Collection[frozenset[str]] = (),
                     held: Mapping[str, frozenset[str]] = MappingProxyType({})) -> SyntaxMessage:
    """A field that starts left of the fields above it, but not where an enclosing block starts."""
    number = mark.line + 1
    shape = _read_line(lines, number)
    col = shape.start if shape else mark.column
    blocks = _blocks_above(lines, number)
    fields = [b for b in blocks if not b.is_list]
    same_list = next((b for b in blocks if b.is_list and b.col == col), None)
    # A new entry starts with the field its list's entries start with (`- id:`): a `kind:` there
    # is a field of the entry above, and as a new entry both would lack fields.
    if same_list and shape and same_list.key not in (None, shape.key):
        same_list = None
    new_item = f" Ska raden bli en ny punkt i listan på rad {same_list.line}, skriv {code('- ')} först." if same_list else ""
    name = f"{code(shape.key)}" if shape and shape.key else "raden"
    if not fields:
        where = f" (rad {same_list.line})" if same_list else ""
        return SyntaxMessage(number, col + 1, f"raden är ett fält, men den står i en lista{where}.",
                             (coded("Flytta listan under ett fält, t.ex. `topics:`.") + new_item).strip())
    above = fields[0]
    message = (f"fel indrag: raden börjar i kolumn {col + 1}, men fältet ovanför, {code(above.key)} på rad "
               f"{above.line}, börjar i kolumn {above.col + 1}. Fält i samma block måste börja i samma kolumn.")
    # The first field of the block that the field just above holds (a status's `state:` in
    # column 7 below `status:` in column 9) was offered the columns of the blocks around it.
    key = shape.key if shape else None
    just_above = _line_above(lines, number)
    if key is not None and just_above is not None and just_above.number == above.line and not above.has_value \
            and key in held.get(above.key or "", ()):
        below = _line_below(lines, number)
        beside = below if below is not None and below.start > above.col and not below.dashes \
            and below.key in held[above.key or ""] else None
        into = beside.start if beside is not None else above.col + 2
        return SyntaxMessage(number, col + 1, message,
                             f"Flytta {name} till kolumn {into + 1}, in i blocket under {code(above.key)} (rad {above.line})"
                             + (f", som {code(beside.key)} under den." if beside is not None else ".")
                             + _text_follows(lines, shape, into, known))
    # The nearest column to the right and the left where the field may stand (an item's field in
    # column 3 is offered its item's column, not only the section's, where it does not fit).
    right = [b for b in reversed(fields) if b.col > col]
    left = [b for b in fields if b.col < col][:1]
    options = [b for b in right if _fits(known, key, b.key)][:1] + [b for b in left if _fits(known, key, b.key)]
    options = options or right[:1] + left
    choices = " eller ".join(f"till kolumn {b.col + 1} om det hör till samma block som {code(b.key)} (rad {b.line})"
                             for b in options)
    follows = _text_follows(lines, shape, max(b.col for b in options), known) if shape else ""
    # No other reading of the line than the columns offered: the file is read on with it in one
    # (where two are offered, in the one the file reads furthest with: `_later_syntax_errors`).
    sure = not new_item and shape and not shape.dashes
    moved = tuple(_moved_block(lines, number, col, option.col) for option in options) if sure else ()
    return SyntaxMessage(number, col + 1, message, f"Flytta {name} {choices}.{follows}{new_item}",
                         moved[0] if len(moved) == 1 else None, moved if len(moved) > 1 else ())


def _opens_block(line: str) -> bool:
    """Whether the lines further in below `line` are its own: a block's, a list's or a text's."""
    return line.split(" #")[0].rstrip().endswith((":", "|", ">", "|-", ">-", "|+", ">+"))


def _moved_block(lines: list[str], number: int, col: int, to: int) -> Optional[str]:
    """Line `number`, which starts in column `col`, moved to column `to` with the lines that
    were moved with it, as `SyntaxMessage.mended` (its lines joined): a block of lines shifted
    together is one mistake, and the file is read on with all of them where the hint puts the
    first. Moved left (too far in): the lines further in than it, and the next entries of its
    list beside it. Moved right (too far out): the fields beside it, and the lines of a block
    one of them opens. The lines after the block are as written; where the guess is wrong, the
    next error is right below it, which `load` does not say."""
    first = lines[number - 1]
    dash = first[col:col + 1] == "-"
    moved, opened = [number - 1], _opens_block(first)
    for at in range(number, len(lines)):
        line = lines[at]
        if not line.strip():
            continue
        indent = len(line) - len(line.lstrip(" "))
        if line[indent:indent + 1] == "\t":
            break
        beside = indent == col and (line[indent:indent + 1] == "-") == dash
        if to < col and (indent > col or beside) or to > col and (beside or indent > col and opened):
            moved.append(at)
            if indent == col:
                opened = _opens_block(line)
            continue
        break
    shift = to - col
    block = lines[number - 1:moved[-1] + 1]
    return "\n".join((" " * shift + line if shift > 0 else line[-shift:]) if line.strip() else line for line in block)


def _field_out_of_entry(lines: list[str], mark, known: Collection[frozenset[str]],
                        held: Mapping[str, frozenset[str]] = MappingProxyType({})) -> Optional[SyntaxMessage]:
    """The last field of a list's entry moved left, out of it, where its entry's fields fit it
    and the block of that column does not (`topics:` in column 5, below an item's fields in
    column 9), or not as written (`status: {…}`, a block, in column 1, where a plan's status
    is a word); also with the block of fields under it, moved as far (`risk:` in column 5 and
    its fields in column 7, where the next item's dash stands; `indicator:` in column 1): YAML
    stops at the next entry's dash, which was told to move, or to be no list item, or to be a
    field of the moved block (the hint audit)."""
    number = mark.line + 1
    shape = _read_line(lines, number)
    if not known or shape is None or not shape.dashes:
        return None
    # The field, left of the entry's fields, over the lines of its block or text below it, just
    # after a field of the entry (over the lines of that field's text, `quote: >-`); up to the
    # entry's own first line.
    field, entry, below, leftmost = _line_above(lines, number), None, [], shape.start
    while field is not None and not (field.dashes and field.dashes[0] == shape.dashes[0]):
        if field.key is not None and not field.dashes and field.start < leftmost:
            above = _blocks_above(lines, field.number)
            entry = above[0] if above and not above[0].is_list and above[0].col == shape.start else None
            if entry is not None:
                break
        below.append(field)
        leftmost = min(leftmost, _first_column(field))
        field = _line_above(lines, field.number)
    if field is None or entry is None or entry.key is None:
        return None
    if below and not ((not field.value and all(b.key in held.get(field.key, ()) for b in below if not b.dashes
                                                and b.start == below[-1].start))
                      or field.value[:1] in (">", "|")):
        return None
    beside = next((b for b in _blocks_above(lines, field.number) if not b.is_list and b.col == field.start), None)
    as_block = field.value.startswith("{") and field.key in held
    if (beside is not None and not as_block and _fits(known, field.key, beside.key)) \
            or not _fits(known, field.key, entry.key):
        return None
    own = _own_lines(lines, field, known) if below else []
    with_block = f", och dra in {_moved_too(own, entry.col - field.start)}" if own else ""
    return SyntaxMessage(field.number, field.start + 1,
                         f"{code(field.key)} står i kolumn {field.start + 1}, till vänster om punkten ovanför, vars fält "
                         f"börjar i kolumn {entry.col + 1}; då bryter den listan som fortsätter på rad {number}.",
                         f"Flytta {code(field.key)} till kolumn {entry.col + 1}, som {code(entry.key)} ovanför{with_block}.")


def _first_entry_dash_off(lines: list[str], mark) -> Optional[SyntaxMessage]:
    """The first entry of a list (`- id: …` right under `items:`) with its dash one column off
    and its fields where they belong: the first entry sets its list's column, so YAML stopped at
    the field below it, which was told to move beside `id` (the review of session 96). Said of
    the dash only where the list's column is sure: the next entry's, or, in a list of one entry,
    two columns in from its field, as the file's lists stand; the field's column agrees."""
    field = _read_line(lines, mark.line + 1)
    entry = _line_above(lines, mark.line + 1)
    if field is None:
        return None
    # Above the field, the lines of the entry's first field's `>-` text, further in than it.
    texted = entry
    while entry is not None and not entry.dashes and _first_column(entry) > field.start:
        entry = _line_above(lines, entry.number)
    if entry is None or field.key is None or field.dashes or entry.key is None \
            or len(entry.dashes) != 1 or entry.start != entry.dashes[0] + 2 or abs(field.start - entry.start) not in (1, 2) \
            or not entry.value or (entry.value[:1] in (">", "|")) == (entry is texted):
        return None
    parent, to = _line_above(lines, entry.number), field.start - 2
    if parent is None or parent.key is None or parent.value or parent.start >= to:
        return None
    # The next line left of the entry's fields: the next entry of its list, or past the list.
    _, after = _next_shape(lines, field.number + 1)
    while after is not None and _first_column(after) >= field.start:
        _, after = _next_shape(lines, after.number + 1)
    sibling = after if after is not None and after.dashes and after.dashes[0] > parent.start else None
    if sibling is not None and sibling.dashes[0] != to or sibling is None and to != parent.start + 2:
        return None
    beside = (f"och punkten i samma kolumn som punkten på rad {sibling.number}" if sibling is not None
              else f"och punkten två kolumner in från {code(parent.key)} (rad {parent.number})")
    return SyntaxMessage(entry.number, entry.dashes[0] + 1,
                         f"fel indrag: listpunkten börjar i kolumn {entry.dashes[0] + 1}, så {code(entry.key)} börjar i "
                         f"kolumn {entry.start + 1}, men punktens andra fält, som {code(field.key)} på rad {field.number}, "
                         f"börjar i kolumn {field.start + 1}. Fält i samma punkt måste börja i samma kolumn.",
                         f"Flytta {code('-')} till kolumn {to + 1}, så att {code(entry.key)} hamnar i kolumn "
                         f"{field.start + 1} som {code(field.key)}, {beside}.",
                         " " * to + lines[entry.number - 1].lstrip(" "))


def _misplaced_list_item(lines: list[str], mark, known: Collection[frozenset[str]] = ()) -> SyntaxMessage:
    """A list item `- …` that lines up with no list above it."""
    number = mark.line + 1
    col = mark.column
    blocks = _blocks_above(lines, number)
    lists = [b for b in blocks if b.is_list]
    nearest = blocks[0] if blocks else None
    shape = _read_line(lines, number)
    key = shape.key if shape and shape.dashes else None
    if nearest is not None and not nearest.is_list and nearest.col == col and nearest.has_value:
        message = (f"listpunkten står där ett fält väntas: fältet ovanför, {code(nearest.key)} på rad {nearest.line}, "
                   "har redan ett värde.")
        # An entry that starts as the entries of a list above do (`- id:`), two columns too deep:
        # made the field's list or a field of the entry above, it fails again (the hint audit).
        same = next((b for b in lists if key is not None and b.key == key), None)
        if same is not None:
            move, to = _move_entry(lines, shape)
            return SyntaxMessage(number, col + 1, message, f"{move} {to} kolumn {same.col + 1}, där punkterna i listan "
                                                           f"på rad {same.line} börjar.",
                                 _moved_block(lines, number, col, same.col))
        hint = (f"En lista skrivs under ett fält utan värde: {code(f'{nearest.key}:')} ensamt på raden och punkterna "
                f"under, var och en på en egen rad som börjar med {code('- ')}. Ska raden vara ett eget fält, ta bort "
                f"{code('- ')}.")
        return SyntaxMessage(number, col + 1, message, hint)
    if not lists:
        return SyntaxMessage(number, col + 1, "listpunkten hör inte till något fält.",
                             coded("Skriv listan under ett fält utan värde, t.ex. `topics:` och under det `  - hemloshet`."))
    previous = lists[0]
    message = (f"listpunkten börjar i kolumn {col + 1}, men punkterna i listan ovanför (rad {previous.line}) börjar "
               f"i kolumn {previous.col + 1}. Punkter i samma lista måste börja i samma kolumn.")
    options = _fitting([b for b in lists if b.col > col][-1:] + [b for b in lists if b.col < col][:1], known, key)
    move, to = _move_entry(lines, shape)
    choices = " eller ".join(f"{to} kolumn {b.col + 1} om punkten hör till listan på rad {b.line}" for b in options)
    # The file is read on with the entry in the column of a list offered.
    return SyntaxMessage(number, col + 1, message, f"{move} {choices}.",
                         *_read_on_moved(lines, number, col, [b.col for b in options]))


def _move_entry(lines: list[str], shape: Optional[_Line]) -> tuple[str, str]:
    """How a hint that moves a list entry's dash to a column begins, and the word before the
    column: `Flytta `-``, `till`; or, where the fields below the dash moved with it (they start
    where its first field does, below the lines of its text), `Flytta hela punkten, raderna
    7–9, lika långt, så att `-` hamnar`, `i`: moving the dash alone left them one column off
    its first field for a second round (the review of session 96)."""
    alone = (f"Flytta {code('-')}", "till")
    if shape is None or not shape.dashes or shape.key is None:
        return alone
    last, below, beside, listed = shape.number, _line_below(lines, shape.number), False, False
    # The lines of a `>-` text, which may stand where the fields do (`Status: Påbörjad` under
    # a dash moved alone), are no fields: from the line after its field, as far in as that.
    text = shape.value[:1] in (">", "|")
    texted: Optional[int] = None
    # Up to the next entry of a list, which may stand where the entry's fields do; but not a
    # list a field of the entry holds in its own column (`topics:` over `- hemloshet`).
    while below is not None and _first_column(below) >= shape.start \
            and not (below.dashes and below.dashes[0] <= shape.start and not listed):
        if text or texted is not None and _first_column(below) >= texted:
            texted = _first_column(below) if text else texted
            text = False
            last, below = below.number, _line_below(lines, below.number)
            continue
        texted, text = None, not below.dashes and below.key is not None and below.value[:1] in (">", "|")
        beside = beside or (not below.dashes and below.key is not None and below.start == shape.start)
        if _first_column(below) == shape.start:
            after = _line_below(lines, below.number)
            listed = bool(below.dashes) and listed or not below.dashes and below.key is not None and not below.value \
                and after is not None and bool(after.dashes) and after.dashes[0] == shape.start
        last, below = below.number, _line_below(lines, below.number)
    if not beside:
        return alone
    return f"Flytta hela punkten, raderna {shape.number}–{last}, lika långt, så att {code('-')} hamnar", "i"


def _text_after_quote(lines: list[str], mark) -> SyntaxMessage:
    """`title: "Plan" 2026` or `'Barn's rätt'`: text continues after the closing quote."""
    number = mark.line + 1
    shape = _read_line(lines, number)
    value = shape.value if shape else ""
    if value[:1] in ("[", "{"):
        return _text_after_brackets(shape, number, mark)
    if not value or value[0] not in "'\"":
        return SyntaxMessage(number, mark.column + 1, "YAML-syntaxen går inte att läsa här.", GENERAL_HINT)
    quote = value[0]
    inner = value[1:-1] if len(value) > 1 and value.endswith(quote) else value
    fixed = _field_line(shape, quoted(inner))
    return SyntaxMessage(number, mark.column + 1,
                         f"texten fortsätter efter citattecknet {quote} som avslutar den.",
                         f"Sätt citattecken runt hela texten, av den sort som inte finns i texten: {fixed}")


def _text_after_brackets(shape: _Line, number: int, mark) -> SyntaxMessage:
    """`title: [Utkast] Plan 2026`: a value that starts with [ or { is a list or a block to
    YAML, which ends at its closing bracket."""
    opening = shape.value[0]
    closing = "]" if opening == "[" else "}"
    what = "en lista" if opening == "[" else "ett block med fält"
    return SyntaxMessage(number, mark.column + 1,
                         f"texten börjar med {opening} och läses därför som {what}, men det står mer efter {closing}.",
                         f"Sätt hela texten inom citattecken: {_field_line(shape, quoted(shape.value))}. Ska det "
                         f"vara {what}, skriv allt inom {opening} {closing}.")


_BLOCK_TEXT = lazy_regex.compile(r":\s+[>|][+-]?[1-9]?\s*(?:#.*)?$")


def _block_text_outdented(lines: list[str], mark) -> Optional[SyntaxMessage]:
    """A line of a `>-` text indented less than the text's first line, which ends the text."""
    number = mark.line + 1
    col = len(lines[mark.line]) - len(lines[mark.line].lstrip(" "))
    # Walk up past the text's lines (all further right) to the first line at or left of this one.
    header = next((_read_line(lines, n) for n in range(number - 1, 0, -1)
                   if _read_line(lines, n) and _read_line(lines, n).start <= col), None)
    if header is None or not header.key or header.start == col or not _BLOCK_TEXT.search(lines[header.number - 1]):
        return None
    first = next((n for n in range(header.number + 1, number) if lines[n - 1].strip()), None)
    indent = len(lines[first - 1]) - len(lines[first - 1].lstrip(" ")) if first else 0
    if first is None or col >= indent:
        return None
    indicator = lines[header.number - 1].split(":")[-1].split("#")[0].strip()
    message = (f"raden hör till texten i {code(header.key)} (rad {header.number}) men börjar i kolumn {col + 1}, till "
               f"vänster om textens första rad (rad {first}), som börjar i kolumn {indent + 1}. Då tar texten slut "
               "före raden.")
    hint = f"Flytta raden till kolumn {indent + 1}: alla rader i en text efter {code(indicator)} ska börja i samma kolumn."
    return SyntaxMessage(number, col + 1, message, hint)


def _comment_in_block_text(lines: list[str], mark) -> Optional[SyntaxMessage]:
    """A comment written to the left of a `>-` text's lines, between them: it ends the text,
    and the text's next line reads as a field of its own."""
    number = mark.line + 1
    col = len(lines[mark.line]) - len(lines[mark.line].lstrip(" "))
    comment = next((n for n in range(number - 1, 0, -1) if lines[n - 1].strip()), None)
    if comment is None or not lines[comment - 1].lstrip(" ").startswith("#"):
        return None
    comment_col = len(lines[comment - 1]) - len(lines[comment - 1].lstrip(" "))
    header = next((_read_line(lines, n) for n in range(comment - 1, 0, -1)
                   if _read_line(lines, n) and _read_line(lines, n).start < col), None)
    if comment_col >= col or header is None or not header.key or not _BLOCK_TEXT.search(lines[header.number - 1]):
        return None
    message = (f"kommentaren på rad {comment} står till vänster om texten i {code(header.key)} (rad {header.number}), "
               f"mitt i den: där tar texten slut, och rad {number} läses som något nytt.")
    hint = (f"Ta bort kommentaren eller flytta den ovanför {code(f'{header.key}:')}; inne i texten, i kolumn {col + 1}, "
            "blir # och det som följer en del av texten.")
    return SyntaxMessage(comment, comment_col + 1, message, hint)


def _document_end(lines: list[str], mark) -> Optional[SyntaxMessage]:
    """A line of only `...` (an ellipsis on its own line) ends the YAML document: what follows
    would be a second one."""
    end = next((n for n in range(min(mark.line, len(lines)) - 1, -1, -1) if lines[n].strip()), None) if mark else None
    if end is None or not re.fullmatch(r"\.\.\.(\s+#.*)?\s*", lines[end]):
        return None
    return SyntaxMessage(end + 1, 1, "en rad med bara ... avslutar filen för YAML; det som står efter den läses inte.",
                         "Ta bort raden; hör ... till en text, dra in raden lika långt som textens andra rader.")


def _indented_top(lines: list[str]) -> Optional[SyntaxMessage]:
    """The file's first field indented, so the fields after it cannot line up with it."""
    first = next((_read_line(lines, n) for n in range(1, len(lines) + 1) if _read_line(lines, n)), None)
    if first is None or first.start == 0 or first.dashes:
        return None
    name = f"{code(first.key)}" if first.key else "raden"
    return SyntaxMessage(first.number, first.start + 1,
                         f"fel indrag: filens första fält, {name}, börjar i kolumn {first.start + 1}, men fälten "
                         "längst ut i filen ska börja i kolumn 1.",
                         f"Ta bort mellanslagen före {name}.")


def _block_text_header(lines: list[str], mark) -> SyntaxMessage:
    """`text: >-,` – after `>` or `|` only `-` or `+` may follow; the text starts on the next line."""
    indicator = lines[mark.line][mark.column] if mark.line < len(lines) else ">"
    return SyntaxMessage(mark.line + 1, mark.column + 1,
                         f"efter {indicator} börjar en text på raderna nedanför; på samma rad får bara - eller + stå "
                         f"efter {indicator}.",
                         f"Skriv {code('>-')} ensamt efter kolonet och texten indragen på raderna under. Ska texten börja "
                         f"med {indicator}, sätt hela texten inom citattecken.")


def _missing_colon(lines: list[str], mark, blocks: Collection[frozenset[str]] = ()) -> SyntaxMessage:
    number = mark.line + 1
    text = lines[mark.line] if mark.line < len(lines) else ""
    glued = re.match(r"\s*(?:-\s+)*([^\s:#]+):(\S.*)$", text)
    if glued:
        return SyntaxMessage(number, text.index(":") + 1, "mellanslag saknas efter kolonet.",
                             f"Skriv ett mellanslag efter kolonet: {glued.group(1)}: {glued.group(2).strip()}")
    # `kind promise`: a field of the file's blocks before the value (the party-office audit was
    # told `namn: värde` for each of ten such lines); any other line may be a text's.
    field = re.match(r"\s*(?:-\s+)*([a-z_]+)[ \t]+(\S.*?)\s*$", text)
    known = field and blocks and _known_field(blocks, field.group(1))
    written = code(f"{field.group(1)}: {field.group(2)}") if known else code("namn: värde")
    # `text >-`: a field of the file before a text's sign is no line of a text; the file is read on
    # with the colon (a field's line without one is left out instead, `load._stands_alone`, but the
    # text's lines below belong to this one).
    mended = (text[:field.end(1)] + ":" + text[field.end(1):] if known and _BLOCK_TEXT.search(f": {field.group(2)}")
              else None)
    return SyntaxMessage(number, mark.column + 1,
                         coded("raden är varken ett fält (`namn: värde`) eller en listpunkt (`- …`)."),
                         f"Saknas kolonet efter fältnamnet? Skriv {written}. Fortsätter raden texten på raden "
                         "ovanför, dra in den längre än fältnamnet ovanför, eller sätt hela texten inom citattecken.",
                         mended)


def _unclosed_bracket(lines: list[str], opened, is_list: bool) -> SyntaxMessage:
    close = "]" if is_list else "}"
    rest = lines[opened.line][opened.column:] if opened.line < len(lines) else ""
    if close not in rest:
        what = "listan inom hakparenteser [ ]" if is_list else "blocket inom klammerparenteser { }"
        hint = ("Avsluta listan med ] på samma rad, t.ex. topics: [hemloshet, ekonomi-och-budget]" if is_list else
                "Avsluta blocket med } på samma rad, eller skriv fälten på egna rader utan klamrar.")
        # Read on with the bracket closed at the line's end, as the hint mends it (not past a comment).
        mended = None if "#" in rest else lines[opened.line].rstrip() + close
        return SyntaxMessage(opened.line + 1, opened.column + 1, f"{what} avslutas aldrig med {close}.", hint, mended)
    return SyntaxMessage(opened.line + 1, opened.column + 1,
                         f"{'listan inom hakparenteser' if is_list else 'blocket inom klammerparenteser'} "
                         "kan inte läsas.",
                         "Skilj posterna åt med komma, t.ex. [hemloshet, ekonomi-och-budget], och sätt text med "
                         "kolon eller komma inom citattecken.")


def file_not_address(path: bool, top: Optional[str] = None) -> str:
    """The hint to a web address written as a file's name or, `path`, its path on the computer.
    What address to write goes by the field's top-level key (`top`): a registry actor's `url` is
    its web site, where the hint spoke of the document, as at a plan's or its source's."""
    wanted = "till aktörens webbplats" if top == "actors" else "där dokumentet finns på webben"
    return (f"Det är {'sökvägen till en fil på datorn' if path else 'namnet på en fil'}. Skriv adressen {wanted}, "
            "med https:// först, som webbläsarens adressfält visar den.")


_SCHEME_FIRST = lazy_regex.compile(r"[a-z][a-z0-9+.-]*:[\\/]{2}|https?:|www\.", re.I)  # an address, its slashes aside


def slashes_hint(path: str) -> str:
    """The hint to a source's path written with backslashes: `path` (`archive_meant`) to write."""
    return (f"Skriv sökvägen med snedstreck (/) i stället för bakstreck, från mappen sources/ och utan citattecken: "
            f"{code(f'archive: {path}')}.")


def _bad_escape(lines: list[str], opened, mark) -> SyntaxMessage:
    text = lines[mark.line] if mark.line < len(lines) else ""
    backslash = text.rfind("\\", 0, mark.column + 1)
    col = backslash if backslash >= 0 else mark.column
    before = lines[opened.line][:opened.column]
    inner, rest = _quoted_on_line(lines[opened.line][opened.column + 1:]) if opened.line == mark.line else ("", "")
    # The text's field: in a flow mapping the key just before it, not the line's
    # (`source: {archive: "C:\\…", retrieved: …}`), whose example held the rest of the line in its quotes.
    key = _FLOW_KEY.search(before)
    meant = _single_quoted_text(inner)
    shape = _read_line([before + quoted(meant) + rest], 1)
    if key and key.group(1).strip("'\"") == "archive" and inner:
        # `archive: "C:\\Users\\kd\\sources\\x.txt"`: the single quotes offered below were followed by
        # the path's own error, as no drive nor folder but sources/ is an archive's; its path, at once.
        path = archive_meant(inner)
        return SyntaxMessage(mark.line + 1, col + 1, "sökvägen är skriven med bakstreck (\\) inom dubbla citattecken, "
                             "där YAML läser \\ som början på en specialkod, och den här koden finns inte.",
                             slashes_hint(path), before + path + rest,
                             read_as=(opened.column + 1, before + quoted(inner) + rest))
    if key and key.group(1).strip("'\"") == "url" and inner and (not _SCHEME_FIRST.match(inner) or no_web_host(inner)):
        # `url: "C:\\Users\\kd\\plan.pdf"`: in single quotes, as offered below, it was next told to be no address.
        return SyntaxMessage(mark.line + 1, col + 1, "adressen är en sökväg på datorn, skriven med bakstreck (\\) inom "
                             "dubbla citattecken, där YAML läser \\ som början på en specialkod, och den här koden finns "
                             "inte.", file_not_address(True, _top_key(lines, opened.line + 1)),
                             read_as=(opened.column + 1, before + quoted(inner) + rest))
    fixed = f" Till exempel: {_field_line(shape, shape.value)}" if shape and inner else ""
    return SyntaxMessage(mark.line + 1, col + 1,
                         "inom dubbla citattecken läses \\ som början på en specialkod, och den här koden finns inte.",
                         f"Sätt texten inom enkla citattecken ' i stället, eller skriv \\\\ för ett bakstreck.{fixed}")


def _single_quoted_text(inner: str) -> str:
    """The double-quoted `inner` of a text whose backslash begins no escape, as single quotes
    write it for the example: its escaped quotes and backslashes as themselves (`\\"Trygg\\"`:
    "Trygg", which in single quotes were kept with their backslashes), every other backslash kept,
    as a path's (`C:\\Users`, whose `\\U` YAML reads as no escape) is meant."""
    return _ESCAPED_AS_ITSELF.sub(lambda escaped: escaped.group()[1], inner)


_ESCAPED_AS_ITSELF = lazy_regex.compile(r'\\["\\]')


_FLOW_KEY = lazy_regex.compile(r"""([^\s#:'"\[\]{},][^:#,{}\[\]]*?|"[^"]*"|'[^']*')\s*:\s*$""")  # the key a value follows


def _quoted_on_line(after: str) -> tuple[str, str]:
    """The text of a double-quoted value that begins `after` its opening quote, and the rest of
    the line after its closing quote (`, retrieved: 2026-11-22}`, `  # kommentar`): a backslash
    escapes the character after it. A text not closed on the line is the line's rest."""
    index = 0
    while index < len(after):
        if after[index] == "\\":
            index += 2
        elif after[index] == '"':
            return after[:index], after[index + 1:]
        else:
            index += 1
    return after.rstrip(), ""


def archive_meant(written: str) -> str:
    """The path a source's `archive` written the Windows way (`C:\\Users\\kd\\sources\\x.txt`,
    `sources\\x.txt`) means: sources/ and the file's name, as `model.ARCHIVE_PATTERN` takes it (no
    drive, no folder but sources/)."""
    return "sources/" + PureWindowsPath(written).name


def _reserved_start(lines: list[str], mark, char: str) -> SyntaxMessage:
    shape = _read_line(lines, mark.line + 1)
    message = f"en text får inte börja med tecknet {char} utan citattecken."
    if char == "*" and shape is not None and shape.key == "quote" and shape.value.replace("*", "").strip():
        # `quote: *Öppna* ett …`: the source's emphasis, which a quote leaves out (`checks`
        # refuses it inside quotes too), so quoting it as it is would only move the error.
        return SyntaxMessage(mark.line + 1, mark.column + 1, message,
                             "Ta bort asteriskerna: de är betoning, som inte räknas i ett citat: "
                             + _field_line(shape, shape.value.replace("*", "").strip()))
    fixed = f": {_field_line(shape, quoted(shape.value))}" if shape and shape.value else "."
    return SyntaxMessage(mark.line + 1, mark.column + 1, message, f"Sätt hela texten inom citattecken{fixed}")


def _dash_starts_text(lines: list[str], mark, value_lists: Collection[str] = frozenset()) -> Optional[SyntaxMessage]:
    """`quote: - Förbättra …`: a list item's dash copied with the text. After `key: `, a
    dash and a space would begin a list, which cannot stand on the key's line. For a field that
    holds a list of values, `topics: - familjecentral`, the list written on the key's line: its
    hint is the line to write, in brackets (removing the dash gave `topics: familjecentral`, a
    text where a list is expected)."""
    shape = _read_line(lines, mark.line + 1)
    if shape is None or shape.key is None or not shape.value.startswith("-") or \
            not lines[mark.line][mark.column:].startswith(shape.value):
        return None
    without = shape.value.lstrip("- ")
    if shape.key in value_lists and without:
        return SyntaxMessage(mark.line + 1, mark.column + 1,
                             "en lista kan inte börja på samma rad som fältnamnet; efter kolonet läses - och "
                             "mellanslag som början på en lista.",
                             f"Skriv {_field_line(shape, flow_list(without))} med hakparenteser, eller varje post på en "
                             f"egen rad under {code(f'{shape.key}:')} som börjar med {code('- ')}.")
    example = f" ({_field_line(shape, without)})" if without else ""
    return SyntaxMessage(mark.line + 1, mark.column + 1,
                         "en text får inte börja med - och mellanslag utan citattecken; efter kolonet läses det som "
                         "början på en lista.",
                         f"Ta bort strecket om det är listtecknet från källan{example} – ett citat behöver inte "
                         f"listtecknet. Hör strecket till texten, sätt hela texten inom citattecken: "
                         f"{_field_line(shape, quoted(shape.value))}")


def _unreadable_character(error, text: str) -> SyntaxMessage:
    before = text[: error.position]
    line = before.count("\n") + 1
    col = len(before) - (before.rfind("\n") + 1) + 1
    code = error.character if isinstance(error.character, int) else ord(str(error.character)[:1] or "?")
    return SyntaxMessage(line, col, f"tecknet U+{code:04X} får inte finnas i en YAML-fil.",
                         "Ta bort tecknet; det kommer ofta med när text klistras in från en pdf.")
