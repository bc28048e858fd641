"""Jinja2 → {page path: Markdown}, for every entry of the output list. No file I/O beyond
reading templates.

Every value a template prints passes through `escape.html_text` unless it is `Markup`
made here (URLs built by `paths`, a plan's own web address in an `href` by `escape.address`,
HTML built by filters from escaped parts), so text from
a plan can never become markup, a link or a script. Templates only display: every figure
they show comes from the linked model.
"""

from __future__ import annotations

import functools
import json
import re
from decimal import Decimal
from pathlib import Path
from types import FunctionType, MethodType
from typing import Any, Callable, Optional, TypeVar

from jinja2 import Environment, FileSystemLoader, StrictUndefined
from jinja2.compiler import CodeGenerator
from jinja2.runtime import Context, Macro
from jinja2.utils import _PassArg, internalcode
from markupsafe import Markup

from . import charts, link, model, paths, search_words
from .escape import address, css_string, html_text, in_languages, log_text, spaced_html_text
from .link import Item, Plan, Site, Topic
from .feeds import ITEM_VERBS, TEXT_NOTES, History, change_html
from .outputs import Output, site_outputs
from . import swedish
from .template_cache import CompiledTemplates
from .swedish import NBSP, count, grouped, shorten, swedish_date
from .workers import Claims, in_shares, process_count

TEMPLATES = Path(__file__).parent / "templates"
# The heading over municipalities whose county the registry leaves out: said to a voter, who
# has no registry to fill in ("Län saknas i registret" was the editors' words).
NO_COUNTY = "Län anges inte"
T = TypeVar("T")
escape_text = html_text  # the one rule for pages, tables, front matter and the job summary


def paragraphs(value: str) -> list[Markup]:
    """Split text on blank lines into escaped paragraphs."""
    return [escape_text(part) for part in re.split(r"\n\s*\n", str(value)) if part.strip()]


_BACKTICK = re.escape(str(escape_text("`")))  # a backtick as `escape_text` writes it
_CODE_SPAN = re.compile(f"{_BACKTICK}(.+?){_BACKTICK}")


def code_spans(value: str) -> Markup:
    """Text escaped like any other, with each `…` pair (a schema description's field names and
    examples) shown as code: what the pair encloses is already escaped."""
    return Markup(_CODE_SPAN.sub(r"<code>\1</code>", str(escape_text(value))))  # str: Markup would escape the tags


def dash(said: str) -> Markup:
    """An empty cell: a dash to the eye, `said` to a screen reader. As text, not aria-label:
    a label on a plain span is not read by every screen reader."""
    return Markup(f'<span aria-hidden="true">–</span><span class="vlv-visually-hidden">{escape_text(said)}</span>')


def number(value: Decimal | None) -> Markup:
    """A figure as Swedes write it: decimal comma, minus sign, spaces between thousands."""
    if value is None:
        return dash("uppgift saknas")
    return Markup(swedish.figure(value))


def front_matter(**fields: Any) -> Markup:
    """YAML front matter. JSON strings are valid YAML; the theme prints `title`,
    `description` and `feed_title` as HTML, so those are HTML-escaped first. The title is also
    given as it is, `plain_title`, for the one place that needs the text itself: the error
    report link, which URL-encodes it into the issue's title (docs/overrides/main.html). The
    description is cut to what a search engine shows (`swedish.description`): a plan's
    summary, 460–560 characters, was cut by the search engine wherever it chose."""
    if isinstance(fields.get("description"), str):
        fields["description"] = swedish.description(fields["description"])
    if isinstance(fields.get("title"), str):
        fields["plain_title"] = str(fields["title"])
    lines = ["---"]
    for key, value in fields.items():
        if key in ("title", "description", "feed_title") and isinstance(value, str):
            value = str(html_text(value))
        if isinstance(value, dict):
            lines.append(f"{key}:")
            lines.extend(f"  {k}: {json.dumps(v, ensure_ascii=False)}" for k, v in value.items())
        else:
            lines.append(f"{key}: {json.dumps(value, ensure_ascii=False)}")
    lines.append("---")
    return Markup("\n".join(lines))


