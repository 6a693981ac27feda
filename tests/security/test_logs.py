"""No personal data in any log: a canary name, phone number and email are sent through every channel, in
ordinary answers, in "/"-prefixed messages Rasa would warn about, and in a crisis message; then all the
output of the Rasa server and the action server is searched for them. (The staff app's searches are
covered in test_staff_security.py, which runs it under gunicorn.)"""

from __future__ import annotations

import re
import time

import pytest

from tests.security.conftest import Texter, fresh_sender, rest

NAME = "Xanthe Logcanary"
PHONE = "714-555-0123"
EMAIL = "xanthe.logcanary@example.com"
NEEDLES = ("logcanary", "555-0123", "5550123", "555 0123")

SLASHED = [
    f"/ my name is {NAME}, {PHONE}, {EMAIL}",
    f'/greet{{"name": "{NAME}", "email": "{EMAIL}"',
    f'/greet{{"full_name": "{NAME}", "phone": "{PHONE}"}}',
    f"/nonexistent_intent {NAME} {PHONE}",
    f"/inform@0.9 {EMAIL}",
]
INTAKE = ["I'd like to book a free consultation", "/affirm", "yes", NAME, PHONE, EMAIL]
REST_OF_INTAKE = ["Tustin", "anxiety", "call", "morning", "yes"]


def _found(text: str):
    lowered = text.lower()
    return [n for n in NEEDLES if n in lowered]


@pytest.fixture(scope="module")
def canaries_sent(rasa_server, twilio_standin, action_server):
    base, _ = rasa_server
    sender = fresh_sender()
    for message in SLASHED + INTAKE + REST_OF_INTAKE:
        assert rest(base, sender, message).status_code == 200
    assert rest(base, fresh_sender(), f"I want to end my life, I'm {NAME}, {PHONE}").status_code == 200
    from tests.security.conftest import WebVisitor

    visitor = WebVisitor(base)
    visitor.open()
    for message in SLASHED + INTAKE:
        visitor.say(message)
    visitor.close()
    texter = Texter(base, twilio_standin)
    for message in SLASHED[:2] + ["I'd like to book a free consultation", "1", "yes", NAME, EMAIL]:
        texter.text(message)
    time.sleep(1)
    return True


def test_the_canaries_were_really_heard(canaries_sent, action_server):
    """The canaries reached the assistant (so their absence from the logs means something): the name is in
    the handoff database's transcripts, where it belongs."""
    listing = action_server.handoffs("list", "--limit", "1000")
    assert "Logcanary" in listing


def test_no_canary_in_the_rasa_servers_output(canaries_sent, rasa_server):
    _, log = rasa_server
    output = log.read_text()
    assert re.search(r"Rasa server is up and running", output)  # the captured output is the real one
    assert _found(output) == []


def test_no_canary_in_the_action_servers_output(canaries_sent, action_server):
    output = action_server.log.read_text()
    assert "Registered function" in output or "action server on" in output
    assert _found(output) == []
