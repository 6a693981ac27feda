"""The action server is not a public door: it listens on loopback only, and a call without the Rasa
server's token runs nothing, writes nothing, and echoes nothing back."""

from __future__ import annotations

import os
import subprocess

import psutil
import pytest
import requests

from tests.conftest import ACTION_HEADERS, ACTIONS_PYTHON, ROOT

FORGED_NAME = "<b>Forged Canaryperson</b>"


def _forged_submit(code_hint: str = "") -> dict:
    """What an attacker posts: the submit action with made-up slots that no validator ever saw."""
    slots = {
        "intake_consent": True, "consent_at": "2026-11-26T00:00:00+00:00", "intake_adult": True,
        "full_name": FORGED_NAME, "phone": "=HYPERLINK(\"http://evil\")", "email": "not-an-email",
        "office": "Tustin", "seeking_help": "depression", "contact_method": "call", "contact_time": "morning",
        "intake_confirmed": True, "crisis_flagged": True, "intake_key": "forged" + code_hint,
    }
    return {
        "next_action": "action_submit_intake", "sender_id": "forged-sender", "version": "3.6.21",
        "tracker": {"sender_id": "forged-sender", "slots": slots, "events": [], "latest_message": {},
                    "latest_input_channel": "rest", "active_loop": {}, "paused": False,
                    "followup_action": None, "latest_event_time": 0, "latest_action_name": None},
        "domain": {},
    }


def _handoff_count(action_server) -> int:
    listing = action_server.handoffs("list", "--limit", "1000")
    return 0 if "no handoffs" in listing else len(listing.strip().splitlines()) - 1


@pytest.mark.parametrize("headers", [{}, {"Authorization": "Bearer guess"}, {"Authorization": "guess"},
                                     {"Authorization": ACTION_HEADERS["Authorization"][:-1]}])
def test_a_forged_call_gets_401_and_writes_nothing(action_server, headers):
    before = _handoff_count(action_server)
    for body in (_forged_submit(), {"next_action": "action_person_handoff", "sender_id": "x",
                                    "tracker": {"sender_id": "x", "slots": {"phone": "+17145550100"},
                                                "events": [{"event": "user", "text": "injected line"}]}}):
        response = requests.post(action_server.url, json=body, headers=headers, timeout=30)
        assert response.status_code == 401
        assert FORGED_NAME not in response.text and "injected" not in response.text
    listing = requests.get(action_server.url.replace("/webhook", "/actions"), headers=headers, timeout=10)
    assert listing.status_code == 401  # not even the list of actions
    assert _handoff_count(action_server) == before
    assert "Canaryperson" not in action_server.handoffs("list", "--limit", "1000")


def test_the_rasa_servers_token_is_accepted(action_server):
    """The check must not simply refuse everything: the token the Rasa server sends runs the action."""
    response = requests.post(action_server.url, json={"next_action": "action_reset_intake", "sender_id": "s",
                                                      "tracker": {"sender_id": "s", "slots": {}, "events": []},
                                                      "domain": {}}, headers=ACTION_HEADERS, timeout=30)
    assert response.status_code == 200 and "events" in response.json()
    assert requests.get(action_server.url.replace("/webhook", "/health"), timeout=10).status_code == 200


def test_an_error_echoes_nothing_of_the_conversation(action_server):
    body = {"next_action": "action_submit_intake", "sender_id": "s",
            "tracker": ["Zinnia Echocanary 714-555-0142"], "domain": "Zinnia Echocanary"}
    response = requests.post(action_server.url, json=body, headers=ACTION_HEADERS, timeout=30)
    assert response.status_code >= 400
    assert "Echocanary" not in response.text and "555-0142" not in response.text
    assert "Echocanary" not in action_server.log.read_text()


def test_it_listens_on_loopback_only(action_server):
    addresses = {c.laddr.ip for c in psutil.Process(action_server.process.pid).connections("tcp")
                 if c.status == psutil.CONN_LISTEN}
    assert addresses and addresses <= {"127.0.0.1", "::1"}, addresses


def test_in_production_it_refuses_to_start_without_its_own_token(tmp_path):
    env = {k: v for k, v in os.environ.items() if k not in ("CLINIC_ENV", "ACTION_SERVER_TOKEN")}
    env["PYTHONPATH"] = str(ROOT)
    for token in (None, "local-development-key-replace-in-production", "short"):
        if token:
            env["ACTION_SERVER_TOKEN"] = token
        done = subprocess.run([str(ACTIONS_PYTHON), "-m", "actions", "--port", "1"], env=env, cwd=ROOT,
                              capture_output=True, text=True, timeout=60)
        assert done.returncode != 0 and "ACTION_SERVER_TOKEN" in done.stderr, (token, done.stderr[-500:])
