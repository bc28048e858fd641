"""Command line: arguments, printing and exit codes. The only place that catches and exits."""

from __future__ import annotations

import functools
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Callable

from . import clock, collector, paths
from .errors import FOLDER, LocatedError, ValidationFailed, os_reason, plain, spans, warning_lines
from .escape import annotation_data, annotation_property, html_text, html_with_code, log_text
from .swedish import count, percent

if TYPE_CHECKING:
    from .outputs import Output


MAX_ANNOTATIONS = 10  # GitHub shows no more error annotations per step
MAX_SUMMARY_BYTES = 512 * 1024  # GitHub accepts 1 MiB per step's summary
SUMMARY_CELL = 2000  # characters of a message or hint in the job summary's table


def letters_as_codes_where_unwritable() -> None:
    """A terminal whose encoding has no å, ä or ö (a locale that is not UTF-8) gets their codes,
    as Python writes them on stderr, not a traceback in place of the answer."""
    for stream in (sys.stdout, sys.stderr):
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(errors="backslashreplace")


def _print_errors(errors: list[LocatedError], writes: bool = True, inputs=None) -> None:
    """Every error, then how many in how many files; for a command that `writes` (build), that
    nothing was. `validate` writes nothing anyway, and "Inget har skrivits" after it could be
    read as the party office's own edit not being saved. Then which registries the plans were
    not compared with, when that is so (`inputs`: what was read)."""
    for error in errors:
        print(log_text(error), file=sys.stderr)
    files = len({e.path for e in errors})
    print(f"\n{count(len(errors), 'fel', 'fel')} i {count(files, 'fil', 'filer')}." + (" Inget har skrivits." if writes else ""),
          file=sys.stderr)
    waited = _waited_for(inputs, errors)  # names plans' files: text, as the errors are
    if waited:
        print(log_text(plain(waited)), file=sys.stderr)
    if os.environ.get("GITHUB_ACTIONS") == "true":
        _annotate(errors, "error", ("fel", "fel"))
        _to_job_summary(summary_markdown(errors, _summary_room(), in_pull_request=_in_pull_request())
                        + (f"{html_with_code(spans(waited))}\n\n" if waited else ""))


def _waited_for(inputs, errors: list[LocatedError]) -> str:
    """A sentence on what the plans were not compared with, since a registry or an archived
    text has errors or waits for one that has, or a plan reads its own items as a text: the
    plans' errors against them come in the next round, which is then no surprise. Its code spans
    are marked (`errors.code`), as an error's are."""
    from .checks import registries_waited_for, sources_waited_for, texts_waited_for

    waited = registries_waited_for(inputs, errors) + sources_waited_for(inputs, errors) + texts_waited_for(inputs) \
        if inputs is not None else []
    said = ", och ".join(f"{what[:1].upper()}{what[1:]} har inte jämförts med {where}, {why}" if not index
                         else f"{what} inte med {where}, {why}" for index, (what, where, why) in enumerate(waited))
    return f"{said}: nästa körning gör det, när felen där är rättade." if said else ""


def _annotate(findings: list[LocatedError], command: str, noun: tuple[str, str]) -> None:
    """The first errors or warnings (`command`) as annotations, as many as GitHub shows of a kind in
    a step; the last of them says how many more there are and where all of them stand, which the
    diff alone did not."""
    shown, rest = findings[:MAX_ANNOTATIONS], len(findings) - MAX_ANNOTATIONS
    for finding in shown[:-1]:
        print(finding.github_annotation(command))
    if shown:
        print(shown[-1].github_annotation(command, f"Ytterligare {count(rest, *noun)} visas inte här: alla står i "
                                                   "loggen och i sammanfattningen under Summary." if rest > 0 else ""))


def _summary_room() -> int:
    """The bytes the step's job summary has left for a table: GitHub drops the whole summary of a
    step that writes more than 1 MiB, and the warnings' table after the errors' could pass it."""
    summary = os.environ.get("GITHUB_STEP_SUMMARY")
    return MAX_SUMMARY_BYTES - (os.path.getsize(summary) if summary and os.path.isfile(summary) else 0)