def percent(share: float, decimals: int = 1) -> str:
    """`12,3 %`, kept on one line."""
    return swedish.percent(share, decimals, NBSP)


def counted(number: int, one: str, many: str) -> str:
    """`1 punkt`, `3 punkter`, the figure and its noun kept on one line. Nouns given as Markup
    (SOFT_HYPHEN's) stay Markup: a figure and a no-break space need no escaping."""
    text = count(number, one, many, NBSP)
    return Markup(text) if isinstance(one, Markup) and isinstance(many, Markup) else text


# A soft hyphen as the character (2 bytes in UTF-8), not escaped as `&#173;` (6 bytes) as
# `escape_text` writes the invisible characters of a plan's text: a template's own soft hyphen
# is no hidden text to show, and the matrix has one in each of its cells with a figure.
SOFT_HYPHEN = Markup("\u00ad")


def share_of(part: int, total: int, one: str = "", many: str = "") -> str:
    """`3 av 4 aktörer`, `12 av 30`, on one line: a phone broke "– 3 av" / "4 aktörer", and a
    figure on one line with what it is a share of on the next reads as two figures."""
    whole = counted(total, one, many) if one else grouped(total)
    return f"{grouped(part)}{NBSP}av{NBSP}{whole}"


# A year range (`2022–2026`, and as documents also write it, `2016-2019`) or a date
# (`2026-11-22`), which a browser may break at its dash.
_UNBREAKABLE = re.compile(r"(?<![\d–-])(?:\d{4}–\d{4}|(?:19|20)\d\d-(?:19|20)\d\d|\d{4}-\d{2}-\d{2})(?![\d–-])")
_TAG = re.compile(r"(<[^>]*>)")


def unbroken(text: Any) -> Markup:
    """Text escaped like any other, each year range (`2022–2026`) and date (`2026-11-22`) in it
    kept on one line: a phone broke a mandate period after its dash, "2022–" / "2026", and a
    date as "2026-" / "11-22". A span, not a word joiner (U+2060) after the dash: the text
    stays what a voter copies and types into the search. For the site's own text and a plan's
    (items, quotes, summaries, archived lines), so each text is looked at once per build."""
    escaped = str(escape_text(text))
    if "–" not in escaped and "-" not in escaped:  # most text: no regular expression at all
        return Markup(escaped)
    return _unbroken(escaped)


@functools.lru_cache(maxsize=65536)
def _unbroken(escaped: str) -> Markup:
    # Escaped plan text has no tags; Markup built elsewhere may, and an address or id inside one
    # must keep its date as it is: only the text between tags gets spans.
    parts = _TAG.split(escaped)
    parts[::2] = [_UNBREAKABLE.sub(r'<span class="vlv-nowrap">\g<0></span>', part) for part in parts[::2]]
    return Markup("".join(parts))


# How much of an item's text a comparison shows (the longest real one has 442 characters): every
# actor's column is as wide as the others, but a text may run to 4,000 characters (`model.MAX_TEXT`),
# and one such item stretched a party's column many screens below the others' (the gaming audit).
# The whole text is on the document's page, where the item links.
COMPARE_TEXT_LIMIT = 500


def capped(text: str) -> str:
    """An item's text as a comparison shows it: whole, or its first `COMPARE_TEXT_LIMIT`
    characters with "…" for the rest. As written up to the cut: `swedish.shorten`, made for
    one-line messages, turned a no-break space ("10 000") into a space a column broke at."""
    return text if len(text) <= COMPARE_TEXT_LIMIT else text[:COMPARE_TEXT_LIMIT - 1].rstrip() + "…"


def page_date(iso: str) -> str:
    """`22 november 2026` with a no-break space between the day and its month: a phone broke
    "hämtad 22" / "november 2026". The feeds and the messages keep `swedish.swedish_date`'s plain space."""
    return swedish_date(iso).replace(" ", NBSP, 1)


