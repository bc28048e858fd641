"""The HTML that Material's search plugin indexes: a generated page without what it would skip.

The templates mark repeated material (verbatim quotes, the item lists and plan labels of
comparison pages, …) with `data-search-exclude`. The search plugin (`material/plugins/search`)
parses a page's whole HTML with `html.parser` and drops such an element's text as it goes,
so at a thousand plans much of its time goes to parsing markup it then throws away.

`without_excluded` empties those elements instead: their start and end tags stay, what lies
between goes. The plugin then makes exactly the entries it would have made from the whole
page, because what it does inside a skipped element leaves no trace, as long as

- the page is plain markup that its parser splits where we do: every `<` starts a tag with a
  lower-case name, attributes are separated by one space and their values double-quoted
  without `<` or `>`; no comments, declarations, `<style>` or `<object>`, and a `<script>`
  only without attributes and without `<` in it (the parser reads their content differently,
  or never stops skipping them; the content of such a script is one piece of text to it,
  which the plugin skips);
- nothing else the plugin treats specially: code line numbers (`linenodiv`), which it skips
  too, and `data-search-…="…"` attributes, which it removes from the page after indexing it;
- the element's content is properly nested, so its end tag closes it;
- no tag inside bears the element's own name (the plugin tracks skipped elements by tag
  name: such a tag would end the skipping early), nor is nested more than `DEPTH` deep;
- no heading with an `id` lies inside (each one starts an entry, even a skipped one, which
  ends with the elements around its heading). Such an element stays whole, and only the
  excluded elements inside it are emptied.

A page that breaks any of these rules is handed over whole. `tests/test_search_text.py`
builds sites both ways and compares their search indexes byte for byte.

`feed_plain` hands such plain markup to the plugin's parser tag by tag, as `html.parser`
would, without `html.parser`'s general tokenizer (40 % less time for the same sections).
`spaces_collapsed` makes the entries' text one space where a line of a page wraps.
"""

from __future__ import annotations

import re
from html import unescape
from typing import Any, Optional

from . import lazy_regex

EXCLUDE = "data-search-exclude"
# Elements without content: `html.parser` reports no end tag for them, the plugin skips them.
VOID = ("area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr")
# The class of code line numbers, which the plugin skips as it skips excluded elements.
LINE_NUMBERS = "linenodiv"
# How deep elements may nest inside an excluded one (the templates nest four deep at most).
DEPTH = 8

_NAME = r"[a-z][a-z0-9-]*+"
# A page of text and tags only, every tag written the one way described above.
_START_TAG = rf"""<(?!(?:script|style|object)\b){_NAME}(?: [a-z_:][-a-z0-9_:.]*+(?:="[^"<>]*+")?)*+(?: ?/)?>"""
_PLAIN_MARKUP = re.compile(rf"(?:[^<]++|{_START_TAG}|</{_NAME}>|<script>[^<]*+</script>)*+")
# One tag of such a page: the closing slash, the name, the attributes (with a final `/` when
# the tag closes itself).
_TAG = re.compile(rf"<(/?)({_NAME})([^>]*)>")
# One attribute of such a tag: its name and its value (None when it has none).
_ATTRIBUTE = re.compile(r' ([^ =/>]+)(?:="([^"]*)")?')
_groups = re.Match.groups  # an attribute's name and value (None when it has none)
# A heading that may carry an `id` (a false alarm only keeps an element whole).
_HEADING_WITH_ID = re.compile(r"<h[1-6][^>]* id[= />]")
# After indexing a page the plugin removes `data-search-…="…"` attributes from the HTML the
# theme shows (`\s?data-search-\w+="[^"]+"`, which finds a match where this does); it would
# remove them from the emptied page only, so such a page goes whole.
_REMOVED_SEARCH_ATTRIBUTE = re.compile(r'data-search-\w+="[^"]+"')
# Preformatted text, which keeps its white space but for the line break that ends it, or else a
# run of white space or a lone line break or tab (`spaces_collapsed`).
_SPACES_OUTSIDE_PRE = re.compile(r"(<pre\b.*?)\n?(</code></pre>|</pre>)|[ \t\r\n]{2,}|[\t\r\n]", re.DOTALL)
# The same in a text without `<pre`: a run of two or more, or a lone line break or tab.
_SPACES = lazy_regex.compile(r"[\t\r\n][ \t\r\n]*| [ \t\r\n]+")


def plugin_rewrites(html: str) -> bool:
    """Whether the search plugin, after indexing a page, would change its HTML (it removes
    `data-search-…="…"` attributes from every page, indexed or not)."""
    return _REMOVED_SEARCH_ATTRIBUTE.search(html) is not None


def _nested(levels: int) -> str:
    """A pattern for properly nested content, elements at most `levels` deep: text, void and
    self-closing tags, and elements, none of them named like the element around (`outer`)."""
    start = r"<(?!(?P=outer)[ />])"
    parts = [r"[^<]++", rf"<(?:{'|'.join(VOID)})(?=[ />])[^>]*>", rf"{start}[a-z][^>]*/>"]
    if levels:
        name = f"level{levels}"
        parts.append(rf"{start}(?P<{name}>{_NAME})[^>]*(?<!/)>{_nested(levels - 1)}</(?P={name})>")
    return f"(?:{'|'.join(parts)})*+"


