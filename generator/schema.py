"""JSON Schemas for editors, derived from the models (never kept by hand), and from the
topic registry for the topic ids an editor suggests in a plan."""

from __future__ import annotations

import json
import sys
import unicodedata
from pathlib import Path
from typing import Iterable, Iterator, Optional

from . import load, model, paths
from .errors import coded, plain
from .escape import URL_PATTERN
from .load import REGISTRY_DIR, load_file

SCHEMA_DIR = "docs/schema"
SCHEMAS = {
    "plan.schema.json": (model.Plan, "Plan för Vem lovar vad?"),
    "actors.schema.json": (model.ActorRegistry, "Aktörsregister för Vem lovar vad?"),
    "topics.schema.json": (model.TopicRegistry, "Ämnesregister för Vem lovar vad?"),
    "municipalities.schema.json": (model.MunicipalityRegistry, "Kommunregister för Vem lovar vad?"),
    "terms.schema.json": (model.TermRegistry, "Mandatperioder för Vem lovar vad?"),
}


# These schemas sit on the site beside the open data's (data/v1/schema/), and a reuser
# validating a data file against one of these got 61 errors for a valid file.
EDITORS_ONLY = ("För redigeringsprogram: beskriver filen som den skrivs i YAML i repot, med förslag och kontroller medan man "
                "skriver. Det beskriver inte de öppna datafilerna; deras scheman finns under data/v1/schema/.")
# What marks a schema as one `make schema` writes, whatever its description says: known by the
# description alone, a schema renamed in `SCHEMAS` by the pull request that also changed
# `EDITORS_ONLY` kept its old file, published and named by no check. Never change this text:
# the files written before a change would no longer be known as this module's.
WRITTEN_BY = "Skriven av make schema ur generator/model.py och registry/topics.yaml; ändras inte för hand."


TOPICS = f"{REGISTRY_DIR}/topics.yaml"


def unwritten_schemas(folder: Path, made: Iterable[str]) -> list[str]:
    """The editors' schemas in `folder` that `make schema` wrote and no longer writes (`made`): a
    renamed model's old schema, which stayed published on the site and named from plans until
    someone removed it by hand. Its own are the files marked as written by it (`WRITTEN_BY`), or that
    say what it writes of each (`EDITORS_ONLY`), as those written before the mark do;
    any other file there is not its, also one named `*.schema.json` (a maintainer's own schema,
    which it removed unread), nor a link or a folder so named (removing a folder failed with a traceback)."""
    return sorted(path.name for path in folder.glob("*.schema.json")
                  if path.name not in set(made) and not path.is_symlink() and path.is_file() and _written_here(path))


def _written_here(path: Path) -> bool:
    """Whether the schema file at `path` is one `json_schemas` wrote: it has their mark or description."""
    try:
        schema = json.loads(path.read_bytes())
    except (OSError, ValueError):  # unreadable, or not JSON: not a file it wrote
        return False
    return isinstance(schema, dict) and (schema.get("$comment") == WRITTEN_BY or schema.get("description") == EDITORS_ONLY)


def registry_topics(root: Path) -> list[model.Topic]:
    """The topics of the registry (ValidationFailed when the file is refused)."""
    return load_file(Path(root), TOPICS, model.TopicRegistry).topics


def _suggest_topics(schema: dict, topics: Iterable[model.Topic]) -> None:
    """Every list of topic ids in the plan schema (an item's, a table's) offers the registry's
    ids as `examples`, which editors propose as a party office types. Suggestions, not an
    `enum`: `validate` names an unknown topic, with a hint, and an editor whose copy of the
    schema is older than the registry must not flag a topic just added to it."""
    ids = [topic.id for topic in topics]
    for definition in schema.get("$defs", {}).values():
        field = definition.get("properties", {}).get("topics")
        if field and field.get("type") == "array":
            field["items"] = {**field["items"], "examples": ids,
                              "description": f"Ett ämnes id ur {TOPICS}, t.ex. `{ids[0]}`."}


