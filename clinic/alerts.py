"""Alerts to staff when a handoff arrives: an outbox written with the handoff, sent by a worker.

* **Written with the handoff.** `enqueue()` adds an `alerts` row in the caller's transaction (record_handoff,
  a person request on an existing handoff), so a handoff is never stored without its alert, nor an alert without
  its handoff.
* **Sent by a worker** (`python -m clinic alerts`, one process beside the action server): it claims due rows,
  sends each to every configured destination (email through SMTP, a text to the on-call number through the
  same Twilio client code as the SMS channel) and records where it got. A restart loses nothing (the rows
  wait in the database) and sends nothing twice: a destination reached is recorded before the next one is
  tried, and a row another worker holds is skipped (PostgreSQL's `FOR UPDATE SKIP LOCKED`). The one window
  left is a worker killed between an SMTP server's acceptance and the commit that records it: that alert goes
  out again after the restart, which for an urgent handoff is the better mistake.
* **Urgent handoffs re-alert** every `ALERT_REPEAT_MINUTES` (default 10) until a staff member acknowledges them
  in the staff app (or closes them). Transient failures are retried with a growing delay, up to `MAX_ATTEMPTS`.
* **No health details, no visitor data**: an alert says the reference code, whether it is urgent, the kind
  (intake or "talk to a person"), the office and a link to the staff page; never a name, a number, or what
  the visitor wants help with. Errors are logged by type only.

Settings (environment, read once at start):
  ALERT_EMAIL_TO          comma-separated addresses          SMTP_HOST, SMTP_PORT (587), SMTP_SECURITY
  ALERT_EMAIL_FROM        the sender address                   (starttls | ssl | none), SMTP_USERNAME, SMTP_PASSWORD
  ALERT_SMS_TO            the on-call number (E.164)          TWILIO_ACCOUNT_SID, TWILIO_AUTH_TOKEN, TWILIO_NUMBER,
  ALERT_REPEAT_MINUTES    urgent re-alert interval             TWILIO_API_BASE (a stand-in; leave out for Twilio)
  STAFF_BASE_URL          the staff app's address, for the link (e.g. https://clinic.example.org)
In production at least one destination must be set, or the worker refuses to start. In development with none,
alerts are written to var/alerts/ as files (what `make run` does).
"""

from __future__ import annotations

import asyncio
import logging
import os
import smtplib
import ssl
import threading
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from email.message import EmailMessage
from pathlib import Path
from typing import Callable, List, Mapping, Optional, Protocol, Sequence, Tuple

from sqlalchemy import select, update
from sqlalchemy.orm import Session, selectinload, sessionmaker

from clinic.settings import ROOT, InsecureSettingError, development_mode, production_value, setting
from clinic.storage.models import Alert, AlertStatus, Handoff, HandoffStatus

logger = logging.getLogger(__name__)

NEW, REMINDER, PERSON_REQUEST = "new", "reminder", "person_request"
MAX_ATTEMPTS = 8
RETRY_BASE_S = 5.0  # 5 s, 10 s, 20 s ... between attempts at one alert
STALE_CLAIM = timedelta(minutes=2)  # a row "sending" this long belongs to a worker that died
BATCH = 20
DEV_OUTBOX = ROOT / "var" / "alerts"


def utc_now() -> datetime:
    return datetime.now(timezone.utc)


def enqueue(session: Session, handoff: Handoff, reason: str = NEW, due_at: Optional[datetime] = None) -> Alert:
    """An alert about `handoff`, due now (or at `due_at`), in the caller's transaction."""
    alert = Alert(handoff=handoff, reason=reason, urgent=bool(handoff.urgent), status=AlertStatus.PENDING.value,
                  due_at=due_at or utc_now(), attempts=0, delivered_to="")
    session.add(alert)
    return alert


