"""Every response in the files listed below has Spanish variations, and they say what the English ones say.

A Spanish variation is a conditional response variation (Rasa 3.6) selected by the `language` slot being `es`:
one for the web (no channel) and one for SMS (`channel: twilio`). Each must carry the same numbers as the
English variation of the same channel (the digit sequences, compared as multisets, so "48-72 hours" cannot
become "48 horas"), the same `metadata: source` (the article the answer is drawn from), the same button payloads,
and an SMS text must still fit two text messages once the clinic profile is filled in. A response without an
English SMS variant has no Spanish one either (the Spanish web variation serves both). Two exceptions: a Spanish
text may add 988's Spanish option ("oprime 2"), and a button whose payload is an English question the visitor
asks by pressing it ("How does ketamine work?") asks it in Spanish. Responses written in Spanish to begin with
(ALREADY_SPANISH) have no variations.

The responses are checked as Rasa loads them: the domain with every data file. To cover more responses, add
their file to RESPONSE_FILES.
"""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path
from typing import Dict, List, Optional

import pytest
import yaml

from clinic import names
from clinic.profile import load_profile

ROOT = Path(__file__).resolve().parents[1]

# The response files whose every response must have Spanish variations (paths from the project root).
RESPONSE_FILES = [
    "data/responses/faq.yml",
    "domain.yml",
    "data/responses/after_booking.yml",
    "data/responses/intake_sms.yml",
]

# Responses that are Spanish already (the Spanish crisis texts and crisis notes, distress): left as they are.
ALREADY_SPANISH = (
    names.UTTER_CRISIS_ES, names.UTTER_CRISIS_ES_MEDICAL, names.UTTER_CRISIS_ES_OVERDOSE,
    names.UTTER_CRISIS_ES_SEXUAL_ASSAULT, names.UTTER_CRISIS_ES_ABUSE, names.UTTER_CRISIS_ES_THREAT,
    names.UTTER_DISTRESS_ES, *(note for note in names.CRISIS_NOTES if note.endswith("_es")),
)

SPANISH = "es"
SMS_CHANNEL = "twilio"
MAX_SMS_CHARS = 320
SPANISH_CONDITION = [{"type": "slot", "name": names.SLOT_LANGUAGE, "value": SPANISH}]
# how a Spanish speaker reaches 988's Spanish line ("para español, oprime 2"): the one number a Spanish text adds
SPANISH_988_OPTION = re.compile(r"\boprime\s+2\b")


def _response_names() -> List[str]:
    """The names of the responses defined in RESPONSE_FILES, in file order, ALREADY_SPANISH aside."""
    found: List[str] = []
    for relative in RESPONSE_FILES:
        content = yaml.safe_load((ROOT / relative).read_text(encoding="utf-8")) or {}
        found.extend(content.get("responses") or {})
    return found


RESPONSE_NAMES = [name for name in _response_names() if name not in ALREADY_SPANISH]


def numbers(text: str) -> Counter:
    """The digit sequences of a text, as a multiset ("1,008 patients, 50%" -> 1, 008, 50)."""
    return Counter(re.findall(r"\d+", text))


def spanish_numbers(text: str) -> Counter:
    """The digit sequences of a Spanish text, 988's Spanish option ("oprime 2") aside."""
    return numbers(SPANISH_988_OPTION.sub("", text))


def same_payloads(english: List[str], spanish: List[str]) -> bool:
    """The same payloads, except that an English question a button asks is asked in Spanish (¿...?)."""
    if len(english) != len(spanish):
        return False
    for en, es in zip(english, spanish):
        asks_a_question = isinstance(en, str) and en.endswith("?") and not en.startswith("/")
        if asks_a_question:
            if not (isinstance(es, str) and es.startswith("¿") and es.endswith("?")):
                return False
        elif en != es:
            return False
    return True


def is_spanish(variant: dict) -> bool:
    return variant.get("condition") == SPANISH_CONDITION


def _pick(variants: List[dict], spanish: bool, channel: Optional[str]) -> List[dict]:
    """The variations in one language for one channel (None: the web, i.e. no channel)."""
    return [
        v for v in variants
        if (is_spanish(v) if spanish else not v.get("condition")) and v.get("channel") == channel
    ]


class _Filled(dict):
    """The clinic profile's placeholders, and a stand-in for slot values filled in at run time."""

    def __missing__(self, key: str) -> str:
        return f"<{key}>"


def _as_seen(text: str) -> str:
    """The text with the default clinic profile's placeholders filled in, as a visitor reads it."""
    return text.format_map(_Filled(load_profile(str(ROOT / "clinic.yml")).placeholders()))


def _payloads(variant: dict) -> List[str]:
    return [button.get("payload") for button in variant.get("buttons") or []]


def _source(variant: dict):
    return (variant.get("metadata") or {}).get("source")


