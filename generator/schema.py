"""JSON Schemas for editors, derived from the models (never kept by hand)."""

from __future__ import annotations

import json

from . import model

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


def json_schemas() -> dict[str, str]:
    """{file name: JSON text}, stable byte for byte."""
    out = {}
    for name, (schema_model, title) in SCHEMAS.items():
        schema = schema_model.model_json_schema()
        schema = {"$schema": "https://json-schema.org/draft/2020-12/schema", "title": title,
                  "description": EDITORS_ONLY, **{key: value for key, value in schema.items() if key != "title"}}
        out[name] = json.dumps(schema, ensure_ascii=False, indent=2, sort_keys=True) + "\n"
    return out
