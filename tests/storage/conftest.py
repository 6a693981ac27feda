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
def db_url(request, tmp_path):
    """A fresh database at the newest schema (through the Alembic migrations), on each backend."""
    from clinic.storage.migrate import upgrade

    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path / 'clinic.db'}"
    else:
        url = request.getfixturevalue("postgres_server")()
    upgrade(url)
    return url


@pytest.fixture
def sessions(db_url):
    from clinic.storage.db import make_engine
    from sqlalchemy.orm import sessionmaker

    engine = make_engine(db_url)
    yield sessionmaker(engine, expire_on_commit=False)
    engine.dispose()