def _numbers_as_text(node: object) -> None:
    """Every text field accepts a number too: `validate` reads every scalar as text, so
    `columns: [2023, 2024]` (the years, as the field's description suggests), `title: 2026` or
    `id: 7` pass, while an editor's YAML reader types them as numbers and the schema marked
    them red. A pattern or an `enum` still holds for a text; a date's text (`format`) stays
    text, and so does the text form of a field that is a number or a flag already (a year's
    `"2026"` beside 2026, whose number has its own bounds; a flag's `"true"`). Where a pattern
    holds, only the numbers whose text it accepts: JSON Schema asks a pattern of texts alone, so
    `follows_up: 7` and `archive: 7` passed the editor, and `validate` refuses them. The conditions
    of the rules across fields (`if`) are left as written."""
    if isinstance(node, dict):
        if node.get("type") == "string" and "format" not in node:
            pattern = node.get("pattern", r"\S")
            if pattern == r"\S":  # any text: a number, and a text's `true` (`title: True`)
                node["type"] = ["string", "number", "boolean"]
            elif pattern == model.ID_PATTERN:  # `id: 7` is the id "7", `1e-5` "1e-5", `true` "true"; not -7
                node.update({"type": ["string", "number", "boolean"], "minimum": 0})
        for key, value in node.items():
            if key == "if":
                continue
            if key in ("anyOf", "oneOf") and any(option.get("type") in ("integer", "number", "boolean")
                                                 for option in value):
                for option in value:
                    if option.get("type") != "string":
                        _numbers_as_text(option)
            else:
                _numbers_as_text(value)
    elif isinstance(node, list):
        for value in node:
            _numbers_as_text(value)


def _nodes(node: object) -> Iterator[dict]:
    """Every block of a schema, its parts before it, outside the conditions of the rules across
    fields (`if`), which editors never show and whose values stay as the rule reads them."""
    if isinstance(node, dict):
        for key, value in list(node.items()):
            if key != "if":
                yield from _nodes(value)
        yield node
    elif isinstance(node, list):
        for value in list(node):
            yield from _nodes(value)


def _labelled_values(node: object) -> None:
    """Every list of allowed values (`kind`, `status`, `state`) carries what each means in
    Swedish, as the guide and `validate`'s messages name them (`goal (mål)`): editors show
    `markdownEnumDescriptions` beside each value they offer, which was bare `goal`."""
    for block in _nodes(node):
        vocabulary = next((vocabulary for vocabulary in (*model.VOCABULARIES, model.DECIMAL_MARKS)
                           if block.get("enum") == list(vocabulary)), None)
        if vocabulary is not None:
            block["markdownEnumDescriptions"] = [label[:1].upper() + label[1:] for label in vocabulary.values()]


def _pattern_messages() -> dict[str, str]:
    """What an editor says, in `validate`'s words, of a text its pattern refuses."""
    return {
        r"\S": model.said("texten är tom eller består bara av mellanslag", model.BLANK[1]),
        model.ID_PATTERN: model.said(load.NOT_AN_ID, load.id_hint("hemloshet")),
        model.FOLLOW_UP_PATTERN: model.said(load.NOT_A_REFERENCE, load.reference_hint()),
        f"^{URL_PATTERN}$": model.said(*load.NOT_AN_ADDRESS),
        model.ARCHIVE_PATTERN: model.said(*load.NOT_AN_ARCHIVE),
        model.YEAR_TEXT: model.said(*model.NOT_A_YEAR),
        model.SCORE_TEXT: model.said(*model.NOT_A_SCORE),
        model.FIGURE_TEXT: model.said(*model.NOT_A_FIGURE_IN_EDITORS),
        model.TABLE_FIGURE_TEXT: model.said(*model.NOT_A_TABLE_FIGURE_IN_EDITORS),
        model.DATE_IN_EDITORS: model.said(*model.NOT_A_DATE, "kontrollera att dagen finns i kalendern"),
    }


VISIBLE = "SynligText"


