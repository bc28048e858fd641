"""Turn a corpus into a Hugo site: a copy of bench/hugo/ plus data/site.json.

The Hugo site is the benchmark's stand-in for ours: the same page kinds, split by
municipality the same way, from the same corpus (`run.page_kind` sorts the pages of both):

- home `/`: the municipalities grouped by county (links only) and the topics;
- per municipality: `/<kommun>/` its topics ("N av M aktörer") and each actor's documents;
  `/<kommun>/<ämne>/` the comparison, a column per actor with its items on the topic
  (commitments, then background, then tables; a silent actor gets "Inget om detta i
  underlaget"); `/<kommun>/dokument/` its documents, `/<kommun>/jamforelse/` its topic ×
  actor matrix and `/<kommun>/tackning/` the coverage of its sources, a table each;
- national: `/amnen/` the topics with their counts; `/amnen/<ämne>/` a line per
  municipality, grouped by county, leading to the comparison; `/partier/`, `/dokument/`,
  `/jamforelse/` and `/redaktion/tackning/` indexes of municipalities grouped by county;
  a page per actor (`/partier/<aktör>/`), plan (`/dokument/<plan>/`) and archived source
  (`/kallor/<plan>/`).

Each page's text is ours, word for word, without the theme: every kind of sentence our page
says is on Hugo's (tests/test_bench.py compares them page by page, names and figures set aside).

Not rendered: the open data page, the changelog, the hand-written pages (about, contribute,
404), data files, feeds and the search index. No Hugo page lists every plan of the country.

Every join and every figure a page shows is made here, in Python, once (items of each plan,
actor and municipality per topic, the counts and their wording, terms of office, coverage,
follow-ups both ways),
so each template walks the lists it is given and looks objects up by id, nothing more
but what our templates also choose: one word or its plural by a list's length ("Ämne:" or
"Ämnen:", "Tabell:" or "Tabeller:", "dokumentet" or "dokumenten");
`run.py` times this step separately and reports it. Coverage is simplified to whole lines:
the corpus quotes whole lines, so a line is quoted (or excluded) when a quote (or an
exclusion) is that line. Order follows our site: municipalities, actors and topics by name,
an actor's documents newest first; the JSON is written with sorted keys, so the same corpus
gives the same site.json.
"""

from __future__ import annotations

import datetime
import json
import re
import shutil
from pathlib import Path
from typing import Optional

import yaml

from generator import model, paths
from generator.readability import readability
from generator.render import shorten
from generator.link import LINK_NAME_LENGTH, theirs, who
from generator.swedish import swedish_date, unit_explained

HUGO_TEMPLATE = Path(__file__).resolve().parent / "hugo"
_SWEDISH = str.maketrans({"å": "{", "ä": "|", "ö": "}", "é": "e"})
NO_COUNTY = "Län saknas i registret"
BADGES = {"done": "✔", "partly": "◐", "not-started": "✖", "unknown": "?"}
GROUP_OF_KIND = {kind: group for group, (_, _, kinds) in model.ITEM_GROUPS.items() for kind in kinds}
_LIST_ITEM = re.compile(r"^\s*(?:[-*+•]|\d+[.)])\s+\S")
_CLOSING = re.compile(r"[.!?:;”\"')]\s*$")


def _swedish(text: str) -> str:
    return text.casefold().translate(_SWEDISH)


def _load(path: Path):
    with path.open(encoding="utf-8") as handle:
        return yaml.load(handle, Loader=yaml.CSafeLoader)


def _count(number: int, one: str, many: str) -> str:
    return f"{number} {one if number == 1 else many}"


def _percent(share: float, decimals: int = 1) -> str:
    return f"{share * 100:.{decimals}f}".replace(".", ",") + "\u00a0%"


def _year_label(plan: dict) -> str:
    if plan.get("year") is not None:
        return str(plan["year"])
    if plan.get("period"):
        return f"{plan['period']['start']}–{plan['period']['end']}"
    return "odaterat"


def _newest(plan: dict) -> int:
    return int(plan.get("year") or (plan.get("period") or {}).get("end") or 0)


def _key(text: str) -> str:
    return " ".join(text.split())


