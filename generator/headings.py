"""Headings of generated pages turned into HTML as MkDocs would turn them, without Python-Markdown.

The hook hands Python-Markdown only a generated page's headings (`prerendered`), a few short
lines per page. MkDocs still builds a new Python-Markdown instance for each page and runs
every tree processor over it: about three seconds at a thousand plans, most of the time MkDocs
spends before it renders the theme. For headings of the one plain shape the templates write,
the result is known in advance:

- `#` to `######`, one space, then text of letters, digits, single spaces and the punctuation
  in `PUNCTUATION` (nothing Python-Markdown's inline patterns act on: no `*`, `_`, `` ` ``,
  `\\`, `[`, `<`, `&`, `{`, `#`, quotes) or decimal character references, `&#42;`, as
  `escape.html_text` writes those characters of a plan's text (a heading the document gave
  emphasis or code: Python-Markdown keeps a reference as written, and names the heading's anchor
  by the character it stands for), optionally followed by ` {#id}` with an id of
  lower-case letters, digits, `-` and `_`, or by ` {#id data-search-exclude}` for a heading
  the search leaves out (a county above a list of municipalities), either with one class of
  lower-case letters, digits and `-` after the id (` {#id .vlv-content}`, an actor's heading on
  a municipality's page); any of these may end in ` style="--vlv-widest: N"` (the width of
  the heading's widest word, `model.widest_word`, which extra.css makes room for on a phone with
  large text), and a heading of no id may carry that alone, as ` { style="--vlv-widest: N" }`; the text may be
  marked as a whole with a document's language, `<span lang="en">text</span>` (a document's own
  heading: Python-Markdown passes the span through, and names the heading by its text); a year
  range or a date in it may be kept on one line, `<span class="vlv-nowrap">2016-2019</span>`,
  which Python-Markdown passes through too;
- Python-Markdown set up by MkDocs with no extensions but `toc` (its permalink settings alone),
  `attr_list`, `tables` and `fenced_code`, the last two having nothing to act on in headings.

Such a heading becomes `<hN id="id">text<a class="headerlink" href="#id" title="…">…</a></hN>`
(`<hN data-search-exclude id="id">` for one the search leaves out, `<hN class="…" id="id">`
for one with a class, `<hN id="id" style="…">` for one with a style),
the id of a heading without one from the toc extension's own `slugify` and `unique`, and the
page's table of contents, title and anchors from the same functions MkDocs uses. Any other page
is converted by MkDocs as before.

`Headings.for_build` converts a probe page both ways, through MkDocs' own `Page.render`, and
does without the short way if anything differs (a new version of Python-Markdown or MkDocs, a
setting not covered above). `tests/test_headings.py` compares the two ways on generated
headings and builds whole sites both ways.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from html import unescape as html_unescape
from typing import Any, Optional

from markdown.extensions.toc import nest_toc_tokens, slugify, unique
from mkdocs.structure import pages as mkdocs_pages
from mkdocs.structure.files import File, Files
from mkdocs.structure.toc import get_toc

# Punctuation that Python-Markdown leaves as it is inside a heading's text.
PUNCTUATION = frozenset(" -,.:;?!()/%–—")
# The extensions a page may be converted under (MkDocs adds toc, tables and fenced_code itself).
EXTENSIONS = frozenset({"toc", "tables", "fenced_code", "attr_list"})
TOC_SETTINGS = frozenset({"permalink", "permalink_title"})
# Letters and digits (what `str.isalnum` accepts: `\w` without `_`), the punctuation above and
# decimal character references.
_TEXT = re.compile(r"(?:[^\W_]|[" + re.escape("".join(sorted(PUNCTUATION))) + r"]|&#[0-9]{1,7};)+")
_WIDEST = r' style="--vlv-widest: (\d{1,5})"'
_LINE = re.compile(r"(#{1,6}) (.+?)(?: \{#([a-z0-9][a-z0-9_-]*)(?: \.([a-z][a-z0-9-]*))?( data-search-exclude)?(?:"
                   + _WIDEST + r")?\}| \{" + _WIDEST + r" \})?")
# A heading's text marked as a whole with a document's language (`<span lang="en">Goals</span>`).
_OWN_WORDS = re.compile(r'<span lang="([a-z]{2,3}(?:-[A-Za-z0-9]{1,8})*)">(.+)</span>')
# A year range or a date kept on one line (`render.unbroken`: `<span class="vlv-nowrap">2016-2019</span>`).
_UNBROKEN = re.compile(r'<span class="vlv-nowrap">([^<]*)</span>')
_PERMALINK_TEXT = re.compile(r"[^\s&<>\"'\\]+")
_PERMALINK_TITLE = re.compile(r"[^&<>\"\\]*")
# A page with every kind of heading the short way covers; its ids collide on purpose.
PROBE = ("# Källtext: Budget- och skuldrådgivning, 2025 – mål?\n\n## Sammanfattning {#sammanfattning}\n\n"
         "### Första (delen) {#forsta}\n\n# Sammanfattning\n\n## Vård/omsorg 100 %; nu! {#avsnitt-1}\n\n"
         "###### Sist. {#sist}\n\n## Dalarnas län {#lan-dalarnas-lan data-search-exclude}\n\n"
         "### Socialnämnden {#aktor-x .vlv-content}\n\n## Gotlands län {#lan-gotlands-lan .vlv-content data-search-exclude}\n\n"
         "# Verksamhetsutveckling { style=\"--vlv-widest: 1108\" }\n\n## Mål (2025) {#avsnitt-2 style=\"--vlv-widest: 309\"}\n\n"
         "### Sverigedemokraterna Eskilstuna {#aktor-y .vlv-content data-search-exclude style=\"--vlv-widest: 1022\"}"
         '\n\n## <span lang="en">Goals, aims</span> {#avsnitt-3}\n\n# <span lang="se-FI">Ulbmil</span>'
         '\n\n## <span lang="en">Risks we see</span> {#avsnitt-4 style="--vlv-widest: 263"}'
         '\n\n## <span lang="en">&#42;Goals&#42; &#38; &#96;aims&#96;</span>\n\n### R&#38;D &#91;1&#93;: &#95;x&#95;'
         '\n\n## Mål <span class="vlv-nowrap">2016-2019</span> {#avsnitt-5}\n\n# <span lang="en">Plan '
         '<span class="vlv-nowrap">2024–2026</span>, <span class="vlv-nowrap">2023-12-12</span></span>')
log = logging.getLogger("mkdocs.hooks.vem_lovar_vad")


@dataclass(frozen=True)
class Converted:
    """What MkDocs' `Page.render` leaves on a page, for a page of headings."""

    content: str
    toc_tokens: list[dict[str, Any]]
    title: Optional[str]
    ids: tuple[str, ...]

    def apply(self, page: Any) -> None:
        page.content = self.content
        page.toc = get_toc(self.toc_tokens)
        page._title_from_render = self.title
        page.present_anchor_ids = set(self.ids)
        if mkdocs_pages.log.getEffectiveLevel() > logging.DEBUG:
            # Each permalink is a link to an anchor of the page itself.
            page.links_to_anchors = {page.file: {anchor: f"#{anchor}" for anchor in self.ids}} if self.ids else {}


