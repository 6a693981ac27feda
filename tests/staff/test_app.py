"""The staff review app's routes, through Flask's test client over HTTPS, on a temporary database."""

from __future__ import annotations

import csv
import io
import re
import time
from datetime import datetime, timezone

import pytest

from clinic.storage.db import session_factory
from clinic.storage.handoffs import ConsentInput, HandoffInput, record_handoff
from clinic.storage.models import ConversationMessage
from clinic.storage.migrate import upgrade
from clinic.storage.review import add_staff
from staff import create_app
from staff.auth import hash_password, limiter
from staff.exports import safe_cell

PASSWORD = "correct horse battery"
T0 = datetime(2026, 11, 23, 18, 0, tzinfo=timezone.utc)


def blank_app(tmp_path):
    """The staff app on a new SQLite database at the newest schema, with a nurse and an admin account."""
    url = f"sqlite:///{tmp_path / 'clinic.db'}"
    upgrade(url)
    session_factory.cache_clear()
    app = create_app({"DATABASE_URL": url, "SECRET_KEY": "test", "TESTING": True})
    limiter.reset()
    with app.extensions["sessions"].begin() as db:
        add_staff(db, "nurse", hash_password(PASSWORD), False)
        add_staff(db, "admin", hash_password(PASSWORD), True)
    return app


@pytest.fixture
def app(tmp_path):
    app = blank_app(tmp_path)
    with app.extensions["sessions"].begin() as db:
        for n, (name, urgent, office, channel) in enumerate([
            ("Alex Example", False, "Tustin", "rest"),
            ("<script>alert('x')</script>", True, "Seal Beach", "socketio"),
            ("=HYPERLINK(\"http://evil\")", False, "Tustin", "rest"),
        ]):
            record_handoff(db, HandoffInput(
                conversation_id=f"c{n}", intake_key="k", kind="intake", channel=channel, urgent=urgent,
                answers={"full_name": name, "phone_e164": "+17145550123", "office": office, "seeking_help": "anxiety"},
                consent=ConsentInput(True, "Agreed to be contacted.", "2026-11-23", T0),
            ))
            # what the Rasa server's event broker records
            db.add_all([ConversationMessage(conversation_id=f"c{n}", sender="visitor", text="hello <b>there</b>", sent_at=T0),
                        ConversationMessage(conversation_id=f"c{n}", sender="assistant", text="Hi, how can I help?",
                                            sent_at=T0)])
    yield app
    session_factory.cache_clear()


def _csrf(client, path="/staff/login"):
    page = client.get(path).get_data(as_text=True)
    return re.search(r'name="csrf_token" value="([^"]+)"', page).group(1)


def _login(client, user="nurse", password=PASSWORD):
    return client.post("/staff/login", data={"username": user, "password": password, "csrf_token": _csrf(client)})


def _code(app, name):
    from sqlalchemy import select

    from clinic.storage.models import Handoff, IntakeAnswers

    with app.extensions["sessions"]() as db:
        return db.scalar(select(Handoff.reference_code).join(IntakeAnswers).where(IntakeAnswers.full_name == name))


@pytest.mark.parametrize("path", ["/staff/", "/staff/handoffs/ABC234", "/staff/export.csv", "/staff/audit",
                                  "/staff/insights", "/staff/insights/unanswered.csv", "/staff/conversations/web:x",
                                  "/staff/handoffs/new-since/1"])
def test_every_page_refuses_an_anonymous_request(client, path):
    response = client.get(path)
    assert response.status_code == 302 and "/staff/login" in response.headers["Location"]


@pytest.mark.parametrize("path", ["/staff/handoffs/ABC234/status", "/staff/handoffs/ABC234/notes", "/staff/logout",
                                  "/staff/handoffs/ABC234/acknowledge", "/staff/handoffs/ABC234/assign",
                                  "/staff/handoffs/ABC234/contact"])
def test_every_form_refuses_an_anonymous_post(client, path):
    """With a valid CSRF token (the sign-in page gives one), what stops the post is that nobody signed in."""
    response = client.post(path, data={"csrf_token": _csrf(client)})
    assert response.status_code == 302 and "/staff/login" in response.headers["Location"]


def test_login_failure_and_no_default_account(client):
    assert _login(client, "nurse", "wrong password").status_code == 401
    assert _login(client, "admin", "admin").status_code == 401
    assert client.get("/staff/").status_code == 302


def test_a_post_without_a_csrf_token_is_refused(client):
    assert client.post("/staff/login", data={"username": "nurse", "password": PASSWORD}).status_code == 400
    _login(client)
    assert client.post("/staff/logout", data={}).status_code == 400


