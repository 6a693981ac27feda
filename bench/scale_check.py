"""`make scale-check`: whole intakes through the several-replica set-up while its servers fail.

It starts scripts/cluster.sh on a folder and ports of its own (testbed/cluster.py) with the Twilio stand-in in
this process, then runs VISITORS visitors at once, a third each on REST, socket.io (WebSocket) and SMS
(signed webhooks through the proxy), each a whole intake up to its confirmation (bench/intake.py's turns),
with a pause to think between messages. While they talk:

- at 15% of all turns one Rasa replica hangs for a second (SIGSTOP: the messages that reach it meanwhile
  wait), then gets SIGKILL, and is started again at once (as systemd would);
- at 40% Redis is restarted (stopped, down for a second, started on its append-only file);
- at 60% one action server is frozen (SIGSTOP) until an action call reaches it, then gets SIGKILL in the
  middle of that call, and is started again 5 s later.

Visitors behave as a patient person or Twilio would. A failed message (a 502, a dropped connection, the calm
"technical problem" apology, "slow down", or no reply within REPLY_TIMEOUT) is sent again after a backoff
(1, 2, 4, 8 s), until TURN_DEADLINE: a socket.io visitor first reconnects and presents its session token, a
texter sends the text again (a new message). A webhook Twilio gets a 5xx for, or no answer, it delivers again
with the same MessageSid; and every texter's sixth text is delivered twice, as Twilio does when our 200 went
missing. Each visitor has an address of its own (127.0.N.1: nginx's ip_hash uses the first three bytes), so
the per-address limits stay the real ones and socket.io's sticky sessions spread over both replicas.

Then, in the clinic's PostgreSQL database: L (lost) counts visitors without a handoff holding their own name
and phone number, D (duplicated) handoffs beyond one per visitor, R (replies missing) messages that never got
an answer within TURN_DEADLINE plus visitor messages in the transcript with no assistant message after them.
The last line is `scale-check: <N> intakes, <L> lost, <D> duplicated, <R> replies missing`; the exit status
is 0 only when all three are 0 (and every fault was made). The lock lifetime is lowered to LOCK_LIFETIME_S
for the run, so a ticket left by the killed replica blocks its conversation that long at most, not Rasa's
60 s. With --keep the cluster's folder stays (logs, and visitors.json: what each sending got back).

    python -m bench.scale_check [--visitors 40] [--keep]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import secrets
import signal
import sys
import time
import uuid
from dataclasses import dataclass, field
from typing import Dict, List, Optional

import aiohttp
import redis
import socketio
from aiohttp import web
from twilio.request_validator import RequestValidator

from assistant.channels.sms import conversation_id
from testbed.cluster import Cluster, ClusterError, ROOT
from bench.common import percentile
from testbed.ports import free_port
from bench.intake import _name, intake_turns
from testbed.twilio_standin import AUTH_TOKEN, StandIn, text_params
from clinic.profile import load_profile

VISITORS = 40
THINK_S = (1.5, 4.0)  # a visitor's pause between two messages
START_SPREAD_S = 8.0  # visitors arrive over this long
REPLY_TIMEOUT = 20.0  # socket.io and SMS: no reply for this long is a failed message (> LOCK_LIFETIME_S)
REST_TIMEOUT = 45.0  # longer than a wait behind a dead replica's ticket
TURN_DEADLINE = 150.0  # after this long without an answer a reply is missing
QUIET_S = 1.5  # once replies come, the turn's last one is followed by this much silence
LOCK_LIFETIME_S = 12
BACKOFF_S = (1, 2, 4, 8)
# what a channel says when the assistant failed on a message, in either language
APOLOGIES = frozenset({load_profile().technical_problem_text(), load_profile().technical_problem_text("es")})
SECRETS = {name: secrets.token_urlsafe(32) for name in (
    "ACTION_SERVER_TOKEN", "CLINIC_REST_TOKEN", "WEBCHAT_SESSION_SECRET", "SMS_HASH_KEY", "STAFF_SECRET_KEY")}
# python-engineio's asyncio client builds its WebSocket options with aiohttp >= 3.10's ClientWSTimeout; Rasa pins
# aiohttp 3.9, whose ws_connect takes that close timeout as seconds
if not hasattr(aiohttp, "ClientWSTimeout"):
    aiohttp.ClientWSTimeout = lambda ws_close=10.0, **_: ws_close
# the question each intake message should be answered with (the last one: the confirmation, by its text)
EXPECTED = ("utter_ask_intake_consent", "utter_ask_intake_adult", "utter_ask_full_name", "utter_ask_phone",
            "utter_ask_email", "utter_ask_office", "utter_ask_seeking_help", "utter_ask_contact_method",
            "utter_ask_contact_time", "utter_intake_summary", "reference")


@dataclass
class Run:
    """What all visitors share: where the proxy is, progress, and the figures."""

    proxy: str
    standin: StandIn
    total_turns: int
    began: float = field(default_factory=time.monotonic)
    turns_done: int = 0
    progress: asyncio.Condition = field(default_factory=asyncio.Condition)
    faults: List[str] = field(default_factory=list)
    replica_back: Optional[asyncio.Task] = None
    log_mark: int = 0  # the proxy's access log had this many lines when the restarted replica answered

    def at(self) -> float:
        return time.monotonic() - self.began

    def note(self, what: str) -> None:
        self.faults.append(f"{self.at():5.1f} s  {what}")
        print(f"  {self.at():5.1f} s  {what}", flush=True)

    async def turn_done(self) -> None:
        async with self.progress:
            self.turns_done += 1
            self.progress.notify_all()

    async def reached(self, share: float) -> None:
        async with self.progress:
            await self.progress.wait_for(lambda: self.turns_done >= share * self.total_turns)


class Visitor:
    """One visitor's intake: each message sent until it is answered, with backoff, within TURN_DEADLINE."""

    channel = ""

    def __init__(self, run: Run, n: int) -> None:
        self.run, self.n = run, n
        self.address = f"127.0.{n + 1}.1"
        self.turns = intake_turns(n)
        self.name, self.phone = _name(n), f"+1714555{n % 10000:04d}"
        self.conversations: set = set()
        self.log: List[tuple] = []  # (seconds, step, what came back: None for a failed sending)
        self.latencies: List[float] = []
        self.retries = self.missing = self.out_of_step = self.answered = 0
        self.random = random.Random(n)

    async def go(self) -> None:
        await asyncio.sleep(self.random.uniform(0, START_SPREAD_S))
        connector = aiohttp.TCPConnector(local_addr=(self.address, 0))
        async with aiohttp.ClientSession(connector=connector) as self.http:
            try:
                for step, text in enumerate(self.turns):
                    if step:
                        await asyncio.sleep(self.random.uniform(*THINK_S))
                    if not await self.turn(step, text):
                        self.missing += 1
                        break  # nobody carries on without an answer
                    await self.run.turn_done()
            finally:
                await self.close()

    async def turn(self, step: int, text: str) -> bool:
        began = time.monotonic()
        for attempt in range(100):
            replies = await self.attempt(step, text)
            self.log.append((round(self.run.at(), 1), step, [r.get("response") or (r.get("text") or "")[:30]
                                                             for r in replies or []] if replies else None))
            if replies is not None:
                self.latencies.append((time.monotonic() - began) * 1000)
                self.answered += 1
                if not self.in_step(step, replies):
                    self.out_of_step += 1
                return True
            pause = BACKOFF_S[min(attempt, len(BACKOFF_S) - 1)] * self.random.uniform(0.8, 1.2)
            if time.monotonic() + pause - began > TURN_DEADLINE:
                return False
            self.retries += 1
            await asyncio.sleep(pause)
        return False

    @staticmethod
    def in_step(step: int, replies: List[dict]) -> bool:
        expected = EXPECTED[step]
        return any(r.get("response") == expected or expected in (r.get("text") or "") for r in replies)

    async def attempt(self, step: int, text: str) -> Optional[List[dict]]:
        """The replies to one sending of `text`, or None when it failed."""
        raise NotImplementedError

    async def close(self) -> None:
        pass


