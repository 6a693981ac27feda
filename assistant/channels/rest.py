"""The REST channel, hardened: `POST /webhooks/rest/webhook` with `{"sender": ..., "message": ...}`.

Differences from Rasa's stock REST channel, each for a visitor or the clinic:
* a malformed request (not JSON, no sender, a sender that is not a short string, a message that is not a
  string) gets a 400 with a plain explanation instead of a 500 or a shared "default" conversation;
* when the assistant fails on a message, the visitor gets a calm apology with the clinic's phone number (in
  Spanish when the message or the turn's replies were Spanish), and the log says what failed without the
  visitor's text;
* each reply says which response it came from, its source article, and whether it is the disclaimer, so
  the web widget and the tests can show and check them;
* it is a door for the clinic's trusted integrations, not for visitors (the website uses socket.io, SMS its
  webhook): every request carries `Authorization: Bearer <CLINIC_REST_TOKEN>`. In production the channel is
  off until the clinic sets a token; in development (`make run`) a stable random token is kept in
  var/secrets/ and `make run` prints it;
* the sender names a conversation of this channel only: it is stored as `rest:<sender>`, so no REST caller
  can reach a website or SMS conversation;
* bodies too large or nested too deep are refused before parsing, and callers over the abuse limits get a
  429 with a calm "please slow down" message (assistant/channels/guard.py).
"""

from __future__ import annotations

import hmac
import json
import logging
import os
import re
from typing import Any, Awaitable, Callable, Dict, Optional, Text, Tuple

from rasa.core.channels.channel import InputChannel, UserMessage
from sanic import Blueprint, response
from sanic.request import Request
from sanic.response import HTTPResponse

from assistant.channels.guard import (
    SLOW_DOWN_TEXT, AbuseLimits, LimitSettings, body_problem, client_address, conversation_key,
    keep_visitor_text_out_of_logs, log_failure,
)
from assistant.channels.replies import MAX_MESSAGE_CHARS, AnnotatedCollector, apology, apology_language
from clinic.profile import ClinicProfile, load_profile
from clinic.settings import development_mode, secret

logger = logging.getLogger(__name__)

SENDER_PATTERN = re.compile(r"^[A-Za-z0-9_.@\-]{1,100}$")
TOKEN_ENV = "CLINIC_REST_TOKEN"
CHANNEL_PREFIX = "rest"


def rest_token(configured: Optional[str] = None) -> Optional[str]:
    """The token REST callers must send, or None when the channel is off (production with no token set)."""
    if not (os.environ.get(TOKEN_ENV) or configured) and not development_mode():
        return None
    return secret(TOKEN_ENV, configured, what="the REST channel's token")


def parse_request(body: bytes) -> Tuple[Optional[Tuple[Text, Text]], Optional[Text]]:
    """(sender, text) from a webhook body, or an explanation of what is wrong with it."""
    try:
        payload = json.loads(body or b"")
    except (ValueError, UnicodeDecodeError):
        return None, "The request body must be JSON like {\"sender\": \"abc\", \"message\": \"hi\"}."
    if not isinstance(payload, dict):
        return None, "The request body must be a JSON object."
    sender = payload.get("sender")
    if not isinstance(sender, str) or not SENDER_PATTERN.match(sender):
        return None, "'sender' must be a string of 1 to 100 letters, digits or _.@-"
    text = payload.get("message", "")
    if text is None:
        text = ""
    if not isinstance(text, str):
        return None, "'message' must be a string."
    if len(text) > MAX_MESSAGE_CHARS:
        return None, f"'message' is longer than {MAX_MESSAGE_CHARS} characters; please send a shorter one."
    return (sender, text), None


class ClinicRestInput(InputChannel):
    """Rasa's REST endpoint for trusted integrations: a token, its own conversations, limits, calm answers."""

    @classmethod
    def name(cls) -> Text:
        return CHANNEL_PREFIX

    @classmethod
    def from_credentials(cls, credentials: Optional[Dict[Text, Any]]) -> "ClinicRestInput":
        credentials = credentials or {}
        return cls(
            profile=load_profile(credentials.get("profile")),
            token=rest_token(credentials.get("token")),
            limits=LimitSettings.from_credentials(credentials.get("rate_limits")),
        )

    def __init__(self, profile: Optional[ClinicProfile] = None, token: Optional[str] = None,
                 limits: Optional[LimitSettings] = None) -> None:
        self.profile = profile or load_profile()
        self.token = token
        self.limits = AbuseLimits(limits)
        keep_visitor_text_out_of_logs()
        if token is None:
            logger.info("rest channel: off (no %s set)", TOKEN_ENV)

    def _authorised(self, request: Request) -> bool:
        supplied = (request.headers.get("Authorization") or "").encode()
        return self.token is not None and hmac.compare_digest(supplied, f"Bearer {self.token}".encode())

    def blueprint(
        self, on_new_message: Callable[[UserMessage], Awaitable[Any]]
    ) -> Blueprint:
        webhook = Blueprint("clinic_rest_webhook", __name__)

        @webhook.route("/", methods=["GET"])
        async def health(_: Request) -> HTTPResponse:
            return response.json({"status": "ok" if self.token else "off"})

        @webhook.route("/webhook", methods=["POST"])
        async def receive(request: Request) -> HTTPResponse:
            if self.token is None:
                return response.json({"error": f"The REST channel is off: the clinic has not set {TOKEN_ENV}."},
                                     status=403)
            if not self._authorised(request):
                return response.json({"error": "This channel needs 'Authorization: Bearer <token>'."},
                                     status=401, headers={"WWW-Authenticate": "Bearer"})
            problem = body_problem(request.body)
            if problem is None:
                parsed, problem = parse_request(request.body)
            if problem is not None:
                return response.json({"error": problem}, status=400)
            sender, text = parsed
            conversation = conversation_key(CHANNEL_PREFIX, sender)
            if not self.limits.admit(client_address(request), conversation):
                return response.json([{"recipient_id": sender, "text": SLOW_DOWN_TEXT, "rate_limited": True}],
                                     status=429, headers={"Retry-After": "5"})
            collector = AnnotatedCollector()
            try:
                await on_new_message(
                    UserMessage(text, collector, conversation, input_channel=self.name())
                )
            except Exception as exc:  # the visitor gets an apology; the log gets the failure, not the text
                log_failure(logger, "rest channel: handling a message failed", exc)
                language = apology_language(text, replies=collector.messages)
                collector.messages.append(apology(self.profile, language))
            for message in collector.messages:  # the caller's own name for the conversation
                message["recipient_id"] = sender
            return response.json(collector.messages)

        return webhook