def test_session_cookie_flags(client):
    response = _login(client)
    cookie = response.headers["Set-Cookie"]
    assert "Secure" in cookie and "HttpOnly" in cookie and "SameSite=Strict" in cookie


def test_login_attempts_are_rate_limited(client):
    codes = [_login(client, "nurse", f"wrong {i}").status_code for i in range(7)]
    assert codes[:5] == [401] * 5 and 429 in codes[5:]


def test_behind_a_proxy_each_address_has_its_own_sign_in_limit(app):
    """With STAFF_PROXIES_COUNT=1 (`make cluster`'s nginx in front), the limit per address counts the address
    the proxy reports, not the proxy's own: one stranger's failures do not lock the whole office out."""
    proxied = create_app({"DATABASE_URL": app.config["DATABASE_URL"], "SECRET_KEY": "test", "TESTING": True,
                          "PROXIES_COUNT": 1, "LOGIN_LIMIT_PER_ADDRESS": "2 per 10 minutes"})

    def sign_in(address, user, password):
        client = proxied.test_client()
        client.environ_base.update({"wsgi.url_scheme": "https", "HTTP_X_FORWARDED_FOR": address})
        return _login(client, user, password).status_code

    assert [sign_in("203.0.113.9", f"guess{i}", "wrong") for i in range(3)] == [401, 401, 429]
    assert sign_in("198.51.100.4", "nurse", PASSWORD) == 302  # another address behind the same proxy


def test_the_list_pins_urgent_and_counts_statuses(client):
    _login(client)
    page = client.get("/staff/").get_data(as_text=True)
    assert page.index("URGENT") < page.index("Alex Example")
    assert "new: <strong>3</strong>" in page
    assert "<script>alert" not in page and "&lt;script&gt;" in page


def test_filters_and_search(client, app):
    _login(client)
    assert "Alex Example" not in client.get("/staff/?office=Seal+Beach").get_data(as_text=True)
    assert "Alex Example" in client.get("/staff/?q=alex").get_data(as_text=True)
    code = _code(app, "Alex Example")
    found = client.get(f"/staff/?q={code.lower()}").get_data(as_text=True)
    assert "1 handoff" in found
    assert "Alex Example" not in client.get("/staff/?channel=socketio").get_data(as_text=True)
    assert "0 handoffs" in client.get("/staff/?since=2099-01-01").get_data(as_text=True)


def test_a_handoff_shows_intake_consent_and_transcript_as_text(client, app):
    _login(client)
    page = client.get(f"/staff/handoffs/{_code(app, 'Alex Example')}").get_data(as_text=True)
    assert "+17145550123" in page and "Agreed to be contacted." in page and "2026-11-23" in page
    assert "hello &lt;b&gt;there&lt;/b&gt;" in page and "Hi, how can I help?" in page


def test_a_missing_handoff_is_a_404(client):
    _login(client)
    assert client.get("/staff/handoffs/NOPE99").status_code == 404
    token = _csrf(client, "/staff/")
    assert client.post("/staff/handoffs/NOPE99/status", data={"status": "closed", "csrf_token": token}).status_code == 404


def test_status_changes_and_notes_record_who_and_when(client, app):
    _login(client)
    code = _code(app, "Alex Example")
    token = _csrf(client, f"/staff/handoffs/{code}")
    client.post(f"/staff/handoffs/{code}/status", data={"status": "contacted", "csrf_token": token})
    client.post(f"/staff/handoffs/{code}/notes", data={"note": "Left a voicemail.", "csrf_token": token})
    page = client.get(f"/staff/handoffs/{code}").get_data(as_text=True)
    assert "status new → contacted" in page and "nurse" in page and "Left a voicemail." in page
    assert client.post(f"/staff/handoffs/{code}/status", data={"status": "bogus", "csrf_token": token}).status_code == 400


def test_the_export_neutralises_formulas_and_follows_filters(client):
    _login(client)
    body = client.get("/staff/export.csv?office=Tustin").get_data(as_text=True)
    rows = list(csv.reader(io.StringIO(body)))
    names = [r[6] for r in rows[1:]]
    assert len(rows) == 3 and "Alex Example" in names
    assert any(n.startswith("'=HYPERLINK") for n in names)
    assert safe_cell("+1714") == "'+1714" and safe_cell("plain") == "plain" and safe_cell(None) == ""


