"""The NLG: clinic placeholders filled, the disclaimer attached to the first message of every session."""

import pytest
from rasa.shared.core.events import ActionExecuted, BotUttered, SessionStarted, UserUttered
from rasa.shared.core.trackers import DialogueStateTracker

from assistant.nlg import ClinicNLG, attach_disclaimer, disclaimer_shown
from clinic import names
from clinic.profile import load_profile


@pytest.fixture(scope="module")
def nlg(domain):
    return ClinicNLG(domain=domain, profile=load_profile())


def _tracker(domain, *events):
    base = [ActionExecuted("action_session_start"), SessionStarted(), ActionExecuted("action_listen")]
    return DialogueStateTracker.from_events("visitor", base + list(events), domain.slots)


def _generate(nlg, event_loop, action, tracker, channel="rest"):
    return event_loop.run_until_complete(nlg.generate(action, tracker, channel))


def test_first_answer_of_a_session_carries_the_disclaimer_first(nlg, domain, event_loop):
    tracker = _tracker(domain, UserUttered("hi"))
    message = _generate(nlg, event_loop, "utter_greet", tracker)
    disclaimer, answer = message["text"].split("\n\n", 1)
    assert "not medical advice" in disclaimer and "not for emergencies" in disclaimer
    assert answer.startswith("Hi")
    assert message[names.META_DISCLAIMER] == load_profile().disclaimer_version


def test_later_answers_do_not_repeat_it(nlg, domain, event_loop):
    shown = BotUttered("...", metadata={names.META_DISCLAIMER: "v"})
    tracker = _tracker(domain, UserUttered("hi"), shown, UserUttered("thanks"))
    message = _generate(nlg, event_loop, "utter_thank", tracker)
    assert "not medical advice" not in message["text"]
    assert names.META_DISCLAIMER not in message


def test_a_new_session_shows_it_again(nlg, domain, event_loop):
    shown = BotUttered("...", metadata={names.META_DISCLAIMER: "v"})
    tracker = _tracker(
        domain, UserUttered("hi"), shown, SessionStarted(), ActionExecuted("action_listen"), UserUttered("hi")
    )
    assert not disclaimer_shown(tracker)
    assert "not medical advice" in _generate(nlg, event_loop, "utter_greet", tracker)["text"]


def test_crisis_resources_come_before_the_disclaimer(nlg, domain, event_loop):
    tracker = _tracker(domain, UserUttered("i want to die"))
    text = _generate(nlg, event_loop, names.UTTER_CRISIS, tracker)["text"]
    assert text.index("988") < text.index("not medical advice")
    assert text.startswith("I'm really glad you told me")


def test_placeholders_come_from_the_profile(nlg, domain, event_loop):
    tracker = _tracker(domain, UserUttered("where are you"))
    text = _generate(nlg, event_loop, "utter_locations", tracker)["text"]
    assert "Renew Ketamine Infusion has offices in Tustin, San Juan Capistrano and Seal Beach" in text
    assert "{" not in text


def test_sms_gets_the_short_variants(nlg, domain, event_loop):
    tracker = _tracker(domain, UserUttered("what is ketamine"))
    text = _generate(nlg, event_loop, "utter_faq_what_is_ketamine", tracker, channel="twilio")["text"]
    disclaimer, answer = text.split("\n\n", 1)
    assert len(answer) <= 300
    assert "not medical advice" in disclaimer


def test_the_disclaimer_response_marks_itself(nlg, domain, event_loop):
    tracker = _tracker(domain, UserUttered("is this medical advice"))
    message = _generate(nlg, event_loop, names.UTTER_DISCLAIMER, tracker)
    assert message["text"].count("not medical advice") == 1
    assert message[names.META_DISCLAIMER]


def test_an_unknown_response_is_none(nlg, domain, event_loop):
    assert _generate(nlg, event_loop, "utter_nothing_like_this", _tracker(domain)) is None


def test_attach_disclaimer_to_an_empty_message():
    message = attach_disclaimer({"text": ""}, "Note.", "v1")
    assert message["text"] == "Note."
