"""YAML syntax mistakes get a Swedish explanation and a fix, at the line and column to edit.

Each test is one mistake a party office makes in the web editor, in a small plan, read the
way `validate` reads every plan. No text of PyYAML's own may reach the message.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from generator.load import read_document, validate
from generator.model import Plan

PLAN = "plans/bergby-a-plan-2026.yaml"
ENGLISH = ("while parsing", "while scanning", "expected", "found", "mapping values", "<block")


def syntax_error(tmp_path: Path, text: str) -> tuple[int, int, str]:
    """(line, column, `message Tips: hint`) of the one error reading `text` as a plan gives."""
    path = tmp_path / PLAN
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    _, errors = read_document(tmp_path, PLAN)
    assert len(errors) == 1, errors
    (error,) = errors
    shown = str(error)
    assert shown.startswith(f"{PLAN}:{error.line}:{error.col}: (filen): ")
    for word in ENGLISH:
        assert word not in shown.casefold(), shown
    return error.line, error.col, f"{error.message} Tips: {error.hint}"


def test_a_field_indented_less_than_the_one_above(tmp_path):
    text = "id: bergby-a-plan-2026\nsource:\n    title: Plan\n  archive: sources/a.txt\n"
    assert syntax_error(tmp_path, text) == (
        4, 3,
        "fel indrag: raden börjar i kolumn 3, men fältet ovanför, `title` på rad 3, börjar i kolumn 5. Fält i samma "
        "block måste börja i samma kolumn. Tips: Flytta `archive` till kolumn 5 om det hör till samma block som "
        "`title` (rad 3) eller till kolumn 1 om det hör till samma block som `source` (rad 2).")


def test_a_field_of_a_list_item_indented_less_than_its_siblings(tmp_path):
    text = ("sections:\n  - heading: Trygghet\n    items:\n      - id: ingen-sover-ute\n        kind: goal\n"
            "       text: Ingen ska sova ute.\n")
    assert syntax_error(tmp_path, text) == (
        6, 8,
        "fel indrag: raden börjar i kolumn 8, men fältet ovanför, `kind` på rad 5, börjar i kolumn 9. Fält i samma "
        "block måste börja i samma kolumn. Tips: Flytta `text` till kolumn 9 om det hör till samma block som `kind` "
        "(rad 5) eller till kolumn 5 om det hör till samma block som `items` (rad 3).")


def test_a_field_indented_more_than_the_one_above(tmp_path):
    text = "id: bergby-a-plan-2026\nsource:\n  title: Plan\n   archive: sources/a.txt\n"
    assert syntax_error(tmp_path, text) == (
        4, 4,
        "fel indrag: raden börjar i kolumn 4, längre in än fältet ovanför, `title` på rad 3, som börjar i kolumn 3. "
        "Därför läses raden som en fortsättning på texten i `title`, och där får kolon följt av mellanslag inte "
        "stå. Tips: Ska `archive` vara ett eget fält, flytta det till kolumn 3 som `title`. Är raden en "
        "fortsättning på texten, sätt hela texten inom citattecken.")


def test_a_line_of_a_folded_text_indented_less_than_its_first_line(tmp_path):
    text = ("id: bergby-a-plan-2026\nsummary: >-\n    Partiets förslag för socialnämnden,\n  om hemlöshet.\n"
            "body: Socialnämnden\n")
    assert syntax_error(tmp_path, text) == (
        4, 3,
        "raden hör till texten i `summary` (rad 2) men börjar i kolumn 3, till vänster om textens första rad "
        "(rad 3), som börjar i kolumn 5. Då tar texten slut före raden. Tips: Flytta raden till kolumn 5: alla "
        "rader i en text efter `>-` ska börja i samma kolumn.")


def test_an_indented_first_field(tmp_path):
    text = "# yaml-language-server: $schema=../docs/schema/plan.schema.json\n  id: bergby-a-plan-2026\nactor: bergby-a\n"
    assert syntax_error(tmp_path, text) == (
        2, 3, "fel indrag: filens första fält, `id`, börjar i kolumn 3, men fälten längst ut i filen ska börja i "
              "kolumn 1. Tips: Ta bort mellanslagen före `id`.")


def test_something_after_the_folded_text_sign(tmp_path):
    text = "id: bergby-a-plan-2026\nsummary: >-,\n  Partiets förslag.\n"
    assert syntax_error(tmp_path, text) == (
        2, 10, "efter > börjar en text på raderna nedanför; på samma rad får bara - eller + stå efter >. Tips: Skriv "
               "`>-` ensamt efter kolonet och texten indragen på raderna under. Ska texten börja med >, sätt hela "
               "texten inom citattecken.")


def test_an_unclosed_double_quote_points_where_it_opened(tmp_path):
    text = 'id: bergby-a-plan-2026\ntitle: "Plan 2026\nbody: Socialnämnden\n'
    assert syntax_error(tmp_path, text) == (
        2, 8,
        'citattecknet " som börjar texten avslutas aldrig. Tips: Avsluta texten med " på samma rad, t.ex. '
        "title: \"Plan 2026\" – och står det \" inuti texten, sätt hela texten inom ' i stället.")


def test_an_unclosed_single_quote_closed_by_a_later_line_points_where_it_opened(tmp_path):
    text = "id: bergby-a-plan-2026\ntitle: 'Plan 2026\nsummary: 'Kort'\nbody: Socialnämnden\n"
    assert syntax_error(tmp_path, text) == (
        2, 8,
        "citattecknet ' som börjar texten avslutas inte på samma rad, så allt fram till nästa ' på rad 3 läses som "
        "en enda text. Tips: Avsluta texten med ' på samma rad, t.ex. title: 'Plan 2026' – och står det ' inuti "
        'texten, sätt hela texten inom " i stället.')


def test_an_apostrophe_inside_single_quotes(tmp_path):
    text = "id: bergby-a-plan-2026\ntitle: 'Barn's rätt'\n"
    assert syntax_error(tmp_path, text) == (
        2, 14,
        "texten fortsätter efter citattecknet ' som avslutar den. Tips: Sätt citattecken runt hela texten, av den "
        "sort som inte finns i texten: title: \"Barn's rätt\"")


def test_a_colon_inside_an_unquoted_text(tmp_path):
    text = "id: bergby-a-plan-2026\ntitle: Plan 2026: trygghet\n"
    assert syntax_error(tmp_path, text) == (
        2, 17,
        "kolon följt av mellanslag mitt i texten i `title`. Utan citattecken läses det som början på ett nytt fält. "
        'Tips: Sätt hela texten inom citattecken: title: "Plan 2026: trygghet"')


def test_a_long_line_is_shown_in_the_hint_by_its_start_and_end(tmp_path):
    """A colon in a text of 12,000 characters repeated the whole text in the hint."""
    text = "id: bergby-a-plan-2026\nsummary: Planen 2026: " + "ord " * 3000 + "slut\n"
    line, col, message = syntax_error(tmp_path, text)
    assert (line, col) == (2, 21) and len(message) < 400
    assert message.endswith('Tips: Sätt hela texten inom citattecken: summary: "Planen 2026: ord ord ord ord ord ord ord ord '
                            'ord ord ord … ord ord ord ord ord ord slut" (där … står för resten av texten, som ska stå '
                            'kvar)')


def test_a_list_item_at_the_wrong_level(tmp_path):
    text = ("sections:\n  - heading: Trygghet\n    items:\n      - id: ingen-sover-ute\n        kind: goal\n"
            "    - id: harbarge\n")
    assert syntax_error(tmp_path, text) == (
        6, 5,
        "listpunkten börjar i kolumn 5, men punkterna i listan ovanför (rad 4) börjar i kolumn 7. Punkter i samma "
        "lista måste börja i samma kolumn. Tips: Flytta `-` till kolumn 7 om punkten hör till listan på rad 4 eller "
        "till kolumn 3 om punkten hör till listan på rad 2.")


ENTRIES = ("sections:\n  - heading: Trygghet\n    items:\n      - id: ingen-sover-ute\n        kind: goal\n"
           "        text: Ingen ska sova ute.\n      - id: harbarge\n        kind: goal\n")


@pytest.mark.parametrize("dash, col", [("       - id", 8), ("     - id", 6)], ids=["in", "out"])
def test_the_first_entry_of_a_list_with_its_dash_one_column_off_is_told_on_the_dash(tmp_path, dash, col):
    """The first entry sets its list's column, so a dash one column off there was blamed on
    the line below it (`kind`, told to move beside `id`); the next entry of the list and the
    entry's own fields agree where the dash goes."""
    text = ENTRIES.replace("      - id: ingen", dash + ": ingen", 1)
    assert syntax_error(tmp_path, text) == (
        4, col,
        f"fel indrag: listpunkten börjar i kolumn {col}, så `id` börjar i kolumn {col + 2}, men punktens andra "
        "fält, som `kind` på rad 5, börjar i kolumn 9. Fält i samma punkt måste börja i samma kolumn. Tips: Flytta "
        "`-` till kolumn 7, så att `id` hamnar i kolumn 9 som `kind`, och punkten i samma kolumn som punkten på rad 7.")