def _line_finder(lines: list[str]):
    """Line number (1-based) where a quote starts; the corpus quotes whole lines."""
    starts: dict[str, int] = {}
    for number, line in enumerate(lines, start=1):
        starts.setdefault(_key(line.removeprefix("- ")), number)

    def find(quote: str) -> int:
        key = _key(quote)
        if key in starts:
            return starts[key]
        return next((n for n, line in enumerate(lines, start=1) if key[:40] in _key(line)), 1)

    return find


# --- terms of office -----------------------------------------------------------------------
def _term_finder(terms: list[dict], today: datetime.date):
    """The term note of a plan, as our site words it: the term holding 1 July of its year
    (or its period's first year); the current term is the one holding `today`."""
    ordered = sorted(terms, key=lambda t: t["starts"])

    def note(plan: dict) -> dict:
        year = plan.get("year") or (plan.get("period") or {}).get("start")
        term = None
        if year is not None and plan.get("kind") == "election-platform":  # the term its election begins
            term = next((t for t in ordered if t["starts"].year == int(year)), None)
        if year is not None and term is None:
            middle = datetime.date(int(year), 7, 1)
            term = next((t for t in ordered if t["starts"] <= middle <= t["ends"]), None)
        if term is not None:
            current = term["starts"] <= today <= term["ends"]
            text = f"Mandatperioden {term['name']}" if current else f"Från mandatperioden {term['name']}"
            return {"id": term["id"], "name": term["name"], "order": ordered.index(term), "current": current,
                    "class": "vlv-term-current" if current else "vlv-term-earlier", "text": text}
        text = "Ingen mandatperiod" if plan.get("undated") else "Mandatperiod okänd"  # the year beside says "odaterat"
        return {"id": None, "class": "vlv-term-none", "text": text}

    return note


# --- plans -----------------------------------------------------------------------------------
def _measure(measure: dict) -> str:
    text = ("ca " if measure.get("approximate") else "") + f"{measure['value']} {measure['unit']}"
    return text + (f" ({measure['year']})" if measure.get("year") else "")


def _risk_level(probability: int, consequence: int) -> dict:
    score = probability * consequence
    _, band, label = [b for b in model.RISK_BANDS if b[0] <= score][-1]
    return {"score": score, "band": band, "label": label}


def _risk_bands() -> list[dict]:
    """The legend of a risk matrix: each band with its range of scores (1–25)."""
    highs = [low - 1 for low, _, _ in model.RISK_BANDS[1:]] + [25]
    return [{"id": band, "label": label, "range": f"{low}–{high}"}
            for (low, band, label), high in zip(model.RISK_BANDS, highs)]


def _risks(plan: dict) -> None:
    """The plan's risks, highest level first, and its risk matrix (consequence 5→1 ×
    probability 1→5), shown in the first section that has a risk."""
    risky = [index for index, item in enumerate(plan["items"]) if item.get("risk")]
    plan["risks"] = sorted(risky, key=lambda i: (-plan["items"][i]["risk_level"]["score"], plan["items"][i]["id"]))
    plan["risk_grid"] = []
    if not risky:
        return
    at = {}
    for index in plan["risks"]:
        risk = plan["items"][index]["risk"]
        at.setdefault((risk["probability"], risk["consequence"]), []).append(index)
    plan["risk_grid"] = [{"consequence": c, "cells": [dict(_risk_level(p, c), probability=p, consequence=c,
                                                           items=at.get((p, c), [])) for p in range(1, 6)]}
                         for c in range(5, 0, -1)]
    first = next(s for s in plan["sections"] if any(plan["items"][i].get("risk") for i in s["items"]))
    first["shows_risk_matrix"] = True


