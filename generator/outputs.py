"""Everything the build produces, declared once: each page's path, template, the model
object it shows, the files it comes from (for its edit button) and its search settings.

Rendering, the MkDocs hook, `python -m generator build` and the edit links all read this
list; nothing else decides which pages exist. A new view is a new entry here.
"""

from __future__ import annotations

import functools
import posixpath
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field, replace
from typing import Any, Callable, Optional

from . import feeds, opendata, paths
from .feeds import Feed, History
from .link import RISK_BANDS, Municipality, Site
from .load import PLANS_DIR, REGISTRY_DIR
from .swedish import typed_plainly

SITEMAPS = "http://www.sitemaps.org/schemas/sitemap/0.9"
ACTORS_FILE = f"{REGISTRY_DIR}/actors.yaml"
TOPICS_FILE = f"{REGISTRY_DIR}/topics.yaml"
MUNICIPALITIES_FILE = f"{REGISTRY_DIR}/municipalities.yaml"

# Search settings (Material's front matter `search`): voters' pages first; editors'
# pages and verbatim source copies stay out of the index.
TOPIC_PAGE = {"boost": 2}
COMPARE_PAGE = {"boost": 3}  # the answer to "what does each actor here want on this topic"
# Above the comparisons, whose titles all end in the municipality's name: a search for
# "Eskilstuna" found 24 comparisons, each of one topic, and not the municipality's page.
MUNICIPALITY_PAGE = {"boost": 4}
# Above its documents, whose titles all end in the actor's name (and a document named after its
# actor holds it twice: `Socialnämndens … verksamhetsplan – Socialnämnden och …`, 3.3 times the
# actor's page for `Socialnämnden`), and above the comparisons, which name every actor of the
# municipality; below the municipality, which a search for its name finds first.
ACTOR_PAGE = {"boost": 3.5}
EDITORS_PAGE = {"exclude": True}


def _template_file(name: str) -> str:
    """A template in the repository: the edit link of a page whose text is mostly its own
    (the about and open-data pages), which led to the topic registry."""
    return f"generator/templates/{name}"


@dataclass(frozen=True)
class Output:
    path: str  # under docs/, e.g. amnen/hemloshet.md
    template: str
    context: dict[str, Any] = field(default_factory=dict)  # the model objects the page shows
    sources: tuple[str, ...] = ()  # repository files behind the page; the first gets the edit link
    search: Optional[dict] = None
    # A data file (JSON, CSV, Atom) is made by `content` instead of a template; it is a file
    # of the site, not a page.
    content: Optional[Callable[[], str]] = None
    feed: Optional[Feed] = None  # the page's Atom feed: a <link rel="alternate"> in its head
    # Words the page holds for the search alone, in a hidden paragraph, that no result may show
    # (`search_words`): named in its front matter, hidden by each engine's index.
    search_words: tuple[str, ...] = ()

    @property
    def is_page(self) -> bool:
        return self.path.endswith(".md")

    @property
    def own_feed(self) -> bool:
        """Whether the page's feed is its own (on the home page the site's), not that of the
        actor or municipality whose changes the page shows (`_with_feeds`)."""
        return self.feed is not None and (self.feed.page == self.path or self.feed.scope == "site")

    @property
    def edit_source(self) -> Optional[str]:
        return self.sources[0] if self.sources else None

    @property
    def municipality(self) -> Optional[str]:
        """The id of the municipality whose page or file this is; None for a national one."""
        for value in self.context.values():
            if isinstance(value, Municipality):
                return value.id
            municipality = getattr(value, "municipality", None)
            if isinstance(municipality, Municipality):
                return municipality.id
        return None


MATRIX_TITLE = "Jämför ämnen och aktörer"  # the matrix's, and each municipality's after it: `i Eskilstuna`
# A municipality of one actor has no other to compare it with: its table's title says what it
# shows, as its caption does (`Ämnen och aktören i Falun`).
ONE_ACTOR_MATRIX_TITLE = "Ämnen och aktören"


def matrix_title(municipality: Municipality) -> str:
    """The title of a municipality's matrix: `Jämför ämnen och aktörer i Eskilstuna`, but
    `Ämnen och aktören i Falun` where it has one actor."""
    title = ONE_ACTOR_MATRIX_TITLE if municipality.actor_count == 1 else MATRIX_TITLE
    return f"{title} {municipality.located}"


def _titled(path: str, template: str, title: str, context: dict[str, Any], sources: tuple[str, ...]) -> Output:
    """A page of the site's own (a list, the changes, the open data) whose template shows `title`
    (its `title`), holding the title's words typed without å, ä and ö for the search alone
    (`search_words`): `amnen` found nothing, where the list of topics is titled Ämnen."""
    return Output(path, template, {**context, "title": title}, sources, search_words=tuple(typed_plainly([title])))