class RestVisitor(Visitor):
    channel = "REST"

    def __init__(self, run: Run, n: int) -> None:
        super().__init__(run, n)
        self.sender = f"scale-{uuid.uuid4().hex[:12]}"
        self.conversations.add(f"rest:{self.sender}")

    async def attempt(self, step: int, text: str) -> Optional[List[dict]]:
        try:
            async with self.http.post(f"{self.run.proxy}/webhooks/rest/webhook",
                                      json={"sender": self.sender, "message": text},
                                      headers={"Authorization": f"Bearer {SECRETS['CLINIC_REST_TOKEN']}"},
                                      timeout=aiohttp.ClientTimeout(total=REST_TIMEOUT)) as response:
                replies = await response.json(content_type=None) if response.status == 200 else None
        except (aiohttp.ClientError, asyncio.TimeoutError, ValueError):
            return None
        if not replies or any(r.get("error") or r.get("rate_limited") for r in replies):
            return None  # nothing, or the calm apology: the message was not handled, send it again
        return replies


class WebVisitor(Visitor):
    """The website widget: one WebSocket, its session token presented again on every reconnection."""

    channel = "socket.io"

    def __init__(self, run: Run, n: int) -> None:
        super().__init__(run, n)
        self.client: Optional[socketio.AsyncClient] = None
        self.token: Optional[str] = None
        self.replies: List[dict] = []
        self.changed = asyncio.Event()
        self.confirmed = asyncio.Event()
        self.reconnects = 0

    def _reply(self, message: dict) -> None:
        self.replies.append(message)
        self.changed.set()

    def _confirm(self, token: str) -> None:
        self.token = token
        self.conversations.add(f"web:{token}")
        self.confirmed.set()

    async def connect(self) -> bool:
        if self.client is not None:
            self.reconnects += 1
            await self.close()
        self.client = socketio.AsyncClient(reconnection=False, http_session=self.http, handle_sigint=False)
        self.client.on("bot_uttered", self._reply)
        self.client.on("session_confirm", self._confirm)
        self.client.on("disconnect", self.changed.set)
        self.confirmed.clear()
        try:
            await self.client.connect(self.run.proxy, transports=["websocket"], wait_timeout=10)
            await self.client.emit("session_request", {"session_id": self.token})
            await asyncio.wait_for(self.confirmed.wait(), 10)
        except (socketio.exceptions.SocketIOError, asyncio.TimeoutError, aiohttp.ClientError):
            return False
        return True

    async def attempt(self, step: int, text: str) -> Optional[List[dict]]:
        if (self.client is None or not self.client.connected) and not await self.connect():
            return None
        before = len(self.replies)
        self.changed.clear()
        try:
            await self.client.emit("user_uttered", {"message": text})
        except socketio.exceptions.SocketIOError:
            return None
        deadline = time.monotonic() + REPLY_TIMEOUT
        while self.client.connected:
            got = self.replies[before:]
            if got and self.in_step(step, got):
                return got
            wait = (QUIET_S if got else deadline - time.monotonic())
            self.changed.clear()
            try:
                await asyncio.wait_for(self.changed.wait(), max(0.01, wait))
            except asyncio.TimeoutError:
                if got or time.monotonic() >= deadline:
                    break
        got = self.replies[before:]
        return got if got and not any(r.get("rate_limited") or r.get("error") for r in got) else None

    async def close(self) -> None:
        if self.client is not None and self.client.connected:
            await self.client.disconnect()


