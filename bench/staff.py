"""Staff app benchmark (run by `make bench` with the action-server environment, or
`.venv/actions/bin/python -m bench.staff`): page times through HTTP with 10,000 handoffs in the database.

Seeds a temporary SQLite database with 10,000 handoffs (each with answers, consent and a 12-message
transcript), starts `python -m staff serve`, signs in, and times the handoff list (plain, filtered, searched),
and handoff pages, 200 requests each, one at a time. Target: p95 <= 150 ms.
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
REQUESTS = 200
TARGET_P95_MS = 150.0
PASSWORD = "benchmark password 1"


def seed(url: str) -> List[str]:
    from clinic.storage.db import make_engine
    from clinic.storage.handoffs import reference_code
    from clinic.storage.migrate import upgrade
    from clinic.storage.models import Consent, ConversationMessage, Handoff, IntakeAnswers
    from clinic.storage.review import add_staff
    from sqlalchemy.orm import Session
    from staff.auth import hash_password

    upgrade(url)
    engine = make_engine(url)
    rng = random.Random(7)
    start = datetime(2026, 1, 1, tzinfo=timezone.utc)
    codes = []
    offices = ["Tustin", "San Juan Capistrano", "Seal Beach"]
    with Session(engine) as db, db.begin():
        add_staff(db, "bench", hash_password(PASSWORD), True)
        for n in range(HANDOFFS):
            created = start + timedelta(minutes=47 * n)
            code = reference_code(f"bench-{n}", "k")
            codes.append(code)
            h = Handoff(reference_code=code, conversation_id=f"bench-{n}", intake_key="k", kind="intake",
                        channel=rng.choice(["rest", "socketio", "twilio"]), urgent=rng.random() < 0.02,
                        status=rng.choice(["new", "contacted", "scheduled", "closed"]), created_at=created,
                        updated_at=created)
            h.intake = IntakeAnswers(full_name=f"Visitor {n:05d}", phone_e164=f"+1714555{n % 10000:04d}",
                                     office=rng.choice(offices), seeking_help="depression", contact_method="text",
                                     contact_time="evening", is_adult=True)
            h.consent = Consent(agreed=True, statement="Agreed to be contacted.", disclaimer_version="2026-11-23",
                                agreed_at=created)
            db.add_all([ConversationMessage(conversation_id=f"bench-{n}", text=f"message {i} of a conversation",
                                            sender="visitor" if i % 2 == 0 else "assistant", sent_at=created)
                        for i in range(12)])
            db.add(h)
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
                "list": lambda: "/staff/",
                "list filtered (status, office)": lambda: "/staff/?status=new&office=Tustin",
                "list searched (name)": lambda: f"/staff/?q=Visitor+{rng.randrange(HANDOFFS):05d}",
                "handoff page": lambda: f"/staff/handoffs/{rng.choice(codes)}",
            }
            results = {"seed_seconds": {"value": round(seeded_s, 1)}}
            for name, path in pages.items():
                times = []
                for _ in range(REQUESTS):
                    t0 = time.perf_counter()
                    status, _ = client.request("GET", path())
                    times.append((time.perf_counter() - t0) * 1000)
                    assert status == 200, (name, status)
                results[name] = {"p50_ms": round(percentile(times, 50), 1), "p95_ms": round(percentile(times, 95), 1),
                                 "max_ms": round(max(times), 1)}
            return results
        finally:
            server.terminate()
            server.wait(timeout=20)


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
    lines = [f"staff app, {HANDOFFS:,} handoffs (SQLite)   {'p50 ms':>8} {'p95 ms':>8}  target p95 <= {TARGET_P95_MS:.0f}"]
    for name, figures in results.items():
        if "p95_ms" in figures:
            lines.append(f"{name:34} {figures['p50_ms']:>8} {figures['p95_ms']:>8}")
    lines.append(f"(seeding took {results['seed_seconds']['value']} s)")
    return "\n".join(lines)


if __name__ == "__main__":
    figures = measure()
    print(report(figures))
    out = ROOT / "bench" / "results"
    out.mkdir(parents=True, exist_ok=True)
    (out / "staff.json").write_text(json.dumps(figures, indent=2))