@pytest.mark.parametrize("dash, col", [("        - id", 9), ("    - id", 5)], ids=["in", "out"])
def test_the_first_entry_of_a_list_with_its_dash_two_columns_off_is_told_on_the_dash(tmp_path, dash, col):
    """Two columns off, as one: it was blamed on the correct `kind` below it (Flytta `kind` till
    kolumn 11 som `id`, or, out, a text going on over `kind`)."""
    text = ENTRIES.replace("      - id: ingen", dash + ": ingen", 1)
    line, got, message = syntax_error(tmp_path, text)
    assert (line, got) == (4, col) and message.endswith(
        "Tips: Flytta `-` till kolumn 7, så att `id` hamnar i kolumn 9 som `kind`, och punkten i samma kolumn som "
        "punkten på rad 7."), message


@pytest.mark.parametrize("dash, col", [("   - quote", 4), (" - quote", 2)], ids=["in", "out"])
def test_the_first_entry_of_a_list_over_its_text_with_its_dash_one_column_off_is_told_on_the_dash(tmp_path, dash, col):
    """Its first field a `>-` text: it was blamed on the correct `reason` below the text (Flytta
    `reason` till kolumn 4), which left the entry one column off the next one."""
    text = ("excluded:\n  - quote: >-\n      Innehållsförteckning 2\n    reason: Innehåll.\n  - quote: >-\n"
            "      Status: Påbörjad\n    reason: Statusrad.\n").replace("  - quote", dash, 1)
    line, got, message = syntax_error(tmp_path, text)
    assert (line, got) == (2, col) and message.endswith(
        "Tips: Flytta `-` till kolumn 3, så att `quote` hamnar i kolumn 5 som `reason`, och punkten i samma kolumn "
        "som punkten på rad 5."), message