def site_outputs(site: Site, history: Optional[History] = None,
                 data_cache: Optional[opendata.PlanDataCache] = None,
                 municipality: Optional[str] = None, feed_cache: Optional[feeds.FeedCache] = None) -> list[Output]:
    """Every generated page and file of the site, in a fixed order. Without `history` (the
    changes read from git by `history.read_history`) the feeds hold one entry saying so.
    `data_cache` and `feed_cache` (kept by `mkdocs serve`) spare making unchanged plans' data
    and unchanged feeds again.
    With `municipality`, only that municipality's outputs and the national ones, for a
    build that covers one municipality of a matrix (`generator build --municipality`)."""
    all_plans = tuple(plan.file for plan in site.plans)
    all_sources = tuple(plan.data.source.archive for plan in site.plans)
    site_feeds = feeds.site_feeds(site)  # listed once: open data's page and files, and each page's feed
    # The lists of documents, actors, the matrix and the coverage are indexes of municipalities
    # (their counts); each municipality's own table is among `_municipality_outputs`.
    found = [
        Output(paths.HOME, "home.md.j2", {}, (TOPICS_FILE, ACTORS_FILE)),
        _titled(paths.TOPICS, "topics.md.j2", "Ämnen", {}, (TOPICS_FILE,) + all_plans),
        _titled(paths.ACTORS, "actors.md.j2", "Partier och förvaltningar", {}, (ACTORS_FILE, MUNICIPALITIES_FILE)),
        Output(paths.PLANS, "plans.md.j2", {}, (PLANS_DIR + "/", MUNICIPALITIES_FILE) + all_plans),
        _titled(paths.MATRIX, "matrix.md.j2", MATRIX_TITLE, {}, (MUNICIPALITIES_FILE,)),
        Output(paths.ABOUT, "om.md.j2", {"risk_bands": RISK_BANDS}, (_template_file("om.md.j2"), TOPICS_FILE)),
        Output(paths.COVERAGE, "coverage.md.j2", {},
               (PLANS_DIR + "/", MUNICIPALITIES_FILE) + all_plans + all_sources, EDITORS_PAGE),
    ]
    found += [Output(paths.topic_page(topic.id), "topic.md.j2", {"topic": topic},
                     (TOPICS_FILE,) + tuple(sorted({i.plan.file for i in topic.items} | {t.plan.file for t in topic.tables})),
                     TOPIC_PAGE, search_words=tuple(topic.name_search_words))
              for topic in site.topics]
    found += [Output(paths.actor_page(actor.id), "actor.md.j2", {"actor": actor},
                     (ACTORS_FILE,) + tuple(plan.file for plan in actor.plans), ACTOR_PAGE, search_words=tuple(actor.search_words))
              for actor in site.actors]
    found += _municipality_outputs(site)
    for plan in site.plans:
        found.append(Output(paths.plan_page(plan.id), "plan.md.j2", {"plan": plan}, (plan.file,),
                            search_words=tuple(plan.search_words)))
        found.append(Output(paths.source_page(plan.id), "source.md.j2", {"plan": plan},
                            (plan.file, plan.data.source.archive), EDITORS_PAGE))
    found += open_data_outputs(site, history or feeds.without_history(
        site, feeds.DEFAULT_BASE_URL, opendata.UNKNOWN_COMMIT, None, shallow=True), site_feeds, data_cache, feed_cache)
    return _with_feeds([output for output in found if in_scope(output, municipality)], site_feeds)


def in_scope(output: Output, municipality: Optional[str]) -> bool:
    """Whether a build that covers `municipality` (None: every one) produces `output`: the
    national outputs and that municipality's own."""
    return municipality is None or output.municipality in (None, municipality)


