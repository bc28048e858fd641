"""Generated Markdown: golden pages, byte-identical rebuilds, and the generator's own build."""

from __future__ import annotations

import json
import os
import re
import subprocess
from pathlib import Path

import pytest

from conftest import FIXTURE, REPO
from generator.site import build_site
from generator.outputs import site_outputs
from generator.render import escape_text, render_outputs, render_site
from generator.history import public_url
from generator.schema import EDITORS_ONLY, SCHEMA_DIR, json_schemas, registry_topics, unwritten_schemas

GOLDEN = Path(__file__).parent / "golden"
# Each golden case is a file named after the generated page (slashes as "__") holding the
# exact Markdown the fixture project must produce. Regenerate with UPDATE_GOLDEN=1.
CASES = sorted(GOLDEN.glob("*.md"))


@pytest.mark.parametrize("case", CASES, ids=[c.stem for c in CASES])
def test_golden_page(case):
    page = case.stem.replace("__", "/") + ".md"
    rendered = render_site(build_site(FIXTURE))[page]
    if os.environ.get("UPDATE_GOLDEN"):
        case.write_text(rendered, encoding="utf-8")
    assert rendered == case.read_text(encoding="utf-8")


def test_golden_cases_exist():
    assert {c.stem for c in CASES} >= {"dokument__bergby-socialnamnden-vp-2024", "amnen__hemloshet"}


def test_two_renders_are_byte_identical():
    first = render_site(build_site(REPO))
    second = render_site(build_site(REPO))
    assert first == second
    assert len(first) > 40


def test_rendering_in_worker_processes_gives_the_same_site():
    """A large site's pages are rendered by forked workers (one per core): the pages, the
    data files and their order are exactly what one process renders."""
    site = build_site(REPO)
    outputs = site_outputs(site)
    alone = render_outputs(site, outputs, workers=1)
    shared = render_outputs(site, outputs, workers=3)
    assert list(shared) == list(alone)
    assert shared == alone
    assert sum(1 for output in outputs if not output.content) > 100


def test_large_sites_use_every_core_unless_told_otherwise(monkeypatch):
    from generator import workers

    monkeypatch.setattr(workers.os, "sched_getaffinity", lambda pid: {0, 1, 2}, raising=False)
    monkeypatch.delenv(workers.VARIABLE, raising=False)
    monkeypatch.setattr(workers.threading, "active_count", lambda: 1)
    assert workers.process_count(workers.PARALLEL_FROM_PAGES - 1) == 1
    assert workers.process_count(workers.PARALLEL_FROM_PAGES) == 3
    monkeypatch.setattr(workers.threading, "active_count", lambda: 4)  # e.g. `mkdocs serve`
    assert workers.process_count(10_000) == 1
    monkeypatch.setattr(workers.threading, "active_count", lambda: 1)
    monkeypatch.setenv(workers.VARIABLE, "1")
    assert workers.process_count(10_000) == 1
    monkeypatch.delenv(workers.VARIABLE)
    monkeypatch.setattr(workers.multiprocessing, "get_all_start_methods", lambda: ["spawn"])
    assert workers.process_count(10_000) == 1  # without fork the model could not be shared


def test_generator_build_writes_only_changed_pages_and_removes_stale_ones(tmp_path, cli):
    import shutil

    for folder in ("plans", "registry", "sources"):
        shutil.copytree(FIXTURE / folder, tmp_path / folder)
    first = cli("--root", str(tmp_path), "build")
    assert first.code == 0 and "sidor ändrade under docs/" in first.out
    page = tmp_path / "docs" / "dokument" / "bergby-o-webb" / "index.md"
    assert page.is_file()
    again = cli("--root", str(tmp_path), "build")
    assert again.out.startswith("0 sidor ändrade")
    (tmp_path / "docs" / "om" / "index.md").unlink()
    assert cli("--root", str(tmp_path), "build").out == "1 sida ändrad under docs/.\n"  # not "1 sidor ändrade"
    (tmp_path / "plans" / "bergby-o-webb.yaml").unlink()
    (tmp_path / "sources" / "bergby-o-webb.txt").unlink()  # an unused source would be an error
    third = cli("--root", str(tmp_path), "build")
    assert third.code == 0 and not page.exists()


def test_escape_makes_markup_inert():
    assert escape_text("<b>x</b> [a](b) *c* `d` 1. e") == (
        "&#60;b&#62;x&#60;/b&#62; &#91;a&#93;(b) &#42;c&#42; &#96;d&#96; 1. e")
    assert escape_text("# rubrik") == "&#35; rubrik"
    assert escape_text("rad ett\n\nrad två") == "rad ett rad två"


def schemas_out_of_date(folder: Path, made: dict[str, str]) -> str:
    """What a maintainer reads when the committed editors' schemas differ from the models: the files
    and the command that writes them, or "" when they match. A party office's pull request changes
    neither the models nor the topics, so this is the maintainers' check, in the tests CI runs."""
    stale = [name for name, text in sorted(made.items())
             if not (folder / name).is_file() or (folder / name).read_text(encoding="utf-8") != text]
    said = [f"{', '.join(f'{SCHEMA_DIR}/{name}' for name in names)} {what}"
            for names, what in ((stale, "out of date"), (unwritten_schemas(folder, made), "no longer written"))
            if names]
    return f"{'; '.join(said)}: run `make schema`" if said else ""


def test_committed_json_schemas_match_the_model():
    assert not (stale := schemas_out_of_date(REPO / SCHEMA_DIR, json_schemas(public_url(REPO), registry_topics(REPO)))), stale


def test_a_schema_missing_or_out_of_date_is_named_with_the_command_that_writes_it(tmp_path):
    """A new schema not yet written failed with FileNotFoundError, naming no command."""
    (tmp_path / "plan.schema.json").write_text("{}\n", encoding="utf-8")
    (tmp_path / "topics.schema.json").write_text("{\"a\": 1}\n", encoding="utf-8")
    made = {"plan.schema.json": "{}\n", "terms.schema.json": "{}\n", "topics.schema.json": "{}\n"}
    assert schemas_out_of_date(tmp_path, made) == (f"{SCHEMA_DIR}/terms.schema.json, {SCHEMA_DIR}/topics.schema.json "
                                                   "out of date: run `make schema`")
    assert schemas_out_of_date(tmp_path, {"plan.schema.json": "{}\n", "topics.schema.json": "{\"a\": 1}\n"}) == ""


def test_a_schema_no_longer_written_is_named_with_the_command_that_removes_it(tmp_path):
    """A renamed model left its old schema in docs/schema/, published with the site, and the
    test of the committed schemas passed: it compared only the files `make schema` writes."""
    (tmp_path / "plan.schema.json").write_text("{}\n", encoding="utf-8")
    (tmp_path / "aktorer.schema.json").write_text(json.dumps({"description": EDITORS_ONLY}), encoding="utf-8")
    (tmp_path / "README.md").write_text("Not a schema.\n", encoding="utf-8")
    # A maintainer's own schema, which `make schema` did not write, is not its to remove.
    (tmp_path / "egen.schema.json").write_text('{"description": "Redaktionens eget."}\n', encoding="utf-8")
    assert schemas_out_of_date(tmp_path, {"plan.schema.json": "{}\n"}) == (
        f"{SCHEMA_DIR}/aktorer.schema.json no longer written: run `make schema`")
    assert schemas_out_of_date(tmp_path, {"plan.schema.json": "{\"b\": 2}\n"}) == (
        f"{SCHEMA_DIR}/plan.schema.json out of date; {SCHEMA_DIR}/aktorer.schema.json no longer written: run `make schema`")


