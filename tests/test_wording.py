"""Everything voters and party offices read names one thing by one Swedish word.

The messages of `validate`, the pull request's summary, the templates and the guide are read
side by side: a party office told to open "redigeringsprogrammet" in one message and "editorn"
in the next cannot know it is the same program. Each rule below names the words that were
found in place of the project's own term; the test reads every Swedish text the project
writes (the generator's strings, not its docstrings; the templates without their comments; the
guide and the contributors' note) and names the file and the words.
"""

from __future__ import annotations

import ast
import json
import re
from pathlib import Path

import pytest

from conftest import REPO, once_per_run

# (what is written instead, the project's term): the term as it is written everywhere else.
WORDS = [
    (r"\beditor(?:n|ns|er|erna)?\b", "redigeringsprogram(met)"),
    (r"\bredigerare(?:n|ns|s)?\b", "redigeringsprogram(met)"),
    (r"\bwebbeditor(?:n|ns)?\b", "webbredigerare (GitHubs)"),
    # GitHub's tab where the first errors stand by their lines, as the guide names it.
    (r"\bdiff(?:en|ar|arna)?\b", "vid raderna under fliken Files changed"),
    # A compound with a name is one word, joined by a hyphen (Språkrådet): not two.
    (r"\bmacOS metadata\b", "macOS-metadata"),
]

# A string in the generator is Swedish text when it has a Swedish letter or word.
SWEDISH = re.compile(r"[åäöÅÄÖ]|\b(?:och|inte|det|som|för|med|att|ska|eller|finns|står|är|en|ett|på|till)\b")


def _generator_texts() -> list[tuple[str, str]]:
    texts = []
    for path in sorted((REPO / "generator").glob("*.py")):
        nodes = list(ast.walk(ast.parse(path.read_text(encoding="utf-8"))))
        docstrings = {id(node.body[0].value) for node in nodes
                      if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef))
                      and node.body and isinstance(node.body[0], ast.Expr)}
        texts += [(f"{path.relative_to(REPO)}:{node.lineno}", node.value) for node in nodes
                  if isinstance(node, ast.Constant) and isinstance(node.value, str)
                  and id(node) not in docstrings and SWEDISH.search(node.value)]
    return texts


def _page_texts() -> list[tuple[str, str]]:
    # A template's comments are for its maintainers, in English: `{%# … #%}` (render.py; `{#id}`
    # is Markdown's anchor).
    comment = re.compile(r"\{%#.*?#%\}", re.S)
    pages = sorted((REPO / "generator" / "templates").glob("*.j2")) + [REPO / "docs" / "bidra.md",
                                                                       REPO / "docs" / "bidra" / "falt.md", REPO / "CONTRIBUTING.md"]
    return [(str(path.relative_to(REPO)), comment.sub("", path.read_text(encoding="utf-8"))) for path in pages]


@pytest.fixture(scope="session")
def texts(tmp_path_factory) -> list[tuple[str, str]]:
    """Every text the rules read, (place, text): read once in the run and shared by its test
    processes (`once_per_run`), not by each process as it collects the tests (0.7 s each)."""
    def read(folder: Path) -> None:
        (folder / "texts.json").write_text(json.dumps(_generator_texts() + _page_texts()), encoding="utf-8")

    folder = once_per_run(tmp_path_factory, "wording-texts", read)
    return [(place, text) for place, text in json.loads((folder / "texts.json").read_text(encoding="utf-8"))]


def test_the_texts_are_read(texts):
    """The rules below read the messages and the pages, not nothing."""
    places = {place.split(":")[0] for place, _ in texts}
    assert {"generator/checks.py", "generator/load.py", "generator/scope.py", "docs/bidra.md",
            "generator/templates/compare.md.j2"} <= places
    # Without the templates' comments, which are English ("the diff" may stand there).
    assert [place for place, text in texts if "{%#" in text] == []


@pytest.mark.parametrize("written, term", WORDS, ids=[term for _, term in WORDS])
def test_one_word_for_one_thing(texts, written, term):
    found = [(place, match.group(0)) for place, text in texts for match in re.finditer(written, text)]
    assert not found, f"skriv {term}: {found}"
