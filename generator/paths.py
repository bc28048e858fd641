"""The only place that knows page paths, anchors and URLs.

Pages are Markdown files under docs/; with MkDocs' directory URLs `amnen/hemloshet.md`
is served at `amnen/hemloshet/`. Links between generated pages are relative, so the site
works from any base URL (a GitHub Pages project path, a PR preview artifact, a laptop).
"""

from __future__ import annotations

import functools
import re
import unicodedata
from typing import Optional

HOME = "index.md"
TOPICS = "amnen/index.md"
ACTORS = "partier/index.md"
PLANS = "dokument/index.md"
MATRIX = "jamforelse/index.md"
COVERAGE = "redaktion/tackning.md"
ABOUT = "om/index.md"  # an index, as `generator build` writes it (docs_file): the nav names it
GUIDE = "bidra.md"  # hand-written: the party offices' guide
# Hand-written too: the guide's table of every field of a plan, beside it (`generator schema`
# writes the table): a reference a party office looks a field up in, and 12 KB of the guide's
# HTML, which neared P4's 100 KB (issue 13).
GUIDE_FIELDS = "bidra/falt.md"

# Folders and single files under docs/ that belong to the generator (git-ignored).
GENERATED_DIRS = ("amnen", "partier", "dokument", "kallor", "jamforelse", "redaktion",
                  "oppna-data", "andringar", "data", "flode", "om")
GENERATED_FILES = (HOME,)

# Each feed folder (flode/amnen/, flode/partier/, flode/kommuner/) holds a sitemap.xml beside
# the feeds named by their topic, actor or municipality id (`outputs`): that id must not be
# `sitemap`, or its feed would be replaced by the sitemap index.
FEED_FOLDER_NAMES = ("sitemap",)

# A municipality's pages live at the top level (`/eskilstuna/`, `/eskilstuna/hemloshet/`),
# so its id must not be one of the site's own top-level paths: the generated folders,
# the hand-written pages and assets, Material's own folders (search, assets), and names
# kept for pages to come (data, andringar). `validate` refuses such ids
# (checks.check_municipality_ids_free).
RESERVED_TOP_LEVEL = tuple(sorted(set(GENERATED_DIRS) | {
    "om", "bidra", "schema", "search", "assets", "stylesheets", "javascripts", "data", "andringar",
    "overrides",  # the theme's folder under docs/, which is not published
    "index",      # docs/index.md is the home page
} | set(FEED_FOLDER_NAMES)))
# An actor's page is /partier/<id>/, beside the list of all actors (/partier/, index.md).
RESERVED_ACTOR_IDS = ("index", *FEED_FOLDER_NAMES)

# A municipality's own tables live beside its comparison pages (`/eskilstuna/dokument/`
# beside `/eskilstuna/hemloshet/`): the national lists would otherwise grow with every plan.
# The names share the folder with topic ids, so `validate` refuses a topic id that is one
# of them, or `index` (the municipality page itself) (checks.check_topic_ids_free).
MUNICIPALITY_PLANS = "dokument"
MUNICIPALITY_MATRIX = "jamforelse"
MUNICIPALITY_COVERAGE = "tackning"
RESERVED_IN_MUNICIPALITY = ("index", MUNICIPALITY_PLANS, MUNICIPALITY_MATRIX, MUNICIPALITY_COVERAGE, *FEED_FOLDER_NAMES)


def topic_page(topic_id: str) -> str:
    return f"amnen/{topic_id}.md"


def actor_page(actor_id: str) -> str:
    return f"partier/{actor_id}.md"


def plan_page(plan_id: str) -> str:
    return f"dokument/{plan_id}.md"


def is_plan_page(page: str) -> bool:
    """Whether `page` (as `plan_page` names it) is a document's page, not the list of documents."""
    return page.startswith(plan_page("").removesuffix(".md")) and page != PLANS


def source_page(plan_id: str) -> str:
    return f"kallor/{plan_id}.md"


def municipality_page(municipality_id: str) -> str:
    return f"{municipality_id}/index.md"


def compare_page(municipality_id: str, topic_id: str) -> str:
    """The comparison of one municipality's actors on one topic, side by side."""
    return f"{municipality_id}/{topic_id}.md"


def municipality_plans_page(municipality_id: str) -> str:
    """One municipality's documents in a table."""
    return f"{municipality_id}/{MUNICIPALITY_PLANS}.md"


def municipality_matrix_page(municipality_id: str) -> str:
    """One municipality's topics × actors."""
    return f"{municipality_id}/{MUNICIPALITY_MATRIX}.md"


def municipality_coverage_page(municipality_id: str) -> str:
    """How much of one municipality's sources its plans quote (for editors)."""
    return f"{municipality_id}/{MUNICIPALITY_COVERAGE}.md"


