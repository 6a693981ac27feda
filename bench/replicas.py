"""Messages per second through the proxy with two Rasa replicas and with one (part of `make bench`, or
`python -m bench.replicas`): the `make cluster` set-up (testbed/cluster.py), 20 visitor conversations under way at
once over REST, each saying bench.run's VISITOR_TURNS; then one replica is stopped and the same load runs on the
other. Both replicas share this machine's two cores with PostgreSQL, Redis, nginx and the client, so a second
replica can only help as far as one replica leaves a core idle.
"""

from __future__ import annotations

import asyncio
import signal
from typing import Dict, List

from testbed.cluster import Cluster
from bench.common import run_and_report
from bench.server import BENCH_SECRETS, run_level

CONVERSATIONS = 20
TURNS = 300


class _Proxy:
    """What `run_level` drives: the REST webhook behind the proxy."""

    def __init__(self, cluster: Cluster) -> None:
        self.url = f"{cluster.proxy}/webhooks/rest/webhook"

    def rss_mb(self) -> float:
        return float("nan")


def run() -> List[Dict]:
    secrets = {name: value for name, value in BENCH_SECRETS.items() if name != "CLINIC_ENV"}
    cluster = Cluster("http://127.0.0.1:9", env=secrets).start()
    results = []
    try:
        proxy = _Proxy(cluster)
        asyncio.run(run_level(proxy, 4, 40))  # warm-up: both replicas' first turns
        for replicas in (2, 1):
            if replicas == 1:
                cluster.kill("rasa-2", signal.SIGTERM)
            level, _ = asyncio.run(run_level(proxy, CONVERSATIONS, TURNS))
            results.append({"replicas": replicas, "conversations": CONVERSATIONS, "turns": level.turns,
                            "messages_per_s": level.messages_per_s, "p50_ms": level.p50_ms,
                            "p95_ms": level.p95_ms, "failed": level.errors})
    finally:
        cluster.stop()
        cluster.remove()
    return results


def report(results: List[Dict]) -> str:
    lines = [f"{'replicas, 20 conversations at once':34} {'msg/s':>8} {'p50 ms':>8} {'p95 ms':>8} {'failed':>7}"]
    for r in results:
        lines.append(f"{r['replicas']:<34} {r['messages_per_s']:>8} {r['p50_ms']:>8} {r['p95_ms']:>8} {r['failed']:>7}")
    return "\n".join(lines)


def main() -> None:
    run_and_report("replicas", run, report)


if __name__ == "__main__":
    main()
