"""Which outputs an edit can change, so that `mkdocs serve` renders only those again.

Every page and data file belongs to one municipality or to the whole country
(`Output.municipality`). A plan reaches the pages of its own municipality, the national
pages and files, and the pages of any plan it is linked to by a follow-up (which may stand
in another municipality); nothing else. So after a rebuild in which only plans and
archived sources changed, the pages of every other municipality are the same as before
and are taken from the previous rebuild instead of being rendered again. At a thousand
plans in thirty municipalities an edited plan shows in a few seconds instead of twelve.

Anything else renders everything, as a fresh build does: the first build, a build after
one that showed errors or failed, a changed registry, a changed template (also when a plan
changed with it), a rebuild in which no input changed (a hand-written page was edited), a
new day (which term is current depends on the date) and new commits (the changelog and
feeds). `tests/test_incremental.py` edits
plans and sources in many ways and compares the result with a full render.
"""

from __future__ import annotations

import datetime
import hashlib
from dataclasses import dataclass, field, replace
from typing import Optional

from pathlib import Path

from .checks import CheckCache, find_warnings
from .errors import LocatedError
from .feeds import FeedCache, History
from .history import KeptHead, read_history
from .link import Site, link
from .load import PLANS_DIR, SOURCES_DIR, LoadCache
from .opendata import PlanDataCache
from .outputs import Output, site_outputs
from .render import TEMPLATES, forget_compiled_templates, render_outputs
from .site import checked_inputs


class Rebuilds:
    """What `mkdocs serve` keeps from one rebuild to the next, and the rebuild itself: each
    input file as parsed (`load.LoadCache`), what the one-plan rules found in each plan
    (`checks.CheckCache`), each plan's part of the data files (`opendata.PlanDataCache`),
    what git said of HEAD (`history.KeptHead`), each feed's text (`feeds.FeedCache`),
    and what the last rebuild rendered; and the warnings of the files it read, which
    `validate` would print. `forget()` after a rebuild that failed: the next one renders
    everything."""

    def __init__(self) -> None:
        self.files = LoadCache()
        self.checked = CheckCache()
        self.data = PlanDataCache()
        self.snapshot: Optional[Snapshot] = None
        self.rendered_count = 0  # outputs the last rebuild rendered
        self.compiled: Optional[tuple] = None  # `templates_stamp()` of the templates Jinja has compiled
        self.warnings: list[LocatedError] = []  # of the last rebuild's files (`checks.find_warnings`)
        self.head = KeptHead()  # what git said of HEAD, asked again when HEAD moved
        self.feeds = FeedCache()  # each feed's text, made again when the history changed

    def build(self, root: Path, municipality: Optional[str] = None) -> tuple[list[Output], dict[str, str]]:
        """Every output of the tree at `root` (one municipality's and the national ones, if
        given) and its text; raises ValidationFailed with every error. After a rebuild that
        raised anything, the next renders everything: the files it read are known to the
        caches, but their pages were never rendered (a template error, say)."""
        try:
            return self._build(root, municipality)
        except BaseException:
            self.forget()
            raise

    def _build(self, root: Path, municipality: Optional[str]) -> tuple[list[Output], dict[str, str]]:
        inputs = checked_inputs(root, self.files, self.checked)
        self.warnings = find_warnings(inputs, self.checked)
        site = link(inputs)
        history = read_history(root, site, kept=self.head)
        outputs = site_outputs(site, history, self.data, municipality or None, self.feeds)
        now, previous = snapshot(site, history, templates=templates_stamp()), self.snapshot
        if now.templates != self.compiled:
            forget_compiled_templates()  # a template whose time stamp did not change with it
            self.compiled = now.templates
        todo = outputs_to_render(previous, now, self.files.misses, outputs)
        rendered = render_outputs(site, todo)
        pages = {output.path: rendered[output.path] if output.path in rendered else previous.rendered[output.path]
                 for output in outputs}
        self.snapshot, self.rendered_count = replace(now, rendered=pages), len(todo)
        return outputs, pages

    def forget(self) -> None:
        self.snapshot = None


