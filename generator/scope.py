"""Which files a pull request touches, and whose they are.

A party office's pull request may change the plans and archived sources of one actor
(`plans/<actor>-….yaml`, `sources/<actor>-….txt`) and nothing else. A new party's first
pull request may also add its own entry to `registry/actors.yaml` (and its municipality
and CODEOWNERS lines): that passes, but says that the registry part needs a maintainer's
review, which CODEOWNERS enforces. A new actor that would take files already another's (by
its id, or by its team's CODEOWNERS lines) is refused, with or without plans, whoever made it.
Plans of several actors, files in `plans/` or `sources/` that no actor owns, or plans together
with code, templates, other registry changes or workflows need a maintainer's pull request.

Ownership is read at the base revision (plus the one actor a new-actor pull request adds),
so a pull request cannot make its own files someone else's by editing the registry. In
the pull-request workflow this module runs from a checkout of the base revision, never
from the pull request's own copy of it.

This module also owns the small git helpers that `changes` uses to read a revision, and
the reading of `.github/CODEOWNERS` (which team GitHub asks to approve a file).
"""

from __future__ import annotations

import functools
import os
import posixpath
import re
import subprocess
import tempfile
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Collection, Optional

from pydantic import BaseModel

from . import model
from .load import EDITOR_TEMPORARY, load_file, owner_of
from .swedish import count

PLANS_DIR = "plans"
SOURCES_DIR = "sources"
REGISTRY_DIR = "registry"
ACTORS_FILE = "registry/actors.yaml"
MUNICIPALITIES_FILE = "registry/municipalities.yaml"
CODEOWNERS_FILE = ".github/CODEOWNERS"
# What a new actor's first pull request may change besides its own plans and sources.
NEW_ACTOR_FILES = (ACTORS_FILE, MUNICIPALITIES_FILE, CODEOWNERS_FILE)
# Maintainers' own notes inside the data folders.
MAINTAINER_NOTES = ("README.md",)
# What a new party changes in the registry, said alike by every closing line that names it.
OWN_REGISTRY_PART = ("sin egen post i registry/actors.yaml, vid behov sin kommun och sina två rader i "
                     ".github/CODEOWNERS")
MAINTAINER_HINT = ("Sådana ändringar behöver en pull request från webbplatsens redaktion. "
                   "Ett parti lämnar bara in sina egna filer: plans/<aktörens id>-….yaml och "
                   f"sources/<aktörens id>-….txt, och ett nytt parti dessutom {OWN_REGISTRY_PART}.")
# The closing line where a new party's pull request is refused only for its registry part (a
# CODEOWNERS line mistyped, another entry changed): it mends that itself, in the same pull request.
# "ändrar i registret bara" before OWN_REGISTRY_PART put CODEOWNERS in the registry: it says what a new
# party adds.
NEW_ACTOR_HINT = (f"Rätta det i pull requesten: ett nytt parti lägger bara till {OWN_REGISTRY_PART}; "
                  "andra ändringar i de filerna gör redaktionen i en egen pull request.")
# The title over a new party's registry part to mend: "Pull requesten ändrar för mycket" over the
# hint to mend it in the pull request sent the party to split a change it only has to correct.
REGISTRY_TITLE = "Ny aktör – rätta registerdelen i pull requesten"
# The same beside a registry part without plans, which passes: a new party's first pull request or a
# maintainer's change, which check-scope cannot tell apart. Told as to a new party alone, a maintainer
# who added an actor and renamed another's entry was told to mend it and titled so.
REGISTRY_ALONE_HINT = ("Kommer pull requesten från ett nytt parti: rätta det i pull requesten; ett nytt parti lägger "
                       f"bara till {OWN_REGISTRY_PART}. Gör redaktionen ändringen och är den avsiktlig, kan den "
                       "slås ihop som den är.")
REGISTRY_ALONE_TITLE = "Ny aktör – registret ändras utöver aktörens egna rader"
# The closing line where a new actor would take files that are already another's, by its id or by
# its team's CODEOWNERS lines: refused also without plans, whoever made the change, as merged it would
# give an existing actor's plans to the new one (`validate` then refuses their file names) or its team.
# It names a new actor's own registry part as the other closing lines do: a new id needs new lines too.
TAKEOVER_HINT = ("Rätta det i pull requesten, också om redaktionen har gjort den: filerna ska ha kvar sina ägare, "
                 f"och varje ny aktör lägger bara till {OWN_REGISTRY_PART}.")
# The closing line after an actor's new id, the editors' own change (MAINTAINER_HINT sent them to
# themselves): it speaks to a party that would give itself a new id.
RENAME_HINT = ("Ett parti byter inte id själv utan ber redaktionen om det, och lämnar bara in sina egna filer: "
               "plans/<aktörens id>-….yaml och sources/<aktörens id>-….txt.")
# The closing line where a pull request is refused only for files no actor owns (a plan's id
# mistyped in its file name, a plan in a folder): the party renames or moves them itself.
MISPLACED_HINT = ("Byt namn på filerna eller flytta dem i pull requesten: ett parti lämnar in sina egna filer som "
                  "plans/<aktörens id>-….yaml och sources/<aktörens id>-….txt.")


class GitError(Exception):
    """A git command failed; the message is Swedish and names the command."""


class GitMissing(GitError):
    """No git to run: said as such, not as a folder in no repository."""


# --- git --------------------------------------------------------------------------------------
def git(root: Path, *args: str, stdin: bytes = b"") -> bytes:
    """Runs git in `root`, which may be a folder inside a larger repository: paths in and out
    are `root`'s own (`rev:./path`, `--relative`), never the repository's. `stdin`: what git reads.
    A contributor's `log.showSignature` would print git's verdict on each signed commit (every
    merge made on GitHub's pages) among the lines `git log` is read for: it is off here."""
    try:
        done = subprocess.run(["git", "-c", "log.showSignature=false", "-C", str(root), *args], input=stdin,
                              capture_output=True, check=False)
    except FileNotFoundError:
        raise GitMissing("git finns inte installerat; installera git och försök igen.")
    if done.returncode != 0:
        detail = done.stderr.decode("utf-8", "replace").strip().splitlines()
        raise GitError(f"git {' '.join(args)} misslyckades: {detail[-1] if detail else done.returncode}")
    return done.stdout


