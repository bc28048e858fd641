"""Compiled templates, kept on disk between processes, beside the generator's own bytecode
(`generator/__pycache__/templates/`): the generator's own (`CompiledTemplates`) and the theme's,
in the environment MkDocs makes and the hook extends (`ThemeTemplates`). Compiling the
generator's templates costs about 0.2 s of processor time, a fifth of a small site's build,
and the theme's about as much again, and every process that renders (each `make build`, each
start of `make serve`, each `python -m generator build`, each build the tests start) paid it again.

As Python writes a module's bytecode, an entry is written only where bytecode may be written
(PYTHONDONTWRITEBYTECODE unset), or by `python -m generator.render` (`render.compile_templates`)
and `python -m generator.theme_templates`, which `make test` runs once, as it runs compileall.
An entry serves only the very text it was compiled from (Jinja checks the template's checksum,
and its own and Python's version) and only the environment that compiled it: its key holds the
digest of render.py, where the generator's environment's settings and its code generator are,
or for the theme a description of its environment (`described_environment`: the versions of
Jinja, MkDocs and the theme, the environment's settings, its filters and tests as the compiled
code calls them, and its loaders with the hook's own templates). An entry is read only as a
regular file inside the repository (`load.read_bytes`): a link, or a folder that leads out of
the checkout, is no entry. A copy of the generator folder (each test project's) brings the
entries along; the compiled code is told where its template lies now, so that a traceback
names the file that was read.
"""

from __future__ import annotations

import hashlib
import importlib.metadata
import os
import pickle
import sys
import types
from pathlib import Path
from typing import Any, Optional

import jinja2

from .load import read_bytes

FOLDER = Path(__file__).parent / "__pycache__" / "templates"
_ROOT = Path(__file__).parent.parent  # the repository: an entry is read only inside it
_ENVIRONMENT = os.path.realpath(sys.prefix)  # the Python environment, read once (`_where`)
_FOLDER_IN_ROOT = FOLDER.relative_to(_ROOT).as_posix()
_RENDER = Path(__file__).parent / "render.py"
_ENTRY_BYTES = 4 * 1024 * 1024  # the largest entry read; the theme's largest is about 60 KB
# The packages whose code the theme's compiled templates were made by, or call.
_THEME_PACKAGES = ("jinja2", "mkdocs", "mkdocs-material")


class _KeptTemplates(jinja2.BytecodeCache):
    """Jinja's bytecode cache in `FOLDER`: an entry for each template of each environment
    (`fingerprint`), by the template's name and, inside the repository, its path there."""

    def __init__(self) -> None:
        self.write = not sys.dont_write_bytecode  # the steps `make test` runs write whatever it says

    def fingerprint(self, environment: jinja2.Environment) -> str:
        raise NotImplementedError

    def get_bucket(self, environment, name, filename, source):
        # Not Jinja's key, which holds the file's path: a copy of the generator reads its own.
        key = hashlib.sha256(f"{self.fingerprint(environment)}|{name}|{_where(filename)}".encode("utf-8")).hexdigest()
        bucket = jinja2.bccache.Bucket(environment, key, self.get_source_checksum(source))
        self.load_bytecode(bucket)
        if bucket.code is not None and filename and bucket.code.co_filename != filename:
            bucket.code = _relocated(bucket.code, filename)
        return bucket

    def load_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        self._read(bucket)

    @staticmethod
    def _read(bucket: jinja2.bccache.Bucket) -> Optional[bytes]:
        """The entry's bytes, loaded into `bucket`, if it is a regular file inside the repository
        holding code compiled from the bucket's text."""
        raw, _ = read_bytes(_ROOT, f"{_FOLDER_IN_ROOT}/{bucket.key}.jinja", _ENTRY_BYTES)
        return raw if raw is not None and _load(bucket, raw) else None

    def dump_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        if not self.write:
            return
        try:
            FOLDER.mkdir(parents=True, exist_ok=True)
            if os.path.realpath(FOLDER) != os.path.join(os.path.realpath(_ROOT), *Path(_FOLDER_IN_ROOT).parts):
                return  # a folder that leads out of the repository: never read, so not written
            jinja2.FileSystemBytecodeCache(str(FOLDER), "%s.jinja").dump_bytecode(bucket)
        except OSError:  # a read-only checkout or a full disk: the build goes on without
            pass


class CompiledTemplates(_KeptTemplates):
    """The compiled templates of one environment of render.py (`kind`)."""

    def __init__(self, kind: str):
        super().__init__()
        self._fingerprint = f"{hashlib.sha256(_RENDER.read_bytes()).hexdigest()}|{kind}"

    def fingerprint(self, environment: jinja2.Environment) -> str:
        return self._fingerprint


