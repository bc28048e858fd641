"""Strict YAML → raw data with line marks → typed model.

Every scalar is read as text and only the schema gives it a type, so `no`, `012`, `1.10`
or `12:30` stay what the author wrote. Anything YAML could make mean something else
(duplicate keys, anchors, aliases, merge keys, tags, tabs, invisible characters) is an
error. Parser and schema errors come back as located errors; this module never raises
anything else for bad input.
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Optional, Union, get_args, get_origin

import yaml
from pydantic import BaseModel, ValidationError

from .errors import LocatedError

MAX_FILE_BYTES = 1024 * 1024
MAX_DEPTH = 16
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


# --- the raw tree: what the file says, with where it says it ----------------------------
@dataclass
class Node:
    line: int  # 1-based
    col: int  # 1-based


@dataclass
class Scalar(Node):
    value: Optional[str] = None


@dataclass
class Mapping(Node):
    # key -> (line, col of the key, value node)
    entries: dict[str, tuple[int, int, "AnyNode"]] = field(default_factory=dict)


@dataclass
class Sequence(Node):
    items: list["AnyNode"] = field(default_factory=list)


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


class _Reader:
    """Reads one file into a raw tree, collecting every problem instead of stopping."""

    def __init__(self, path: str, raw: bytes):
        self.path = path
        self.raw = raw
        self.errors: list[LocatedError] = []

    def error(self, line: int, col: int, fieldname: str, message: str, hint: str = "") -> None:
        self.errors.append(LocatedError(self.path, line, col, fieldname, message, hint))

    # -- bytes and characters ---------------------------------------------------------
    def decode(self) -> Optional[str]:
        if len(self.raw) > MAX_FILE_BYTES:
            self.error(1, 1, "", f"filen är för stor ({len(self.raw)} byte, högst {MAX_FILE_BYTES}).",
                       "Dela upp dokumentet eller korta texterna.")
            return None
        raw = self.raw[3:] if self.raw.startswith(b"\xef\xbb\xbf") else self.raw
        try:
            return raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            before = raw[: exc.start]
            line = before.count(b"\n") + 1
            col = len(before) - (before.rfind(b"\n") + 1) + 1
            self.error(line, col, "", f"filen är inte giltig UTF-8 (byte 0x{raw[exc.start]:02x}).",
                       "Spara filen som UTF-8; i GitHubs webbredigerare blir det rätt automatiskt.")
            return None

    def check_characters(self, text: str) -> None:
        for number, line in enumerate(text.split("\n"), start=1):
            indent = len(line) - len(line.lstrip(" \t"))
            if "\t" in line[:indent]:
                self.error(number, line.index("\t") + 1, "", "tabb används för indrag.",
                           "Dra in med mellanslag (två per nivå), aldrig tabb.")
            for col, char in enumerate(line, start=1):
                if char in _BIDI:
                    self.error(number, col, "", f"osynligt riktningstecken U+{ord(char):04X} i texten.",
                               "Ta bort tecknet; det kan få texten att visas i en annan ordning än den lagras.")
                elif char in _INVISIBLE:
                    self.error(number, col, "", f"osynligt tecken: {_INVISIBLE[char]}.",
                               "Ta bort tecknet; det syns inte men ändrar texten.")
                elif char not in "\t\r" and unicodedata.category(char) == "Cc":
                    self.error(number, col, "", f"styrtecken U+{ord(char):04X} i texten.",
                               "Ta bort tecknet; det kommer ofta med när text klistras in från PDF.")

    # -- YAML events → raw tree ----------------------------------------------------------
    def parse(self, text: str) -> Optional[AnyNode]:
        try:
            events = list(yaml.parse(text, Loader=yaml.SafeLoader))
        except yaml.YAMLError as exc:  # syntax, and characters PyYAML refuses to read
            from .yaml_syntax import explain_syntax_error

            line, col, message, hint = explain_syntax_error(exc, text)
            self.error(line, col, "", message, hint)
            return None
        documents = [e for e in events if isinstance(e, yaml.DocumentStartEvent)]
        if len(documents) > 1:
            mark = documents[1].start_mark
            self.error(mark.line + 1, mark.column + 1, "", "filen innehåller flera YAML-dokument.",
                       "Ta bort raden med --- ; en fil är ett dokument.")
            return None
        self._events = iter(events)
        root: Optional[AnyNode] = None
        for event in self._events:
            if isinstance(event, (yaml.ScalarEvent, yaml.MappingStartEvent, yaml.SequenceStartEvent, yaml.AliasEvent)):
                root = self._node(event, "", 0)
        return root

    def _refuse_extras(self, event: yaml.Event, where: str) -> None:
        mark = event.start_mark
        if getattr(event, "anchor", None):
            self.error(mark.line + 1, mark.column + 1, where, f"ankare (&{event.anchor}) används inte här.",
                       "Skriv ut värdet på varje ställe i stället för att återanvända det.")
        tag = getattr(event, "tag", None)
        if tag is not None:
            self.error(mark.line + 1, mark.column + 1, where, f"YAML-taggen {tag} används inte här.",
                       "Ta bort taggen (det som börjar med !); skriv värdet som vanlig text.")

    def _node(self, event: yaml.Event, where: str, depth: int) -> AnyNode:
        line, col = event.start_mark.line + 1, event.start_mark.column + 1
        if depth == MAX_DEPTH + 1:
            self.error(line, col, where, "för djupt nästlad struktur.", "Förenkla strukturen.")
        if isinstance(event, yaml.AliasEvent):
            self.error(line, col, where, f"alias (*{event.anchor}) används inte här.",
                       "Skriv ut värdet på varje ställe i stället för att hänvisa till ett ankare.")
            return Scalar(line, col, None)
        self._refuse_extras(event, where)
        if isinstance(event, yaml.ScalarEvent):
            plain = event.style is None
            value = None if plain and event.value in NULL_WORDS else event.value
            return Scalar(line, col, value)
        if isinstance(event, yaml.SequenceStartEvent):
            node = Sequence(line, col)
            for child in self._events:
                if isinstance(child, yaml.SequenceEndEvent):
                    return node
                node.items.append(self._node(child, f"{where}[{len(node.items)}]", depth + 1))
            return node  # pragma: no cover - the parser guarantees an end event
        if isinstance(event, yaml.MappingStartEvent):
            return self._mapping(Mapping(line, col), where, depth)
        raise AssertionError(f"unexpected YAML event {event!r}")  # pragma: no cover

    def _mapping(self, node: Mapping, where: str, depth: int) -> Mapping:
        for key_event in self._events:
            if isinstance(key_event, yaml.MappingEndEvent):
                return node
            key_line, key_col = key_event.start_mark.line + 1, key_event.start_mark.column + 1
            if not isinstance(key_event, yaml.ScalarEvent):
                self.error(key_line, key_col, where, "en nyckel måste vara ett enkelt ord.",
                           "Skriv nyckeln som `namn:`.")
                self._node(key_event, where, depth + 1)
                self._node(next(self._events), where, depth + 1)
                continue
            value_event = next(self._events)
            key = key_event.value
            child_where = f"{where}.{key}" if where else key
            self._refuse_extras(key_event, child_where)
            if key == "<<" and key_event.style is None:
                self.error(key_line, key_col, child_where, "sammanslagningsnyckeln << används inte här.",
                           "Skriv ut alla fält direkt i blocket.")
            value = self._node(value_event, child_where, depth + 1)
            if key in node.entries:
                first_line = node.entries[key][0]
                self.error(key_line, key_col, child_where,
                           f"nyckeln '{key}' förekommer två gånger (rad {first_line} och rad {key_line}).",
                           "Ta bort eller slå ihop den ena; annars skulle den senare tyst ersätta den första.")
                continue
            node.entries[key] = (key_line, key_col, value)
        return node  # pragma: no cover


def read_document(path: Path, shown_as: str) -> tuple[Document, list[LocatedError]]:
    """Read one YAML file strictly. Returns the document (root None if unreadable) and errors."""
    try:
        raw = path.read_bytes()
    except OSError as exc:
        return Document(shown_as, None, ""), [LocatedError(shown_as, 1, 1, "", f"filen kan inte läsas: {exc.strerror}.")]
    reader = _Reader(shown_as, raw)
    text = reader.decode()
    if text is None:
        return Document(shown_as, None, ""), reader.errors
    reader.check_characters(text)
    root = reader.parse(text) if not reader.errors else None
    return Document(shown_as, root, text), reader.errors


# --- schema validation with locations --------------------------------------------------
def validate(document: Document, model: type[BaseModel]) -> tuple[Optional[BaseModel], list[LocatedError]]:
    """Type a raw document with the schema, turning every schema error into a located one."""
    if document.root is None:
        if document.text.strip() and not all(
            line.lstrip().startswith("#") or not line.strip() for line in document.text.splitlines()
        ):
            return None, []  # unreadable: the reader has reported why
        return None, [LocatedError(document.path, 1, 1, "", "filen är tom.", "Utgå från mallen; se bidragsguiden.")]
    if not isinstance(document.root, Mapping):
        return None, [LocatedError(document.path, document.root.line, document.root.col, "",
                                   "filen ska börja med fält (nyckel: värde), inte en lista eller en text.")]
    try:
        return model.model_validate(to_data(document.root)), []
    except ValidationError as exc:
        return None, [_locate(document, model, error) for error in exc.errors(include_url=False)]


def node_at(root: AnyNode, loc: tuple) -> tuple[AnyNode, tuple, Optional[tuple[int, int]]]:
    """Follow `loc` into the raw tree as far as it goes.

    Returns the deepest node reached, the part of `loc` that was followed, and the mark of
    the last mapping key followed (for pointing at a key rather than its value).
    """
    node: AnyNode = root
    followed: list = []
    key_mark = None
    for part in loc:
        if isinstance(node, Mapping) and isinstance(part, str) and part in node.entries:
            line, col, child = node.entries[part]
            key_mark = (line, col)
            node = child
        elif isinstance(node, Sequence) and isinstance(part, int) and 0 <= part < len(node.items):
            node = node.items[part]
            key_mark = None
        else:
            break
        followed.append(part)
    return node, tuple(followed), key_mark


def field_path(loc: tuple) -> str:
    text = ""
    for part in loc:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else str(part))
    return text


def _fields_of(model: type[BaseModel], loc: tuple) -> list[str]:
    """The keys allowed at `loc`, found by walking the model's field types."""
    current: Any = model
    for part in loc:
        current = _unwrap(current)
        if isinstance(part, int):
            args = get_args(current)
            current = args[0] if args else None
        elif isinstance(current, type) and issubclass(current, BaseModel) and part in current.model_fields:
            current = current.model_fields[part].annotation
        else:
            return []
    current = _unwrap(current)
    if isinstance(current, type) and issubclass(current, BaseModel):
        return list(current.model_fields)
    return []


