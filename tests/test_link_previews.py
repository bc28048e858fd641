"""How a page presents itself where a voter meets it before opening it: a shared link's preview
in a chat app or on a social site (Open Graph), built the same by both engines."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path

import pytest

from conftest import FIXTURE, make_site_project, once_per_run
from generator import swedish

SITE_NAME = "Vem lovar vad?"
SHOWN = 160  # characters of a page's description a search engine shows, at most


class _Head(HTMLParser):
    """A page's title, meta description, canonical address and Open Graph properties."""

    def __init__(self):
        super().__init__()
        self.facts: dict[str, str] = {}
        self._in_title = False

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "title" and "title" not in self.facts:  # the page's, not a chart's (<svg><title>)
            self._in_title = True
        elif tag == "meta" and attrs.get("name") == "description":
            self.facts["description"] = attrs["content"]
        elif tag == "meta" and (attrs.get("property") or "").startswith("og:"):
            self.facts[attrs["property"]] = attrs["content"]
        elif tag == "link" and attrs.get("rel") == "canonical":
            self.facts["canonical"] = attrs["href"]

    def handle_endtag(self, tag):
        self._in_title = self._in_title and tag != "title"

    def handle_data(self, data):
        if self._in_title:
            self.facts["title"] = data


def head_facts(page) -> dict[str, str]:
    parser = _Head()
    parser.feed(page.read_text(encoding="utf-8"))
    return parser.facts


@pytest.mark.parametrize("engine", ["mkdocs", "zensical"])
def test_a_shared_link_previews_the_pages_own_title_description_and_address(engine, repo_site, zensical_site):
    """A link to a topic or a document pasted into a chat showed the bare address, or whatever
    the app made of the page: no page named its preview's title, text and address. Every page
    a search engine is given (it names its canonical address) names them: its own title, without
    the site's name (that is og:site_name), the text of its meta description and its address."""
    site = {"mkdocs": repo_site[0], "zensical": zensical_site}[engine]
    pages = sorted(site.rglob("*.html"))
    wrong = []
    for page in pages:
        facts = head_facts(page)
        if "canonical" not in facts:
            continue
        title = facts["title"].strip()
        expected = {
            "og:type": "website",
            "og:site_name": SITE_NAME,
            "og:locale": "sv_SE",
            "og:title": SITE_NAME if title == SITE_NAME else title.removesuffix(" - " + SITE_NAME),
            "og:description": facts["description"],
            "og:url": facts["canonical"],
        }
        shown = {key: facts.get(key) for key in expected}
        if shown != expected:
            wrong.append(f"{page.relative_to(site)}: {shown} != {expected}")
    previewed = [page for page in pages if "og:url" in head_facts(page)]
    assert len(previewed) > 40
    assert not wrong, "\n".join(wrong[:5])


@pytest.mark.parametrize("engine", ["mkdocs", "zensical"])
def test_the_home_page_is_named_by_the_sites_name_alone(engine, repo_site, zensical_site):
    """A web search for the site listed its home page as "Start - Vem lovar vad?", and a link
    to it previewed as "Start": the name of its tab, which says nothing out of the site. Its
    title and its preview's are the site's name; its tab is still "Start"."""
    site = {"mkdocs": repo_site[0], "zensical": zensical_site}[engine]
    facts = head_facts(site / "index.html")
    assert (facts["title"].strip(), facts["og:title"]) == (SITE_NAME, SITE_NAME)
    assert re.search(r'<a href="[^"]*" class="md-tabs__link[^"]*">\s*Start\s*</a>', (site / "index.html").read_text(encoding="utf-8"))


@pytest.mark.parametrize("engine", ["mkdocs", "zensical"])
def test_the_home_page_is_described_by_its_lead_naming_the_sites_actors(engine, repo_site, zensical_site):
    """A search engine's hit and a shared link's preview of the home page said mkdocs.yml's fixed
    `site_description`, "Jämför vad partierna och förvaltningen lovar …", whatever actors the
    plans hold, where the page's lead names them from the model (`link.Site.who`). Its
    description is its lead up to the colon (the whole, cut to what a search engine shows,
    ended "mot källan: den…"): two sentences, whole."""
    site = {"mkdocs": repo_site[0], "zensical": zensical_site}[engine]
    page = site / "index.html"
    lead = re.search(r'<p class="vlv-lead">(.*?)</p>', page.read_text(encoding="utf-8"), re.S).group(1)
    facts = head_facts(page)
    assert f"vad {repo_site[1].who} åtar sig" in lead
    assert facts["description"] == facts["og:description"] == lead.split(": ")[0] + "."
    assert len(facts["description"]) <= swedish.DESCRIPTION_LENGTH