# --- open data and feeds -----------------------------------------------------------------------
# The data files under data/v1/ with their schemas and manifest, the Atom feeds, and the two
# pages about them. Pages of the site, of a topic, actor or municipality get their feed.
def open_data_outputs(site: Site, history: History, site_feeds: list[Feed],
                      data_cache: Optional[opendata.PlanDataCache] = None,
                      feed_cache: Optional[feeds.FeedCache] = None) -> list[Output]:
    base = history.base_url
    made = opendata.data_files(site, base, data_cache)
    national = made.national
    # A plan's file and a municipality's share of the national rows belong to that
    # municipality's outputs (a build of one municipality writes only its own).
    written = [Output(data_file.path, "", content=data_file.content) for data_file in national]
    written += [Output(data_file.path, "", {"plan": plan}, content=data_file.content)
                for data_file, plan in zip(made.plans, site.plans, strict=True)]
    written += [Output(data_file.path, "", {"municipality": m}, content=data_file.content)
                for m in site.municipalities for data_file in made.municipalities[m.id]]
    # Each plan's archived source as plain text, beside its file (listed in the manifest).
    source_texts = [(paths.plan_source_text(plan.id), lambda plan=plan: opendata.source_text(plan))
                    for plan in site.plans]
    written += [Output(path, "", {"plan": plan}, content=text)
                for (path, text), plan in zip(source_texts, site.plans, strict=True)]
    # A data package beside each set of CSV files describes them for tools that read the standard:
    # the whole site's, and each municipality's in its folder, belonging to its outputs, its
    # home page the municipality's and its sources its documents table.
    package_texts = [(paths.data_file(opendata.DATA_PACKAGE), functools.cache(lambda: opendata.data_package(
        "vem-lovar-vad", opendata.DATA_PACKAGE_TITLE, national, base, base, whose=site.whose_documents)))]
    package_texts += [(paths.data_file(paths.municipality_data_name(m.id, opendata.DATA_PACKAGE)),
                       functools.cache(lambda m=m: opendata.data_package(
                           f"vem-lovar-vad-{m.id}", f"{opendata.DATA_PACKAGE_TITLE} {m.located}",
                           made.municipalities[m.id], base, paths.absolute_url(base, paths.municipality_page(m.id)),
                           paths.municipality_plans_page(m.id), whose=m.whose_documents)))
                      for m in site.municipalities]
    written += [Output(path, "", {"municipality": m} if m else {}, content=text)
                for (path, text), m in zip(package_texts, [None, *site.municipalities], strict=True)]
    # index.json is a national file: it lists every file of the site, also in a build of one
    # municipality, whose national files the merged site of a matrix build takes from any one
    # job (README, "Building municipalities in parallel"); together the jobs write them all.
    files = national + made.plans + [f for m in site.municipalities for f in made.municipalities[m.id]]
    all_plans = tuple(plan.file for plan in site.plans)
    field_sections = opendata.field_sections()
    # The page lists the national files and feeds; per plan and per actor it says where they
    # are linked instead (a list of every plan's file would grow with the number of plans).
    found = [
        _titled(paths.OPEN_DATA, "opendata.md.j2", "Öppna data",
                {"files": national, "file_count": len(files),
                 "municipality_file_count": sum(map(len, made.municipalities.values())),
                 "plan_schema": paths.schema_file(opendata.PLAN_SCHEMA),
                 "data_package": opendata.DATA_PACKAGE, "package_count": len(package_texts),
                 "feeds": site_feeds,
                 "field_sections": field_sections,
                 "in_force_steps": opendata.IN_FORCE_STEPS,
                 "data_url": paths.absolute_url(base, paths.data_file("")),
                 "public_url": base,
                 "commit": history.commit, "licence": opendata.LICENCE,
                 "licence_url": opendata.LICENCE_URL},
                (_template_file("opendata.md.j2"), TOPICS_FILE, ACTORS_FILE) + all_plans),
        # The files' fields, written from their schemas, on a page of their own beside it.
        _titled(paths.OPEN_DATA_FIELDS, "opendata_fields.md.j2", "Fälten i datafilerna", {"field_sections": field_sections},
                (_template_file("opendata_fields.md.j2"),)),
        _titled(paths.CHANGELOG, "changelog.md.j2", "Ändringar",
                {"history": history, "listing": feeds.changelog_listing(history),
                 "changelog_lines": feeds.CHANGELOG_LINES,
                 "feed_entry_lines": feeds.FEED_ENTRY_LINES,
                 "format_changes": opendata.FORMAT_CHANGES},
                (PLANS_DIR + "/", ACTORS_FILE)),
    ]
    found += written
    schema_texts = opendata.schemas(base)
    # Each feed's text made once: the feed and the manifest, which lists every feed, read it.
    # Behind the site's feeds, those at addresses a change of id gave up (`feeds.moved_feeds`):
    # no page announces them, and each belongs where the feed that continues it does.
    moved = feeds.moved_feeds(site_feeds, history)
    atom = feed_cache.atom if feed_cache is not None else feeds.atom
    feed_texts = [(feed.path, functools.cache(lambda feed=feed: atom(feed, history)))
                  for feed in site_feeds + moved]
    found.append(Output(paths.data_file("index.json"), "", content=lambda: opendata.json_text(
        opendata.manifest(files, base, history.commit, schema_texts, source_texts + package_texts + feed_texts,
                          history.commit_date))))
    found += [Output(paths.schema_file(name), "", content=(lambda text=text: text))
              for name, text in schema_texts.items()]
    # A feed of an actor, a municipality or a topic in it belongs to that municipality's outputs.
    scoped = {("actor", a.id): {"actor": a} for a in site.actors}
    scoped.update({("municipality", m.id): {"municipality": m} for m in site.municipalities})
    scoped.update({("municipality_topic", f"{m.id}/{row.topic.id}"): {"municipality": m}
                   for m in site.municipalities for row in m.topic_rows})
    found += [Output(feed.path, "", scoped.get((feed.scope, (feed.now or feed).scope_id), {}), content=text)
              for feed, (_, text) in zip(site_feeds + moved, feed_texts, strict=True)]
    # Material's language switcher fetches sitemap.xml next to every <link rel="alternate">,
    # feeds included: each feed folder gets one instead of a 404 in the console. It is an
    # index that names the site's sitemap, not a list of no pages for a crawler to find. A
    # municipality's folder of topic feeds, and so its index, is that municipality's.
    folders = {posixpath.dirname(feed.path): scoped.get((feed.scope, feed.scope_id), {})
               for feed in site_feeds if feed.scope == "municipality_topic"}
    found += [Output(f"{folder}/{paths.SITEMAP}", "", folders.get(folder, {}), content=lambda: _sitemap_index(base))
              for folder in sorted({posixpath.dirname(feed.path) for feed in site_feeds})]
    return found