def test_a_schema_renamed_with_a_new_description_is_named_as_no_longer_written(tmp_path):
    """`make schema` knew the files it wrote by their description (`EDITORS_ONLY`): a pull request
    that changed that text and renamed a schema in `SCHEMAS` left the old file, written under the
    old text, published, unremoved by `make schema` and unnamed by the test of the committed schemas."""
    written = json_schemas(public_url(REPO), registry_topics(REPO))
    before = json.loads(written["actors.schema.json"])
    before["description"] = "För redigeringsprogram: en äldre lydelse."
    (tmp_path / "actors.schema.json").write_text(json.dumps(before, ensure_ascii=False), encoding="utf-8")
    made = {("aktorer.schema.json" if name == "actors.schema.json" else name): text for name, text in written.items()}
    for name, text in made.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    assert schemas_out_of_date(tmp_path, made) == (
        f"{SCHEMA_DIR}/actors.schema.json no longer written: run `make schema`")


def _committed_and_cloned_with_crlf(tmp_path: Path, files: dict[str, bytes]) -> tuple[Path, Path]:
    """A repository holding `files` ({path: bytes}) under the repository's `.gitattributes`, and
    its clone with `core.autocrlf=true` (git for Windows' default): (origin, clone)."""
    origin, clone = tmp_path / "origin", tmp_path / "clone"
    for name, content in files.items():
        (origin / name).parent.mkdir(parents=True, exist_ok=True)
        (origin / name).write_bytes(content)
    if (REPO / ".gitattributes").is_file():
        (origin / ".gitattributes").write_bytes((REPO / ".gitattributes").read_bytes())
    git = ["git", "-c", "user.name=Test", "-c", "user.email=test@example.org"]
    subprocess.run([*git, "init", "-q", str(origin)], check=True)
    subprocess.run([*git, "-C", str(origin), "add", "-A"], check=True)
    subprocess.run([*git, "-C", str(origin), "commit", "-q", "-m", "files"], check=True)
    subprocess.run(["git", "clone", "-q", "-c", "core.autocrlf=true", str(origin), str(clone)], check=True)
    return origin, clone


def _checked_out_with_crlf(tmp_path: Path, files: list[str]) -> list[str]:
    """Which of the repository's `files` a clone with `core.autocrlf=true` (git for Windows'
    default) checks out with CRLF, under the repository's `.gitattributes`."""
    _, clone = _committed_and_cloned_with_crlf(tmp_path, {name: (REPO / name).read_bytes() for name in files})
    return [name for name in files if b"\r" in (clone / name).read_bytes()]


def test_the_schemas_the_site_publishes_as_they_are_check_out_with_lf_where_git_writes_crlf(tmp_path):
    """MkDocs copies docs/schema/*.json into the site byte for byte, the one part of the site
    a checkout's line endings reached: a clone with `core.autocrlf=true` (git for Windows'
    default) built five files that differed from every other build in their CRLF."""
    names = sorted(json_schemas(public_url(REPO), registry_topics(REPO)))
    assert _checked_out_with_crlf(tmp_path, [f"{SCHEMA_DIR}/{name}" for name in names]) == []


def test_the_theme_zensical_renders_as_written_is_checked_out_with_lf_where_git_writes_crlf(tmp_path):
    """Zensical renders the theme overrides (`docs/overrides/`) with the line ends they were
    checked out with, where MkDocs' Jinja reads CRLF as LF: built from a clone with
    `core.autocrlf=true`, all 112 pages of its site had CRs in their head, header and footer
    and differed from every other build."""
    overrides = REPO / "docs" / "overrides"
    files = sorted(path.relative_to(REPO).as_posix() for path in overrides.rglob("*") if path.is_file())
    assert "docs/overrides/main.html" in files
    assert _checked_out_with_crlf(tmp_path, files) == []


def test_an_image_among_the_theme_overrides_is_committed_and_checked_out_byte_for_byte(tmp_path):
    """The overrides are text with LF, but an image or a font put beside them (a logo, a favicon
    in docs/overrides/assets/) is not: were every file there `text`, git would turn the CRLF
    bytes a PNG holds into LF on commit and on a Windows clone's checkout, and the site would
    publish a broken image. Binary files are left as they are."""
    image = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\r\n\x00\n\xff"
    origin, clone = _committed_and_cloned_with_crlf(tmp_path, {"docs/overrides/assets/images/logo.png": image})
    committed = subprocess.run(["git", "-C", str(origin), "show", "HEAD:docs/overrides/assets/images/logo.png"],
                               check=True, capture_output=True).stdout
    assert committed == image
    assert (clone / "docs" / "overrides" / "assets" / "images" / "logo.png").read_bytes() == image


def test_every_plan_names_the_schema_for_editors():
    for plan in sorted((REPO / "plans").glob("*.yaml")):
        assert plan.read_text(encoding="utf-8").startswith(
            "# yaml-language-server: $schema=../docs/schema/plan.schema.json\n"), plan.name


def test_templates_print_the_escaped_value_as_jinjas_autoescape_would(monkeypatch):
    """Every printed value goes through `escape_text`; Jinja's own `escape` around it (which
    the templates are compiled without) would change nothing."""
    from decimal import Decimal

    from jinja2.compiler import CodeGenerator
    from markupsafe import Markup

    from generator import render

    for value in ("<img src=x onerror=alert(1)>", None, 3, Decimal("1.5"), Markup("<b>x</b>"), "a & b"):
        assert isinstance(escape_text(value), Markup)
    printed = render._environment().from_string("{{ text }}|{{ safe }}|{% macro m() %}<i>{{ text }}</i>{% endmacro %}{{ m() }}")
    assert printed.render(text="<script>&", safe=Markup("<b>")) == "&#60;script&#62;&#38;|<b>|<i>&#60;script&#62;&#38;</i>"
    assert_same_site_with_jinjas(monkeypatch, "code_generator_class", CodeGenerator)


def assert_same_site_with_jinjas(monkeypatch, attribute: str, jinjas: type) -> None:
    """The real plans and the fixture render to the same pages with Jinja's own `jinjas` as
    the environment's `attribute` as with ours."""
    from generator import render

    for root in (REPO, FIXTURE):
        site = build_site(root)
        outputs = site_outputs(site)
        ours = render_outputs(site, outputs, workers=1)
        monkeypatch.setattr(render._Environment, attribute, jinjas)
        render._environment.cache_clear()
        # Compiled anew: the compiled templates kept on disk (`template_cache`, which `make test`
        # writes first) are keyed by render.py, not by the code generator, and hold ours.
        render._environment().bytecode_cache = None
        theirs = render_outputs(site, outputs, workers=1)
        monkeypatch.undo()
        render._environment.cache_clear()
        assert ours == theirs