def test_the_only_entry_of_a_list_with_its_dash_one_column_off_is_told_on_the_dash(tmp_path):
    """Without a next entry, the list goes two columns in from its field, as the file's lists do."""
    text = ENTRIES.split("      - id: harbarge")[0].replace("      - id: ingen", "       - id: ingen", 1)
    assert syntax_error(tmp_path, text) == (
        4, 8,
        "fel indrag: listpunkten börjar i kolumn 8, så `id` börjar i kolumn 10, men punktens andra fält, som `kind` "
        "på rad 5, börjar i kolumn 9. Fält i samma punkt måste börja i samma kolumn. Tips: Flytta `-` till kolumn 7, "
        "så att `id` hamnar i kolumn 9 som `kind`, och punkten två kolumner in från `items` (rad 3).")


def test_a_field_one_column_off_in_the_first_entry_of_a_list_is_still_told_on_the_field(tmp_path):
    """The dash in its list's column (the next entry's), the field below it is the line to move."""
    text = ENTRIES.replace("        kind: goal\n        text", "       kind: goal\n        text", 1)
    line, col, message = syntax_error(tmp_path, text)
    assert (line, col) == (5, 8) and "Flytta `kind` till kolumn 9" in message, message


def test_a_whole_entry_one_column_off_is_told_to_move_with_its_lines(tmp_path):
    """Moving only the dash, as the hint said, left its fields one column off its `id` for a
    second round."""
    text = ENTRIES.replace("      - id: harbarge\n        kind: goal\n", "     - id: harbarge\n       kind: goal\n"
                           "       text: Härbärget öppnar.\n", 1)
    assert syntax_error(tmp_path, text) == (
        7, 6,
        "listpunkten börjar i kolumn 6, men punkterna i listan ovanför (rad 4) börjar i kolumn 7. Punkter i samma "
        "lista måste börja i samma kolumn. Tips: Flytta hela punkten, raderna 7–9, lika långt, så att `-` hamnar i "
        "kolumn 7 om punkten hör till listan på rad 4 eller i kolumn 3 om punkten hör till listan på rad 2.")


