"""The linked model: one figure per fact, shown the same on every page; data flowing one way."""

from __future__ import annotations

import ast
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from conftest import REPO
from htmlcheck import shown_counts
from generator import model, opendata, paths
from generator.render import page_date, render_site
from generator.site import build_site
from generator.letters import width
from generator.link import risk_level, swedish_key

# The pipeline, in order: a module may import only modules before it.
PIPELINE = ["collector", "workers", "clock", "lazy_regex", "escape", "swedish", "letters", "errors", "model", "paths", "lines", "readability", "quotes", "pages", "coverage", "yaml_syntax", "load",
            "suggest", "scope", "checks", "link", "charts", "site", "opendata", "feeds", "outputs", "search_words", "search_text", "template_cache", "render", "write",
            "changes", "history", "incremental", "arguments", "scaffold", "schema", "minify", "asset_versions", "merge", "cli", "engines", "prerendered", "headings", "search_parser", "search_workers",
            "theme_fragments", "theme_files", "mkdocs_hook", "theme_templates"]


def counts(site: Path, page: str) -> dict[tuple[str, str], int]:
    return shown_counts((site / paths.page_url(page) / "index.html").read_text(encoding="utf-8"))


def test_every_actor_topic_count_is_the_same_on_every_page(repo_site):
    site, linked = repo_site
    matrix = {}  # each municipality's table shows its own actors, and only them
    for municipality in linked.municipalities:
        shown = counts(site, paths.municipality_matrix_page(municipality.id))
        assert {actor for actor, _ in shown} == {actor.id for actor in municipality.actors}
        matrix.update(shown)
    index = counts(site, paths.TOPICS)
    checked = 0
    for topic in linked.topics:
        assert index[("", topic.id)] == topic.count == sum(row_cell.count for row in topic.municipalities
                                                           for row_cell in row.cells)
        for actor in linked.actors:
            expected = actor.topics[linked.topics.index(topic)].count
            on_actor_page = counts(site, paths.actor_page(actor.id)).get((actor.id, topic.id), 0)
            assert matrix[(actor.id, topic.id)] == on_actor_page == expected, (actor.id, topic.id)
            checked += 1
    assert checked == len(linked.actors) * len(linked.topics) > 0


def test_a_budget_table_counts_on_the_actor_page_as_in_the_matrix():
    """The bug that started it: a topic addressed only by a table read 0 on the actor page."""
    from conftest import FIXTURE
    from generator.render import render_site
    from generator.site import build_site

    linked = build_site(FIXTURE)
    pages = render_site(linked)
    only_tables = [(actor, m) for actor in linked.actors for m in actor.topics if m.tables and not m.items]
    assert [(actor.id, m.topic.id) for actor, m in only_tables] == [("bergby-socialnamnden", "ekonomi")]
    for actor, mentions in only_tables:
        key = (actor.id, mentions.topic.id)
        assert shown_counts(pages[paths.actor_page(actor.id)])[key] == 1
        assert shown_counts(pages[paths.municipality_matrix_page(actor.municipality.id)])[key] == 1


def test_risk_levels_follow_probability_times_consequence():
    assert risk_level(1, 5) == risk_level(5, 1)
    assert risk_level(5, 5).band != risk_level(1, 1).band
    bands = [risk_level(p, c).band for p in range(1, 6) for c in range(1, 6)]
    assert set(bands) == {band for _, band, _ in model.RISK_BANDS}
    # A higher score never lands in a lower band.
    order = [band for _, band, _ in model.RISK_BANDS]
    by_score = sorted((p * c, order.index(risk_level(p, c).band)) for p in range(1, 6) for c in range(1, 6))
    assert [rank for _, rank in by_score] == sorted(rank for _, rank in by_score)


def test_every_item_kind_is_in_exactly_one_group():
    grouped = [kind for _, _, kinds in model.ITEM_GROUPS.values() for kind in kinds]
    assert sorted(grouped) == sorted(model.ITEM_KINDS)


def test_om_states_the_counting_rule_the_groups_and_the_risk_bands(repo_site):
    site, _ = repo_site
    text = (site / "om" / "index.html").read_text(encoding="utf-8")
    assert "Varje punkt och varje tabell i en aktörs dokument som handlar om ett ämne räknas som en." in text
    for label, _, kinds in model.ITEM_GROUPS.values():
        assert f"<strong>{label}</strong>" in text
        for kind in kinds:
            assert model.ITEM_KINDS[kind].lower() in text
    for _, _, label in model.RISK_BANDS:
        assert f"<strong>{label}</strong>" in text


