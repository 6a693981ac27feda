"""Handing a visitor to staff: the confirmed intake and "talk to a person". A handoff holds the answers and the
consent; its transcript is the conversation the Rasa server's event broker records (clinic/storage/transcript.py).

Database work runs in a worker thread, so a slow database never stalls other conversations on this server.
A failed write gets a calm apology with the clinic's phone number; the answers stay in the conversation and
the next attempt writes the same record (the handoff is keyed by conversation and intake).
"""

from __future__ import annotations

import asyncio
import logging
from datetime import datetime, timezone
from typing import Any, Callable, Dict, List, Optional, Text, Tuple, TypeVar

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher
from sqlalchemy.exc import SQLAlchemyError

from actions import context
from actions.after_booking import as_asked, handoff_contact, language, when_sentence
from actions.intake import clear_intake
from actions.validators import SKIPPED
from clinic import names as n
from clinic.intake_fields import INTAKE_FIELDS, YES_NO
from clinic.storage.handoffs import ConsentInput, HandoffInput, note_person_request, record_handoff
from clinic.storage.models import HandoffKind

logger = logging.getLogger(__name__)

PERSON_REQUEST_KEY = "person-request"
T = TypeVar("T")


def _channel(tracker: Tracker) -> str:
    return (tracker.get_latest_input_channel() or "unknown")[:32]


def _optional(value: Any) -> Optional[str]:
    return None if value in (None, "", SKIPPED) else str(value)


def intake_from(tracker: Tracker) -> HandoffInput:
    slot = tracker.get_slot
    consent = None
    if slot(n.SLOT_CONSENT):
        consent = ConsentInput(
            agreed=True,
            statement=context.profile().consent_text(
                slot(n.SLOT_CONTACT_METHOD) or "-", slot(n.SLOT_CONTACT_TIME) or "-"
            ),
            disclaimer_version=context.profile().disclaimer_version,
            agreed_at=datetime.fromisoformat(slot(n.SLOT_CONSENT_AT)) if slot(n.SLOT_CONSENT_AT) else datetime.now(timezone.utc),
        )
    return HandoffInput(
        conversation_id=tracker.sender_id,
        intake_key=slot(n.SLOT_INTAKE_KEY) or PERSON_REQUEST_KEY,
        kind=HandoffKind.INTAKE.value,
        channel=_channel(tracker),
        urgent=bool(slot(n.SLOT_CRISIS)),
        language=slot(n.SLOT_LANGUAGE) or "en",
        answers={f.column: slot(f.slot) if f.kind == YES_NO else _optional(slot(f.slot)) for f in INTAKE_FIELDS},
        consent=consent,
    )


def _write(data: HandoffInput) -> str:
    with context.sessions().begin() as session:
        handoff, _ = record_handoff(session, data)
        return handoff.reference_code


async def _off_the_loop(write: Callable[[HandoffInput], T], data: HandoffInput) -> Optional[T]:
    """`write(data)` in a worker thread; None when the database failed (logged without any personal detail)."""
    try:
        return await asyncio.to_thread(write, data)
    except (SQLAlchemyError, OSError, RuntimeError) as exc:
        logger.error("handoff write failed (%s); the visitor was offered a retry", type(exc).__name__)
        return None


async def write_handoff(data: HandoffInput) -> Optional[str]:
    """The reference code, or None when the database failed."""
    return await _off_the_loop(_write, data)


_NOTHING_TO_WRITE = (None, False)
# the answers staff can reach a visitor by (the phone and email columns: those with a call or mail link)
_CONTACT_COLUMNS = tuple(f.column for f in INTAKE_FIELDS if f.link)


def _person_request(data: HandoffInput) -> Tuple[Optional[str], bool]:
    """(reference code, whether the conversation already had that handoff). A conversation with a handoff gets
    the request as an event on it; otherwise a person-request handoff is written when the visitor left a way
    to reach them. Nothing is written without one: staff could not call back a nameless, numberless row."""
    with context.sessions().begin() as session:
        existing = note_person_request(session, data.conversation_id, urgent=data.urgent)
        if existing is not None:
            return existing.reference_code, True
        if not any(data.answers.get(column) for column in _CONTACT_COLUMNS):
            return _NOTHING_TO_WRITE
        handoff, _ = record_handoff(session, data)
        return handoff.reference_code, False


class ActionSubmitIntake(Action):
    """Writes the confirmed intake as a handoff and tells the visitor what happens next."""

    def name(self) -> Text:
        return n.ACTION_SUBMIT_INTAKE

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[Text, Any]) -> List[EventType]:
        if not (tracker.get_slot(n.SLOT_CONFIRMED) and tracker.get_slot(n.SLOT_CONSENT)):
            # the form ended without a confirmed intake (declined, a minor, cancelled): nothing to write
            return [SlotSet(n.SLOT_HANDOFF_FAILED, False)]
        code = await write_handoff(intake_from(tracker))
        if code is None:
            dispatcher.utter_message(response=n.UTTER_HANDOFF_FAILED)
            return [SlotSet(n.SLOT_HANDOFF_FAILED, True)]
        lang = language(tracker)
        contact = handoff_contact(tracker) or as_asked(lang)
        dispatcher.utter_message(response=n.UTTER_HANDOFF_DONE, handoff_code=code, handoff_contact=contact,
                                 when_sentence=when_sentence(context.profile(), lang))
        return clear_intake() + [
            SlotSet(n.SLOT_HANDOFF_CODE, code),
            SlotSet(n.SLOT_HANDOFF_CONTACT, contact),
            SlotSet(n.SLOT_HANDOFF_FAILED, False),
        ]


class ActionPersonHandoff(Action):
    """"Talk to a person": a handoff with whatever the visitor has shared so far, urgent after a crisis."""

    def name(self) -> Text:
        return n.ACTION_PERSON_HANDOFF

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[Text, Any]) -> List[EventType]:
        data = intake_from(tracker)
        data.kind = HandoffKind.PERSON_REQUEST.value
        data.intake_key = PERSON_REQUEST_KEY
        written = await _off_the_loop(_person_request, data)
        if written is None:
            dispatcher.utter_message(response=n.UTTER_HANDOFF_FAILED)
            return [SlotSet(n.SLOT_HANDOFF_FAILED, True)]
        code, existed = written
        if code is None:  # no handoff and no way to reach them: how to reach the clinic, or leave details
            dispatcher.utter_message(response=n.UTTER_PERSON_NO_DETAILS)
            return [SlotSet(n.SLOT_HANDOFF_FAILED, False)]
        dispatcher.utter_message(response=n.UTTER_PERSON_NOTED if existed else n.UTTER_PERSON_HANDOFF,
                                 handoff_code=code)
        return [SlotSet(n.SLOT_HANDOFF_CODE, code), SlotSet(n.SLOT_HANDOFF_FAILED, False)]
