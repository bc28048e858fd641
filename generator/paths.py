"""The only place that knows page paths, anchors and URLs.

Pages are Markdown files under docs/; with MkDocs' directory URLs `amnen/hemloshet.md`
is served at `amnen/hemloshet/`. Links between generated pages are relative, so the site
works from any base URL (a GitHub Pages project path, a PR preview artifact, a laptop).
"""

from __future__ import annotations

import posixpath

HOME = "index.md"
TOPICS = "amnen/index.md"
ACTORS = "partier/index.md"
PLANS = "dokument/index.md"
MATRIX = "jamforelse/index.md"
COVERAGE = "redaktion/tackning.md"
ABOUT = "om.md"

# Folders and single files under docs/ that belong to the generator (git-ignored).
GENERATED_DIRS = ("amnen", "partier", "dokument", "kallor", "jamforelse", "redaktion")
GENERATED_FILES = (HOME, ABOUT)


def topic_page(topic_id: str) -> str:
    return f"amnen/{topic_id}.md"


def actor_page(actor_id: str) -> str:
    return f"partier/{actor_id}.md"


def plan_page(plan_id: str) -> str:
    return f"dokument/{plan_id}.md"


def source_page(plan_id: str) -> str:
    return f"kallor/{plan_id}.md"


def line_anchor(line: int) -> str:
    return f"L{line}"


def municipality_anchor(municipality_id: str) -> str:
    return f"kommun-{municipality_id}"


def actor_anchor(actor_id: str) -> str:
    """Anchor of an actor's block on a topic page or in the matrix."""
    return f"aktor-{actor_id}"


def page_url(page: str) -> str:
    """The site-relative directory URL MkDocs serves `page` at."""
    if page == "index.md":
        return ""
    if page.endswith("/index.md"):
        return page[: -len("index.md")]
    return page[: -len(".md")] + "/"


def link(from_page: str, to_page: str, anchor: str = "") -> str:
    """Relative URL from one generated page to another (and an anchor on it)."""
    here = page_url(from_page)
    there = page_url(to_page)
    relative = posixpath.relpath(there or ".", here.rstrip("/") or ".")
    url = "" if relative == "." else relative + "/"
    if anchor:
        return f"{url}#{anchor}" if url else f"#{anchor}"
    return url or "./"
