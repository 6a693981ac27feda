"""Texts out through Twilio's REST API (its own client), off the event loop, retrying transient errors; a
final failure is logged without the text or the number. Shared by the SMS channel (assistant/channels/sms/)
and the staff alerts' on-call text (clinic/alerts.py), so both go through the same code."""

from __future__ import annotations

import asyncio
import logging
from typing import Optional

logger = logging.getLogger(__name__)

RETRIABLE_STATUSES = {429, 500, 502, 503, 504}


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
