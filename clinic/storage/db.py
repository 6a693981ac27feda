"""Engines and sessions: one sessionmaker per process and database URL, made on first use."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Optional

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session, sessionmaker

from clinic.storage import transcript

SQLITE_BUSY_TIMEOUT_MS = 5000


def database_url(explicit: Optional[str] = None) -> str:
    """`explicit`, else $DATABASE_URL, else the embedded SQLite file in var/ (ignored by git)."""
    return with_psycopg(transcript.database_url(explicit))


def with_psycopg(url: str) -> str:
    """`postgresql://...` (the common spelling) with psycopg 3, the driver installed here."""
    if url.startswith("postgresql://"):
        return "postgresql+psycopg://" + url[len("postgresql://"):]
    return url


def _tune_sqlite(dbapi_connection, _record) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


def make_engine(url: Optional[str] = None) -> Engine:
    """An engine for `url`: SQLite in WAL mode with a busy timeout, or PostgreSQL with pre-ping.

    `hide_parameters`: a database error names the statement but not its values (a name, a phone number),
    so an error that reaches a log carries no personal data."""
    resolved = make_url(database_url(url))
    if resolved.get_backend_name() == "sqlite":
        if resolved.database and resolved.database != ":memory:":
            Path(resolved.database).parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(resolved, connect_args={"timeout": SQLITE_BUSY_TIMEOUT_MS / 1000},
                               hide_parameters=True)
        event.listen(engine, "connect", _tune_sqlite)
        return engine
    return create_engine(resolved, pool_pre_ping=True, pool_size=5, max_overflow=10, hide_parameters=True)


@lru_cache(maxsize=8)
def session_factory(url: Optional[str] = None) -> "sessionmaker[Session]":
    """The process's sessionmaker for `url` (callers open units of work with `.begin()`)."""
    return sessionmaker(make_engine(url), expire_on_commit=False)