def _in_pull_request() -> bool:
    """Whether GitHub Actions runs this for a pull request (its event's name)."""
    return os.environ.get("GITHUB_EVENT_NAME", "").startswith("pull_request")


def _to_job_summary(markdown: str) -> None:
    """Add to the job summary GitHub Actions shows for the step, when it asks for one."""
    summary = os.environ.get("GITHUB_STEP_SUMMARY")
    if summary:
        with open(summary, "a", encoding="utf-8") as out:
            out.write(markdown)


# Where GitHub shows the annotations too: beside their lines in a pull request's changed files,
# and in a run on main (the publishing one) only on the run's own page, which has no such tab.
_ANNOTATIONS_SHOWN = {True: "står också vid sina rader under fliken Files changed",
                      False: "står också som anteckningar överst på körningens sida"}


def summary_markdown(errors: list[LocatedError], limit: int = MAX_SUMMARY_BYTES, noun: tuple[str, str] = ("fel", "fel"),
                     title: str = "", in_pull_request: bool = True) -> str:
    """Every error (or warning: `noun` and `title`) as a Markdown table for the job summary
    (annotations stop at ten), escaped like the site's pages and cut off well under GitHub's limit.
    `in_pull_request`: the run is a pull request's, where the annotations stand by their lines."""
    lines = [title or f"## Kontrollen hittade {count(len(errors), 'fel', 'fel')}", ""]
    first = f"De första {MAX_ANNOTATIONS} {_ANNOTATIONS_SHOWN[in_pull_request]}." if len(errors) > MAX_ANNOTATIONS else ""
    table = [f"| Fil | Rad | Kolumn | Fält | {noun[0].capitalize()} | Tips |", "|---|---|---|---|---|---|"]
    # The lines written above the rows, as written: " Här är alla:" counted where it is not written
    # (ten errors or fewer) left out a row that fitted at the edge.
    size = sum(len(line.encode()) + 1 for line in [*lines, *[f"{first} Här är alla:", ""] * bool(first), *table])
    for shown, e in enumerate(errors):
        # Each cell at most a few thousand characters: one long enough to pass the limit alone
        # left the table with no row at all.
        message, hint = _summary_cell(e.message, e.message_pieces), _summary_cell(e.hint, e.hint_pieces)
        row = f"| {html_text(e.path)} | {e.line} | {e.col} | {html_text(e.field_shown)} | {message} | {hint} |"
        size += len(row.encode()) + 1
        if size > limit and not shown:  # the errors' table before took the room: no table, not its header alone
            return "\n".join([*lines, *[first, ""] * bool(first), "Tabellen får inte plats här. Kör `make validate` för att "
                              f"se {'alla ' * (len(errors) > 1)}{count(len(errors), *noun)}."]) + "\n\n"
        if size > limit:
            table += ["", f"… och {count(len(errors) - shown, *noun)} till. Kör `make validate` för att se alla."]
            break
        table.append(row)
    return "\n".join([*lines, *[f"{first} Här är alla:", ""] * bool(first), *table]) + "\n\n"


def _summary_cell(text: str, pieces: list[tuple[str, bool]]) -> str:
    """A message or hint in the job summary's table: its code spans (`errors.code`) as code,
    the rest as text; one too long for a cell cut, its spans before the cut still code."""
    return html_with_code(pieces if len(text) <= SUMMARY_CELL else _cut(pieces, SUMMARY_CELL))


def _cut(pieces: list[tuple[str, bool]], limit: int) -> list[tuple[str, bool]]:
    """`pieces` cut at `limit` characters with "…" where they were cut, outside any code span:
    what stands in one is to be typed, and "…" is not. No empty span where the cut falls at
    one's start."""
    kept, room = [], limit - 1
    for text, is_code in pieces:
        if len(text) > room:
            return kept + [(text[:room], is_code)] * bool(room) + [("…", False)]
        kept.append((text, is_code))
        room -= len(text)
    return kept