def _texts_in_editors(schema: dict) -> None:
    """A text with a character that does not show (a zero-width space, a soft hyphen, a
    direction mark, a control character pasted from a PDF) passed the editor, and only
    `validate` refused it: each text now holds a second pattern that refuses them, with its
    own message, defined once (`$defs`). (An id, a date or an address refuses them by its own
    pattern.) And a text's length is left to `validate`, which counts it as read (NFC): an
    editor counts code points as written, three for a letter such as ệ copied from a PDF, and
    said the limit in English. An empty text is its pattern's to say, in Swedish."""
    texts = [block for block in _nodes(schema) if block.get("pattern") == r"\S"]
    for text in texts:
        text["allOf"] = [{"$ref": f"#/$defs/{VISIBLE}"}]
        text.pop("minLength", None)
        text.pop("maxLength", None)
    if texts:
        schema.setdefault("$defs", {})[VISIBLE] = {"pattern": f"^[^{load.HIDDEN_IN_EDITORS}]*$",
                                                   "patternErrorMessage": model.said(*load.HIDDEN_CHARACTER)}


WITHOUT_PLACEHOLDER = "UtanPlatshallare"


def _placeholders_marked(schema: dict) -> None:
    """A draft from `new` (or the guide's template) holds `PLATSHÅLLARE` where the party's words
    go, and only `validate` named each one left: every text of a plan now refuses it too, so
    the editor marks what is left to fill in while one writes."""
    texts = [block for block in _nodes(schema) if {"$ref": f"#/$defs/{VISIBLE}"} in block.get("allOf", [])]
    for text in texts:
        text["allOf"].append({"$ref": f"#/$defs/{WITHOUT_PLACEHOLDER}"})
    if texts:
        schema["$defs"][WITHOUT_PLACEHOLDER] = {"pattern": f"^(?![\\s\\S]*{model.PLACEHOLDER})",
                                                "patternErrorMessage": model.said(*model.PLACEHOLDER_LEFT)}


def _decomposed_too(node: object) -> None:
    """An allowed value with å, ä or ö (a county) written as a letter and a combining mark, as
    a PDF or a Mac may copy it: `validate` reads it composed (NFC) and accepts it,
    while an editor compared it mark by mark and marked it. Beside the list, which editors
    offer as they are typed, a pattern that accepts each value in either form."""
    for block in _nodes(node):
        options = block.get("anyOf")
        for option in list(options) if isinstance(options, list) else []:
            words = [word for word in option.get("enum", []) if isinstance(word, str)]
            if any(unicodedata.normalize("NFD", word) != word for word in words):
                said = load.not_allowed(words)
                options.insert(options.index(option) + 1, {
                    "type": "string", "pattern": "^(" + "|".join(_either_form(word) for word in words) + ")$",
                    "patternErrorMessage": said, "errorMessage": said})


def _either_form(word: str) -> str:
    """A pattern for `word` with each letter composed or decomposed."""
    def letter(char: str) -> str:
        decomposed = unicodedata.normalize("NFD", char)
        if decomposed == char:  # escaped as JavaScript's Unicode patterns allow: its syntax characters only
            return "\\" + char if char in "^$\\.*+?()[]{}|/" else char
        return "(" + char + "|" + "".join("\\u%04x" % ord(mark) for mark in decomposed) + ")"
    return "".join(letter(char) for char in word)


def _swedish_messages(node: object, messages: dict[str, str]) -> None:
    """Editors said what was wrong in English ("String does not match the pattern of
    "^[a-z0-9]+(-[a-z0-9]+)*$"", "Value is not accepted"): each value's rule now carries
    `validate`'s Swedish words, which the YAML language server shows instead (`errorMessage`
    for a value of the wrong type or outside the allowed values, `patternErrorMessage` for a
    text its pattern refuses). A missing or unknown field keeps the editor's own message, which
    names the field (an `errorMessage` on a block would replace it for every field)."""
    for block in _nodes(node):  # a block's parts first: its alternatives' messages are said then
        types = block.get("type") if isinstance(block.get("type"), list) else [block.get("type")]
        if isinstance(block.get("pattern"), str) and "patternErrorMessage" not in block:
            block["patternErrorMessage"] = messages[block["pattern"]]
            if block["pattern"] != r"\S":  # also for a value of another type: `archive: 7` is no path
                block["errorMessage"] = messages[block["pattern"]]
        if "enum" in block:
            words = [value for value in block["enum"] if isinstance(value, str)]
            block["errorMessage"] = (model.said(*model.NOT_TRUE_OR_FALSE) if set(words) == set(model.BOOLEAN_WORDS)
                                     else load.not_allowed(words))
        elif types == ["boolean"] and "errorMessage" not in block:  # a flag's `yes`
            block["errorMessage"] = model.said(*model.NOT_TRUE_OR_FALSE)
        elif "string" in types and "errorMessage" not in block:
            block["errorMessage"] = model.said(*load.NOT_A_TEXT)
        elif "array" in types and "errorMessage" not in block:
            block["errorMessage"] = model.said(*load.NOT_A_LIST)
        _one_message_for_alternatives(block)