def year_label(plan: Plan) -> str:
    """`2024`, `ca 2020–2021`, `odaterat` (`link.Plan.year_label`)."""
    return plan.year_label


class _FinalizedOutput(CodeGenerator):
    """Templates that print `finalize(value)` as it is. With autoescape on, Jinja prints
    `escape(finalize(value))`; our finalize (`escape_text`) already returns Markup for every
    value, which `escape` only copies into a new Markup (1.2 million copies at 1,000 plans,
    a sixth of the time rendering takes, the longest being whole macro outputs)."""

    def _output_child_pre(self, node: Any, frame: Any, finalize: Any) -> None:
        if finalize.src is not None and frame.eval_ctx.autoescape and not frame.eval_ctx.volatile:
            self.write("(" + finalize.src)  # `_output_child_post` closes both
        else:
            super()._output_child_pre(node, frame, finalize)

    def visit_Getattr(self, node: Any, frame: Any) -> None:
        """`a.b` as Python's own `getattr(a, "b", missing)`, and what Jinja's `environment.getattr`
        does after its own `getattr` (an item of that name, else undefined: `_Environment.item_else`)
        only where `a` has no such attribute: the same value, without a call of a method of Jinja's
        for each of the 4.6 million attributes the pages read at 1,000 plans. `a` is evaluated once,
        into a name of this expression's own, and so is a property that raises AttributeError (Jinja's
        `getattr` asked it again)."""
        if self.environment.is_async:
            super().visit_Getattr(node, frame)
            return
        self._attribute_names = getattr(self, "_attribute_names", 0) + 1
        value, owner = f"t_vlv_a{self._attribute_names}", f"t_vlv_o{self._attribute_names}"
        self.write(f"({value} if ({value} := getattr(({owner} := ")
        self.visit(node.node, frame)
        self.write(f"), {node.attr!r}, missing)) is not missing else environment.item_else({owner}, {node.attr!r}))")


class _Context(Context):
    """Jinja's context, with a shorter way to call what our templates call: macros, and
    functions and methods that take no context (0.6 million calls at 1,000 plans). For every
    call Jinja's own `call` asks the object, and a bound `__call__` made for the purpose,
    what to pass, a fifth of the time pages take. Here a function's own attributes are
    looked at, and a macro gets what Jinja gives it (the evaluation context, whose
    autoescape setting it follows). Anything else goes through Jinja's `call`."""

    @internalcode
    def call(__self, __obj: Any, *args: Any, **kwargs: Any) -> Any:  # noqa: N805 (Jinja's signature)
        kind = __obj.__class__
        if kind is Macro and _MACRO_TAKES is _PassArg.eval_context:
            args = (__self.eval_ctx,) + args
        elif not (_takes_nothing(__obj) if kind is FunctionType else
                  kind is MethodType and __obj.__func__.__class__ is FunctionType and _takes_nothing(__obj.__func__)):
            return super().call(__obj, *args, **kwargs)
        if kwargs:
            kwargs.pop("_block_vars", None)
            kwargs.pop("_loop_vars", None)
        try:
            return __obj(*args, **kwargs)
        except StopIteration:  # as Jinja's `call` does
            return __self.environment.undefined("value was undefined because a callable raised a StopIteration exception")


_MACRO_TAKES = _PassArg.from_obj(Macro.__call__)


def _takes_nothing(function: FunctionType) -> bool:
    """Whether Jinja calls `function` with the template's arguments alone: `pass_context`
    and the like mark a function in its own attributes, and a plain function has no
    `__call__` of its own that takes more. (Not cached: a cache would keep closures, and
    the site model they hold, alive after the build.)"""
    return "jinja_pass_arg" not in function.__dict__