def test_templates_read_attributes_as_jinjas_own_code_would(monkeypatch):
    """`a.b` is read with Python's `getattr` and Jinja's rules only where `a` has no such
    attribute (`render._FinalizedOutput.visit_Getattr`): an attribute before an item of the same
    name, an item where there is no attribute, an error for neither (the environment's strict
    undefined), `a` evaluated once, and the real plans' and the fixture's pages as Jinja's own
    code generator makes them."""
    from jinja2.compiler import CodeGenerator
    from jinja2.exceptions import UndefinedError

    from generator import render

    class Both(dict):
        name = "attribute"

    calls = []

    def made():
        calls.append(1)
        return Both(name="item", only="item alone")

    env = render._environment()
    source = "{{ both.name }}|{{ both.only }}|{{ made().only }}|{{ [1, 2].count(2) }}|{{ {'keys': 3}.keys is callable }}"
    assert env.from_string(source).render(both=Both(name="item", only="item alone"), made=made) == \
        "attribute|item alone|item alone|1|True"
    assert calls == [1]
    with pytest.raises(UndefinedError):
        env.from_string("{{ both.neither }}").render(both=Both())
    assert_same_site_with_jinjas(monkeypatch, "code_generator_class", CodeGenerator)


def test_a_property_that_raises_attribute_error_is_asked_once_and_its_error_is_jinjas():
    """A property that raises AttributeError (a value it reads is missing) is asked once, as under
    Jinja's own code, and the template fails with Jinja's own message naming the attribute: the
    inline `getattr` and then Jinja's `environment.getattr` asked it twice."""
    from jinja2 import Environment, StrictUndefined
    from jinja2.exceptions import UndefinedError

    from generator import render

    asked = []

    class Broken:
        @property
        def title(self):
            asked.append(1)
            raise AttributeError("missing")

    messages = []
    for env in (render._environment(), Environment(undefined=StrictUndefined)):
        with pytest.raises(UndefinedError) as failed:
            env.from_string("{{ page.title }}").render(page=Broken())
        messages.append(str(failed.value))
    assert messages[0] == messages[1] == "'test_render.Broken object' has no attribute 'title'"
    assert asked == [1, 1]  # once under each environment


def test_templates_call_as_jinjas_own_context_would(monkeypatch):
    """Macros, functions and methods are called the short way (`render._Context`): the
    pages are those Jinja's own context makes, a function marked `pass_context` still gets
    the context, a macro still follows the autoescape setting where it is called, and a
    callable that raises StopIteration still gives an undefined value."""
    from jinja2 import pass_context, pass_environment
    from jinja2.runtime import Context
    from markupsafe import Markup

    from generator import render

    env = render._environment()

    @pass_context
    def seen(context, name):
        return context.get(name)

    @pass_environment
    def finalizes(environment, value):
        return environment.finalize(value)

    def stops():
        raise StopIteration

    class Asks:
        @pass_context
        def who(self, context):
            return context.get("who")

    source = ("{% macro m(x) %}<i>{{ x }}</i>{% endmacro %}{% for n in [1] %}{{ seen('who') }}|"
              "{{ finalizes('<') }}|{{ m('<') }}|{% autoescape false %}{{ m('<') }}{% endautoescape %}|"
              "{{ stops() is undefined }}|{{ asks.who() }}{% endfor %}")
    values = {"who": "Alva", "seen": seen, "finalizes": finalizes, "stops": stops, "asks": Asks()}
    # Without autoescape the macro returns plain text, which printing escapes like any text.
    assert env.from_string(source).render(**values) == "Alva|&#60;|<i>&#60;</i>|&#60;i&#62;&#38;&#35;60;&#60;/i&#62;|True|Alva"
    monkeypatch.setattr(render._Environment, "context_class", Context)
    assert render._Environment(**{key: getattr(env, key) for key in ("finalize", "autoescape", "undefined")}
                               ).from_string(source).render(**values) == env.from_string(source).render(**values)
    monkeypatch.undo()
    assert isinstance(env.from_string("{% macro m() %}<b>{% endmacro %}{{ m() }}").module.m(), Markup)
    assert_same_site_with_jinjas(monkeypatch, "context_class", Context)


def test_code_spans_show_backtick_pairs_as_code_and_escape_everything():
    from generator.render import code_spans

    assert code_spans("Som `<dokument-id>#<punkt-id>`, t.ex. `a*b`.") == (
        "Som <code>&#60;dokument-id&#62;&#35;&#60;punkt-id&#62;</code>, t.ex. <code>a&#42;b</code>.")
    assert code_spans("ett ` ensamt") == "ett &#96; ensamt"  # no pair: the backtick is text
    assert code_spans("<script>`x`") == "&#60;script&#62;<code>x</code>"



def test_a_share_and_a_count_keep_their_no_break_space_on_the_page():
    """`render.percent` wrote "100,0 %" with a no-break space, and the escaping made it a plain
    one; counts had none ("3 punkter"). A line may now break at neither."""
    pages = render_site(build_site(FIXTURE))
    assert "100,0\u00a0%" in pages["bergby/tackning.md"]
    assert "1\u00a0åtagande, 0\u00a0bakgrunds\u00adpunkter" in pages["bergby/jamforelse.md"]
    assert "<dd>3\u00a0punkter, 1\u00a0tabell</dd>" in pages["dokument/bergby-socialnamnden-vp-2024.md"]


def test_a_count_of_five_digits_or_more_is_written_in_groups_of_three_as_swedish_does():
    """A national topic's count or a municipality's documents at the scale of the country:
    "12 500 punkter" and "12 500" in the topics table, never "12500"; four digits stay whole
    ("9999 punkter", "10 000 punkter")."""
    site = build_site(FIXTURE)
    site.topics[0].count = 12500
    plan = next(plan for plan in site.plans if plan.municipality.id == "bergby")
    plan.item_count = 12500
    pages = render_site(site)
    assert f'<td class="vlv-num">12\u202f500</td>' in pages["amnen/index.md"]
    assert "12\u202f500\u00a0punkter" in pages["bergby/index.md"]
    # At the edge: the smallest count of five digits is grouped, the largest of four is not.
    plan.item_count = 10000
    assert "10\u202f000\u00a0punkter" in render_site(site)["bergby/index.md"]
    plan.item_count = 9999
    assert "9999\u00a0punkter" in render_site(site)["bergby/index.md"]


def test_year_ranges_and_dates_in_any_text_are_kept_on_one_line_and_nothing_else_changes():
    from markupsafe import Markup

    from generator.render import unbroken

    nowrap = '<span class="vlv-nowrap">{}</span>'.format
    assert unbroken("mandatperioden 2016–2019 och 2016-2019, hämtad 2026-11-22.") == (
        f"mandatperioden {nowrap('2016–2019')} och {nowrap('2016-2019')}, hämtad {nowrap('2026-11-22')}.")
    # Not years: a phone number, a longer run of digits, a range of page numbers.
    for text in ("ring 0123-4567", "nr 12016-2019", "sidorna 12–19", "utan streck"):
        assert unbroken(text) == escape_text(text)
    # Plan text stays text; an address inside markup made elsewhere keeps its date as it is.
    assert unbroken("<b>2016–2019</b>") == f"{escape_text('<b>')}{nowrap('2016–2019')}{escape_text('</b>')}"
    link = Markup('<a href="/arkiv/2026-11-22/">2026-11-22</a>')
    assert unbroken(link) == f'<a href="/arkiv/2026-11-22/">{nowrap("2026-11-22")}</a>'


def test_an_actor_without_documents_is_not_said_to_have_documents():
    """bergby-t is in the registry with no document yet: its page must not speak of its
    documents, and one with documents says they take up no topic only when that is so."""
    from generator import paths
    pages = render_site(build_site(FIXTURE))
    topics = pages[paths.actor_page("bergby-t")].split("## Ämnen", 1)[1]
    # In the words the municipality's page and the comparison pages use for it.
    assert '<p class="vlv-silent">Inga dokument från aktören finns ännu på webbplatsen.</p>' in topics
    assert "Inga dokument från aktören finns ännu på webbplatsen." in pages[paths.municipality_page("bergby")]
    assert "inga dokument från aktören finns ännu på webbplatsen." in pages[paths.compare_page("bergby", "hemloshet")]
    assert "Aktörens dokument tar inte upp" not in topics
    assert "Inga dokument från aktören" not in pages[paths.actor_page("bergby-a")]