# An id's example, by the block and field the id is in: the editor's message gave a topic's id
# (`hemloshet`) as the example of a plan's, an item's or an actor's id too (the schema audit).
ID_EXAMPLES = {
    ("Plan", "id"): "eskilstuna-s-valplattform-2026", ("Plan", "actor"): "eskilstuna-s",
    ("Plan", "municipality"): "eskilstuna", ("Item", "id"): "fler-familjecentraler",
    ("Item", "topics"): "hemloshet", ("Table", "id"): "resultatbudget", ("Table", "topics"): "hemloshet",
    ("Actor", "id"): "eskilstuna-s", ("Actor", "municipality"): "eskilstuna", ("Topic", "id"): "hemloshet",
    ("Municipality", "id"): "eskilstuna", ("Term", "id"): "2022-2026",
}


def _ids_exemplified(schema: dict, top: str) -> None:
    """Each id's message with an example of its own kind of id (`ID_EXAMPLES`)."""
    blocks = [(top, schema)] + list(schema.get("$defs", {}).items())
    for name, block in blocks:
        for field, value in block.get("properties", {}).items():
            example = ID_EXAMPLES.get((name, field))
            for part in _nodes(value) if example else ():
                if part.get("pattern") == model.ID_PATTERN:
                    part["patternErrorMessage"] = part["errorMessage"] = model.said(load.NOT_AN_ID, load.id_hint(example))


def _one_message_for_alternatives(node: dict) -> None:
    """A value of a field with alternatives (a text or nothing, a number or its text, a flag or
    its word) that fits none was said in English ("Incorrect type. Expected "string | null""):
    the language server merges the alternatives' type errors into a message of its own, unless
    each is given as a list of types, and says an alternative's own message only. So each
    alternative says the field's message, with its types as a list."""
    alternatives = node.get("anyOf")
    if not isinstance(alternatives, list) or any("$ref" in option or "properties" in option for option in alternatives):
        return
    message = next((option["errorMessage"] for option in alternatives
                    if ("pattern" in option or "enum" in option) and "errorMessage" in option), None)
    for option in alternatives:
        if isinstance(option.get("type"), str):
            option["type"] = [option["type"]]
        if message:
            option.setdefault("errorMessage", message)


# Each bound a value may pass, and a type a value of that kind can never have: a value outside
# the bound fails that type in a branch (`else`) that says why, as the language server says a
# schema's message for a type and not for a bound.
_BOUNDS = {"minimum": "string", "maximum": "string", "minItems": "string", "maxItems": "string",
           "uniqueItems": "string", "maxLength": "number"}


def _bound_message(block: dict, keyword: str, bound: object) -> str:
    """What `validate` says of a value outside `bound`. A bound on a value's form keeps its
    block's message: a number as an id (`id: -7`) is no id, a figure is finite."""
    if keyword in ("minimum", "maximum"):
        if "pattern" in block or abs(bound) == sys.float_info.max:
            return block["errorMessage"]
        return model.said(*model.out_of_range(keyword == "minimum", bound))
    if keyword == "minItems":
        return model.said(*load.too_few_entries(bound))
    if keyword == "maxItems":
        return model.said(*load.too_many_entries(bound))
    if keyword == "uniqueItems":  # a list of topics (ids), a table's columns or a row's `approximate` (column headings)
        items = block.get("items", {})  # a topic's id: the registry's ids offered (`_suggest_topics`), or none yet
        if "examples" in items or items.get("description") == model.ID_DESCRIPTION:
            table = block.get("description") == model.Table.model_fields["topics"].description
            return model.said("ett ämne står två gånger", load.TOPIC_TWICE_TABLE_HINT if table else load.TOPIC_TWICE_HINT)
        if block.get("description") == model.Table.model_fields["columns"].description:
            return model.said(f"en kolumn {load.COLUMNS_TWICE[0]}", load.COLUMNS_TWICE[1])
        return model.said(coded("en kolumn står två gånger i radens `approximate`"), load.COLUMN_TWICE_HINT)
    if block.get("pattern") == model.ID_PATTERN:
        return model.said(f"id:t är för långt (högst {bound} tecken)", load.id_too_long_hint())
    return model.said(f"texten är för lång (högst {bound} tecken)", "Korta texten.")


