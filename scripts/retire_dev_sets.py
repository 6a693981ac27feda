"""Retire development sets into training data: each single message becomes a training example of its intent.

    .venv/actions/bin/python scripts/retire_dev_sets.py tests/nlu_eval/dev_sets/fresh7.yml ...

A development set that has been tuned on for several sessions no longer measures anything, but its messages are
still what it was written to be: visitors' wording by someone who never saw the training data. Retired, a set is
moved out of tests/nlu_eval/dev_sets/ and its messages are written to data/nlu/retired/<set>.yml. A set in the same
format written blind to be trained on (never a development set) is converted the same way, to
data/nlu/written_blind/<set>.yml. Left out:
- messages that lean on earlier ones (`before`): alone they do not say what they ask;
- messages with two acceptable labels: they would teach the classifier both;
- messages that, read loosely (case, accents and punctuation aside), are one of a frozen test set's, the held-out
  visitor_messages.yml's or a remaining development set's messages, so nothing that is measured is trained on;
- messages the training data already has, or another retired set;
- text Rasa would read as entity markup (square brackets).
"""

import re
import sys
import unicodedata
from pathlib import Path
from functools import lru_cache
from typing import Dict, FrozenSet, Iterable, List, Optional, Set

import yaml

ROOT = Path(__file__).resolve().parents[1]
DEV_SETS = ROOT / "tests" / "nlu_eval" / "dev_sets"
FROZEN = [ROOT / "tests" / "nlu_eval" / "frozen_test_set.yml", ROOT / "tests" / "nlu_eval" / "frozen_es_test_set.yml"]
EVAL_SET = ROOT / "tests" / "nlu_eval" / "visitor_messages.yml"  # the first held-out set, in Rasa's format
OUT = ROOT / "data" / "nlu" / "retired"  # retired development sets
OUT_WRITTEN = ROOT / "data" / "nlu" / "written_blind"  # sets written blind to be trained on

# the sets' labels, as the training data's intents (a topic label "x" is the intent "faq_x")
INTENTS: Dict[str, str] = {
    "locations": "ask_locations", "book": "book_consultation", "person": "talk_to_person", "greeting": "greet",
    "goodbye": "goodbye", "thanks": "thank", "bot_challenge": "bot_challenge", "out_of_scope": "out_of_scope",
    "distress": "feeling_low", "advice": "medical_advice", "advice_medication_change": "medical_advice",
    "emergency_suicide": "crisis", "emergency_self_harm": "crisis_self_harm", "emergency_medical": "crisis_medical",
    "emergency_overdose": "crisis_overdose", "emergency_sexual_assault": "crisis_sexual_assault",
    "emergency_abuse": "crisis_abuse", "emergency_threat": "crisis_threat",
}
# a staff question is one of four intents, told apart by what it asks about (the first that matches)
_STAFF = [
    ("ask_insurance", re.compile(r"insur|covered|coverage|\b(hsa|fsa|ppo|hmo|medicare|medicaid|medi-cal|tricare|"
                                 r"aetna|cigna|kaiser|seguro|aseguranza)\b")),
    ("ask_cost", re.compile(r"cost|price|pric|\$|expensive|afford|how much|\bfees?\b|financ|payment|\bpay\b|cheap|"
                            r"cu[aá]nto|cuesta|costo|precio|pagar|cobran")),
    ("ask_hours", re.compile(r"\bhours\b|\bopen\b|weekend|saturday|sunday|evening|horario|abren|s[aá]bado|domingo")),
]


def loose(text: str) -> str:
    """Case, accents, punctuation and spacing aside."""
    text = unicodedata.normalize("NFKD", text.lower())
    text = "".join(c for c in text if not unicodedata.combining(c))
    return " ".join(re.findall(r"[a-z0-9]+", text))


@lru_cache(maxsize=None)
def domain_intents() -> FrozenSet[str]:
    """The domain's intents, read once."""
    return frozenset(yaml.safe_load((ROOT / "domain.yml").read_text(encoding="utf-8"))["intents"])


def intent_of(label: str, text: str) -> Optional[str]:
    if label == "staff_question":
        lowered = text.lower()
        return next((intent for intent, pattern in _STAFF if pattern.search(lowered)), "ask_staff_question")
    if label in INTENTS:
        return INTENTS[label]
    return f"faq_{label}" if f"faq_{label}" in domain_intents() else None


def measured_texts(retiring: Iterable[Path]) -> Set[str]:
    """Every message of the frozen sets and of the development sets that stay."""
    leaving = {p.resolve() for p in retiring}
    paths = FROZEN + [p for p in sorted(DEV_SETS.glob("*.yml")) if p.resolve() not in leaving]
    texts: Set[str] = set()
    for path in paths:
        for item in yaml.safe_load(path.read_text(encoding="utf-8"))["messages"]:
            texts.update(loose(t) for t in [item["text"], *(item.get("before") or [])])
    return texts | examples_in(EVAL_SET)


def examples_in(path: Path) -> Set[str]:
    """The examples of a file in Rasa's NLU format (entity markup reduced to its text)."""
    texts: Set[str] = set()
    for block in (yaml.safe_load(path.read_text(encoding="utf-8")) or {}).get("nlu") or []:
        for line in str(block.get("examples") or "").splitlines():
            if line.strip().startswith("- "):
                texts.add(loose(re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", line.strip()[2:])))
    return texts


def trained_texts() -> Set[str]:
    """The training data's examples as they stand (a retired message that repeats one is left out)."""
    return set().union(*(examples_in(path) for path in sorted((ROOT / "data").rglob("*.yml"))))


def examples(path: Path, seen: Set[str]) -> Dict[str, List[str]]:
    """The set's single messages by intent; `seen` (the measured and trained texts) grows with those taken."""
    by_intent: Dict[str, List[str]] = {}
    for item in yaml.safe_load(path.read_text(encoding="utf-8"))["messages"]:
        text = " ".join(str(item["text"]).split())
        labels = list(item["expect"])
        if item.get("before") or len(labels) != 1 or "[" in text or "]" in text:
            continue
        key = loose(text)
        if not key or key in seen:
            continue
        intent = intent_of(labels[0], text)
        if intent:
            seen.add(key)
            by_intent.setdefault(intent, []).append(text)
    return by_intent


def write(path: Path, by_intent: Dict[str, List[str]]) -> Path:
    retired = path.resolve().parent == DEV_SETS.resolve()
    out = OUT if retired else OUT_WRITTEN
    out.mkdir(parents=True, exist_ok=True)
    target = out / path.name
    was = "tuned on while it was a development set" if retired else "written to be trained on"
    lines = [
        'version: "3.1"',
        f"# {path.name}: visitor messages written blind (from the articles and a description of the visitors),",
        f"# {was}; converted by scripts/retire_dev_sets.py.",
        "nlu:",
    ]
    for intent in sorted(by_intent):
        lines += [f"- intent: {intent}", "  examples: |"]
        lines += [f"    - {text}" for text in by_intent[intent]]
    target.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return target


def main(argv: List[str]) -> None:
    paths = [Path(a) for a in argv]
    seen = measured_texts(paths) | trained_texts()
    for path in paths:
        by_intent = examples(path, seen)
        if not by_intent:
            print(f"{path.name}: no single message to train on, left as it is")
            continue
        target = write(path, by_intent)
        path.unlink()
        print(f"{path.name}: {sum(map(len, by_intent.values()))} examples -> {target.relative_to(ROOT)}")


if __name__ == "__main__":
    main(sys.argv[1:])