def resolve(root: Path, rev: str) -> str:
    """The full commit id of `rev`, or a GitError that names the revision, or says that `root`
    is in no repository. One git process when the revision is found (a pull request's check
    resolves four); only a failure asks git why."""
    try:
        return git(root, "rev-parse", "--verify", "--quiet", f"{rev}^{{commit}}").decode().strip()
    except GitMissing:  # said so: it was told as a folder in no repository
        raise
    except GitError:
        pass
    try:
        git(root, "rev-parse", "--git-dir")
    except GitMissing:
        raise
    except GitError:
        raise GitError(f"{root} är inte ett git-repo; kör kommandot i en klon av repot.")
    raise GitError(f"revisionen '{rev}' finns inte i repot. Hämta den först (git fetch) "
                   "eller ange en gren, tagg eller commit som finns.")


def _paths(output: bytes) -> set[str]:
    """The paths of a `-z` listing. A name that is not UTF-8 keeps its bytes as Python's own
    file functions do (surrogate escapes), so it can be written out, found by the loader and
    named with its bytes visible, never a traceback."""
    return {p.decode("utf-8", "surrogateescape") for p in output.split(b"\0") if p}


def list_files(root: Path, rev: str, folders: tuple[str, ...]) -> list[str]:
    """Every file under `folders` at `rev`, sorted."""
    return sorted(_paths(git(root, "ls-tree", "-r", "-z", "--name-only", rev, "--", *folders)))


SYMLINK, SUBMODULE = b"120000", b"160000"  # modes in a git tree; the rest are files


def export_revision(root: Path, rev: str, folders: tuple[str, ...], target: Path) -> list[str]:
    """Write the files under `folders` as they are at `rev` into `target`, as a checkout of
    `rev` would have them: a symbolic link as a link and a submodule as a folder, which the
    loader then refuses as it refuses them in a checkout. Return their paths. Two git
    processes however many files: the tree's listing, then every blob's bytes at once."""
    entries = {}  # path: (mode, object id)
    for record in git(root, "ls-tree", "-r", "-z", rev, "--", *folders).split(b"\0"):
        if record:
            meta, _, path = record.partition(b"\t")
            mode, _, object_id = meta.split(b" ")
            entries[path.decode("utf-8", "surrogateescape")] = (mode, object_id)
    links = {relative for relative, (mode, _) in entries.items() if mode == SYMLINK}
    for relative in entries:
        _refuse_unsafe_path(rev, relative, links)
    contents = _blobs(root, list(dict.fromkeys(object_id for mode, object_id in entries.values() if mode != SUBMODULE)))
    for relative, (mode, object_id) in sorted(entries.items()):
        destination = target / relative
        destination.parent.mkdir(parents=True, exist_ok=True)
        if mode == SUBMODULE:
            destination.mkdir()
        elif mode == SYMLINK:
            destination.symlink_to(os.fsdecode(contents[object_id]))
        else:
            destination.write_bytes(contents[object_id])
    return sorted(entries)


_UNSAFE_PATH = ("Revisionen {rev} innehåller sökvägen {path}, som git inte kan checka ut (en mapp som heter "
                "'..' eller '.', eller ett tomt namn) och som skulle hamna utanför mappen den läses in i. Ingen fil "
                "skrevs. En sådan commit går bara att göra med gits lågnivåkommandon: granska pull requesten, "
                "slå inte ihop den.")


_LINKED_PATH = ("Revisionen {rev} innehåller sökvägen {path}, som går genom länken {link}, och skulle hamna där "
                "länken leder. Ingen fil skrevs. En sådan commit går bara att göra med gits lågnivåkommandon: "
                "granska pull requesten, slå inte ihop den.")


def _refuse_unsafe_path(rev: str, relative: str, links: set[str]) -> None:
    """A tree's path with a part named `..` or `.` (which `git fsck` only warns about, and a
    checkout refuses), or an empty one, or one through a symbolic link of the same tree:
    written as it is, it would land outside the folder a revision is read into, where
    `check-scope` and `changes` run on an untrusted pull request (the safety audit wrote a
    file to /; the review, a folder where a link led). Refused before anything is written."""
    parts = relative.split("/")
    if relative.startswith("/") or any(part in ("", ".", "..") for part in parts):
        raise GitError(_UNSAFE_PATH.format(rev=rev[:12], path=relative))
    link = next((prefix for prefix in ("/".join(parts[:end]) for end in range(1, len(parts))) if prefix in links), None)
    if link is not None:
        raise GitError(_LINKED_PATH.format(rev=rev[:12], path=relative, link=link))


def _blobs(root: Path, object_ids: list[bytes]) -> dict[bytes, bytes]:
    """The bytes of each blob, read by one `git cat-file --batch`."""
    if not object_ids:
        return {}
    output = git(root, "cat-file", "--batch", stdin=b"".join(object_id + b"\n" for object_id in object_ids))
    found, start = {}, 0
    for object_id in object_ids:
        header_end = output.index(b"\n", start)
        header = output[start:header_end].split(b" ")
        if len(header) != 3 or header[1] != b"blob":  # a tree's own blob is never missing
            raise GitError(f"git cat-file --batch misslyckades: {object_id.decode()} är ingen fil i repot")
        size = int(header[2])
        found[object_id] = output[header_end + 1:header_end + 1 + size]
        start = header_end + 1 + size + 1  # the content, then a line break
    return found


def uncommitted_note(root: Path) -> Optional[str]:
    """A Swedish note naming the files under plans/, registry/ and sources/ that differ from
    HEAD (edited, staged or new): comparing revisions leaves them out, and the user should know."""
    folders = (PLANS_DIR, REGISTRY_DIR, SOURCES_DIR)
    tracked = git(root, "diff", "--relative", "--name-only", "-z", "HEAD", "--", *folders)
    untracked = git(root, "ls-files", "--others", "--exclude-standard", "-z", "--", *folders)
    paths = sorted(_paths(tracked + b"\0" + untracked))
    if not paths:
        return None
    return (f"Obs: {count(len(paths), 'fil', 'filer')} i plans/, registry/ eller sources/ har ändringar som inte "
            f"är incheckade och räknas inte med: {_listing(paths)}. Kommandot jämför incheckade revisioner; "
            "checka in ändringarna (git commit) och kör det igen.")


