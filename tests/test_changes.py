"""What a pull request changes for voters, between two revisions of a git repository."""

from __future__ import annotations

from conftest import (BUDGET_ONLY_PLAN, BUDGET_ONLY_SOURCE, NEW_ITEM, PLAN, PLATFORM, PLATFORM_PLAN,  # noqa: F401
                      PLATFORM_SOURCE, SOURCE, TERMS_REDATED, commit, git)
from generator.link import swedish_key
from generator.escape import html_text

import re
import sys

import pytest
import yaml

EXCLUDED = """excluded:
  - quote: Kolloverksamheten ska byggas ut så att fler barn får åka på kollo.
    reason: Står redan i budgeten.
"""


def read(root, name: str) -> str:
    return (root / name).read_text(encoding="utf-8")


@pytest.fixture
def changed(repo, cli):
    """Base → head: item `kollo` removed (and its list item excluded), `nytt-harbarge` added,
    `inga-vrakningar` reworded and tagged with one more topic."""
    plan = read(repo, PLAN)
    kollo = plan[plan.index("      - id: kollo"):plan.index("      - id: inga-vrakningar")]
    plan = plan.replace(kollo, "").replace("text: Ingen barnfamilj ska vräkas.", "text: Inga barnfamiljer vräks.")
    plan = plan.replace("topics: [hemloshet]", "topics: [hemloshet, familjecentral]") + NEW_ITEM + EXCLUDED
    commit(repo, {PLAN: plan, SOURCE: read(repo, SOURCE) + "- Ett nytt härbärge öppnas.\n"})
    result = cli("--root", str(repo), "changes", "--base", "HEAD~1")
    assert result.code == 0, result.out + result.err
    return result.out


def section(markdown: str, heading: str) -> list[str]:
    """The lines under one heading, up to the next heading of the same or a higher level."""
    lines = markdown.splitlines()
    start = lines.index(heading)
    level = heading.split(" ")[0]
    end = next((i for i in range(start + 1, len(lines))
                if lines[i].startswith("#") and len(lines[i].split(" ")[0]) <= len(level)), len(lines))
    return [line for line in lines[start + 1:end] if line]


def test_summary_counts_what_changed(changed):
    assert changed.startswith("## Vad ändringen betyder för väljarna\n")
    assert "1\u00a0punkt tillagd, 1\u00a0borttagen och 1\u00a0ändrad i 1 dokument från 1\u00a0aktör." in changed


def test_added_item_is_listed_under_its_actor_and_topic(changed):
    actor = section(changed, "#### Arbetarpartiet Bergby (`bergby-a`)")
    assert "- **Ny punkt** – Förslag `nytt-harbarge`: Ett nytt härbärge öppnas. *(Hemlöshet och bostad)*" in actor
    # Its quote beside it: the reviewer compares the line with the document's words without the diff.
    assert actor[actor.index("- **Ny punkt** – Förslag `nytt-harbarge`: Ett nytt härbärge öppnas. *(Hemlöshet och "
                             "bostad)*") + 1] == "  - citat: »Ett nytt härbärge öppnas.»"
    assert ("- **Ny på sidan** – Arbetarpartiet Bergby: Förslag `nytt-harbarge`: Ett nytt härbärge öppnas. "
            "*(Hemlöshet och bostad)*") in section(changed, "#### Hemlöshet och bostad")


def test_removed_item_is_listed_under_its_actor_and_topic(changed):
    actor = section(changed, "#### Arbetarpartiet Bergby (`bergby-a`)")
    assert ("- **Borttagen punkt** – Uppdrag `kollo`: Kolloverksamheten byggs ut så att fler barn får åka på "
            "kollo. *(Sommarkollo)*") in actor
    assert section(changed, "#### Sommarkollo") == [
        "- **Försvinner från sidan** – Arbetarpartiet Bergby: Uppdrag `kollo`: Kolloverksamheten byggs ut så att "
        "fler barn får åka på kollo. *(Sommarkollo)*"]


def test_changed_item_shows_each_field_before_and_after(changed):
    actor = section(changed, "#### Arbetarpartiet Bergby (`bergby-a`)")
    start = actor.index("- **Ändrad punkt** – Mål `inga-vrakningar`: Inga barnfamiljer vräks. "
                        "*(Familjecentraler, Hemlöshet och bostad)*")
    assert actor[start + 1:start + 3] == [
        "  - ämnen: &#43; Familjecentraler",
        "  - text: »Ingen barnfamilj ska vräkas.» → »Inga barnfamiljer vräks.»",
    ]
    assert "- **Ny på sidan** – Arbetarpartiet Bergby: Mål `inga-vrakningar`: Inga barnfamiljer vräks. " \
           "*(Familjecentraler, Hemlöshet och bostad)*" in section(changed, "#### Familjecentraler")
    assert any(line.startswith("- **Ändrad** – Arbetarpartiet Bergby: Mål `inga-vrakningar`")
               for line in section(changed, "#### Hemlöshet och bostad"))


def test_an_item_with_a_new_id_is_one_changed_item_not_one_removed_and_one_added(repo, cli):
    """Same quote, same passage: a corrected id must not read as a dropped promise."""
    commit(repo, {PLAN: read(repo, PLAN).replace("- id: inga-vrakningar", "- id: inga-vrakningar-2024")})
    result = cli("--root", str(repo), "changes", "--base", "HEAD~1")
    assert "0\u00a0punkter tillagda, 0\u00a0borttagna och 1\u00a0ändrad i 1 dokument från 1\u00a0aktör." in result.out
    actor = section(result.out, "#### Arbetarpartiet Bergby (`bergby-a`)")
    start = actor.index("- **Ändrad punkt** – Mål `inga-vrakningar-2024`: Ingen barnfamilj ska vräkas. "
                        "*(Hemlöshet och bostad)*")
    assert actor[start + 1:] == ["  - id (punktens ankare i adressen): inga-vrakningar → inga-vrakningar-2024"]
    assert section(result.out, "#### Hemlöshet och bostad") == [
        "- **Ändrad** – Arbetarpartiet Bergby: Mål `inga-vrakningar-2024`: Ingen barnfamilj ska vräkas. "
        "*(Hemlöshet och bostad)*"]


def test_an_item_removed_that_leaves_its_paragraph_unquoted_lowers_the_coverage_in_the_summary(repo, cli):
    """The maintainers' audit: removing an item took its source's coverage from 100 % to 98 %
    without a word in the summary, and the paragraph it quoted was left unaccounted for."""
    paragraph = "Vi vill också att fler fritidsgårdar håller öppet på kvällar och helger i hela kommunen."
    item = NEW_ITEM.replace("nytt-harbarge", "fritidsgardar").replace("Ett nytt härbärge öppnas.", paragraph)
    commit(repo, {PLAN: read(repo, PLAN) + item, SOURCE: read(repo, SOURCE) + "\n" + paragraph + "\n"})
    commit(repo, {PLAN: read(repo, PLAN).replace(item, "")})
    result = cli("--root", str(repo), "changes", "--base", "HEAD~1")
    assert result.code == 0, result.out + result.err
    actor = section(result.out, "#### Arbetarpartiet Bergby (`bergby-a`)")
    [line] = [line for line in actor if line.startswith("- täckning av källtexten: ")]
    before, after = line.removeprefix("- täckning av källtexten: ").split(" → ")
    assert before == "3 av 3 listpunkter och 1 av 1 stycke är citerade eller medvetet uteslutna; 100,0 % av texten"
    assert after.startswith("3 av 3 listpunkter och 0 av 1 stycke är citerade eller medvetet uteslutna; ")
    share = float(after.split("; ")[1].removesuffix(" % av texten (det som inte är citerat står under *Täckning* på "
                                                     "källtextens sida)").replace(",", "."))
    assert 0 < share < 100


def test_a_paragraph_added_to_a_source_and_quoted_by_nothing_is_named_in_the_summary(repo, cli):
    """The review: a change to the archived text alone, the easiest way to leave a paragraph
    unaccounted for, gave "Ändringen påverkar inget …" and no coverage line."""
    commit(repo, {SOURCE: read(repo, SOURCE) + "\nVi vill också att fler fritidsgårdar håller öppet på kvällarna.\n"})
    result = cli("--root", str(repo), "changes", "--base", "HEAD~1")
    assert result.code == 0, result.out + result.err
    actor = section(result.out, "#### Arbetarpartiet Bergby (`bergby-a`)")
    [line] = [line for line in actor if line.startswith("- täckning av källtexten: ")]
    assert line.startswith("- täckning av källtexten: 3 av 3 listpunkter och 0 av 0 stycken är citerade eller "
                           "medvetet uteslutna; 100,0 % av texten → 3 av 3 listpunkter och 0 av 1 stycke ")


def test_a_renamed_document_is_one_changed_document_not_one_removed_and_one_added(repo, cli):
    """Same actor, same archived source: a new file name must not read as a document dropped."""
    renamed = "plans/bergby-a-plan-2024-forslag.yaml"
    text = read(repo, PLAN).replace("id: bergby-a-plan-2024", "id: bergby-a-plan-2024-forslag", 1)
    (repo / PLAN).unlink()
    commit(repo, {renamed: text})
    result = cli("--root", str(repo), "changes", "--base", "HEAD~1")
    assert "0\u00a0punkter tillagda, 0\u00a0borttagna och 0\u00a0ändrade i 1 dokument från 1\u00a0aktör." in result.out
    # Its archived text is the same: the change is the site's rendering of it, said as the
    # changelog says it (the maintainers' audit: "Ändrat dokument" meant either here).
    assert section(result.out, "#### Arbetarpartiet Bergby (`bergby-a`)") == [
        f"**Ändrad återgivning: Förslag till verksamhetsplan 2024** – `{renamed}`",
        "- Dokumentets arkiverade text är densamma; ändringen gäller webbplatsens rader eller uppgifter om dokumentet.",
        "- id (dokumentets adress): bergby-a-plan-2024 → bergby-a-plan-2024-forslag"]
    assert "### Per ämne" not in result.out


