"""Puts generated files where MkDocs reads them: only files whose content changed.

The generated folders under docs/ are owned by the generator and git-ignored; files in
them that the current input no longer produces are removed. Municipality folders
(docs/<municipality id>/) have no fixed names, so the generator also lists every file it
wrote in docs/.generated: a file listed there that the input no longer produces (a removed
or renamed municipality, plan or topic) is removed too. Nothing the generator did not
write is ever removed.

What in docs/ the engines would mishandle is refused here before either builds: docs/ or site/
as a symbolic link, a link in docs/ that leads outside it, and a hand-written page's front
matter that is not a block of fields or holds a text the theme prints as broken HTML
(`hand_written_errors`, the one reader of a hand-written page's front matter); `refused_inputs`
puts the three together, for MkDocs' hook and `engines` alike.
"""

from __future__ import annotations

import errno
import html
import json
import os
import posixpath
import re
from pathlib import Path
from typing import Iterator, Optional

import yaml

from .errors import FOLDER, LocatedError, coded
from .escape import html_text
from .paths import GENERATED_DIRS, GENERATED_FILES
from .yaml_syntax import explain_syntax_error


def write_files(folder: Path, files: dict[str, str]) -> list[str]:
    """Write `files` ({relative path: text}) under `folder`; return the paths that changed."""
    changed, made = [], set()
    for relative, text in sorted(files.items()):
        target = folder / relative
        data = text.encode("utf-8")
        if target.is_file() and target.read_bytes() == data:
            continue
        if target.parent not in made:  # one call per folder: a system call each, 5,000 at 1,000 plans
            _make_folder(target.parent)
            made.add(target.parent)
        target.write_bytes(data)
        changed.append(relative)
    return changed


