"""The escaping rules: one function per output format, and every piece of plan text
passes through one of them.

- `html_text`: Markdown pages, raw HTML blocks inside them, front matter titles, the
  GitHub job summary (GitHub-flavoured Markdown). HTML- and Markdown-special characters
  become numeric character references, which both Markdown and HTML show as the literal
  character and never as markup, a link, an image or a script. Text is folded onto one
  line, since a blank line ends a raw HTML block.
- `log_text`: the console and the Actions log. Control characters (ANSI escapes, line
  breaks) are shown as visible `\\xNN` escapes and the workflow-command prefix `::` is
  broken, so a plan can never write a `::error` or `::add-mask` command or recolour the log.
- `annotation_data` / `annotation_property`: the two encodings of a workflow command,
  applied after `log_text`.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from typing import Any

from markupsafe import Markup

_SPECIAL = {c: f"&#{ord(c)};" for c in "&<>\"'\\`*_[]{}|~^$"}
# Characters that may need a reference: the specials, ASCII controls and every non-ASCII
# character (of which only controls and format characters, Cc and Cf, are replaced), except
# the Latin-1 letters À-ÿ, none of which is either. Plain ASCII text, and Swedish text with
# its å, ä and ö, is never looked at one character at a time. (`tests/test_escape.py` checks
# every code point the pattern passes over.)
_CANDIDATE = re.compile("[" + re.escape("".join(_SPECIAL)) + "\x00-\x1f\x7f-\xbf\u0100-\U0010ffff]")
_decided: dict[str, str] = dict(_SPECIAL)
# What makes a Markdown block at the start of a line: headings, quotes, lists, rules.
_LINE_START = re.compile(r"^([#>+=\-]|\d+[.)])")


def _reference(match: re.Match) -> str:
    char = match.group()
    out = _decided.get(char)
    if out is None:
        out = _decided[char] = f"&#{ord(char)};" if unicodedata.category(char) in ("Cc", "Cf") else char
    return out


def html_text(value: Any) -> Markup:
    """Any value as literal text, safe in Markdown, HTML and the job summary."""
    if isinstance(value, Markup):
        return value
    if value is None:
        return Markup("")
    return _html_text(str(value))


@functools.lru_cache(maxsize=65536)
def _html_text(value: str) -> Markup:
    # Names, titles and labels recur on thousands of pages: each distinct text is escaped once.
    text = _CANDIDATE.sub(_reference, " ".join(value.split()))
    return Markup(_LINE_START.sub(lambda m: "".join(f"&#{ord(c)};" for c in m.group()), text))


_COLONS = re.compile(":(?=:)")
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]")


def log_text(value: Any) -> str:
    """One line of plain text for a terminal or the Actions log."""
    text = _CONTROL.sub(lambda m: f"\\x{ord(m.group()):02x}" if ord(m.group()) < 0x100
                        else f"\\u{ord(m.group()):04x}", str(value))
    return _COLONS.sub(":\u200c", text)  # a joiner between every two colons, `:::` too


def annotation_data(text: str) -> str:
    """The message part of a workflow command (after `log_text`)."""
    lines = str(text).replace("\r\n", "\n").split("\n")
    return "%0A".join(log_text(line.replace("%", "%25")) for line in lines)


def annotation_property(text: str) -> str:
    """A property value (file=, title=) of a workflow command."""
    return annotation_data(text).replace(":", "%3A").replace(",", "%2C")
