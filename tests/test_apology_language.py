"""The channels' apology after a failure, in the visitor's language (issue 14).

When the assistant fails on a message, each channel answers with the clinic's calm apology itself
(assistant/channels/replies.py). It is in Spanish (`technical_problem_es` in the clinic profile) when the channel
can tell the visitor writes Spanish: a reply already made in Spanish this turn, a language chosen in the message,
a message that clearly reads Spanish, or the website widget's language; in English otherwise, as before. Each
channel is served here as `rasa run` serves it, with a stand-in for Rasa that fails, so no model is needed.
"""

from __future__ import annotations

import dataclasses
import time
import uuid
from typing import List

import pytest
import requests
from rasa.core.lock_store import LockError

from assistant.channels import replies
from assistant.channels.replies import apology, apology_language
from assistant.channels.rest import ClinicRestInput
from assistant.channels.webchat import WebchatInput
from clinic import names
from clinic.profile import load_profile
from testbed.ports import free_port
# the replicas' helpers, and their Sanic test mode (an autouse fixture) so several apps can start in one process
from tests.persistence.test_channel_replicas import (  # noqa: F401
    Outbox, Replica, SmsReplica, new_number, sanic_test_mode,
)
from tests.security.conftest import WebVisitor

PROFILE = load_profile()
ENGLISH = PROFILE.technical_problem_text()
SPANISH = PROFILE.technical_problem_text("es")
TOKEN = "apology-test-token"


class Failing:
    """Stands in for Rasa when the conversation cannot be locked: every message fails."""

    async def __call__(self, message) -> None:
        raise LockError("Could not issue a lock ticket: Connection refused.")


class AnswersInSpanishThenFails:
    """Stands in for Rasa failing after its first reply of the turn, made in Spanish."""

    async def __call__(self, message) -> None:
        await message.output_channel.send_text_message(message.sender_id, "¿Cuál es tu nombre completo?",
                                                       **{names.META_LANGUAGE: "es"})
        raise ConnectionError("the tracker store went away before the turn was kept")


# --- the apology and the language it is in -----------------------------------------------------------------


def test_the_spanish_apology_comes_from_the_profile_with_the_phone_and_the_crisis_lines():
    reply = apology(PROFILE, "es")
    assert reply == {"text": SPANISH, "error": True, "language": "es"}
    assert PROFILE.phone in SPANISH and "911" in SPANISH and "988" in SPANISH and "oprime 2" in SPANISH
    assert SPANISH != ENGLISH and "{" not in SPANISH
    assert apology(PROFILE, "en") == {"text": ENGLISH, "error": True, "language": "en"}
    assert apology(PROFILE) == {"text": ENGLISH, "error": True}  # unknown: English, as before


def test_a_spanish_apology_the_profile_cannot_fill_falls_back_to_english():
    """load_profile refuses such a profile; one built in code still gets an apology, in English."""
    broken = dataclasses.replace(PROFILE, technical_problem_es="Lo siento. Llama al {clinic_fax}.")
    assert apology(broken, "es") == {"text": ENGLISH, "error": True}


@pytest.mark.parametrize(
    "text, hint, turn, expected",
    [
        ("Hola, ¿me pueden ayudar con una pregunta?", None, [], "es"),
        ("Quiero saber cuánto dura el tratamiento con ketamina", "en", [], "es"),
        ("What does a ketamine session feel like?", "es", [], "en"),  # the message, then the widget's language
        ("ESPAÑOL", None, [], "es"),  # an SMS choosing the language
        ('/choose_language{"language": "es"}', "en", [], "es"),  # the widget's switch
        ("Sam Texter", "es", [], "es"),  # a name says nothing: the widget's language
        ("1", "en", [], "en"),
        ("Sam Texter", None, [], None),  # nothing to tell from: English, unmarked
        ("ok", None, [{"text": "¿Cuál es tu nombre completo?", "language": "es"}], "es"),  # this turn's reply
        ("What does a ketamine session feel like?", None, [{"text": "Hola", "language": "es"}], "es"),
        (None, "fr", [], None),
        ("", ["es"], [], None),
    ],
)
def test_the_apology_language_follows_the_language_policys_order(text, hint, turn, expected):
    assert apology_language(text, hint=hint, replies=turn) == expected


