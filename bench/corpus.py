#!/usr/bin/env python3
"""A deterministic synthetic corpus: registries, plans and archived sources at any size.

    python bench/corpus.py --plans 1000 --out /tmp/corpus [--seed 13] [--municipalities N] [--actors N]

The same arguments always give byte-identical files. The corpus follows every rule
`python -m generator validate` checks: each plan starts with the schema line, its id is
its file name and starts with its actor's id, every quote occurs verbatim in its archived
source, and every list item of a source is quoted by an item or listed under `excluded`.

Shape, after the issue's measurement (8 parties × 30 municipalities at 1,000 plans):
each municipality has eight parties and one administration (Socialnämnden), or with
--actors up to eleven parties and more committees, as larger councils have; plans are
dealt round-robin over all actors, so the number of municipalities grows with the
corpus (30 at 1,000 plans, 150 at 5,000, at most Sweden's 290), in counties of 14
municipalities (Sweden has 290 in 21 counties). 40 topics;
each plan has 3–5 sections and about 25 items, each item about one or two topics;
administration plans carry indicators, risks and a budget table. In a party's follow-up
of its election promises, about three promises in four name (`follows_up`) a commitment of
the party's latest document of the same year or before, its election platform if it has
one: both sides of a follow-up are on the pages, as on the real site.
"""

from __future__ import annotations

import argparse
import datetime
import math
import random
import shutil
import sys
from dataclasses import dataclass
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from generator.model import COUNTIES  # noqa: E402  (Sweden's 21, as validate accepts them)

SCHEMA_LINE = "# yaml-language-server: $schema=../docs/schema/plan.schema.json"
RETRIEVED = datetime.date(2026, 11, 1)
DEFAULT_SEED = 13
PLANS_PER_MUNICIPALITY = 1000 / 30  # the corpus: 1,000 plans in 30 municipalities
MAX_MUNICIPALITIES = 290  # Sweden's municipalities

