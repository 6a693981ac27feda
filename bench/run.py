"""`make bench`: the assistant against Rasa's stock `rasa init` assistant, on this machine, over REST.

For each assistant it measures: full training time (`rasa train --force`), time from `rasa run` starting to
the first answered message, per-turn latency (p50/p95/p99) and messages per second with 1, 10 and 50
visitor conversations under way at once (each a visitor saying the ten VISITOR_TURNS, then the next visitor), and the Rasa server's memory (peak RSS while under load). The stock
assistant is the template `rasa init` writes, trained in a temporary folder. Both are driven with the same
visitor messages from the same client, on the same two cores as the servers (the client's own CPU is part
of the picture for both). Results are printed and written to bench/results/latest.json.

    python -m bench.run [--skip-training] [--levels 1 10 50] [--turns 240]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import shutil
import subprocess
import tempfile
import time
import uuid
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Dict, List, Optional, Sequence

import aiohttp
import psutil
import yaml

from bench.common import free_port, percentile

ROOT = Path(__file__).resolve().parents[1]
VENV_BIN = ROOT / ".venv" / "rasa" / "bin"
RESULTS = ROOT / "bench" / "results"

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

TARGETS = {
    "p50_ms_at_1": 25.0,
    "p95_ms_at_1": 60.0,
    "rss_mb": 1200.0,
    "ready_s": 40.0,
    "train_s": 300.0,
}


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


@dataclass
class AssistantResult:
    name: str
    train_s: Optional[float] = None
    ready_s: Optional[float] = None
    peak_rss_mb: Optional[float] = None
    levels: List[LevelResult] = field(default_factory=list)


# The benchmarks run the assistant in development mode with their own tokens, as a trusted integration
# on the REST channel, with the abuse limits lifted (every simulated visitor comes from 127.0.0.1).
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


def train(project: Path, out: Path, model_name: str) -> float:
    """Seconds for a full `rasa train --force` of the project."""
    started = time.monotonic()
    subprocess.run(
        [str(VENV_BIN / "rasa"), "train", "--force", "--fixed-model-name", model_name, "--out", str(out)],
        cwd=project, env=_env(), check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    return time.monotonic() - started


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


async def measure(result: AssistantResult, server: Server, levels: Sequence[int], turns: int) -> None:
    server.start()
    try:
        result.ready_s = round(await server.wait_ready(), 1)
        # warm-up: the first turns of a fresh process pay for lazy initialisation
        await run_level(server, 2, 20)
        peak = 0.0
        for level in levels:
            level_result, level_peak = await run_level(server, level, turns)
            result.levels.append(level_result)
            peak = max(peak, level_peak)
        result.peak_rss_mb = round(peak, 0)
    finally:
        server.stop()


def stock_project(workdir: Path) -> Path:
    """The project `rasa init` creates, copied from Rasa's own template."""
    import rasa.cli

    template = Path(rasa.cli.__file__).parent / "initial_project"
    project = workdir / "stock"
    shutil.copytree(template, project)
    return project


def _ratio(ours: Optional[float], stock: Optional[float]) -> str:
    if not ours or not stock:
        return "-"
    return f"{ours / stock:.2f}x"


