"""The transcript, from Rasa's event stream: an event broker that writes each visitor and assistant message
into the clinic database's `conversation_messages` table (clinic/storage/transcript.py), where staff read a
handoff's whole conversation, the handoff confirmation included.

The tracker store hands it the new events of each turn after saving them (assistant/tracker_store.py), and
the rows of a turn go in as one insert. A database that is briefly away loses nothing: the rows wait in
memory (up to `max_pending`) and go in with the next turn's. Errors are logged by type only: a message's text
never reaches a log.
"""

from __future__ import annotations

import json
import logging
from asyncio import AbstractEventLoop
from collections import deque
from datetime import datetime, timezone
from typing import Any, Deque, Dict, Iterable, List, Optional, Text

import sqlalchemy as sa
from rasa.core.brokers.broker import EventBroker
from rasa.utils.endpoints import EndpointConfig

from assistant import sql
from clinic.storage.transcript import (
    ASSISTANT, VISITOR, button_text, conversation_messages, conversation_summaries, database_url, write_messages,
)

logger = logging.getLogger(__name__)


def _sent_at(value: Any) -> datetime:
    try:
        return datetime.fromtimestamp(float(value), tz=timezone.utc)
    except (TypeError, ValueError, OverflowError, OSError):
        return datetime.now(timezone.utc)


def _buttons(data: Any) -> Optional[str]:
    """An assistant message's buttons as JSON ([{"title", "payload"}]), or None."""
    buttons = (data or {}).get("buttons") if isinstance(data, dict) else None
    if not buttons:
        return None
    kept = [{"title": str(b.get("title", ""))[:80], "payload": str(b.get("payload", ""))[:200]}
            for b in buttons if isinstance(b, dict)]
    return json.dumps(kept)[:4000] if kept else None


def transcript_row(event: Dict[Text, Any]) -> Optional[Dict[Text, Any]]:
    """The transcript row for one published event: visitor and assistant messages with text, nothing else;
    with what the assistant made of a visitor message (intent, confidence) and which response an assistant
    message was (and its buttons)."""
    kind, text, conversation = event.get("event"), event.get("text"), event.get("sender_id")
    if kind not in ("user", "bot") or not text or not conversation:
        return None
    row: Dict[Text, Any] = {
        "conversation_id": str(conversation)[:255],
        "sender": VISITOR if kind == "user" else ASSISTANT,
        "text": button_text(text) if kind == "user" else text,
        "sent_at": _sent_at(event.get("timestamp")),
        "intent": None, "confidence": None, "response": None, "buttons": None, "reply": None,
    }
    if kind == "user":
        intent = (event.get("parse_data") or {}).get("intent") or {}
        row["intent"] = str(intent.get("name"))[:64] if intent.get("name") else None
        try:
            row["confidence"] = float(intent["confidence"]) if intent.get("confidence") is not None else None
        except (TypeError, ValueError):
            row["confidence"] = None
    else:
        response = (event.get("metadata") or {}).get("utter_action")
        row["response"] = str(response)[:64] if response else None
        row["buttons"] = _buttons(event.get("data"))
    return row


class TranscriptBroker(EventBroker):
    """Writes the conversation's messages to the clinic database. `url`: the database (default: as the action
    server finds it, $DATABASE_URL or the embedded SQLite file); `max_pending`: rows kept while it is away."""

    def __init__(self, url: Optional[Text] = None, max_pending: int = 10_000) -> None:
        self._engine = sql.make_engine(database_url(url), synchronous="NORMAL")
        metadata = sa.MetaData()
        self._table = conversation_messages(metadata)
        self._summaries = conversation_summaries(metadata)
        self._pending: Deque[Dict[Text, Any]] = deque(maxlen=int(max_pending))

    @classmethod
    async def from_endpoint_config(
        cls, broker_config: EndpointConfig, event_loop: Optional[AbstractEventLoop] = None
    ) -> "TranscriptBroker":
        return cls(url=broker_config.url, **broker_config.kwargs)

    def publish(self, event: Dict[Text, Any]) -> None:
        self.publish_many([event])

    def publish_many(self, events: Iterable[Dict[Text, Any]]) -> None:
        """One turn's events in one insert (with whatever an earlier failure left waiting)."""
        rows: List[Dict[Text, Any]] = [row for row in map(transcript_row, events) if row is not None]
        if not rows and not self._pending:
            return
        self._pending.extend(rows)
        batch = list(self._pending)
        try:
            with self._engine.begin() as connection:
                write_messages(connection, self._table, self._summaries, batch)
        except sa.exc.SQLAlchemyError as error:
            logger.error("transcript write failed (%s); %d messages wait for the next turn",
                         type(error).__name__, len(self._pending))
            return
        for _ in batch:
            self._pending.popleft()

    def is_ready(self) -> bool:
        return True

    async def close(self) -> None:
        if self._pending:
            self.publish_many([])
        self._engine.dispose()
