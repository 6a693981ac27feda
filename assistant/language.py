"""English or Spanish: which language the assistant answers a visitor in (issue 14).

The choice is the `language` slot ("en" or "es"); every response has Spanish variations selected by it
(Rasa's conditional response variations), so the disclaimer, the answers, the intake and the crisis texts all
follow it. `LanguagePolicy` sets the slot on each visitor message, before any action answers it (a policy's
events are applied before the action it predicts runs), from, in this order:

1. an explicit choice: the widget's English/Español switch or an SMS "ESPAÑOL" / "ENGLISH", which arrive as
   `/choose_language{"language": "es"}`;
2. the message itself, when it is clearly in one language: lingua (`lingua-language-detector`, whose models ship
   inside the package: nothing is downloaded) over English and Spanish only, trusted for three words or more
   and a confidence of 0.75, or for an unmistakable Spanish greeting or question mark (¿). Short and mixed
   messages ("ok", "sí", a name, a phone number, "la consulta es free?") never flip the language;
3. when the conversation has no language yet: on the first message of a new conversation session, the
   language of the session before (so a texter's choice is remembered for that number from one day to the
   next); else the language the channel suggests in the message's metadata (the widget's own language).

Nothing else changes the slot: a visitor who writes in Spanish is answered in Spanish without finding a switch,
and stays there until they write in English or choose English.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any, Dict, List, Optional, Text

from rasa.core.constants import POLICY_PRIORITY
from rasa.core.policies.policy import Policy, PolicyPrediction
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import Event, SessionStarted, SlotSet
from rasa.shared.core.generator import TrackerWithCachedStates
from rasa.shared.core.trackers import DialogueStateTracker
from rasa.engine.storage.resource import Resource

from clinic import names

ENGLISH, SPANISH = "en", "es"
LANGUAGES = (ENGLISH, SPANISH)
MIN_WORDS = 3
MIN_CONFIDENCE = 0.75
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
_NOT_WORDS = re.compile(r"\S*[@/]\S*")  # email and web addresses are in no language
_SPANISH_OPENERS = re.compile(r"^\s*(?:hola|buenas|buenos\s+d[ií]as|buenas\s+(?:tardes|noches)|qu[eé]\s+tal)\b", re.I)
_CHOICE_WORDS = {
    SPANISH: {"espanol", "español", "spanish", "en espanol", "en español", "castellano"},
    ENGLISH: {"english", "ingles", "inglés", "in english", "en ingles", "en inglés"},
}


@lru_cache(maxsize=1)
def _detector():
    from lingua import Language, LanguageDetectorBuilder

    return LanguageDetectorBuilder.from_languages(Language.ENGLISH, Language.SPANISH) \
        .with_preloaded_language_models().build()


@lru_cache(maxsize=512)
def detect(text: Text) -> Optional[Text]:
    """"en" or "es" when the message is clearly written in that language, else None. Cached: the language
    policy and the topic policy ask about the same message in one turn."""
    text = (text or "").strip()
    if not text or text.startswith("/"):
        return None
    words = _WORD.findall(_NOT_WORDS.sub(" ", text))
    if not words:
        return None
    if _SPANISH_OPENERS.match(text) or "¿" in text or "¡" in text:
        return SPANISH
    if len(words) < MIN_WORDS:
        return None
    best = _detector().compute_language_confidence_values(" ".join(words))[0]
    if best.value < MIN_CONFIDENCE:
        return None
    return SPANISH if best.language.name == "SPANISH" else ENGLISH


def chosen_by_word(text: Text) -> Optional[Text]:
    """An SMS keyword choosing the language: "ESPAÑOL", "english"."""
    word = re.sub(r"[^\w\s]", "", (text or "").strip().lower())
    return next((language for language, words in _CHOICE_WORDS.items() if word in words), None)


def choice_payload(language: Text) -> Text:
    """The message the widget's switch and an SMS keyword send: `/choose_language{"language": "es"}`."""
    return f'/{names.INTENT_CHOOSE_LANGUAGE}{{"{names.ENTITY_LANGUAGE}": "{language}"}}'


def mentioned(text: Text) -> Optional[Text]:
    """The language a request to switch names: "english please", "¿podemos hablar en español?"."""
    lowered = (text or "").lower()
    spanish = re.search(r"\b(?:espa[nñ]ol|spanish|castellano)\b", lowered)
    english = re.search(r"\b(?:english|ingl[eé]s)\b", lowered)
    if bool(spanish) == bool(english):
        return None
    return SPANISH if spanish else ENGLISH


def _explicit(tracker: DialogueStateTracker) -> Optional[Text]:
    message = tracker.latest_message
    for entity in (message.entities if message else []) or []:
        if entity.get("entity") == names.ENTITY_LANGUAGE and entity.get("value") in LANGUAGES:
            return entity["value"]
    if message is not None and (message.intent or {}).get("name") == names.INTENT_CHOOSE_LANGUAGE:
        return mentioned(message.text or "")
    return None


def _hint(tracker: DialogueStateTracker) -> Optional[Text]:
    """The language the channel suggests for a conversation that has none yet (the widget's own language,
    chosen earlier in the tab or the browser's), from the message's metadata."""
    metadata = getattr(tracker.latest_message, "metadata", None) or {}
    value = metadata.get(names.META_LANGUAGE) if isinstance(metadata, dict) else None
    return value if value in LANGUAGES else None


def _session_before(tracker: DialogueStateTracker) -> Optional[Text]:
    """On the first message of a new session, the language the session before ended in."""
    seen_start = False
    for event in reversed(tracker.events):
        if isinstance(event, SessionStarted):
            if seen_start:
                return None
            seen_start = True
        elif seen_start and isinstance(event, SlotSet) and event.key == names.SLOT_LANGUAGE:
            return event.value if event.value in LANGUAGES else None
    return None


def language_events(tracker: DialogueStateTracker) -> List[Event]:
    """The slot event for the visitor's latest message, or none when the language stays as it is."""
    if tracker.latest_action_name != names.ACTION_LISTEN or tracker.latest_message is None:
        return []
    current = tracker.get_slot(names.SLOT_LANGUAGE)
    chosen = _explicit(tracker) or detect(tracker.latest_message.text or "")
    if chosen is None and current is None:
        chosen = _session_before(tracker) or _hint(tracker)
    return [SlotSet(names.SLOT_LANGUAGE, chosen)] if chosen and chosen != current else []


def language_after(tracker: DialogueStateTracker) -> Text:
    """The language the current turn is answered in: what `language_events` sets, else the slot, else English
    (for policies that word their own buttons, before the slot event is applied)."""
    events = language_events(tracker)
    value = events[-1].value if events else tracker.get_slot(names.SLOT_LANGUAGE)
    return value if value in LANGUAGES else ENGLISH


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.POLICY_WITHOUT_END_TO_END_SUPPORT, is_trainable=False)
class LanguagePolicy(Policy):
    """Sets the `language` slot (see the module's docstring); it never predicts an action itself."""

    @staticmethod
    def get_default_config() -> Dict[Text, Any]:
        return {POLICY_PRIORITY: 1}

    def train(self, training_trackers: List[TrackerWithCachedStates], domain: Domain, **kwargs: Any) -> Resource:
        return self._resource

    def predict_action_probabilities(
        self,
        tracker: DialogueStateTracker,
        domain: Domain,
        rule_only_data: Optional[Dict[Text, Any]] = None,
        **kwargs: Any,
    ) -> PolicyPrediction:
        return self._prediction(self._default_predictions(domain), events=language_events(tracker))
