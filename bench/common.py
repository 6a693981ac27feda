"""Small helpers every benchmark uses, with no dependencies (the staff benchmark runs in the action-server
environment, the others in the Rasa environment)."""

from __future__ import annotations

import socket
from typing import List


def free_port() -> int:
    """A TCP port on the loopback interface that nothing listens on right now."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def percentile(values: List[float], q: float) -> float:
    """The q-th percentile (nearest rank) of `values`; NaN when there are none."""
    ordered = sorted(values)
    if not ordered:
        return float("nan")
    index = min(len(ordered) - 1, max(0, round(q / 100 * (len(ordered) - 1))))
    return ordered[index]
