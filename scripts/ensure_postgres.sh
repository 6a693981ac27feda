#!/usr/bin/env bash
# The storage tests run against a real local PostgreSQL server that they start themselves. This installs
# Debian's server package when its binaries are missing (nothing is started here).
exec "$(dirname "$0")/ensure_debian.sh" postgresql initdb "the storage tests" "/usr/lib/postgresql/*/bin/initdb"
