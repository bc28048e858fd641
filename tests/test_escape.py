"""Property-based tests: whatever a plan says, it reaches the site, the job summary and the
log as text, never as markup, a link, a workflow command or a terminal escape; and the quote
check finds a source passage whatever its layout, but not a passage with any word changed."""

from __future__ import annotations

import functools
import html
import re
import unicodedata
from html.parser import HTMLParser

import icu
import markdown
import pytest
from hypothesis import assume, example, given, settings, strategies as st

from generator.cli import summary_markdown
from generator.errors import LocatedError, code, coded
from generator.escape import (FORMULA_START, address, css_string, formula_free_pattern, formula_pattern, html_text,
                              log_text, spaced_html_text)
from generator.quotes import SourceText

SETTINGS = settings(max_examples=200, deadline=None)
EXTENSIONS = ["md_in_html", "attr_list", "tables"]  # as in mkdocs.yml

# Text that tries hard to be markup: the characters HTML, Markdown and workflow commands
# care about, line breaks of every kind, control characters, and whole known attacks.
ATTACKS = st.sampled_from([
    "<script>alert(1)</script>", "<a href=\"javascript:alert(1)\">x</a>", "[x](javascript:alert(1))",
    "![x](https://evil.example/x.png)", "<img src=x onerror=alert(1)>", "{: onclick=\"alert(1)\" }",
    "\n::error::owned", "::add-mask::secret", "\x1b[31mred", "\r\n::warning::x", "\u2028::set-output name=x::y",
    "# heading", "> quote", "- item", "1. item", "| a | b |", "```", "<div markdown=\"1\">", "&lt;b&gt;", "&#60;b>",
    "<!-- c -->", "<https://evil.example>", "https://evil.example", "www.evil.example", "[x]: https://evil.example",
    "***", "===", "\\", "`code`", "*em*", "__strong__", "~~del~~", "$x$", "{{ x }}", "{% x %}",
    "##[error]owned", "##[stop-commands]token", "C#", "Mål ##", " #", "#\u034f#[add-mask]x", "#\u200c#\ufe0f[warning]x",
])
TRICKY = st.characters(codec="utf-8", categories=["L", "N", "P", "S", "Z", "Cc", "Cf"])
ANY_TEXT = st.lists(st.one_of(ATTACKS, st.text(TRICKY, max_size=8)), max_size=6).map("".join)


class Tags(HTMLParser):
    """Every start tag and attribute value in a piece of HTML."""

    def __init__(self, html: str):
        super().__init__(convert_charrefs=True)
        self.tags: list[str] = []
        self.attributes: list[str] = []
        self.feed(html)
        self.close()

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        self.attributes += [f"{name}={value}" for name, value in attrs]


# Where plan text goes on a page: a paragraph, a heading, a list item, a table cell and a
# raw HTML block that Markdown renders inside (md_in_html), as the templates use them.
CONTEXTS = [
    "{}",
    "## {}",
    "- {}",
    "| Fält | Värde |\n|---|---|\n| a | {} |",
    '<div class="vlv-item" markdown="1">\n\n{}\n\n</div>',
    '<table><tbody><tr><td>{}</td></tr></tbody></table>',
]


# One converter for the module's renderings of a page's text: `markdown.markdown` makes a new one
# each time, with its extensions (about 0.4 ms), which was a third of the property tests' time;
# `reset()` before each text is Python-Markdown's own way to convert another document with it.
_CONVERTER = markdown.Markdown(extensions=EXTENSIONS)


def _html(markdown_text: str) -> str:
    return _CONVERTER.reset().convert(markdown_text)


@functools.cache
def _html_once(markdown_text: str) -> str:
    """`_html`, once for each text: the job summary's property tests convert beside each drawn
    text one that is the same in every example."""
    return _html(markdown_text)


@functools.cache
def _render(context: str, text: str) -> Tags:
    return Tags(_html(context.format(text)))


@SETTINGS
@given(ANY_TEXT)
def test_escaped_text_never_becomes_markup_on_a_page(text):
    for context in CONTEXTS:
        expected = _render(context, "x")
        shown = _render(context, html_text(text))
        # The context's own tags and nothing more (an empty text may leave out its paragraph).
        assert shown.tags == expected.tags or (not text.strip() and set(shown.tags) < set(expected.tags)), (context, text)
        assert shown.attributes == expected.attributes, (context, text)


NO_BREAK_SPACES = "\u00a0\u2007\u202f"  # where a line must not break: kept, not folded


