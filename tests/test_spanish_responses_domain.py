"""The assistant's own responses have Spanish variations (issue 14): the domain's responses, what is said after a
booking, and the intake's SMS questions.

Every response in the files below has a variation chosen when the `language` slot is "es" (Rasa's conditional
response variations), and, where it has an English SMS variant (`channel: twilio`), a Spanish SMS variation too:
Rasa prefers a channel's own variant to a conditional one without a channel, so without it a Spanish texter
would be answered in English. Responses that are already Spanish (`utter_crisis_es`, `utter_distress_es`, the
`_es` crisis notes) are left as they are.

A Spanish variation says what the English one says: the same numbers (a phone number, 911, 988, an age), the
same placeholders (except {clinic_consultation}, English text, written out in Spanish), the same buttons'
payloads (the intake form's code reads them; a payload that is an English question becomes the Spanish
question), the same metadata (the crisis flag), and an SMS variation fits two text messages.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Dict, Iterator, List, Optional, Tuple

import pytest
import yaml

from clinic.profile import load_profile

ROOT = Path(__file__).resolve().parents[1]
RESPONSE_FILES = [
    ROOT / "domain.yml",
    ROOT / "data" / "responses" / "after_booking.yml",
    ROOT / "data" / "responses" / "intake_sms.yml",
]
SMS_CHANNEL = "twilio"
MAX_SMS_CHARS = 320
SPANISH_CONDITION = [{"type": "slot", "name": "language", "value": "es"}]
# English text a profile placeholder inserts; Spanish variations write it out instead
ENGLISH_PLACEHOLDERS = {"clinic_consultation"}
# "para español, oprime 2" is how a Spanish speaker reaches 988's Spanish line: the only number a Spanish
# variation may add
SPANISH_LINE = re.compile(r"oprime\s+2")
_PLACEHOLDER = re.compile(r"\{(\w+)\}")
_NUMBER = re.compile(r"\d+")


def is_already_spanish(name: str) -> bool:
    """utter_crisis_es, utter_crisis_es_medical, utter_distress_es, utter_crisis_note_abuse_es ..."""
    return re.search(r"_es(?:_|$)", name) is not None


def _load(path: Path) -> Dict[str, List[dict]]:
    return yaml.safe_load(path.read_text(encoding="utf-8"))["responses"]


def _all_responses() -> Iterator[Tuple[str, str, List[dict]]]:
    """(file name, response name, variants) for every response in RESPONSE_FILES."""
    for path in RESPONSE_FILES:
        for name, variants in _load(path).items():
            yield path.name, name, variants


def _is_spanish(variant: dict) -> bool:
    return variant.get("condition") == SPANISH_CONDITION


def _pick(variants: List[dict], spanish: bool, sms: bool) -> List[dict]:
    return [v for v in variants if _is_spanish(v) == spanish and (v.get("channel") == SMS_CHANNEL) == sms]


def numbers(text: str, spanish: bool = False) -> set:
    """The digit sequences a text names ("1-800-222-1222" gives 1, 800, 222, 1222)."""
    if spanish:
        text = SPANISH_LINE.sub("", text)
    return set(_NUMBER.findall(text))


def differences(english: dict, spanish: dict) -> List[str]:
    """What a Spanish variation changes that it must keep from its English variation (empty when faithful)."""
    problems = []
    if not _is_spanish(spanish):
        problems.append("condition is not language=es")
    if spanish.get("channel") != english.get("channel"):
        problems.append("channel differs")
    if spanish.get("metadata") != english.get("metadata"):
        problems.append("metadata differs")
    en_text, es_text = english.get("text") or "", spanish.get("text") or ""
    if not es_text or es_text == en_text:
        problems.append("text is missing or still English")
    if numbers(en_text) != numbers(es_text, spanish=True):
        problems.append(f"numbers differ: {sorted(numbers(en_text))} / {sorted(numbers(es_text, spanish=True))}")
    en_keys = set(_PLACEHOLDER.findall(en_text)) - ENGLISH_PLACEHOLDERS
    es_keys = set(_PLACEHOLDER.findall(es_text))
    if en_keys != es_keys:
        problems.append(f"placeholders differ: {sorted(en_keys ^ es_keys)}")
    if "clinic_consultation" in _PLACEHOLDER.findall(en_text) and "consulta" not in es_text:
        problems.append("the consultation is not named")
    en_buttons, es_buttons = english.get("buttons") or [], spanish.get("buttons") or []
    if len(en_buttons) != len(es_buttons):
        problems.append("a different number of buttons")
    for en_button, es_button in zip(en_buttons, es_buttons):
        en_payload, es_payload = str(en_button["payload"]), str(es_button["payload"])
        if en_payload.endswith("?") and not en_payload.startswith("/"):
            # a question the visitor "asks" by pressing the button: asked in Spanish
            if not (es_payload.startswith("¿") and es_payload.endswith("?")):
                problems.append(f"button payload {es_payload!r} is not a Spanish question")
        elif es_payload != en_payload:
            problems.append(f"button payload {es_payload!r} is not {en_payload!r}")
        if not str(es_button.get("title") or "").strip():
            problems.append("a button without a title")
    return problems


def _sms_length(text: str) -> int:
    """Characters of an SMS text as sent, with the clinic profile's placeholders filled in."""
    values = load_profile(str(ROOT / "clinic.yml")).placeholders()
    return len(_PLACEHOLDER.sub(lambda m: values.get(m.group(1), m.group(0)), text))


