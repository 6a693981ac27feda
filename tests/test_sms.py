"""The SMS channel: unit checks of its pieces, then the running assistant texted through the Twilio stand-in."""

from __future__ import annotations

import json
import os
import re
import sqlite3
import time
import urllib.request

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from assistant.channels.sms import SMS_MAX_PART, choose_option, conversation_id, numbered, plain_text, split_sms
from assistant.channels.sms.state import SqlSmsState
from testbed.twilio_standin import OPT_IN_REPLY, OPT_OUT_REPLY, signed_webhook, text_params, text_via
from tests.conftest import CLINIC_PHONE

BUTTONS = [{"title": "Yes, I agree", "payload": "/affirm"}, {"title": "No", "payload": "/deny"}]


def test_long_replies_split_at_sentences_and_short_ones_stay_whole():
    text = " ".join(f"Sentence number {i} is here." for i in range(40))
    parts = split_sms(text)
    assert len(parts) > 1 and all(len(p) <= SMS_MAX_PART for p in parts)
    assert all(p.endswith(".") for p in parts)
    assert " ".join(parts) == text
    assert split_sms("Short.") == ["Short."]
    assert all(len(p) <= SMS_MAX_PART for p in split_sms("x" * 1000))


def test_buttons_become_a_numbered_list_and_replies_select_them():
    assert numbered("Do you agree?", BUTTONS) == "Do you agree?\n1. Yes, I agree\n2. No"
    assert choose_option("1", BUTTONS) == "/affirm"
    assert choose_option(" 2 ", BUTTONS) == "/deny"
    assert choose_option("yes, i agree", BUTTONS) == "/affirm"
    assert choose_option("3", BUTTONS) is None and choose_option("maybe", BUTTONS) is None


def test_no_markdown_or_html_reaches_a_phone():
    assert plain_text("**Call** <b>988</b> `now`") == "Call 988 now"


def test_the_conversation_id_is_a_keyed_hash_not_the_number():
    cid = conversation_id("+17145550123", b"key")
    assert "7145550123" not in cid and cid == conversation_id("+17145550123", b"key")
    assert cid != conversation_id("+17145550123", b"other key")


def test_the_embedded_state_keeps_opt_outs_handled_messages_and_buttons_across_restarts(tmp_path):
    url = f"sqlite:///{tmp_path / 'sms_state.db'}"
    state = SqlSmsState(url)
    state.opt_out("sms:a")
    assert state.first_time("SM1") and not state.first_time("SM1")
    state.remember_buttons("sms:a", BUTTONS)
    again = SqlSmsState(url)  # the server started again on the same file
    assert again.opted_out("sms:a") and not again.opted_out("sms:b")
    assert not again.first_time("SM1")
    assert choose_option("2", again.buttons("sms:a")) == "/deny"
    again.opt_in("sms:a")
    assert not state.opted_out("sms:a")


def test_state_settings_come_from_credentials_and_the_environment_wins(tmp_path, monkeypatch):
    from assistant.channels.sms.state import RedisSmsState, state_from_settings

    monkeypatch.delenv("SMS_STATE_URL", raising=False)
    monkeypatch.delenv("SMS_REDIS_URL", raising=False)
    durable, recent = state_from_settings({"state_file": str(tmp_path / "file.db")})
    assert recent is durable and durable.engine.url.database == str(tmp_path / "file.db")
    monkeypatch.setenv("SMS_STATE_URL", f"sqlite:///{tmp_path / 'shared.db'}")
    monkeypatch.setenv("SMS_REDIS_URL", "redis://10.0.0.5:6379/3")
    durable, recent = state_from_settings({"state_url": "sqlite:///elsewhere.db", "redis_url": "redis://x:1/0"})
    assert durable.engine.url.database == str(tmp_path / "shared.db")
    assert isinstance(recent, RedisSmsState) and recent.red.connection_pool.connection_kwargs["db"] == 3


def test_opt_outs_recorded_by_an_earlier_version_are_kept(tmp_path):
    import sqlite3

    path = tmp_path / "sms_state.db"
    with sqlite3.connect(path) as old:  # the table the SQLite-only store made
        old.execute("CREATE TABLE opt_outs (conversation TEXT PRIMARY KEY, since REAL)")
        old.execute("INSERT INTO opt_outs VALUES ('sms:old', 1.0)")
    assert SqlSmsState(f"sqlite:///{path}").opted_out("sms:old")