# The section of the municipality page that lists its actors and their documents
# (what the national `/partier/` links to).
MUNICIPALITY_ACTORS_ANCHOR = "aktorer"
SOURCE_COVERAGE_ANCHOR = "tackning"  # the coverage section at the end of a source page
RISK_LEVELS_ANCHOR = "risknivaer"  # the about page's section on the site's risk levels
PLAN_SUMMARY_ANCHOR = "sammanfattning"  # the summary heading of a plan page
# A plan page's note on whose the document is, when outside sources say it (`Plan.attribution`):
# where every page that names the document as its actor's links to.
PLAN_ATTRIBUTION_ANCHOR = "tillskrivning"


def section_anchor(number: int) -> str:
    """Anchor of a plan's section on its page, numbered from 1 (its heading is the plan's own text)."""
    return f"avsnitt-{number}"


# The anchors a plan page gives its own headings and notes: the summary, the attribution, each
# section, and the risk legend and list under a section (`avsnitt-2-teckenforklaring`). An item or
# table whose id is one of them would share it: two elements with one id, and links to the item
# land on the heading.
_PLAN_PAGE_ANCHORS = re.compile(f"{PLAN_SUMMARY_ANCHOR}|{PLAN_ATTRIBUTION_ANCHOR}|{section_anchor(0)[:-1]}[0-9]+(-teckenforklaring|-risker-efter-niva)?")


# What the toc extension's `slugify` drops from a title, and the runs it joins with "-". Its
# three lines are written out here rather than imported: `validate` needs every plan's title id
# (`check_entry_ids_free`), and importing Markdown for them was about 3 % of its instructions
# on the real plans. tests/test_checks.py holds them equal to Markdown's on drawn titles.
_NOT_IN_SLUG = re.compile(r"[^\w\s-]")
_SLUG_SEPARATORS = re.compile(r"[-\s]+")


def title_anchor(title: str) -> str:
    """The id of a page's title: what the toc extension (and Zensical) make of its text, as
    `markdown.extensions.toc.slugify(text, "-")` does: letters made ASCII (`å` is `a`),
    punctuation dropped, lower case, spaces and hyphens joined into one "-"."""
    value = unicodedata.normalize("NFKD", " ".join(title.split())).encode("ascii", "ignore").decode("ascii")
    return _SLUG_SEPARATORS.sub("-", _NOT_IN_SLUG.sub("", value).strip().lower())


def is_plan_page_anchor(anchor: str, title_id: str) -> bool:
    """Whether a plan page whose title has the id `title_id` (`title_anchor`) gives `anchor`
    to a heading of its own."""
    return anchor == title_id or _PLAN_PAGE_ANCHORS.fullmatch(anchor) is not None


def line_anchor(line: int) -> str:
    return f"L{line}"


def municipality_anchor(municipality_id: str) -> str:
    return f"kommun-{municipality_id}"


def county_anchor(county: Optional[str]) -> str:
    """Anchor of a county's group on the home page (the ids of registries are a–z only)."""
    if county is None:
        return "lan-saknas"
    plain = unicodedata.normalize("NFKD", county.lower()).encode("ascii", "ignore").decode()
    return "lan-" + "-".join("".join(c if c.isalnum() else " " for c in plain).split())


def actor_anchor(actor_id: str) -> str:
    """Anchor of an actor's column on a comparison page."""
    return f"aktor-{actor_id}"


def actor_name_anchor(actor_id: str) -> str:
    """Id of the actor's name in its column's heading, which names the column's region
    (`aria-labelledby`): not `aktor-` and the id, so no actor's column can share it."""
    return f"namn-{actor_id}"


def actor_list_anchor() -> str:
    """Anchor of a comparison page's list of links to the actors' columns, which each column
    links back to (a column's anchor is `aktor-` and its actor's id, never this)."""
    return "aktorer"


def page_url(page: str) -> str:
    """The site-relative directory URL MkDocs serves `page` at."""
    if page == "index.md":
        return ""
    if page.endswith("/index.md"):
        return page[: -len("index.md")]
    return page[: -len(".md")] + "/"


def docs_file(path: str) -> str:
    """The file under docs/ that `generator build` writes an output to: a page in the folder
    of its URL (`amnen/hemloshet.md` → `amnen/hemloshet/index.md`), a data file or feed as is.

    Links between pages are relative to the page's URL (`link`). MkDocs leaves them so in a
    page's HTML; Zensical resolves them against the folder of the Markdown file, which for
    `amnen/hemloshet.md` is one level above the URL's: every link would climb one level too
    far (out of /vem-lovar-vad/ on GitHub Pages). Where the two folders are one, both
    engines make the same links."""
    if not path.endswith(".md") or path == HOME or path.endswith("/index.md"):
        return path
    return path[: -len(".md")] + "/index.md"


