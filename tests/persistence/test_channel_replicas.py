"""The channels' state shared by several Rasa replicas, against a real redis-server and PostgreSQL (the
`redis_server` and `postgres_server` fixtures).

A "replica" here is a channel's own blueprint served by Sanic on a port of its own, in a thread with its own
event loop, store connections and socket.io server, as in a separate `rasa run`. Behind it, instead of the
trained assistant, a stand-in, so no model is needed.

- SMS: two channel instances on one shared state (PostgreSQL for opt-outs; Redis or that same database for
  handled MessageSids and buttons): an opt-out sent to one is honoured by the other, the same MessageSid
  delivered to both at the same moment is handled once, a numbered choice offered by one is understood by the
  other, and opt-outs survive a Redis flush.
- socket.io: two servers on one Redis (AsyncRedisManager): a reply made on one reaches the visitor connected
  to the other; without Redis it is lost, which is what the shared manager is for.
- A message the assistant fails on (the lock store cannot reach Redis) gets the clinic's calm apology on
  socket.io and by SMS, not silence; and a socket.io visitor never sees replies of a turn that was not kept.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import threading
import time
import uuid
from typing import Callable, Dict, List, Optional

import pytest
import redis
import sqlalchemy as sa
from rasa.core.channels.channel import InputChannel
from rasa.core.lock_store import LockError
from sanic import Sanic
from twilio.request_validator import RequestValidator

from assistant.channels.sms import ClinicTwilioInput, conversation_id
from assistant.channels.sms.state import OPT_OUTS, state_from_settings
from assistant.channels.webchat import REDIS_CHANNEL, WebchatInput
from testbed.ports import free_port
from clinic.profile import load_profile
from testbed.twilio_standin import ACCOUNT_SID, AUTH_TOKEN, CLINIC_NUMBER, signed_webhook, text_params
from tests.security.conftest import WebVisitor
from tests.storage.conftest import postgres_server  # noqa: F401  (the fixture: a throw-away PostgreSQL)

PUBLIC_URL = "https://clinic.example/webhooks/twilio/webhook"  # what Twilio signs: the proxy's URL, one for all
HASH_KEY = "test-replicas-hash-key"
BUTTONS = [{"title": "Yes", "payload": "/affirm"}, {"title": "No", "payload": "/deny"}]


@pytest.fixture(autouse=True, scope="module")
def sanic_test_mode():
    """Sanic's test mode (what its own test client sets): each app that starts rewrites Sanic's methods from
    the originals, so several apps can start in one process."""
    before, Sanic.test_mode = Sanic.test_mode, True
    yield
    Sanic.test_mode = before


class Replica:
    """A channel's blueprint served by Sanic on a free port, at /webhooks/<channel> as `rasa run` serves it, in a
    thread with an event loop of its own."""

    def __init__(self, channel: InputChannel, assistant: Callable, port: Optional[int] = None) -> None:
        self.port = port or free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.loop = asyncio.new_event_loop()
        started: concurrent.futures.Future = concurrent.futures.Future()

        def serve() -> None:
            asyncio.set_event_loop(self.loop)
            try:
                app = Sanic("replica" + uuid.uuid4().hex, configure_logging=False)
                app.blueprint(channel.blueprint(assistant), url_prefix=f"/webhooks/{channel.url_prefix()}")
                server = self.loop.run_until_complete(app.create_server(
                    host="127.0.0.1", port=self.port, return_asyncio_server=True, access_log=False))
                self.loop.run_until_complete(server.startup())
            except BaseException as error:
                started.set_exception(error)
                return
            started.set_result(server)
            self.loop.run_forever()

        threading.Thread(target=serve, daemon=True).start()
        self.server = started.result(timeout=30)

    def stop(self) -> None:
        self.loop.call_soon_threadsafe(self.server.close)
        self.loop.call_soon_threadsafe(self.loop.stop)


# --- SMS --------------------------------------------------------------------------------------------------


class Assistant:
    """Stands in for Rasa behind every replica: notes what it was told, answers with two numbered options."""

    def __init__(self) -> None:
        self.heard: List[str] = []

    async def __call__(self, message) -> None:
        self.heard.append(message.text)
        await message.output_channel.send_text_with_buttons(message.sender_id, "Do you agree?", BUTTONS)


class Outbox:
    """Stands in for Twilio's Messages API, which every replica sends through."""

    def __init__(self) -> None:
        self.sent: List[tuple] = []

    async def send(self, to: str, body: str) -> bool:
        self.sent.append((to, body))
        return True

    def to(self, number: str) -> List[str]:
        return [body for to, body in self.sent if to == number]


