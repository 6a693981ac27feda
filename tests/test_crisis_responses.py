"""Each emergency response carries its category's resources, on the web and by SMS, in its language."""

import re

import pytest

from clinic import names

RESOURCES = {
    names.UTTER_CRISIS: ["911", "988"],
    names.UTTER_CRISIS_SELF_HARM: ["911", "988"],
    names.UTTER_CRISIS_MEDICAL: ["911"],
    names.UTTER_CRISIS_OVERDOSE: ["911", "18002221222"],
    names.UTTER_CRISIS_SEXUAL_ASSAULT: ["911", "8006564673"],
    names.UTTER_CRISIS_ABUSE: ["911", "18007997233", "88788"],
    names.UTTER_CRISIS_THREAT: ["911"],
    names.UTTER_CRISIS_ES: ["911", "988"],
    names.UTTER_CRISIS_ES_MEDICAL: ["911"],
    names.UTTER_CRISIS_ES_OVERDOSE: ["911", "18002221222"],
    names.UTTER_CRISIS_ES_SEXUAL_ASSAULT: ["911", "8006564673"],
    names.UTTER_CRISIS_ES_ABUSE: ["911", "18007997233", "88788"],
    names.UTTER_CRISIS_ES_THREAT: ["911", "988"],
    names.UTTER_DISTRESS: ["988"],
    names.UTTER_DISTRESS_ES: ["988"],
}


def _variants(domain, response):
    return domain.responses[response]


@pytest.mark.parametrize("response", sorted(RESOURCES))
def test_every_variant_carries_its_resources(domain, response):
    variants = _variants(domain, response)
    assert {v.get("channel") for v in variants} >= {None, "twilio"}  # a web text and an SMS text
    for variant in variants:
        digits = re.sub(r"\D", "", variant["text"])
        for number in RESOURCES[response]:
            assert number in digits, (response, variant.get("channel"), number)
        if variant.get("channel") == "twilio":
            assert len(variant["text"]) <= 320, response
        if response in names.CRISIS_RESPONSES:
            assert variant.get("metadata", {}).get("crisis") is True  # the disclaimer comes after, not before


@pytest.mark.parametrize("response", [r for r in RESOURCES if "_es" in r and "988" in RESOURCES[r]])
def test_spanish_responses_name_the_spanish_988_line(domain, response):
    for variant in _variants(domain, response):
        assert re.search(r"oprime 2|AYUDA", variant["text"]), (response, variant.get("channel"))


def test_what_an_sms_crisis_text_offers_can_be_chosen():
    """No SMS text says "Reply 1" unless that variant has a button for "1" to select."""
    import yaml

    from tests.conftest import ROOT

    responses = yaml.safe_load((ROOT / "domain.yml").read_text())["responses"]
    for name, variants in responses.items():
        for variant in variants:
            if re.search(r"\breply\s+1\b", variant.get("text", ""), re.IGNORECASE):
                assert variant.get("buttons"), name
