"""The intake conversation end to end: the trained assistant in-process, the real action server, a real
database (read back through the staff command `python -m clinic handoffs`)."""

from __future__ import annotations

import re

import pytest

from tests.conftest import CLINIC_PHONE, ActionServer, Conversation

CODE = re.compile(r"reference ([A-Z0-9]{6})")


def _responses(messages):
    return [m.get("response") for m in messages if m.get("response")]


def _last(messages):
    return _responses(messages)[-1] if _responses(messages) else None


def _text(messages):
    return " ".join(m.get("text", "") for m in messages)


def _through_to_summary(c: Conversation, name="Alex Example", phone="714 555 0123"):
    """consent, age, name, phone, email, office, help, method, time: mixes buttons and typed answers."""
    assert _last(c.say("I'd like to book a free consultation")) == "utter_ask_intake_consent"
    assert _last(c.say("/affirm")) == "utter_ask_intake_adult"
    assert _last(c.say("yes")) == "utter_ask_full_name"
    assert _last(c.say(name)) == "utter_ask_phone"
    assert _last(c.say(phone)) == "utter_ask_email"
    office_question = c.say("alex@example.org")
    assert _last(office_question) == "utter_ask_office"
    assert [b["title"] for b in office_question[-1]["buttons"]] == ["Tustin", "San Juan Capistrano", "Seal Beach"]
    assert _last(c.say("seal beech")) == "utter_ask_seeking_help"
    assert _last(c.say("mostly depression, it's been a rough year")) == "utter_ask_contact_method"
    assert _last(c.say("text")) == "utter_ask_contact_time"
    summary = c.say("evenings")
    assert _last(summary) == "utter_intake_summary"
    return summary


def _code(messages):
    match = CODE.search(_text(messages))
    assert match, messages
    return match.group(1)


def test_after_booking_the_visitor_learns_what_happens_next(conversation):
    """Right after booking: the consultation, when and how the team reaches out (named by the request's code
    and the visitor's own choice, no invented time), thanks with a question, and the candidate answer's button."""
    _through_to_summary(conversation)
    done = conversation.say("yes, that's right")
    code = _code(done)
    assert "by text message, in the evening" in _text(done)
    assert _last(conversation.say("what happens at the consultation?")) == "utter_faq_consultation"
    for question in ("when will someone call me?", "thanks, when will you text me?"):
        reply = conversation.say(question)
        assert _last(reply) == "utter_when_contacted", question
        assert code in _text(reply) and "by text message, in the evening" in _text(reply)
        assert "I can't promise an exact time" in _text(reply)
    candidate = conversation.say("Am I a candidate?")
    assert _last(candidate) == "utter_faq_candidate"
    assert {"title": "Set up a free consultation", "payload": "/book_consultation"} in candidate[-1]["buttons"]


def test_a_whole_intake_in_spanish(conversation, action_server):
    """Issue 14: a visitor who writes in Spanish is answered in Spanish all the way, answers in Spanish are
    understood, and the handoff says Spanish so the right person calls back."""
    greeting = conversation.say("hola, buenas tardes")
    assert "no es consejo médico" in _text(greeting) and _last(greeting) == "utter_greet"
    assert _last(conversation.say("quiero agendar una consulta gratuita")) == "utter_ask_intake_consent"
    assert _last(conversation.say("sí, acepto")) == "utter_ask_intake_adult"
    assert _last(conversation.say("sí")) == "utter_ask_full_name"
    assert _last(conversation.say("me llamo Rosa Ejemplo")) == "utter_ask_phone"
    assert _last(conversation.say("714 555 0177")) == "utter_ask_email"
    assert _last(conversation.say("omitir")) == "utter_ask_office"
    assert _last(conversation.say("Tustin")) == "utter_ask_seeking_help"
    assert _last(conversation.say("ansiedad")) == "utter_ask_contact_method"
    assert _last(conversation.say("mándame un texto")) == "utter_ask_contact_time"
    summary = conversation.say("por la tarde")
    assert _last(summary) == "utter_intake_summary"
    assert "¿Es correcto?" in _text(summary) and "por mensaje de texto, por la tarde" in _text(summary)
    done = conversation.say("sí, es correcto")
    assert _last(done) == "utter_handoff_done"
    code = _code_es(done)
    shown = action_server.handoffs("show", code)
    assert "Rosa Ejemplo" in shown and "language es" in shown


