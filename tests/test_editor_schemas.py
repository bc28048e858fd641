"""The JSON Schemas that give party offices completion and squiggles in their editor
(docs/schema/*.schema.json, named on the first line of every plan): an editor must accept
every file the generator accepts, and flag the mistakes the generator refuses. "The editor"
is the YAML language server of VS Code's and github.dev's YAML extension (the `editor`
fixture), reading the file as it does: YAML 1.2, JavaScript's regular expressions."""

from __future__ import annotations

import itertools
import json
import re

import jsonschema
import pytest
import yaml
from pydantic import TypeAdapter, ValidationError
from referencing import Registry
from referencing.jsonschema import DRAFT202012

from conftest import FIXTURE, PLAN, REPO, keyword_values, patterns_in, refused_by_javascript
from generator import model
from generator.history import public_url

SCHEMAS = REPO / "docs" / "schema"
REGISTRIES = ("actors", "topics", "municipalities", "terms")
TABLES_PLAN = "plans/bergby-socialnamnden-vp-2024.yaml"


def _typed(name: str, old: str, new: str) -> str:
    """The fixture's file `name` with `old` replaced by `new`, as a party office types it."""
    text = (FIXTURE / name).read_text(encoding="utf-8")
    assert old in text
    return text.replace(old, new, 1)


def _edited(project, name: str, old: str, new: str):
    path = project / name
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return path


def test_every_editor_schema_is_a_valid_json_schema():
    for path in sorted(SCHEMAS.glob("*.schema.json")):
        jsonschema.Draft202012Validator.check_schema(json.loads(path.read_text(encoding="utf-8")))


@pytest.mark.parametrize("root", [REPO, FIXTURE], ids=["real", "fixture"])
def test_every_plan_and_registry_the_generator_accepts_is_accepted_in_the_editor(root, editor):
    files = sorted((root / "plans").glob("*.yaml")) + [root / "registry" / f"{name}.yaml" for name in REGISTRIES]
    assert len(files) > len(REGISTRIES)
    for path in files:
        where = path.relative_to(root).as_posix()
        assert editor.marks(where, path.read_text(encoding="utf-8")) == [], where


@pytest.mark.parametrize("old, new", [
    ("kind: goal", "kind: mål"),  # a kind outside the list
    ("text: Ingen barnfamilj ska vräkas.", 'text: "   "'),  # only spaces
    ("locator: Mål och uppdrag\n", "locator: Mål och uppdrag\n        colour: red\n"),  # an unknown field
    ("- id: kollo", "- id: Kollo"),  # an id with a capital letter
    ("year: 2024", "year: 24"),  # not a year
    ("year: 2024", "year: 20245"),  # nor this
    ("year: 2024", "year: 2024\nperiod: {start: 2023, end: 2026}"),  # two datings
    ("year: 2024\n", ""),  # none
    ("retrieved: 2026-11-22", "retrieved: 22/11/2026"),  # not a date
    ("topics: [hemloshet]", "topics: [hemloshet, hemloshet]"),  # a topic twice
    ("  archive: sources/bergby-a-plan-2024.txt", "  archive: true"),  # a YAML word where a pattern holds
    ("status: proposal\n", "status: proposal\nlanguage: xx\n"),  # no language a document may be in
])
def test_a_mistake_the_generator_refuses_is_flagged_in_the_editor(project, cli, editor, old, new):
    path = _edited(project, PLAN, old, new)
    assert cli("--root", str(project), "validate").code == 1
    assert editor.marks(PLAN, path.read_text(encoding="utf-8"))


def test_an_editor_schema_on_the_site_says_it_is_not_the_schema_of_the_data_files(repo_site):
    """The site serves the editors' schemas at /schema/ beside the data files' schemas: a
    reuser who validated data/v1/plans/<id>.json against /schema/plan.schema.json got 61
    errors for a valid file, and nothing said which schema was which."""
    site, _ = repo_site
    data_file = next((site / "data" / "v1" / "plans").glob("*.json"))
    editor_schema = json.loads((site / "schema" / "plan.schema.json").read_text(encoding="utf-8"))
    assert list(jsonschema.Draft202012Validator(editor_schema).iter_errors(json.loads(data_file.read_text("utf-8"))))
    for path in sorted((site / "schema").glob("*.schema.json")):
        described = json.loads(path.read_text(encoding="utf-8"))["description"]
        assert "inte de öppna datafilerna" in described and "data/v1/schema/" in described, path.name
    assert (site / "data" / "v1" / "schema" / "plan.json").is_file()


@pytest.mark.parametrize("name, old, new", [
    (PLAN, "topics: [hemloshet]", "topics: [hemloshet, "),
    (PLAN, "topics: [hemloshet]", "topics:\n          - hemloshet\n          - "),
    (TABLES_PLAN, "        topics: [ekonomi]", "        topics: ["),
], ids=["an-items-list", "an-items-entry", "a-tables-list"])
def test_an_editor_suggests_the_registrys_topic_ids_for_an_items_and_a_tables_topics(editor, name, old, new):
    """A party office typing `topics:` got no suggestion at all, and wrote topic names
    ("Hemlöshet") that only `validate` turned back. The plan schema offers the registry's ids
    (as examples: an unknown topic stays `validate`'s to name, with its hint), and the editor
    suggests them where the next topic goes."""
    registry = yaml.safe_load((REPO / "registry" / "topics.yaml").read_text(encoding="utf-8"))
    ids = [topic["id"] for topic in registry["topics"]]
    schema = json.loads((SCHEMAS / "plan.schema.json").read_text(encoding="utf-8"))
    suggested = {name: definition["properties"]["topics"]["items"].get("examples")
                 for name, definition in schema["$defs"].items() if "topics" in definition.get("properties", {})}
    assert {"Item", "Table"} <= set(suggested) and all(examples == ids for examples in suggested.values()), \
        f"docs/schema/plan.schema.json does not offer the registry's topics: run `make schema` ({suggested})"
    text = _typed(name, old, new)
    assert set(editor.suggestions(name, text, text.index(new) + len(new))) >= set(ids)


