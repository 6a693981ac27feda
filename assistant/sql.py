"""Databases as the Rasa server's own code opens them (SQLAlchemy 1.4, psycopg2): the transcript broker and the
SMS state. The tracker store is opened by Rasa and gets the same SQLite settings.

SQLite runs in WAL mode (a reader never blocks a writer), waits up to 5 s for a lock instead of failing with
"database is locked", and keeps its connections open (SQLAlchemy 1.4 would open one per use). `synchronous`
is the durability a caller needs: NORMAL survives a killed process, FULL also a power cut.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Callable

import sqlalchemy as sa

BUSY_TIMEOUT_MS = 5000


def sqlite_pragmas(synchronous: str = "FULL") -> Callable[[Any, Any], None]:
    """A `connect` listener that sets up each new SQLite connection."""
    if synchronous not in ("NORMAL", "FULL"):
        raise ValueError("synchronous must be NORMAL or FULL")

    def on_connect(connection: Any, _record: Any) -> None:
        cursor = connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        cursor.execute(f"PRAGMA synchronous={synchronous}")
        cursor.close()

    return on_connect


def make_engine(url: str, *, synchronous: str = "FULL", pool_size: int = 2, max_overflow: int = 4) -> sa.engine.Engine:
    """An engine for a SQLite or PostgreSQL URL. `postgresql+psycopg://` (the action server's spelling of the
    same database, psycopg 3) is read with psycopg2, the driver Rasa's environment has. Statement values
    never appear in errors (`hide_parameters`), so a failure that reaches a log carries no personal data."""
    parsed = sa.engine.make_url(url)
    if parsed.drivername == "postgresql+psycopg":
        parsed = parsed.set(drivername="postgresql+psycopg2")
    if parsed.get_backend_name() == "sqlite":
        if parsed.database:
            Path(parsed.database).parent.mkdir(parents=True, exist_ok=True)
        engine = sa.create_engine(parsed, hide_parameters=True, poolclass=sa.pool.QueuePool,
                                  connect_args={"check_same_thread": False})
        sa.event.listen(engine, "connect", sqlite_pragmas(synchronous))
        return engine
    return sa.create_engine(parsed, hide_parameters=True, pool_pre_ping=True, pool_size=pool_size,
                            max_overflow=max_overflow)
