"""What the SMS channel remembers between texts, in one process or shared by several Rasa replicas.

- **Opt-outs** (STOP, until START) are a legal record: they live in a SQL database, with the time of the
  opt-out, and are never expired.
- **Handled messages** (a Twilio retry of a MessageSid is handled once) and **each conversation's last
  buttons** (so "1" selects the first option) are short-lived: kept a day, in Redis with an expiry on each key,
  or in the same SQL database.

Set-ups (credentials.yml, `assistant.channels.sms.ClinicTwilioInput`; the environment wins):

- embedded, the default (`make run`): everything in the SQLite file `state_file` (var/sms_state.db);
- several replicas: `state_url` / $SMS_STATE_URL, a SQLAlchemy URL of a database every replica reaches (the
  clinic's PostgreSQL), for everything; and, optionally, `redis_url` / $SMS_REDIS_URL for the short-lived state.

Whether a message is new is one atomic step of the shared store: Redis's SET NX, or an INSERT that the primary
key lets only one transaction make. Two replicas handed the same retry at the same moment handle it once.

Personal data: rows and keys hold the conversation id (`sms:` and a keyed hash of the number), never the
number; database errors hide their parameters, and nothing here logs an id.
"""

from __future__ import annotations

import json
import logging
import time
from pathlib import Path
from typing import Any, Dict, List, Tuple, Union

import redis
import sqlalchemy as sa
from sqlalchemy.dialects import postgresql, sqlite

from assistant import sql
from clinic.settings import setting

logger = logging.getLogger(__name__)

DEFAULT_STATE_FILE = Path(__file__).resolve().parents[3] / "var" / "sms_state.db"
STATE_URL_ENV = "SMS_STATE_URL"
REDIS_URL_ENV = "SMS_REDIS_URL"
RECENT_S = 24 * 3600  # how long a handled MessageSid and a conversation's last buttons are kept
PURGE_EVERY_S = 60  # how often a process deletes expired rows
REDIS_PREFIX = "clinic:sms:"

Buttons = List[Dict[str, str]]

METADATA = sa.MetaData()
# `opt_outs` keeps the name and columns of the table earlier versions made, so their opt-outs carry over.
OPT_OUTS = sa.Table(
    "opt_outs", METADATA,
    sa.Column("conversation", sa.Text, primary_key=True),
    sa.Column("since", sa.Float, nullable=False),
)
SEEN = sa.Table(
    "sms_seen", METADATA,
    sa.Column("message", sa.Text, primary_key=True),  # the MessageSid (or a hash of the signature)
    sa.Column("seen", sa.Float, nullable=False, index=True),
)
BUTTONS = sa.Table(
    "sms_buttons", METADATA,
    sa.Column("conversation", sa.Text, primary_key=True),
    sa.Column("buttons", sa.Text, nullable=False),  # JSON: [{"title": ..., "payload": ...}]
    sa.Column("expires", sa.Float, nullable=False, index=True),
)
_INSERT = {"sqlite": sqlite.insert, "postgresql": postgresql.insert}  # both have ON CONFLICT


def _dump(buttons: List[Dict[str, Any]]) -> str:
    return json.dumps([{"title": str(b.get("title", "")), "payload": str(b.get("payload", ""))} for b in buttons])


def make_engine(url: str) -> sa.engine.Engine:
    """An engine on SQLite or PostgreSQL (assistant/sql.py); opt-outs are a legal record: every commit is synced."""
    if sa.engine.make_url(url).get_backend_name() not in _INSERT:
        raise ValueError(f"{STATE_URL_ENV}: the SMS state needs SQLite or PostgreSQL")
    return sql.make_engine(url, synchronous="FULL", pool_size=5, max_overflow=10)