def test_the_response_files_define_responses():
    """Guards the list itself: a wrong path or an empty file would make every check below vacuous."""
    assert RESPONSE_NAMES, f"no responses found in {RESPONSE_FILES}"
    assert len(RESPONSE_NAMES) == len(set(RESPONSE_NAMES)), "a response is defined twice"


def test_the_language_slot_can_select_spanish(domain):
    """The condition names a real slot that can hold "es"; otherwise no Spanish variation is ever chosen."""
    slots = {slot.name: slot for slot in domain.slots}
    assert names.SLOT_LANGUAGE in slots, f"the domain has no `{names.SLOT_LANGUAGE}` slot"
    values = getattr(slots[names.SLOT_LANGUAGE], "values", None)
    assert values is None or SPANISH in values, f"`{names.SLOT_LANGUAGE}` cannot be {SPANISH!r}: {values}"


@pytest.mark.parametrize("name", RESPONSE_NAMES)
def test_spanish_variations_match_the_english_ones(domain, name: str):
    variants: Dict[str, List[dict]] = domain.responses
    assert name in variants, f"{name} is not in the domain"
    for channel, label in ((None, "web"), (SMS_CHANNEL, "SMS")):
        english = _pick(variants[name], spanish=False, channel=channel)
        spanish = _pick(variants[name], spanish=True, channel=channel)
        if channel == SMS_CHANNEL and not english and not name.startswith(names.FAQ_RESPONSE_PREFIX):
            assert not spanish, f"{name}: a Spanish SMS variation without an English one"
            continue
        assert len(english) == 1, f"{name}: expected one English {label} variation, found {len(english)}"
        assert spanish, f"{name}: no Spanish {label} variation (condition {names.SLOT_LANGUAGE}={SPANISH})"
        for variant in spanish:
            text = variant.get("text") or ""
            assert text.strip(), f"{name}: an empty Spanish {label} text"
            assert spanish_numbers(text) == numbers(english[0]["text"]), (
                f"{name} ({label}): the Spanish numbers {sorted(spanish_numbers(text).elements())} differ from the "
                f"English {sorted(numbers(english[0]['text']).elements())}"
            )
            assert _source(variant) == _source(english[0]), f"{name} ({label}): a different metadata source"
            assert same_payloads(_payloads(english[0]), _payloads(variant)), (
                f"{name} ({label}): different button payloads")
            assert (variant.get("metadata") or {}).get(names.META_CRISIS) == \
                (english[0].get("metadata") or {}).get(names.META_CRISIS), f"{name} ({label}): the crisis flag differs"
            if channel == SMS_CHANNEL:
                length = len(_as_seen(text))
                assert length <= MAX_SMS_CHARS, f"{name}: the Spanish SMS has {length} characters"


@pytest.mark.parametrize(
    "english, spanish, same",
    [
        ("about 48-72 hours", "unas 48-72 horas", True),
        ("19 studies with 1,008 patients", "19 estudios con 1,008 pacientes", True),
        ("over 3-6 weeks", "durante 3-6 semanas", True),
        ("about 48-72 hours", "unas 48 horas", False),
        ("6 infusions over 3-6 weeks", "infusiones durante 3-6 semanas", False),
        ("50% responded", "respondió el 5%", False),
    ],
)
def test_the_number_check_tells_a_changed_number(english: str, spanish: str, same: bool):
    """Guards the check itself: a dropped or altered number must be told apart from a faithful one."""
    assert (numbers(english) == numbers(spanish)) is same


def test_the_exceptions_are_the_responses_written_in_spanish():
    """Guards ALREADY_SPANISH: every `_es` response, and nothing else, is left without Spanish variations."""
    spanish_named = {name for name in _response_names() if re.search(r"_es(?:_|$)", name)}
    assert spanish_named == set(ALREADY_SPANISH)
    assert len(RESPONSE_NAMES) > 80


@pytest.mark.parametrize(
    "english, spanish, same",
    [
        ("call or text 988", "llama o envía un texto al 988 (para español, oprime 2)", True),
        ("call or text 988", "llama al 988 o envía AYUDA al 988", False),
        ("call 911", "llama al 2", False),
    ],
)
def test_the_number_check_allows_only_988s_spanish_option(english: str, spanish: str, same: bool):
    assert (spanish_numbers(spanish) == numbers(english)) is same


@pytest.mark.parametrize(
    "english, spanish, same",
    [
        (["/affirm", "skip"], ["/affirm", "skip"], True),
        (["How does ketamine work?"], ["¿Cómo funciona la ketamina?"], True),
        (["skip"], ["omitir"], False),
        (["/affirm"], ["/deny"], False),
        (["How does ketamine work?"], ["How does ketamine work?"], False),
        (["/affirm", "/deny"], ["/affirm"], False),
    ],
)
def test_the_payload_check_tells_a_changed_payload(english, spanish, same: bool):
    assert same_payloads(english, spanish) is same