class Texter(Visitor):
    """A phone: each text a signed webhook (Twilio's own retries keep its MessageSid); replies at the stand-in."""

    channel = "SMS"
    DOUBLED_STEP = 5  # this text is delivered twice

    def __init__(self, run: Run, n: int) -> None:
        super().__init__(run, n)
        self.turns = ["1" if text == "/affirm" else text for text in self.turns]  # the numbered option
        self.number = f"+1714556{n:04d}"
        self.conversations.add(conversation_id(self.number, SECRETS["SMS_HASH_KEY"].encode()))
        self.webhook = f"{run.proxy}/webhooks/twilio/webhook"
        self.public_url = self.webhook.replace("127.0.0.1", "localhost")  # what the replicas check signatures over
        self.validator = RequestValidator(AUTH_TOKEN)
        self.redeliveries = self.doubled = 0  # deliveries again after a 5xx or no answer; and after a 200

    @staticmethod
    def in_step(step: int, replies: List[dict]) -> bool:
        return True  # texts carry no response names; the database check compares the handoff's answers

    def received(self) -> List[str]:
        return [m["body"] for m in self.run.standin.messages if m["to"] == self.number]

    async def deliver(self, params: Dict[str, str]) -> bool:
        """Twilio posting one webhook: again, with the same MessageSid, while it gets a 5xx or nothing."""
        headers = {"X-Twilio-Signature": self.validator.compute_signature(self.public_url, params)}
        for pause in BACKOFF_S:
            try:
                async with self.http.post(self.webhook, data=params, headers=headers,
                                          timeout=aiohttp.ClientTimeout(total=15)) as response:
                    if response.status < 500:
                        return response.status == 200  # Twilio delivers again only after a 5xx or no answer
            except (aiohttp.ClientError, asyncio.TimeoutError):
                pass
            self.redeliveries += 1
            await asyncio.sleep(pause)
        return False

    async def attempt(self, step: int, text: str) -> Optional[List[dict]]:
        before = len(self.received())
        params = text_params(self.number, text)
        if not await self.deliver(params):
            return None
        if step == self.DOUBLED_STEP:
            self.doubled += await self.deliver(params)
        deadline, seen, last_change = time.monotonic() + REPLY_TIMEOUT, before, time.monotonic()
        while time.monotonic() < deadline:
            count = len(self.received())
            if count != seen:
                seen, last_change = count, time.monotonic()
            elif seen > before and time.monotonic() - last_change >= QUIET_S:
                break
            await asyncio.sleep(0.1)
        texts = self.received()[before:]
        return [{"text": body} for body in texts] if texts and not APOLOGIES & set(texts) else None