def test_a_whole_entry_two_columns_out_names_its_lines_up_to_the_next_entry(tmp_path):
    """The next entry, in the list's column, stands where the moved entry's fields do."""
    text = ENTRIES.replace("      - id: harbarge\n        kind: goal\n", "    - id: harbarge\n      kind: goal\n"
                           "      - id: nattharbarge\n        kind: goal\n", 1)
    line, col, message = syntax_error(tmp_path, text)
    assert (line, col) == (7, 5) and "Tips: Flytta hela punkten, raderna 7–8, lika långt, så att `-` hamnar i kolumn " \
                                     "7 om punkten hör till listan på rad 4" in message, message


def test_a_whole_entry_over_its_text_one_column_off_is_told_to_move_with_its_lines(tmp_path):
    text = ("excluded:\n  - quote: >-\n      Innehållsförteckning 2\n    reason: Innehåll.\n   - quote: >-\n"
            "       Status: Påbörjad\n     reason: >-\n       Statusrad.\n")
    line, col, message = syntax_error(tmp_path, text)
    assert (line, col) == (5, 4) and message.endswith(
        "Tips: Flytta hela punkten, raderna 5–8, lika långt, så att `-` hamnar i kolumn 3 om punkten hör till listan "
        "på rad 2."), message


def test_a_whole_entry_with_a_block_list_at_its_fields_column_names_all_its_lines(tmp_path):
    """`topics:` with its list's dashes in its own column (YAML reads them as its list): the
    range went up to the first of them, taking them for the next entry of the outer list, so
    following the hint left `- hemloshet` and the fields after it one column off."""
    text = ENTRIES.replace("      - id: harbarge\n        kind: goal\n", "     - id: harbarge\n       kind: goal\n"
                           "       topics:\n       - hemloshet\n       - ekonomi\n       text: Härbärget öppnar.\n", 1)
    line, col, message = syntax_error(tmp_path, text)
    assert (line, col) == (7, 6) and "Tips: Flytta hela punkten, raderna 7–12, lika långt, så att `-` hamnar i " \
                                     "kolumn 7 om punkten hör till listan på rad 4" in message, message


def test_an_entry_whose_dash_alone_moved_over_a_text_with_a_colon_is_told_to_move_the_dash(tmp_path):
    """The line of its `>-` text (`Status: Påbörjad`) stood where its field then starts and was
    taken for a field moved with the dash: told to move the whole entry, lines 5–6, which left
    `reason` two columns off `quote`."""
    text = ("excluded:\n  - quote: >-\n      Innehållsförteckning 2\n    reason: Innehåll.\n    - quote: >-\n"
            "      Status: Påbörjad\n    reason: Statusrad.\n")
    line, col, message = syntax_error(tmp_path, text)
    assert (line, col) == (5, 5) and "Tips: Flytta `-` till kolumn 3" in message, message


def test_a_whole_entry_two_columns_out_ending_in_a_block_names_its_lines_up_to_the_next_entry(tmp_path):
    """Its last field holds a block (`indicator:`), not a list: the next entry of the list, in
    the list's column where the moved entry's fields are, still ends it."""
    text = ENTRIES.replace("      - id: harbarge\n        kind: goal\n", "    - id: harbarge\n      kind: goal\n"
                           "      indicator:\n        baseline:\n          value: 15\n"
                           "      - id: nattharbarge\n        kind: goal\n", 1)
    line, col, message = syntax_error(tmp_path, text)
    assert (line, col) == (7, 5) and "Tips: Flytta hela punkten, raderna 7–11, lika långt" in message, message


def test_a_whole_entry_two_columns_in_is_told_to_move_with_its_lines(tmp_path):
    text = ENTRIES.replace("      - id: harbarge\n        kind: goal\n", "        - id: harbarge\n          kind: goal\n", 1)
    assert syntax_error(tmp_path, text) == (
        7, 9,
        "listpunkten står där ett fält väntas: fältet ovanför, `text` på rad 6, har redan ett värde. Tips: Flytta "
        "hela punkten, raderna 7–8, lika långt, så att `-` hamnar i kolumn 7, där punkterna i listan på rad 4 börjar.")