def _read_plan(corpus: Path, path: Path, today: datetime.date) -> tuple[dict, list[str]]:
    """A plan with its items flattened (each with its source line, group, indicator line and
    past target) and its sections pointing at them by index; and its source's lines."""
    plan = _load(path)
    lines = (corpus / plan["source"]["archive"]).read_text(encoding="utf-8").splitlines()
    find = _line_finder(lines)
    items = []
    for section in plan["sections"]:
        section["items"], section_items = [], section.get("items", [])
        for item in section_items:
            item.update(line=find(item["quote"]), group=GROUP_OF_KIND[item["kind"]])
            if item.get("risk"):
                item["risk_level"] = _risk_level(item["risk"]["probability"], item["risk"]["consequence"])
            indicator = item.get("indicator")
            if indicator:
                item["indicator_target"] = _measure(indicator["target"])
                if indicator.get("baseline"):
                    item["indicator_baseline"] = _measure(indicator["baseline"])
                year = indicator["target"].get("year")
                if year is not None and year < today.year:
                    item["past_target"] = f"Mål för {year} – ett år som har passerat"
            item["number"] = len(items) + 1  # its place in the document, as ours counts it
            section["items"].append(len(items))
            items.append(item)
        for table in section.setdefault("tables", []):
            table["unit_explained"] = "".join(text for text, _ in unit_explained(table["unit"]))
            for row in table["rows"]:
                row["line"] = find(row["quote"])
    _item_link_names(items)
    items_label = _count(len(items), "punkt", "punkter")
    tables = sum(len(section["tables"]) for section in plan["sections"])
    plan.update(items=items, table_count=tables, year_label=_year_label(plan), item_count=len(items), items_label=items_label,
                contents=items_label + (f", {_count(tables, 'tabell', 'tabeller')}" if tables else ""))
    plan["source"]["retrieved"] = swedish_date(str(plan["source"]["retrieved"]))
    _risks(plan)
    return plan, lines


def _item_link_names(items: list[dict]) -> None:
    """An item's name in a link's hidden words, as ours: its text's beginning, with its id
    where two items of the document begin alike."""
    names = [shorten(item["text"], LINK_NAME_LENGTH) for item in items]
    for item, name in zip(items, names):
        item["link_name"] = f"{name} ({item['id']})" if names.count(name) > 1 else name


def _link_follow_ups(plans: dict[str, dict]) -> None:
    """Each follow-up item gets the promise it follows up (`follows`) and each promise the
    items that follow it up (`followed_up_by`, newest document first), as our pages show
    them: the state, the document's title and year, a link; the promise's text shortened."""
    for plan in plans.values():
        for item in plan["items"]:
            if not item.get("follows_up"):
                continue
            plan_id, item_id = item["follows_up"].split("#", 1)
            original_plan = plans[plan_id]
            original = next(entry for entry in original_plan["items"] if entry["id"] == item_id)
            item["follows"] = {"plan": plan_id, "id": item_id, "text": shorten(original["text"], 120),
                               "plan_title": original_plan["title"], "year_label": original_plan["year_label"]}
            original.setdefault("followed_up_by", []).append({
                "plan": plan["id"], "id": item["id"], "state": (item.get("status") or {}).get("state"),
                "plan_title": plan["title"], "year_label": plan["year_label"], "newest": _newest(plan)})
    for plan in plans.values():
        for item in plan["items"]:
            item.get("followed_up_by", []).sort(key=lambda f: (-f["newest"], f["plan"], f["id"]))
        # A follow-up none of whose items names a promise: said once for the document.
        plan["unlinked_follow_up"] = (any(item.get("status") for item in plan["items"])
                                      and not any(item.get("follows_up") for item in plan["items"]))


def _tables(plan: dict) -> list[dict]:
    return [table for section in plan["sections"] for table in section["tables"]]


def _mentions(plan: dict) -> dict[str, dict]:
    """What one plan says on each topic it addresses: its items (by index, commitments and
    background apart) and its tables, in plan order."""
    on_topic: dict[str, dict] = {}

    def entry(topic_id: str) -> dict:
        return on_topic.setdefault(topic_id, {"plan": plan["id"], "commitments": [], "background": [], "tables": []})

    for index, item in enumerate(plan["items"]):
        for topic_id in item.get("topics", []):
            entry(topic_id)["commitments" if item["group"] == "commitment" else "background"].append(index)
    for table in _tables(plan):
        for topic_id in table.get("topics", []):
            entry(topic_id)["tables"].append({"id": table["id"], "caption": table["caption"], "unit": table["unit"],
                                              "line": table["rows"][0]["line"]})
    return on_topic


def _unit_kind(text: str) -> str:
    """List item, paragraph or heading, by the rules of our coverage report (simplified)."""
    stripped = text.strip().strip("*").strip()
    if stripped.startswith("#"):
        return "heading"
    if _LIST_ITEM.match(text):
        return "list"
    if len(stripped) < 90 and not _CLOSING.search(stripped):
        return "heading"
    if len(stripped) < 60 and stripped.endswith((":", "?")):
        return "heading"
    return "paragraph"