class Headings:
    """The short way for one build's Markdown settings."""

    def __init__(self, permalink: str, permalink_title: str):
        self._permalink = permalink
        self._title = f' title="{permalink_title}"' if permalink_title else ""

    @classmethod
    def for_build(cls, config: Any) -> Optional["Headings"]:
        """The short way, or None when the settings are not the ones it covers or the probe
        page comes out differently from MkDocs' own conversion."""
        extensions = config["markdown_extensions"]
        if not all(isinstance(name, str) for name in extensions) or not set(extensions) <= EXTENSIONS:
            return None
        settings = config["mdx_configs"] or {}
        if set(settings) - {"toc"} or "attr_list" not in extensions:
            return None
        toc = settings.get("toc") or {}
        permalink, title = toc.get("permalink"), toc.get("permalink_title", "")
        if set(toc) - TOC_SETTINGS or not isinstance(permalink, str) or not isinstance(title, str):
            return None
        if not _PERMALINK_TEXT.fullmatch(permalink) or permalink.lower() in ("true", "yes", "on", "false", "no", "off", "none"):
            return None
        if not _PERMALINK_TITLE.fullmatch(title):
            return None
        headings = cls(permalink, title)
        if not headings._agrees_with_mkdocs(config):
            log.info("Rubrikerna konverteras av Python-Markdown: provsidan blev inte likadan på den snabba vägen.")
            return None
        return headings

    def convert(self, markdown: str) -> Optional[Converted]:
        """The page's headings (one per block, as `prerendered.Split.headings` has them), or
        None when one of them is not of the plain shape."""
        parsed: list[tuple[int, str, str, Optional[str], Optional[str], bool, Optional[str]]] = []
        for block in markdown.split("\n\n"):
            line = _LINE.fullmatch(block)
            if line is None:
                return None
            html = text = line.group(2)
            marked = _OWN_WORDS.fullmatch(html)
            if marked:  # Python-Markdown passes the span through; its text is the heading's name
                text = marked.group(2)
            if "<" in text:  # so too a year range's or a date's (`render.unbroken`)
                text = _UNBROKEN.sub(r"\1", text)
            if text != " ".join(text.split()) or not _TEXT.fullmatch(text):
                return None
            parsed.append((len(line.group(1)), text, html, line.group(3), line.group(4), line.group(5) is not None,
                           line.group(6) or line.group(7)))
        used = {anchor for _, _, _, anchor, _, _, _ in parsed if anchor}
        counters: dict[str, int] = {}
        lines, tokens, ids = [], [], []
        for level, text, html, anchor, css_class, excluded, widest in parsed:
            if anchor is None:
                # The toc extension names it by the characters its references stand for.
                anchor = unique(slugify(html_unescape(text), "-"), used, counters)
            ids.append(anchor)
            tokens.append({"level": level, "id": anchor, "name": text, "html": html, "data-toc-label": ""})
            # In the order Python-Markdown writes them: class, data-search-exclude, id, style.
            attributes = ((f' class="{css_class}"' if css_class else "") + (" data-search-exclude" if excluded else "")
                          + f' id="{anchor}"' + (f' style="--vlv-widest: {widest}"' if widest else ""))
            lines.append(f'<h{level}{attributes}>{html}<a class="headerlink" href="#{anchor}"{self._title}>'
                         f"{self._permalink}</a></h{level}>")
        title = parsed[0][1] if parsed and parsed[0][0] == 1 else None
        return Converted("\n".join(lines), nest_toc_tokens(tokens), title, tuple(ids))

    def _agrees_with_mkdocs(self, config: Any) -> bool:
        file = File("probe.md", src_dir=None, dest_dir=config["site_dir"], use_directory_urls=config["use_directory_urls"])
        files = Files([file])
        by_mkdocs = mkdocs_pages.Page(None, file, config)
        by_mkdocs.markdown = PROBE
        by_mkdocs.render(config, files)
        converted = self.convert(PROBE)
        if converted is None:
            return False
        short = mkdocs_pages.Page(None, file, config)
        converted.apply(short)
        return all(_same(getattr(by_mkdocs, name), getattr(short, name))
                   for name in ("content", "toc", "_title_from_render", "present_anchor_ids", "links_to_anchors"))