@pytest.mark.parametrize("old, new, offered", [
    ("title: Förslag till verksamhetsplan 2024", "title: ", []),
    ("text: Ingen barnfamilj ska vräkas.", "text: ", []),
    ("- id: kollo", "- id: ", []),
    ("kind: party-plan", "kind: ", list(model.PLAN_KINDS)),
], ids=["a-title", "a-text", "an-id", "a-kind"])
def test_an_editor_offers_true_and_false_for_no_field_but_a_flag(editor, old, new, offered):
    """A text or an id accepts `true` (`validate` reads it as the text "true"), and an editor
    offered true and false as the value of every title, text and id, as if each were a flag."""
    text = _typed(PLAN, old, new)
    assert editor.suggestions(PLAN, text, text.index(new) + len(new)) == offered


@pytest.mark.parametrize("name, old, new, offered", [
    (PLAN, "year: 2024", "year: ", []),
    (PLAN, "year: 2024", "year: 2024\nperiod: ", []),
    (PLAN, "  retrieved: 2026-11-22", "  retrieved: 2026-11-22\n  url: ", []),
    # An optional field's allowed values are still offered.
    (TABLES_PLAN, '        decimal: ","', "        decimal: ", [json.dumps(mark) for mark in model.DECIMAL_MARKS]),
    ("registry/municipalities.yaml", "  - id: bergby\n", "  - id: bergby\n    county: \n", list(model.COUNTIES)),
], ids=["year", "period", "url", "decimal", "county"])
def test_an_editor_offers_no_null_as_an_optional_fields_value(editor, name, old, new, offered):
    """An optional field with nothing after it (`period:`) is the field left out, and an editor
    offered `null` as its value, twice ("Default value" and the type): for `year:` it offered
    the one value that leaves the document without a dating."""
    text = _typed(name, old, new)
    assert editor.suggestions(name, text, text.index(new) + len(new.rstrip("\n"))) == offered


@pytest.mark.parametrize("name, old, new, fields", [
    (PLAN, "title: Förslag till verksamhetsplan 2024\n", "x\n", ["title", "period", "undated", "attribution", "dating_note"]),
    (PLAN, "  archive: sources/bergby-a-plan-2024.txt\n", "  archive: sources/bergby-a-plan-2024.txt\n  x\n", ["publisher", "url"]),
    (PLAN, "        locator: Mål och uppdrag\n", "        locator: Mål och uppdrag\n        x\n",
     ["risk", "indicator", "detail", "follows_up", "status"]),
], ids=["a-plans-field", "a-sources-field", "an-items-field"])
def test_an_editor_writes_a_field_one_picks_with_its_colon_and_no_value(editor, name, old, new, fields):
    """A field picked from the editor's suggestions (typed over the `x`) is written as `title: `,
    ready for its value, and offered once. It was written as `title`, with no colon, for every
    text field, and an optional field as `period: null`, a value to delete before writing one."""
    text = _typed(name, old, new)
    at = text.index(new) + new.index("x\n") + 1
    inserts = editor.inserts(name, text, at)
    assert {field: inserts.get(field) for field in fields} == {field: f"{field}: " for field in fields}
    offered = editor.suggestions(name, text, at)  # each field once (the names of an unknown field's check are no suggestions)
    assert len(offered) == len(set(offered)), offered


def test_an_editor_writes_a_decimal_mark_in_quotes(project, cli, editor):
    """The editor offered the decimal marks bare and wrote `decimal: ,`, which YAML cannot read
    (a value may not begin with a comma): `validate` refused the editor's own suggestion."""
    text = _typed(TABLES_PLAN, '        decimal: ","\n', "        decimal: \n")
    at = text.index("        decimal: \n") + len("        decimal: ")
    inserts = editor.inserts(TABLES_PLAN, text, at)
    assert inserts == {'","': '","', '"."': '"."'}, inserts
    (project / TABLES_PLAN).write_text(text[:at] + inserts['","'] + text[at:], encoding="utf-8")
    assert cli("--root", str(project), "validate").code == 0


def test_an_editor_names_the_fields_a_rule_asks_for_by_the_rule(editor):
    """Where a rule asks for a field (a table with a decimal figure asks for `decimal`), the
    editor offers it once more, named by the rule's title: it was "Plan för Vem lovar vad?",
    the name of the whole schema, in a table."""
    text = _typed(TABLES_PLAN, '        decimal: ","\n', "        x\n")
    offered = editor.suggestions(TABLES_PLAN, text, text.index("        x\n") + len("        x"))
    assert "Decimaltecken (decimal)" in offered and "Plan för Vem lovar vad?" not in offered, offered


@pytest.mark.parametrize("old, new", [
    ("year: 2024", 'year: "2024"'),
    ("year: 2022, approximate: true}", 'year: "2022", approximate: "true"}'),
    ("probability: 4", 'probability: "4"'),
    # The other way round: a number where a text belongs, which `validate` reads as text.
    ("text: Antal hemlösa personer.", "text: 1000"),
    ("year: 2024", "year:\nperiod: {start: 2023, end: 2024}"),  # a dating with no value is not given
    ("summary: Nämndens plan med ett mål, en indikator, en budget och en risk.", "summary: 2024"),
    # A YAML word for true or false where a text belongs, which `validate` reads as the word.
    ("title: Socialnämndens verksamhetsplan 2024", "title: True"),
    ("summary: Nämndens plan med ett mål, en indikator, en budget och en risk.", "summary: false"),
    # å written as a and a ring (as text copied from a PDF may be): 290 letters, 580 code points.
    ("title: Socialnämndens verksamhetsplan 2024", "title: " + "a\u030a" * 290),
])
def test_a_year_score_figure_or_flag_in_quotes_that_the_generator_accepts_is_accepted_in_the_editor(project, cli, editor, old, new):
    """`validate` reads every value as text, so quoting a year changes nothing for it; the
    editor's schema typed a year as a number and marked `year: "2026"` red. And the years as
    a table's column headings, as its description suggests, were red as numbers."""
    path = _edited(project, TABLES_PLAN, old, new)
    assert cli("--root", str(project), "validate").code == 0
    assert editor.marks(TABLES_PLAN, path.read_text(encoding="utf-8")) == []