class _Environment(Environment):
    code_generator_class = _FinalizedOutput
    context_class = _Context

    def item_else(self, obj: Any, attribute: str) -> Any:
        """`obj.attribute` where `obj` has no such attribute (`_FinalizedOutput.visit_Getattr`):
        as Jinja's `getattr` goes on, an item of that name, else undefined, which names the
        attribute when it is used (StrictUndefined)."""
        try:
            return obj[attribute]
        except (TypeError, LookupError, AttributeError):
            return self.undefined(obj=obj, name=attribute)

    def make_globals(self, d: Optional[dict[str, Any]]) -> dict[str, Any]:
        """A template's globals as one plain dict: the environment's, then its own. Jinja's
        ChainMap of the two is read whole for every page it renders and every import of the
        macros (a set of its keys, a dict of its items), at Python speed: 6 % of the time pages
        take. The environment's globals are all set before the first template is loaded
        (`_environment`), as Jinja asks, so a copy holds the same."""
        return {**self.globals, **(d or {})}


def _terminal_text(value: Any) -> Markup:
    """A value for the console: `escape.log_text`, the log's one rule, in place of `escape_text`."""
    if isinstance(value, Markup):  # a macro's output, its values already made terminal text
        return value
    return Markup(log_text("" if value is None else value))


def _terminal_languages(pieces: Any) -> Markup:
    """A line in pieces (`escape.in_languages`) for the console, which marks no language: its text."""
    return _terminal_text("".join(text for text, _ in pieces))


