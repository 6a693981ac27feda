"""The intake form: which answer fills which question, corrections, interruptions, and repeated bad answers.

Rasa asks the questions (domain `intake_form`, `utter_ask_*`); `ValidateIntakeForm` reads each reply. A reply
that is not an answer (an FAQ question, "why do you need this", "stop", "talk to a person") fills nothing,
so the form rejects it and a rule answers it, then the form asks the same question again. Nothing is stored
anywhere until the visitor confirms the summary (actions/handoff.py).
"""

from __future__ import annotations

import re
import uuid
from datetime import datetime, timezone
from typing import Any, Callable, Dict, List, Optional, Text, Tuple

from rasa_sdk import Action, FormValidationAction, Tracker
from rasa_sdk.events import EventType, FollowupAction, SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions import context
from actions.after_booking import handoff_contact, language
from actions.validators import (
    RESUME_CONTINUE,
    RESUME_START_OVER,
    SKIPPED,
    format_phone,
    is_skip,
    match_office,
    parse_contact_method,
    parse_contact_time,
    parse_email,
    parse_help,
    parse_name,
    parse_own_number_choice,
    parse_phone,
    parse_resume_choice,
    parse_yes_no,
)
from clinic import names as n
from clinic.intake_fields import INTAKE_SLOTS
from clinic.wording import looks_like_question

# Replies with these intents are questions or requests, not answers (when the classifier is this sure).
INTERRUPTING_INTENTS = {
    *n.CRISIS_INTENTS, n.INTENT_MEDICAL_ADVICE, n.INTENT_STOP_INTAKE, n.INTENT_WHY_NEEDED, n.INTENT_TALK_TO_PERSON,
    n.INTENT_BOOK, n.INTENT_ASK_COST, n.INTENT_ASK_INSURANCE, n.INTENT_ASK_HOURS, n.INTENT_ASK_LOCATIONS,
    n.INTENT_ASK_WHEN_CONTACTED, n.INTENT_CHOOSE_LANGUAGE, n.INTENT_ASK_STAFF_QUESTION, n.INTENT_BOT_CHALLENGE,
    n.INTENT_HELP, n.INTENT_ASK_DISCLAIMER, n.INTENT_GOODBYE,
}
INTERRUPT_CONFIDENCE = 0.7
# A reply that reads as a question is answered on any topic the classifier placed at all: the NLU fallback's own
# threshold (config.yml), so a question is either answered or met with "Did you mean ...?", never taken as an answer
QUESTION_INTERRUPT_CONFIDENCE = 0.3  # tests/actions/test_actions.py keeps it equal to config.yml
# Neither yes nor no to a yes/no question, and no question either: the classifier must be surer ("Dana Whitfield"
# half-read as a question about the offices is still no answer to "do you agree?")
LENIENT_INTERRUPT_CONFIDENCE = 0.4
YES_NO_SLOTS = (n.SLOT_CONSENT, n.SLOT_ADULT, n.SLOT_CONFIRMED)
STUCK_AFTER = 3  # the third invalid answer in a row to one question offers a person

_CORRECTION_CUE = re.compile(
    r"\b(?:actually|wait|sorry|oops|correction|change|update|fix|wrong|instead|meant|typo)\b"
    r"|\bmy\s+(?:phone|number|cell|email|e-mail|name)\s+is\b",
    re.I,
)
# Which answer a correction is about, by the words it uses (checked in this order).
_FIELD_WORDS: Tuple[Tuple[str, Tuple[str, ...]], ...] = (
    (n.SLOT_CONTACT_METHOD, ("contact me", "how you contact", "contact method", "text me", "call me instead", "email me")),
    (n.SLOT_EMAIL, ("email", "e-mail")),
    (n.SLOT_PHONE, ("phone", "number", "cell", "mobile")),
    (n.SLOT_NAME, ("name",)),
    (n.SLOT_OFFICE, ("office", "location", "clinic", "branch")),
    (n.SLOT_HELP, ("help with", "reason", "seeking", "need help")),
    (n.SLOT_CONTACT_TIME, ("time", "morning", "afternoon", "evening")),
)


# --- the texter's own number as the phone (SMS), and a half-finished intake after a long pause ---
SMS_CHANNEL = "twilio"
# The welcome-back question is asked at most this often in a row before the answers are simply kept
RESUME_ASKS = 2


def _now_iso() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def _intent(tracker: Tracker) -> Tuple[Optional[str], float]:
    intent = (tracker.latest_message or {}).get("intent") or {}
    return intent.get("name"), float(intent.get("confidence") or 0.0)