def _site(root: Path):
    from .site import build_site

    return build_site(root)


def cmd_validate(args) -> int:
    from .checks import find_warnings
    from .site import checked_inputs

    try:
        inputs = checked_inputs(args.root, linked=False)
    except ValidationFailed as failure:  # the warnings too, so that one round of fixes is enough
        _print_errors(failure.errors, writes=False, inputs=failure.inputs)
        _print_warnings(find_warnings(failure.inputs), with_errors=True)
        return 1
    warnings = find_warnings(inputs)
    # Read from the checked files, not the linked model: linking finds nothing wrong (the
    # checks stand for it), and the build links them again (a third of a second at 1,000 plans).
    plans, today = [plan.value for plan in inputs.plans], clock.today()  # the clock's error before any line
    print(f"OK: {count(len(plans), 'plan', 'planer')}, {count(sum(len(plan.items()) for plan in plans), 'punkt', 'punkter')}, "
          f"{count(len(inputs.topics.value.topics), 'ämne', 'ämnen')}, {count(len(inputs.actors.value.actors), 'aktör', 'aktörer')}. "
          "Alla citat finns i källtexterna.")
    terms = inputs.terms.value.terms
    if terms and not any(term.covers(today) for term in terms):
        warnings.append(_no_current_term(inputs, today.isoformat()))
    _print_warnings(warnings)
    return 0


def _print_warnings(warnings: list[LocatedError], with_errors: bool = False) -> None:
    """What the site shows other than the writer may expect: printed like errors, but the
    files pass; under GitHub Actions as warnings on the diff and a table in the job summary.
    `with_errors`: printed after the errors, which keep the files from passing."""
    if not warnings:
        return
    *lines, said = warning_lines(warnings, with_errors)
    print("\n".join(lines) + "\n\n" + said, file=sys.stderr)
    if os.environ.get("GITHUB_ACTIONS") == "true":
        _annotate(warnings, "warning", ("varning", "varningar"))
        said = count(len(warnings), "varning", "varningar")
        title = f"## Dessutom {said}" if with_errors else f"## Kontrollen godtar filerna men har {said}"
        _to_job_summary(summary_markdown(warnings, _summary_room(), noun=("varning", "varningar"), title=title,
                                         in_pull_request=_in_pull_request()))


def _no_current_term(inputs, day: str) -> LocatedError:
    """Not an error: a document may be valid on any day. But on a day no registered term covers,
    the pages name no current term, and whoever keeps the registry should add the next one: a
    warning on the last term's end, which the publish run's validate shows in its log, as an
    annotation and in its job summary, as it shows a plan's."""
    terms = inputs.terms.value.terms
    last = max(range(len(terms)), key=lambda index: terms[index].ends)
    return inputs.terms.error(("terms", last, "ends"), f"ingen mandatperiod omfattar byggdatumet {day}, så sidorna "
                              "nämner ingen nuvarande mandatperiod.",
                              "Lägg till den mandatperiod som omfattar byggdatumet i samma fil.")


def cmd_coverage(args) -> int:
    site = _site(args.root)
    print(f"{'Källa':<76} {'punkter':>7} {'citat':>6} {'listpunkter':>12} {'stycken':>9} {'andel':>7}")
    for plan in site.plans:
        report = plan.coverage
        print(f"{report.archive:<76} {plan.item_count:>7} {plan.quote_count:>6} "
              f"{report.list_done:>5} av {report.list_total:<3} {report.paragraphs_done:>3} av "
              f"{report.paragraphs_total:<3} {percent(report.share):>7}")
        if args.verbose:
            for unit in report.open_units:
                print(f"    rad {unit.line} ({percent(unit.quoted, 0)} citerat): {log_text(unit.text[:100])}")
    return 0