def test_om_says_the_site_is_rebuilt_nightly_and_when_it_was_built(repo_site):
    """What the pages call current follows the date: voters can see which date that is."""
    site, linked = repo_site
    text = (site / "om" / "index.html").read_text(encoding="utf-8")
    assert "byggs webbplatsen om varje natt" in text
    assert f"Sidorna byggdes senast den {page_date(linked.today.isoformat())}." in text


def test_swedish_collation_puts_a_ring_a_umlaut_o_umlaut_last_and_accents_with_their_letter():
    names = ["Örebro", "Åsa", "Zeta", "Álvaro", "Ängel", "Ñandu", "Ceta", "Çelik", "Nora", "Åmål", "Bo"]
    assert sorted(names, key=swedish_key) == ["Álvaro", "Bo", "Çelik", "Ceta", "Ñandu", "Nora", "Zeta", "Åmål",
                                              "Åsa", "Ängel", "Örebro"]


def test_swedish_collation_orders_numbers_in_names_by_their_value():
    """Local parties are often named by their list's number; "Lista 10" stood before "Lista 9"
    in every list of actors, as letters are compared one by one."""
    names = ["Lista 10", "Lista 9", "Lista 1", "Mål 1.10", "Mål 1.9", "Mål 2"]
    assert sorted(names, key=swedish_key) == ["Lista 1", "Lista 9", "Lista 10", "Mål 1.9", "Mål 1.10", "Mål 2"]


@pytest.mark.parametrize("kinds, named", [
    (["party"], "partiet"), (["party", "party"], "partierna"),
    (["administration"], "förvaltningen"), (["administration", "administration"], "förvaltningarna"),
    (["administration", "party"], "partiet och förvaltningen"),
    (["party", "administration", "party"], "partierna och förvaltningen"),
    (["administration", "party", "administration"], "partiet och förvaltningarna"),
    (["party", "party", "administration", "administration"], "partierna och förvaltningarna"),
    (["party", "other"], "aktörerna"), ([], "aktörerna"),
    (["other"], "aktören"),  # one of another kind: "aktörerna" said several
])
def test_a_municipalitys_actors_are_named_by_each_kind_and_its_number(kinds, named):
    """A municipality's pages name its actors by kind (`link.Municipality.who`): one with two
    committees, each an administration of its own, was said to have "förvaltningen"."""
    from generator.link import who
    assert who(kinds) == named


@pytest.mark.parametrize("municipalities, named", [
    ([["party", "party", "administration"], ["administration", "party", "party"]], "partier och förvaltning"),
    ([["party"], ["party"]], "parti"), ([["party", "administration", "administration"]], "parti och förvaltningar"),
    ([["party", "party", "administration"], ["party"]], "aktörer"),  # Eskilstuna's and Falun's
    ([["party", "party"], ["party", "party", "party"]], "partier"), ([["party", "other"]], "aktörer"),
    ([["other"]], "aktör"), ([["party"], ["administration"]], "aktör"),  # one each: "aktörer" said several
])
def test_a_municipalitys_actors_after_a_possessive_are_named_as_every_municipality_has_them(municipalities, named):
    """The home page's "kommunens partier och förvaltning" and a topic page's "dess partier och
    förvaltning" (`link.Site.theirs`) were said of Falun too, whose one actor is a party: the
    actors' kinds and numbers are named where every municipality has alike, else "aktörer"."""
    from generator.link import theirs
    assert theirs(municipalities) == named


# Each text with the run of it a line cannot break in Chromium, as measured there (every text in
# a box of no width, its lines read back); `model.widest_word` measures that run.
@pytest.mark.parametrize("text, run", [
    ("CSV-filerna", "filerna"),  # after a hyphen before a letter
    ("Summa ÅRETS RESULTAT exkl över-/underskott", "över-/underskott"),  # not before a slash
    ("Budget 2023–2024", "Budget"),  # after an en dash: 2023–|2024
    ("Stöd till barn och/eller unga", "och/eller"),  # not at a slash alone
    ("Netto -146,7", "-146,7"),  # not after a minus sign
    ("Mål 2023-2024", "2023-"),  # after a hyphen between figures
    ("Vård—omsorg", "omsorg"),  # on both sides of an em dash
    ("Summa (netto-)", "(netto-)"),  # not before a closing bracket
    ("Budget 2023–-24", "2023–-24"),  # not before a hyphen after an en dash
    ("Vad gäller?Hemlöshet", "Hemlöshet"),  # after a question mark: gäller?|Hemlöshet
    ("Mer…mindre", "mindre"),  # after an ellipsis
    ("”Vård”—omsorg", "”Vård”—"),  # not before an em dash after a quotation mark
    ("Vård—\u00a0omsorg", "—\u00a0omsorg"),  # not after an em dash before a no-break space
    ("Nej!(Ja)", "(Ja)"),  # before an opening bracket after a sign
    ("Lista (a)(b)", "Lista"),  # (a)|(b)
])
def test_a_texts_longest_unbroken_run_is_the_longest_chromium_keeps_on_one_line(text, run):
    """`Summa ÅRETS RESULTAT exkl över-/underskott` told 11 letters (`/underskott`), as if the
    line broke after the hyphen: Chromium keeps `över-/underskott` (16) on one line, which
    overflowed its cell on a phone. And `Budget 2023–-24` told 6 letters where Chromium keeps 8
    on one line (4,030 texts of two signs between letters or digits, measured in Chromium 156:
    126 told a shorter run than Chromium keeps, a word that could break, and 436 a longer one,
    a heading set smaller than it needs; now none)."""
    assert max(len(word) for word in model.unbroken_runs(text)) == len(run)