# (id, name, keywords): forty topics a municipality's social services plans talk about.
TOPICS = [
    ("aldreomsorg", "Äldreomsorg", ["hemtjänst", "äldreboende", "demens"]),
    ("anhorigstod", "Stöd till anhöriga", ["anhörig", "avlösning", "anhörigvårdare"]),
    ("arbete-och-sysselsattning", "Arbete och sysselsättning", ["jobb", "praktik", "egenförsörjning"]),
    ("barn-och-unga", "Barn och unga i utsatthet", ["barnavård", "orosanmälan", "skydd"]),
    ("barnrattsperspektiv", "Barns rättigheter", ["barnkonventionen", "barnets bästa"]),
    ("beroendevard", "Missbruks- och beroendevård", ["missbruk", "alkohol", "narkotika"]),
    ("boende-for-unga", "Boende för unga vuxna", ["stödboende", "utslussning"]),
    ("brottsforebyggande", "Brottsförebyggande arbete", ["trygghet", "gäng", "kriminalitet"]),
    ("civilsamhalle", "Samverkan med civilsamhället", ["föreningar", "ideell", "iop"]),
    ("digitalisering", "Digitalisering och e-tjänster", ["e-tjänst", "välfärdsteknik", "automatisering"]),
    ("ekonomi-och-budget", "Ekonomi och budget", ["budget", "mnkr", "besparing"]),
    ("ekonomiskt-bistand", "Ekonomiskt bistånd", ["försörjningsstöd", "socialbidrag"]),
    ("familjecentraler", "Familjecentraler", ["öppen förskola", "föräldrastöd"]),
    ("familjehem", "Familjehem och placeringar", ["placering", "hvb", "familjehemsvård"]),
    ("feriearbete", "Feriearbete för unga", ["sommarjobb", "ferieplats"]),
    ("folkhalsa", "Folkhälsa", ["hälsa", "levnadsvanor", "jämlik hälsa"]),
    ("forebyggande-arbete", "Förebyggande arbete", ["tidiga insatser", "förebygga"]),
    ("funktionsstod", "Stöd vid funktionsnedsättning", ["lss", "daglig verksamhet", "assistans"]),
    ("hederskultur", "Hedersrelaterat våld och förtryck", ["heder", "tvångsäktenskap"]),
    ("hemloshet", "Hemlöshet och bostad", ["hemlös", "vräkning", "härbärge"]),
    ("integration", "Integration och etablering", ["nyanlända", "etablering", "språk"]),
    ("kompetensforsorjning", "Kompetensförsörjning", ["rekrytering", "personal", "socionomer"]),
    ("kvalitet-och-uppfoljning", "Kvalitet och uppföljning", ["kvalitet", "uppföljning", "brukarundersökning"]),
    ("lokaler", "Lokaler och investeringar", ["lokal", "investering", "ombyggnad"]),
    ("mansklig-rattighet", "Mänskliga rättigheter", ["diskriminering", "likabehandling"]),
    ("miljo-och-klimat", "Miljö och klimat", ["klimat", "hållbarhet", "energi"]),
    ("psykisk-halsa", "Psykisk hälsa", ["psykiatri", "suicidprevention", "ångest"]),
    ("samverkan-region", "Samverkan med regionen", ["vårdcentral", "samordnad plan", "sip"]),
    ("skuldradgivning", "Budget- och skuldrådgivning", ["skulder", "kronofogden"]),
    ("sommarkollo", "Sommarkollo", ["kollo", "lägerverksamhet"]),
    ("spelberoende", "Spelberoende", ["spel", "spelmissbruk"]),
    ("stod-till-brottsoffer", "Stöd till brottsoffer", ["brottsoffer", "brottsofferjour"]),
    ("tillganglighet", "Tillgänglighet", ["tillgänglig", "bemötande", "klarspråk"]),
    ("trafficking", "Människohandel och prostitution", ["människohandel", "prostitution"]),
    ("ungdomsmottagning", "Ungdomsmottagning", ["ungdomsmottagningen", "sexuell hälsa"]),
    ("valdsutsatta", "Våld i nära relationer", ["kvinnojour", "skyddat boende", "våld"]),
    ("vardnadstvister", "Familjerätt", ["vårdnad", "adoption", "samarbetssamtal"]),
    ("vuxna-i-utsatthet", "Vuxna i utsatthet", ["utsatthet", "uppsökande"]),
    ("valfardsbrott", "Välfärdsbrott och felaktiga utbetalningar", ["fusk", "felaktiga utbetalningar"]),
    ("aterfallsprevention", "Återfall och frigivning", ["frigivning", "återfall", "avhopparverksamhet"]),
]

# (short, name): eight fictional parties, the same in every municipality.
PARTIES = [
    ("A", "Arbetarpartiet"),
    ("F", "Framstegspartiet"),
    ("G", "Gröna listan"),
    ("K", "Kristna värdepartiet"),
    ("L", "Landsbygdspartiet"),
    ("M", "Mittenpartiet"),
    ("T", "Trygghetspartiet"),
    ("Ö", "Östra listan"),
]
# Councils with more actors than the default nine (`--actors`): real ones have 8–11 parties and
# one or more committees. Parties come first, up to eleven, then committees after Socialnämnden.
MORE_PARTIES = [("B", "Bygdepartiet"), ("N", "Norra listan"), ("S", "Seniorpartiet")]
MORE_COMMITTEES = [("ÄN", "Äldrenämnden"), ("AN", "Arbetsmarknadsnämnden"), ("ON", "Omsorgsnämnden"),
                   ("FN", "Familjenämnden"), ("UN", "Utbildningsnämnden"), ("KS", "Kommunstyrelsen"),
                   ("BN", "Barnnämnden"), ("KF", "Fritidsnämnden")]
