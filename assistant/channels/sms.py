"""The SMS channel: Twilio webhooks in, Twilio's REST API out, built for a clinic.

- Only Twilio gets in: every webhook's X-Twilio-Signature is checked with Twilio's own RequestValidator
  against the auth token and the public URL the clinic configured (so it works behind a proxy). Unsigned
  or forged requests get 403, and nothing is processed or sent.
- The webhook answers at once with empty TwiML; the message is handled in the background, one at a time
  per conversation, and the replies are sent in order, off the event loop, with retries and backoff on
  Twilio's transient errors. A final failure is logged without the text or the number. A Twilio retry of
  the same MessageSid is handled once.
- Replies are SMS-shaped: the responses' `channel: twilio` variants (the output channel is named "twilio"),
  buttons as a numbered list ("1", "2"... or the option's words select it; payloads are never shown), long
  texts split at sentence boundaries, no markdown or HTML.
- When the assistant fails on a message, the texter gets the clinic's calm apology (unless opted out).
- Carrier keywords: STOP (and synonyms) opts the number out, recorded, and nothing more is sent until
  START; HELP gets the clinic's name, phone and how to opt out.
- Privacy: the conversation id is `sms:` and a keyed hash of the number (transcripts and logs never carry
  it); the raw number is used only to send. Messages without text (media only, or empty) get "text only,
  please".
- Secrets: the hash key is `SMS_HASH_KEY` (or credentials.yml `hash_key`), the auth token
  `TWILIO_AUTH_TOKEN` (or `auth_token`). In production a missing or shipped development value stops the
  server at start; in development the hash key is a stable random one kept in var/secrets/.
- A signed request without a MessageSid is de-duplicated on a hash of its signature (a replay of the same
  signed request carries the same one).
- State (opt-outs, handled MessageSids, last buttons): a SQLite file by default, or a SQL database and Redis
  shared by several replicas (assistant/channels/sms_state.py). When the short-lived part (de-duplication,
  buttons) cannot be reached, the message is still handled, and the failure logged.
"""

from __future__ import annotations

import asyncio
import hashlib
import hmac
import logging
import re
import urllib.parse
from typing import Any, Awaitable, Callable, Dict, List, Optional, Text

from rasa.core.channels.channel import InputChannel, OutputChannel, UserMessage
from sanic import Blueprint, response
from sanic.request import Request
from sanic.response import HTTPResponse

from assistant.channels.guard import conversation_key, keep_visitor_text_out_of_logs, log_failure
from assistant.channels.replies import apology
from assistant.channels.sms_state import RecentState, SqlSmsState, state_from_settings
from clinic.profile import ClinicProfile, load_profile
from clinic.settings import production_value, secret

logger = logging.getLogger(__name__)

SMS_MAX_PART = 320  # two SMS segments; longer replies are split at sentence boundaries
EMPTY_TWIML = '<?xml version="1.0" encoding="UTF-8"?><Response></Response>'
STOP_WORDS = {"stop", "stopall", "unsubscribe", "cancel", "end", "quit", "optout", "opt-out", "revoke"}
START_WORDS = {"start", "unstop", "yes start", "subscribe"}
HELP_WORDS = {"help", "info"}
RETRIABLE_STATUSES = {429, 500, 502, 503, 504}


def conversation_id(number: str, key: bytes) -> str:
    """The conversation id for a phone number: a keyed hash, never the number itself."""
    return conversation_key("sms", hmac.new(key, number.strip().encode(), hashlib.sha256).hexdigest()[:32])


def plain_text(text: str) -> str:
    """SMS text: no markdown emphasis, no HTML tags, single spaces."""
    text = re.sub(r"<[^>]+>", "", text or "")
    text = re.sub(r"(\*\*|__|\*|`)", "", text)
    return re.sub(r"[ \t]+", " ", text).strip()


def split_sms(text: str, limit: int = SMS_MAX_PART) -> List[str]:
    """Parts of at most `limit` characters, cut after sentences where possible."""
    text = text.strip()
    if len(text) <= limit:
        return [text] if text else []
    sentences = re.split(r"(?<=[.!?])\s+", text)
    parts: List[str] = []
    current = ""
    for sentence in sentences:
        while len(sentence) > limit:  # a sentence longer than a part: cut at the last space
            cut = sentence.rfind(" ", 0, limit)
            cut = cut if cut > 0 else limit
            if current:
                parts.append(current)
                current = ""
            parts.append(sentence[:cut].strip())
            sentence = sentence[cut:].strip()
        candidate = f"{current} {sentence}".strip()
        if len(candidate) <= limit:
            current = candidate
        else:
            parts.append(current)
            current = sentence
    if current:
        parts.append(current)
    return [p for p in parts if p]


def numbered(text: str, buttons: List[Dict[str, Any]]) -> str:
    options = "\n".join(f"{i}. {b.get('title', '')}" for i, b in enumerate(buttons, start=1))
    return f"{text}\n{options}" if text else options