# A heading whose words are a document's own in another language than Swedish, marked as a whole
# (plan.md.j2: `## <span lang="en">Goals</span> {#avsnitt-1}`), as MkDocs converts it.
_OWN_WORDS_HEADING = re.compile(r'<h[1-6][^>]* id="([^"]+)"[^>]*>(<span lang="[^"]+">.*?</span>)<a class="headerlink"')


def mark_own_words_in_toc(toc: Any, html: str) -> None:
    """Material's table of contents (the sidebar, and a phone's menu) names each heading by its
    text alone (`AnchorLink.title`, tags stripped), so a document's English heading was read by
    a screen reader in Swedish there (WCAG 3.1.2). Such a heading's entry gets the heading's own
    HTML, its `<span lang>`, where Material's typeset plugin puts it (`typeset.title`), which
    the theme's toc-item.html prints instead of the text; the search still names the section by
    its text. Zensical's table of contents prints a heading's HTML itself. `html` holds the
    page's converted headings (or the whole page)."""
    marked = {anchor: words for anchor, words in _OWN_WORDS_HEADING.findall(html)}
    if not marked:
        return
    entries = list(toc)
    while entries:
        entry = entries.pop()
        if entry.id in marked:
            entry.typeset = {"title": marked[entry.id]}
        entries.extend(entry.children)


def _same(first: Any, second: Any) -> bool:
    if first.__class__.__name__ == "TableOfContents":
        return _toc(first) == _toc(second)
    return first == second


def _toc(items: Any) -> list:
    return [(item.title, item.id, item.level, getattr(item, "active", False), _toc(item.children)) for item in items]