class SqlSmsState:
    """Opt-outs, handled messages and last buttons in SQLite or PostgreSQL (tables made when missing)."""

    def __init__(self, url: str) -> None:
        self.engine = make_engine(url)
        try:
            METADATA.create_all(self.engine)  # only the tables that are missing
        except sa.exc.DBAPIError:  # another replica made them at the same moment (in one transaction)
            METADATA.create_all(self.engine)
        self._insert = _INSERT[self.engine.dialect.name]
        self._next_purge = 0.0

    def opted_out(self, conversation: str) -> bool:
        with self.engine.connect() as db:
            found = db.execute(sa.select(OPT_OUTS.c.since).where(OPT_OUTS.c.conversation == conversation)).first()
        return found is not None

    def opt_out(self, conversation: str) -> None:
        """Record an opt-out; a repeated STOP keeps the time of the first."""
        with self.engine.begin() as db:
            db.execute(self._insert(OPT_OUTS).values(conversation=conversation, since=time.time())
                       .on_conflict_do_nothing())

    def opt_in(self, conversation: str) -> None:
        with self.engine.begin() as db:
            db.execute(OPT_OUTS.delete().where(OPT_OUTS.c.conversation == conversation))

    def first_time(self, message: str) -> bool:
        """True for the one caller, in any replica, that records `message` first."""
        now = time.time()
        with self.engine.begin() as db:
            added = db.execute(self._insert(SEEN).values(message=message, seen=now).on_conflict_do_nothing())
        if now >= self._next_purge:
            self._next_purge = now + PURGE_EVERY_S
            self._purge(now)
        return added.rowcount == 1

    def buttons(self, conversation: str) -> Buttons:
        with self.engine.connect() as db:
            row = db.execute(sa.select(BUTTONS.c.buttons).where(
                BUTTONS.c.conversation == conversation, BUTTONS.c.expires > time.time())).first()
        return json.loads(row[0]) if row else []

    def remember_buttons(self, conversation: str, buttons: List[Dict[str, Any]]) -> None:
        values = {"buttons": _dump(buttons), "expires": time.time() + RECENT_S}
        with self.engine.begin() as db:
            db.execute(self._insert(BUTTONS).values(conversation=conversation, **values)
                       .on_conflict_do_update(index_elements=[BUTTONS.c.conversation], set_=values))

    def _purge(self, now: float) -> None:
        try:
            with self.engine.begin() as db:
                db.execute(SEEN.delete().where(SEEN.c.seen < now - RECENT_S))
                db.execute(BUTTONS.delete().where(BUTTONS.c.expires < now))
        except sa.exc.DBAPIError as error:  # two replicas purging at once: the next purge finishes the job
            logger.warning("sms: deleting expired state failed (%s); tried again later", type(error).__name__)


class RedisSmsState:
    """Handled messages and last buttons in Redis, each key expiring by itself after RECENT_S."""

    def __init__(self, url: str) -> None:
        self.red = redis.Redis.from_url(url, socket_timeout=2, socket_connect_timeout=2)

    def first_time(self, message: str) -> bool:
        return bool(self.red.set(f"{REDIS_PREFIX}seen:{message}", 1, nx=True, ex=RECENT_S))

    def buttons(self, conversation: str) -> Buttons:
        raw = self.red.get(f"{REDIS_PREFIX}buttons:{conversation}")
        return json.loads(raw) if raw else []

    def remember_buttons(self, conversation: str, buttons: List[Dict[str, Any]]) -> None:
        self.red.set(f"{REDIS_PREFIX}buttons:{conversation}", _dump(buttons), ex=RECENT_S)


RecentState = Union[SqlSmsState, RedisSmsState]


def state_from_settings(credentials: Dict[str, Any]) -> Tuple[SqlSmsState, RecentState]:
    """(where opt-outs live, where handled messages and buttons live) from credentials and the environment:
    $SMS_STATE_URL or `state_url`, else the SQLite file `state_file`; $SMS_REDIS_URL or `redis_url`, else the same
    database."""
    url = setting(STATE_URL_ENV, credentials.get("state_url"))
    durable = SqlSmsState(url or f"sqlite:///{Path(credentials.get('state_file') or DEFAULT_STATE_FILE)}")
    redis_url = setting(REDIS_URL_ENV, credentials.get("redis_url"))
    return durable, RedisSmsState(redis_url) if redis_url else durable