def test_a_widest_word_is_measured_at_normal_spacing():
    """Sizes are chosen from a word's width at normal spacing: with room for WCAG 1.4.12's text
    spacing (.12em after each letter, .16em at each space, which no page's CSS can read) every
    reader with large text got headings up to a fifth smaller than they need, spacing or not
    ("Verksamhetsutveckling" at 25 px where 32 fit at 360 px), and a desktop's screen
    Eskilstuna's documents as blocks at 1,280 px."""
    assert model.widest_word("Verksamhetsutveckling") == width("Verksamhetsutveckling") == 1108
    assert model.widest_word("Sverigedemokraterna Eskilstuna") == width("Sverigedemokraterna")
    assert model.widest_word("2022\u00a0–\u00a02026") == width("2022\u00a0–\u00a02026")


def test_a_bold_word_is_told_in_its_bold_letters():
    """A comparison's columns' headings and a matrix's topics are bold, and wider than their
    regular letters: each is told its bold width."""
    assert model.widest_word("Sverigedemokraterna", bold=True) == width("Sverigedemokraterna", bold=True)
    assert model.widest_word("Sverigedemokraterna", bold=True) > model.widest_word("Sverigedemokraterna")


def _imports(module: Path) -> set[str]:
    found = set()
    for node in ast.walk(ast.parse(module.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.level == 1:
            if node.module:
                found.add(node.module.split(".")[0])
            else:
                found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and (node.module or "").startswith("generator"):
            parts = (node.module or "").split(".")
            found.update([parts[1]] if len(parts) > 1 else [alias.name for alias in node.names])
    return found


def test_a_list_fields_default_is_made_by_a_function_whose_signature_pydantic_reads_at_once():
    """Pydantic reads the signature of every default factory when it builds the models, which
    each `validate` does (P5: under 0.5 s on the real plans). A built-in's, such as `list`'s,
    is parsed from its text by `tokenize`, which compiled its large pattern for that alone."""
    factories = {f"{schema.__name__}.{name}": field.default_factory for schema in vars(model).values()
                 if isinstance(schema, type) and issubclass(schema, model.Strict)
                 for name, field in schema.model_fields.items() if field.default_factory is not None}
    assert factories and [name for name, factory in factories.items() if not hasattr(factory, "__code__")] == []


def test_data_flows_one_way_through_the_pipeline():
    package = REPO / "generator"
    modules = sorted(p.stem for p in package.glob("*.py") if p.stem not in ("__init__", "__main__"))
    assert sorted(set(modules) - set(PIPELINE)) == [], "add new modules to PIPELINE in their place"
    backwards = []
    for name in modules:
        for imported in _imports(package / f"{name}.py"):
            if imported in PIPELINE and PIPELINE.index(imported) >= PIPELINE.index(name):
                backwards.append(f"{name} imports {imported}")
    assert backwards == []


def test_checks_never_reach_into_the_yaml_parser():
    source = (REPO / "generator" / "checks.py").read_text(encoding="utf-8")
    assert "import yaml" not in source
    assert not re.search(r"\b(node_at|Mapping|Sequence|Scalar|read_document)\b", source)


def _build_in_a_fresh_process(target: Path) -> None:
    result = subprocess.run([sys.executable, "-m", "generator", "--root", str(target), "build"],
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


def test_two_builds_in_separate_processes_are_identical_byte_for_byte(tmp_path):
    import shutil

    trees = []
    for name in ("first", "second"):
        root = tmp_path / name
        for folder in ("plans", "registry", "sources"):
            shutil.copytree(REPO / folder, root / folder)
        _build_in_a_fresh_process(root)
        trees.append({p.relative_to(root / "docs").as_posix(): p.read_bytes()
                      for p in sorted((root / "docs").rglob("*")) if p.is_file()})
    assert trees[0].keys() == trees[1].keys() and len(trees[0]) > 20
    assert [name for name in trees[0] if trees[0][name] != trees[1][name]] == []


def test_templates_only_display():
    """No counting or arithmetic in templates: figures come from the model."""
    templates = REPO / "generator" / "templates"
    offenders = []
    for template in sorted(templates.glob("*.j2")):
        text = template.read_text(encoding="utf-8")
        for pattern in (r"selectattr\([^)]*\)\s*\|\s*list\s*\|\s*length", r"\|\s*length\s*[-+*/]",
                        r"\{\{[^}]*\b\d+\s*[-+*/]\s*[a-z_]", r"\|\s*sum\b"):
            offenders += [f"{template.name}: {m.group()}" for m in re.finditer(pattern, text)]
    assert offenders == []


def test_a_tables_rows_that_do_not_fit_are_counted_among_all_its_rows():
    """The review: a row whose values are no list was left out of the count, and two rows of
    three were said to be "alla 2 rader" of a table of three."""
    from generator.model import Table
    said = Table.fault_as_written({"columns": ["2023", "2024"], "rows": [
        {"values": ["1", "2", "3"]}, {"values": "0,0 0,0"}, {"values": ["4", "5", "6"]}]})
    assert said.startswith("rows[0] och rows[2] har 3 värden, men tabellen har 2 kolumner;"), said
    said = Table.fault_as_written({"columns": ["2023", "2024"], "rows": [
        {"values": ["1"]}, {"values": ["1", "2", "3"]}, {"values": ["1", "2", "3", "4"]}]})
    assert said.startswith("rows[0] har 1 värde, rows[1] har 3 värden och rows[2] har 4 värden, men"), said


def test_topics_are_listed_by_their_names_in_swedish_order_not_by_id():
    """Every list of topics is in the order of the topics' names (the about page: "Ämnen i
    bokstavsordning"): the topics page, an actor's topics, and topics.json."""
    registry = yaml.safe_load((REPO / "registry" / "topics.yaml").read_text(encoding="utf-8"))["topics"]
    by_name = [topic["id"] for topic in sorted(registry, key=lambda topic: swedish_key(topic["name"]))]
    assert by_name != sorted(by_name)  # the ids' order would differ
    site = build_site(REPO)
    pages = render_site(site)
    assert re.findall(r'<tr data-topic="([^"]+)"', pages[paths.TOPICS]) == by_name
    for actor in site.actors:
        shown = re.findall(r'<li data-actor="[^"]+" data-topic="([^"]+)"', pages[paths.actor_page(actor.id)])
        assert shown == [topic for topic in by_name if topic in shown] and shown, actor.id
    files = opendata.data_files(site, "https://example.org/").national
    topics = json.loads(next(f for f in files if f.name == "topics.json").content())["topics"]
    assert [topic["id"] for topic in topics] == by_name


def test_a_documents_risks_are_listed_by_level_the_highest_first():
    """"Risker efter nivå": each risk with its score, probability × consequence, the highest
    first (the order the internal control plan is read in)."""
    pages = render_site(build_site(REPO))
    checked = 0
    for path in sorted((REPO / "plans").glob("*.yaml")):
        plan = yaml.safe_load(path.read_text(encoding="utf-8"))
        risks = {item["id"]: item["risk"]["probability"] * item["risk"]["consequence"]
                 for section in plan["sections"] for item in section.get("items", []) if item.get("risk")}
        if not risks:
            continue
        page = pages[paths.plan_page(plan["id"])]
        listed = re.search(r'<ol class="vlv-risk-list"[^>]*>(.*?)</ol>', page, re.DOTALL).group(1)
        shown = re.findall(r'<li data-band="[^"]+"><span[^>]*>[^<]*, (\d+)</span>.*?<a href="#([^"]+)"', listed)
        assert [(int(score), item) for score, item in shown] == sorted(
            ((score, item) for item, score in risks.items()), key=lambda pair: (-pair[0], pair[1]))
        checked += len(set(risks.values())) > 1
    assert checked


def test_a_plans_items_with_an_indicator_or_a_risk_are_found_with_their_places_in_order():
    """The checks of indicators and risks read `items_having` (found in one walk of the plan):
    every item with the field, at its place in the file, in document order, and no other."""
    from generator import load
    found = {"indicator": 0, "risk": 0}
    for loaded in load.load_inputs(REPO).plans:
        written = yaml.safe_load(loaded.text)
        for field in found:
            places = [("sections", s_index, "items", i_index)
                      for s_index, section in enumerate(written["sections"])
                      for i_index, item in enumerate(section.get("items", [])) if item.get(field)]
            having = loaded.value.items_having[field]
            assert [loc for loc, _ in having] == places, (loaded.path, field)
            assert all(getattr(item, field) is not None for _, item in having)
            found[field] += len(places)
    assert found["indicator"] and found["risk"], found