def _bounds_in_swedish(node: object) -> None:
    """A number, list or text outside its bounds (`year: 1800`, `topics: [a, a]`, an empty
    `columns`) was said in the language server's English ("Value is below the minimum of
    1900."), which takes no message from a schema for a bound: each bound is now a condition
    (`if`) whose `else` fails a type the value cannot have, with `validate`'s words. The same
    values pass and fail as before. Not in an `allOf`: the server offers no `examples` (the
    registry's topic ids) for a list's entry whose schema has one."""
    for block in _nodes(node):
        condition: dict = {}
        for keyword, other_type in reversed(_BOUNDS.items()):
            if keyword in block:  # a second bound is checked once the value passes the first (`then`)
                condition = {"if": {keyword: block[keyword]}, **({"then": condition} if condition else {}),
                             "else": {"type": [other_type], "errorMessage": _bound_message(block, keyword, block[keyword])}}
        for keyword in _BOUNDS:
            block.pop(keyword, None)
        if condition:
            assert "if" not in block, block  # a value's block, not a block of fields with rules across them
            block.update(condition)


def _text_bounds_in_swedish(node: object, document: Optional[dict] = None) -> None:
    """A year or a score in quotes outside its bounds (`year: "1850"`, `probability: '7'`) was
    "no year of four digits" in the editor, which is untrue, while `validate` reads it as the
    number and says it is too low or too high: the text's pattern now accepts every text
    `validate` reads as such a number, and a condition says which are below or above the
    bounds, in `validate`'s words. And the other way round, a number that is no such text
    (`year: 20`) was too low in the editor and is no year to `validate`: the number's bounds are
    said only of numbers of the form (a score's are every whole number: `probability: -1` is too
    low to `validate`, which once called it no whole number). The text's checks and
    the number's are chosen by the value's type (`if`): as alternatives (`anyOf`), a text that
    fails both was said in the number's words, the first alternative's. (Before
    `_bounds_in_swedish`, which would say every bound.) Two years in one (`year: 2026-2027`),
    "no year of four digits" too, are said as `validate` says them, a document's with the
    `period` it may have instead (`document`, the plan's own `year`); and a year of two digits
    (`year: 98`) with the centuries it may be in, where `validate` names the years, which a
    schema's fixed message cannot (`model.SHORT_YEAR_IN_EDITORS`); two such years (`year: 14-18`),
    which were no year of four digits, as two years, a document's with the `period` it may have
    (`model.SHORT_YEARS_IN_EDITORS`)."""
    inside = {id(block) for block in _nodes(document)} if document is not None else set()
    for block in _nodes(node):
        options = block.get("anyOf")
        text = next((option for option in options or () if option.get("type") == ["string"]
                     and option.get("pattern") in model.TEXTS_OUT_OF_BOUNDS), None)
        if text is None or len(options) != 2:
            continue
        form, below, above, (lowest, highest), (least, greatest) = model.TEXTS_OUT_OF_BOUNDS[text["pattern"]]
        low, high = (_fails(model.said(*model.out_of_range(below_it, bound))) for below_it, bound in ((True, lowest), (False, highest)))
        number = next(option for option in options if option is not text)
        otherwise, other_numbers = {}, _fails(number["errorMessage"])
        if text["pattern"] == model.YEAR_TEXT:
            # Two years, and a year of two digits (`year: 98`, a number, or `'98'`), said as
            # `validate` says them, which were no year of four digits.
            two, short = f"\\s*{model.TWO_YEARS_FORM}\\s*", f"\\s*{model.SHORT_YEAR_FORM}\\s*"
            shorts = f"\\s*(?:{model.SHORT_YEARS_FORM})\\s*"
            in_centuries = _fails(model.said(*model.SHORT_YEAR_IN_EDITORS))
            otherwise = {"else": {"if": {"pattern": f"^{two}$"}, "then": _fails(model.said(
                *model.two_years("…", "…", document=True) if id(block) in inside else model.two_years("", "", False))),
                "else": {"if": {"pattern": f"^{short}$"}, "then": in_centuries,
                         "else": {"if": {"pattern": f"^{shorts}$"}, "then": _fails(model.said(
                             *model.SHORT_YEARS_IN_EDITORS[id(block) in inside]))}}}}
            other_numbers = {"if": {"minimum": 0, "maximum": 99}, "then": in_centuries, "else": other_numbers}
            form = f"{form}|{two}|{short}|{shorts}"
        text["pattern"] = f"^({form})$"
        text.update({"if": {"pattern": f"^({below})$"}, "then": low,
                     "else": {"if": {"pattern": f"^({above})$"}, "then": high, **otherwise}})
        number.pop("minimum"), number.pop("maximum")
        of_form = {keyword: bound for keyword, bound in (("minimum", least), ("maximum", greatest)) if bound is not None}
        within = {"if": {"minimum": lowest}, "then": {"if": {"maximum": highest}, "else": high}, "else": low}
        number.update({"if": of_form, "then": within, "else": other_numbers} if of_form else within)
        block["anyOf"] = [{"if": {"type": "string"}, "then": text, "else": number}]