def _pairs() -> Iterator[Tuple[str, str, dict, Optional[dict]]]:
    """(response, "web" or "sms", English variant, its Spanish variation or None) for each English variant."""
    for _, name, variants in _all_responses():
        if is_already_spanish(name):
            continue
        for sms in (False, True):
            for english in _pick(variants, spanish=False, sms=sms):
                spanish = _pick(variants, spanish=True, sms=sms)
                yield name, "sms" if sms else "web", english, spanish[0] if len(spanish) == 1 else None


def test_the_files_hold_the_responses_checked():
    names = [name for _, name, _ in _all_responses()]
    assert len(names) > 80 and len(names) == len(set(names))
    assert {"utter_greet", "utter_when_contacted", "utter_intake_welcome_back"} <= set(names)
    assert {"utter_crisis_es", "utter_distress_es", "utter_crisis_note_abuse_es"} <= {
        name for name in names if is_already_spanish(name)}
    assert not is_already_spanish("utter_crisis_self_harm") and not is_already_spanish("utter_restart")


def test_every_response_has_a_spanish_variation_for_each_english_variant():
    missing = [(name, channel) for name, channel, _, spanish in _pairs() if spanish is None]
    assert not missing, f"responses without exactly one Spanish variation: {missing}"


def test_responses_already_in_spanish_have_no_variations():
    for _, name, variants in _all_responses():
        if is_already_spanish(name):
            assert not any("condition" in v for v in variants), name


def test_each_spanish_variation_keeps_the_facts_buttons_and_metadata():
    unfaithful = [
        (name, channel, problem)
        for name, channel, english, spanish in _pairs() if spanish is not None
        for problem in differences(english, spanish)
    ]
    assert not unfaithful, unfaithful


def test_spanish_sms_variations_fit_two_text_messages():
    too_long = [
        (name, _sms_length(spanish["text"])) for name, channel, _, spanish in _pairs()
        if spanish is not None and channel == "sms" and _sms_length(spanish["text"]) > MAX_SMS_CHARS
    ]
    assert not too_long, too_long


def test_the_spanish_disclaimer_keeps_its_content():
    disclaimer = _load(RESPONSE_FILES[0])["utter_disclaimer"]
    for spanish in [v for v in disclaimer if _is_spanish(v)]:
        text = spanish["text"]
        assert "no es consejo médico" in text.lower() and "emergencias" in text
        assert "911" in text and "988" in text


def test_spanish_crisis_variations_name_the_spanish_988_line():
    domain = _load(RESPONSE_FILES[0])
    crisis = [name for name, variants in domain.items()
              if not is_already_spanish(name) and any((v.get("metadata") or {}).get("crisis") for v in variants)]
    assert len(crisis) == 7
    for name in crisis:
        for spanish in [v for v in domain[name] if _is_spanish(v)]:
            assert spanish["metadata"]["crisis"] is True, name
            if "988" in spanish["text"]:
                assert SPANISH_LINE.search(spanish["text"]) and "AYUDA" in spanish["text"], name


@pytest.mark.parametrize(
    "change, problem",
    [
        ({"text": "Llama al 1-800-222-1223."}, "numbers differ"),
        ({"text": "Llama al {clinic_phone}."}, "placeholders differ"),
        ({"buttons": [{"title": "Sí", "payload": "yes"}]}, "button payload"),
        ({"metadata": None}, "metadata differs"),
        ({"condition": None}, "condition is not language=es"),
        ({"text": "Call 1-800-222-1222 or {clinic_name}."}, "still English"),
    ],
)
def test_the_check_catches_an_unfaithful_variation(change, problem):
    """Guards the check itself: each kind of change is reported."""
    english = {"text": "Call 1-800-222-1222 or {clinic_name}.", "metadata": {"crisis": True},
               "buttons": [{"title": "Yes", "payload": "/affirm"}]}
    faithful = {"text": "Llama al 1-800-222-1222 o a {clinic_name} (para español, oprime 2).",
                "condition": SPANISH_CONDITION, "metadata": {"crisis": True},
                "buttons": [{"title": "Sí", "payload": "/affirm"}]}
    assert differences(english, faithful) == []
    changed = {key: value for key, value in {**faithful, **change}.items() if value is not None}
    assert any(problem in found for found in differences(english, changed)), differences(english, changed)


@pytest.mark.parametrize("channel", ["socketio", SMS_CHANNEL])
def test_rasa_picks_the_spanish_variation_only_for_a_spanish_conversation(domain, channel):
    """Rasa's own variation filter, on the web and by SMS: Spanish for language=es, English otherwise."""
    from rasa.core.nlg.generator import ResponseVariationFilter

    chooser = ResponseVariationFilter(domain.responses)
    checked = 0
    for _, name, _ in _all_responses():
        if is_already_spanish(name):
            continue
        for language, spanish in (("es", True), ("en", False), (None, False)):
            chosen = chooser.responses_for_utter_action(name, channel, {"language": language})
            assert chosen and all(_is_spanish(v) == spanish for v in chosen), (name, channel, language)
        checked += 1
    assert checked > 70
