"""What every public door of the Rasa server shares: conversation ids that carry their channel, abuse limits,
body checks made before parsing, and keeping visitors' words out of the server's output.

* **One conversation, one door.** Each channel names its conversations `<channel>:<its own id>` (the REST
  channel prefixes whatever sender its caller gives), so no caller of one channel can name, continue or read
  a conversation that belongs to another.
* **Abuse limits.** Token buckets per client address, per conversation, and for new conversations per
  address. A client over a limit gets a calm "please slow down" message instead of an answer, and nothing it
  sent is processed. Buckets are kept for a bounded number of keys. Behind a reverse proxy, the client
  address is the one the proxy reports: set `SANIC_PROXIES_COUNT=1` on the Rasa server (never without a
  proxy in front, or any client could choose its address).
* **Bodies.** Refused before they are parsed when they are larger or nested deeper than a visitor's message
  could need (a deeply nested JSON body made Python's parser raise RecursionError).
* **Logs.** Rasa warns about a message that starts with "/" but is not a well-formed intent payload by
  repeating the message, which may be a name, phone number or email; those warnings are silenced and the
  structured logger's `user_text`-like fields redacted.
"""

from __future__ import annotations

import json
import logging
import os
import time
import warnings
from collections import OrderedDict
from dataclasses import dataclass
from typing import Any, Dict, Optional, Tuple

from clinic.failures import failure_site

SLOW_DOWN_TEXT = (
    "You're sending messages faster than I can answer. Please wait a moment, then try again. "
    "If this is an emergency, call 911, or call or text 988."
)
MAX_BODY_BYTES = 64 * 1024
LIMITS_ENV = "CLINIC_RATE_LIMITS"
MAX_JSON_DEPTH = 8
_OPENERS = {ord("{"), ord("[")}
_CLOSERS = {ord("}"), ord("]")}


def conversation_key(channel: str, external_id: str) -> str:
    """The conversation id for a channel's own id: `rest:abc`, `web:<token>`, `sms:<hash>`."""
    return f"{channel}:{external_id}"


def json_depth(body: bytes) -> int:
    """How deeply arrays and objects nest in a JSON text, counted without parsing it (strings skipped)."""
    depth = deepest = 0
    in_string = escaped = False
    for byte in body:
        if in_string:
            if escaped:
                escaped = False
            elif byte == 0x5C:  # backslash
                escaped = True
            elif byte == 0x22:  # closing quote
                in_string = False
        elif byte == 0x22:
            in_string = True
        elif byte in _OPENERS:
            depth += 1
            deepest = max(deepest, depth)
        elif byte in _CLOSERS:
            depth -= 1
    return deepest


def body_problem(body: Optional[bytes]) -> Optional[str]:
    """Why a request body is refused before parsing, or None if it may be parsed."""
    body = body or b""
    if len(body) > MAX_BODY_BYTES:
        return f"The request body is larger than {MAX_BODY_BYTES // 1024} KB."
    if json_depth(body) > MAX_JSON_DEPTH:
        return "The request body is nested too deeply."
    return None


class TokenBuckets:
    """One token bucket per key: `burst` requests at once, refilled at `per_second`; at most `max_keys` kept."""

    def __init__(self, burst: float, per_second: float, max_keys: int = 50_000) -> None:
        self.burst = float(burst)
        self.rate = float(per_second)
        self.max_keys = max_keys
        self._buckets: "OrderedDict[str, Tuple[float, float]]" = OrderedDict()

    def allow(self, key: str, now: Optional[float] = None) -> bool:
        now = time.monotonic() if now is None else now
        tokens, last = self._buckets.pop(key, (self.burst, now))
        tokens = min(self.burst, tokens + (now - last) * self.rate)
        allowed = tokens >= 1.0
        self._buckets[key] = (tokens - 1.0 if allowed else tokens, now)
        while len(self._buckets) > self.max_keys:
            self._buckets.popitem(last=False)  # the least recently used key: it would be full again by now
        return allowed


