"""The generator's compiled templates, kept on disk between processes, beside the generator's
own bytecode (`generator/__pycache__/templates/`). Compiling the templates costs about 0.2 s
of processor time, a fifth of a small site's build, and every process that renders (each
`make build`, each start of `make serve`, each `python -m generator build`) paid it again.

As Python writes a module's bytecode, an entry is written only where bytecode may be written
(PYTHONDONTWRITEBYTECODE unset), or by `python -m generator.render` (`render.compile_templates`),
which `make test` runs once, as it runs compileall. An entry serves only the very text it was
compiled from (Jinja checks the template's checksum, and its own and Python's version) and only
the environment that compiled it: its key holds the digest of render.py, where the environment's
settings and its code generator are. A copy of the generator folder (each test project's)
brings the entries along; the compiled code is told where its template lies now, so that a
traceback names the file that was read.
"""

from __future__ import annotations

import hashlib
import sys
import types
from pathlib import Path

import jinja2

FOLDER = Path(__file__).parent / "__pycache__" / "templates"
_RENDER = Path(__file__).parent / "render.py"


class CompiledTemplates(jinja2.FileSystemBytecodeCache):
    """Jinja's bytecode cache in `FOLDER`, for one environment of render.py (`kind`)."""

    def __init__(self, kind: str):
        super().__init__(str(FOLDER), "%s.jinja")
        self.fingerprint = f"{hashlib.sha256(_RENDER.read_bytes()).hexdigest()}|{kind}"
        self.write = not sys.dont_write_bytecode  # `render.compile_templates` writes whatever it says

    def get_cache_key(self, name: str, filename: str | None = None) -> str:
        # Not the file's path, which Jinja's key holds: a copy of the generator reads its own.
        return hashlib.sha256(f"{self.fingerprint}|{name}".encode("utf-8")).hexdigest()

    def get_bucket(self, environment, name, filename, source):
        bucket = super().get_bucket(environment, name, filename, source)
        if bucket.code is not None and filename and bucket.code.co_filename != filename:
            bucket.code = _relocated(bucket.code, filename)
        return bucket

    def load_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        try:
            super().load_bytecode(bucket)
        except OSError:  # unreadable: compiled as if there were none
            bucket.reset()

    def dump_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        if not self.write:
            return
        try:
            FOLDER.mkdir(parents=True, exist_ok=True)
            super().dump_bytecode(bucket)
        except OSError:  # a read-only checkout or a full disk: the build goes on without
            pass


def _relocated(code: types.CodeType, filename: str) -> types.CodeType:
    """`code`, and the code inside it, as compiled from `filename`."""
    inner = tuple(_relocated(const, filename) if isinstance(const, types.CodeType) else const
                  for const in code.co_consts)
    return code.replace(co_filename=filename, co_consts=inner)