def test_a_list_item_under_a_field_that_has_a_value(tmp_path):
    text = "id: bergby-a-plan-2026\ntopics: hemloshet\n- ekonomi\n"
    assert syntax_error(tmp_path, text) == (
        3, 1,
        "listpunkten står där ett fält väntas: fältet ovanför, `topics` på rad 2, har redan ett värde. Tips: En "
        "lista skrivs under ett fält utan värde: `topics:` ensamt på raden och punkterna under, var och en på en "
        "egen rad som börjar med `- `. Ska raden vara ett eget fält, ta bort `- `.")


def test_a_tab_after_a_colon(tmp_path):
    text = "id: bergby-a-plan-2026\ntitle:\tPlan 2026\n"
    assert syntax_error(tmp_path, text) == (
        2, 7, "tabbtecken här kan kontrollen inte läsa. Tips: Byt tabben mot ett mellanslag, eller sätt texten "
              "inom citattecken om tabben hör till den. Dra alltid in med mellanslag, aldrig med tabb.")


def test_a_missing_space_after_the_colon(tmp_path):
    text = "id: bergby-a-plan-2026\ntitle:Plan 2026\nbody: Socialnämnden\n"
    assert syntax_error(tmp_path, text) == (
        2, 6, "mellanslag saknas efter kolonet. Tips: Skriv ett mellanslag efter kolonet: title: Plan 2026")


@pytest.mark.parametrize("text, line, col, fixed", [
    ("id: bergby-a-plan-2026\ntitle:\u00a0Plan 2026\nbody: Socialnämnden\n", 2, 7, "title: Plan 2026"),
    # the first field of a block: YAML stumbles only on the line after it
    ("source:\n  title:\u00a0Plan 2026\n  archive: sources/a.txt\n", 2, 9, "title: Plan 2026"),
    ("items:\n  - id:\u00a0kollo\n    kind: goal\n", 2, 8, "id: kollo"),
    ("id: a\nsummary:\u00a0>-\n  Plan för 2026.\n", 2, 9, "summary: >-"),
], ids=["field", "first-field", "first-field-of-item", "before-a-folded-text"])
def test_a_non_breaking_space_after_the_colon(tmp_path, text, line, col, fixed):
    assert syntax_error(tmp_path, text) == (
        line, col, "hårt mellanslag (U+00A0) efter kolonet; det ser ut som ett mellanslag men YAML läser det som "
                   f"text. Tips: Radera mellanrummet efter kolonet och skriv ett vanligt mellanslag: {fixed}")


def test_a_line_of_only_three_dots_ends_the_file_for_yaml(tmp_path):
    text = "id: bergby-a-plan-2026\n...\ntitle: Plan 2026\n"
    assert syntax_error(tmp_path, text) == (
        2, 1, "en rad med bara ... avslutar filen för YAML; det som står efter den läses inte. Tips: Ta bort raden; "
              "hör ... till en text, dra in raden lika långt som textens andra rader.")


def test_a_text_starting_with_a_bracket(tmp_path):
    text = "id: bergby-a-plan-2026\ntitle: [Utkast] Plan 2026\n"
    assert syntax_error(tmp_path, text) == (
        2, 17, "texten börjar med [ och läses därför som en lista, men det står mer efter ]. Tips: Sätt hela texten "
               'inom citattecken: title: "[Utkast] Plan 2026". Ska det vara en lista, skriv allt inom [ ].')


@pytest.mark.parametrize("text, line, col, char, fixed", [
    ("id: bergby-a-plan-2026\ntitle: @bergby 2026\n", 2, 8, "@", 'title: "@bergby 2026"'),
    # a bare comma as the decimal mark: YAML's own message for it says nothing of quotes
    ("id: bergby-a-plan-2026\nunit: mnkr\ndecimal: ,\n", 3, 10, ",", 'decimal: ","'),
], ids=["at-sign", "bare-comma"])
def test_a_text_starting_with_a_reserved_character(tmp_path, text, line, col, char, fixed):
    assert syntax_error(tmp_path, text) == (
        line, col, f"en text får inte börja med tecknet {char} utan citattecken. Tips: Sätt hela texten inom "
                   f"citattecken: {fixed}")