class SmsReplica(Replica):
    def __init__(self, settings: Dict[str, str], assistant: Assistant, outbox: Outbox) -> None:
        state, recent = state_from_settings(settings)
        self.channel = ClinicTwilioInput(ACCOUNT_SID, AUTH_TOKEN, CLINIC_NUMBER, PUBLIC_URL, HASH_KEY,
                                         state=state, recent=recent)
        self.channel.sender = outbox
        super().__init__(self.channel, assistant)

    def post(self, params: Dict[str, str]) -> int:
        """Deliver a webhook as Twilio signs it (over the public URL), to this replica."""
        signature = RequestValidator(AUTH_TOKEN).compute_signature(PUBLIC_URL, params)
        return signed_webhook(f"{self.url}/webhooks/twilio/webhook", params, signature=signature)

    def settle(self, timeout: float = 20) -> None:
        """Wait until the messages this replica accepted have been handled."""
        deadline = time.monotonic() + timeout
        while self.channel.tasks and time.monotonic() < deadline:
            time.sleep(0.01)
        assert not self.channel.tasks, "a message was still being handled"

    def text(self, number: str, body: str) -> None:
        assert self.post(text_params(number, body)) == 200
        self.settle()


def new_number() -> str:
    return "+1714555" + str(uuid.uuid4().int)[:4]


@pytest.fixture
def assistant() -> Assistant:
    return Assistant()


@pytest.fixture
def outbox() -> Outbox:
    return Outbox()


@pytest.fixture
def sms_replicas(assistant, outbox):
    """start(settings): two SMS replicas on the same shared state."""
    started: List[SmsReplica] = []

    def start(settings: Dict[str, str]) -> List[SmsReplica]:
        started.extend(SmsReplica(settings, assistant, outbox) for _ in range(2))
        return started[-2:]

    yield start
    for replica in started:
        replica.stop()


@pytest.fixture(params=["redis", "sql"])
def shared_settings(request, redis_server, postgres_server):  # noqa: F811
    """Opt-outs in a fresh PostgreSQL database (given in the action server's spelling, psycopg 3); handled
    messages and buttons in Redis or in that same database."""
    settings = {"state_url": postgres_server()}
    if request.param == "redis":
        settings["redis_url"] = redis_server.url
    return settings


def test_an_opt_out_sent_to_one_replica_is_honoured_by_the_other(sms_replicas, shared_settings, assistant, outbox):
    a, b = sms_replicas(shared_settings)
    number = new_number()
    a.text(number, "STOP")
    b.text(number, "what is ketamine?")
    assert assistant.heard == [] and outbox.to(number) == []
    b.text(number, "START")
    a.text(number, "what is ketamine?")
    # Twilio itself confirms START; the assistant hears the opt-in (so a half-finished intake is offered, not
    # resumed) and answers the question
    assert assistant.heard == ["/session_start", "what is ketamine?"] and len(outbox.to(number)) == 1
    a.text(number, "stop")
    with a.channel.state.engine.connect() as db:  # what the record holds: the keyed hash, not the number
        recorded = db.execute(sa.select(OPT_OUTS.c.conversation)).scalars().all()
    assert recorded == [conversation_id(number, HASH_KEY.encode())]


def test_the_same_message_sid_sent_to_both_replicas_at_once_is_handled_once(sms_replicas, shared_settings, assistant):
    a, b = sms_replicas(shared_settings)
    messages = [text_params(new_number(), f"question {i}") for i in range(20)]
    barrier = threading.Barrier(2)

    def deliver(replica: SmsReplica, params: Dict[str, str]) -> int:
        barrier.wait(timeout=10)  # both replicas get it at the same moment, as with a Twilio retry
        return replica.post(params)

    with concurrent.futures.ThreadPoolExecutor(2) as pool:
        for params in messages:
            both = [pool.submit(deliver, replica, params) for replica in (a, b)]
            assert [f.result() for f in both] == [200, 200]
    a.settle(), b.settle()
    assert sorted(assistant.heard) == sorted(params["Body"] for params in messages)


def test_a_numbered_choice_offered_by_one_replica_is_understood_by_the_other(sms_replicas, shared_settings,
                                                                               assistant, outbox):
    a, b = sms_replicas(shared_settings)
    number = new_number()
    a.text(number, "I'd like to book")
    assert outbox.to(number)[-1].endswith("1. Yes\n2. No")
    b.text(number, "2")
    assert assistant.heard == ["I'd like to book", "/deny"]


def test_opt_outs_kept_in_sql_survive_a_redis_flush(sms_replicas, redis_server, postgres_server,  # noqa: F811
                                                    assistant, outbox):
    redis_url = f"redis://{redis_server.host}:{redis_server.port}/7"  # a database of its own, flushed below
    a, b = sms_replicas({"state_url": postgres_server(), "redis_url": redis_url})
    number = new_number()
    conversation = conversation_id(number, HASH_KEY.encode())
    a.text(number, "hello")
    a.text(number, "STOP")
    assert b.channel.recent.buttons(conversation) == BUTTONS
    red = redis.Redis.from_url(redis_url)
    stored = b"".join(key + (red.get(key) or b"") for key in red.keys())
    assert conversation.encode() in stored and number[2:].encode() not in stored  # the keyed hash, never the number
    red.flushdb()
    assert b.channel.recent.buttons(conversation) == []  # the short-lived state was in Redis, and is gone
    b.text(number, "what is ketamine?")
    assert assistant.heard == ["hello"] and len(outbox.to(number)) == 1  # the opt-out is still honoured


