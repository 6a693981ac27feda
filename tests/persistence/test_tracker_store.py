"""A long conversation is loaded as its recent turns and the state before them (assistant/tracker_store.py):
what the assistant works from is the same as with the whole session (slots, the active form, what the policies
see), a save after such a load stores exactly the new events, and nothing the window left out is lost."""

import asyncio

import pytest
from rasa.shared.core.events import (
    ActionExecuted, ActiveLoop, BotUttered, Restarted, SessionStarted, SlotSet, UserUttered,
)

from assistant.tracker_store import RECENT_TURNS, ClinicSQLTrackerStore

SENDER = "web:long-visitor"


@pytest.fixture
def store(tmp_path, domain):
    return ClinicSQLTrackerStore(domain=domain, db=str(tmp_path / "conversations.db"))


def _turn(n, *, answer="utter_faq/how_it_works", extra=()):
    return [
        ActionExecuted("action_listen"),
        UserUttered(f"question {n}", {"name": "faq/how_it_works", "confidence": 0.9}),
        *extra,
        ActionExecuted(answer),
        BotUttered(f"answer {n}"),
    ]


def _long_session(turns):
    events = [ActionExecuted("action_session_start"), SessionStarted()]
    for n in range(turns):
        extra = ()
        if n == 3:
            extra = (SlotSet("full_name", "Robin Example"),)
        if n == 5:
            extra = (ActiveLoop("intake_form"), SlotSet("requested_slot", "phone"))
        if n == 7:
            extra = (SlotSet("handoff_failed", True),)
        events += _turn(n, extra=extra)
    return events + [ActionExecuted("action_listen")]


def _save(store, events):
    from rasa.shared.core.trackers import DialogueStateTracker
    tracker = DialogueStateTracker.from_events(SENDER, events, store.domain.slots)
    asyncio.run(store.save(tracker))


def _users(tracker):
    return [e.text for e in tracker.events if isinstance(e, UserUttered)]


def test_a_long_session_loads_its_recent_turns_with_the_state_before_them(store, domain):
    _save(store, _long_session(40))
    whole = asyncio.run(store.retrieve_full_tracker(SENDER))
    recent = asyncio.run(store.retrieve(SENDER))

    assert len(_users(whole)) == 40
    assert _users(recent) == _users(whole)[-RECENT_TURNS:]
    assert recent.current_slot_values() == whole.current_slot_values()
    assert recent.current_slot_values()["full_name"] == "Robin Example"  # set in turn 3, long before the window
    assert recent.active_loop_name == whole.active_loop_name == "intake_form"
    assert recent.latest_message.text == whole.latest_message.text == "question 39"
    # what the policies decide from: the last turns' dialogue states are the same
    assert recent.past_states(domain)[-8:] == whole.past_states(domain)[-8:]
    assert any(isinstance(e, SessionStarted) for e in recent.events)  # still one session, not a new one


def test_a_short_session_is_loaded_whole(store):
    events = _long_session(RECENT_TURNS)
    _save(store, events)
    loaded = asyncio.run(store.retrieve(SENDER))
    # as Rasa loads a session: from its start (the action before it is stamped earlier), nothing made up
    assert [e.as_dict() for e in loaded.events] == [e.as_dict() for e in events[1:]]


def test_a_save_after_a_windowed_load_stores_only_the_new_events(store):
    events = _long_session(30)
    _save(store, events)
    tracker = asyncio.run(store.retrieve(SENDER))
    tracker.update(UserUttered("one more question"))
    tracker.update(SlotSet("full_name", "Robin Q. Example"))
    asyncio.run(store.save(tracker))
    asyncio.run(store.save(tracker))  # saved twice: nothing doubled

    stored = asyncio.run(store.retrieve_full_tracker(SENDER)).events
    assert len(stored) == len(events) + 2
    assert [e.as_dict()["event"] for e in stored][:2] == ["action", "session_started"]
    assert _users(asyncio.run(store.retrieve_full_tracker(SENDER)))[-2:] == ["question 29", "one more question"]
    again = asyncio.run(store.retrieve(SENDER))
    assert again.get_slot("full_name") == "Robin Q. Example"


def test_a_restart_before_the_recent_turns_still_clears_the_slots(store):
    events = _long_session(10)
    events += [Restarted(), ActionExecuted("action_listen")]
    for n in range(10, 30):
        events += _turn(n)
    _save(store, events)
    recent = asyncio.run(store.retrieve(SENDER))
    assert recent.get_slot("full_name") is None
    assert recent.active_loop_name is None