def test_a_document_renamed_with_its_source_is_one_changed_document_not_one_removed_and_one_added(repo, cli):
    """A source file is named like its plan, so `git mv` of both is the usual rename: its new
    archive path told the feeds that the document and its every item were dropped and another
    one added."""
    renamed, source = "plans/bergby-a-plan-2024-forslag.yaml", "sources/bergby-a-plan-2024-forslag.txt"
    git(repo, "mv", PLAN, renamed)
    git(repo, "mv", SOURCE, source)
    text = read(repo, renamed).replace("id: bergby-a-plan-2024", "id: bergby-a-plan-2024-forslag", 1)
    commit(repo, {renamed: text.replace(f"archive: {SOURCE}", f"archive: {source}")})
    result = cli("--root", str(repo), "changes", "--base", "HEAD~1")
    assert "0\u00a0punkter tillagda, 0\u00a0borttagna och 0\u00a0ändrade i 1 dokument från 1\u00a0aktör." in result.out
    lines = section(result.out, "#### Arbetarpartiet Bergby (`bergby-a`)")
    assert lines[0] == f"**Ändrad återgivning: Förslag till verksamhetsplan 2024** – `{renamed}`"
    assert "- id (dokumentets adress): bergby-a-plan-2024 → bergby-a-plan-2024-forslag" in lines
    assert "Borttaget dokument" not in result.out and "Nytt dokument" not in result.out


def test_an_archived_text_changed_where_no_item_quotes_it_is_listed(repo, cli):
    """The review of the summary's wording: a source's line changed that no item quotes, its
    coverage the same, and the summary said nothing changed, while the source's page shows it."""
    source = "sources/bergby-a-plan-2024.txt"
    text = read(repo, source)
    assert "familjecentral öppnas i Norra" in text  # two spaces: the quote still stands in it
    commit(repo, {source: text.replace("familjecentral öppnas i Norra", "familjecentral öppnas i  Norra", 1)})
    result = cli("--root", str(repo), "changes", "--base", "HEAD~1")
    assert "Ändringen påverkar inget" not in result.out
    assert section(result.out, "#### Arbetarpartiet Bergby (`bergby-a`)")[:2] == [
        f"**Ändrat dokument: Förslag till verksamhetsplan 2024** – `{PLAN}`",
        f"- Dokumentets arkiverade text har ändrats. Källtexten: `{source}`."]


def test_document_level_changes_are_listed(changed):
    actor = section(changed, "#### Arbetarpartiet Bergby (`bergby-a`)")
    assert actor[0] == "**Ändrat dokument: Förslag till verksamhetsplan 2024** – `plans/bergby-a-plan-2024.yaml`"
    assert ("- medvetet uteslutet (excluded): tillagt »Kolloverksamheten ska byggas ut så att fler barn får åka "
            "på kollo.»") in actor


def test_a_changed_table_is_named_by_its_caption_with_swedish_field_names(repo, cli):
    name = "plans/bergby-socialnamnden-vp-2024.yaml"
    source = "sources/bergby-socialnamnden-vp-2024.txt"  # whose table header names the columns
    commit(repo, {name: read(repo, name).replace("unit: mnkr", "unit: tkr").replace(
        "columns: [Budget 2023, Budget 2024]", "columns: [Budget 2023, Plan 2024]"),
        source: read(repo, source).replace("\tBudget 2023\tBudget 2024", "\tBudget 2023\tPlan 2024")
                                  .replace("Resultatbudget, mnkr", "Resultatbudget, tkr")})
    result = cli("--root", str(repo), "changes", "--base", "HEAD~1")
    # The archived text changed with the plan, which a reviewer must see (sources are never
    # edited but to remove what `validate` refuses): only the diff showed it.
    assert section(result.out, "#### Socialnämnden i Bergby (`bergby-socialnamnden`)") == [
        "**Ändrat dokument: Socialnämndens verksamhetsplan 2024** – `plans/bergby-socialnamnden-vp-2024.yaml`",
        "- Dokumentets arkiverade text har ändrats. Källtexten: `sources/bergby-socialnamnden-vp-2024.txt`.",
        "- tabell »Resultatbudget», enhet: »mnkr» → »tkr»",
        "- tabell »Resultatbudget», kolumner: tillagd »Plan 2024»; borttagen »Budget 2024»"]


def test_a_topic_renamed_changes_no_item_whose_topics_it_reorders(repo, cli):
    """An item's topics are listed in the order of their names: the review found that a topic's
    new name, which moved it before another, made each of its items "ändrad", "ny ordning"."""
    commit(repo, {PLAN: read(repo, PLAN).replace("topics: [hemloshet]", "topics: [hemloshet, sommarkollo]", 1)})
    topics = "registry/topics.yaml"
    commit(repo, {topics: read(repo, topics).replace("name: Sommarkollo", "name: Barnkollo", 1)})
    result = cli("--root", str(repo), "changes", "--base", "HEAD~1")
    assert result.code == 0, result.err
    assert "Inget dokument ändras; ändringen gäller registren." in result.out and "ny ordning" not in result.out, \
        result.out


def test_a_change_to_a_table_alone_is_counted_not_said_as_nothing_changed(repo, cli):
    """A table counts on its topics' pages like an item: the count line said "0 punkter
    tillagda, 0 borttagna och 0 ändrade" for a pull request that changed a table's figures."""
    name, source = "plans/bergby-socialnamnden-vp-2024.yaml", "sources/bergby-socialnamnden-vp-2024.txt"
    commit(repo, {name: read(repo, name).replace('values: ["97,7", "63,4"]', 'values: ["97,7", "64,1"]')
                  .replace("quote: Summa INTÄKTER 97,7 63,4", "quote: Summa INTÄKTER 97,7 64,1"),
                  source: read(repo, source).replace("Summa INTÄKTER\t97,7\t63,4", "Summa INTÄKTER\t97,7\t64,1")})
    result = cli("--root", str(repo), "changes", "--base", "HEAD~1")
    assert ("0\u00a0punkter tillagda, 0\u00a0borttagna och 0\u00a0ändrade i 1 dokument från 1\u00a0aktör; "
            "0\u00a0tabeller tillagda, 0\u00a0borttagna och 1\u00a0ändrad.") in result.out, result.out


def test_a_removed_documents_tables_are_counted_with_its_items(repo, cli):
    for name in ("plans/bergby-socialnamnden-vp-2024.yaml", "sources/bergby-socialnamnden-vp-2024.txt"):
        (repo / name).unlink()
    commit(repo, {})
    result = cli("--root", str(repo), "changes", "--base", "HEAD~1")
    assert "; 0\u00a0tabeller tillagda, 1\u00a0borttagen och 0\u00a0ändrade." in result.out, result.out


def test_a_row_is_shown_whole_where_its_tables_columns_changed(repo, cli):
    """Only a row's changed figures are shown, by their columns; where the columns themselves
    changed, which figure is which column's before and after is the whole row's to show."""
    name, source = "plans/bergby-socialnamnden-vp-2024.yaml", "sources/bergby-socialnamnden-vp-2024.txt"
    commit(repo, {name: read(repo, name).replace("columns: [Budget 2023, Budget 2024]", "columns: [Budget 2023, Plan 2024]")
                  .replace('values: ["97,7", "63,4"]', 'values: ["97,7", "64,1"]')
                  .replace("quote: Summa INTÄKTER 97,7 63,4", "quote: Summa INTÄKTER 97,7 64,1"),
                  source: read(repo, source).replace("\tBudget 2023\tBudget 2024", "\tBudget 2023\tPlan 2024")
                                            .replace("Summa INTÄKTER\t97,7\t63,4", "Summa INTÄKTER\t97,7\t64,1")})
    result = cli("--root", str(repo), "changes", "--base", "HEAD~1")
    assert ("- tabell »Resultatbudget», rad »Summa INTÄKTER»: Budget 2023: 97,7; Budget 2024: 63,4 → "
            "Budget 2023: 97,7; Plan 2024: 64,1") in result.out.splitlines(), result.out


def test_a_table_entering_changing_on_and_leaving_a_topic_page_is_listed_under_that_topic(repo, cli):
    """A table counts on its topics' pages, so the summary per topic shows it as it shows items."""
    name = "plans/bergby-socialnamnden-vp-2024.yaml"
    commit(repo, {name: read(repo, name).replace("topics: [ekonomi]", "topics: [ekonomi, hemloshet]")})
    result = cli("--root", str(repo), "changes", "--base", "HEAD~1")
    assert section(result.out, "#### Hemlöshet och bostad") == [
        "- **Ny på sidan** – Socialnämnden i Bergby: tabell »Resultatbudget» i `bergby-socialnamnden-vp-2024`"]
    source = "sources/bergby-socialnamnden-vp-2024.txt"  # whose caption's line gives the unit
    commit(repo, {name: read(repo, name).replace("unit: mnkr", "unit: tkr"),
                  source: read(repo, source).replace("Resultatbudget, mnkr", "Resultatbudget, tkr")})
    result = cli("--root", str(repo), "changes", "--base", "HEAD~1")
    assert section(result.out, "#### Hemlöshet och bostad") == [
        "- **Ändrad** – Socialnämnden i Bergby: tabell »Resultatbudget» i `bergby-socialnamnden-vp-2024`"]
    commit(repo, {name: read(repo, name).replace("topics: [ekonomi, hemloshet]", "topics: [ekonomi]")})
    result = cli("--root", str(repo), "changes", "--base", "HEAD~1")
    assert section(result.out, "#### Hemlöshet och bostad") == [
        "- **Försvinner från sidan** – Socialnämnden i Bergby: tabell »Resultatbudget» i `bergby-socialnamnden-vp-2024`"]
    # On the page it stays on, its list of topics changed, as an item's would.
    assert section(result.out, "#### Ekonomi och budget") == [
        "- **Ändrad** – Socialnämnden i Bergby: tabell »Resultatbudget» i `bergby-socialnamnden-vp-2024`"]


