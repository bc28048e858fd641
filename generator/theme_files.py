"""The theme's static files as MkDocs lists them, kept between the rebuilds of `mkdocs serve`
while no folder of the theme changed.

Every build MkDocs walks the theme's folders (`Files.add_files_from_theme`: Material's 14,514
files, icons included) and matches each name against a score of patterns, to keep the 60-odd
it copies to the site: about 45 ms of processor time, an eighth of a rebuild after one plan's
edit. Which names the walk finds changes only when a file or folder is added, removed or
renamed in one of the theme's folders, and each such change gives the folder holding it a new
modification time; which of them the patterns keep depends only on the name and the theme's
`static_templates`. So the filtered list is kept with the modification time of every folder
the walk went through, and given again while all of them are as they were (a folder changed
just before the walk is walked again: coarse time stamps may hide a change following it at
once). MkDocs still asks of each name whether the file is there and which folder holds it.

Only MkDocs' own filter, over a theme's plain folder loader, is answered so: any other listing
(another filter, an extension list, another loader) is made as Jinja makes it.
"""

from __future__ import annotations

import os
import time
import types
from typing import Callable, Optional

import jinja2
from mkdocs import utils
from mkdocs.structure.files import Files


# Every name MkDocs 1.6's filter reads: the file's name, and what the kept listing's key holds
# (`config.theme.static_templates`, `utils.markdown_extensions`) or what never changes
# (`fnmatch`, the list's methods). A filter of another MkDocs that reads something else (the
# configuration's `exclude_docs`, say) would be answered from a listing kept under a key that
# misses it, and serve a file it now leaves out: such a filter is not recognised, its
# listings are made as Jinja makes them, and tests/test_serve.py says so.
_KEYED_READS = frozenset({"config", "theme", "static_templates", "utils", "markdown_extensions", "append", "extend",
                          "fnmatch", "lower"})


def _mkdocs_filter() -> Optional[types.CodeType]:
    """The code of the filter `Files.add_files_from_theme` passes: what tells its calls from any
    other. None if a version of MkDocs has none, or one reading more than the key holds
    (`_KEYED_READS`), which leaves every listing as Jinja makes it."""
    found = next((const for const in Files.add_files_from_theme.__code__.co_consts
                  if isinstance(const, types.CodeType) and const.co_name == "filter"), None)
    return found if found is not None and _reads(found) <= _KEYED_READS else None


def _reads(code: types.CodeType) -> set[str]:
    """The global, attribute and closure names `code` and the functions inside it read."""
    return set(code.co_names) | set(code.co_freevars) | {
        name for const in code.co_consts if isinstance(const, types.CodeType) for name in _reads(const)}


_FILTER = _mkdocs_filter()

# The coarsest time stamps a theme's folder may have: two seconds on FAT (a clock tick on ext4).
_COARSEST_NS = 2_000_000_000


class ThemeFiles:
    """The last listing of a theme's files through MkDocs' filter: its key (the loader's
    folders and the settings the filter reads), the folders' modification times, the names."""

    def __init__(self) -> None:
        self._key: Optional[tuple] = None
        self._folders: tuple[tuple[str, Optional[int]], ...] = ()
        self._names: list[str] = []

    def keep(self, env: jinja2.Environment, static_templates) -> None:
        """Have `env` answer MkDocs' listing from what was kept while the folders are unchanged."""
        made = env.list_templates

        def list_templates(extensions=None, filter_func: Optional[Callable[[str], bool]] = None) -> list[str]:
            loader = env.loader
            if (extensions is not None or _FILTER is None or getattr(filter_func, "__code__", None) is not _FILTER
                    or type(loader) is not jinja2.FileSystemLoader):
                return made(extensions, filter_func)
            key = (tuple(loader.searchpath), loader.followlinks, tuple(sorted(static_templates)),
                   tuple(utils.markdown_extensions))
            if key != self._key or _modified(self._folders):
                # Told before the walk: a folder changed during it is found changed next time.
                began = time.time_ns()
                self._key, self._folders = None, _folder_times(loader.searchpath, loader.followlinks)
                self._names = made(None, filter_func)
                # A folder changed within a time stamp's coarseness of the walk may change again
                # and keep its time (git's "racy" files): its listing is made again next time.
                if not any(stamp is not None and stamp > began - _COARSEST_NS for _, stamp in self._folders):
                    self._key = key
            return list(self._names)

        env.list_templates = list_templates


def _folder_times(tops, followlinks: bool) -> tuple[tuple[str, Optional[int]], ...]:
    """Every folder the loader's walk goes through, with its modification time; and each of
    the loader's folders, also one that is not there (yet)."""
    folders = dict.fromkeys([*tops, *(folder for top in tops for folder, _, _ in os.walk(top, followlinks=followlinks))])
    return tuple((folder, _time(folder)) for folder in folders)


def _modified(folders: tuple[tuple[str, Optional[int]], ...]) -> bool:
    return any(_time(folder) != time for folder, time in folders)


def _time(folder: str) -> Optional[int]:
    try:
        return os.stat(folder).st_mtime_ns
    except OSError:  # not there
        return None
