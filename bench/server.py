"""The assistant as the benchmarks drive it: a `rasa run` process (with its action server, or pointed at one)
on free ports with throwaway secrets, the visitor turns a benchmark conversation says, and one load level
(N conversations under way at once over REST). bench/run.py, intake.py, length.py, sms.py and replicas.py
build on it; it imports none of them.
"""

from __future__ import annotations

import asyncio
import os
import shutil
import subprocess
import tempfile
import time
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Dict, List, Optional, Sequence

import aiohttp
import psutil
import yaml

from bench.common import percentile
from testbed.ports import free_port

ROOT = Path(__file__).resolve().parents[1]
VENV_BIN = ROOT / ".venv" / "rasa" / "bin"

# What visitors say, in the order a conversation says it (each conversation starts at a different point).
VISITOR_TURNS: Sequence[str] = (
    "hi there",
    "how does ketamine actually work?",
    "why do you pair it with therapy",
    "can it help with chronic pain too",
    "what does it feel like during an infusion",
    "how many sessions would i need",
    "is it safe",
    "how much does it cost",
    "thanks, that helps",
    "bye",
)


@dataclass
class LevelResult:
    conversations: int
    turns: int
    seconds: float
    p50_ms: float
    p95_ms: float
    p99_ms: float
    messages_per_s: float
    errors: int  # HTTP errors, time-outs and empty replies


BENCH_SECRETS = {
    "CLINIC_ENV": "development",
    "ACTION_SERVER_TOKEN": "bench-action-server-token-" + os.urandom(8).hex(),
    "CLINIC_REST_TOKEN": "bench-rest-token-" + os.urandom(8).hex(),
    "CLINIC_RATE_LIMITS": '{"per_address": [1e9, 1e9], "per_conversation": [1e9, 1e9], "new_per_address": [1e9, 1e9]}',
}
REST_HEADERS = {"Authorization": f"Bearer {BENCH_SECRETS['CLINIC_REST_TOKEN']}"}


def _env() -> Dict[str, str]:
    return dict(
        os.environ,
        PYTHONPATH=str(ROOT),
        RASA_TELEMETRY_ENABLED="false",
        TF_CPP_MIN_LOG_LEVEL="3",
        PYTHONWARNINGS="ignore",
        **BENCH_SECRETS,
    )


