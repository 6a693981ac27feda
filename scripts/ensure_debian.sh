#!/usr/bin/env bash
# Installs a Debian package when the program it provides is missing; starts nothing.
#   scripts/ensure_debian.sh PACKAGE PROGRAM "what needs it" [GLOB]
# PROGRAM is looked up on PATH, and GLOB (e.g. /usr/lib/postgresql/*/bin/initdb) where Debian keeps it off PATH.
set -euo pipefail
package=$1 program=$2 purpose=$3 glob=${4:-}
if command -v "$program" >/dev/null 2>&1 || { [ -n "$glob" ] && compgen -G "$glob" >/dev/null; }; then
  exit 0
fi
if [ "$(id -u)" != 0 ] && ! command -v sudo >/dev/null 2>&1; then
  echo "$package is not installed and this user cannot install it: apt-get install $package" >&2
  exit 1
fi
SUDO=""; [ "$(id -u)" != 0 ] && SUDO="sudo"
echo "installing Debian's $package package for $purpose..."
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "$package" >/dev/null
