"""The assistant's own responses in Spanish (issue 14): what tests/test_spanish_responses.py does not check.

That file checks every response of the domain, the after-booking answers and the intake's SMS questions for a
Spanish web variation and, where English has one, a Spanish SMS variation, with the same numbers and payloads.
This one adds what matters for the assistant's own responses: the same placeholders (the profile's English
wording, {clinic_consultation}, {clinic_booking} and {clinic_offices}, becomes its Spanish placeholder, or, for the
consultation, the Spanish words), a text that is really translated, the
same metadata, the disclaimer's content, 988's Spanish option in every Spanish emergency text that names 988,
responses already in Spanish left alone, and that Rasa really picks the Spanish variation on the web and by SMS
for a Spanish conversation, and the English one otherwise.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Dict, Iterator, List, Optional, Tuple

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[1]
RESPONSE_FILES = [
    ROOT / "domain.yml",
    ROOT / "data" / "responses" / "after_booking.yml",
    ROOT / "data" / "responses" / "intake_sms.yml",
]
SMS_CHANNEL = "twilio"
SPANISH_CONDITION = [{"type": "slot", "name": "language", "value": "es"}]
# English text a profile placeholder inserts, and the profile's Spanish for it, which a Spanish variation uses
SPANISH_PLACEHOLDERS = {"clinic_consultation": "clinic_consultation_es", "clinic_booking": "clinic_booking_es",
                        "clinic_offices": "clinic_offices_es"}
# ... or writes out in Spanish words ("consulta médica gratuita"), as the older texts do
MAY_BE_WRITTEN_OUT = {"clinic_consultation_es", "clinic_booking_es"}
SPANISH_988_OPTION = re.compile(r"\boprime\s+2\b")
_PLACEHOLDER = re.compile(r"\{(\w+)\}")


def is_already_spanish(name: str) -> bool:
    """utter_crisis_es, utter_crisis_es_medical, utter_distress_es, utter_crisis_note_abuse_es ..."""
    return re.search(r"_es(?:_|$)", name) is not None


def _load(path: Path) -> Dict[str, List[dict]]:
    return yaml.safe_load(path.read_text(encoding="utf-8"))["responses"]


def _all_responses() -> Iterator[Tuple[str, List[dict]]]:
    for path in RESPONSE_FILES:
        yield from _load(path).items()


def _is_spanish(variant: dict) -> bool:
    return variant.get("condition") == SPANISH_CONDITION


def _pairs() -> Iterator[Tuple[str, str, dict, Optional[dict]]]:
    """(response, "web" or "sms", English variant, its one Spanish variation or None)."""
    for name, variants in _all_responses():
        if is_already_spanish(name):
            continue
        for channel in (None, SMS_CHANNEL):
            english = [v for v in variants if not v.get("condition") and v.get("channel") == channel]
            spanish = [v for v in variants if _is_spanish(v) and v.get("channel") == channel]
            for variant in english:
                yield name, channel or "web", variant, spanish[0] if len(spanish) == 1 else None


def differences(english: dict, spanish: dict) -> List[str]:
    """What a Spanish variation changes that it must keep from its English variation (empty when faithful)."""
    problems = []
    en_text, es_text = english.get("text") or "", spanish.get("text") or ""
    if not es_text.strip() or es_text == en_text:
        problems.append("text is missing or still English")
    expected = {SPANISH_PLACEHOLDERS.get(key, key) for key in _PLACEHOLDER.findall(en_text)}
    es_keys = set(_PLACEHOLDER.findall(es_text))
    if es_keys - expected or expected - MAY_BE_WRITTEN_OUT - es_keys:
        problems.append(f"placeholders differ: {sorted(expected ^ es_keys)}")
    if "clinic_consultation" in _PLACEHOLDER.findall(en_text) and "consulta" not in es_text:
        problems.append("the consultation is not named")
    if spanish.get("metadata") != english.get("metadata"):
        problems.append("metadata differs")
    for button in spanish.get("buttons") or []:
        if not str(button.get("title") or "").strip():
            problems.append("a button without a title")
    return problems


def test_the_files_hold_the_responses_checked():
    names = [name for name, _ in _all_responses()]
    assert len(names) > 80 and len(names) == len(set(names))
    assert {"utter_greet", "utter_when_contacted", "utter_intake_welcome_back"} <= set(names)
    assert not is_already_spanish("utter_crisis_self_harm") and is_already_spanish("utter_crisis_es_medical")


def test_responses_already_in_spanish_have_no_variations():
    spanish_named = [(name, variants) for name, variants in _all_responses() if is_already_spanish(name)]
    assert len(spanish_named) >= 14
    for name, variants in spanish_named:
        assert not any("condition" in v for v in variants), name


def test_each_spanish_variation_keeps_placeholders_and_metadata():
    pairs = list(_pairs())
    assert len(pairs) > 80
    missing = [(name, channel) for name, channel, _, spanish in pairs if spanish is None]
    assert not missing, missing
    unfaithful = [
        (name, channel, problem)
        for name, channel, english, spanish in pairs if spanish is not None
        for problem in differences(english, spanish)
    ]
    assert not unfaithful, unfaithful


def test_the_spanish_disclaimer_keeps_its_content():
    disclaimer = [v for v in _load(RESPONSE_FILES[0])["utter_disclaimer"] if _is_spanish(v)]
    assert {v.get("channel") for v in disclaimer} == {None, SMS_CHANNEL}
    for variant in disclaimer:
        text = variant["text"]
        assert "no es consejo médico" in text.lower() and "emergencias" in text
        assert "911" in text and "988" in text and SPANISH_988_OPTION.search(text)


def test_spanish_emergency_texts_name_988s_spanish_option():
    domain = _load(RESPONSE_FILES[0])
    crisis = [name for name, variants in domain.items()
              if not is_already_spanish(name) and any((v.get("metadata") or {}).get("crisis") for v in variants)]
    assert len(crisis) == 7
    checked = 0
    for name in [*crisis, "utter_distress", "utter_person_handoff", "utter_person_noted"]:
        for variant in [v for v in domain[name] if _is_spanish(v)]:
            if "988" in variant["text"]:
                assert SPANISH_988_OPTION.search(variant["text"]), name
                checked += 1
    assert checked >= 8


@pytest.mark.parametrize(
    "change, problem",
    [
        ({"text": "Llama a {clinic_phone}."}, "placeholders differ"),
        ({"text": "Pide la {clinic_consultation} a {clinic_name}."}, "placeholders differ"),
        ({"text": "Pide la {clinic_consultation_es} a {clinic_name} en {clinic_offices}."}, "placeholders differ"),
        ({"text": "Pide una cita a {clinic_name}."}, "the consultation is not named"),
        ({"text": "Ask {clinic_name} for a {clinic_consultation}."}, "still English"),
        ({"metadata": None}, "metadata differs"),
        ({"buttons": [{"title": " ", "payload": "/affirm"}]}, "a button without a title"),
    ],
)
def test_the_check_catches_an_unfaithful_variation(change, problem):
    """Guards the check itself: each kind of change is reported."""
    english = {"text": "Ask {clinic_name} for a {clinic_consultation}.", "metadata": {"crisis": True},
               "buttons": [{"title": "Yes", "payload": "/affirm"}]}
    faithful = {"text": "Pide a {clinic_name} la consulta médica gratuita.", "condition": SPANISH_CONDITION,
                "metadata": {"crisis": True}, "buttons": [{"title": "Sí", "payload": "/affirm"}]}
    assert differences(english, faithful) == []
    assert differences(english, {**faithful, "text": "Pide a {clinic_name} la {clinic_consultation_es}."}) == []
    changed = {key: value for key, value in {**faithful, **change}.items() if value is not None}
    assert any(problem in found for found in differences(english, changed)), differences(english, changed)


@pytest.mark.parametrize("channel", ["socketio", SMS_CHANNEL])
def test_rasa_picks_the_spanish_variation_only_for_a_spanish_conversation(domain, channel):
    """Rasa's own variation filter, on the web and by SMS: Spanish for language=es, English otherwise."""
    from rasa.core.nlg.generator import ResponseVariationFilter

    chooser = ResponseVariationFilter(domain.responses)
    checked = 0
    for name, _ in _all_responses():
        if is_already_spanish(name):
            continue
        for language, spanish in (("es", True), ("en", False), (None, False)):
            chosen = chooser.responses_for_utter_action(name, channel, {"language": language})
            assert chosen and all(_is_spanish(v) == spanish for v in chosen), (name, channel, language)
        checked += 1
    assert checked > 70
