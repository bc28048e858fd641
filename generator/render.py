"""Jinja2 → {page path: Markdown}. No file I/O beyond reading templates.

Every value a template prints is escaped by `escape_text` unless it is `Markup` made
here (URLs built by `paths`, HTML built by filters from escaped parts). The escape turns
HTML-special and Markdown-special characters into numeric character references, which
are inert both in Markdown and inside the raw HTML blocks the templates emit, so text
from a plan can never become markup, a link or a script.
"""

from __future__ import annotations

import json
import re
from decimal import Decimal
from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemLoader, StrictUndefined
from markupsafe import Markup
from markupsafe import escape as markupsafe_escape

from . import model, paths
from .coverage import plan_coverage
from .crossref import Item, Plan, Site, Topic

TEMPLATES = Path(__file__).parent / "templates"

_SPECIAL = {c: f"&#{ord(c)};" for c in "&<>\"'\\`*_[]{}|~^$"}
_LINE_START = re.compile(r"^([#>+=\-]|\d+[.)])")


def escape_text(value: Any) -> Markup:
    """Make any value safe to place in Markdown or HTML as literal text."""
    if isinstance(value, Markup):
        return value
    if value is None:
        return Markup("")
    text = " ".join(str(value).split())  # one line: a blank line would end an HTML block
    text = "".join(_SPECIAL.get(char, char) for char in text)
    text = _LINE_START.sub(lambda m: "".join(f"&#{ord(c)};" for c in m.group()), text)
    return Markup(text)


def paragraphs(value: str) -> list[Markup]:
    """Split text on blank lines into escaped paragraphs."""
    return [escape_text(part) for part in re.split(r"\n\s*\n", str(value)) if part.strip()]


def number(value: Decimal | None) -> Markup:
    """A figure as Swedes write it: decimal comma, minus sign, spaces between thousands."""
    if value is None:
        return Markup('<span aria-label="uppgift saknas">–</span>')
    sign = "−" if value < 0 else ""
    whole, _, fraction = format(abs(value), "f").partition(".")
    if len(whole) > 4:
        whole = f"{int(whole):,}".replace(",", "\u202f")
    return Markup(sign + whole + ("," + fraction if fraction else ""))


def front_matter(**fields: Any) -> Markup:
    """YAML front matter. JSON strings are valid YAML; the theme prints `title` and
    `description` as HTML, so those are HTML-escaped first."""
    lines = ["---"]
    for key, value in fields.items():
        if key in ("title", "description") and isinstance(value, str):
            value = str(markupsafe_escape(" ".join(value.split())))
        if isinstance(value, dict):
            lines.append(f"{key}:")
            lines.extend(f"  {k}: {json.dumps(v, ensure_ascii=False)}" for k, v in value.items())
        else:
            lines.append(f"{key}: {json.dumps(value, ensure_ascii=False)}")
    lines.append("---")
    return Markup("\n".join(lines))


def count(number: int, one: str, many: str) -> str:
    """`1 punkt`, `3 punkter`."""
    return f"{number} {one if number == 1 else many}"


def year_label(plan: Plan) -> str:
    data = plan.data
    if data.year is not None:
        return str(data.year)
    if data.period is not None:
        return f"{data.period.start}–{data.period.end}"
    return "odaterat"


def _environment() -> Environment:
    env = Environment(
        loader=FileSystemLoader(str(TEMPLATES)),
        # `{#id}` is Markdown's attribute syntax for anchors, so Jinja comments use `{%# #%}`.
        comment_start_string="{%#",
        comment_end_string="#%}",
        undefined=StrictUndefined,
        autoescape=True,  # macros return Markup; finalize does the real escaping
        finalize=escape_text,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters.update(paragraphs=paragraphs, number=number, year=year_label, count=count)
    env.globals.update(
        paths=paths,
        front_matter=front_matter,
        ACTOR_KINDS=model.ACTOR_KINDS,
        PLAN_KINDS=model.PLAN_KINDS,
        PLAN_STATUSES=model.PLAN_STATUSES,
        ITEM_KINDS=model.ITEM_KINDS,
        PROMISE_STATES=model.PROMISE_STATES,
    )
    return env


class _Page:
    """Rendering context for one page: knows its own path, so links are relative to it."""

    def __init__(self, path: str):
        self.path = path

    def link(self, to_page: str, anchor: str = "") -> Markup:
        return Markup(paths.link(self.path, to_page, anchor))

    def plan(self, plan: Plan, anchor: str = "") -> Markup:
        return self.link(paths.plan_page(plan.id), anchor)

    def item(self, item: Item) -> Markup:
        return self.link(paths.plan_page(item.plan.id), item.id)

    def source(self, plan: Plan, line: int | None = None) -> Markup:
        return self.link(paths.source_page(plan.id), paths.line_anchor(line) if line else "")

    def topic(self, topic: Topic, anchor: str = "") -> Markup:
        return self.link(paths.topic_page(topic.id), anchor)

    def actor(self, actor, anchor: str = "") -> Markup:
        return self.link(paths.actor_page(actor.id), anchor)


def _risk_matrix(plan: Plan) -> list[list[list[Item]]]:
    """Rows consequence 5→1, columns probability 1→5, each cell the risks placed there."""
    grid = [[[] for _ in range(5)] for _ in range(5)]
    for item in plan.items:
        if item.data.risk is not None:
            grid[5 - item.data.risk.consequence][item.data.risk.probability - 1].append(item)
    return grid


def render_site(site: Site) -> dict[str, str]:
    """Every generated page of the site as {path under docs/: Markdown}."""
    env = _environment()
    pages: dict[str, str] = {}

    def render(path: str, template: str, **context: Any) -> None:
        pages[path] = env.get_template(template).render(page=_Page(path), site=site, **context)

    render(paths.HOME, "home.md.j2")
    render(paths.TOPICS, "topics.md.j2")
    render(paths.ACTORS, "actors.md.j2")
    render(paths.PLANS, "plans.md.j2")
    render(paths.MATRIX, "matrix.md.j2")
    render(paths.COVERAGE, "coverage.md.j2", reports=[(plan, plan_coverage(plan)) for plan in site.plans])
    for topic in site.topics:
        render(paths.topic_page(topic.id), "topic.md.j2", topic=topic)
    for actor in site.actors:
        render(paths.actor_page(actor.id), "actor.md.j2", actor=actor)
    for plan in site.plans:
        render(paths.plan_page(plan.id), "plan.md.j2", plan=plan, risk_matrix=_risk_matrix(plan))
        render(paths.source_page(plan.id), "source.md.j2", plan=plan, lines=_source_lines(plan))
    return pages


def _source_lines(plan: Plan) -> list[tuple[int, str, list[Item]]]:
    """(line number, text, items quoting it) for each non-empty line of the archived source."""
    quoting: dict[int, list[Item]] = {}
    for item in plan.items:
        for line in range(item.line, item.end_line + 1):
            quoting.setdefault(line, []).append(item)
    return [
        (number, text, quoting.get(number, []))
        for number, text in enumerate(plan.source.text.splitlines(), start=1)
        if text.strip()
    ]
