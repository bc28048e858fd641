"""JSON Schemas for editors, derived from the models (never kept by hand), and from the
topic registry for the topic ids an editor suggests in a plan."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Iterable

from . import model
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
EDITORS_ONLY = ("För editorer: beskriver filen som den skrivs i YAML i repot, med förslag och kontroller medan man "
                "skriver. Det beskriver inte de öppna datafilerna; deras scheman finns under data/v1/schema/.")


TOPICS = f"{REGISTRY_DIR}/topics.yaml"


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
    `"2026"` beside 2026, whose number has its own bounds; a flag's `"true"`)."""
    if isinstance(node, dict):
        if node.get("type") == "string" and "format" not in node:
            # A text's `true` too (`title: True`, `columns: [true, false]`), not where a pattern
            # holds (an address, an id): JSON Schema asks a pattern of texts alone, and `validate`
            # refuses `url: true`.
            node["type"] = ["string", "number"] + (["boolean"] if node.get("pattern", r"\S") == r"\S" else [])
        for key, value in node.items():
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


def _labelled_values(node: object) -> None:
    """Every list of allowed values (`kind`, `status`, `state`) carries what each means in
    Swedish, as the guide and `validate`'s messages name them (`goal (mål)`): editors show
    `markdownEnumDescriptions` beside each value they offer, which was bare `goal`."""
    if isinstance(node, dict):
        vocabulary = next((vocabulary for vocabulary in (*model.VOCABULARIES, model.DECIMAL_MARKS)
                           if node.get("enum") == list(vocabulary)), None)
        if vocabulary is not None:
            node["markdownEnumDescriptions"] = [label[:1].upper() + label[1:] for label in vocabulary.values()]
        for value in node.values():
            _labelled_values(value)
    elif isinstance(node, list):
        for value in node:
            _labelled_values(value)


def json_schemas(topics: Iterable[model.Topic] = ()) -> dict[str, str]:
    """{file name: JSON text}, stable byte for byte; the plan schema suggests `topics`."""
    topics = list(topics)
    out = {}
    for name, (schema_model, title) in SCHEMAS.items():
        schema = schema_model.model_json_schema(schema_generator=model.UntitledJsonSchema)
        if schema_model is model.Plan and topics:
            _suggest_topics(schema, topics)
        _numbers_as_text(schema)
        _labelled_values(schema)
        schema = {"$schema": "https://json-schema.org/draft/2020-12/schema", "title": title,
                  "description": EDITORS_ONLY, **{key: value for key, value in schema.items() if key != "title"}}
        out[name] = json.dumps(schema, ensure_ascii=False, indent=2, sort_keys=True) + "\n"
    return out
