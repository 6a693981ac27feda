"""The website chat channel: socket.io, with conversations that cannot be joined by a stranger.

Rasa's own socket.io channel lets any client name any session id, so whoever guesses or copies one joins
that conversation and receives its replies. Here the server issues every session id as a signed token
(random part, issue time, HMAC), accepts a token back only if its signature holds and it is younger than
the conversation session, lets only one live connection use a token at a time, and takes the sender of
each message from the connection, never from the message. A tab that reloads presents its token (kept in
the tab's sessionStorage) and continues; anything else starts a new conversation.

Replies carry what the widget shows beside the text: `disclaimer`, `response`, `source`, and buttons.

Doors and limits: the conversation id is `web:<token>` (no other channel can name it); the signing secret is
`WEBCHAT_SESSION_SECRET` (required in production, stable across restarts, kept in var/secrets/ in
development); only the site's own origins may connect (`WEBCHAT_ALLOWED_ORIGINS`, comma-separated; in
development the local site at :5080); new conversations and messages are limited per address and per
conversation, with a calm "please slow down" reply (assistant/channels/guard.py); a socket.io packet larger
than 64 KB closes the connection. When the assistant fails on a message (say, Redis is restarting and the
conversation cannot be locked), the visitor gets the clinic's calm apology (`"error": true`), as on REST, in
the widget's language (which follows the conversation's) unless the message or the turn's replies say otherwise.
A turn's replies go out once Rasa has saved the turn, as on REST and SMS: a replica killed mid-turn leaves
the visitor at the question the conversation is at, never answered from a turn that was not kept.

Several Rasa replicas: with `redis_url` (or $WEBCHAT_REDIS_URL) set, the replicas' socket.io servers share
their emits through Redis (python-socketio's AsyncRedisManager, on redis-py's asyncio client), so a reply
emitted to a conversation's room reaches the visitor on whichever replica holds their connection (say, a
tab that reconnected elsewhere while its answer was being made). Without it, rooms live in this process.
What the proxy in front must do: the widget (website/static/chat.js) connects with the websocket transport
only, so a visitor's connection is one long-lived request that stays on the replica it reached; the proxy
must pass WebSocket upgrades on /socket.io/ (`Upgrade` and `Connection` headers, a read timeout longer than
socket.io's 25 s ping). A client on HTTP long-polling (socket.io's default) makes many requests per
connection, which must all reach the same replica: that needs sticky sessions at the proxy (by client
address or a cookie). Replies and their rooms (the conversation id) pass through Redis, never stored there:
use a private Redis with a password, or TLS (`rediss://`). What is sent to the connection that asked (its
session token, "slow down") stays in the replica. Still per replica: the abuse limits, and the one live
connection per token (a token's second connection is refused only by the replica that holds the first).
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import logging
import secrets
import struct
import time
from typing import Any, Awaitable, Callable, Dict, List, Optional, Text, Tuple

from rasa.core.channels.channel import InputChannel, OutputChannel, UserMessage
from rasa.core.channels.socketio import SocketBlueprint
from sanic import Blueprint, response
from sanic.request import Request
from socketio import AsyncRedisManager, AsyncServer

from assistant.channels.guard import (
    SLOW_DOWN_TEXT, AbuseLimits, LimitSettings, MAX_BODY_BYTES, client_address, conversation_key,
    keep_visitor_text_out_of_logs, log_failure,
)
from assistant.channels.replies import MAX_MESSAGE_CHARS, annotations, apology, apology_language
from clinic import names
from clinic.profile import ClinicProfile, load_profile
from clinic.settings import InsecureSettingError, csv_setting, development_mode, secret, setting

logger = logging.getLogger(__name__)

SECRET_ENV = "WEBCHAT_SESSION_SECRET"
ORIGINS_ENV = "WEBCHAT_ALLOWED_ORIGINS"
REDIS_URL_ENV = "WEBCHAT_REDIS_URL"
REDIS_CHANNEL = "clinic-webchat"  # the pub/sub channel the replicas share
DEVELOPMENT_ORIGINS = ("http://localhost:5080", "http://127.0.0.1:5080")
CHANNEL_PREFIX = "web"
MAX_CONNECTIONS_PER_ADDRESS = 30  # open chats at once from one address (a whole office behind one is fine)


def allowed_origins(configured: Any = None) -> List[str]:
    """The site origins allowed to open a chat: $WEBCHAT_ALLOWED_ORIGINS, credentials, or (development) :5080."""
    origins = csv_setting(ORIGINS_ENV, configured if isinstance(configured, list) else
                          [o for o in str(configured or "").split(",") if o.strip()])
    if not origins and development_mode():
        origins = list(DEVELOPMENT_ORIGINS)
    if not origins or "*" in origins:
        raise InsecureSettingError(
            f"the website chat needs the site's own origins: set {ORIGINS_ENV} to e.g. "
            "https://www.example-clinic.com (comma-separated; '*' is not accepted)."
        )
    return [o.rstrip("/") for o in origins]
TOKEN_LIFETIME_S = 60 * 60  # the domain's session expiry: a longer-idle tab starts afresh anyway


class SessionTokens:
    """Signed, expiring session ids."""

    def __init__(self, secret: bytes, lifetime_s: int = TOKEN_LIFETIME_S) -> None:
        self._secret = secret
        self._lifetime = lifetime_s

    def issue(self, now: Optional[float] = None) -> str:
        body = secrets.token_bytes(16) + struct.pack(">Q", int(now if now is not None else time.time()))
        return self._encode(body) + "." + self._encode(self._sign(body))

    def valid(self, token: Any, now: Optional[float] = None) -> bool:
        if not isinstance(token, str) or token.count(".") != 1 or len(token) > 200:
            return False
        body_text, signature_text = token.split(".")
        try:
            body, signature = self._decode(body_text), self._decode(signature_text)
        except ValueError:
            return False
        if len(body) != 24 or not hmac.compare_digest(signature, self._sign(body)):
            return False
        issued = struct.unpack(">Q", body[16:])[0]
        return 0 <= (now if now is not None else time.time()) - issued <= self._lifetime

    def _sign(self, body: bytes) -> bytes:
        return hmac.new(self._secret, body, hashlib.sha256).digest()

    @staticmethod
    def _encode(raw: bytes) -> str:
        return base64.urlsafe_b64encode(raw).decode().rstrip("=")

    @staticmethod
    def _decode(text: str) -> bytes:
        try:
            return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))
        except Exception as exc:  # binascii.Error and friends
            raise ValueError("not base64") from exc


def _language_hint(data: Dict[Text, Any]) -> Optional[Dict[Text, Any]]:
    """The widget's own language ("en" or "es"), passed on as a hint for a conversation without one yet
    (assistant/language.py); anything else is dropped."""
    language = data.get("language")
    return {names.META_LANGUAGE: language} if language in ("en", "es") else None


class WebchatOutput(OutputChannel):
    """Sends each reply part as one socket.io event, with its annotations and buttons. With `hold`, the parts
    wait for `flush()`: a visitor's turn is answered once Rasa has saved it (see `handle_message`)."""

    @classmethod
    def name(cls) -> Text:
        return "socketio"

    def __init__(self, sio: AsyncServer, event: Text, hold: bool = False) -> None:
        self.sio = sio
        self.event = event
        self.held: Optional[List[Tuple[Text, Dict[Text, Any]]]] = [] if hold else None

    async def _emit(self, room: Text, message: Dict[Text, Any]) -> None:
        if self.held is not None:
            self.held.append((room, message))
        else:
            await self.sio.emit(self.event, message, room=room)

    async def flush(self) -> None:
        held, self.held = self.held or [], None
        for room, message in held:
            await self._emit(room, message)

    async def send_text_message(self, recipient_id: Text, text: Text, **kwargs: Any) -> None:
        for part in text.strip().split("\n\n"):
            await self._emit(recipient_id, {"text": part, **annotations(part, kwargs)})

    async def send_text_with_buttons(
        self, recipient_id: Text, text: Text, buttons: List[Dict[Text, Any]], **kwargs: Any
    ) -> None:
        parts = text.strip().split("\n\n")
        for part in parts[:-1]:
            await self._emit(recipient_id, {"text": part, **annotations(part, kwargs)})
        last = parts[-1]
        safe_buttons = [{"title": str(b.get("title", "")), "payload": str(b.get("payload", ""))} for b in buttons]
        await self._emit(recipient_id, {"text": last, "buttons": safe_buttons, **annotations(last, kwargs)})

    async def send_image_url(self, recipient_id: Text, image: Text, **kwargs: Any) -> None:
        await self._emit(recipient_id, {"image": image})


