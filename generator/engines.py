"""`make build` and `make build-zensical`: run a site engine into a temporary folder and
swap the result in as site/ only when the engine succeeds, so a failed build (a broken
plan, a warning in strict mode) leaves the previous site/ exactly as it was.

    python -m generator.engines mkdocs      # mkdocs build --strict; the hook renders the pages
    python -m generator.engines zensical    # python -m generator build, then zensical build
    python -m generator.engines zensical --municipality <id>   # one job of a matrix build

Zensical runs no MkDocs hooks, so the generated pages are written into docs/ first, by the
generator's `build` in this process, as of the day the whole build counts as today
(`clock.one_day`), and the search index made after Zensical is made by the outputs that `build`
wrote them from (the site model, linked once); and it
only builds into a site_dir inside the project, so it gets a copy of mkdocs.yml that points
at the temporary folder. The copy also names the public address (`extra.public_url`) as
`site_url`, which MkDocs' build gets from the hook: the 404 page links from the root of its
path, and the sitemap lists every page at its public URL. And it addresses the site's own style
sheets and scripts by their content, as the hook does (`asset_versions`); after the build
they are minified in the new site, as the hook does after MkDocs' (`minify`). Zensical lists its
search index's pages by path; they are put in the order the outputs declare them, as MkDocs'
index lists them (`_search_index_as_the_hook_makes_it`), since equally good results are shown in it, and
each document's entry is named by its tab's title, with the actor and the year, as the hook
names it; each entry's path, its page's title, is written as the titles are (`_paths_as_titles`).
The new site/ gets the mode the umask gives a folder (`_folder_mode`), as every
folder in it has, not the private one of the temporary folder it was built in.
"""

from __future__ import annotations

import functools
import html
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import unicodedata
from pathlib import Path

from . import asset_versions, clock, cli, minify, search_text, search_words
from .arguments import EXIT_BAD_ARGUMENTS, SwedishArgumentParser
from .escape import log_text, search_title
from .history import public_url
from .outputs import Output
from .paths import docs_file, is_plan_page, page_url
from .swedish import stopword_alternatives
from .write import read_front_matter, refused_inputs

ENGINES = ("mkdocs", "zensical")


def _command(root: Path, engine: str, target: Path) -> tuple[list[str], Path | None]:
    """The engine's command that builds the site into `target` (Zensical's once the pages are
    written: `_pages_written`), and the temporary config it needs."""
    bin_dir = Path(sys.executable).parent
    if engine == "mkdocs":
        # Not --quiet: it hides the warnings before --strict counts them, and a broken link in a
        # hand-written page was published with exit code 0.
        return [str(bin_dir / "mkdocs"), "build", "--strict", "--site-dir", str(target)], None
    config = root / f"{target.name}.yml"
    lines = [line for line in (root / "mkdocs.yml").read_text(encoding="utf-8").splitlines()
             if not line.startswith("site_dir:")]
    lines.append(f"site_dir: {target.name}")
    if not any(line.startswith("site_url:") for line in lines):
        lines.append(f"site_url: {public_url(root)}")
    lines = _versioned_assets(lines, root)
    lines = _stopwords_as_separators(lines)
    config.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return [str(bin_dir / "zensical"), "build", "--clean", "--config-file", str(config)], config


def _pages_written(root: Path, municipality: str | None) -> tuple[int, list[Output]]:
    """`python -m generator build` (or one `municipality`'s pages and the national ones), run in
    this process within the build's day: in a process of its own it read the day again, and a
    build over midnight wrote its pages as of one day and ordered and titled the search index
    as of the next. Its exit code, and the outputs it wrote the pages from, which the search
    index is made by (`_search_index_as_the_hook_makes_it`): the model linked once, not again
    after Zensical, when a plan saved meanwhile was read, or stopped the build with a traceback
    after the site was built."""
    built: list[Output] = []
    code = cli.main(["--root", str(root), "build", *(["--municipality", municipality] if municipality else [])],
                    built=built.extend)
    sys.stdout.flush()  # its count of pages before what Zensical writes
    return code, built


def _versioned_assets(lines: list[str], root: Path) -> list[str]:
    """The config's lines with the site's own style sheets and scripts addressed by their
    content (`asset_versions`), as the hook does for MkDocs: each plain `- path` entry of
    `extra_css` and `extra_javascript` versioned, and `extra.vlv_assets` for the theme
    override's scripts."""
    docs, custom_dir = _asset_folders(lines, root)
    theme = json.dumps(asset_versions.theme_assets(custom_dir), sort_keys=True)
    entries = _asset_entries(lines)
    result = []
    for place, line in enumerate(lines):
        if place in entries:
            line = entries[place].group(1) + asset_versions.versioned(entries[place].group(2), docs)
        result.append(line)
        if line == "extra:":
            result.append(f"  {asset_versions.EXTRA_KEY}: {theme}")
    return result


