"""The insights page (/staff/insights): conversations per day by channel, the funnel, topics, emergencies and
the unanswered messages grouped by similarity, for managers and admins only, from a seeded database."""

from __future__ import annotations

import csv
import io
from datetime import datetime, timedelta, timezone

import pytest

from clinic.storage.db import session_factory
from clinic.storage.handoffs import HandoffInput, record_handoff
from clinic.storage.insights import content_words, gather, group_similar, masked, UnansweredMessage
from clinic.storage.models import ConversationMessage, ConversationSummary, HandoffEvent
from clinic.storage.transcript import write_messages
from clinic.storage.review import add_staff
from staff.auth import hash_password
from tests.staff.test_app import PASSWORD, _csrf, _login, blank_app

NOW = datetime.now(timezone.utc).replace(microsecond=0)


def _conversation(db, cid, when, turns):
    """turns: (visitor text, intent, confidence, assistant response), written as the event broker writes them
    (each turn's messages together, with the conversation's summary)."""
    for offset, (text, intent, confidence, response) in enumerate(turns):
        at = when + timedelta(seconds=10 * offset)
        write_messages(db.connection(), ConversationMessage.__table__, ConversationSummary.__table__, [
            {"conversation_id": cid, "sender": "visitor", "text": text, "sent_at": at, "intent": intent,
             "confidence": confidence},
            {"conversation_id": cid, "sender": "assistant", "text": "...", "sent_at": at + timedelta(seconds=1),
             "response": response},
        ])


@pytest.fixture
def app(tmp_path):
    app = blank_app(tmp_path)
    with app.extensions["sessions"].begin() as db:
        add_staff(db, "manager", hash_password(PASSWORD), False, is_manager=True)
        yesterday = NOW - timedelta(days=1)
        _conversation(db, "web:a", yesterday, [("how does it work", "faq_how_it_works", 0.97, "utter_faq_how_it_works"),
                                               ("book me", "book_consultation", 0.95, "utter_ask_intake_consent")])
        _conversation(db, "web:b", NOW, [("is it safe", "faq_safety", 0.9, "utter_faq_safety"),
                                         ("i want to die", "crisis", 0.99, "utter_crisis")])
        _conversation(db, "sms:c", NOW, [("do you take aetna insurance plans", "nlu_fallback", 0.4, "utter_fallback"),
                                         ("call me at 714 555 0123", "inform", 0.3, "utter_affirm_ack")])
        _conversation(db, "sms:d", NOW, [("do you take insurance plans like aetna", "nlu_fallback", 0.4, "utter_clarify_one")])
        _conversation(db, "rest:e", NOW, [("what's the brain thing", "faq_how_it_works", 0.45, "utter_faq_how_it_works")])
        _conversation(db, "web:old", NOW - timedelta(days=40), [("hi", "greet", 0.99, "utter_greet")])
        for cid, status in (("web:a", "scheduled"), ("web:b", "contacted")):
            handoff, _ = record_handoff(db, HandoffInput(conversation_id=cid, intake_key="k", kind="intake",
                                                         channel="socketio", urgent=cid == "web:b"))
            db.flush()
            db.add(HandoffEvent(handoff_id=handoff.id, staff_id=None, kind="status", old_status="new",
                                new_status=status))
            handoff.status = status
    yield app
    session_factory.cache_clear()


def test_the_figures(app):
    with app.extensions["sessions"]() as db:
        found = gather(db, 30, "America/Los_Angeles", now=NOW)
    assert sum(sum(c.values()) for c in found.per_day.values()) == 5  # the 40-day-old one is outside
    assert sum(c["sms"] for c in found.per_day.values()) == 2
    assert dict(found.funnel) == {"Started a conversation": 5, "Got an answer from the articles": 3,
                                  "Started the intake": 1, "Handed to staff": 2, "Contacted by staff": 2,
                                  "Consultation scheduled": 1}
    assert dict(found.topics)["How ketamine works"] == 2
    assert dict(found.emergencies) == {"Suicide": 1}
    # the two insurance questions share a group; the low-confidence answer is its own; the intake answer
    # ("call me at...") was no question and is not counted
    assert found.unanswered_total == 3
    assert [g.count for g in found.groups] == [2, 1]
    assert sorted(found.groups[0].conversations) == ["sms:c", "sms:d"]


