"""Text from a plan is untrusted: wherever it goes (job summary, log, annotations, pages) it
stays text; bytes that are not UTF-8 get a located message, never a traceback."""

from __future__ import annotations

import os

import pytest

from conftest import cli, run_module  # noqa: F401 (cli: a fixture)
from generator.errors import LocatedError
from generator.escape import html_text, log_text

PLAN = "plans/bergby-a-plan-2024.yaml"
SOURCE = "sources/bergby-a-plan-2024.txt"
HOSTILE = ["<img src=x onerror=alert(1)>", "[x](javascript:alert(1))", "a | b", "`kod`", "rad\nny rad",
           "::error::falskt", "\x1b[31mröd"]


def _validate(project, *args: str, env_extra: dict | None = None):
    env = {**os.environ, **(env_extra or {})}
    return run_module("--root", str(project), *args, env=env)


@pytest.mark.parametrize("command", ["validate", "coverage", "build"])
def test_a_plan_that_is_not_utf8_is_located_in_every_command(project, cli, command):
    path = project / PLAN
    path.write_bytes(path.read_bytes().replace("Förslag".encode(), "F\xf6rslag".encode("latin-1"), 1))
    result = cli("--root", str(project), command)  # in-process: a traceback fails the test
    assert result.code == 1
    assert "Traceback" not in result.err
    assert f"{PLAN}:9:9: (filen): filen är inte giltig UTF-8 (byte 0xf6); den är »ö» i den äldre kodningen Windows-1252 (Latin-1). Tips: Spara filen som UTF-8" in result.err


@pytest.mark.parametrize("command", ["validate", "coverage", "build"])
def test_an_archived_source_that_is_not_utf8_is_located_in_every_command(project, cli, command):
    path = project / SOURCE
    path.write_bytes(path.read_bytes() + "Sista raden är på latin-1: \xe5\xe4\xf6\n".encode("latin-1"))
    result = cli("--root", str(project), command)  # in-process: a traceback fails the test
    assert result.code == 1
    assert "Traceback" not in result.err
    assert f"{SOURCE}:8:13: (filen): filen är inte giltig UTF-8 (byte 0xe4); den är »ä» i den äldre kodningen Windows-1252 (Latin-1)." in result.err


def test_a_file_name_that_is_not_utf8_is_named_in_the_job_summary_and_the_log(project, tmp_path):
    """The byte 0xe4 (a Latin-1 'ä') in a name is shown as \\xe4; the summary is still written."""
    summary = tmp_path / "summary.md"
    (project / PLAN).rename(project / "plans" / "bergby-a-m\udce4l.yaml")
    result = _validate(project, "validate", env_extra={"GITHUB_ACTIONS": "true", "GITHUB_STEP_SUMMARY": str(summary)})
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert "plans/bergby-a-m\\xe4l.yaml:2:5: id: id 'bergby-a-plan-2024'" in result.stderr
    assert result.stdout.startswith("::error file=plans/bergby-a-m\\xe4l.yaml,line=2,col=5,title=id::")
    assert "| plans/bergby-a-m&#92;xe4l.yaml | 2 | 5 | id |" in summary.read_text(encoding="utf-8")


@pytest.mark.parametrize("byte", [0x80, 0xe4, 0xff])
def test_each_byte_that_is_not_utf8_is_shown_as_its_escape_in_the_log_and_on_a_page(byte):
    """Every byte a UTF-8 name cannot hold, 0x80 to 0xff (each kept as a lone surrogate), is
    shown as `\\xNN`, the first and the last as well as an 'ä'; on a page and in the job summary
    its backslash is a reference."""
    name = b"plans/m%cl.yaml".replace(b"%c", bytes([byte])).decode("utf-8", "surrogateescape")
    assert log_text(name) == f"plans/m\\x{byte:02x}l.yaml"
    assert html_text(name) == f"plans/m&#92;x{byte:02x}l.yaml"


def _as_github_reads(command: str) -> tuple[dict[str, str], str]:
    """A workflow command's properties and message as the Actions runner decodes them: the
    properties split at `,`, then `%0D`, `%0A`, `%3A`, `%2C` and last `%25` read back."""
    def decoded(value: str, codes: dict[str, str]) -> str:
        for code, char in codes.items():
            value = value.replace(code, char)
        return value.replace("%25", "%")

    head, _, message = command.removeprefix("::").partition("::")
    properties = dict(pair.partition("=")[::2] for pair in head.partition(" ")[2].split(","))
    codes = {"%0D": "\r", "%0A": "\n"}
    return ({key: decoded(value, {**codes, "%3A": ":", "%2C": ","}) for key, value in properties.items()},
            decoded(message, codes))