def test_a_quote_over_several_paragraphs_keeps_them_apart(project):
    """A quote of a heading and the paragraph under it shows them as two paragraphs, as the
    source does, not run together into "Mål och uppdrag: En ny familjecentral …"."""
    from generator import paths
    plan = project / "plans" / "bergby-a-plan-2024.yaml"
    text = plan.read_text(encoding="utf-8")
    quote = "        quote: En ny familjecentral öppnas i Norra Bergby under 2024.\n"
    assert quote in text
    plan.write_text(text.replace(quote, '        quote: "Mål och uppdrag:\\n\\nEn ny familjecentral öppnas i Norra Bergby under 2024."\n'),
                    encoding="utf-8")
    page = render_site(build_site(project))[paths.plan_page("bergby-a-plan-2024")]
    assert ('<blockquote class="vlv-quote" data-search-exclude><p>Mål och uppdrag:</p>'
            '<p>En ny familjecentral öppnas i Norra Bergby under 2024.</p><p class="vlv-quote-source">') in page


def test_an_items_topics_are_listed_in_the_order_of_their_names_on_pages_and_in_the_data(project):
    """The about page says topics stand in the order of their names; an item's card and its
    record in items.json listed them as its plan did (the neutrality audit: 82 of 143)."""
    from generator import paths
    plan = project / "plans" / "bergby-a-plan-2024.yaml"
    text = plan.read_text(encoding="utf-8")
    assert "        topics: [sommarkollo]\n" in text
    plan.write_text(text.replace("        topics: [sommarkollo]\n", "        topics: [sommarkollo, ekonomi]\n", 1),
                    encoding="utf-8")
    site = build_site(project)
    pages = render_site(site)
    kollo = next(item for plan in site.plans if plan.id == "bergby-a-plan-2024" for item in plan.items
                 if item.id == "kollo")
    assert [topic.name for topic in kollo.topics] == ["Ekonomi och budget", "Sommarkollo"]
    card = pages[paths.plan_page("bergby-a-plan-2024")]
    assert re.search(r'Ämnen: <a href="[^"]*">Ekonomi och budget</a>, <a href="[^"]*">Sommarkollo</a></p>', card)
    # One topic is "Ämne": every card and budget table of one stood under "Ämnen: Sommarkollo".
    lines = [line for page in (card, pages[paths.plan_page("bergby-socialnamnden-vp-2024")])
             for line in re.findall(r"Ämnen?: (?:<a [^>]*>[^<]*</a>(?:, )?)+", page)]
    assert any(line.count("<a ") == 1 for line in lines) and any(line.count("<a ") > 1 for line in lines)
    for line in lines:
        assert line.startswith("Ämne: " if line.count("<a ") == 1 else "Ämnen: "), line
    record = next(item for item in json.loads(pages["data/v1/items.json"])["items"]
                  if item["id"] == "bergby-a-plan-2024#kollo")
    assert record["topics"] == ["ekonomi", "sommarkollo"]


def test_a_dash_a_page_writes_after_a_name_link_or_figure_never_begins_a_line():
    """Swedish keeps a spaced dash on the line of the word before it. On a 320 px phone a
    municipality's topic list read "Barns skolgång och hälsa" / "– 2 av 4 aktörer" and an
    actor's document list "mandatperioden 2022–2026" / "– 139 punkter": the pages write a
    no-break space before each dash of their own. Front matter (a page's title) and the feeds'
    names, which feed readers show as they are, keep a plain space."""
    from generator import paths
    pages = render_site(build_site(FIXTURE))
    bodies = {page: text.split("\n---\n", 1)[1] for page, text in pages.items() if page.endswith(".md")}
    breakable = sorted({(page, found.group(0)) for page, body in bodies.items()
                        for found in re.finditer(r".{0,30}(?<!Vem lovar vad\?) – .{0,20}", body)})
    assert breakable == []
    assert '">Hemlöshet och bostad</a>&nbsp;– ' in pages[paths.municipality_page("bergby")]
    assert re.search(r'</a>&nbsp;– .*mandatperioden .*</span>&nbsp;– 3\u00a0punkter', pages[paths.actor_page("bergby-socialnamnden")])


def test_a_zero_share_of_actors_is_said_in_one_form_and_one_style(project):
    """A topic no actor of a municipality takes up reads "0 av 1 aktör" in Dalby, of one actor,
    and "0 av 2 aktörer" in Bergby, of two, in the same style on the topic's page: that page
    showed "ingen av aktörerna" in grey beside a plain "0 av 1 aktör" (the neutrality audit)."""
    from generator import paths
    topics = project / "registry" / "topics.yaml"
    topics.write_text(topics.read_text(encoding="utf-8") + "  - id: tandvard\n    name: Tandvård\n    description: "
                      "Tandvård för barn.\n    easy_read: Barn får gå till tandläkaren gratis.\n", encoding="utf-8")
    site = build_site(project)
    pages = render_site(site)
    rows = [row for topic in site.topics for row in topic.municipalities if not row.actor_count]
    assert {row.municipality.id for row in rows} >= {"bergby", "dalby"}
    for row in rows:
        total = len(row.municipality.actors)
        said = f"0\u00a0av\u00a0{total}\u00a0{'aktör' if total == 1 else 'aktörer'}"
        assert f'">{row.municipality.name}</a>&nbsp;– <span class="vlv-silent">{said}</span></li>' in pages[
            paths.topic_page(row.topic.id)]
        assert f'{row.topic.name}</a>&nbsp;– <span class="vlv-silent">{said}</span></li>' in pages[
            paths.municipality_page(row.municipality.id)]


def test_the_open_data_page_shows_code_as_code_not_as_backticks():
    """The documentation audit: the list of files said "dokumentens &#96;term&#96;"."""
    from generator import paths
    page = render_site(build_site(FIXTURE))[paths.OPEN_DATA]
    assert "&#96;" not in page and "dokumentens <code>term</code>" in page


def test_a_municipalitys_matrix_says_how_old_each_actors_documents_are():
    """The neutrality audit: the matrix counted a 2017 proposal beside 2024 plans and an
    undated web page with no word of any document's age."""
    from generator import paths
    site = build_site(FIXTURE)
    pages = render_site(site)
    for municipality in site.municipalities:
        # An actor of no documents yet (Trygghetspartiet Bergby) says so.
        said = "; ".join(f"{actor.name}: {', '.join(dict.fromkeys(plan.year_label for plan in actor.plans))}"
                         if actor.plans else f"{actor.name}: (inga dokument)" for actor in municipality.actors)
        shown = re.search(r'<p class="vlv-matrix-ages"[^>]*>(.*?)</p>',
                          pages[paths.municipality_matrix_page(municipality.id)]).group(1)
        whose = "Dokumentets" if len(municipality.plans) == 1 else "Dokumentens"
        assert re.sub(r"<[^>]+>", "", shown) == f"{whose} år&nbsp;– {said}.", municipality.id