def test_masking_and_grouping():
    assert masked("call me at (714) 555-0123 or a@b.org") == "call me at [number] or [email]"
    assert "555" not in " ".join(content_words("my number is 714 555 0123"))
    msgs = [UnansweredMessage("c1", "how much does it cost", None, None, None, NOW),
            UnansweredMessage("c2", "how much will it cost me", None, None, None, NOW),
            UnansweredMessage("c3", "parking near tustin office", None, None, None, NOW)]
    assert [g.count for g in group_similar(msgs)] == [2, 1]


def test_only_managers_and_admins_see_it(client):
    _login(client, "nurse")
    assert client.get("/staff/insights").status_code == 403
    assert client.get("/staff/conversations/web:a").status_code == 403
    assert "Insights" not in client.get("/staff/").get_data(as_text=True)
    client.post("/staff/logout", data={"csrf_token": _csrf(client, "/staff/")})
    for who in ("manager", "admin"):
        _login(client, who)
        assert client.get("/staff/insights").status_code == 200
        client.post("/staff/logout", data={"csrf_token": _csrf(client, "/staff/")})


def test_the_page_charts_and_links_each_group_to_its_conversations(client):
    _login(client, "manager")
    page = client.get("/staff/insights?days=7").get_data(as_text=True)
    assert page.count("<svg") == 3 and 'role="img"' in page and "<script" not in page
    assert "insurance plans" in page and "/staff/conversations/sms:c" in page
    assert "714" not in page and "[number]" not in page  # the intake answer is not listed at all
    conversation = client.get("/staff/conversations/sms:c").get_data(as_text=True)
    assert "do you take aetna insurance plans" in conversation and "no handoff" in conversation
    assert client.get("/staff/conversations/sms:nope").status_code == 404
    assert client.get("/staff/insights?days=5").status_code == 400
    assert client.get("/staff/insights?days=abc").status_code == 400


def test_the_unanswered_export_is_csv_a_maintainer_can_use(client):
    _login(client, "manager")
    response = client.get("/staff/insights/unanswered.csv?days=30")
    rows = list(csv.DictReader(io.StringIO(response.get_data(as_text=True))))
    assert response.mimetype == "text/csv" and len(rows) == 3
    assert {r["group"] for r in rows if "insurance" in r["message"]} == {"1"}
    assert {r["conversation"] for r in rows} == {"sms:c", "sms:d", "rest:e"}


def test_figures_are_counted_at_most_once_a_minute(client, app, monkeypatch):
    from staff import views

    _login(client, "manager")
    first = client.get("/staff/insights?days=7").get_data(as_text=True)
    with app.extensions["sessions"].begin() as db:
        _conversation(db, "web:new", NOW, [("hello there", "greet", 0.99, "utter_greet")])
    assert client.get("/staff/insights?days=7").get_data(as_text=True).count("Started a conversation</th><td>5<") == 1
    monkeypatch.setattr(views, "INSIGHTS_FRESH_S", 0.0)
    assert "Started a conversation</th><td>6<" in client.get("/staff/insights?days=7").get_data(as_text=True)
    assert "Started a conversation</th><td>5<" in first


def test_every_crisis_and_distress_response_has_a_kind_on_the_page():
    from clinic import names
    from clinic.storage.insights import _EMERGENCY_KINDS

    responses = {*names.CRISIS_RESPONSES, names.UTTER_DISTRESS, names.UTTER_DISTRESS_ES}
    assert responses == set(_EMERGENCY_KINDS)
