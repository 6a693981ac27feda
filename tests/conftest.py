"""Shared fixtures for the Rasa-side tests: the domain, and the trained assistant loaded in-process."""

from __future__ import annotations

import asyncio
import json
import os
import subprocess
import sys
import time
import urllib.request
import uuid
from pathlib import Path
from typing import Dict, List, Optional

import pytest

from testbed.ports import free_port
from clinic.profile import load_profile

ROOT = Path(__file__).resolve().parents[1]
# $CLINIC_TEST_MODEL lets a second working copy of the tests use a model trained elsewhere
MODEL = Path(os.environ.get("CLINIC_TEST_MODEL") or ROOT / "models" / "clinic.tar.gz")
# The clinic's phone as visitors see it, from the clinic profile (clinic.yml) the servers under test read
CLINIC_PHONE = load_profile(str(ROOT / "clinic.yml")).phone
ACTIONS_PYTHON = ROOT / ".venv" / "actions" / "bin" / "python"

# The servers the tests start run in development mode with secrets of their own (never var/secrets/), so
# tests can act as the Rasa server (the action-server token) and as a trusted integration (the REST token).
TEST_SECRETS = {
    "CLINIC_ENV": "development",
    "ACTION_SERVER_TOKEN": "test-action-server-token-" + uuid.uuid4().hex,
    "CLINIC_REST_TOKEN": "test-rest-token-" + uuid.uuid4().hex,
    "WEBCHAT_SESSION_SECRET": "test-webchat-secret-" + uuid.uuid4().hex,
    "SMS_HASH_KEY": "test-sms-hash-key-" + uuid.uuid4().hex,
}
os.environ.update(TEST_SECRETS)
# The website the browser test serves, chosen now so the Rasa server can allow its origin (socket.io).
SITE_PORT = free_port()
REST_HEADERS = {"Authorization": f"Bearer {TEST_SECRETS['CLINIC_REST_TOKEN']}"}
ACTION_HEADERS = {"Authorization": f"Bearer {TEST_SECRETS['ACTION_SERVER_TOKEN']}"}


def wait_until_answering(url: str, seconds: float, process=None, log: Path = None) -> None:
    """Poll `url` until it answers; fail the test if `process` exits or time runs out."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process is not None and process.poll() is not None:
            pytest.fail(f"{url}: the server exited early:\n{log.read_text()[-3000:] if log else ''}")
        try:
            urllib.request.urlopen(url, timeout=1)
            return
        except OSError:
            time.sleep(0.2)
    if process is not None:
        process.kill()
    pytest.fail(f"{url} did not answer within {seconds:.0f} s")


class ActionServer:
    """The real action server (its own environment) on a free port, with a fresh SQLite database."""

    def __init__(self, workdir: Path) -> None:
        self.port = free_port()
        self.database_url = f"sqlite:///{workdir / 'clinic.db'}"
        self.url = f"http://127.0.0.1:{self.port}/webhook"
        # unbuffered: tests read the log while the server runs (what it printed must be there to be seen)
        self.env = dict(os.environ, PYTHONPATH=str(ROOT), DATABASE_URL=self.database_url, PYTHONUNBUFFERED="1")
        self.log = workdir / "actions.log"

    def migrate(self) -> None:
        subprocess.run([str(ACTIONS_PYTHON), "-m", "clinic", "db", "upgrade"], env=self.env, cwd=ROOT,
                       check=True, stdout=subprocess.DEVNULL)

    def start(self, migrate: bool = True) -> None:
        if migrate:
            self.migrate()
        with open(self.log, "w") as out:
            self.process = subprocess.Popen(
                [str(ACTIONS_PYTHON), "-m", "actions", "--port", str(self.port)],
                env=self.env, cwd=ROOT, stdout=out, stderr=subprocess.STDOUT,
            )
        wait_until_answering(f"http://127.0.0.1:{self.port}/health", 60, self.process, self.log)

    def handoffs(self, *args: str) -> str:
        """`python -m clinic handoffs ...` against this server's database."""
        done = subprocess.run([str(ACTIONS_PYTHON), "-m", "clinic", "handoffs", *args], env=self.env, cwd=ROOT,
                              capture_output=True, text=True)
        return done.stdout + done.stderr

    def stop(self) -> None:
        self.process.terminate()
        self.process.wait(timeout=20)


@pytest.fixture(scope="session")
def action_server(tmp_path_factory):
    server = ActionServer(tmp_path_factory.mktemp("actions"))
    server.start()
    yield server
    server.stop()


@pytest.fixture(scope="session")
def redis_server():
    """A throw-away redis-server on 127.0.0.1 and a free port, nothing on disk (`make redis` installs it).
    Tests share it: each keeps to keys of its own (a key prefix of its own)."""
    from testbed.redisserver import RedisServer

    try:
        server = RedisServer().start()
    except FileNotFoundError as error:
        pytest.fail(str(error))
    yield server
    server.stop()


@pytest.fixture(scope="session")
def event_loop():
    loop = asyncio.new_event_loop()
    yield loop
    loop.close()


@pytest.fixture(scope="session")
def domain():
    from rasa.shared.importers.importer import TrainingDataImporter

    importer = TrainingDataImporter.load_from_config(
        str(ROOT / "config.yml"), str(ROOT / "domain.yml"), [str(ROOT / "data")]
    )
    return importer.get_domain()


@pytest.fixture(scope="session")
def agent(event_loop, action_server):
    if not MODEL.exists():
        pytest.fail(f"no trained model at {MODEL}: run the tests with `make test`, which trains it")
    from testbed.agent import load_agent, quiet_rasa_logs

    quiet_rasa_logs()
    return event_loop.run_until_complete(load_agent(str(MODEL), action_server.url, action_server.database_url))