def test_a_municipality_of_one_actor_is_spoken_of_in_the_singular():
    """Dalby has one actor: its page heads its list "Partiet", and says nothing of an order.
    That actor has one document, which is spoken of as one: "Inget av dokumenten från Falun"
    stood above 16 of the real site's comparisons, Falun having one document, and each real
    actor's page, of one document, said "säger dokumenten inget om"."""
    from generator import paths
    site = build_site(FIXTURE)
    pages = render_site(site)
    dalby = next(m for m in site.municipalities if m.id == "dalby")
    assert len(dalby.actors) == 1
    # Its list of actors is headed "Partiet", and said "Aktörerna i bokstavsordning" below.
    assert "## Partiet {#" in pages[paths.municipality_page("dalby")]
    assert "<p>Aktörens dokument med det nyaste först. <a href" in pages[paths.municipality_page("dalby")]
    assert "Aktörerna i bokstavsordning" not in pages[paths.municipality_page("dalby")]
    # Nor do its comparison and matrix speak of "var och en av de aktörer" in an order (the neutrality audit).
    compare = pages[paths.compare_page("dalby", site.topics[0].id)]
    assert ">En kolumn för den enda aktören i <a href" in compare and "var och en av de aktörer" not in compare
    matrix = pages[paths.municipality_matrix_page("dalby")]
    assert "Ämnena står i bokstavsordning; fler punkter" in matrix and "aktörerna i bokstavsordning" not in matrix
    assert len(dalby.plans) == 1 == len(dalby.actors[0].plans)
    assert "Dokumentets år&nbsp;– " in matrix and "Dokumentens år" not in matrix
    silent = next(row for row in dalby.topic_rows if not row.actor_count)
    compare = pages[paths.compare_page("dalby", silent.topic.id)]
    assert "Dokumentet från Dalby som finns på webbplatsen säger inget om det här ämnet." in compare
    assert "Inget av dokumenten" not in compare
    actor = pages[paths.actor_page(dalby.actors[0].id)]
    assert "Ämnen som inte finns med här säger dokumentet inget om." in actor
    assert f'description: "Dokumentet från {dalby.actors[0].name} och vad det tar upp, ämne för ämne."' in actor


def test_an_actor_without_documents_is_not_described_by_its_documents():
    """The page of an actor the registry has but no plan yet (Trygghetspartiet Bergby) described
    itself, for search engines and link previews, as "Dokumenten från … efter mandatperiod, och
    vad de tar upp": documents it does not have. It says what its page says."""
    from generator import paths
    site = build_site(FIXTURE)
    actor = next(actor for municipality in site.municipalities for actor in municipality.actors if not actor.plans)
    page = render_site(site)[paths.actor_page(actor.id)]
    assert f'description: "Inga dokument från {actor.name} finns ännu på webbplatsen."' in page, page[:400]


def test_a_line_indented_deeper_than_a_sub_list_is_shown_within_a_phones_screen(tmp_path):
    """An archived text keeps its indents (a sub-list's bullets). One taken from a laid-out PDF
    indents a centred heading by 40 characters: shown 40 characters in, its words started beside
    the screen of a phone, and the page scrolled sideways to find them."""
    import shutil

    from generator import paths
    from generator.link import SourceLine

    root = tmp_path / "project"
    shutil.copytree(FIXTURE, root)
    source = root / "sources" / "bergby-a-plan-2024.txt"
    source.write_text(source.read_text(encoding="utf-8") + "\n" + " " * 40 + "Sida 2\n\n    Ett indrag\n",
                      encoding="utf-8")
    page = render_site(build_site(root))[paths.source_page("bergby-a-plan-2024")]
    assert f'style="--vlv-indent: {SourceLine.MAX_INDENT}ch"' in page and 'style="--vlv-indent: 4ch"' in page
    assert "--vlv-indent: 40ch" not in page


def test_the_sites_own_words_never_say_which_parties_govern():
    """The registries hold no fact on who governs where, so the site's words must not assume it:
    the home page said "Ett förslag från ett parti i opposition är inte beslutad politik", which
    reads every party's proposal as the opposition's; the trust audit found a proposal from a
    party that had governed for 19 years."""
    words = ("opposition", "styrande", "majoritet", "minoritetsstyre")
    # The templates, and the hand-written pages (the rest of docs/ is generated from them).
    written = sorted((REPO / "generator" / "templates").glob("*.j2")) + [REPO / "docs" / "bidra.md",
                                                                             REPO / "docs" / "bidra" / "falt.md"]
    said = [(path.name, word) for path in written for word in words if word in path.read_text(encoding="utf-8").lower()]
    assert len(written) > 10 and said == []


def test_the_home_page_says_a_follow_ups_states_are_its_authors_whatever_kind_it_is():
    """A follow-up of promises may be an administration's as well as a party's: the home page
    said it shows "vad partiet självt säger har blivit gjort"."""
    home = " ".join(render_site(build_site(FIXTURE))["index.md"].split())
    assert ("En uppföljning av vallöften visar vad dess författare, vare sig det är ett parti, en förvaltning "
            "eller en annan aktör, själv säger har blivit gjort.") in home
    assert "partiet självt" not in home


def test_the_about_page_says_who_adds_a_document_whatever_kind_of_actor_it_is():
    """A document may be an administration's as well as a party's, and each actor keeps its own files
    (the guide speaks to a party office or an administration): the about page said the document was
    added by "partiet självt eller redaktionen"."""
    from generator import paths

    about = " ".join(render_site(build_site(FIXTURE))[paths.ABOUT].split())
    assert "Den som lägger in dokumentet, aktören själv eller redaktionen, lägger in texten" in about
    assert "partiet själv" not in about

def test_the_open_data_page_says_a_promises_state_is_its_follow_ups_authors_of_every_kind():
    """The open-data page's terms said a promise's state was "uppföljningens författares egen
    bedömning, vare sig det är …, inte webbplatsens": a stiff double genitive, and "inte
    webbplatsens" stood a clause away from the judgement it denies. It says whose judgement it is
    and is not plainly, naming each kind of actor the registry has (`model.ACTOR_KINDS`)."""
    from generator import model, paths

    page = " ".join(render_site(build_site(FIXTURE))[paths.OPEN_DATA].split())
    sentence = ("Läget för ett vallöfte är inte webbplatsens bedömning utan den egna bedömningen hos den som har "
                "skrivit uppföljningen (ett parti, en förvaltning eller en annan aktör).")
    assert sentence in page
    assert all(kind.lower() in sentence for kind in model.ACTOR_KINDS.values())


def test_a_figure_keeps_its_unit_and_an_approximation_its_figure_on_the_page():
    """An indicator read "1250" / "kr/invånare (2027)" and "ca" / "25 %" at the ends of two
    lines on a phone, in a comparison's column and an item's table of values: the site writes
    a no-break space between "ca", the figure and its unit, as it does in "12,3 %"."""
    pages = render_site(build_site(FIXTURE))
    plan = pages["dokument/bergby-socialnamnden-vp-2024.md"]
    assert "<td>ca\u00a0120\u00a0personer (2022)</td> <td>60\u00a0personer (2027)</td>" in plan
    assert "Ingångsvärde ca\u00a0120\u00a0personer (2022), målvärde 60\u00a0personer (2027)." in plan  # the chart's text
    comparison = pages["bergby/hemloshet.md"]
    assert "ca\u00a0120\u00a0personer (2022) <span aria-hidden" in comparison and "60\u00a0personer (2027)" in comparison
    # The quote is the document's own text, as it wrote it.
    assert "Ingångsvärde: ca 120 personer (2022) Målvärde 2027: 60 personer (Kolada)" in plan