@dataclass(frozen=True)
class Snapshot:
    """What a rebuild rendered, and what the next one needs to know which pages it may keep."""

    plan_scopes: dict[str, frozenset[str]]  # plan file: the municipalities whose pages show it
    source_plans: dict[str, frozenset[str]]  # archived source: the plan files that quote it
    history: History
    day: datetime.date
    templates: tuple = ()  # `templates_stamp()`: a changed template renders everything
    rendered: dict[str, str] = field(default_factory=dict)  # output path: its text


def snapshot(site: Site, history: History, templates: tuple = ()) -> Snapshot:
    """A new model's snapshot; `dataclasses.replace(it, rendered=…)` once it is rendered. Its
    day is the one the site was linked as of, not the clock's when the rebuild ends: midnight
    may strike in between, and the next rebuild must then render every page as of the new day."""
    source_plans: dict[str, set[str]] = {}
    for plan in site.plans:
        source_plans.setdefault(plan.data.source.archive, set()).add(plan.file)
    return Snapshot(_plan_scopes(site), {k: frozenset(v) for k, v in source_plans.items()},
                    history, site.today, templates)


def files_stamp(files) -> tuple:
    """Each file's path and a digest of its bytes: what tells a rebuild that a file it does not
    parse (a template, the theme) was saved. Not its size and modification time: a file saved
    again within one tick of the file system's clock, or put back with its old time stamp
    (`touch -r`, `cp -p`, an archive unpacked), keeps both (a few dozen small files, read in
    well under a millisecond)."""
    return tuple((str(path), hashlib.sha256(path.read_bytes()).hexdigest()) for path in files)


def templates_stamp() -> tuple:
    """The templates' `files_stamp`: a template saved together with a plan (a checkout, a
    pull) must render every page, not only the plan's municipality's."""
    return files_stamp(sorted(TEMPLATES.glob("*.j2")))


def _plan_scopes(site: Site) -> dict[str, frozenset[str]]:
    scopes: dict[str, set[str]] = {plan.file: {plan.municipality.id} for plan in site.plans}
    for plan in site.plans:
        for item in plan.items:
            for other in ([item.follows] if item.follows else []) + item.followed_up_by:
                scopes[plan.file].add(other.plan.municipality.id)
    return {file: frozenset(ids) for file, ids in scopes.items()}


def outputs_to_render(previous: Optional[Snapshot], now: Snapshot, changed_files: list[str],
                      outputs: list[Output]) -> list[Output]:
    """The outputs that may differ from `previous` (all of them when that cannot be told).

    `now` is the snapshot of the new model, not rendered yet; `changed_files` are the input
    files whose bytes changed since the previous rebuild."""
    municipalities = _touched(previous, now, changed_files)
    if municipalities is None or previous is None:
        return list(outputs)
    return [output for output in outputs
            if output.municipality is None or output.municipality in municipalities
            or output.path not in previous.rendered]


def _touched(previous: Optional[Snapshot], now: Snapshot, changed_files: list[str]) -> Optional[set[str]]:
    """The municipalities whose pages the changes can reach; None for "every page"."""
    if (previous is None or previous.history != now.history or previous.day != now.day
            or previous.templates != now.templates):
        return None
    if not all(f.startswith((PLANS_DIR + "/", SOURCES_DIR + "/")) for f in changed_files):
        return None  # a registry: names, topics and municipalities appear everywhere
    changed_plans = {f for f in changed_files if f.startswith(PLANS_DIR + "/")}
    changed_sources = {f for f in changed_files if f.startswith(SOURCES_DIR + "/")}
    changed_plans |= set(previous.plan_scopes) ^ set(now.plan_scopes)  # added and removed plans
    for snap in (previous, now):
        for source in changed_sources:
            changed_plans |= snap.source_plans.get(source, frozenset())
    if not changed_plans:
        return None  # no input changed: a template or hand-written page did
    touched: set[str] = set()
    for snap in (previous, now):
        for plan in changed_plans:
            touched |= snap.plan_scopes.get(plan, frozenset())
    return touched
