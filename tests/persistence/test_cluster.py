"""The several-replica set-up (`make cluster`): scripts/cluster.sh itself, in a folder and on ports of the
test's own, started once for the module (PostgreSQL, Redis, two action servers, two Rasa replicas, the staff
app, nginx in front; about a minute on two cores, most of it the replicas loading the model).

- Only the proxy listens beyond the loopback interface, and through it only the website, socket.io (also on
  HTTP long-polling, which needs the sticky upstream) and the two webhooks reach the servers.
- Six messages sent at once to one conversation, three to each replica, are all answered, one turn after
  the other in the shared tracker store (the atomic Redis lock store).
- A conversation goes on through the proxy when the replica that served it is killed with SIGKILL, and
  when an action server is killed too, in the middle of an action call: the other replica answers at the
  same intake question from the shared PostgreSQL store, the call goes to the other action server; the
  handoff and its whole transcript are in the clinic's PostgreSQL database.

The test that kills servers comes last: the ones before it need both replicas.
"""

from __future__ import annotations

import json
import os
import re
import signal
import socket
import subprocess
import time
import uuid
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Callable, Dict, List

import pytest
import requests

from testbed.cluster import Cluster, ClusterError
from testbed.twilio_standin import signed_webhook, text_params
from tests.conftest import ACTIONS_PYTHON, REST_HEADERS, ROOT
from tests.security.conftest import WebVisitor


@pytest.fixture(scope="module")
def cluster(twilio_standin):
    try:
        cluster = Cluster(twilio_standin.url).start()
    except ClusterError as error:
        pytest.fail(str(error))
    print(f"\ncluster ready in {cluster.started_in:.1f} s")
    yield cluster
    cluster.stop()
    assert not cluster.leftovers(), f"still recorded as running after the script stopped: {cluster.leftovers()}"
    cluster.remove()


def say(base: str, sender: str, text: str) -> List[dict]:
    response = requests.post(f"{base}/webhooks/rest/webhook", json={"sender": sender, "message": text},
                             headers=REST_HEADERS, timeout=60)
    assert response.status_code == 200, (response.status_code, response.text[:300])
    return response.json()


def last(replies: List[dict]) -> str:
    return [r.get("response") for r in replies if r.get("response")][-1]


# --- doors -------------------------------------------------------------------------------------------------


def _listening() -> Dict[int, set]:
    """Listening TCP sockets on this machine: port -> the local addresses they are bound to."""
    found: Dict[int, set] = {}
    for table, width in (("/proc/net/tcp", 8), ("/proc/net/tcp6", 32)):
        for line in Path(table).read_text().splitlines()[1:]:
            fields = line.split()
            if fields[3] != "0A":  # LISTEN
                continue
            address, port = fields[1].split(":")
            if width == 8:
                address = socket.inet_ntoa(bytes.fromhex(address)[::-1])
            found.setdefault(int(port, 16), set()).add(address)
    return found


def _outside_address() -> str:
    """This machine's address on its network (where a stranger would connect), or "" when it has none."""
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as probe:
        try:
            probe.connect(("192.0.2.255", 9))
            address = probe.getsockname()[0]
        except OSError:
            return ""
    return "" if address.startswith("127.") else address


def test_only_the_proxy_listens_beyond_the_loopback_interface(cluster):
    listening = _listening()
    for name, port in cluster.ports.items():
        expected = {"0.0.0.0"} if name == "PROXY_PORT" else {"127.0.0.1"}
        assert listening.get(port) == expected, (name, port, listening.get(port))
    outside = _outside_address()
    if not outside:
        return
    for name, port in cluster.ports.items():
        try:
            socket.create_connection((outside, port), timeout=2).close()
            reached = True
        except OSError:
            reached = False
        assert reached == (name == "PROXY_PORT"), f"{name} ({port}) from {outside}"