# --- the running assistant, texted through the stand-in --------------------------------------------------


def _webhook(rasa_server):
    base, _ = rasa_server
    return f"{base}/webhooks/twilio/webhook"


def _wait(standin, number, count, timeout=20):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        messages = standin.messages(number)
        if len(messages) >= count:
            time.sleep(0.3)
            return standin.messages(number)
        time.sleep(0.1)
    return standin.messages(number)


class Phone:
    counter = 0

    def __init__(self, rasa_server, standin):
        Phone.counter += 1
        self.number = f"+1714555{1000 + Phone.counter:04d}"
        self.url = _webhook(rasa_server)
        self.standin = standin

    def text(self, body, expect=1, **extra):
        """Texts through the stand-in's Twilio (which answers STOP and START itself); the texts this phone
        received in return."""
        before = len(self.standin.messages(self.number))
        assert text_via(self.standin.url, self.url, text_params(self.number, body, **extra)) == 200
        return [m["body"] for m in _wait(self.standin, self.number, before + expect)[before:]]

    def received(self):
        return self.standin.messages(self.number)


def test_unsigned_and_forged_requests_are_refused_and_nothing_is_sent(rasa_server, twilio_standin):
    phone = Phone(rasa_server, twilio_standin)
    params = text_params(phone.number, "hello")
    assert signed_webhook(phone.url, params, signature="") == 403
    assert signed_webhook(phone.url, params, signature="Zm9yZ2Vk") == 403
    assert signed_webhook(phone.url, params, auth_token="someone else's token") == 403
    time.sleep(1)
    assert twilio_standin.messages(phone.number) == []


def test_a_twilio_retry_of_the_same_message_is_handled_once(rasa_server, twilio_standin):
    phone = Phone(rasa_server, twilio_standin)
    params = text_params(phone.number, "what is ketamine?")
    assert signed_webhook(phone.url, params) == 200
    first = _wait(twilio_standin, phone.number, 2)
    assert signed_webhook(phone.url, params) == 200  # the same MessageSid again
    time.sleep(2)
    assert len(twilio_standin.messages(phone.number)) == len(first)


def test_an_sms_faq_gets_the_disclaimer_and_the_sms_variant(rasa_server, twilio_standin):
    phone = Phone(rasa_server, twilio_standin)
    replies = phone.text("what is ketamine?", expect=2)
    assert "not medical advice" in replies[0] and "emergencies" in replies[0]
    assert all(len(r) <= SMS_MAX_PART for r in replies)
    assert not any("/" + "affirm" in r or "<" in r or "**" in r for r in replies)


def test_stop_start_and_help(rasa_server, twilio_standin):
    """Twilio answers STOP and START itself; the assistant adds no confirmation of its own, sends nothing in
    between, and answers again after START."""
    phone = Phone(rasa_server, twilio_standin)
    help_reply = phone.text("HELP")
    assert CLINIC_PHONE in help_reply[0] and "STOP" in help_reply[0]
    assert phone.text("Stop") == [OPT_OUT_REPLY]  # Twilio's confirmation, and only that
    assert text_via(twilio_standin.url, phone.url, text_params(phone.number, "what is ketamine?")) == 200
    time.sleep(3)
    assert [m["body"] for m in phone.received()][-1] == OPT_OUT_REPLY  # nothing more is sent after STOP
    assert _optouts(twilio_standin)["refused"] == 0  # nor even tried
    assert phone.text("START") == [OPT_IN_REPLY]
    time.sleep(2)
    assert [m["body"] for m in phone.received()][-1] == OPT_IN_REPLY  # no second confirmation from us
    replies = phone.text("what is ketamine?", expect=2)
    assert "not medical advice" in replies[0] and "anesthetic" in replies[1]


def test_spanish_help_and_stop_words(rasa_server, twilio_standin):
    """Issue 14: AYUDA gets the help text in Spanish; PARAR, which Twilio does not know, is confirmed by the
    assistant in Spanish, and nothing more is sent until START."""
    phone = Phone(rasa_server, twilio_standin)
    [help_reply] = phone.text("AYUDA")
    assert CLINIC_PHONE in help_reply and "PARAR" in help_reply and "oprime 2" in help_reply
    [stopped] = phone.text("parar")
    assert "ya no recibirás mensajes" in stopped and "START" in stopped
    assert text_via(twilio_standin.url, phone.url, text_params(phone.number, "¿qué es la ketamina?")) == 200
    time.sleep(3)
    assert [m["body"] for m in phone.received()][-1] == stopped  # nothing more after PARAR
    before = len(phone.received())
    assert text_via(twilio_standin.url, phone.url, text_params(phone.number, "START")) == 200
    time.sleep(2)
    answers = phone.text("¿qué es la ketamina?", expect=2)
    assert len(phone.received()) > before and "anestésico" in " ".join(answers)


