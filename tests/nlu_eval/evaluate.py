"""Scores a trained model on the held-out visitor messages: `python -m tests.nlu_eval.evaluate MODEL`.

Each message is sent in a fresh conversation through the whole assistant (NLU, safety net, policies, NLG),
and what the visitor would get back is compared with what the label calls for. The set in
`visitor_messages.yml` was written apart from the training data and is never trained on.
"""

from __future__ import annotations

import argparse
import asyncio
import uuid
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Dict, List, Optional, Set, Tuple

import yaml

from assistant.channels.replies import AnnotatedCollector
from testbed.agent import load_agent, quiet_rasa_logs
from clinic import names

EVAL_SET = Path(__file__).resolve().parent / "visitor_messages.yml"

# What a visitor with each label should get back (any of the responses listed).
ACCEPTED: Dict[str, Set[str]] = {
    # any kind of emergency's resources (which kind is right is checked in tests/test_emergencies.py)
    names.INTENT_CRISIS: set(names.CRISIS_RESPONSES),
    names.INTENT_MEDICAL_ADVICE: {names.UTTER_NO_MEDICAL_ADVICE, names.UTTER_NO_MEDICATION_CHANGE},
    names.INTENT_OUT_OF_SCOPE: {"utter_out_of_scope", names.UTTER_FALLBACK},
    "greet": {"utter_greet"},
    "goodbye": {"utter_goodbye"},
    "thank": {"utter_thank"},
    "affirm": {"utter_affirm_ack"},
    "deny": {"utter_deny_ack"},
    "bot_challenge": {"utter_bot"},
    "help": {"utter_help"},
    "talk_to_person": {"utter_person_handoff", "utter_person_noted", "utter_person_no_details"},
    "book_consultation": {"utter_ask_intake_consent"},
    "ask_locations": {"utter_locations"},
    "ask_cost": {"utter_cost"},
    "ask_insurance": {"utter_insurance"},
    "ask_hours": {"utter_hours"},
    "ask_when_contacted": {"utter_when_contacted", "utter_when_contacted_not_booked"},
    "ask_staff_question": {"utter_staff_answer"},
}


def accepted_responses(label: str) -> Set[str]:
    if label.startswith(names.FAQ_INTENT_PREFIX):
        return {"utter_" + label}
    return ACCEPTED[label]


def load_eval_set(path: Path = EVAL_SET) -> List[Tuple[str, str]]:
    """(text, label) pairs."""
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    pairs = []
    for block in data["nlu"]:
        for line in block["examples"].splitlines():
            line = line.strip()
            if line.startswith("- "):
                pairs.append((line[2:].strip(), block["intent"]))
    return pairs


@dataclass
class Report:
    total: int = 0
    answered_right: int = 0
    intent_right: int = 0
    crisis_total: int = 0
    crisis_caught: int = 0
    misses: List[Tuple[str, str, str]] = field(default_factory=list)  # (label, got, text)
    by_label: Dict[str, Counter] = field(default_factory=lambda: defaultdict(Counter))

    @property
    def answer_accuracy(self) -> float:
        return self.answered_right / self.total if self.total else 0.0

    @property
    def intent_accuracy(self) -> float:
        return self.intent_right / self.total if self.total else 0.0


def _answer(messages: List[dict]) -> Optional[str]:
    """The response name of the reply (the disclaimer bubble is not the answer)."""
    for message in reversed(messages):
        if message.get("response"):
            return message["response"]
    return None


async def evaluate(agent, pairs: List[Tuple[str, str]]) -> Report:
    from rasa.core.channels.channel import UserMessage

    report = Report()
    for text, label in pairs:
        collector = AnnotatedCollector()
        await agent.handle_message(UserMessage(text, collector, f"eval-{uuid.uuid4().hex}"))
        got = _answer(collector.messages) or "(nothing)"
        parsed = await agent.parse_message(text)
        report.total += 1
        ok = got in accepted_responses(label)
        report.answered_right += ok
        predicted = parsed["intent"]["name"]
        # each kind of emergency has its own intent; the set labels them all "crisis"
        report.intent_right += predicted == label or (label == names.INTENT_CRISIS and predicted in names.CRISIS_INTENTS)
        report.by_label[label]["total"] += 1
        report.by_label[label]["right"] += ok
        if label == names.INTENT_CRISIS:
            report.crisis_total += 1
            report.crisis_caught += got in names.CRISIS_RESPONSES
        if not ok:
            report.misses.append((label, got, text))
    return report


async def _load_and_evaluate(model: str, action_server: Optional[str] = None) -> Report:
    agent = await load_agent(model, action_server)
    return await evaluate(agent, load_eval_set())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("model")
    parser.add_argument("--show-misses", action="store_true")
    parser.add_argument("--action-server", help="URL of a running action server (for the handoff answers)")
    args = parser.parse_args()
    quiet_rasa_logs()
    report = asyncio.run(_load_and_evaluate(args.model, args.action_server))
    print(f"messages: {report.total}")
    print(f"right answer delivered: {report.answered_right}/{report.total} = {report.answer_accuracy:.1%}")
    print(f"intent classified right: {report.intent_right}/{report.total} = {report.intent_accuracy:.1%}")
    print(f"crisis messages answered with crisis resources: {report.crisis_caught}/{report.crisis_total}")
    if args.show_misses:
        for label, got, text in report.misses:
            print(f"  MISS {label:28} got {got:28} | {text[:90]}")


if __name__ == "__main__":
    main()