def changed_paths(root: Path, base: str, head: str, deleted: bool = False) -> list[str]:
    """Every path added, changed, deleted or renamed between the merge base and `head`, relative
    to `root` (with `deleted`, those deleted alone). In a project kept in a folder of a larger
    repository a path outside that folder (the repository's own workflows) is named with `../`,
    so that it counts as another file and is never left out of the verdict."""
    prefix = git(root, "rev-parse", "--show-prefix").decode("utf-8", "surrogateescape").strip()
    changed = _paths(git(root, "diff", "--no-relative", "--name-only", "--no-renames", "-z",
                         *(["--diff-filter=D"] if deleted else []), f"{resolve(root, base)}...{resolve(root, head)}"))
    return sorted(posixpath.relpath(path, prefix) if prefix else path for path in changed)


def _registry_at(root: Path, rev: str, path: str, schema: type[BaseModel]) -> Optional[BaseModel]:
    """A registry file as it is at `rev`, typed; None when it does not exist there."""
    if not list_files(root, rev, (path,)):
        return None
    with tempfile.TemporaryDirectory(prefix="vlv-scope-") as folder:
        export_revision(root, rev, (path,), Path(folder))
        return load_file(Path(folder), path, schema)


def actors_at(root: Path, rev: str) -> list[model.Actor]:
    """The actor registry as it is at `rev` (empty when the file does not exist)."""
    registry = _registry_at(root, rev, ACTORS_FILE, model.ActorRegistry)
    return list(registry.actors) if registry else []


def municipalities_at(root: Path, rev: str) -> list[model.Municipality]:
    registry = _registry_at(root, rev, MUNICIPALITIES_FILE, model.MunicipalityRegistry)
    return list(registry.municipalities) if registry else []


# --- ownership --------------------------------------------------------------------------------
def is_data_file(path: str) -> bool:
    """Whether `path` lies in plans/ or sources/ and is not a maintainers' note there."""
    folder, _, name = path.partition("/")
    return folder in (PLANS_DIR, SOURCES_DIR) and name not in MAINTAINER_NOTES


# --- CODEOWNERS -------------------------------------------------------------------------------
@dataclass(frozen=True)
class OwnerRule:
    line: int
    pattern: str
    owners: tuple[str, ...]


def codeowners_rules(text: str) -> list[OwnerRule]:
    """The rules of a CODEOWNERS file in file order (comments and blank lines dropped)."""
    rules = []
    for number, line in enumerate(text.split("\n"), start=1):
        content = line.split("#", 1)[0].strip()
        if content:
            pattern, *owners = content.split()
            rules.append(OwnerRule(number, pattern, tuple(owners)))
    return rules


@functools.lru_cache(maxsize=65536)
def _pattern_parts(pattern: str) -> tuple[tuple[str, ...], bool, bool, bool, str]:
    """GitHub's CODEOWNERS pattern (the gitignore subset it supports): its parts (`**`, `*`, `?`
    or one character), whether it is anchored (a slash at its start or in its middle), whether
    it names a folder only (a slash at its end), whether it gives what lies inside the folders
    it matches, and the text before its first wildcard.

    A `**` is one part only as a whole name (`a/**/b`, `**/logs`, `docs/**`); elsewhere (`a**`,
    `**.md`) its stars are plain ones, as gitignore reads "other consecutive asterisks", and
    stay within one name. A last name that is a lone `*` (`docs/*`) gives the files in that
    folder, not those further down, as GitHub documents: `docs/*` matches
    `docs/getting-started.md` but not `docs/build-app/troubleshooting.md`."""
    body = pattern.strip("/")
    names = body.split("/")
    parts: list[str] = []
    for place, name in enumerate(names):
        if place:
            parts.append("/")
        if name == "**":
            parts.append("**")
        else:
            parts += ["*" if token.startswith("*") else token for token in re.findall(r"\*+|\?|.", name, re.S)]
    return (tuple(parts), "/" in pattern.rstrip("/"), pattern.endswith("/"),
            pattern.endswith("/") or names[-1] != "*", re.split(r"[*?]", body, maxsplit=1)[0])


def _pattern_matches(pattern: str, path: str) -> bool:
    """Whether the CODEOWNERS `pattern` gives `path` to its owners. Read in one pass over the path
    with the set of places in the pattern reached so far, never by trying the wildcards' lengths
    one after another: a pull request writes the lines, and a regular expression that backtracked
    over `/**a**a**a…` held the scope check for hours. Unanchored, it may start after any `/`;
    it matches the whole path or a folder on its way (`docs/` gives everything under docs/), and
    a `**/` may stand for no folder (`a/**/b` gives a/b), as in gitignore."""
    parts, anchored, folder_only, inside, head = _pattern_parts(pattern)
    if anchored and not path.startswith(head):  # most lines, `/plans/<another id>-*`, at once
        return False
    ends, reached = set(), set()
    for place in range(len(path) + 1):
        if place == 0 or (not anchored and path[place - 1] == "/"):
            reached.add(0)
        closed, waiting = set(), list(reached)
        while waiting:  # a wildcard may match nothing: the part after it is reached too
            at = waiting.pop()
            if at not in closed:
                closed.add(at)
                if at < len(parts) and parts[at] in ("*", "**"):
                    waiting.append(at + 1)
                # `**/` may be no folder at all, as in gitignore: `**/plans` is plans/ at the
                # top too, and `a/**/b` is a/b. (A `**` part is always a whole name.)
                if parts[at:at + 2] == ("**", "/"):
                    waiting.append(at + 2)
        if len(parts) in closed:
            ends.add(place)
        if place == len(path):
            break
        char, reached = path[place], set()
        for at in closed:
            part = parts[at] if at < len(parts) else None
            if part == "**" or (part == "*" and char != "/"):
                reached.add(at)
            elif part == char or (part == "?" and char != "/"):
                reached.add(at + 1)
    return (inside and any(end < len(path) and path[end] == "/" for end in ends)) or (not folder_only and len(path) in ends)