class WebchatInput(InputChannel):
    """socket.io for the website widget (path /socket.io), with server-issued signed session ids."""

    @classmethod
    def name(cls) -> Text:
        return "socketio"

    @classmethod
    def from_credentials(cls, credentials: Optional[Dict[Text, Any]]) -> "WebchatInput":
        credentials = credentials or {}
        return cls(
            user_message_evt=credentials.get("user_message_evt", "user_uttered"),
            bot_message_evt=credentials.get("bot_message_evt", "bot_uttered"),
            socketio_path=credentials.get("socketio_path", "/socket.io"),
            secret=secret(SECRET_ENV, what="the website chat's session secret").encode(),
            origins=allowed_origins(credentials.get("allowed_origins")),
            limits=LimitSettings.from_credentials(credentials.get("rate_limits")),
            redis_url=setting(REDIS_URL_ENV, credentials.get("redis_url")) or None,
            profile=load_profile(credentials.get("profile")),
        )

    def __init__(
        self,
        user_message_evt: Text = "user_uttered",
        bot_message_evt: Text = "bot_uttered",
        socketio_path: Text = "/socket.io",
        secret: Optional[bytes] = None,
        origins: Optional[List[str]] = None,
        limits: Optional[LimitSettings] = None,
        redis_url: Optional[str] = None,
        profile: Optional[ClinicProfile] = None,
    ) -> None:
        self.user_message_evt = user_message_evt
        self.bot_message_evt = bot_message_evt
        self.socketio_path = socketio_path
        self.tokens = SessionTokens(secret or secrets.token_bytes(32))
        self.origins = list(origins or DEVELOPMENT_ORIGINS)
        self.limits = AbuseLimits(limits)
        self.redis_url = redis_url
        self.profile = profile or load_profile()
        self.session_of: Dict[Text, Text] = {}  # socket id -> conversation token
        self.address_of: Dict[Text, str] = {}  # socket id -> client address
        self.sio: Optional[AsyncServer] = None
        keep_visitor_text_out_of_logs()

    def get_output_channel(self) -> Optional[OutputChannel]:
        return WebchatOutput(self.sio, self.bot_message_evt) if self.sio else None

    def _claim(self, sid: Text, offered: Any) -> Optional[Text]:
        """The token this connection may use: the one it offers if genuine and unused, else a new one
        (None when this address has started too many conversations lately)."""
        in_use = set(self.session_of.values())
        if self.tokens.valid(offered) and offered not in in_use:
            token = offered
        elif self.limits.new_conversation(self.address_of.get(sid, "unknown")):
            token = self.tokens.issue()
        else:
            return None
        self.session_of[sid] = token
        return token

    def blueprint(self, on_new_message: Callable[[UserMessage], Awaitable[Any]]) -> Blueprint:
        shared = AsyncRedisManager(self.redis_url, channel=REDIS_CHANNEL) if self.redis_url else None
        sio = AsyncServer(async_mode="sanic", cors_allowed_origins=self.origins,
                          max_http_buffer_size=MAX_BODY_BYTES, client_manager=shared)
        self.sio = sio
        webhook = SocketBlueprint(sio, self.socketio_path, "webchat_webhook", __name__)

        @webhook.route("/", methods=["GET"])
        async def health(_: Request) -> response.HTTPResponse:
            return response.json({"status": "ok"})

        @sio.on("connect")
        async def connect(sid: Text, environ: Dict[Text, Any], auth: Any = None) -> bool:
            address = client_address(environ.get("sanic.request"))
            if sum(1 for a in self.address_of.values() if a == address) >= MAX_CONNECTIONS_PER_ADDRESS:
                return False  # refused: too many open connections from this address
            self.address_of[sid] = address
            return True

        @sio.on("disconnect")
        async def disconnect(sid: Text) -> None:
            self.session_of.pop(sid, None)
            self.address_of.pop(sid, None)

        @sio.on("session_request")
        async def session_request(sid: Text, data: Any = None) -> None:
            offered = data.get("session_id") if isinstance(data, dict) else None
            old = self.session_of.pop(sid, None)
            if old:
                await sio.leave_room(sid, conversation_key(CHANNEL_PREFIX, old))
            token = self._claim(sid, offered)
            if token is None:
                await sio.emit(self.bot_message_evt, {"text": SLOW_DOWN_TEXT, "rate_limited": True}, room=sid,
                               ignore_queue=True)
                return
            await sio.enter_room(sid, conversation_key(CHANNEL_PREFIX, token))
            await sio.emit("session_confirm", token, room=sid, ignore_queue=True)

        @sio.on(self.user_message_evt)
        async def handle_message(sid: Text, data: Any = None) -> None:
            token = self.session_of.get(sid)
            text = data.get("message") if isinstance(data, dict) else None
            if token is None or not isinstance(text, str):
                return  # no session requested, or not a message: nothing to answer
            conversation = conversation_key(CHANNEL_PREFIX, token)
            if not self.limits.message(self.address_of.get(sid, "unknown"), conversation):
                await sio.emit(self.bot_message_evt, {"text": SLOW_DOWN_TEXT, "rate_limited": True}, room=sid,
                               ignore_queue=True)
                return
            if len(text) > MAX_MESSAGE_CHARS:
                text = text[:MAX_MESSAGE_CHARS]
            # Rasa sends a turn's replies as it goes and saves the turn at its end: held until then, so a replica
            # that dies in between leaves the visitor where the conversation is (they send it again), not
            # answered from a turn nobody kept.
            output = WebchatOutput(sio, self.bot_message_evt, hold=True)
            try:
                await on_new_message(UserMessage(text, output, conversation, input_channel=self.name(),
                                                 metadata=_language_hint(data)))
            except Exception as exc:  # the visitor gets a calm apology, not silence; the log gets no text
                log_failure(logger, "webchat channel: handling a message failed", exc)
                language = apology_language(text, hint=data.get("language"),
                                            replies=[message for _, message in output.held or []])
                # straight to this connection: what failed may be Redis, which the shared rooms go through
                await sio.emit(self.bot_message_evt, apology(self.profile, language), room=sid, ignore_queue=True)
                return
            await output.flush()

        return webhook