@SETTINGS
@given(ANY_TEXT.map(lambda t: "".join(c for c in t if unicodedata.category(c) != "Cc")))
def test_escaped_text_is_shown_as_written(text):
    """No character is lost or added: a voter reads what the plan says (whitespace folded, but
    a no-break space kept), in a heading as in a paragraph or a table cell: a title ending
    "C#" lost its "#" to the heading's closing marks. Control characters are left out: the
    loader refuses them before anything is shown."""
    written = re.sub(f"[^\\S{NO_BREAK_SPACES}]+", " ", text).strip()
    for context in ["<p>{}</p>", *CONTEXTS]:
        around = _shown(context, "x")
        assert around.count("x") == 1
        assert _shown(context, html_text(text)) == around.replace("x", written), (context, text)


@functools.cache
def _shown(context: str, text: str) -> str:
    """The text a reader sees of `text` placed in `context` and rendered as the site does."""
    parser = HTMLParser(convert_charrefs=True)
    seen: list[str] = []
    parser.handle_data = seen.append
    parser.feed(_html(context.format(text)))
    parser.close()
    return "".join(seen).replace("\n", "")  # the line breaks between tags; the text has none


def _style_value(attribute: str) -> str:
    """The value of an HTML `style` attribute written as `attribute`, as a browser reads it."""
    parser = HTMLParser(convert_charrefs=True)
    values: list[str] = []
    parser.handle_starttag = lambda tag, attributes: values.append(dict(attributes)["style"])
    parser.feed(f'<p style="{attribute}">')
    return values[0]


def _css_string_read(css: str) -> str:
    """What a CSS string token says (CSS Syntax 3, "consume a string token"); an error where
    the token ends before `css` does or is a bad string."""
    assert css[0] == '"', css
    said, at = [], 1
    while css[at] != '"':
        assert css[at] != "\n", css  # a bad string: the declaration would be dropped
        if css[at] == "\\":
            if hex_digits := re.match(r"[0-9a-fA-F]{1,6}[ \t\n]?", css[at + 1:]):
                code = int(hex_digits.group().strip(), 16)
                said.append(chr(code) if 0 < code <= 0x10FFFF and not 0xD800 <= code <= 0xDFFF else "\ufffd")
                at += 1 + len(hex_digits.group())
                continue
            at += 1
        said.append(css[at])
        at += 1
    assert at == len(css) - 1, css  # nothing after the string's end
    return "".join(said)


@SETTINGS
@given(ANY_TEXT.filter(lambda t: not re.search(r"[^\S ]", t)))
@example("Sverigedemokraterna \"Eskilstuna\" \\ 12")
@example("a\ud800b\x00c")
def test_an_actors_name_is_shown_as_written_before_its_matrix_cells(text):
    """A name the matrix shows before each actor's cells on a phone (a CSS string in the
    table's `style`, extra.css) is the name as written, spaces folded as on the page: a quote
    or backslash in it never ends the string or the declaration. A byte that was not UTF-8 is
    the replacement character, as CSS reads a NUL."""
    written = re.sub(" +", " ", text).replace("\x00", "\ufffd")
    written = re.sub("[\ud800-\udfff]", "\ufffd", written)
    assert _css_string_read(_style_value(html_text(css_string(text)))) == written


def test_a_no_break_space_stays_one_on_the_page():
    """`12,3 %` and `3 punkter` are written with a no-break space where a line must not break;
    it became a plain space on its way to the page, so "12,3" ended a line and "%" began the next."""
    for space in NO_BREAK_SPACES:
        assert html_text(f" 12,3{space}%\n\n 3 {space} punkter ") == f"12,3{space}% 3 {space} punkter"
    # All three in one text, as a table's figures may have them.
    assert html_text("12,3\u00a0% av 1\u2007000\u202fkr") == "12,3\u00a0% av 1\u2007000\u202fkr"


def test_every_character_the_escaping_passes_over_is_one_it_would_leave_as_it_is():
    """Escaping looks only at characters its pattern picks out (ASCII letters and Swedish
    letters are passed over at C speed); checked for every code point, so no control or
    format character, nor any special one, can slip past it."""
    from generator import escape

    passed_over = [char for char in map(chr, range(0x110000))
                   if not 0xD800 <= ord(char) <= 0xDFFF and not escape._CANDIDATE.match(char)]
    assert "å" in passed_over and "Ö" in passed_over and "a" in passed_over
    for char in passed_over:
        assert char not in escape._SPECIAL and unicodedata.category(char) not in ("Cc", "Cf"), hex(ord(char))