def codeowners_team(path: str, rules: list[OwnerRule]) -> Optional[OwnerRule]:
    """The rule GitHub applies to `path`: the last one that matches (later lines win)."""
    found = None
    for rule in rules:
        if _pattern_matches(rule.pattern, path):
            found = rule
    return found


def own_patterns(actor_id: str) -> tuple[str, str]:
    """The two CODEOWNERS patterns that give `actor_id`'s team its plans and sources."""
    return f"/{PLANS_DIR}/{actor_id}-*", f"/{SOURCES_DIR}/{actor_id}-*"


def sample_files(actor_id: str) -> tuple[str, str]:
    """A plan and a source file name of the kind `actor_id`'s office adds."""
    return f"{PLANS_DIR}/{actor_id}-2026.yaml", f"{SOURCES_DIR}/{actor_id}-2026.txt"


def _organisation(rules: list[OwnerRule]) -> str:
    """The organisation whose teams own files: that of the maintainers, who own the registry.
    An actor's team must be in it: a team of another organisation, or a look-alike name, is
    one GitHub does not know, and its rule then asks no one to approve."""
    rule = codeowners_team(ACTORS_FILE, rules)
    team = rule.owners[0] if rule and rule.owners else "@ORG/maintainers"
    return team.lstrip("@").partition("/")[0]


def codeowners_problems(text: str, actor_ids: list[str]) -> list[str]:
    """Where CODEOWNERS would ask another team than the file's actor's to approve it.

    For every actor, a plan and a source file it might add must fall to exactly one owner,
    the team named after the actor `owner_of` gives the file to (the longest id at a `-`).
    """
    return list(_misowned(text, actor_ids).values())


def _misowned(text: str, actor_ids: list[str]) -> dict[str, str]:
    """{sample file: Swedish problem} for every sample file CODEOWNERS gives to the wrong team."""
    rules = codeowners_rules(text)
    organisation = _organisation(rules)
    problems = {}
    for actor in sorted(actor_ids):
        for path in sample_files(actor):
            expected = owner_of(path, actor_ids)
            rule = codeowners_team(path, rules)
            owners = rule.owners if rule else ()
            if owners == (f"@{organisation}/{expected}",):
                continue
            given = f"rad {rule.line} ({rule.pattern} {' '.join(owners) or 'utan ägare'})" if rule else "ingen rad"
            problems[path] = (f"{CODEOWNERS_FILE}: {path} ska ägas av teamet för {expected}, men {given} gäller "
                              f"för den. Tips: Lägg /plans/{expected}-* och /sources/{expected}-* med bara teamet "
                              f"@{organisation}/{expected} i aktörsblocket, sorterat på id: senare rader vinner, så ett längre id "
                              "hamnar efter ett kortare som det börjar med.")
    return problems


# --- what the pull request touches --------------------------------------------------------------
@dataclass
class Scope:
    actors: dict[str, model.Actor]                  # every actor known at the base, plus any added
    by_actor: dict[str, list[str]] = field(default_factory=dict)
    unowned: list[str] = field(default_factory=list)   # in plans/ or sources/, but nobody's
    registry: list[str] = field(default_factory=list)  # NEW_ACTOR_FILES, when the PR adds an actor
    other: list[str] = field(default_factory=list)
    added: list[model.Actor] = field(default_factory=list)
    # {new id: the actor it replaces}: an added actor of the name of one the pull request removes,
    # a maintainer's new id for it (README, renaming), told as such, not as a new party: with the
    # actor's files moved, or without files where the actor has none yet.
    renamed: dict[str, model.Actor] = field(default_factory=dict)
    registry_problems: list[str] = field(default_factory=list)
    takeovers: list[str] = field(default_factory=list)  # files of someone else an added actor would get
    lines_to_add: list[str] = field(default_factory=list)  # what those actors lack in CODEOWNERS (`_lines_to_add`)
    notes: list[str] = field(default_factory=list)     # for the maintainer who reviews a new actor
    missing_lines: int = 0  # the CODEOWNERS lines the notes remind of
    # An editor's temporary files (`load.EDITOR_TEMPORARY`, `x.yaml~`), which `validate` only warns
    # about, so that `make serve` previews a plan open in vim: no pull request brings one.
    editor_files: list[str] = field(default_factory=list)

    @property
    def new_actor(self) -> Optional[model.Actor]:
        """The one actor added together with its own plans, and nothing else, if that is the change."""
        if (len(self.added) != 1 or self.registry_problems or self.takeovers or self.other or self.unowned
                or self.editor_files):
            return None
        actor = self.added[0]
        return actor if list(self.by_actor) == [actor.id] else None

    @property
    def misplaced(self) -> bool:
        """Refused only for its files no actor owns: the same change without them would pass."""
        return bool(self.unowned) and not (self.registry_problems or self.takeovers) and replace(self, unowned=[]).ok

    @property
    def registry_only(self) -> bool:
        """A new party refused only for its registry part (a CODEOWNERS line mistyped, another
        entry changed), with its own plans and nothing else: it mends that in the pull request.
        So is a registry part without plans whose new actor would take another's files, whoever
        made it (a maintainer's other files beside it are the maintainer's own)."""
        if self.takeovers and not (self.by_actor or self.unowned or self.editor_files):
            return True
        return (len(self.added) == 1 and bool(self.registry_problems or self.takeovers)
                and list(self.by_actor) == [self.added[0].id] and not (self.other or self.unowned or self.editor_files))

    @property
    def ok(self) -> bool:
        if self.unowned or self.editor_files or self.takeovers:
            return False
        if self.added and self.by_actor:
            return self.new_actor is not None
        return len(self.by_actor) <= 1 and not (self.by_actor and (self.other or self.registry))


