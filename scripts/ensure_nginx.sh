#!/usr/bin/env bash
# `make cluster` puts nginx in front of the Rasa replicas and the staff app (deploy/nginx.conf). This installs
# Debian's nginx package when its binary is missing (nothing is started here: scripts/cluster.sh runs its own
# nginx with its own configuration; on a machine with an init system Debian's package also starts a default
# site on port 80, which the cluster does not use: `systemctl disable --now nginx` if you do not want it).
exec "$(dirname "$0")/ensure_debian.sh" nginx nginx "make cluster" /usr/sbin/nginx
