"""How visitors phrase things, shared by the NLU pipeline (assistant/) and the intake form (actions/): filler
openers ("wait, quick question, ...") and whether a message reads as a question."""

from __future__ import annotations

import re
from typing import List, Text

# Openers that carry no topic: "wait, quick question, is it painful?" is "is it painful?".
FILLER_PHRASES = (
    "wait", "hold on", "hang on", "actually", "quick question", "real quick", "one more thing", "one question",
    "sorry", "oh", "oh and", "um", "umm", "uh", "uhh", "hmm", "btw", "by the way", "also", "before that",
    "before i answer", "just wondering", "i was wondering", "question", "another question", "and",
)
_FILLERS = sorted((tuple(p.split()) for p in FILLER_PHRASES), key=len, reverse=True)


def leading_filler_count(words: List[Text]) -> int:
    """How many of the first words are filler openers (never all of them)."""
    lowered = [w.lower().strip(".,!?:;-") for w in words]
    start = 0
    while start < len(lowered):
        if lowered[start] == "":
            start += 1
            continue
        for phrase in _FILLERS:
            if tuple(lowered[start:start + len(phrase)]) == phrase:
                start += len(phrase)
                break
        else:
            break
    return start if start < len(words) else 0


_QUESTION_START = re.compile(
    r"^(?:what|whats|how|hows|is|isnt|does|doesnt|do|dont|can|cant|could|will|would|why|who|whos|where|when|are|"
    r"should|which|any|que|qué|cómo|como|cuánto|cuanto|cuántas|cuantas|dónde|donde|por\s+qué|es|hay|puedo|sirve)\b",
    re.IGNORECASE,
)


def looks_like_question(text: Text) -> bool:
    """Whether a message reads as a question once its filler openers are set aside ("wait, is it painful",
    "before I confirm, how many sessions?"): a question mark, or a question word first."""
    stripped = (text or "").strip()
    if stripped.endswith("?") or stripped.startswith("¿"):
        return True
    words = stripped.split()
    rest = " ".join(words[leading_filler_count(words):])
    rest = re.sub(r"^(?:before\s+(?:i\s+|we\s+)?\w+|ok(?:ay)?|so|but|and|also)\W*\s*", "", rest, flags=re.IGNORECASE)
    return bool(_QUESTION_START.match(rest.lstrip(" ,.-")))