@pytest.mark.parametrize("old, new", [
    ('values: ["97,7", "63,4"]', 'values: ["97,7 mnkr", "63,4"]'),  # a unit after the figure
    ('values: ["97,7", "63,4"]', 'values: ["1 097,7", "63,4"]'),  # a space between thousands
    ("{value: 60,", '{value: "60 %",'),
    ("{value: 60,", '{value: "sextio",'),
    # Infinity, a number to the editor.
    ('values: ["97,7", "63,4"]', 'values: [.inf, "63,4"]'),
])
def test_a_figure_written_as_text_that_the_generator_refuses_is_flagged_in_the_editor(project, cli, editor, old, new):
    """The editor's schema accepted any text as a figure ("1 200,5", "12 %"), which `validate` refuses."""
    path = _edited(project, TABLES_PLAN, old, new)
    assert cli("--root", str(project), "validate").code == 1
    assert editor.marks(TABLES_PLAN, path.read_text(encoding="utf-8"))


@pytest.mark.parametrize("old, new, line, col, said", [
    ('values: ["97,7", "63,4"]', 'values: ["097,7", "63,4"]', 46, 22, model.NOT_A_TABLE_FIGURE_IN_EDITORS),
    ("{value: 60,", '{value: "060",', 33, 27, model.NOT_A_FIGURE_IN_EDITORS),
    ("{value: 60,", '{value: "+60",', 33, 27, model.NOT_A_FIGURE_IN_EDITORS),
], ids=["zero", "zero-quoted", "plus-quoted"])
def test_a_figure_written_with_a_plus_or_a_zero_first_is_flagged_in_the_editor(project, cli, editor, old, new, line,
                                                                                col, said):
    """`validate` refuses a figure written with a plus sign or a zero first (`"+60"`, `060`),
    which it reads as another; the editor's schema advertised them as figures and left them
    unmarked. Its mark says to write neither, and a table's figure, which keeps a plus, no zero."""
    path = _edited(project, TABLES_PLAN, old, new)
    assert cli("--root", str(project), "validate").code == 1
    assert f"{line}:{col}: " + model.said(*said) in editor.marks(TABLES_PLAN, path.read_text(encoding="utf-8"))


def test_a_tables_figure_with_a_plus_passes_the_editor_as_it_passes_validate(project, cli, editor):
    """A table's `"+97,7"` (a column of changes) is kept and shown with its plus: `validate`
    passes it, and the editor, which marked it as no figure, leaves it unmarked."""
    _edited(project, "sources/bergby-socialnamnden-vp-2024.txt", "Summa INTÄKTER\t97,7", "Summa INTÄKTER\t+97,7")
    _edited(project, TABLES_PLAN, "quote: Summa INTÄKTER 97,7", "quote: Summa INTÄKTER +97,7")
    path = _edited(project, TABLES_PLAN, 'values: ["97,7", "63,4"]', 'values: ["+97,7", "63,4"]')
    assert cli("--root", str(project), "validate").code == 0
    assert editor.marks(TABLES_PLAN, path.read_text(encoding="utf-8")) == []


@pytest.mark.parametrize("written", ["+60", "060"], ids=["plus", "zero"])
def test_an_unquoted_figure_with_a_plus_or_a_zero_first_is_listed_as_validates_alone(project, cli, editor, written):
    """`value: +60` and `value: 060`, unquoted, are the number 60 to the editor's reader: no
    schema sees the text written, so the editor cannot mark what `validate` refuses, and README's
    list of what only `validate` refuses names them, where it named only a year so written."""
    path = _edited(project, TABLES_PLAN, "{value: 60,", f"{{value: {written},")
    assert cli("--root", str(project), "validate").code == 1
    assert not [mark for mark in editor.marks(TABLES_PLAN, path.read_text(encoding="utf-8")) if mark.startswith("33:")]
    listed = (REPO / "README.md").read_text(encoding="utf-8").partition("What the editor schemas do not say")[2]
    assert f"`value: {written[0]}15`" in listed.partition("\n\n")[0]


@pytest.mark.parametrize("written", ["+3", "03"], ids=["plus", "zero"])
def test_an_unquoted_score_with_a_plus_or_a_zero_first_is_listed_as_validates_alone(project, cli, editor, written):
    """`probability: +3` and `probability: 03` are told their sign or zero by `validate`; to the
    editor's reader both are the number 3, within the score's bounds, so it marks neither, and
    README's list of what only `validate` refuses names them beside a figure so written."""
    path = _edited(project, TABLES_PLAN, "probability: 4\n", f"probability: {written}\n")
    assert cli("--root", str(project), "validate").code == 1
    assert not [mark for mark in editor.marks(TABLES_PLAN, path.read_text(encoding="utf-8")) if mark.startswith("60:")]
    listed = (REPO / "README.md").read_text(encoding="utf-8").partition("What the editor schemas do not say")[2]
    assert f"`probability: {written}`" in listed.partition("\n\n")[0]


