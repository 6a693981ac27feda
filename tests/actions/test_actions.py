"""The custom actions on their own: trackers built inline, a temporary SQLite database, no Rasa server."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest
from rasa_sdk import Tracker
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions import context
from actions.handoff import ActionPersonHandoff, ActionSubmitIntake
from actions.intake import ActionAskIntakeConfirmed, ActionAskOffice, ValidateIntakeForm
from clinic import names as n
from clinic.storage.db import session_factory
from clinic.storage.handoffs import get_by_code

CONFIRMED = {
    n.SLOT_INTAKE_KEY: "k1", n.SLOT_CONSENT: True, n.SLOT_CONSENT_AT: "2026-11-23T18:00:00+00:00",
    n.SLOT_ADULT: True, n.SLOT_NAME: "Alex Example", n.SLOT_PHONE: "+17145550123", n.SLOT_EMAIL: "skipped",
    n.SLOT_OFFICE: "Tustin", n.SLOT_HELP: "anxiety", n.SLOT_HELP_TEXT: "anxiety", n.SLOT_CONTACT_METHOD: "call",
    n.SLOT_CONTACT_TIME: "morning", n.SLOT_CONFIRMED: True,
}
EVENTS = [
    {"event": "user", "text": "book a consultation", "timestamp": 1795456800.0},
    {"event": "bot", "text": "Happy to help...", "timestamp": 1795456800.5},
    {"event": "user", "text": "/affirm", "timestamp": 1795456810.0},
    {"event": "slot", "name": "x", "value": 1},
]


def _tracker(slots=None, text="", intent="inform", confidence=0.9, events=None, sender="visitor-1"):
    return Tracker(
        sender, dict(slots or {}),
        {"text": text, "intent": {"name": intent, "confidence": confidence}, "entities": []},
        list(events or EVENTS), False, None, {"name": n.FORM_INTAKE}, "action_listen",
    )


def _run(action, tracker):
    dispatcher = CollectingDispatcher()
    events = asyncio.run(action.run(dispatcher, tracker, {}))
    return dispatcher.messages, events


@pytest.fixture
def database(tmp_path, monkeypatch):
    from clinic.storage.migrate import upgrade

    url = f"sqlite:///{tmp_path / 'clinic.db'}"
    upgrade(url)
    monkeypatch.setenv("DATABASE_URL", url)
    session_factory.cache_clear()
    context.settings.cache_clear()
    yield url
    session_factory.cache_clear()
    context.settings.cache_clear()


def _slots(events):
    return {e["name"]: e["value"] for e in events if e.get("event") == "slot"}


def test_a_valid_phone_fills_the_slot_in_e164():
    _, events = _run(ValidateIntakeForm(), _tracker({n.SLOT_REQUESTED: n.SLOT_PHONE}, "call me at 714 555 0123"))
    assert _slots(events)[n.SLOT_PHONE] == "+17145550123"


def test_an_invalid_answer_is_counted_and_explained_on_the_second_try():
    messages, events = _run(ValidateIntakeForm(), _tracker({n.SLOT_REQUESTED: n.SLOT_PHONE}, "12"))
    assert messages[0]["response"] == "utter_invalid_phone"
    state = _slots(events)[n.SLOT_INVALID]
    messages, _ = _run(ValidateIntakeForm(), _tracker({n.SLOT_REQUESTED: n.SLOT_PHONE, n.SLOT_INVALID: state}, "55"))
    assert messages[0]["response"] == "utter_explain_phone"


def test_an_faq_question_is_not_an_answer():
    tracker = _tracker({n.SLOT_REQUESTED: n.SLOT_PHONE}, "what are the side effects", "faq_side_effects", 0.95)
    messages, events = _run(ValidateIntakeForm(), tracker)
    assert events == [] and messages == []


@pytest.mark.parametrize("text, intent, confidence", [
    ("quick thing - does it help ocd? thats my main issue", "faq_conditions", 0.53),  # "?" mid-message
    ("actually id rather just message a staff member directly", "talk_to_person", 0.68),
    ("eh never mind, not today. bye", "goodbye", 0.73),
    ("wait is it only for depression or can it help my back pain too", "faq_chronic_pain", 0.33),  # a question
])
def test_at_a_yes_no_question_a_reply_that_is_neither_is_left_to_its_rule(text, intent, confidence):
    """Not "please answer yes or no": the question, request or goodbye is answered (data/rules_intake.yml)."""
    messages, events = _run(ValidateIntakeForm(), _tracker({n.SLOT_REQUESTED: n.SLOT_CONSENT}, text, intent, confidence))
    assert events == [] and messages == []


def test_a_question_mid_form_is_answered_from_the_nlu_fallbacks_own_threshold():
    """QUESTION_INTERRUPT_CONFIDENCE repeats config.yml's fallback threshold (the action server does not read the
    Rasa config): a question under it is `nlu_fallback` ("Did you mean ...?"), one over it is answered."""
    import yaml

    from actions.intake import QUESTION_INTERRUPT_CONFIDENCE

    config = yaml.safe_load((Path(__file__).resolve().parents[2] / "config.yml").read_text(encoding="utf-8"))
    fallback = next(c for c in config["pipeline"] if c["name"] == "FallbackClassifier")
    assert QUESTION_INTERRUPT_CONFIDENCE == fallback["threshold"]


def test_at_a_yes_no_question_an_unplaceable_statement_still_asks_for_yes_or_no():
    messages, _ = _run(ValidateIntakeForm(), _tracker({n.SLOT_REQUESTED: n.SLOT_CONSENT}, "Dana Whitfield", "ask_locations", 0.3))
    assert messages[0]["response"] == "utter_invalid_yes_no"


def test_consent_starts_a_new_intake_key_and_no_ends_the_form():
    _, events = _run(ValidateIntakeForm(), _tracker({n.SLOT_REQUESTED: n.SLOT_CONSENT}, "yes", "affirm"))
    assert _slots(events)[n.SLOT_CONSENT] is True and _slots(events)[n.SLOT_INTAKE_KEY]
    messages, events = _run(ValidateIntakeForm(), _tracker({n.SLOT_REQUESTED: n.SLOT_CONSENT}, "no", "deny"))
    assert messages[0]["response"] == n.UTTER_CONSENT_DECLINED
    assert _slots(events)[n.SLOT_REQUESTED] is None


def test_choosing_email_without_an_email_asks_for_one():
    tracker = _tracker({n.SLOT_REQUESTED: n.SLOT_CONTACT_METHOD, n.SLOT_EMAIL: "skipped"}, "email")
    messages, events = _run(ValidateIntakeForm(), tracker)
    assert messages[0]["response"] == n.UTTER_EMAIL_NEEDED
    assert _slots(events)[n.SLOT_EMAIL] is None


def test_a_correction_at_the_summary_updates_that_answer():
    tracker = _tracker({**CONFIRMED, n.SLOT_CONFIRMED: None, n.SLOT_REQUESTED: n.SLOT_CONFIRMED},
                       "actually my email is alex@example.org")
    _, events = _run(ValidateIntakeForm(), tracker)
    assert _slots(events)[n.SLOT_EMAIL] == "alex@example.org"


def test_office_buttons_come_from_the_profile():
    messages, _ = _run(ActionAskOffice(), _tracker())
    assert [b["title"] for b in messages[0]["buttons"]] == list(context.profile().offices)


def test_the_summary_reads_back_the_phone_nationally():
    messages, _ = _run(ActionAskIntakeConfirmed(), _tracker(CONFIRMED))
    assert messages[0]["response"] == n.UTTER_SUMMARY and messages[0]["phone_display"] == "(714) 555-0123"
    assert messages[0]["email_display"] == "-"


def test_submit_writes_the_handoff_once(database):
    messages, events = _run(ActionSubmitIntake(), _tracker(CONFIRMED))
    code = _slots(events)[n.SLOT_HANDOFF_CODE]
    assert messages[0]["response"] == n.UTTER_HANDOFF_DONE and messages[0]["handoff_code"] == code
    again, _ = _run(ActionSubmitIntake(), _tracker(CONFIRMED))
    assert again[0]["handoff_code"] == code
    with session_factory()() as s:
        handoff = get_by_code(s, code)
        assert handoff.intake.email is None and handoff.consent.disclaimer_version == "2026-11-23"
        # answers and consent only: the transcript is the Rasa server's event broker's to write
        assert handoff.transcript == []


def test_submit_without_a_confirmed_intake_writes_nothing(database):
    messages, events = _run(ActionSubmitIntake(), _tracker({n.SLOT_CONSENT: True}))
    assert messages == [] and events == [SlotSet(n.SLOT_HANDOFF_FAILED, False)]


def test_a_database_failure_is_an_apology_and_keeps_the_answers(tmp_path, monkeypatch, caplog):
    monkeypatch.setenv("DATABASE_URL", f"sqlite:///{tmp_path / 'no-tables.db'}")
    session_factory.cache_clear()
    context.settings.cache_clear()
    messages, events = _run(ActionSubmitIntake(), _tracker(CONFIRMED))
    session_factory.cache_clear()
    context.settings.cache_clear()
    assert messages[0]["response"] == n.UTTER_HANDOFF_FAILED
    assert _slots(events) == {n.SLOT_HANDOFF_FAILED: True}  # nothing cleared
    assert "Alex" not in caplog.text and "5550123" not in caplog.text


def test_a_person_request_after_a_crisis_is_urgent(database):
    messages, events = _run(ActionPersonHandoff(), _tracker({n.SLOT_CRISIS: True, n.SLOT_PHONE: "+17145550123"}))
    code = _slots(events)[n.SLOT_HANDOFF_CODE]
    with session_factory()() as s:
        handoff = get_by_code(s, code)
        assert handoff.urgent and handoff.kind == "person_request" and handoff.intake.phone_e164 == "+17145550123"


def _handoff_rows(conversation):
    from sqlalchemy import func, select

    from clinic.storage.models import Handoff

    with session_factory()() as s:
        return s.scalar(select(func.count()).select_from(Handoff).where(Handoff.conversation_id == conversation))


def test_a_person_request_after_a_handoff_joins_it_as_an_event(database):
    _, events = _run(ActionSubmitIntake(), _tracker(CONFIRMED))
    code = _slots(events)[n.SLOT_HANDOFF_CODE]
    messages, events = _run(ActionPersonHandoff(), _tracker({}))  # later in the same conversation
    assert messages[0]["response"] == n.UTTER_PERSON_NOTED and _slots(events)[n.SLOT_HANDOFF_CODE] == code
    assert _handoff_rows(_tracker({}).sender_id) == 1  # no second, empty handoff
    from clinic.storage.models import HandoffEvent

    with session_factory()() as s:
        handoff = get_by_code(s, code)
        kinds = [(e.kind, e.staff_id) for e in s.query(HandoffEvent).filter_by(handoff_id=handoff.id)]
    assert kinds == [("visitor", None)]


def test_a_person_request_with_nothing_to_call_back_on_writes_nothing(database):
    messages, events = _run(ActionPersonHandoff(), _tracker({n.SLOT_CRISIS: True}))
    assert messages[0]["response"] == n.UTTER_PERSON_NO_DETAILS
    assert n.SLOT_HANDOFF_CODE not in _slots(events) and _handoff_rows(_tracker({}).sender_id) == 0