def test_a_quote_or_caption_holding_the_summarys_marks_is_cited_between_others(repo, cli):
    """An added item's quote and a changed table's caption are cited as every other passage of
    plan text in the summary is (`swedish.cited`): a source quoting with »…» put its marks inside
    the summary's own, »Vi kallar det »trygga boenden»», and where the quote ended could not be
    read; the lines of a change to the same caption already said ”…”."""
    name, source = "plans/bergby-socialnamnden-vp-2024.yaml", "sources/bergby-socialnamnden-vp-2024.txt"
    quoted = "Vi kallar det »trygga boenden» här."
    caption = "Resultatbudget »preliminär»"
    item = NEW_ITEM.replace("quote: Ett nytt härbärge öppnas.", f"quote: {quoted}")
    commit(repo, {PLAN: read(repo, PLAN) + item, SOURCE: read(repo, SOURCE) + f"- {quoted}\n",
                  name: read(repo, name).replace("caption: Resultatbudget", f"caption: {caption}")
                                        .replace("topics: [ekonomi]", "topics: [ekonomi, hemloshet]"),
                  source: read(repo, source).replace("Resultatbudget, mnkr", f"{caption}, mnkr")})
    result = cli("--root", str(repo), "changes", "--base", "HEAD~1")
    assert result.code == 0, result.out + result.err
    assert f"  - citat: ”{quoted}”" in result.out
    assert ("- **Ny på sidan** – Socialnämnden i Bergby: tabell ”Resultatbudget »preliminär»” i "
            "`bergby-socialnamnden-vp-2024`") in section(result.out, "#### Hemlöshet och bostad")


def test_registry_renames_are_listed_municipalities_too(repo, cli):
    commit(repo, {"registry/municipalities.yaml": read(repo, "registry/municipalities.yaml").replace(
        "name: Dalby", "name: Dalby kommun"), "registry/topics.yaml": read(repo, "registry/topics.yaml").replace(
        "name: Sommarkollo", "name: Sommarkollo och läger")})
    result = cli("--root", str(repo), "changes", "--base", "HEAD~1")
    assert section(result.out, "### Register") == [
        "- Nytt namn på ämne `sommarkollo`: Sommarkollo → Sommarkollo och läger",
        "- Nytt namn på kommun `dalby`: Dalby → Dalby kommun"]


def test_a_removed_topic_says_that_its_pages_and_feed_go_with_it(repo, cli):
    """A new id said that the pages and feeds at the old one were gone; a removed topic did not,
    and a maintainer could merge it without knowing that links and feed readers would break."""
    topics = read(repo, "registry/topics.yaml")
    entry = topics[topics.index("  - id: familjecentral"):topics.index("  - id: hemloshet")]
    follow_up = "plans/dalby-m-uppfoljning.yaml"
    commit(repo, {"registry/topics.yaml": topics.replace(entry, ""),
                  PLAN: read(repo, PLAN).replace("topics: [familjecentral]", "topics: [hemloshet]"),
                  follow_up: read(repo, follow_up).replace("topics: [familjecentral]", "topics: [hemloshet]")})
    result = cli("--root", str(repo), "changes", "--base", "HEAD~1")
    assert result.code == 0, result.out + result.err
    assert section(result.out, "### Register") == [
        "- Borttaget ämne: Familjecentraler (`familjecentral`) (sidor och flöden med `familjecentral` i adressen "
        "finns inte längre)"]
    # Its items were said to leave "the page", which goes with the topic; they stay in their documents.
    topic = section(result.out, "#### Familjecentraler")
    assert topic[0] == "Ämnet tas bort: dess sidor finns inte längre. Punkterna nedan står kvar i sina dokument."
    assert topic[1:] and all(line.startswith("- **Försvinner med sidan** – ") for line in topic[1:]), topic


def test_a_change_to_the_registries_alone_counts_no_documents(repo, cli):
    """A maintainer's registry-only pull request began "0 punkter tillagda, 0 borttagna och 0
    ändrade i 0 dokument från 0 aktörer"."""
    commit(repo, {"registry/topics.yaml": read(repo, "registry/topics.yaml").replace(
        "name: Sommarkollo", "name: Sommarkollo och läger")})
    result = cli("--root", str(repo), "changes", "--base", "HEAD~1")
    assert result.code == 0, result.err
    assert "\nInget dokument ändras; ändringen gäller registren.\n" in result.out
    assert "0\u00a0punkter" not in result.out and "0 dokument" not in result.out


def test_a_removed_document_says_that_its_pages_go_with_it(repo, cli):
    """A removed topic said that its pages were gone; a removed document did not."""
    (repo / "plans" / "bergby-o-webb.yaml").unlink()
    (repo / "sources" / "bergby-o-webb.txt").unlink()
    commit(repo, {})
    result = cli("--root", str(repo), "changes", "--base", "HEAD~1")
    assert result.code == 0, result.err
    # The document has one item: "1 punkt", as every other count says it, not "1 punkter".
    assert ("\n- 1\u00a0punkt försvinner från webbplatsen (sidor med `bergby-o-webb` i adressen finns "
            "inte längre).\n") in result.out, result.out


def registry_lines(repo, cli, files: dict[str, str]) -> list[str]:
    """The summary's lines under "Register" once `files` are committed."""
    commit(repo, files)
    result = cli("--root", str(repo), "changes", "--base", "HEAD~1")
    assert result.code == 0, result.err
    return section(result.out, "### Register")


def test_a_changed_field_the_pages_show_is_listed_not_no_change(repo, cli):
    """A maintainer made a party an "other" actor, moved a municipality to a county (and said
    another is "på", not "i") and reworded a topic's description: the pages changed (the column heads, the home page's groups, the topic
    page), while the summary said the change affected nothing voters see."""
    assert registry_lines(repo, cli, {
        "registry/actors.yaml": read(repo, "registry/actors.yaml").replace(
            "short: A\n    kind: party", "short: A\n    kind: other"),
        "registry/municipalities.yaml": read(repo, "registry/municipalities.yaml").replace(
            "name: Dalby\n", "name: Dalby\n    county: Dalarnas län\n").replace(
            "name: Bergby\n", "name: Bergby\n    preposition: på\n"),
        "registry/topics.yaml": read(repo, "registry/topics.yaml").replace(
            "description: Kolloverksamhet för barn.", "description: Kollo för barn och unga.")}) == [
        "- Ändrat ämne `sommarkollo`, beskrivning: »Kolloverksamhet för barn.» → »Kollo för barn och unga.»",
        "- Ändrad aktör `bergby-a`, typ: Parti (party) → Annan aktör (other)",
        "- Ändrad kommun `bergby`, ordet före namnet: »i» → »på»",
        "- Ändrad kommun `dalby`, län: (tomt) → »Dalarnas län»"]


def test_a_municipalitys_names_in_minority_languages_changed_are_listed(repo, cli):
    """Its page shows them under its name and the search finds it by them: a name added,
    removed or given another language is a change voters see, said as the page says it, by
    the names added and removed, as a topic's keywords are: the whole lists before and after
    left the reviewer to find the one name that changed."""
    assert registry_lines(repo, cli, {"registry/municipalities.yaml": read(repo, "registry/municipalities.yaml").replace(
        "      - {name: Laaksokylä, lang: fit}\n", "").replace(
        "name: Bergby\n", "name: Bergby\n    other_names:\n      - {name: Vaarakylä, lang: fit}\n")}) == [
        '- Ändrad kommun `bergby`, namn på minoritetsspråk: tillagt <span lang="fit">»Vaarakylä»</span> (meänkieli)',
        '- Ändrad kommun `dalby`, namn på minoritetsspråk: ändrat <span lang="fi">»Laaksokylä»</span> '
        '(finska och meänkieli → finska)']


def test_a_municipalitys_names_reordered_or_removed_are_told_so_in_the_changelog_and_the_feeds_too():
    """The changelog's and the feeds' line is the summary's, with the municipality by its name."""
    from types import SimpleNamespace

    from generator import changes
    from generator.link import OtherName

    sami, finnish = OtherName("Leakšagilli", ("se",)), OtherName("Laaksokylä", ("fi", "fit"))
    old, reordered, removed = ({"dalby": SimpleNamespace(name="Dalby", county="", preposition="i", other_names=names)}
                               for names in ((sami, finnish), (finnish, sami), (finnish,)))
    [change] = changes._changed_fields("kommun", old, reordered, ["dalby"])
    assert change.text == "Ändrad kommun Dalby, namn på minoritetsspråk: samma namn på minoritetsspråk i ny ordning"
    [change] = changes._changed_fields("kommun", old, removed, ["dalby"])
    assert change.text == "Ändrad kommun Dalby, namn på minoritetsspråk: borttaget »Leakšagilli» (nordsamiska)"


def test_a_municipalitys_name_given_another_language_is_told_so_not_as_added_and_removed():
    """Laaksokylä written in Finnish alone, no longer in Meänkieli too, was told "tillagt
    »Laaksokylä» (finska); borttaget »Laaksokylä» (finska och meänkieli)": the name was neither
    added nor removed. A name kept in another language is told so, beside a name added."""
    from types import SimpleNamespace

    from generator import changes
    from generator.link import OtherName

    def dalby(*names):
        return {"dalby": SimpleNamespace(name="Dalby", county="", preposition="i", other_names=names)}

    [change] = changes._changed_fields("kommun", dalby(OtherName("Laaksokylä", ("fi", "fit"))),
                                       dalby(OtherName("Vaarakylä", ("fit",)), OtherName("Laaksokylä", ("fi",))),
                                       ["dalby"])
    assert change.text == ("Ändrad kommun Dalby, namn på minoritetsspråk: tillagt »Vaarakylä» (meänkieli); ändrat "
                           "»Laaksokylä» (finska och meänkieli → finska)")


def test_a_municipalitys_names_are_marked_with_their_languages_and_escaped_in_the_changelogs_line():
    """Each name in a minority language in a registry's change line is marked with its language
    for a screen reader (WCAG 3.1.2), a name removed with the one it had, and escaped as the rest."""
    from types import SimpleNamespace

    from generator import changes, feeds
    from generator.link import OtherName

    def dalby(*names):
        return {"dalby": SimpleNamespace(name="Dalby", county="", preposition="i", other_names=names)}

    [change] = changes._changed_fields("kommun", dalby(OtherName("Leakšagilli & <b>", ("se",))),
                                       dalby(OtherName("Vaarakylä", ("fit",))), ["dalby"])
    line = feeds.RegistryLine(change.text, municipality="dalby", pieces=change.pieces)
    assert feeds.change_html(feeds.Entry("a" * 40, "2026-04-01T12:00:00+02:00", registry=(line,)), (), lambda *_: "") == (
        '<ul><li>Ändrad kommun Dalby, namn på minoritetsspråk: tillagt <span lang="fit">»Vaarakylä»</span> (meänkieli); '
        'borttaget <span lang="se">»Leakšagilli &#38; &#60;b&#62;»</span> (nordsamiska)</li></ul>')


