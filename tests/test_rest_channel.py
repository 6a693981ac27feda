"""The hardened REST channel's request parsing and reply annotations."""

import json

import pytest

from assistant.channels.replies import MAX_MESSAGE_CHARS, AnnotatedCollector
from assistant.channels.rest import parse_request
from clinic import names


def _body(**payload):
    return json.dumps(payload).encode()


def test_a_good_request():
    assert parse_request(_body(sender="abc-1", message="hi")) == (("abc-1", "hi"), None)


def test_a_missing_or_null_message_is_an_empty_one():
    assert parse_request(_body(sender="abc"))[0] == ("abc", "")
    assert parse_request(_body(sender="abc", message=None))[0] == ("abc", "")


@pytest.mark.parametrize(
    "body, problem",
    [
        (b"not json", "JSON"),
        (b"", "JSON"),
        (b"\xff\xfe", "JSON"),
        (b"[1, 2]", "object"),
        (_body(message="hi"), "sender"),
        (_body(sender="", message="hi"), "sender"),
        (_body(sender="a" * 200, message="hi"), "sender"),
        (_body(sender="a b", message="hi"), "sender"),
        (_body(sender=5, message="hi"), "sender"),
        (_body(sender="abc", message=["hi"]), "message"),
        (_body(sender="abc", message="x" * (MAX_MESSAGE_CHARS + 1)), "longer"),
    ],
)
def test_bad_requests_are_explained(body, problem):
    parsed, explanation = parse_request(body)
    assert parsed is None and problem in explanation


def test_the_collector_splits_parts_and_marks_the_disclaimer_and_source(event_loop):
    collector = AnnotatedCollector()
    event_loop.run_until_complete(
        collector.send_text_message(
            "v",
            "Note: not medical advice.\n\nKetamine is an anesthetic.",
            utter_action="utter_faq_what_is_ketamine",
            metadata={"source": "003_037e1f740c0a731d"},
            **{names.META_DISCLAIMER_TEXT: "Note: not medical advice."},
        )
    )
    first, second = collector.messages
    assert first == {"recipient_id": "v", "text": "Note: not medical advice.", "disclaimer": True}
    assert second["response"] == "utter_faq_what_is_ketamine"
    assert second["source"] == ["003_037e1f740c0a731d"]