def test_the_audit_log_is_for_admins_and_records_views_exports_and_changes(client, app):
    _login(client)
    code = _code(app, "Alex Example")
    client.get(f"/staff/handoffs/{code}")
    client.get("/staff/export.csv")
    assert client.get("/staff/audit").status_code == 403
    client.post("/staff/logout", data={"csrf_token": _csrf(client, "/staff/")})
    _login(client, "admin")
    page = client.get("/staff/audit").get_data(as_text=True)
    assert page.count("nurse") >= 3 and "view" in page and "export" in page


def test_a_session_expires_after_inactivity(client, app, monkeypatch):
    _login(client)
    assert client.get("/staff/").status_code == 200
    later = time.time() + app.config["INACTIVITY_MINUTES"] * 60 + 5
    monkeypatch.setattr("staff.auth._now", lambda: later)  # the server-side idle check, not the cookie
    response = client.get("/staff/")
    assert response.status_code == 302 and "expired=1" in response.headers["Location"]


def test_logout_ends_the_session(client):
    _login(client)
    client.post("/staff/logout", data={"csrf_token": _csrf(client, "/staff/")})
    assert client.get("/staff/").status_code == 302


def test_accounts_are_created_from_the_command_line_with_a_real_password(tmp_path, monkeypatch, capsys):
    import io as _io

    from staff.__main__ import main

    url = f"sqlite:///{tmp_path / 'cli.db'}"
    upgrade(url)
    monkeypatch.setenv("DATABASE_URL", url)
    session_factory.cache_clear()
    monkeypatch.setattr("sys.stdin", _io.StringIO("short\n"))
    assert main(["add-user", "kim"]) == 1
    monkeypatch.setattr("sys.stdin", _io.StringIO(PASSWORD + "\n"))
    assert main(["add-user", "kim", "--admin"]) == 0
    monkeypatch.setattr("sys.stdin", _io.StringIO(PASSWORD + "\n"))
    assert main(["add-user", "kim"]) == 1
    from clinic.storage.review import find_staff

    with session_factory()() as db:
        user = find_staff(db, "kim")
        assert user.is_admin and user.password_hash.startswith("$argon2") and PASSWORD not in user.password_hash
    session_factory.cache_clear()


def test_activity_keeps_a_session_alive_and_is_recorded_at_most_once_a_minute(client, app, monkeypatch):
    from sqlalchemy import select

    from clinic.storage.models import StaffSession

    def last_seen():
        with app.extensions["sessions"]() as db:
            return db.scalar(select(StaffSession.last_seen_at))

    _login(client)
    signed_in, first = time.time(), last_seen()
    idle = app.config["INACTIVITY_MINUTES"] * 60
    for later in (20, idle * 0.6, idle * 1.2, idle * 1.8):  # each step is within the limit of the one before
        monkeypatch.setattr("staff.auth._now", lambda later=later: signed_in + later)
        assert client.get("/staff/").status_code == 200
        if later == 20:
            assert last_seen() == first  # no write for a request within the minute
    assert last_seen() > first


def test_the_secret_key_follows_the_clinic_settings(tmp_path, monkeypatch):
    from clinic.settings import InsecureSettingError

    url = f"sqlite:///{tmp_path / 'clinic.db'}"
    monkeypatch.setattr("clinic.settings.DEV_SECRETS_DIR", tmp_path / "secrets")
    monkeypatch.delenv("STAFF_SECRET_KEY", raising=False)
    monkeypatch.delenv("CLINIC_ENV", raising=False)
    with pytest.raises(InsecureSettingError, match="STAFF_SECRET_KEY"):
        create_app({"DATABASE_URL": url})
    monkeypatch.setenv("STAFF_SECRET_KEY", "test")
    with pytest.raises(InsecureSettingError, match="STAFF_SECRET_KEY"):
        create_app({"DATABASE_URL": url})
    monkeypatch.setenv("STAFF_SECRET_KEY", "k" * 40)
    assert create_app({"DATABASE_URL": url}).config["SECRET_KEY"] == "k" * 40
    monkeypatch.delenv("STAFF_SECRET_KEY")
    monkeypatch.setenv("CLINIC_ENV", "development")
    first, second = (create_app({"DATABASE_URL": url}).config["SECRET_KEY"] for _ in range(2))
    assert first == second == (tmp_path / "secrets" / "staff_secret_key").read_text().strip()
    session_factory.cache_clear()


