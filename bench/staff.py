"""Staff app benchmark (run by `make bench` with the action-server environment, or
`.venv/actions/bin/python -m bench.staff`): page times through HTTP with 10,000 handoffs and 200,000
conversation messages in the database, and how soon an alert leaves after a handoff.

Seeds a temporary SQLite database with 10,000 handoffs over the last 90 days (each with answers, consent, a
status event and a 12-message transcript whose messages carry intents, confidences and responses as the
event broker writes them) and 20,000 conversations of 4 messages that never became a handoff: 200,000
messages. Starts `python -m staff serve`, signs in, and times the handoff list (plain, mine, filtered,
searched by name and by phone digits), handoff pages and the insights page (30 and 90 days), 200 requests
each (50 for insights), one at a time. Target: p95 <= 150 ms. The insights page counts its figures at most
once a minute, so its figures are also timed counted afresh each time (in this process, 20 times a period).

Then the alert worker (`python -m clinic alerts`) runs against a local SMTP server (aiosmtpd) while 40
handoffs are written one after another, as the action server writes them: the time from each handoff's
commit to its email's arrival. Target: p95 <= 5 s.
"""

from __future__ import annotations

import http.client
import json
import os
import random
import re
import subprocess
import sys
import tempfile
import time
import urllib.parse
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Dict, List, Tuple

from bench.common import percentile
from testbed.ports import free_port

ROOT = Path(__file__).resolve().parents[1]
HANDOFFS = 10_000
OTHER_CONVERSATIONS = 20_000  # 4 messages each: with the handoffs' 12 each, 200,000 messages
REQUESTS = 200
INSIGHTS_REQUESTS = 50
TARGET_P95_MS = 150.0
ALERTS = 40
TARGET_ALERT_P95_S = 5.0
FAQ = ["utter_faq_how_it_works", "utter_faq_side_effects", "utter_faq_safety", "utter_faq_why_therapy",
       "utter_faq_chronic_pain", "utter_faq_treatment_course", "utter_faq_consultation"]
PASSWORD = "benchmark password 1"


def _turns(rng: random.Random, conversation: str, when: datetime, turns: int) -> List[Dict[str, object]]:
    """A conversation's messages as the event broker writes them: mostly answered, some unsure, a few crises."""
    rows: List[Dict[str, object]] = []
    for turn in range(turns):
        at = when + timedelta(seconds=30 * turn)
        roll = rng.random()
        if roll < 0.08:
            intent, confidence, response = "nlu_fallback", 0.4, rng.choice(["utter_fallback", "utter_clarify_two"])
        elif roll < 0.12:
            intent, confidence, response = "faq_safety", 0.5, "utter_faq_safety"
        elif roll < 0.125:
            intent, confidence, response = "crisis", 0.97, "utter_crisis"
        else:
            response = rng.choice(FAQ)
            intent, confidence = response[len("utter_"):], 0.95
        words = rng.choice(["how does", "is it", "what about", "can it help", "do you take", "how long"])
        rows.append(dict(conversation_id=conversation, sender="visitor", sent_at=at, intent=intent,
                         confidence=confidence, text=f"{words} question {rng.randrange(500)}"))
        rows.append(dict(conversation_id=conversation, sender="assistant", sent_at=at, text="an answer",
                         response=response))
    return rows


def seed(url: str) -> List[str]:
    from clinic.storage.db import make_engine
    from clinic.storage.handoffs import reference_code
    from clinic.storage.migrate import upgrade
    from clinic.storage.models import (
        Consent, ConversationMessage, ConversationSummary, Handoff, HandoffEvent, IntakeAnswers,
    )
    from clinic.storage.transcript import write_messages
    from clinic.storage.review import add_staff
    from sqlalchemy.orm import Session
    from staff.auth import hash_password

    upgrade(url)
    engine = make_engine(url)
    rng = random.Random(7)
    start = datetime.now(timezone.utc) - timedelta(days=90)
    span = timedelta(days=90).total_seconds()
    codes = []
    offices = ["Tustin", "San Juan Capistrano", "Seal Beach"]
    tables = (ConversationMessage.__table__, ConversationSummary.__table__)
    with Session(engine) as db, db.begin():
        bench = add_staff(db, "bench", hash_password(PASSWORD), True)
        for n in range(HANDOFFS):
            created = start + timedelta(seconds=span * n / HANDOFFS)
            code = reference_code(f"web:bench-{n}", "k")
            codes.append(code)
            status = rng.choice(["new", "contacted", "scheduled", "closed"])
            h = Handoff(reference_code=code, conversation_id=f"web:bench-{n}", intake_key="k", kind="intake",
                        channel=rng.choice(["rest", "socketio", "twilio"]), urgent=rng.random() < 0.02,
                        status=status, created_at=created, updated_at=created,
                        assigned_to_id=bench.id if rng.random() < 0.3 else None)
            h.intake = IntakeAnswers(full_name=f"Visitor {n:05d}", phone_e164=f"+1714555{n % 10000:04d}",
                                     office=rng.choice(offices), seeking_help="depression", contact_method="text",
                                     contact_time="evening", is_adult=True)
            h.consent = Consent(agreed=True, statement="Agreed to be contacted.", disclaimer_version="2026-11-23",
                                agreed_at=created)
            db.add(h)
            write_messages(db.connection(), *tables, _turns(rng, f"web:bench-{n}", created - timedelta(minutes=10), 6))
            if status != "new":
                db.flush()
                db.add(HandoffEvent(handoff_id=h.id, staff_id=bench.id, kind="status", old_status="new",
                                    new_status=status, created_at=created + timedelta(hours=2)))
        for n in range(OTHER_CONVERSATIONS):
            when = start + timedelta(seconds=span * n / OTHER_CONVERSATIONS)
            write_messages(db.connection(), *tables, _turns(rng, f"{rng.choice(['web', 'sms', 'rest'])}:visit-{n}", when, 2))
    engine.dispose()
    return codes