def _code_es(messages):
    match = re.search(r"referencia ([A-Z0-9]{6})", _text(messages))
    assert match, messages
    return match.group(1)


def test_when_contacted_before_any_request_offers_one(conversation):
    reply = conversation.say("how long until I hear back from you guys?")
    assert _last(reply) == "utter_when_contacted_not_booked"
    assert reply[-1]["buttons"][0]["payload"] == "/book_consultation"


def test_a_whole_intake_is_handed_off_with_consent_and_transcript(conversation, action_server):
    summary = _through_to_summary(conversation)
    text = _text(summary)
    assert "(714) 555-0123" in text and "Seal Beach" in text and "alex@example.org" in text
    done = conversation.say("yes, that's right")
    assert _last(done) == "utter_handoff_done"
    code = _code(done)
    assert CLINIC_PHONE in _text(done)  # what happens next, and the clinic's phone
    shown = action_server.handoffs("show", code)
    assert "+17145550123" in shown and "Seal Beach" in shown and "depression" in shown
    assert "agreed" in shown and "2026-11-23" in shown  # consent and disclaimer version
    assert "I'd like to book a free consultation" in shown and "visitor" in shown and "assistant" in shown
    # the transcript (from the event stream) holds the confirmation itself and follows the conversation after it
    confirmation = done[-1]["text"]
    assert confirmation.splitlines()[0] in shown
    conversation.say("thanks so much")
    shown = action_server.handoffs("show", code)
    assert "thanks so much" in shown and shown.count(confirmation.splitlines()[0]) == 1


def test_a_repeated_confirmation_writes_one_handoff(conversation, action_server):
    _through_to_summary(conversation, name="Riley Repeat")
    code = _code(conversation.say("/affirm"))
    conversation.say("/affirm")
    conversation.say("yes")
    assert action_server.handoffs("list").count("Riley Repeat") == 1
    assert code in action_server.handoffs("list")


def test_an_faq_question_mid_form_is_answered_and_the_form_resumes(conversation):
    conversation.say("book a consultation")
    conversation.say("yes")
    conversation.say("yes")
    assert _last(conversation.say("Sam Question")) == "utter_ask_phone"
    reply = conversation.say("wait, what are the side effects of ketamine?")
    assert _responses(reply) == ["utter_faq_side_effects", "utter_ask_phone"]


def test_asking_to_book_while_booking_says_so_once_and_asks_the_open_question_again(conversation):
    """It had met the request with "I'm not sure I understood" ten times over (the form turns it down as no answer)."""
    assert _last(conversation.say("how do i book")) == "utter_ask_intake_consent"
    reply = conversation.say("perfect, i want to make the appointment for my son")
    assert _responses(reply) == ["utter_booking_underway", "utter_ask_intake_consent"]
    conversation.say("yes")
    conversation.say("yes")
    assert _responses(conversation.say("i want to book")) == ["utter_booking_underway", "utter_ask_full_name"]


def test_asking_to_book_while_booking_in_spanish(conversation):
    assert _last(conversation.say("¿cómo agendo la consulta?")) == "utter_ask_intake_consent"
    reply = conversation.say("perfecto, quiero hacer la cita para mi hijo")
    assert _responses(reply) == ["utter_booking_underway", "utter_ask_intake_consent"]
    assert "Ya estamos" in _text(reply)


def test_why_do_you_need_this_is_explained_and_the_question_repeated(conversation):
    conversation.say("book a consultation")
    conversation.say("yes")
    conversation.say("yes")
    conversation.say("Sam Why")
    reply = conversation.say("why do you need my number?")
    assert _responses(reply) == ["utter_why_needed", "utter_ask_phone"]


def test_stop_ends_the_form_and_stores_nothing(conversation, action_server):
    conversation.say("book a consultation")
    conversation.say("yes")
    conversation.say("yes")
    conversation.say("Casey Quinn")
    reply = conversation.say("cancel")
    assert _responses(reply) == ["utter_intake_cancelled"]
    assert "Casey Quinn" not in action_server.handoffs("list")
    assert conversation.tracker().get_slot("full_name") is None


def test_crisis_at_any_question_gets_crisis_resources_and_pauses_the_intake(conversation):
    conversation.say("book a consultation")
    conversation.say("yes")
    conversation.say("yes")
    reply = conversation.say("i dont want to be alive anymore")
    assert _responses(reply)[0] == "utter_crisis"
    tracker = conversation.tracker()
    assert tracker.active_loop_name is None and tracker.get_slot("crisis_flagged") is True
    resumed = conversation.say("I'd like to continue booking")
    assert _last(resumed) == "utter_ask_full_name"


