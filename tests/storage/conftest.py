"""Databases for the storage tests: a temporary SQLite file, and a real PostgreSQL server started here."""

from __future__ import annotations

import glob
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import uuid
from pathlib import Path

import pytest


def _pg_bin(name: str) -> str:
    found = sorted(glob.glob(f"/usr/lib/postgresql/*/bin/{name}")) or [shutil.which(name) or ""]
    if not found[-1]:
        pytest.fail("PostgreSQL's server is not installed; `make test` installs it (scripts/ensure_postgres.sh)")
    return found[-1]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="session")
def postgres_server():
    """A throw-away PostgreSQL cluster on a Unix socket in a temporary folder; yields a URL factory."""
    base = Path(tempfile.mkdtemp(prefix="clinic-pg-"))
    data = base / "data"
    as_user = []
    if os.geteuid() == 0:  # PostgreSQL refuses to run as root: use the postgres account
        account = pwd.getpwnam("postgres")
        os.chown(base, account.pw_uid, account.pw_gid)
        as_user = ["runuser", "-u", "postgres", "--"]
    port = _free_port()
    subprocess.run(as_user + [_pg_bin("initdb"), "-D", str(data), "-A", "trust", "-U", "postgres", "--no-sync"],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    options = f"-k {base} -p {port} -c listen_addresses='' -c fsync=off"
    subprocess.run(as_user + [_pg_bin("pg_ctl"), "-D", str(data), "-o", options, "-w", "-l", str(base / "log"), "start"],
                   check=True, stdout=subprocess.DEVNULL)

    def new_database() -> str:
        name = f"t_{uuid.uuid4().hex[:12]}"
        subprocess.run(as_user + [_pg_bin("createdb"), "-h", str(base), "-p", str(port), "-U", "postgres", name],
                       check=True)
        return f"postgresql+psycopg://postgres@/{name}?host={base}&port={port}"

    yield new_database
    subprocess.run(as_user + [_pg_bin("pg_ctl"), "-D", str(data), "-m", "immediate", "stop"],
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    shutil.rmtree(base, ignore_errors=True)


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
