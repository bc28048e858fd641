"""Material's search parser with the same handlers, written to run faster.

The search plugin (`material/plugins/search`) splits a page into sections with `Parser`, an
`html.parser.HTMLParser` whose handlers keep the open elements (`context`) and the skipped
ones (`skip`) as its own `Element` objects. Those compare and hash by tag name alone, so
`el in skip`, `skip.intersection(context)` and `section.el in context` are questions about tag
names, each answered through Python-level `__hash__` and `__eq__` calls: 2.6 million of them
at a thousand plans, half the time the search workers spend.

`Parser` here asks the same questions of tag names directly: `_tags` beside `context`, and
`_skipped`, the tag names in the plugin's `skip`. Everything else is the plugin's code, step
by step: the same sections, titles and texts, the same errors on markup it cannot handle.
Only `data` (the sections) is meant to be read afterwards. `tests/test_search_text.py`
compares it with the plugin's parser on generated pages and on whole sites.
"""

from __future__ import annotations

from html import escape
from typing import Any

from material.plugins.search.plugin import Element, Section, void
from material.plugins.search.plugin import Parser as PluginParser

_HEADINGS = frozenset(f"h{level}" for level in range(1, 7))
_NEVER_UNSKIPPED = ("script", "style", "object")


class Parser(PluginParser):
    def __init__(self, *args: Any, **kwargs: Any):
        super().__init__(*args, **kwargs)
        self._tags: list[str] = []  # the tag of each element in `context`
        self._skipped: set[str] = set(self.skip)  # the tag names in the plugin's `skip`

    def _skipping(self) -> bool:
        return not self._skipped.isdisjoint(self._tags)

    def _section_data(self) -> list[str]:
        """The current section's title inside its heading (an element of its heading's tag is
        open), else its text."""
        return self.section.title if self.section.el.tag in self._tags else self.section.text

    def handle_starttag(self, tag: str, attrs: Any) -> None:
        attrs = dict(attrs)
        el = Element(tag, attrs)
        if tag in void:
            return
        self.context.append(el)
        self._tags.append(tag)

        if tag in _HEADINGS:
            depth = len(self.context)
            if "id" in attrs:
                if tag != "h1" and not self.data:
                    self.section = Section(Element("hx"), depth)
                    self.data.append(self.section)
                self.section = Section(el, depth)
                if self.data:
                    self.section.id = attrs["id"]
                self.data.append(self.section)

        if not self.section:
            self.section = Section(Element("hx"))
            self.data.append(self.section)

        if "data-search-exclude" in attrs or attrs.get("class") == "linenodiv":
            self._skipped.add(tag)
            return

        if tag in self.keep and not self._skipping():
            self._section_data().append(f"<{tag}>")

    def handle_endtag(self, tag: str) -> None:
        if not self._tags or self._tags[-1] != tag:
            return

        if self.section.depth > len(self.context):
            for section in reversed(self.data):
                if section.depth <= len(self.context):
                    self.section.depth = float("inf")
                    self.section = section
                    break

        self.context.pop()
        self._tags.pop()
        if tag in self._skipped:
            if tag not in _NEVER_UNSKIPPED:
                self._skipped.remove(tag)
            return

        if tag in self.keep and not self._skipping():
            data = self._section_data()
            index = data.index(f"<{tag}>")
            for i in range(index + 1, len(data)):
                if not data[i].isspace():
                    index = len(data)
                    break
            if len(data) > index:
                del data[index:]
            else:
                data.append(f"</{tag}>")

    def handle_data(self, data: str) -> None:
        if self._skipping():
            return

        if "pre" not in self._tags:
            data = data.replace("\n", " ") if not data.isspace() else " "

        if not self.section:
            self.section = Section(Element("hx"))
            self.data.append(self.section)

        if self.section.el.tag in self._tags:
            if not any(el.tag == "a" and el.attrs.get("class") == "headerlink" for el in self.context):
                self.section.title.append(escape(data, quote=False))
        elif data.isspace():
            text = self.section.text
            if not text or not text[-1].isspace() or "pre" in self._tags:
                text.append(data)
        else:
            self.section.text.append(escape(data, quote=False))