def cancel_reminders(session: Session, handoff: Handoff) -> int:
    """Pending reminders of `handoff` are no longer needed (acknowledged, or closed)."""
    result = session.execute(
        update(Alert).where(Alert.handoff_id == handoff.id, Alert.reason == REMINDER,
                            Alert.status == AlertStatus.PENDING.value)
        .values(status=AlertStatus.CANCELLED.value)
    )
    return int(getattr(result, "rowcount", 0) or 0)


# --- what an alert says ---------------------------------------------------------------------------------

@dataclass(frozen=True)
class AlertMessage:
    subject: str
    body: str
    text: str  # the SMS


def compose(alert: Alert, handoff: Handoff, base_url: str, clinic: str) -> AlertMessage:
    """The alert's words: code, urgency, kind, office and link only (no health details, no visitor data)."""
    office = (handoff.intake.answer("office") if handoff.intake is not None else None) or "no office chosen"
    kind = "asked to talk to a person" if handoff.kind == "person_request" else "finished the intake"
    link = f"{base_url.rstrip('/')}/staff/handoffs/{handoff.reference_code}"
    urgent = "URGENT " if alert.urgent else ""
    if alert.reason == REMINDER:
        what = f"Reminder: urgent handoff {handoff.reference_code} is not acknowledged yet"
    elif alert.reason == PERSON_REQUEST:
        what = f"The visitor of {urgent.lower()}handoff {handoff.reference_code} asked again to talk to a person"
    else:
        what = f"New {urgent.lower()}handoff {handoff.reference_code}: a visitor {kind}"
    subject = f"{'[URGENT] ' if alert.urgent else ''}{clinic}: {what} ({office})"
    lines = [
        f"{what}.",
        f"Office: {office}.",
        "This handoff was flagged urgent: the conversation included a crisis response. Please open it now "
        "and acknowledge it; reminders repeat until someone does." if alert.urgent else
        "Please open it in the staff app.",
        "",
        link,
        "",
        "Details are in the staff app only; this message carries no personal or health information.",
    ]
    text = f"{clinic}: {what} ({office}). {link}"
    if alert.urgent:
        text += " Acknowledge it in the staff app to stop reminders."
    return AlertMessage(subject=subject, body="\n".join(lines), text=text)


# --- where alerts go ------------------------------------------------------------------------------------

class Destination(Protocol):
    name: str

    def send(self, message: AlertMessage) -> None:
        """Deliver or raise."""


@dataclass
class EmailDestination:
    """Email through an SMTP server (STARTTLS by default; "ssl" for port 465; "none" for a local relay)."""

    host: str
    port: int
    sender: str
    recipients: Sequence[str]
    security: str = "starttls"
    username: str = ""
    password: str = ""
    timeout_s: float = 10.0
    name: str = "email"

    def send(self, message: AlertMessage) -> None:
        email = EmailMessage()
        email["From"] = self.sender
        email["To"] = ", ".join(self.recipients)
        email["Subject"] = message.subject
        email.set_content(message.body)
        context = ssl.create_default_context()
        if self.security == "ssl":
            client: smtplib.SMTP = smtplib.SMTP_SSL(self.host, self.port, timeout=self.timeout_s, context=context)
        else:
            client = smtplib.SMTP(self.host, self.port, timeout=self.timeout_s)
        with client:
            if self.security == "starttls":
                client.starttls(context=context)
            if self.username:
                client.login(self.username, self.password)
            client.send_message(email)


@dataclass
class SmsDestination:
    """A text to the on-call number through Twilio (clinic/twilio_sender.py, the SMS channel's own sender)."""

    to: str
    account_sid: str
    auth_token: str
    from_number: str
    api_base: Optional[str] = None
    name: str = "sms"

    def send(self, message: AlertMessage) -> None:
        from clinic.twilio_sender import TwilioSender

        sender = TwilioSender(self.account_sid, self.auth_token, self.from_number, self.api_base, attempts=2,
                              backoff_s=0.2)
        if not asyncio.run(sender.send(self.to, message.text)):
            raise ConnectionError("the on-call text was not accepted")


