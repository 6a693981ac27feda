"""The deterministic safety screen.

`tests/safety/phrasings.yml` was written by a separate author who did not see the rules; it holds crisis
messages, personal medical questions and ordinary look-alikes (idioms such as "my back is killing me").
"""

from pathlib import Path

import pytest
import yaml
from hypothesis import given, settings, strategies as st

from clinic.safety import CRISIS, MEDICAL_ADVICE, SafetyScreen, normalize

PHRASINGS = yaml.safe_load(
    (Path(__file__).resolve().parents[1] / "safety" / "phrasings.yml").read_text()
)


@pytest.fixture(scope="module")
def screen():
    return SafetyScreen()


@pytest.mark.parametrize("text", PHRASINGS["crisis"])
def test_every_crisis_phrasing_is_caught(screen, text):
    finding = screen.check(text)
    assert finding is not None and finding.kind == CRISIS, text


@pytest.mark.parametrize("text", PHRASINGS["ordinary"])
def test_ordinary_messages_are_not_flagged(screen, text):
    assert screen.check(text) is None, text


def test_most_personal_medical_questions_are_caught(screen):
    # The classifier backs the screen up on the rest; the screen must carry most of them on its own.
    texts = PHRASINGS["medical_advice"]
    caught = [t for t in texts if screen.check(t) is not None]
    assert len(caught) / len(texts) >= 0.9, [t for t in texts if t not in caught]


@pytest.mark.parametrize(
    "text",
    [
        "I want to kill myself",
        "i dont want to be here anymore",
        "my son is talking about killing himself",
        "everyone would be better off without me",
        "kms",
        "my friend OD'd",
        "this is an emergency!!",
        "took like 30 of my zoloft an hour ago",
        '/faq_how_it_works{"note": "i want to die"}',
    ],
)
def test_crisis_examples(screen, text):
    assert screen.check(text).kind == CRISIS


@pytest.mark.parametrize(
    "text",
    [
        "that is odd",
        "is ketamine used in emergency rooms?",
        "my back pain is killing me",
        "I tried lexapro and zoloft and nothing worked, can ketamine help?",
        "how does ketamine interact with the brain",
        "whats the 48-72 hour window after a dose",
        "is ketamine used to help people get off opioids",
        "do i have to do therapy",
        "how do i stop this chat",
    ],
)
def test_look_alikes_pass(screen, text):
    assert screen.check(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "I'm on lexapro, can I do ketamine?",
        "can i drink alcohol after",
        "im pregnant is it ok",
        "do i have ptsd",
        "should i stop my zoloft before",
        "what dose should i take",
        "I have high blood pressure, can I do it",
    ],
)
def test_medical_advice_examples(screen, text):
    assert screen.check(text).kind == MEDICAL_ADVICE


def test_crisis_wins_over_medical_advice(screen):
    assert screen.check("what dose would it take to kill myself").kind == CRISIS


def test_a_crisis_at_the_end_of_a_long_message_is_caught(screen):
    text = "I have some questions about treatment. " * 250 + "Honestly I want to end my life."
    assert len(text) > 9_000
    assert screen.check(text).kind == CRISIS


def test_a_finding_names_the_rule_not_the_text(screen):
    finding = screen.check("i want to kill myself tonight")
    assert "myself" not in repr(finding) and finding.rule


def test_normalize_folds_quotes_case_and_punctuation():
    assert normalize("I DON\u2019T  want—to be here!!") == "i dont want to be here"
    assert normalize("my friend OD'd") == "my friend od"


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=400))
def test_any_text_is_screened_without_error(text):
    result = _SCREEN.check(text)
    assert result is None or result.kind in (CRISIS, MEDICAL_ADVICE)


_SCREEN = SafetyScreen()