def test_an_annotation_shows_on_github_the_file_field_and_message_as_written():
    """A comma in a file name ends a property of the workflow command, a `%25` in a message (an
    address's encoded per cent sign) is read as `%`, and a Windows line break left a visible
    `\\x0d`: each is encoded, so GitHub shows on the diff the file, field and words written."""
    error = LocatedError(path="plans/bergby,a:2024.yaml", line=3, col=7, field="source.url",
                         message="adressen https://bergby.se/budget-5%25.pdf svarar inte\r\nandra raden", hint="")
    properties, message = _as_github_reads(error.github_annotation())
    assert properties == {"file": "plans/bergby,a:2024.yaml", "line": "3", "col": "7", "title": "source.url"}
    assert message == "adressen https://bergby.se/budget-5%25.pdf svarar inte\nandra raden"


def test_hostile_text_in_errors_stays_text_in_the_job_summary_and_the_log(project, tmp_path):
    summary = tmp_path / "summary.md"
    text = (project / PLAN).read_text(encoding="utf-8")
    # Every hostile string as an unknown topic id, an unknown field and a text the quote check reads.
    # (A raw control character is refused before any of this: see test_integrity.)
    hostile_topics = ", ".join('"' + value.replace("\n", "\\n") + '"' for value in HOSTILE if "\x1b" not in value)
    text = text.replace("topics: [familjecentral]", f"topics: [{hostile_topics}]")
    text = text.replace("        locator: Mål och uppdrag\n      - id: kollo",
                        '        "x\\n::warning::injicerad": 1\n        locator: Mål och uppdrag\n      - id: kollo')
    (project / PLAN).write_text(text, encoding="utf-8")
    result = _validate(project, "validate", env_extra={"GITHUB_ACTIONS": "true", "GITHUB_STEP_SUMMARY": str(summary)})
    assert result.returncode == 1
    written = summary.read_text(encoding="utf-8")
    assert "## Kontrollen hittade" in written
    for forbidden in ("<img", "](javascript", "`kod`", "\x1b"):
        assert forbidden not in written
    assert "&#60;img src=x onerror=alert(1)&#62;" in written
    # Each table row stays one row: no raw pipe or line break from the plan splits it.
    rows = [line for line in written.splitlines() if line.startswith("| plans/")]
    assert rows and all(row.count(" | ") == 5 for row in rows)
    log = result.stderr + result.stdout
    assert "\x1b" not in log
    assert not any(line.startswith(("::warning", "::error::falskt")) for line in log.splitlines())
    assert all(line.startswith(("::error file=", PLAN)) or not line.startswith("::") for line in log.splitlines())


@pytest.mark.parametrize("value", HOSTILE)
def test_the_escaping_rules_leave_no_markup_and_no_command(value):
    page = html_text(value)
    assert "<" not in page and "[" not in page and "`" not in page and "|" not in page and "\n" not in page
    line = log_text(value)
    assert "\x1b" not in line and "\n" not in line and "::" not in line


@pytest.mark.parametrize("args", [["new", "--actor", "::error::falskt\x1b[31m", "--body", "Socialnämnden", "--year", "2026"],
                                  ["build", "--municipality", "::error::falskt\x1b[31m"]])
def test_an_argument_named_in_a_message_stays_text_in_the_log(project, cli, args):
    """`new` and `build` named an unknown actor or municipality as typed: a workflow command
    or a terminal escape in it reached the log as one."""
    result = cli("--root", str(project), *args)
    assert result.code != 0
    assert "falskt" in result.err and "::error" not in result.err and "\x1b" not in result.err, result.err
    assert "\\x1b" in result.err


def test_a_file_name_in_what_was_not_compared_stays_text_in_the_job_summary_and_the_log(project, tmp_path):
    """The sentence after the errors, on which plans' quotes wait for a source with errors,
    names the plan's file: it reached the job summary as markup and the log as it was."""
    summary = tmp_path / "summary.md"
    (project / PLAN).rename(project / "plans" / "bergby-a-plan-2024<img src=x>##[error]falskt.yaml")
    with (project / SOURCE).open("a", encoding="utf-8") as source:
        source.write("\ufffd\n")  # a lost letter: the source's quotes wait until it is mended
    result = _validate(project, "validate", env_extra={"GITHUB_ACTIONS": "true", "GITHUB_STEP_SUMMARY": str(summary)})
    assert result.returncode == 1
    (logged,) = [line for line in result.stderr.splitlines() if "har inte jämförts" in line]
    assert logged.startswith("Citaten i plans/bergby-a-plan-2024<img src=x>##\\x5berror]falskt.yaml har inte jämförts med "
                             f"{SOURCE}, som har fel"), logged
    (said,) = [line for line in summary.read_text(encoding="utf-8").splitlines() if "har inte jämförts" in line]
    assert "<img" not in said and "##[" not in said
    assert said.startswith("Citaten i plans/bergby-a-plan-2024&#60;img src=x&#62;&#35;&#35;&#91;error&#93;falskt.yaml har inte "), said
