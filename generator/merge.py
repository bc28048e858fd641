"""Merges the sites of a matrix build, one job per municipality, into the one site to publish.

Each job (`VLV_MUNICIPALITY=<id> mkdocs build`, or `generator build --municipality <id>` and
`zensical build`) writes its municipality's pages, files and feeds and every national page and
file, linking and counting every plan. So a file that one job wrote is that job's
municipality's, and a file that several wrote is national and the same in each, byte for byte,
but for the files that each job writes for its own pages only: the search index (MkDocs'
`search/search_index.json`, Zensical's `search.json`; the merged one holds every job's entries,
each once), `sitemap.xml` (every job's addresses, each once) and MkDocs' `sitemap.xml.gz` (the
merged sitemap, gzipped). Any other file that differs between jobs means the jobs built
different commits or on different days: the merge names every such file and writes nothing.
"""

from __future__ import annotations

import gzip
import hashlib
import json
import re
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

from . import clock, search_words

# Each engine's search index: the key of its list of entries beside the shared `config`.
SEARCH_INDEXES = {"search/search_index.json": "docs", "search.json": "items"}
SITEMAP = "sitemap.xml"
SITEMAP_GZ = "sitemap.xml.gz"
COMBINED = (*SEARCH_INDEXES, SITEMAP, SITEMAP_GZ)
SITEMAP_NS = "http://www.sitemaps.org/schemas/sitemap/0.9"
# One address of a sitemap as the engine wrote it, with the line break and indent before it.
_SITEMAP_URL = re.compile(r"\s*<url>.*?</url>", re.DOTALL)


class MergeError(Exception):
    """The sites cannot be merged; `problems` says why, one Swedish line each."""

    def __init__(self, problems: list[str]):
        super().__init__("\n".join(problems))
        self.problems = problems


def _files(site: Path) -> dict[str, Path]:
    """Every file of a built site by its path in the site. A link or anything but a regular
    file is refused: an artifact is read as the files it holds, never what they point to."""
    found, refused = {}, []
    for path in sorted(site.rglob("*")):
        relative = path.relative_to(site).as_posix()
        if path.is_symlink() or not (path.is_dir() or path.is_file()):
            refused.append(f"{site}/{relative}: ingen vanlig fil (en länk eller annat); en byggd webbplats har bara filer.")
        elif path.is_file():
            found[relative] = path
    if refused:
        raise MergeError(refused)
    return found


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _no_home_page(site: Path) -> str:
    """Every build writes the home page: a folder without one (an artifact unpacked one level
    down, `site-falun/site/`, or the project folder) was merged as a site, and published."""
    # A site's top holds its 404 page too, which no page's folder does: a site whose home page is
    # lost (a copy cut short) was told to give its first page's folder (`site/amnen`) instead.
    inner = [page.parent for page in sorted(site.glob("*/index.html")) if (page.parent / "404.html").is_file()]
    return (f"{site}: ingen byggd webbplats, för index.html saknas där. "
            + (f"Ange mappen {inner[0]}, där webbplatsen ligger." if inner else
               "Ange mappen som ett jobb byggde (dess site/)."))


