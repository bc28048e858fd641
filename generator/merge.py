"""Merges the sites of a matrix build, one job per municipality, into the one site to publish.

Each job (`VLV_MUNICIPALITY=<id> mkdocs build`) writes its municipality's pages, files and
feeds and every national page and file, linking and counting every plan. So a file that one
job wrote is that job's municipality's, and a file that several wrote is national and the same
in each, byte for byte, but for three files that each job writes for its own pages only: the
search index (the merged one holds every job's entries, each once), `sitemap.xml` (every job's
addresses, each once) and `sitemap.xml.gz` (the merged sitemap, gzipped). Any other file that
differs between jobs means the jobs built different commits or on different days: the merge
names every such file and writes nothing.
"""

from __future__ import annotations

import gzip
import hashlib
import json
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path
from xml.sax.saxutils import escape as xml_text

from . import clock

SEARCH_INDEX = "search/search_index.json"
SITEMAP = "sitemap.xml"
SITEMAP_GZ = "sitemap.xml.gz"
COMBINED = (SEARCH_INDEX, SITEMAP, SITEMAP_GZ)
SITEMAP_NS = "http://www.sitemaps.org/schemas/sitemap/0.9"


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


def merge_sites(sites: list[Path], target: Path) -> int:
    """Write the merged site of `sites` (in the order given) into `target`, which must not
    exist yet; return the number of files written."""
    # The sitemap's gzip header holds the build's time, as MkDocs writes it; a SOURCE_DATE_EPOCH
    # that names no day is refused as the build refuses it.
    mtime = clock.fixed_seconds() or 0
    problems = [f"{site}: ingen mapp med en byggd webbplats." for site in sites if not site.is_dir()]
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
    indexes = [site_files[SEARCH_INDEX] for site_files in files if SEARCH_INDEX in site_files]
    search = _merged_search_index(indexes, problems) if indexes else None
    sitemaps = [site_files[SITEMAP] for site_files in files if SITEMAP in site_files]
    sitemap = _merged_sitemap(sitemaps, problems) if sitemaps else None
    if problems:
        raise MergeError(problems)
    for relative, paths in owners.items():
        destination = target / relative
        destination.parent.mkdir(parents=True, exist_ok=True)
        if relative == SEARCH_INDEX:
            destination.write_text(search, encoding="utf-8")
        elif relative == SITEMAP:
            destination.write_text(sitemap, encoding="utf-8")
        elif relative == SITEMAP_GZ and sitemap is not None:
            # A fixed time in the header, so that the same sites merge to the same bytes.
            destination.write_bytes(gzip.compress(sitemap.encode("utf-8"), mtime=mtime))
        else:
            shutil.copyfile(paths[0], destination)
    return len(owners)


def _merged_search_index(indexes: list[Path], problems: list[str]) -> str:
    """The `config` every job has, and every job's entries, each once, in the order first met.
    A national page's entries are the same in every job; its own pages only one job has."""
    configs, entries, seen = [], [], set()
    for path in indexes:
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            configs.append(data["config"])
            docs = list(data["docs"])
        except (ValueError, KeyError, TypeError):
            problems.append(f"{path}: inget sökindex som MkDocs skriver det (ett JSON-objekt med config och docs).")
            continue
        for entry in docs:
            key = json.dumps(entry, sort_keys=True)
            if key not in seen:
                seen.add(key)
                entries.append(entry)
    if any(config != configs[0] for config in configs[1:]):
        problems.append(f"{SEARCH_INDEX}: sökinställningarna (config) skiljer sig mellan jobben; "
                        "alla jobb ska bygga samma commit.")
    # As the search plugin writes it.
    return json.dumps({"config": configs[0] if configs else {}, "docs": entries}, separators=(",", ":"), default=str)


def _merged_sitemap(sitemaps: list[Path], problems: list[str]) -> str:
    """Every job's addresses, each once, in the order first met, in the form MkDocs writes."""
    urls: dict[str, str] = {}
    for path in sitemaps:
        try:
            root = ET.fromstring(path.read_bytes())
        except ET.ParseError:
            problems.append(f"{path}: ingen sitemap som MkDocs skriver den (ogiltig XML).")
            continue
        for url in root.iter(f"{{{SITEMAP_NS}}}url"):
            location = (url.findtext(f"{{{SITEMAP_NS}}}loc") or "").strip()
            modified = (url.findtext(f"{{{SITEMAP_NS}}}lastmod") or "").strip()
            if urls.setdefault(location, modified) != modified:
                problems.append(f"{SITEMAP}: {location} har olika datum i olika jobb ({urls[location]}, {modified}); "
                                "alla jobb ska bygga med samma SOURCE_DATE_EPOCH.")
    lines = ['<?xml version="1.0" encoding="UTF-8"?>', f'<urlset xmlns="{SITEMAP_NS}">']
    for location, modified in urls.items():
        lines += ["    <url>", f"         <loc>{xml_text(location)}</loc>"]
        if modified:
            lines.append(f"         <lastmod>{xml_text(modified)}</lastmod>")
        lines.append("    </url>")
    return "\n".join(lines + ["</urlset>"])
