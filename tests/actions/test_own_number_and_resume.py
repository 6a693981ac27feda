"""By SMS the phone question offers the texter's own number; after a long pause, the answer to "continue where
you left off?" (actions/intake.py, actions/validators.py; the pause itself is the Rasa side's, tested in
tests/test_sms.py)."""

from __future__ import annotations

import asyncio
import time

import pytest
from hypothesis import given, strategies as st
from rasa_sdk import Tracker
from rasa_sdk.events import FollowupAction, SlotSet

from actions import intake
from actions.intake import ActionAskPhone, ActionResumeIntake, ValidateIntakeForm
from actions.validators import (
    RESUME_CONTINUE, RESUME_NOT_NOW, RESUME_START_OVER, parse_own_number_choice, parse_resume_choice,
)
from clinic import names as n

NUMBER = "+17145550166"
SMS_METADATA = {n.META_NUMBER_ENDING: "0166"}


@pytest.mark.parametrize("text", [
    "yes", "Yes!", "1", "this number", "This one", "yes, this number", "Yes, this number", "the number I'm texting from",
    "the one I'm texting you from", "same number", "use this one", "yeah that's fine", "sure", "this one is fine",
])
def test_replies_that_mean_this_number(text):
    assert parse_own_number_choice(text) is True


@pytest.mark.parametrize("text", [
    "no", "No.", "2", "a different number", "A different number", "another one", "nope, use another number",
    "not this one", "no, a different one", "don't use this one",
])
def test_replies_that_mean_another_number(text):
    assert parse_own_number_choice(text) is False


@pytest.mark.parametrize("text", ["714-555-0123", "my number is (714) 555 0123", "why do you need it?", "", "hmm"])
def test_a_typed_number_or_anything_else_is_no_choice(text):
    assert parse_own_number_choice(text) is None


@given(st.text(max_size=300))
def test_the_own_number_parser_never_raises(text):
    assert parse_own_number_choice(text) in (True, False, None)
    assert parse_resume_choice(text) in (RESUME_CONTINUE, RESUME_START_OVER, RESUME_NOT_NOW, None)


@pytest.mark.parametrize("text, choice", [
    ("continue", RESUME_CONTINUE), ("1", RESUME_CONTINUE), ("yes", RESUME_CONTINUE), ("Yes please, carry on", RESUME_CONTINUE),
    ("pick up where I left off", RESUME_CONTINUE), ("start over", RESUME_START_OVER), ("2", RESUME_START_OVER),
    ("no, start again from scratch", RESUME_START_OVER), ("not now", RESUME_NOT_NOW), ("3", RESUME_NOT_NOW),
    ("no", RESUME_NOT_NOW), ("maybe later", RESUME_NOT_NOW), ("what does it cost", None), ("hello", None),
])
def test_the_answers_to_continue_where_you_left_off(text, choice):
    assert parse_resume_choice(text) == choice


# --- the actions ---


def _tracker(slots=None, text="", intent="inform", metadata=None, channel="twilio", events=None, active_loop=None,
             latest_action="action_listen"):
    message = {"text": text, "intent": {"name": intent, "confidence": 0.9}, "entities": [],
               "metadata": dict(metadata or {})}
    events = list(events if events is not None else [
        {"event": "user", "text": text, "timestamp": time.time(), "input_channel": channel,
         "parse_data": message, "metadata": message["metadata"]},
    ])
    return Tracker("sms:abc", dict(slots or {}), message, events, False, None, dict(active_loop or {}), latest_action)


def _run(action, tracker):
    from rasa_sdk.executor import CollectingDispatcher

    dispatcher = CollectingDispatcher()
    events = asyncio.run(action.run(dispatcher, tracker, {}))
    return dispatcher.messages, events


def _slots(events):
    return {e["name"]: e["value"] for e in events if e.get("event") == "slot"}


def test_by_sms_the_phone_question_offers_the_number_by_its_last_four_digits():
    messages, events = _run(ActionAskPhone(), _tracker(text="Sam Texter", metadata=SMS_METADATA))
    assert messages[0]["response"] == n.UTTER_ASK_PHONE_OWN and messages[0]["phone_ending"] == "0166"
    assert _slots(events) == {n.SLOT_PHONE_ENDING: "0166"}
    assert NUMBER not in str(messages) + str(events)


