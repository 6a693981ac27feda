"""The website channel's session tokens and reply annotations."""

from assistant.channels.webchat import SessionTokens, WebchatOutput, WebchatInput
from clinic import names


def test_tokens_are_accepted_only_when_genuine_and_recent():
    tokens = SessionTokens(b"k" * 32, lifetime_s=3600)
    token = tokens.issue(now=1_000_000)
    assert tokens.valid(token, now=1_000_100)
    assert not tokens.valid(token, now=1_000_000 + 3601)  # expired
    assert not tokens.valid(token[:-2] + ("AA" if token[-2:] != "AA" else "BB"), now=1_000_100)  # tampered
    assert not SessionTokens(b"x" * 32).valid(token, now=1_000_100)  # another server's key
    for junk in (None, 5, "", "abc", "a.b", "a" * 500, "..", "@@@.###"):
        assert not tokens.valid(junk)


def test_a_connection_gets_a_new_token_unless_it_offers_its_own_unused_one():
    channel = WebchatInput(secret=b"s" * 32)
    first = channel._claim("sid-1", None)
    assert channel._claim("sid-2", first) != first  # in use by sid-1
    assert channel._claim("sid-3", "guess") != first
    channel.session_of.pop("sid-1")
    assert channel._claim("sid-4", first) == first  # the same tab, reconnecting


class _FakeSio:
    def __init__(self):
        self.sent = []

    async def emit(self, event, message, room=None):
        self.sent.append((event, room, message))


def test_replies_carry_disclaimer_source_and_buttons(event_loop):
    sio = _FakeSio()
    output = WebchatOutput(sio, "bot_uttered")
    event_loop.run_until_complete(output.send_text_with_buttons(
        "room", "Note.\n\nHi there", [{"title": "Yes", "payload": "/affirm", "extra": "x"}],
        utter_action="utter_greet", **{names.META_DISCLAIMER_TEXT: "Note."},
    ))
    (_, room, first), (_, _, second) = sio.sent
    assert room == "room" and first == {"text": "Note.", "disclaimer": True}
    assert second["buttons"] == [{"title": "Yes", "payload": "/affirm"}] and second["response"] == "utter_greet"


def test_a_crisis_reply_is_marked_so_the_widget_sets_it_apart(event_loop):
    sio = _FakeSio()
    output = WebchatOutput(sio, "bot_uttered")
    crisis = {names.META_CRISIS: True}
    event_loop.run_until_complete(output.send_text_message(
        "room", "Call 911 now.\n\nNote.", utter_action="utter_crisis_medical",
        **{names.META_RESPONSE: crisis, names.META_DISCLAIMER_TEXT: "Note."}))
    event_loop.run_until_complete(output.send_text_message(
        "room", "Ketamine is an anesthetic.", utter_action="utter_faq_what_is_ketamine",
        **{names.META_RESPONSE: {names.META_SOURCE: "003_037e1f740c0a731d"}}))
    (_, _, help_now), (_, _, disclaimer), (_, _, answer) = sio.sent
    assert help_now == {"text": "Call 911 now.", "response": "utter_crisis_medical", "crisis": True}
    assert disclaimer == {"text": "Note.", "disclaimer": True}  # the disclaimer after it is not a crisis part
    assert "crisis" not in answer and answer["source"] == ["003_037e1f740c0a731d"]


def test_replicas_share_rooms_through_redis_when_a_url_is_set(monkeypatch):
    from socketio import AsyncRedisManager

    monkeypatch.delenv("WEBCHAT_REDIS_URL", raising=False)
    credentials = {"redis_url": "redis://redis.internal:6379/0"}
    assert WebchatInput.from_credentials({}).redis_url is None  # one server: rooms in this process
    assert WebchatInput.from_credentials(credentials).redis_url == "redis://redis.internal:6379/0"
    monkeypatch.setenv("WEBCHAT_REDIS_URL", "redis://10.0.0.5:6379/2")  # the environment wins
    channel = WebchatInput.from_credentials(credentials)
    channel.blueprint(lambda message: None)
    assert isinstance(channel.sio.manager, AsyncRedisManager) and channel.sio.manager.redis_url.endswith("/2")
