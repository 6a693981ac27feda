"""The SMS channel: unit checks of its pieces, then the running assistant texted through the Twilio stand-in."""

from __future__ import annotations

import re
import time

from hypothesis import HealthCheck, given, settings, strategies as st

from assistant.channels.sms import SMS_MAX_PART, choose_option, conversation_id, numbered, plain_text, split_sms
from assistant.channels.sms.state import SqlSmsState
from testbed.twilio_standin import signed_webhook, text_params
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
        before = len(self.standin.messages(self.number))
        assert signed_webhook(self.url, text_params(self.number, body, **extra)) == 200
        return [m["body"] for m in _wait(self.standin, self.number, before + expect)[before:]]


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
    phone = Phone(rasa_server, twilio_standin)
    help_reply = phone.text("HELP")
    assert CLINIC_PHONE in help_reply[0] and "STOP" in help_reply[0]
    count = len(twilio_standin.messages(phone.number))
    assert signed_webhook(phone.url, text_params(phone.number, "Stop")) == 200
    assert signed_webhook(phone.url, text_params(phone.number, "what is ketamine?")) == 200
    time.sleep(3)
    assert len(twilio_standin.messages(phone.number)) == count  # nothing more is sent after STOP
    assert "subscribed again" in phone.text("START")[0]
    assert phone.text("what is ketamine?", expect=1)


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