def cmd_schema(args) -> int:
    from .scaffold import GUIDE_BLOCK_PAGES, ScaffoldError, refresh_guide
    from .history import public_url
    from .schema import SCHEMA_DIR, json_schemas, registry_topics, unwritten_schemas
    from .write import write_files

    made = json_schemas(public_url(args.root), registry_topics(args.root))
    changed = write_files(args.root / SCHEMA_DIR, made)
    gone = unwritten_schemas(args.root / SCHEMA_DIR, made)
    for name in gone:
        (args.root / SCHEMA_DIR / name).unlink()
    print(f"{count(len(changed), 'schemafil uppdaterad', 'schemafiler uppdaterade')} i {SCHEMA_DIR}/."
          + (f" {count(len(gone), 'schemafil som inte längre skrivs borttagen', 'schemafiler som inte längre skrivs borttagna')}: "
             f"{', '.join(gone)}." if gone else ""))
    guide, fields = f"docs/{paths.GUIDE}", f"docs/{paths.GUIDE_FIELDS}"
    if (args.root / guide).is_file():
        try:
            refreshed = refresh_guide(args.root)
        except (ScaffoldError, FileNotFoundError) as error:
            print(log_text(str(error) if isinstance(error, ScaffoldError) else
                           f"{fields} finns inte, så fälttabellen skrivs inte. Sätt tillbaka filen, som på main."),
                  file=sys.stderr)
            return 1
        if len(refreshed) in (0, len(GUIDE_BLOCK_PAGES)):
            print(f"Ämneslistan i {guide} och fälttabellen i {fields} " + ("uppdaterade." if refreshed else "stämmer redan."))
        else:  # one of them: a new topic leaves the field table as it was
            said = {page: "uppdaterad" if page in refreshed else "stämmer redan" for page in GUIDE_BLOCK_PAGES.values()}
            print(f"Ämneslistan i {guide} {said[paths.GUIDE]}, fälttabellen i {fields} {said[paths.GUIDE_FIELDS]}.")
    return 0


def cmd_build(args) -> int:
    import yaml

    from .history import read_history
    from .outputs import site_outputs
    from .paths import docs_file
    from .render import render_in_shares
    from .write import linked_folder, linked_places, remove_stale, with_edit_urls, write_files

    docs = args.root / "docs"
    if linked := linked_folder(docs, "docs"):  # before reading anything: nothing goes through it
        _print_errors(linked)
        return 1
    site = _site(args.root)
    if args.municipality is not None:
        known = sorted(m.id for m in site.municipalities)
        if args.municipality not in known:
            print(log_text(f"Okänd kommun '{args.municipality}'. Kända kommuner: {', '.join(known)}."), file=sys.stderr)
            return 2
    outputs = site_outputs(site, read_history(args.root, site), municipality=args.municipality)
    # The edit buttons' address, for engines that run no MkDocs hook (no mkdocs.yml: none).
    config_file = args.root / "mkdocs.yml"
    config = yaml.safe_load(config_file.read_text(encoding="utf-8")) if config_file.is_file() else {}
    edit_sources = {output.path: output.edit_source for output in outputs if output.edit_source}
    produced = {docs_file(output.path) for output in outputs}
    if links := linked_places(docs, produced):
        _print_errors([LocatedError(f"docs/{place}", 1, 1, FOLDER if (docs / place).is_dir() else "",
                                    "en symbolisk länk står där bygget skriver och tar bort genererade filer, "
                                    "som då kunde hamna eller försvinna utanför repot.",
                                    f"Ta bort länken (rm docs/{place}); bygget gör det som ska stå där själv.")
                       for place in links])
        return 1

    def write_share(pages: dict[str, str]) -> list[str]:
        # Each process writes what it rendered: the pages never travel between processes.
        pages = with_edit_urls(pages, edit_sources, str(config.get("edit_uri") or ""))
        return write_files(docs, {docs_file(path): text for path, text in pages.items()})

    written = [path for share in render_in_shares(site, outputs, write_share) for path in share]
    changed = written + remove_stale(docs, produced)
    print(f"{count(len(changed), 'sida ändrad', 'sidor ändrade')} under docs/.")
    if args.built is not None:
        args.built(outputs)
    return 0


