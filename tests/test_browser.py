"""Both web faces in headless Debian Chromium (playwright-core): the visitor's widget through a whole
intake (with a crisis message on the way, so the handoff is urgent), the staff alert arriving at a local SMTP
server (aiosmtpd, as a clinic's mail server would receive it, from the alert worker), and staff working the
handoff: the list, phone search, claiming it, acknowledging the urgent alert, the call link, status and note,
the insights page and the audit log; the widget's own behaviour (website/tests/widget.mjs: unreachable and back,
crisis links, buttons, focus, sizes, contrast, the landing page's booking button); axe-core on every page it
visits (website/tests/accessibility.mjs). Screenshots go to $SCREENSHOTS_DIR (make screenshots) or to a temporary
folder."""

from __future__ import annotations

import email
import json
import os
import shutil
import subprocess
import time
from pathlib import Path

import pytest

from testbed.ports import free_port
from tests.conftest import ACTIONS_PYTHON, ROOT, SITE_PORT, wait_until_answering

PASSWORD = "browser test password"
IDLE_SECONDS = 9


@pytest.fixture(scope="module")
def mailbox(tmp_path_factory):
    """A local SMTP server (aiosmtpd) keeping what it receives in a maildir."""
    folder = tmp_path_factory.mktemp("smtp") / "maildir"  # the handler makes it (with cur/, new/, tmp/)
    port = free_port()
    process = subprocess.Popen([str(ACTIONS_PYTHON), "-m", "aiosmtpd", "-n", "-l", f"127.0.0.1:{port}",
                                "-c", "aiosmtpd.handlers.Mailbox", str(folder)],
                               cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    yield port, folder
    process.terminate()
    process.wait(timeout=20)


def _mails(folder: Path):
    return [email.message_from_bytes(path.read_bytes()) for path in sorted((folder / "new").glob("*"))]


@pytest.fixture(scope="module")
def site(rasa_server, action_server, mailbox):
    env = dict(action_server.env, WEBCHAT_SERVER_URL=rasa_server[0], STAFF_SECRET_KEY="browser-test",
               STAFF_INACTIVITY_MINUTES=str(IDLE_SECONDS / 60))
    for name, role in (("nurse", []), ("admin", ["--admin"])):
        subprocess.run([str(ACTIONS_PYTHON), "-m", "staff", "add-user", name, *role], input=PASSWORD + "\n",
                       text=True, env=env, cwd=ROOT, check=True, capture_output=True)
    port = SITE_PORT  # the origin the Rasa server's socket.io channel allows
    base = f"http://localhost:{port}"
    process = subprocess.Popen([str(ACTIONS_PYTHON), "-m", "staff", "serve", "--port", str(port)], env=env,
                               cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    # the alert worker, sending to the local SMTP server as it would to the clinic's
    alerts = subprocess.Popen(
        [str(ACTIONS_PYTHON), "-m", "clinic", "alerts", "--poll", "0.5"],
        env=dict(env, ALERT_EMAIL_TO="coordinator@clinic.example", SMTP_HOST="127.0.0.1", SMTP_PORT=str(mailbox[0]),
                 SMTP_SECURITY="none", STAFF_BASE_URL=base),
        cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    wait_until_answering(base + "/", 20, process)
    yield base
    for running in (alerts, process):
        running.terminate()
        running.wait(timeout=20)


def test_visitor_and_staff_in_a_real_browser(site, tmp_path, action_server, mailbox):
    node = shutil.which("node")
    assert node, "node is needed for the browser tests"
    shots = Path(os.environ.get("SCREENSHOTS_DIR") or tmp_path / "shots")
    env = dict(os.environ, STAFF_TEST_PASSWORD=PASSWORD, STAFF_IDLE_WAIT_MS=str((IDLE_SECONDS + 2) * 1000))
    done = subprocess.run([node, str(ROOT / "website/tests/browser.mjs"), site, str(shots)], env=env,
                          capture_output=True, text=True, timeout=300)
    lines = [line for line in done.stdout.splitlines() if line.startswith("{")]
    assert lines, done.stdout + done.stderr
    result = json.loads(lines[-1])
    assert result["ok"], result.get("error")
    for name in ("landing", "privacy", "chat-open", "chat-phone", "chat-offline", "chat-crisis", "chat-spanish", "staff-list", "staff-handoff", "staff-insights", "staff-audit"):
        assert (shots / f"{name}.png").stat().st_size > 5_000, name
    spanish = action_server.handoffs("show", result["code_es"])  # the Spanish intake (issue 14)
    assert "language es" in spanish and "socketio" in spanish
    shown = action_server.handoffs("show", result["code"])
    assert "Robin Browser" in shown and "contacted" in shown and "socketio" in shown
    # the urgent alert reached the mail server (sent within seconds of the handoff), with the link and the
    # code and nothing personal; the acknowledgement in the browser stopped the reminders
    deadline = time.monotonic() + 20
    while not _mails(mailbox[1]) and time.monotonic() < deadline:
        time.sleep(0.2)
    [alert] = [m for m in _mails(mailbox[1]) if result["code"] in m["Subject"]]
    body = alert.get_payload()
    assert alert["Subject"].startswith("[URGENT]") and f"{site}/staff/handoffs/{result['code']}" in body
    for personal in ("Robin", "Browser", "0166", "Depression", "depression"):
        assert personal not in alert["Subject"] + body, personal