def _fields_without_description(node, where: str = "") -> list[str]:
    """Every property of a schema that an editor would show without a description: one that
    has none itself, neither beside a `$ref` nor inside the type it names inline. (A rule across
    fields, `if` and `then`, names fields the schema describes where it offers them.)"""
    found = []
    if isinstance(node, dict):
        for name, field in (node.get("properties") or {}).items():
            if isinstance(field, dict) and "description" not in field and list(field) != ["$ref"] and not any(
                    "description" in option for option in field.get("anyOf", []) if isinstance(option, dict)):
                found.append(f"{where}/{name}")
        for key, value in node.items():
            if key not in ("if", "then"):
                found += _fields_without_description(value, f"{where}/{key}" if key != "properties" else where)
    elif isinstance(node, list):
        for value in node:
            found += _fields_without_description(value, where)
    return found


@pytest.mark.parametrize("name", sorted(path.name for path in SCHEMAS.glob("*.schema.json")))
def test_every_field_an_editor_offers_has_a_swedish_description(name):
    """An editor shows a field's description when a party office hovers over it or picks it
    from the completions. The schemas no longer carry pydantic's English titles ("Title",
    "Sections"), so a field without a description showed nothing at all: the plan's `kind`,
    `status` and `title` among them. The guide's table of fields reads the same descriptions."""
    schema = json.loads((SCHEMAS / name).read_text(encoding="utf-8"))
    assert _fields_without_description(schema) == []


@pytest.mark.parametrize("name", sorted(path.name for path in SCHEMAS.glob("*.schema.json")))
def test_every_pattern_in_an_editor_schema_is_one_javascript_reads(name):
    """The address pattern escaped a quote (`\\"`), which JavaScript's Unicode regular
    expressions refuse: editors fell back, and a validator such as ajv refused the schema."""
    patterns = patterns_in(json.loads((SCHEMAS / name).read_text(encoding="utf-8")))
    assert patterns and refused_by_javascript(patterns) == []


@pytest.mark.parametrize("within", sorted(model.TEXTS_OUT_OF_BOUNDS))
def test_an_editor_says_a_number_in_quotes_is_below_or_above_its_bounds_as_the_generator_reads_it(within):
    """The editor's patterns for a year or a score written in quotes (`year: "1850"`) sort every
    text `validate` reads as such a number as it does: within the bounds, below them or above."""
    form, below, above, (lowest, highest), (least, greatest) = model.TEXTS_OUT_OF_BOUNDS[within]
    texts = [f"{number:04d}" for number in range(10_000)] + [str(number) for number in range(1_000)]
    read = [text for text in texts if re.fullmatch(form, text)]
    assert len(read) > 1_000
    for text in read:
        number = int(text)
        assert ((bool(re.fullmatch(within, text)), bool(re.fullmatch(below, text)), bool(re.fullmatch(above, text)))
                == (lowest <= number <= highest, number < lowest, number > highest)), text
    # The numbers an editor tells by their bounds: each number of at least `least` (and at most
    # `greatest`; None, no such limit) `validate` reads as such a number, within, below or above
    # the bounds, and none outside them (a year of 20 is no four digits; a score of -1 is too low).
    read_as = TypeAdapter({model.YEAR_TEXT: model.Year, model.SCORE_TEXT: model.Score}[within])

    def told_by_bounds(number: int) -> bool:
        try:
            read_as.validate_python(str(number))
        except ValidationError as refused:
            error = refused.errors()[0]
            return error["type"] in ("greater_than_equal", "less_than_equal") or " är för " in error["msg"]
        return True
    assert all(told_by_bounds(number) == ((least is None or number >= least) and (greatest is None or number <= greatest))
               for number in range(-10, 12_000))


def test_an_editor_takes_two_years_of_two_digits_for_two_years_where_the_generator_does():
    """`year: '14-18'` was "no year of four digits" in the editor, while `validate` read it as two
    years (`14-18`, `98-02`, at most ten apart) and a year and its month (`24-06`) as none: the
    editor's pattern for them, which cannot count, marks the same pairs as two years."""
    shorts = f"^\\s*(?:{model.SHORT_YEARS_FORM})\\s*$"
    assert shorts in patterns_in(json.loads((SCHEMAS / "plan.schema.json").read_text(encoding="utf-8")))
    year = TypeAdapter(model.Year)
    # a dash, a minus sign or a hyphen a word processor writes, too (`14—18` was no year in both)
    between = ("-", " – ", "/", "\u2014", " \u2212 ", "\u2010")
    for first, last in itertools.product(range(100), range(100)):
        written = f"{first:02d}{between[(first + last) % len(between)]}{last:02d}"
        with pytest.raises(ValidationError) as refused:
            year.validate_python(written)
        assert bool(re.fullmatch(shorts, written)) == ("flera år" in str(refused.value)), written


def test_an_editor_says_flera_ar_of_two_years_where_the_generator_does():
    """`year: 2024—2024`, `2024-24` (one year twice), `2024-13` and `2024-2131` (an end past 2100)
    were "flera år" in the editor, told to write a period the next run refused, while `validate`
    told them to write the year alone: the editor's pattern, which cannot compare or count, marks
    as several years the same pairs `validate` does."""
    two = f"^\\s*{model.TWO_YEARS_FORM}\\s*$"
    assert two in patterns_in(json.loads((SCHEMAS / "plan.schema.json").read_text(encoding="utf-8")))
    year = TypeAdapter(model.Year)
    # and two dashes (`2022——2024`): flera år to `validate` (med två streck emellan), no year of four digits to the editor
    between = ("-", " – ", "/", "\u2014", " \u2212 ", "\u2010", "\u2014\u2014", "--", " – – ")
    firsts = (1850, 1899, 1913, 1999, 2000, 2009, 2013, 2024, 2090, 2099, 2100, 2101, 2199)
    for first in firsts:
        lasts = [f"{last:02d}" for last in range(100)] + [str(first + step) for step in (-1, 0, 1)] + ["2100", "2101", "1899"]
        for index, last in enumerate(lasts):
            written = f"{first}{between[index % len(between)]}{last}"
            with pytest.raises(ValidationError) as refused:
                year.validate_python(written)
            assert bool(re.fullmatch(two, written)) == ("flera år" in str(refused.value)), written