def _coverage(plan: dict, lines: list[str]) -> dict:
    """How much of the source the plan quotes or excludes, by whole lines (headings do not count)."""
    quoted = {_key(item["quote"]) for item in plan["items"]}
    quoted |= {_key(row["quote"]) for table in _tables(plan) for row in table["rows"]}
    excluded = {_key(e["quote"]) for e in plan.get("excluded", [])}
    done = {"list": 0, "paragraph": 0}
    total = {"list": 0, "paragraph": 0}
    chars = covered = 0
    open_units = []
    for number, text in enumerate(lines, start=1):
        kind = _unit_kind(text) if text.strip() else "heading"
        if kind == "heading":
            continue
        key = _key(text.strip().removeprefix("- ") if kind == "list" else text)
        size = len(key.replace(" ", ""))
        total[kind] += 1
        chars += size
        if key in quoted or key in excluded:
            done[kind] += 1
            covered += size
        else:
            open_units.append({"line": number, "text": text.strip(), "quoted": _percent(0, 0)})
    lix = readability(plan["summary"])
    return {"list": f"{done['list']} av {total['list']}", "paragraphs": f"{done['paragraph']} av {total['paragraph']}",
            "list_words": f"{done['list']} av {_count(total['list'], 'listpunkt', 'listpunkter')}",
            "paragraph_words": f"{done['paragraph']} av {_count(total['paragraph'], 'stycke', 'stycken')}",
            "share": _percent(covered / chars if chars else 1.0), "lix": lix.score, "lix_band": lix.band,
            "open": open_units, "excluded": plan.get("excluded", [])}


def _source_lines(plan: dict, lines: list[str]) -> list[list]:
    """The non-empty lines of a source: number, text and the items quoting it (index in the plan)."""
    quoting: dict[int, list[int]] = {}
    for index, item in enumerate(plan["items"]):
        quoting.setdefault(item["line"], []).append(index)
    return [[number, text, quoting.get(number, [])] for number, text in enumerate(lines, start=1) if text.strip()]


# --- actors, municipalities and topics -------------------------------------------------------
def _summary(commitments: int, background: int, tables: int) -> str:
    """As our pages count: background even at none, tables where there are some, and where
    there are, a background of none left out ("0 åtaganden, 1 tabell"). Every place that shows
    it (the matrix, a comparison's boxes, an actor's topics) is narrow, where ours lets
    "bakgrundspunkter" break at a soft hyphen."""
    parts = [_count(commitments, "åtagande", "åtaganden")]
    if background or not tables:
        parts.append(_count(background, "bakgrunds\u00adpunkt", "bakgrunds\u00adpunkter"))
    if tables:
        parts.append(_count(tables, "tabell", "tabeller"))
    return ", ".join(parts)


def _box(cell: dict, actor: dict) -> str:
    """What a comparison's box at the top says of an actor's column, after its name."""
    if cell["count"]:
        return cell["summary"]
    return "inget om detta i underlaget" if actor["plans"] else "inga dokument från aktören ännu"


def _cell(actor: dict, topic_id: str, mentions: dict[str, dict]) -> dict:
    """One actor's column on one topic: its plans that address it, and the others."""
    addressing = [mentions[p][topic_id] for p in actor["plans"] if topic_id in mentions[p]]
    commitments = sum(len(m["commitments"]) for m in addressing)
    background = sum(len(m["background"]) for m in addressing)
    tables = sum(len(m["tables"]) for m in addressing)
    return {"actor": actor["id"], "count": commitments + background + tables, "has_plans": bool(actor["plans"]),
            "summary": _summary(commitments, background, tables), "addressing": addressing,
            "silent": [p for p in actor["plans"] if topic_id not in mentions[p]]}


def _timeline(actor: dict, plans: dict[str, dict]) -> list[dict]:
    """The actor's documents by term of office, newest term first, undated last."""
    groups: dict[Optional[str], tuple[dict, list[str]]] = {}
    for plan_id in actor["plans"]:
        term = plans[plan_id]["term"]
        groups.setdefault(term["id"], (term, []))[1].append(plan_id)
    ordered = sorted(groups.values(), key=lambda group: (group[0]["id"] is None, -group[0].get("order", 0)))
    return [{"label": (f"Mandatperioden {term['name']}" + (" (nuvarande)" if term["current"] else "")
                       if term["id"] else "Utan mandatperiod: odaterade dokument"),
             "current": term.get("current", False), "plans": plan_ids} for term, plan_ids in ordered]


