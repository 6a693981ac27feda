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

What the assistant works from stays bounded too. Rasa's policies rebuild the dialogue state after every action of
the loaded conversation, on every turn, and send every event to the action server; a visitor's hundredth
message cost more than twice their first. Nothing here looks further back than a few turns (the memoization
policy four, the rules fewer, the topic of a follow-up one answer), so a long session is loaded as its latest
`RECENT_TURNS` visitor messages, led by the slots and the active form as they stood before them: the
assistant knows everything it knew, and the stored conversation keeps every event. A save stores the
events added since the load, counted from what was loaded (one query fewer than Rasa's count).
"""

from __future__ import annotations

import itertools
import json
import logging
from pathlib import Path
from typing import Any, Dict, List, Optional, Text

import sqlalchemy as sa
from rasa.core.brokers.broker import EventBroker
from rasa.core.tracker_store import SQLTrackerStore
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import ActionExecuted, ActiveLoop, Event, SessionStarted, SlotSet, UserUttered
from rasa.shared.core.trackers import DialogueStateTracker
from rasa.shared.nlu.constants import INTENT_NAME_KEY

from assistant.sql import make_engine

logger = logging.getLogger(__name__)

SESSION_INDEX = "ix_events_sender_type_time"
# A long session is loaded as its latest RECENT_TURNS visitor messages (and the state before them)
RECENT_TURNS = 12
# Stored events that change the slots or the active form (what the state before the recent turns is made of)
_STATE_EVENTS = frozenset({"slot", "active_loop", "reset_slots", "restart", "session_started"})
# The number of the tracker's events the database holds, set on load and after each save
_STORED = "_clinic_stored_events"
ROOT = Path(__file__).resolve().parents[1]


def _event_from(data: Dict[Text, Any]) -> Optional[Event]:
    """A stored event, as Rasa's `Event.from_parameters` makes it (each type's class is looked up once:
    `assistant/rasa_fixes.py` keeps the class found for each type name)."""
    name = data.get("event")
    found = Event.resolve_by_type(name, default=None) if name else None
    return found._from_parameters(data) if found is not None else None  # Rasa skips an old "topic" event


def _recent_start(kinds: List[Any]) -> Optional[int]:
    """The id where a session's latest RECENT_TURNS visitor messages begin (with the listen before the first),
    given its events' (id, type_name) in order; None when the session is no longer than that."""
    users = [i for i, row in enumerate(kinds) if row.type_name == UserUttered.type_name]
    if len(users) <= RECENT_TURNS:
        return None
    start = users[-RECENT_TURNS]
    return kinds[start - 1].id if kinds[start - 1].type_name == ActionExecuted.type_name else kinds[start].id


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
            # Rasa's engine opens a new SQLite connection (and we set it up) for every save and every read
            # (SQLAlchemy 1.4's NullPool for files); connections are kept instead, set up once each: WAL, durable
            # against a killed process (fsync at checkpoints)
            url = self.engine.url.render_as_string(hide_password=False)
            self.engine.dispose()
            self.engine = make_engine(url, synchronous="NORMAL")
            self.sessionmaker = sa.orm.session.sessionmaker(bind=self.engine)
        self._ensure_session_index()
        self._statements: Dict[Any, Any] = {}

    def _statement(self, name: Text, since: bool = False, recent: bool = False) -> Any:
        """The Core statements a save and a load run, built once (SQLAlchemy then finds each compiled in its cache
        without rebuilding an ORM query: about a tenth of a REST turn went to that)."""
        key = (name, since, recent)
        if key not in self._statements:
            table = self.SQLEvent.__table__
            sender = table.c.sender_id == sa.bindparam("sender")
            if name == "insert":
                statement = table.insert()
            elif name == "session_start":
                statement = sa.select(sa.func.max(table.c.timestamp)).where(
                    sender, table.c.type_name == SessionStarted.type_name)
            else:
                columns = [table.c.id, table.c.type_name] + ([table.c.data] if name == "rows" else [])
                statement = sa.select(*columns).where(sender)
                if since:
                    statement = statement.where(table.c.timestamp >= sa.bindparam("start"))
                if recent:
                    statement = statement.where(sa.or_(table.c.id >= sa.bindparam("recent"),
                                                       table.c.type_name.in_(sorted(_STATE_EVENTS))))
                statement = statement.order_by(table.c.id)
            self._statements[key] = statement
        return self._statements[key]

    async def save(self, tracker: DialogueStateTracker) -> None:
        """Stores the events the database does not have yet, then hands the same events to the broker."""
        stored_count = getattr(tracker, _STORED, None)
        if stored_count is None:  # not loaded from here (a new conversation, or events replaced over HTTP)
            with self.session_scope() as session:
                new: List[Event] = list(self._additional_events(session, tracker))
        else:
            new = list(itertools.islice(tracker.events, stored_count, None))
        stored = [event.as_dict() for event in new]
        if stored:
            with self.engine.begin() as connection:
                connection.execute(self._statement("insert"), [
                    {
                        "sender_id": tracker.sender_id,
                        "type_name": event.type_name,
                        "timestamp": data.get("timestamp"),
                        "intent_name": data.get("parse_data", {}).get("intent", {}).get(INTENT_NAME_KEY),
                        "action_name": data.get("name"),
                        "data": json.dumps(data),
                    }
                    for event, data in zip(new, stored)
                ])
        setattr(tracker, _STORED, len(tracker.events))
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
        if not self.domain:
            return None
        recent = None
        with self.engine.connect() as connection:
            if fetch_events_from_all_sessions:
                rows = connection.execute(self._statement("rows"), {"sender": sender_id}).all()
            else:
                session_start = connection.execute(self._statement("session_start"), {"sender": sender_id}).scalar()
                since = session_start is not None
                values: Dict[Text, Any] = {"sender": sender_id, "start": session_start}
                # a long session: its recent turns, and what changed the state before them
                recent = _recent_start(connection.execute(self._statement("kinds", since), values).all())
                values["recent"] = recent
                rows = connection.execute(self._statement("rows", since, recent is not None), values).all()
        if not rows:
            return None
        earlier = [row for row in rows if recent is not None and row.id < recent]
        events = self._state_before(sender_id, earlier) if earlier else []
        events += [_event_from(json.loads(row.data)) for row in rows[len(earlier):]]
        tracker = DialogueStateTracker.from_events(sender_id, [e for e in events if e is not None], self.domain.slots)
        setattr(tracker, _STORED, len(tracker.events))
        return tracker

    def _state_before(self, sender_id: Text, rows: List[Any]) -> List[Event]:
        """The session's start, then the slots and the active form as these earlier state-changing `rows` left them."""
        changes = [e for e in (_event_from(json.loads(row.data)) for row in rows) if e is not None]
        earlier = DialogueStateTracker.from_events(sender_id, changes, self.domain.slots)
        when = changes[-1].timestamp if changes else None
        state: List[Event] = [e for e in changes[:1] if isinstance(e, SessionStarted)]
        state += [SlotSet(name, slot.value, timestamp=when)
                  for name, slot in earlier.slots.items() if slot.value != slot.initial_value]
        if earlier.active_loop_name:
            state.append(ActiveLoop(earlier.active_loop_name, timestamp=when))
        return state

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
