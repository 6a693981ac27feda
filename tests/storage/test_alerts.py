"""Staff alerts (clinic/alerts.py) on SQLite and PostgreSQL: written with the handoff, sent by the worker to a
local SMTP server (aiosmtpd) and to the Twilio stand-in, urgent ones repeated until acknowledged, nothing
lost or sent twice across failures, restarts and two workers at once, and no personal data in any alert."""

from __future__ import annotations

import threading
from datetime import datetime, timedelta, timezone
from email import message_from_bytes
from typing import List

import pytest
from aiosmtpd.controller import Controller
from sqlalchemy import func, select

from clinic import alerts
from clinic.alerts import AlertSettings, AlertWorker, EmailDestination, SmsDestination
from clinic.settings import InsecureSettingError
from clinic.storage.handoffs import get_by_code, note_person_request, record_handoff
from clinic.storage.models import Alert, AlertStatus, Handoff
from testbed.ports import free_port
from testbed.twilio_standin import ACCOUNT_SID, AUTH_TOKEN, CLINIC_NUMBER
from tests.storage.test_handoffs import _input

ON_CALL = "+17145550177"
BASE = "https://staff.example.org"


class Inbox:
    """An aiosmtpd handler keeping every message it accepts; `refuse` makes the next ones fail (a 451)."""

    def __init__(self) -> None:
        self.messages: List = []
        self.refuse = 0

    async def handle_DATA(self, server, session, envelope):
        if self.refuse:
            self.refuse -= 1
            return "451 try again later"
        self.messages.append(message_from_bytes(envelope.content))
        return "250 OK"


@pytest.fixture
def inbox():
    handler = Inbox()
    controller = Controller(handler, hostname="127.0.0.1", port=free_port())
    controller.start()
    handler.port = controller.port
    yield handler
    controller.stop()


class Clock:
    def __init__(self) -> None:
        self.now = datetime.now(timezone.utc)

    def __call__(self) -> datetime:
        return self.now


def _settings(inbox, standin=None, repeat_minutes=10):
    destinations = [EmailDestination(host="127.0.0.1", port=inbox.port, sender="alerts@clinic.example",
                                     recipients=["coordinator@clinic.example"], security="none")]
    if standin is not None:
        destinations.append(SmsDestination(to=ON_CALL, account_sid=ACCOUNT_SID, auth_token=AUTH_TOKEN,
                                           from_number=CLINIC_NUMBER, api_base=standin.url))
    return AlertSettings(destinations=tuple(destinations), base_url=BASE, repeat=timedelta(minutes=repeat_minutes))


def _handoff(sessions, urgent=False, conversation="conv-1"):
    with sessions.begin() as db:
        handoff, _ = record_handoff(db, _input(conversation=conversation, urgent=urgent))
        return handoff.reference_code


def _alerts(sessions) -> List[Alert]:
    with sessions() as db:
        return list(db.scalars(select(Alert).order_by(Alert.id)))


def test_a_handoff_is_written_with_its_alert_and_a_failed_transaction_leaves_neither(sessions):
    code = _handoff(sessions)
    [alert] = _alerts(sessions)
    assert (alert.reason, alert.status, alert.urgent) == ("new", "pending", False)
    with pytest.raises(RuntimeError):
        with sessions.begin() as db:
            record_handoff(db, _input(conversation="conv-2"))
            raise RuntimeError("the database connection dropped before the commit")
    assert len(_alerts(sessions)) == 1
    with sessions.begin() as db:  # a retried write of the same intake: the same handoff, no second alert
        handoff, created = record_handoff(db, _input())
    assert not created and handoff.reference_code == code and len(_alerts(sessions)) == 1


def test_an_alert_reaches_email_and_the_on_call_phone_with_no_personal_or_health_details(sessions, inbox,
                                                                                        twilio_standin):
    code = _handoff(sessions)
    before = len(twilio_standin.messages(to=ON_CALL))
    assert AlertWorker(sessions, _settings(inbox, twilio_standin)).run_once() == 1
    [email] = inbox.messages
    body = email.get_payload()
    texts = twilio_standin.messages(to=ON_CALL)[before:]
    assert len(texts) == 1
    for words in (email["Subject"] + body, texts[0]["body"]):
        assert code in words and "Tustin" in words and f"{BASE}/staff/handoffs/{code}" in words
        for personal in ("Alex", "Example", "555", "0123", "alex@", "depression", "low for months", "evening"):
            assert personal not in words, personal
    [alert] = _alerts(sessions)
    assert alert.status == "sent" and alert.delivered_to == "email,sms" and alert.sent_at is not None
    assert AlertWorker(sessions, _settings(inbox, twilio_standin)).run_once() == 0  # nothing twice
    assert len(inbox.messages) == 1


def test_urgent_handoffs_re_alert_until_acknowledged(sessions, inbox):
    code = _handoff(sessions, urgent=True)
    clock = Clock()
    worker = AlertWorker(sessions, _settings(inbox, repeat_minutes=10), now=clock)
    worker.run_once()
    assert inbox.messages[0]["Subject"].startswith("[URGENT]")
    clock.now += timedelta(minutes=9)
    assert worker.run_once() == 0  # not due yet
    clock.now += timedelta(minutes=2)
    assert worker.run_once() == 1 and "Reminder" in inbox.messages[1]["Subject"]
    with sessions.begin() as db:  # a staff member acknowledges it (what the staff app does)
        handoff = get_by_code(db, code)
        handoff.acknowledged_at = clock.now
        alerts.cancel_reminders(db, handoff)
    clock.now += timedelta(minutes=30)
    assert worker.run_once() == 0 and len(inbox.messages) == 2
    assert [a.status for a in _alerts(sessions)] == ["sent", "sent", "cancelled"]


