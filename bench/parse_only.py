#!/usr/bin/env python3
"""The baseline: parse a project's registry and plan YAML files with libyaml, nothing else.

    python bench/parse_only.py PROJECT

Reads the same files `python -m generator validate` reads, with PyYAML's C parser
(`yaml.CSafeLoader`), in a fresh process, and prints how many it parsed.
"""

import sys
from pathlib import Path

import yaml


def main() -> int:
    root = Path(sys.argv[1])
    files = sorted((root / "registry").glob("*.yaml")) + sorted((root / "plans").glob("*.yaml"))
    for path in files:
        with path.open(encoding="utf-8") as handle:
            yaml.load(handle, Loader=yaml.CSafeLoader)
    print(f"{len(files)} YAML files parsed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
