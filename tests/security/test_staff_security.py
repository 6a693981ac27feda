"""The staff app from an attacker's side (issue 8): copied session cookies, password guessing, audit of
failed sign-ins, parameters built to crash the server, and the production server's banner and logs."""

from __future__ import annotations

import http.cookiejar
import os
import re
import secrets
import socket
import subprocess
import sys
import time
import urllib.parse
import urllib.request
from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy.orm import sessionmaker

from testbed.ports import free_port
from clinic.storage.db import make_engine
from clinic.storage.migrate import upgrade
from clinic.storage.models import AuditEntry, StaffUser
from clinic.storage.review import add_staff
from staff.auth import hash_password
from tests.conftest import wait_until_answering
from tests.staff.conftest import client  # noqa: F401 (fixture)
from tests.staff.test_app import PASSWORD, _csrf, _login, app  # noqa: F401 (fixture)

ROOT = Path(__file__).resolve().parents[2]
COOKIE = "clinic_staff"


def _https_client(app, address=None):
    other = app.test_client()
    other.environ_base["wsgi.url_scheme"] = "https"
    if address:
        other.environ_base["REMOTE_ADDR"] = address
    return other


def _copy_of(app, client):
    """A second browser holding a copy of `client`'s session cookie (a stolen or shared cookie)."""
    other = _https_client(app)
    other.set_cookie(COOKIE, client.get_cookie(COOKIE).value)
    return other


def _sent_to_sign_in(response) -> bool:
    return response.status_code == 302 and "/staff/login" in response.headers["Location"]


def _sign_out(client):
    return client.post("/staff/logout", data={"csrf_token": _csrf(client, "/staff/")})


# --- sessions end on the server ---------------------------------------------------------------------------

def test_a_copied_cookie_stops_working_when_its_owner_signs_out(app, client):
    _login(client)
    copy = _copy_of(app, client)
    assert copy.get("/staff/").status_code == 200
    assert _sent_to_sign_in(_sign_out(client))
    assert _sent_to_sign_in(copy.get("/staff/"))
    assert _sent_to_sign_in(copy.get("/staff/export.csv"))


def test_a_session_ended_by_inactivity_stays_ended_for_every_copy(app, client, monkeypatch):
    _login(client)
    copy = _copy_of(app, client)
    signed_in = time.time()
    monkeypatch.setattr("staff.auth._now", lambda: signed_in + app.config["INACTIVITY_MINUTES"] * 60 + 5)
    response = copy.get("/staff/")
    assert _sent_to_sign_in(response) and "expired=1" in response.headers["Location"]
    # the end is recorded on the server: even a cookie whose own timestamps look fresh is refused
    monkeypatch.setattr("staff.auth._now", lambda: signed_in + 30)
    assert _sent_to_sign_in(client.get("/staff/"))


def test_the_cookie_names_no_account_and_the_table_holds_no_usable_token(app, client):
    from clinic.storage.models import StaffSession

    _login(client)
    serializer = app.session_interface.get_signing_serializer(app)
    contents = serializer.loads(client.get_cookie(COOKIE).value)
    assert "staff_id" not in contents and set(contents) <= {"sid", "csrf_token", "_permanent", "_flashes"}
    with app.extensions["sessions"]() as db:
        stored = db.scalars(select(StaffSession.id)).all()
    assert len(stored) == 1 and contents["sid"] not in stored
    forged = _https_client(app)  # someone who read the sessions table (and even knows the signing key)
    forged.set_cookie(COOKIE, serializer.dumps({"sid": stored[0], "_permanent": True}))
    assert _sent_to_sign_in(forged.get("/staff/"))


# --- password guessing --------------------------------------------------------------------------------------

def test_guessing_one_account_does_not_lock_out_the_office_behind_the_same_address(app):
    office = "203.0.113.7"  # the attacker and the clinic's staff share one public address
    attacker, colleague = _https_client(app, office), _https_client(app, office)
    codes = [_login(attacker, "nurse", f"guess {i}").status_code for i in range(6)]
    assert codes == [401] * 5 + [429]
    assert _sent_to_sign_in(colleague.get("/staff/"))
    assert _login(colleague, "admin").status_code == 302
    assert colleague.get("/staff/").status_code == 200
    refused = _login(attacker, "nurse", PASSWORD)  # the attacked account waits out its minute, right or wrong
    assert refused.status_code == 429 and "Too many sign-in attempts" in refused.get_data(as_text=True)


def test_one_address_cannot_sweep_many_accounts(app):
    attacker, elsewhere = _https_client(app, "198.51.100.9"), _https_client(app, "203.0.113.7")
    codes = [_login(attacker, f"user{i}", "guess").status_code for i in range(30)]
    assert codes == [401] * 30
    assert _login(attacker, "admin").status_code == 429
    assert _login(elsewhere, "admin").status_code == 302


def test_successful_sign_ins_do_not_count_against_the_limits(client):
    for _ in range(7):
        assert _login(client).status_code == 302
        assert _sent_to_sign_in(_sign_out(client))


def test_failed_sign_ins_are_audited_with_the_username_but_never_the_password(app, client):
    long_name = "someone-who-is-not-staff-" + "x" * 80
    assert _login(client, "nurse", "Secret-Guess-Nurse").status_code == 401
    assert _login(client, long_name, "Secret-Guess-Stranger").status_code == 401
    with app.extensions["sessions"]() as db:
        failed = db.execute(
            select(AuditEntry.staff_id, AuditEntry.detail).where(AuditEntry.action == "login_failed")
            .order_by(AuditEntry.id)
        ).all()
        nurse_id = db.scalar(select(StaffUser.id).where(StaffUser.username == "nurse"))
    assert failed == [(nurse_id, "nurse"), (None, long_name[:64])]
    _login(client, "admin")
    page = client.get("/staff/audit").get_data(as_text=True)
    assert page.count("login failed") == 2 and long_name[:64] in page and long_name[:65] not in page
    assert "Secret-Guess" not in page


