"""The Spanish crisis responses written in Spanish from the start (utter_crisis_es, utter_crisis_es_medical ...)
carry every fact of their English counterparts, on the web and by SMS.

The safety-net policy answers a Spanish emergency with one of these, not with the Spanish variation of the
English response, so they must not fall behind it: each gives every number and short code its English
counterpart gives on the same channel (911, 988, Poison Control, RAINN, the Domestic Violence Hotline and its
START text), 988's Spanish options wherever 988 is named (press 2 when calling, AYUDA by text), and the same
buttons. utter_crisis_es stands for both suicide and self-harm, so it answers to both English responses.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Dict, List, Optional, Set, Tuple

import pytest
import yaml

from clinic import names
from tests.test_spanish_responses import SPANISH_988_OPTION, _payloads

ROOT = Path(__file__).resolve().parents[1]
SMS_CHANNEL = "twilio"
CHANNELS = (None, SMS_CHANNEL)

# Spanish crisis response -> the English responses it answers for (assistant/policies.py picks them)
COUNTERPARTS: Dict[str, Tuple[str, ...]] = {
    names.UTTER_CRISIS_ES: (names.UTTER_CRISIS, names.UTTER_CRISIS_SELF_HARM),
    names.UTTER_CRISIS_ES_MEDICAL: (names.UTTER_CRISIS_MEDICAL,),
    names.UTTER_CRISIS_ES_OVERDOSE: (names.UTTER_CRISIS_OVERDOSE,),
    names.UTTER_CRISIS_ES_SEXUAL_ASSAULT: (names.UTTER_CRISIS_SEXUAL_ASSAULT,),
    names.UTTER_CRISIS_ES_ABUSE: (names.UTTER_CRISIS_ABUSE,),
    names.UTTER_CRISIS_ES_THREAT: (names.UTTER_CRISIS_THREAT,),
}
PAIRS = [(spanish, english, channel) for spanish, englishes in COUNTERPARTS.items() for english in englishes
         for channel in CHANNELS]

_NUMBER = re.compile(r"\d(?:[\d-]*\d)?")  # "911", "1-800-222-1222", "88788"


def numbers(text: str) -> Set[str]:
    """The numbers and short codes a text gives, as digits: "call 1-800-222-1222" -> {"18002221222"}."""
    return {match.replace("-", "") for match in _NUMBER.findall(text)}


def _responses() -> Dict[str, List[dict]]:
    return yaml.safe_load((ROOT / "domain.yml").read_text(encoding="utf-8"))["responses"]


RESPONSES = _responses()


def _variant(name: str, channel: Optional[str]) -> dict:
    """The one unconditional variation of `name` for `channel` (None: the web)."""
    found = [v for v in RESPONSES[name] if not v.get("condition") and v.get("channel") == channel]
    assert len(found) == 1, f"{name}: expected one {channel or 'web'} variation, found {len(found)}"
    return found[0]


def test_every_spanish_crisis_response_is_compared():
    """Guards the table: a new Spanish crisis response, or a renamed one, cannot escape the comparison."""
    spanish = {name for name in RESPONSES if re.match(r"utter_crisis_es(?:_|$)", name)}
    assert spanish == set(COUNTERPARTS)
    english = {name for englishes in COUNTERPARTS.values() for name in englishes}
    assert english <= set(RESPONSES)
    assert english | spanish == set(names.CRISIS_RESPONSES)


@pytest.mark.parametrize("spanish, english, channel", PAIRS)
def test_the_spanish_response_gives_every_number_of_the_english_one(spanish, english, channel):
    es_text, en_text = _variant(spanish, channel)["text"], _variant(english, channel)["text"]
    missing = sorted(numbers(en_text) - numbers(es_text))
    assert not missing, f"{spanish} ({channel or 'web'}) lacks {missing}, which {english} gives"


@pytest.mark.parametrize("spanish, english, channel", PAIRS)
def test_the_spanish_response_keeps_the_instructions_and_buttons(spanish, english, channel):
    es, en = _variant(spanish, channel), _variant(english, channel)
    where = f"{spanish} ({channel or 'web'})"
    if "START" in en["text"]:
        assert "START" in es["text"], f"{where}: the hotline's START text is missing"
    if "988" in es["text"]:
        assert SPANISH_988_OPTION.search(es["text"]), f"{where}: 988 without 'oprime 2' for Spanish"
        assert "AYUDA" in es["text"], f"{where}: 988 without AYUDA, its Spanish text word"
    assert _payloads(es) == _payloads(en), f"{where}: the buttons differ from {english}'s"
    assert (es.get("metadata") or {}).get(names.META_CRISIS) is True, f"{where}: not marked as a crisis reply"


@pytest.mark.parametrize(
    "english, spanish, faithful",
    [
        ("Call 911 now. Poison Control: 1-800-222-1222.", "Llama al 911 ahora. Control: 1-800-222-1222.", True),
        ("Call 911 now. Poison Control: 1-800-222-1222.", "Llama al 911 ahora. Control: 1-800-222-122.", False),
        ("Call 1-800-799-7233, or text START to 88788.", "Llama al 1-800-799-7233.", False),
        ("Call or text 988.", "Llama al 988 (para español, oprime 2).", True),
        ("Call or text 988.", "Llama a la línea de crisis (para español, oprime 2).", False),
    ],
)
def test_the_number_check_tells_a_dropped_or_changed_number(english, spanish, faithful):
    """Guards the check itself."""
    assert (numbers(english) <= numbers(spanish)) is faithful
