"""Free local ports for the servers the tests and benchmarks start."""

from __future__ import annotations

import random
import socket
from typing import Set

# Below Linux's ephemeral range (32768-60999 by default), which outgoing connections also draw from: a port the
# kernel handed out with bind(0) could be taken by some process's outgoing connection (PostgreSQL's, Redis's,
# a test's HTTP client) before the server meant for it started, and the server then failed with "address in use".
PORT_RANGE = (20000, 32000)
_handed_out: Set[int] = set()


def _bindable(port: int) -> bool:
    with socket.socket() as s:
        try:
            s.bind(("127.0.0.1", port))
        except OSError:
            return False
    return True


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on right now, outside the ephemeral range, and not handed out
    before by this process."""
    for _ in range(500):
        port = random.randint(*PORT_RANGE)
        if port not in _handed_out and _bindable(port):
            _handed_out.add(port)
            return port
    with socket.socket() as s:  # (a machine with that whole range taken: the kernel's choice)
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]