def test_an_editor_offers_each_allowed_value_with_what_it_means():
    """`validate` and the guide name `goal (mål)`; the editor offered bare `goal`."""
    schema = json.loads((SCHEMAS / "plan.schema.json").read_text(encoding="utf-8"))
    offered = {}

    def collect(node):  # not in conditions (`if`), which editors do not offer
        if isinstance(node, dict):
            if "enum" in node:
                offered[tuple(node["enum"])] = node.get("markdownEnumDescriptions")
            if "defaultSnippets" in node:  # values offered in quotes (`schema._values_offered_quoted`)
                offered[tuple(json.loads(snippet["bodyText"]) for snippet in node["defaultSnippets"])] = [
                    snippet.get("markdownDescription") for snippet in node["defaultSnippets"]]
            for key, value in node.items():
                if key != "if":
                    collect(value)
        elif isinstance(node, list):
            for value in node:
                collect(value)
    collect(schema)
    for vocabulary in (model.ITEM_KINDS, model.PLAN_KINDS, model.PLAN_STATUSES, model.PROMISE_STATES, model.DECIMAL_MARKS):
        labels = offered[tuple(vocabulary)]
        assert [label.casefold() for label in labels] == [label.casefold() for label in vocabulary.values()]


FOLLOW_UP = "plans/dalby-m-uppfoljning.yaml"
STATUS = "        status: {state: done, note: Kolonin har nu 40 platser.}\n"