@pytest.mark.parametrize("method, path", [
    ("GET", "/model"), ("POST", "/model/parse"), ("GET", "/status"), ("GET", "/version"), ("GET", "/domain"),
    ("GET", "/conversations/rest:someone/tracker"), ("POST", "/conversations/rest:someone/messages"),
    ("GET", "/webhooks/rest/"), ("POST", "/webhooks/rasa/webhook"),
    ("POST", "/webhook"), ("GET", "/health"), ("GET", "/actions"),  # the action server's paths
])
def test_the_proxy_has_no_route_to_rasas_api_or_the_action_servers(cluster, method, path):
    response = requests.request(method, cluster.proxy + path, json={"text": "hi"}, headers=REST_HEADERS, timeout=10)
    assert response.status_code == 404, (path, response.status_code, response.text[:200])
    assert "rasa" not in response.text.lower() and "actions" not in response.text.lower()


def test_the_website_chat_and_sms_work_through_the_proxy(cluster, twilio_standin):
    assert "data-server" in requests.get(cluster.proxy + "/", timeout=10).text  # the landing page, with the widget

    visitor = WebVisitor(cluster.proxy)  # WebSocket, through the upgrade headers
    try:
        assert visitor.open()
        assert any(r.get("text") for r in visitor.say("how does ketamine work?"))
    finally:
        visitor.close()

    import socketio  # HTTP long-polling: every request of the session must reach the same replica

    client, replies = socketio.Client(reconnection=False), []
    client.on("session_confirm", lambda token: replies.append("session"))
    client.on("bot_uttered", replies.append)
    client.connect(cluster.proxy, transports=["polling"])
    try:
        client.emit("session_request", {"session_id": None})
        deadline = time.monotonic() + 10
        while "session" not in replies and time.monotonic() < deadline:
            time.sleep(0.05)
        client.emit("user_uttered", {"message": "is ketamine therapy safe?"})
        while len(replies) < 2 and time.monotonic() < deadline + 10:
            time.sleep(0.05)
        assert replies[0] == "session" and replies[1].get("text"), replies
    finally:
        client.disconnect()

    number = "+17145550177"  # signed over the proxy's public URL (TWILIO_PUBLIC_URL), as Twilio would
    hook = cluster.proxy + "/webhooks/twilio/webhook"
    assert signed_webhook(hook, text_params(number, "hi")) == 200
    forged = requests.post(hook, data=text_params(number, "hi"), headers={"X-Twilio-Signature": "x"}, timeout=10)
    assert forged.status_code == 403
    deadline = time.monotonic() + 20
    while not twilio_standin.messages(number) and time.monotonic() < deadline:
        time.sleep(0.2)
    assert twilio_standin.messages(number), "no SMS reply reached the stand-in"


# --- one conversation, two replicas ------------------------------------------------------------------------


QUESTIONS = ["how does ketamine work?", "is ketamine therapy safe?", "how long does a session take?",
             "what are the side effects?", "what does it cost?", "do you take insurance?"]


def test_messages_sent_at_once_to_both_replicas_are_handled_one_at_a_time(cluster):
    sender = "cluster-" + uuid.uuid4().hex
    replicas = [f"http://127.0.0.1:{cluster.ports[name]}" for name in ("RASA_PORT_1", "RASA_PORT_2")]
    with ThreadPoolExecutor(len(QUESTIONS)) as pool:
        answers = list(pool.map(lambda i: say(replicas[i % 2], sender, QUESTIONS[i]), range(len(QUESTIONS))))
    assert all(any(r.get("text") for r in replies) for replies in answers), answers

    events = cluster.query("rasa", "SELECT type_name, action_name, data FROM events WHERE sender_id = %s "
                                   "ORDER BY id", f"rest:{sender}")
    turns, in_turn = [], False
    for type_name, action_name, data in events:
        if type_name == "user":
            assert not in_turn, "a message was taken before the previous one's turn ended"
            in_turn = True
            turns.append({"text": json.loads(data)["text"], "bot": 0})
        elif type_name == "bot":
            assert in_turn, "an answer outside a turn"
            turns[-1]["bot"] += 1
        elif type_name == "action" and action_name == "action_listen" and in_turn:
            in_turn = False
    assert not in_turn
    assert sorted(t["text"] for t in turns) == sorted(QUESTIONS)  # each message once, none lost or repeated
    assert all(t["bot"] >= 1 for t in turns), turns