# An element whose content is properly nested and holds no tag of its own name.
_ELEMENT = re.compile(rf"<(?P<outer>{_NAME})[^>]*>(?P<content>{_nested(DEPTH)})</(?P=outer)>")


def without_excluded(html: str) -> str:
    """The page with every element marked `data-search-exclude` emptied, where the search
    plugin indexes the result exactly as it indexes the page; else the page itself."""
    if EXCLUDE not in html or plugin_rewrites(html) or LINE_NUMBERS in html:
        return html
    if not _PLAIN_MARKUP.fullmatch(html):
        return html
    pieces: list[str] = []
    copied = _empty_excluded(html, 0, len(html), pieces, 0)
    if copied is None or not pieces:
        return html
    pieces.append(html[copied:])
    return "".join(pieces)


def _empty_excluded(html: str, start: int, stop: int, pieces: list[str], copied: int) -> Optional[int]:
    """Empty the excluded elements between `start` and `stop`: append the HTML kept before
    each emptied content to `pieces`, and return where the HTML not yet copied starts; None
    when the page must go whole. (Inside an excluded element that stays whole no tag bears
    its name, so nothing inside can end its skipping early either.)"""
    position = start
    while (found := html.find(" " + EXCLUDE, position, stop)) >= 0:
        tag = _TAG.match(html, max(html.rfind("<", 0, found), 0))
        if tag is None or tag.end() <= found or tag.group(1):
            position = found + 1
            continue  # the words in text, not an attribute
        position = tag.end()
        names = [name for name, _ in _ATTRIBUTE.findall(tag.group(3))]
        if EXCLUDE not in names or tag.group(2) in VOID or tag.group(3).endswith("/"):
            continue  # inside an attribute's value; or an element without content
        element = _ELEMENT.match(html, tag.start())
        if element is None:
            return None
        content_start, content_end = element.span("content")
        if _HEADING_WITH_ID.search(html, content_start, content_end):
            copied = _empty_excluded(html, content_start, content_end, pieces, copied)
            if copied is None:
                return None
        elif content_end > content_start:
            pieces.append(html[copied:content_start])
            copied = content_end
        position = element.end()
    return copied


def is_plain(html: str) -> bool:
    """Whether the page is plain markup as described above (what `without_excluded` empties
    is plain)."""
    return _PLAIN_MARKUP.fullmatch(html) is not None


def feed_plain(parser: Any, html: str) -> None:
    """Give an `html.parser.HTMLParser` subclass's handlers the plain markup `html` exactly
    as its `feed` and `close` would: the text between two tags in one piece with character
    references resolved, each start tag with its attributes in order (values resolved, None
    for an attribute without one), a self-closing tag as a start tag and an end tag."""
    data, start, end = parser.handle_data, parser.handle_starttag, parser.handle_endtag
    # The text before each tag, the tag's closing slash, name and attributes, …, the text after
    # the last: one call of the pattern, no match object per tag.
    pieces = _TAG.split(html)
    for place in range(0, len(pieces) - 1, 4):
        text, closing, name, attributes = pieces[place:place + 4]
        if text:
            data(unescape(text) if "&" in text else text)
        if closing:
            end(name)
        elif not attributes:
            start(name, [])
        else:
            start(name, [(attribute, value if value is None or "&" not in value else unescape(value))
                         for attribute, value in map(_groups, _ATTRIBUTE.finditer(attributes))])
            if attributes.endswith("/"):
                end(name)
    text = pieces[-1]
    if text:
        data(unescape(text) if "&" in text else text)


def spaces_collapsed(entries: list[dict]) -> None:
    """Each index entry's text with every run of white space outside `<pre>` as one space. The
    plugin means to collapse white space there, but turns a line break in a piece of text into
    a space only: a list item's wrapped line kept the break and the next line's indent ("Alla
    id   står i filen"), 309 bytes of the real plans' gzipped index (the guide's and the about
    page's lists). A result's excerpt is HTML, which shows such a run as one space, and the
    search splits words at any of it; a no-break space is no such space and stays. A lone line
    break or tab is one space too. Preformatted text keeps its lines and indents, but not the line break
    that ends its last line, which Markdown writes and no browser shows: the guide's one-line
    examples were `make validate\n` in the index."""
    for entry in entries:
        text = entry["text"]
        if "<pre" in text:
            entry["text"] = _SPACES_OUTSIDE_PRE.sub(_collapsed, text)
        elif "  " in text or "\n" in text or "\t" in text or "\r" in text:
            # Every match is white space that becomes one space, found without a call back for
            # each; and most entries hold none (14 of 7,846 at 1,000 plans need either): a tenth of the time.
            entry["text"] = _SPACES.sub(" ", text)


def _collapsed(found: re.Match) -> str:
    """Preformatted text without its final line break, or one space (`_SPACES_OUTSIDE_PRE`)."""
    return found.group(1) + found.group(2) if found.group(1) is not None else " "