@pytest.mark.parametrize("written", [
    "https://bergby.se/sok?id=12&sida=2",
    "https://bergby.se/visa?dokument=plan&amp;ar=2024",  # copied from a page's source, `&amp;` and all
    'https://bergby.se/"onmouseover="alert(1)',  # no address: it stays inside the href's quotes
])
def test_a_link_to_a_plans_web_address_leads_where_the_plan_says(written):
    """A source's or actor's address becomes an `href`: a browser reads there exactly the
    address written (a bare `&` read with what follows could be a character reference), and a
    text that is not an address gives the link no attribute or tag of its own."""
    link = Tags(f'<a href="{address(written)}">källa</a>')
    assert link.tags == ["a"] and link.attributes == [f"href={written}"]


@pytest.mark.parametrize("written", ["javascript:alert(1)", "JavaScript&#58;alert(1)", "data:text/html,<script>x</script>",
                                     " https://bergby.se/"])
def test_a_text_that_is_no_web_address_never_becomes_an_href(written):
    """The mutation audit: a text that is no web address was written as `html_text`, whose `&#58;`
    a browser decodes in an `href`, so `javascript:alert(1)` would have run on a click. The
    schema lets no such value through (`model.Url`); here it stops the build instead."""
    with pytest.raises(ValueError, match="not a web address"):
        address(written)


def _error(text: str) -> LocatedError:
    return LocatedError(path=f"plans/{text}.yaml", line=3, col=7, field=text, message=text, hint=text)


@SETTINGS
@given(ANY_TEXT)
def test_job_summary_never_carries_markup_or_extra_rows(text):
    summary = summary_markdown([_error(text), _error("ok")])
    expected = summary_markdown([_error("x"), _error("ok")])
    assert len(summary.splitlines()) == len(expected.splitlines())
    shown, plain = Tags(_html_once(summary)), Tags(_html_once(expected))
    assert shown.tags == plain.tags
    assert shown.attributes == plain.attributes == []
    assert "javascript:" not in " ".join(shown.attributes)


@SETTINGS
@given(ANY_TEXT)
@example("Läs mer på https://evil.example/x eller WWW.evil.example (<https://evil.example>)")
@example("Läs mer på WWW.evil.example")  # no `://` beside it, in capitals
def test_job_summary_holds_no_address_github_links_by_itself(text):
    """GitHub's Markdown, unlike the site's, links `https://…`, `ftp://…` and `www.…` with no
    markup around them: a plan's text became a link in the job summary, and the `&#62;` after
    `<https://…>` was read into the address. The `:` or `.` that makes such a link is written
    as a reference, which GitHub shows as the character and does not link."""
    summary = summary_markdown([_error(text)]).lower()
    assert "://" not in summary and "www." not in summary


@SETTINGS
@given(ANY_TEXT)
@example("Frågor till @kansliet eller se #12 och C#")
def test_job_summary_holds_no_mention_or_issue_reference_of_a_plans_text(text):
    """GitHub's Markdown makes `@name` a mention and `#12` a link to an issue or pull request,
    with no markup: a plan's `@kansliet` in the summary would have called someone. Neither
    character of a plan's text reaches the summary as itself."""
    heading, _, table = summary_markdown([_error(text)]).partition("\n")
    bare = re.sub(r"&#\d+;", "", table)  # what is left of the text besides its references
    assert "@" not in bare and "#" not in bare


# A cell's beginning, as the formula guard reads it: signs, tab and carriage return, white space
# of other kinds (a no-break space, an ideographic one, a line separator), an apostrophe, letters.
CELL_STARTS = st.text(st.sampled_from([*FORMULA_START, " ", "\n", "\u00a0", "\u3000", "\u2028", "\x1c", "'", "a", "Ö"]),
                      max_size=5)


@SETTINGS
@given(CELL_STARTS, ANY_TEXT)
@example("\u00a0\t", "=1")  # a tab after other white space: only a sign that follows it counts
@example("\n", "")  # white space alone
def test_the_data_packages_pattern_accepts_exactly_the_texts_the_guard_leaves_alone(start, rest):
    """The Table Schemas of the data package have no `not`: a pattern the whole cell must match
    (frictionless reads it as `^…$`) says what the CSV row schemas say with `not` and the
    formula pattern, and the two are made from the same characters."""
    text = start + rest
    free = re.match(f"^{formula_free_pattern()}$", text) is not None
    assert free == (re.match(formula_pattern(), text) is None), repr(text)