def _optouts(standin):
    with urllib.request.urlopen(standin.url + "/_optouts", timeout=10) as response:
        return json.loads(response.read())


def test_a_send_twilio_refuses_with_21610_records_the_opt_out_and_is_not_retried(rasa_server, twilio_standin):
    """The texter opted out with Twilio, but the STOP never reached the assistant (a lost webhook): Twilio
    refuses the reply with error 21610; the channel takes that as the opt-out, not as a failure to retry."""
    phone = Phone(rasa_server, twilio_standin)
    phone.text("how does ketamine work?", expect=2)
    urllib.request.urlopen(urllib.request.Request(f"{twilio_standin.url}/_optout?number=%2B{phone.number[1:]}",
                                                  method="POST"), timeout=10)
    refused = _optouts(twilio_standin)["refused"]
    _, log = rasa_server
    failures_before = log.read_text().count("sending failed for good")
    assert signed_webhook(phone.url, text_params(phone.number, "what are the side effects?")) == 200
    deadline = time.monotonic() + 20
    while _optouts(twilio_standin)["refused"] == refused and time.monotonic() < deadline:
        time.sleep(0.2)
    time.sleep(2)  # time for retries or later parts, had there been any
    assert _optouts(twilio_standin)["refused"] == refused + 1  # one refusal: no retry, no second part
    assert signed_webhook(phone.url, text_params(phone.number, "what is ketamine?")) == 200
    time.sleep(3)
    assert _optouts(twilio_standin)["refused"] == refused + 1  # recorded as opted out: not even tried
    assert log.read_text().count("sending failed for good") == failures_before
    assert phone.text("START") == [OPT_IN_REPLY]
    assert phone.text("what is ketamine?", expect=1)  # and back after START


def test_media_only_and_empty_messages_get_text_only_please(rasa_server, twilio_standin):
    phone = Phone(rasa_server, twilio_standin)
    assert "only read text" in phone.text("", NumMedia="1", MediaUrl0="http://example.invalid/x.jpg")[0]


def test_a_crisis_text_gets_crisis_resources(rasa_server, twilio_standin):
    phone = Phone(rasa_server, twilio_standin)
    replies = phone.text("i want to kill myself", expect=2)
    assert "988" in replies[0] and "911" in replies[0]


def test_a_whole_intake_over_sms_ends_in_a_handoff_whose_channel_is_sms(rasa_server, twilio_standin, action_server):
    phone = Phone(rasa_server, twilio_standin)
    consent = phone.text("I'd like to book a free consultation", expect=2)
    assert "1. Yes, I agree" in consent[-1] and "2. No" in consent[-1]
    assert "18" in phone.text("1")[-1]  # the numbered option selects "yes, I agree"
    phone.text("yes")
    phone.text("Sam Texter")
    phone.text("714-555-0188")
    office = phone.text("skip")[-1]
    assert "1. Tustin" in office and "3. Seal Beach" in office
    phone.text("3")
    phone.text("anxiety")
    phone.text("text")
    summary = phone.text("evening")[-1]
    assert "Is this right?" in summary and "1." in summary
    done = phone.text("1")[-1]
    code = re.search(r"reference ([A-Z0-9]{6})", done).group(1)
    shown = action_server.handoffs("show", code)
    assert "channel twilio" in shown and "Sam Texter" in shown and "+17145550188" in shown and "Seal Beach" in shown


def test_twilio_failing_twice_then_succeeding_still_delivers(rasa_server, twilio_standin):
    phone = Phone(rasa_server, twilio_standin)
    failed_before = twilio_standin.failures()["failed"]
    twilio_standin.fail_next(2)
    replies = phone.text("what are the side effects?", expect=2)
    assert twilio_standin.failures() == {"fail_next": 0, "failed": failed_before + 2}  # both failures happened
    assert len(replies) >= 2 and len(set(replies)) == len(replies)  # then delivered, each part once
    assert "not medical advice" in replies[0] and "nausea" in replies[1]  # the disclaimer, then the answer


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(body=st.one_of(st.text(max_size=3000), st.just(""), st.text(alphabet="\x00\x01\ufeff\u202e😀", max_size=50)),
       drop=st.sampled_from([None, "Body", "From", "MessageSid"]))