# --- faults --------------------------------------------------------------------------------------------------


async def answers(url: str, timeout: float = 180) -> float:
    """Seconds until `url` answers (any HTTP status)."""
    began = time.monotonic()
    async with aiohttp.ClientSession() as session:
        while time.monotonic() - began < timeout:
            try:
                async with session.get(url, timeout=aiohttp.ClientTimeout(total=2)):
                    return time.monotonic() - began
            except (aiohttp.ClientError, asyncio.TimeoutError):
                await asyncio.sleep(0.5)
    raise RuntimeError(f"{url} did not answer within {timeout:.0f} s")


async def redis_answers(cluster: Cluster) -> None:
    client = redis.Redis(port=cluster.ports["REDIS_PORT"], password=cluster.redis_password, socket_timeout=1)
    while True:
        try:
            client.ping()
            return
        except redis.RedisError:
            await asyncio.sleep(0.1)


async def faults(run: Run, cluster: Cluster) -> None:
    await run.reached(0.15)
    os.kill(cluster.pid("rasa-1"), signal.SIGSTOP)  # hangs for a second, messages reaching it wait...
    await asyncio.sleep(1.0)
    await asyncio.to_thread(cluster.kill, "rasa-1")  # ...and die with it
    cluster.restart("rasa-1")
    run.note("rasa-1 frozen (SIGSTOP) for 1 s, killed (SIGKILL) and started again")
    run.replica_back = asyncio.create_task(replica_back(run, cluster))

    await run.reached(0.40)
    await asyncio.to_thread(cluster.kill, "redis", signal.SIGTERM)
    run.note("Redis stopped (SIGTERM)")
    await asyncio.sleep(1.0)
    cluster.restart("redis")
    await redis_answers(cluster)
    run.note("Redis started again and answers")

    await run.reached(0.60)
    os.kill(cluster.pid("actions-1"), signal.SIGSTOP)  # frozen until an action call reaches it (10 s at most)...
    waited = time.monotonic()
    while not await asyncio.to_thread(cluster.connected, "actions-1") and time.monotonic() - waited < 10:
        await asyncio.sleep(0.05)
    during = " with an action call under way" if cluster.connected("actions-1") else ""
    await asyncio.to_thread(cluster.kill, "actions-1")  # ...and killed in the middle of it
    run.note(f"actions-1 killed (SIGKILL){during}")
    await asyncio.sleep(5.0)
    cluster.restart("actions-1")
    seconds = await answers(f"http://127.0.0.1:{cluster.port('actions-1')}/health")
    run.note(f"actions-1 started again, answers after {seconds:.1f} s")


