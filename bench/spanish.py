"""Per-turn latency of Spanish conversations (issue 14: "within the English targets"), over REST with the
action server, one conversation at a time, the same way `bench.run` measures the English ones:

    .venv/rasa/bin/python -m bench.spanish [--turns 300]

Each turn also runs the language choice (assistant/language.py: lingua over English and Spanish)."""

from __future__ import annotations

import argparse
import asyncio

from bench import server as bench_server
from bench.run import AssistantResult, measure
from bench.server import ROOT, Server

SPANISH_TURNS = (
    "hola, buenas tardes",
    "¿cómo funciona la ketamina?",
    "por qué la combinan con terapia",
    "sirve tmb para el dolor cronico?",
    "qué se siente durante una infusión",
    "cuantas sesiones necesitaria",
    "¿es seguro?",
    "cuánto cuesta",
    "gracias, eso ayuda",
    "adiós",
)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--turns", type=int, default=300)
    args = parser.parse_args()
    bench_server.VISITOR_TURNS = SPANISH_TURNS  # read by each visitor slot as it runs
    result = AssistantResult("ours, Spanish")
    asyncio.run(measure(result, Server(ROOT, ROOT / "models" / "clinic.tar.gz", with_actions=True), [1], args.turns))
    for level in result.levels:
        print(f"Spanish, {level.conversations} conversation: p50 {level.p50_ms} ms, p95 {level.p95_ms} ms, "
              f"p99 {level.p99_ms} ms, {level.turns} turns, errors {level.errors}")


if __name__ == "__main__":
    main()
