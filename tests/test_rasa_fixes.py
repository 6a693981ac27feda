"""The correction to Rasa's check of action server replies (assistant/rasa_fixes.py) checks replies exactly as
Rasa's own did: well-formed replies pass, malformed ones raise Rasa's ValidationError with its explanation."""

import pytest
from jsonschema import ValidationError
from rasa.core.actions.action import RemoteAction

import assistant  # noqa: F401  (applies the correction)

ACTION = RemoteAction("validate_intake_form", None)


def test_the_correction_is_in_place():
    assert RemoteAction._validate_action_result.__module__ == "assistant.rasa_fixes"


@pytest.mark.parametrize("reply", [
    {"events": [], "responses": []},
    {"events": [{"event": "slot", "name": "full_name", "value": "Robin Example", "timestamp": None}],
     "responses": [{"response": "utter_ask_phone"}]},
    {"events": [{"event": "active_loop", "name": None}, {"event": "followup", "name": "action_listen"}]},
])
def test_well_formed_replies_pass(reply):
    assert ACTION._validate_action_result(reply) is True


@pytest.mark.parametrize("reply", [
    {"events": "not a list"},
    {"events": [{"event": "no_such_event"}]},
    {"events": [{"event": "slot", "value": 1}]},  # a slot event without a name
    {"responses": "not a list"},
])
def test_malformed_replies_raise_rasas_error(reply):
    with pytest.raises(ValidationError, match="Failed to validate Action server response"):
        ACTION._validate_action_result(reply)


def test_the_same_replies_fail_under_rasas_own_check():
    """The reference: jsonschema.validate on Rasa's schema agrees on every case above."""
    from jsonschema import validate
    schema = RemoteAction.action_response_format_spec()
    validate({"events": [], "responses": []}, schema)
    for bad in ({"events": "not a list"}, {"events": [{"event": "no_such_event"}]}):
        with pytest.raises(ValidationError):
            validate(bad, schema)


def test_every_message_processor_listens_after_its_circuit_breaker_trips():
    from rasa.core.processor import MessageProcessor
    from rasa.shared.core.domain import Domain
    from rasa.shared.core.events import ActionExecuted, UserUttered
    from rasa.shared.core.trackers import DialogueStateTracker

    from assistant.rasa_fixes import listen_after_circuit_break

    assert MessageProcessor.__init__.__module__ == "assistant.rasa_fixes"
    tracker = DialogueStateTracker.from_events("visitor", [ActionExecuted("action_listen"), UserUttered("hm"),
                                                           ActionExecuted("utter_fallback")], Domain.empty().slots)
    listen_after_circuit_break(tracker, None, None)
    assert tracker.latest_action_name == "action_listen"


def test_every_event_class_is_found_by_its_type_name_as_rasa_finds_it():
    from rasa.shared.core.events import Event
    from rasa.shared.utils.common import all_subclasses

    from assistant import rasa_fixes

    assert Event.resolve_by_type.__module__ == "assistant.rasa_fixes"
    for cls in all_subclasses(Event):
        if getattr(cls, "type_name", None):
            assert Event.resolve_by_type(cls.type_name) is rasa_fixes._RASA_RESOLVE_EVENT(cls.type_name)
    with pytest.raises(ValueError):
        Event.resolve_by_type("no_such_event")
    assert Event.resolve_by_type("no_such_event", default=Event) is Event


# Conversations through the rules' branches: FAQ answers, a follow-up, the intake form with a question in the
# middle and a correction, a crisis mid-form, the fallback, buttons and small talk
_CONVERSATIONS = [
    ["hi", "how does ketamine work", "and how long does it last?", "thanks", "bye"],
    ["i want to book a consultation", "yes", "yes", "Robin Example", "wait, is it painful?", "555-0142",
     "robin@example.com", "Tustin", "depression", "phone", "mornings", "no, change my phone", "555-0143", "yes"],
    ["i'd like to book", "yes", "yes", "Sam Example", "i want to die"],
    ["asdfgh qwerty", "/faq_side_effects", "are you a bot?", "talk to a person", "what are your hours"],
]


@pytest.mark.parametrize("texts", _CONVERSATIONS, ids=lambda texts: texts[0])
def test_the_rule_policy_finds_exactly_the_rules_rasa_finds(new_conversation, monkeypatch, texts):
    from rasa.core.policies.rule_policy import RulePolicy

    from assistant import rasa_fixes

    assert RulePolicy._get_possible_keys.__module__ == "assistant.rasa_fixes"
    compared = []

    def checked(self, lookup, states):
        found = rasa_fixes._get_possible_keys(self, lookup, states)
        assert found == rasa_fixes._RASA_POSSIBLE_KEYS(self, lookup, states), states
        compared.append(len(found))
        return found

    monkeypatch.setattr(RulePolicy, "_get_possible_keys", checked)
    conversation = new_conversation()
    for text in texts:
        assert conversation.say(text), text
    assert len(compared) >= 2 * len(texts)  # every turn asked the rules at least twice


def test_the_graph_runner_builds_each_task_graph_once_and_keeps_no_inputs(conversation, agent):
    from rasa.engine.runner.dask import DaskGraphRunner

    assert DaskGraphRunner.run.__module__ == "assistant.rasa_fixes"
    first = conversation.say("how does ketamine work")
    second = conversation.say("what are the side effects")
    assert first and second and first != second
    graphs = agent.processor.graph_runner.__dict__["_clinic_graphs"]
    assert graphs, "no task graph was kept"
    for targets, template in graphs.items():
        assert set(targets) <= set(template)
        # the run's inputs (the message, the tracker) are added to a copy, never to the kept graph
        assert not {"__message__", "__tracker__"} & set(template), targets
