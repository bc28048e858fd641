"""Command line: arguments, printing and exit codes. The only place that catches and exits."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from .errors import LocatedError, ValidationFailed


def _print_errors(errors: list[LocatedError]) -> None:
    annotate = os.environ.get("GITHUB_ACTIONS") == "true"
    for error in errors:
        print(error, file=sys.stderr)
        if annotate:
            print(error.github_annotation())
    files = len({e.path for e in errors})
    print(f"\n{len(errors)} fel i {files} fil(er). Inget har skrivits.", file=sys.stderr)


def _site(root: Path):
    from .crossref import build_site

    return build_site(root)


def cmd_validate(args) -> int:
    site = _site(args.root)
    items = sum(len(plan.items) for plan in site.plans)
    print(f"OK: {len(site.plans)} planer, {items} punkter, {len(site.topics)} ämnen, "
          f"{len(site.actors)} aktörer. Alla citat finns i källtexterna.")
    return 0


def cmd_schema(args) -> int:
    from .schema import SCHEMA_DIR, json_schemas
    from .write import write_files

    changed = write_files(args.root / SCHEMA_DIR, json_schemas())
    print(f"{len(changed)} schemafil(er) uppdaterade i {SCHEMA_DIR}/.")
    return 0


def cmd_build(args) -> int:
    from .render import render_site
    from .write import write_generated

    site = _site(args.root)
    changed = write_generated(args.root / "docs", render_site(site))
    print(f"{len(changed)} sidor ändrade under docs/.")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m generator", description="Vem lovar vad? – kontroll och sidgenerering.")
    parser.add_argument("--root", type=Path, default=Path("."), help="projektets rot (standard: .)")
    commands = parser.add_subparsers(dest="command", required=True)
    commands.add_parser("validate", help="kontrollera alla planer och register").set_defaults(run=cmd_validate)
    commands.add_parser("build", help="skriv de genererade sidorna till docs/").set_defaults(run=cmd_build)
    commands.add_parser("schema", help="skriv JSON-scheman för editorer").set_defaults(run=cmd_schema)
    args = parser.parse_args(argv)
    try:
        return args.run(args)
    except ValidationFailed as failure:
        _print_errors(failure.errors)
        return 1
    except KeyboardInterrupt:  # pragma: no cover
        return 130