def _link_municipality(municipality: dict, own: list[dict], topics: list[dict],
                       mentions: dict[str, dict], plans: dict[str, dict]) -> dict:
    """A municipality's actors (`own`, in name order) and plans in order, and its row per
    topic (a cell per actor)."""
    rows = {}
    for topic in topics:
        cells = [_cell(actor, topic["id"], mentions) for actor in own]
        addressing = sum(1 for cell in cells if cell["count"])
        rows[topic["id"]] = {"actor_count": addressing, "cells": cells,
                             "actors_label": f"{addressing} av {_count(len(cells), 'aktör', 'aktörer')}"}
    for row in rows.values():
        for cell, actor in zip(row["cells"], own):
            cell["box"] = _box(cell, actor)
    for index, actor in enumerate(own):
        actor["years_label"] = ", ".join(dict.fromkeys(plans[p]["year_label"] for p in actor["plans"]))
        cells = [(topic["id"], rows[topic["id"]]["cells"][index]) for topic in topics]
        actor["addressed"] = [{"topic": topic_id, "summary": cell["summary"]}
                              for topic_id, cell in cells if cell["count"]]
    municipality_plans = [p for actor in own for p in actor["plans"]]
    _link_names([plans[p] for p in municipality_plans])
    open_plans = sum(1 for p in municipality_plans if plans[p]["coverage"]["open"])
    return {"id": municipality["id"], "name": municipality["name"], "county": municipality.get("county"),
            "actors": [a["id"] for a in own], "plans": municipality_plans, "rows": rows,
            "actor_count": _count(len(own), "aktör", "aktörer"),
            "plan_count": _count(len(municipality_plans), "dokument", "dokument"),
            "open_plan_count": open_plans, "actors_without_plans": any(not a["plans"] for a in own), "who": who([actor["kind"] for actor in own]),
            "table_count": sum(plans[p]["table_count"] for p in municipality_plans)}


def _link_names(municipality_plans: list[dict]) -> None:
    """A plan's name in a link's hidden words, as ours: its title; where two share it, with the
    actor's name, and where that is shared too, with the plan's id."""
    for plan in municipality_plans:
        plan["link_name"] = plan["title"]
    for naming in (lambda plan: f"{plan['title']} ({plan['actor_name']})", lambda plan: f"{plan['title']} ({plan['id']})"):
        names = [plan["link_name"] for plan in municipality_plans]
        for plan in municipality_plans:
            if names.count(plan["link_name"]) > 1:
                plan["link_name"] = naming(plan)


def _counties(municipalities: list[dict]) -> list[dict]:
    """The municipalities (already in name order) by county, counties by name, none last."""
    groups: dict[Optional[str], list[str]] = {}
    for municipality in municipalities:
        groups.setdefault(municipality["county"], []).append(municipality["id"])
    ordered = sorted(groups, key=lambda county: (county is None, _swedish(county or "")))
    return [{"name": county or NO_COUNTY, "anchor": paths.county_anchor(county), "municipalities": groups[county]}
            for county in ordered]