def test_one_tap_contact_and_phone_search_by_any_digits(client, app):
    _login(client)
    for typed in ("555-0123", "(714) 555 0123", "7145550123"):
        assert "3 handoffs" in client.get("/staff/", query_string={"q": typed}).get_data(as_text=True), typed
    assert "0 handoffs" in client.get("/staff/?q=555-9876").get_data(as_text=True)
    listing = client.get("/staff/").get_data(as_text=True)
    assert 'href="tel:+17145550123"' in listing and "(714) 555-0123" in listing
    page = client.get(f"/staff/handoffs/{_code(app, 'Alex Example')}").get_data(as_text=True)
    assert 'href="tel:+17145550123"' in page and 'href="sms:+17145550123"' in page


def test_phone_numbers_reach_the_csv_without_a_quote_but_formulas_still_get_one(client):
    _login(client)
    rows = list(csv.reader(io.StringIO(client.get("/staff/export.csv").get_data(as_text=True))))
    assert {r[rows[0].index("phone")] for r in rows[1:]} == {"+17145550123"}
    assert safe_cell("+17145550123") == "+17145550123"
    for risky in ("+cmd|' /C calc'!A0", "+1714555012345678901", "=1+1", "-2+3"):
        assert safe_cell(risky).startswith("'"), risky


def _post(client, code, action, **data):
    token = _csrf(client, f"/staff/handoffs/{code}")
    return client.post(f"/staff/handoffs/{code}/{action}", data={**data, "csrf_token": token})


def test_claiming_assigning_and_the_mine_and_unassigned_views(client, app):
    _login(client)
    code = _code(app, "Alex Example")
    _post(client, code, "assign", owner="me")
    assert "Alex Example" in client.get("/staff/?owner=mine").get_data(as_text=True)
    assert "Alex Example" not in client.get("/staff/?owner=unassigned").get_data(as_text=True)
    page = client.get(f"/staff/handoffs/{code}").get_data(as_text=True)
    assert "owner <strong>nurse</strong>" in page and "Claimed it." in page
    with app.extensions["sessions"]() as db:
        from clinic.storage.review import find_staff
        admin_id = find_staff(db, "admin").id
    _post(client, code, "assign", owner=str(admin_id))
    assert "Alex Example" not in client.get("/staff/?owner=mine").get_data(as_text=True)
    assert "Assigned to admin." in client.get(f"/staff/handoffs/{code}").get_data(as_text=True)
    assert _post(client, code, "assign", owner="999999").status_code == 400
    assert _post(client, code, "assign", owner="drop table").status_code == 400
    assert client.get("/staff/?owner=everyone").status_code == 400


def test_contact_attempts_are_logged_with_their_time(client, app):
    _login(client)
    code = _code(app, "Alex Example")
    _post(client, code, "contact", outcome="voicemail", note="asked her to call back")
    page = client.get(f"/staff/handoffs/{code}").get_data(as_text=True)
    assert "contact attempt: Called: left a voicemail. asked her to call back" in page
    assert _post(client, code, "contact", outcome="teleported").status_code == 400


def test_acknowledging_an_urgent_handoff_stops_its_reminders_and_is_shown(client, app):
    from sqlalchemy import select

    from clinic.storage.models import Alert

    _login(client)
    code = _code(app, "<script>alert('x')</script>")
    page = client.get(f"/staff/handoffs/{code}").get_data(as_text=True)
    button = f'action="/staff/handoffs/{code}/acknowledge"'
    assert button in page and "New handoff (urgent): due" in page
    with app.extensions["sessions"].begin() as db:  # a reminder is waiting (what the worker leaves)
        alert = db.scalar(select(Alert).where(Alert.urgent.is_(True)))
        db.add(Alert(handoff_id=alert.handoff_id, reason="reminder", urgent=True, status="pending",
                     due_at=T0, attempts=0, delivered_to=""))
    _post(client, code, "acknowledge")
    page = client.get(f"/staff/handoffs/{code}").get_data(as_text=True)
    assert "Acknowledged by nurse on" in page and button not in page
    assert "Reminder (urgent): not needed" in page
    _post(client, code, "acknowledge")
    assert "Someone acknowledged it already." in client.get(f"/staff/handoffs/{code}").get_data(as_text=True)
    with app.extensions["sessions"]() as db:
        assert db.scalar(select(Alert.status).where(Alert.reason == "reminder")) == "cancelled"


def test_a_closed_urgent_handoff_is_no_longer_pinned(client, app):
    _login(client)
    code = _code(app, "<script>alert('x')</script>")
    _post(client, code, "status", status="closed")
    page = client.get("/staff/").get_data(as_text=True)
    # no longer on top: newest first, like the rest
    assert "(was urgent)" in page and page.index("=HYPERLINK") < page.index("&lt;script&gt;")
    assert 'class="urgent"' not in page


