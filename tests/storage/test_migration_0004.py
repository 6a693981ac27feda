"""Migration 0004 (the transcript from the event stream) on SQLite and PostgreSQL: every conversation's longest
stored transcript moves into `conversation_messages` in order, the schema matches the models, and it goes down
(each handoff gets its conversation's messages back) and up again."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import inspect, text
from sqlalchemy.orm import Session

from clinic.storage.db import make_engine
from clinic.storage.handoffs import get_by_code
from clinic.storage.migrate import alembic_config, upgrade
from tests.storage.conftest import at_revision
from clinic.storage.models import Base

T0 = datetime(2026, 11, 23, 9, 0, tzinfo=timezone.utc)


@pytest.fixture
def url(new_database):
    """A fresh database at revision 0003, the one before this change."""
    return at_revision(new_database, "0003")


def _handoff(c, code, conversation, key, lines):
    c.execute(text("INSERT INTO handoffs (reference_code, conversation_id, intake_key, kind, status, urgent, channel, "
                   "created_at, updated_at) VALUES (:code, :conv, :key, 'intake', 'new', :no, 'rest', :t, :t)"),
              {"code": code, "conv": conversation, "key": key, "no": False, "t": T0})
    handoff = c.scalar(text("SELECT id FROM handoffs WHERE reference_code = :code"), {"code": code})
    for seq, line in enumerate(lines):
        c.execute(text("INSERT INTO transcript_messages (handoff_id, seq, sender, text, sent_at) "
                       "VALUES (:h, :seq, :sender, :text, :t)"),
                  {"h": handoff, "seq": seq, "sender": "visitor" if seq % 2 == 0 else "assistant", "text": line,
                   "t": T0 + timedelta(seconds=seq)})


def test_0004_moves_each_conversations_transcript_and_goes_down_and_up_again(url):
    engine = make_engine(url)
    with engine.begin() as c:
        # two handoffs in one conversation: the later one's transcript holds the earlier one's and more
        _handoff(c, "AAAAAA", "rest:one", "person-request", ["hi", "Hello", "a person please"])
        _handoff(c, "BBBBBB", "rest:one", "intake-1", ["hi", "Hello", "a person please", "Sure", "book me"])
        _handoff(c, "CCCCCC", "web:two", "intake-1", ["hola", "Hola"])

    upgrade(url)
    with Session(engine) as db:
        assert [m.text for m in get_by_code(db, "AAAAAA").transcript] == ["hi", "Hello", "a person please", "Sure",
                                                                          "book me"]
        assert [m.text for m in get_by_code(db, "BBBBBB").transcript] == [m.text for m in
                                                                          get_by_code(db, "AAAAAA").transcript]
        assert [(m.sender, m.text) for m in get_by_code(db, "CCCCCC").transcript] == [("visitor", "hola"),
                                                                                       ("assistant", "Hola")]
    assert "transcript_messages" not in inspect(engine).get_table_names()
    with engine.connect() as c:
        assert compare_metadata(MigrationContext.configure(c), Base.metadata) == []

    command.downgrade(alembic_config(url), "0003")
    with engine.connect() as c:
        assert c.scalar(text("SELECT COUNT(*) FROM transcript_messages")) == 5 + 5 + 2
        assert [r[0] for r in c.execute(text(
            "SELECT t.text FROM transcript_messages t JOIN handoffs h ON h.id = t.handoff_id "
            "WHERE h.reference_code = 'CCCCCC' ORDER BY t.seq"))] == ["hola", "Hola"]
    assert "conversation_messages" not in inspect(engine).get_table_names()
    upgrade(url)
    with Session(engine) as db:
        assert len(get_by_code(db, "BBBBBB").transcript) == 5
    engine.dispose()