def test_fuzzed_webhook_fields_never_get_a_5xx(rasa_server, twilio_standin, body, drop):
    params = text_params("+17145559999", body)
    if drop:
        params.pop(drop)
    assert signed_webhook(_webhook(rasa_server), params) < 500


def test_when_twilio_is_down_the_message_is_still_handled_and_nothing_crashes(event_loop, tmp_path, caplog):
    """Sends fail (nothing listens on the API port) after their retries; the conversation goes on."""
    from assistant.channels.sms import ClinicTwilioInput
    from tests.conftest import free_port

    handled = []

    async def on_new_message(message):
        handled.append((message.sender_id, message.text))
        await message.output_channel.send_text_message(message.sender_id, "An answer.")

    channel = ClinicTwilioInput("AC0", "token", "+17145550100", "http://localhost/webhook", "key",
                                api_base=f"http://127.0.0.1:{free_port()}", state=SqlSmsState(f"sqlite:///{tmp_path / 's.db'}"),
                                backoff_s=0.01)
    event_loop.run_until_complete(channel._handle(on_new_message, "+17145550123", "what is ketamine?"))
    assert handled and handled[0][1] == "what is ketamine?" and handled[0][0].startswith("sms:")
    assert "sending failed for good" in caplog.text
    assert "7145550123" not in caplog.text and "ketamine" not in caplog.text


# --- the texter's own number as the phone, and a half-finished intake after a long pause --------------------


def _to_the_phone_question(phone, name):
    phone.text("I'd like to book a free consultation", expect=2)
    phone.text("1")
    phone.text("yes")
    return phone.text(name)[-1]


def _digits(number):
    return re.sub(r"\D", "", number)


def test_the_number_texted_from_is_offered_as_the_phone_and_yes_takes_it(rasa_server, twilio_standin, action_server):
    phone = Phone(rasa_server, twilio_standin)
    offer = _to_the_phone_question(phone, "Pat Ownnumber")
    assert offer == (f"Can the team reach you at this number, ending in {phone.number[-4:]}?\n"
                     "1. Yes, this number\n2. A different number")
    assert _digits(phone.number) not in _digits(offer)  # only the last four digits are shown
    assert "email" in phone.text("1")[-1].lower()  # the number is taken; the next question
    phone.text("skip")
    phone.text("Tustin")
    phone.text("depression")
    phone.text("call")
    summary = phone.text("morning")[-1]
    assert phone.number[-4:] in summary and "Is this right?" in summary
    code = re.search(r"reference ([A-Z0-9]{6})", phone.text("1")[-1]).group(1)
    shown = action_server.handoffs("show", code)
    assert "Pat Ownnumber" in shown and phone.number in shown and "channel twilio" in shown
    _, log = rasa_server
    local = phone.number[2:]
    for output in (log.read_text(), action_server.log.read_text()):  # never in a log, in any usual shape
        assert not any(shape in output for shape in (local, f"{local[:3]}-{local[3:6]}-{local[6:]}",
                                                     f"({local[:3]}) {local[3:6]}-{local[6:]}"))


def test_a_whole_intake_in_spanish_by_text_and_the_choice_is_remembered(rasa_server, twilio_standin, action_server):
    """Issue 14: a texter who writes in Spanish is answered in Spanish through a whole intake (the disclaimer,
    the questions, their own number offered, the summary, the confirmation), the handoff says Spanish, and
    "ENGLISH" switches back."""
    phone = Phone(rasa_server, twilio_standin)
    first = phone.text("hola, quisiera agendar una consulta gratuita", expect=2)
    assert "no es consejo médico" in first[0].lower() and "acepta" in first[-1].lower()
    assert "18" in phone.text("1")[-1]  # "¿tienes 18 años o más?"
    phone.text("sí")
    offer = phone.text("Rosa Ejemplo")[-1]
    assert phone.number[-4:] in offer and "número" in offer
    assert "correo" in phone.text("1")[-1].lower()
    phone.text("omitir")
    phone.text("Seal Beach")
    phone.text("ansiedad")
    phone.text("texto")
    summary = phone.text("por la noche")[-1]
    assert "¿Es correcto?" in summary and "por mensaje de texto, por la noche" in summary
    done = phone.text("1")[-1]
    code = re.search(r"referencia ([A-Z0-9]{6})", done).group(1)
    shown = action_server.handoffs("show", code)
    assert "Rosa Ejemplo" in shown and "language es" in shown and "channel twilio" in shown
    # a short reply keeps the language; "ENGLISH" switches back
    from tests.nlu_eval.frozen import reads_spanish

    assert reads_spanish(phone.text("gracias")[-1])
    assert "English" in phone.text("ENGLISH")[-1]