def _stopwords_as_separators(lines: list[str]) -> list[str]:
    """The config's lines with the search's separator also splitting off each Swedish stop word
    (`swedish.stopword_alternatives`) that stands as a word of its own, so Zensical's search
    leaves them out of its index and of a query, as MkDocs' does (its lunr.sv filter and the
    hook's `_drop_stopwords_from_queries`). Zensical reads no `lang` of the search and has no
    stop words: `inte` typed alone listed the plan's sections on `internkontroll`, and `och`
    every section with a word beginning with it. Zensical applies the separator to a whole
    text or query, so the word is told by what stands beside it (no letter, digit or accent's
    combining mark), not by ^ and $ as the hook's whole query word is (`_word_character`)."""
    word = _word_character()
    pattern = f"(?<!{word})(?:{stopword_alternatives()})(?!{word})"
    result = []
    for line in lines:
        separator = re.fullmatch(r"(\s+separator: )'(.*)'", line)
        if separator:  # a single-quoted YAML string (mkdocs.yml), written back as JSON, which YAML reads
            line = separator.group(1) + json.dumps(separator.group(2).replace("''", "'") + "|" + pattern)
        result.append(line)
    return result


@functools.cache
def _word_character() -> str:
    """A class of the characters a word is made of: a letter, a digit or an accent's combining mark
    (Unicode's categories L, N and M, as Python's unicodedata has them), each range written by its
    code points (`\\u00C0-\\u00D6`). Not `_`, at which the separator parts words (mkdocs.yml): a
    stop word beside it is a word of its own, which was kept in the index and a query as a word
    (`och` of `status_och`, `för` of `för_barn`). Zensical's worker reads
    the separator as Unicode (flags "gu"), but its bundle's highlighter, which marks the words of
    a result's `?h=` on the page it opens, reads it without (`img`). There `\\p{L}\\p{N}\\p{M}` was
    the letters p, L, N and M (any case) and braces, and any other letter no part of a word:
    `familjecentral` was marked as `familjec` and `tral` (the stop word `en` split off), `vården`
    not at all (`vår`, `den`). By code point, the class reads alike under both. Only the Basic
    Multilingual Plane's: without the Unicode flag a character beyond it (an emoji) is two code
    units, which a class cannot hold; such a character counts as no part of a word under both."""
    ranges: list[list[int]] = []
    for point in range(0x10000):
        if unicodedata.category(chr(point))[0] in "LNM":
            # A range goes on over code points still unassigned, which a later Unicode than
            # Python's (a browser's) mostly assigns as letters and marks of the script around them:
            # 184 ranges, not 437, in the search index each searcher loads.
            if ranges and all(unicodedata.category(chr(gap)) == "Cn" for gap in range(ranges[-1][1] + 1, point)):
                ranges[-1][1] = point
            else:
                ranges.append([point, point])
    return "[" + "".join(f"\\u{first:04X}" + (f"-\\u{last:04X}" if last > first else "") for first, last in ranges) + "]"


def _own_files(lines: list[str], root: Path) -> dict[str, Path]:
    """The site's own style sheets and scripts the config names, {path in the site: source}
    (`minify.own_files`), as the hook finds them for MkDocs."""
    docs, custom_dir = _asset_folders(lines, root)
    return minify.own_files(docs, custom_dir, [entry.group(2) for entry in _asset_entries(lines).values()],
                            asset_versions.theme_assets(custom_dir))


def _refused_inputs(root: Path, engine: str) -> bool:
    """Whether the engine must not build (`write.refused_inputs`): docs/ or site/ itself a
    symbolic link (the engine would read where docs/ leads, and site/ would be swapped where it
    leads); for Zensical, which runs no hook, also a link in docs/ it would read through or a
    refused front matter, which MkDocs' hook refuses itself, as it serves too. Each printed as
    an error."""
    docs, _ = _asset_folders((root / "mkdocs.yml").read_text(encoding="utf-8").splitlines(), root)
    links, front_matter = refused_inputs(docs, root / "site", root / "mkdocs.yml", contents=engine == "zensical")
    for error in links + front_matter:
        print(log_text(error), file=sys.stderr)
    return bool(links + front_matter)