@pytest.mark.parametrize("alike", [False, True], ids=["own-name", "name-shared"])
def test_a_registry_changes_line_marked_with_languages_says_the_words_of_its_plain_line(alike):
    """The changelog and the feeds write a registry change's line from its pieces where it holds
    names in a minority language, and from its plain text otherwise (the job summary, a console):
    both say the same words, the municipality told by its id where another bears its name, and a
    line without such names has no pieces to be written from."""
    from types import SimpleNamespace

    from generator import changes
    from generator.link import OtherName

    def dalby(*names):
        return {"dalby": SimpleNamespace(name="Dalby", county="", preposition="i", other_names=names)}

    sami, finnish = OtherName("Leakšagilli", ("se",)), OtherName("Laaksokylä", ("fi",))
    shared = frozenset({"Dalby"} if alike else ())
    [added] = changes._changed_fields("kommun", dalby(sami), dalby(sami, finnish), ["dalby"], shared=shared)
    [reordered] = changes._changed_fields("kommun", dalby(sami, finnish), dalby(finnish, sami), ["dalby"], shared=shared)
    named = "Dalby (dalby)" if alike else "Dalby"
    assert added.text == f"Ändrad kommun {named}, namn på minoritetsspråk: tillagt »Laaksokylä» (finska)"
    assert "".join(text for text, _ in added.pieces) == added.text and ("»Laaksokylä»", "fi") in added.pieces
    assert reordered.text == (f"Ändrad kommun {named}, namn på minoritetsspråk: samma namn på minoritetsspråk i ny "
                              "ordning") and reordered.pieces == ()
    assert added.title == reordered.title == f"Ändrad kommun {named}, namn på minoritetsspråk"


def test_a_topics_keywords_changed_are_told_as_those_added_and_removed(repo, cli):
    """A maintainer added one search word to a topic and replaced another: the summary showed
    both whole lists, and the reviewer had to compare them word by word to see which."""
    assert registry_lines(repo, cli, {"registry/topics.yaml": read(repo, "registry/topics.yaml").replace(
        "keywords: [hemlös, vräkning, härbärge]", "keywords: [hemlös, härbärge, bostadslös, bo & bygg]").replace(
        "keywords: [familjecentraler, öppen förskola]", "keywords: [öppen förskola, familjecentraler]")}) == [
        "- Ändrat ämne `familjecentral`, sökord: samma sökord i ny ordning",
        "- Ändrat ämne `hemloshet`, sökord: tillagda »bostadslös» och »bo &#38; bygg»; borttaget »vräkning»"]


def test_a_keywords_change_is_told_so_in_the_changelog_and_the_feeds_too():
    """The changelog's and the feeds' line is the summary's, with the topic by its name."""
    from types import SimpleNamespace

    from generator import changes

    old, new = ({"hemloshet": SimpleNamespace(name="Hemlöshet", data=SimpleNamespace(
                     description="Hemlöshet.", easy_read="Text.", keywords=keywords))}
                for keywords in (["hemlös", "vräkning", "härbärge"], ["härbärge", "bostadslös"]))
    [change] = changes._changed_fields("ämne", old, new, ["hemloshet"])
    assert change.text == "Ändrat ämne Hemlöshet, sökord: tillagt »bostadslös»; borttagna »hemlös» och »vräkning»"
    assert change.title == "Ändrat ämne Hemlöshet, sökord"


def test_kind_and_status_are_named_in_swedish(repo, cli):
    # (A promise's status belongs to a follow-up alone: the kind changes in another document.)
    name, platform = "plans/dalby-m-uppfoljning.yaml", "plans/bergby-a-plan-2024.yaml"
    commit(repo, {name: read(repo, name).replace("state: partly", "state: done"),
                  platform: read(repo, platform).replace("kind: party-plan", "kind: other")})
    result = cli("--root", str(repo), "changes", "--base", "HEAD~1")
    assert "- typ: Partiets förslag till verksamhetsplan (party-plan) → Annat dokument (other)" in result.out, result.out
    assert "  - läge: Delvis genomfört (partly) → Genomfört (done)" in result.out


def test_a_state_the_follow_up_no_longer_gives_reads_as_the_pages_say_it(repo, cli):
    """A follow-up whose promise's state became unknown was told "läge: Delvis genomfört →
    Läget anges inte", the state named twice; under the label "läge" it reads "anges inte", as the
    promise's page says "Läget anges inte i <the follow-up>". The summary keeps the YAML value."""
    from generator.changes import compare

    name = "plans/dalby-m-uppfoljning.yaml"
    commit(repo, {name: read(repo, name).replace("state: partly", "state: unknown")})
    result = cli("--root", str(repo), "changes", "--base", "HEAD~1")
    assert "  - läge: Delvis genomfört (partly) → anges inte (unknown)" in result.out, result.out
    [plan] = compare(repo, "HEAD~1").plans  # the changelog's and the feeds' words
    [difference] = plan.items[0].differences
    assert f"{difference.label}: {difference.before} → {difference.after}" == "läge: Delvis genomfört → anges inte"


def test_a_changed_note_on_an_undated_document_is_named_as_a_field_not_as_a_value(repo, cli):
    """`undated` holds what is known of a document without a date: the changelog and the feeds
    said "odaterat: »…« → »…«", which reads as the document's value, not as the field changed."""
    name = "plans/bergby-o-webb.yaml"
    commit(repo, {name: read(repo, name).replace("undated: Webbsidan saknar datum.",
                                                 "undated: Webbsidan saknar datum, hämtad 2026.")})
    result = cli("--root", str(repo), "changes", "--base", "HEAD~1")
    assert ("- datering (utan datum): »Webbsidan saknar datum.» → »Webbsidan saknar datum, hämtad 2026.»"
            in result.out.splitlines()), result.out
    assert "odaterat" not in result.out


def test_a_field_inside_a_block_is_named_in_swedish_not_by_its_yaml_key(repo, cli):
    """The changelog and the feeds show these lines to voters: `källa (utgivare)`, never
    `källa (publisher)`."""
    vp, follow_up = "plans/bergby-socialnamnden-vp-2024.yaml", "plans/dalby-m-uppfoljning.yaml"
    commit(repo, {
        vp: read(repo, vp).replace("  retrieved: 2026-11-22\n", "  retrieved: 2026-11-22\n  publisher: Socialnämnden i Bergby\n")
                          .replace("year: 2027}", "year: 2028}").replace("data_source: Kolada", "data_source: SCB")
                          .replace("Målvärde 2027", "Målvärde 2028")
                          .replace("(Kolada)", "(SCB)")
                          .replace("consequence: 5", "consequence: 3").replace("konsekvens 5.", "konsekvens 3."),
        "sources/bergby-socialnamnden-vp-2024.txt": read(repo, "sources/bergby-socialnamnden-vp-2024.txt")
                                                     .replace("(Kolada)", "(SCB)").replace("konsekvens 5.", "konsekvens 3.")
                                                     .replace("Målvärde 2027", "Målvärde 2028"),
        follow_up: read(repo, follow_up).replace("note: Visar att författaren", "note: Visar att skribenten")
                                        .replace("note: Kolonin har nu 40 platser.", "note: Kolonin har 40 platser."),
    })
    result = cli("--root", str(repo), "changes", "--base", "HEAD~1")
    assert result.code == 0, result.out + result.err
    lines = result.out.splitlines()
    for expected in ("- källa (utgivare): (tomt) → »Socialnämnden i Bergby»",
                     "  - indikator (målvärde, år): »2027» → »2028»",
                     "  - indikator (datakälla): »Kolada» → »SCB»",
                     "  - risk (konsekvens): »5» → »3»",
                     "- tillskrivning (källa 1, vad källan visar): »Visar att författaren sitter i nämnden för partiet.» → "
                     "»Visar att skribenten sitter i nämnden för partiet.»",
                     "  - läge (vad dokumentet säger): »Kolonin har nu 40 platser.» → »Kolonin har 40 platser.»"):
        assert expected in lines, expected
    assert not re.search(r"\((publisher|target|year|data_source|consequence|sources|note)\b", result.out)


