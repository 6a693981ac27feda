"""Databases for the storage tests: a temporary SQLite file, and a real PostgreSQL server started here."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="session")
def postgres_server():
    """A throw-away PostgreSQL cluster started for this test session; yields a new-database factory."""
    from testbed.pgcluster import PostgresCluster

    try:
        cluster = PostgresCluster().start()
    except FileNotFoundError as exc:
        pytest.fail(f"{exc}; `make test` installs it")
    yield cluster.new_database
    cluster.stop()


@pytest.fixture(params=["sqlite", "postgresql"])
def new_database(request, tmp_path):
    """A fresh, empty database on each backend: its URL."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'clinic.db'}"
    return request.getfixturevalue("postgres_server")()


@pytest.fixture
def db_url(new_database):
    """A fresh database at the newest schema (through the Alembic migrations), on each backend."""
    from clinic.storage.migrate import upgrade

    upgrade(new_database)
    return new_database


def at_revision(url: str, revision: str) -> str:
    """`url`'s database brought up to `revision` (a migration test starts from the one before its own)."""
    from alembic import command

    from clinic.storage.migrate import alembic_config

    command.upgrade(alembic_config(url), revision)
    return url


@pytest.fixture
def sessions(db_url):
    from clinic.storage.db import make_engine
    from sqlalchemy.orm import sessionmaker

    engine = make_engine(db_url)
    yield sessionmaker(engine, expire_on_commit=False)
    engine.dispose()
