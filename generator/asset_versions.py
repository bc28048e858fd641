"""The site's own style sheets and scripts, addressed by their content.

GitHub Pages lets a browser keep every file for ten minutes. The site's own files keep their
names from one publication to the next, so for ten minutes after one a returning reader could
get the new pages with the previous extra.css or script. Each page therefore asks for them as
`stylesheets/extra.css?v=<the first ten hex digits of the SHA-256 of what the site publishes for
the file>` (its minified text, `minify.published`): a changed file has a new address, and an
unchanged one stays cached. The same files give the same addresses.

Two kinds of file: `extra_css` and `extra_javascript` (under docs_dir), whose addresses the
build's config gets versioned, and the theme override's own scripts (under custom_dir), which
`docs/overrides/main.html` names: it looks each one up in `extra.vlv_assets`, which maps the
path to its versioned address. MkDocs gets both from the hook (`mkdocs_hook.on_config`);
Zensical, which runs no hook, from the copy of mkdocs.yml that `engines` writes for it.
"""

from __future__ import annotations

import hashlib
from pathlib import Path
from urllib.parse import urlsplit

from .minify import published

DIGITS = 10  # of the SHA-256: a collision between two versions of one file is not a concern
# The theme override's own files, under custom_dir, that main.html names through `extra.vlv_assets`.
THEME_ASSETS = "assets/javascripts"
EXTRA_KEY = "vlv_assets"


def versioned(url: str, folder: Path) -> str:
    """`url` (relative to `folder`) with `?v=` and the digest of what the site publishes for
    the file. An address of another host, an absolute path, one that already has a query, or
    a file that is not there is left as it is."""
    parts = urlsplit(url)
    if parts.scheme or parts.netloc or parts.query or url.startswith(("/", "#")):
        return url
    path = folder / parts.path
    if not path.is_file():
        return url
    digest = hashlib.sha256(published(path)).hexdigest()[:DIGITS]
    return f"{parts.path}?v={digest}" + (f"#{parts.fragment}" if parts.fragment else "")


def theme_assets(custom_dir: Path | None) -> dict[str, str]:
    """The theme override's scripts: {path under custom_dir: its versioned address}, sorted."""
    if custom_dir is None or not (custom_dir / THEME_ASSETS).is_dir():
        return {}
    files = sorted(path.relative_to(custom_dir).as_posix() for path in (custom_dir / THEME_ASSETS).rglob("*")
                   if path.is_file())
    return {name: versioned(name, custom_dir) for name in files}