class Conversation:
    """One visitor's conversation with the in-process assistant, through the project's REST collector."""

    def __init__(self, agent, loop) -> None:
        self.agent = agent
        self.loop = loop
        self.sender = f"test-{uuid.uuid4().hex}"

    def say(self, text: str) -> List[dict]:
        from rasa.core.channels.channel import UserMessage

        from assistant.channels.replies import AnnotatedCollector

        collector = AnnotatedCollector()
        self.loop.run_until_complete(
            self.agent.handle_message(UserMessage(text, collector, self.sender))
        )
        return collector.messages

    def tracker(self):
        return self.loop.run_until_complete(self.agent.tracker_store.retrieve(self.sender))


@pytest.fixture
def conversation(agent, event_loop):
    return Conversation(agent, event_loop)


@pytest.fixture
def new_conversation(agent, event_loop):
    return lambda: Conversation(agent, event_loop)


class TwilioStandIn:
    """testbed/twilio_standin.py in its own process, with helpers to read what was "sent"."""

    def __init__(self, port: int) -> None:
        self.port = port
        self.url = f"http://127.0.0.1:{port}"

    def messages(self, to=None):
        import json

        with urllib.request.urlopen(self.url + "/_messages", timeout=10) as r:
            all_messages = json.loads(r.read())
        return [m for m in all_messages if to is None or m["to"] == to]

    def fail_next(self, count: int) -> None:
        urllib.request.urlopen(urllib.request.Request(f"{self.url}/_fail?count={count}", method="POST"), timeout=10)

    def failures(self) -> Dict[str, int]:
        """{"fail_next": still to fail, "failed": sends answered with a 500 so far}"""
        with urllib.request.urlopen(f"{self.url}/_fail", timeout=10) as response:
            return json.loads(response.read())


@pytest.fixture(scope="session")
def twilio_standin():
    port = free_port()
    process = subprocess.Popen([sys.executable, "-m", "testbed.twilio_standin", "--port", str(port)], cwd=ROOT,
                               env=dict(os.environ, PYTHONPATH=str(ROOT)), stdout=subprocess.DEVNULL,
                               stderr=subprocess.DEVNULL)
    standin = TwilioStandIn(port)
    wait_until_answering(standin.url + "/_messages", 10, process)
    yield standin
    process.terminate()
    process.wait(timeout=10)


class RasaServer:
    """`rasa run` with the trained model, the project's channels and endpoints, on a free port, keeping its
    conversations in a SQLite file of its own (`workdir/conversations.db`). It can be started again on the
    same files (the restart tests kill it with SIGKILL in between).

    It runs as behind a reverse proxy (SANIC_PROXIES_COUNT=1), so tests can speak from addresses of their own
    through X-Forwarded-For and the per-address abuse limits stay the real ones.
    """

    def __init__(self, workdir: Path, action_server: "ActionServer", twilio_url: str) -> None:
        self.workdir, self.port = workdir, free_port()
        self.base = f"http://localhost:{self.port}"
        self.log = workdir / "rasa.log"
        self.conversations = workdir / "conversations.db"
        self.endpoints = workdir / "endpoints.yml"
        self.endpoints.write_text(
            (ROOT / "endpoints.yml").read_text().replace("http://localhost:5055/webhook", action_server.url)
            .replace("db: var/conversations.db", f"db: {self.conversations}")
        )
        self.credentials = workdir / "credentials.yml"
        self.credentials.write_text(
            (ROOT / "credentials.yml").read_text()
            .replace("http://localhost:5099", twilio_url)
            .replace("http://localhost:5005/webhooks/twilio/webhook",
                     f"http://localhost:{self.port}/webhooks/twilio/webhook")
            + f'  state_file: "{workdir / "sms_state.db"}"\n'
        )
        self.database_url = action_server.database_url  # the transcript goes where the handoffs are
        self.process: Optional[subprocess.Popen] = None

    def start(self) -> "RasaServer":
        # the site's origin, and the server's own (python's websocket client sends that one)
        origins = ",".join(f"http://{host}:{p}" for p in (SITE_PORT, self.port) for host in ("localhost", "127.0.0.1"))
        env = dict(os.environ, PYTHONPATH=str(ROOT), RASA_TELEMETRY_ENABLED="false", SANIC_PROXIES_COUNT="1",
                   PYTHONUNBUFFERED="1", WEBCHAT_ALLOWED_ORIGINS=origins, DATABASE_URL=self.database_url,
                   LOG_LEVEL="INFO")  # Rasa's default; the in-process agent's quiet logs set WARNING in os.environ
        rasa = Path(sys.executable).parent / "rasa"
        with open(self.log, "a") as out:
            self.process = subprocess.Popen(
                [str(rasa), "run", "--model", str(MODEL), "--port", str(self.port),
                 "--credentials", str(self.credentials), "--endpoints", str(self.endpoints)],
                cwd=ROOT, env=env, stdout=out, stderr=subprocess.STDOUT,
            )
        wait_until_answering(f"{self.base}/webhooks/rest/", 180, self.process, self.log)
        return self

    def kill(self) -> None:
        """SIGKILL: no shutdown hooks, nothing flushed, as in a crash or an out-of-memory kill."""
        self.process.kill()
        self.process.wait(timeout=30)

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            self.process.wait(timeout=30)


@pytest.fixture(scope="session")
def rasa_server(tmp_path_factory, action_server, twilio_standin):
    """The shared `rasa run` (RasaServer). Yields (base URL, log path); the log is read by tests that check
    no visitor text is logged."""
    server = RasaServer(tmp_path_factory.mktemp("rasa"), action_server, twilio_standin.url).start()
    yield server.base, server.log
    server.stop()