@functools.lru_cache(maxsize=2)
def _environment(terminal: bool = False) -> Environment:
    # One environment per process: compiled templates are kept between the rebuilds of
    # `mkdocs serve` (0.1 s each); Jinja reloads a template whose file changed. (A second one,
    # `terminal`, escapes for the console: `changes` run by hand.)
    env = _Environment(
        loader=FileSystemLoader(str(TEMPLATES)),
        bytecode_cache=CompiledTemplates("terminal" if terminal else "pages"),  # between processes
        # `{#id}` is Markdown's attribute syntax for anchors, so Jinja comments use `{%# #%}`.
        comment_start_string="{%#",
        comment_end_string="#%}",
        undefined=StrictUndefined,
        autoescape=True,  # macros return Markup; finalize does the real escaping
        finalize=_terminal_text if terminal else escape_text,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters.update(address=address, css_string=css_string, paragraphs=paragraphs, number=number, year=year_label, count=counted, of=share_of, percent=percent, shorten=shorten, capped=capped,
                       unbroken=unbroken, spaced=spaced_html_text, code_spans=code_spans, swedish_date=page_date, measure=charts.labelled_measure_pieces, baseline=charts.baseline_pieces,
                       lower_first=model.lower_first, widest_word=model.widest_word,
                       grouped=grouped, cited=swedish.cited,
                       in_languages=_terminal_languages if terminal else in_languages)
    env.filters.update(indicator_chart=charts.indicator_chart, budget_chart=charts.budget_chart)
    env.globals.update(
        paths=paths,
        front_matter=front_matter,
        ACTOR_KINDS=model.ACTOR_KINDS,
        PLAN_KINDS=model.PLAN_KINDS,
        PLAN_STATUSES=model.PLAN_STATUSES,
        DOCUMENT_COLUMNS=link.DOCUMENT_COLUMNS,  # a municipality's table of documents
        ITEM_KINDS=model.ITEM_KINDS,
        COMPARE_TEXT_LIMIT=COMPARE_TEXT_LIMIT,  # said on the about page
        SEARCH_KEYWORDS_LEAD=search_words.KEYWORDS_LEAD,  # where the index's entries find the hidden words
        TEXT_NOTES=TEXT_NOTES,  # a pull request's summary names changes as the feeds do (`PlanChange.verb`)
        ITEM_VERBS=ITEM_VERBS,
        PROMISE_STATES=model.PROMISE_STATES,
        ITEM_GROUPS=model.ITEM_GROUPS,
        RISK_BANDS=link.RISK_BANDS,  # the bands with their score ranges, for legends
        NO_COUNTY=NO_COUNTY,
        MATRIX_REPEAT=MATRIX_REPEAT,
        MATRIX_COLUMNS_NAMED=MATRIX_COLUMNS_NAMED,
        SOFT_HYPHEN=SOFT_HYPHEN,
        dash=dash,
        plan_facts=_FRAGMENTS.plan_facts,
        change_html=change_html,  # a change's lines, as the feeds show them
    )
    return env


def compile_templates() -> None:
    """Compile every template of both environments into the compiled templates kept between
    processes (`template_cache`), whatever PYTHONDONTWRITEBYTECODE says, as compileall does for
    the modules: `make test` runs it once (`python -m generator.render`)."""
    for terminal in (False, True):
        env = _environment(terminal)
        env.bytecode_cache.write = True
        for name in env.list_templates(filter_func=lambda name: name.endswith(".j2")):
            env.get_template(name)


def forget_compiled_templates() -> None:
    """Compile every template again at its next use. Jinja tells a changed template by its
    modification time alone, and kept one saved again within the same tick of the file
    system's clock, or put back with its old time (`touch -r`, `cp -p`), as it was compiled
    (`incremental.Rebuilds`, which tells a change by the templates' bytes, calls this)."""
    _environment.cache_clear()


# A municipality's matrix names its actors again before every this many topics, so that a row
# of names is on every screen: a topic's row of three lines of figures is about 80 px high on a
# phone, and a phone turned sideways shows about 330 px below the theme's top bar (at 6, the
# review found screens without names there, on small phones and with large text).
MATRIX_REPEAT = 3
# The actors whose cells the style sheet names by their column on a phone with large text
# (extra.css, `td:nth-child(2)` to `(25)`); a cell of an actor after them names its actor itself
# (a city's council with its districts' committees has more): such cells showed figures of no one's.
MATRIX_COLUMNS_NAMED = 24


class _Fragments:
    """Pieces that do not depend on the page showing them, made once per object in each
    render and reused: a plan's facts line is on every comparison page of its municipality."""

    def __init__(self) -> None:
        self._known: dict[tuple[str, int], tuple[Any, Markup]] = {}

    def clear(self) -> None:
        self._known.clear()

    def plan_facts(self, plan: Plan) -> Markup:
        known = self._known.get(("plan_facts", id(plan)))
        if known is None or known[0] is not plan:  # the object is kept, so its id stays its own
            made = _environment().get_template("macros.j2").module.facts_line(plan)
            known = self._known[("plan_facts", id(plan))] = (plan, made)
        return known[1]


_FRAGMENTS = _Fragments()


class _Page:
    """Rendering context for one output: knows its own path, so links are relative to it."""

    def __init__(self, output: Output):
        self.output = output
        self.path = output.path

    def front_matter(self, **fields: Any) -> Markup:
        # The tabs are the site's navigation: the left sidebar would hold at most the page's
        # own tab, so every page gives that width to its content (tables, risk matrices).
        # Phones keep the menu: the theme shows the drawer whether or not it is hidden here.
        fields["hide"] = ["navigation"] + [part for part in fields.pop("hide", ()) if part != "navigation"]
        if self.output.search:
            fields["search"] = self.output.search
        if self.output.search_words:  # read by the MkDocs hook (`search_words`)
            fields[search_words.FIELD] = list(self.output.search_words)
        if self.output.feed:  # read by the theme override's extrahead block
            fields.update(feed=self.output.feed.path, feed_title=self.output.feed.title)
        return front_matter(**fields)

    @property
    def search_words(self) -> tuple[str, ...]:
        """The page's words for the search alone (`Output.search_words`), which its front matter
        names: for the hidden paragraph that holds them (`macros.j2`'s `search_words`)."""
        return self.output.search_words

    def file(self, path: str) -> Markup:
        """Link to a file served as is: a data file or a feed."""
        return Markup(paths.file_link(self.path, path))

    def link(self, to_page: str, anchor: str = "") -> Markup:
        return Markup(paths.link(self.path, to_page, anchor))

    def plan(self, plan: Plan, anchor: str = "") -> Markup:
        return self.link(paths.plan_page(plan.id), anchor)

    def item(self, item: Item) -> Markup:
        return self.link(paths.plan_page(item.plan.id), item.id)

    def source(self, plan: Plan, line: Optional[int] = None) -> Markup:
        return self.link(paths.source_page(plan.id), paths.line_anchor(line) if line else "")

    def topic(self, topic: Topic, anchor: str = "") -> Markup:
        return self.link(paths.topic_page(topic.id), anchor)

    def actor(self, actor, anchor: str = "") -> Markup:
        return self.link(paths.actor_page(actor.id), anchor)

    def compare(self, municipality, topic: Topic, anchor: str = "") -> Markup:
        """The comparison page of a topic in a municipality."""
        return self.link(paths.compare_page(municipality.id, topic.id), anchor)


# Pages are handed out to the processes this many at a time, to whichever asks first.
PAGES_PER_CLAIM = 16


def render_outputs(site: Site, outputs: list[Output], workers: Optional[int] = None) -> dict[str, str]:
    """Each output rendered: {path under docs/: Markdown, or the text of a data file or feed}.

    A large site's pages are rendered by forked worker processes too, one per core (the
    model is built once and shared by the fork); the result is the same, in the same order.
    """
    shares = render_in_shares(site, outputs, lambda rendered: rendered, workers)
    rendered = {path: text for share in shares for path, text in share.items()}
    return {output.path: rendered[output.path] for output in outputs}


def render_in_shares(site: Site, outputs: list[Output], finish: Callable[[dict[str, str]], T],
                     workers: Optional[int] = None) -> list[T]:
    """Every output rendered, a share in each process, and `finish` applied to each share's
    {path: text} in the process that rendered it; the results of `finish`, one per share.

    `generator build` writes each share where it was rendered, so the pages never travel
    between processes (`render_outputs` hands them all back instead)."""
    _FRAGMENTS.clear()
    try:
        return _render_in_shares(site, outputs, finish, workers)
    finally:
        _FRAGMENTS.clear()


def _render_in_shares(site: Site, outputs: list[Output], finish: Callable[[dict[str, str]], T],
                      workers: Optional[int]) -> list[T]:
    pages = [output for output in outputs if not output.content]
    count = process_count(len(pages)) if workers is None else workers
    if count <= 1:
        return [finish({output.path: _render_one(site, output) for output in outputs})]
    # This process first makes the data files, if there are any (a third of the work at 1,000
    # plans; they share computed records with each other, `opendata`, so they are made in one
    # process). Meanwhile the workers render pages, a few at a time, and this process joins
    # them when it is done: each process renders pages until none are left, so they all
    # finish within a few pages of each other on any number of cores, whatever the share
    # of the data files. (Only page numbers are shared between the processes, not pages.)
    claims = Claims(len(pages), PAGES_PER_CLAIM)

    def render(number: int) -> T:
        rendered = {output.path: output.content() for output in outputs if output.content} if number == 0 else {}
        rendered.update((pages[index].path, _render_one(site, pages[index])) for index in claims)
        return finish(rendered)

    return in_shares(render, list(range(count)))


def _render_one(site: Site, output: Output) -> str:
    if output.content:
        return output.content()
    return _environment().get_template(output.template).render(page=_Page(output), site=site, **output.context)


def render_site(site: Site, history: Optional[History] = None) -> dict[str, str]:
    """Every generated page and file of the site."""
    return render_outputs(site, site_outputs(site, history))


def render_changes(changes: Any, terminal: bool = False) -> str:
    """The change summary of a pull request (`changes.Changes`) as Markdown for the job summary;
    with `terminal`, the same lines with plan text written for a console (no character references)."""
    env = _environment(True) if terminal else _environment()  # one cache entry per environment
    return env.get_template("changes.md.j2").render(changes=changes)


if __name__ == "__main__":
    compile_templates()
