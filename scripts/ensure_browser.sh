#!/usr/bin/env bash
# The browser tests drive Debian's Chromium (headless) with playwright-core from npm; no browser is
# downloaded by a test tool. This installs what is missing: the chromium package, and the npm modules.
set -euo pipefail
cd "$(dirname "$0")/.."
if ! command -v chromium >/dev/null 2>&1; then
  SUDO=""; [ "$(id -u)" != 0 ] && SUDO="sudo"
  echo "installing Debian's chromium package for the browser tests..."
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium >/dev/null
fi
if [ ! -d website/node_modules/playwright-core ] || [ website/package-lock.json -nt website/node_modules/.package-lock.json ]; then
  (cd website && npm ci --no-audit --no-fund --silent)
fi