def _unwrap(annotation: Any) -> Any:
    """Optional[X] → X, keeping list[X] as it is."""
    if get_origin(annotation) is Union:
        args = [a for a in get_args(annotation) if a is not type(None)]
        return args[0] if len(args) == 1 else annotation
    return annotation


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
    message, hint = _swedish(kind, error, model, followed, node)
    return LocatedError(document.path, line, col, fieldname, message, hint)


def _swedish(kind: str, error: dict, model: type[BaseModel], loc: tuple, node: AnyNode) -> tuple[str, str]:
    """A Swedish message and a hint for one pydantic error."""
    ctx = error.get("ctx") or {}
    value = error.get("input")
    name = loc[-1] if loc else ""
    if kind == "missing":
        missing = error["loc"][-1]
        return f"fältet '{missing}' saknas.", f"Lägg till `{missing}: …` i blocket."
    if kind == "extra_forbidden":
        allowed = _fields_of(model, loc[:-1])
        close = difflib.get_close_matches(str(name), allowed, n=1)
        hint = f"Menade du '{close[0]}'?" if close else ""
        hint += (" " if hint else "") + ("Tillåtna fält här: " + ", ".join(allowed) + "." if allowed else "")
        return f"okänt fält '{name}'.", hint
    if value is None and kind.endswith("_type"):
        return "värdet saknas.", "Skriv ett värde efter kolonet, eller ta bort raden om fältet är frivilligt."
    if kind == "literal_error":
        expected = re.findall(r"'([^']*)'", ctx.get("expected", ""))
        close = difflib.get_close_matches(str(value), expected, n=1)
        hint = (f"Menade du '{close[0]}'? " if close else "") + "Tillåtna värden: " + ", ".join(expected) + "."
        return f"'{value}' är inte ett tillåtet värde.", hint
    if kind == "string_pattern_mismatch":
        if str(name) in ("url",) or "https?" in ctx.get("pattern", ""):
            return f"'{value}' är ingen giltig webbadress.", "Skriv hela adressen med https:// först och utan mellanslag."
        if str(name) == "archive":
            return f"'{value}' är ingen giltig sökväg till en källtext.", "Skriv t.ex. sources/eskilstuna-v-2026.txt."
        return f"'{value}' är inget giltigt id.", "Använd bara små bokstäver a–z, siffror och bindestreck, t.ex. `hemloshet`."
    if kind == "string_too_long":
        return f"texten är för lång ({len(str(value))} tecken, högst {ctx.get('max_length')}).", "Korta texten eller dela upp den i flera punkter."
    if kind == "string_too_short":
        return "texten får inte vara tom.", "Skriv en text eller ta bort fältet om det är frivilligt."
    if kind in ("too_long",):
        return f"listan har för många poster (högst {ctx.get('max_length')}).", "Dela upp listan."
    if kind in ("too_short",):
        return f"listan måste ha minst {ctx.get('min_length')} post(er).", "Lägg till en post som börjar med `- `."
    if kind in ("int_parsing", "int_type", "int_from_float"):
        return f"'{value}' är inget heltal.", "Skriv bara siffror, t.ex. 2024."
    if kind in ("greater_than_equal", "less_than_equal", "greater_than", "less_than"):
        bound = ctx.get("ge", ctx.get("le", ctx.get("gt", ctx.get("lt"))))
        word = "minst" if kind.startswith("greater") else "högst"
        return f"{value} är utanför det tillåtna ({word} {bound}).", "Kontrollera värdet mot dokumentet."
    if kind in ("date_from_datetime_parsing", "date_parsing", "date_type"):
        return f"'{value}' är inget datum.", "Skriv datum som ÅÅÅÅ-MM-DD, t.ex. 2026-03-01."
    if kind in ("bool_parsing", "bool_type"):
        return f"'{value}' är varken true eller false.", "Skriv true eller false."
    if kind in ("list_type",):
        return "här ska det stå en lista.", "Skriv varje post på en egen rad som börjar med `- `."
    if kind in ("model_type", "dict_type", "model_attributes_type"):
        return "här ska det stå ett block med fält (nyckel: värde).", "Skriv fälten indragna på raderna under."
    if kind in ("string_type",):
        return "här ska det stå en text.", "Skriv texten direkt efter kolonet; sätt den inom citattecken om den innehåller kolon."
    if kind in ("value_error", "assertion_error"):
        message = str(error.get("msg", "")).removeprefix("Value error, ").removeprefix("Assertion failed, ")
        return message.rstrip(".") + ".", ""
    if kind.startswith("decimal"):
        return f"'{value}' är inget tal.", "Skriv t.ex. 620,9 eller -46,7."
    return str(error.get("msg", "ogiltigt värde")) + ".", ""