def report(ours: AssistantResult, stock: AssistantResult) -> str:
    lines = [
        f"{'measure':34} {'ours':>10} {'stock':>10} {'ours/stock':>11}  target",
        f"{'training, full (s)':34} {ours.train_s or '-':>10} {stock.train_s or '-':>10} "
        f"{_ratio(ours.train_s, stock.train_s):>11}  <= {TARGETS['train_s']:.0f}",
        f"{'start to first answer (s)':34} {ours.ready_s:>10} {stock.ready_s:>10} "
        f"{_ratio(ours.ready_s, stock.ready_s):>11}  <= {TARGETS['ready_s']:.0f}",
        f"{'Rasa server peak RSS (MB)':34} {ours.peak_rss_mb:>10} {stock.peak_rss_mb:>10} "
        f"{_ratio(ours.peak_rss_mb, stock.peak_rss_mb):>11}  <= {TARGETS['rss_mb']:.0f}",
    ]
    for mine, theirs in zip(ours.levels, stock.levels):
        n = mine.conversations
        for key, label, target in (
            ("p50_ms", "p50 latency (ms)", TARGETS["p50_ms_at_1"] if n == 1 else None),
            ("p95_ms", "p95 latency (ms)", TARGETS["p95_ms_at_1"] if n == 1 else None),
            ("p99_ms", "p99 latency (ms)", None),
            ("messages_per_s", "messages per second", None),
        ):
            a, b = getattr(mine, key), getattr(theirs, key)
            goal = f"<= {target:.0f}" if target else ("> stock" if key == "messages_per_s" and n == 10 else "")
            lines.append(f"{f'{n:>2} conversations: {label}':34} {a:>10} {b:>10} {_ratio(a, b):>11}  {goal}")
        lines.append(f"{f'{n:>2} conversations: turns, failed':34} {f'{mine.turns}, {mine.errors}':>10} "
                     f"{f'{theirs.turns}, {theirs.errors}':>10}")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--skip-training", action="store_true", help="use models/clinic.tar.gz as it is")
    parser.add_argument("--levels", type=int, nargs="+", default=[1, 10, 50])
    parser.add_argument("--turns", type=int, default=300, help="visitor turns per concurrency level")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="bench-") as tmp:
        workdir = Path(tmp)
        ours, stock = AssistantResult("ours"), AssistantResult("stock rasa init")
        stock_dir = stock_project(workdir)
        print("training the stock assistant ...", flush=True)
        stock.train_s = round(train(stock_dir, workdir / "stock-models", "stock"), 1)
        if args.skip_training:
            our_model = ROOT / "models" / "clinic.tar.gz"
        else:
            print("training ours ...", flush=True)
            ours.train_s = round(train(ROOT, workdir / "our-models", "clinic"), 1)
            our_model = workdir / "our-models" / "clinic.tar.gz"
        print("driving ours ...", flush=True)
        asyncio.run(measure(ours, Server(ROOT, our_model, with_actions=True), args.levels, args.turns))
        print("driving the stock assistant ...", flush=True)
        stock_model = workdir / "stock-models" / "stock.tar.gz"
        asyncio.run(measure(stock, Server(stock_dir, stock_model, with_actions=False), args.levels, args.turns))
        print("driving whole intakes on SQLite and PostgreSQL ...", flush=True)
        from bench import intake

        intake_results = intake.run(our_model)
        print("one long conversation on each tracker store ...", flush=True)
        from bench import length

        length_results = length.run(our_model)
        print("two replicas and one, behind the proxy (make cluster) ...", flush=True)
        from bench import replicas

        replicas_results = replicas.run()
        print("texting the assistant through the Twilio stand-in ...", flush=True)
        from bench import sms

        sms_results = sms.run(our_model)

    print("timing the staff app with 10,000 handoffs ...", flush=True)
    actions_python = ROOT / ".venv" / "actions" / "bin" / "python"
    staff = subprocess.run([str(actions_python), "-m", "bench.staff"], cwd=ROOT, env=_env(),
                           capture_output=True, text=True)
    table = report(ours, stock)
    print()
    print(table)
    print()
    print(intake.report(intake_results))
    print()
    print(length.report(length_results))
    print()
    print(replicas.report(replicas_results))
    print()
    print(sms.report(sms_results))
    print()
    print(staff.stdout.strip() or staff.stderr[-2000:])
    RESULTS.mkdir(parents=True, exist_ok=True)
    payload = {
        "when": time.strftime("%Y-%m-%d %H:%M:%S"),
        "machine": {"cpus": os.cpu_count(), "memory_gb": round(psutil.virtual_memory().total / 2**30)},
        "targets": TARGETS,
        "ours": asdict(ours),
        "stock": asdict(stock),
        "intake": intake_results,
        "length": length_results,
        "replicas": replicas_results,
        "sms": sms_results,
    }
    (RESULTS / "latest.json").write_text(json.dumps(payload, indent=2))
    print(f"\nwritten to {RESULTS / 'latest.json'}")


if __name__ == "__main__":
    main()
