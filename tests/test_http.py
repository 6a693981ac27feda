"""The running Rasa server over HTTP: the REST webhook answers every kind of bad input calmly, and the
socket.io channel the website widget uses is open. Starts `rasa run` on a free port with the trained model."""

import re
import sys
import time
import uuid
from pathlib import Path

import pytest
import requests

from tests.conftest import REST_HEADERS

ROOT = Path(__file__).resolve().parents[1]
RASA = Path(sys.executable).parent / "rasa"


@pytest.fixture(scope="module")
def server(rasa_server):
    return rasa_server


def _headers():
    # each test speaks as the trusted integration, from an address of its own (the server is behind a proxy)
    return dict(REST_HEADERS, **{"X-Forwarded-For": f"10.1.{uuid.uuid4().int % 250}.{uuid.uuid4().int % 250}"})


def _post(base, message, sender=None):
    body = {"sender": sender or uuid.uuid4().hex, "message": message}
    return requests.post(f"{base}/webhooks/rest/webhook", json=body, headers=_headers(), timeout=60)


def test_an_faq_over_rest_comes_with_the_disclaimer_first(server):
    base, _ = server
    reply = _post(base, "why is therapy paired with ketamine?").json()
    assert reply[0]["disclaimer"] is True and "not medical advice" in reply[0]["text"]
    assert reply[-1]["response"] == "utter_faq_why_therapy"
    assert reply[-1]["source"]


@pytest.mark.parametrize(
    "message",
    [
        "",
        "   ",
        "x" * 10_000,
        "ketamine " * 1_200,
        "😀🙏🏽💊",
        "¿Qué es la ketamina y cómo funciona?",
        "ケタミンとは何ですか",
        "<script>alert('hi')</script>",
        "<b>bold</b> <img src=x onerror=alert(1)>",
        "'; DROP TABLE handoffs; --",
        "1 OR 1=1; SELECT * FROM users",
        "/faq_what_is_ketamine",
        "/nonexistent_intent",
        '/greet{"name": ',
        '/greet{"crisis_flagged": false}',
        "/",
        "/restart",
        "\x00\x01 control characters \u202e",
    ],
)
def test_bad_input_gets_a_calm_reply(server, message):
    base, _ = server
    response = _post(base, message)
    assert response.status_code == 200, response.text
    reply = response.json()
    assert reply and all(isinstance(m.get("text"), str) and m["text"] for m in reply), reply
    assert not any(m.get("error") for m in reply), reply
    assert all("<script" not in m["text"] and "onerror" not in m["text"] for m in reply)


@pytest.mark.parametrize(
    "body",
    [b"not json", b"{}", b'{"message": "hi"}', b'{"sender": ["x"], "message": "hi"}', b'{"sender": "x", "message": 5}'],
)
def test_malformed_requests_get_a_400_with_an_explanation(server, body):
    base, _ = server
    response = requests.post(
        f"{base}/webhooks/rest/webhook", data=body, headers=dict(_headers(), **{"Content-Type": "application/json"}),
        timeout=30
    )
    assert response.status_code == 400
    assert response.json()["error"]


def test_a_message_that_is_too_long_is_refused_politely(server):
    base, _ = server
    response = _post(base, "x" * 20_001)
    assert response.status_code == 400 and "shorter" in response.json()["error"]


def test_visitor_text_never_reaches_the_log(server):
    base, log = server
    secret = f"my name is Zebulon{uuid.uuid4().hex[:6]} and my number is 714 555 0199"
    _post(base, secret)
    _post(base, "I want to kill myself " + secret)
    assert "Zebulon" not in log.read_text() and "555 0199" not in log.read_text()


def test_the_socketio_channel_is_open_for_the_widget(server):
    base, _ = server
    response = requests.get(f"{base}/socket.io/", params={"EIO": "4", "transport": "polling"}, timeout=10)
    assert response.status_code == 200 and '"sid"' in response.text


def test_a_whole_intake_over_rest_ends_in_a_stored_handoff(server, action_server):
    """The end-to-end path a visitor takes, then the record staff read, transcript included."""
    base, log = server
    sender = uuid.uuid4().hex
    replies = []
    for message in (
        "hi", "how does ketamine work?", "I'd like to book a consultation", "/affirm", "yes",
        "Morgan Rest", "(714) 555-0177", "skip", "2", "PTSD", "call", "morning",
    ):
        response = _post(base, message, sender)
        assert response.status_code == 200
        replies.append(response.json())
    assert replies[-1][-1]["response"] == "utter_intake_summary"
    done = _post(base, "yes", sender).json()
    code = re.search(r"reference ([A-Z0-9]{6})", done[-1]["text"]).group(1)
    shown = action_server.handoffs("show", code)
    assert "Morgan Rest" in shown and "+17145550177" in shown and "San Juan Capistrano" in shown
    assert "ptsd" in shown.lower() and "rest" in shown
    assert "how does ketamine work?" in shown and "Quick note" in shown  # visitor and assistant messages
    assert done[-1]["text"].splitlines()[0] in shown  # the handoff confirmation too (the event stream's)
    assert "Morgan" not in log.read_text() and "0177" not in action_server.log.read_text()


class _Visitor:
    """A website visitor on the socket.io channel (python-socketio's client, websocket transport)."""

    def __init__(self, base):
        import socketio

        self.base = base
        self.client = socketio.Client(reconnection=False)
        self.session = None
        self.replies = []
        self.client.on("session_confirm", self._confirm)
        self.client.on("bot_uttered", self.replies.append)

    def _confirm(self, token):
        self.session = token

    def open(self, offered=None):
        if not self.client.connected:
            self.client.connect(self.base, transports=["websocket"], socketio_path="/socket.io")
        self.session = None
        self.client.emit("session_request", {"session_id": offered})
        for _ in range(100):
            if self.session:
                return self.session
            time.sleep(0.05)
        raise AssertionError("no session_confirm")

    def say(self, text, wait_for=1):
        before = len(self.replies)
        self.client.emit("user_uttered", {"message": text, "session_id": "ignored"})
        for _ in range(300):
            if len(self.replies) >= before + wait_for:
                time.sleep(0.3)
                break
            time.sleep(0.05)
        return self.replies[before:]

    def close(self):
        self.client.disconnect()


def test_the_website_channel_answers_with_disclaimer_and_source(server):
    base, _ = server
    visitor = _Visitor(base)
    visitor.open()
    replies = visitor.say("why is therapy paired with ketamine?", wait_for=2)
    visitor.close()
    assert replies[0]["disclaimer"] is True
    assert replies[-1]["response"] == "utter_faq_why_therapy" and replies[-1]["source"]


def test_a_visitor_cannot_join_another_visitors_conversation(server):
    base, _ = server
    alice, mallory = _Visitor(base), _Visitor(base)
    token = alice.open()
    alice.say("hello, I have questions")
    guessed = mallory.open(offered="deadbeef" * 4)  # a guessed id
    reused = mallory.open(offered=token)  # Alice's id while Alice is connected
    forged = mallory.open(offered=token[:-3] + ("AAA" if not token.endswith("AAA") else "BBB"))
    mallory.replies.clear()
    answered = alice.say("what are the side effects?")
    time.sleep(0.5)
    leaked = list(mallory.replies)
    alice.close()
    again = _Visitor(base)
    resumed = again.open(offered=token)  # Alice's own tab, reloaded
    for visitor in (mallory, again):
        visitor.close()
    assert token not in (guessed, reused, forged)
    assert answered and leaked == []  # Alice got her answer; nobody else did
    assert resumed == token