def test_a_quotes_line_link_keeps_its_dash_and_its_number_on_the_line_before():
    """Under a quote, "… Mål och uppdrag" / "– rad 41 i den arkiverade texten" began a line with
    its dash on a phone, and "– rad" / "63 i den arkiverade texten" parted the number from
    "rad": a no-break space before the dash and after "rad" (Svenska skrivregler: a dash does
    not begin a line, a number stays with its word)."""
    plan = render_site(build_site(FIXTURE))["dokument/bergby-socialnamnden-vp-2024.md"]
    assert ('Citat ur källan, Verksamhetsmål&nbsp;– <a href="../../kallor/bergby-socialnamnden-vp-2024/#L5">'
            "rad&nbsp;5 i den arkiverade texten</a>") in plan


def test_a_quote_over_several_source_lines_links_the_range_it_spans_from_its_first_line():
    """A quote over lines 8–10 of its source was linked as "rad 8", where it starts: a voter
    looking for the rest read past it. The link names the lines it spans, kept on one line, and
    still leads to the first, which the source page has; a quote of one line names that line alone."""
    from generator import paths
    site = build_site(FIXTURE)
    pages = render_site(site)
    plan = next(plan for plan in site.plans if plan.id == "bergby-socialnamnden-vp-2024")
    item = next(item for item in plan.items if item.id == "antal-hemlosa")
    assert (item.line, item.end_line) == (8, 10)
    spans = '<span class="vlv-nowrap">8–10</span>'
    assert (f'<a href="../../kallor/{plan.id}/#L8">rad&nbsp;{spans} i den arkiverade texten</a>'
            in pages[paths.plan_page(plan.id)])
    # A comparison's link is kept on one line by its style; its one span is the document's name.
    assert (f'<a href="../../kallor/{plan.id}/#L8">källa, rad 8–10<span> i {plan.link_name}</span></a>'
            in pages[paths.compare_page("bergby", "hemloshet")])
    assert 'id="L8"' in pages[paths.source_page(plan.id)]
    assert ('<a href="../../kallor/bergby-socialnamnden-vp-2024/#L5">rad&nbsp;5 i den arkiverade texten</a>'
            in pages[paths.plan_page(plan.id)])


def test_an_items_own_link_is_named_by_its_place_not_by_the_text_that_follows_it():
    """The "#" beside each card, a link to the card itself, was named "Länk till punkten: " and
    the start of the item's text, which the card shows right after it: a screen reader read the
    text twice. It is named by the item's place among the document's items, as the page shows
    them, short and different for each; the page and the link's anchor stay as they were."""
    from generator import paths
    site = build_site(FIXTURE)
    plan = max(site.plans, key=lambda plan: plan.item_count)
    page = render_site(site)[paths.plan_page(plan.id)]
    links = re.findall(r'<a class="vlv-anchor" href="#([^"]+)" aria-label="([^"]+)"[^>]*>#</a>', page)
    assert [anchor for anchor, _ in links] == [item.id for item in plan.items]
    assert [name for _, name in links] == [f"Länk till punkt {number} av {len(plan.items)}"
                                           for number in range(1, len(plan.items) + 1)]
    assert len(plan.items) > 2


def test_a_date_on_a_page_keeps_its_day_and_month_together():
    """"hämtad 22" / "november 2026" in a document's facts and "den 5" / "december 2026" on the
    about page: the day and its month are one, as in "5 %". The feeds and the data say the date
    with a plain space, as the day is written in text to be read aloud or parsed."""
    pages = render_site(build_site(FIXTURE))
    assert "hämtad 22\u00a0november 2026</dd>" in pages["dokument/bergby-a-plan-2024.md"]
    assert "<li>5\u00a0december 2026: " in pages["andringar/index.md"]


def test_an_approximate_year_keeps_its_ca_on_the_same_line():
    """A document dated by the editors read "ca" / "2020–2021" in a municipality's list of
    documents and its table on a phone."""
    site = build_site(FIXTURE)
    plan = next(plan for plan in site.plans if plan.data.year is not None)
    plan.data = plan.data.model_copy(update={"dating_inferred": True})
    assert plan.year_label == f"ca\u00a0{plan.data.year}"
    assert f"ca\u00a0{plan.data.year}" in render_site(site)[f"{plan.municipality.id}/dokument.md"]


def test_the_sites_own_sentences_keep_a_figure_with_its_unit():
    """The about page's example ("3 åtaganden, 2 bakgrundspunkter"), the changelog's limit
    ("Efter 150 ändringar") and the coverage pages' rules ("90 tecken", "80 procent") broke
    between the figure and its word on a phone."""
    pages = render_site(build_site(FIXTURE))
    assert "<em>3&nbsp;åtaganden, 2&nbsp;bakgrundspunkter</em>" in pages["om/index.md"]
    assert re.search(r"Efter högst \d+&nbsp;ändringar räknas", pages["andringar/index.md"])
    for coverage in ("redaktion/tackning.md", "bergby/tackning.md"):
        assert "kortare än 90&nbsp;tecken" in pages[coverage] and "minst 80&nbsp;procent" in pages[coverage]


def test_voters_are_told_who_archives_a_text_and_that_it_is_not_compared_with_the_original():
    """The about page said every document is archived "som oförändrad text", and each source page
    that its text is "ordagrant och oförändrad": the text is whatever the party or the editors
    committed with the document, and nothing compares it with the original (the gaming audit:
    an archive that says what the document does not passes every check). The pages say so, and
    when the text was taken."""
    from generator import paths

    pages = render_site(build_site(FIXTURE))
    about = " ".join(pages[paths.ABOUT].split())
    assert "oförändrad text på webbplatsen" not in about
    assert "Programmet jämför den inte med originalet" in about
    source = pages[paths.source_page("bergby-a-plan-2024")]
    assert "ordagrant och oförändrad" not in source
    assert "hämtad 22\u00a0november 2026. Den läggs in med dokumentet och ska vara dess oförändrade text; " \
           "webbplatsen jämför den inte med originalet." in source


def _in_english(project: Path) -> str:
    """The fixture's undated web page as an English one (`language: en`): its archived text,
    quote, heading and exclusion in English, its summary and item text in Swedish."""
    source = project / "sources" / "bergby-o-webb.txt"
    source.write_text("See all\n\nThe East list wants:\n\n  • Open a shelter for women.\n", encoding="utf-8")
    plan = project / "plans" / "bergby-o-webb.yaml"
    text = plan.read_text(encoding="utf-8").replace("\nkind:", "\nlanguage: en\nkind:", 1)
    for swedish, english in (("title: Östra listan vill", "title: The East list wants"),
                             ("heading: Östra listan vill", "heading: The East list wants"),
                             ("locator: Östra listan vill", "locator: The East list wants"),
                             ("quote: Öppna ett härbärge för kvinnor.", "quote: Open a shelter for women."),
                             ("quote: Se alla", "quote: See all")):
        assert swedish in text
        text = text.replace(swedish, english)
    plan.write_text(text, encoding="utf-8")
    return "bergby-o-webb"


