"""Intake validators: edge cases, and junk that must never crash them."""

import re

import pytest
from hypothesis import given, settings, strategies as st

from actions.validators import (
    CONTACT_METHODS,
    CONTACT_TIMES,
    MAX_NAME_LENGTH,
    SKIPPED,
    format_phone,
    is_skip,
    match_office,
    parse_contact_method,
    parse_contact_time,
    parse_email,
    parse_help,
    parse_name,
    parse_phone,
    parse_yes_no,
)

OFFICES = ("Tustin", "San Juan Capistrano", "Seal Beach")
CONDITIONS = {"depression": ["depressed", "trd"], "ptsd": ["trauma"], "chronic_pain": ["fibromyalgia", "back pain"]}


@pytest.mark.parametrize(
    "text, e164",
    [
        ("714-555-0123", "+17145550123"),
        ("(714) 555 0123", "+17145550123"),
        ("my number is 714.555.0123 thanks", "+17145550123"),
        ("+1 714 555 0123", "+17145550123"),
        ("17145550123", "+17145550123"),
        ("+44 20 7946 0958", "+442079460958"),
    ],
)
def test_valid_phone_numbers_become_e164(text, e164):
    assert parse_phone(text) == e164


@pytest.mark.parametrize("text", ["", "12345", "555-0123", "not a number", "000-000-0000", "1" * 40, None])
def test_invalid_phone_numbers_are_refused(text):
    assert parse_phone(text) is None


def test_phone_reads_back_nationally():
    assert format_phone("+17145550123") == "(714) 555-0123"
    assert format_phone("+442079460958").startswith("+44")


@pytest.mark.parametrize(
    "text, email",
    [("alex@example.org", "alex@example.org"), ("it's Alex.Example@Example.ORG", "Alex.Example@example.org"),
     ("<a@b.co>", "a@b.co")],
)
def test_valid_emails_are_normalised(text, email):
    assert parse_email(text) == email


@pytest.mark.parametrize("text", ["alex@", "@example.org", "alex at example dot org", "a@b", "", "a@@b.com"])
def test_invalid_emails_are_refused(text):
    assert parse_email(text) is None


@pytest.mark.parametrize("text", ["skip", "No", "none", "I'd rather not", "n/a", "no email"])
def test_the_email_question_can_be_skipped(text):
    assert is_skip(text)


def test_skipped_is_not_an_email():
    assert parse_email(SKIPPED) is None


@pytest.mark.parametrize(
    "text, office",
    [("Tustin", "Tustin"), ("tustin please", "Tustin"), ("seal beech", "Seal Beach"),
     ("san juan capistrno", "San Juan Capistrano"), ("2", "San Juan Capistrano"), ("the seal beach one", "Seal Beach")],
)
def test_offices_by_name_number_or_typo(text, office):
    assert match_office(text, OFFICES) == office


@pytest.mark.parametrize("text", ["los angeles", "4", "", "anywhere", "beach"])
def test_unknown_offices_are_refused(text):
    assert match_office(text, OFFICES) is None


@pytest.mark.parametrize(
    "text, name", [("Alex Example", "Alex Example"), ("my name is María José", "María José"),
                   ("I'm O'Brien-Smith", "O'Brien-Smith")],
)
def test_names(text, name):
    assert parse_name(text) == name


@pytest.mark.parametrize("text", ["", "a", "12345", "alex@example.org", "x" * 101, "!!!", "skip", "Skip.", "nope",
                                  "rather not", "ok"])
def test_not_names(text):
    assert parse_name(text) is None


def test_help_is_categorised_and_the_words_kept():
    assert parse_help("mostly my fibromyalgia", CONDITIONS) == ("chronic_pain", "mostly my fibromyalgia")
    assert parse_help("Depression", CONDITIONS)[0] == "depression"
    assert parse_help("grief after losing my dad", CONDITIONS) == ("other", "grief after losing my dad")
    assert parse_help("?!", CONDITIONS) is None


@pytest.mark.parametrize("text, value", [("Text", "text"), ("call me", "call"), ("email is best", "email"), ("2", "text")])
def test_contact_method(text, value):
    assert parse_contact_method(text) == value


@pytest.mark.parametrize("text, value", [("mornings", "morning"), ("after work", "evening"), ("whenever", "any time")])
def test_contact_time(text, value):
    assert parse_contact_time(text) == value


@pytest.mark.parametrize("text, value", [("yes", True), ("Yes, I agree", True), ("no", False), ("nope.", False), ("maybe", None)])
def test_yes_no(text, value):
    assert parse_yes_no(text) is value


@settings(max_examples=200, deadline=None)
@given(st.one_of(st.none(), st.text(max_size=300), st.binary(max_size=100).map(lambda b: b.decode("latin-1"))))
def test_junk_never_crashes_a_validator_and_each_keeps_its_contract(text):
    """Whatever arrives, each validator returns "not understood" or a value of its own shape."""
    phone = parse_phone(text)
    assert phone is None or re.fullmatch(r"\+[1-9]\d{6,14}", phone)
    email = parse_email(text)
    assert email is None or ("@" in email and not any(ch.isspace() for ch in email))
    name = parse_name(text)
    assert name is None or (2 <= len(name) <= MAX_NAME_LENGTH and not any(ch.isdigit() for ch in name))
    assert match_office(text, OFFICES) in (None, *OFFICES)
    helped = parse_help(text, CONDITIONS)
    assert helped is None or (helped[0] in (*CONDITIONS, "other") and helped[1])
    assert parse_contact_method(text) in (None, *CONTACT_METHODS)
    assert parse_contact_time(text) in (None, *CONTACT_TIMES)
    assert parse_yes_no(text) in (None, True, False)
    assert is_skip(text) in (True, False)


def test_a_full_name_typed_as_a_name_is_recognised_as_one():
    from actions.intake import _looks_like_a_full_name

    assert _looks_like_a_full_name("Kim Change")
    assert not _looks_like_a_full_name("change")
    assert not _looks_like_a_full_name("cancel this please")