def _sitemap_index(base_url: str) -> str:
    """A sitemap index naming the one sitemap, which the engine writes with every page."""
    index = ET.Element("sitemapindex", {"xmlns": SITEMAPS})
    ET.SubElement(ET.SubElement(index, "sitemap"), "loc").text = paths.absolute_url(base_url, paths.SITEMAP)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(index, encoding="unicode") + "\n"


def _municipality_outputs(site: Site) -> list[Output]:
    """Per municipality: its page; its documents, its topics × actors and its coverage in
    a table each; and per topic its actors side by side."""
    found = []
    for municipality in site.municipalities:
        plan_files = tuple(plan.file for plan in municipality.plans)
        source_files = tuple(plan.data.source.archive for plan in municipality.plans)
        shown = {"municipality": municipality}
        found += [
            Output(paths.municipality_page(municipality.id), "municipality.md.j2", shown,
                   (MUNICIPALITIES_FILE, ACTORS_FILE) + plan_files, MUNICIPALITY_PAGE,
                   search_words=tuple(municipality.search_words)),
            Output(paths.municipality_plans_page(municipality.id), "municipality_plans.md.j2", shown,
                   (PLANS_DIR + "/",) + plan_files),
            _titled(paths.municipality_matrix_page(municipality.id), "municipality_matrix.md.j2",
                    matrix_title(municipality), shown, (TOPICS_FILE, ACTORS_FILE) + plan_files),
            Output(paths.municipality_coverage_page(municipality.id), "municipality_coverage.md.j2", shown,
                   (PLANS_DIR + "/",) + plan_files + source_files, EDITORS_PAGE),
        ]
        for row in municipality.topic_rows:
            addressing = tuple(mentions.plan.file for cell in row.addressing for mentions in cell.addressing)
            found.append(Output(paths.compare_page(municipality.id, row.topic.id), "compare.md.j2", {"row": row},
                                (TOPICS_FILE, ACTORS_FILE) + addressing, COMPARE_PAGE,
                                search_words=tuple(row.topic.search_words)))
    return found


def _with_feeds(outputs: list[Output], site_feeds: list[Feed]) -> list[Output]:
    """Each page names the feed of the changes it shows: the national pages (home, changelog,
    open data and its fields, the lists of topics, actors and documents, the matrix, the about
    page and the editors' coverage) the site's; a document's page and its source's page their
    actor's; a comparison page its own, of its topic in its municipality."""
    by_scope = {(feed.scope, feed.scope_id): feed for feed in site_feeds}
    site_feed = by_scope[("site", "")]

    def feed_of(output: Output) -> Optional[Feed]:
        if output.path in (paths.HOME, paths.CHANGELOG, paths.OPEN_DATA, paths.OPEN_DATA_FIELDS, paths.TOPICS,
                           paths.ACTORS, paths.PLANS, paths.MATRIX, paths.ABOUT, paths.COVERAGE):
            return site_feed
        plan, row = output.context.get("plan"), output.context.get("row")
        if plan is not None:
            return by_scope.get(("actor", plan.actor.id))
        if row is not None and output.path == paths.compare_page(row.municipality.id, row.topic.id):
            return by_scope.get(("municipality_topic", f"{row.municipality.id}/{row.topic.id}"))
        for scope in ("topic", "actor", "municipality"):
            subject = output.context.get(scope)
            if getattr(subject, "id", None) and (scope, subject.id) in by_scope:
                return by_scope[(scope, subject.id)]
        return None

    return [replace(output, feed=feed_of(output)) if output.is_page else output for output in outputs]