def classify(paths: list[str], actors: list[model.Actor], added: list[model.Actor] = (),
             deleted: Collection[str] = ()) -> Scope:
    """Sort the changed paths by owner; `added` are actors the pull request adds to the registry.
    An editor's temporary file among the data and registries is refused, but where the pull
    request deletes it (`deleted`), which is the mend (the review)."""
    scope = Scope({a.id: a for a in [*actors, *added]}, added=list(added))
    ids = sorted(scope.actors)
    for path in sorted(paths):
        actor = owner_of(path, ids)
        if (path.partition("/")[0] in (PLANS_DIR, SOURCES_DIR, REGISTRY_DIR) and path not in deleted
                and EDITOR_TEMPORARY.fullmatch(posixpath.basename(path))):
            scope.editor_files.append(path)
        elif actor is not None:
            scope.by_actor.setdefault(actor, []).append(path)
        elif is_data_file(path):
            scope.unowned.append(path)
        elif added and path in NEW_ACTOR_FILES:
            scope.registry.append(path)
        else:
            scope.other.append(path)
    return scope


def _added_actors(root: Path, head: str, base_actors: list[model.Actor]
                  ) -> tuple[list[model.Actor], list[str], dict[str, model.Actor]]:
    """Actors the head adds to the registry, every other change to existing entries, and the
    added ones that may give a removed entry a new id ({new id: old actor}): the same name, of the
    same municipality first, as the change summary pairs them (`paired_ids`)."""
    head_actors = actors_at(root, head)
    known = {a.id: a for a in base_actors}
    now = {a.id: a for a in head_actors}
    pairs = paired_ids({a.id: _rename_keys(a) for a in base_actors}, {a.id: _rename_keys(a) for a in head_actors})
    renamed = {new_id: known[old_id] for old_id, new_id in pairs.items()}
    problems = [_entry_removed(a) for a in sorted(set(known) - set(now))]
    problems += [f"{ACTORS_FILE}: posten för {a} ändras." for a in sorted(set(known) & set(now)) if known[a] != now[a]]
    return [a for a in head_actors if a.id not in known], problems, renamed


def _rename_keys(actor: model.Actor) -> tuple:
    """What ties an actor's new id to its old one, the closest first: a party's name is its own
    within its municipality only (the same party in two municipalities)."""
    return (actor.municipality, actor.name), actor.name


def paired_ids(old: dict[str, tuple], new: dict[str, tuple]) -> dict[str, str]:
    """{old id: new id} for registry entries that lost one id and gained another: one entry whose
    id changed, not one removed and one added. Each entry is given its keys, the closest first
    ((municipality, name), then the name alone); a removed entry is paired once, with the first
    added one alike by the closest key both have, so that another municipality's party of the
    same name, removed in the same pull request, is not taken for the renamed one."""
    gone, came = sorted(set(old) - set(new)), sorted(set(new) - set(old))
    pairs: dict[str, str] = {}
    for rank in range(max(map(len, [*old.values(), *new.values()]), default=0)):
        for new_id in (i for i in came if i not in pairs.values()):
            old_id = next((i for i in gone if i not in pairs and rank < min(len(old[i]), len(new[new_id]))
                           and old[i][rank] == new[new_id][rank]), None)
            if old_id is not None:
                pairs[old_id] = new_id
    return pairs


def _entry_removed(actor_id: str) -> str:
    return f"{ACTORS_FILE}: posten för {actor_id} tas bort."


def _takeovers(root: Path, base: str, head: str, paths: list[str], actor: model.Actor,
               actors: list[model.Actor]) -> tuple[list[str], set[str]]:
    """What the added `actor` would take that is already someone else's: another actor's files at
    `base` that its id makes its own (a longer id over a shorter one's), and files at `base` or of
    another actor's kind (`sample_files`) that lines of `head`'s CODEOWNERS newly give its team.
    Returned with those lines' patterns, which are then not told again as lines beyond its own, and
    whether its id itself takes another's files (it must then be another id)."""
    ids = sorted(a.id for a in actors)
    others = [a.id for a in actors if a.id != actor.id]
    files = list_files(root, base, ())
    taken = [p for p in files if is_data_file(p) and owner_of(p, ids) == actor.id and owner_of(p, others) is not None]
    found = []
    if taken:
        found.append(f"id:t {actor.id} skulle ta över filer som redan hör till {owner_of(taken[0], others)}: "
                     f"{_listing(taken)}. Välj ett id som inte börjar med en annan aktörs id och bindestreck.")
    if CODEOWNERS_FILE not in paths:
        return found, set(), bool(taken)
    before, after = (codeowners_rules(_text_at(root, rev, CODEOWNERS_FILE)) for rev in (base, head))
    claimed: dict[OwnerRule, list[str]] = {}
    for path in sorted({*files, *(path for other in others for path in sample_files(other))}):
        rule = codeowners_team(path, after)
        if (_names_team(rule, actor.id) and owner_of(path, ids) != actor.id
                and not _names_team(codeowners_team(path, before), actor.id)):
            claimed.setdefault(rule, []).append(path)
    own = own_patterns(actor.id)
    found += [f"{CODEOWNERS_FILE}: rad {rule.line} ({rule.pattern} {' '.join(rule.owners)}) ger teamet för {actor.id} "
              f"filerna {_listing(paths)}. Tips: En ny aktörs team äger bara {own[0]} och {own[1]}; "
              "rätta raden eller ta bort den." for rule, paths in sorted(claimed.items(), key=lambda item: item[0].line)]
    return found, {rule.pattern for rule in claimed}, bool(taken)


def _lines_to_add(actor: model.Actor, rules: list[OwnerRule], new_id: bool) -> str:
    """The CODEOWNERS lines a new actor refused for a take-over still lacks, written out after the
    closing line's "sina två rader": those of the other id it is to choose (`new_id`), or those of
    its own id that `rules` (the pull request's CODEOWNERS) do not have; "" when it has both."""
    team = f"@{_organisation(rules)}/"
    if new_id:
        return (f"Med ett nytt id i stället för {actor.id} är de raderna "
                + " och ".join(f"{pattern} {team}<nytt id>" for pattern in own_patterns("<nytt id>")) + ".")
    # A line of its pattern for another team is not its line (`/plans/bergby-l-* @ORG/bergby-a`
    # swapped with the claim's team: it was said to be there).
    missing = [f"{pattern} {team}{actor.id}" for pattern in own_patterns(actor.id)
               if not any(rule.pattern == pattern and _names_team(rule, actor.id) for rule in rules)]
    return f"För {actor.id} saknas ännu {' och '.join(missing)}." if missing else ""