def _is_interruption(tracker: Tracker, lenient: bool = False) -> bool:
    """Whether the reply is a question or request rather than an answer. A reply that reads as a question
    ("wait, is this addictive?") needs less certainty about its topic, and so does any reply to a yes/no
    question that is neither yes nor no (`lenient`: "actually I'd rather message a staff member" is no answer
    to "do you agree?" whatever the classifier's confidence). One the classifier could not place at all is
    answered with "Did you mean ...?" (assistant/policies.py), never taken as an answer."""
    name, confidence = _intent(tracker)
    question = looks_like_question((tracker.latest_message or {}).get("text") or "")
    if question and name == n.INTENT_NLU_FALLBACK:
        return True
    needed = (QUESTION_INTERRUPT_CONFIDENCE if question
              else LENIENT_INTERRUPT_CONFIDENCE if lenient else INTERRUPT_CONFIDENCE)
    if not name or confidence < needed:
        return False
    return interrupts(name)


def interrupts(intent: str) -> bool:
    """Whether an intent is a question or request the form answers in passing (each has an in-form rule in
    data/rules_intake.yml, checked by tests/actions/test_interruptions.py), never an answer to its question."""
    return intent in INTERRUPTING_INTENTS or intent.startswith(n.FAQ_INTENT_PREFIX)


def _yes_no(tracker: Tracker, text: str) -> Optional[bool]:
    name, confidence = _intent(tracker)
    if name == n.INTENT_AFFIRM and confidence >= 0.5:
        return True
    if name == n.INTENT_DENY and confidence >= 0.5:
        return False
    return parse_yes_no(text)


def clear_intake() -> List[EventType]:
    return [SlotSet(slot, None) for slot in (*INTAKE_SLOTS, n.SLOT_PHONE_DECLINED, n.SLOT_PHONE_ENDING, n.SLOT_RESUME)]


def _metadata(tracker: Tracker) -> Dict[str, Any]:
    metadata = (tracker.latest_message or {}).get("metadata")
    return metadata if isinstance(metadata, dict) else {}


def _number_ending(tracker: Tracker) -> Optional[str]:
    """The last four digits of the number the visitor texts from, when they text (never on the website)."""
    if tracker.get_latest_input_channel() != SMS_CHANNEL:
        return None
    ending = str(_metadata(tracker).get(n.META_NUMBER_ENDING) or "")
    return ending if len(ending) == 4 and ending.isdigit() else None


def own_number_offered(tracker: Tracker) -> bool:
    """Whether the phone question offers the texter's own number (SMS, and not turned down)."""
    return _number_ending(tracker) is not None and not tracker.get_slot(n.SLOT_PHONE_DECLINED)


def _end_form() -> List[EventType]:
    return [*clear_intake(), SlotSet(n.SLOT_REQUESTED, None)]


def _looks_like_a_full_name(name: str) -> bool:
    words = name.split()
    return len(words) >= 2 and all(w[:1].isupper() for w in words)


def _field_named(text: str) -> Optional[str]:
    lowered = text.lower()
    for field, words in _FIELD_WORDS:
        if any(word in lowered for word in words):
            return field
    return None


