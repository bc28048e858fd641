#!/usr/bin/env python3
"""The baselines: read a project's registry and plan YAML files with libyaml, nothing else.

    python bench/parse_only.py PROJECT            # parse: Python objects, as yaml.load makes them
    python bench/parse_only.py --events PROJECT   # events: libyaml's events, with their marks

Reads the same files `python -m generator validate` reads, in a fresh process, with PyYAML's
C parser (`yaml.CSafeLoader`), and prints how many it read.

`--events` stops at the parser's events, each with the line and column where it starts:
what a loader must read to say where every value stands (ours composes its own nodes from
them). No Python object is built from them, so it is the least any such loader does.
"""

import sys
from pathlib import Path

import yaml


def main() -> int:
    events = sys.argv[1:2] == ["--events"]
    root = Path(sys.argv[-1])
    files = sorted((root / "registry").glob("*.yaml")) + sorted((root / "plans").glob("*.yaml"))
    count = 0
    for path in files:
        with path.open(encoding="utf-8") as handle:
            if events:
                for _ in yaml.parse(handle.read(), Loader=yaml.CSafeLoader):
                    count += 1
            else:
                yaml.load(handle, Loader=yaml.CSafeLoader)
    print(f"{len(files)} YAML files read" + (f", {count} events" if events else ""))
    return 0


if __name__ == "__main__":
    sys.exit(main())
