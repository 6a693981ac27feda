"""Migration 0003 (server-side staff sessions, failed sign-ins in the audit log) on SQLite and PostgreSQL:
it keeps the audit log's rows, matches the models, and goes down and up again. PostgreSQL is the storage
tests' own session-wide cluster (tests/storage/conftest.py)."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import inspect, text
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from clinic.storage import review
from clinic.storage.db import make_engine
from clinic.storage.migrate import alembic_config, upgrade
from tests.storage.conftest import at_revision
from clinic.storage.models import AuditEntry, Base, StaffUser

NOW = datetime(2026, 11, 23, 9, 0, tzinfo=timezone.utc)


@pytest.fixture
def url(new_database):
    """A fresh database at revision 0002, the one before this change."""
    return at_revision(new_database, "0002")


def _anonymous_audit_row(engine) -> None:
    with engine.begin() as c:
        c.execute(text("INSERT INTO audit_log (staff_id, action, created_at) VALUES (NULL, 'login_failed', :t)"),
                  {"t": NOW})


def test_0003_up_down_and_up_again(url):
    engine = make_engine(url)
    with engine.begin() as c:
        c.execute(text("INSERT INTO staff_users (username, password_hash, is_admin, created_at) "
                       "VALUES ('kim', 'x', :no, :t)"), {"no": False, "t": NOW})
        staff_id = c.scalar(text("SELECT id FROM staff_users"))
        c.execute(text("INSERT INTO audit_log (staff_id, action, created_at) VALUES (:s, 'login', :t)"),
                  {"s": staff_id, "t": NOW})
    with pytest.raises(IntegrityError):
        _anonymous_audit_row(engine)

    upgrade(url)
    with Session(engine) as db, db.begin():
        kim = db.get(StaffUser, staff_id)
        review.audit(db, None, "login_failed", detail="nobody")
        review.open_session(db, kim, "a" * 64, NOW, forget_before=NOW - timedelta(days=1))
    with Session(engine) as db:
        rows = sorted((e.action, e.staff_id or 0) for e in review.audit_log(db))
        assert rows == [("login", staff_id), ("login_failed", 0)]
        assert review.find_session(db, "a" * 64).staff.username == "kim"
    with engine.connect() as c:
        assert compare_metadata(MigrationContext.configure(c), Base.metadata) == []

    command.downgrade(alembic_config(url), "0002")
    assert "staff_sessions" not in inspect(engine).get_table_names()
    with Session(engine) as db:
        assert [e.action for e in db.query(AuditEntry)] == ["login"]
    with pytest.raises(IntegrityError):
        _anonymous_audit_row(engine)
    upgrade(url)
    _anonymous_audit_row(engine)
    engine.dispose()