def test_a_summary_too_long_for_github_is_cut_at_a_line_and_says_how_to_see_all(repo, cli, monkeypatch):
    """GitHub drops a step's whole summary above 1 MiB; under Actions it is cut well before."""
    from generator import cli as commands

    plan = read(repo, PLAN).replace("text: Ingen barnfamilj ska vräkas.", "text: Inga barnfamiljer vräks.")
    commit(repo, {PLAN: plan + NEW_ITEM, SOURCE: read(repo, SOURCE) + "- Ett nytt härbärge öppnas.\n"})
    whole = cli("--root", str(repo), "changes", "--base", "HEAD~1").out
    monkeypatch.setattr(commands, "MAX_SUMMARY_BYTES", len(whole.encode()) // 2)
    monkeypatch.setenv("GITHUB_ACTIONS", "true")
    result = cli("--root", str(repo), "changes", "--base", "HEAD~1")
    assert result.code == 0
    shown, _, note = result.out.rpartition("\n\n… och ")
    assert whole.startswith(shown) and len(shown.encode()) <= len(whole.encode()) // 2
    rest = sum(1 for line in whole[len(shown):].splitlines() if line.strip())
    base = git(repo, "rev-parse", "HEAD~1").strip()
    assert note == (f"{rest} rader till: sammanfattningen är för lång för GitHub. "
                    f"Kör `.venv/bin/python -m generator changes --base {base}` för att se hela.\n")


def test_no_change_for_voters_says_so(repo, cli):
    commit(repo, {"README.md": "Bara dokumentation.\n"})
    result = cli("--root", str(repo), "changes", "--base", "HEAD~1")
    assert result.code == 0
    assert result.out.endswith("Ändringen påverkar inget som väljarna ser i planerna eller registren.\n")


def test_a_new_plan_still_holding_the_placeholder_is_not_summarised_but_named(repo, cli):
    assert cli("--root", str(repo), "new", "--actor", "bergby-t", "--year", "2026", "--body", "Socialnämnden").code == 0
    git(repo, "add", "-A")
    git(repo, "commit", "-q", "-m", "utkast")
    result = cli("--root", str(repo), "changes", "--base", "HEAD~1")
    assert result.code == 1
    assert "- plans/bergby-t-socialnamnden-2026.yaml:" in result.out
    assert "mallens platshållartext står kvar." in result.out
    assert ("source.archive: sources/bergby-t-socialnamnden-2026.txt innehåller mallens platshållartext."
            in result.out)


def test_text_from_a_plan_cannot_become_markup(repo, cli):
    plan = read(repo, PLAN).replace("text: Ingen barnfamilj ska vräkas.", 'text: "<img src=x> **fet** [länk](https://x)"')
    commit(repo, {PLAN: plan})
    result = cli("--root", str(repo), "changes", "--base", "HEAD~1")
    assert "&#60;img src=x&#62; &#42;&#42;fet&#42;&#42; &#91;länk&#93;(https&#58;//x)" in result.out
    assert "<img" not in result.out and "**fet**" not in result.out and "[länk]" not in result.out


def test_a_revision_whose_plans_do_not_load_is_named(repo, cli):
    commit(repo, {PLAN: read(repo, PLAN).replace("year: 2024", "year: tjugo")})
    head = git(repo, "rev-parse", "HEAD").strip()
    result = cli("--root", str(repo), "changes", "--base", "HEAD~1")
    assert result.code == 1
    assert (f"Ändringen kunde inte sammanfattas: planerna i `{head[:12]}` går inte att läsa (1 fel).") in result.out
    assert f"- {PLAN}:6:7: year: &#39;tjugo&#39; är inget årtal med fyra siffror. Tips: Skriv t.ex. 2024." in result.out


def test_a_base_whose_plans_do_not_load_is_named_as_the_base_and_its_errors_not_as_the_changes(repo, cli):
    """Main left unreadable (an actor taken out of the registry, its plan left) and a pull request
    that mends it: the summary told to mend the errors `validate` shows, which showed none, and
    named the base's commit as though it were the change's."""
    actors = read(repo, "registry/actors.yaml")
    start = actors.index("  - id: bergby-o\n")
    commit(repo, {"registry/actors.yaml": actors[:start] + actors[actors.index("  - id: ", start + 1):]})
    base = git(repo, "rev-parse", "HEAD").strip()
    for name in ("plans/bergby-o-webb.yaml", "sources/bergby-o-webb.txt"):
        (repo / name).unlink()
    commit(repo, {})
    assert cli("--root", str(repo), "validate").code == 0
    result = cli("--root", str(repo), "changes", "--base", "HEAD~1")
    assert result.code == 1
    assert (f"Ändringen kunde inte sammanfattas: planerna i basen `{base[:12]}`, som ändringen jämförs med, går inte att "
            "läsa (1 fel). Felet står i basen, inte i ändringen: sammanfattningen kommer med nästa gång kontrollen körs "
            "efter att det är rättat där.") in result.out, result.out
    assert "- plans/bergby-o-webb.yaml:" in result.out and "Validera planer" not in result.out
    # A head with errors of its own is told its own, as before.
    commit(repo, {PLAN: read(repo, PLAN).replace("year: 2024", "year: tjugo")})
    head = git(repo, "rev-parse", "HEAD").strip()
    result = cli("--root", str(repo), "changes", "--base", "HEAD~2")
    assert f"Ändringen kunde inte sammanfattas: planerna i `{head[:12]}` går inte att läsa (1 fel)." in result.out


def test_a_revision_errors_hint_shows_what_to_write_as_code(repo, cli):
    """The errors of a revision that does not load showed a hint's code spans as `&#96;` marks."""
    commit(repo, {PLAN: read(repo, PLAN).split("\n", 1)[1]})  # no schema line
    result = cli("--root", str(repo), "changes", "--base", "HEAD~1")
    assert result.code == 1
    line = html_text("# yaml-language-server: $schema=../docs/schema/plan.schema.json")
    assert (f"- {PLAN}:1:1: (filen): första raden ska peka ut schemat. Tips: Lägg till raden <code>{line}</code> "
            "överst, så hjälper redigeringsprogrammet till.") in result.out


# An item's text that stresses what its quote does not, which `check_emphasis_as_quoted` refuses.
STRESSED = ("text: Ingen barnfamilj ska vräkas.", "text: VI LOVAR att ingen barnfamilj ska vräkas!!!")


def test_a_base_that_breaks_a_rule_on_how_a_plan_is_written_is_summarised(repo, cli):
    """The pull request that mends a file a new rule refuses says what the mend changes for voters."""
    commit(repo, {PLAN: read(repo, PLAN).replace(*STRESSED)})
    commit(repo, {PLAN: read(repo, PLAN).replace(*reversed(STRESSED))})
    result = cli("--root", str(repo), "changes", "--base", "HEAD~1")
    assert result.code == 0, result.out
    assert "  - text: »VI LOVAR att ingen barnfamilj ska vräkas!!!» → »Ingen barnfamilj ska vräkas.»\n" in result.out
    assert "kunde inte sammanfattas" not in result.out


def test_a_head_that_breaks_a_rule_on_how_a_plan_is_written_is_not_summarised(repo, cli):
    """The change under review is held to every rule, as `validate` holds it."""
    commit(repo, {PLAN: read(repo, PLAN).replace(*STRESSED)})
    head = git(repo, "rev-parse", "HEAD").strip()
    result = cli("--root", str(repo), "changes", "--base", "HEAD~1")
    assert result.code == 1
    assert f"Ändringen kunde inte sammanfattas: planerna i `{head[:12]}` går inte att läsa (1 fel)." in result.out


def test_a_head_that_leaves_a_file_breaking_such_a_rule_as_it_was_is_not_summarised(repo, cli):
    """The base reads with the rules its model needs; the head's files, the unchanged one too,
    are held to every rule: the summary names the head's error, not the base."""
    commit(repo, {PLAN: read(repo, PLAN).replace(*STRESSED)})
    commit(repo, {"plans/bergby-o-webb.yaml": read(repo, "plans/bergby-o-webb.yaml").replace(
        "title: Östra listans socialpolitik", "title: Östra listans nya socialpolitik", 1)})
    head = git(repo, "rev-parse", "HEAD").strip()
    result = cli("--root", str(repo), "changes", "--base", "HEAD~1")
    assert result.code == 1
    assert f"Ändringen kunde inte sammanfattas: planerna i `{head[:12]}` går inte att läsa (1 fel)." in result.out
    assert f"- {PLAN}:" in result.out and "VI LOVAR" not in result.out.split("fel).")[0]


def test_a_file_name_that_is_not_utf8_is_named_with_its_byte_not_a_traceback(repo, cli):
    """Git stores any bytes as a name; Python holds the byte 0xe4 of a Latin-1 'ä' as U+DCE4."""
    commit(repo, {"plans/bergby-a-m\udce4l.yaml": read(repo, PLAN)})
    result = cli("--root", str(repo), "changes", "--base", "HEAD~1")
    assert result.code == 1
    assert "Ändringen kunde inte sammanfattas" in result.out
    assert "- plans/bergby-a-m&#92;xe4l.yaml:2:5: id: id &#39;bergby-a-plan-2024&#39;" in result.out


def test_unknown_revision_is_named(repo, cli):
    result = cli("--root", str(repo), "changes", "--base", "origin/main")
    assert result.code == 1
    assert result.err.startswith("revisionen 'origin/main' finns inte i repot.")


def test_edits_not_yet_committed_are_named_not_silently_left_out(repo, cli):
    """Both commands compare commits; an office that ran them before committing must not read
    "inget ändras" and believe its edit changes nothing."""
    (repo / PLAN).write_text(read(repo, PLAN).replace("text: Ingen barnfamilj ska vräkas.", "text: Inga vräkningar."),
                             encoding="utf-8")
    (repo / "sources" / "bergby-a-ny.txt").write_text("Ny text.\n", encoding="utf-8")
    (repo / "docs").mkdir(exist_ok=True)
    (repo / "docs" / "egen.md").write_text("# Egen\n", encoding="utf-8")  # outside the data folders
    note = ("Obs: 2 filer i plans/, registry/ eller sources/ har ändringar som inte är incheckade och räknas inte "
            f"med: {PLAN}, sources/bergby-a-ny.txt. Kommandot jämför incheckade revisioner; checka in ändringarna "
            "(git commit) och kör det igen.\n")
    for command in ("changes", "check-scope"):
        result = cli("--root", str(repo), command, "--base", "HEAD")
        assert result.code == 0 and result.err.endswith(note), (command, result.err)
    assert cli("--root", str(repo), "changes", "--base", "HEAD", "--head", "HEAD").err == note  # HEAD named: same
    (repo / "sources" / "bergby-a-ny.txt").unlink()  # no plan uses it yet
    git(repo, "add", "-A")
    git(repo, "commit", "-q", "-m", "ändrat")
    result = cli("--root", str(repo), "changes", "--base", "HEAD~1")
    assert result.code == 0 and result.err == "" and "Inga vräkningar." in result.out


def test_a_term_of_office_added_removed_or_redated_is_listed(repo, cli):
    """Terms decide which term every dated document belongs to: removing one relabelled 2024's plans
    "Mandatperiod okänd" while the summary said nothing changed."""
    terms = read(repo, "registry/terms.yaml")
    block = terms[terms.index("  - id: 2026-2030"):]
    commit(repo, {"registry/terms.yaml": terms.replace(block, "") + block.replace("2026-2030", "2026-2030").replace(
        "ends: 2030-10-14", "ends: 2030-10-13") + "  - id: 2030-2034\n    name: 2030–2034\n    starts: 2030-10-14\n"
        "    ends: 2034-10-14\n"})
    result = cli("--root", str(repo), "changes", "--base", "HEAD~1")
    assert result.code == 0, result.err
    assert section(result.out, "### Register") == [
        "- Ny mandatperiod: 2030–2034 (2030-10-14 – 2034-10-14) (`2030-2034`)",
        "- Ändrad mandatperiod `2026-2030`: 2026–2030 (2026-10-15 – 2030-10-14) → 2026–2030 (2026-10-15 – 2030-10-13)"]


def test_documents_that_new_term_dates_move_to_another_term_are_listed(repo, cli):
    """New dates for two terms moved 2024's documents from 2022–2026 to 2018–2022 on every page,
    while the summary listed the two terms and said "0 dokument"."""
    terms = read(repo, "registry/terms.yaml")
    for old, new in TERMS_REDATED:
        terms = terms.replace(old, new)
    commit(repo, {"registry/terms.yaml": terms})
    result = cli("--root", str(repo), "changes", "--base", "HEAD~1")
    assert result.code == 0, result.err
    moved = [line for line in result.out.splitlines() if line.startswith("**Ändrad återgivning")]
    assert len(moved) == 3 and sum("-2024.yaml`" in line for line in moved) == 2
    assert result.out.count("- mandatperiod: 2022–2026 → 2018–2024") == 2
    # 2020's follow-up stays in its term, whose name now says its new end.
    assert result.out.count("- mandatperiod: 2018–2022 → 2018–2024") == 1 and "dalby-m-uppfoljning" in result.out


def test_an_item_whose_text_names_a_topic_it_is_not_on_is_pointed_out_to_the_reviewer(repo, cli):
    """Plans reached the site with commitments "för personer med funktionsnedsättning" that were
    not on the topic Funktionsnedsättning, so its comparison showed their actors as saying
    nothing on it. `validate` now refuses such a commitment; an item that describes the situation
    may name a topic in passing, and the summary points it out; an item on the topics it names
    is not."""
    named = NEW_ITEM.replace("id: nytt-harbarge", "id: kollo-och-harbarge").replace("kind: proposal", "kind: fact")
    named = named.replace("Ett nytt härbärge öppnas.", "Barnen på härbärget får åka på SOMMARKOLLO.")
    commit(repo, {PLAN: read(repo, PLAN) + NEW_ITEM + named,
                  SOURCE: read(repo, SOURCE) + "- Ett nytt härbärge öppnas.\n- Barnen på härbärget får åka på SOMMARKOLLO.\n"})
    result = cli("--root", str(repo), "changes", "--base", "HEAD~1")
    assert result.code == 0, result.out + result.err
    actor = section(result.out, "#### Arbetarpartiet Bergby (`bergby-a`)")
    hint = ("  - Att kontrollera: texten nämner *Sommarkollo*, men punkten har inte ämnet `sommarkollo` och finns "
            "därför inte i den jämförelsen. Handlar punkten om det, lägg till ämnet i `topics`.")
    item = actor.index(next(line for line in actor if "`kollo-och-harbarge`" in line))
    assert actor[item + 1:item + 3] == ["  - citat: »Barnen på härbärget får åka på SOMMARKOLLO.»", hint]
    assert actor.count(hint) == 1 and not any("nämner *Hemlöshet" in line for line in actor)


def test_a_topic_with_a_new_id_is_one_registry_line_not_every_item_changed(repo, cli):
    """A maintainer gave `hemloshet` a new id and re-tagged the plans: the summary said every
    item on the topic had changed (`ämnen: + Hemlöshet, − Hemlöshet`) in the parties'
    documents, listed the topic twice under one name, and the changelog blamed the parties."""
    files = {name: re.sub(r"\bhemloshet\b", "hemloshet-och-bostad", read(repo, name))
             for name in ["registry/topics.yaml", "plans/bergby-socialnamnden-vp-2024.yaml",
                          "plans/bergby-a-plan-2024.yaml", "plans/bergby-o-webb.yaml"]}
    commit(repo, files)
    result = cli("--root", str(repo), "changes", "--base", "HEAD~1")
    name = yaml.safe_load(files["registry/topics.yaml"])["topics"]
    name = next(topic["name"] for topic in name if topic["id"] == "hemloshet-och-bostad")
    assert (f"- Nytt id för ämne {name}: `hemloshet` → `hemloshet-och-bostad` (sidor med `hemloshet` i adressen "
            "finns inte längre; flödena där får ett sista inlägg om den nya adressen)") in result.out
    assert "Ändrad punkt" not in result.out and "Ändrat dokument" not in result.out
    assert "Nytt ämne" not in result.out and "Borttaget ämne" not in result.out
    assert "### Per ämne" not in result.out


def test_registry_lines_come_in_the_order_of_their_names_as_on_the_pages(repo, cli):
    """New actors were listed by id (ängens before åsa before lokala, as their ids sort), while
    every page lists actors by name in Swedish order (å, ä, ö after z)."""
    actors = read(repo, "registry/actors.yaml")
    entries = "".join(f"  - id: bergby-{short}\n    name: {name}\n    short: {short.upper()}\n    kind: party\n"
                      "    municipality: bergby\n"
                      for short, name in [("aa", "Ängens parti Bergby"), ("ab", "Åsa-listan Bergby"),
                                          ("ac", "Lokala partiet Bergby")])
    commit(repo, {"registry/actors.yaml": actors.replace("  - id: bergby-o\n", entries + "  - id: bergby-o\n", 1)})
    result = cli("--root", str(repo), "changes", "--base", "HEAD~1")
    lines = [line for line in result.out.splitlines() if line.startswith("- Ny aktör: ")]
    assert [line.split(": ", 1)[1].split(" (")[0] for line in lines] == [
        "Lokala partiet Bergby", "Åsa-listan Bergby", "Ängens parti Bergby"], lines


def test_a_change_after_a_long_word_still_shows_the_words_that_changed():
    """Both sides start at a word some 40 characters before the difference; a web address of
    more than 120 characters before it made them start at the address, and the difference
    was cut off again: »…https://…» → »…https://…», the same on both sides."""
    from generator import changes

    address = "https://eskilstuna.se/" + "kommun-och-politik/" * 7
    [difference] = changes._differences({"summary": f"Planen finns på {address} och gäller 2024."},
                                        {"summary": f"Planen finns på {address} och gäller 2025."},
                                        changes.PLAN_LABELS, "plan")
    assert "2024" in difference.before and "2025" in difference.after


def test_a_long_text_changed_past_the_cut_shows_the_words_that_changed():
    """Falun's summary, changed near its end (bf4272f), read »…» → »…» with the same 160
    characters on both sides, in the summary, the changelog and every feed."""
    from generator import changes

    start = "Daniel Drugge följer upp vad partiet lovade i sin valplattform för socialnämnden. " * 3
    [difference] = changes._differences({"summary": start + "medan de sociala företagen inte är genomförda."},
                                        {"summary": start + "och de sociala företagen som inte genomförda."},
                                        changes.PLAN_LABELS, "plan")
    assert difference.before != difference.after
    assert difference.before.startswith("»…") and "medan de sociala företagen inte är genomförda." in difference.before
    assert difference.after.startswith("»…") and "och de sociala företagen som inte genomförda." in difference.after
    assert len(difference.after) <= 160 + 2


def test_a_documents_language_changed_is_named_in_swedish():
    """A document marked as English afterwards changes how its quotes are read: the changelog
    and the feeds name the field and both languages as a voter reads them."""
    from generator import changes

    [difference] = changes._differences({"language": "sv"}, {"language": "en"}, changes.PLAN_LABELS, "plan")
    assert (difference.label, difference.before, difference.after) == ("språk", "svenska", "engelska")


def test_a_short_change_is_shown_whole_as_before():
    from generator import changes

    [difference] = changes._differences({"summary": "Kort text."}, {"summary": "Kortare text."},
                                        changes.PLAN_LABELS, "plan")
    assert (difference.before, difference.after) == ("»Kort text.»", "»Kortare text.»")


def test_a_registry_text_changed_past_the_cut_shows_the_words_that_changed():
    """A topic's easy-read text is up to 172 characters on the site: reworded in its last
    sentence, the summary, the changelog and the topic's feed read »…» → »…» with the same
    160 characters on both sides, as a document's summary did (218f6c8)."""
    from types import SimpleNamespace

    from generator import changes

    start = ("Kommunen hjälper dig som har svårt att hitta en bostad. Du kan få hjälp att söka bostad "
             "och att behålla den bostad du har. Kommunen har också härbärgen. ")
    old, new = ({"hemloshet": SimpleNamespace(name="Hemlöshet", data=SimpleNamespace(
                     description="Hemlöshet.", easy_read=start + end, keywords=["bostad"]))}
                for end in ("Du kan sova där en natt.", "Du kan bo där en vecka."))
    [change] = changes._changed_fields("ämne", old, new, ["hemloshet"])
    assert change.before != change.after
    assert change.before.startswith("»…") and "Du kan sova där en natt." in change.before
    assert change.after.startswith("»…") and "Du kan bo där en vecka." in change.after


def test_run_in_a_terminal_the_summary_shows_plan_text_as_typed_not_as_character_references(repo, cli, monkeypatch):
    """Written for the job summary, `changes` showed `&#43;` and `&#60;` to whoever ran it by
    hand; in a terminal it now writes the text itself (piped, as into the summary, it is unchanged)."""
    monkeypatch.delenv("GITHUB_ACTIONS", raising=False)
    plan = read(repo, PLAN).replace("text: Ingen barnfamilj ska vräkas.", 'text: "<b>Ingen</b> [barnfamilj] ska vräkas."')
    commit(repo, {PLAN: plan.replace("topics: [hemloshet]", "topics: [hemloshet, familjecentral]")})
    monkeypatch.setattr(sys.stdout, "isatty", lambda: True)
    result = cli("--root", str(repo), "changes", "--base", "HEAD~1")
    assert result.code == 0, result.err
    assert "  - ämnen: + Familjecentraler" in result.out
    assert "  - text: »Ingen barnfamilj ska vräkas.» → »<b>Ingen</b> [barnfamilj] ska vräkas.»" in result.out
    assert "&#" not in result.out
    commit(repo, {PLAN: read(repo, PLAN).replace("year: 2024", "year: tjugo")})
    result = cli("--root", str(repo), "changes", "--base", "HEAD~1")
    assert result.code == 1
    assert f"- {PLAN}:6:7: year: 'tjugo' är inget årtal med fyra siffror. Tips: Skriv t.ex. 2024." in result.out


def test_a_table_figure_now_written_with_ca_is_told_as_the_site_shows_it(repo, cli):
    """Only the row's `approximate` and its quote change: the figures read alike, but the site
    now shows "ca 63,4", so the summary says so."""
    vp, source = "plans/bergby-socialnamnden-vp-2024.yaml", "sources/bergby-socialnamnden-vp-2024.txt"
    commit(repo, {
        vp: read(repo, vp).replace("quote: Summa INTÄKTER 97,7 63,4\n",
                                   "quote: Summa INTÄKTER 97,7 ca 63,4\n            approximate: [Budget 2024]\n"),
        source: read(repo, source).replace("Summa INTÄKTER\t97,7\t63,4", "Summa INTÄKTER\t97,7\tca 63,4"),
    })
    result = cli("--root", str(repo), "changes", "--base", "HEAD~1")
    assert result.code == 0, result.out + result.err
    assert ("- tabell »Resultatbudget», rad »Summa INTÄKTER»: Budget 2024: 63,4 → Budget 2024: ca 63,4"
            ) in result.out.splitlines(), result.out


@pytest.mark.parametrize("before, after, shown", [("97,7", "+97,7", "97,7 → Budget 2023: +97,7"),
                                                   ("0,0", "-0,0", "0,0 → Budget 2023: −0,0"),
                                                   ("97,7", "97,70", "97,7 → Budget 2023: 97,70")],
                         ids=["plus", "minus-zero", "decimals"])
def test_a_table_figure_now_written_otherwise_is_told_as_the_site_shows_it(repo, cli, before, after, shown):
    """`97,7` now `+97,7` (the document's plus, kept): the figures read alike, but the site now
    shows "+97,7", so the summary says so, beside the quote's change; as `0,0` now `-0,0` and
    `97,7` now `97,70`, which it did not tell, comparing the figures as read."""
    vp, source = "plans/bergby-socialnamnden-vp-2024.yaml", "sources/bergby-socialnamnden-vp-2024.txt"
    if before != "97,7":
        commit(repo, {
            vp: read(repo, vp).replace("quote: Summa INTÄKTER 97,7 63,4\n", f"quote: Summa INTÄKTER {before} 63,4\n")
            .replace('values: ["97,7", "63,4"]', f'values: ["{before}", "63,4"]'),
            source: read(repo, source).replace("Summa INTÄKTER\t97,7\t63,4", f"Summa INTÄKTER\t{before}\t63,4"),
        })
    commit(repo, {
        vp: read(repo, vp).replace(f"quote: Summa INTÄKTER {before} 63,4\n", f"quote: Summa INTÄKTER {after} 63,4\n")
        .replace(f'values: ["{before}", "63,4"]', f'values: ["{after}", "63,4"]'),
        source: read(repo, source).replace(f"Summa INTÄKTER\t{before}\t63,4", f"Summa INTÄKTER\t{after}\t63,4"),
    })
    result = cli("--root", str(repo), "changes", "--base", "HEAD~1")
    assert result.code == 0, result.out + result.err
    assert f"- tabell »Resultatbudget», rad »Summa INTÄKTER»: Budget 2023: {shown}" in result.out.splitlines(), result.out


def test_the_summary_counts_the_actors_whose_documents_changed_not_the_documents(repo, cli):
    """"… i 2 dokument från 1 aktör": one actor's new document and its changed one."""
    follow_up = "plans/dalby-m-uppfoljning.yaml"
    text = (repo / follow_up).read_text(encoding="utf-8")
    commit(repo, {f"plans/{PLATFORM}.yaml": PLATFORM_PLAN, f"sources/{PLATFORM}.txt": PLATFORM_SOURCE,
                  follow_up: text.replace("text: Fler platser på barnkolonin.", "text: Fler platser på kolonin.")})
    changed = [yaml.safe_load(PLATFORM_PLAN), yaml.safe_load(text)]
    actors = {plan["actor"] for plan in changed}
    result = cli("--root", str(repo), "changes", "--base", "HEAD~1")
    assert result.code == 0, result.err
    assert (f"1\u00a0punkt tillagd, 0\u00a0borttagna och 1\u00a0ändrad i {len(changed)} dokument från "
            f"{len(actors)}\u00a0aktör." in result.out), result.out


def test_the_summary_counts_a_removed_document_among_the_documents_changed(repo, cli):
    """A removed document is one of the documents the summary's count line counts, its items removed."""
    plan = yaml.safe_load((repo / "plans" / "bergby-o-webb.yaml").read_text(encoding="utf-8"))
    items = sum(len(section.get("items", [])) for section in plan["sections"])
    (repo / "plans" / "bergby-o-webb.yaml").unlink()
    (repo / "sources" / "bergby-o-webb.txt").unlink()
    commit(repo, {})
    result = cli("--root", str(repo), "changes", "--base", "HEAD~1")
    assert result.code == 0, result.err
    removed = "borttagen" if items == 1 else "borttagna"
    assert (f"0\u00a0punkter tillagda, {items}\u00a0{removed} och 0\u00a0ändrade i 1 dokument från 1\u00a0aktör."
            in result.out), result.out


def test_the_summary_lists_the_changed_documents_by_their_actors_names(repo, cli):
    """The neutral order of the pages, in the summary too: by the actor's name, Swedish collation
    (Östra listan after Arbetarpartiet and Socialnämnden), not by id."""
    edits = {"plans/bergby-a-plan-2024.yaml": ("text: Ingen barnfamilj ska vräkas.", "text: Inga barnfamiljer vräks."),
             "plans/bergby-o-webb.yaml": ("text: Öppna ett härbärge för kvinnor.", "text: Ett härbärge för kvinnor."),
             "plans/bergby-socialnamnden-vp-2024.yaml": ("text: Antal hemlösa personer.", "text: Hemlösa personer.")}
    files = {}
    for name, (old, new) in edits.items():
        text = (repo / name).read_text(encoding="utf-8")
        assert old in text
        files[name] = text.replace(old, new)
    commit(repo, files)
    registry = yaml.safe_load((repo / "registry" / "actors.yaml").read_text(encoding="utf-8"))["actors"]
    names = {actor["id"]: actor["name"] for actor in registry}
    changed = [yaml.safe_load(text)["actor"] for text in files.values()]
    expected = sorted(changed, key=lambda actor: swedish_key(names[actor]))
    assert expected != sorted(changed)  # the ids' order would differ
    result = cli("--root", str(repo), "changes", "--base", "HEAD~1")
    assert result.code == 0, result.err
    shown = [actor for actor in re.findall(r"^#### .+ \(`([^`]+)`\)$", result.out, re.MULTILINE) if actor in names]
    assert shown == expected, result.out


def test_the_summary_lists_an_actors_documents_newest_first(repo, cli):
    """An actor's documents newest first, as its pages list them, not by id: Dalby M's 2018
    platform, filed as `dalby-m-a-valplattform-2018`, came before its 2020–2021 follow-up."""
    older = "dalby-m-a-valplattform-2018"
    follow_up = "plans/dalby-m-uppfoljning.yaml"
    text = (repo / follow_up).read_text(encoding="utf-8")
    assert "period: {start: 2020, end: 2021}" in text and older < "dalby-m-uppfoljning"
    commit(repo, {f"plans/{older}.yaml": PLATFORM_PLAN.replace(PLATFORM, older),
                  f"sources/{older}.txt": PLATFORM_SOURCE,
                  follow_up: text.replace("summary: ", "summary: Uppdaterad. ", 1)})
    result = cli("--root", str(repo), "changes", "--base", "HEAD~1")
    assert result.code == 0, result.out + result.err
    documents = re.findall(r"^\*\*[^:*]+: (.+?)\*\*(?: · [^`]+)? – `plans/", result.out, re.MULTILINE)
    assert documents == ["Uppföljning av våra vallöften", "Valplattform 2018"], result.out


def test_a_document_whose_actor_other_sources_name_says_so_in_the_summary(repo, cli):
    """The summary named the Dalby follow-up as Mittenpartiet's, under the party's heading and
    beside the party's name on the topic's page, with no word that the site has whose it is from
    other sources, which every page showing it as the party's says. It says so in the same
    words; a document that says whose it is carries no such words."""
    follow_up, plan = "plans/dalby-m-uppfoljning.yaml", read(repo, PLAN)
    commit(repo, {follow_up: read(repo, follow_up).replace("text: Fler platser på barnkolonin.",
                                                           "text: Fler platser på barnkolonin i sommar."),
                  PLAN: plan.replace("text: Kolloverksamheten byggs ut", "text: Kolloverksamheten ska byggas ut")})
    result = cli("--root", str(repo), "changes", "--base", "HEAD~1")
    assert result.code == 0, result.out + result.err
    note = "tillskrivning från andra källor"
    assert section(result.out, "#### Mittenpartiet Dalby (`dalby-m`)")[0] == (
        f"**Ändrad återgivning: Uppföljning av våra vallöften** · {note} – `plans/dalby-m-uppfoljning.yaml`")
    assert section(result.out, "#### Arbetarpartiet Bergby (`bergby-a`)")[0] == (
        "**Ändrad återgivning: Förslag till verksamhetsplan 2024** – `plans/bergby-a-plan-2024.yaml`")
    assert [line.split(": ")[0] for line in section(result.out, "#### Sommarkollo")] == [
        "- **Ändrad** – Arbetarpartiet Bergby", f"- **Ändrad** – Mittenpartiet Dalby · {note}"]
    assert result.out.count(note) == 2


def test_the_summary_counts_tables_of_two_documents_that_share_an_id_apart(repo, cli):
    """A table's id is its document's own: a new budget with the id `resultatbudget` and a
    changed figure in another document's `resultatbudget` are two tables, one added, one changed."""
    vp = "plans/bergby-socialnamnden-vp-2024.yaml"
    text = (repo / vp).read_text(encoding="utf-8")
    source = (repo / "sources" / "bergby-socialnamnden-vp-2024.txt").read_text(encoding="utf-8")
    new_plan = BUDGET_ONLY_PLAN.replace("      - id: budget\n", "      - id: resultatbudget\n")
    commit(repo, {vp: text.replace('values: ["97,7", "63,4"]', 'values: ["97,7", "63,5"]')
                  .replace("quote: Summa INTÄKTER 97,7 63,4", "quote: Summa INTÄKTER 97,7 63,5"),
                  "sources/bergby-socialnamnden-vp-2024.txt": source.replace("97,7\t63,4", "97,7\t63,5"),
                  "plans/bergby-socialnamnden-budget-2025.yaml": new_plan,
                  "sources/bergby-socialnamnden-budget-2025.txt": BUDGET_ONLY_SOURCE})
    ids = [table["id"] for plan in (yaml.safe_load(text), yaml.safe_load(new_plan))
           for section in plan["sections"] for table in section.get("tables", [])]
    assert ids == ["resultatbudget", "resultatbudget"]
    result = cli("--root", str(repo), "changes", "--base", "HEAD~1")
    assert result.code == 0, result.err
    assert "; 1\u00a0tabell tillagd, 0\u00a0borttagna och 1\u00a0ändrad." in result.out, result.out


def test_the_summary_lists_the_topics_in_swedish_order(repo, cli):
    """The topics' headings under "Per ämne" come in the order the site lists topics: Swedish
    collation, where å comes before ä and both after z; sorted by code point, Ä (U+00C4) came
    before Å (U+00C5)."""
    topics = read(repo, "registry/topics.yaml")
    commit(repo, {"registry/topics.yaml": topics.replace("name: Familjecentraler", "name: Ärenden om familjer", 1)
                  .replace("name: Hemlöshet och bostad", "name: Åtgärder mot hemlöshet", 1)
                  .replace("name: Sommarkollo", "name: Zonens kollo", 1)})
    plan = read(repo, PLAN)
    for topic in ("familjecentral", "sommarkollo", "hemloshet"):
        plan = plan.replace(f"topics: [{topic}]", f"topics: [{topic}, ekonomi]", 1)
    commit(repo, {PLAN: plan})
    result = cli("--root", str(repo), "changes", "--base", "HEAD~1")
    assert result.code == 0, result.err
    shown = [line[len("#### "):] for line in section(result.out, "### Per ämne") if line.startswith("#### ")]
    assert len(shown) == 4, result.out
    assert shown == sorted(shown, key=swedish_key), result.out
    assert shown != sorted(shown)  # the code points' order would differ


def test_a_documents_own_words_in_english_are_marked_english_in_the_summary(repo, cli, monkeypatch):
    """GitHub keeps a span's lang in a job summary: an English document's quote beside its new
    item and a passage newly left out were read there with a Swedish voice (WCAG 3.1.2). The
    site's words around them stay unmarked, and a console shows the words alone."""
    commit(repo, {PLAN: read(repo, PLAN).replace("\nkind:", "\nlanguage: en\nkind:", 1)})
    plan = read(repo, PLAN)
    kollo = plan[plan.index("      - id: kollo"):plan.index("      - id: inga-vrakningar")]
    commit(repo, {PLAN: plan.replace(kollo, "") + NEW_ITEM + EXCLUDED,
                  SOURCE: read(repo, SOURCE) + "- Ett nytt härbärge öppnas.\n"})
    result = cli("--root", str(repo), "changes", "--base", "HEAD~1")
    lines = result.out.splitlines()
    assert '  - citat: <span lang="en">»Ett nytt härbärge öppnas.»</span>' in lines, result.out
    assert ('- medvetet uteslutet (excluded): tillagt <span lang="en">»Kolloverksamheten ska byggas ut så att fler '
            'barn får åka på kollo.»</span>') in lines, result.out
    monkeypatch.delenv("GITHUB_ACTIONS", raising=False)
    monkeypatch.setattr(sys.stdout, "isatty", lambda: True)
    result = cli("--root", str(repo), "changes", "--base", "HEAD~1")
    assert "  - citat: »Ett nytt härbärge öppnas.»" in result.out.splitlines() and "<span" not in result.out


def test_a_tables_columns_changed_in_another_language_mark_each_heading_with_its_documents_language():
    """The columns changed are told by the headings added and removed, each of them the document's
    words: in an English document each is marked English, the site's words between unmarked
    (WCAG 3.1.2), as a single quote added is."""
    from dataclasses import replace as replaced

    from conftest import FIXTURE
    from generator import changes
    from generator.site import build_site

    table = next(table for plan in build_site(FIXTURE).plans for table in plan.tables)
    assert table.data.columns == ["Budget 2023", "Budget 2024"]
    now = replaced(table, data=table.data.model_copy(update={"columns": ["Plan 2024", "Budget 2023", "Plan 2025"]}))
    [difference] = [d for d in changes._table_differences(table, now, langs=("en", "en")) if d.label == "kolumner"]
    assert difference.note == "tillagda »Plan 2024» och »Plan 2025»; borttagen »Budget 2024»"
    assert difference.pieces == (("kolumner", ""), (": ", ""), ("tillagda ", ""), ("»Plan 2024»", "en"), (" och ", ""),
                                 ("»Plan 2025»", "en"), ("; ", ""), ("borttagen ", ""), ("»Budget 2024»", "en"))
    moved = replaced(table, data=table.data.model_copy(update={"columns": ["Budget 2024", "Budget 2023"]}))
    [difference] = [d for d in changes._table_differences(table, moved) if d.label == "kolumner"]
    assert (difference.note, difference.pieces) == ("samma kolumner i ny ordning", ())


def test_a_column_renamed_and_moved_at_once_is_told_moved_too():
    """A column renamed while the columns kept change places (`Budget 2023, Budget 2024, Utfall`
    → `Utfall, Budget 2023, Plan 2024`) was told only by the heading added and the one removed,
    and the summary and feeds hid that the page now shows the columns kept in another order."""
    from dataclasses import replace as replaced

    from conftest import FIXTURE
    from generator import changes
    from generator.site import build_site

    table = next(table for plan in build_site(FIXTURE).plans for table in plan.tables)
    was = replaced(table, data=table.data.model_copy(update={"columns": ["Budget 2023", "Budget 2024", "Utfall"]}))
    now = replaced(table, data=table.data.model_copy(update={"columns": ["Utfall", "Budget 2023", "Plan 2024"]}))
    [difference] = [d for d in changes._table_differences(was, now) if d.label == "kolumner"]
    assert difference.note == "tillagd »Plan 2024»; borttagen »Budget 2024»; övriga kolumner i ny ordning"
    inserted = replaced(table, data=table.data.model_copy(update={"columns": ["Plan 2022", "Budget 2023", "Utfall"]}))
    [difference] = [d for d in changes._table_differences(was, inserted) if d.label == "kolumner"]
    assert difference.note == "tillagd »Plan 2022»; borttagen »Budget 2024»"  # the kept ones in their order


def test_several_names_given_other_languages_beside_one_added_are_told_changed_in_the_plural():
    """A name added and two names given other languages in one commit: `ändrat »A» … och »B» …`
    said the two in the singular, where `tillagda` says several names added."""
    from generator.changes import _names_pieces
    from generator.link import OtherName

    def _names_change(old, new, label):
        return "".join(text for text, _ in _names_pieces(old, new, label))

    old = (OtherName("Laaksokylä", ("fi", "fit")), OtherName("Jåhkåmåhkke", ("smj",)))
    new = (OtherName("Laaksokylä", ("fi",)), OtherName("Jåhkåmåhkke", ("smj", "se")), OtherName("Vaarakylä", ("fit",)))
    assert _names_change(old, new, "namn på minoritetsspråk") == (
        "tillagt »Vaarakylä» (meänkieli); ändrade »Laaksokylä» (finska och meänkieli → finska) och "
        "»Jåhkåmåhkke» (lulesamiska → lulesamiska och nordsamiska)")
    assert _names_change(old[:1], new[:1] + new[2:], "namn på minoritetsspråk") == (
        "tillagt »Vaarakylä» (meänkieli); ändrat »Laaksokylä» (finska och meänkieli → finska)")


@pytest.mark.parametrize("base, errors, said", [
    (False, 1, "(1 fel). Rätta felet som steget *Validera planer och register* visar; då kommer sammanfattningen"),
    (False, 2, "(2 fel). Rätta felen som steget *Validera planer och register* visar; då kommer sammanfattningen"),
    (True, 1, "(1 fel). Felet står i basen, inte i ändringen: sammanfattningen kommer med nästa gång kontrollen körs "
              "efter att det är rättat där."),
    (True, 2, "(2 fel). Felen står i basen, inte i ändringen: sammanfattningen kommer med nästa gång kontrollen körs "
              "efter att de är rättade där."),
])
def test_a_revision_that_does_not_load_speaks_of_one_error_as_one(base, errors, said):
    """A revision with one error was told of "felen" and to wait until "de är rättade", as
    though it had several: one error is "felet", several "felen"."""
    from generator.changes import RevisionUnreadable, unreadable_markdown
    from generator.errors import LocatedError

    found = [LocatedError(PLAN, line, 1, "year", "fel.") for line in range(1, errors + 1)]
    summary = unreadable_markdown(RevisionUnreadable("0" * 40, found, base=base))
    assert said in summary, summary


def test_an_actors_new_id_is_paired_with_the_removed_actor_of_its_municipality(repo, cli):
    """A party of one name in two municipalities: bergby-x given the id bergby-xg while dalby-x is
    removed was told "Nytt id för aktör Gröna listan: dalby-x → bergby-xg", the last removed id of
    that name, and bergby-x as removed with its pages."""
    actors = read(repo, "registry/actors.yaml")
    entries = {actor: f"  - id: {actor}\n    name: Gröna listan\n    short: X\n    kind: party\n    municipality: "
                      f"{actor.partition('-')[0]}\n" for actor in ("bergby-x", "dalby-x")}
    dalby = "  - id: dalby-m\n"
    commit(repo, {"registry/actors.yaml": actors.replace(dalby, entries["bergby-x"] + dalby) + entries["dalby-x"]})
    commit(repo, {"registry/actors.yaml": actors.replace(dalby, entries["bergby-x"].replace("bergby-x", "bergby-xg") + dalby)})
    result = cli("--root", str(repo), "changes", "--base", "HEAD~1")
    assert result.code == 0, result.out + result.err
    lines = section(result.out, "### Register")
    assert [line.split(" (sidor")[0] for line in lines] == [
        "- Nytt id för aktör Gröna listan: `bergby-x` → `bergby-xg`", "- Borttagen aktör: Gröna listan (`dalby-x`)"], lines
