"""No response makes a claim the clinic must not make: cures, guarantees, permanence, FDA-approved ketamine,
invented prices or hours. Every variant of every response is checked, with the clinic profile filled in."""

import re

import pytest

from clinic.profile import load_profile

BANNED = [
    ("cure", re.compile(r"\bcur(?:e|es|ed|ing)\b", re.I)),
    ("guarantee", re.compile(r"\bguarantee", re.I)),
    ("permanent", re.compile(r"\bpermanent(?:ly)?\b", re.I)),
    ("100%", re.compile(r"\b100\s*(?:%|percent)|one hundred percent", re.I)),
    ("miracle", re.compile(r"\bmiracle", re.I)),
    ("certainty", re.compile(r"\b(?:always|definitely|certainly|will)\s+(?:work|works|help|helps|fix|heal)\b", re.I)),
    ("no side effects", re.compile(r"\bno\s+side\s+effects\b", re.I)),
    ("safe for everyone", re.compile(r"\bsafe\s+for\s+(?:everyone|anyone|all)\b", re.I)),
    ("proven", re.compile(r"\b(?:clinically\s+)?proven\b", re.I)),
    ("price", re.compile(r"\$\s?\d|\b\d+\s*dollars\b", re.I)),
    ("hours", re.compile(r"\b\d{1,2}(?::\d\d)?\s*(?:am|pm)\b|\bopen\s+(?:daily|24)", re.I)),
]
_SENTENCE = re.compile(r"[^.!?]+[.!?]?")


def banned_claims(text):
    """The names of the banned claims a text makes."""
    found = [name for name, pattern in BANNED if pattern.search(text)]
    for sentence in _SENTENCE.findall(text):
        if re.search(r"\bfda\b", sentence, re.I) and re.search(r"approv", sentence, re.I):
            negated = re.search(r"\bnot\b|\bisn'?t\b", sentence, re.I)
            if not negated and not re.search(r"esketamine|spravato", sentence, re.I):
                found.append("FDA-approved ketamine")
    return found


class _Filled(dict):
    """Profile placeholders, and a stand-in for slot values the actions supply at run time."""

    def __missing__(self, key):
        return f"<{key}>"


def _all_texts(domain):
    values = _Filled(load_profile().placeholders())
    for name, variants in domain.responses.items():
        for variant in variants:
            text = variant.get("text") or ""
            yield name, variant.get("channel") or "web", text.format_map(values)


def test_no_response_makes_a_banned_claim(domain):
    offenders = [(n, c, banned_claims(t)) for n, c, t in _all_texts(domain) if banned_claims(t)]
    assert not offenders


def test_every_response_fills_in_completely(domain):
    """Every placeholder is a profile value or a slot / value an action supplies."""
    slot_like = set(domain.slots and [s.name for s in domain.slots]) | {
        "phone_display", "email_display", "help_display", "handoff_code",
        "when_sentence",  # the clinic's own response-time sentence, or nothing (actions/after_booking.py)
        "contact_display",  # the contact choice in words, in the visitor's language (actions/intake.py)
    }
    for name, _, text in _all_texts(domain):
        assert "{" not in text and "}" not in text, name
        for key in re.findall(r"<(\w+)>", text):
            assert key in slot_like, (name, key)


def test_sms_variants_fit_two_text_messages(domain):
    for name, channel, text in _all_texts(domain):
        if channel == "twilio":
            assert len(text) <= 320, name


@pytest.mark.parametrize(
    "text, claim",
    [
        ("Ketamine cures depression.", "cure"),
        ("Results are guaranteed.", "guarantee"),
        ("The changes are permanent.", "permanent"),
        ("It works for 100% of patients.", "100%"),
        ("Ketamine is FDA-approved for depression.", "FDA-approved ketamine"),
        ("The FDA approved ketamine infusions for PTSD.", "FDA-approved ketamine"),
        ("It will work for you.", "certainty"),
        ("An infusion is $400.", "price"),
        ("We are open 9am to 5pm.", "hours"),
        ("There are no side effects.", "no side effects"),
    ],
)
def test_the_scanner_catches_each_banned_claim(text, claim):
    assert claim in banned_claims(text)


def test_the_scanner_allows_the_true_fda_statement():
    text = (
        "The FDA has approved esketamine, a nasal spray, for treatment-resistant depression. "
        "Ketamine given for depression is not an FDA-approved use."
    )
    assert banned_claims(text) == []
