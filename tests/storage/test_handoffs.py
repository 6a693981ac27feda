"""The handoff record on SQLite and on PostgreSQL: written once, never twice, with its conversation's transcript."""

from __future__ import annotations

import threading
from datetime import datetime, timedelta, timezone

from sqlalchemy import func, inspect, select

from clinic.storage.handoffs import (
    CODE_LENGTH,
    ConsentInput,
    HandoffInput,
    get_by_code,
    record_handoff,
    reference_code,
)
from clinic.storage.models import ConversationMessage, Handoff
from clinic.storage.review import Filters, list_for_review

T0 = datetime(2026, 11, 23, 18, 0, tzinfo=timezone.utc)


def _messages(conversation, n, start=0):
    """What the Rasa server's event broker records for a conversation."""
    return [
        ConversationMessage(conversation_id=conversation, sender="visitor" if i % 2 == 0 else "assistant",
                            text=f"message {i}", sent_at=T0 + timedelta(seconds=i))
        for i in range(start, n)
    ]


def _input(conversation="conv-1", key="intake-1", **changes):
    data = HandoffInput(
        conversation_id=conversation,
        intake_key=key,
        kind="intake",
        channel="rest",
        answers={"full_name": "Alex Example", "phone_e164": "+17145550123", "email": "alex@example.org",
                 "office": "Tustin", "seeking_help": "depression", "seeking_help_text": "low for months",
                 "is_adult": True, "contact_method": "text", "contact_time": "evening"},
        consent=ConsentInput(True, "I agree to be contacted by text.", "2026-11-23", T0),
    )
    for name, value in changes.items():
        if name in data.answers:
            data.answers[name] = value
        else:
            setattr(data, name, value)
    return data


def _count(sessions, model=Handoff):
    with sessions() as s:
        return s.scalar(select(func.count()).select_from(model))


def test_migrations_create_every_table(db_url):
    from clinic.storage.db import make_engine

    engine = make_engine(db_url)
    assert {"handoffs", "intake_answers", "consents", "conversation_messages", "alembic_version"} <= set(
        inspect(engine).get_table_names()
    )
    engine.dispose()


def test_a_handoff_is_written_with_everything(sessions):
    with sessions.begin() as s:
        s.add_all(_messages("conv-1", 4) + _messages("another-conversation", 2))
        handoff, created = record_handoff(s, _input())
        code = handoff.reference_code
    assert created
    with sessions() as s:
        stored = get_by_code(s, code.lower())
        assert stored.intake.phone_e164 == "+17145550123"
        assert stored.consent.agreed and stored.consent.disclaimer_version == "2026-11-23"
        assert [m.text for m in stored.transcript] == ["message 0", "message 1", "message 2", "message 3"]
        assert stored.status == "new" and stored.urgent is False


def test_a_repeated_confirmation_writes_one_handoff(sessions):
    codes = set()
    for _ in range(3):
        with sessions.begin() as s:
            handoff, _ = record_handoff(s, _input())
            codes.add(handoff.reference_code)
    assert len(codes) == 1
    assert _count(sessions) == 1
    assert _count(sessions, ConversationMessage) == 0  # answers and consent only


def test_a_new_intake_in_the_same_conversation_is_a_new_handoff(sessions):
    with sessions.begin() as s:
        first, _ = record_handoff(s, _input(key="intake-1"))
        second, _ = record_handoff(s, _input(key="intake-2"))
        assert first.reference_code != second.reference_code
    assert _count(sessions) == 2


def test_two_replicas_racing_on_the_same_intake_write_one_handoff(sessions):
    """Eight writers, released together, each in its own session and transaction."""
    barrier = threading.Barrier(8)
    codes, failures = [], []

    def write():
        try:
            barrier.wait()
            with sessions.begin() as s:
                handoff, _ = record_handoff(s, _input(conversation="race", key="same"))
                codes.append(handoff.reference_code)
        except Exception as exc:  # noqa: BLE001 (the test reports it)
            failures.append(repr(exc))

    threads = [threading.Thread(target=write) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not failures
    assert len(set(codes)) == 1
    assert _count(sessions) == 1


def test_the_writer_that_loses_the_race_gets_the_winners_record(sessions, monkeypatch):
    """The unique key catches an insert that passed the existence check before the other committed."""
    from clinic.storage import handoffs as module

    with sessions.begin() as s:
        winner, _ = record_handoff(s, _input(conversation="late", key="k"))
    real_find = module._find
    calls = {"n": 0}

    def blind_first_time(session, conversation_id, intake_key):
        calls["n"] += 1
        return None if calls["n"] == 1 else real_find(session, conversation_id, intake_key)

    monkeypatch.setattr(module, "_find", blind_first_time)
    with sessions.begin() as s:
        loser, created = record_handoff(s, _input(conversation="late", key="k"))
        assert not created and loser.reference_code == winner.reference_code
    assert _count(sessions) == 1


def test_the_transcript_follows_the_conversation_after_the_handoff(sessions):
    with sessions.begin() as s:
        s.add_all(_messages("conv-1", 4))
        handoff, _ = record_handoff(s, _input())
    with sessions.begin() as s:
        s.add_all(_messages("conv-1", 7, start=4))  # the confirmation and what the visitor says after it
    with sessions() as s:
        stored = get_by_code(s, handoff.reference_code)
        assert [m.text for m in stored.transcript] == [f"message {i}" for i in range(7)]


def test_the_list_puts_urgent_first_then_newest(sessions):
    with sessions.begin() as s:
        record_handoff(s, _input(conversation="a"))
        record_handoff(s, _input(conversation="b", urgent=True))
        record_handoff(s, _input(conversation="c"))
    with sessions() as s:
        order = [h.conversation_id for h in list_for_review(s, Filters())[0]]
    assert order[0] == "b"
    assert set(order[1:]) == {"a", "c"}


def test_a_person_request_may_carry_almost_nothing(sessions):
    data = HandoffInput(conversation_id="p", intake_key="person-1", kind="person_request", channel="rest",
                        urgent=True)
    with sessions.begin() as s:
        handoff, created = record_handoff(s, data)
    assert created and handoff.urgent
    with sessions() as s:
        assert get_by_code(s, handoff.reference_code).intake.full_name is None


def test_reference_codes_are_short_unambiguous_and_stable():
    code = reference_code("conversation", "intake")
    assert code == reference_code("conversation", "intake")
    assert code != reference_code("conversation", "intake-2")
    assert len(code) == CODE_LENGTH
    assert not set(code) & set("01OIL")


def test_the_cli_lists_and_shows(db_url, monkeypatch, capsys, sessions):
    from clinic.__main__ import main
    from clinic.storage.db import session_factory

    with sessions.begin() as s:
        s.add_all(_messages("conv-1", 4))
        handoff, _ = record_handoff(s, _input())
        code = handoff.reference_code
    monkeypatch.setenv("DATABASE_URL", db_url)
    session_factory.cache_clear()
    assert main(["handoffs", "list"]) == 0
    assert code in capsys.readouterr().out
    assert main(["handoffs", "show", code]) == 0
    shown = capsys.readouterr().out
    assert "+17145550123" in shown and "message 3" in shown and "agreed" in shown
    assert main(["handoffs", "show", "NOPE42"]) == 1
    session_factory.cache_clear()
