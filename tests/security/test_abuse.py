"""Abuse limits and malformed input: a flood gets a calm "please slow down", never an error page, and
bodies that could only be an attack are refused before they are parsed."""

from __future__ import annotations

import json
import time

import requests

from assistant.channels.guard import SLOW_DOWN_TEXT, TokenBuckets, json_depth
from testbed.twilio_standin import signed_webhook, text_params
from tests.conftest import REST_HEADERS
from tests.security.conftest import Texter, fresh_sender, new_address, rest


def _raw(base, body: bytes, address=None):
    headers = dict(REST_HEADERS, **{"Content-Type": "application/json", "X-Forwarded-For": address or new_address()})
    return requests.post(f"{base}/webhooks/rest/webhook", data=body, headers=headers, timeout=60)


def test_deeply_nested_and_oversized_bodies_get_400_not_500(rasa_server):
    base, _ = rasa_server
    nested = b'{"sender": "x", "message": "hi", "extra": ' + b"[" * 50_000 + b"]" * 50_000 + b"}"
    for body in (nested, b'{"sender": "x", "message": "' + b"a" * 70_000 + b'"}', b"[" * 20 + b"]" * 20):
        response = _raw(base, body)
        assert response.status_code == 400, response.text[:200]
        assert response.json()["error"]


def test_one_conversation_flooding_is_asked_to_slow_down(rasa_server):
    base, _ = rasa_server
    sender, address = fresh_sender(), new_address()
    statuses = []
    for _ in range(30):
        response = rest(base, sender, "hi", address=address)
        statuses.append(response.status_code)
        if response.status_code == 429:
            reply = response.json()
            assert reply[0]["text"] == SLOW_DOWN_TEXT and "911" in reply[0]["text"]
            assert response.headers.get("Retry-After")
    assert 429 in statuses and 500 not in statuses
    assert rest(base, fresh_sender(), "hi", address=address).status_code == 200  # others are still answered


def test_one_address_opening_conversation_after_conversation_is_asked_to_slow_down(rasa_server):
    base, _ = rasa_server
    address = new_address()
    statuses = [rest(base, fresh_sender(), "hi", address=address).status_code for _ in range(30)]
    assert statuses[0] == 200 and 429 in statuses and 500 not in statuses
    assert rest(base, fresh_sender(), "hi").status_code == 200  # another address is unaffected


def test_the_website_chat_floods_and_new_sessions_are_limited(rasa_server, web_visitor):
    visitor = web_visitor()
    visitor.open()
    for _ in range(30):
        visitor.client.emit("user_uttered", {"message": "hi"})
    time.sleep(5)
    assert any(r.get("rate_limited") and r["text"] == SLOW_DOWN_TEXT for r in visitor.replies)
    address = new_address()
    tokens = [web_visitor(address=address).open(wait=False) for _ in range(25)]
    assert tokens[0] and None in tokens  # some session requests were refused
    assert web_visitor().open()  # another address still gets a session


def test_the_website_chat_accepts_only_the_sites_origins(rasa_server):
    base, _ = rasa_server
    params = {"EIO": "4", "transport": "polling"}
    evil = requests.get(f"{base}/socket.io/", params=params, headers={"Origin": "https://evil.example"}, timeout=10)
    assert evil.status_code == 400
    own = requests.get(f"{base}/socket.io/", params=params, headers={"Origin": base}, timeout=10)
    assert own.status_code == 200 and '"sid"' in own.text


def test_a_signed_sms_without_message_sid_is_handled_once_when_replayed(rasa_server, twilio_standin):
    base, _ = rasa_server
    texter = Texter(base, twilio_standin)
    params = text_params(texter.number, "what is ketamine?")
    params.pop("MessageSid")
    assert signed_webhook(texter.url, params) == 200
    time.sleep(4)
    first = len(twilio_standin.messages(texter.number))
    assert first >= 2
    assert signed_webhook(texter.url, params) == 200  # the very same signed request, replayed
    time.sleep(4)
    assert len(twilio_standin.messages(texter.number)) == first


def test_token_buckets_refill_and_stay_bounded():
    buckets = TokenBuckets(burst=2, per_second=1, max_keys=3)
    assert buckets.allow("a", now=0) and buckets.allow("a", now=0) and not buckets.allow("a", now=0)
    assert buckets.allow("a", now=1.0)
    for key in "bcdef":
        buckets.allow(key, now=2)
    assert len(buckets._buckets) == 3


def test_json_depth_is_counted_without_parsing_and_ignores_strings():
    assert json_depth(b'{"a": [1, {"b": 2}]}') == 3
    assert json_depth(b'{"a": "[[[[[[[[[[\\"]]]"}') == 1
    assert json_depth(json.dumps({"sender": "x", "message": "{[(" * 100}).encode()) == 1


def test_one_address_cannot_hold_open_connection_after_connection(rasa_server):
    import socketio

    from assistant.channels.webchat import MAX_CONNECTIONS_PER_ADDRESS

    base, _ = rasa_server
    address = new_address()
    clients, refused = [], 0
    for _ in range(MAX_CONNECTIONS_PER_ADDRESS + 3):
        client = socketio.Client(reconnection=False)
        try:
            client.connect(base, transports=["websocket"], headers={"X-Forwarded-For": address}, wait_timeout=5)
            clients.append(client)
        except socketio.exceptions.ConnectionError:
            refused += 1
    for client in clients:
        client.disconnect()
    assert len(clients) == MAX_CONNECTIONS_PER_ADDRESS and refused == 3
