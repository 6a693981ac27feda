"""English or Spanish (assistant/language.py): clear messages set the language, short or mixed ones never flip
it, an explicit choice wins, and a new session keeps the language of the one before."""

from __future__ import annotations

import pytest
from rasa.shared.core.events import ActionExecuted, SessionStarted, SlotSet, UserUttered
from rasa.shared.core.trackers import DialogueStateTracker

from assistant.language import choice_payload, chosen_by_word, detect, language_events, mentioned
from clinic import names


@pytest.mark.parametrize("text, language", [
    ("como funciona la ketamina", "es"),
    ("hola", "es"),
    ("¿duele?", "es"),
    ("what does a session feel like", "en"),
    ("me quiero morir", "es"),
    ("tengo depresion desde hace años y nada me ayuda", "es"),
    ("I have had chronic back pain for years", "en"),
])
def test_a_clear_message_names_its_language(text, language):
    assert detect(text) == language


@pytest.mark.parametrize("text", ["ok", "sí", "si", "no", "Robin Browser", "714-555-0166", "robin@example.org",
                                  "gracias", "thanks", "la consulta es free?", "/affirm", ""])
def test_short_or_mixed_messages_never_decide(text):
    assert detect(text) is None


def test_keywords_and_requests_choose_a_language():
    assert chosen_by_word("ESPAÑOL") == "es" and chosen_by_word("english") == "en" and chosen_by_word("hola") is None
    assert mentioned("can we do this in spanish") == "es" and mentioned("en inglés por favor") == "en"
    assert mentioned("is the spanish speaking staff better than the english one") is None
    assert choice_payload("es") == '/choose_language{"language": "es"}'


def _tracker(*events):
    return DialogueStateTracker.from_events("visitor", list(events), [])


def _said(text, entities=(), metadata=None, intent="greet"):
    return [ActionExecuted("action_listen"),
            UserUttered(text, {"name": intent, "confidence": 1.0}, list(entities), metadata=metadata)]


def test_the_slot_follows_clear_messages_and_explicit_choices():
    assert language_events(_tracker(*_said("¿cómo funciona la ketamina?"))) == [SlotSet(names.SLOT_LANGUAGE, "es")]
    spanish = SlotSet(names.SLOT_LANGUAGE, "es")
    assert language_events(_tracker(spanish, *_said("ok"))) == []  # a short message keeps it
    assert language_events(_tracker(spanish, *_said("how long does a session take"))) == \
        [SlotSet(names.SLOT_LANGUAGE, "en")]
    choice = {"entity": "language", "value": "en", "start": 0, "end": 0}
    assert language_events(_tracker(spanish, *_said("/choose_language", [choice], intent="choose_language"))) == \
        [SlotSet(names.SLOT_LANGUAGE, "en")]
    # the widget's language: a hint for a conversation without one, never over a clear message
    assert language_events(_tracker(*_said("/greet", metadata={"language": "es"}))) == [spanish]
    assert language_events(_tracker(*_said("what is ketamine exactly", metadata={"language": "es"}))) == \
        [SlotSet(names.SLOT_LANGUAGE, "en")]
    # only on the visitor's message, not between the assistant's actions
    assert language_events(_tracker(*_said("¿qué es la ketamina?"), ActionExecuted("utter_greet"))) == []


def test_a_new_session_keeps_the_language_of_the_one_before():
    before = [SessionStarted(), *_said("hola"), SlotSet(names.SLOT_LANGUAGE, "es")]
    tracker = _tracker(*before, SessionStarted(), *_said("ok"))
    assert language_events(tracker) == [SlotSet(names.SLOT_LANGUAGE, "es")]
