#!/usr/bin/env bash
# The lock-store tests run against a real local Redis server that they start themselves (testbed/redisserver.py).
# This installs Debian's redis-server package when its binary is missing (nothing is started here; on a
# machine with an init system Debian's package starts its own service on 6379, which the tests do not use).
exec "$(dirname "$0")/ensure_debian.sh" redis-server redis-server "the lock-store tests" /usr/bin/redis-server