HOSTILE_LOCATOR = "Kap `2` | <script>alert(1)</script> & ``3\n::error::x"


def _locator_error(value: str) -> LocatedError:
    """An error that names a plan's value outside a code span and offers it inside one, as the
    locator check does (`Menade du `locator: …`?`)."""
    return LocatedError(path="plans/bergby.yaml", line=3, col=7, field="locator", message=f"platsen '{value}' finns inte.",
                        hint=f"Menade du {code(f'locator: {value}')}? " + coded("Skriv en position som `punkt 3`."))


def _summary_cells(summary: str) -> list[str]:
    row = next(line for line in summary.splitlines() if line.startswith("| plans/"))
    return [cell.strip() for cell in row.strip("|").split(" | ")]


def test_a_hints_code_spans_are_code_in_the_job_summary_and_backticks_in_the_log():
    """Hints write what to type as code (`locator: Kap 2–3`): the job summary showed each
    backtick as `&#96;`, the whole hint escaped as one text. A plan's value inside such a span,
    backticks, pipe, markup, ampersand and line break and all, stays text in it."""
    error = _locator_error(HOSTILE_LOCATOR)
    said = f"platsen '{HOSTILE_LOCATOR}' finns inte."
    tip = f"Menade du `locator: {HOSTILE_LOCATOR}`? Skriv en position som `punkt 3`."
    assert str(error) == f"plans/bergby.yaml:3:7: locator: {said} Tips: {tip}"
    assert error.message == said and error.hint == tip
    assert error.github_annotation() == LocatedError("plans/bergby.yaml", 3, 7, "locator", said, tip).github_annotation()
    *_, message, hint = _summary_cells(summary_markdown([error]))
    assert message == html_text(said)
    assert hint == (f"Menade du <code>{html_text(f'locator: {HOSTILE_LOCATOR}')}</code>? "
                    "Skriv en position som <code>punkt 3</code>.")
    shown = Tags(_html(summary_markdown([error])))
    assert shown.tags.count("code") == 2 and "script" not in shown.tags and shown.attributes == []


def test_a_code_span_keeps_the_space_that_is_what_to_write():
    error = LocatedError("plans/bergby.yaml", 3, 7, "items", "x", coded("Skriv `- ` före `text`."))
    assert error.hint == "Skriv `- ` före `text`."
    assert _summary_cells(summary_markdown([error]))[-1] == "Skriv <code>&#45; </code> före <code>text</code>."


@SETTINGS
@given(ANY_TEXT)
@example("`kod` och ``mer``")
def test_a_plans_text_in_or_beside_a_hints_code_span_never_becomes_markup_in_the_job_summary(text):
    """Only the author's code spans become code: a plan's own backticks, wherever the message
    or hint places its text, stay text, and the table keeps its rows."""
    summary = summary_markdown([_locator_error(text), _error("ok")])
    expected = summary_markdown([_locator_error("x"), _error("ok")])
    assert len(summary.splitlines()) == len(expected.splitlines())
    shown, plain = Tags(_html_once(summary)), Tags(_html_once(expected))
    assert shown.tags == plain.tags and shown.attributes == []


# What the Actions runner and a terminal treat as the end of a line.
LINE_BREAKS = re.compile(r"\r\n|[\n\r\x0b\x0c\x1c-\x1e\x85\u2028\u2029]")


@SETTINGS
@given(ANY_TEXT)
def test_log_line_is_one_line_without_commands_or_escapes(text):
    line = log_text(_error(text))
    assert not LINE_BREAKS.search(line)
    assert "\x1b" not in line and "\x9b" not in line
    assert "::" not in line


# The Actions runner also reads the legacy form of a command, `##[error]…`, anywhere in a
# line, and looks for `##[` culture-sensitively (ICU), passing over ignorable characters.
RUNNER_COLLATION = icu.Collator.createInstance(icu.Locale("en_US"))


def runner_finds_legacy_command(line: str) -> bool:
    return bool(line) and icu.StringSearch("##[", line, RUNNER_COLLATION).first() != -1


@SETTINGS
@given(ANY_TEXT)
def test_log_line_holds_no_legacy_command_the_runner_would_find(text):
    assert not runner_finds_legacy_command(log_text(_error(text)))