# --- a message the assistant fails on ----------------------------------------------------------------------


class Failing:
    """Stands in for Rasa while Redis restarts: the conversation cannot be locked, so every message fails."""

    async def __call__(self, message) -> None:
        raise LockError("Could not issue a lock ticket: Error 111 connecting to 127.0.0.1:6390. Connection refused.")


def test_a_message_the_assistant_fails_on_gets_the_calm_apology_on_socketio_and_by_sms(tmp_path, outbox):
    """As on REST: silence would leave the visitor waiting, not knowing to send it again (make scale-check
    found socket.io visitors and texters waiting for their timeout while Redis restarted)."""
    apology = load_profile().technical_problem_text()
    port = free_port()
    web = Replica(WebchatInput(secret=uuid.uuid4().bytes * 2, origins=[f"http://127.0.0.1:{port}"]), Failing(), port)
    visitor = WebVisitor(web.url)
    try:
        assert visitor.open()
        assert visitor.say("Sam Texter") == [{"text": apology, "error": True}]
    finally:
        visitor.close()
        web.stop()
    texts = SmsReplica({"state_file": str(tmp_path / "sms_state.db")}, Failing(), outbox)
    try:
        number = new_number()
        texts.text(number, "Sam Texter")
        assert outbox.to(number) == [apology]
    finally:
        texts.stop()


class AnswersThenFails:
    """Stands in for Rasa on a replica that dies mid-turn: the next question is made, then the turn is never
    saved (Rasa sends a turn's replies as it goes, and saves the turn at its end)."""

    async def __call__(self, message) -> None:
        await message.output_channel.send_text_message(message.sender_id, "What's the best phone number?")
        raise ConnectionError("the replica went away before the tracker store kept the turn")


def test_a_socketio_visitor_is_answered_only_from_a_turn_that_was_kept():
    """make scale-check found a visitor told the next question by a replica killed before it saved the turn:
    their next answer met the question before, and the intake went astray."""
    port = free_port()
    web = Replica(WebchatInput(secret=uuid.uuid4().bytes * 2, origins=[f"http://127.0.0.1:{port}"]),
                  AnswersThenFails(), port)
    visitor = WebVisitor(web.url)
    try:
        assert visitor.open()
        assert visitor.say("Sam Texter") == [{"text": load_profile().technical_problem_text(), "error": True}]
    finally:
        visitor.close()
        web.stop()


# --- socket.io --------------------------------------------------------------------------------------------


class HeldAnswer:
    """Stands in for Rasa: answers only when the test releases it, so the visitor can move in between."""

    def __init__(self) -> None:
        self.asked = threading.Event()
        self.release = threading.Event()

    async def __call__(self, message) -> None:
        self.asked.set()
        await asyncio.to_thread(self.release.wait, 20)
        await message.output_channel.send_text_message(message.sender_id, "Here is your answer.")


def _wait_for(condition: Callable[[], bool], timeout: float) -> bool:
    deadline = time.monotonic() + timeout
    while not condition() and time.monotonic() < deadline:
        time.sleep(0.05)
    return condition()


@pytest.mark.parametrize("shared", [True, False], ids=["redis", "in-process"])
def test_a_reply_made_on_one_replica_reaches_the_visitor_now_on_the_other(redis_server, shared):
    secret = uuid.uuid4().bytes * 2  # one secret for both replicas, as in production
    ports = [free_port(), free_port()]
    origins = [f"http://127.0.0.1:{port}" for port in ports]
    held = HeldAnswer()
    replicas = []
    for port, answer in zip(ports, (held, HeldAnswer())):
        channel = WebchatInput(secret=secret, origins=origins, redis_url=redis_server.url if shared else None)
        replicas.append(Replica(channel, answer, port))
    a, b = replicas
    first, second = WebVisitor(a.url), WebVisitor(b.url)
    try:
        token = first.open()
        first.client.emit("user_uttered", {"message": "hello"})
        assert held.asked.wait(10)
        first.close()  # the tab loses its connection while replica A is still making the answer...
        assert second.open(offered=token) == token  # ...and reconnects through the proxy to replica B
        if shared:  # both replicas listen on the shared channel before the answer is emitted
            listening = redis.Redis.from_url(redis_server.url)
            assert _wait_for(lambda: dict(listening.pubsub_numsub(REDIS_CHANNEL))[REDIS_CHANNEL.encode()] >= 2, 10)
        held.release.set()
        arrived = _wait_for(lambda: bool(second.replies), 5 if shared else 2)
        assert arrived == shared
        if shared:
            assert second.replies == [{"text": "Here is your answer."}]
    finally:
        held.release.set()
        first.close(), second.close()
        for replica in replicas:
            replica.stop()