def test_typed_answers_to_the_offer_work_too(rasa_server, twilio_standin, action_server):
    phone = Phone(rasa_server, twilio_standin)
    _to_the_phone_question(phone, "Lee Different")
    assert phone.text("a different number")[-1] == "What's the best phone number to reach you?"
    assert "email" in phone.text("714 555 0142")[-1].lower()
    other = Phone(rasa_server, twilio_standin)
    _to_the_phone_question(other, "Kai Sameone")
    assert "email" in other.text("the number I'm texting from")[-1].lower()
    other.text("skip")
    other.text("Seal Beach")
    other.text("anxiety")
    other.text("text")
    summary = other.text("evening")[-1]
    assert other.number[-4:] in summary


def _conversations_db(rasa_server):
    _, log = rasa_server
    return log.parent / "conversations.db"


def _age_conversation(rasa_server, number, hours):
    """Moves every stored event of the number's conversation `hours` into the past, as if the texter had
    been away that long."""
    sender = conversation_id(number, os.environ["SMS_HASH_KEY"].encode())
    shift = hours * 3600
    with sqlite3.connect(_conversations_db(rasa_server)) as db:
        rows = db.execute("select id, timestamp, data from events where sender_id = ?", (sender,)).fetchall()
        assert rows
        for row_id, stamp, data in rows:
            event = json.loads(data)
            event["timestamp"] = stamp - shift
            db.execute("update events set timestamp = ?, data = ? where id = ?", (stamp - shift, json.dumps(event), row_id))


def test_after_a_long_pause_the_question_is_answered_then_continue_where_you_left_off(rasa_server, twilio_standin):
    phone = Phone(rasa_server, twilio_standin)
    _to_the_phone_question(phone, "Robin Away")
    _age_conversation(rasa_server, phone.number, hours=13)
    replies = phone.text("what are the side effects?", expect=3)
    assert "nausea" in " ".join(replies)  # the question is answered first
    assert replies[-1].startswith("Welcome back. Last time you started setting up a free physician consultation.")
    assert replies[-1].endswith("1. Continue\n2. Start over\n3. Not now")
    # "continue": the intake carries on where it was, nothing asked twice
    assert phone.text("1")[-1].startswith(f"Can the team reach you at this number, ending in {phone.number[-4:]}?")


def test_after_a_long_pause_a_greeting_gets_the_question_and_start_over_begins_again(rasa_server, twilio_standin):
    phone = Phone(rasa_server, twilio_standin)
    _to_the_phone_question(phone, "Sky Over")
    _age_conversation(rasa_server, phone.number, hours=30)
    replies = phone.text("hi", expect=2)
    assert "not medical advice" in replies[0]  # a new session: the disclaimer again
    assert "Welcome back" in replies[-1] and "Hi, I'm glad" not in " ".join(replies)
    assert "Do you agree" in phone.text("start over")[-1]  # the intake from its first question


def test_after_a_long_pause_an_emergency_still_comes_first(rasa_server, twilio_standin):
    phone = Phone(rasa_server, twilio_standin)
    _to_the_phone_question(phone, "Ash Urgent")
    _age_conversation(rasa_server, phone.number, hours=20)
    replies = phone.text("i want to kill myself", expect=2)
    assert "988" in replies[0] and not any("Welcome back" in r for r in replies)
    time.sleep(2)
    assert not any("Welcome back" in m["body"] for m in phone.received())