def _names_team(rule: Optional[OwnerRule], actor_id: str) -> bool:
    """Whether `rule` names the team of `actor_id` among its owners, in any organisation and case
    (GitHub reads a team's name so): another organisation's is no less a claim."""
    return rule is not None and any(owner.lower().partition("/")[2] == actor_id for owner in rule.owners)


def _registry_problems(root: Path, base: str, head: str, paths: list[str], actor: model.Actor,
                       actors: list[model.Actor], claiming: set[str],
                       replaced: Optional[model.Actor] = None) -> list[str]:
    """What, besides adding `actor`, the pull request changes in the registry part; CODEOWNERS lines
    `claiming` another's files are told as such (`_takeovers`), and not again here. An actor the
    pull request removes from the registry (an id renamed) owns no files at `head`: its lines gone
    were told to be put back with its team, for an actor no longer there. The lines of the actor
    `actor` gives a new id to (`replaced`) go with its old id, and are no change beyond it."""
    problems = []
    base_ids = [a.id for a in actors if a.id != actor.id]
    kept = {a.id for a in actors_at(root, head)}
    ids = sorted(a.id for a in actors if a.id in kept)
    if MUNICIPALITIES_FILE in paths:
        before = {m.id: m for m in municipalities_at(root, base)}
        after = {m.id: m for m in municipalities_at(root, head)}
        if any(after.get(key) != value for key, value in before.items()):
            problems.append(f"{MUNICIPALITIES_FILE}: befintliga kommuner ändras eller tas bort.")
        extra = sorted(set(after) - set(before))
        if extra and extra != [actor.municipality]:
            problems.append(f"{MUNICIPALITIES_FILE}: bara den nya aktörens kommun ({actor.municipality}) får "
                            f"läggas till, inte {', '.join(extra)}.")
    if CODEOWNERS_FILE in paths:
        before = {(r.pattern, r.owners) for r in codeowners_rules(_text_at(root, base, CODEOWNERS_FILE))}
        text = _text_at(root, head, CODEOWNERS_FILE)
        after = {(r.pattern, r.owners) for r in codeowners_rules(text)}
        gone = sorted(p for p, _ in before - after if replaced is None or p not in own_patterns(replaced.id))
        if gone:
            problems.append(f"{CODEOWNERS_FILE}: befintliga rader ändras eller tas bort: {_listing(gone)}.")
        own = own_patterns(actor.id)
        foreign = sorted(p for p, _ in after - before if p not in own and p not in claiming)
        if foreign:  # often its own line mistyped (`/plans/falun-s*`): the hint shows how it is written
            problems.append(f"{CODEOWNERS_FILE}: nya rader som inte gäller {actor.id}: {_listing(foreign)}. Tips: En ny "
                            f"aktör lägger bara till sina två rader, skrivna just så: {own[0]} och {own[1]}; "
                            "rätta eller ta bort de andra.")
        # The new actor's files, and any file whose team this pull request changes; ownership
        # that was already wrong at the base is the maintainers' to fix.
        wrong_before = _misowned(_text_at(root, base, CODEOWNERS_FILE), base_ids)
        rules = codeowners_rules(text)
        problems += [message for path, message in _misowned(text, ids).items()
                     if path in sample_files(actor.id) or (path not in wrong_before and not _told(path, rules, claiming))]
    return problems


def _told(path: str, rules: list[OwnerRule], claiming: set[str]) -> bool:
    """Whether the rule CODEOWNERS applies to `path` is one of the lines told as `claiming` another's files."""
    rule = codeowners_team(path, rules)
    return rule is not None and rule.pattern in claiming


def _owned_files(root: Path, rev: str, actor_id: str, ids: list[str]) -> list[str]:
    """The plans and sources `actor_id` owns at `rev`."""
    return [path for path in list_files(root, rev, (PLANS_DIR, SOURCES_DIR))
            if is_data_file(path) and owner_of(path, ids) == actor_id]


def _text_at(root: Path, rev: str, path: str) -> str:
    if not list_files(root, rev, (path,)):
        return ""
    return git(root, "show", f"{rev}:./{path}").decode("utf-8", "replace")


# --- the verdict ------------------------------------------------------------------------------
@dataclass(frozen=True)
class Verdict:
    ok: bool              # the pull request may be merged once its reviewers approve
    needs_maintainer: bool  # passes, but changes the registry: a maintainer must approve
    lines: tuple[str, ...]  # Swedish, for the log, the annotation and the office; raw file names
                            # (a name may hold a line break): escape each line where it is printed
    reminded: int = 0  # passes, with this many lines a maintainer still has to add to CODEOWNERS
    misplaced: bool = False  # refused only for files in plans/ or sources/ that no actor owns
    registry_only: bool = False  # a new party's registry part to mend: refused beside its plans, shown without

    @property
    def title(self) -> str:
        """What the verdict asks of its reader, in a few words: the annotation's title and the
        job summary's heading. "OK" alone where nothing follows to look at (beside a CODEOWNERS
        reminder, the summary's "Omfång: OK" read as though nothing were left to do)."""
        if not self.ok:  # a file misnamed or in a folder, or a new party's registry part, is no more than it may change
            if self.registry_only:
                return REGISTRY_TITLE
            return "Filer med fel namn eller på fel plats" if self.misplaced else "Pull requesten ändrar för mycket"
        if self.needs_maintainer:
            return "Ny aktör – redaktionen måste granska"
        if self.registry_only:  # a new actor's registry part without plans, with more than its own lines
            return REGISTRY_ALONE_TITLE
        if self.reminded == 1:  # "saknar rader … dem" over "har ännu ingen rad" read as more than one
            return "CODEOWNERS saknar en rad – redaktionen lägger till den"
        return "CODEOWNERS saknar rader – redaktionen lägger till dem" if self.reminded else "OK"