def cmd_merge(args) -> int:
    """Merge a matrix build's sites (one job per municipality) into the one site to publish."""
    from .merge import MergeError, merge_sites

    try:
        written = merge_sites(args.sites, args.into)
    except MergeError as error:
        for problem in error.problems:
            print(log_text(problem), file=sys.stderr)
        print(f"\n{count(len(error.problems), 'fel', 'fel')}. Inget har skrivits.", file=sys.stderr)
        return 1
    print(f"{count(written, 'fil', 'filer')} från {count(len(args.sites), 'jobb', 'jobb')} i {log_text(args.into)}.")
    return 0


def cmd_new(args) -> int:
    """Write a draft plan. Exit 0 when written; 1 when the arguments are well formed but nothing
    could be written (unknown actor, a file that exists …); bad arguments exit 2 in the parser."""
    from .scaffold import Dating, ScaffoldError, next_steps, scaffold

    try:
        dating = Dating(year=args.year, period=args.period, undated=args.undated)
        result = scaffold(args.root, args.actor, dating, args.body, args.municipality)
    except ScaffoldError as error:
        print(log_text(f"Inget skrevs: {error}"), file=sys.stderr)  # it names the arguments as typed
        return 1
    print(next_steps(result))
    return 0


def cmd_changes(args) -> int:
    from .changes import RevisionUnreadable, compare, unreadable_markdown
    from .render import render_changes
    from .scope import GitError

    # Read in a terminal, the summary's character references (`&#43;`) were shown as typed;
    # printed into a pipe (the job summary's `| tee`) it stays the Markdown it was.
    on_terminal = sys.stdout.isatty() and os.environ.get("GITHUB_ACTIONS") != "true"
    try:
        changes = compare(args.root, args.base, args.head, yaml_values=True)
        markdown = render_changes(changes, terminal=on_terminal)
        if os.environ.get("GITHUB_ACTIONS") == "true":  # printed into the job summary
            markdown = _within_summary_limit(markdown, changes.base)
        print(markdown, end="")
        _note_uncommitted(args)
    except GitError as error:
        print(log_text(error), file=sys.stderr)
        return 1
    except RevisionUnreadable as failure:
        # Markdown on stdout, like the summary it stands in for: the job summary shows why.
        print(unreadable_markdown(failure, terminal=on_terminal), end="")
        return 1
    return 0


def _within_summary_limit(markdown: str, base_commit: str) -> str:
    """The change summary cut at a line well under GitHub's limit for a step's summary (above
    it GitHub drops the whole summary), saying how to see the rest (from the commit id: a
    branch name could hold what a code span cannot show)."""
    limit = MAX_SUMMARY_BYTES
    if len(markdown.encode()) <= limit:
        return markdown
    lines, size = [], 0
    for line in markdown.splitlines(keepends=True):
        size += len(line.encode())
        if size > limit:
            break
        lines.append(line)
    shown = sum(1 for line in lines if line.strip())
    rest = sum(1 for line in markdown.splitlines() if line.strip()) - shown
    return "".join(lines) + (f"\n… och {count(rest, 'rad', 'rader')} till: sammanfattningen är för lång för GitHub. "
                             f"Kör `.venv/bin/python -m generator changes --base {base_commit}` för att se hela.\n")


def _note_uncommitted(args) -> None:
    """Both commands compare commits: say so when the working tree holds edits they leave out."""
    from .scope import uncommitted_note

    note = uncommitted_note(args.root) if args.head == "HEAD" else None
    if note:
        print(log_text(note), file=sys.stderr)