def test_telling_the_language_never_raises(monkeypatch):
    def broken(_: str) -> str:
        raise RuntimeError("the detector is not there")

    monkeypatch.setattr(replies, "detect", broken)
    assert apology_language("Quiero saber cuánto dura el tratamiento", hint="es") == "es"
    assert apology_language("Quiero saber cuánto dura el tratamiento") is None

    def unreadable():
        raise RuntimeError("the turn's replies cannot be read")
        yield  # a generator that fails when read

    assert apology_language("Hola", hint="en", replies=unreadable()) == "en"


# --- each channel ---------------------------------------------------------------------------------------------


def _rest(replica: Replica, message: str) -> List[dict]:
    response = requests.post(f"{replica.url}/webhooks/rest/webhook", timeout=30,
                             json={"sender": "apology-test", "message": message},
                             headers={"Authorization": f"Bearer {TOKEN}"})
    assert response.status_code == 200
    return response.json()


def test_rest_apologises_in_spanish_to_a_spanish_message_and_in_english_otherwise():
    replica = Replica(ClinicRestInput(profile=PROFILE, token=TOKEN), Failing())
    try:
        assert _rest(replica, "Hola, ¿cuánto cuesta la consulta?") == [
            {"text": SPANISH, "error": True, "language": "es", "recipient_id": "apology-test"}]
        assert _rest(replica, "How much does the consultation cost?") == [
            {"text": ENGLISH, "error": True, "language": "en", "recipient_id": "apology-test"}]
        assert _rest(replica, "Sam Texter") == [{"text": ENGLISH, "error": True, "recipient_id": "apology-test"}]
    finally:
        replica.stop()


def test_rest_apologises_in_the_language_the_turn_was_answered_in():
    replica = Replica(ClinicRestInput(profile=PROFILE, token=TOKEN), AnswersInSpanishThenFails())
    try:
        got = _rest(replica, "1")
        assert got[-1]["text"] == SPANISH and got[-1]["error"] is True
    finally:
        replica.stop()


def _say(visitor: WebVisitor, message: str, language: str) -> List[dict]:
    before = len(visitor.replies)
    visitor.client.emit("user_uttered", {"message": message, "language": language})
    deadline = time.monotonic() + 15
    while len(visitor.replies) == before and time.monotonic() < deadline:
        time.sleep(0.05)
    time.sleep(0.2)
    return visitor.replies[before:]


def test_the_website_apologises_in_the_widgets_language_unless_the_message_reads_otherwise():
    port = free_port()
    web = Replica(WebchatInput(secret=uuid.uuid4().bytes * 2, origins=[f"http://127.0.0.1:{port}"], profile=PROFILE),
                  Failing(), port)
    visitor = WebVisitor(web.url)
    try:
        assert visitor.open()
        assert _say(visitor, "Sam Texter", "es") == [{"text": SPANISH, "error": True, "language": "es"}]
        assert _say(visitor, "Sam Texter", "en") == [{"text": ENGLISH, "error": True, "language": "en"}]
        assert _say(visitor, "Hola, ¿qué se siente con la ketamina?", "en") == [
            {"text": SPANISH, "error": True, "language": "es"}]
    finally:
        visitor.close()
        web.stop()


def test_sms_apologises_in_spanish_to_a_text_that_reads_spanish(tmp_path):
    outbox = Outbox()
    texts = SmsReplica({"state_file": str(tmp_path / "sms_state.db")}, Failing(), outbox)
    try:
        spanish, chooser, english, unclear = new_number(), new_number(), new_number(), new_number()
        texts.text(spanish, "Hola, quiero saber si la ketamina me puede ayudar")
        texts.text(chooser, "ESPAÑOL")
        texts.text(english, "Can ketamine help with my depression?")
        texts.text(unclear, "Sam Texter")
        assert outbox.to(spanish) == [SPANISH] and outbox.to(chooser) == [SPANISH]
        assert outbox.to(english) == [ENGLISH] and outbox.to(unclear) == [ENGLISH]
    finally:
        texts.stop()
