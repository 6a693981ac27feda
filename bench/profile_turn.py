"""Where a turn's time goes: `python -m bench.profile_turn [MODEL] [--turns N]`.

Loads the trained assistant in-process (no HTTP), warms it up, then times each stage of a visitor turn
over the same messages `make bench` sends: NLU parsing (split by pipeline component), the dialogue policies,
the NLG and the tracker store. Prints milliseconds per turn for each.
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import time
import uuid
from collections import defaultdict
from contextlib import contextmanager
from typing import Dict, List

from bench.server import VISITOR_TURNS

_timings: Dict[str, List[float]] = defaultdict(list)


@contextmanager
def _timed(name: str):
    started = time.perf_counter()
    try:
        yield
    finally:
        _timings[name].append((time.perf_counter() - started) * 1000)


def _wrap_async(obj, attribute: str, name: str) -> None:
    original = getattr(obj, attribute)

    async def wrapper(*args, **kwargs):
        with _timed(name):
            return await original(*args, **kwargs)

    setattr(obj, attribute, wrapper)


def _wrap(obj, attribute: str, name: str) -> None:
    original = getattr(obj, attribute)

    def wrapper(*args, **kwargs):
        with _timed(name):
            return original(*args, **kwargs)

    setattr(obj, attribute, wrapper)


def _instrument(agent) -> None:
    processor = agent.processor
    _wrap_async(processor, "parse_message", "NLU parse (whole pipeline)")
    _wrap(processor, "predict_next_with_tracker", "policies (one prediction)")
    _wrap_async(agent.tracker_store, "save", "tracker store save")
    _wrap_async(agent.tracker_store, "retrieve", "tracker store retrieve")
    _wrap_async(processor.nlg, "generate", "NLG generate")
    _wrap(processor.graph_runner, "run", "graph runs (NLU and policies, with dask)")
    # each graph node, by its name (GraphNode keeps the unbound function it calls in `_fn`)
    for node_name, node in processor.graph_runner._instantiated_nodes.items():  # noqa: SLF001 (profiling only)
        _wrap(node, "_fn", f"  node {node_name}")


async def _run(model: str, turns: int) -> None:
    from testbed.agent import load_agent, quiet_rasa_logs
    from rasa.core.channels.channel import CollectingOutputChannel, UserMessage

    quiet_rasa_logs()
    agent = await load_agent(model)
    for text in VISITOR_TURNS * 3:  # warm-up
        await agent.handle_message(UserMessage(text, CollectingOutputChannel(), "warm-up"))
    _instrument(agent)
    totals: List[float] = []
    sender = f"profile-{uuid.uuid4().hex}"
    for i in range(turns):
        if i % len(VISITOR_TURNS) == 0:
            sender = f"profile-{uuid.uuid4().hex}"
        text = VISITOR_TURNS[i % len(VISITOR_TURNS)]
        started = time.perf_counter()
        await agent.handle_message(UserMessage(text, CollectingOutputChannel(), sender))
        totals.append((time.perf_counter() - started) * 1000)
    print(f"whole turn (in-process, no HTTP): median {statistics.median(totals):.1f} ms over {turns} turns")
    for name, values in sorted(_timings.items(), key=lambda kv: -sum(kv[1])):
        print(f"{name:60} {sum(values) / turns:7.2f} ms/turn  ({len(values) / turns:.1f} calls/turn)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("model", nargs="?", default="models/clinic.tar.gz")
    parser.add_argument("--turns", type=int, default=200)
    args = parser.parse_args()
    asyncio.run(_run(args.model, args.turns))


if __name__ == "__main__":
    main()
