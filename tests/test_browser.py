"""Both web faces in headless Debian Chromium (playwright-core): the visitor's widget through a whole
intake, and staff working the resulting handoff. Screenshots go to $SCREENSHOTS_DIR (make screenshots)
or to a temporary folder."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest

from tests.conftest import ACTIONS_PYTHON, ROOT, SITE_PORT, wait_until_answering

PASSWORD = "browser test password"
IDLE_SECONDS = 9


@pytest.fixture(scope="module")
def site(rasa_server, action_server):
    env = dict(action_server.env, WEBCHAT_SERVER_URL=rasa_server[0], STAFF_SECRET_KEY="browser-test",
               STAFF_INACTIVITY_MINUTES=str(IDLE_SECONDS / 60))
    for name, admin in (("nurse", []), ("admin", ["--admin"])):
        subprocess.run([str(ACTIONS_PYTHON), "-m", "staff", "add-user", name, *admin], input=PASSWORD + "\n",
                       text=True, env=env, cwd=ROOT, check=True, capture_output=True)
    port = SITE_PORT  # the origin the Rasa server's socket.io channel allows
    process = subprocess.Popen([str(ACTIONS_PYTHON), "-m", "staff", "serve", "--port", str(port)], env=env,
                               cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = f"http://localhost:{port}"
    wait_until_answering(base + "/", 20, process)
    yield base
    process.terminate()
    process.wait(timeout=20)


def test_visitor_and_staff_in_a_real_browser(site, tmp_path, action_server):
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
    for name in ("landing", "chat-open", "chat-phone", "staff-handoff", "staff-audit"):
        assert (shots / f"{name}.png").stat().st_size > 5_000, name
    shown = action_server.handoffs("show", result["code"])
    assert "Robin Browser" in shown and "contacted" in shown and "socketio" in shown