def test_after_start_an_abandoned_intake_is_offered_not_resumed(rasa_server, twilio_standin):
    phone = Phone(rasa_server, twilio_standin)
    _to_the_phone_question(phone, "Jo Returning")
    assert phone.text("STOP") == [OPT_OUT_REPLY]
    assert phone.text("START") == [OPT_IN_REPLY]
    replies = phone.text("Jo Returning", expect=2)  # not taken as an answer to the old question
    assert "Welcome back" in replies[-1]
    assert "No problem" in phone.text("3")[-1]  # not now: the answers are kept ...
    assert phone.text("book a consultation")[-1].startswith("Can the team reach you")  # ... and "book" carries on


def test_the_own_number_buttons_payload_is_the_one_the_channel_recognises():
    from pathlib import Path

    from assistant.channels.sms import text as sms_text

    responses = (Path(__file__).resolve().parents[1] / "data" / "responses" / "intake_sms.yml").read_text()
    assert f'payload: "{sms_text.OWN_NUMBER_PAYLOAD}"' in responses


def _age_in_process(conversation, hours):
    """The in-process assistant's copy of the conversation, moved `hours` into the past."""
    from rasa.shared.core.events import Event
    from rasa.shared.core.trackers import DialogueStateTracker

    store = conversation.agent.tracker_store
    tracker = conversation.tracker()
    events = []
    for event in tracker.events:
        data = event.as_dict()
        data["timestamp"] = event.timestamp - hours * 3600
        events.append(Event.from_parameters(data))
    old = DialogueStateTracker.from_events(tracker.sender_id, events, conversation.agent.domain.slots)
    conversation.loop.run_until_complete(store.save(old))


def test_on_the_website_the_phone_question_is_as_before_and_a_long_pause_asks_first(conversation):
    def responses(text):
        return [m.get("response") for m in conversation.say(text) if m.get("response")]

    responses("I'd like to book a free consultation")
    responses("/affirm")
    responses("yes")
    assert responses("Robin Website") == ["utter_ask_phone"]  # no number to offer on the website
    _age_in_process(conversation, hours=14)
    assert responses("hello again")[-1] == "utter_intake_welcome_back"
    tracker = conversation.tracker()
    assert tracker.get_slot("full_name") == "Robin Website" and tracker.active_loop_name is None
    assert responses("continue") == ["utter_ask_phone"]  # on at the same question
    assert conversation.tracker().active_loop_name == "intake_form"


# --- the channel on its own (a stand-in assistant), Twilio played by the stand-in ---------------------------

OFFER = [{"title": "Yes, this number", "payload": "this number"}, {"title": "A different number", "payload": "a different number"}]


def _channel(standin, tmp_path):
    from assistant.channels.sms import ClinicTwilioInput
    from testbed.twilio_standin import AUTH_TOKEN, CLINIC_NUMBER

    return ClinicTwilioInput("AC0", AUTH_TOKEN, CLINIC_NUMBER, "http://localhost/webhook", "key", api_base=standin.url,
                             state=SqlSmsState(f"sqlite:///{tmp_path / 's.db'}"), backoff_s=0.01)


def _assistant(seen, buttons=None):
    async def on_new_message(message):
        seen.append((message.text, dict(message.metadata or {})))
        await message.output_channel.send_text_with_buttons(message.sender_id, "A question?", buttons or OFFER)
    return on_new_message


def test_the_number_goes_to_the_assistant_only_in_the_reply_to_the_offer(event_loop, tmp_path, twilio_standin):
    channel, seen = _channel(twilio_standin, tmp_path), []
    number = "+17145550166"
    event_loop.run_until_complete(channel._handle(_assistant(seen), number, "Sam Texter"))
    event_loop.run_until_complete(channel._handle(_assistant(seen, [{"title": "Skip", "payload": "skip"}]), number, "1"))
    event_loop.run_until_complete(channel._handle(_assistant(seen), number, "skip"))
    assert seen[0] == ("Sam Texter", {"sms_number_ending": "0166"})  # before the offer: the last four digits
    assert seen[1] == ("this number", {"sms_number_ending": "0166", "sms_sender": number})  # the reply to it
    assert seen[2] == ("skip", {"sms_number_ending": "0166"})  # and never again