# --- a replica and an action server die --------------------------------------------------------------------


def _killing_the_action_server_of(cluster, send: Callable[[], List[dict]]) -> List[dict]:
    """send() while both action servers are stopped (SIGSTOP), then SIGKILL to the one its action call
    reached and SIGCONT to the other; what send() got back."""
    names = ("actions-1", "actions-2")
    for name in names:
        os.kill(cluster.pid(name), signal.SIGSTOP)
    with ThreadPoolExecutor(1) as pool:
        reply = pool.submit(send)
        deadline = time.monotonic() + 20
        while not any(cluster.connected(name) for name in names) and time.monotonic() < deadline:
            time.sleep(0.05)
        busy = next((name for name in names if cluster.connected(name)), "actions-1")
        cluster.kill(busy)
        for name in set(names) - {busy}:
            os.kill(cluster.pid(name), signal.SIGCONT)
        return reply.result()


def test_a_conversation_carries_on_when_its_replica_and_an_action_server_are_killed(cluster):
    sender = "cluster-" + uuid.uuid4().hex
    proxy = cluster.proxy
    assert last(say(proxy, sender, "how does ketamine work?")).startswith("utter_faq_how_it_works")
    assert last(say(proxy, sender, "I'd like to book a free consultation")) == "utter_ask_intake_consent"
    assert last(say(proxy, sender, "/affirm")) == "utter_ask_intake_adult"
    assert last(say(proxy, sender, "yes")) == "utter_ask_full_name"
    assert last(say(proxy, sender, "Robin Cluster")) == "utter_ask_phone"

    served = re.search(r"upstream=127\.0\.0\.1:(\d+)$", cluster.webhook_log()[-1]).group(1)
    victim = "rasa-1" if int(served) == cluster.ports["RASA_PORT_1"] else "rasa-2"
    cluster.kill(victim)
    lines_before = len(cluster.webhook_log())

    # the other replica takes the answer to the same question, from the shared tracker store
    assert last(say(proxy, sender, "(714) 555-0188")) == "utter_ask_email"
    assert last(say(proxy, sender, "skip")) == "utter_ask_office"
    # the action server validating this answer dies in the middle of it: the other one takes the call
    answered = _killing_the_action_server_of(cluster, lambda: say(proxy, sender, "Tustin"))
    assert answered, "no reply: the action call was lost with its action server"
    assert last(answered) == "utter_ask_seeking_help"
    assert last(say(proxy, sender, "anxiety")) == "utter_ask_contact_method"
    assert last(say(proxy, sender, "call")) == "utter_ask_contact_time"
    summary = say(proxy, sender, "afternoons")
    assert last(summary) == "utter_intake_summary"
    assert "Robin Cluster" in " ".join(r.get("text") or "" for r in summary)  # said to the killed replica
    done = say(proxy, sender, "yes")
    code = re.search(r"reference ([A-Z0-9]{6})", done[-1]["text"]).group(1)

    after = cluster.webhook_log()[lines_before:]
    assert after and all('" 200 ' in line for line in after), after  # no visitor saw an error

    # the handoff, and the transcript from the event stream, in the clinic's PostgreSQL database
    shown = subprocess.run([str(ACTIONS_PYTHON), "-m", "clinic", "handoffs", "show", code], cwd=ROOT,
                           env=dict(os.environ, PYTHONPATH=str(ROOT), DATABASE_URL=cluster.url("clinic")),
                           capture_output=True, text=True).stdout
    assert "Robin Cluster" in shown and "+17145550188" in shown and "Tustin" in shown
    transcript = [text for (text,) in cluster.query(
        "clinic", "SELECT text FROM conversation_messages WHERE conversation_id = %s ORDER BY id", f"rest:{sender}",
    )]
    assert transcript[0] == "how does ketamine work?"
    assert "(714) 555-0188" in transcript and code in transcript[-1]  # before and after the kill, and the end