def merge_sites(sites: list[Path], target: Path) -> int:
    """Write the merged site of `sites` (in the order given) into `target`, which must not
    exist yet; return the number of files written."""
    # The merged sitemap's gzip header holds SOURCE_DATE_EPOCH, or 0 without it (MkDocs writes
    # midnight UTC of its build's day there, so those 4 bytes may differ from a whole build's;
    # its entries' order differs anyway); a SOURCE_DATE_EPOCH that names no day is refused as
    # the build refuses it.
    mtime = clock.fixed_seconds() or 0
    problems = [f"{site}: ingen mapp med en byggd webbplats." for site in sites if not site.is_dir()]
    problems += [_no_home_page(site) for site in sites if site.is_dir() and not (site / "index.html").is_file()]
    if target.exists():
        problems.append(f"{target} finns redan; ange en ny mapp att skriva den sammanslagna webbplatsen i.")
    if problems:
        raise MergeError(problems)
    files = [_files(site) for site in sites]
    owners: dict[str, list[Path]] = {}
    for site_files in files:
        for relative, path in site_files.items():
            owners.setdefault(relative, []).append(path)
    for relative, paths in sorted(owners.items()):
        if relative not in COMBINED and len({_digest(path) for path in paths}) > 1:
            problems.append(f"{relative}: skiljer sig mellan jobben ({', '.join(str(p) for p in paths)}). "
                            "Alla jobb ska bygga samma commit med samma SOURCE_DATE_EPOCH.")
    searches = {}
    for index, entries_key in SEARCH_INDEXES.items():
        indexes = [site_files[index] for site_files in files if index in site_files]
        if indexes:
            searches[index] = _merged_search_index(index, entries_key, indexes, problems)
    sitemaps = [site_files[SITEMAP] for site_files in files if SITEMAP in site_files]
    sitemap = _merged_sitemap(sitemaps, problems) if sitemaps else None
    if problems:
        raise MergeError(problems)
    for relative, paths in owners.items():
        destination = target / relative
        destination.parent.mkdir(parents=True, exist_ok=True)
        if relative in searches:
            destination.write_text(searches[relative], encoding="utf-8")
        elif relative == SITEMAP:
            destination.write_text(sitemap, encoding="utf-8")
        elif relative == SITEMAP_GZ and sitemap is not None:
            # A fixed time in the header, so that the same sites merge to the same bytes.
            destination.write_bytes(gzip.compress(sitemap.encode("utf-8"), mtime=mtime))
        else:
            shutil.copyfile(paths[0], destination)
    return len(owners)


def _merged_search_index(index: str, entries_key: str, indexes: list[Path], problems: list[str]) -> str:
    """The `config` every job has, and every job's entries, each once, in the order first met.
    A national page's entries are the same in every job; its own pages only one job has."""
    configs, entries, seen = [], [], set()
    for path in indexes:
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            configs.append(data["config"])
            found = list(data[entries_key])
        except (ValueError, KeyError, TypeError):
            problems.append(f"{path}: inget sökindex som sökfunktionen skriver det "
                            f"(ett JSON-objekt med config och {entries_key}).")
            continue
        for entry in found:
            key = json.dumps(entry, sort_keys=True)
            if key not in seen:
                seen.add(key)
                entries.append(entry)
    if any(config != configs[0] for config in configs[1:]):
        problems.append(f"{index}: sökinställningarna (config) skiljer sig mellan jobben; "
                        "alla jobb ska bygga samma commit.")
    return search_words.index_json({"config": configs[0] if configs else {}, entries_key: entries})


def _merged_sitemap(sitemaps: list[Path], problems: list[str]) -> str:
    """Every job's addresses, each once, in the order first met, each written as its job's
    engine wrote it, between the first job's opening and closing lines."""
    blocks: dict[str, str] = {}
    dates: dict[str, str] = {}
    frame = None
    for path in sitemaps:
        text = path.read_text(encoding="utf-8")
        try:
            root = ET.fromstring(text.encode("utf-8"))
        except ET.ParseError:
            problems.append(f"{path}: ingen sitemap som webbplatsmotorn skriver den (ogiltig XML).")
            continue
        urls = list(root.iter(f"{{{SITEMAP_NS}}}url"))
        written = _SITEMAP_URL.findall(text)
        if len(written) != len(urls):
            problems.append(f"{path}: ingen sitemap som webbplatsmotorn skriver den (en <url> per adress).")
            continue
        if frame is None:
            frame = (text[:text.index("<url>")].rstrip(" \t\n") if written else text.rsplit("</urlset>", 1)[0],
                     text[text.rindex("</url>") + len("</url>"):] if written else "</urlset>")
        for url, block in zip(urls, written):
            location = (url.findtext(f"{{{SITEMAP_NS}}}loc") or "").strip()
            modified = (url.findtext(f"{{{SITEMAP_NS}}}lastmod") or "").strip()
            if dates.setdefault(location, modified) != modified:
                problems.append(f"{SITEMAP}: {location} har olika datum i olika jobb ({dates[location]}, {modified}); "
                                "alla jobb ska bygga med samma SOURCE_DATE_EPOCH.")
            blocks.setdefault(location, block)
    if frame is None:
        return ""
    return frame[0] + "".join(blocks.values()) + frame[1]