def _engine_build(project: Path, engine: str) -> subprocess.CompletedProcess:
    """`make build` or `make build-zensical` (`generator.engines`) in `project`, into its site/."""
    return subprocess.run([sys.executable, "-m", "generator.engines", engine], cwd=project, capture_output=True,
                          text=True, env={**os.environ, "NO_MKDOCS_2_WARNING": "1"})


@pytest.mark.parametrize("engine", ["mkdocs", "zensical"])
def test_a_hand_written_front_matter_the_head_would_show_as_html_is_refused_with_the_line_to_write(tmp_path, engine):
    """Both engines print a page's front matter title and description into <title> and
    content="…" as they stand: a maintainer's `"` ended the attribute there, `<b>` began a tag,
    and the preview showed neither as typed. The build refuses them, located, and the lines its
    hints give show the text as typed in the tab's title, the meta description and the preview."""
    project = make_site_project(tmp_path / "project", FIXTURE)
    title, description = 'Prov "citat" <b>', "Så 'lämnar' ni in & <uppdaterar>"
    page = project / "docs" / "prov.md"
    page.write_text(f"---\ntitle: '{title}'\ndescription: \"{description}\"\n---\n\n# Prov\n\nEn sida.\n",
                    encoding="utf-8")
    refused = _engine_build(project, engine)
    assert refused.returncode != 0 and "Traceback" not in refused.stderr
    hints = re.findall(r"^(?:ERROR +- +)?docs/prov\.md:(\d+):(\d+): (\w+): texten står som HTML i sidans huvud "
                       r"\(<title> och meta-taggarna\), så som den skrivs här, och ett tecken som \" eller < kunde "
                       r"avsluta ett attribut eller läsas som en tagg\. Tips: Skriv tecknen som teckenreferenser: "
                       r"(\w+: \".*\")$", refused.stderr, re.MULTILINE)
    assert [hint[:3] for hint in hints] == [("2", "8", "title"), ("3", "14", "description")], refused.stderr
    assert not (project / "site").exists()
    page.write_text("---\n" + "".join(f"{hint[3]}\n" for hint in hints) + "---\n\n# Prov\n\nEn sida.\n",
                    encoding="utf-8")
    built = _engine_build(project, engine)
    assert built.returncode == 0, built.stderr
    facts = head_facts(project / "site" / "prov" / "index.html")
    assert (facts["title"].strip(), facts["og:title"]) == (f"{title} - {SITE_NAME}", title)
    assert (facts["description"], facts["og:description"]) == (description, description)


# Hand-written pages whose titles must reach the page's head as written, each asserted by a test
# of its own below: one project holds them all, built once in the run by each engine.
HAND_WRITTEN_TITLES = {
    # A heading with quotes, `<` and `&` (no front matter: the page is titled by its heading).
    "citat.md": '# Så skriver ni "citat", 1 < 2 & mer\n\nEn sida.\n',
    # A heading about `</title>` (the page has no front matter: its title is its heading).
    "rubrik.md": "# Om &lt;/title&gt; och A &amp;amp; B\n\nEn sida.\n",
    # Front matter that is safe in <title> and content="…" as written.
    "prov.md": "---\ntitle: \"Frågor &amp; svar om 'öppna data' i data_v1\"\n"
               "description: Filerna under *data* beskrivs på https://example.org/data.\n---\n\n# Prov\n\nEn sida.\n",
}


@pytest.fixture(scope="module", params=["mkdocs", "zensical"])
def hand_written_site(request, tmp_path_factory) -> Path:
    """The fixture project with the pages of HAND_WRITTEN_TITLES, built by `make build` or
    `make build-zensical` (the parameter) once in the run: its site folder (read only)."""
    def build(folder: Path) -> None:
        project = make_site_project(folder / "project", FIXTURE)
        for name, text in HAND_WRITTEN_TITLES.items():
            (project / "docs" / name).write_text(text, encoding="utf-8")
        built = _engine_build(project, request.param)
        assert built.returncode == 0, built.stderr

    return once_per_run(tmp_path_factory, f"hand-written-titles-{request.param}", build) / "project" / "site"


def test_a_hand_written_page_titled_by_its_heading_previews_its_quotes_and_signs_as_written(hand_written_site):
    """A hand-written page with no title in its front matter is titled by its first heading. Its
    preview's title was the heading's text unescaped in the attribute: a `"` ended `og:title`
    there, and `<` and `&` stood in it bare."""
    facts = head_facts(hand_written_site / "citat" / "index.html")
    assert facts["og:title"] == 'Så skriver ni "citat", 1 < 2 & mer'