async def replica_back(run: Run, cluster: Cluster) -> None:
    """Wait until the restarted replica answers; from then on, count what the proxy sends it."""
    try:
        seconds = await answers(f"http://127.0.0.1:{cluster.port('rasa-1')}/webhooks/rest/")
    except RuntimeError as error:
        run.note(str(error))
        return
    run.note(f"rasa-1 answers again ({seconds:.0f} s after its restart)")
    run.log_mark = len(cluster.access_log())


# --- the check -----------------------------------------------------------------------------------------------


def check(cluster: Cluster, visitors: List[Visitor], run: Run) -> Dict[str, int]:
    """L, D and R from the clinic database, messages handled twice (a retry of one already handled), and from
    the proxy's log: 502s, requests to the restarted replica, action calls passed to the other action server."""
    handoffs = cluster.query("clinic", "SELECT h.conversation_id, a.full_name, a.phone_e164 FROM handoffs h "
                                       "LEFT JOIN intake_answers a ON a.handoff_id = h.id")
    transcript = cluster.query("clinic", "SELECT conversation_id, sender FROM conversation_messages ORDER BY id")
    lost = duplicated = unanswered = twice = 0
    for visitor in visitors:
        mine = [(name, phone) for conversation, name, phone in handoffs
                if conversation in visitor.conversations or phone == visitor.phone]
        duplicated += max(0, len(mine) - 1)
        lost += (visitor.name, visitor.phone) not in mine
        said = [sender for conversation, sender in transcript if conversation in visitor.conversations]
        unanswered += sum(1 for i, sender in enumerate(said)
                          if sender == "visitor" and (i + 1 == len(said) or said[i + 1] != "assistant"))
        twice += max(0, said.count("visitor") - len(visitor.turns))
    proxy_log = cluster.access_log()
    upstream = f"upstream=127.0.0.1:{cluster.port('rasa-1')}"
    return {"lost": lost, "duplicated": duplicated, "missing": unanswered + sum(v.missing for v in visitors),
            "unanswered_in_transcript": unanswered, "handled_twice": twice,
            "bad_gateway": sum(1 for line in proxy_log if '" 502 ' in line),
            "after_restart": sum(1 for line in proxy_log[run.log_mark or len(proxy_log):] if upstream in line),
            "calls_moved": sum(1 for line in proxy_log if '"POST /webhook"' in line and ", " in line)}