def cmd_check_scope(args) -> int:
    """Exit 0 when the pull request is in scope (a new actor's passes, flagged for review), else 1."""
    from .scope import GitError, check_scope

    try:
        verdict = check_scope(args.root, args.base, args.head)
        _note_uncommitted(args)
    except GitError as error:
        print(log_text(error), file=sys.stderr)
        return 1
    # The verdict names the pull request's files: each line goes to the log as text, so a file
    # name cannot start a line of its own with a workflow command.
    for line in verdict.lines:
        print(log_text(line), file=sys.stdout if verdict.ok else sys.stderr)
    if os.environ.get("GITHUB_ACTIONS") == "true":
        # Every finding is an annotation, which GitHub shows on the pull request: a maintainer's
        # change that passes with CODEOWNERS lines still to add too, not only in the log.
        if verdict.needs_maintainer or verdict.reminded or verdict.registry_only or not verdict.ok:
            message = "%0A".join(annotation_data(log_text(line)) for line in verdict.lines)
            # The title escaped as a property, as a validation error's is (`:` and `,` end it).
            print(f"::{'warning' if verdict.ok else 'error'} title={annotation_property(verdict.title)}::{message}")
        _to_job_summary(scope_markdown(verdict))
    return 0 if verdict.ok else 1


def scope_markdown(verdict) -> str:
    """The scope check's verdict for the job summary, where a party office reads the
    validation's errors too (the log and an annotation were the only places), each line a
    paragraph and the log's indented `  - ` lines a list, escaped like the site's pages: it
    names the pull request's files."""
    from .scope import LIST_LINE

    blocks: list[str] = []
    for line in verdict.lines:
        listed = line.startswith(LIST_LINE)
        text = f"- {html_text(log_text(line[len(LIST_LINE):]))}" if listed else str(html_text(log_text(line)))
        if listed and blocks and blocks[-1].startswith("- "):
            blocks[-1] += "\n" + text  # the list goes on
        else:
            blocks.append(text)
    return f"## Omfång: {html_text(log_text(verdict.title))}\n\n" + "".join(f"{block}\n\n" for block in blocks)


def _add_change_commands(commands) -> None:
    from . import arguments

    new = commands.add_parser("new", help="skapa ett utkast till en plan och en platshållare för källtexten",
                              description="Skapa ett utkast till en plan och en platshållare för källtexten.")
    new.add_argument("--actor", required=True, metavar="AKTÖR",
                     help="aktörens id, t.ex. --actor eskilstuna-v, eller förkortning, t.ex. --actor v")
    new.add_argument("--municipality", metavar="KOMMUN",
                     help="kommunen, när --actor är en förkortning, t.ex. --municipality eskilstuna")
    new.add_argument("--body", required=True, type=arguments.text, metavar="NÄMND",
                     help="nämnden eller området dokumentet gäller, t.ex. --body Socialnämnden")
    dating = new.add_mutually_exclusive_group(required=True)
    dating.add_argument("--year", type=arguments.year, metavar="ÅR",
                        help="året dokumentet gäller, t.ex. --year 2026")
    dating.add_argument("--period", type=arguments.period, metavar="START-SLUT",
                        help="första och sista året när dokumentet gäller flera år, t.ex. --period 2026-2027")
    dating.add_argument("--undated", type=arguments.text, metavar="FÖRKLARING",
                        help='när dokumentet saknar datum: vad som är känt, t.ex. --undated "Webbsida utan datum, '
                             'hämtad 1 mars 2026"')
    for name, text in (
        ("changes", "visa som Markdown vad ändringen betyder för väljarna"),
        ("check-scope", "kontrollera att en pull request bara rör en aktörs planer"),
    ):
        command = commands.add_parser(name, help=text)
        command.add_argument("--base", required=True, help="jämför med den här revisionen, t.ex. origin/main")
        command.add_argument("--head", default="HEAD", help="revisionen med ändringen (standard: HEAD)")