@pytest.mark.parametrize("name, old, new, said", [
    # The rules across fields, which the schemas did not say at all.
    (PLAN, "kind: goal", "kind: goal\n        status: {state: done, note: Klart.}", "status hör bara till punkter med kind: promise"),
    (PLAN, "kind: goal", "kind: goal\n        follows_up: bergby-a-plan-2024#kollo", "follows_up hör bara till punkter i en uppföljning"),
    (FOLLOW_UP, "status: follow-up", "status: adopted", "har status: follow-up"),
    (FOLLOW_UP, STATUS, "", "löftet saknar status"),
    (FOLLOW_UP, "kind: promise-follow-up", "kind: party-plan", "status hör bara till löften i en uppföljning"),
    (TABLES_PLAN, "year: 2024", "year: 2024\ndating_inferred: true", "dating_inferred gäller ett härlett år"),
    (TABLES_PLAN, '        decimal: ","\n', "", "har decimaltecken men inget decimaltecken är angivet"),
    (TABLES_PLAN, '        decimal: ","', '        decimal: "."', "har komma men decimaltecknet är angivet som punkt"),
    (TABLES_PLAN, "target: {value: 60,", "target: {value: 60.5,", "har decimaltecken men inget decimaltecken är angivet"),
    (TABLES_PLAN, "target: {value: 60,", 'target: {value: "60,5",', "har decimaltecken men inget decimaltecken är angivet"),
    # Values the editor let through: a number where a pattern holds, a day the calendar lacks.
    (PLAN, "  archive: sources/bergby-a-plan-2024.txt", "  archive: 7", "ingen giltig sökväg till en källtext"),
    (PLAN, "retrieved: 2026-11-22", "retrieved: 2026-02-29", "inget datum"),
    # Characters that do not show, pasted or escaped.
    (PLAN, "text: Ingen barnfamilj ska vräkas.", "text: Ingen barn\u200bfamilj ska vräkas.", "osynligt tecken"),
    (PLAN, "text: Ingen barnfamilj ska vräkas.", 'text: "Ingen barnfamilj\\u0007 ska vräkas."', "ta bort tecknet"),
    (PLAN, "text: Ingen barnfamilj ska vräkas.", "text: Ingen barnfamilj\U000E0041 ska vräkas.", "osynligt tecken"),
    # An empty text, and the datings, which it said in English or not at all.
    (PLAN, "text: Ingen barnfamilj ska vräkas.", "text: ''", "tom"),
    (PLAN, "year: 2024", "year: 2024\nperiod: {start: 2023, end: 2026}", "ange precis ett av year, period eller undated"),
    (PLAN, "year: 2024\n", "", "ange precis ett av year, period eller undated"),
    (PLAN, "year: 2024", "year:", "ange precis ett av year, period eller undated"),
    # An optional field's or a figure's value that fits none of its forms: merged into the
    # language server's "Incorrect type. Expected "string | null"".
    (PLAN, "  archive: sources", "  url: 7\n  archive: sources", "ingen giltig webbadress"),
    (FOLLOW_UP, "        status: {state: partly", "        follows_up: 7\n        status: {state: partly",
     "ingen giltig hänvisning till en punkt"),
    (TABLES_PLAN, "baseline: {value: 120,", 'baseline: {value: "1 200",', "inte ett tal"),
    # Values it flagged in English ("Value is not accepted", "Incorrect type", a pattern's regex).
    (PLAN, "kind: goal", "kind: mål", "inte ett tillåtet värde"),
    (PLAN, "- id: kollo", "- id: Kollo", "inget giltigt id"),
    (PLAN, "topics: [hemloshet]", "topics: hemloshet", "här ska det stå en lista"),
    (TABLES_PLAN, "year: 2022, approximate: true}", "year: 2022, approximate: yes}", "varken true eller false"),
    # An item's quote too short to prove it, which only `validate` said.
    (PLAN, "quote: Ingen barnfamilj ska vräkas.", "quote: Ingen barnfamilj", "citatet är för kort"),
    # A misspelt field ("Property publisherr is not allowed."), with the fields allowed there.
    (PLAN, "  archive: sources", "  publisherr: Arbetarpartiet\n  archive: sources",
     "tillåtna fält här: title, url, archive, retrieved, publisher."),
    ("registry/actors.yaml", "    short: A\n", "    short: A\n    urll: https://a.example\n", "okänt fält"),
    # Values outside their bounds ("Value is below the minimum of 1900.", "Array has duplicate items.").
    (PLAN, "year: 2024", "year: 1800", "för lågt (minst 1900)"),
    # The same in quotes, which it called no year ("Inget årtal med fyra siffror", "Inget heltal").
    (PLAN, "year: 2024", "year: '1850'", "för lågt (minst 1900)"),
    (PLAN, "year: 2024", 'year: "2200"', "för högt (högst 2100)"),
    (TABLES_PLAN, "probability: 4", "probability: '7'", "för högt (högst 5)"),
    (TABLES_PLAN, "probability: 4", "probability: '0'", "för lågt (minst 1)"),
    # And a number that is no such text, which it called too low ("För lågt (minst 1900)").
    (PLAN, "year: 2024", "year: 20", "inget årtal med fyra siffror"),
    # A year of two digits, as a number or a text, which it called no year of four digits alone:
    # the centuries to choose from (`validate` names the years).
    (PLAN, "year: 2024", "year: 98", "två siffror kan vara"),
    (PLAN, "year: 2024", "year: '24'", "skriv det år som menas, med fyra siffror"),
    (TABLES_PLAN, "year: 2022, approximate: true}", "year: 22, approximate: true}", "skriv det år som menas, med fyra siffror"),
    # Two years, which it called no year: a document's may be a period instead, a measure's not.
    (PLAN, "year: 2024", "year: 2024–2025", "flera år period: {start:"),
    (PLAN, "year: 2024", "year: 2024/2025", "flera år period: {start:"),
    (PLAN, "year: 2024", "year: 2024/25", "flera år period: {start:"),  # a school year as mostly written
    # with a dash, a minus sign or a hyphen a word processor writes, which it called no year
    (PLAN, "year: 2024", "year: 2024\u20142025", "flera år period: {start:"),
    (PLAN, "year: 2024", "year: 2024\u22122025", "flera år period: {start:"),
    (PLAN, "year: 2024", "year: 2024\u20102025", "flera år period: {start:"),
    (PLAN, "year: 2024", "year: 2024\u2014\u20142025", "flera år"),  # two dashes, which it called no year
    (PLAN, "year: 2024", "year: 2024\u201406", "inget årtal med fyra siffror"),  # a year and a month, no two years
    (PLAN, "year: 2024", "year: 2024-06", "inget årtal med fyra siffror"),  # a year and a month, no two years
    # one year twice, or an end past 2100, which it called flera år and told to write a period `validate` refused
    (PLAN, "year: 2024", "year: 2024\u20142024", "inget årtal med fyra siffror"),
    (PLAN, "year: 2024", "year: 2024-24", "inget årtal med fyra siffror"),
    (PLAN, "year: 2024", "year: 2024-13", "inget årtal med fyra siffror"),
    (PLAN, "year: 2024", "year: 2024\u20142131", "inget årtal med fyra siffror"),
    # Two years of two digits, which it called no year of four digits, as `validate` says them (it names the years).
    (PLAN, "year: 2024", "year: 14-18", "flera år period: {start:"),
    (TABLES_PLAN, "year: 2022, approximate: true}", "year: 22/23, approximate: true}", "skriv ett av dem med fyra siffror"),
    (PLAN, "year: 2024", "year: 24-06", "inget årtal med fyra siffror"),  # a year and a month, no two years
    (TABLES_PLAN, "year: 2022, approximate: true}", "year: 2022-2023, approximate: true}", "skriv ett av dem"),
    (PLAN, "year: 2024", "year: 99999", "inget årtal med fyra siffror"),
    # A score below 0, which both called no whole number (`validate` reads `-1` as one, too low).
    (TABLES_PLAN, "probability: 4", "probability: -1", "för lågt (minst 1)"),
    # A value where an optional block of fields belongs ("Incorrect type. Expected "Measure"").
    (TABLES_PLAN, "baseline: {value: 120, unit: personer, year: 2022, approximate: true}", "baseline: 120",
     "här ska det stå ett block med fält"),
    (PLAN, "year: 2024", "year: 2024\nattribution: [a]", "ett block med fält (nyckel: värde), inte en lista"),
    (TABLES_PLAN, "probability: 4", "probability: 7", "för högt (högst 5)"),
    # A topic twice is said to be a topic twice (the review: every list was said to hold a column twice).
    (PLAN, "topics: [hemloshet]", "topics: [hemloshet, hemloshet]", "varje ämne räknas en gång per punkt"),
    # A table's topic twice is told of the table, as `validate` tells it: a table is no item.
    (TABLES_PLAN, "topics: [ekonomi]", "topics: [ekonomi, ekonomi]", "varje ämne räknas en gång per tabell"),
    # A row's `approximate` twice was told that a topic stood twice (the editor audit).
    (TABLES_PLAN, '            values: ["97,7", "63,4"]\n',
     '            values: ["97,7", "63,4"]\n            approximate: [Budget 2023, Budget 2023]\n',
     "i radens `approximate`"),
    # A table's column heading twice, which only `validate` refused (tables.csv's key names the heading).
    (TABLES_PLAN, "columns: [Budget 2023, Budget 2024]", "columns: [Budget 2023, Budget 2023]",
     "står två gånger i tabellens `columns`"),
    (TABLES_PLAN, "columns: [Budget 2023, Budget 2024]", "columns: []", "listan måste ha minst 1 post"),
    (PLAN, "- id: kollo", "- id: " + "kollo-" * 14 + "x", "id:t är för långt"),
])
def test_an_editor_marks_what_the_generator_refuses_in_the_generators_words(project, cli, editor, name, old, new, said):
    """A party office typing in github.dev or VS Code saw no mark at all for a status on a goal,
    a promise without its status in a follow-up, a figure's decimal mark or `dating_inferred`
    without its note (rules across fields, which only `validate` held), nor for `archive: 7` or
    2026-02-29; and the marks it did see were in English. Each is now marked where it is
    written, in the words `validate` uses (here without the value, which the mark underlines)."""
    path = _edited(project, name, old, new)
    result = cli("--root", str(project), "validate")
    assert result.code == 1 and said.casefold() in result.err.casefold()
    marks = editor.marks(name, path.read_text(encoding="utf-8"))
    assert marks and all(said.casefold() in mark.casefold() for mark in marks), marks


