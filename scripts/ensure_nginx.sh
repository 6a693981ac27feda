#!/usr/bin/env bash
# `make cluster` puts nginx in front of the Rasa replicas and the staff app (deploy/nginx.conf). This installs
# Debian's nginx package when its binary is missing (nothing is started here: scripts/cluster.sh runs its own
# nginx with its own configuration; on a machine with an init system Debian's package also starts a default
# site on port 80, which the cluster does not use: `systemctl disable --now nginx` if you do not want it).
set -euo pipefail
if command -v nginx >/dev/null 2>&1 || [ -x /usr/sbin/nginx ]; then
  exit 0
fi
if [ "$(id -u)" != 0 ] && ! command -v sudo >/dev/null 2>&1; then
  echo "nginx is not installed and this user cannot install it: apt-get install nginx" >&2
  exit 1
fi
SUDO=""; [ "$(id -u)" != 0 ] && SUDO="sudo"
echo "installing Debian's nginx package for make cluster..."
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq nginx >/dev/null