def _make_folder(folder: Path) -> None:
    """Make `folder` and its parents; a file standing where one of them must go is named
    (a page is written two folders down, so the system would name the page's folder)."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except NotADirectoryError:
        in_the_way = next(parent for parent in folder.parents if parent.exists())
        raise FileExistsError(errno.EEXIST, os.strerror(errno.EEXIST), str(in_the_way)) from None


MANIFEST = ".generated"  # under docs/: every file the last `generator build` wrote


def linked_places(docs: Path, produced: set[str]) -> list[str]:
    """The places under `docs` where the build writes or clears files (the generated folders
    and files, the manifest, each file it writes or the manifest lists, and every folder on
    their way) that are symbolic links: writing or clearing through one would reach files
    outside the repository. The generated folders are git-ignored, but a link there can still
    be committed (`/docs/amnen/` matches a folder only)."""
    places = set(GENERATED_DIRS) | set(GENERATED_FILES) | {MANIFEST} | set(produced)
    if not os.path.islink(docs / MANIFEST):
        places |= written_before(docs)
    for relative in set(places):
        parent = posixpath.dirname(relative)
        while parent and parent not in places:
            places.add(parent)
            parent = posixpath.dirname(parent)
    folder = os.fspath(docs)  # each place looked at as `docs / place` would be, without a path object for each
    return sorted(place for place in places if os.path.islink(os.path.join(folder, *_parts(place))))


def linked_folder(folder: Path, name: str, written: bool = False) -> list[LocatedError]:
    """An error if `folder` (docs/, which the engines read and `generator build` writes into, or
    site/, the build's output: `written`), shown as `name`, is itself a symbolic link: a pull
    request can commit one, and the build would read, write or empty what it leads to, a
    folder outside the repository (a home folder, the whole disk)."""
    if not os.path.islink(folder):
        return []
    if written:
        return [LocatedError(name, 1, 1, FOLDER,
                             f"mappen {name}/ är en symbolisk länk; bygget skriver inte genom den, "
                             "där det skulle ersätta eller tömma det den leder till, utanför repot.",
                             f"Ta bort länken (rm {name}); bygget gör mappen {name}/ själv.")]
    return [LocatedError(name, 1, 1, FOLDER,
                         f"mappen {name}/ är en symbolisk länk; bygget läser och skriver inte genom den, "
                         "där det skulle nå filer utanför repot.",
                         f"Gör {name}/ till en vanlig mapp i repot med filerna i (ta bort länken: rm {name}).")]


def links_read_through(docs: Path) -> list[LocatedError]:
    """The symbolic links under `docs` that the site engines would read through and publish what
    they lead to: one to a file or folder outside `docs` (a pull request's `docs/bilaga.txt` →
    /etc/passwd was copied into the built site; a folder may be the home folder or the whole
    disk), or to a folder that leads back to the link: one that holds it, or holds another folder
    link that leads back (`a/till-b` → `b`, `b/till-a` → `a`), which the engines would walk round
    until the system's limit. A link to a page or a folder inside `docs` passes (its files are
    published twice); `docs` itself as a link is refused before this looks into it
    (`linked_folder`). What a link leads to is never looked into: the folders inside `docs` are
    looked into where they really are."""
    real_docs = os.path.realpath(docs)
    found: list[LocatedError] = []
    # The folder links inside docs: where each is (its real folder) and what it leads to.
    inside: list[tuple[str, str, str]] = []

    def within(outer: str, path: str) -> bool:
        return os.path.commonpath([outer, path]) == outer

    def look_in(folder: str, relative: str) -> None:
        try:
            entries = sorted(os.scandir(folder), key=lambda entry: entry.name)
        except OSError:  # a folder that cannot be listed: the engine says so itself
            return
        for entry in entries:
            place = f"{relative}{entry.name}"
            if entry.is_symlink():
                target = os.path.realpath(entry.path)
                into_folder = os.path.isdir(target)
                if not within(real_docs, target):
                    refuse(place, into_folder, f"en {'mapp' if into_folder else 'fil'} utanför docs/")
                elif into_folder:
                    inside.append((place, os.path.realpath(folder), target))
            elif entry.is_dir():
                look_in(entry.path, f"{place}/")

    def refuse(place: str, into_folder: bool, leads_to: str) -> None:
        found.append(LocatedError(
            f"docs/{place}", 1, 1, FOLDER if into_folder else "",
            f"en symbolisk länk i docs/ leder till {leads_to}, och webbplatsen skulle visa det den leder till.",
            f"Ta bort länken (rm docs/{place}) och lägg in filen själv i docs/."))

    look_in(str(docs), "")
    # An engine walking a folder link meets every folder link inside its target: a loop is a
    # link that meets itself again that way, at once or through others.
    meets = {place: [other for other, where, _ in inside if within(target, where)] for place, _, target in inside}
    for place, where, target in inside:
        if within(target, where):
            refuse(place, True, "en mapp som rymmer länken själv, runt utan slut")
            continue
        seen, waiting = set(), list(meets[place])
        while waiting and place not in seen:
            if (other := waiting.pop()) not in seen:
                seen.add(other)
                waiting += meets[other]
        if place in seen:
            refuse(place, True, "en mapp med en länk som leder tillbaka hit, runt utan slut")
    return sorted(found, key=lambda error: error.path)


# What the theme prints as HTML, unescaped, into a page's <title> and meta tags (and the header):
# a page's front matter fields, and the site's in mkdocs.yml.
THEME_HTML_PAGE_FIELDS = ("title", "description")
THEME_HTML_SITE_FIELDS = ("site_name", "site_description")


# What could end the attribute or begin a tag where the theme prints such a text: a `"`, a `<`,
# or an `&` that begins no character reference. Nothing else: an apostrophe, a `_` or `&amp;`
# is safe as written (the theme's attributes are in double quotes), though `escape.html_text`,
# which the hint's line is written with, writes it as a reference for Markdown's sake.
_UNSAFE_IN_HTML = re.compile(r'["<]|&(?!#[0-9]+;|#[xX][0-9a-fA-F]+;|[A-Za-z][A-Za-z0-9]*;)')

# A page's front matter as MkDocs finds it (`mkdocs.utils.meta.YAML_RE`): a first line `---`,
# and the YAML up to a line `---` or `...`.
_FRONT_MATTER = re.compile(r"^-{3}[ \t]*\n(.*?\n)(?:\.{3}|-{3})[ \t]*\n", re.DOTALL)


def hand_written_errors(docs: Path, config_file: Path) -> list[LocatedError]:
    """Every error of the hand-written pages' front matter (`front_matter_errors`) and of the
    texts the theme prints as HTML (`unescaped_theme_html`): run by both engines before they
    build anything (`engines`, and MkDocs' hook for `mkdocs build` and `mkdocs serve`), since
    Zensical runs no code of ours on a hand-written page, and MkDocs reads a broken front
    matter as none."""
    site = _yaml_tree(config_file)
    found = unescaped_theme_html(site, config_file.name, THEME_HTML_SITE_FIELDS) if site is not None else []
    for page, shown in _hand_written_pages(docs):
        front_matter, errors = read_front_matter(page, shown)
        found += errors
        if front_matter is not None:
            found += search_settings_errors(front_matter, shown)
            found += unescaped_theme_html(front_matter, shown, THEME_HTML_PAGE_FIELDS)
    return found


def refused_inputs(docs: Path, site: Path, config_file: Path, shown: tuple[str, str] = ("docs", "site"),
                   contents: bool = True) -> tuple[list[LocatedError], list[LocatedError]]:
    """What an engine must not build from, as (links, front matter), checked in this order and
    each only when the ones before found nothing: `docs` or `site` itself a symbolic link
    (`linked_folder`; `shown` names them), a link in `docs` the engine would read through
    (`links_read_through`: nothing is looked into through a link), a hand-written page's front
    matter or a text of `config_file` the theme prints as HTML (`hand_written_errors`). Without
    `contents`, only the first: `make build` before MkDocs, whose hook refuses the others itself,
    as it does under `mkdocs serve`, with this function."""
    links = linked_folder(docs, shown[0]) + linked_folder(site, shown[1], written=True)
    if links or not contents:
        return links, []
    links = links_read_through(docs)
    return links, [] if links else hand_written_errors(docs, config_file)


def _hand_written_pages(docs: Path) -> list[tuple[Path, str]]:
    """Each page of `docs` the generator did not write, and how an error names it (`docs/bidra.md`)."""
    pages = []
    generated = written_before(docs)
    for top in sorted(docs.iterdir()) if docs.is_dir() else []:
        if top.name in GENERATED_DIRS or top.is_symlink():
            continue
        for page in sorted([top] if top.is_file() else top.rglob("*.md")):
            relative = page.relative_to(docs).as_posix()
            if page.suffix == ".md" and page.is_file() and relative not in generated and relative not in GENERATED_FILES:
                pages.append((page, f"{docs.name}/{relative}"))
    return pages


def _yaml_tree(path: Path) -> Optional[yaml.Node]:
    """The YAML file's tree with its marks (mkdocs.yml), or None where it cannot be read: the
    engines refuse the config themselves then."""
    try:
        return yaml.compose(path.read_text(encoding="utf-8"), Loader=yaml.SafeLoader)
    except (OSError, UnicodeError, yaml.YAMLError):
        return None


def read_front_matter(page: Path, shown: str) -> tuple[Optional[yaml.MappingNode], list[LocatedError]]:
    """A hand-written page's front matter as a tree of fields whose marks count the file's
    lines (the opening `---` is line 1), or the errors that say why it is not one. MkDocs reads
    a front matter that is not YAML, or not a block of fields, as none and publishes its lines
    as the page's text, with exit 0 even in strict mode: a typo in the guide's `search:` put its
    settings on the page and dropped them from the index. No front matter at all is no error."""
    try:
        # As MkDocs reads a page: a byte order mark dropped, line ends made \n.
        written = _FRONT_MATTER.match(page.read_text(encoding="utf-8-sig"))
    except (OSError, UnicodeError):  # both engines refuse a page they cannot read
        return None, []
    if written is None:
        return None, []
    text = "\n" + written.group(1)  # the opening --- as an empty line: lines counted as in the file
    try:
        root = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.YAMLError as error:
        said = explain_syntax_error(error, text)
        return None, [LocatedError(shown, said.line, said.col, "(front matter)", said.message, said.hint)]
    if not isinstance(root, yaml.MappingNode):
        line, col = (root.start_mark.line + 1, root.start_mark.column + 1) if root is not None else (2, 1)
        return None, [LocatedError(shown, line, col, "(front matter)",
                                   "här ska det stå fält (nyckel: värde) mellan raderna ---.",
                                   coded("Skriv ett fält per rad, t.ex. `description: …`."))]
    return root, []


def search_settings_errors(front_matter: yaml.MappingNode, shown: str) -> list[LocatedError]:
    """The page's `search` (Material's: `exclude: true`, `boost: 2`) written as anything but a
    block of fields (`search: exclude`), where its key stands: read as one, it stopped MkDocs'
    build with a traceback from the hook."""
    return [LocatedError(shown, key.start_mark.line + 1, key.start_mark.column + 1, "search",
                         "här ska det stå ett block med fält, inte ett enda värde.",
                         coded("Skriv fälten indragna på raderna under, t.ex. `search:` och under den `  exclude: true` "
                               "(sidan hålls utanför sökningen) eller `  boost: 2`."))
            for key, value in front_matter.value
            if key.value == "search" and not isinstance(value, yaml.MappingNode) and not value.tag.endswith(":null")]


def unescaped_theme_html(tree: yaml.Node, shown: str, fields: tuple[str, ...]) -> list[LocatedError]:
    """Each of `fields` in `tree` (a page's front matter: `THEME_HTML_PAGE_FIELDS`; mkdocs.yml:
    `THEME_HTML_SITE_FIELDS`) that the theme prints as HTML and that holds what is not safe
    there (`_UNSAFE_IN_HTML`); the hint writes it as the escaping rule does (`escape.html_text`),
    as a generated page's are (`render.front_matter`). Both engines print them as they stand
    into `<title>` and `content="…"`: a maintainer's `"` ended the attribute and a `<` began a
    tag. No engine runs code of ours on a hand-written page (Zensical runs no hooks), so the
    file itself is refused and the hint gives the line to write; the page then shows the text
    as typed."""
    found = []
    for key, value in tree.value if isinstance(tree, yaml.MappingNode) else []:
        if key.value in fields and isinstance(value, yaml.ScalarNode) and value.tag.endswith(":str"):
            if _UNSAFE_IN_HTML.search(value.value):
                written = str(html_text(html.unescape(value.value)))
                found.append(LocatedError(
                    shown, value.start_mark.line + 1, value.start_mark.column + 1, key.value,
                    "texten står som HTML i sidans huvud (<title> och meta-taggarna), så som den skrivs här, "
                    "och ett tecken som \" eller < kunde avsluta ett attribut eller läsas som en tagg.",
                    f"Skriv tecknen som teckenreferenser: {key.value}: {json.dumps(written, ensure_ascii=False)}"))
    return found


def written_before(docs: Path) -> set[str]:
    """The files the last `generator build` wrote into `docs` (none before the first)."""
    manifest = docs / MANIFEST
    if not manifest.is_file():
        return set()
    listed = manifest.read_text(encoding="utf-8").splitlines()
    # Only paths inside docs/: the list is a plain file that anyone could edit, and what it
    # names may be removed. Read as text, as PurePosixPath reads a path, without making a
    # path object for each of its lines (7,000 at 1,000 plans, each build reads it twice).
    folder = os.fspath(docs)
    return {line for line in listed if line and not line.startswith("/") and ".." not in line.split("/")
            and not os.path.islink(os.path.join(folder, *_parts(line)))}


def _parts(relative: str) -> list[str]:
    """The names of a relative path's steps, as `PurePosixPath(relative).parts` has them (no
    empty or `.` steps: `a/./b/` is `a/b`, whose own last step a link check must look at)."""
    return [part for part in relative.split("/") if part not in ("", ".")]


def remove_stale(docs: Path, produced: set[str]) -> list[str]:
    """Remove the generated files under `docs` that are not among the `produced` paths, and
    list the produced ones in the manifest; return the paths removed."""
    stale = {relative for relative in written_before(docs) if relative not in produced and (docs / relative).is_file()}
    folder = os.fspath(docs)
    for directory in GENERATED_DIRS:
        if os.path.isdir(os.path.join(folder, directory)):
            stale |= {relative for relative in _files_under(folder, directory) if relative not in produced}
    stale |= {relative for relative in GENERATED_FILES if relative not in produced and (docs / relative).is_file()}
    for relative in sorted(stale):
        (docs / relative).unlink()
        _remove_empty_folders(docs, (docs / relative).parent)
    (docs / MANIFEST).write_text("".join(f"{relative}\n" for relative in sorted(produced)), encoding="utf-8")
    return sorted(stale)


def _files_under(docs: str, directory: str) -> Iterator[str]:
    """The files under `docs`/`directory` (`docs`-relative, with `/`), as `Path.rglob("*")`
    and `is_file()` find them: a link to a file is one, a link to a folder is not looked into.
    From the folders' listings (`os.scandir`), which say what each entry is without a system
    call per file: the generated folders hold 7,000 files at 1,000 plans."""
    try:
        with os.scandir(os.path.join(docs, directory)) as listing:
            entries = list(listing)
    except PermissionError:  # as rglob: a folder that may not be listed holds nothing
        return
    for entry in entries:
        relative = f"{directory}/{entry.name}"
        if entry.is_dir() and not entry.is_symlink():
            yield from _files_under(docs, relative)
        elif entry.is_file():
            yield relative


def _remove_empty_folders(docs: Path, folder: Path) -> None:
    while folder != docs and folder.is_dir() and not any(folder.iterdir()):
        folder.rmdir()
        folder = folder.parent


def edit_url(edit_uri: str, source: str) -> Optional[str]:
    """The edit address of a repository file, from `edit_uri` (which points at docs/). A page
    made from a whole folder (`plans/`: the lists of documents) leads to the folder's view
    instead, where its files are listed and a new one is added: the forge (GitHub, GitLab)
    edits files only."""
    if not edit_uri.startswith("http"):
        return None
    base = edit_uri.rstrip("/").rpartition("/")[0]
    if source.endswith("/"):
        base = base.replace("/edit/", "/tree/", 1)
    return f"{base}/{posixpath.normpath(source)}"


def with_edit_urls(pages: dict[str, str], sources: dict[str, str], edit_uri: str) -> dict[str, str]:
    """Each page with the edit address of its source file as `edit_url` in its front matter,
    for engines that run no MkDocs hook (Zensical; the theme override reads it).

    Changes `pages` in place (a copy of every page would double the memory at scale)."""
    for path, source in sources.items():
        url = edit_url(edit_uri, source) if path in pages else None
        if url is None:
            continue
        markdown = pages[path]
        if markdown.startswith("---\n"):
            pages[path] = f"---\nedit_url: {json.dumps(url)}\n" + markdown[4:]
        else:
            pages[path] = f"---\nedit_url: {json.dumps(url)}\n---\n\n" + markdown
    return pages
