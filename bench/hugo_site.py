"""Turn a corpus into a Hugo site: a copy of bench/hugo/ plus data/site.json.

The JSON carries the corpus as Hugo needs it to render the same pages as our generator:
registries, plans (items flattened, each with the source line its quote starts on), the
archived source lines, and the joins a template cannot do cheaply (which items of which
plan are about a topic, items per actor and topic). The joins are done here, in Python,
so the Hugo templates stay linear; `run.py` times this step separately and reports it.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import yaml

from generator import model

HUGO_TEMPLATE = Path(__file__).resolve().parent / "hugo"
_SWEDISH = str.maketrans({"å": "{", "ä": "|", "ö": "}", "é": "e"})


def _swedish(text: str) -> str:
    return text.casefold().translate(_SWEDISH)


def _load(path: Path):
    with path.open(encoding="utf-8") as handle:
        return yaml.load(handle, Loader=yaml.CSafeLoader)


def _year_label(plan: dict) -> str:
    if plan.get("year") is not None:
        return str(plan["year"])
    if plan.get("period"):
        return f"{plan['period']['start']}–{plan['period']['end']}"
    return "odaterat"


def _newest(plan: dict) -> int:
    return int(plan.get("year") or (plan.get("period") or {}).get("end") or 0)


def _line_finder(lines: list[str]):
    """Line number (1-based) where a quote starts; the corpus quotes whole lines."""
    starts: dict[str, int] = {}
    for number, line in enumerate(lines, start=1):
        key = " ".join(line.removeprefix("- ").split())
        starts.setdefault(key, number)

    def find(quote: str) -> int:
        key = " ".join(quote.split())
        if key in starts:
            return starts[key]
        return next((n for n, line in enumerate(lines, start=1) if key[:40] in " ".join(line.split())), 1)

    return find


def site_data(corpus: Path) -> dict:
    """Everything the Hugo templates read, linked and sorted as our site is."""
    municipalities = _load(corpus / "registry/municipalities.yaml")["municipalities"]
    actors = {a["id"]: dict(a, plans=[]) for a in _load(corpus / "registry/actors.yaml")["actors"]}
    topics = sorted(_load(corpus / "registry/topics.yaml")["topics"], key=lambda t: _swedish(t["name"]))
    names = {m["id"]: m["name"] for m in municipalities}
    plans: dict[str, dict] = {}
    sources: dict[str, list] = {}
    topic_items: dict[str, dict[str, list[int]]] = {t["id"]: {} for t in topics}
    matrix: dict[str, dict[str, int]] = {actor_id: {} for actor_id in actors}
    for path in sorted((corpus / "plans").glob("*.yaml")):
        plan = _load(path)
        lines = (corpus / plan["source"]["archive"]).read_text(encoding="utf-8").splitlines()
        find = _line_finder(lines)
        items = []
        for section in plan["sections"]:
            section["items"], section_items = [], section.get("items", [])
            for item in section_items:
                item["line"] = find(item["quote"])
                section["items"].append(len(items))
                for topic_id in item.get("topics", []):
                    topic_items[topic_id].setdefault(plan["id"], []).append(len(items))
                    counts = matrix[plan["actor"]]
                    counts[topic_id] = counts.get(topic_id, 0) + 1
                items.append(item)
            for table in section.setdefault("tables", []):
                for row in table["rows"]:
                    row["line"] = find(row["quote"])
                for topic_id in table.get("topics", []):
                    counts = matrix[plan["actor"]]
                    counts[topic_id] = counts.get(topic_id, 0) + 1
        actor = actors[plan["actor"]]
        plan.update(items=items, year_label=_year_label(plan), actor_name=actor["name"],
                    municipality_name=names[plan["municipality"]])
        plan["source"]["retrieved"] = str(plan["source"]["retrieved"])
        plans[plan["id"]] = plan
        actor["plans"].append(plan["id"])
        sources[plan["id"]] = [[n, text] for n, text in enumerate(lines, start=1) if text.strip()]
    for actor in actors.values():
        actor["municipality_name"] = names[actor["municipality"]]
        actor["plans"].sort(key=lambda p: (-_newest(plans[p]), _swedish(plans[p]["title"])))
    return {
        "municipalities": [
            {"id": m["id"], "name": m["name"],
             "actors": sorted((a for a in actors if actors[a]["municipality"] == m["id"]),
                              key=lambda a: _swedish(actors[a]["name"]))}
            for m in sorted(municipalities, key=lambda m: _swedish(m["name"]))],
        "actors": actors,
        "topics": topics,
        "topic_by_id": {t["id"]: t for t in topics},
        "plans": plans,
        "plan_order": sorted(plans, key=lambda p: (_swedish(plans[p]["actor_name"]), -_newest(plans[p]), p)),
        "sources": sources,
        "topic_items": topic_items,
        "matrix": matrix,
        "labels": {"plan_kinds": model.PLAN_KINDS, "plan_statuses": model.PLAN_STATUSES,
                   "item_kinds": model.ITEM_KINDS, "actor_kinds": model.ACTOR_KINDS,
                   "promise_states": model.PROMISE_STATES},
    }


def prepare(corpus: Path, target: Path) -> Path:
    """A fresh Hugo site for `corpus` in `target`."""
    shutil.rmtree(target, ignore_errors=True)
    shutil.copytree(HUGO_TEMPLATE, target)
    (target / "data").mkdir(exist_ok=True)
    text = json.dumps(site_data(corpus), ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    (target / "data" / "site.json").write_text(text, encoding="utf-8")
    return target