def test_the_transcript_marks_the_message_that_raised_the_flag_and_shows_button_titles(client, app):
    import json

    code = _code(app, "Alex Example")
    with app.extensions["sessions"].begin() as db:
        db.add_all([
            ConversationMessage(conversation_id="c0", sender="visitor", text="[button: greet]", sent_at=T0),
            ConversationMessage(conversation_id="c0", sender="assistant", text="Would you like to book?",
                                sent_at=T0, buttons=json.dumps([{"title": "Yes, book it", "payload": "/affirm"}])),
            ConversationMessage(conversation_id="c0", sender="visitor", text="[button: affirm]", sent_at=T0),
            ConversationMessage(conversation_id="c0", sender="visitor", text="i cant go on", sent_at=T0),
            ConversationMessage(conversation_id="c0", sender="assistant", text="Please call or text 988",
                                sent_at=T0, response="utter_crisis"),
        ])
    _login(client)
    page = client.get(f"/staff/handoffs/{code}").get_data(as_text=True)
    assert "<em>Tapped:</em> “Yes, book it”" in page and "[button:" not in page
    assert "(opened the chat)" in page  # the widget's own greeting payload is no click
    marked = page[page.index('raised-urgent'):]
    assert "This message raised the urgent flag" in marked and marked.index("i cant go on") < marked.index("988")
    assert page.count("This message raised the urgent flag") == 1


def test_times_are_in_the_clinics_time_zone_with_dates_and_channels_in_plain_words(client, app):
    _login(client)
    listing = client.get("/staff/").get_data(as_text=True)
    assert "Website chat" in listing and "socketio" not in listing.split("<tbody>")[1]
    page = client.get(f"/staff/handoffs/{_code(app, 'Alex Example')}").get_data(as_text=True)
    # 18:00 UTC on Nov 23 is 10:00 AM in California (PST)
    assert "Mon Nov 23, 2026, 10:00:00 AM PST" in page and "UTC" not in page


def test_each_handoff_shows_the_visitors_language_so_the_right_person_calls_back(client, app):
    with app.extensions["sessions"].begin() as db:
        record_handoff(db, HandoffInput(
            conversation_id="es1", intake_key="k", kind="intake", channel="twilio", language="es",
            answers={"full_name": "Rosa Ejemplo", "phone_e164": "+17145550124", "office": "Tustin"},
            consent=ConsentInput(True, "Agreed to be contacted.", "2026-11-23", T0)))
    _login(client)
    row = next(r for r in client.get("/staff/").get_data(as_text=True).split("<tr") if "Rosa Ejemplo" in r)
    assert "Spanish (Español)" in row
    assert "Spanish (Español)" in client.get(f"/staff/handoffs/{_code(app, 'Rosa Ejemplo')}").get_data(as_text=True)
    english = client.get(f"/staff/handoffs/{_code(app, 'Alex Example')}").get_data(as_text=True)
    assert "<strong>English</strong>" in english and "Español" not in english


def test_the_note_form_comes_before_the_transcript_and_a_print_stylesheet_is_linked(client, app):
    _login(client)
    page = client.get(f"/staff/handoffs/{_code(app, 'Alex Example')}").get_data(as_text=True)
    assert page.index('id="note"') < page.index('class="transcript"')
    assert 'print.css" media="print"' in page
    assert client.get("/static/print.css").status_code == 200


def test_the_audit_log_names_handoffs_by_code_with_a_link(client, app):
    _login(client)
    code = _code(app, "Alex Example")
    client.get(f"/staff/handoffs/{code}")
    client.post("/staff/logout", data={"csrf_token": _csrf(client, "/staff/")})
    _login(client, "admin")
    page = client.get("/staff/audit").get_data(as_text=True)
    assert f'<a href="/staff/handoffs/{code}">{code}</a>' in page


def test_the_list_learns_of_handoffs_that_arrived_after_it_was_loaded(client, app):
    _login(client)
    page = client.get("/staff/").get_data(as_text=True)
    url = re.search(r'data-url="([^"]+)"', page).group(1)
    assert client.get(url).get_json() == {"new": 0, "urgent": 0}
    with app.extensions["sessions"].begin() as db:
        for n, urgent in enumerate((True, False)):
            record_handoff(db, HandoffInput(conversation_id=f"later{n}", intake_key="k", kind="intake",
                                            channel="twilio", urgent=urgent))
    assert client.get(url).get_json() == {"new": 2, "urgent": 1}
    assert client.get("/staff/handoffs/new-since/abc").status_code == 404
