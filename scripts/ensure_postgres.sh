#!/usr/bin/env bash
# The storage tests run against a real local PostgreSQL server that they start themselves. This installs
# Debian's server package when its binaries are missing (nothing is started here).
set -euo pipefail
if ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null 2>&1; then
  exit 0
fi
if [ "$(id -u)" != 0 ] && ! command -v sudo >/dev/null 2>&1; then
  echo "PostgreSQL's server is not installed and this user cannot install it: apt-get install postgresql" >&2
  exit 1
fi
SUDO=""; [ "$(id -u)" != 0 ] && SUDO="sudo"
echo "installing Debian's postgresql package for the storage tests..."
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq postgresql >/dev/null
