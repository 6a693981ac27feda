"""Helpers for the attacker's tests: speaking to the running servers as a stranger would.

Imports of the Rasa environment's libraries (requests, socketio, twilio) are made where they are used:
test_staff_security.py runs in the action-server environment, which also loads this file."""

from __future__ import annotations

import itertools
import time
import uuid
from typing import Dict, List, Optional

import pytest

from tests.conftest import REST_HEADERS

_numbers = itertools.count(2001)
_addresses = itertools.count(1)


def new_address() -> str:
    """A client address of its own (the test Rasa server trusts one proxy's X-Forwarded-For)."""
    n = next(_addresses)
    return f"10.77.{n // 250}.{n % 250 + 1}"


def rest(base: str, sender: str, message: str, address: Optional[str] = None,
         headers: Optional[Dict[str, str]] = None, **kwargs):
    import requests

    sent = dict(REST_HEADERS if headers is None else headers)
    sent["X-Forwarded-For"] = address or new_address()
    return requests.post(f"{base}/webhooks/rest/webhook", json={"sender": sender, "message": message},
                         headers=sent, timeout=60, **kwargs)


class Texter:
    """A phone texting the assistant through signed Twilio webhooks; replies read from the stand-in."""

    def __init__(self, base: str, standin) -> None:
        self.number = f"+1714555{next(_numbers):04d}"
        self.url = f"{base}/webhooks/twilio/webhook"
        self.standin = standin

    def text(self, body: str, expect: int = 1, timeout: float = 20, **extra: str) -> List[str]:
        from testbed.twilio_standin import signed_webhook, text_params

        before = len(self.standin.messages(self.number))
        assert signed_webhook(self.url, text_params(self.number, body, **extra)) == 200
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            got = self.standin.messages(self.number)
            if len(got) >= before + expect:
                time.sleep(0.3)
                break
            time.sleep(0.1)
        return [m["body"] for m in self.standin.messages(self.number)[before:]]


class WebVisitor:
    """A website visitor on socket.io (python-socketio's client), from an address of its own."""

    def __init__(self, base: str, address: Optional[str] = None, origin_ok: bool = True) -> None:
        import socketio

        self.base = base
        self.address = address or new_address()
        self.client = socketio.Client(reconnection=False)
        self.token: Optional[str] = None
        self.replies: List[dict] = []
        self.client.on("session_confirm", self._confirm)
        self.client.on("bot_uttered", self.replies.append)

    def _confirm(self, token: str) -> None:
        self.token = token

    def open(self, offered: Optional[str] = None, wait: bool = True) -> Optional[str]:
        if not self.client.connected:
            self.client.connect(self.base, transports=["websocket"], headers={"X-Forwarded-For": self.address})
        self.token = None
        self.client.emit("session_request", {"session_id": offered})
        for _ in range(100 if wait else 20):
            if self.token:
                return self.token
            time.sleep(0.05)
        return None

    def say(self, text: str, wait_for: int = 1, timeout: float = 15) -> List[dict]:
        before = len(self.replies)
        self.client.emit("user_uttered", {"message": text})
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if len(self.replies) >= before + wait_for:
                time.sleep(0.3)
                break
            time.sleep(0.05)
        return self.replies[before:]

    def close(self) -> None:
        if self.client.connected:
            self.client.disconnect()


@pytest.fixture
def web_visitor(rasa_server):
    visitors = []

    def make(**kwargs) -> WebVisitor:
        visitor = WebVisitor(rasa_server[0], **kwargs)
        visitors.append(visitor)
        return visitor

    yield make
    for visitor in visitors:
        visitor.close()


def fresh_sender() -> str:
    return "sec-" + uuid.uuid4().hex
