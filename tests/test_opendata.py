"""Open data under /data/v1/: the files built with the site, their schemas, the manifest, the data package and
the round trip back to the plans."""

from __future__ import annotations

import csv
import datetime
import functools
import hashlib
import html
import io
import json
import posixpath
import re
import shutil
import subprocess
import unicodedata
from pathlib import Path
from typing import Callable

import jsonschema
import pytest
import yaml

import real_pages
from conftest import (BUDGET_ONLY_PLAN, BUDGET_ONLY_SOURCE, FIXTURE, PLATFORM, PLATFORM_ITEM, PLATFORM_PLAN, PLATFORM_SOURCE,
                      REPO, TABLES_PLAN_FILE, TABLES_SOURCE, add_platform, patterns_in, refused_by_javascript, repeat_a_row_label, two_rows_on_one_line)
from generator import model, opendata, paths
from generator.escape import spreadsheet_text
from generator.render import render_site
from generator.site import build_site

BASE = "https://vem-lovar-vad.github.io/vem-lovar-vad/"
FORMATS = jsonschema.Draft202012Validator.FORMAT_CHECKER  # `format` asserted: dates, as a reader's validator may


@pytest.fixture(scope="module")
def data(repo_site) -> Path:
    site_dir, _ = repo_site
    return site_dir / "data" / "v1"


@pytest.fixture(scope="module")
def manifest(data) -> dict:
    return json.loads((data / "index.json").read_text(encoding="utf-8"))


def yaml_items() -> dict[str, dict]:
    """Every item of every plan, read straight from the YAML files: {stable id: item}."""
    found = {}
    for path in sorted((REPO / "plans").glob("*.yaml")):
        plan = yaml.safe_load(path.read_text(encoding="utf-8"))
        for section in plan["sections"]:
            for item in section.get("items", []):
                found[f"{plan['id']}#{item['id']}"] = item
    return found


def schema_for(data: Path, entry: dict) -> dict:
    assert entry["schema_url"].startswith(BASE + "data/v1/schema/")
    return json.loads((data / "schema" / entry["schema_url"].rsplit("/", 1)[1]).read_text(encoding="utf-8"))


def csv_rows(path: Path) -> list[dict]:
    return list(csv.DictReader(io.StringIO(path.read_bytes().decode("utf-8-sig"), newline="")))


@functools.cache
def published_validator(data: Path, schema_name: str, path: str) -> jsonschema.Draft202012Validator:
    """The validator of the schema `schema_name` (data/v1/schema/), once the data file `path`
    as published has passed it whole, each row of a CSV file. Several tests start from the same
    file: each test process validates it once (items.json, every real item, took 0.2–0.6 s of
    processor time each time)."""
    schema = json.loads((data / "schema" / schema_name).read_text(encoding="utf-8"))
    validator = jsonschema.Draft202012Validator(schema, format_checker=FORMATS)
    if path.endswith(".csv"):
        for row in csv_rows(data / path):
            validator.validate(row)
    else:
        validator.validate(json.loads((data / path).read_text(encoding="utf-8")))
    return validator