def test_a_hand_written_page_titled_by_a_heading_that_names_a_tag_keeps_its_whole_title(hand_written_site):
    """A title taken from the page's first heading reached <title> unescaped by `striptags`: a
    heading about `</title>` (written `&lt;/title&gt;`) ended the tab's title there, in both engines."""
    facts = head_facts(hand_written_site / "rubrik" / "index.html")
    assert (facts["title"].strip(), facts["og:title"]) == (f"Om </title> och A &amp; B - {SITE_NAME}", "Om </title> och A &amp; B")


def test_a_hand_written_front_matter_safe_as_html_is_built_as_written(hand_written_site):
    """Only what could end an attribute or begin a tag is refused: an apostrophe, a `_`, a `*`,
    a web address or `&amp;` are safe in <title> and content="…" as written, and were refused
    because `escape.html_text` writes them as character references for Markdown's sake."""
    facts = head_facts(hand_written_site / "prov" / "index.html")
    assert facts["og:title"] == "Frågor & svar om 'öppna data' i data_v1"
    assert facts["description"] == "Filerna under *data* beskrivs på https://example.org/data."


def test_a_documents_summary_is_cut_at_a_word_to_what_a_search_engine_shows(repo_site):
    """A document page's description is its summary, 460–560 characters on the real plans, and
    two source pages name their document's long title: a search engine shows about 155 and cut
    the rest wherever it chose. Each is now its text's beginning: whole sentences, or whole
    words and "…"."""
    site, model_site = repo_site
    summaries = {plan.id: " ".join(plan.data.summary.split()) for plan in model_site.plans}
    long = [plan_id for plan_id, summary in summaries.items() if len(summary) > SHOWN]
    described = {str(page.relative_to(site)): head_facts(page).get("description", "") for page in sorted(site.rglob("index.html"))}
    too_long = {page: len(text) for page, text in described.items() if len(text) > SHOWN}
    assert long and not too_long, too_long
    for plan_id in long:
        shown = head_facts(site / "dokument" / plan_id / "index.html")["description"]
        kept = shown.removesuffix("…")
        assert summaries[plan_id].startswith(kept), shown
        assert summaries[plan_id][len(kept)] in " ,.;:", (plan_id, shown)  # the cut falls between words
        assert shown.endswith("…") != kept.endswith("."), (plan_id, shown)  # a sentence's end or "…"


def test_a_description_cut_near_a_sentences_end_ends_with_the_sentence(repo_site):
    """Three of the five real summaries have a sentence's end in the last third of what a search
    engine shows: "…för socialnämnden 2024, byggd på partiets årsplan.", then 40 characters
    of the next sentence and "…". The description now ends with the whole sentence; none reads
    ".…", and no description of the built site is cut after a full stop."""
    site, model_site = repo_site
    described = {str(page.relative_to(site)): head_facts(page).get("description", "") for page in sorted(site.rglob("index.html"))}
    assert not [text for text in described.values() if text.endswith(".…")]
    summaries = {plan.id: " ".join(plan.data.summary.split()) for plan in model_site.plans}
    whole_sentences = {}
    limit = swedish.DESCRIPTION_LENGTH
    for plan_id, summary in summaries.items():
        shown = described[f"dokument/{plan_id}/index.html"]
        if len(summary) > limit and summary.rfind(". ", 0, limit) >= limit * 2 // 3:
            whole_sentences[plan_id] = shown
            assert shown == summary[:summary.rfind(". ", 0, limit) + 1], shown
    assert len(whole_sentences) >= 2, whole_sentences


@pytest.mark.parametrize("text, limit, shown", [
    # A number stays whole with its digit groups and unit: the cut goes before it, not after "12".
    ("Nämnden ska minska kostnaderna med 12 500 kr per år fram till 2027.", 40, "Nämnden ska minska kostnaderna med…"),
    ("Andelen ska öka till 25 % under mandatperioden.", 25, "Andelen ska öka till…"),
    ("Andelen ska öka till 25 % under mandatperioden.", 30, "Andelen ska öka till 25 %…"),
    # So does a name of capitalised words.
    ("Planen lades fram av Vänsterpartiet Eskilstuna under året.", 40, "Planen lades fram av…"),
    # A comma left at the cut goes with the rest.
    ("Partiet vill stärka hemtjänsten, förskolan och skolan i hela kommunen.", 40, "Partiet vill stärka hemtjänsten…"),
    # An amount's magnitude belongs to it as its digits do: "620,9 miljoner" alone is another sum.
    ("Nämnden har en budgetram på 620,9 miljoner kronor för året.", 45, "Nämnden har en budgetram på…"),
    ("Stödet ökar med 2 miljarder kr under perioden.", 30, "Stödet ökar med…"),
    # An abbreviation written with spaces is one, as "t.ex." is: never "t.…".
    ("Nämnden ska samverka med andra, t. ex. polisen och skolan.", 35, "Nämnden ska samverka med andra…"),
])
def test_a_description_is_never_cut_inside_a_number_or_a_name(text, limit, shown):
    assert swedish.description(text, limit) == shown


