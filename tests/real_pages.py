"""The real plans' pages a test needs, chosen from the linked model (`repo_site`'s) by what
they hold, never by a plan's id, an item's id or a passage's words.

README promises that a party office can edit, rename or remove its own passages and pass
every test as long as `validate` accepts the plans. A test of layout or accessibility on the
real long texts therefore asks for "the plan with the most items" or "a budget table with
the most figures", and still opens a page of that kind after any such edit. Ties go to the
plan first in the model's order, so the choice is the same in every test process.
"""

from __future__ import annotations

import atexit
import json
import re
import subprocess
import tempfile
from pathlib import Path
from urllib.parse import urlencode

from generator import paths


def plan_url(plan) -> str:
    """A plan's page, as the served site's path: `dokument/<id>/`."""
    return paths.page_url(paths.plan_page(plan.id))


def source_url(plan) -> str:
    """A plan's archived text, as the served site's path: `kallor/<id>/`."""
    return paths.page_url(paths.source_page(plan.id))


def actor_url(actor) -> str:
    """An actor's page, as the served site's path: `partier/<id>/`."""
    return paths.page_url(paths.actor_page(actor.id))


def most_items(site):
    """The plan with the most items: the longest document page."""
    return max(site.plans, key=lambda plan: plan.item_count)


def most_quoted_source(site):
    """The plan whose archived text has the most lines quoted by items: the source page with
    the most line links and links back to items."""
    return max(site.plans, key=lambda plan: sum(1 for line in plan.source_lines if line.items))


def most_tables(site):
    """The plan whose page has the most tables, and so charts (a budget table's and an indicator's each)."""
    return max(site.plans, key=lambda plan: plan.table_count + sum(1 for item in plan.items if item.data.indicator))


def most_risks(site):
    """The plan with the most risks: its page has the risk matrix."""
    plan = max(site.plans, key=lambda plan: len(plan.risks))
    assert plan.risks, "no real plan has a risk: the risk matrix is not shown anywhere"
    return plan


def widest_budget_table(site):
    """The budget table with the most figures: the one that scrolls sideways on a phone."""
    tables = [table for plan in site.plans for table in plan.tables]
    assert tables, "no real plan has a budget table"
    return max(tables, key=lambda table: len(table.data.rows) * len(table.data.columns))


def earlier_term(site):
    """A plan from an earlier term, the one with the most items: marked as such on every page."""
    plans = [plan for plan in site.plans if plan.earlier_term]
    assert plans, "no real plan is from an earlier term"
    return max(plans, key=lambda plan: plan.item_count)


def longest_source(site):
    """The plan with the longest archived text."""
    return max(site.plans, key=lambda plan: len(plan.source.text))


def longest_party_word(site):
    """The plan of the party whose name has the longest word ("Sverigedemokraterna"): its
    facts box is the one a word could run out of."""
    plans = [plan for plan in site.plans if plan.actor.data.kind == "party"]
    assert plans, "no real plan is a party's"
    return max(plans, key=lambda plan: max(len(word) for word in plan.actor.name.split()))


def party_named(site, word: str, municipality: str | None = None):
    """The party whose name holds the word ("Liberalerna"), found by its name, which a new id
    (README's steps for renaming an actor) leaves as it was; of the municipality (its id) if given."""
    parties = [actor for actor in site.actors if actor.data.kind == "party" and word in actor.name.split()
               and municipality in (None, actor.municipality.id)]
    assert parties, f"no real party's name holds {word!r}"
    return parties[0]


def a_partys_plan(site):
    """The first party's plan in the model's order."""
    plans = [plan for plan in site.plans if plan.actor.data.kind == "party"]
    assert plans, "no real plan is a party's"
    return plans[0]


def words_after_an_ending(site, ending: str):
    """A word the archived text writes with `ending` inside it ("flyktingbarn" for `barn`) and
    the word after it on its line: (the plan, that word, the next one), the first in the model's
    order, found by what the text writes, not by a plan's id or a passage's words."""
    pattern = re.compile(rf"(?<!\w)(\w+{re.escape(ending)}) ((?!{re.escape(ending)})[^\W\d_]+)", re.IGNORECASE)
    for plan in site.plans:
        for line in plan.source.text.splitlines():
            if found := pattern.search(line):
                return plan, found.group(1), found.group(2)
    raise AssertionError(f"no real plan's archived text writes a word ending in {ending!r} before another word")


def administrations_plan(site):
    """The administration's plan with the most items (README: each municipality's
    administration has its plans beside the parties')."""
    plans = [plan for plan in site.plans if plan.actor.data.kind == "administration"]
    assert plans, "no real plan is an administration's"
    return max(plans, key=lambda plan: plan.item_count)


def chart_bars(plan) -> int:
    """How many bars the plan's charts draw, each with its label: a budget table's figures and
    an indicator's baseline and target."""
    return (sum(1 for table in plan.tables for row in table.data.rows for value in row.values if value is not None)
            + sum(1 + (item.data.indicator.baseline is not None) for item in plan.items if item.data.indicator))


def most_promise_states(site):
    """The plan (a follow-up) whose items report the most different promise states."""
    plan = max(site.plans, key=lambda plan: len(promise_states(plan)))
    assert promise_states(plan), "no real plan reports a promise's state"
    return plan


