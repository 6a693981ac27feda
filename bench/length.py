"""Turn latency against a conversation's length (part of `make bench`, or `python -m bench.length`).

One visitor asks FAQ questions for TURNS turns in a single conversation session, three times over, with the
conversations kept by the project's tracker store: the embedded SQLite file and PostgreSQL. Reported: p50 of
turns 2-11 ("turn 1", past the session start) and of turns 96-105 ("turn 100"), and their ratio (target:
turn 100 within 1.5x of turn 1). Each turn loads the conversation's latest session and saves the new
events; the transcript broker writes to a clinic database of the same kind.
"""

from __future__ import annotations

import asyncio
import time
import uuid
from pathlib import Path
from typing import Dict, List, Optional

import aiohttp

from bench.common import percentile, run_and_report
from testbed.pgcluster import PostgresCluster
from bench.server import REST_HEADERS, ROOT, VISITOR_TURNS, Server

TURNS = 110
CONVERSATIONS = 3
TARGET_RATIO = 1.5
QUESTIONS = [text for text in VISITOR_TURNS if text not in ("hi there", "bye")]


async def _conversation(url: str) -> List[float]:
    latencies: List[float] = []
    sender = f"length-{uuid.uuid4().hex}"
    timeout = aiohttp.ClientTimeout(total=120)
    async with aiohttp.ClientSession(timeout=timeout, headers=REST_HEADERS) as session:
        for turn in range(TURNS):
            started = time.perf_counter()
            async with session.post(url, json={"sender": sender, "message": QUESTIONS[turn % len(QUESTIONS)]}) as r:
                assert r.status == 200 and await r.json()
            latencies.append((time.perf_counter() - started) * 1000)
    return latencies


def run_store(model: Path, name: str, database_url: Optional[str] = None, tracker_store: Optional[Dict] = None) -> Dict:
    server = Server(ROOT, model, with_actions=False, database_url=database_url,
                    tracker_store=tracker_store)
    server.start()
    try:
        asyncio.run(server.wait_ready())
        runs = [asyncio.run(_conversation(server.url)) for _ in range(CONVERSATIONS)]
    finally:
        server.stop()
    first = [run[t] for run in runs for t in range(1, 11)]
    hundredth = [run[t] for run in runs for t in range(95, 105)]
    p1, p100 = percentile(first, 50), percentile(hundredth, 50)
    return {"store": name, "turn_1_p50_ms": round(p1, 1), "turn_100_p50_ms": round(p100, 1),
            "ratio": round(p100 / p1, 2)}


def run(model: Optional[Path] = None) -> List[Dict]:
    model = model or ROOT / "models" / "clinic.tar.gz"
    results = [run_store(model, "sqlite (embedded)")]
    cluster = PostgresCluster().start()
    try:
        clinic = cluster.new_database()
        rasa = cluster.new_database().split("@/", 1)[1].split("?", 1)[0]  # the database's name
        from bench.intake import ActionServerProcess  # migrates the clinic database

        ActionServerProcess(clinic).migrate()
        store = {"type": "assistant.tracker_store.ClinicSQLTrackerStore", "dialect": "postgresql", "db": rasa,
                 "username": "postgres", "port": cluster.port, "query": {"host": str(cluster.base)}}
        results.append(run_store(model, "postgresql", database_url=clinic, tracker_store=store))
    finally:
        cluster.stop()
    return results


def report(results: List[Dict]) -> str:
    lines = [f"{'conversation length':34} {'turn 1 p50':>10} {'turn 100 p50':>12} {'ratio':>6}  target"]
    for r in results:
        lines.append(f"{r['store']:34} {r['turn_1_p50_ms']:>10} {r['turn_100_p50_ms']:>12} {r['ratio']:>6}  "
                     f"<= {TARGET_RATIO}")
    return "\n".join(lines)


def main() -> None:
    run_and_report("length", run, report)


if __name__ == "__main__":
    main()
