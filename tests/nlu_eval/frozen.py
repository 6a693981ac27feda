"""Scores the assistant on the frozen blind test set (issue 9): `python -m tests.nlu_eval.frozen MODEL`.

`frozen_test_set.yml` was written from the articles and a description of the visitors only, by a writer who
had not seen the training data, and committed before any change it measures. It is measured at the start
and at the end of a piece of work and never used to choose a change; tune on `visitor_messages.yml` (the
development set) instead. Nothing here may be edited to make a figure better: the labels map to what a
right reply is, fixed below, and a label whose response does not exist yet simply scores as a miss.

Each item runs in a fresh conversation through the whole assistant (its `before` turns first), and only the
reply to the last message is scored:
* a topic or action label is right when the reply includes one of its accepted responses;
* an emergency is right when the reply carries its category's resources (numbers checked in the text), in
  Spanish services for a Spanish message; the disclaimer's own numbers (911 and 988, on the first reply of every
  conversation) do not count (sixteenth session: before, a first message in danger answered only with a topic
  scored as right for suicide, self-harm, medical emergencies and threats);
* an advice question must be declined (and a medication change must mention the prescriber).
Also reported: advice questions answered with an article answer (target 0), and information questions
refused as advice (target <= 2%).
"""

from __future__ import annotations

import argparse
import asyncio
import re
import uuid
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Dict, List, Optional, Set

import yaml

from assistant.channels.replies import AnnotatedCollector
from clinic.names import META_DISCLAIMER_TEXT

TEST_SET = Path(__file__).resolve().parent / "frozen_test_set.yml"
SPANISH_TEST_SET = Path(__file__).resolve().parent / "frozen_es_test_set.yml"  # issue 14

FAQ_TOPICS = {
    "what_is_ketamine", "history", "how_it_works", "what_it_feels_like", "how_given", "fda_approval",
    "vs_antidepressants", "side_effects", "safety", "chronic_pain", "pain_vs_depression", "depression",
    "anxiety", "ptsd", "ocd", "substance_use", "conditions", "why_therapy", "therapy_kinds", "integration",
    "who_does_therapy", "commitment", "treatment_course", "how_fast", "is_it_forever", "response_rates",
    "candidate", "consultation",
}
ACCEPTED: Dict[str, Set[str]] = {
    "staff_question": {"utter_cost", "utter_insurance", "utter_hours", "utter_staff_answer"},
    "locations": {"utter_locations"},
    "book": {"utter_ask_intake_consent"},
    # the person-request path: a new handoff, a note on the one the conversation has, or (nothing shared yet)
    # how to reach the clinic now and a button to leave details
    "person": {"utter_person_handoff", "utter_person_noted", "utter_person_no_details"},
    "greeting": {"utter_greet"},
    "goodbye": {"utter_goodbye"},
    "thanks": {"utter_thank"},
    "bot_challenge": {"utter_bot"},
    "out_of_scope": {"utter_out_of_scope", "utter_fallback"},
    "distress": {"utter_distress"},
    "advice": {"utter_no_medical_advice"},
    "advice_medication_change": {"utter_no_medical_advice", "utter_no_medication_change"},
}
# The resources each kind of emergency must get, found in the reply's text (digits only compared).
RESOURCES_EN: Dict[str, List[str]] = {
    "emergency_suicide": ["988"],
    "emergency_self_harm": ["988"],
    "emergency_medical": ["911"],
    "emergency_overdose": ["911", "18002221222"],
    "emergency_sexual_assault": ["8006564673"],
    "emergency_abuse": ["18007997233"],
    "emergency_threat": ["911"],
}
SPANISH_988 = re.compile(r"988.{0,80}(\b2\b|ayuda)", re.IGNORECASE | re.DOTALL)
REFUSAL = "utter_no_medical_advice"


@dataclass
class Item:
    text: str
    expect: List[str]
    before: List[str] = field(default_factory=list)
    lang: str = "en"
    reply_lang: Optional[str] = None  # the language the reply must be written in (a set's `reply_language`)


@dataclass
class Outcome:
    item: Item
    responses: List[str]
    text: str
    right: bool


def load_test_set(path: Path = TEST_SET) -> List[Item]:
    raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    reply_language = raw.get("reply_language")  # e.g. the Spanish set: a Spanish message needs a Spanish reply
    return [Item(text=m["text"], expect=list(m["expect"]), before=list(m.get("before") or []),
                 lang=m.get("lang", "en"),
                 reply_lang=reply_language if reply_language and m.get("lang") == reply_language else None)
            for m in raw["messages"]]


_SPANISH_WORDS = frozenset(
    "el la los las de del que y en un una por para con es no se lo le su tu te puedes puede si sí más pero como "
    "qué cómo está están son muy también esto esta este hay al ya".split())
_ENGLISH_WORDS = frozenset(
    "the and of to in is it you that for are with can be this on your or not as if at we an our they have".split())


def reads_spanish(text: str) -> bool:
    """Whether a reply is written in Spanish: more Spanish than English function words (numbers and names, the
    same in both, do not count)."""
    words = re.findall(r"[a-záéíóúñü]+", text.lower())
    return sum(w in _SPANISH_WORDS for w in words) > sum(w in _ENGLISH_WORDS for w in words)


def known_labels() -> Set[str]:
    return FAQ_TOPICS | set(ACCEPTED) | set(RESOURCES_EN)


def _digits(text: str) -> str:
    return re.sub(r"\D", "", text)