def test_a_non_urgent_handoff_alerts_once(sessions, inbox):
    _handoff(sessions)
    clock = Clock()
    worker = AlertWorker(sessions, _settings(inbox), now=clock)
    worker.run_once()
    clock.now += timedelta(hours=3)
    assert worker.run_once() == 0 and len(inbox.messages) == 1


def test_a_failed_destination_is_retried_alone_and_the_reached_one_is_not_sent_again(sessions, inbox, twilio_standin):
    _handoff(sessions)
    clock = Clock()
    worker = AlertWorker(sessions, _settings(inbox, twilio_standin), now=clock)
    before = len(twilio_standin.messages(to=ON_CALL))
    twilio_standin.fail_next(2)  # the on-call text fails (both of the sender's own tries)
    worker.run_once()
    [alert] = _alerts(sessions)
    assert (alert.status, alert.delivered_to, alert.last_error) == ("pending", "email", "ConnectionError")
    assert worker.run_once() == 0  # waits before the next attempt
    clock.now += timedelta(seconds=alerts.RETRY_BASE_S + 1)
    worker.run_once()
    [alert] = _alerts(sessions)
    assert (alert.status, alert.delivered_to) == ("sent", "email,sms")
    assert len(inbox.messages) == 1 and len(twilio_standin.messages(to=ON_CALL)) == before + 1


def test_an_smtp_server_that_refuses_gets_the_alert_later(sessions, inbox):
    _handoff(sessions)
    clock = Clock()
    worker = AlertWorker(sessions, _settings(inbox), now=clock)
    inbox.refuse = 1
    worker.run_once()
    assert _alerts(sessions)[0].status == "pending" and not inbox.messages
    clock.now += timedelta(minutes=1)
    worker.run_once()
    assert _alerts(sessions)[0].status == "sent" and len(inbox.messages) == 1


def test_an_alert_a_dead_worker_held_is_sent_after_the_restart(sessions, inbox):
    _handoff(sessions)
    clock = Clock()
    with sessions.begin() as db:  # a worker claimed it and died before sending
        alert = db.scalar(select(Alert))
        alert.status, alert.claimed_at, alert.attempts = AlertStatus.SENDING.value, clock.now, 1
    worker = AlertWorker(sessions, _settings(inbox), now=clock)
    assert worker.run_once() == 0  # still held, for a while
    clock.now += alerts.STALE_CLAIM + timedelta(seconds=1)
    assert worker.run_once() == 1 and len(inbox.messages) == 1


def test_two_workers_at_once_send_each_alert_once(sessions, inbox):
    for n in range(30):
        _handoff(sessions, conversation=f"conv-{n}")
    workers = [AlertWorker(sessions, _settings(inbox)) for _ in range(2)]
    start = threading.Barrier(2)

    def work(worker):
        for _ in range(6):
            start.wait()  # both look at the outbox at the same moment, every round
            worker.run_once()

    threads = [threading.Thread(target=work, args=(w,)) for w in workers]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    subjects = [m["Subject"] for m in inbox.messages]
    assert len(subjects) == 30 and len(set(subjects)) == 30
    assert {a.status for a in _alerts(sessions)} == {"sent"}


def test_an_alert_two_workers_both_saw_pending_is_taken_by_one(sessions, inbox):
    """The race itself, step by step: B has read the outbox, A takes the alert and sends it, then B tries."""
    _handoff(sessions)
    a, b = (AlertWorker(sessions, _settings(inbox)) for _ in range(2))
    with sessions() as db:
        seen_by_b = AlertWorker._due(db, b.now())
    assert len(seen_by_b) == 1 and a.run_once() == 1
    with sessions.begin() as db:
        assert not AlertWorker._take(db, seen_by_b[0], b.now())
    assert len(inbox.messages) == 1


def test_a_person_request_on_an_existing_handoff_alerts_and_after_a_crisis_makes_it_urgent(sessions):
    code = _handoff(sessions)
    with sessions.begin() as db:
        note_person_request(db, "conv-1", urgent=True)
    with sessions() as db:
        assert get_by_code(db, code).urgent
        assert db.scalar(select(func.count()).select_from(Alert).where(Alert.reason == "person_request",
                                                                       Alert.urgent.is_(True))) == 1
        assert db.scalar(select(func.count()).select_from(Handoff)) == 1


def test_settings_refuse_production_without_a_destination_or_an_https_link():
    with pytest.raises(InsecureSettingError, match="ALERT_EMAIL_TO"):
        AlertSettings.from_env({})
    with pytest.raises(InsecureSettingError, match="SMTP_HOST"):
        AlertSettings.from_env({"ALERT_EMAIL_TO": "a@clinic.example"})
    with pytest.raises(InsecureSettingError, match="STAFF_BASE_URL"):
        AlertSettings.from_env({"ALERT_EMAIL_TO": "a@clinic.example", "SMTP_HOST": "smtp.clinic.example"})
    with pytest.raises(InsecureSettingError, match="TWILIO_AUTH_TOKEN"):
        AlertSettings.from_env({"ALERT_SMS_TO": ON_CALL, "TWILIO_AUTH_TOKEN": AUTH_TOKEN,
                                "STAFF_BASE_URL": BASE})
    made = AlertSettings.from_env({"ALERT_EMAIL_TO": "a@clinic.example, b@clinic.example", "SMTP_HOST": "smtp.x",
                                   "STAFF_BASE_URL": BASE, "ALERT_REPEAT_MINUTES": "5"})
    assert made.destinations[0].recipients == ["a@clinic.example", "b@clinic.example"]
    assert made.destinations[0].port == 587 and made.repeat == timedelta(minutes=5)
    development = AlertSettings.from_env({"CLINIC_ENV": "development"})
    assert [d.name for d in development.destinations] == ["file"]
