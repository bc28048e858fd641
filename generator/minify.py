"""The site's own style sheets and scripts, published without comments and spare whitespace.

docs/stylesheets/extra.css and the site's scripts are written for the people who maintain
them: about half of each is comments that say why a rule or a line is there. A voter's phone
needs none of it, and the style sheet blocks the first paint of every page. Each engine copies
the files as written; after the build, `write_minified` writes each one's minified form over
its copy in the site (rcssmin and rjsmin, which remove comments and whitespace and change
nothing else). On a first visit that is about 11 KB less (gzipped) to fetch; the repository
keeps the commented files, which are what anyone edits.

The same text gives the same minified text, so the published file's digest, by which every
page asks for it (`asset_versions`), follows the source as before. `published` is the one
place that says what the site publishes for a file: both the digest and the copy use it.
"""

from __future__ import annotations

from pathlib import Path, PurePosixPath
from typing import Callable, Iterable
from urllib.parse import urlsplit

import rcssmin
import rjsmin

MINIFIERS: dict[str, Callable[[str], str]] = {".css": rcssmin.cssmin, ".js": rjsmin.jsmin}


def published(path: Path) -> bytes:
    """The bytes the site publishes for the file at `path`: a style sheet or script minified,
    any other file as it is."""
    minify = MINIFIERS.get(path.suffix)
    if minify is None:
        return path.read_bytes()
    return minify(path.read_text(encoding="utf-8")).encode("utf-8")


def own_files(docs: Path, custom_dir: Path | None, urls: Iterable[str], theme_files: Iterable[str]
              ) -> dict[str, Path]:
    """{path in the site: its source} for the site's own style sheets and scripts: each of
    `urls` (the config's extra_css and extra_javascript, with or without `?v=`) that names a
    file under `docs`, and each of `theme_files` (paths under `custom_dir`). An address of
    another host, an absolute path or one that climbs out of its folder is not the site's own."""
    files = {}
    for folder, names in ((docs, (urlsplit(url) for url in urls)), (custom_dir, map(urlsplit, theme_files))):
        for parts in names:
            path = PurePosixPath(parts.path)
            if folder is None or parts.scheme or parts.netloc or path.is_absolute() or ".." in path.parts:
                continue
            if path.suffix in MINIFIERS and (folder / path).is_file():
                files[path.as_posix()] = folder / path
    return dict(sorted(files.items()))


def write_minified(site: Path, files: dict[str, Path]) -> None:
    """Each of `files` ({path in the site: source}) written minified into `site`, where the
    engine copied it; a copy that already holds the minified text is left untouched."""
    for name, source in files.items():
        target = site / name
        if target.is_symlink() or not target.is_file():
            continue  # the engine did not publish it (a file outside the build), or not as a file
        text = published(source)
        if target.read_bytes() != text:
            target.write_bytes(text)
