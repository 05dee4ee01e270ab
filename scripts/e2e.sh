#!/usr/bin/env bash
# Builds the site and runs the Playwright suite in Debian's Chromium (installed here when missing).
set -euo pipefail
cd "$(dirname "$0")/.."
chromium_path="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [ ! -x "$chromium_path" ]; then
  if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null; then
    echo "Chromium not found at $chromium_path: installing Debian's chromium package…"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  else
    echo "Chromium is missing at $chromium_path. Install it with: sudo apt-get install -y chromium" >&2
    echo "(or point CHROMIUM_PATH at a Chromium binary). 'npx playwright install' cannot work here." >&2
    exit 1
  fi
fi
VITE_CONFIG_NATIVE_IGNORE_WARNING=true npx vite build --logLevel warn
# The library build too (with its type declarations, which package.json points at):
# e2e/library.spec.ts loads the shipped files as a newsroom's page would.
npm run --silent build:lib >/dev/null
npx playwright test "$@"
