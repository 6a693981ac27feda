"""The plain-text readings of clinic/wording.py that the policies lean on, checked without a model."""
import pytest

from clinic.wording import asks_to_rephrase, looks_like_reaction, only_acknowledges, reaction_to_sent, thanks_in


@pytest.mark.parametrize("text", [
    "nice", "oh nice!", "i see", "got it", "good to know lol", "interesting", "makes sense", "Perfect.", "nice one",
    "qu\u00e9 bien", "muy bien", "Perfecto", "entendido", "estoy bien", "todo bien", "\u00f3rale",
    "hmm ok", "oh ok i see", "wow", "thats great", "bet", "\U0001F44D", "\U0001F44D\U0001F3FB", "ok \U0001F44D",
])
def test_a_bare_acknowledgement_is_read_as_one(text):
    assert only_acknowledges(text), text


@pytest.mark.parametrize("text", [
    "ok so how much is it", "nice, how much is it", "i see a therapist already", "got it, so how many sessions",
    "no estoy bien", "no me siento bien", "bien triste", "estoy bien cansada de todo",
    "no", "i want to book", "good to know, is it safe for kids", "", "huh?", "huh", "ok?", "got it?", "\U0001F52A",
])
def test_a_message_that_asks_or_tells_something_is_no_bare_acknowledgement(text):
    assert not only_acknowledges(text), text


@pytest.mark.parametrize("text, asks", [
    ("explain like im 5 pls", True),
    ("ok that was a lot of big words lol can u say it simpler", True),
    ("ok can u say that simpler pls im not a science person lol", True),
    ("can you explain how it works", False),
    ("can you say it again im not a fan of ketamine", False),
])
def test_a_request_to_say_it_again_more_simply(text, asks):
    assert asks_to_rephrase(text) is asks, text


@pytest.mark.parametrize("text, thanks", [
    ("good to know, thx", True), ("\U0001F64F", True), ("thank u", True), ("got it", False), ("typical", False),
])
def test_thanks_are_read_in_an_acknowledgement(text, thanks):
    assert thanks_in(text) is thanks, text


SENT = ["Ketamine is an anesthetic. It has been used for decades in surgery.",
        "If you or someone else is in immediate danger, call 911 now. You can call or text 988."]


@pytest.mark.parametrize("text", [
    "Liked \u201cKetamine is an anesthetic. It has been used for decades in surgery.\u201d",
    "Loved \u201cIf you or someone else is in immediate danger, call 911 now. You can call or text 988.\n1. Yes, talk to a person\u201d",
    "Reacted \U0001F44D to \u201cKetamine is an anesthetic. It has been\u2026\u201d",
    "\U0001F44D to \"Ketamine is an anesthetic.\"",
    "Emphasized \u201cyou can call or text 988\u201d",
])
def test_a_phones_reaction_to_the_assistants_own_message_is_read_as_one(text):
    assert looks_like_reaction(text) and reaction_to_sent(text, SENT), text


@pytest.mark.parametrize("text, sent", [
    ("Loved \u201cmy life until now\u201d", SENT),  # (a quote of nothing the assistant said: the visitor's own words)
    ("Liked \u201cok\u201d", SENT),  # (too short to tell)
    ("I liked \u201cKetamine is an anesthetic.\u201d but is it safe", SENT),  # (more than a reaction)
    ("Liked \u201cKetamine is an anesthetic.\u201d", []),  # (nothing sent yet)
])
def test_what_only_looks_like_a_reaction_is_the_visitors_message(text, sent):
    assert not reaction_to_sent(text, sent), text