MISSING_ALONE = [
    ("  - heading: Mål och uppdrag\n    items:", "  - items:", "heading"),  # a section begun with its items
    ("summary:", "attribution:\n  claim: Partiet säger det.\n  sources:\n    - url: https://a.example\nsummary:", "title"),
    ("        locator: Mål och uppdrag\n      - id: kollo",
     "        locator: Mål och uppdrag\n        indicator: {}\n      - id: kollo", "target"),
]


@pytest.mark.parametrize("old, new, field", MISSING_ALONE, ids=["a-sections-heading", "a-references-title", "an-indicators-target"])
def test_an_editor_says_a_field_a_block_asks_for_alone_is_missing_in_the_generators_words(project, cli, editor, old, new, field):
    """A section begun with its items, a reference without its title: the editor said
    `Missing property "heading"`, in English. A block that asks for one field says `validate`'s
    words for it, on the line `validate` names."""
    path = _edited(project, PLAN, old, new)
    result = cli("--root", str(project), "validate")
    said = [line for line in result.lines if f"fältet '{field}' saknas" in line]
    assert result.code == 1 and len(said) == 1, result.lines
    where, _, message = said[0].removeprefix(f"{PLAN}:").partition(": ")
    what, _, hint = message.partition(": ")[2].partition(" Tips: ")
    marks = editor.marks(PLAN, path.read_text(encoding="utf-8"))
    assert [(mark.split(":")[0], mark.split(": ", 1)[1]) for mark in marks] == [(where.split(":")[0], model.said(what, hint))]


@pytest.mark.parametrize("at, filled", [
    ("  - heading: Mål och uppdrag\n", {"Section": "heading: "}),
    ("      - id: kollo\n", {"Item": "id: $1\n  kind: $2\n  locator: $3\n  quote: $4\n  text: $5"}),
], ids=["a-section", "an-item"])
def test_an_editor_fills_in_the_fields_a_new_block_must_have(editor, at, filled):
    """A new entry (`- ` typed before an existing one) is offered with the fields it must
    have, which the editor takes from the block's `required`: saying a missing field in
    Swedish leaves that list where it is."""
    text = _typed(PLAN, at, at.replace(at.lstrip(" -"), "") + "\n" + at)
    inserts = editor.inserts(PLAN, text, text.index(at) - 1)
    assert {label: inserts.get(label) for label in filled} == filled, inserts


def test_the_guide_quotes_what_the_editor_says_of_a_field_left_out_of_an_item(editor):
    """A block that asks for several fields (an item, a source, the plan) has its missing field
    said in the language server's English, which no schema can replace without losing the
    field's name (`schema._missing_field_in_swedish`): the guide quotes it as the editor shows
    it, and says what to do, so an office typing a new item knows the message."""
    marks = editor.marks(PLAN, _typed(PLAN, "        locator: Mål och uppdrag\n      - id: kollo", "      - id: kollo"))
    assert len(marks) == 1, marks
    shown = marks[0].split(": ", 1)[1].removesuffix(".")
    assert f'<em lang="en">{shown}</em>' in (REPO / "docs" / "bidra.md").read_text(encoding="utf-8"), shown


@pytest.mark.parametrize("old, new, example", [
    ("- id: kollo", "- id: Kollo", "`fler-familjecentraler`"),
    ("actor: bergby-a", "actor: Bergby-A", "`eskilstuna-s`"),
    ("municipality: bergby", "municipality: Bergby", "`eskilstuna`"),
    ("id: bergby-a-plan-2024", "id: bergby-a-plan-2024.yaml", "`eskilstuna-s-valplattform-2026`"),
    ("topics: [hemloshet]", "topics: [Hemlöshet]", "`hemloshet`"),
])
def test_an_editor_gives_an_id_of_the_fields_own_kind_as_its_example(editor, old, new, example):
    """The editor's message for a malformed id gave a topic's id (`hemloshet`) as the example of
    every id: of a plan, an item, an actor and a municipality too (the schema audit)."""
    marks = editor.marks(PLAN, _typed(PLAN, old, new))
    assert marks and all(f"t.ex. {example}" in mark for mark in marks), marks