@functools.lru_cache(maxsize=1)
def _parser():
    """The command line's parser, made once a process: `main` runs in-process many times (the
    tests, `engines`' build), and making it each time cost 1 ms or more a call. Parsing leaves no
    state in it that another call reads. It holds the commands' names, not their functions:
    `main` looks each up when it runs (`_command`), so a patched `cmd_…` is the one run."""
    from .arguments import SwedishArgumentParser

    # Every command answers in Swedish: usage, help and errors (party offices run `validate`).
    parser = SwedishArgumentParser(prog="python -m generator", description="Vem lovar vad? – kontroll och sidgenerering.")
    parser.add_argument("--root", type=Path, default=Path("."), help="projektets rot (standard: .)")
    commands = parser.add_subparsers(dest="command", required=True, metavar="KOMMANDO",
                                     parser_class=SwedishArgumentParser)
    commands.add_parser("validate", help="kontrollera alla planer och register")
    build = commands.add_parser("build", help="skriv de genererade sidorna till docs/")
    build.add_argument("--municipality", metavar="KOMMUN",
                       help="bara den kommunens sidor och de nationella sidorna, t.ex. --municipality eskilstuna "
                            "(för att bygga kommunerna parallellt)")
    merge = commands.add_parser("merge", help="slå ihop webbplatserna som en matrisbyggnad gav, ett jobb per kommun")
    merge.add_argument("--into", required=True, type=Path, metavar="MAPP",
                       help="en ny mapp för den sammanslagna webbplatsen, t.ex. --into merged-site")
    merge.add_argument("sites", nargs="+", type=Path, metavar="WEBBPLATS",
                       help="varje jobbs byggda webbplats (dess site/), t.ex. site-eskilstuna site-falun")
    coverage = commands.add_parser("coverage", help="visa hur stor del av varje källtext som citeras")
    coverage.add_argument("-v", "--verbose", action="store_true", help="lista stycken som inte är citerade")
    commands.add_parser("schema", help="skriv JSON-scheman för redigeringsprogram och guidens ämneslista och fälttabell")
    _add_change_commands(commands)
    return parser


def _command(name: str) -> Callable[..., int]:
    """The function a command's name runs (`check-scope`: `cmd_check_scope`), looked up in this
    module when it is run, not when the parser was made."""
    return globals()[f"cmd_{name.replace('-', '_')}"]


def main(argv: list[str] | None = None, built: Callable[[list[Output]], None] | None = None) -> int:
    """The command `argv` names, run; its exit code. `built` is handed the outputs `build` wrote
    its pages from, once they are written: `engines` orders and titles Zensical's search index by
    them, the site model linked once for the whole build."""
    parser = _parser()
    args = parser.parse_args(argv)
    args.built = built
    if not args.root.is_dir() or not any((args.root / folder).is_dir() for folder in ("plans", "registry")):
        # Before any command reads or writes there (`schema` made docs/schema/ in any folder).
        print(log_text(f"{parser.prog}: fel: {args.root} är ingen projektmapp: där finns varken plans/ eller "
                       "registry/. Kör kommandot i repots mapp, eller ange den med --root."), file=sys.stderr)
        return 2
    try:
        # Each command builds its model once and exits, as of one day however long it runs.
        with collector.paused(), clock.one_day():
            return _command(args.command)(args)
    except ValidationFailed as failure:
        _print_errors(failure.errors, inputs=failure.inputs)
        return 1
    except clock.ClockError as error:  # the build's day, set in the environment, is no day
        print(log_text(f"{parser.prog}: fel: {error}"), file=sys.stderr)
        return 2
    except BrokenPipeError:  # the output's reader stopped early (`… coverage -v | head`): nothing to report,
        # but the output is cut short, so the exit code is 1, as Python's own documentation advises
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())  # and the exit's flush stays quiet
        return 1
    except OSError as error:  # a file or folder the command writes; unreadable inputs are located errors
        where = f"{error.filename}: " if error.filename else ""
        print(log_text(f"Kunde inte skriva eller läsa {where}{os_reason(error)}."), file=sys.stderr)
        print("Tips: kontrollera att mappen går att skriva i och att ingen annan fil eller mapp ligger där "
              "filen ska skrivas.", file=sys.stderr)
        return 1
    except KeyboardInterrupt:  # pragma: no cover
        return 130