class ValidateIntakeForm(FormValidationAction):
    """Reads each reply to the intake form's current question."""

    def name(self) -> Text:
        return n.ACTION_VALIDATE_INTAKE

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[Text, Any]
    ) -> List[EventType]:
        requested = tracker.get_slot(n.SLOT_REQUESTED)
        if requested is None:
            return []
        text = ((tracker.latest_message or {}).get("text") or "").strip()
        correction = self._correction(tracker, text, requested)
        if correction is not None:
            return correction
        if requested in YES_NO_SLOTS:
            return self._yes_no_answer(dispatcher, tracker, requested, text)
        if requested == n.SLOT_PHONE and own_number_offered(tracker):
            own = self._own_number_answer(tracker, text)
            if own is not None:
                return own
        parsed = self._parse(requested, text, tracker)
        if parsed is None and (_is_interruption(tracker) or text.startswith("/")):
            return []  # not an answer: the form rejects it and a rule responds
        if parsed is None:
            return self._invalid(dispatcher, tracker, requested)
        if requested == n.SLOT_CONTACT_METHOD and parsed[n.SLOT_CONTACT_METHOD] == "email" and (
            tracker.get_slot(n.SLOT_EMAIL) in (None, SKIPPED)
        ):
            dispatcher.utter_message(response=n.UTTER_EMAIL_NEEDED)
            return [SlotSet(n.SLOT_CONTACT_METHOD, None), SlotSet(n.SLOT_EMAIL, None)]
        return [SlotSet(slot, value) for slot, value in parsed.items()] + [SlotSet(n.SLOT_INVALID, None)]

    # --- one question at a time ---

    @staticmethod
    def _parse(slot: str, text: str, tracker: Tracker) -> Optional[Dict[str, Any]]:
        """The slots a reply fills when `slot` is the question, or None if it is no answer to it."""
        if slot == n.SLOT_NAME:
            name = parse_name(text)
            # "Kim Change" typed like a name is a name, whatever the classifier makes of "change"
            if name is None or (_is_interruption(tracker) and not _looks_like_a_full_name(name)):
                return None
            return {slot: name}
        if slot == n.SLOT_HELP:
            found = parse_help(text, context.conditions())
            if found is None or (found[0] == "other" and _is_interruption(tracker)):
                return None
            return {n.SLOT_HELP: found[0], n.SLOT_HELP_TEXT: found[1]}
        if slot == n.SLOT_EMAIL and is_skip(text):
            return {slot: SKIPPED}
        parsers: Dict[str, Callable[[str], Optional[str]]] = {
            n.SLOT_PHONE: parse_phone,
            n.SLOT_EMAIL: parse_email,
            n.SLOT_OFFICE: lambda t: match_office(t, context.profile().offices),
            n.SLOT_CONTACT_METHOD: parse_contact_method,
            n.SLOT_CONTACT_TIME: parse_contact_time,
        }
        value = parsers[slot](text) if slot in parsers else None
        return {slot: value} if value else None

    @staticmethod
    def _own_number_answer(tracker: Tracker, text: str) -> Optional[List[EventType]]:
        """The reply to "Can the team reach you at this number?": yes fills the phone with the number the
        visitor texts from (normalised like a typed one); "a different number" asks for it. None when the
        reply is neither (a number typed straight away, a question)."""
        choice = parse_own_number_choice(text)
        if choice is None:
            return None
        number = parse_phone(str(_metadata(tracker).get(n.META_SENDER_NUMBER) or "")) if choice else None
        if number is None:  # another number, or (the channel's button store was away) no number to use
            return [SlotSet(n.SLOT_PHONE, None), SlotSet(n.SLOT_PHONE_DECLINED, True)]
        return [SlotSet(n.SLOT_PHONE, number), SlotSet(n.SLOT_INVALID, None)]

    def _yes_no_answer(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, slot: str, text: str
    ) -> List[EventType]:
        answer = _yes_no(tracker, text)
        if answer is None:
            if _is_interruption(tracker, lenient=True):
                return []
            return self._invalid(dispatcher, tracker, slot)
        if slot == n.SLOT_CONSENT:
            if not answer:
                dispatcher.utter_message(response=n.UTTER_CONSENT_DECLINED)
                return _end_form()
            return [
                SlotSet(n.SLOT_CONSENT, True),
                SlotSet(n.SLOT_CONSENT_AT, _now_iso()),
                SlotSet(n.SLOT_INTAKE_KEY, uuid.uuid4().hex),
                SlotSet(n.SLOT_INVALID, None),
            ]
        if slot == n.SLOT_ADULT:
            if not answer:
                dispatcher.utter_message(response=n.UTTER_MINOR)
                return _end_form()
            return [SlotSet(n.SLOT_ADULT, True), SlotSet(n.SLOT_INVALID, None)]
        if answer:  # the summary is right
            return [SlotSet(n.SLOT_CONFIRMED, True), SlotSet(n.SLOT_INVALID, None)]
        dispatcher.utter_message(response=n.UTTER_ASK_WHAT_TO_CHANGE)
        return [SlotSet(n.SLOT_CONFIRMED, None), SlotSet(n.SLOT_CHANGE_REQUESTED, True)]

    @staticmethod
    def _invalid(dispatcher: CollectingDispatcher, tracker: Tracker, slot: str) -> List[EventType]:
        state = tracker.get_slot(n.SLOT_INVALID) or {}
        count = state.get("count", 0) + 1 if state.get("slot") == slot else 1
        key = "yes_no" if slot in YES_NO_SLOTS else slot
        if count >= STUCK_AFTER:
            dispatcher.utter_message(response=n.UTTER_INTAKE_STUCK)
        elif count == 2:
            dispatcher.utter_message(response=n.UTTER_EXPLAIN_PREFIX + key)
        else:
            dispatcher.utter_message(response=n.UTTER_INVALID_PREFIX + key)
        return [SlotSet(slot, None), SlotSet(n.SLOT_INVALID, {"slot": slot, "count": count})]

    # --- "actually my number is ...", "change the office" ---

    def _correction(self, tracker: Tracker, text: str, requested: str) -> Optional[List[EventType]]:
        change_requested = bool(tracker.get_slot(n.SLOT_CHANGE_REQUESTED))
        if not change_requested and not _CORRECTION_CUE.search(text):
            return None
        field = _field_named(text)
        if field is None or (field == requested and not change_requested):
            return None
        if requested in (n.SLOT_CONSENT, n.SLOT_ADULT):
            return None  # nothing to correct yet
        parsed = self._parse(field, text, tracker) if field not in YES_NO_SLOTS else None
        if not change_requested and _is_interruption(tracker) and (not parsed or tracker.get_slot(field) is None):
            return None  # "sorry, does it help with PTSD?" is a question, not a change to "help with"
        events: List[EventType] = [SlotSet(n.SLOT_CHANGE_REQUESTED, None), SlotSet(n.SLOT_CONFIRMED, None)]
        if parsed:
            events += [SlotSet(slot, value) for slot, value in parsed.items()]
        else:
            events.append(SlotSet(field, None))  # the form asks that question again, then the summary
            if field == n.SLOT_HELP:
                events.append(SlotSet(n.SLOT_HELP_TEXT, None))
        return events