def _fails(message: str) -> dict:
    """A condition's branch that fails a number or a text with `message` (as a type it is not)."""
    return {"if": {"type": "string"}, "then": {"type": ["number"], "errorMessage": message},
            "else": {"type": ["string"], "errorMessage": message}}


# What a value's block says of itself, for hover and suggestions, beside what it checks.
_SHOWN = ("description", "examples", "markdownEnumDescriptions")


def _accepted_unsuggested(accepted: str, checks: dict) -> dict:
    """A value of type `accepted` passes, and anything else must pass `checks`, without an
    editor offering that type as a value: it offers none of a condition's (`if`)."""
    return {"if": {"type": accepted}, "else": checks}


def _fields_insertable(node: object) -> None:
    """An editor inserts a field that one picks from its suggestions as `title: ` when the
    field's block has a type or alternatives, and as `title`, with no colon, when it has
    neither: a block that is a condition alone (`_accepted_unsuggested`) now stands as the one
    alternative of an `anyOf`. (Not a list's entry: the editor offers no `examples`, the
    registry's topic ids, for an entry of alternatives.)"""
    for block in _nodes(node):
        for field in block.get("properties", {}).values() if isinstance(block.get("properties"), dict) else ():
            if "if" in field and not any(key in field for key in ("type", "anyOf", "properties", "items")):
                checks = {key: field.pop(key) for key in list(field) if key not in _SHOWN}
                field["anyOf"] = [checks]


def _flags_as_text_unsuggested(node: object) -> None:
    """A text or an id accepts `true` and `false` (`validate` reads `title: True` as the text
    "True", `_numbers_as_text`), and an editor offered true and false as the value of every
    such field, as if it were a flag. The flags are now accepted by a condition, so no field but
    a flag lists the boolean type, and the rest of the block's checks hold for anything else.
    (A list of allowed values offers its values alone already.)"""
    for block in _nodes(node):
        types = block.get("type")
        if isinstance(types, list) and "boolean" in types and len(types) > 1 and "enum" not in block:
            checks = {key: block.pop(key) for key in list(block) if key not in _SHOWN}
            checks["type"] = [kind for kind in types if kind != "boolean"]
            block.update(_accepted_unsuggested("boolean", checks))


# Nothing (`null`), said without its type: an editor offers every type an alternative names as
# a value, and none that a `not` names.
_NOTHING = {"not": {"type": ["string", "number", "boolean", "object", "array"]}}