def test_a_documents_archived_text_in_english_is_marked_english_and_said_to_be(project):
    """A screen reader read an English text on its source page with Swedish pronunciation
    (WCAG 3.1.2): the text carries the document's language, the page's own words (a line's
    number, its links to the items) stay Swedish, and the page says the text is in English."""
    from generator import paths
    plan = _in_english(project)
    page = render_site(build_site(project))[paths.source_page(plan)]
    assert '<div class="vlv-source" lang="en">' in page
    assert 'aria-label="Rad 1" lang="sv">1</a>See all' in page
    assert 'aria-label="Förslag: Öppna ett härbärge för kvinnor." lang="sv">→ Förslag</a>' in page
    assert "2026. Texten är på engelska. Den läggs in med dokumentet" in page
    assert '<li>”<span lang="en">See all</span>”&nbsp;– Navigeringstext från webbsidan.</li>' in page


def test_a_quote_of_a_document_in_english_is_marked_english_and_its_page_says_so(project):
    from generator import paths
    plan = _in_english(project)
    pages = render_site(build_site(project))
    page = pages[paths.plan_page(plan)]
    assert ('<blockquote class="vlv-quote" data-search-exclude><p lang="en">Open a shelter for women.</p>'
            '<p class="vlv-quote-source">Citat ur källan, <span lang="en">The East list wants</span>') in page
    assert '<p class="vlv-text">Öppna ett härbärge för kvinnor.</p>' in page  # the editors' Swedish
    assert "<dt>Språk</dt> <dd>Dokumentet är på engelska</dd>" in page
    assert "<dt>Språk</dt>" not in pages[paths.plan_page("bergby-a-plan-2024")]


def _declared(project: Path, plan: str, code: str) -> str:
    """The fixture's plan `plan` declared to be in the language `code`: the pages mark its words
    as the plan says, whatever they are."""
    path = project / "plans" / f"{plan}.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("\nkind:", f"\nlanguage: {code}\nkind:", 1), encoding="utf-8")
    return plan


def test_a_documents_own_section_heading_in_english_is_marked_english(project):
    from generator import paths
    plan = _in_english(project)
    page = render_site(build_site(project))[paths.plan_page(plan)]
    # The words alone, not the heading: its permalink is titled in Swedish, and a table of
    # contents shows the heading's words with their mark (test_headings.py).
    assert '## <span lang="en">The East list wants</span> {#avsnitt-1 style="--vlv-widest: 285"}' in page


def test_a_documents_own_title_in_english_is_marked_english_on_its_page(project):
    """`source.title` is the document's own title as it stands in the source; the site's
    `title` is the editors' name for it and is not marked."""
    from generator import paths
    plan = _in_english(project)
    page = render_site(build_site(project))[paths.plan_page(plan)]
    assert '<dt>Källa</dt> <dd><a href="https://bergby.example/ostra" rel="nofollow noopener" lang="en">The East list wants</a>&nbsp;– ' in page


def test_a_locator_marks_the_documents_words_in_english_and_leaves_its_position_swedish(project):
    from generator import paths
    plan = _in_english(project)
    path = project / "plans" / f"{plan}.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace(
        "locator: The East list wants", "locator: The East list wants, punkt 1"), encoding="utf-8")
    page = render_site(build_site(project))[paths.plan_page(plan)]
    assert 'Citat ur källan, <span lang="en">The East list wants</span>, punkt 1&nbsp;–' in page


def test_a_table_of_a_document_in_another_language_marks_its_caption_headings_and_locator(project):
    """A document in Finnish: its table's caption, column and row headings and its place in the
    document carry `fi`, and so does its unit, the document's word (`model.Table.unit`), after
    the caption and in the note, as an indicator's unit does (it was marked the site's
    Swedish); the site's own headings ("Rad", "Källa"), brackets and note do not."""
    from generator import paths
    plan = _declared(project, "bergby-socialnamnden-vp-2024", "fi")
    page = render_site(build_site(project))[paths.plan_page(plan)]
    assert '<caption><span lang="fi">Resultatbudget</span> (<span lang="fi">mnkr</span>)</caption>' in page
    assert ('<th scope="col">Rad</th> <th scope="col" lang="fi">Budget 2023</th> '
            '<th scope="col" lang="fi">Budget 2024</th> <th scope="col">Källa</th>') in page
    assert '<th scope="row" lang="fi">Summa INTÄKTER</th>' in page
    assert ('<p class="vlv-table-note"><span lang="fi">Resultatbudget</span>, <span lang="fi">mnkr</span>. Tal i '
            '<span lang="fi">mnkr</span> (miljoner kronor); plus- och minustecken') in page


def test_an_indicators_data_source_named_by_a_document_in_another_language_is_marked(project):
    """The data source is the one the quote names, in the document's words (`check_data_sources_quoted`)."""
    from generator import paths
    plan = _declared(project, "bergby-socialnamnden-vp-2024", "fi")
    page = render_site(build_site(project))[paths.plan_page(plan)]
    assert '<th scope="col">Datakälla</th></tr></thead><tbody><tr>' in page and '<td lang="fi">Kolada</td>' in page


def test_an_indicators_label_in_a_document_in_another_language_is_marked_as_its_unit_is(project):
    """What a value measures (`model.Measure.label`) is the document's words, as its unit is, but
    it was marked as the page's Swedish after a Finnish unit marked Finnish: on the indicator's
    table and beside the item on a comparison. A Swedish document's label carries no language."""
    from generator import paths
    plan = "bergby-socialnamnden-vp-2024"
    path = project / "plans" / f"{plan}.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace(
        "target: {value: 60, unit: personer, year: 2027}",
        "target: {value: 60, unit: personer, year: 2027, label: asunnottomat henkilöt}"), encoding="utf-8")

    def shown() -> list[str]:
        pages = render_site(build_site(project))
        return [pages[paths.plan_page(plan)], pages[paths.compare_page("bergby", "hemloshet")]]

    assert all("– asunnottomat henkilöt</" in page for page in shown())
    _declared(project, plan, "fi")
    for page in shown():
        assert '(2027)\u00a0– <span lang="fi">asunnottomat henkilöt</span></' in page, page

def test_a_comparisons_indicator_line_names_once_what_its_two_values_both_measure(project):
    """Eskilstuna's comparison showed "1731 kr/invånare (2022) – kostnad för vuxenvården … per
    invånare → 1250 kr/invånare (2027) – kostnad för vuxenvården … per invånare", and a screen
    reader read the label twice: where the baseline and the target measure the same thing it
    stands once, after the target. Labels that differ stay at each value; the indicator's table
    on the document's page keeps each value's label in its cell."""
    from generator import paths
    plan = "bergby-socialnamnden-vp-2024"
    path = project / "plans" / f"{plan}.yaml"
    written = path.read_text(encoding="utf-8")

    def shown(baseline_label: str) -> tuple[str, str]:
        path.write_text(written.replace(
            "baseline: {value: 120, unit: personer, year: 2022, approximate: true}",
            f"baseline: {{value: 120, unit: personer, year: 2022, approximate: true, label: {baseline_label}}}").replace(
            "target: {value: 60, unit: personer, year: 2027}",
            "target: {value: 60, unit: personer, year: 2027, label: hemlösa personer}"), encoding="utf-8")
        pages = render_site(build_site(project))
        compare = pages[paths.compare_page("bergby", "hemloshet")]
        line = compare[compare.index('<span class="vlv-indicator-line">'):]
        table = pages[paths.plan_page(plan)]
        table = table[table.index('<table class="vlv-indicator">'):]
        return line[:line.index(" <a href")], table[:table.index("</table>")]

    line, table = shown("hemlösa personer")
    assert line.count("hemlösa personer") == 1 and line.endswith("60\u00a0personer (2027)\u00a0– hemlösa personer</span>"), line
    assert table.count("hemlösa personer") == 2, table
    line, _ = shown("personer utan bostad")
    assert ("ca\u00a0120\u00a0personer (2022)\u00a0– personer utan bostad <span aria-hidden" in line
            and line.endswith("(2027)\u00a0– hemlösa personer</span>")), line



