"""Small helpers every benchmark uses, with no dependencies (the staff benchmark runs in the action-server
environment, the others in the Rasa environment)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, Callable, List

RESULTS = Path(__file__).resolve().parent / "results"


def percentile(values: List[float], q: float) -> float:
    """The q-th percentile (nearest rank) of `values`; NaN when there are none."""
    ordered = sorted(values)
    if not ordered:
        return float("nan")
    index = min(len(ordered) - 1, max(0, round(q / 100 * (len(ordered) - 1))))
    return ordered[index]


def run_and_report(name: str, run: Callable[[], Any], report: Callable[[Any], str]) -> None:
    """A benchmark module's `main`: run it, print its table, keep its figures in bench/results/NAME.json."""
    results = run()
    print(report(results))
    RESULTS.mkdir(parents=True, exist_ok=True)
    (RESULTS / f"{name}.json").write_text(json.dumps(results, indent=2))