class ThemeTemplates(_KeptTemplates):
    """The theme's compiled templates, kept on disk and, for the life of the process, in
    memory: `mkdocs serve` makes a new template environment for every rebuild, and would read
    or compile the theme's templates again (a quarter of a dirty rebuild)."""

    def __init__(self) -> None:
        super().__init__()
        self._kept: dict[str, bytes] = {}
        self._described: tuple[Optional[jinja2.Environment], str] = (None, "")

    def fingerprint(self, environment: jinja2.Environment) -> str:
        # Described at its first template: by then MkDocs and every plugin have set it up.
        if self._described[0] is not environment:
            self._described = (environment, described_environment(environment))
        return self._described[1]

    def load_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        kept = self._kept.get(bucket.key)
        if kept is not None:
            _load(bucket, kept)
        elif (raw := self._read(bucket)) is not None:
            self._kept[bucket.key] = raw

    def dump_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        self._kept[bucket.key] = bucket.bytecode_to_string()
        super().dump_bytecode(bucket)


def _load(bucket: jinja2.bccache.Bucket, raw: bytes) -> bool:
    """Whether `raw` held code compiled from the bucket's text, now loaded into it."""
    try:
        bucket.bytecode_from_string(raw)
    except (pickle.UnpicklingError, EOFError, ValueError):  # a damaged entry: compiled as if there were none
        bucket.reset()
    return bucket.code is not None


def described_environment(env: jinja2.Environment) -> str:
    """What the code Jinja compiles in `env` depends on besides the template's text, as one
    string: the packages' versions, the environment's syntax and settings, how each filter and
    test is called (with the context or not, which Jinja fixes when it compiles) and the loaders,
    with the text of every template given in memory (the hook's overrides)."""
    settings = ("block_start_string", "block_end_string", "variable_start_string", "variable_end_string",
                "comment_start_string", "comment_end_string", "line_statement_prefix", "line_comment_prefix",
                "trim_blocks", "lstrip_blocks", "newline_sequence", "keep_trailing_newline", "optimized",
                "autoescape", "finalize", "is_async", "newstyle_gettext")
    parts = [f"{package} {importlib.metadata.version(package)}" for package in _THEME_PACKAGES]
    parts += [_named(type(env)), _named(env.code_generator_class), *sorted(env.extensions),
              *(f"{setting}={_named(getattr(env, setting, None))}" for setting in settings),
              f"policies={sorted((key, _named(value)) for key, value in env.policies.items())}",
              *(f"{kind} {name} {getattr(function, 'jinja_pass_arg', None)}"
                for kind, functions in (("filter", env.filters), ("test", env.tests))
                for name, function in sorted(functions.items())),
              _loader(env.loader)]
    return hashlib.sha256("\n".join(parts).encode("utf-8")).hexdigest()


def _loader(loader: Any) -> str:
    if isinstance(loader, jinja2.ChoiceLoader):
        return "choice(" + ", ".join(_loader(each) for each in loader.loaders) + ")"
    if isinstance(loader, jinja2.PrefixLoader):
        return f"prefix({loader.delimiter!r}, " + ", ".join(
            f"{prefix!r}: {_loader(each)}" for prefix, each in sorted(loader.mapping.items())) + ")"
    if isinstance(loader, jinja2.DictLoader):
        texts = "\n".join(f"{name!r}: {text!r}" for name, text in sorted(loader.mapping.items()))
        return f"dict({hashlib.sha256(texts.encode('utf-8')).hexdigest()})"
    if isinstance(loader, jinja2.FileSystemLoader):
        return f"files({[_where(path) for path in loader.searchpath]}, {loader.encoding}, {loader.followlinks})"
    return _named(type(loader))


def _named(value: Any) -> str:
    """A setting as the same words in every process (a function by its name, not its address)."""
    name = getattr(value, "__qualname__", None)
    return f"{getattr(value, '__module__', '')}.{name}" if name is not None else repr(value)


def _where(filename: Optional[str]) -> str:
    """A template's file inside the repository by its path there (alike in a copy), others' as they are.
    The Python environment's (the theme's own templates) by their real path, also where the
    environment lies inside the repository (`make setup`'s .venv): a copy of the project is built
    by that same environment, where they lie outside the copy, and a process started by an entry
    script (`mkdocs`) runs in the environment its first line names, which may be where a link to
    it leads (a worktree sharing .venv)."""
    if filename is None:
        return ""
    real = os.path.realpath(filename)
    if Path(real).is_relative_to(_ENVIRONMENT):
        return real
    try:
        return Path(filename).relative_to(_ROOT).as_posix()
    except ValueError:
        return filename


def _relocated(code: types.CodeType, filename: str) -> types.CodeType:
    """`code`, and the code inside it, as compiled from `filename`."""
    inner = tuple(_relocated(const, filename) if isinstance(const, types.CodeType) else const
                  for const in code.co_consts)
    return code.replace(co_filename=filename, co_consts=inner)