def _nothing_unsuggested(schema: dict) -> None:
    """An optional field's `null` (`period:` with nothing after it) is the field left out, for
    `validate` and for the schema alike, and an editor offered `null` as the value of every
    such field, twice ("Default value" and the type), and inserted the field as `period: null`:
    for `year:` it suggested the one value that gives the document no dating. The alternative
    of nothing is now said without its type, and has no default; an editor still offers the
    other alternatives' values (a county), which it finds in alternatives and not in conditions.
    A rule across fields that allows nothing but nothing (`model._one_dating_in_editors`) keeps
    its message, which a `not` would not say: it accepts nothing by a condition instead.

    And a value where an optional block of fields belongs (`risk: 5`, a list under
    `attribution`) was said in the language server's English ("Incorrect type. Expected
    "Risk""), naming the definition rather than what to write: the block's alternative now
    checks the type first, and anything but a block fails in `validate`'s words. (Not for a
    field that must be there, such as `source`, nor for a list's entries: an editor inserts
    those with their required fields only while the definition is theirs directly; an
    `errorMessage` beside it would replace the server's own message for a missing or unknown
    field, which names the field.)"""
    definitions = schema.get("$defs", {})
    blocks = {f"#/$defs/{name}" for name, definition in definitions.items() if definition.get("type") == "object"}
    nothing = ("null", ["null"])
    for block in _nodes(schema):
        options = block.get("anyOf")
        if isinstance(options, list) and any(option.get("type") in nothing for option in options):
            block["anyOf"] = [_NOTHING if option.get("type") in nothing
                              else _a_block_in_swedish(option["$ref"]) if option.get("$ref") in blocks
                              else option for option in options]
            if "default" in block and block["default"] is None:
                del block["default"]
    for block in _nodes(schema):  # what is left: the rules'
        if block.get("type") in nothing:
            checks = {key: block.pop(key) for key in list(block) if key not in _SHOWN}
            block.update(_accepted_unsuggested("null", {**checks, "type": ["null"]}))


def _a_block_in_swedish(reference: str) -> dict:
    """The definition `reference` for a block of fields, and `validate`'s words for anything else."""
    return {"if": {"type": "object"}, "then": {"$ref": reference},
            "else": {"if": {"type": "array"},
                     "then": {"type": ["object"], "errorMessage": model.said(*load.A_LIST_NOT_A_BLOCK)},
                     "else": {"type": ["object"], "errorMessage": model.said(*load.NOT_A_BLOCK)}}}


# What a YAML value may not begin with unquoted (its indicators), and those that may begin one
# only when a character other than a space follows.
_INDICATORS, _INDICATORS_BEFORE_A_SPACE = ",[]{}#&*!|>'\"%@`", "-?:"


def _unquoted_breaks(value: object) -> bool:
    return isinstance(value, str) and bool(value) and (
        value[0] in _INDICATORS or (value[0] in _INDICATORS_BEFORE_A_SPACE and value[1:2] in ("", " ")))


def _values_offered_quoted(node: object) -> None:
    """An allowed value that YAML reads only in quotes (a decimal mark's `","`) was offered bare,
    and the editor wrote `decimal: ,`, which neither YAML nor `validate` reads: its writer quotes
    no value beginning with a comma. Such a list of allowed values (or the one value a rule
    asks for) is now a condition, which the editor does not offer, and each value is offered
    as a snippet (`defaultSnippets`) written in quotes, with what it means. Anything else fails
    with the block's message: a text where only a number can stand, anything else where only a
    text can."""
    for block in _nodes(node):
        key = next((key for key in ("enum", "const") if key in block), None)
        values = (block[key] if key == "enum" else [block[key]]) if key else []
        if not any(_unquoted_breaks(value) for value in values):
            continue
        meanings = block.pop("markdownEnumDescriptions", [None] * len(values))
        checks = {name: block.pop(name) for name in list(block) if name not in _SHOWN}
        message = checks.get("errorMessage")
        block.update({
            "if": {key: checks[key]},
            "else": _fails(message),
            "defaultSnippets": [{"label": json.dumps(value, ensure_ascii=False), "bodyText": json.dumps(value, ensure_ascii=False),
                                 **({"markdownDescription": meaning} if meaning else {})}
                                for value, meaning in zip(values, meanings)]})