def test_a_table_of_a_document_in_another_language_is_marked_on_the_comparison(project):
    from generator import paths
    plan = _declared(project, "bergby-socialnamnden-vp-2024", "fi")
    page = render_site(build_site(project))[paths.compare_page("bergby", "ekonomi")]
    assert (f'<li><a href="../../dokument/{plan}/#resultatbudget"><span lang="fi">Resultatbudget</span> '
            '(<span lang="fi">mnkr</span>)</a>') in page


def test_a_locators_english_heading_with_a_swedish_position_word_in_it_is_marked_english(project):
    """A heading of the document's own is its words even where one of them is also a Swedish
    position word (`Risks`, `risk 5`): `Risks we see, punkt 1` was shown with the heading unmarked,
    read by a screen reader with a Swedish voice. Only a position word with its number, or
    alone, is the site's (`punkt 1`)."""
    from generator import paths
    plan = _in_english(project)
    for path in (project / "sources" / "bergby-o-webb.txt", project / "plans" / f"{plan}.yaml"):
        path.write_text(path.read_text(encoding="utf-8").replace("The East list wants", "Risks we see"), encoding="utf-8")
    path.write_text(path.read_text(encoding="utf-8").replace(
        "locator: Risks we see", "locator: Risks we see, punkt 1"), encoding="utf-8")
    page = render_site(build_site(project))[paths.plan_page(plan)]
    assert 'Citat ur källan, <span lang="en">Risks we see</span>, punkt 1&nbsp;–' in page


def test_a_municipality_whose_documents_have_no_tables_offers_no_table_file_to_download():
    """Falun's pages offered "budgettabellernas tal som CSV", a file of a header row alone: its
    documents have no tables. Dalby's have none either; Bergby's have. The file itself stays,
    for reusers who fetch every municipality's."""
    from generator import paths
    site = build_site(FIXTURE)
    pages = render_site(site)
    for municipality in site.municipalities:
        tables = paths.municipality_data(municipality.id, "tables.csv")
        assert tables in pages
        for path in (paths.municipality_page(municipality.id), paths.municipality_plans_page(municipality.id),
                     paths.plan_page(municipality.plans[0].id)):
            offered = "budgettabellernas tal som CSV" in pages[path]
            assert offered == (municipality.id == "bergby"), (municipality.id, path)
            assert ("/tables.csv" in pages[path]) == offered


def test_a_one_actor_municipalitys_matrix_explains_itself_of_that_actor():
    """Falun has one actor, with documents: its matrix said "Rutan leder till sidan som jämför
    alla aktörer i Falun" and that a dash may mean no document from the actor yet, and its table
    was named "Ämnen och aktörer i Falun". Dalby has one actor with a document; Bergby has
    several, one of them without documents. Where there are several, a cell leads to "aktörens
    kolumn på sidan som jämför alla aktörer i Bergby inom ämnet", vaguer than the page's title,
    `Hemlöshet i Bergby`, which the sentence now names as the national matrix does."""
    from generator import paths
    pages = render_site(build_site(FIXTURE))
    dalby = pages[paths.municipality_matrix_page("dalby")]
    assert ("<p>Varje ruta visar om aktörens dokument tar upp ett ämne och med vad:" in dalby
            and "Rutan leder till sidan om ämnet i Dalby." in dalby)
    assert 'description: "Vilka ämnen aktörens dokument i Dalby tar upp, och med vad."' in dalby
    assert "Ett streck betyder att aktörens dokument inte säger något om ämnet. Ämnena" in dalby
    assert "jämför alla aktörer" not in dalby and "något dokument från aktören ännu" not in dalby
    assert "<caption>Ämnen och aktören i Dalby</caption>" in dalby
    bergby = pages[paths.municipality_matrix_page("bergby")]
    assert "<caption>Ämnen och aktörer i Bergby</caption>" in bergby
    assert "Rutan leder till aktörens kolumn på sidan om ämnet i Bergby." in bergby
    assert ("inte säger något om ämnet, eller att det inte finns något dokument från aktören ännu." in bergby
            and "Varje ruta visar om en aktörs dokument" in bergby)


def test_the_national_matrix_says_where_a_cell_leads_in_words_true_of_a_one_actor_municipality():
    """The page of every municipality's matrix said each cell "leder till sidan som jämför alla
    aktörer i kommunen inom ämnet", also of Falun's, whose one actor has nothing to be compared
    with (Dalby here). A cell leads to its actor's column on the comparison, which a one-actor
    municipality's has too."""
    from generator import paths
    site = build_site(FIXTURE)
    assert [m.actor_count for m in site.municipalities if m.id == "dalby"] == [1]
    page = render_site(site)[paths.MATRIX]
    assert "Rutan leder till aktörens kolumn på kommunens sida om ämnet." in page
    assert "jämför alla aktörer" not in page


def test_a_one_actor_municipalitys_matrix_is_titled_for_that_actor_and_so_is_the_link_to_it():
    """Falun has one actor: its matrix was titled "Jämför ämnen och aktörer i Falun", with
    nothing to compare between actors, and its page's link to it said "vad varje aktör i Falun
    skriver". Dalby has one actor; Bergby several, whose matrix compares them."""
    from generator import paths
    pages = render_site(build_site(FIXTURE))
    dalby = pages[paths.municipality_matrix_page("dalby")]
    assert 'title: "Ämnen och aktören i Dalby"' in dalby and "\n# Ämnen och aktören i Dalby\n" in dalby
    assert "Jämför" not in dalby
    assert ">Översikt i en tabell: vad aktören i Dalby skriver om varje ämne</a>" in pages[paths.municipality_page("dalby")]
    bergby = pages[paths.municipality_matrix_page("bergby")]
    assert 'title: "Jämför ämnen och aktörer i Bergby"' in bergby and "\n# Jämför ämnen och aktörer i Bergby\n" in bergby
    assert (">Översikt i en tabell: vad varje aktör i Bergby skriver om varje ämne</a>"
            in pages[paths.municipality_page("bergby")])


def test_an_administration_is_named_as_the_tab_and_the_actors_page_name_it():
    """The tab "Partier och förvaltningar" led to actor pages, column heads and the open data
    calling the same actors "Nämnd och förvaltning": one kind, named two ways."""
    import yaml

    pages = render_site(build_site(FIXTURE))
    tab = next(title for entry in yaml.safe_load((REPO / "mkdocs.yml").read_text(encoding="utf-8").replace("!!python", "#"))["nav"]
               for title, page in entry.items() if page == "partier/index.md")
    assert tab == "Partier och förvaltningar"
    assert "<p>Partierna och förvaltningen som webbplatsen tar upp." in pages["partier/index.md"]
    assert "<dt>Typ</dt> <dd>Förvaltning</dd>" in pages["partier/bergby-socialnamnden.md"]
    assert '<p class="vlv-column-kind" data-search-exclude>Förvaltning</p>' in pages["bergby/hemloshet.md"]
    assert "Slags aktör: party (parti), administration (förvaltning), other (annan aktör)." in pages["oppna-data/falt.md"]
    assert not [page for page, text in pages.items() if "Nämnd och förvaltning" in text or "nämnder och förvaltningar" in text]