def test_a_quote_starting_with_emphasis_is_told_to_drop_the_asterisks(tmp_path):
    """Quoted as it is, `*Öppna*` would pass YAML and be refused as emphasis in a quote: the
    hint leads past both."""
    text = "id: bergby-a-plan-2026\nsections:\n  - items:\n      - quote: *Öppna* ett härbärge för kvinnor.\n"
    assert syntax_error(tmp_path, text) == (
        4, 16, "en text får inte börja med tecknet * utan citattecken. Tips: Ta bort asteriskerna: de är betoning, "
               "som inte räknas i ett citat: quote: Öppna ett härbärge för kvinnor.")


def test_a_text_starting_with_a_list_dash(tmp_path):
    text = "id: bergby-a-plan-2026\nsections:\n  - items:\n      - quote: - Ingen ska sova ute.\n"
    assert syntax_error(tmp_path, text) == (
        4, 16, "en text får inte börja med - och mellanslag utan citattecken; efter kolonet läses det som början på "
               "en lista. Tips: Ta bort strecket om det är listtecknet från källan (quote: Ingen ska sova ute.) – ett "
               "citat behöver inte listtecknet. Hör strecket till texten, sätt hela texten inom citattecken: "
               'quote: "- Ingen ska sova ute."')


def test_an_unclosed_bracket_list(tmp_path):
    text = "id: bergby-a-plan-2026\ntopics: [hemloshet, ekonomi\nbody: Socialnämnden\n"
    assert syntax_error(tmp_path, text) == (
        2, 9, "listan inom hakparenteser [ ] avslutas aldrig med ]. Tips: Avsluta listan med ] på samma rad, t.ex. "
              "topics: [hemloshet, ekonomi-och-budget]")


def test_a_character_yaml_cannot_read(tmp_path):
    text = "id: bergby-a-plan-2026\ntitle: Plan\ufffe 2026\n"
    assert syntax_error(tmp_path, text) == (
        2, 12, "tecknet U+FFFE får inte finnas i en YAML-fil. Tips: Ta bort tecknet; det kommer ofta med när text "
               "klistras in från en pdf.")


@pytest.mark.parametrize("text", ["id: !x!y bergby\n", "topics: [hemloshet, , ekonomi]\n"])
def test_any_other_mistake_gets_a_general_swedish_message(tmp_path, text):
    line, col, shown = syntax_error(tmp_path, text)
    assert (line, shown) == (1, "YAML-syntaxen går inte att läsa här. Tips: Kontrollera att fält i samma block "
                                "börjar i samma kolumn, att indraget görs med mellanslag och att texter med kolon, "
                                "# eller citattecken står inom citattecken.")


def test_validate_prints_the_swedish_message(project, cli):
    plan = project / "plans" / "bergby-a-plan-2024.yaml"
    lines = plan.read_text(encoding="utf-8").splitlines(keepends=True)
    title = next(n for n, line in enumerate(lines) if line.startswith("title:"))
    lines[title] = "title: Plan 2024: trygghet\n"
    plan.write_text("".join(lines), encoding="utf-8")
    result = cli("--root", str(project), "validate")
    assert result.code == 1
    assert (f"plans/bergby-a-plan-2024.yaml:{title + 1}:17: (filen): kolon följt av mellanslag mitt i texten i "
            "`title`. Utan citattecken läses det som början på ett nytt fält. Tips: Sätt hela texten inom "
            'citattecken: title: "Plan 2024: trygghet"') in result.err.splitlines()
    assert "while parsing" not in result.err and "expected" not in result.err


def test_a_comment_left_of_a_block_text_is_named_where_it_ends_the_text(tmp_path):
    """A `# TODO` note pasted at column 1 between a `>-` text's lines ends the text; the
    message was the general one, at the text's next line."""
    text = ("id: bergby-a-plan-2026\nsummary: >-\n  Planen för 2026,\n# TODO: kolla citatet\n"
            "  med fyra mål.\ntitle: Plan\n")
    assert syntax_error(tmp_path, text) == (
        4, 1,
        "kommentaren på rad 4 står till vänster om texten i `summary` (rad 2), mitt i den: där tar texten slut, och "
        "rad 5 läses som något nytt. Tips: Ta bort kommentaren eller flytta den ovanför `summary:`; inne i texten, i "
        "kolumn 3, blir # och det som följer en del av texten.")


