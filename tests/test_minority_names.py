"""Names in Sweden's minority languages (Sami, Finnish, Meänkieli) and names with unusual
letters: the ids suggested for them keep every letter, whichever command suggests one."""

from __future__ import annotations

import pytest


def _add_municipality(project, municipality_id: str, name: str) -> None:
    registry = project / "registry" / "municipalities.yaml"
    registry.write_text(registry.read_text(encoding="utf-8") + f"  - id: {municipality_id}\n    name: {name}\n",
                        encoding="utf-8")


@pytest.mark.parametrize("written, suggested", [
    ("Jåhkåmåhkke", "jahkamahkke"),
    ("Dals-Ed", "dals-ed"),
    ("Jiellevárri", "jiellevarri"),
    ("Čohkkiras", "cohkkiras"),
    # Letters with no accent to take off (Northern Sami đ, ŋ, ŧ; Icelandic ð): their base letter,
    # not a gap that splits or shortens the word ("avvi-uorra").
    ("Đavvi Ŋuorra", "davvi-nuorra"),
    ("Ŧ-bákti", "t-bakti"),
    ("Ðalur", "dalur"),
])
def test_validate_suggests_an_id_with_every_letter_of_the_name(project, cli, written, suggested):
    _add_municipality(project, f'"{written}"', written)
    result = cli("--root", str(project), "validate")
    assert f"'{written}' är inget giltigt id. Tips: Använd bara små bokstäver a–z (inte å, ä, ö), siffror och " \
           f"bindestreck, t.ex. `{suggested}`." in result.err, result.err