def test_every_data_file_validates_against_its_published_schema(data, manifest):
    names = {entry["path"] for entry in manifest["files"]}
    assert {"items.json", "items.csv", "tables.csv", "actors.json", "topics.json", "municipalities.json"} <= names
    assert {f"plans/{p.stem}.json" for p in (REPO / "plans").glob("*.yaml")} <= names
    for entry in manifest["files"]:
        jsonschema.Draft202012Validator.check_schema(schema_for(data, entry))
        if entry["path"].endswith(".csv"):
            assert len(csv_rows(data / entry["path"])) == entry["records"]
        published_validator(data, entry["schema_url"].rsplit("/", 1)[1], entry["path"])
    index_schema = json.loads((data / "schema" / "index.json").read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator(index_schema, format_checker=FORMATS).validate(manifest)


def first(records: list[dict], field: str) -> dict:
    """The first record that has a value for `field`, so a mutation replaces a real value."""
    return next(record for record in records if record[field] is not None)


@pytest.mark.parametrize("schema_name, data_file, mutate", [
    ("items.json", "items.json", lambda d: d["items"][0].update(source_line_start="tolv")),
    ("items.json", "items.json", lambda d: d["items"][0].update(kind="banan")),
    ("items.json", "items.json", lambda d: d["items"][0].update(plan_status="klar")),
    ("items.json", "items.json", lambda d: first(d["items"], "status").update(status="klart")),
    ("items.json", "items.json", lambda d: first(d["items"], "risk_level").update(risk_level="extrem")),
    ("items.json", "items.json", lambda d: d["items"][0].update(page_url="dokument/x/")),
    ("items.json", "items.json", lambda d: d["items"][0].update(topics=["Hemlöshet"])),
    ("items.json", "items.json", lambda d: first(d["items"], "risk_score").update(risk_score=30)),
    ("items.json", "items.json", lambda d: first(d["items"], "risk_probability").update(risk_probability=0)),
    ("items.csv.json", "items.csv", lambda d: d.update(kind="banan")),
    ("items.csv.json", "items.csv", lambda d: d.update(group="")),
    ("tables.csv.json", "tables.csv", lambda d: d.update(value="6.218e2")),
    ("items.csv.json", "items.csv", lambda d: d.update(topics="hemloshet, ekonomi")),
    ("items.csv.json", "items.csv", lambda d: d.update(follows_up=d["plan"])),
    ("tables.csv.json", "tables.csv", lambda d: d.update(topics="Hemlöshet")),
    ("plan.json", "plans/{first_plan}.json", lambda d: d["source"].update(retrieved="22/11/2026")),
    ("plan.json", "plans/{first_plan}.json",
     lambda d: d["source"].update(retrieved="2026-13-45")),  # the right shape, but no such day
    ("actors.json", "actors.json", lambda d: d["actors"][0].update(kind="förening")),
    ("index.json", "index.json", lambda d: d["files"][0].update(sha256="xyz")),
    ("index.json", "index.json", lambda d: d.update(commit="main")),
    ("index.json", "index.json", lambda d: d.update(commit_date=d["commit_date"][:10])),
    ("index.json", "index.json", lambda d: d.update(commit_date=d["commit_date"][:19])),
    ("items.json", "items.json", lambda d: d["items"][0].update(source_line_start=0)),
    ("items.json", "items.json", lambda d: first(d["items"], "year").update(year=20)),
    ("topics.json", "topics.json", lambda d: d["topics"][0].update(mentions=-1)),
    ("index.json", "index.json", lambda d: d["files"][0].update(bytes=-1)),
    ("items.csv.json", "items.csv", lambda d: d.update(source_line_start="0")),
    ("items.csv.json", "items.csv", lambda d: d.update(risk_probability="9")),
    ("tables.csv.json", "tables.csv", lambda d: d.update(source_line="-3")),
], ids=["line-as-text", "kind", "plan-status", "promise-state", "risk-level", "relative-url", "topic-id",
        "risk-score-range", "risk-probability-range",
        "csv-kind", "csv-group", "csv-exponent", "csv-topics-with-commas", "csv-follow-up-without-its-item",
        "csv-table-topic-by-name", "date-shape", "date-day", "actor-kind", "sha256", "commit",
        "commit-date-without-time", "commit-time-without-offset", "line-zero", "year-of-two-digits",
        "negative-count", "negative-size", "csv-line-zero", "csv-risk-probability-range", "csv-negative-line"])
def test_a_record_that_breaks_the_schema_is_refused(data, schema_name, data_file, mutate):
    """What a reuser's validator catches: a kind, status or risk level the site does not know,
    a date that is not ÅÅÅÅ-MM-DD, a relative address, a hash that is not SHA-256, a CSV list
    cell that is not ids joined with `;`."""
    # a document's own file: the first of the real plans, whichever they are
    data_file = data_file.format(first_plan=sorted((data / "plans").glob("*.json"))[0].stem)
    validator = published_validator(data, schema_name, data_file)  # the file as published passes
    record = csv_rows(data / data_file)[0] if data_file.endswith(".csv") else \
        json.loads((data / data_file).read_text(encoding="utf-8"))
    mutate(record)
    with pytest.raises(jsonschema.ValidationError):
        validator.validate(record)


@pytest.mark.parametrize("csv_schema, json_schema, record", [
    ("items.csv.json", "items.json", "ItemRecord"),
    ("tables.csv.json", "plan.json", "RowRecord"),
])
def test_each_csv_whole_number_column_accepts_the_numbers_its_json_field_does(data, csv_schema, json_schema, record):
    """A reuser validating items.csv is held to the bounds items.json states: the CSV schema took
    a risk probability of 9 and a source line of 0 or -3, which the JSON schema refuses."""
    cells = json.loads((data / "schema" / csv_schema).read_text(encoding="utf-8"))["properties"]
    fields = json.loads((data / "schema" / json_schema).read_text(encoding="utf-8"))["$defs"][record]["properties"]
    numbers = [name for name, field in fields.items()
               if name in cells and "integer" in [option.get("type") for option in field.get("anyOf", [field])]]
    assert {"source_line_start", "risk_probability", "risk_score", "year"} <= set(numbers) or numbers == ["source_line"]
    for name in numbers:
        field = jsonschema.Draft202012Validator(fields[name])
        cell = jsonschema.Draft202012Validator(cells[name])
        for number in range(-30, 2200):
            assert cell.is_valid(str(number)) == field.is_valid(number), (name, number)
        assert cell.is_valid("") == field.is_valid(None), name  # an empty cell is null
        for written in ("01", "+1", "1.0", "1e3", " 1"):  # as csv_cell never writes a whole number
            assert not cell.is_valid(written), (name, written)


@pytest.mark.parametrize("csv_schema, record", [
    ("items.csv.json", opendata.ItemRecord), ("tables.csv.json", opendata.TableCellRecord),
])
def test_a_csv_column_takes_an_empty_cell_only_where_its_field_may_be_null_or_an_empty_list(data, csv_schema, record):
    """An empty cell means null (the page and the CSV schema say so), so a reuser's validator
    refuses one where the field is never null: items.csv's schema took an empty `text`, `quote`
    or `section`, and tables.csv's an empty `row`."""
    cells = json.loads((data / "schema" / csv_schema).read_text(encoding="utf-8"))["properties"]
    fields = record.model_json_schema(mode="serialization")["properties"]  # a row's fields as JSON would type them
    row = csv_rows(data / csv_schema.removesuffix(".json"))[0]
    validator = jsonschema.Draft202012Validator(
        json.loads((data / "schema" / csv_schema).read_text(encoding="utf-8")), format_checker=FORMATS)
    for name in cells:
        types = {option.get("type") for option in fields[name].get("anyOf", [fields[name]])}
        assert validator.is_valid({**row, name: ""}) == bool(types & {"null", "array"}), name
    assert not validator.is_valid({**row, ("text" if "text" in cells else "row"): ""})
    if "quote" in fields:  # JSON: a text is never empty either
        text = jsonschema.Draft202012Validator(fields["quote"])
        assert not text.is_valid("") and text.is_valid("Öppna ett härbärge.")


def test_the_schemas_allow_exactly_the_kinds_statuses_and_risk_levels_the_site_knows(data):
    items = json.loads((data / "schema" / "items.json").read_text(encoding="utf-8"))["$defs"]["ItemRecord"]
    enum = lambda prop: next(o["enum"] for o in prop.get("anyOf", [prop]) if "enum" in o)  # noqa: E731
    fields = items["properties"]
    assert enum(fields["kind"]) == list(model.ITEM_KINDS)
    assert enum(fields["plan_kind"]) == list(model.PLAN_KINDS)
    assert enum(fields["plan_status"]) == list(model.PLAN_STATUSES)
    assert enum(fields["status"]) == list(model.PROMISE_STATES)
    assert enum(fields["risk_level"]) == [band for _, band, _ in model.RISK_BANDS]
    assert enum(fields["group"]) == list(model.ITEM_GROUPS)
    actors = json.loads((data / "schema" / "actors.json").read_text(encoding="utf-8"))["$defs"]["ActorRecord"]
    assert enum(actors["properties"]["kind"]) == list(model.ACTOR_KINDS)
    row = json.loads((data / "schema" / "items.csv.json").read_text(encoding="utf-8"))["properties"]
    assert row["status"]["enum"] == list(model.PROMISE_STATES) + [""]  # empty: no status


def test_manifest_lists_every_file_with_size_hash_count_and_commit(data, manifest, repo_site):
    _, site = repo_site
    files = sorted(p.relative_to(data).as_posix() for p in data.rglob("*")  # a source's text, a data package: `other_files`
                   if p.is_file() and not p.relative_to(data).as_posix().startswith("schema/") and p.suffix != ".txt"
                   and p.name != opendata.DATA_PACKAGE)
    assert sorted(entry["path"] for entry in manifest["files"]) == [f for f in files if f != "index.json"]
    for entry in manifest["files"]:
        content = (data / entry["path"]).read_bytes()
        assert entry["bytes"] == len(content)
        assert entry["sha256"] == hashlib.sha256(content).hexdigest()
        assert entry["url"] == BASE + "data/v1/" + entry["path"]
    assert re.fullmatch(r"[0-9a-f]{40}", manifest["commit"])
    assert manifest["version"] == "v1" and manifest["licence"] == "CC BY 4.0"
    # How current the data is, which a citation asks for: the commit's own date, the same for
    # every build of it.
    committed = subprocess.run(["git", "log", "-1", "--format=%cI", manifest["commit"]], cwd=REPO,
                               capture_output=True, text=True, check=True).stdout.strip()
    assert manifest["commit_date"] == committed


def _titles(node, path: str = "", names: bool = False) -> list[str]:
    """Where a schema has a `title` keyword (not a field named title): `path: title`."""
    found = []
    if isinstance(node, dict):
        if not names and "title" in node:
            found.append(f"{path}: {node['title']}")
        for key, value in node.items():
            found += _titles(value, f"{path}/{key}", not names and key in ("properties", "$defs"))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            found += _titles(value, f"{path}/{index}")
    return found


def test_schemas_have_their_swedish_title_only_not_english_ones_made_from_field_names(data):
    """A schema browser or an editor shows a field's title beside its Swedish description:
    pydantic's "Risk Score" and "ItemRecord" were English in a Swedish schema. (The editors'
    rules that ask for fields carry Swedish titles of their own, `model.RULE_TITLES`.)"""
    published = sorted((data / "schema").glob("*.json")) + sorted((REPO / "docs" / "schema").glob("*.json"))
    assert len(published) > 5
    for path in published:
        schema = json.loads(path.read_text(encoding="utf-8"))
        titles = [title for title in _titles(schema) if title.partition(": ")[2] not in model.RULE_TITLES.values()]
        assert titles == [f": {schema['title']}"], path.name
        assert "Vem lovar vad?" in schema["title"]


def test_manifest_lists_every_schema_source_text_and_feed_with_size_and_hash(data, manifest):
    """A researcher who starts from index.json finds each file's schema, the sources' texts,
    the data packages and the feeds there, and can check them as the data files: the manifest listed none."""
    site = data.parent.parent
    schemas = sorted((data / "schema").glob("*.json"))
    texts = sorted((data / "plans").glob("*.txt"))
    packages = sorted(data.rglob(opendata.DATA_PACKAGE))  # the national one and each municipality's
    feeds = [path for path in sorted((site / "flode").rglob("*.xml")) if path.name != "sitemap.xml"]
    assert schemas and feeds and len(texts) == len(list((REPO / "plans").glob("*.yaml")))
    assert len(packages) == 1 + len(list((data / "kommuner").iterdir()))
    entries = {entry["url"]: entry for entry in manifest["other_files"]}
    assert sorted(entries) == sorted(BASE + path.relative_to(site).as_posix() for path in schemas + texts + packages + feeds)
    for path in schemas + texts + packages + feeds:
        content, entry = path.read_bytes(), entries[BASE + path.relative_to(site).as_posix()]
        assert (entry["bytes"], entry["sha256"]) == (len(content), hashlib.sha256(content).hexdigest())
    assert {entry["schema_url"] for entry in manifest["files"]} <= set(entries)


def test_a_reader_who_sums_table_figures_is_told_that_sums_and_signs_are_the_documents(data, repo_site):
    """tables.csv mixes line items, sums ("Summa …") and deviation columns, unflagged (the plan
    model does not mark them), with costs often negative: summing a column counted twice."""
    site_dir, _ = repo_site
    caveat = ("Tecknet är dokumentets (en kostnad är ofta negativ), och en rad eller kolumn kan vara en summa "
              "eller avvikelse: summera inte en hel kolumn.")
    assert "sum" not in " ".join(model.TableRow.model_fields)  # if the model marks sums, publish the mark instead
    cell = json.loads((data / "schema" / "tables.csv.json").read_text(encoding="utf-8"))["properties"]["value"]
    assert caveat in cell["description"]
    plan = json.loads((data / "schema" / "plan.json").read_text(encoding="utf-8"))
    assert caveat in plan["$defs"]["RowRecord"]["description"]
    page = html.unescape((site_dir / "oppna-data" / "falt" / "index.html").read_text(encoding="utf-8"))
    assert caveat in page


def test_each_documents_source_text_is_published_beside_its_file_with_the_lines_quotes_refer_to(data):
    """Quotes and figures name lines of the archived text (`source_line_start`, `source_line`),
    which was published only as an HTML page: a script checking a quote had to scrape it."""
    for path in sorted((data / "plans").glob("*.json")):
        plan = json.loads(path.read_text(encoding="utf-8"))
        assert plan["source"]["text_url"] == BASE + f"data/v1/plans/{plan['id']}.txt"
        text = (data / "plans" / f"{plan['id']}.txt").read_text(encoding="utf-8")
        archived = (REPO / plan["source"]["archive"]).read_text(encoding="utf-8")
        assert text.replace("\r\n", "\n") == unicodedata.normalize("NFC", archived.replace("\r\n", "\n"))
        lines = text.split("\n")
        for section in plan["sections"]:
            for item in section["items"]:
                first_word = re.findall(r"\w+", item["quote"])[0]
                assert first_word in lines[item["source_line_start"] - 1], (plan["id"], item["item"])
            for table in section["tables"]:
                for row in table["rows"]:
                    assert re.findall(r"\w+", row["quote"])[0] in lines[row["source_line"] - 1]


def test_manifest_links_the_licence_that_license_data_names(manifest, data):
    licence = (REPO / "LICENSE-DATA.md").read_text(encoding="utf-8")
    assert f"CC BY 4.0, {manifest['licence_url']})" in licence
    schema = json.loads((data / "schema" / "index.json").read_text(encoding="utf-8"))
    assert "citaträtten" in schema["properties"]["licence"]["description"]


def test_counts_match_the_plans(data, manifest):
    records = {entry["path"]: entry["records"] for entry in manifest["files"]}
    items = json.loads((data / "items.json").read_text(encoding="utf-8"))["items"]
    assert len(items) == len(yaml_items()) == records["items.json"] == records["items.csv"] > 0
    for path in sorted((REPO / "plans").glob("*.yaml")):
        plan = json.loads((data / "plans" / f"{path.stem}.json").read_text(encoding="utf-8"))
        source = yaml.safe_load(path.read_text(encoding="utf-8"))
        assert [len(s["items"]) for s in plan["sections"]] == [len(s.get("items", [])) for s in source["sections"]]
        assert [t["id"] for s in plan["sections"] for t in s["tables"]] == [
            f"{path.stem}#{t['id']}" for s in source["sections"] for t in s.get("tables", [])]
        assert len(plan["excluded"]) == len(source.get("excluded", []))
    cells = sum(len(row["values"]) for path in (REPO / "plans").glob("*.yaml")
                for s in yaml.safe_load(path.read_text(encoding="utf-8"))["sections"]
                for t in s.get("tables", []) for row in t["rows"])
    assert records["tables.csv"] == len(csv_rows(data / "tables.csv")) == cells


def test_items_json_reproduces_text_quote_topics_and_locator_of_the_yaml(data):
    source = yaml_items()
    items = json.loads((data / "items.json").read_text(encoding="utf-8"))["items"]
    assert [item["id"] for item in items] == sorted(source, key=[item["id"] for item in items].index)
    for item in items:
        original = source[item["id"]]
        assert item["text"] == original["text"]
        assert item["quote"] == original["quote"]
        assert item["locator"] == original["locator"]
        # In the order of the topics' names, as the pages list them, whatever the plan's order.
        assert sorted(item["topics"]) == sorted(original.get("topics", []))
        assert item["kind"] == original["kind"]


def cell(value) -> str:
    """What a CSV cell holds for a JSON value, as the open-data page describes it."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list):
        return ";".join(value)
    return str(value)


def test_items_csv_reads_back_with_dictreader_to_the_json_values(data):
    items = json.loads((data / "items.json").read_text(encoding="utf-8"))["items"]
    rows = csv_rows(data / "items.csv")
    assert list(rows[0]) == list(items[0])  # one column per field, in the same order
    assert rows == [{key: cell(value) for key, value in item.items()} for item in items]
    raw = (data / "items.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbfid,plan,item,") and b"\r\n" in raw  # BOM for Excel, RFC 4180 line ends


def test_tables_csv_has_figures_as_numbers(data):
    rows = csv_rows(data / "tables.csv")
    plans = {p.stem: yaml.safe_load(p.read_text(encoding="utf-8")) for p in (REPO / "plans").glob("*.yaml")}
    first = rows[0]
    plan_id, table_id = first["table"].split("#")
    table = next(t for s in plans[plan_id]["sections"] for t in s.get("tables", []) if t["id"] == table_id)
    written = str(table["rows"][0]["values"][0]).replace(",", ".").replace("−", "-")
    assert float(first["value"]) == float(written) and first["column"] == table["columns"][0]
    assert all(re.fullmatch(r"-?\d+(\.\d+)?|", row["value"]) for row in rows)


def test_csv_cells_that_a_spreadsheet_would_run_get_an_apostrophe():
    assert opendata.csv_cell("=HYPERLINK(\"http://x\")", text=True) == "'=HYPERLINK(\"http://x\")"
    assert opendata.csv_cell("- En punkt", text=True) == "'- En punkt"
    assert opendata.csv_cell(-46.7, text=False) == "-46.7"
    assert opendata.csv_cell(["hemloshet", "ekonomi"], text=True) == "hemloshet;ekonomi"


def test_csv_figures_are_written_without_an_exponent_and_a_texts_own_apostrophe_survives_the_guard():
    """The page promises figures with a decimal point, which 1e-05 is not; and taking away the
    guard's apostrophe gave "=1+1" back for a document's "'=1+1"."""
    assert opendata.csv_cell(0.00001, text=False) == "0.00001"
    assert opendata.csv_cell(-1e16, text=False) == "-10000000000000000"
    assert opendata.csv_cell(123456789012.345, text=False) == "123456789012.345"
    for text in ("'=1+1", "'ja", "=1+1"):
        cell = opendata.csv_cell(text, text=True)
        assert cell.startswith("'") and cell[1:] == text


@pytest.mark.parametrize("text, guarded", [
    (' =hyperlink("http://x")', True),  # leading spaces: Excel and LibreOffice still run it (a name in
    # capitals the quote does not have is refused: `check_emphasis_as_quoted`)
    ("\u00a0\u00a0+1+1", True),
    ("\n@sum(A1)", True),
    ("\t-1", True),
    ("  Öppna ett härbärge – för kvinnor.", False),  # text that is no formula is left as it is
    ("Öppna = stäng", False),
], ids=["space-equals", "nbsp-plus", "newline-at", "tab", "plain-spaces", "equals-inside"])
def test_items_csv_guards_formulas_after_leading_spaces_and_leaves_other_text_alone(project, text, guarded):
    from generator.site import build_site

    plan = project / "plans" / "bergby-o-webb.yaml"
    plan.write_text(plan.read_text(encoding="utf-8").replace(
        "text: Öppna ett härbärge för kvinnor.", f"text: {json.dumps(text)}"), encoding="utf-8")
    items_csv = next(f for f in opendata.data_files(build_site(project), BASE).national
                     if f.name == "items.csv").content()
    rows = list(csv.DictReader(io.StringIO(items_csv.removeprefix("\ufeff"), newline="")))
    row = next(row for row in rows if row["id"] == "bergby-o-webb#harbarge-kvinnor")
    assert row["text"] == ("'" + text if guarded else text)
    assert row["quote"] == "Öppna ett härbärge för kvinnor."


@pytest.mark.parametrize("schema_name, data_file, columns", [
    ("items.csv.json", "items.csv", ("text", "quote", "section", "detail")),
    ("tables.csv.json", "tables.csv", ("caption", "row", "column", "unit")),
])
def test_the_csv_schemas_refuse_a_text_a_spreadsheet_would_run_and_accept_it_guarded(data, schema_name, data_file,
                                                                                     columns):
    """A reuser who validates a CSV file before opening it in a spreadsheet is told of a text
    cell that would run as a formula: the schema accepted `=HYPERLINK(…)` in every text column,
    though the page promises such text an apostrophe first. The data package's Table Schemas,
    which frictionless reads, accepted it too."""
    import frictionless

    validator = jsonschema.Draft202012Validator(
        json.loads((data / "schema" / schema_name).read_text(encoding="utf-8")), format_checker=FORMATS)
    resources = json.loads((data / opendata.DATA_PACKAGE).read_text(encoding="utf-8"))["resources"]
    (table_schema,) = [resource["schema"] for resource in resources if resource["path"] == data_file]
    fields = {field["name"]: frictionless.Field.from_descriptor(field) for field in table_schema["fields"]}
    row = csv_rows(data / data_file)[0]
    for column in columns:
        def accepted(cell: str) -> bool:
            in_package = not fields[column].read_cell(cell)[1]  # (value, the constraints it breaks)
            assert validator.is_valid({**row, column: cell}) == in_package, (column, cell)
            return in_package

        for formula in ('=HYPERLINK("http://x")', "+1+1", "-1", "@sum(A1)", "\t1", "\r1", " =1+1",
                        "\u00a0\n@sum(A1)"):
            assert not accepted(formula), (column, formula)
            assert accepted(opendata.csv_cell(formula, text=True)), (column, formula)
        for text in ("Öppna = stäng", "  Öppna ett härbärge", "'' ja", "1-2 år"):  # no formula: as it is
            assert accepted(opendata.csv_cell(text, text=True)), (column, text)


def test_the_open_data_page_states_the_formula_guard_as_the_csv_applies_it(repo_site):
    site_dir, _ = repo_site
    page = html.unescape((site_dir / "oppna-data" / "index.html").read_text(encoding="utf-8"))
    rule = page.split('id="csv"')[1].split("<h3")[0]
    assert "också efter mellanslag eller radbrytningar" in rule and "tabb eller vagnretur" in rule
    assert opendata.csv_cell(" =1+1", text=True) == "' =1+1" and "<code>' =1+1</code>" in rule
    assert "Annan text står som den är" in rule
    changelog = html.unescape((site_dir / "andringar" / "index.html").read_text(encoding="utf-8"))
    assert "mellanslag eller radbrytningar före <code>=</code>" in changelog.split('id="dataformat"')[1]


def test_open_data_page_describes_every_field_from_the_schema(repo_site, data):
    site_dir, _ = repo_site
    page = html.unescape((site_dir / "oppna-data" / "index.html").read_text(encoding="utf-8"))
    described = html.unescape((site_dir / "oppna-data" / "falt" / "index.html").read_text(encoding="utf-8"))
    schema = json.loads((data / "schema" / "items.json").read_text(encoding="utf-8"))
    for name, field in schema["$defs"]["ItemRecord"]["properties"].items():
        assert f"<th scope=\"row\"><code>{name}</code></th>" in described
    assert "citaträtten (22 § upphovsrättslagen)" in page and "CC BY 4.0" in page
    # A follow-up may be an administration's as well as a party's: its states are its author's word.
    about = " ".join(html.unescape((site_dir / "om" / "index.html").read_text(encoding="utf-8")).split())
    assert ("Läget för ett vallöfte är inte webbplatsens bedömning utan den egna bedömningen hos den som har "
            "skrivit uppföljningen (ett parti, en förvaltning eller en annan aktör).") in page
    assert ("en uppföljning av vallöften är författarens egen bedömning, vare sig det är ett parti, "
            "en förvaltning eller en annan aktör.") in about
    assert "partiets egen bedömning" not in page + about
    assert "inget fält i v1 tas bort, byter namn eller ändrar betydelse" in page
    assert '<a href="../data/v1/items.csv">items.csv</a>' in page
    # The descriptions' `…` pairs are shown as code, not as backticks.
    fields = described.split('id="falt-punkter"')[1]
    assert "<code>2022-2026</code>" in fields and "`" not in fields


@pytest.fixture(scope="module")
def fixture_pages() -> dict[str, str]:
    """The fixture's pages as the build renders them, in memory."""
    return render_site(build_site(FIXTURE))


def test_the_open_data_page_says_what_a_feed_holds_besides_the_changelogs_changes(fixture_pages):
    """The page said the feeds hold the changelog's changes "och bara dem"; a feed at an id
    given up also holds, last, the entry that says where it moved (`feeds.moved_notice`)."""
    (said,) = [line for line in fixture_pages[paths.OPEN_DATA].splitlines() if "samma ändringar som sidan" in line]
    assert "bara dem" not in said
    assert "Bara ett flöde som har flyttat har ett inlägg till: det sista, ”Flödet har flyttat”" in said


def test_the_open_data_page_names_the_files_the_editors_schemas_are_for_as_the_fields_name_them(fixture_pages):
    """The page said the editors' schemas are for "planfilerna", a word its readers meet nowhere
    else: the fields' descriptions name the file "dokumentets fil i repot (`plans/<id>.yaml`)"
    (`opendata.DOCUMENT_FILE`), and the schemas are for the registries' files too."""
    page = fixture_pages[paths.OPEN_DATA]
    assert "planfil" not in page and "kontrollerade planer" not in page
    assert ("de används av redigeringsprogram när dokumentens filer i repot (<code>plans/&lt;id&gt;.yaml</code>) "
            "och registren (<code>registry/</code>) skrivs och gäller inte datafilerna.") in page
    assert opendata.DOCUMENT_FILE == "dokumentets fil i repot (`plans/<id>.yaml`)"


def test_the_open_data_page_says_a_feed_built_without_git_history_holds_one_entry(fixture_pages):
    """A site built without its git history (from a downloaded zip file) has feeds of one entry
    each, which says the history is missing (`feeds.without_history`); the page that describes
    the feeds did not say so."""
    (said,) = [line for line in fixture_pages[paths.OPEN_DATA].splitlines() if "samma ändringar som sidan" in line]
    assert ("Byggs webbplatsen utan sin git-historik, till exempel ur en nedladdad zip-fil, har varje flöde bara ett "
            "inlägg: att historiken saknas.") in said


def test_the_open_data_page_says_topics_json_counts_items_and_tables(fixture_pages):
    """topics.json's `mentions` counts an actor's tables about a topic as well as its items, as
    the topics page does; the open-data page said "antal punkter", so a researcher who counted
    items.csv's rows per topic found fewer than the file says (54 for 56 on the real plans)."""
    (row,) = [line for line in fixture_pages[paths.OPEN_DATA].splitlines() if ">topics.json</a></th>" in line]
    assert "Ämnena med beskrivning, sökord och hur många punkter och tabeller som handlar om dem." in row


def test_the_open_data_page_names_every_data_file_that_has_no_json_schema(fixture_pages):
    """The page said every file under data/v1/ but the data packages has a JSON Schema; the
    documents' source texts (`plans/<id>.txt`), listed in index.json beside the schemas, have
    none. Each file under data/v1/ that is neither a data file with its `schema_url` nor a
    schema is named where the page says which files lack one."""
    (said,) = [line for line in fixture_pages[paths.OPEN_DATA].splitlines() if "har ett JSON Schema" in line]
    exceptions = said.split("har ett JSON Schema")[0]
    manifest = json.loads(fixture_pages[paths.data_file("index.json")])
    data_url = BASE + paths.data_file("")
    without = {entry["url"].removeprefix(data_url) for entry in manifest["other_files"]
               if entry["url"].startswith(data_url) and not entry["url"].startswith(data_url + "schema/")}
    assert any(name.endswith(".txt") for name in without) and "datapackage.json" in without
    for name in without:
        folder, _, file = name.rpartition("/")
        shown = f"plans/&lt;dokument-id&gt;{posixpath.splitext(file)[1]}" if folder == "plans" else file
        assert f"<code>{shown}</code>" in exceptions, name


def _field_rows(page: str) -> list[str]:
    """The names of the fields a page's tables describe, as a reader sees them."""
    return [html.unescape(name) for name in re.findall(r'<tr> <th scope="row"><code>([^<]+)</code></th>', page)]


def test_the_tables_of_fields_are_a_page_of_their_own_and_the_open_data_page_leads_to_each(fixture_pages):
    """The tables of fields were half the open-data page, 95 KB of HTML at 10, 100 and 1,000
    plans, within 5 KB of P4's 100 KB: every field added to v1 brought it nearer. They are now
    a page of their own, every field still described, and the open-data page links each table."""
    fields, open_data = fixture_pages[paths.OPEN_DATA_FIELDS], fixture_pages[paths.OPEN_DATA]
    sections = opendata.field_sections()
    for section in sections:
        # The heading tells its widest word (--vlv-widest) for a phone with large text.
        assert re.search(rf'^## {re.escape(section.heading)} \{{#{section.anchor}( style="[^"]*")?\}}$', fields, re.M)
        shown = _field_rows(re.split(rf"\{{#{section.anchor}[ }}]", fields)[1].split("\n## ")[0])
        assert shown == [field.name for field in section.fields], section.anchor
        assert f'<a href="falt/#{section.anchor}">{section.heading}</a>' in open_data
    assert not set(_field_rows(open_data)) & {field.name for section in sections for field in section.fields}
    assert '<a href="../">Öppna data</a>' in fields


def test_a_fields_description_says_the_document_or_its_file_never_the_editors_word_plan(fixture_pages):
    """"null när planen inte anger någon adress" stood beside "dokumentet": a data user does not
    know the editors' word "plan" for a document's file and read it as the document. A value the
    file leaves out is said to be left out by the file, named."""
    fields = fixture_pages[paths.OPEN_DATA_FIELDS]
    assert not re.findall(r"\bplan(?:en|ens|filen|filer|fil)\b", fields, re.I)
    said = "null när dokumentets fil i repot (<code>plans/&#60;id&#62;.yaml</code>) inte anger någon adress"
    assert f"<td data-search-exclude>Var dokumentet är publicerat; {said} (texten" in fields
    assert f"<td data-search-exclude>Var källan är publicerad; {said}.</td>" in fields


def test_a_link_to_a_table_of_fields_on_the_open_data_page_still_finds_its_table(fixture_pages):
    """Readers and other sites linked `oppna-data/#falt-punkter`: that anchor is now the line
    on the open-data page that links the table on its own page."""
    open_data = fixture_pages[paths.OPEN_DATA]
    for section in opendata.field_sections():
        assert f'<li id="{section.anchor}"><a href="falt/#{section.anchor}">' in open_data


def test_a_documents_page_links_the_fields_of_its_file_where_they_are_described(fixture_pages):
    for path, page in fixture_pages.items():
        if path.startswith("dokument/") and path != paths.PLANS:
            link = paths.link(path, paths.OPEN_DATA_FIELDS, "falt-dokument")
            assert f'<a href="{link}">fälten</a>' in page, path
            assert link.endswith("oppna-data/falt/#falt-dokument")


def test_each_documents_file_is_linked_from_its_municipalitys_table_not_from_one_long_list(repo_site, manifest):
    site_dir, linked = repo_site
    page = (site_dir / "oppna-data" / "index.html").read_text(encoding="utf-8")
    assert "data/v1/plans/" not in page  # the page does not grow with the number of plans
    assert "<code>plans/&lt;dokument-id&gt;.json</code>" in page
    # Each document's archived text is published beside its file, and the table says so.
    texts = sorted(path.stem for path in (site_dir / "data" / "v1" / "plans").glob("*.txt"))
    assert texts == sorted(plan.id for plan in linked.plans)
    assert "<code>plans/&lt;dokument-id&gt;.txt</code>" in page
    assert page.count(f'<td class="vlv-num">{len(linked.plans)}\u00a0filer</td>') == 2  # .json and .txt
    assert f'<td class="vlv-num">{len(manifest["files"])}</td>' in page  # index.json: every file, plans' too
    for municipality in linked.municipalities:
        table = (site_dir / municipality.id / "dokument" / "index.html").read_text(encoding="utf-8")
        assert set(re.findall(r'href="../../data/v1/plans/([^"]+)\.json"', table)) == {p.id for p in municipality.plans}


def test_the_open_data_page_says_where_each_actors_and_municipalitys_feed_is(repo_site):
    """2,600 actors and 290 municipalities: the page gives the address pattern, and each
    actor's and municipality's page links its own feed. The pattern is the public address:
    the site is served under a path (/vem-lovar-vad/), so one from the domain's root is wrong."""
    site_dir, linked = repo_site
    page = html.unescape((site_dir / "oppna-data" / "index.html").read_text(encoding="utf-8"))
    assert 'href="../flode/partier/' not in page and 'href="../flode/kommuner/' not in page
    assert f"<code>{BASE}flode/partier/<aktörens id>.xml</code>, som aktörens sida länkar till längst ner." in page
    assert f"<code>{BASE}flode/kommuner/<kommunens id>.xml</code>, som kommunens sida länkar till längst ner." in page
    assert (f"<code>{BASE}flode/kommuner/<kommunens id>/<ämnets id>.xml</code>, som sidan om ämnet i kommunen "
            "länkar till längst ner.") in page
    assert '<a href="../flode/amnen/hemloshet.xml" type="application/atom+xml">' in page  # a fixed list of topics
    for municipality in linked.municipalities:
        own = (site_dir / municipality.id / "index.html").read_text(encoding="utf-8")
        assert (f'<a href="../flode/kommuner/{municipality.id}.xml" type="application/atom+xml">'
                "Atom-flöde för den här sidan</a>") in own
        assert (site_dir / "flode" / "kommuner" / f"{municipality.id}.xml").is_file()


@pytest.mark.parametrize("page, feed, label", [
    ("index.html", "flode/alla.xml", "Atom-flöde med alla ändringar"),  # the home page's is the whole site's
    ("amnen/hemloshet/index.html", "../../flode/amnen/hemloshet.xml", "Atom-flöde för den här sidan"),
    # a party's page (found by its kind, not by an id a rename changes)
    ("partier/{plan.actor.id}/index.html", "../../flode/partier/{plan.actor.id}.xml", "Atom-flöde för den här sidan"),
])
def test_voter_pages_announce_their_feed_and_link_the_downloads(repo_site, page, feed, label):
    site_dir, site = repo_site
    plan = real_pages.a_partys_plan(site)
    page, feed = page.format(plan=plan), feed.format(plan=plan)
    text = (site_dir / page).read_text(encoding="utf-8")
    assert re.search(f'<link rel="alternate" type="application/atom\\+xml" title="[^"]*Vem lovar vad\\?[^"]*" '
                     f'href="{re.escape(feed)}">', text)
    assert f'<a href="{feed}" type="application/atom+xml">{label}</a>' in text
    prefix = feed[: -len("flode/alla.xml")] if page == "index.html" else "../../"
    assert (f'<a href="{prefix}data/v1/items.csv" download>alla punkter som CSV</a> (<a href="{prefix}oppna-data/#oppna-csv">'
            "så öppnar du den i Excel</a>)") in text
    assert (site_dir / Path(page).parent / feed).resolve().is_file()


@pytest.mark.parametrize("page, feed", [
    ("oppna-data/index.html", "../flode/alla.xml"),  # the page that describes the feeds
    ("amnen/index.html", "../flode/alla.xml"),
    ("dokument/index.html", "../flode/alla.xml"),
    # as its document's page (a party's, found by its kind, not by an id a rename changes)
    ("kallor/{plan.id}/index.html", "../../flode/partier/{plan.actor.id}.xml"),
])
def test_pages_without_a_feed_of_their_own_announce_the_one_of_their_changes(repo_site, page, feed):
    """A researcher who gives the open-data page's address to a feed reader found no feed there."""
    site_dir, site = repo_site
    plan = real_pages.a_partys_plan(site)
    page, feed = page.format(plan=plan), feed.format(plan=plan)
    text = (site_dir / page).read_text(encoding="utf-8")
    assert re.search(f'<link rel="alternate" type="application/atom\\+xml" title="[^"]*Vem lovar vad\\?[^"]*" '
                     f'href="{re.escape(feed)}">', text)
    assert (site_dir / Path(page).parent / feed).resolve().is_file()


def test_each_documents_file_is_its_full_record_in_compact_json(data):
    """Each item's JSON is written once and carried by items.json and by its document's file:
    the document's file is byte for byte what writing its whole record at once gives, and
    its items are items.json's records."""
    items = {item["id"]: item for item in json.loads((data / "items.json").read_text(encoding="utf-8"))["items"]}
    files = sorted((data / "plans").glob("*.json"))
    assert files
    for path in files:
        text = path.read_text(encoding="utf-8")
        record = json.loads(text)
        assert text == json.dumps(record, ensure_ascii=False, separators=(",", ":")) + "\n"
        in_plan = [item for section in record["sections"] for item in section["items"]]
        assert in_plan and in_plan == [items[item["id"]] for item in in_plan]


@pytest.mark.parametrize("root", [REPO, FIXTURE], ids=["real plans", "fixture"])
def test_each_item_record_is_what_its_schema_model_gives(root):
    """Item records are written without building `ItemRecord` (tens of thousands at scale):
    each one, validated by the model and dumped again, is the same JSON byte for byte, so a
    figure of 120 stays 120.0 where the schema says number, and no field is missing or extra."""
    from generator.site import build_site

    items = [item for plan in build_site(root).plans for item in plan.items]
    assert any(item.data.indicator for item in items)
    for item in items:
        values = opendata.item_values(item, BASE)
        assert list(values) == list(opendata.ItemRecord.model_fields)
        from_model = opendata.ItemRecord.model_validate(values).model_dump(mode="json")
        assert json.dumps(values, ensure_ascii=False) == json.dumps(from_model, ensure_ascii=False)


def test_each_record_names_the_term_of_office_its_document_page_shows(repo_site, data):
    """`term` in items.json, items.csv and plans/<id>.json is the term the document's page
    names (as its id in registry/terms.yaml), and empty where the page names none."""
    site_dir, _ = repo_site
    names = {term["id"]: term["name"] for term in
             yaml.safe_load((REPO / "registry" / "terms.yaml").read_text(encoding="utf-8"))["terms"]}
    items = json.loads((data / "items.json").read_text(encoding="utf-8"))["items"]
    rows = csv_rows(data / "items.csv")
    seen = set()
    for path in sorted((data / "plans").glob("*.json")):
        plan = json.loads(path.read_text(encoding="utf-8"))
        page = (site_dir / "dokument" / plan["id"] / "index.html").read_text(encoding="utf-8")
        label = re.search(r'<dt>Mandatperiod</dt>\s*<dd><span class="vlv-term [^"]+">(.*?)</dd>', page).group(1)
        shown = re.sub(r"<[^>]+>", "", label)  # the text, as read
        if plan["term"] is None:
            assert shown in ("Ingen mandatperiod", "Mandatperiod okänd") or \
                shown.startswith("Från före mandatperioden ")
        else:
            assert shown.endswith(f"andatperioden {names[plan['term']]}")
        assert {item["term"] for item in items if item["plan"] == plan["id"]} == {plan["term"]}
        assert {row["term"] for row in rows if row["plan"] == plan["id"]} == {plan["term"] or ""}
        seen.add(plan["term"])
    assert len(seen - {None}) >= 2 and None in seen  # terms of more than one period, and an undated plan


def test_a_documents_record_names_the_documents_its_items_follow_up(project):
    from generator.site import build_site

    add_platform(project)
    plans = {plan.id: plan for plan in build_site(project).plans}
    follow_up = plans["dalby-m-uppfoljning"]
    assert opendata.plan_record(follow_up, BASE).follows_up == [PLATFORM]
    assert [opendata.item_values(item, BASE)["follows_up"] for item in follow_up.items] == [[PLATFORM_ITEM], []]
    assert opendata.plan_record(plans[PLATFORM], BASE).follows_up == []



def test_municipalities_list_their_actors_in_the_order_the_schema_describes(data):
    """The neutral order of the pages: by the actor's name, Swedish collation, not by id."""
    from generator.link import swedish_key

    names = {a["id"]: a["name"] for a in json.loads((data / "actors.json").read_text(encoding="utf-8"))["actors"]}
    municipalities = json.loads((data / "municipalities.json").read_text(encoding="utf-8"))["municipalities"]
    for municipality in municipalities:
        assert municipality["actors"] == sorted(municipality["actors"], key=lambda a: swedish_key(names[a]))
    assert any(m["actors"] != sorted(m["actors"]) for m in municipalities)  # the id order would differ
    schema = json.loads((data / "schema" / "municipalities.json").read_text(encoding="utf-8"))
    description = schema["$defs"]["MunicipalityRecord"]["properties"]["actors"]["description"]
    assert "efter aktörens namn" in description and "inte efter id" in description


def test_an_inferred_year_keeps_its_ca_in_the_item_files(data):
    """The pages say "ca 2020–2021" for a document whose years are inferred from its text, but
    items.json and items.csv gave 2020 and 2021 with nothing to say so: only the document's own
    file had `dating_inferred`. Each item now carries it, as the CSV's last column."""
    plans = {path.stem: json.loads(path.read_text(encoding="utf-8")) for path in (data / "plans").glob("*.json")}
    items = json.loads((data / "items.json").read_text(encoding="utf-8"))["items"]
    rows = {row["id"]: row for row in csv_rows(data / "items.csv")}
    assert list(next(iter(rows.values())))[-1] == "dating_inferred"
    for item in items:
        inferred = plans[item["plan"]]["dating_inferred"]
        assert item["dating_inferred"] is inferred and rows[item["id"]]["dating_inferred"] == str(inferred).lower()
    assert {item["dating_inferred"] for item in items} == {True, False}  # the real plans have both


def test_every_term_an_item_names_and_every_county_the_pages_group_by_is_in_the_data(data, manifest):
    """Items named their term by an id "in registry/terms.yaml", a file of the repository, not
    of the site, and the pages grouped municipalities by county, which municipalities.json
    did not have: "Allt som webbplatsen visar finns också som data" did not hold."""
    terms = json.loads((data / "terms.json").read_text(encoding="utf-8"))["terms"]
    registry = yaml.safe_load((REPO / "registry" / "terms.yaml").read_text(encoding="utf-8"))["terms"]
    assert [(t["id"], t["name"], t["starts"], t["ends"]) for t in terms] == \
        [(t["id"], t["name"], t["starts"].isoformat(), t["ends"].isoformat()) for t in registry]
    items = json.loads((data / "items.json").read_text(encoding="utf-8"))["items"]
    assert {item["term"] for item in items} - {None} <= {term["id"] for term in terms}
    assert "terms.json" in {entry["path"] for entry in manifest["files"]}
    counties = {m["id"]: m.get("county") for m in yaml.safe_load(
        (REPO / "registry" / "municipalities.yaml").read_text(encoding="utf-8"))["municipalities"]}
    municipalities = json.loads((data / "municipalities.json").read_text(encoding="utf-8"))["municipalities"]
    assert {m["id"]: m["county"] for m in municipalities} == counties and any(counties.values())


def test_indicator_labels_are_exported_as_the_document_page_shows_them(data):
    """"60 % – andel av resurserna inom öppen verksamhet": without the label the figure
    means something else; the new columns come last, so existing CSV readers keep theirs."""
    source = yaml_items()
    items = json.loads((data / "items.json").read_text(encoding="utf-8"))["items"]
    rows = {row["id"]: row for row in csv_rows(data / "items.csv")}
    assert list(next(iter(rows.values())))[-3:-1] == ["indicator_baseline_label", "indicator_target_label"]
    labelled = 0
    for item in items:
        indicator = source[item["id"]].get("indicator") or {}
        for part in ("baseline", "target"):
            expected = (indicator.get(part) or {}).get("label")
            assert item[f"indicator_{part}_label"] == expected, item["id"]
            assert rows[item["id"]][f"indicator_{part}_label"] == (expected or "")
            labelled += expected is not None
    assert labelled and any(item["indicator_target_label"] == "andel av resurserna inom öppen verksamhet"
                            for item in items)


def test_indicator_figures_are_exported_as_the_document_page_shows_them(repo_site, data):
    """An indicator's baseline and target, in items.json and items.csv: the figure, its unit,
    its year and whether it is approximate, as the plan gives them and its page shows them."""
    _, site = repo_site
    items = {item["id"]: item for item in json.loads((data / "items.json").read_text(encoding="utf-8"))["items"]}
    rows = {row["id"]: row for row in csv_rows(data / "items.csv")}
    compared = 0
    for plan, item in ((plan, item) for plan in site.plans for item in plan.items if item.data.indicator):
        record = f"{plan.id}#{item.data.id}"
        for part in ("baseline", "target"):
            measure = getattr(item.data.indicator, part)
            written = items[record]
            assert written[f"indicator_{part}_value"] == (float(measure.value) if measure else None), record
            assert written[f"indicator_{part}_unit"] == (measure.unit if measure else None), record
            assert written[f"indicator_{part}_year"] == (measure.year if measure else None), record
            assert written[f"indicator_{part}_approximate"] == (measure.approximate if measure else None), record
            if measure:
                assert float(rows[record][f"indicator_{part}_value"]) == float(measure.value), record
                compared += 1
    assert compared > 10


def test_a_documents_file_names_the_sources_of_its_attribution(data):
    for path in sorted((REPO / "plans").glob("*.yaml")):
        attribution = yaml.safe_load(path.read_text(encoding="utf-8")).get("attribution")
        plan = json.loads((data / "plans" / f"{path.stem}.json").read_text(encoding="utf-8"))
        expected = [{"title": s["title"], "url": s.get("url"), "note": s.get("note")}
                    for s in (attribution or {}).get("sources", [])]
        assert plan["attribution_sources"] == expected, path.stem
    # Some real document is attributed (Falun's follow-up), with an address for its source.
    assert any(source["url"] for path in sorted((data / "plans").glob("*.json"))
               for source in json.loads(path.read_text(encoding="utf-8"))["attribution_sources"])


def test_a_changes_commit_stays_out_of_the_search_index(repo_site):
    """Each change names its commit ("Ändringen 0118c65d97fc."): twelve hexadecimal digits that
    no voter searches for, which cost the real plans' index about 15 gzipped bytes each and
    took it over P3's 60 KB as commits came. The page still names them."""
    site_dir, _ = repo_site
    page = (site_dir / "andringar" / "index.html").read_text(encoding="utf-8")
    assert page.count('<p class="vlv-change-commit" data-search-exclude>Ändringen <code>') > 3
    index = json.loads((site_dir / "search" / "search_index.json").read_text(encoding="utf-8"))
    changelog_text = " ".join(d["text"] for d in index["docs"] if d["location"].startswith("andringar/"))
    assert "Ändrad återgivning" in changelog_text and "Ändringen <code>" not in changelog_text


def test_the_changelog_of_the_data_stays_out_of_the_search_index(repo_site):
    """The list grows with each addition to v1 (`test_every_field_added_to_v1_is_announced_in_the_changelog`);
    search finds each field by its name in the open-data page's tables, so the list stays out of the
    index (each line cost about 100 bytes of it)."""
    site_dir, _ = repo_site
    index = json.loads((site_dir / "search" / "search_index.json").read_text(encoding="utf-8"))
    changelog_text = " ".join(d["text"] for d in index["docs"] if d["location"].startswith("andringar/"))
    open_data_text = " ".join(d["text"] for d in index["docs"] if d["location"].startswith("oppna-data/"))
    assert "dating_inferred" not in changelog_text and "dating_inferred" in open_data_text


def test_the_list_of_topic_feeds_stays_out_of_the_search_index_and_the_feeds_are_found_by_their_section(repo_site):
    """The open-data page lists a feed per topic, by the topic's name, out of the real plans'
    gzipped index (P3: 61,440; about 480 bytes as titles). The page still lists every one, a
    search for the feeds finds their section, and one for a topic finds the topic's page, which
    links its feed."""
    site_dir, site = repo_site
    page = (site_dir / "oppna-data" / "index.html").read_text(encoding="utf-8")
    index = json.loads((site_dir / "search" / "search_index.json").read_text(encoding="utf-8"))["docs"]
    feeds = next(d for d in index if d["location"] == "oppna-data/#floden")
    assert feeds["title"] == "Ändringsflöden" and "flödesläsare" in feeds["text"]
    open_data_text = " ".join(d["text"] for d in index if d["location"].startswith("oppna-data/"))
    titles = {d["location"]: d["title"] for d in index}
    for topic in site.topics:
        listed = html.escape(topic.name, quote=False)
        assert f'flode/amnen/{topic.id}.xml" type="application/atom+xml">{listed}</a>' in page, topic.id
        assert listed not in open_data_text, topic.id
        topic_page = f"amnen/{topic.id}/"
        assert titles[topic_page] == html.escape(topic.name, quote=False)
        shown = (site_dir / topic_page / "index.html").read_text(encoding="utf-8")
        assert f'flode/amnen/{topic.id}.xml" type="application/atom+xml"' in shown, topic.id


def test_a_fields_description_stays_out_of_the_search_index_and_its_name_in(repo_site):
    """P3 (issue 13): the descriptions in the open-data page's tables of fields, written from the
    schemas, were a sixth of the real plans' search index (3.5 KB of 60), which stood 93 bytes
    under its goal with each commit to plans/ adding to the changelog's entries. Search still
    finds each field by its name in its table; the page shows every description."""
    site_dir, _ = repo_site
    page = (site_dir / "oppna-data" / "falt" / "index.html").read_text(encoding="utf-8")
    description = opendata.TERM_DESCRIPTION.split(" (")[0]  # "Mandatperioden som dokumentet hör till, som id i terms.json"
    assert description in page
    index = json.loads((site_dir / "search" / "search_index.json").read_text(encoding="utf-8"))
    open_data_text = " ".join(d["text"] for d in index["docs"] if d["location"].startswith("oppna-data/"))
    assert "dating_inferred" in open_data_text and "commit_date" in open_data_text
    assert description not in open_data_text


def test_a_fields_type_stays_out_of_the_search_index(repo_site):
    """The type column of the open data's tables of fields said `text`, `heltal, kan saknas
    (null)` or `lista av objekt` some 200 times, words no reader searches for, for 182 of the real
    plans' 58,523 gzipped bytes (P3: 61,440). The page shows every type; the index keeps the
    fields' names, and the lead that says what `kan saknas` means."""
    site_dir, _ = repo_site
    page = (site_dir / "oppna-data" / "falt" / "index.html").read_text(encoding="utf-8")
    assert page.count(">heltal, kan saknas (null)</td>") > 3 and page.count(">lista av objekt</td>") > 3
    index = json.loads((site_dir / "search" / "search_index.json").read_text(encoding="utf-8"))["docs"]
    fields = " ".join(d["text"] for d in index if d["location"].startswith("oppna-data/falt/#"))
    assert "<code>period_start</code>" in fields and "<code>attribution_sources[].url</code>" in fields
    assert "heltal" not in fields and "lista av" not in fields and "kan saknas" not in fields
    lead = next(d["text"] for d in index if d["location"] == "oppna-data/falt/")
    assert "kan saknas" in lead


def _schema_fields(schema: dict) -> set[str]:
    """Each field of a published schema by its path ("sections[].tables[].rows[].approximate")."""
    fields: set[str] = set()

    def walk(node: dict, path: str, seen: frozenset) -> None:
        if "$ref" in node:
            name = node["$ref"].rsplit("/", 1)[-1]
            if name not in seen:
                walk(schema["$defs"][name], path, seen | {name})
            return
        for sub in node.get("anyOf", []) + node.get("oneOf", []) + node.get("allOf", []):
            walk(sub, path, seen)
        if isinstance(node.get("items"), dict):
            walk(node["items"], path + "[]", seen)
        for name, sub in node.get("properties", {}).items():
            fields.add(f"{path}.{name}" if path else name)
            walk(sub, f"{path}.{name}" if path else name, seen)

    walk(schema, "", frozenset())
    return fields


def test_every_field_added_to_v1_is_announced_in_the_changelog(repo_site, data):
    """v1 only grows, and each addition is announced on the changelog page, as the open-data page
    promises: a table row's `approximate` (tables.csv's last column) was added with no line there,
    so a reuser who follows the changelog never learnt that figures written "ca" are marked."""
    site_dir, _ = repo_site
    first = json.loads((Path(__file__).parent / "fixtures" / "opendata_v1_first_fields.json").read_text(
        encoding="utf-8"))["fields"]
    changelog = html.unescape((site_dir / "andringar" / "index.html").read_text(encoding="utf-8"))
    dataformat = changelog.split('id="dataformat"')[1].split("</ul>")[0]
    unannounced = []
    for path in sorted((data / "schema").glob("*.json")):
        fields = _schema_fields(json.loads(path.read_text(encoding="utf-8")))
        published = {"plan.json": "plans/<id>.json"}.get(path.name, path.name.removesuffix(".csv.json") + (
            ".csv" if path.name.endswith(".csv.json") else ""))
        if path.name not in first:
            unannounced += [] if f"<code>{published}</code>" in dataformat else [published]
            continue
        assert set(first[path.name]) <= fields, f"{published} lost fields: v1 only grows"
        for field in sorted(fields - set(first[path.name])):
            parent = field.rsplit(".", 1)[0].removesuffix("[]") if "." in field else ""
            if parent in fields and parent not in first[path.name]:
                continue  # a part of a field added whole ("other_files[].sha256")
            named = (field.rsplit(".", 1)[-1], field.replace("[]", ""))
            if not any(f"<code>{name}</code>" in dataformat for name in named):
                unannounced.append(f"{published}: {field}")
    assert unannounced == []


def test_the_promise_of_v1_allows_the_stricter_schemas_its_changelog_lists(repo_site):
    """The changelog lists schemas made stricter (bounds, no empty text, no formula), which a
    reuser's validator may now refuse where it passed; its intro said v1 "får bara nya fält och
    filer" and the open-data page promised only new fields and files (the documentation audit)."""
    from generator.opendata import FORMAT_CHANGES

    assert any("godtar nu inte" in text or "gränserna" in text for _, text in FORMAT_CHANGES)
    site_dir, _ = repo_site
    changelog = html.unescape((site_dir / "andringar" / "index.html").read_text(encoding="utf-8"))
    intro = changelog.split('id="dataformat"')[1].split("<ul")[0]
    open_data = html.unescape((site_dir / "oppna-data" / "index.html").read_text(encoding="utf-8"))
    versions = open_data.split('id="versioner"')[1].split("</ul>")[0]
    for said in (intro, versions):
        assert "ett schema kan bli strängare där filerna redan håller sig inom det" in said, said
    assert "bara nya fält" not in intro


def test_a_reader_is_told_to_quote_the_documents_words_not_the_line(repo_site):
    """A line is the document's words or a summary of them, which can be reworded (32 were
    on one day): a journalist who quoted `text` as a party's words could quote the site's."""
    site_dir, _ = repo_site
    page = html.unescape((site_dir / "oppna-data" / "falt" / "index.html").read_text(encoding="utf-8"))
    assert "Dokumentets egna ord står i <code>quote</code>: citera det, inte <code>text</code>" in page


def test_the_citation_gives_an_address_that_answers(repo_site):
    """The citation named .../data/v1/, a folder with no page, while its link went to index.json:
    whoever copied the text cited an address that answers 404."""
    site_dir, _ = repo_site
    page = (site_dir / "oppna-data" / "index.html").read_text(encoding="utf-8")
    href, shown = re.search(r'hämtad \(datum\) från <a href="([^"]+)">([^<]+)</a>', page).groups()
    assert shown.endswith("/data/v1/index.json") and (site_dir / "oppna-data" / href).resolve().is_file()


def test_the_open_data_page_says_how_to_open_the_csv_files_with_swedish_settings(repo_site):
    """The files are comma-separated with a decimal point: a spreadsheet with Swedish settings
    puts each row in column A on a double-click. The page must not promise that they just
    open, and must say how to import them instead."""
    site_dir, _ = repo_site
    page = html.unescape((site_dir / "oppna-data" / "index.html").read_text(encoding="utf-8"))
    assert "öppnas i Excel" not in page and "Numbers" not in page
    howto = page.split('id="oppna-csv"')[1].split("<h2")[0]
    assert "i kolumn A" in howto
    assert "<em>Data → Från text/CSV</em>" in howto and "avgränsare <em>Komma</em>" in howto
    assert "importdialogen (<em>Textimport</em>)" in howto
    assert "punkt som decimaltecken" in howto


def test_the_page_says_where_a_double_click_with_swedish_settings_splits_a_row(repo_site, data):
    """A spreadsheet with Swedish settings reads `;` as the separator: a row is cut at each
    semicolon (between a record's topics, `hemloshet;ekonomi-och-budget`, or in a text), not left
    whole in column A as the page said."""
    with open(data / "items.csv", encoding="utf-8-sig", newline="") as swedish:
        split = [row for row in csv.reader(swedish, delimiter=";") if len(row) > 1]
    assert split  # rows that such a spreadsheet does not leave whole
    site_dir, _ = repo_site
    page = html.unescape((site_dir / "oppna-data" / "index.html").read_text(encoding="utf-8"))
    howto = page.split('id="oppna-csv"')[1].split("<ul")[0]
    assert "hela raden i kolumn A" not in howto
    assert "delas därför raden inte vid kommatecknen utan vid varje semikolon" in howto


def test_the_excel_steps_keep_a_quote_with_line_breaks_on_its_own_row(repo_site, data, manifest):
    """Some quotes hold the document's line breaks, inside quotation marks as RFC 4180 allows.
    Excel's Data → Från text/CSV applies every line break unless told otherwise (Power Query's
    `QuoteStyle.None`, which it writes for the file): items.csv then had more rows than items,
    each cut quote's rest in a row of its own under the wrong columns. The Excel steps say how
    to count the rows against index.json and which setting keeps a quote whole."""
    text = (data / "items.csv").read_bytes().decode("utf-8-sig")
    records = next(entry["records"] for entry in manifest["files"] if entry["path"] == "items.csv")
    every_line_a_row = text.replace("\r\n", "\n").strip("\n").split("\n")
    assert len(every_line_a_row) - 1 > records == len(list(csv.DictReader(io.StringIO(text, newline=""))))
    site_dir, _ = repo_site
    page = html.unescape((site_dir / "oppna-data" / "index.html").read_text(encoding="utf-8"))
    excel = page.split('id="oppna-csv"')[1].split("<strong>Excel:</strong>")[1].split("</li>")[0]
    assert "<code>records</code>" in excel and "index.json" in excel
    assert "<em>Radbrytningar</em>" in excel and "radbrytningar inom citattecken" in excel


def _in_force_as_the_page_says(plan: dict, terms: list[dict], bound: list[str], today: datetime.date) -> bool | None:
    """A journalist's reading of *Vilka dokument gäller nu?* applied to a document's file and
    terms.json: True in force (now or, for a coming year, from its first year), False not,
    None when it cannot be told (undated)."""
    first = plan["year"] or plan["period_start"]
    last = plan["year"] or plan["period_end"]
    if first is None:
        return None
    term = next((t for t in terms if t["id"] == plan["term"]), None)
    if term is None and first > int(terms[-1]["ends"][:4]):
        return None  # after the last term: no known term
    if term is not None and term["starts"] <= today.isoformat() <= term["ends"]:
        return True
    if term is not None and term["starts"] > today.isoformat():
        return False  # from the term's first day: not yet
    return plan["kind"] not in bound and first <= today.year <= last


@pytest.mark.parametrize("kind, dating, today", [
    ("party-plan", "period: {start: 2025, end: 2027}", datetime.date(2027, 3, 1)),
    ("party-plan", "period: {start: 2025, end: 2027}", datetime.date(2028, 3, 1)),
    ("party-plan", "year: 2024", datetime.date(2025, 3, 1)),
    ("administration-plan", "year: 2026", datetime.date(2026, 11, 20)),
    ("administration-plan", "year: 2027", datetime.date(2026, 11, 20)),
    ("administration-plan", "period: {start: 2010, end: 2030}", datetime.date(2027, 3, 1)),
    ("election-platform", "period: {start: 2022, end: 2026}", datetime.date(2026, 11, 20)),
    ("promise-follow-up", "year: 2026", datetime.date(2026, 11, 20)),
    ("administration-plan", "year: 2031", datetime.date(2030, 11, 20)),
], ids=["period-into-this-year", "period-passed", "own-term", "a-year-of-an-ended-term", "next-year",
        "from-before-every-term", "platform-after-the-election", "follow-up-after-the-election", "after-the-last-term"])
def test_the_open_data_say_how_to_tell_which_documents_are_in_force_as_the_pages_mark_them(project, kind, dating, today):
    """"Which documents are in force today?" The pages mark each document by the build's day,
    and the files, which change with the plans alone, cannot say it: the page and terms.json's
    schema give the rule, and applied to a document's file it gives what its page shows (a plan
    for 2025–2027 is in force in 2027 though its term has ended; an election platform is not
    once the next term has begun). Before, a reader had the term of each document and no rule."""
    from generator.link import link
    from generator.load import load_inputs
    plan_file = project / "plans" / "bergby-a-plan-2024.yaml"
    plan_file.write_text(plan_file.read_text(encoding="utf-8").replace("year: 2024", dating)
                         .replace("kind: party-plan", f"kind: {kind}"), encoding="utf-8")
    pages = render_site(link(load_inputs(project), today=today))
    record = json.loads(pages[paths.data_file("plans/bergby-a-plan-2024.json")])
    terms = json.loads(pages[paths.data_file("terms.json")])["terms"]
    rule = html.unescape(pages[paths.OPEN_DATA].split("{#galler-nu}")[1].split("###")[0])
    bound = re.findall(r"<code>([a-z-]+)</code> \(", rule.split("av typen")[1].split(", som hör till")[0])
    marked = re.search(r'<span class="vlv-term vlv-term-(\w+)">', pages[paths.plan_page("bergby-a-plan-2024")]).group(1)
    assert _in_force_as_the_page_says(record, terms, bound, today) == {"current": True, "earlier": False, "upcoming": False, "none": None}[marked]
    schema = json.loads(pages[paths.schema_file("terms.json")])["properties"]["terms"]["description"]
    assert bound and all(f"`{kind_bound}`" in schema for kind_bound in bound)
    assert "<code>period_start</code>–<code>period_end</code>" in rule and "`starts`–`ends`" in schema
    assert "daterat efter den sista mandatperioden" in rule  # the one a reader cannot judge by its years


def test_the_page_says_how_to_tell_a_changed_file_and_how_far_back_the_feeds_go(repo_site, data, manifest):
    """A researcher who fetches the files again wants to know what changed: index.json's SHA-256
    of each file tells a changed file from an unchanged one without downloading it, and the feeds
    hold only the changes the changelog lists, which says where its list begins. The page said
    neither, so "what changed since D?" for a D before that beginning met an empty feed."""
    for entry in manifest["files"][:3]:  # what the page tells the reader to compare
        assert hashlib.sha256((data / entry["path"]).read_bytes()).hexdigest() == entry["sha256"]
    site_dir, _ = repo_site
    page = html.unescape((site_dir / "oppna-data" / "index.html").read_text(encoding="utf-8"))
    feeds = page.split('id="floden"')[1].split("<h2")[0]
    assert "<code>sha256</code>" in feeds and "index.json" in feeds
    assert "samma ändringar som sidan" in feeds and "säger sidan var den börjar" in feeds


def _enum(prop: dict) -> list[str]:
    return [value for option in prop.get("anyOf", [prop]) for value in option.get("enum", []) if value]


def test_the_schemas_describe_each_record_in_swedish_when_a_field_is_null_and_what_each_value_means(data):
    """A reuser reads the schema, not the code: no record is described by the code's English
    docstring, a field that can be null says when, and each allowed value is explained."""
    docstrings = {cls.__doc__.strip() for cls in vars(opendata).values()
                  if isinstance(cls, type) and issubclass(cls, opendata.Record) and cls.__doc__}
    checked = 0
    for path in sorted((data / "schema").glob("*.json")):
        schema = json.loads(path.read_text(encoding="utf-8"))
        is_csv = path.name.endswith(".csv.json")
        if is_csv:
            assert "Ett tomt fält står för null" in schema["description"], path.name
        for name, record in [("", schema), *schema.get("$defs", {}).items()]:
            assert record.get("description") and record["description"] not in docstrings, (path.name, name)
            for field, prop in record["properties"].items():
                nullable = any(option.get("type") == "null" for option in prop.get("anyOf", []))
                if nullable:
                    assert "null" in prop["description"], (path.name, name, field)
                for value in _enum(prop):
                    assert f"{value} (" in prop["description"], (path.name, name, field, value)
                checked += 1
    assert checked > 150
    item = json.loads((data / "schema" / "items.json").read_text(encoding="utf-8"))["$defs"]["ItemRecord"]
    assert "promise (vallöfte)" in item["properties"]["kind"]["description"]
    assert "high (hög risk, 10–15)" in item["properties"]["risk_level"]["description"]
    assert "i enheten `indicator_target_unit`" in item["properties"]["indicator_target_value"]["description"]


def test_the_open_data_page_says_where_one_municipalitys_files_are(repo_site, data):
    """At 1,000 plans items.json is 44 MB: the page names each municipality's own files instead,
    and the address it gives (the public one, with the site's path) leads to them for every
    municipality."""
    site_dir, _ = repo_site
    page = html.unescape((site_dir / "oppna-data" / "index.html").read_text(encoding="utf-8"))
    howto = page.split('id="en-kommun"')[1].split("<h2")[0]
    assert f"<code>{BASE}data/v1/kommuner/<kommun-id>/</code>" in howto
    assert all(f"<code>{name}</code>" in howto for name in ("items.json", "items.csv", "tables.csv"))
    assert '<a href="../data/v1/municipalities.json">municipalities.json</a>' in howto
    assert "ingen CSV-fil per kommun" not in page
    for municipality in json.loads((data / "municipalities.json").read_text(encoding="utf-8"))["municipalities"]:
        for name in ("items.json", "items.csv", "tables.csv"):
            assert (data / "kommuner" / municipality["id"] / name).is_file()


def test_each_municipalitys_files_hold_exactly_its_rows_in_the_national_order(data, manifest):
    """A journalist who follows one municipality gets from its three files what filtering the
    national ones on `municipality` gives: the same records, fields and order, nothing else."""
    items = json.loads((data / "items.json").read_text(encoding="utf-8"))["items"]
    national_csv = {name: csv_rows(data / name) for name in ("items.csv", "tables.csv")}
    header = {name: (data / name).read_bytes().split(b"\r\n")[0] for name in ("items.csv", "tables.csv")}
    municipalities = json.loads((data / "municipalities.json").read_text(encoding="utf-8"))["municipalities"]
    assert len(municipalities) >= 2
    for municipality in municipalities:
        folder = data / "kommuner" / municipality["id"]
        own = json.loads((folder / "items.json").read_text(encoding="utf-8"))["items"]
        assert own == [item for item in items if item["municipality"] == municipality["id"]]
        for name, rows in national_csv.items():
            assert csv_rows(folder / name) == [row for row in rows if row["municipality"] == municipality["id"]], name
            assert (folder / name).read_bytes().split(b"\r\n")[0] == header[name]
    assert sum(len(json.loads((data / "kommuner" / m["id"] / "items.json").read_text(encoding="utf-8"))["items"])
               for m in municipalities) == len(items)


def test_each_municipalitys_files_are_in_the_manifest_with_their_hash_and_validate_against_their_schema(data, manifest):
    listed = {entry["path"]: entry for entry in manifest["files"]}
    schemas = {"items.json": "items.json", "items.csv": "items.csv.json", "tables.csv": "tables.csv.json"}
    municipalities = json.loads((data / "municipalities.json").read_text(encoding="utf-8"))["municipalities"]
    for municipality in municipalities:
        for name, schema_name in schemas.items():
            path = f"kommuner/{municipality['id']}/{name}"
            entry = listed[path]
            content = (data / path).read_bytes()
            assert (entry["bytes"], entry["sha256"]) == (len(content), hashlib.sha256(content).hexdigest())
            assert entry["url"] == BASE + "data/v1/" + path
            assert municipality[name.replace(".", "_") + "_url"] == entry["url"]
            assert entry["schema_url"] == BASE + "data/v1/schema/" + schema_name
            if name.endswith(".csv"):
                assert len(csv_rows(data / path)) == entry["records"]
            else:
                assert len(json.loads(content)["items"]) == entry["records"]
            published_validator(data, schema_name, path)


def test_each_municipalitys_page_and_documents_table_link_its_own_files(repo_site, data):
    site_dir, linked = repo_site
    for municipality in linked.municipalities:
        # The data package too, on both (its link out of the search index).
        for page in (site_dir / municipality.id, site_dir / municipality.id / "dokument"):
            text = (page / "index.html").read_text(encoding="utf-8")
            linked_files = set(re.findall(r'href="((?:\.\./)+data/v1/kommuner/[^"]+)"', text))
            # tables.csv only where its documents have tables (Falun's have none).
            tables = {"tables.csv"} if municipality.table_count else set()
            assert {link.rsplit("/", 1)[1] for link in linked_files} == {"items.json", "items.csv", *tables,
                                                                          opendata.DATA_PACKAGE}
            for link in linked_files:
                assert (page / link).resolve() == (data / "kommuner" / municipality.id / link.rsplit("/", 1)[1]).resolve()
                assert (page / link).resolve().is_file()



def test_every_registry_record_links_its_page_on_the_site(repo_site, data):
    """An actor's, a topic's and a municipality's record each give the address of its page, and
    each address is a page of the built site (a municipality's record had none)."""
    site_dir, _ = repo_site
    base = json.loads((data / "index.json").read_text(encoding="utf-8"))["files"][0]["url"].split("data/v1/")[0]
    for name, key in (("actors.json", "actors"), ("topics.json", "topics"), ("municipalities.json", "municipalities")):
        records = json.loads((data / name).read_text(encoding="utf-8"))[key]
        assert records, name
        for record in records:
            assert record["page_url"].startswith(base), (name, record["id"])
            page = site_dir / record["page_url"][len(base):] / "index.html"
            assert page.is_file(), (name, record["page_url"])
            assert record["name"] in page.read_text(encoding="utf-8"), (name, record["id"])


def test_pages_about_one_municipality_link_its_files_and_a_document_page_its_own_file(repo_site, data):
    """A reader of one document, comparison or actor page gets that municipality's files, and
    on a document's page the document's own file, not only the files of every municipality."""
    site_dir, linked = repo_site
    plan = linked.plans[0]
    row = plan.municipality.topic_rows[0]
    pages = {site_dir / "dokument" / plan.id: plan.municipality, site_dir / "partier" / plan.actor.id: plan.municipality,
             site_dir / row.municipality.id / row.topic.id: row.municipality}
    for page, municipality in pages.items():
        text = (page / "index.html").read_text(encoding="utf-8")
        own = {link: (page / link).resolve() for link in re.findall(r'href="((?:\.\./)+data/v1/kommuner/[^"]+)"', text)}
        names = ("items.csv", "items.json", opendata.DATA_PACKAGE, *(("tables.csv",) if municipality.table_count else ()))
        assert sorted(own.values()) == sorted((data / "kommuner" / municipality.id / name).resolve()
                                              for name in names), page
        assert all(file.is_file() for file in own.values())
    text = (site_dir / "dokument" / plan.id / "index.html").read_text(encoding="utf-8")
    document = re.findall(r'<strong>Det här dokumentet:</strong> <a href="([^"]+)">som JSON</a>', text)
    assert [(site_dir / "dokument" / plan.id / link).resolve() for link in document] == [
        (data / "plans" / f"{plan.id}.json").resolve()]

def test_items_come_in_the_order_their_schema_states_so_two_builds_diff_line_by_line(data):
    schema = json.loads((data / "schema" / "items.json").read_text(encoding="utf-8"))
    assert "dokumenten som `municipalities.json` listar dem" in schema["properties"]["items"]["description"]
    municipalities = json.loads((data / "municipalities.json").read_text(encoding="utf-8"))["municipalities"]
    stated = [item["id"] for municipality in municipalities for plan in municipality["plans"]
              for section in json.loads((data / "plans" / f"{plan}.json").read_text(encoding="utf-8"))["sections"]
              for item in section["items"]]
    assert [item["id"] for item in json.loads((data / "items.json").read_text(encoding="utf-8"))["items"]] == stated
    assert [row["id"] for row in csv_rows(data / "items.csv")] == stated


def test_tables_csv_comes_in_the_order_its_schema_states_so_a_table_can_be_laid_out_again(repo_site, data):
    """A researcher who turns tables.csv back into tables (a pivot, a spreadsheet's table) needs
    the rows and columns in the document's order: sorted by their labels, "Summa" and "varav"
    rows land among the others. The file kept that order but neither its schema nor the page
    said so, for tables.csv alone of the row files."""
    schema = json.loads((data / "schema" / "tables.csv.json").read_text(encoding="utf-8"))
    site_dir, _ = repo_site
    page = html.unescape((site_dir / "oppna-data" / "index.html").read_text(encoding="utf-8"))
    row = next(line for line in page.splitlines() if '>tables.csv</a></th>' in line)
    for said in (schema["description"], row):
        assert re.search(r"rad för rad och kolumn för kolumn, som i dokumentet", said), said
    municipalities = json.loads((data / "municipalities.json").read_text(encoding="utf-8"))["municipalities"]
    stated = [(table["id"], spreadsheet_text(line["label"]), spreadsheet_text(column))
              for municipality in municipalities for plan in municipality["plans"]
              for section in json.loads((data / "plans" / f"{plan}.json").read_text(encoding="utf-8"))["sections"]
              for table in section["tables"] for line in table["rows"] for column in table["columns"]]
    assert stated and [(r["table"], r["row"], r["column"]) for r in csv_rows(data / "tables.csv")] == stated


def test_the_manifest_counts_what_its_schema_says_it_counts(data, manifest):
    schema = json.loads((data / "schema" / "index.json").read_text(encoding="utf-8"))
    assert "punkter i items.json, items.csv och plans/<id>.json" in \
        schema["$defs"]["ManifestFile"]["properties"]["records"]["description"]
    for entry in manifest["files"]:
        if entry["path"].startswith("plans/"):
            plan = json.loads((data / entry["path"]).read_text(encoding="utf-8"))
            assert entry["records"] == sum(len(section["items"]) for section in plan["sections"]), entry["path"]


def test_an_address_with_swedish_letters_from_a_plan_is_valid_where_its_schema_says_so(project):
    """A plan may give its source as https://…/verksamhetsplan-för-2024: the schema must not
    call that field a URI (RFC 3986: ASCII only), or a validator that checks formats refuses
    the published file. The site's own addresses stay URIs."""
    from generator.site import build_site

    plan = project / "plans" / "bergby-socialnamnden-vp-2024.yaml"
    plan.write_text(plan.read_text(encoding="utf-8").replace(
        "url: https://bergby.example/vp-2024", "url: https://bergby.example/verksamhetsplan-för-2024"), encoding="utf-8")
    made = opendata.data_files(build_site(project), BASE)
    files, plan_files = made.national, made.plans
    schemas = {name: json.loads(text) for name, text in opendata.schemas(BASE).items()}
    formats = jsonschema.FormatChecker(formats=())
    text = lambda value: value if isinstance(value, str) else ""  # noqa: E731  (formats apply to strings)
    formats.checks("uri")(lambda value: text(value).isascii() and not re.search(r"\s", text(value)))  # RFC 3986
    formats.checks("iri")(lambda value: not re.search(r"\s", text(value)))  # RFC 3987: letters such as ö too
    for data_file in files + plan_files:
        if data_file.name.endswith(".json"):
            jsonschema.Draft202012Validator(schemas[data_file.schema_name], format_checker=formats).validate(
                json.loads(data_file.content()))
    items = json.loads(next(f for f in files if f.name == "items.json").content())["items"]
    assert any(item["source_url"] == "https://bergby.example/verksamhetsplan-för-2024" for item in items)
    assert schemas["items.json"]["$defs"]["ItemRecord"]["properties"]["page_url"]["format"] == "uri"


def test_the_data_reproduce_the_figures_of_the_topics_page(repo_site, data):
    """A journalist who counts in items.json and the documents' tables gets the topics page's
    numbers: mentions (a table counts as one) and the actors that take the topic up."""
    site_dir, _ = repo_site
    page = (site_dir / "amnen" / "index.html").read_text(encoding="utf-8")
    shown = {topic: (int(count), int(actors), int(of)) for topic, count, actors, of in re.findall(
        r'<tr data-topic="([^"]+)"[^>]*>.*?<td class="vlv-num">(\d+)</td> <td class="vlv-num">(\d+)\sav\s(\d+)</td>', page)}
    items = json.loads((data / "items.json").read_text(encoding="utf-8"))["items"]
    tables = [(plan["actor"], table) for path in (data / "plans").glob("*.json")
              for plan in [json.loads(path.read_text(encoding="utf-8"))]
              for section in plan["sections"] for table in section["tables"]]
    actors = json.loads((data / "actors.json").read_text(encoding="utf-8"))["actors"]
    topics = json.loads((data / "topics.json").read_text(encoding="utf-8"))["topics"]
    assert sorted(shown) == sorted(topic["id"] for topic in topics)
    for topic in topics:
        mentioned_by = [item["actor"] for item in items if topic["id"] in item["topics"]] + [
            actor for actor, table in tables if topic["id"] in table["topics"]]
        counted = (len(mentioned_by), len(set(mentioned_by)), len(actors))
        assert shown[topic["id"]] == counted == (topic["mentions"], topic["actor_count"], len(actors)), topic["id"]


def test_a_promise_whose_state_is_not_stated_is_described_alike_in_the_data_and_on_its_page(repo_site, data):
    """`unknown` is the follow-up naming a promise without saying how far it has come, and
    null an item with no state at all: a researcher filtering either must not be told the
    other's meaning, and the field's label must be what the voter's badge says."""
    site_dir, _ = repo_site
    item = json.loads((data / "schema" / "items.json").read_text(encoding="utf-8"))["$defs"]["ItemRecord"]
    described = item["properties"]["status"]["description"]
    assert "unknown (läget anges inte)" in described
    assert "null när punkten inte har något läge" in described
    records = json.loads((data / "items.json").read_text(encoding="utf-8"))["items"]
    unknown = next(r for r in records if r["status"] == "unknown")
    assert any(r["status"] is None for r in records)
    page = (site_dir / "dokument" / unknown["plan"] / "index.html").read_text(encoding="utf-8")
    anchor = page.index(f'id="{unknown["item"]}"')
    badge = re.search(r'vlv-badge-unknown"><span aria-hidden="true">\?</span> ([^<]*)<', page[anchor:]).group(1)
    assert badge == "Läget anges inte i dokumentet"


def test_each_figure_of_tables_csv_links_its_table_and_its_line_in_the_archived_text(repo_site, data):
    """Each item of items.csv leads to its place on the document's page and to its line in the
    archived text; a budget figure must too, or a reuser cannot check it against its source."""
    site_dir, _ = repo_site
    rows = csv_rows(data / "tables.csv")
    assert rows
    for row in rows:
        plan, table = row["table"].split("#")
        assert row["page_url"] == f"{BASE}dokument/{plan}/#{table}"
        assert row["archive_url"] == f"{BASE}kallor/{plan}/#L{row['source_line']}"
        for url in (row["page_url"], row["archive_url"]):
            page, anchor = url.removeprefix(BASE).split("#")
            assert f'id="{anchor}"' in (site_dir / page / "index.html").read_text(encoding="utf-8")
    header = (data / "tables.csv").read_text(encoding="utf-8-sig").splitlines()[0].split(",")
    # added to v1: last, so columns keep their places
    assert header[-4:] == ["page_url", "archive_url", "approximate", "plus"]


def test_a_table_figure_written_with_a_plus_is_told_apart_from_one_without_in_the_open_data(project):
    """A column of changes writes `+97,7`, which the table's page shows as written: tables.csv's
    `value` and the plan's `values` hold the number alone, so a reuser could not tell it from a
    figure written 97,7. Each figure's `plus` says it, the number stays as it was, and both files
    keep to their schemas."""
    for name, old, new in ((TABLES_SOURCE, "Summa INTÄKTER\t97,7\t63,4", "Summa INTÄKTER\t+97,7\t63,4"),
                           (TABLES_PLAN_FILE, 'values: ["97,7", "63,4"]\n            quote: Summa INTÄKTER 97,7',
                            'values: ["+97,7", "63,4"]\n            quote: Summa INTÄKTER +97,7')):
        path = project / name
        path.write_text(path.read_text(encoding="utf-8").replace(old, new), encoding="utf-8")
    files = opendata.data_files(build_site(project), BASE)
    schemas = {name: json.loads(text) for name, text in opendata.schemas(BASE).items()}
    text = next(f for f in files.national if f.name == "tables.csv").content()
    cells = list(csv.DictReader(io.StringIO(text.removeprefix("\ufeff"), newline="")))
    for cell in cells:
        jsonschema.Draft202012Validator(schemas["tables.csv.json"], format_checker=FORMATS).validate(cell)
    assert [(cell["row"], cell["column"], cell["value"], cell["plus"]) for cell in cells
            if cell["plan"] == "bergby-socialnamnden-vp-2024"] == [
        ("Summa INTÄKTER", "Budget 2023", "97.7", "true"), ("Summa INTÄKTER", "Budget 2024", "63.4", "false"),
        ("Summa KOSTNADER", "Budget 2023", "-97.7", "false"), ("Summa KOSTNADER", "Budget 2024", "-63.4", "false")]
    record = json.loads(next(f for f in files.plans if f.name == "plans/bergby-socialnamnden-vp-2024.json").content())
    jsonschema.Draft202012Validator(schemas["plan.json"], format_checker=FORMATS).validate(record)
    rows = [row for section in record["sections"] for table in section["tables"] for row in table["rows"]]
    assert [(row["values"], row["plus"]) for row in rows] == [([97.7, 63.4], [True, False]), ([-97.7, -63.4], [False, False])]


def test_the_page_and_the_csv_schema_say_how_a_program_reads_the_byte_order_mark(repo_site, data):
    """Read as plain UTF-8, as the page told "andra program" to, items.csv's first field is
    named "\\ufeffid", and every row fails the CSV schema, which names csv.DictReader: the page
    and the schema must say to read UTF-8 with BOM (Python: utf-8-sig)."""
    with open(data / "items.csv", encoding="utf-8", newline="") as plain:
        assert next(csv.DictReader(plain)).keys() >= {"\ufeffid"}  # what plain UTF-8 gives
    site_dir, _ = repo_site
    page = html.unescape((site_dir / "oppna-data" / "index.html").read_text(encoding="utf-8"))
    written = page.split('id="csv"')[1].split('id="oppna-csv"')[0]
    assert 'encoding="utf-8-sig"' in written and 'fileEncoding = "UTF-8-BOM"' in written
    howto = page.split('id="oppna-csv"')[1].split("<h2")[0]
    assert "UTF-8 som teckenkodning" not in howto and "UTF-8 med BOM som teckenkodning" in howto
    for name in ("items.csv.json", "tables.csv.json"):
        schema = json.loads((data / "schema" / name).read_text(encoding="utf-8"))
        assert 'encoding="utf-8-sig"' in schema["description"]
        # What jsonschema.validate(row, schema) does for each row, with the schema checked once.
        validator_class = jsonschema.validators.validator_for(schema)
        validator_class.check_schema(schema)
        validator = validator_class(schema)
        with open(data / name.removesuffix(".json"), encoding="utf-8-sig", newline="") as read_as_told:
            rows = list(csv.DictReader(read_as_told))
        assert rows, name
        for row in rows:
            validator.validate(row)


def test_topics_json_gives_each_topics_easy_read_text_as_its_page_shows_it(repo_site, data):
    """The site shows every topic in easy-read Swedish on its page and its comparisons; a
    reuser building an accessible view of the data had only the plain description."""
    site_dir, model = repo_site
    topics = json.loads((data / "topics.json").read_text(encoding="utf-8"))["topics"]
    assert [topic["id"] for topic in topics] == [topic.id for topic in model.topics]
    for topic in topics:
        page = html.unescape((site_dir / "amnen" / topic["id"] / "index.html").read_text(encoding="utf-8"))
        assert topic["easy_read"] and topic["easy_read"] in " ".join(page.split()), topic["id"]


def test_every_pattern_in_a_data_schema_is_one_javascript_reads(data):
    """A reuser validating with ajv compiles each pattern as a JavaScript Unicode regular
    expression, and refuses the whole schema for one it cannot (as the editors' address
    pattern was, with its escaped quote)."""
    patterns = [pattern for path in sorted((data / "schema").glob("*.json"))
                for pattern in patterns_in(json.loads(path.read_text(encoding="utf-8")))]
    assert patterns and refused_by_javascript(patterns) == []


def test_each_json_file_names_its_schema_as_the_manifest_does(repo_site, data, manifest):
    """A researcher's editor or validator that meets items.json, a document's file or a
    municipality's items.json alone finds its schema from the file itself (`$schema`), the
    schema the manifest names for it (`schema_url`), which is that schema's own `$id`."""
    site_dir, _ = repo_site
    entries = [entry for entry in manifest["files"] if entry["path"].endswith(".json")]
    assert {"items.json", "actors.json", "terms.json"} <= {entry["path"] for entry in entries}
    assert any(entry["path"].startswith("kommuner/") for entry in entries)
    for entry in entries + [{"path": "index.json", "schema_url": BASE + "data/v1/schema/index.json"}]:
        record = json.loads((data / entry["path"]).read_text(encoding="utf-8"))
        assert record["$schema"] == entry["schema_url"] == schema_for(data, entry)["$id"], entry["path"]
    page = html.unescape((site_dir / "oppna-data" / "index.html").read_text(encoding="utf-8"))
    files_section = page.split('id="filer"')[1].split("<table")[0]
    assert "<code>$schema</code>" in files_section and "<code>schema_url</code>" in files_section


def test_the_page_says_how_pandas_reads_only_an_empty_field_as_missing_and_each_file_alike(repo_site, data):
    """pandas reads a cell "NA", "null" or "N/A" as missing unless told not to, and guesses a
    column's type from its cells: one empty in a municipality's file (no risk items there)
    becomes numbers where the national file has text. The CSV schema (a JSON Schema of a row
    of text) cannot tell a CSV reader either, so the page says it."""
    national = csv_rows(data / "items.csv")
    empty_in_one = [name for name in national[0]
                    if any(row[name] for row in national)
                    and any(not any(row[name] for row in csv_rows(path))
                            for path in sorted((data / "kommuner").glob("*/items.csv")))]
    assert empty_in_one  # what makes a guessed type differ between the files
    site_dir, _ = repo_site
    page = html.unescape((site_dir / "oppna-data" / "index.html").read_text(encoding="utf-8"))
    written = page.split('id="csv"')[1].split('id="oppna-csv"')[0]
    assert 'keep_default_na=False, na_values=[""]' in written and "<code>NA</code> ett saknat värde" in written
    assert 'Ange kolumnernas typer efter <a href="falt/">fälttabellerna</a>' in written


def test_an_items_source_lines_in_the_data_are_the_lines_its_quote_covers_on_the_source_page():
    """`source_line_start` and `source_line_end`: the first and last line of the archived text
    where the quote stands, the lines its source page marks with a link back to the item; the
    last of them holds the quote's last word."""
    site = build_site(REPO)
    pages = render_site(site)
    files = opendata.data_files(site, BASE).national
    items = json.loads(next(f for f in files if f.name == "items.json").content())["items"]
    texts = {plan.id: plan.source.text.split("\n") for plan in site.plans}
    spanning = 0
    for item in items:
        page = pages[paths.source_page(item["plan"])]
        marked = [int(number) for number, rest in re.findall(r'<div id="L(\d+)"[^>]*>(.*?)</div>', page)
                  if f'/{item["plan"]}/#{item["item"]}"' in rest]
        assert (item["source_line_start"], item["source_line_end"]) == (marked[0], marked[-1]), item["id"]
        last_word = re.findall(r"\w+", item["quote"])[-1]
        assert last_word in texts[item["plan"]][item["source_line_end"] - 1], item["id"]
        spanning += item["source_line_end"] > item["source_line_start"]
    assert spanning


def test_a_municipalitys_tables_csv_holds_the_figures_of_a_document_without_items(project):
    """Each municipality's tables.csv: every figure of its documents' tables, a budget without
    items of its own too, as many rows as the national file has for the municipality."""
    (project / "plans" / "bergby-socialnamnden-budget-2025.yaml").write_text(BUDGET_ONLY_PLAN, encoding="utf-8")
    (project / "sources" / "bergby-socialnamnden-budget-2025.txt").write_text(BUDGET_ONLY_SOURCE, encoding="utf-8")
    plans = [yaml.safe_load(path.read_text(encoding="utf-8")) for path in sorted((project / "plans").glob("*.yaml"))]
    figures = {plan["id"]: sum(len(row["values"]) for section in plan["sections"] for table in section.get("tables", [])
                               for row in table["rows"]) for plan in plans if plan["municipality"] == "bergby"}
    assert figures["bergby-socialnamnden-budget-2025"]
    files = opendata.data_files(build_site(project), BASE).municipalities["bergby"]
    text = next(f for f in files if f.name.endswith("tables.csv")).content()
    rows = list(csv.DictReader(io.StringIO(text.removeprefix("\ufeff"), newline="")))
    assert {plan: sum(row["plan"] == plan for row in rows) for plan in figures} == figures


def test_a_follow_ups_record_names_the_documents_it_follows_up_in_the_order_first_named(project):
    """`follows_up` of plans/<id>.json: "i den ordning de först nämns", not in the ids' order."""
    add_platform(project)
    older = "dalby-m-program-2014"
    (project / "plans" / f"{older}.yaml").write_text(PLATFORM_PLAN.replace(PLATFORM, older).replace("2018", "2014"),
                                                     encoding="utf-8")
    (project / "sources" / f"{older}.txt").write_text(PLATFORM_SOURCE.replace("2018", "2014"), encoding="utf-8")
    plan_file = project / "plans" / "dalby-m-uppfoljning.yaml"
    plan_file.write_text(plan_file.read_text(encoding="utf-8").replace(
        "      - id: familjecentral-varje-stadsdel\n",
        f"      - id: familjecentral-varje-stadsdel\n        follows_up: {older}#fler-kolloplatser\n"), encoding="utf-8")
    plan = yaml.safe_load(plan_file.read_text(encoding="utf-8"))
    named = list(dict.fromkeys(item["follows_up"].split("#")[0] for section in plan["sections"]
                               for item in section["items"] if item.get("follows_up")))
    assert len(named) == 2 and named != sorted(named)
    files = opendata.data_files(build_site(project), BASE).plans
    record = json.loads(next(f for f in files if f.name == f"plans/{plan['id']}.json").content())
    assert record["follows_up"] == named


@pytest.mark.parametrize("name", ["items.json", "items.csv"])
def test_a_row_file_is_made_holding_its_text_once_in_memory(name):
    """items.json and items.csv (and tables.csv, made alike) are joined from each plan's part
    without a second copy of the whole text in memory: a copy for each `+` around the joined
    rows doubled or tripled the memory and the time each took (items.json is 43 MB at 1,000
    plans, and each municipality's is made too)."""
    import sys
    import tracemalloc

    files = opendata.data_files(build_site(REPO), BASE)
    files.plans[0].content()  # each plan's part of the rows, made once for every file
    row_file = next(f for f in files.national if f.name == name)
    tracemalloc.start()
    try:
        text = row_file.content()
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert len(text) > 10_000
    assert peak < 1.2 * sys.getsizeof(text)


def test_a_documents_file_says_the_language_it_is_written_in(project):
    """A reuser who reads the quotes of a document in English or Finnish learns its language
    from its file (`language`, BCP 47), as its page says it; a Swedish one says `sv`."""
    plan = project / "plans" / "bergby-o-webb.yaml"
    plan.write_text(plan.read_text(encoding="utf-8").replace("\nkind:", "\nlanguage: en\nkind:", 1), encoding="utf-8")
    plan_files = opendata.data_files(build_site(project), BASE).plans
    languages = {f.name: json.loads(f.content())["language"] for f in plan_files}
    assert languages["plans/bergby-o-webb.json"] == "en"
    assert set(languages.values()) == {"en", "sv"}
    described = json.loads(opendata.schemas(BASE)["plan.json"])["properties"]["language"]
    assert described["enum"] == list(model.DOCUMENT_LANGUAGES) and "en (engelska)" in described["description"]


# --- the data package: data/v1/datapackage.json and one per municipality, checked by the
# Frictionless project's own validator ------------------------------------------------------------
def listed_packages(manifest: dict) -> list[str]:
    """Every data package the manifest lists, as a path under data/v1/."""
    return [entry["url"].removeprefix(BASE + "data/v1/") for entry in manifest["other_files"]
            if entry["url"].endswith("/" + opendata.DATA_PACKAGE)]


def frictionless_report(package: Path):
    import frictionless  # 0.8 s of processor time: only the tests that use it pay for it

    return frictionless.validate(package)


def test_frictionless_finds_every_data_package_valid_and_reads_every_row(data, manifest):
    """Each package's descriptor, and each CSV file's rows against its Table Schema, pass the
    standard's validator; it reads as many rows as index.json counts records."""
    records = {entry["path"]: entry["records"] for entry in manifest["files"]}
    assert len(listed_packages(manifest)) > 1  # the national one and each municipality's
    for package in listed_packages(manifest):
        report = frictionless_report(data / package)
        assert report.valid, report.flatten(["type", "rowNumber", "fieldName", "note"])
        folder = package.removesuffix(opendata.DATA_PACKAGE)
        assert {task.name: task.stats.get("rows", 0) for task in report.tasks} == {
            "items": records[folder + "items.csv"], "tables": records[folder + "tables.csv"]}


def _rewrite_csv(path: Path, change: Callable[[list[list[str]]], None]) -> None:
    """The CSV file `path` written again as the site writes it, after `change` to its rows
    (the header first)."""
    rows = list(csv.reader(io.StringIO(path.read_bytes().decode("utf-8-sig"), newline="")))
    change(rows)
    out = io.StringIO()
    csv.writer(out, lineterminator="\r\n").writerows(rows)
    path.write_bytes(("\ufeff" + out.getvalue()).encode("utf-8"))


def _package_copy(data: Path, folder: Path) -> Path:
    """One municipality's package with its two CSV files, where a test may change them."""
    municipality = data / "kommuner" / "eskilstuna"
    for name in (opendata.DATA_PACKAGE, "items.csv", "tables.csv"):
        shutil.copyfile(municipality / name, folder / name)
    return folder / opendata.DATA_PACKAGE


@pytest.mark.parametrize("field, cell, error", [
    ("kind", "löfte", "constraint-error"),  # not one of the kinds the site knows
    ("risk_probability", "7", "constraint-error"),  # outside 1–5
    ("source_line_start", "", "constraint-error"),  # required: an empty cell is a missing value
    ("dating_inferred", "ja", "type-error"),  # true or false only
    ("topics", "Skola;vard", "constraint-error"),  # each id as the registry writes them
    ("text", '=HYPERLINK("http://x")', "constraint-error"),  # a formula without the guard's apostrophe
    ("section", "\u00a0+1", "constraint-error"),  # after white space too
])
def test_frictionless_refuses_a_cell_the_package_forbids(data, tmp_path, field, cell, error):
    package = _package_copy(data, tmp_path)
    _rewrite_csv(tmp_path / "items.csv", lambda rows: rows[1].__setitem__(rows[0].index(field), cell))

    report = frictionless_report(package)

    assert not report.valid
    assert report.flatten(["type", "rowNumber", "fieldName"]) == [[error, 2, field]]


def test_index_json_links_the_data_package_in_its_last_field(manifest):
    assert list(manifest)[-1] == "data_package"
    assert manifest["data_package"] == BASE + "data/v1/datapackage.json"


def test_the_data_package_states_the_formula_guard_in_a_short_pattern(data):
    """Each free-text field of a Table Schema repeats the formula guard's pattern (a Table Schema
    has neither `not` nor shared definitions): written one white space character at a time, in
    four classes, it was 726 characters, 20 times, and made the national package 42 KB."""
    package = (data / opendata.DATA_PACKAGE).read_text(encoding="utf-8")
    free_text = {"items": ("text", "quote", "section", "detail"), "tables": ("caption", "row", "column", "unit")}
    patterns = {field["constraints"]["pattern"] for resource in json.loads(package)["resources"]
                for field in resource["schema"]["fields"] if field["name"] in free_text[resource["name"]]}
    (pattern,) = patterns
    assert len(pattern) <= 300, len(pattern)
    assert len(package.encode("utf-8")) < 32_000


# What a backslash may escape in XML Schema's regular expressions (its single-character and
# multi-character escapes; `\p{…}` and `\P{…}` name categories and blocks): no `\u`, no `\x`.
XML_SCHEMA_ESCAPES = set("nrt\\|.?*+(){}-[]^") | set("sSiIcCdDwWpP")


def xml_schema_faults(pattern: str) -> list[str]:
    """What of `pattern` XML Schema's syntax has not: an escape it does not define, a group
    `(?…)`, or a `^` or `$` that Python and JavaScript read as an anchor (XML Schema as a sign)."""
    faults = [pattern[at:at + 2] for at in range(len(pattern)) if pattern[at] == "(" and pattern[at + 1:at + 2] == "?"]
    at = 0
    while at < len(pattern):
        if pattern[at] == "\\":
            if pattern[at + 1:at + 2] not in XML_SCHEMA_ESCAPES:  # also a backslash last
                faults.append(pattern[at:at + 2])
            at += 2
            continue
        if pattern[at] == "$" or (pattern[at] == "^" and pattern[at - 1:at] != "["):
            faults.append(pattern[at])
        at += 1
    return faults


def test_every_pattern_of_a_data_package_is_written_in_xml_schemas_syntax(data, manifest):
    """A Table Schema's `pattern` is an XML Schema regular expression, which a validator of the
    standard may read as such: the formula guard's white space was written `\\u0009`, an escape
    XML Schema has not, which such a validator refuses. Frictionless still reads each pattern,
    and refuses a formula (test_frictionless_refuses_a_cell_the_package_forbids)."""
    patterns = {field["constraints"]["pattern"] for package in listed_packages(manifest)
                for resource in json.loads((data / package).read_text(encoding="utf-8"))["resources"]
                for field in resource["schema"]["fields"] if "pattern" in field.get("constraints", {})}
    assert len(patterns) > 3
    assert {pattern: xml_schema_faults(pattern) for pattern in patterns if xml_schema_faults(pattern)} == {}


def test_a_list_fields_semicolons_are_said_in_the_csvs_schema_not_in_the_jsons():
    """items.json's schema said of `topics` and `follows_up`, JSON lists, "I CSV åtskilda med
    semikolon", true of items.csv alone: the JSON schemas leave it out, the CSV's says it."""
    item = opendata.json_schema(opendata.ItemsFile, "items.json", "x")["$defs"]["ItemRecord"]["properties"]
    plan = opendata.json_schema(opendata.PlanRecord, "plans/<id>.json", "x")["$defs"]["ItemRecord"]["properties"]
    row = opendata.csv_schema(opendata.ItemRecord, "items.csv", "x")["properties"]
    for field in ("topics", "follows_up"):
        assert "semikolon" not in item[field]["description"] and "semikolon" not in plan[field]["description"]
        assert ". I CSV åtskilda med semikolon" in row[field]["description"], row[field]
    assert item["topics"]["description"] == "Ämnenas id, som `id` i topics.json."
    # Only the words change: the field keeps its name and type in each.
    assert (item["topics"]["type"], row["topics"]["type"]) == ("array", "string")


def test_the_fields_page_says_semicolons_of_the_csvs_lists_not_of_the_plan_files():
    """The page of fields said of plans/<id>.json's `sections[].items[].topics`, a JSON file with no
    CSV, "I CSV åtskilda med semikolon"; the items' table, which is items.csv's too, still says it."""
    described = {section.anchor: {field.name: field.description for field in section.fields}
                 for section in opendata.field_sections()}
    plan = described["falt-dokument"]
    for field in ("sections[].items[].topics", "sections[].items[].follows_up"):
        assert "semikolon" not in plan[field], plan[field]
    assert plan["sections[].items[].topics"] == "Ämnenas id, som `id` i topics.json."
    for field in ("topics", "follows_up"):
        assert " I CSV åtskilda med semikolon" in described["falt-punkter"][field], field


def test_follows_up_empty_is_said_an_empty_field_in_the_csv_and_an_empty_list_in_the_json():
    """items.csv's schema said of `follows_up` "tom lista om punkten inte anger något", where the CSV
    writes an empty field: its description says so, the JSON schemas keep the list's wording alone."""
    row = opendata.csv_schema(opendata.ItemRecord, "items.csv", "x")["properties"]["follows_up"]["description"]
    item = opendata.json_schema(opendata.ItemsFile, "items.json", "x")["$defs"]["ItemRecord"]["properties"]
    assert row.endswith("I CSV åtskilda med semikolon, och en tom lista är ett tomt fält."), row
    assert "tom lista" in item["follows_up"]["description"] and "tomt fält" not in item["follows_up"]["description"]
    assert "tomt fält" not in row.removesuffix(opendata.IN_CSV_LIST_OR_EMPTY)  # said once
    # The CSV writes it so: an item that follows nothing up has an empty cell.
    assert opendata.csv_cell([], True) == ""
    assert any("`follows_up`" in text and "tomt fält" in text for _, text in opendata.FORMAT_CHANGES)


def test_the_table_schemas_describe_each_field_as_the_csv_row_schema_does(data):
    """The same fields in the file's order, with the Swedish descriptions the row schemas have."""
    package = json.loads((data / opendata.DATA_PACKAGE).read_text(encoding="utf-8"))
    for resource, schema_name in zip(package["resources"], ["items.csv.json", "tables.csv.json"], strict=True):
        row_schema = json.loads((data / "schema" / schema_name).read_text(encoding="utf-8"))
        csv_header = (data / resource["path"]).read_bytes().decode("utf-8-sig").split("\r\n", 1)[0].split(",")
        fields = resource["schema"]["fields"]
        assert [field["name"] for field in fields] == csv_header
        assert {field["name"]: field["description"] for field in fields} == {
            name: prop["description"] for name, prop in row_schema["properties"].items()}
        # A text the row schema says is never empty, the Table Schema says so too.
        assert {field["name"]: field.get("constraints", {}).get("minLength") for field in fields} == {
            name: prop.get("minLength") for name, prop in row_schema["properties"].items()}
    assert package["licenses"] == [{"name": "CC-BY-4.0", "title": "Creative Commons Attribution 4.0",
                                    "path": opendata.LICENCE_URL}]
    assert opendata.RIGHTS in package["description"]


def test_the_open_data_page_links_the_data_package(data):
    page = (data.parent.parent / paths.page_url(paths.OPEN_DATA) / "index.html").read_text(encoding="utf-8")
    assert '<a href="../data/v1/datapackage.json">datapackage.json</a>' in page
    assert "Frictionless Data Package" in page


def test_the_data_package_describes_its_files_without_pointing_at_the_open_data_page(data):
    """items.csv's description in the package said "(se nedan hur du öppnar den)": a package has
    no "below"; the open-data page, which has, still says where to read how to open the file."""
    for package in [data / opendata.DATA_PACKAGE, *sorted((data / "kommuner").glob(f"*/{opendata.DATA_PACKAGE}"))]:
        resources = json.loads(package.read_text(encoding="utf-8"))["resources"]
        assert not [r["description"] for r in resources if "nedan" in r["description"]], package
    page = (data.parent.parent / paths.page_url(paths.OPEN_DATA) / "index.html").read_text(encoding="utf-8")
    assert "för kalkylprogram. Se nedan hur du öppnar den.</td>" in page


def test_a_municipalitys_data_package_describes_its_files_with_the_countrys_table_schemas(data, manifest):
    """The open-data page says a municipality's package describes its CSV files with the same
    Table Schemas as the national package: a reuser who reads one reads them all."""
    national = {resource["name"]: resource["schema"]
                for resource in json.loads((data / opendata.DATA_PACKAGE).read_text(encoding="utf-8"))["resources"]}
    municipal = [package for package in listed_packages(manifest) if package.startswith("kommuner/")]
    assert municipal
    for package in municipal:
        resources = json.loads((data / package).read_text(encoding="utf-8"))["resources"]
        assert {resource["name"]: resource["schema"] for resource in resources} == national, package
    page = (data.parent.parent / paths.page_url(paths.OPEN_DATA) / "index.html").read_text(encoding="utf-8")
    assert "kommunens datapaket beskriver dess CSV-filer med samma tabellscheman" in page


@pytest.mark.parametrize("root", [REPO, FIXTURE], ids=["real plans", "fixture"])
def test_no_two_rows_of_a_csv_file_share_the_key_its_data_package_names(root):
    """Each Table Schema names its file's primary key (tables.csv had none): an item's id, and
    a figure's table, row and column; a tool that reads the package relies on no two rows
    sharing it."""
    for data_file in opendata.data_files(build_site(root), BASE).national:
        if data_file.csv:
            key = opendata.table_schema(data_file.record_type)["primaryKey"]
            rows = list(csv.DictReader(io.StringIO(data_file.content().removeprefix("\ufeff"), newline="")))
            keys = [tuple(row[column] for column in key) for row in rows]
            assert keys and len(set(keys)) == len(keys), data_file.name


def _fixture_package(project: Path, folder: Path, municipality: str) -> Path:
    """The data package of one municipality of `project`, with its CSV files, in `folder`."""
    site = build_site(project)
    files = opendata.data_files(site, BASE).municipalities[municipality]
    for data_file in files:
        (folder / posixpath.basename(data_file.name)).write_text(data_file.content(), encoding="utf-8", newline="")
    package = folder / opendata.DATA_PACKAGE
    package.write_text(opendata.data_package(municipality, municipality, files, BASE, BASE, whose=site.whose_documents),
                       encoding="utf-8")
    return package


def test_frictionless_follows_a_follow_up_to_the_promise_it_names_and_refuses_a_broken_one(project, tmp_path):
    """items.csv's `follows_up` names another row's `id` (a foreign key of the package): a
    follow-up's promise is in its municipality's file, and a name no row has is refused."""
    add_platform(project)
    package = _fixture_package(project, tmp_path, "dalby")
    assert frictionless_report(package).valid
    broken = f"{PLATFORM}#farre-kolloplatser"

    def break_reference(rows: list[list[str]]) -> None:
        column = rows[0].index("follows_up")
        (row,) = [row for row in rows if row[column] == PLATFORM_ITEM]
        row[column] = broken
    _rewrite_csv(tmp_path / "items.csv", break_reference)

    report = frictionless_report(package)
    assert [error[0] for error in report.flatten(["type"])] == ["foreign-key"]
    assert broken in report.flatten(["note"])[0][0]


def test_frictionless_refuses_a_figure_given_twice(project, tmp_path):
    """A figure of tables.csv is the one in its table's row and column (the package's
    primary key): the same cell twice is refused."""
    package = _fixture_package(project, tmp_path, "bergby")
    assert frictionless_report(package).valid
    _rewrite_csv(tmp_path / "tables.csv", lambda rows: rows.append(rows[1]))

    report = frictionless_report(package)
    assert report.flatten(["type", "rowNumber"]) == [["primary-key", 1 + len(csv_rows(tmp_path / "tables.csv"))]]


def test_frictionless_accepts_a_row_label_a_table_repeats_each_row_on_its_own_line(project, tmp_path):
    """A budget table may repeat a row's label under two groups ("Övrigt", with the same figures):
    tables.csv's key named the row by its label, which the package then broke; it names the row
    by its line in the source, which each such row has of its own, and its archive link leads
    there (both rows had the first one's line)."""
    repeat_a_row_label(project)
    package = _fixture_package(project, tmp_path, "bergby")
    assert frictionless_report(package).valid
    lines = (project / TABLES_SOURCE).read_text(encoding="utf-8").split("\n")
    assert [(row["source_line"], lines[int(row["source_line"]) - 1], row["archive_url"].rpartition("#")[2])
            for row in csv_rows(tmp_path / "tables.csv") if row["row"] == "Övrigt"] == [(line, "Övrigt\t1,5\t2,5", f"L{line}") for line in ("17", "17", "20", "20")]


def test_frictionless_accepts_two_rows_a_source_writes_on_one_line(project, tmp_path):
    """Two rows of a table on one line of the source (as a pdf's text may write them) are two
    figures in each column: tables.csv's key names a row by its line and its label."""
    two_rows_on_one_line(project)
    package = _fixture_package(project, tmp_path, "bergby")
    assert frictionless_report(package).valid
    assert {(row["source_line"], row["row"]) for row in csv_rows(tmp_path / "tables.csv")} == {
        ("16", "Summa INTÄKTER"), ("16", "Summa KOSTNADER")}


def test_a_municipalitys_data_package_has_the_municipalitys_page_as_its_home_page(data, manifest):
    """A tool that shows a package links its `homepage`: each municipality's package named the
    site's front page, not the page of the municipality whose rows it describes."""
    pages = {municipality["id"]: municipality["page_url"]
             for municipality in json.loads((data / "municipalities.json").read_text(encoding="utf-8"))["municipalities"]}
    homepages = {package: json.loads((data / package).read_text(encoding="utf-8"))["homepage"]
                 for package in listed_packages(manifest)}
    assert homepages == {opendata.DATA_PACKAGE: BASE, **{
        paths.municipality_data_name(municipality, opendata.DATA_PACKAGE): page for municipality, page in pages.items()}}


def test_municipalities_json_gives_each_municipalitys_data_package(data, manifest):
    """A researcher had to build a municipality's package's address from its id: municipalities.json
    gives it (`data_package_url`), and it is a package the manifest lists."""
    given = {municipality["id"]: municipality["data_package_url"]
             for municipality in json.loads((data / "municipalities.json").read_text(encoding="utf-8"))["municipalities"]}
    listed = set(listed_packages(manifest))
    assert len(given) > 1 and all(url == paths.absolute_url(BASE, paths.municipality_data(municipality, opendata.DATA_PACKAGE))
                                  and url.removeprefix(BASE + "data/v1/") in listed for municipality, url in given.items()), given


def test_a_municipalitys_data_package_names_its_documents_table_as_its_source(data, manifest):
    """A municipality's package named the national list of every document as its rows' source,
    where its documents table lists the documents they come from (a researcher's audit)."""
    sources = {package: [source["path"] for source in json.loads((data / package).read_text(encoding="utf-8"))["sources"]]
               for package in listed_packages(manifest)}
    ids = [municipality["id"] for municipality
           in json.loads((data / "municipalities.json").read_text(encoding="utf-8"))["municipalities"]]
    assert sources == {opendata.DATA_PACKAGE: [paths.absolute_url(BASE, paths.PLANS)], **{
        paths.municipality_data_name(municipality, opendata.DATA_PACKAGE):
            [paths.absolute_url(BASE, paths.municipality_plans_page(municipality))] for municipality in ids}}
    assert len(ids) > 1 and all("/dokument/" in path[0] for path in sources.values())


def test_a_municipalitys_data_package_says_whose_documents_its_rows_come_from(fixture_pages):
    """Every package named its rows' source "Partiernas och förvaltningarnas dokument", also
    Dalby's, whose one actor is a party. A municipality's names its own actors by their kinds
    and number, as its page does, and as the ones on the site; the site's names the site's so:
    "förvaltningarnas" said there were several where there is one. Dalby's one document is
    "Dokumentet", as its pages say."""
    def source(path: str) -> str:
        (found,) = json.loads(fixture_pages[path])["sources"]
        return found["title"].split(". ")[0]
    assert source(paths.data_file(opendata.DATA_PACKAGE)) == "Partiernas och förvaltningens dokument"
    assert source(paths.municipality_data("dalby", opendata.DATA_PACKAGE)) == "Dokumentet från partiet i Dalby som finns på webbplatsen"
    assert (source(paths.municipality_data("bergby", opendata.DATA_PACKAGE))
            == "Dokumenten från partierna och förvaltningen i Bergby som finns på webbplatsen")


def test_every_json_file_names_its_schema_as_the_open_data_page_says(data):
    """The page says a JSON file names its schema in `$schema`; the data packages named none, only
    their standard's profile (`profile`). Each names the standard's schema of a v1 package now,
    which the standard's v2 reads as the package's version, and keeps its `profile`."""
    page = (data.parent.parent / paths.page_url(paths.OPEN_DATA) / "index.html").read_text(encoding="utf-8")
    assert ("sitt schema i fältet <code>$schema</code> (datapaketen standardens schema för Data Package v1)"
            in page)
    files = {path.relative_to(data).as_posix(): json.loads(path.read_text(encoding="utf-8")) for path in data.rglob("*.json")
             if path.parent.name != "schema" and not path.name.endswith(".schema.json")}
    assert [name for name, value in files.items() if "$schema" not in value] == []
    packages = sorted(name for name in files if name.endswith(opendata.DATA_PACKAGE))
    assert len(packages) > 1 and {(files[name]["$schema"], files[name]["profile"]) for name in packages} == {
        ("https://datapackage.org/profiles/1.0/datapackage.json", "tabular-data-package")}


def test_the_open_data_page_counts_the_data_packages(data, manifest):
    """The row of datapackage.json showed "–" where the other rows show how many files or
    records: there is one package for the whole site and one per municipality."""
    page = (data.parent.parent / paths.page_url(paths.OPEN_DATA) / "index.html").read_text(encoding="utf-8")
    row = page.split(f'<a href="../data/v1/{opendata.DATA_PACKAGE}">{opendata.DATA_PACKAGE}</a></th>')[1].split("</tr>")[0]
    assert f'<td class="vlv-num">{len(listed_packages(manifest))}\u00a0filer</td>' in row


def test_a_municipalitys_data_links_lead_to_its_data_package_out_of_the_search_index(fixture_pages):
    """Beside the municipality's CSV files, its page links the package that describes them, in
    the block of data links the search leaves out (the index has no room for a link on every
    municipality's page)."""
    page = fixture_pages[paths.municipality_page("bergby")]
    links = page.split('<div class="vlv-data-links" markdown="0" data-search-exclude>')[1].split("</div>")[0]
    assert '<a href="../data/v1/kommuner/bergby/datapackage.json">datapaketet som beskriver CSV-filerna</a>' in links


def test_the_index_schema_says_an_other_file_may_be_each_kind_index_json_lists_there(fixture_pages):
    """The published schema of index.json described an entry of `other_files` as "Ett schema eller
    ett flöde", while the list holds the documents' source texts and the data packages too (as the
    list's own description says): each kind the fixture's index.json lists there is named."""
    schema = json.loads(fixture_pages[paths.schema_file("index.json")])
    entry = schema["$defs"][schema["properties"]["other_files"]["items"]["$ref"].rsplit("/", 1)[1]]
    said = entry["description"]
    manifest = json.loads(fixture_pages[paths.data_file("index.json")])
    kinds = {"JSON Schema" if "/data/v1/schema/" in url else "datapaket" if url.endswith(paths.DATA_PACKAGE)
             else "källtext" if url.endswith(".txt") else "Atom-flöde" if url.endswith(".xml") else url
             for url in (other["url"] for other in manifest["other_files"])}
    assert kinds == {"JSON Schema", "källtext", "datapaket", "Atom-flöde"}
    for kind in kinds:
        assert kind in said, kind


# The fields that name a record of another file, and that file: where a reader joins them.
JOINED_BY = {"plan": "`plans/<id>.json`", "actor": "actors.json", "municipality": "municipalities.json",
             "topics": "topics.json", "plans": "`plans/<id>.json`", "actors": "actors.json",
             "follows_up": "`plans/<id>.json`"}  # a document's; an item's, a stable id (`#` in it): ITEMS_KEY
ITEMS_KEY = "items.json"


def test_each_field_that_names_another_files_record_names_the_file_to_join_it_by(fixture_pages):
    """A journalist joins an item to its actor, municipality, topics and document by these ids;
    the schemas said "Aktörens id i registret" (the repository's registry/, which a reader of the
    data never sees) or just "Aktörens id", and `plan` "filnamnet i plans/ utan .yaml", a file the
    data does not hold; an actor's and a municipality's `plans` and `actors`, and a document's and
    an item's `follows_up`, said "(id)", "id för varje dokument" or "samma form som `id`" and no
    file. Each such field of every published schema names the file whose `id` it is."""
    def fields(node):
        if isinstance(node, dict):
            for name, field in node.get("properties", {}).items():
                yield name, field
            for value in node.values():
                yield from fields(value)
        elif isinstance(node, list):
            for value in node:
                yield from fields(value)

    found = 0
    for name, text in fixture_pages.items():
        if name.startswith(paths.schema_file("")):
            for field, schema in fields(json.loads(text)):
                if field in JOINED_BY and "$ref" not in schema.get("items", {}):  # not topics.json's list of topics
                    found += 1
                    said = schema["description"]
                    stable = "#" in schema.get("items", schema).get("pattern", "")  # `<dokument-id>#<punkt-id>`
                    assert "som `id` i " in said and (ITEMS_KEY if stable else JOINED_BY[field]) in said, \
                        (name, field, said)
    # items.json, items.csv.json, tables.csv.json, plan.json, actors.json and municipalities.json name them
    assert found >= 23


def test_the_open_data_page_says_what_the_json_files_hold_of_a_guarded_text_and_no_more(fixture_pages):
    """Beside the CSV's formula guard the page said the JSON files hold a text "alltid exakt som i
    dokumentet"; the JSON holds each text as the site does, without the guard's apostrophe, and an
    item's `text` may sum the document up in other words (only `quote` is the document's own)."""
    (rule,) = [line for line in fixture_pages[paths.OPEN_DATA].splitlines() if "tar du bort den första apostrofen" in line]
    assert "exakt som i dokumentet" not in rule
    assert "läser JSON-filerna: där står varje text utan apostrofen, som webbplatsen visar den." in rule


def test_a_status_note_is_described_as_the_sites_words_and_licensed_as_them(fixture_pages):
    """`status_note` is written in the editors' own words (the plans' model: "med egna ord"),
    but its description said "Vad dokumentet säger om läget", which reads as the document's
    words, that a reuser would quote. The schema says whose words they are, and the licence,
    on the page and in LICENSE-DATA.md, counts them among the site's texts, not the quotes."""
    schema = json.loads(fixture_pages[paths.schema_file("items.json")])
    item = schema["$defs"][schema["properties"]["items"]["items"]["$ref"].rsplit("/", 1)[1]]
    said = item["properties"]["status_note"]["description"]
    assert said.startswith("Vad dokumentet säger om läget, med egna ord i dokumentets fil i repot")
    assert "webbplatsens text, inte dokumentets ord (dem citerar `quote`)" in said
    (licensed,) = [line for line in fixture_pages[paths.OPEN_DATA].splitlines() if "<li>Webbplatsens egna texter" in line]
    assert "sammanfattningar (också <code>status_note</code>, som med egna ord säger vad en uppföljning säger om läget)" in licensed
    licence = " ".join((REPO / "LICENSE-DATA.md").read_text(encoding="utf-8").split())
    assert "the notes on a promise's state, `status_note`, which say in the editors' own words" in licence.split("Not covered")[0]


def test_the_open_data_page_says_which_files_index_json_counts_the_records_of(fixture_pages):
    """The page's row for index.json said it gives each file "antal poster", and so did its
    paragraph on a municipality's files, which lists the data package; but an entry of
    `other_files` (a schema, a source text, a data package, a feed) has only its size and
    SHA-256 (`ManifestOtherFile`). The page says which files have a count."""
    page = fixture_pages[paths.OPEN_DATA]
    (row,) = [line for line in page.splitlines() if ">index.json</a></th>" in line]
    assert ("varje datafil med storlek, antal poster, SHA-256 och schema, varje annan fil (scheman, källtexter, "
            "datapaket och flöden, under <code>other_files</code>) med storlek och SHA-256") in row
    assert "listar dem med storlek och SHA-256, datafilerna också med antal poster." in page
    assert set(opendata.ManifestOtherFile.model_fields) == {"url", "bytes", "sha256"}
    assert "records" in opendata.ManifestFile.model_fields


def test_a_municipalitys_documents_page_links_its_data_package_beside_its_csv_files_out_of_the_index(fixture_pages):
    """The page of a municipality's documents linked its CSV and JSON files but not the data
    package describing the CSV files, which the municipality's page links: both now link it
    from the same list (`municipality_downloads`), and the package's words stay out of the
    search index, as in the block of data links."""
    from material.plugins.search.plugin import Parser

    (said,) = [line for line in fixture_pages[paths.municipality_plans_page("bergby")].splitlines()
               if line.startswith("<p>Data för hela Bergby:")]
    package = '<a href="../../data/v1/kommuner/bergby/datapackage.json">datapaketet som beskriver CSV-filerna</a>'
    assert f"<span data-search-exclude>{package}</span>" in said
    parser = Parser()
    parser.feed(said)
    parser.close()
    indexed = " ".join("".join(section.text) for section in parser.data)
    assert "punkterna som CSV" in indexed and "datapaketet" not in indexed


def test_term_is_null_for_a_follow_up_of_promises_from_before_the_first_term_as_its_description_says(project):
    """A follow-up of promises belongs to the promises' term; where they are from before the
    first registered term, it has none (`link._follow_up_placement`), though its own years
    (2020–2021) lie in 2018–2022. The description of `term` listed when it is null and left
    this out."""
    add_platform(project)
    platform = project / "plans" / f"{PLATFORM}.yaml"
    platform.write_text(platform.read_text(encoding="utf-8").replace(  # a year its source does not print
        "\nyear: 2018\n", "\nyear: 2010\ndating_inferred: true\ndating_note: Året är härlett.\n"), encoding="utf-8")
    plans = {plan.id: plan for plan in build_site(project).plans}
    follow_up = plans["dalby-m-uppfoljning"]
    assert (follow_up.data.period.start, opendata.plan_record(follow_up, BASE).term) == (2020, None)
    assert {opendata.item_values(item, BASE)["term"] for item in follow_up.items} == {None}
    assert ("och en uppföljning av vallöften vars löften är från före den första perioden i terms.json, också när "
            "uppföljningen själv är från en registrerad periods år.") in opendata.TERM_DESCRIPTION
