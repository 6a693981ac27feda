"""After a consultation request: "when will someone call me?" and the confirmation's time frame, from the
visitor's own choices and the clinic's own response-time wording (never an invented one)."""

from __future__ import annotations

import dataclasses

import pytest

from actions import context
from actions.after_booking import ActionWhenContacted
from actions.handoff import ActionSubmitIntake
from clinic import names as n
from clinic.profile import contact_words
from tests.actions.test_actions import CONFIRMED, _run, _tracker, database  # noqa: F401 (a fixture)


@pytest.fixture
def response_time(monkeypatch):
    """The clinic profile with `response_time` set, as a clinic that promises one would have it."""
    timed = dataclasses.replace(context.profile(), response_time="within one business day",
                                response_time_es="en un día hábil")
    monkeypatch.setattr(context, "profile", lambda: timed)
    return timed.response_time


def test_contact_words_read_as_a_sentence():
    assert contact_words("text", "evening") == "by text message, in the evening"
    assert contact_words("call", "any time") == "by phone call, at any time"


def test_the_confirmation_names_the_visitors_choice_and_no_time_the_clinic_did_not_set(database):
    messages, events = _run(ActionSubmitIntake(), _tracker(CONFIRMED))
    [done] = messages
    assert done["response"] == n.UTTER_HANDOFF_DONE
    assert done["handoff_contact"] == "by phone call, in the morning"
    assert done["when_sentence"] == ""  # the default profile sets no response time
    assert {"event": "slot", "name": n.SLOT_HANDOFF_CONTACT, "value": "by phone call, in the morning",
            "timestamp": None} in events


def test_the_confirmation_gives_the_clinics_own_time_frame(database, response_time):
    [done], _ = _run(ActionSubmitIntake(), _tracker(CONFIRMED))
    assert done["when_sentence"] == " They aim to reach out within one business day."


def test_when_contacted_after_a_request_names_it_and_promises_no_time():
    slots = {n.SLOT_HANDOFF_CODE: "ABC234", n.SLOT_HANDOFF_CONTACT: "by text message, in the evening"}
    [reply], events = _run(ActionWhenContacted(), _tracker(slots))
    assert reply["response"] == n.UTTER_WHEN_CONTACTED and events == []
    assert reply["handoff_code"] == "ABC234" and reply["handoff_contact"] == "by text message, in the evening"
    assert reply["when_sentence"] == " I can't promise an exact time."


def test_when_contacted_uses_the_clinics_time_frame(response_time):
    [reply], _ = _run(ActionWhenContacted(), _tracker({n.SLOT_HANDOFF_CODE: "ABC234"}))
    assert reply["when_sentence"] == " They aim to reach out within one business day."
    assert reply["handoff_contact"] == "the way you asked"


def test_in_spanish_the_words_are_spanish_and_the_time_the_clinics_own(response_time):
    slots = {n.SLOT_HANDOFF_CODE: "ABC234", n.SLOT_LANGUAGE: "es"}
    [reply], _ = _run(ActionWhenContacted(), _tracker(slots))
    assert reply["handoff_contact"] == "como lo pediste"
    assert reply["when_sentence"] == " Procuran comunicarse en un día hábil."
    assert contact_words("text", "evening", "es") == "por mensaje de texto, por la noche"


def test_in_spanish_without_the_clinics_spanish_wording_no_time_is_promised():
    [reply], _ = _run(ActionWhenContacted(), _tracker({n.SLOT_HANDOFF_CODE: "ABC234", n.SLOT_LANGUAGE: "es"}))
    assert reply["when_sentence"] == " No puedo prometerte una hora exacta."


def test_when_contacted_without_a_request_offers_one():
    [reply], _ = _run(ActionWhenContacted(), _tracker({}))
    assert reply["response"] == n.UTTER_WHEN_CONTACTED_NOT_BOOKED and reply["when_sentence"] == ""