@dataclass
class FileDestination:
    """Development without SMTP or Twilio settings: each alert becomes a file in var/alerts/."""

    folder: Path = DEV_OUTBOX
    name: str = "file"

    def send(self, message: AlertMessage) -> None:
        self.folder.mkdir(parents=True, exist_ok=True)
        stamp = utc_now().strftime("%Y%m%dT%H%M%S%f")
        (self.folder / f"{stamp}.txt").write_text(f"Subject: {message.subject}\n\n{message.body}\n")


@dataclass(frozen=True)
class AlertSettings:
    destinations: Tuple[Destination, ...]
    base_url: str = "http://localhost:5080"
    repeat: timedelta = timedelta(minutes=10)
    clinic: str = "Renew"

    @classmethod
    def from_env(cls, environ: Optional[Mapping[str, str]] = None, clinic: str = "Renew") -> "AlertSettings":
        env = os.environ if environ is None else environ

        def get(name: str, default: str = "") -> str:
            return setting(name, default, env)

        destinations: List[Destination] = []
        recipients = [a.strip() for a in get("ALERT_EMAIL_TO").split(",") if a.strip()]
        if recipients:
            if not get("SMTP_HOST"):
                raise InsecureSettingError("ALERT_EMAIL_TO is set but SMTP_HOST is not: alerts could not be emailed.")
            security = get("SMTP_SECURITY", "starttls").lower()
            if security not in ("starttls", "ssl", "none"):
                raise ValueError("SMTP_SECURITY must be starttls, ssl or none")
            destinations.append(EmailDestination(
                host=get("SMTP_HOST"), port=int(get("SMTP_PORT", "465" if security == "ssl" else "587")),
                sender=get("ALERT_EMAIL_FROM") or f"alerts@{get('SMTP_HOST')}", recipients=recipients,
                security=security, username=get("SMTP_USERNAME"), password=get("SMTP_PASSWORD"),
            ))
        development = development_mode(env)
        if get("ALERT_SMS_TO"):
            # the SMS channel's rule for the same credential: no missing or shipped value in production
            token = production_value("TWILIO_AUTH_TOKEN", what="the Twilio auth token for on-call texts", environ=env)
            destinations.append(SmsDestination(
                to=get("ALERT_SMS_TO"), account_sid=get("TWILIO_ACCOUNT_SID"), auth_token=token,
                from_number=get("TWILIO_NUMBER"), api_base=get("TWILIO_API_BASE") or None,
            ))
        if not destinations:
            if not development:
                raise InsecureSettingError(
                    "No alert destination is set: set ALERT_EMAIL_TO and SMTP_HOST, or ALERT_SMS_TO, so staff hear "
                    "of new handoffs (or run with CLINIC_ENV=development, where alerts go to var/alerts/).")
            destinations.append(FileDestination())
        base_url = get("STAFF_BASE_URL", "http://localhost:5080")
        if not development and not base_url.startswith("https://"):
            raise InsecureSettingError("STAFF_BASE_URL must be the staff app's https:// address in production.")
        minutes = float(get("ALERT_REPEAT_MINUTES", "10"))
        if minutes <= 0:
            raise ValueError("ALERT_REPEAT_MINUTES must be more than 0")
        return cls(destinations=tuple(destinations), base_url=base_url, repeat=timedelta(minutes=minutes),
                   clinic=clinic)


# --- the worker -----------------------------------------------------------------------------------------

