"""How long conversations are kept: a conversation that never became a handoff is deleted once it has been quiet
for the retention period (default 30 days), from both places it lives: the Rasa server's tracker store (its
`events` table: every turn, slots included) and the transcript table. A handoff's conversation stays as long as
the handoff does.

`python -m clinic purge` runs it. It is safe from cron: each conversation goes in a transaction of its own
batch, a conversation that becomes a handoff while it runs is kept (handoffs are read before each batch), and
running it twice deletes nothing more.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Dict, Iterable, List, Optional, Set

from sqlalchemy import Engine, bindparam, create_engine, func, inspect, select, text

from clinic.storage.db import with_psycopg
from clinic.storage.models import ConversationMessage, ConversationSummary, Handoff

DEFAULT_RETENTION_DAYS = 30  # the same default as clinic.settings.Settings, which reads the environment
DEFAULT_TRACKER_STORE = Path(__file__).resolve().parents[2] / "var" / "conversations.db"
BATCH = 500


def retention_days(explicit: Optional[int] = None) -> int:
    """The retention period asked for (`clinic purge --days`, or $CONVERSATION_RETENTION_DAYS read through
    Settings), checked; the default when none."""
    days = explicit if explicit is not None else DEFAULT_RETENTION_DAYS
    if days < 1:
        raise ValueError("the retention period must be at least one day")
    return days


def tracker_store_url(explicit: Optional[str] = None) -> str:
    """The Rasa tracker store's database: `explicit` ($TRACKER_STORE_URL, read through Settings), else the
    embedded file in var/."""
    return with_psycopg(explicit or f"sqlite:///{DEFAULT_TRACKER_STORE}")


@dataclass
class PurgeResult:
    conversations: int = 0  # conversations deleted
    tracker_events: int = 0
    transcript_messages: int = 0


def _with_handoff(clinic: Engine) -> Set[str]:
    with clinic.connect() as c:
        return set(c.scalars(select(Handoff.conversation_id).distinct()))


def _quiet_in_transcripts(clinic: Engine, cutoff: datetime) -> Dict[str, bool]:
    """Each conversation in the transcript, and whether its last message is older than `cutoff`."""
    with clinic.connect() as c:
        messages = ConversationMessage.__table__.c
        rows = c.execute(
            select(messages.conversation_id, func.max(messages.sent_at) < cutoff).group_by(messages.conversation_id)
        ).all()
        return {conversation: bool(quiet) for conversation, quiet in rows}


def _quiet_in_tracker_store(tracker: Engine, cutoff: datetime) -> Dict[str, bool]:
    """Each conversation in Rasa's `events` table, and whether its last event is older than `cutoff`."""
    with tracker.connect() as c:
        rows = c.execute(text("SELECT sender_id, MAX(timestamp) < :cutoff FROM events GROUP BY sender_id"),
                         {"cutoff": cutoff.timestamp()}).all()
        return {conversation: bool(quiet) for conversation, quiet in rows}


def _batches(items: List[str]) -> Iterable[List[str]]:
    for start in range(0, len(items), BATCH):
        yield items[start:start + BATCH]


def purge(clinic: Engine, tracker: Optional[Engine], days: int, now: Optional[datetime] = None) -> PurgeResult:
    """Deletes every conversation without a handoff that has been quiet for `days` days."""
    cutoff = (now or datetime.now(timezone.utc)) - timedelta(days=days)
    result = PurgeResult()
    stores = [_quiet_in_transcripts(clinic, cutoff)]
    if tracker is not None and inspect(tracker).has_table("events"):
        stores.append(_quiet_in_tracker_store(tracker, cutoff))
    else:
        tracker = None
    # quiet in every place it is kept: a conversation still going on in one of them is not quiet
    quiet: Dict[str, bool] = {}
    for store in stores:
        for conversation, is_quiet in store.items():
            quiet[conversation] = quiet.get(conversation, True) and bool(is_quiet)
    for batch in _batches(sorted(c for c, is_quiet in quiet.items() if is_quiet)):
        handoffs = _with_handoff(clinic)  # read again for each batch: a quiet visitor may just have booked
        batch = [conversation for conversation in batch if conversation not in handoffs]
        if not batch:
            continue
        with clinic.begin() as c:
            result.transcript_messages += c.execute(
                ConversationMessage.__table__.delete().where(ConversationMessage.__table__.c.conversation_id.in_(batch))
            ).rowcount or 0
            c.execute(ConversationSummary.__table__.delete().where(
                ConversationSummary.__table__.c.conversation_id.in_(batch)))
        if tracker is not None:
            with tracker.begin() as c:
                result.tracker_events += c.execute(
                    text("DELETE FROM events WHERE sender_id IN :ids").bindparams(bindparam("ids", expanding=True)),
                    {"ids": batch},
                ).rowcount or 0
        result.conversations += len(batch)
    return result


def tracker_engine(url: Optional[str] = None) -> Optional[Engine]:
    """An engine on the tracker store, or None when the embedded file does not exist (nothing ran yet)."""
    resolved = tracker_store_url(url)
    if resolved.startswith("sqlite:///") and not Path(resolved[len("sqlite:///"):]).exists():
        return None
    return create_engine(resolved, hide_parameters=True)
