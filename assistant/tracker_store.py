"""Where conversations are kept: Rasa's SQL tracker store, made fit for the clinic's two set-ups.

* Embedded (`make run`): a SQLite file under `var/`, so a restart, a new model or `kill -9` loses nobody's
  half-finished intake. The file's folder is created, and SQLite runs in WAL mode (a reader, such as a backup,
  never blocks the assistant; a committed turn survives the process being killed).
* Several replicas (`make cluster`): PostgreSQL, shared by every Rasa server.

Either way the events table gets the index Rasa's own store lacks, and the event broker (the transcript,
assistant/transcript_broker.py) gets each turn's new events from the save itself: Rasa's own path loads the
conversation a second time to find them. Every save and every load asks for the latest `session_started`
event of one conversation; with only `sender_id` indexed that is a scan of the whole conversation each turn,
so the cost grows with its length. `(sender_id, type_name, timestamp)` answers it from the index. Sessions
stay bounded: a new one starts after the domain's `session_expiration_time`, and only the latest session is
loaded. Loading looks up each stored event's class once per event type (Rasa walks every Event subclass for
every event, which made turn 100 cost three times turn 1).
"""

from __future__ import annotations

import json
import logging
from pathlib import Path
from typing import Any, Dict, List, Optional, Text, Type

import sqlalchemy as sa
from rasa.core.brokers.broker import EventBroker
from rasa.core.tracker_store import SQLTrackerStore
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import Event
from rasa.shared.core.trackers import DialogueStateTracker
from rasa.shared.nlu.constants import INTENT_NAME_KEY

from assistant.sql import sqlite_pragmas

logger = logging.getLogger(__name__)

SESSION_INDEX = "ix_events_sender_type_time"
ROOT = Path(__file__).resolve().parents[1]
_EVENT_CLASSES: Dict[Text, Type[Event]] = {}


def _event_from(data: Dict[Text, Any]) -> Optional[Event]:
    """A stored event, as Rasa's `Event.from_parameters` makes it, with each type's class looked up once."""
    name = data.get("event")
    if name not in _EVENT_CLASSES:
        found = Event.resolve_by_type(name, default=None) if name else None
        if found is None:  # Rasa skips what it cannot resolve (an old "topic" event)
            return None
        _EVENT_CLASSES[name] = found
    return _EVENT_CLASSES[name]._from_parameters(data)


def _sqlite_file(db: Text) -> Path:
    """The SQLite file a relative `db` names, from the project's root (not wherever the server was started)."""
    path = Path(db)
    return path if path.is_absolute() else ROOT / path


class ClinicSQLTrackerStore(SQLTrackerStore):
    """Rasa's SQL tracker store, with the session index and, on SQLite, a file under the project and WAL."""

    def __init__(
        self,
        domain: Optional[Domain] = None,
        dialect: Text = "sqlite",
        db: Text = "var/conversations.db",
        event_broker: Optional[EventBroker] = None,
        **kwargs: Dict[Text, Any],
    ) -> None:
        if dialect == "sqlite":
            path = _sqlite_file(db)
            path.parent.mkdir(parents=True, exist_ok=True)
            db = str(path)
        super().__init__(domain=domain, dialect=dialect, db=db, event_broker=event_broker, **kwargs)
        if dialect == "sqlite":
            # durable against a killed process (fsync at checkpoints)
            sa.event.listen(self.engine, "connect", sqlite_pragmas("NORMAL"))
        self._ensure_session_index()

    async def save(self, tracker: DialogueStateTracker) -> None:
        """Stores the events the database does not have yet, then hands the same events to the broker."""
        with self.session_scope() as session:
            new: List[Event] = list(self._additional_events(session, tracker))
            stored = [event.as_dict() for event in new]
            for event, data in zip(new, stored):
                session.add(self.SQLEvent(
                    sender_id=tracker.sender_id,
                    type_name=event.type_name,
                    timestamp=data.get("timestamp"),
                    intent_name=data.get("parse_data", {}).get("intent", {}).get(INTENT_NAME_KEY),
                    action_name=data.get("name"),
                    data=json.dumps(data),
                ))
            session.commit()
        if self.event_broker is not None and stored:
            bodies = [{"sender_id": tracker.sender_id, **data} for data in stored]
            publish_many = getattr(self.event_broker, "publish_many", None)
            if publish_many is not None:
                publish_many(bodies)
            else:
                for body in bodies:
                    self.event_broker.publish(body)

    async def _retrieve(
        self, sender_id: Text, fetch_events_from_all_sessions: bool
    ) -> Optional[DialogueStateTracker]:
        with self.session_scope() as session:
            rows = self._event_query(
                session, sender_id, fetch_events_from_all_sessions=fetch_events_from_all_sessions
            ).all()
            stored = [_event_from(json.loads(row.data)) for row in rows]
        if not self.domain or not stored:
            return None
        return DialogueStateTracker.from_events(sender_id, [e for e in stored if e is not None], self.domain.slots)

    def _ensure_session_index(self) -> None:
        table = self.SQLEvent.__table__
        index = sa.Index(SESSION_INDEX, table.c.sender_id, table.c.type_name, table.c.timestamp)
        try:
            index.create(self.engine, checkfirst=True)
        except sa.exc.DatabaseError as error:  # another replica created it at the same moment
            if not sa.inspect(self.engine).has_table(table.name) or SESSION_INDEX not in {
                    i["name"] for i in sa.inspect(self.engine).get_indexes(table.name)}:
                raise
            logger.debug("session index already there (%s)", type(error).__name__)