@pytest.mark.parametrize("case", ["website", "declined", "no digits"])
def test_on_the_website_or_once_declined_the_phone_question_is_the_usual_one(case):
    tracker = {
        "website": _tracker(text="Sam", metadata=SMS_METADATA, channel="socketio"),
        "declined": _tracker(slots={n.SLOT_PHONE_DECLINED: True}, text="no", metadata=SMS_METADATA),
        "no digits": _tracker(text="Sam", metadata={}),
    }[case]
    messages, events = _run(ActionAskPhone(), tracker)
    assert [m["response"] for m in messages] == [n.UTTER_ASK_PHONE] and events == []


def _answer(text, metadata, slots=None, intent="affirm"):
    slots = {n.SLOT_REQUESTED: n.SLOT_PHONE, **(slots or {})}
    return _slots(_run(ValidateIntakeForm(), _tracker(slots=slots, text=text, intent=intent, metadata=metadata))[1])


@pytest.mark.parametrize("text", ["this number", "yes", "the number I'm texting from"])
def test_yes_fills_the_phone_with_the_number_texted_from_in_e164(text):
    metadata = {**SMS_METADATA, n.META_SENDER_NUMBER: "+1 (714) 555-0166"}
    assert _answer(text, metadata)[n.SLOT_PHONE] == NUMBER


def test_a_different_number_asks_for_it_and_a_typed_number_is_taken_as_before():
    metadata = {**SMS_METADATA, n.META_SENDER_NUMBER: NUMBER}
    assert _answer("a different number", metadata, intent="deny") == {n.SLOT_PHONE: None, n.SLOT_PHONE_DECLINED: True}
    assert _answer("714 555 0123", metadata)[n.SLOT_PHONE] == "+17145550123"
    # once declined, "yes" is no phone number
    assert _answer("yes", metadata, slots={n.SLOT_PHONE_DECLINED: True})[n.SLOT_PHONE] is None


def test_without_the_number_in_the_message_yes_asks_for_the_number_rather_than_guessing():
    assert _answer("yes", SMS_METADATA) == {n.SLOT_PHONE: None, n.SLOT_PHONE_DECLINED: True}


def test_on_the_website_this_number_is_no_answer():
    slots = _slots(_run(ValidateIntakeForm(), _tracker(
        slots={n.SLOT_REQUESTED: n.SLOT_PHONE}, text="this number", metadata={n.META_SENDER_NUMBER: NUMBER},
        channel="socketio"))[1])
    assert slots.get(n.SLOT_PHONE) is None


HALF_FINISHED = {n.SLOT_CONSENT: True, n.SLOT_ADULT: True, n.SLOT_NAME: "Robin Example", n.SLOT_INTAKE_KEY: "k1"}


def _resume(text, asked=1):
    events = [{"event": "session_started"}] + [{"event": "action", "name": n.UTTER_WELCOME_BACK}] * asked
    tracker = _tracker(slots={**HALF_FINISHED, n.SLOT_RESUME: "pending"},
                       text=text, events=events)
    return _run(ActionResumeIntake(), tracker)[1]


def test_continue_resumes_the_form_at_its_next_question():
    events = _resume("continue")
    assert _slots(events) == {n.SLOT_RESUME: None, n.SLOT_REQUESTED: None}
    assert events[-1] == FollowupAction(n.FORM_INTAKE)


def test_start_over_clears_the_answers_and_begins_again():
    events = _resume("start over")
    slots = _slots(events)
    assert slots[n.SLOT_NAME] is None and slots[n.SLOT_CONSENT] is None and slots[n.SLOT_RESUME] is None
    assert events[-1] == FollowupAction(n.FORM_INTAKE)


def test_not_now_keeps_the_answers():
    events = _resume("not now")
    assert events == [SlotSet(n.SLOT_RESUME, None), FollowupAction(n.UTTER_RESUME_LATER)]


def test_anything_else_asks_again_once_then_keeps_the_answers():
    assert _resume("hmm", asked=1) == [FollowupAction(n.UTTER_WELCOME_BACK)]
    assert _resume("hmm", asked=2) == [SlotSet(n.SLOT_RESUME, None), FollowupAction(n.UTTER_RESUME_LATER)]


def test_clearing_the_intake_clears_what_the_sms_side_added_to_it():
    from clinic.intake_fields import INTAKE_SLOTS

    cleared = _slots(intake.clear_intake())
    assert set(INTAKE_SLOTS) | {n.SLOT_PHONE_DECLINED, n.SLOT_PHONE_ENDING, n.SLOT_RESUME} <= set(cleared)