def test_a_crisis_visitor_who_asks_for_a_person_is_urgent(conversation, action_server):
    conversation.say("book a consultation")
    conversation.say("yes")
    conversation.say("yes")
    conversation.say("Jordan Urgent")
    conversation.say("714-555-0144")
    conversation.say("I want to kill myself")
    reply = conversation.say("/talk_to_person")
    assert _last(reply) == "utter_person_handoff"
    code = _code(reply)
    shown = action_server.handoffs("show", code)
    assert "URGENT" in shown and "+17145550144" in shown and "Jordan Urgent" in shown


def test_repeated_invalid_answers_explain_then_offer_a_person(conversation):
    conversation.say("book a consultation")
    conversation.say("yes")
    conversation.say("yes")
    conversation.say("Pat Typo")
    assert _responses(conversation.say("12")) == ["utter_invalid_phone", "utter_ask_phone"]
    assert _responses(conversation.say("555")) == ["utter_explain_phone", "utter_ask_phone"]
    stuck = conversation.say("dunno")
    assert _responses(stuck) == ["utter_intake_stuck", "utter_ask_phone"]
    assert stuck[0]["buttons"][0]["payload"] == "/talk_to_person"
    assert _last(conversation.say("714-555-0133")) == "utter_ask_email"


def test_declining_consent_ends_kindly_with_the_phone(conversation):
    conversation.say("book a consultation")
    reply = conversation.say("no")
    assert _responses(reply) == ["utter_consent_declined"]
    assert CLINIC_PHONE in _text(reply)
    assert conversation.tracker().active_loop_name is None


def test_a_minor_is_told_to_have_a_guardian_call_and_nothing_is_kept(conversation):
    conversation.say("book a consultation")
    conversation.say("yes")
    reply = conversation.say("no")
    assert _responses(reply) == ["utter_minor"]
    tracker = conversation.tracker()
    assert tracker.get_slot("intake_consent") is None and tracker.active_loop_name is None


def test_answers_can_be_corrected_at_the_summary(conversation, action_server):
    _through_to_summary(conversation, name="Robin Fix")
    fixed = conversation.say("actually my number is 714-555-0199")
    assert _last(fixed) == "utter_intake_summary" and "(714) 555-0199" in _text(fixed)
    assert _last(conversation.say("change the office")) == "utter_ask_office"
    assert "Tustin" in _text(conversation.say("Tustin"))
    code = _code(conversation.say("yes"))
    shown = action_server.handoffs("show", code)
    assert "+17145550199" in shown and "Tustin" in shown


def test_saying_no_at_the_summary_asks_what_to_change(conversation):
    _through_to_summary(conversation, name="Kim Change")
    assert _last(conversation.say("no")) == "utter_ask_what_to_change"
    assert _last(conversation.say("change my email")) == "utter_ask_email"
    assert _last(conversation.say("kim@example.org")) == "utter_intake_summary"


@pytest.fixture
def broken_database_server(tmp_path):
    """An action server whose database has no tables yet: every write fails until it is migrated."""
    server = ActionServer(tmp_path)
    server.start(migrate=False)
    yield server
    server.stop()


def test_a_database_error_apologises_keeps_the_answers_and_the_retry_succeeds(
    broken_database_server, event_loop
):
    from testbed.agent import load_agent

    agent = event_loop.run_until_complete(load_agent("models/clinic.tar.gz", broken_database_server.url))
    c = Conversation(agent, event_loop)
    _through_to_summary(c, name="Dana Retry")
    failed = c.say("yes")
    assert _last(failed) == "utter_handoff_failed"
    assert CLINIC_PHONE in _text(failed)
    assert c.tracker().get_slot("full_name") == "Dana Retry"
    # (the timestamps' milliseconds can read "555": the phone is looked for in the lines' words, in its usual shapes)
    log = re.sub(r"^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d,\d{3} ", "", broken_database_server.log.read_text(), flags=re.MULTILINE)
    assert "Dana" not in log
    assert not any(shape in log for shape in ("555 0123", "555-0123", "5550123", "0123")), log
    broken_database_server.migrate()
    retried = c.say("try again")
    assert _last(retried) == "utter_handoff_done"
    assert "Dana Retry" in broken_database_server.handoffs("show", _code(retried))
