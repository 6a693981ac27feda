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
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import List, Optional, Sequence

import psutil

from bench import intake, length, replicas, sms
from bench.server import ROOT, VENV_BIN, LevelResult, Server, _env, run_level

RESULTS = ROOT / "bench" / "results"

TARGETS = {
    "p50_ms_at_1": 25.0,
    "p95_ms_at_1": 60.0,
    "rss_mb": 1200.0,
    "ready_s": 40.0,
    "train_s": 300.0,
}


@dataclass
class AssistantResult:
    name: str
    train_s: Optional[float] = None
    ready_s: Optional[float] = None
    peak_rss_mb: Optional[float] = None
    levels: List[LevelResult] = field(default_factory=list)


# The benchmarks run the assistant in development mode with their own tokens, as a trusted integration
# on the REST channel, with the abuse limits lifted (every simulated visitor comes from 127.0.0.1).
def train(project: Path, out: Path, model_name: str) -> float:
    """Seconds for a full `rasa train --force` of the project."""
    started = time.monotonic()
    subprocess.run(
        [str(VENV_BIN / "rasa"), "train", "--force", "--fixed-model-name", model_name, "--out", str(out)],
        cwd=project, env=_env(), check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    return time.monotonic() - started


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
        intake_results = intake.run(our_model)
        print("one long conversation on each tracker store ...", flush=True)
        length_results = length.run(our_model)
        print("two replicas and one, behind the proxy (make cluster) ...", flush=True)
        replicas_results = replicas.run()
        print("texting the assistant through the Twilio stand-in ...", flush=True)
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
