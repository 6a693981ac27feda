"""Texts out through Twilio's REST API (its own client), off the event loop, retrying transient errors; a
final failure is logged without the text or the number. Shared by the SMS channel (assistant/channels/sms/)
and the staff alerts' on-call text (clinic/alerts.py), so both go through the same code.

A number that texted STOP is refused by Twilio itself (HTTP 400, error 21610, "Attempt to send to
unsubscribed recipient") until it texts START. That is an answer, not a failure: it is never retried, and
`send` reports it as `Delivery.OPTED_OUT` so the SMS channel can record the opt-out and stop sending. A
`Delivery` is true only when the text was sent, so "if not await sender.send(...)" reads as before.
"""

from __future__ import annotations

import asyncio
import enum
import logging
from typing import Optional

logger = logging.getLogger(__name__)

RETRIABLE_STATUSES = {429, 500, 502, 503, 504}
UNSUBSCRIBED_RECIPIENT = 21610  # Twilio's error code for a send to a number that opted out


class Delivery(enum.Enum):
    """What became of one text."""

    SENT = "sent"
    OPTED_OUT = "opted out"  # Twilio refused it: the recipient texted STOP (error 21610)
    FAILED = "failed"  # after the retries, or an error that retrying cannot fix

    def __bool__(self) -> bool:
        return self is Delivery.SENT


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

    async def send(self, to: str, body: str) -> Delivery:
        """Sends one text: SENT, OPTED_OUT (never retried) or FAILED; true only when sent."""
        from twilio.base.exceptions import TwilioRestException

        for attempt in range(1, self.attempts + 1):
            try:
                await asyncio.to_thread(self.client.messages.create, to=to, from_=self.from_number, body=body)
                return Delivery.SENT
            except TwilioRestException as exc:
                if exc.code == UNSUBSCRIBED_RECIPIENT:
                    logger.info("sms: not sent, the recipient has opted out (Twilio error %s)", exc.code)
                    return Delivery.OPTED_OUT
                retriable = exc.status in RETRIABLE_STATUSES
                if not retriable or attempt == self.attempts:
                    logger.error("sms: sending failed for good (Twilio status %s, error %s, attempt %s)",
                                 exc.status, exc.code, attempt)
                    return Delivery.FAILED
            except Exception as exc:  # connection refused, time-out: Twilio unreachable
                if attempt == self.attempts:
                    logger.error("sms: sending failed for good (%s, attempt %s)", type(exc).__name__, attempt)
                    return Delivery.FAILED
            await asyncio.sleep(self.backoff_s * 2 ** (attempt - 1))
        return Delivery.FAILED