@dataclass(frozen=True)
class LimitSettings:
    """(burst, refill per second) for each limit. The defaults allow any person typing, and no flood."""

    per_address: Tuple[float, float] = (120, 1.0)        # messages from one address: 60 a minute sustained
    per_conversation: Tuple[float, float] = (20, 0.5)    # messages in one conversation: 30 a minute sustained
    new_per_address: Tuple[float, float] = (20, 1 / 30)  # new conversations from one address: 2 a minute

    @classmethod
    def from_credentials(cls, raw: Any) -> "LimitSettings":
        """`rate_limits: {per_address: [120, 1.0], ...}` in a channel's credentials, or the same as JSON in
        $CLINIC_RATE_LIMITS (which wins: operators and benchmarks set it); defaults for the rest."""
        if os.environ.get(LIMITS_ENV):
            raw = json.loads(os.environ[LIMITS_ENV])
        if not isinstance(raw, dict):
            return cls()
        values: Dict[str, Tuple[float, float]] = {}
        for name in ("per_address", "per_conversation", "new_per_address"):
            pair = raw.get(name)
            if pair is not None:
                burst, rate = (float(x) for x in pair)
                if burst < 1 or rate <= 0:
                    raise ValueError(f"rate_limits.{name}: burst must be >= 1 and the rate > 0")
                values[name] = (burst, rate)
        return cls(**values)


class AbuseLimits:
    """The three limits of one channel."""

    def __init__(self, settings: Optional[LimitSettings] = None) -> None:
        s = settings or LimitSettings()
        self.per_address = TokenBuckets(*s.per_address)
        self.per_conversation = TokenBuckets(*s.per_conversation)
        self.new_per_address = TokenBuckets(*s.new_per_address)
        self._known: "OrderedDict[str, None]" = OrderedDict()  # conversations seen lately

    def new_conversation(self, address: str) -> bool:
        """May this address start a conversation now?"""
        return self.new_per_address.allow(address)

    def message(self, address: str, conversation: str) -> bool:
        """May this address send a message to this conversation now?"""
        return self.per_address.allow(address) and self.per_conversation.allow(conversation)

    def admit(self, address: str, conversation: str) -> bool:
        """For channels where the caller names the conversation: a conversation not seen lately counts as
        new for the address; then the message limits apply."""
        if conversation not in self._known:
            if not self.new_conversation(address):
                return False
        self._known.pop(conversation, None)
        self._known[conversation] = None
        while len(self._known) > 100_000:
            self._known.popitem(last=False)
        return self.message(address, conversation)


def log_failure(log: logging.Logger, what: str, exc: BaseException) -> None:
    """Log a failure by its type and where it happened: an exception's message may quote a visitor."""
    log.error("%s: %s", what, failure_site(exc))


def client_address(request: Any) -> str:
    """The client's address as Sanic sees it (the proxy's report when SANIC_PROXIES_COUNT is set)."""
    return str(getattr(request, "remote_addr", "") or getattr(request, "ip", "") or "unknown")


# --- keeping visitors' words out of the server's output ---------------------------------------------------

_REDACTED_KEYS = ("user_text", "text", "user_message", "json_message", "message")


def _redact(_: Any, __: str, event_dict: Dict[str, Any]) -> Dict[str, Any]:
    for key in _REDACTED_KEYS:
        if key in event_dict:
            event_dict[key] = "[redacted]"
    return event_dict


def keep_visitor_text_out_of_logs() -> None:
    """Silence Rasa's warnings that repeat a message, and redact message fields in structured logs.

    Called when a channel is created (the Rasa server has configured its logging by then). Idempotent.
    """
    warnings.filterwarnings("ignore", message=r"(?s).*Failed to parse arguments in line")
    warnings.filterwarnings("ignore", message=r"(?s).*Parsing of message .* failed")
    try:
        import structlog
    except ImportError:  # pragma: no cover - structlog ships with Rasa 3.6
        return
    # In place: loggers already in use hold this very list (structlog caches them on first use).
    processors = structlog.get_config()["processors"]
    if _redact not in processors:
        processors.insert(0, _redact)
    logging.getLogger("rasa.shared.core.training_data.story_reader.yaml_story_reader").setLevel(logging.ERROR)