class Server:
    """A `rasa run` process (and, for this project, its action server) with its start-up time."""

    def __init__(
        self, project: Path, model: Path, with_actions: bool, action_server_url: Optional[str] = None,
        database_url: Optional[str] = None, tracker_store: Optional[Dict] = None,
    ) -> None:
        """`database_url`: the clinic database the transcript goes to (default: a fresh SQLite file of its own,
        never var/); `tracker_store`: endpoints.yml's tracker_store section (default: the project's, on a
        fresh file)."""
        self.project, self.model, self.with_actions = project, model, with_actions
        self.action_server_url = action_server_url
        self.workdir = Path(tempfile.mkdtemp(prefix="bench-server-"))
        self.database_url = database_url or f"sqlite:///{self.workdir / 'clinic.db'}"
        self.tracker_store = tracker_store
        self.credentials = "credentials.yml"
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}/webhooks/rest/webhook"
        self.processes: List[subprocess.Popen] = []
        self.started = 0.0

    def _endpoints(self) -> Path:
        """The project's endpoints with this run's action server, tracker store and transcript database."""
        endpoints = yaml.safe_load((self.project / "endpoints.yml").read_text()) or {}
        if self.action_server_url and "action_endpoint" in endpoints:
            endpoints["action_endpoint"]["url"] = self.action_server_url
        if "tracker_store" in endpoints:
            endpoints["tracker_store"] = self.tracker_store or dict(
                endpoints["tracker_store"], db=str(self.workdir / "conversations.db"))
        if "event_broker" in endpoints:
            endpoints["event_broker"]["url"] = self.database_url
        path = self.workdir / "endpoints.yml"
        path.write_text(yaml.safe_dump(endpoints))
        return path

    def start(self) -> None:
        env = dict(_env(), DATABASE_URL=self.database_url)
        endpoints = str(self._endpoints())
        actions_python = ROOT / ".venv" / "actions" / "bin" / "python"
        if self.database_url.startswith("sqlite") and (self.project / "clinic").is_dir():
            subprocess.run([str(actions_python), "-m", "clinic", "db", "upgrade"], env=env, cwd=ROOT, check=True,
                           stdout=subprocess.DEVNULL)
        if self.with_actions:
            self.processes.append(subprocess.Popen(
                [str(actions_python), "-m", "actions", "--port", str(free_port())],
                cwd=self.project, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
            ))
        self.started = time.monotonic()
        with open(self.workdir / "rasa.log", "w") as log:
            self.rasa = subprocess.Popen(
                [str(VENV_BIN / "rasa"), "run", "--model", str(self.model), "--port", str(self.port),
                 "--credentials", self.credentials, "--endpoints", endpoints],
                cwd=self.project, env=env, stdout=log, stderr=subprocess.STDOUT,
            )
        self.processes.append(self.rasa)
        self.env = env

    async def wait_ready(self, timeout: float = 180.0) -> float:
        """Seconds from process start to the first answered message."""
        async with aiohttp.ClientSession(headers=REST_HEADERS) as session:
            while time.monotonic() - self.started < timeout:
                if self.rasa.poll() is not None:
                    tail = (self.workdir / "rasa.log").read_text(errors="replace")[-2000:]
                    raise RuntimeError(f"rasa run exited during start-up:\n{tail}")
                try:
                    async with session.post(self.url, json={"sender": "ready-probe", "message": "hi"}) as r:
                        if r.status == 200 and await r.json():
                            return time.monotonic() - self.started
                except aiohttp.ClientError:
                    pass
                await asyncio.sleep(0.1)
        raise RuntimeError("rasa run did not answer within the time-out")

    def rss_mb(self) -> float:
        try:
            process = psutil.Process(self.rasa.pid)
            return (process.memory_info().rss + sum(c.memory_info().rss for c in process.children(True))) / 2**20
        except psutil.Error:
            return float("nan")

    def stop(self) -> None:
        for process in reversed(self.processes):
            process.terminate()
        for process in self.processes:
            try:
                process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                process.kill()
        shutil.rmtree(self.workdir, ignore_errors=True)


async def _visitor_slot(session, url, turns, offset, latencies, errors) -> None:
    """One of the N conversations under way at once: visitor after visitor, each saying VISITOR_TURNS."""
    for i in range(turns):
        if i % len(VISITOR_TURNS) == 0:
            sender = f"bench-{uuid.uuid4().hex}"
        text = VISITOR_TURNS[(offset + i) % len(VISITOR_TURNS)]
        started = time.perf_counter()
        try:
            async with session.post(url, json={"sender": sender, "message": text}) as response:
                body = await response.json()
                ok = response.status == 200 and bool(body)
        except (aiohttp.ClientError, asyncio.TimeoutError, ValueError):
            ok = False
        latencies.append((time.perf_counter() - started) * 1000)
        errors[0] += not ok


async def run_level(server: Server, conversations: int, total_turns: int) -> tuple:
    turns_each = max(1, total_turns // conversations)
    latencies: List[float] = []
    errors = [0]
    peak_rss = server.rss_mb()
    connector = aiohttp.TCPConnector(limit=conversations)
    timeout = aiohttp.ClientTimeout(total=120)
    async with aiohttp.ClientSession(connector=connector, timeout=timeout, headers=REST_HEADERS) as session:
        started = time.perf_counter()
        tasks = [
            asyncio.create_task(_visitor_slot(session, server.url, turns_each, i, latencies, errors))
            for i in range(conversations)
        ]
        while not all(t.done() for t in tasks):
            peak_rss = max(peak_rss, server.rss_mb())
            await asyncio.sleep(0.2)
        await asyncio.gather(*tasks)
        seconds = time.perf_counter() - started
    result = LevelResult(
        conversations=conversations,
        turns=len(latencies),
        seconds=round(seconds, 2),
        p50_ms=round(percentile(latencies, 50), 1),
        p95_ms=round(percentile(latencies, 95), 1),
        p99_ms=round(percentile(latencies, 99), 1),
        messages_per_s=round(len(latencies) / seconds, 1),
        errors=errors[0],
    )
    return result, peak_rss