def _search_index_as_the_hook_makes_it(site: Path, root: Path, outputs: list[Output]) -> None:
    """Zensical's search index (`search.json`) made as MkDocs' hook makes its own, by the
    `outputs` the pages were written from: its pages in their order (`_in_outputs_order`), each
    document's entry named by its tab's title (`_titled_as_tabs`), and the words for the search
    alone hidden (`search_words`: its sections' headings' too), one space where a line of the page wraps (`search_text`); and
    each block of an entry's text ending in a space of its own (`_blocks_apart`), for Zensical's
    results."""
    index = site / "search.json"
    data = json.loads(index.read_text(encoding="utf-8"))
    _in_outputs_order(data["items"], outputs)
    _titled_as_tabs(data["items"], outputs, root)
    _paths_as_titles(data["items"])
    search_text.spaces_collapsed(data["items"])
    _blocks_apart(data["items"])  # before the hidden words' span, which would hide the space
    # Zensical's results show an entry's text, which a screen reader read in full.
    search_words.hidden_in_entries(data["items"], {page_url(output.path): output.search_words
                                                   for output in outputs if output.search_words})
    search_words.sections_typed_plainly(data["items"], titled=False)
    search_words.numbers_as_typed(data["items"], titled=False)
    index.write_text(search_words.index_json(data), encoding="utf-8")


def _in_outputs_order(entries: list[dict], outputs: list[Output]) -> None:
    """The index's pages in the order the outputs declare them (`outputs.site_outputs`: topics,
    actors and documents in the documented order), each page's sections as they were, and the
    pages no output makes (the guide) first: as MkDocs' index lists them (the hook). Its search
    shows equally good results in the index's order; Zensical lists the pages by path, and a tie
    put SD's document before Socialnämndens and `…-o-…` (Östra listan) before `…-t-…`
    (Trygghetspartiet), against every page's order of actors (the neutrality audit). Neither the
    nav nor the order the pages are written in changes Zensical's order."""
    place = {page_url(output.path): number for number, output in enumerate(outputs) if output.is_page}
    entries.sort(key=lambda entry: place.get(entry["location"].split("#")[0], -1))  # stable: sections keep theirs


def _titled_as_tabs(entries: list[dict], outputs: list[Output], root: Path) -> None:
    """A document's own entry named by the title its tab shows, with the actor and the year, as
    the hook names it for MkDocs: Zensical named it by its heading alone ("Sociala insatser"), so
    two actors' documents of one title stood alike among the results."""
    docs, _ = _asset_folders((root / "mkdocs.yml").read_text(encoding="utf-8").splitlines(), root)
    titles = {page_url(output.path): _plain_title(docs / docs_file(output.path))
              for output in outputs if is_plan_page(output.path)}
    for entry in entries:
        if titles.get(entry["location"]) is not None:
            entry["title"] = search_title(titles[entry["location"]])


def _paths_as_titles(entries: list[dict]) -> None:
    """Each step of an entry's path (the page it is on, its front matter's title) written as
    its titles are, `search_title`: Zensical takes the step from the front matter, where every
    sign Markdown or HTML could read is a numeric reference (`render.front_matter`), and its
    result draws the path as HTML after escaping a `&` that does not begin a named reference: a
    document "Barn & unga" showed the path "Barn &#38; unga". The references are read back
    to the title's text, whose `<`, `>` and `&` are escaped again, so no title is markup."""
    for entry in entries:
        entry["path"] = [search_title(html.unescape(step)) for step in entry["path"]]


# A block's end (a paragraph, an item of a list, a heading, a cell, a code block with what closes
# inside it, `</code></pre>`) after text, where white space and the next block follow.
_BLOCK_END = re.compile(r"(?<=[^\s>])((?:</[a-z]+>)*</(?:p|li|pre|h[1-6]|td|th|dd|dt|blockquote)>)(?=\s)")


def _blocks_apart(entries: list[dict]) -> None:
    """Each block of an entry's text ends in a space after its last word. Zensical's result shows
    the text without its tags, and the white space between two blocks as pieces of text of their
    own, white space alone, which Chromium leaves out of the result's name (named by what it shows,
    vlv-a11y.js): the keywords' last and the description's first word were one to a screen
    reader, "samsjuklighetVård", and a list's items ran together, "barnets bästa.– beroende".
    The space within the block's last text is kept. On the screen both read as before; MkDocs'
    results draw the blocks as blocks, and its index is not this one."""
    for entry in entries:
        entry["text"] = _BLOCK_END.sub(r" \1", entry["text"])