@pytest.mark.parametrize("text, limit, shown", [
    # A sentence's end is the natural place to stop: no "…" after its full stop.
    ("Planen beslutades i nämnden. Den gäller för hela mandatperioden.", 30, "Planen beslutades i nämnden."),
    # Near the limit, it is taken before a few more words with "…".
    ("Planen beslutades i nämnden. Den gäller för hela mandatperioden.", 40, "Planen beslutades i nämnden."),
    # A sentence that ends with a name ends there: the name does not go on into the next one.
    ("Planen beslutades i socialnämnden i Eskilstuna. Den gäller hela mandatperioden.", 60,
     "Planen beslutades i socialnämnden i Eskilstuna."),
    # Far from the limit, the cut goes on into the next sentence.
    ("Vi lovade detta 2022. Nu följer vi upp vad som blev gjort under mandatperioden.", 40,
     "Vi lovade detta 2022. Nu följer vi upp…"),
    # A year is whole by itself: a cut may fall after it, and after a sentence that ends with it.
    ("Stödet infördes 2019. Nämnden följer upp det varje år med en rapport.", 24, "Stödet infördes 2019."),
    ("Planen gäller 2024 för hela nämnden och följs upp.", 20, "Planen gäller 2024…"),
    ("Planen gäller 2023–2026, och följs upp av nämnden varje år.", 26, "Planen gäller 2023–2026…"),
    # A count keeps its noun: "30…" says nothing.
    ("Kommunen ska erbjuda 30 platser på boendet under året.", 25, "Kommunen ska erbjuda…"),
    # A date written out stays whole, with or without its day.
    ("Beslutet fattades den 1 mars 2024 av kommunfullmäktige i Eskilstuna efter lång debatt.", 30,
     "Beslutet fattades den…"),
    ("Beslutet fattades i mars 2024 av kommunfullmäktige.", 28, "Beslutet fattades i…"),
    # An abbreviation's full stop ends no sentence, and what it leads goes with it.
    ("Nämnden ska samverka med andra, t.ex. polisen och skolan i hela kommunen.", 38, "Nämnden ska samverka med andra…"),
    ("Nämnden ska samverka med andra, t. ex. polisen och skolan.", 40, "Nämnden ska samverka med andra…"),
    ("Kostnaden blir ca. 30 miljoner kronor enligt förvaltningen i år.", 20, "Kostnaden blir…"),
    ("Mötet börjar kl. 14.30 i stadshuset och slutar sent.", 20, "Mötet börjar…"),
])
def test_a_description_reads_naturally_where_it_is_cut(text, limit, shown):
    assert swedish.description(text, limit) == shown


@pytest.mark.parametrize("text, limit, shown", [
    # A list's number ends no sentence: the description never ends with "… unga. 2." or "året: 1.".
    ("Nämnden har tre mål för året: 1. Minska hemlösheten bland unga. 2. Öka antalet platser i boendet.", 70,
     "Nämnden har tre mål för året: 1. Minska hemlösheten bland unga."),
    ("1. Minska hemlösheten bland unga vuxna. 2. Öka antalet platser i boendet.", 45,
     "1. Minska hemlösheten bland unga vuxna."),
    ("Nämnden har tre mål för året: 1. Minska hemlösheten bland unga vuxna i hela kommunen.", 35,
     "Nämnden har tre mål för året…"),
    # A month written short goes on into its year: never "den 12 dec." without 2023.
    ("Beslutet fattades den 12 dec. 2023 av nämnden i Eskilstuna.", 32, "Beslutet fattades den…"),
    ("Beslutet fattades i sept. 2023 av nämnden i Eskilstuna.", 30, "Beslutet fattades i…"),
    # "jul" before a new sentence is the word, and its full stop ends the sentence.
    ("Vi firar jul. Nämnden har öppet hela året för alla som vill.", 20, "Vi firar jul."),
])
def test_a_description_ends_no_sentence_at_a_lists_number_or_a_short_month(text, limit, shown):
    """A summary that lists goals ("1. Minska …") or dates a decision "12 dec. 2023": the full
    stop after the number or the month ends no sentence, so the description is not cut there."""
    assert swedish.description(text, limit) == shown