# --real-names: names as long as real ones, for P4 (a comparison repeats its actors' and
# documents' names): the eight parties of Sweden's parliament, a committee named with its
# administration, as many municipalities call it, and municipalities with long real names.
# The same shapes otherwise; the committee's short name and id are its first word, as in the
# project's registry (eskilstuna-socialnamnden), which keeps its plans' ids within validate's 80.
REAL_PARTIES = [
    ("C", "Centerpartiet"),
    ("KD", "Kristdemokraterna"),
    ("L", "Liberalerna"),
    ("MP", "Miljöpartiet de gröna"),
    ("M", "Moderaterna"),
    ("S", "Socialdemokraterna"),
    ("SD", "Sverigedemokraterna"),
    ("V", "Vänsterpartiet"),
]
REAL_COMMITTEE = ("Socialnämnden", "Socialnämnden och socialförvaltningen")  # short and id as Eskilstuna's
REAL_MUNICIPALITIES = ["Skinnskatteberg", "Upplands Väsby", "Örnsköldsvik", "Västervik", "Strängnäs",
                       "Sollentuna", "Kristinehamn", "Oskarshamn", "Hällefors", "Gällivare"]
DEFAULT_ACTORS = len(PARTIES) + 1  # eight parties and Socialnämnden
MAX_ACTORS = len(PARTIES) + len(MORE_PARTIES) + 1 + len(MORE_COMMITTEES)
PARTY_PLAN_KINDS = [
    ("party-plan", "proposal", "Förslag till verksamhetsplan för socialnämnden"),
    ("election-platform", "published", "Valplattform för socialpolitiken"),
    ("web-platform", "published", "Vår politik för socialtjänsten"),
    ("promise-follow-up", "follow-up", "Uppföljning av våra vallöften"),
    ("motion", "proposal", "Motion om socialtjänstens inriktning"),
]

# Sweden's 21 counties, in the order municipalities are dealt to them.
MUNICIPALITIES_PER_COUNTY = 14  # 290 / 21, rounded
FOLLOWED_UP_SHARE = 0.75  # of a follow-up's promises, those that name the commitment they follow up
COMMITMENT_KINDS = ("goal", "priority", "proposal")  # the party items a follow-up can follow up

# Municipality names: a first part and an ending, 12 × 6 = 72 names.
NAME_STARTS = ["Berg", "Dal", "Sjö", "Ek", "Lind", "Björk", "Gran", "Holm", "Ängs", "Älv", "Mo", "Ås"]
NAME_ENDS = ["by", "köping", "torp", "vik", "hamn", "sala"]

SUBJECTS = ["Kommunen", "Nämnden", "Socialtjänsten", "Förvaltningen", "Vi"]
VERBS = ["ska stärka", "ska utveckla", "vill bygga ut", "ska prioritera", "vill se över", "ska förbättra",
         "vill satsa mer på", "ska följa upp"]
QUALIFIERS = ["under mandatperioden", "i samarbete med regionen", "i alla stadsdelar", "för de som behöver det mest",
              "med fler medarbetare", "inom befintlig budget", "tillsammans med civilsamhället",
              "så att väntetiderna blir kortare", "på landsbygden och i tätorten",
              "med tydliga mål för varje år"]
REASONS = ["Det är en förutsättning för att stödet ska nå fram i tid.",
           "Behoven har ökat under de senaste åren.",
           "Det visar uppföljningen från föregående år.",
           "Det är en fråga om trygghet och likvärdighet."]
SECTION_HEADINGS = ["Inledning och vision", "Prioriterade mål", "Våra förslag", "Uppdrag till förvaltningen",
                    "Särskilda satsningar", "Uppföljning och indikatorer", "Internkontroll", "Ekonomi"]
BUDGET_ROWS = ["Individ- och familjeomsorg", "Ekonomiskt bistånd", "Vuxna i utsatthet", "Barn och unga",
               "Familjerätt", "Gemensamt och administration"]
PROMISE_STATES = [("done", "Genomfört enligt partiet."), ("partly", "Delvis genomfört."),
                  ("not-started", "Inte påbörjat."), ("unknown", "Läget framgår inte.")]


