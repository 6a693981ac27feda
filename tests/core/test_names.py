"""Every name Python code uses exists in the domain (read as plain YAML, so this runs in both environments)."""

from pathlib import Path

import yaml

from clinic import names

ROOT = Path(__file__).resolve().parents[2]


def _domain():
    return yaml.safe_load((ROOT / "domain.yml").read_text())


def _responses():
    responses = dict(_domain()["responses"])
    responses.update(yaml.safe_load((ROOT / "data/responses/faq.yml").read_text())["responses"])
    return responses


def test_intents_exist():
    intents = set(_domain()["intents"])
    for intent in names.ALL_INTENTS:
        assert intent in intents, intent


def test_slots_exist():
    slots = _domain()["slots"]
    for slot in names.ALL_SLOTS:
        assert slot in slots, slot


def test_responses_exist():
    responses = _responses()
    for response in names.ALL_RESPONSES:
        assert response in responses, response


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