@pytest.mark.parametrize("field, line, said", [
    ("kind: party-plan\n", 7, "Skriv `kind: party-plan`."),
    ("        kind: goal\n", 31, "Skriv `kind: goal`."),
], ids=["top", "in-an-item"])
def test_a_field_without_its_colon_is_told_the_line_with_it(project, cli, field, line, said):
    """The party-office audit: `kind promise` in each of ten items was told, ten times, to write
    `namn: värde`; the line names a field of the plan, and the hint now writes it as it is meant."""
    plan = project / "plans" / "bergby-a-plan-2024.yaml"
    text = plan.read_text(encoding="utf-8")
    plan.write_text(text.replace(field, field.replace(": ", " "), 1), encoding="utf-8")
    assert (f"plans/bergby-a-plan-2024.yaml:{line}:{len(field) - len(field.lstrip()) + 1}: (filen): raden är varken "
            "ett fält (`namn: värde`) eller en listpunkt (`- …`). Tips: Saknas kolonet efter fältnamnet? "
            f"{said} Fortsätter raden texten på raden ovanför, dra in den längre än fältnamnet ovanför, eller sätt "
            "hela texten inom citattecken.") in cli("--root", str(project), "validate").err.splitlines()


@pytest.mark.parametrize("text, line, col, said", [
    ("- a\n  b: c\n", 2, 3,
     "raden är indragen, men inget fält ovanför har ett block som den kan höra till. Tips: Flytta `b` till kolumn 1."),
    ("- a\nid: bergby-a-plan-2026\n", 2, 1,
     "raden är ett fält, men den står i en lista (rad 1). Tips: Flytta listan under ett fält, t.ex. `topics:`. Ska "
     "raden bli en ny punkt i listan på rad 1, skriv `- ` först."),
    ("id: bergby-a-plan-2026\nsource:\n  title: Plan\n- hemloshet\n", 4, 1,
     "listpunkten hör inte till något fält. Tips: Skriv listan under ett fält utan värde, t.ex. `topics:` och under "
     "det `  - hemloshet`."),
    ("id: bergby-a-plan-2026\nSocialnämnden\nyear: 2026\n", 2, 1,
     "raden är varken ett fält (`namn: värde`) eller en listpunkt (`- …`). Tips: Saknas kolonet efter fältnamnet? "
     "Skriv `namn: värde`. Fortsätter raden texten på raden ovanför, dra in den längre än fältnamnet ovanför, eller "
     "sätt hela texten inom citattecken."),
    ("id: bergby-a-plan-2026\ntopics: [hemloshet, mål: bo: tryggt]\n", 2, 9,
     "listan inom hakparenteser kan inte läsas. Tips: Skilj posterna åt med komma, t.ex. [hemloshet, "
     "ekonomi-och-budget], och sätt text med kolon eller komma inom citattecken."),
    ('id: bergby-a-plan-2026\ntitle: "Plan C:\\Mina dokument"\n', 2, 16,
     "inom dubbla citattecken läses \\ som början på en specialkod, och den här koden finns inte. Tips: Sätt texten "
     "inom enkla citattecken ' i stället, eller skriv \\\\ för ett bakstreck. Till exempel: "
     "title: 'Plan C:\\Mina dokument'"),
    ("id: bergby-a-plan-2026\n? [year, period]\n: 2026\n", 2, 3,
     "en nyckel måste vara ett enkelt ord. Tips: Skriv nyckeln som `namn:`."),
], ids=["indented-under-no-field", "field-in-a-top-list", "list-item-under-no-field", "neither-field-nor-item",
        "bracket-list-unreadable", "unknown-escape", "key-no-plain-word"])
def test_a_syntax_mistake_of_its_own_kind_is_said_in_its_own_words(tmp_path, text, line, col, said):
    """Seven syntax messages no test asserted (the message audit), each at its place."""
    assert syntax_error(tmp_path, text) == (line, col, said)


