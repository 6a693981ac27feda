"""Retention (issue 10): conversations that never became a handoff go once quiet for the period, from the tracker
store and the transcript; a handoff's conversation stays; running it again deletes nothing more."""

from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone

import pytest
from sqlalchemy import create_engine, select, text

from clinic.storage import retention
from clinic.storage.db import make_engine
from clinic.storage.handoffs import HandoffInput, record_handoff
from clinic.storage.migrate import upgrade
from clinic.storage.models import ConversationMessage, ConversationSummary
from clinic.storage.transcript import write_messages
from sqlalchemy.orm import Session

NOW = datetime(2026, 11, 26, 12, 0, tzinfo=timezone.utc)
RASA_EVENTS = ("CREATE TABLE events (id INTEGER PRIMARY KEY, sender_id VARCHAR(255) NOT NULL, type_name VARCHAR(255) "
               "NOT NULL, timestamp FLOAT, intent_name VARCHAR(255), action_name VARCHAR(255), data TEXT)")


@pytest.fixture
def stores(tmp_path):
    url = f"sqlite:///{tmp_path / 'clinic.db'}"
    upgrade(url)
    clinic = make_engine(url)
    tracker = create_engine(f"sqlite:///{tmp_path / 'conversations.db'}")
    with tracker.begin() as c:
        c.execute(text(RASA_EVENTS))
    yield clinic, tracker
    clinic.dispose()
    tracker.dispose()


def _conversation(clinic, tracker, conversation, days_ago, handoff=False, tracker_days_ago=None):
    when = NOW - timedelta(days=days_ago)
    with Session(clinic) as db, db.begin():
        write_messages(db.connection(), ConversationMessage.__table__, ConversationSummary.__table__, [
            {"conversation_id": conversation, "sender": "visitor", "text": "my name is Sam", "sent_at": when},
            {"conversation_id": conversation, "sender": "assistant", "text": "Thanks", "sent_at": when}])
        if handoff:
            record_handoff(db, HandoffInput(conversation_id=conversation, intake_key="k", kind="intake", channel="rest"))
    last = NOW - timedelta(days=days_ago if tracker_days_ago is None else tracker_days_ago)
    with tracker.begin() as c:
        for kind in ("user", "slot", "bot"):
            c.execute(text("INSERT INTO events (sender_id, type_name, timestamp, data) VALUES (:s, :k, :t, :d)"),
                      {"s": conversation, "k": kind, "t": last.timestamp(), "d": json.dumps({"event": kind})})


def _left(clinic, tracker):
    with clinic.connect() as c:
        transcripts = set(c.scalars(select(ConversationMessage.conversation_id).distinct()))
        # a purged conversation's summary (insights) goes with its messages
        assert set(c.scalars(select(ConversationSummary.conversation_id))) == transcripts
    with tracker.connect() as c:
        events = set(c.scalars(text("SELECT DISTINCT sender_id FROM events")))
    return transcripts, events


def test_old_conversations_go_and_handoff_conversations_stay(stores):
    clinic, tracker = stores
    _conversation(clinic, tracker, "web:old", days_ago=45)
    _conversation(clinic, tracker, "web:old-handoff", days_ago=400, handoff=True)
    _conversation(clinic, tracker, "web:recent", days_ago=3)
    _conversation(clinic, tracker, "sms:came-back", days_ago=60, tracker_days_ago=1)  # still talking

    result = retention.purge(clinic, tracker, days=30, now=NOW)

    assert (result.conversations, result.transcript_messages, result.tracker_events) == (1, 2, 3)
    kept = {"web:old-handoff", "web:recent", "sms:came-back"}
    assert _left(clinic, tracker) == (kept, kept)
    again = retention.purge(clinic, tracker, days=30, now=NOW)
    assert again.conversations == 0 and _left(clinic, tracker) == (kept, kept)


def test_a_shorter_period_takes_more_and_a_period_under_a_day_is_refused(stores):
    clinic, tracker = stores
    _conversation(clinic, tracker, "web:recent", days_ago=3)
    assert retention.purge(clinic, tracker, days=2, now=NOW).conversations == 1
    with pytest.raises(ValueError):
        retention.retention_days(0)
    assert retention.retention_days() == 30


def test_the_command_purges_the_configured_databases(stores, tmp_path, monkeypatch, capsys):
    from clinic.__main__ import main
    from clinic.storage.db import session_factory

    clinic, tracker = stores
    _conversation(clinic, tracker, "web:very-old", days_ago=365)
    monkeypatch.setenv("DATABASE_URL", f"sqlite:///{tmp_path / 'clinic.db'}")
    monkeypatch.setenv("TRACKER_STORE_URL", f"sqlite:///{tmp_path / 'conversations.db'}")
    session_factory.cache_clear()
    assert main(["purge", "--days", "90"]) == 0
    assert "purged 1 conversations" in capsys.readouterr().out
    assert _left(clinic, tracker) == (set(), set())
