"""Migration 0006 (alerts, ownership, the manager role, message annotations and conversation summaries) on
SQLite and PostgreSQL: existing conversations get their summary row, the schema matches the models, and it goes
down and up again with the handoffs intact."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import inspect, text

from clinic.storage.db import make_engine
from clinic.storage.migrate import alembic_config, upgrade
from tests.storage.conftest import at_revision
from clinic.storage.models import Base

T0 = datetime(2026, 11, 23, 9, 0, tzinfo=timezone.utc)


@pytest.fixture
def url(new_database):
    """A fresh database at revision 0005, the one before this change."""
    return at_revision(new_database, "0005")


def test_0006_summarises_existing_conversations_and_goes_down_and_up_again(url):
    engine = make_engine(url)
    with engine.begin() as c:
        for conversation, seconds in (("web:one", (0, 5, 9)), ("sms:two", (60,)), ("legacy-id", (120,))):
            for s in seconds:
                c.execute(text("INSERT INTO conversation_messages (conversation_id, sender, text, sent_at) "
                               "VALUES (:c, 'visitor', 'hi', :t)"), {"c": conversation, "t": T0 + timedelta(seconds=s)})
        c.execute(text("INSERT INTO handoffs (reference_code, conversation_id, intake_key, kind, status, urgent, "
                       "channel, created_at, updated_at) VALUES ('AAAAAA', 'web:one', 'k', 'intake', 'new', :no, "
                       "'socketio', :t, :t)"), {"no": False, "t": T0})

    upgrade(url)
    with engine.connect() as c:
        rows = c.execute(text("SELECT conversation_id, channel, answered FROM conversation_summaries "
                              "ORDER BY conversation_id")).all()
        assert [tuple(r) for r in rows] == [("legacy-id", "other", False), ("sms:two", "sms", False),
                                            ("web:one", "web", False)]
        span = c.execute(text("SELECT started_at, last_at FROM conversation_summaries WHERE conversation_id = 'web:one'")
                         ).one()
        assert span[0] < span[1]
        assert compare_metadata(MigrationContext.configure(c), Base.metadata) == []

    command.downgrade(alembic_config(url), "0005")
    assert "alerts" not in inspect(engine).get_table_names()
    assert "conversation_summaries" not in inspect(engine).get_table_names()
    upgrade(url)
    with engine.connect() as c:
        assert c.scalar(text("SELECT COUNT(*) FROM handoffs")) == 1
        assert c.scalar(text("SELECT COUNT(*) FROM conversation_summaries")) == 3
    engine.dispose()