def link(from_page: str, to_page: str, anchor: str = "") -> str:
    """Relative URL from one generated page to another (and an anchor on it)."""
    url = _relative_url(from_page, to_page)
    if anchor:
        return f"{url}#{anchor}" if url else f"#{anchor}"
    return url or "./"


@functools.lru_cache(maxsize=None)
def _folders(page: str) -> tuple[str, ...]:
    return tuple(part for part in page_url(page).split("/") if part)


def _relative_url(from_page: str, to_page: str) -> str:
    """What `posixpath.relpath` gives for the two directory URLs, without its file-system
    normalisation: pages link to each other hundreds of thousands of times in a large build."""
    parts = _steps(_folders(from_page), _folders(to_page))
    return "/".join(parts) + "/" if parts else ""


def _steps(here: tuple[str, ...], there: tuple[str, ...]) -> list[str]:
    """The path from folder `here` to `there`, both as their parts: up to the folder they
    share, then down."""
    shared = 0
    for a, b in zip(here, there):
        if a != b:
            break
        shared += 1
    return [".."] * (len(here) - shared) + list(there[shared:])


# --- open data and feeds ---------------------------------------------------------------------
# Data files and feeds are files, not pages: they are served at their own path, and
# feeds carry absolute URLs (Atom allows no relative links), built on the public address.
OPEN_DATA = "oppna-data/index.md"
# The fields of the data files, beside the page about them: half that page's weight, which
# neared P4's 100 KB, and a reference a reader looks a field up in rather than reads through.
OPEN_DATA_FIELDS = "oppna-data/falt.md"
SITEMAP = FEED_FOLDER_NAMES[0] + ".xml"  # the engine (MkDocs, Zensical) writes the site's own at the top level
CHANGELOG = "andringar/index.md"
DATA_DIR = "data/v1"
# The data package (Frictionless) beside each set of CSV files: the site's, and each municipality's.
DATA_PACKAGE = "datapackage.json"


def data_file(name: str) -> str:
    """`items.json` → `data/v1/items.json`."""
    return f"{DATA_DIR}/{name}"


def schema_file(name: str) -> str:
    """The JSON Schema of a data file: `items.json` → `data/v1/schema/items.json`."""
    return f"{DATA_DIR}/schema/{name}"


def editor_schema_file(name: str) -> str:
    """The editors' JSON Schema of a plan or registry, as MkDocs publishes docs/schema/:
    `plan.schema.json` → `schema/plan.schema.json`."""
    return f"schema/{name}"


def plan_data(plan_id: str) -> str:
    return data_file(f"plans/{plan_id}.json")


def plan_source_text(plan_id: str) -> str:
    """The archived source as plain text, beside the plan's file: `data/v1/plans/<id>.txt`."""
    return data_file(f"plans/{plan_id}.txt")


def municipality_data_name(municipality_id: str, name: str) -> str:
    """One municipality's share of a national data file, under data/v1/:
    `kommuner/eskilstuna/items.csv`."""
    return f"kommuner/{municipality_id}/{name}"


def municipality_data(municipality_id: str, name: str) -> str:
    """`data/v1/kommuner/eskilstuna/items.csv`."""
    return data_file(municipality_data_name(municipality_id, name))


def feed_file(scope: str, scope_id: str = "") -> str:
    """The Atom feed of the whole site (`site`), of one topic, actor or municipality, or of one
    topic in one municipality (`municipality_topic`, "eskilstuna/hemloshet": in the
    municipality's folder beside its own feed, `flode/kommuner/eskilstuna/hemloshet.xml`)."""
    folder = {"site": "", "topic": "amnen/", "actor": "partier/", "municipality": "kommuner/",
              "municipality_topic": "kommuner/"}[scope]
    return f"flode/{folder}{scope_id or 'alla'}.xml"


def change_anchor(commit: str) -> str:
    """Anchor of one change on the changelog page."""
    return f"andring-{commit[:12]}"


def file_link(from_page: str, file_path: str) -> str:
    """Relative URL from a generated page to a file served as is (data file, feed): what
    `posixpath.relpath` gives from the page's URL, without the two calls to the file system
    it makes for each (every page links five or six files)."""
    return "/".join(_steps(_folders(from_page), tuple(part for part in file_path.split("/") if part))) or "."


def absolute_url(base_url: str, target: str, anchor: str = "") -> str:
    """The public URL of a page (`….md`) or file under `base_url`."""
    url = base_url.rstrip("/") + "/" + (page_url(target) if target.endswith(".md") else target)
    return f"{url}#{anchor}" if anchor else url