async def scale_check(count: int, keep: bool) -> int:
    standin = StandIn()
    runner = web.AppRunner(standin.app())
    await runner.setup()
    standin_port = free_port()
    await web.TCPSite(runner, "127.0.0.1", standin_port).start()

    cluster = Cluster(f"http://127.0.0.1:{standin_port}",
                      env=dict(SECRETS, TICKET_LOCK_LIFETIME=str(LOCK_LIFETIME_S)))
    print(f"starting the cluster in {cluster.dir} ...", flush=True)
    try:
        await asyncio.to_thread(cluster.start)
    except ClusterError as error:
        print(error, file=sys.stderr)
        return 2
    result: Optional[Dict[str, int]] = None
    visitors: List[Visitor] = []
    faults_made = False
    try:
        print(f"cluster ready in {cluster.started_in:.0f} s; {count} visitors start", flush=True)
        proxy = f"http://127.0.0.1:{cluster.ports['PROXY_PORT']}"
        run = Run(proxy=proxy, standin=standin, total_turns=0)
        visitors.extend((RestVisitor, WebVisitor, Texter)[n % 3](run, n) for n in range(count))
        run.total_turns = sum(len(v.turns) for v in visitors)
        injector = asyncio.create_task(faults(run, cluster))
        await asyncio.gather(*(v.go() for v in visitors))
        duration = run.at()
        try:
            await asyncio.wait_for(injector, 60)  # the last server may still be starting again
            faults_made = True
        except asyncio.TimeoutError:
            run.note("the visitors finished before every fault was made: this run proves nothing")
        if run.replica_back is not None:
            await run.replica_back
        result = check(cluster, visitors, run)
        print(report(visitors, run, duration, result))
        (ROOT / "bench" / "results").mkdir(parents=True, exist_ok=True)
        (ROOT / "bench" / "results" / "scale_check.json").write_text(json.dumps(
            dict(result, visitors=count, duration_s=round(duration, 1), faults=run.faults), indent=2))
    finally:
        cluster.stop()
        await runner.cleanup()
        if keep:
            (cluster.dir / "visitors.json").write_text(json.dumps(
                {f"{v.channel} {v.n}": {"conversations": sorted(v.conversations), "turns": v.log} for v in visitors},
                indent=1))
            print(f"kept {cluster.dir} (visitors.json: each visitor's sendings)")
        else:
            cluster.remove()
    if result is None:
        return 2
    print(f"scale-check: {count} intakes, {result['lost']} lost, {result['duplicated']} duplicated, "
          f"{result['missing']} replies missing")
    return 0 if result["lost"] == result["duplicated"] == result["missing"] == 0 and faults_made else 1


def report(visitors: List[Visitor], run: Run, duration: float, result: Dict[str, int]) -> str:
    latencies = [ms for v in visitors for ms in v.latencies]
    by_channel = {}
    for v in visitors:
        by_channel.setdefault(v.channel, []).append(v)
    mix = ", ".join(f"{len(vs)} {channel}" for channel, vs in by_channel.items())
    retries = ", ".join(f"{channel} {sum(v.retries for v in vs)}" for channel, vs in by_channel.items())
    reconnects = sum(getattr(v, "reconnects", 0) for v in visitors)
    redeliveries = sum(getattr(v, "redeliveries", 0) for v in visitors)
    doubled = sum(getattr(v, "doubled", 0) for v in visitors)
    lines = [
        "",
        f"{'visitors':26} {len(visitors)} at once ({mix}), each a whole intake",
        f"{'duration':26} {duration:.1f} s",
        f"{'turns answered':26} {sum(v.answered for v in visitors)} of {run.total_turns}",
        f"{'turn latency p50 / p95':26} {percentile(latencies, 50):.0f} / {percentile(latencies, 95):.0f} ms "
        "(first sending to answer, retries included)",
        f"{'retries needed':26} {sum(v.retries for v in visitors)} ({retries}); socket.io reconnections "
        f"{reconnects}; Twilio deliveries again {redeliveries} after a 5xx or no answer, {doubled} after a 200",
        f"{'502s at the proxy':26} {result['bad_gateway']}; requests to rasa-1 after its restart "
        f"{result['after_restart']}; action calls passed to the other action server {result['calls_moved']}",
        f"{'answered out of step':26} {sum(v.out_of_step for v in visitors)} (REST and socket.io: not the next "
        "question)",
        f"{'messages handled twice':26} {result['handled_twice']}",
        "faults (s after the start)",
        *(f"  {line}" for line in run.faults),
    ]
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--visitors", type=int, default=VISITORS)
    parser.add_argument("--keep", action="store_true", help="keep the cluster's folder (logs) afterwards")
    args = parser.parse_args()
    sys.exit(asyncio.run(scale_check(args.visitors, args.keep)))


if __name__ == "__main__":
    main()
