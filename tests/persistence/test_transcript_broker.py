"""The transcript from Rasa's event stream (issue 10): the broker writes visitor and assistant messages, in order,
once each, into the clinic database's transcript table; a database that is briefly away loses nothing; the
tracker store hands it each turn's new events from the save itself."""

import asyncio
import json
import logging
import sqlite3

import pytest
import sqlalchemy as sa
from rasa.shared.core.events import ActionExecuted, BotUttered, SlotSet, UserUttered
from rasa.shared.core.trackers import DialogueStateTracker

from assistant.tracker_store import ClinicSQLTrackerStore
from assistant.transcript_broker import TranscriptBroker, transcript_row
from clinic.storage.transcript import conversation_messages, conversation_summaries


def _create_table(url):
    engine = sa.create_engine(url)
    metadata = sa.MetaData()
    conversation_messages(metadata)
    conversation_summaries(metadata)
    metadata.create_all(engine)
    engine.dispose()


def _rows(path):
    with sqlite3.connect(path) as db:
        return db.execute("select conversation_id, sender, text from conversation_messages order by id").fetchall()


def test_only_messages_become_rows_and_buttons_read_as_choices():
    assert transcript_row({"event": "user", "text": "/affirm", "sender_id": "web:1", "timestamp": 1795456800})[
        "text"] == "[button: affirm]"
    assert transcript_row({"event": "bot", "text": "Hi", "sender_id": "web:1"})["sender"] == "assistant"
    assert transcript_row({"event": "slot", "name": "phone", "value": "+17145550123", "sender_id": "web:1"}) is None
    assert transcript_row({"event": "bot", "text": None, "sender_id": "web:1"}) is None


def test_rows_keep_what_the_assistant_made_of_a_message_and_which_response_it_gave():
    """The staff transcript shows a button click as its title and marks the message that raised the urgent
    flag; the insights page counts topics and unanswered messages: both read these columns."""
    user = UserUttered("can it help ocd", intent={"name": "faq_ocd", "confidence": 0.42}).as_dict()
    row = transcript_row({**user, "sender_id": "web:1"})
    assert (row["intent"], row["confidence"], row["response"]) == ("faq_ocd", 0.42, None)
    bot = BotUttered("Did you mean:", data={"buttons": [{"title": "OCD", "payload": "/faq_ocd"}]},
                     metadata={"utter_action": "utter_clarify_one"}).as_dict()
    row = transcript_row({**bot, "sender_id": "web:1"})
    assert row["response"] == "utter_clarify_one" and row["intent"] is None
    assert json.loads(row["buttons"]) == [{"title": "OCD", "payload": "/faq_ocd"}]
    assert transcript_row({"event": "bot", "text": "Hi", "sender_id": "web:1"})["buttons"] is None


def test_a_database_that_is_away_loses_nothing(tmp_path, caplog):
    url = f"sqlite:///{tmp_path / 'clinic.db'}"
    broker = TranscriptBroker(url=url)
    with caplog.at_level(logging.ERROR):
        broker.publish_many([{"event": "user", "text": "my number is 714 555 0123", "sender_id": "rest:a"}])
    assert "transcript write failed" in caplog.text and "0123" not in caplog.text  # no table yet
    _create_table(url)
    broker.publish_many([{"event": "bot", "text": "Thanks", "sender_id": "rest:a"}])
    assert _rows(tmp_path / "clinic.db") == [("rest:a", "visitor", "my number is 714 555 0123"),
                                             ("rest:a", "assistant", "Thanks")]
    asyncio.run(broker.close())


@pytest.fixture
def store(tmp_path, domain):
    url = f"sqlite:///{tmp_path / 'clinic.db'}"
    _create_table(url)
    return ClinicSQLTrackerStore(domain=domain, db=str(tmp_path / "conversations.db"),
                                 event_broker=TranscriptBroker(url=url))


def test_each_turn_is_published_once_from_the_save(store, tmp_path, domain):
    tracker = DialogueStateTracker("web:visitor", domain.slots)
    tracker.update(UserUttered("hi"))
    tracker.update(BotUttered("Hello! Quick note: I'm not a doctor."))
    asyncio.run(store.save(tracker))
    asyncio.run(store.save(tracker))  # nothing new: nothing written
    tracker.update(ActionExecuted("action_listen"))
    tracker.update(SlotSet("full_name", "Robin Example"))
    tracker.update(UserUttered("how does ketamine work?"))
    asyncio.run(store.save(tracker))
    assert _rows(tmp_path / "clinic.db") == [
        ("web:visitor", "visitor", "hi"),
        ("web:visitor", "assistant", "Hello! Quick note: I'm not a doctor."),
        ("web:visitor", "visitor", "how does ketamine work?"),
    ]
    with sqlite3.connect(tmp_path / "clinic.db") as db:
        assert db.execute("select channel, answered from conversation_summaries").fetchall() == [("web", 0)]
        # a visitor message keeps the response that answered it
        assert db.execute("select reply from conversation_messages where text = 'hi'").fetchall() == [(None,)]
    loaded = asyncio.run(store.retrieve("web:visitor"))
    assert [e.text for e in loaded.events if isinstance(e, UserUttered)] == ["hi", "how does ketamine work?"]


def test_a_turn_records_the_reply_on_the_visitor_message_and_keeps_the_conversations_summary(tmp_path):
    url = f"sqlite:///{tmp_path / 'clinic.db'}"
    _create_table(url)
    broker = TranscriptBroker(url=url)

    def turn(text, intent, confidence, response, at):
        user = UserUttered(text, intent={"name": intent, "confidence": confidence}, timestamp=at).as_dict()
        bot = BotUttered("...", metadata={"utter_action": response}, timestamp=at + 1).as_dict()
        broker.publish_many([{**user, "sender_id": "sms:abc"}, {**bot, "sender_id": "sms:abc"}])

    turn("hmm what about the brain", "nlu_fallback", 0.4, "utter_fallback", 1795456800)
    turn("how does it work", "faq_how_it_works", 0.97, "utter_faq_how_it_works", 1795456900)
    with sqlite3.connect(tmp_path / "clinic.db") as db:
        assert db.execute("select text, reply from conversation_messages where sender = 'visitor' order by id"
                          ).fetchall() == [("hmm what about the brain", "utter_fallback"),
                                           ("how does it work", "utter_faq_how_it_works")]
        summary = db.execute("select channel, answered, intake_started, started_at < last_at "
                             "from conversation_summaries").fetchall()
    assert summary == [("sms", 1, 0, 1)]
    asyncio.run(broker.close())
