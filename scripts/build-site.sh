#!/usr/bin/env bash
# `make build`: build the site into a temporary folder and swap it in only when the build
# succeeds, so a failed build (a broken plan, a warning in strict mode) leaves the previous
# site/ exactly as it was. Extra arguments go to the engine's build command.
#
#   ENGINE=mkdocs (default): mkdocs build --strict
#   ENGINE=zensical:         python -m generator build (pages into docs/), then zensical build
set -euo pipefail

bin="${BIN:-.venv/bin}"
engine="${ENGINE:-mkdocs}"
new="$(mktemp -d .site-new.XXXXXX)"
old="${new/.site-new/.site-old}"
trap 'rm -rf "$new" "$old"' EXIT

case "$engine" in
  mkdocs)
    "$bin/mkdocs" build --strict --quiet --site-dir "$new" "$@"
    ;;
  zensical)
    # Zensical reads mkdocs.yml but runs no MkDocs hooks: the pages must be on disk, and it
    # builds into the configured site_dir, so a copy of the configuration points it at $new.
    "$bin/python" -m generator build
    sed "s|^site_dir:.*||" mkdocs.yml > "$new.yml"
    echo "site_dir: $new" >> "$new.yml"
    trap 'rm -rf "$new" "$old" "$new.yml"' EXIT
    "$bin/zensical" build --clean --config-file "$new.yml" "$@"
    ;;
  *)
    echo "ENGINE must be mkdocs or zensical, not '$engine'." >&2
    exit 2
    ;;
esac

chmod 755 "$new"
if [ -d site ]; then
  mv site "$old"
fi
mv "$new" site
echo "Webbplatsen byggd i site/ ($engine)."