@pytest.mark.parametrize("name, old, new", [
    (PLAN, "- id: kollo", "- id: 7"),  # the id "7"
    (PLAN, "- id: kollo", "- id: 1e-5"),  # the id "1e-5", a fraction to the editor's reader
    (PLAN, "- id: kollo", "- id: true"),  # the id "true", a flag to it
    (PLAN, "body: Socialnämnden", "body: Socialnämnden ❤\ufe0f"),  # an emoji's form (not in a text: `check_emphasis_as_quoted`)
    # Letters copied as a letter and its marks, which `validate` reads composed (NFC): three code
    # points for one letter of 300, and a county's ö.
    (PLAN, "title: Förslag till verksamhetsplan 2024", "title: " + "e\u0323\u0302" * 290),
    ("registry/municipalities.yaml", "  - id: bergby\n", "  - id: bergby\n    county: O\u0308rebro la\u0308n\n"),
    (TABLES_PLAN, "year: 2024", "year: 2024\ndating_inferred: true\ndating_note: Året står i dokumentets filnamn."),
    (FOLLOW_UP, STATUS, "        status: {state: unknown, note: Texten säger inte hur långt det har kommit.}\n"),
    (PLAN, "retrieved: 2026-11-22", "retrieved: 2024-02-29"),  # a leap day
    (PLAN, "status: proposal\n", "status: proposal\nlanguage: fi\n"),  # a document in Finnish
])
def test_an_editor_leaves_unmarked_what_the_generator_accepts_beside_those_rules(project, cli, editor, name, old, new):
    path = _edited(project, name, old, new)
    assert cli("--root", str(project), "validate").code == 0
    assert editor.marks(name, path.read_text(encoding="utf-8")) == []


def test_an_editor_marks_each_placeholder_of_a_new_draft_where_the_generator_does(project, cli, editor):
    """A draft from `new` holds PLATSHÅLLARE where the party's words go; only `validate` named
    those left. The editor marks each of them, at the same place, while one fills them in."""
    assert cli("--root", str(project), "new", "--actor", "bergby-t", "--body", "Socialnämnden", "--year", "2026").code == 0
    name = "plans/bergby-t-socialnamnden-2026.yaml"
    result = cli("--root", str(project), "validate")
    said = sorted(line.split(": ", 1)[0].removeprefix(f"{name}:") for line in result.lines
                  if line.startswith(f"{name}:") and "mallens platshållartext står kvar" in line)
    marks = editor.marks(name, (project / name).read_text(encoding="utf-8"))
    assert said and sorted(mark.split(": ", 1)[0] for mark in marks) == said, (said, marks)
    assert all("Mallens platshållartext står kvar" in mark for mark in marks), marks


def test_an_editor_leaves_unmarked_a_figure_of_sixteen_digits_and_one_significant(project, cli, editor):
    """`validate` counts a figure's significant digits (at most 15, what the open data's JSON
    holds exactly): 1000000000000000 has one. The editor capped the value itself below 10^15."""
    figure = "1000000000000000"
    _edited(project, "sources/bergby-socialnamnden-vp-2024.txt", "Målvärde 2027: 60 personer", f"Målvärde 2027: {figure} personer")
    _edited(project, TABLES_PLAN, "Målvärde 2027: 60 personer", f"Målvärde 2027: {figure} personer")
    path = _edited(project, TABLES_PLAN, "target: {value: 60,", f"target: {{value: {figure},")
    assert cli("--root", str(project), "validate").code == 0
    assert editor.marks(TABLES_PLAN, path.read_text(encoding="utf-8")) == []


@pytest.mark.parametrize("name", sorted(path.name for path in SCHEMAS.glob("*.schema.json")))
def test_every_value_rule_an_editor_checks_carries_a_swedish_message(name):
    """The YAML language server shows `patternErrorMessage` for a text its pattern refuses and
    `errorMessage` for a value outside a list or of another type; without them it shows its own
    English, a pattern's regular expression among it. For a bound it shows no message of the
    schema's, so a bound is only a condition (`if`), whose `else` carries the message."""
    missing = []

    def walk(node, where):
        if isinstance(node, dict):
            if "pattern" in node and "patternErrorMessage" not in node:
                missing.append(f"{where}: pattern")
            if ("enum" in node or "const" in node) and "errorMessage" not in node:
                missing.append(f"{where}: enum")
            missing.extend(f"{where}: {bound}" for bound in ("minimum", "maximum", "minItems", "maxItems", "uniqueItems",
                                                            "minLength", "maxLength") if bound in node)
            for key, value in node.items():
                if key != "if":  # a condition is never shown
                    walk(value, f"{where}/{key}")
        elif isinstance(node, list):
            for index, value in enumerate(node):
                walk(value, f"{where}[{index}]")
    walk(json.loads((SCHEMAS / name).read_text(encoding="utf-8")), "")
    assert missing == []


def test_every_schema_the_site_publishes_is_named_by_its_own_address_and_its_refs_resolve(repo_site):
    """A tool that caches schemas by `$id`, or resolves `$ref` against it, must tell the
    editors' /schema/plan.schema.json from the data's /data/v1/schema/plan.json and find each
    where it lives: draft 2020-12 asks a root schema for an absolute `$id`. A reuser who looks
    a data file's schema up by the manifest's `schema_url` finds it among them."""
    site, _ = repo_site
    base = public_url(REPO)
    published = sorted(site.glob("schema/*.json")) + sorted(site.glob("data/v1/schema/*.json"))
    assert len(published) == len(list(SCHEMAS.glob("*.schema.json"))) + len(list(site.glob("data/v1/schema/*")))
    schemas = [json.loads(path.read_text(encoding="utf-8")) for path in published]
    assert [schema.get("$id") for schema in schemas] == [base + path.relative_to(site).as_posix() for path in published]
    registry = Registry().with_resources((schema["$id"], DRAFT202012.create_resource(schema)) for schema in schemas)
    for schema in schemas:
        resolver = registry.resolver(base_uri=schema["$id"])
        for ref in keyword_values(schema, "$ref"):
            resolver.lookup(ref)  # raises Unresolvable if the ref does not resolve against the $id
    data = site / "data" / "v1"
    manifest = json.loads((data / "index.json").read_text(encoding="utf-8"))
    for entry in manifest["files"]:
        if entry["path"].endswith(".json"):
            validator = jsonschema.Draft202012Validator({"$ref": entry["schema_url"]}, registry=registry)
            validator.validate(json.loads((data / entry["path"]).read_text(encoding="utf-8")))