def _plain_title(page: Path) -> str | None:
    """A generated page's title as its front matter gives it, `plain_title` (`render.front_matter`),
    read as every page's front matter is (`write.read_front_matter`)."""
    fields, _ = read_front_matter(page, str(page))
    return next((value.value for key, value in fields.value if key.value == "plain_title"), None) if fields else None


def _asset_folders(lines: list[str], root: Path) -> tuple[Path, Path | None]:
    """The config's docs_dir (docs/ if it names none) and custom_dir (None if none)."""
    def folder(key: str) -> Path | None:
        named = [match.group(1) for line in lines if (match := re.fullmatch(rf"\s*{key}: *(\S+)", line))]
        return root / named[0] if named else None

    return folder("docs_dir") or root / "docs", folder("custom_dir")


def _asset_entries(lines: list[str]) -> dict[int, re.Match]:
    """{line index: its match} for each plain `- path` entry of `extra_css` and `extra_javascript`
    (group 1 the dash and its spaces, group 2 the path)."""
    section, entries = "", {}
    for place, line in enumerate(lines):
        if line and not line[0].isspace() and not line.startswith("#"):
            section = line.split(":", 1)[0]
        entry = re.fullmatch(r"(\s*- )(\S+)", line)
        if section in ("extra_css", "extra_javascript") and entry:
            entries[place] = entry
    return entries


def _folder_mode() -> int:
    """The mode the umask gives a new folder, as the engine gave every folder inside site/:
    mkdtemp makes the temporary one private (0700) whatever the umask."""
    umask = os.umask(0o022)  # reading the umask sets it; this command runs no other thread
    os.umask(umask)
    return 0o777 & ~umask


def build(root: Path, engine: str, municipality: str | None = None) -> int:
    with clock.one_day():  # one build, one day (the pages and Zensical's search index alike)
        return _build_as_of_one_day(root, engine, municipality)


def _build_as_of_one_day(root: Path, engine: str, municipality: str | None) -> int:
    if _refused_inputs(root, engine):
        print(f"Bygget med {engine} avbröts; site/ är orörd.", file=sys.stderr)
        return 1
    new = Path(tempfile.mkdtemp(prefix=".site-new.", dir=root))
    old = root / new.name.replace(".site-new.", ".site-old.")
    config = None
    try:
        command, config = _command(root, engine, new)
        code, outputs = _pages_written(root, municipality) if engine == "zensical" else (0, [])
        code = code or subprocess.run(command, cwd=root).returncode
        if code != 0:
            print(f"Bygget med {engine} misslyckades; site/ är orörd.", file=sys.stderr)
            return code
        if config is not None:  # Zensical, which runs no hook, copied them as written
            minify.write_minified(new, _own_files(config.read_text(encoding="utf-8").splitlines(), root))
            _search_index_as_the_hook_makes_it(new, root, outputs)
        new.chmod(_folder_mode())
        site = root / "site"
        if site.exists():
            site.rename(old)
        new.rename(site)
        print(f"Webbplatsen byggd i site/ ({engine}).")
        return 0
    finally:
        shutil.rmtree(new, ignore_errors=True)
        shutil.rmtree(old, ignore_errors=True)
        if config is not None:
            config.unlink(missing_ok=True)


def main(argv: list[str] | None = None) -> int:
    parser = SwedishArgumentParser(prog="python -m generator.engines",
                                   description="Bygg webbplatsen till site/ med MkDocs eller Zensical.")
    parser.add_argument("engine", choices=ENGINES, metavar="MOTOR", help=f"{' eller '.join(ENGINES)}")
    # A Zensical job of a matrix build (README, "Building municipalities in parallel") gets the
    # same config as the whole build: the public address and the assets' versioned addresses.
    # MkDocs' job is `VLV_MUNICIPALITY=<id> mkdocs build`, whose hook does both.
    parser.add_argument("--municipality", metavar="KOMMUN",
                        help="bara den kommunens sidor och de nationella, med Zensical, t.ex. --municipality eskilstuna")
    args = parser.parse_args(sys.argv[1:] if argv is None else argv)
    if args.municipality is not None and args.engine != "zensical":
        parser.print_usage(sys.stderr)
        print(f"{parser.prog}: fel: --municipality gäller Zensical; en kommun med MkDocs: "
              "VLV_MUNICIPALITY=<kommun> mkdocs build", file=sys.stderr)
        return EXIT_BAD_ARGUMENTS
    return build(Path.cwd(), args.engine, args.municipality)

if __name__ == "__main__":
    cli.letters_as_codes_where_unwritable()  # its own messages, and the generator's it runs
    sys.exit(main())