def promise_states(plan) -> set[str]:
    return {item.data.status.state for item in plan.items if item.data.status}


def searched(site, queries, engine: str = "mkdocs") -> dict[str, list[str]]:
    """What the site's search lists for each query on a built site, as a voter sees it: for each
    result, the page's address, in the order shown. Under MkDocs a result is a page and its
    matching sections (tests/search_worker.js runs Material's own search worker on the site's
    index, asked through the page's vlv-search-on-demand.js as the bundle asks it); under Zensical each section is a result of its own, its first page of ten
    (tests/zensical_search_worker.js runs Zensical's worker on its search.json, asked through
    vlv-search-on-demand.js too). One worker per site and engine answers every call of the test
    process (`_kept_script`): its setup indexes the whole site, 0.3-0.4 s of processor time."""
    script, index = ("search_worker.js", "search/search_index.json") if engine == "mkdocs" else ("zensical_search_worker.js", "search.json")
    found = _asked(script, Path(site), Path(site) / index, list(queries))
    return {query: [location.split("#")[0] for location in locations] for query, locations in found.items()}


_KEPT_SCRIPTS: dict[tuple, subprocess.Popen] = {}
KEPT_SCRIPTS = 6  # the session's sites' search workers and highlighters; a site a test builds for itself is read by one test


def _asked(script: str, site: Path, index: Path, question):
    """The answer of the kept `node <script> <site> --serve` (`_kept_script`) to `question`: one
    JSON line asked, one read back."""
    key = _script_key(script, site, index)
    kept = _kept_script(key, script, site)
    kept.stdin.write(json.dumps(question) + "\n")
    kept.stdin.flush()
    line = kept.stdout.readline()
    if not line:
        _KEPT_SCRIPTS.pop(key, None)
        kept.wait()
        kept.errors.seek(0)
        raise AssertionError(f"tests/{script} on {site} stopped: {kept.errors.read()}")
    return json.loads(line)


def _script_key(script: str, site: Path, index: Path) -> tuple:
    """A kept script answers for one site and index as it was when the script read it: a site
    built again in the same folder (its index written anew) gets a process of its own."""
    stat = index.stat()
    return script, str(site), stat.st_ino, stat.st_mtime_ns, stat.st_size


def _kept_script(key: tuple, script: str, site: Path) -> subprocess.Popen:
    """The running `node <script> <site> --serve` for `key`, started at its first call; the least
    recently asked goes when one more than `KEPT_SCRIPTS` is needed (a site a test builds for
    itself, not the session's sites that every test asks, each indexed anew when started again),
    all at exit. Its error output goes to a file, which nothing has to read while it runs."""
    if key in _KEPT_SCRIPTS:
        _KEPT_SCRIPTS[key] = _KEPT_SCRIPTS.pop(key)
    else:
        if len(_KEPT_SCRIPTS) >= KEPT_SCRIPTS:
            _stop(_KEPT_SCRIPTS.pop(next(iter(_KEPT_SCRIPTS))))
        errors = tempfile.TemporaryFile("w+", encoding="utf-8")
        kept = subprocess.Popen(["node", str(Path(__file__).with_name(script)), str(site), "--serve"], stdin=subprocess.PIPE,
                                stdout=subprocess.PIPE, stderr=errors, encoding="utf-8")
        kept.errors = errors  # type: ignore[attr-defined]
        _KEPT_SCRIPTS[key] = kept
    return _KEPT_SCRIPTS[key]


def _stop(kept: subprocess.Popen) -> None:
    kept.stdin.close()
    kept.wait()
    kept.stdout.close()
    kept.errors.close()


@atexit.register
def _stop_kept_scripts() -> None:
    while _KEPT_SCRIPTS:
        _stop(_KEPT_SCRIPTS.popitem()[1])


def marked(site, queries) -> dict[str, str | None]:
    """The words a search result's page marks, for each query a result's link carries in `?h=`
    (Zensical's carries the query as typed): the `h` the theme's bundle reads once the page's
    vlv-search-on-demand.js has read the address (tests/search_highlight.js), None for none."""
    return {query: read["h"] for query, read in _highlighted(site, queries, None).items()}


def marks(site, queries, text: str) -> dict[str, list[str]]:
    """The words the theme's bundle marks in a `text` of the page a search result opens, for
    each query its link carries in `?h=`: each word marked as the text writes it, in order. The
    bundle's own highlighter (tests/search_highlight.js), with the separator of the site's index,
    given the `h` vlv-search-on-demand.js leaves."""
    return {query: read["marks"] for query, read in _highlighted(site, queries, text).items()}


def _highlighted(site, queries, text: str | None) -> dict[str, dict]:
    """tests/search_highlight.js's reading of a result's address with each query, kept running
    for the site as its search workers are (`_kept_script`): the theme's bundle and the site's
    index are read once per test process, not once a call."""
    addresses = {query: "http://localhost/amnen/hemloshet/?" + urlencode({"h": query}) for query in queries}
    index = next(index for index in (Path(site) / "search.json", Path(site) / "search" / "search_index.json") if index.exists())
    read = _asked("search_highlight.js", Path(site), index, {"addresses": list(addresses.values()), "text": text})
    return {query: read[address] for query, address in addresses.items()}