def test_start_begins_a_new_session_marked_as_an_opt_in_and_sends_nothing_itself(event_loop, tmp_path, twilio_standin):
    channel, seen = _channel(twilio_standin, tmp_path), []
    number = "+17145550177"
    event_loop.run_until_complete(channel._handle(_assistant(seen), number, "STOP"))
    event_loop.run_until_complete(channel._handle(_assistant(seen), number, "what is ketamine?"))
    assert seen == [] and channel.state.opted_out(conversation_id(number, b"key"))
    event_loop.run_until_complete(channel._handle(_assistant(seen), number, "Yes"))  # Twilio's START word too
    assert seen == [("/session_start", {"sms_resubscribed": True})]
    assert not channel.state.opted_out(conversation_id(number, b"key"))
    assert twilio_standin.messages(number) == []  # Twilio confirms START; the channel adds nothing
    event_loop.run_until_complete(channel._handle(_assistant(seen), number, "yes"))  # now just a "yes"
    assert seen[-1][0] == "yes"


# --- the Rasa side of a half-finished intake over a new session (assistant/policies.py) ---------------------


def _returning(domain, hours, text, intent, metadata=None, active=True, slots=None):
    """A conversation whose intake stopped at the phone question `hours` ago, and the first message of the new
    session Rasa has just started."""
    from rasa.shared.core.events import ActionExecuted, ActiveLoop, SessionStarted, SlotSet, UserUttered
    from rasa.shared.core.trackers import DialogueStateTracker

    then = time.time() - hours * 3600
    events = [ActionExecuted("action_session_start", timestamp=then - 60), SessionStarted(timestamp=then - 60),
              ActionExecuted("action_listen", timestamp=then - 60),
              UserUttered("Robin Example", {"name": "inform", "confidence": 0.9}, timestamp=then)]
    if active:
        events += [ActionExecuted("intake_form", timestamp=then), ActiveLoop("intake_form", timestamp=then)]
    events += [SlotSet("intake_consent", True, timestamp=then), SlotSet("intake_adult", True, timestamp=then),
               SlotSet("full_name", "Robin Example", timestamp=then), SlotSet("requested_slot", "phone", timestamp=then),
               *[SlotSet(name, value, timestamp=then) for name, value in (slots or {}).items()],
               ActionExecuted("action_listen", timestamp=then),
               ActionExecuted("action_session_start"), SessionStarted(), ActionExecuted("action_listen"),
               UserUttered(text, {"name": intent, "confidence": 0.95}, metadata=metadata)]
    return DialogueStateTracker.from_events("sms:returning", events, domain.slots)


def _slots_of(events):
    from rasa.shared.core.events import SlotSet

    return {e.key: e.value for e in events if isinstance(e, SlotSet)}


def test_after_a_long_pause_the_intake_is_restored_and_waits_for_the_question(domain):
    from assistant.policies import resume_intake_step

    action, events = resume_intake_step(_returning(domain, 13, "hi", "greet"), domain)
    assert action == "utter_intake_welcome_back"
    kept = _slots_of(events)
    assert kept["full_name"] == "Robin Example" and kept["intake_consent"] is True
    assert kept["intake_resume"] == "pending" and "requested_slot" not in kept  # not resumed silently


def test_after_a_long_pause_a_question_is_left_to_be_answered_first(domain):
    from assistant.policies import resume_intake_step

    action, events = resume_intake_step(_returning(domain, 13, "what does it cost?", "ask_cost"), domain)
    assert action is None and _slots_of(events)["intake_resume"] == "pending"


def test_after_a_short_pause_an_answer_goes_to_the_form_at_the_same_question(domain):
    from assistant.policies import resume_intake_step

    action, events = resume_intake_step(_returning(domain, 2, "714 555 0123", "inform"), domain)
    assert action == "intake_form"
    kept = _slots_of(events)
    assert kept["requested_slot"] == "phone" and kept["full_name"] == "Robin Example" and "intake_resume" not in kept


def test_after_start_the_intake_waits_however_short_the_pause(domain):
    from assistant.policies import resume_intake_step

    action, events = resume_intake_step(
        _returning(domain, 2, "/session_start", "session_start", metadata={"sms_resubscribed": True}), domain)
    assert action == "action_listen" and _slots_of(events)["intake_resume"] == "pending"


@pytest.mark.parametrize("slots", [{"intake_consent": None}, {"handoff_code": "ABC123"}])
def test_nothing_is_restored_without_a_half_finished_intake(domain, slots):
    """Never agreed to be contacted (nothing personal was asked), or already handed off: nothing waits."""
    from assistant.policies import resume_intake_step

    assert resume_intake_step(_returning(domain, 13, "hi", "greet", slots=slots), domain) == (None, [])
