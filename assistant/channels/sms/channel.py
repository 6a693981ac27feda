"""The SMS channel itself: the webhook Twilio calls (signature check, de-duplication, carrier keywords), one
message at a time per conversation, and the replies sent in order (the package's docstring has the whole
picture)."""

from __future__ import annotations

import asyncio
import hashlib
import logging
import re
import urllib.parse
from typing import Any, Awaitable, Callable, Dict, List, Optional, Text

from rasa.core.channels.channel import InputChannel, UserMessage
from sanic import Blueprint, response
from sanic.request import Request
from sanic.response import HTTPResponse

from assistant.language import choice_payload, chosen_by_word
from assistant.channels.guard import keep_visitor_text_out_of_logs, log_failure
from assistant.channels.replies import apology, apology_language
from clinic.twilio_sender import Delivery, TwilioSender
from assistant.channels.sms.state import RecentState, SqlSmsState, state_from_settings
from assistant.channels.sms.text import (
    OWN_NUMBER_PAYLOAD, SmsOutput, choose_option,
    conversation_id,
)
from clinic import names
from clinic.profile import ClinicProfile, load_profile
from clinic.settings import production_value, secret

logger = logging.getLogger(__name__)

EMPTY_TWIML = '<?xml version="1.0" encoding="UTF-8"?><Response></Response>'
STOP_WORDS = {"stop", "stopall", "unsubscribe", "cancel", "end", "quit", "optout", "opt-out", "revoke"}
START_WORDS = {"start", "unstop", "yes start", "subscribe"}
# Twilio also opts a number back in on a bare "yes"; from a number that has not opted out it is just a "yes"
START_WORDS_WHEN_OPTED_OUT = {"yes"}
SESSION_START = "/session_start"  # Rasa's own intent: a new conversation session begins
HELP_WORDS = {"help", "info"}
# Spanish (issue 14). Twilio's opt-out keywords are English: a Spanish stop word is recorded and confirmed here.
# "cancelar" is left out: during the intake it means stopping the intake, which the assistant handles.
STOP_WORDS_ES = {"parar", "alto", "detener", "baja", "darme de baja", "no mas mensajes", "no más mensajes"}
HELP_WORDS_ES = {"ayuda", "informacion", "información"}


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
            if not await self._send(number, conversation, part):
                return  # later parts would arrive out of order: stop here (logged by the sender)

    async def _send(self, number: str, conversation: str, text: str) -> bool:
        """One text. Twilio refusing it because the number opted out (error 21610: a STOP we did not see, or
        one sent while this reply was on its way) records the opt-out, so nothing more is tried."""
        delivery = await self.sender.send(number, text)
        if delivery is Delivery.OPTED_OUT:
            self.state.opt_out(conversation)
        return bool(delivery)

    def _is_opt_in(self, conversation: str, word: str) -> bool:
        return word in START_WORDS or (word in START_WORDS_WHEN_OPTED_OUT and self.state.opted_out(conversation))

    async def _opt_in(self, on_new_message: Callable[[UserMessage], Awaitable[Any]], conversation: str) -> None:
        """START: the number is opted back in. Twilio confirms it to the texter itself ("You have successfully
        been re-subscribed ..."), so nothing is sent from here: a second confirmation would only repeat it.
        The assistant is told with Rasa's "/session_start", marked as an opt-in: an intake left half-finished
        before the STOP then waits for "continue where you left off?" (assistant/policies.py) instead of
        taking the next text as its answer; without one, Rasa simply starts a new session."""
        self.state.opt_in(conversation)
        # the options of the last question asked before the STOP no longer stand
        self._short_lived("button state", None, self.recent.remember_buttons, conversation, [])
        await on_new_message(UserMessage(SESSION_START, SmsOutput(), conversation, input_channel=self.name(),
                                         metadata={names.META_RESUBSCRIBED: True}))

    @staticmethod
    def _metadata(number: str, offered: List[Dict[str, Any]]) -> Dict[str, Any]:
        """What the actions learn about the texter's number: its last four digits (to offer it as the
        intake's phone), and the number itself only in a reply to that offer, so that it is kept with that
        one message and nowhere else."""
        metadata: Dict[str, Any] = {names.META_NUMBER_ENDING: re.sub(r"\D", "", number)[-4:]}
        if any(str(button.get("payload")) == OWN_NUMBER_PAYLOAD for button in offered):
            metadata[names.META_SENDER_NUMBER] = number
        return metadata

    async def _handle(self, on_new_message: Callable[[UserMessage], Awaitable[Any]], number: str, body: str) -> None:
        conversation = conversation_id(number, self.key)
        async with self._lock(conversation):
            try:
                word = re.sub(r"[^\w\s-]", "", body).strip().lower()
                if word in STOP_WORDS:
                    self.state.opt_out(conversation)
                    return  # Twilio confirms STOP itself; nothing more is sent until START
                if word in STOP_WORDS_ES and not self.state.opted_out(conversation):
                    # Twilio does not know these words: the confirmation is ours, the last text sent
                    await self._send(number, conversation, self.profile.say(self.profile.sms_stop_es))
                    self.state.opt_out(conversation)
                    return
                if self._is_opt_in(conversation, word):
                    await self._opt_in(on_new_message, conversation)
                    return
                if self.state.opted_out(conversation):
                    return  # nothing is processed or sent until START
                if word in HELP_WORDS or word in HELP_WORDS_ES:
                    reply = self.profile.sms_help_es if word in HELP_WORDS_ES else self.profile.sms_help
                    await self._send(number, conversation, self.profile.say(reply))
                    return
                if not body.strip():
                    await self._send(number, conversation, self.profile.say(self.profile.sms_text_only))
                    return
                offered = self._short_lived("button state", [], self.recent.buttons, conversation)
                chosen = choose_option(body, offered)
                language = chosen_by_word(body)  # "ESPAÑOL" / "ENGLISH": the texter chooses the language
                if language and not chosen:
                    chosen = choice_payload(language)
                output = SmsOutput()
                await on_new_message(UserMessage(chosen or body[:2000], output, conversation, input_channel=self.name(),
                                                 metadata=self._metadata(number, offered)))
                if output.buttons or offered:  # no write when there were none and are none
                    self._short_lived("button state", None, self.recent.remember_buttons, conversation, output.buttons)
                await self._send_all(number, conversation, output.parts())
            except Exception as exc:
                log_failure(logger, "sms: handling a message failed", exc)
                await self._apologise(number, conversation, body)

    async def _apologise(self, number: str, conversation: str, body: str = "") -> None:
        """The clinic's calm apology after a failure, so the texter is not left waiting (in Spanish when their
        text reads Spanish or chose it: "ESPAÑOL"); never to a number that opted out, and so nothing when that
        cannot be checked."""
        try:
            if not self.state.opted_out(conversation):
                await self._send(number, conversation, apology(self.profile, apology_language(body))["text"])
        except Exception as exc:
            log_failure(logger, "sms: the apology was not sent", exc)