def _fields_in_swedish(node: object) -> None:
    """A field a block does not have (`titel:`, a misspelling) was said in the language
    server's English ("Property titel is not allowed."), which takes no message of a schema for
    it but the block's own, which would replace every other message of the block. The block's
    fields are now its only allowed names (`propertyNames`), whose check says what `validate`
    says, and the list of the fields it allows, on the name as written (the name itself it
    cannot say: the mark underlines it)."""
    for block in _nodes(node):
        if block.get("additionalProperties") is False and isinstance(block.get("properties"), dict):
            fields = list(block["properties"])
            del block["additionalProperties"]
            # `doNotSuggest`: the editor offers the block's fields by their own schemas (a list's
            # with its first entry's fields), and would offer each name once more, as bare text.
            block["propertyNames"] = {"enum": fields, "errorMessage": model.said("okänt fält", load.allowed_fields(fields)),
                                      "doNotSuggest": True}


def _missing_field_in_swedish(node: object) -> None:
    """A block without a field it must have was said in the language server's English
    (`Missing property "heading"`), which takes no message of a schema for it but the block's
    own (`errorMessage`), one for every field the block asks for and for a value that is no
    block at all. A block that asks for one field only now says `validate`'s words for it, as
    precise as the server's; a block that asks for more keeps the server's message, which names
    the field left out: the server offers no message per field, and the block's `required`
    stays where it is, since an editor fills in a new block's fields from it."""
    for block in _nodes(node):
        required = block.get("required")
        if (isinstance(block.get("properties"), dict) and isinstance(required, list) and len(required) == 1
                and "errorMessage" not in block):
            block["errorMessage"] = model.said(load.missing_said(required[0]), load.missing_hint(required[0]))


def json_schemas(base_url: str, topics: Iterable[model.Topic] = ()) -> dict[str, str]:
    """{file name: JSON text}, stable byte for byte; the plan schema suggests `topics`. Each
    schema's `$id` is its address on the site under `base_url` (the public address): draft
    2020-12 asks a root schema for an absolute one, and a tool that caches schemas or
    resolves `$ref` by id then tells these apart from the data's (data/v1/schema/)."""
    topics = list(topics)
    out = {}
    for name, (schema_model, title) in SCHEMAS.items():
        schema = schema_model.model_json_schema(schema_generator=model.UntitledJsonSchema)
        if schema_model is model.Plan and topics:
            _suggest_topics(schema, topics)
        _numbers_as_text(schema)
        _labelled_values(schema)
        _texts_in_editors(schema)
        if schema_model is model.Plan:
            _placeholders_marked(schema)
        _decomposed_too(schema)
        _swedish_messages(schema, _pattern_messages())
        _ids_exemplified(schema, schema_model.__name__)
        _text_bounds_in_swedish(schema, schema["properties"]["year"] if schema_model is model.Plan else None)
        _bounds_in_swedish(schema)
        _flags_as_text_unsuggested(schema)
        _nothing_unsuggested(schema)
        _values_offered_quoted(schema)
        _fields_insertable(schema)
        _fields_in_swedish(schema)
        _missing_field_in_swedish(schema)
        schema = {"$schema": "https://json-schema.org/draft/2020-12/schema", "$comment": WRITTEN_BY,
                  "$id": paths.absolute_url(base_url, paths.editor_schema_file(name)), "title": title,
                  "description": EDITORS_ONLY, **{key: value for key, value in schema.items() if key != "title"}}
        out[name] = json.dumps(_in_plain_text(schema), ensure_ascii=False, indent=2, sort_keys=True) + "\n"
    return out


def _in_plain_text(node: object) -> object:
    """The schema with each message's code spans in backticks (`errors.plain`): the messages are
    `validate`'s, whose spans are marked for its job summary; an editor shows them as text."""
    if isinstance(node, dict):
        return {key: _in_plain_text(value) for key, value in node.items()}
    if isinstance(node, list):
        return [_in_plain_text(value) for value in node]
    return plain(node) if isinstance(node, str) else node