def _listing(paths: list[str], limit: int = 8) -> str:
    shown = ", ".join(paths[:limit])
    return shown + (f" och {len(paths) - limit} till" if len(paths) > limit else "")


def _named(actor: model.Actor, added: list[model.Actor], renamed: Collection[str] = ()) -> str:
    new = ", nytt id" if actor.id in renamed else ", ny aktör" if actor in added else ""
    return f"{actor.name} ({actor.id}{new})"


def describe(scope: Scope) -> Verdict:
    """The Swedish verdict: what the pull request touches and, if refused, what to do."""
    new = scope.new_actor
    if new is not None:
        files = len(scope.by_actor[new.id])
        return Verdict(True, True, (
            f"OK, men redaktionen måste granska: ändringen lägger till en ny aktör, {new.name} ({new.id}), "
            f"med dess egna planer: {count(files, 'fil', 'filer')} i plans/ och sources/.",
            f"Registerdelen ({', '.join(scope.registry)}) ägs av redaktionen i .github/CODEOWNERS, så pull "
            "requesten kan inte slås ihop förrän redaktionen har godkänt den.",
            *scope.notes,
        ))
    if scope.ok:
        if scope.by_actor:
            (actor, paths), = scope.by_actor.items()
            return Verdict(True, False, (f"OK: ändringen rör bara {scope.actors[actor].name} ({actor}): "
                                         f"{count(len(paths), 'fil', 'filer')} i plans/ och sources/.",))
        # A new actor's registry part without its plans yet: what it changes besides its own lines is
        # shown, as beside its plans (a wrong team on its own CODEOWNERS line passed unsaid).
        mend = _registry_lines(scope) + [REGISTRY_ALONE_HINT] if len(scope.added) == 1 and scope.registry_problems else []
        return Verdict(True, False, ("OK: ändringen rör inga partiers planer; redaktionen granskar den.",
                                     *(_new_id_line(new_id, old) for new_id, old in sorted(scope.renamed.items())),
                                     *mend, *scope.notes), reminded=scope.missing_lines, registry_only=bool(mend))
    return Verdict(False, False, tuple(_refusal(scope)), misplaced=scope.misplaced, registry_only=scope.registry_only)


# How a verdict's line that belongs to a list above it starts (the log shows it so; the job
# summary makes a Markdown list of them).
LIST_LINE = "  - "


def _registry_lines(scope: Scope) -> list[str]:
    """What a new actor would take that is someone else's, and what a new actor's pull request changes
    in the registry besides its own lines, each as a list."""
    lines = []
    if scope.takeovers:
        lines += ["Den här pull requesten ger en ny aktör filer som redan hör till någon annan:",
                  *(f"{LIST_LINE}{problem}" for problem in scope.takeovers)]
    if scope.added and scope.registry_problems:
        new_id = scope.added[0].id
        added = (f"ger {scope.renamed[new_id].id} det nya id:t {new_id} men ändrar mer i registret än aktörens egna rader"
                 if new_id in scope.renamed else
                 f"lägger till {new_id} men ändrar mer i registret än den nya aktörens egna rader")
        lines += [f"Den här pull requesten {added}:", *(f"{LIST_LINE}{problem}" for problem in scope.registry_problems)]
    return lines


def _new_id_line(new_id: str, old: model.Actor) -> str:
    return f"Den här pull requesten byter id för en aktör i {ACTORS_FILE}, {old.name}: {old.id} blir {new_id}."


def _refusal(scope: Scope) -> list[str]:
    lines = []
    if len(scope.added) > 1 and scope.by_actor:  # a maintainer may add several without plans
        lines.append(f"Den här pull requesten lägger till {len(scope.added)} nya aktörer i {ACTORS_FILE}: "
                     f"{', '.join(a.id for a in scope.added)}. Lägg till en aktör per pull request.")
    new_id = scope.added[0].id if len(scope.added) == 1 else None
    if new_id in scope.renamed:
        # A maintainer's new id for an actor: told as a new party beside another's plans, it read as
        # a party's slip.
        lines.append(f"{_new_id_line(new_id, scope.renamed[new_id])} Den ändrar filerna under båda id:n:")
        lines += [f"{LIST_LINE}{_named(scope.actors[a], scope.added, scope.renamed)}: {_listing(p)}"
                  for a, p in sorted(scope.by_actor.items())]
        lines.append(f"Redaktionen byter ett id i registret, i aktörens filnamn och i dess rader i {CODEOWNERS_FILE} i en "
                     "och samma pull request, som inte kan delas upp. Redaktionen slår ihop den trots den här kontrollen "
                     "när den är granskad.")
    elif new_id and set(scope.by_actor) - {new_id}:
        lines.append(f"Den här pull requesten lägger till en ny aktör, {_named(scope.added[0], [])}, och ändrar "
                     f"planer för {count(len(scope.by_actor), 'aktör', 'aktörer')}:")
        lines += [f"{LIST_LINE}{_named(scope.actors[a], scope.added)}: {_listing(p)}" for a, p in sorted(scope.by_actor.items())]
        lines.append("Ett nytt parti lämnar in sin egen post i registret och sina egna planer, inget annat; "
                     "andra aktörers planer ändras i en egen pull request per aktör.")
    elif len(scope.by_actor) > 1:
        lines.append(f"Den här pull requesten ändrar planer för {len(scope.by_actor)} aktörer:")
        lines += [f"{LIST_LINE}{_named(scope.actors[a], scope.added)}: {_listing(p)}" for a, p in sorted(scope.by_actor.items())]
        lines.append("Ett parti lämnar in sina egna planer; dela upp ändringen i en pull request per aktör.")
    if scope.unowned:
        lines.append(f"Den här pull requesten ändrar filer i plans/ eller sources/ som ingen aktör i registret äger: "
                     f"{_listing(scope.unowned)}")
        # A new party that has added itself is told its own id, not to add itself (the walk-through:
        # a plan put in a folder of plans/ was told "Är ert parti nytt: lägg till det").
        # A source is offered a source's name (`.txt`), a plan a plan's: a text in a folder of sources/
        # was offered `….yaml`, a plan's name, which moved so would be no source.
        stem = f"{scope.added[0].id if len(scope.added) == 1 else 'eskilstuna-v'}-socialnamnden-2026"
        example = " och ".join(f"{stem}.{suffix}" for folder, suffix in ((PLANS_DIR, "yaml"), (SOURCES_DIR, "txt"))
                               if any(path.partition("/")[0] == folder for path in scope.unowned))
        if len(scope.added) == 1:
            example += f", med id:t {scope.added[0].id} som pull requesten lägger till där"
        lines.append("Filerna ska ligga direkt i plans/ och sources/ och heta <aktörens id>-…, med ett id ur "
                     f"{ACTORS_FILE} (till exempel {example})." + ("" if scope.added else
                     f" Är ert parti nytt: lägg till det i {ACTORS_FILE} i samma pull request, eller öppna ett issue "
                     "med formuläret ”Lägg till vårt parti”."))
    if scope.editor_files:
        lines.append(f"Den här pull requesten ändrar ett redigeringsprograms tillfälliga filer: {_listing(scope.editor_files)}")
        lines.append("En sådan fil skriver redigeringsprogrammet bredvid filen det har öppen; den hör inte hemma i repot. Ta bort "
                     "den ur pull requesten (git rm --cached <fil>), så blir bara planen och källtexten kvar.")
    lines += _registry_lines(scope)
    others = scope.other + ([] if scope.added else scope.registry)
    if scope.by_actor and others:
        lines.append("Den här pull requesten ändrar både planer och andra filer (kod, mallar, register, "
                     f"arbetsflöden eller dokumentation): {_listing(others)}")
        lines.append("Ta bort de andra filerna ur pull requesten, eller be redaktionen lägga in dem separat.")
    # "Sådana ändringar behöver en pull request från webbplatsens redaktion" after a new party's own
    # CODEOWNERS line mistyped sent it to the maintainers for what it mends itself (the walk-through).
    closing = " ".join([TAKEOVER_HINT, *filter(None, scope.lines_to_add)]) if scope.takeovers else NEW_ACTOR_HINT
    lines.append(closing if scope.registry_only else MISPLACED_HINT if scope.misplaced
                 else RENAME_HINT if new_id in scope.renamed else MAINTAINER_HINT)
    return lines


