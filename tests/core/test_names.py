"""Every name Python code uses exists in the domain (read as plain YAML, so this runs in both environments)."""

from pathlib import Path

import yaml

from clinic import names

ROOT = Path(__file__).resolve().parents[2]


def _domain():
    return yaml.safe_load((ROOT / "domain.yml").read_text())


def _responses():
    responses = dict(_domain()["responses"])
    for path in sorted((ROOT / "data" / "responses").glob("*.yml")):
        responses.update(yaml.safe_load(path.read_text())["responses"])
    return responses


def _constants(prefix, *, exclude=()):
    """The values of clinic/names.py's string constants whose names start with `prefix`."""
    return {value for key, value in vars(names).items()
            if key.startswith(prefix) and isinstance(value, str) and key not in exclude}


def test_intents_exist():
    intents = set(_domain()["intents"])
    found = _constants("INTENT_", exclude={"INTENT_NLU_FALLBACK"})  # Rasa's own, not in the domain
    assert len(found) > 20 and found <= intents, found - intents


def test_slots_exist():
    slots = set(_domain()["slots"])
    found = _constants("SLOT_", exclude={"SLOT_REQUESTED"})  # Rasa adds requested_slot itself
    assert len(found) > 15 and found <= slots, found - slots


def test_responses_exist():
    responses = set(_responses())
    found = _constants("UTTER_", exclude={"UTTER_CRISIS_NOTE_PREFIX", "UTTER_INVALID_PREFIX", "UTTER_EXPLAIN_PREFIX"})
    assert len(found) > 30 and found <= responses, found - responses
    assert set(names.CRISIS_NOTES) | set(names.CRISIS_RESPONSES) <= responses


def test_every_faq_intent_has_its_response_and_rule():
    intents = [i for i in _domain()["intents"] if i.startswith(names.FAQ_INTENT_PREFIX)]
    responses = _responses()
    rules = (ROOT / "data/rules.yml").read_text()
    assert len(intents) >= 19
    for intent in intents:
        topic = intent[len(names.FAQ_INTENT_PREFIX):]
        assert names.FAQ_RESPONSE_PREFIX + topic in responses, topic
        assert f"intent: {intent}\n      - action: {names.FAQ_RESPONSE_PREFIX}{topic}" in rules, topic


def test_crisis_response_is_marked_and_offers_a_person():
    for variant in _responses()[names.UTTER_CRISIS]:
        assert variant["metadata"][names.META_CRISIS] is True
        assert "988" in variant["text"] and "911" in variant["text"]


def test_every_action_name_is_declared():
    actions = set(_domain()["actions"])
    found = _constants("ACTION_", exclude={"ACTION_LISTEN", "ACTION_SESSION_START"})  # Rasa's own
    assert len(found) >= 5 and found <= actions, found - actions


def test_the_response_catalog_lists_only_responses_forms_and_actions_really_speak():
    """tests/validation/response_catalog.yml exists for Rasa's validator; it must not hide dead responses."""
    catalog = yaml.safe_load((ROOT / "tests/validation/response_catalog.yml").read_text())
    listed = [s["action"] for s in catalog["stories"][0]["steps"] if str(s.get("action", "")).startswith("utter_")]
    form_slots = _domain()["forms"][names.FORM_INTAKE]["required_slots"]
    spoken_constants = {
        value for key, value in vars(names).items() if key.startswith("UTTER_") and isinstance(value, str)
    }
    actions_code = "".join(p.read_text() for p in (ROOT / "actions").glob("*.py"))
    policy_code = (ROOT / "assistant" / "policies.py").read_text()
    keys = {"yes_no", *form_slots}
    assert listed
    for response in listed:
        asked_by_form = response.startswith("utter_ask_") and response[len("utter_ask_"):] in form_slots
        constant = next((k for k, v in vars(names).items() if v == response and k.startswith("UTTER_")), None)
        by_prefix = any(response == p + k for p in (names.UTTER_INVALID_PREFIX, names.UTTER_EXPLAIN_PREFIX) for k in keys) \
            or (response in names.CRISIS_NOTES and "names.UTTER_CRISIS_NOTE_PREFIX" in policy_code)
        spoken = (constant is not None and (f"n.{constant}" in actions_code or f"names.{constant}" in policy_code)) \
            or by_prefix
        assert asked_by_form or spoken, response
        assert response in _responses(), response
    # every response name the code speaks through clinic/names.py is one the domain defines (prefixes aside)
    prefixes = {names.UTTER_CRISIS_NOTE_PREFIX, names.UTTER_INVALID_PREFIX, names.UTTER_EXPLAIN_PREFIX}
    assert len(spoken_constants) > 20 and spoken_constants - prefixes <= set(_responses())