def choose_option(body: str, buttons: List[Dict[str, Any]]) -> Optional[str]:
    """The payload a reply selects: "2", or the option's words (case and punctuation aside)."""
    answer = re.sub(r"[^\w\s']", "", body).strip().lower()
    if answer.isdigit() and 1 <= int(answer) <= len(buttons):
        return str(buttons[int(answer) - 1].get("payload", ""))
    for button in buttons:
        if answer and answer == re.sub(r"[^\w\s']", "", str(button.get("title", ""))).strip().lower():
            return str(button.get("payload", ""))
    return None


class SmsOutput(OutputChannel):
    """Collects one turn's replies as SMS texts (buttons numbered), remembering the last buttons."""

    @classmethod
    def name(cls) -> Text:
        return "twilio"

    def __init__(self) -> None:
        self.texts: List[str] = []
        self.buttons: List[Dict[str, Any]] = []

    async def send_text_message(self, recipient_id: Text, text: Text, **kwargs: Any) -> None:
        self.texts.append(plain_text(text))

    async def send_text_with_buttons(
        self, recipient_id: Text, text: Text, buttons: List[Dict[str, Any]], **kwargs: Any
    ) -> None:
        self.buttons = list(buttons)
        self.texts.append(numbered(plain_text(text), buttons))

    async def send_image_url(self, recipient_id: Text, image: Text, **kwargs: Any) -> None:
        return None  # pictures are not sent by SMS

    def parts(self) -> List[str]:
        parts: List[str] = []
        for text in self.texts:
            for paragraph in text.split("\n\n"):
                parts.extend(split_sms(paragraph))
        return parts


class TwilioSender:
    """Sends texts through Twilio's REST API (its own client), off the event loop, retrying transient errors."""

    def __init__(self, account_sid: str, auth_token: str, from_number: str, api_base: Optional[str] = None,
                 attempts: int = 4, backoff_s: float = 0.5) -> None:
        from twilio.rest import Client

        self.client = Client(account_sid, auth_token)
        if api_base:
            self.client.api.base_url = api_base.rstrip("/")
        self.from_number = from_number
        self.attempts = attempts
        self.backoff_s = backoff_s

    async def send(self, to: str, body: str) -> bool:
        from twilio.base.exceptions import TwilioRestException

        for attempt in range(1, self.attempts + 1):
            try:
                await asyncio.to_thread(self.client.messages.create, to=to, from_=self.from_number, body=body)
                return True
            except TwilioRestException as exc:
                retriable = exc.status in RETRIABLE_STATUSES
                if not retriable or attempt == self.attempts:
                    logger.error("sms: sending failed for good (Twilio status %s, attempt %s)", exc.status, attempt)
                    return False
            except Exception as exc:  # connection refused, time-out: Twilio unreachable
                if attempt == self.attempts:
                    logger.error("sms: sending failed for good (%s, attempt %s)", type(exc).__name__, attempt)
                    return False
            await asyncio.sleep(self.backoff_s * 2 ** (attempt - 1))
        return False