# --- parameters built to crash the server -------------------------------------------------------------------

BAD_FILTERS = [
    "until=9999-12-31", "since=0001-01-01", "since=1999-12-31", "until=2101-01-01", "since=yesterday",
    "until=2026-02-30", "since=2026-11-23T00:00", "since=2026-12-01&until=2026-11-01", "status=bogus",
]
BAD_PAGES = ["page=99999999999999999999", "page=0", "page=-1", "page=abc", "page=100001", "page=1e3", "page=%C2%B2"]


@pytest.mark.parametrize("path", ["/staff/", "/staff/export.csv"])
@pytest.mark.parametrize("query", BAD_FILTERS)
def test_nonsense_filters_get_the_calm_400_page(client, path, query):
    _login(client)
    response = client.get(f"{path}?{query}")
    assert response.status_code == 400
    assert "The request was not valid" in response.get_data(as_text=True)


@pytest.mark.parametrize("query", BAD_PAGES)
def test_nonsense_pages_get_the_calm_400_page(client, query):
    _login(client)
    response = client.get(f"/staff/?{query}")
    assert response.status_code == 400
    assert "The request was not valid" in response.get_data(as_text=True)


def test_the_edges_of_the_allowed_ranges_still_answer(client):
    _login(client)
    assert client.get("/staff/?since=2000-01-01&until=2100-12-31&page=100000").status_code == 200
    assert client.get("/staff/export.csv?since=2026-11-23&until=2026-11-23").status_code == 200


def test_an_unexpected_error_gets_a_calm_page_and_logs_where_not_what(app, client, monkeypatch, caplog):
    canary = "Canaryname " + secrets.token_hex(4)

    def failing(*_args, **_kwargs):
        raise RuntimeError(f"the database said something about {canary}")

    _login(client)
    app.config.update(TESTING=False, PROPAGATE_EXCEPTIONS=False)
    monkeypatch.setattr("clinic.storage.review.list_for_review", failing)
    response = client.get(f"/staff/?q={canary}")
    assert response.status_code == 500 and "Something went wrong on our side" in response.get_data(as_text=True)
    assert "RuntimeError" in caplog.text and "failing" in caplog.text and canary not in caplog.text


# --- the production server ---------------------------------------------------------------------------------

def _server_env(url=None, **extra):
    env = {k: v for k, v in os.environ.items() if k not in ("STAFF_SECRET_KEY", "CLINIC_ENV")}
    env.update(PYTHONPATH=str(ROOT), **extra)
    if url:
        env["DATABASE_URL"] = url
    return env


def _raw_request(port: int, request_line: bytes) -> None:
    with socket.create_connection(("127.0.0.1", port), timeout=5) as s:
        s.sendall(request_line + b"\r\nHost: 127.0.0.1\r\n\r\n")
        s.recv(1024)


def test_the_server_shows_no_version_and_never_logs_a_search(tmp_path):
    url = f"sqlite:///{tmp_path / 'clinic.db'}"
    upgrade(url)
    engine = make_engine(url)
    with sessionmaker(engine).begin() as db:
        add_staff(db, "nurse", hash_password(PASSWORD), False)
    engine.dispose()
    canary = "Canaryname" + secrets.token_hex(4)
    port, out, err = free_port(), tmp_path / "stdout.log", tmp_path / "stderr.log"
    with open(out, "w") as stdout, open(err, "w") as stderr:
        process = subprocess.Popen(
            [sys.executable, "-m", "staff", "serve", "--port", str(port)], cwd=ROOT, stdout=stdout, stderr=stderr,
            env=_server_env(url, CLINIC_ENV="development", STAFF_INSECURE_COOKIES="1"),
        )
    base = f"http://127.0.0.1:{port}"
    try:
        wait_until_answering(base + "/staff/login", 30, process, err)
        browser = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(http.cookiejar.CookieJar()))
        token = re.search(r'name="csrf_token" value="([^"]+)"',
                          browser.open(base + "/staff/login").read().decode()).group(1)
        form = urllib.parse.urlencode({"username": "nurse", "password": PASSWORD, "csrf_token": token}).encode()
        assert browser.open(base + "/staff/login", data=form).geturl() == base + "/staff/"
        response = browser.open(f"{base}/staff/?q={canary}+Example")
        assert response.status == 200 and "0 handoffs" in response.read().decode()
        server = response.headers.get("Server", "")
        assert "gunicorn" not in server.lower() and "werkzeug" not in server.lower()
        assert not re.search(r"\d", server), server
        # gunicorn names the whole request line when a request is malformed
        _raw_request(port, f"GET /staff/?q={canary}\x01 HTTP/1.1".encode())
        _raw_request(port, f"GET /staff/?q={canary} HTTP/9.9".encode())
    finally:
        process.terminate()
        process.wait(timeout=30)
    logged = out.read_text() + err.read_text()
    assert canary not in logged and PASSWORD not in logged
    assert re.search(r'"GET /staff/" 200 ', out.read_text()), logged


def test_in_production_the_server_will_not_start_without_its_secret(tmp_path):
    done = subprocess.run(
        [sys.executable, "-m", "staff", "serve", "--port", str(free_port())], cwd=ROOT, capture_output=True,
        text=True, timeout=30, env=_server_env(f"sqlite:///{tmp_path / 'clinic.db'}"),
    )
    assert done.returncode != 0
    assert "STAFF_SECRET_KEY" in done.stderr and "Traceback" not in done.stderr
