"""Intake benchmark (part of `make bench`, or `python -m bench.intake`): whole intakes over REST with the
action server and the database in the loop, on SQLite and on PostgreSQL.

For each database it measures the per-turn latency of full intake conversations run one at a time (p50,
p95), then runs 20 intakes at once (twice) and reports handoffs written per second, checking in the
database that every intake wrote exactly one handoff (none lost, none duplicated).
"""

from __future__ import annotations

import asyncio
import json
import subprocess
import tempfile
import time
import uuid
from pathlib import Path
from typing import Dict, List, Optional

import aiohttp

from testbed.pgcluster import PostgresCluster
from bench.common import percentile, run_and_report
from testbed.ports import free_port
from bench.server import REST_HEADERS, ROOT, Server, _env

ACTIONS_PYTHON = ROOT / ".venv" / "actions" / "bin" / "python"
TARGET_P95_MS = 100.0  # one intake at a time (issue 10)


def _name(n: int) -> str:
    """A distinct name per intake, in letters only (names with digits are refused, as they should be)."""
    return f"Visitor {chr(65 + n % 26)}{chr(97 + (n // 26) % 26)}{chr(97 + (n // 676) % 26)}"


def intake_turns(n: int) -> List[str]:
    return [
        "I'd like to book a free consultation", "/affirm", "yes", _name(n),
        f"(714) 555-{n % 10000:04d}", "skip", "Tustin", "depression", "text", "evening", "yes",
    ]


class ActionServerProcess:
    def __init__(self, database_url: str) -> None:
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}/webhook"
        self.env = dict(_env(), DATABASE_URL=database_url)

    def migrate(self) -> None:
        subprocess.run([str(ACTIONS_PYTHON), "-m", "clinic", "db", "upgrade"], env=self.env, cwd=ROOT,
                       check=True, stdout=subprocess.DEVNULL)

    def start(self) -> None:
        self.migrate()
        self.process = subprocess.Popen(
            [str(ACTIONS_PYTHON), "-m", "actions", "--port", str(self.port)],
            env=self.env, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )

    def count(self, prefix: str) -> Dict[str, int]:
        """Handoffs whose conversation id holds `prefix` (the channel names its conversations `rest:<sender>`):
        rows, and distinct conversations."""
        script = (
            "import json,sys; from sqlalchemy import select, func; from clinic.storage.db import session_factory;"
            "from clinic.storage.models import Handoff\n"
            "with session_factory()() as s:\n"
            "  q = select(func.count(), func.count(Handoff.conversation_id.distinct()))"
            f".where(Handoff.conversation_id.like('%{prefix}%'))\n"
            "  rows, distinct = s.execute(q).one(); print(json.dumps({'rows': rows, 'distinct': distinct}))"
        )
        done = subprocess.run([str(ACTIONS_PYTHON), "-c", script], env=self.env, cwd=ROOT, check=True,
                              capture_output=True, text=True)
        return json.loads(done.stdout)

    def stop(self) -> None:
        self.process.terminate()
        self.process.wait(timeout=20)


async def _intake(session, url: str, sender: str, n: int, latencies: List[float]) -> bool:
    done = False
    for text in intake_turns(n):
        started = time.perf_counter()
        async with session.post(url, json={"sender": sender, "message": text}) as response:
            body = await response.json()
        latencies.append((time.perf_counter() - started) * 1000)
        done = any("reference" in (m.get("text") or "") for m in body)
    return done


async def _measure(server: Server, prefix: str) -> Dict[str, float]:
    timeout = aiohttp.ClientTimeout(total=120)
    async with aiohttp.ClientSession(timeout=timeout, headers=REST_HEADERS) as session:
        sequential: List[float] = []
        for n in range(10):
            await _intake(session, server.url, f"{prefix}seq-{n}", n, sequential)
        concurrent: List[float] = []
        started = time.perf_counter()
        completed = 0
        for round_ in range(2):
            results = await asyncio.gather(*(
                _intake(session, server.url, f"{prefix}con-{round_}-{n}", 100 + round_ * 20 + n, concurrent)
                for n in range(20)
            ))
            completed += sum(results)
        seconds = time.perf_counter() - started
    return {
        "sequential_p50_ms": round(percentile(sequential, 50), 1),
        "sequential_p95_ms": round(percentile(sequential, 95), 1),
        "concurrent_p95_ms": round(percentile(concurrent, 95), 1),
        "intakes_completed": completed + 10,
        "handoffs_per_s_at_20": round(40 / seconds, 1),
    }


def run_backend(name: str, database_url: str, model: Path) -> Dict[str, float]:
    actions = ActionServerProcess(database_url)
    actions.start()
    server = Server(ROOT, model, with_actions=False, action_server_url=actions.url, database_url=database_url)
    server.start()
    try:
        asyncio.run(server.wait_ready())
        prefix = f"bench-{uuid.uuid4().hex[:8]}-"
        figures = asyncio.run(_measure(server, prefix))
        counts = actions.count(prefix)
        figures["handoffs_in_database"] = counts["rows"]
        figures["lost"] = 50 - counts["distinct"]
        figures["duplicated"] = counts["rows"] - counts["distinct"]
        figures["backend"] = name
        return figures
    finally:
        server.stop()
        actions.stop()


def run(model: Optional[Path] = None) -> List[Dict[str, float]]:
    model = model or ROOT / "models" / "clinic.tar.gz"
    results = []
    with tempfile.TemporaryDirectory(prefix="bench-intake-") as tmp:
        results.append(run_backend("sqlite", f"sqlite:///{Path(tmp) / 'clinic.db'}", model))
    cluster = PostgresCluster().start()
    try:
        results.append(run_backend("postgresql", cluster.new_database(), model))
    finally:
        cluster.stop()
    return results


def report(results: List[Dict[str, float]]) -> str:
    lines = [f"{'intake, with actions and database':34} {'sqlite':>10} {'postgresql':>11}  target"]
    by = {r["backend"]: r for r in results}
    for key, label, target in (
        ("sequential_p50_ms", "one at a time: p50 per turn (ms)", ""),
        ("sequential_p95_ms", "one at a time: p95 per turn (ms)", f"<= {TARGET_P95_MS:.0f}"),
        ("concurrent_p95_ms", "20 at once: p95 per turn (ms)", ""),
        ("handoffs_per_s_at_20", "20 at once: handoffs per second", ""),
        ("handoffs_in_database", "handoffs written (50 intakes)", "50"),
        ("lost", "lost", "0"),
        ("duplicated", "duplicated", "0"),
    ):
        lines.append(f"{label:34} {by['sqlite'][key]:>10} {by['postgresql'][key]:>11}  {target}")
    return "\n".join(lines)


def main() -> None:
    run_and_report("intake", run, report)


if __name__ == "__main__":
    main()