@pytest.mark.parametrize("written, col, example", [
    ('"Plan \\"Trygg\\" C:\\Mina dokument"', 26, """'Plan "Trygg" C:\\Mina dokument'"""),
    ('"Plan C:\\\\Bergby\\Mina dokument"', 24, "'Plan C:\\Bergby\\Mina dokument'"),
    ('"Plan C:\\Users\\kd"', 16, "'Plan C:\\Users\\kd'"),  # `\U` is no escape where hex digits do not follow
], ids=["escaped-quotes", "escaped-backslash", "path"])
def test_an_unknown_escape_beside_escapes_is_offered_the_text_as_read(project, cli, written, col, example):
    """A text in double quotes holding `\\"` beside a backslash YAML reads as no escape was offered
    in single quotes with `\\"` as it stood, where single quotes keep the backslash: the title
    read `Plan \\"Trygg\\"`. The example holds the quotes and a backslash written `\\\\` as YAML
    reads them, and every other backslash as typed; written as the example, the plan passes."""
    plan = project / "plans" / "bergby-a-plan-2024.yaml"
    text = plan.read_text(encoding="utf-8")
    plan.write_text(text.replace("title: Förslag till verksamhetsplan 2024\n", f"title: {written}\n", 1), encoding="utf-8")
    result = cli("--root", str(project), "validate")
    assert result.lines[0] == (
        f"plans/bergby-a-plan-2024.yaml:9:{col}: (filen): inom dubbla citattecken läses \\ som början på en specialkod, "
        "och den här koden finns inte. Tips: Sätt texten inom enkla citattecken ' i stället, eller skriv \\\\ för ett "
        f"bakstreck. Till exempel: title: {example}"), result.err
    plan.write_text(text.replace("title: Förslag till verksamhetsplan 2024\n", f"title: {example}\n", 1), encoding="utf-8")
    assert cli("--root", str(project), "validate").code == 0
    assert '\\"' not in yaml.safe_load(example) and "\\\\" not in yaml.safe_load(example)


@pytest.mark.parametrize("text, col, example", [
    ('title: "Plan C:\\Mina dokument"  # från mappen\n', 16, "title: 'Plan C:\\Mina dokument'"),
    ('source: {title: "Plan C:\\Mina dokument", retrieved: 2026-11-22}\n', 25,
     "source: {title: 'Plan C:\\Mina dokument', retrieved: 2026-11-22}"),
], ids=["comment-after", "flow-mapping"])
def test_an_unknown_escape_is_offered_its_text_alone_in_single_quotes(tmp_path, text, col, example):
    """The example to a text in double quotes with a backslash YAML reads as no escape put the
    rest of the line inside the single quotes: a comment after it (`'Plan C:\\Mina dokument"
    # från mappen'`, which passed, the comment in the title) or a flow mapping's other fields
    (`source: 'Plan …", retrieved: 2026-11-22}'`, the whole block a text). Only the text is."""
    assert syntax_error(tmp_path, "id: bergby-a-plan-2026\n" + text) == (
        2, col, "inom dubbla citattecken läses \\ som början på en specialkod, och den här koden finns inte. Tips: "
        f"Sätt texten inom enkla citattecken ' i stället, eller skriv \\\\ för ett bakstreck. Till exempel: {example}")
    followed = yaml.safe_load(example)  # written as the example, the text is the title alone
    assert followed.get("source", followed)["title"] == "Plan C:\\Mina dokument", followed



def test_a_misplaced_fields_name_is_code_in_the_job_summary_whatever_it_holds(tmp_path):
    """The hint names the field to move as code; the job summary showed its backticks as
    `&#96;`. A name holding a backtick, a pipe, markup and an ampersand stays text inside it."""
    from generator.cli import summary_markdown

    path = tmp_path / PLAN
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("id: bergby-a-plan-2026\nsource:\n    title: Plan\n  a`b | <i>&: sources/a.txt\n", encoding="utf-8")
    _, (error,) = read_document(tmp_path, PLAN)
    assert error.hint.startswith("Flytta `a`b | <i>&` till kolumn 5 om det hör till samma block som `title` (rad 3)")
    assert ("| Flytta <code>a&#96;b &#124; &#60;i&#62;&#38;</code> till kolumn 5 om det hör till samma block som "
            "<code>title</code> (rad 3)") in summary_markdown([error])


def test_a_file_that_is_a_list_is_told_the_field_form_as_code_in_the_job_summary(tmp_path):
    from generator.cli import summary_markdown

    path = tmp_path / PLAN
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("- id: bergby-a-plan-2026\n", encoding="utf-8")
    document, _ = read_document(tmp_path, PLAN)
    _, (error,) = validate(document, Plan)
    assert error.hint == "Skriv fälten längst till vänster, ett per rad (`namn: värde`), som i guidens exempel."
    assert "ett per rad (<code>namn: värde</code>), som" in summary_markdown([error])
