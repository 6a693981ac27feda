#!/usr/bin/env bash
# The lock-store tests run against a real local Redis server that they start themselves (bench/redisserver.py).
# This installs Debian's redis-server package when its binary is missing (nothing is started here; on a
# machine with an init system Debian's package starts its own service on 6379, which the tests do not use).
set -euo pipefail
if command -v redis-server >/dev/null 2>&1 || [ -x /usr/bin/redis-server ]; then
  exit 0
fi
if [ "$(id -u)" != 0 ] && ! command -v sudo >/dev/null 2>&1; then
  echo "Redis's server is not installed and this user cannot install it: apt-get install redis-server" >&2
  exit 1
fi
SUDO=""; [ "$(id -u)" != 0 ] && SUDO="sudo"
echo "installing Debian's redis-server package for the lock-store tests..."
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq redis-server >/dev/null