def check_scope(root: Path, base: str, head: str = "HEAD") -> Verdict:
    """Whether the change from `base` to `head` is one a party office may make, and why.

    Ownership comes from the registry at `base`; what the pull request changes in the
    registry is read from the merge base to `head`, like the changed paths.
    """
    base_rev, head_rev = resolve(root, base), resolve(root, head)
    merge_base = git(root, "merge-base", base_rev, head_rev).decode().strip()
    paths = changed_paths(root, base_rev, head_rev)
    actors = actors_at(root, base_rev)
    added, problems, renamed = [], [], {}
    if ACTORS_FILE in paths:
        added, problems, renamed = _added_actors(root, head_rev, actors_at(root, merge_base))
        added = [a for a in added if a.id not in {known.id for known in actors}]
    scope = classify(paths, actors, added, set(changed_paths(root, base_rev, head_rev, deleted=True)))
    # A new id told as such where the pull request moves the actor's files to it: its old entry and
    # CODEOWNERS lines gone are then the new id's, not changes beyond a new actor's own.
    # So is one whose old id has no files to move (a registry entry and CODEOWNERS lines alone), of
    # its own municipality: a new party of another's name, beside that party's entry removed, was
    # told as "dalby-x blir bergby-g" and the entry removed left unsaid.
    municipality = {a.id: a.municipality for a in added}
    scope.renamed = {new_id: old for new_id, old in renamed.items() if new_id in municipality and (
        old.id in scope.by_actor and set(scope.by_actor) <= {new_id, old.id}
        or not scope.by_actor and municipality[new_id] == old.municipality
        and not _owned_files(root, merge_base, old.id, [a.id for a in actors]))}
    problems = [p for p in problems if p not in {_entry_removed(old.id) for old in scope.renamed.values()}]
    # Every added actor's take-overs, also in a maintainer's change without plans, which no other
    # finding refuses: merged, another's plans would be refused or approved by the new actor's team.
    claiming: set[str] = set()
    rules = codeowners_rules(_text_at(root, head_rev, CODEOWNERS_FILE))
    for actor in added:
        found, lines, by_id = _takeovers(root, merge_base, head_rev, paths, actor, [*actors, *added])
        scope.takeovers += found
        claiming |= lines
        if found:
            scope.lines_to_add.append(_lines_to_add(actor, rules, by_id))
    if len(added) == 1:
        problems += _registry_problems(root, merge_base, head_rev, paths, added[0], [*actors, *added], claiming,
                                       scope.renamed.get(added[0].id))
    # Each added actor without its lines, also in a maintainer's change that adds actors without
    # plans or lines for some of them only; a new party's own lines are judged as its problems,
    # which a change without its plans does not show (one line mistyped passed as "OK" alone).
    if CODEOWNERS_FILE not in paths or len(added) != 1 or not scope.by_actor:
        patterns = {rule.pattern for rule in rules}
        for actor in added:
            team = f"{'partiets' if actor.kind == 'party' else 'aktörens'} team"
            missing = [line for line in own_patterns(actor.id) if line not in patterns]
            scope.missing_lines += len(missing)
            if len(missing) == 2:
                scope.notes.append(f"{CODEOWNERS_FILE} har ännu inga rader för {actor.id}: redaktionen lägger till "
                                   f"{missing[0]} och {missing[1]} och {team}.")
            elif missing:  # one of the two: the other is there, and was offered to be added too
                scope.notes.append(f"{CODEOWNERS_FILE} har ännu ingen rad {missing[0]} för {actor.id}: redaktionen "
                                   f"lägger till den med {team}.")
    scope.registry_problems = problems
    return describe(scope)