@SETTINGS
@given(ANY_TEXT)
def test_annotation_is_one_workflow_command_whatever_the_text(text):
    command = _error(text).github_annotation()
    assert not LINE_BREAKS.search(command)
    assert "\x1b" not in command
    head, separator, message = command.partition("::")[2].partition("::")
    assert separator and head.startswith("error file=")
    assert "::" not in message and "::" not in head


# --- the quote normaliser ---------------------------------------------------------------------
WORD = st.text(st.sampled_from("abcdefghijklmnopqrstuvwxyzåäöÅÄÖ0123456789"), min_size=1, max_size=9)
SPACE = st.sampled_from([" ", "  ", "\n", "\t", "\u00a0", "\u202f", " \n ", "\f"])
TYPOGRAPHY = [("“{}”", '"{}"'), ("„{}”", '"{}"'), ("«{}»", '"{}"'), ("’{}’", "'{}'"), ("{}–", "{}-"),
              ("{}—", "{}-"), ("{}", "{}")]


@st.composite
def passages(draw):
    """A source passage and a quote of it with other spaces, line breaks and typography."""
    words = draw(st.lists(WORD, min_size=4, max_size=12))
    styles = [draw(st.sampled_from(TYPOGRAPHY)) for _ in words]
    source_words = [style[0].format(w) for w, style in zip(words, styles)]
    quote_words = [style[1].format(w) for w, style in zip(words, styles)]
    source = source_words[0] + "".join(draw(SPACE) + w for w in source_words[1:])
    quote = quote_words[0] + "".join(draw(st.sampled_from([" ", "\n", "  "])) + w for w in quote_words[1:])
    return words, source, quote


@SETTINGS
@given(passages(), st.sampled_from(["", "Inledning\n\n", "- ", "Rubrik\n\n* "]))
@example((["5", "b", "c", "d"], "5\nb c d", "5 b c d"), "- ")  # a list item broken after its number
@example((["5", "b", "7", "d"], "5\nb\n7\nd", "5 b 7 d"), "- ")  # a table's label in a small letter over its amount
def test_quote_is_found_whatever_the_layout(passage, before):
    _, source, quote = passage
    first, *rest = (before + source).split("\n")
    cell, tab, _ = first.partition("\t")
    # A dash and an amount alone in a table's first cell, or on a line whose next does not go
    # on in a small letter, or goes on so as a label over an amount of its own: a minus, as a
    # budget's table copied cell by cell or line by line writes it, which a quote must keep (its
    # tests are in test_quotes.py); `- 5` over `b` is a list item broken after its number.
    minus = before == "- " and SourceText(cell + "\n").find(cell[2:].strip()) is None
    after = rest[1].strip() if len(rest) > 1 else ""
    labels_an_amount = bool(after) and "\t" not in after and SourceText(f"- {after}\n").find(after) is None
    goes_on = bool(rest) and rest[0].lstrip(" \t\u00a0")[:1].islower() and not labels_an_amount
    assume(not (minus and (tab or not goes_on)))
    assert SourceText(before + source + "\n\nSlut.\n").find(quote) is not None


@SETTINGS
@given(passages(), st.data())
def test_quote_with_any_word_changed_is_not_found(passage, data):
    words, source, _ = passage
    index = data.draw(st.integers(0, len(words) - 1))
    other = data.draw(WORD.filter(lambda w: w != words[index]))
    changed = " ".join(other if i == index else w for i, w in enumerate(words))
    assert SourceText(source + "\n").find(changed) is None


def test_an_archived_lines_white_space_is_kept_as_written():
    """A source page shows each archived line with its white space as archived, so that a copy
    of it is the archive's line: an indent, a tab between a table's columns (as its reference,
    which Python-Markdown leaves alone), two spaces, a space at its end. The rest is escaped as
    `html_text` escapes it."""
    assert spaced_html_text("  • Kommunen\tska  vara ") == "  • Kommunen&#9;ska  vara "
    assert spaced_html_text("# 1 <b> & x\u00a0%") == "&#35; 1 &#60;b&#62; &#38; x&#160;%"
    assert spaced_html_text("Resultat –668,5 mnkr") == html_text("Resultat –668,5 mnkr")


def test_an_archived_lines_next_line_character_is_shown_and_copied_as_it_is():
    """An archived line may hold U+0085 (NEL), white space within a line (`generator/lines.py`),
    which was written as `&#133;`: HTML reads a reference from 128 to 159 as the Windows-1252
    character of that number, so the source page showed and copied "…", a mark of left-out
    words the document does not have."""
    line = "Mål 1\x85Mål 2\x85"
    assert html.unescape(spaced_html_text(line)) == line