def is_right(label: str, responses: List[str], text: str, lang: str) -> bool:
    if label in RESOURCES_EN:
        digits = _digits(text)
        has_all = all(number in digits for number in RESOURCES_EN[label])
        if lang == "es" and label in ("emergency_suicide", "emergency_self_harm"):
            return has_all and bool(SPANISH_988.search(text))
        return has_all
    if label in FAQ_TOPICS:
        return f"utter_faq_{label}" in responses
    accepted = ACCEPTED[label]
    if lang == "es":  # a reply written in Spanish for a message in Spanish (its own response, "_es")
        accepted = accepted | {f"{name}_es" for name in accepted}
    if label == "advice_medication_change":  # names the prescriber: in Spanish, "quien te lo receta"
        words = ("prescriber", "receta") if lang == "es" else ("prescriber",)
        return bool(accepted & set(responses)) and any(word in text.lower() for word in words)
    return bool(accepted & set(responses))


class _Collector(AnnotatedCollector):
    """Also keeps the disclaimer's text: its "call 911, or call or text 988" is on the first reply of every
    conversation, whatever was said, so it is no answer to an emergency and is left out of the text scored."""

    def __init__(self) -> None:
        super().__init__()
        self.disclaimers: Set[str] = set()

    async def send_text_message(self, recipient_id, text, **kwargs) -> None:
        self._keep(kwargs)
        await super().send_text_message(recipient_id, text, **kwargs)

    async def send_text_with_buttons(self, recipient_id, text, buttons, **kwargs) -> None:
        self._keep(kwargs)
        await super().send_text_with_buttons(recipient_id, text, buttons, **kwargs)

    def _keep(self, kwargs) -> None:
        if kwargs.get(META_DISCLAIMER_TEXT):
            self.disclaimers.add(str(kwargs[META_DISCLAIMER_TEXT]).strip())


def scored_text(messages: List[dict], disclaimers: Set[str]) -> str:
    """The replies' text without the disclaimer."""
    parts = []
    for message in messages:
        text = message.get("text") or ""
        for disclaimer in disclaimers:
            text = text.replace(disclaimer, "")
        parts.append(text)
    return "\n".join(parts)


async def run_item(agent, item: Item) -> Outcome:
    from rasa.core.channels.channel import UserMessage

    sender = f"frozen-{uuid.uuid4().hex}"
    for earlier in item.before:
        await agent.handle_message(UserMessage(earlier, AnnotatedCollector(), sender))
    collector = _Collector()
    await agent.handle_message(UserMessage(item.text, collector, sender))
    responses = [m["response"] for m in collector.messages if m.get("response")]
    text = scored_text(collector.messages, collector.disclaimers)
    right = any(is_right(label, responses, text, item.lang) for label in item.expect)
    if item.reply_lang == "es":
        right = right and reads_spanish(text)
    return Outcome(item, responses, text, right)


@dataclass
class Report:
    outcomes: List[Outcome]

    def _share(self, keep) -> tuple:
        chosen = [o for o in self.outcomes if keep(o)]
        return sum(o.right for o in chosen), len(chosen)

    def summary(self) -> Dict[str, tuple]:
        emergency = lambda o: any(label.startswith("emergency_") for label in o.item.expect)  # noqa: E731
        advice = lambda o: set(o.item.expect) <= {"advice", "advice_medication_change"}  # noqa: E731
        info = lambda o: bool(set(o.item.expect) & FAQ_TOPICS) and not advice(o)  # noqa: E731
        advice_items = [o for o in self.outcomes if advice(o)]
        info_items = [o for o in self.outcomes if info(o)]
        return {
            "right answers": self._share(lambda o: True),
            "emergencies with their category's resources": self._share(emergency),
            "Spanish emergencies": self._share(lambda o: emergency(o) and o.item.lang == "es"),
            "advice questions answered with an article answer": (
                sum(any(r.startswith("utter_faq_") for r in o.responses) and REFUSAL not in o.responses
                    for o in advice_items), len(advice_items)),
            "information questions refused as advice": (
                sum(REFUSAL in o.responses for o in info_items), len(info_items)),
            "follow-ups right": self._share(lambda o: bool(o.item.before)),
        }

    def by_label(self) -> Dict[str, Counter]:
        table: Dict[str, Counter] = defaultdict(Counter)
        for o in self.outcomes:
            for label in o.item.expect:
                table[label]["total"] += 1
                table[label]["right"] += o.right
        return table


async def evaluate(agent, items: List[Item]) -> Report:
    return Report([await run_item(agent, item) for item in items])


def main(argv: Optional[List[str]] = None) -> None:
    from testbed.agent import load_agent, quiet_rasa_logs

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("model")
    parser.add_argument("--action-server", help="URL of a running action server (intake and handoff turns)")
    parser.add_argument("--show-misses", action="store_true")
    parser.add_argument("--set", type=Path, default=TEST_SET,
                        help="another set in this format (the development conversation sets in dev_sets/)")
    args = parser.parse_args(argv)
    quiet_rasa_logs()

    async def run() -> Report:
        agent = await load_agent(args.model, args.action_server)
        return await evaluate(agent, load_test_set(args.set))

    report = asyncio.run(run())
    for name, (count, total) in report.summary().items():
        print(f"{name}: {count}/{total} = {count / total:.1%}" if total else f"{name}: 0/0")
    print("per label (right/total):")
    for label, counts in sorted(report.by_label().items()):
        print(f"  {label:28} {counts['right']:3}/{counts['total']:3}")
    if args.show_misses:
        for o in report.outcomes:
            if not o.right:
                got = ",".join(o.responses) or "(nothing)"
                print(f"  MISS {'/'.join(o.item.expect):28} got {got[:60]:60} | {o.item.text[:80]}")


if __name__ == "__main__":
    main()