@dataclass
class AlertWorker:
    sessions: "sessionmaker[Session]"
    settings: AlertSettings
    now: Callable[[], datetime] = utc_now
    stopping: threading.Event = field(default_factory=threading.Event)

    def _claim(self) -> List[int]:
        """Due alerts, marked "sending" in one short transaction. Each row is taken by a conditional update
        (`_take`), so of two workers that both saw it pending only one gets it, on any database; PostgreSQL
        also skips rows another worker holds (FOR UPDATE SKIP LOCKED)."""
        now = self.now()
        with self.sessions.begin() as db:
            # a worker that died mid-send left its rows "sending": they are due again (looked for first, so an
            # idle poll only reads and never takes SQLite's write lock)
            stale = (Alert.status == AlertStatus.SENDING.value, Alert.claimed_at < now - STALE_CLAIM)
            if db.scalar(select(Alert.id).where(*stale).limit(1)) is not None:
                db.execute(update(Alert).where(*stale).values(status=AlertStatus.PENDING.value))
            return [alert_id for alert_id in self._due(db, now) if self._take(db, alert_id, now)]

    @staticmethod
    def _due(db: Session, now: datetime) -> List[int]:
        query = (select(Alert.id).where(Alert.status == AlertStatus.PENDING.value, Alert.due_at <= now)
                 .order_by(Alert.urgent.desc(), Alert.due_at, Alert.id).limit(BATCH))
        if db.get_bind().dialect.name == "postgresql":
            query = query.with_for_update(skip_locked=True)
        return list(db.scalars(query).all())

    @staticmethod
    def _take(db: Session, alert_id: int, now: datetime) -> bool:
        """Marks the alert "sending" if it is still pending and due; False when another worker took it."""
        taken = db.execute(
            update(Alert).where(Alert.id == alert_id, Alert.status == AlertStatus.PENDING.value, Alert.due_at <= now)
            .values(status=AlertStatus.SENDING.value, claimed_at=now, attempts=Alert.attempts + 1)
            .execution_options(synchronize_session=False)
        )
        return getattr(taken, "rowcount", 0) == 1

    def run_once(self) -> int:
        """Sends what is due; returns how many alerts were handled."""
        ids = self._claim()
        for alert_id in ids:
            self._deliver(alert_id)
        return len(ids)

    def _deliver(self, alert_id: int) -> None:
        with self.sessions() as db:
            alert = db.get(Alert, alert_id, options=[selectinload(Alert.handoff).selectinload(Handoff.intake)])
            if alert is None:
                return
            handoff = alert.handoff
            if alert.reason == REMINDER and (handoff.acknowledged_at is not None
                                             or handoff.status == HandoffStatus.CLOSED.value):
                alert.status = AlertStatus.CANCELLED.value
                db.commit()
                return
            message = compose(alert, handoff, self.settings.base_url, self.settings.clinic)
            delivered = [d for d in alert.delivered_to.split(",") if d]
            error: Optional[str] = None
            for destination in self.settings.destinations:
                if destination.name in delivered:
                    continue
                try:
                    destination.send(message)
                except Exception as exc:  # SMTP, network, Twilio: recorded by type, retried later
                    error = type(exc).__name__
                    logger.warning("alert %s: sending by %s failed (%s, attempt %s)", alert.id, destination.name,
                                   error, alert.attempts)
                    continue
                delivered.append(destination.name)
                alert.delivered_to = ",".join(delivered)
                db.commit()  # recorded before the next destination: a restart does not send this one again
            now = self.now()
            if error is None:
                alert.status, alert.sent_at, alert.last_error = AlertStatus.SENT.value, now, None
                if alert.urgent and handoff.acknowledged_at is None and handoff.status != HandoffStatus.CLOSED.value:
                    enqueue(db, handoff, REMINDER, due_at=now + self.settings.repeat)
            elif alert.attempts >= MAX_ATTEMPTS:
                alert.status, alert.last_error = AlertStatus.FAILED.value, error
                logger.error("alert %s: gave up after %s attempts (%s)", alert.id, alert.attempts, error)
            else:
                alert.status, alert.last_error = AlertStatus.PENDING.value, error
                alert.due_at = now + timedelta(seconds=RETRY_BASE_S * 2 ** (alert.attempts - 1))
            db.commit()

    def run_forever(self, poll_s: float = 1.0) -> None:
        """Until `stopping` is set: send what is due, then wait `poll_s` (a database error waits and retries)."""
        while not self.stopping.is_set():
            try:
                handled = self.run_once()
            except Exception as exc:  # the database away: nothing is lost, the rows wait
                logger.error("alert worker: %s; retrying", type(exc).__name__)
                handled = 0
            if not handled:
                self.stopping.wait(poll_s)