class ClinicTwilioInput(InputChannel):
    """POST /webhooks/twilio/webhook, registered in credentials.yml."""

    @classmethod
    def name(cls) -> Text:
        return "twilio"

    @classmethod
    def from_credentials(cls, credentials: Optional[Dict[Text, Any]]) -> "ClinicTwilioInput":
        c = credentials or {}
        state, recent = state_from_settings(c)
        return cls(
            account_sid=str(c.get("account_sid") or ""),
            auth_token=production_value("TWILIO_AUTH_TOKEN", str(c.get("auth_token") or ""),
                                        what="the Twilio auth token"),
            twilio_number=str(c.get("twilio_number") or ""),
            public_url=str(c.get("public_url") or ""),
            hash_key=secret("SMS_HASH_KEY", str(c.get("hash_key") or ""), what="the SMS conversation-id key"),
            api_base=c.get("api_base") or None,
            state=state,
            recent=recent,
        )

    def __init__(self, account_sid: str, auth_token: str, twilio_number: str, public_url: str, hash_key: str,
                 api_base: Optional[str] = None, profile: Optional[ClinicProfile] = None,
                 state: Optional[SqlSmsState] = None, recent: Optional[RecentState] = None,
                 backoff_s: float = 0.5) -> None:
        from twilio.request_validator import RequestValidator

        if not auth_token or not hash_key:
            raise ValueError("the twilio channel needs auth_token and hash_key (see credentials.yml)")
        self.validator = RequestValidator(auth_token)
        self.public_url = public_url
        self.key = hash_key.encode()
        self.sender = TwilioSender(account_sid, auth_token, twilio_number, api_base, backoff_s=backoff_s)
        self.profile = profile or load_profile()
        if state is None:  # the settings' stores ($SMS_STATE_URL...), else the SQLite file in var/
            state, settings_recent = state_from_settings({})
            recent = recent or settings_recent
        self.state = state  # opt-outs
        self.recent = recent or state  # handled MessageSids, last buttons
        self.locks: Dict[str, asyncio.Lock] = {}
        self.tasks: set = set()
        keep_visitor_text_out_of_logs()

    def _lock(self, conversation: str) -> asyncio.Lock:
        return self.locks.setdefault(conversation, asyncio.Lock())

    @staticmethod
    def _short_lived(what: str, fallback: Any, call: Callable[..., Any], *args: Any) -> Any:
        """De-duplication and buttons are conveniences: if their store fails, the message is still handled."""
        try:
            return call(*args)
        except Exception as exc:
            log_failure(logger, f"sms: {what} unavailable", exc)
            return fallback

    @staticmethod
    def _form(request: Request) -> Dict[str, str]:
        """The posted fields, empty ones included (Twilio signs them too)."""
        text = (request.body or b"").decode("utf-8", errors="replace")
        return dict(urllib.parse.parse_qsl(text, keep_blank_values=True))

    def _signed(self, request: Request, form: Dict[str, str]) -> bool:
        signature = request.headers.get("X-Twilio-Signature", "")
        url = self.public_url or request.url
        try:
            return bool(signature) and self.validator.validate(url, form, signature)
        except Exception:  # malformed input to the validator is simply not a valid signature
            return False

    def blueprint(self, on_new_message: Callable[[UserMessage], Awaitable[Any]]) -> Blueprint:
        webhook = Blueprint("clinic_twilio_webhook", __name__)

        @webhook.route("/", methods=["GET"])
        async def health(_: Request) -> HTTPResponse:
            return response.json({"status": "ok"})

        @webhook.route("/webhook", methods=["POST"])
        async def receive(request: Request) -> HTTPResponse:
            try:
                form = self._form(request)
                signed = self._signed(request, form)
            except Exception:  # an unreadable form is not a signed one
                form, signed = {}, False
            if not signed:
                return response.text("forbidden", status=403)
            number = (form.get("From") or "").strip()
            sid = (form.get("MessageSid") or "").strip()
            if not number:
                return response.text(EMPTY_TWIML, content_type="text/xml")
            if not sid:  # a replay of the same signed request carries the same signature
                signature = request.headers.get("X-Twilio-Signature", "")
                sid = "sig:" + hashlib.sha256(signature.encode()).hexdigest()
            if not self._short_lived("de-duplication", True, self.recent.first_time, sid):
                return response.text(EMPTY_TWIML, content_type="text/xml")  # a retry: handled already
            body = form.get("Body") or ""
            task = asyncio.create_task(self._handle(on_new_message, number, body))
            self.tasks.add(task)
            task.add_done_callback(self.tasks.discard)
            return response.text(EMPTY_TWIML, content_type="text/xml")

        return webhook

    async def _send_all(self, number: str, conversation: str, parts: List[str]) -> None:
        for part in parts:
            if self.state.opted_out(conversation):
                return
            if not await self.sender.send(number, part):
                return  # later parts would arrive out of order: stop here (logged by the sender)

    def _keyword_reply(self, conversation: str, word: str) -> Optional[str]:
        p = self.profile
        if word in STOP_WORDS:
            self.state.opt_out(conversation)
            return None  # carriers confirm STOP themselves; we send nothing more
        if word in START_WORDS:
            self.state.opt_in(conversation)
            return p.say(p.sms_start)
        if word in HELP_WORDS:
            return p.say(p.sms_help)
        return None

    async def _handle(self, on_new_message: Callable[[UserMessage], Awaitable[Any]], number: str, body: str) -> None:
        conversation = conversation_id(number, self.key)
        async with self._lock(conversation):
            try:
                word = re.sub(r"[^\w\s-]", "", body).strip().lower()
                if word in STOP_WORDS | START_WORDS | HELP_WORDS:
                    reply = self._keyword_reply(conversation, word)
                    if reply and not self.state.opted_out(conversation):
                        await self.sender.send(number, reply)
                    return
                if self.state.opted_out(conversation):
                    return  # nothing is processed or sent until START
                if not body.strip():
                    await self.sender.send(number, self.profile.say(self.profile.sms_text_only))
                    return
                offered = self._short_lived("button state", [], self.recent.buttons, conversation)
                chosen = choose_option(body, offered)
                output = SmsOutput()
                await on_new_message(UserMessage(chosen or body[:2000], output, conversation, input_channel=self.name()))
                if output.buttons or offered:  # no write when there were none and are none
                    self._short_lived("button state", None, self.recent.remember_buttons, conversation, output.buttons)
                await self._send_all(number, conversation, output.parts())
            except Exception as exc:
                log_failure(logger, "sms: handling a message failed", exc)
                await self._apologise(number, conversation)

    async def _apologise(self, number: str, conversation: str) -> None:
        """The clinic's calm apology after a failure, so the texter is not left waiting; never to a number that
        opted out, and so nothing when that cannot be checked."""
        try:
            if not self.state.opted_out(conversation):
                await self.sender.send(number, apology(self.profile)["text"])
        except Exception as exc:
            log_failure(logger, "sms: the apology was not sent", exc)