def site_data(corpus: Path, today: Optional[datetime.date] = None) -> dict:
    """Everything the Hugo templates read, linked, counted and sorted as our site is; `today`
    (default: the build date, as our site) decides which term of office is current."""
    today = today or datetime.date.today()
    registry = corpus / "registry"
    actors = {a["id"]: dict(a, plans=[]) for a in _load(registry / "actors.yaml")["actors"]}
    topics = sorted(_load(registry / "topics.yaml")["topics"], key=lambda t: (_swedish(t["name"]), t["id"]))
    terms = _load(registry / "terms.yaml")["terms"]
    term_note = _term_finder(terms, today)
    current_term = next((t["name"] for t in terms if t["starts"] <= today <= t["ends"]), None)
    registered = sorted(_load(registry / "municipalities.yaml")["municipalities"],
                        key=lambda m: (_swedish(m["name"]), m["id"]))
    names = {m["id"]: m["name"] for m in registered}
    plans: dict[str, dict] = {}
    sources: dict[str, list] = {}
    mentions: dict[str, dict] = {}
    for path in sorted((corpus / "plans").glob("*.yaml")):
        plan, lines = _read_plan(corpus, path, today)
        actor = actors[plan["actor"]]
        plan.update(actor_name=actor["name"], municipality_name=names[plan["municipality"]],
                    term=term_note(plan), coverage=_coverage(plan, lines))
        plans[plan["id"]] = plan
        # In a sentence or a parenthesis, after the document's year ("2025, från mandatperioden 2022–2026").
        note = plan["term"]["text"]
        plan["term"]["in_sentence"] = note[:1].lower() + note[1:]
        plan["term"]["with_year"] = ("odaterat, ingen mandatperiod" if plan.get("undated")
                                     else f"{plan['year_label']}, {plan['term']['in_sentence']}")
        actor["plans"].append(plan["id"])
        sources[plan["id"]] = _source_lines(plan, lines)
        mentions[plan["id"]] = _mentions(plan)
    _link_follow_ups(plans)
    actors_of: dict[str, list[dict]] = {m["id"]: [] for m in registered}
    for actor in sorted(actors.values(), key=lambda a: (_swedish(a["name"]), a["id"])):
        actor["municipality_name"] = names[actor["municipality"]]
        actor["plans"].sort(key=lambda p: (-_newest(plans[p]), _swedish(plans[p]["title"]), p))
        actor["timeline"] = _timeline(actor, plans)
        actors_of[actor["municipality"]].append(actor)
    municipalities = [_link_municipality(m, actors_of[m["id"]], topics, mentions, plans) for m in registered]
    for topic in topics:
        on_topic = [on_plan[topic["id"]] for on_plan in mentions.values() if topic["id"] in on_plan]
        topic["count"] = sum(len(e["commitments"]) + len(e["background"]) + len(e["tables"]) for e in on_topic)
        addressing = sum(m["rows"][topic["id"]]["actor_count"] for m in municipalities)
        topic["actors_label"] = f"{addressing} av {len(actors)}"
    open_plans = sum(m["open_plan_count"] for m in municipalities)
    kinds = [[actor["kind"] for actor in actors_of[m["id"]]] for m in registered if actors_of[m["id"]]]
    return {
        # The site's actors and a municipality's, named as our pages name them (`link.Site`).
        "who": who([actor["kind"] for actor in actors.values()]), "theirs": theirs(kinds),
        "side_by_side": any(len(each) > 1 for each in kinds),
        "counties": _counties(municipalities),
        "current_term": current_term,
        "municipalities": {m["id"]: m for m in municipalities},
        "actors": actors,
        "topics": topics,
        "topic_by_id": {t["id"]: t for t in topics},
        "plans": plans,
        "sources": sources,
        "coverage": f"{_count(len(plans), 'dokument', 'dokument')}, varav {open_plans} med stycken som varken "
                    "är citerade eller uteslutna",
        "labels": {"plan_kinds": model.PLAN_KINDS, "plan_statuses": model.PLAN_STATUSES,
                   "item_kinds": model.ITEM_KINDS, "actor_kinds": model.ACTOR_KINDS,
                   "promise_states": {state: "Läget anges inte i dokumentet" if state == "unknown" else f"{label} enligt dokumentet"
                                      for state, label in model.PROMISE_STATES.items()},
                   # Beside the promise it follows up the follow-up is named after the state ("enligt <title>").
                   "promise_state_names": model.PROMISE_STATES, "badges": BADGES, "risk_bands": _risk_bands(),
                   # The home page lists kinds and statuses in the schema's order (a map has none in Hugo).
                   "plan_kind_names": list(model.PLAN_KINDS.values()),
                   "plan_status_names": list(model.PLAN_STATUSES.values()),
                   "item_groups": {group: list(labels[:2]) for group, labels in model.ITEM_GROUPS.items()}},
    }


def prepare(corpus: Path, target: Path, today: Optional[datetime.date] = None) -> Path:
    """A fresh Hugo site for `corpus` in `target`."""
    shutil.rmtree(target, ignore_errors=True)
    shutil.copytree(HUGO_TEMPLATE, target)
    (target / "data").mkdir(exist_ok=True)
    text = json.dumps(site_data(corpus, today), ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    (target / "data" / "site.json").write_text(text, encoding="utf-8")
    return target
