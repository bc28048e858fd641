"""Which files a pull request touches, and whose they are.

A party office's pull request may change the plans and archived sources of one actor
(`plans/<actor>-….yaml`, `sources/<actor>-….txt`) and nothing else. Plans of several
actors, or plans together with code, templates, registries or workflows, need a
maintainer's pull request. The actor list is read at the base revision, so a pull request
cannot make its own files someone else's by editing the registry.

This module also owns the small git helpers that `changes` uses to read a revision.
"""

from __future__ import annotations

import subprocess
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Optional

from . import model
from .errors import ValidationFailed
from .load import read_document, validate

PLANS_DIR = "plans"
SOURCES_DIR = "sources"
ACTORS_FILE = "registry/actors.yaml"
MAINTAINER_HINT = ("Sådana ändringar behöver en pull request från en förvaltare av webbplatsen (maintainer). "
                   "Ett parti lämnar bara in sina egna filer: plans/<aktörens id>-….yaml och "
                   "sources/<aktörens id>-….txt.")


class GitError(Exception):
    """A git command failed; the message is Swedish and names the command."""


# --- git --------------------------------------------------------------------------------------
def git(root: Path, *args: str) -> bytes:
    try:
        done = subprocess.run(["git", "-C", str(root), *args], capture_output=True, check=False)
    except FileNotFoundError:
        raise GitError("git finns inte installerat; installera git och försök igen.")
    if done.returncode != 0:
        detail = done.stderr.decode("utf-8", "replace").strip().splitlines()
        raise GitError(f"git {' '.join(args)} misslyckades: {detail[-1] if detail else done.returncode}")
    return done.stdout


def resolve(root: Path, rev: str) -> str:
    """The full commit id of `rev`, or a GitError that names the revision."""
    try:
        git(root, "rev-parse", "--git-dir")
    except GitError:
        raise GitError(f"{root} är inte ett git-repo; kör kommandot i en klon av repot.")
    try:
        return git(root, "rev-parse", "--verify", "--quiet", f"{rev}^{{commit}}").decode().strip()
    except GitError:
        raise GitError(f"revisionen '{rev}' finns inte i repot. Hämta den först (git fetch) "
                       "eller ange en gren, tagg eller commit som finns.")


def export_revision(root: Path, rev: str, folders: tuple[str, ...], target: Path) -> list[str]:
    """Write the files under `folders` as they are at `rev` into `target`; return their paths."""
    listing = git(root, "ls-tree", "-r", "-z", "--name-only", rev, "--", *folders)
    paths = sorted(p for p in listing.decode("utf-8").split("\0") if p)
    for relative in paths:
        destination = target / relative
        destination.parent.mkdir(parents=True, exist_ok=True)
        destination.write_bytes(git(root, "show", f"{rev}:{relative}"))
    return paths


def changed_paths(root: Path, base: str, head: str) -> list[str]:
    """Every path added, changed, deleted or renamed between the merge base and `head`."""
    output = git(root, "diff", "--name-only", "--no-renames", "-z", f"{resolve(root, base)}...{resolve(root, head)}")
    return sorted({p for p in output.decode("utf-8").split("\0") if p})


# --- ownership --------------------------------------------------------------------------------
def owner_of(path: str, actor_ids: list[str]) -> Optional[str]:
    """The actor whose plan or archived source `path` is, or None for any other file.

    The longest matching id wins, so `a-b-…` belongs to actor `a-b` rather than `a`.
    """
    folder, _, name = path.partition("/")
    if folder not in (PLANS_DIR, SOURCES_DIR) or "/" in name:
        return None
    stem = name.rsplit(".", 1)[0]
    matches = [a for a in actor_ids if stem == a or stem.startswith(a + "-")]
    return max(matches, key=len) if matches else None


@dataclass
class Scope:
    by_actor: dict[str, list[str]] = field(default_factory=dict)
    other: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return len(self.by_actor) <= 1 and not (self.by_actor and self.other)


def classify(paths: list[str], actor_ids: list[str]) -> Scope:
    scope = Scope()
    for path in sorted(paths):
        actor = owner_of(path, actor_ids)
        if actor is None:
            scope.other.append(path)
        else:
            scope.by_actor.setdefault(actor, []).append(path)
    return scope


def actors_at(root: Path, rev: str) -> list[model.Actor]:
    """The actor registry as it is at `rev`."""
    with tempfile.TemporaryDirectory(prefix="vlv-scope-") as folder:
        export_revision(root, rev, (ACTORS_FILE,), Path(folder))
        document, errors = read_document(Path(folder), ACTORS_FILE)
        parsed = None
        if not errors:
            parsed, errors = validate(document, model.ActorRegistry)
    if errors:
        raise ValidationFailed(errors)
    return list(parsed.value.actors)


# --- the verdict ------------------------------------------------------------------------------
def _listing(paths: list[str], limit: int = 8) -> str:
    shown = ", ".join(paths[:limit])
    return shown + (f" och {len(paths) - limit} till" if len(paths) > limit else "")


def describe(scope: Scope, actors: list[model.Actor]) -> str:
    """The Swedish verdict: what the pull request touches and, if refused, what to do."""
    names = {a.id: a.name for a in actors}
    if scope.ok:
        if scope.by_actor:
            (actor, paths), = scope.by_actor.items()
            return (f"OK: ändringen rör bara {names[actor]} ({actor}): {len(paths)} fil(er) "
                    f"i plans/ och sources/.")
        return "OK: ändringen rör inga partiers planer; förvaltarna granskar den."
    lines = []
    if len(scope.by_actor) > 1:
        lines.append(f"Den här pull requesten ändrar planer för {len(scope.by_actor)} aktörer:")
        lines += [f"  - {names[a]} ({a}): {_listing(p)}" for a, p in sorted(scope.by_actor.items())]
        lines.append("Ett parti lämnar in sina egna planer; dela upp ändringen i en pull request per aktör.")
    if scope.by_actor and scope.other:
        lines.append("Den här pull requesten ändrar både planer och andra filer (kod, mallar, register, "
                     f"arbetsflöden eller dokumentation): {_listing(scope.other)}")
        lines.append("Ta bort de andra filerna ur pull requesten, eller be en förvaltare lägga in dem separat.")
    lines.append(MAINTAINER_HINT)
    return "\n".join(lines)


def check_scope(root: Path, base: str, head: str = "HEAD") -> tuple[bool, str]:
    """Whether the change from `base` to `head` is one a party office may make, and why."""
    actors = actors_at(root, resolve(root, base))
    scope = classify(changed_paths(root, base, head), [a.id for a in actors])
    return scope.ok, describe(scope, actors)
