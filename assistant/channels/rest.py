"""The REST channel, hardened: `POST /webhooks/rest/webhook` with `{"sender": ..., "message": ...}`.

Differences from Rasa's stock REST channel, each for a visitor or the clinic:
* a malformed request (not JSON, no sender, a sender that is not a short string, a message that is not a
  string) gets a 400 with a plain explanation instead of a 500 or a shared "default" conversation;
* when the assistant fails on a message, the visitor gets a calm apology with the clinic's phone number,
  and the log says what failed without the visitor's text;
* each reply says which response it came from, its source article, and whether it is the disclaimer, so
  the web widget and the tests can show and check them.
"""

from __future__ import annotations

import json
import logging
import re
from typing import Any, Awaitable, Callable, Dict, List, Optional, Text, Tuple

from rasa.core.channels.channel import CollectingOutputChannel, InputChannel, UserMessage
from sanic import Blueprint, response
from sanic.request import Request
from sanic.response import HTTPResponse

from clinic import names
from clinic.profile import ClinicProfile, load_profile

logger = logging.getLogger(__name__)

MAX_MESSAGE_CHARS = 20_000
SENDER_PATTERN = re.compile(r"^[A-Za-z0-9_.:@\-]{1,128}$")


def annotations(part: Text, kwargs: Dict[Text, Any]) -> Dict[Text, Any]:
    """What a reply part is: the disclaimer, or which response it came from and its source articles."""
    if part == kwargs.get(names.META_DISCLAIMER_TEXT):
        return {"disclaimer": True}
    notes: Dict[Text, Any] = {}
    if kwargs.get("utter_action"):
        notes["response"] = kwargs["utter_action"]
    source = (kwargs.get(names.META_RESPONSE) or {}).get(names.META_SOURCE)
    if source:
        notes["source"] = source if isinstance(source, list) else [source]
    return notes


class AnnotatedCollector(CollectingOutputChannel):
    """Collects replies like Rasa's collector, keeping the response name, source and disclaimer mark."""

    @classmethod
    def name(cls) -> Text:
        return "rest"

    async def send_text_message(self, recipient_id: Text, text: Text, **kwargs: Any) -> None:
        for part in text.strip().split("\n\n"):
            message = self._message(recipient_id, text=part)
            message.update(annotations(part, kwargs))
            await self._persist_message(message)

    async def send_text_with_buttons(
        self,
        recipient_id: Text,
        text: Text,
        buttons: List[Dict[Text, Any]],
        **kwargs: Any,
    ) -> None:
        message = self._message(recipient_id, text=text, buttons=buttons)
        message.update(annotations(text, kwargs))
        if kwargs.get(names.META_DISCLAIMER_TEXT):
            message["disclaimer"] = True
        await self._persist_message(message)


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
        return None, "'sender' must be a string of 1 to 128 letters, digits or _.:@-"
    text = payload.get("message", "")
    if text is None:
        text = ""
    if not isinstance(text, str):
        return None, "'message' must be a string."
    if len(text) > MAX_MESSAGE_CHARS:
        return None, f"'message' is longer than {MAX_MESSAGE_CHARS} characters; please send a shorter one."
    return (sender, text), None


class ClinicRestInput(InputChannel):
    """Rasa's REST endpoint, answering every request calmly."""

    @classmethod
    def name(cls) -> Text:
        return "rest"

    @classmethod
    def from_credentials(cls, credentials: Optional[Dict[Text, Any]]) -> "ClinicRestInput":
        return cls(profile=load_profile((credentials or {}).get("profile")))

    def __init__(self, profile: Optional[ClinicProfile] = None) -> None:
        self.profile = profile or load_profile()

    def blueprint(
        self, on_new_message: Callable[[UserMessage], Awaitable[Any]]
    ) -> Blueprint:
        webhook = Blueprint("clinic_rest_webhook", __name__)

        @webhook.route("/", methods=["GET"])
        async def health(_: Request) -> HTTPResponse:
            return response.json({"status": "ok"})

        @webhook.route("/webhook", methods=["POST"])
        async def receive(request: Request) -> HTTPResponse:
            parsed, problem = parse_request(request.body)
            if parsed is None:
                return response.json({"error": problem}, status=400)
            sender, text = parsed
            collector = AnnotatedCollector()
            try:
                await on_new_message(
                    UserMessage(text, collector, sender, input_channel=self.name())
                )
            except Exception:  # the visitor gets an apology; the log gets the failure, not the text
                logger.exception("rest channel: handling a message failed")
                collector.messages.append(
                    {"recipient_id": sender, "text": self.profile.technical_problem_text(), "error": True}
                )
            return response.json(collector.messages)

        return webhook
