"""One conversation, one door: nobody reaches a conversation through another channel's door, and the REST
door itself is closed to anyone without the clinic's token. Each test is an attack tried against the
running assistant (tests/conftest.py's `rasa_server`) with only what a stranger can know or guess."""

from __future__ import annotations

import hashlib
import hmac
import os

import yaml

from tests.conftest import ROOT
from tests.security.conftest import Texter, fresh_sender, rest

CANARY_NAME = "Quilla Doorcanary"


def _sms_ids(number: str):
    """Every id a stranger could compute for a texter's conversation: with the key in the environment and
    the development key shipped in credentials.yml, in the old and the new id formats."""
    shipped = yaml.safe_load((ROOT / "credentials.yml").read_text())["assistant.channels.sms.ClinicTwilioInput"]
    for key in {os.environ["SMS_HASH_KEY"], shipped["hash_key"]}:
        digest = hmac.new(key.encode(), number.encode(), hashlib.sha256).hexdigest()[:32]
        yield f"sms-{digest}"
        yield f"sms:{digest}"


def test_rest_cannot_continue_or_read_a_texters_conversation(rasa_server, twilio_standin):
    base, _ = rasa_server
    texter = Texter(base, twilio_standin)
    texter.text("I'd like to book a free consultation", expect=2)
    texter.text("1")  # consent
    texter.text("yes")  # 18 or over
    assert texter.text(CANARY_NAME)  # the name is stored; the phone question comes next
    for sender in _sms_ids(texter.number):
        response = rest(base, sender, "skip")
        if response.status_code == 400:  # a sender REST refuses outright (':' is not allowed) is fine too
            continue
        reply = response.json()
        assert response.status_code == 200
        assert reply[0].get("disclaimer") is True, f"{sender} continued an existing conversation: {reply}"
        assert CANARY_NAME not in str(reply)
    # and the texter's own intake goes on at the phone question
    assert "email" in " ".join(texter.text("714-555-0166")).lower()


def test_a_website_token_is_not_a_rest_sender(rasa_server, web_visitor):
    base, _ = rasa_server
    visitor = web_visitor()
    token = visitor.open()
    visitor.say("I'd like to book a free consultation", wait_for=2)
    reply = rest(base, token, "yes")
    assert reply.status_code == 200
    assert reply.json()[0].get("disclaimer") is True, "REST continued the website visitor's conversation"
    # the website visitor's conversation goes on where it was (the consent question)
    answered = visitor.say("yes")
    assert answered and not answered[0].get("disclaimer")


def test_rest_needs_the_clinics_token(rasa_server):
    base, _ = rasa_server
    for headers in ({}, {"Authorization": "Bearer wrong"}, {"Authorization": "Basic " + "x" * 20},
                    {"Authorization": "Bearer " + os.environ["CLINIC_REST_TOKEN"] + "x"}):
        response = rest(base, fresh_sender(), "I want to talk to a person", headers=headers)
        assert response.status_code == 401, headers
        assert "token" in response.json()["error"].lower()
    assert rest(base, fresh_sender(), "hi").status_code == 200  # the right token still works


def test_rasas_own_http_api_stays_off(rasa_server):
    import requests

    base, _ = rasa_server
    for path in ("/conversations/rest:x/tracker", "/model/parse", "/status", "/conversations/x/messages"):
        response = requests.get(base + path, timeout=10)
        assert response.status_code in (403, 404, 405), (path, response.status_code)


def test_the_rest_channel_is_off_in_production_until_a_token_is_set(monkeypatch):
    from assistant.channels.rest import rest_token

    monkeypatch.delenv("CLINIC_ENV", raising=False)
    monkeypatch.delenv("CLINIC_REST_TOKEN", raising=False)
    assert rest_token() is None
    monkeypatch.setenv("CLINIC_REST_TOKEN", "a" * 40)
    assert rest_token() == "a" * 40