class Client:
    """A keep-alive HTTP client that keeps the session cookie."""

    def __init__(self, port: int) -> None:
        self.connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
        self.cookie = ""

    def request(self, method: str, path: str, body: Dict[str, str] = None) -> Tuple[int, str]:
        headers = {"Cookie": self.cookie} if self.cookie else {}
        data = None
        if body is not None:
            data = urllib.parse.urlencode(body)
            headers["Content-Type"] = "application/x-www-form-urlencoded"
        self.connection.request(method, path, body=data, headers=headers)
        response = self.connection.getresponse()
        text = response.read().decode()
        set_cookie = response.getheader("Set-Cookie")
        if set_cookie:
            self.cookie = set_cookie.split(";", 1)[0]
        return response.status, text


def measure() -> Dict[str, Dict[str, float]]:
    with tempfile.TemporaryDirectory(prefix="bench-staff-") as tmp:
        url = f"sqlite:///{Path(tmp) / 'clinic.db'}"
        started = time.monotonic()
        codes = seed(url)
        seeded_s = time.monotonic() - started
        port = free_port()
        env = dict(os.environ, CLINIC_ENV="development", DATABASE_URL=url, STAFF_SECRET_KEY="bench-" + os.urandom(16).hex(), STAFF_INSECURE_COOKIES="1",
                   PYTHONPATH=str(ROOT))
        server = subprocess.Popen([sys.executable, "-m", "staff", "serve", "--port", str(port)], cwd=ROOT, env=env,
                                  stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            client = _wait_and_sign_in(port)
            rng = random.Random(3)
            pages = {
                "list": (lambda: "/staff/", REQUESTS),
                "list, mine": (lambda: "/staff/?owner=mine", REQUESTS),
                "list filtered (status, office)": (lambda: "/staff/?status=new&office=Tustin", REQUESTS),
                "list searched (name)": (lambda: f"/staff/?q=Visitor+{rng.randrange(HANDOFFS):05d}", REQUESTS),
                "list searched (phone digits)": (lambda: f"/staff/?q=555-{rng.randrange(10000):04d}", REQUESTS),
                "handoff page": (lambda: f"/staff/handoffs/{rng.choice(codes)}", REQUESTS),
                "insights, 30 days": (lambda: "/staff/insights?days=30", INSIGHTS_REQUESTS),
                "insights, 90 days": (lambda: "/staff/insights?days=90", INSIGHTS_REQUESTS),
            }
            results = {"seed_seconds": {"value": round(seeded_s, 1)}}
            for name, (path, requests) in pages.items():
                times = []
                for _ in range(requests):
                    t0 = time.perf_counter()
                    status, _ = client.request("GET", path())
                    times.append((time.perf_counter() - t0) * 1000)
                    assert status == 200, (name, status)
                results[name] = {"p50_ms": round(percentile(times, 50), 1), "p95_ms": round(percentile(times, 95), 1),
                                 "max_ms": round(max(times), 1)}
        finally:
            server.terminate()
            server.wait(timeout=20)
        results.update(insights_computed(url))
        results["alert delay"] = alert_delays(url, env)
        return results


def insights_computed(url: str) -> Dict[str, Dict[str, float]]:
    """The insights figures counted from the database each time (what the page does once a minute), 20 times
    per period, in this process."""
    from sqlalchemy.orm import Session

    from clinic.storage.db import make_engine
    from clinic.storage.insights import gather

    engine = make_engine(url)
    found: Dict[str, Dict[str, float]] = {}
    try:
        for days in (30, 90):
            times = []
            for _ in range(20):
                with Session(engine) as db:
                    t0 = time.perf_counter()
                    gather(db, days, "America/Los_Angeles")
                    times.append((time.perf_counter() - t0) * 1000)
            found[f"insights counted afresh, {days} days"] = {
                "p50_ms": round(percentile(times, 50), 1), "p95_ms": round(percentile(times, 95), 1),
                "max_ms": round(max(times), 1)}
    finally:
        engine.dispose()
    return found


def alert_delays(url: str, env: Dict[str, str]) -> Dict[str, float]:
    """Seconds from a handoff's commit to its alert's arrival at a local SMTP server, for ALERTS handoffs."""
    from aiosmtpd.controller import Controller
    from sqlalchemy.orm import sessionmaker

    from clinic.storage.db import make_engine
    from clinic.storage.handoffs import HandoffInput, record_handoff

    arrived: Dict[str, float] = {}

    class Inbox:
        async def handle_DATA(self, server, session, envelope):
            subject = next((line for line in envelope.content.decode(errors="replace").splitlines()
                            if line.startswith("Subject:")), "")
            match = re.search(r"handoff ([A-Z0-9]{6})", subject)
            if match:
                arrived[match.group(1)] = time.monotonic()
            return "250 OK"

    smtp = Controller(Inbox(), hostname="127.0.0.1", port=free_port())
    smtp.start()
    worker = subprocess.Popen(
        [sys.executable, "-m", "clinic", "alerts"], cwd=ROOT,
        env=dict(env, ALERT_EMAIL_TO="coordinator@clinic.example", SMTP_HOST="127.0.0.1", SMTP_PORT=str(smtp.port),
                 SMTP_SECURITY="none", STAFF_BASE_URL="https://staff.example.org"),
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    engine = make_engine(url)
    sessions = sessionmaker(engine)
    written: Dict[str, float] = {}
    try:
        time.sleep(2)  # the worker starting
        rng = random.Random(11)
        for n in range(ALERTS):
            with sessions.begin() as db:
                handoff, _ = record_handoff(db, HandoffInput(conversation_id=f"web:alert-{n}", intake_key="k",
                                                             kind="intake", channel="socketio"))
                code = handoff.reference_code
            written[code] = time.monotonic()
            time.sleep(rng.uniform(0.1, 0.6))
        deadline = time.monotonic() + 30
        while len(arrived) < ALERTS and time.monotonic() < deadline:
            time.sleep(0.1)
    finally:
        worker.terminate()
        worker.wait(timeout=20)
        smtp.stop()
        engine.dispose()
    delays = [arrived[code] - at for code, at in written.items() if code in arrived]
    return {"p50_s": round(percentile(delays, 50), 2) if delays else -1.0,
            "p95_s": round(percentile(delays, 95), 2) if delays else -1.0,
            "arrived": len(delays), "sent": ALERTS}


def _wait_and_sign_in(port: int) -> Client:
    deadline = time.monotonic() + 30
    while True:
        try:
            client = Client(port)
            status, page = client.request("GET", "/staff/login")
            break
        except OSError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.2)
    token = re.search(r'name="csrf_token" value="([^"]+)"', page).group(1)
    status, _ = client.request("POST", "/staff/login", {"username": "bench", "password": PASSWORD, "csrf_token": token})
    assert status == 302, status
    return client


def report(results: Dict[str, Dict[str, float]]) -> str:
    lines = [f"staff app, {HANDOFFS:,} handoffs, {HANDOFFS * 12 + OTHER_CONVERSATIONS * 4:,} messages (SQLite)"
             f"   {'p50 ms':>8} {'p95 ms':>8}  target p95 <= {TARGET_P95_MS:.0f}"]
    for name, figures in results.items():
        if "p95_ms" in figures:
            lines.append(f"{name:34} {figures['p50_ms']:>8} {figures['p95_ms']:>8}")
    alert = results["alert delay"]
    lines.append(f"{'alert, handoff to inbox (s)':34} {alert['p50_s']:>8} {alert['p95_s']:>8}  target p95 <= "
                 f"{TARGET_ALERT_P95_S:.0f} s ({alert['arrived']} of {alert['sent']} arrived)")
    lines.append(f"(seeding took {results['seed_seconds']['value']} s)")
    return "\n".join(lines)


if __name__ == "__main__":
    figures = measure()
    print(report(figures))
    out = ROOT / "bench" / "results"
    out.mkdir(parents=True, exist_ok=True)
    (out / "staff.json").write_text(json.dumps(figures, indent=2))
