"""Which input file each generated page comes from (for the pages' edit buttons)."""

from __future__ import annotations

from . import paths
from .crossref import Site

ACTORS_FILE = "registry/actors.yaml"
TOPICS_FILE = "registry/topics.yaml"


def edit_sources(site: Site) -> dict[str, str]:
    """{generated page: repository path of the file an editor should change}."""
    sources = {
        paths.HOME: TOPICS_FILE,
        paths.TOPICS: TOPICS_FILE,
        paths.ACTORS: ACTORS_FILE,
        paths.MATRIX: TOPICS_FILE,
        paths.COVERAGE: "plans/",
    }
    for topic in site.topics:
        sources[paths.topic_page(topic.id)] = TOPICS_FILE
    for actor in site.actors:
        sources[paths.actor_page(actor.id)] = ACTORS_FILE
    for plan in site.plans:
        sources[paths.plan_page(plan.id)] = plan.file
        sources[paths.source_page(plan.id)] = plan.file
    sources[paths.PLANS] = "plans/"
    return sources