class ActionAskOffice(Action):
    """Asks for the office with one button per office in the clinic profile."""

    def name(self) -> Text:
        return n.ACTION_ASK_OFFICE

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[Text, Any]) -> List[EventType]:
        offices = context.profile().offices
        dispatcher.utter_message(
            response=n.UTTER_ASK_OFFICE, buttons=[{"title": office, "payload": office} for office in offices]
        )
        return []


_HELP_ES = {"depression": "depresión", "anxiety": "ansiedad", "ptsd": "TEPT (estrés postraumático)", "ocd": "TOC",
            "chronic pain": "dolor crónico", "chronic_pain": "dolor crónico", "substance use": "consumo de sustancias",
            "substance_use": "consumo de sustancias", "something else": "otra cosa", "other": "otra cosa"}


class ActionAskIntakeConfirmed(Action):
    """Reads the answers back and asks whether they are right."""

    def name(self) -> Text:
        return n.ACTION_ASK_CONFIRMED

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[Text, Any]) -> List[EventType]:
        if tracker.get_slot(n.SLOT_CHANGE_REQUESTED):
            return []  # "what would you like to change?" was just asked
        email = tracker.get_slot(n.SLOT_EMAIL)
        help_said = tracker.get_slot(n.SLOT_HELP_TEXT) or tracker.get_slot(n.SLOT_HELP) or "-"
        dispatcher.utter_message(
            response=n.UTTER_SUMMARY,
            phone_display=format_phone(tracker.get_slot(n.SLOT_PHONE)),
            email_display=email if email and email != SKIPPED else "-",
            # a button's payload ("chronic pain") in the visitor's language; their own words as they wrote them
            help_display=_HELP_ES.get(help_said.lower(), help_said) if language(tracker) == "es" else help_said,
            contact_display=handoff_contact(tracker) or "-",
        )
        return []


class ActionResetIntake(Action):
    """Forgets every intake answer (after "stop", a declined consent, or a minor)."""

    def name(self) -> Text:
        return n.ACTION_RESET_INTAKE

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[Text, Any]) -> List[EventType]:
        return clear_intake()


class ActionAskPhone(Action):
    """Asks for the phone number; by SMS, first whether the number the visitor texts from will do, showing
    only its last four digits."""

    def name(self) -> Text:
        return n.ACTION_ASK_PHONE

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[Text, Any]) -> List[EventType]:
        ending = _number_ending(tracker)
        if ending is None or tracker.get_slot(n.SLOT_PHONE_DECLINED):
            dispatcher.utter_message(response=n.UTTER_ASK_PHONE)
            return []
        dispatcher.utter_message(response=n.UTTER_ASK_PHONE_OWN, phone_ending=ending)
        return [SlotSet(n.SLOT_PHONE_ENDING, ending)]


class ActionResumeIntake(Action):
    """Reads the answer to "Would you like to continue where you left off?": continue (the form asks its
    next question), start over (the answers are cleared and the intake begins again), not now (the answers
    are kept; "book" carries on later). Anything else asks again, once; then the answers are simply kept."""

    def name(self) -> Text:
        return n.ACTION_RESUME_INTAKE

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[Text, Any]) -> List[EventType]:
        choice = parse_resume_choice((tracker.latest_message or {}).get("text"))
        if choice == RESUME_CONTINUE:
            return [SlotSet(n.SLOT_RESUME, None), SlotSet(n.SLOT_REQUESTED, None), FollowupAction(n.FORM_INTAKE)]
        if choice == RESUME_START_OVER:
            return [*clear_intake(), SlotSet(n.SLOT_REQUESTED, None), FollowupAction(n.FORM_INTAKE)]
        if choice is None and self._times_asked(tracker) < RESUME_ASKS:
            return [FollowupAction(n.UTTER_WELCOME_BACK)]
        return [SlotSet(n.SLOT_RESUME, None), FollowupAction(n.UTTER_RESUME_LATER)]

    @staticmethod
    def _times_asked(tracker: Tracker) -> int:
        """How often the question was asked since the session began."""
        asked = 0
        for event in reversed(tracker.events):
            if event.get("event") == "session_started":
                break
            if event.get("event") == "action" and event.get("name") == n.UTTER_WELCOME_BACK:
                asked += 1
        return asked