def slug(text: str) -> str:
    table = str.maketrans({"å": "a", "ä": "a", "ö": "o", "é": "e", " ": "-"})
    return text.casefold().translate(table)


@dataclass(frozen=True)
class Actor:
    id: str
    name: str
    short: str
    kind: str
    municipality: str


@dataclass(frozen=True)
class Shape:
    """How many municipalities and actors a corpus of `plans` plans has."""

    plans: int

    @property
    def municipalities(self) -> int:
        return max(1, min(MAX_MUNICIPALITIES, math.ceil(self.plans / PLANS_PER_MUNICIPALITY)))


def municipalities(count: int, real_names: bool = False) -> list[tuple[str, str]]:
    names = [start + end for end in NAME_ENDS for start in NAME_STARTS]
    if real_names:  # the first ones long real names, then the fictional ones
        names = REAL_MUNICIPALITIES + names[len(REAL_MUNICIPALITIES):]
    if count > len(names):
        names += [f"{name} {n}" for n in range(2, count // len(names) + 2) for name in names]
    return [(slug(name), name) for name in names[:count]]


def actors_of(municipality_id: str, municipality_name: str, count: int = DEFAULT_ACTORS,
              real_names: bool = False) -> list[Actor]:
    """A municipality's `count` actors: eight parties and Socialnämnden, then (for more) up to
    three more parties, then more committees; parties first, as the default nine are. With
    `real_names`, the eight parties and the committee have names of real length (REAL_PARTIES)."""
    extra = count - DEFAULT_ACTORS
    party_names = (REAL_PARTIES if real_names else PARTIES) + MORE_PARTIES[:max(0, extra)]
    committees = [REAL_COMMITTEE if real_names else ("SN", "Socialnämnden")] + MORE_COMMITTEES[
        :max(0, extra - len(MORE_PARTIES))]
    parties = [Actor(f"{municipality_id}-{slug(short)}", f"{name} {municipality_name}", short,
                     "party", municipality_id) for short, name in party_names]
    administrations = [Actor(f"{municipality_id}-{slug(short if real_names else name)}", f"{name} i {municipality_name}",
                             short, "administration", municipality_id) for short, name in committees]
    return (parties + administrations)[:count]


# --- one plan and its source ---------------------------------------------------------------
class _PlanWriter:
    """Builds one plan's data and its archived source text side by side, so every quote is
    a line (or a run of lines) of the source by construction."""

    def __init__(self, rng: random.Random, actor: Actor, municipality_name: str):
        self.rng = rng
        self.actor = actor
        self.municipality_name = municipality_name
        self.lines: list[str] = []
        self.ids: set[str] = set()

    def item_id(self, stem: str) -> str:
        candidate, n = stem, 2
        while candidate in self.ids:
            candidate, n = f"{stem}-{n}", n + 1
        self.ids.add(candidate)
        return candidate

    def sentence(self, topic: tuple) -> str:
        rng = self.rng
        keyword = rng.choice(topic[2])
        return (f"{rng.choice(SUBJECTS)} {rng.choice(VERBS)} arbetet med {topic[1].lower()} med fokus på {keyword} "
                f"{rng.choice(QUALIFIERS)} i {self.municipality_name}.")

    def item(self, kind: str, topics: list[tuple], heading: str, year: int) -> dict:
        text = self.sentence(topics[0])
        entry: dict = {"id": self.item_id(f"{kind}-{topics[0][0]}"), "kind": kind, "text": text,
                       "topics": [t[0] for t in topics]}
        quote = text
        table: list[str] = []  # lines after the item's: a risk's table of its control
        if kind == "indicator":
            baseline, target = self.rng.randint(20, 70), self.rng.randint(71, 95)
            quote = (f"{text} Ingångsvärde: ca {baseline} procent ({year - 2}). "
                     f"Målvärde {year + 2}: {target} procent (Kolada).")
            entry["indicator"] = {
                "baseline": {"value": str(baseline), "unit": "%", "year": year - 2, "approximate": True},
                "target": {"value": str(target), "unit": "%", "year": year + 2},
                "data_source": "Kolada",
            }
        elif kind == "risk":
            text = f"Risk att {topics[0][1].lower()} inte får tillräckliga resurser i {self.municipality_name}."
            entry["text"] = text
            entry["risk"] = {"probability": self.rng.randint(1, 5), "consequence": self.rng.randint(1, 5),
                             "control": "Uppföljning av ärendestatistik.", "frequency": "Varje tertial.",
                             "method": "Stickprov och statistik."}
            quote = f"{text} Sannolikhet {entry['risk']['probability']}, konsekvens {entry['risk']['consequence']}."
            risk = entry["risk"]
            table = ["Kontrollmoment\tFrekvens\tMetod", f"{risk['control']}\t{risk['frequency']}\t{risk['method']}"]
        elif kind == "promise":
            state, note = self.rng.choice(PROMISE_STATES)
            quote = f"{text} {note}"
            entry["status"] = {"state": state, "note": note}
        if self.rng.random() < 0.3:
            entry["detail"] = self.rng.choice(REASONS)
        self.lines.append(f"- {quote}")
        self.lines += table
        entry["quote"] = quote
        entry["locator"] = heading
        return entry

    def budget_table(self, year: int, heading: str) -> dict:
        self.lines += ["Resultatbudget, mnkr", f"Verksamhet\tBudget {year - 1}\tBudget {year}"]
        rows = []
        for label in BUDGET_ROWS:
            before = self.rng.randint(100, 4000) / 10
            after = round(before * self.rng.uniform(0.9, 1.1), 1)
            values = [f"-{before:.1f}".replace(".", ","), f"-{after:.1f}".replace(".", ",")]
            self.lines.append(f"{label}\t{values[0]}\t{values[1]}")
            rows.append({"label": label, "values": values, "quote": f"{label} {values[0]} {values[1]}"})
        return {"id": self.item_id("resultatbudget"), "caption": "Resultatbudget", "unit": "mnkr", "decimal": ",",
                "columns": [f"Budget {year - 1}", f"Budget {year}"], "rows": rows, "locator": heading,
                "topics": ["ekonomi-och-budget"]}


@dataclass(frozen=True)
class Written:
    """A plan already in the corpus, as a later follow-up of the same actor sees it."""

    plan_id: str
    kind: str
    year: int
    commitments: tuple[str, ...]  # ids of its items that a follow-up can follow up


def _followed(earlier: list[Written], year: int) -> Written | None:
    """The document a follow-up written in `year` follows up: the actor's latest election
    platform of that year or before, else its latest document with commitments."""
    candidates = [plan for plan in earlier if plan.year <= year and plan.commitments]
    platforms = [plan for plan in candidates if plan.kind == "election-platform"]
    return (platforms or candidates or [None])[-1]


def _plan(rng: random.Random, plan_id: str, actor: Actor, municipality_name: str, kind: str, status: str,
          title: str, year: int, followed: Written | None = None) -> tuple[dict, str]:
    writer = _PlanWriter(rng, actor, municipality_name)
    to_follow = list(followed.commitments) if followed else []
    administration = actor.kind == "administration"
    # The document's date as the plan gives it: a follow-up's period (`data["period"]`), else its year.
    dated = f"mandatperioden {year - 4}–{year}" if kind == "promise-follow-up" else str(year)
    writer.lines += [title, "", f"{actor.name}, {dated}", ""]
    focus = rng.sample(TOPICS, 24)  # a plan talks about some topics, not all
    item_kinds = (["goal", "assignment", "direction", "saving", "indicator", "risk"] if administration
                  else ["promise"] if kind == "promise-follow-up" else ["goal", "priority", "proposal", "statement"])
    sections = []
    headings = rng.sample(SECTION_HEADINGS[:6], rng.randint(3, 5))
    items_left = rng.randint(20, 30)
    for index, heading in enumerate(headings):
        writer.lines += [heading, "",
                         f"{actor.name} beskriver här sin inriktning för {heading.lower()} och hur arbetet ska "
                         f"följas upp under {year}.", ""]
        section: dict = {"heading": heading, "items": []}
        share = items_left if index == len(headings) - 1 else items_left // (len(headings) - index)
        for _ in range(share):
            topics = rng.sample(focus, rng.choice((1, 1, 2)))
            item_kind = rng.choice(item_kinds)
            entry = writer.item(item_kind, topics, heading, year)
            if item_kind == "promise" and to_follow and rng.random() < FOLLOWED_UP_SHARE:
                entry["follows_up"] = f"{followed.plan_id}#{to_follow.pop(rng.randrange(len(to_follow)))}"
            section["items"].append(entry)
        items_left -= share
        writer.lines.append("")
        if index == 0 and (administration or rng.random() < 0.2):
            section["tables"] = [writer.budget_table(year, heading)]
            writer.lines.append("")
        sections.append(section)
    excluded_line = f"Arbetet redovisas för {actor.name} i samband med årsbokslutet."
    writer.lines += ["Övrigt", "", f"- {excluded_line}", ""]
    data: dict = {
        "id": plan_id,
        "actor": actor.id,
        "municipality": actor.municipality,
        "body": "Socialnämnden",
    }
    if kind == "promise-follow-up":
        data["period"] = {"start": year - 4, "end": year}
        data["dating_note"] = "Mandatperioden står i dokumentets inledning."
    else:
        data["year"] = year
    data.update({
        "kind": kind,
        "status": status,
        "title": title,
        "source": {
            "title": title,
            "url": f"https://{actor.municipality}.example/{plan_id}",
            "archive": f"sources/{plan_id}.txt",
            "retrieved": RETRIEVED,
        },
        "summary": f"{title} från {actor.name}, med {sum(len(s['items']) for s in sections)} punkter.",
        "sections": sections,
        "excluded": [{"quote": excluded_line, "reason": "Handlar om redovisningen, inte om politiken."}],
    })
    return data, "\n".join(writer.lines).rstrip("\n") + "\n"


# --- the whole corpus ------------------------------------------------------------------------
def _dump(data: dict) -> str:
    return yaml.dump(data, Dumper=yaml.CSafeDumper, allow_unicode=True, sort_keys=False, width=4096,
                     default_flow_style=False)


def generate(plans: int, seed: int = DEFAULT_SEED, municipality_count: int | None = None,
             actor_count: int = DEFAULT_ACTORS, real_names: bool = False) -> dict[str, str]:
    """Every file of a corpus of `plans` plans as {relative path: text}, spread over
    `municipality_count` municipalities (by default as many as `Shape` gives that many plans),
    each with `actor_count` actors; with `real_names`, names of real length (REAL_PARTIES)."""
    if not 1 <= actor_count <= MAX_ACTORS:
        raise ValueError(f"actor_count must be 1 to {MAX_ACTORS}, not {actor_count}")
    places = municipalities(municipality_count or Shape(plans).municipalities, real_names)
    actors = [actor for municipality_id, name in places
              for actor in actors_of(municipality_id, name, actor_count, real_names)]
    names = dict(places)
    files: dict[str, str] = {
        # The registries list their entries by id, as validate requires.
        "registry/municipalities.yaml": _dump({"municipalities": sorted((
            {"id": i, "name": n, "county": COUNTIES[index // MUNICIPALITIES_PER_COUNTY % len(COUNTIES)]}
            for index, (i, n) in enumerate(places)), key=lambda municipality: municipality["id"])}),
        "registry/actors.yaml": _dump({"actors": [
            {"id": a.id, "name": a.name, "short": a.short, "kind": a.kind, "municipality": a.municipality,
             "url": f"https://{a.municipality}.example/{a.id}"} for a in sorted(actors, key=lambda actor: actor.id)]}),
        # The terms of office are the project's own registry: the same four terms as the site.
        "registry/terms.yaml": (Path(__file__).resolve().parent.parent / "registry" / "terms.yaml").read_text(
            encoding="utf-8"),
        "registry/topics.yaml": _dump({"topics": [
            {"id": topic_id, "name": name, "description": f"Vad planerna säger om {name.lower()}.",
             "easy_read": f"Här står vad de vill göra. Det gäller ett ämne. Ämnet heter så här: {name}.",
             "keywords": keywords} for topic_id, name, keywords in sorted(TOPICS)]}),
    }
    # Deal plans round-robin across municipalities first, so every size spreads out.
    order = [actors[m * actor_count + a] for a in range(actor_count) for m in range(len(places))]
    written: dict[str, list[Written]] = {actor.id: [] for actor in actors}
    for number in range(plans):
        actor = order[number % len(order)]
        earlier = written[actor.id]
        count = len(earlier) + 1
        rng = random.Random(f"{seed}:{actor.id}:{count}")
        year = 2014 + (count * 3 + len(actor.id)) % 13
        if actor.kind == "administration":
            committee = actor.name.split(" i ")[0]  # "Socialnämnden i Bergby" -> "Socialnämnden"
            kind, status, title = "administration-plan", "adopted", f"{committee}s verksamhetsplan {year}"
        else:
            kind, status, title = PARTY_PLAN_KINDS[(count - 1) % len(PARTY_PLAN_KINDS)]
            title = f"{title} {year}"
        plan_id = f"{actor.id}-{slug(kind)}-{year}-{count}"
        followed = _followed(earlier, year) if kind == "promise-follow-up" else None
        data, source = _plan(rng, plan_id, actor, names[actor.municipality], kind, status, title, year, followed)
        earlier.append(Written(plan_id, kind, year, tuple(
            item["id"] for section in data["sections"] for item in section["items"]
            if item["kind"] in COMMITMENT_KINDS)))
        files[f"plans/{plan_id}.yaml"] = SCHEMA_LINE + "\n" + _dump(data)
        files[f"sources/{plan_id}.txt"] = source
    return files


def write(files: dict[str, str], out: Path) -> None:
    """Write the corpus into `out`, replacing its registry/, plans/ and sources/."""
    for folder in ("registry", "plans", "sources"):
        shutil.rmtree(out / folder, ignore_errors=True)
        (out / folder).mkdir(parents=True)
    for relative, text in sorted(files.items()):
        (out / relative).write_bytes(text.encode("utf-8"))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Write a deterministic synthetic corpus of plans.")
    parser.add_argument("--plans", type=int, required=True, help="number of plans, e.g. 10, 100, 1000, 5000")
    parser.add_argument("--out", type=Path, required=True, help="folder to write registry/, plans/, sources/ into")
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    parser.add_argument("--municipalities", type=int, help="spread the plans over this many municipalities "
                        f"(default: one per {PLANS_PER_MUNICIPALITY} plans, at most {MAX_MUNICIPALITIES})")
    parser.add_argument("--actors", type=int, default=DEFAULT_ACTORS, help="actors in each municipality "
                        f"(default: {DEFAULT_ACTORS}, eight parties and Socialnämnden; at most {MAX_ACTORS}: "
                        "up to eleven parties, then more committees)")
    parser.add_argument("--real-names", action="store_true", help="names of real length: the eight parties of "
                        "the Riksdag, 'Socialnämnden och socialförvaltningen', long real municipality names")
    args = parser.parse_args(argv)
    if args.plans < 1:
        parser.error("--plans must be at least 1")
    if not 1 <= args.actors <= MAX_ACTORS:
        parser.error(f"--actors must be 1 to {MAX_ACTORS}")
    if args.municipalities is not None and args.municipalities < 1:
        parser.error("--municipalities must be at least 1")
    files = generate(args.plans, args.seed, args.municipalities, args.actors, args.real_names)
    write(files, args.out)
    count = args.municipalities or Shape(args.plans).municipalities
    print(f"{args.plans} plans, {count} municipalities, {len(files)} files in {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
