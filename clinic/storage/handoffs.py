"""Queries on handoffs: plain functions that take a session; the caller owns the unit of work."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Dict, Optional, Tuple

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, selectinload

from clinic.alerts import NEW, PERSON_REQUEST, enqueue
from clinic.intake_fields import BY_COLUMN, INTAKE_FIELDS
from clinic.storage.models import Consent, Handoff, HandoffEvent, HandoffStatus, IntakeAnswers

# Crockford-style alphabet: no 0/O, 1/I/L, so a code read over the phone is unambiguous.
_CODE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTVWXYZ"
CODE_LENGTH = 6


@dataclass(frozen=True)
class ConsentInput:
    agreed: bool
    statement: str
    disclaimer_version: str
    agreed_at: datetime


@dataclass
class HandoffInput:
    conversation_id: str
    intake_key: str
    kind: str
    channel: str
    urgent: bool = False
    language: str = "en"  # the language the visitor used with the assistant
    # the visitor's answers by column of `intake_answers` (clinic/intake_fields.py); missing ones stay empty
    answers: Dict[str, Any] = field(default_factory=dict)
    consent: Optional[ConsentInput] = None

    def __post_init__(self) -> None:
        unknown = set(self.answers) - set(BY_COLUMN)
        if unknown:
            raise ValueError(f"not intake answers: {sorted(unknown)}")


LANGUAGES = ("en", "es")


def reference_code(conversation_id: str, intake_key: str, attempt: int = 0) -> str:
    """A short code derived from the intake's identity, so a retried write yields the same code."""
    digest = hashlib.sha256(f"{conversation_id}\x1f{intake_key}\x1f{attempt}".encode()).digest()
    number = int.from_bytes(digest[:8], "big")
    chars = []
    for _ in range(CODE_LENGTH):
        number, index = divmod(number, len(_CODE_ALPHABET))
        chars.append(_CODE_ALPHABET[index])
    return "".join(chars)


def _find(session: Session, conversation_id: str, intake_key: str) -> Optional[Handoff]:
    return session.scalar(
        select(Handoff).where(Handoff.conversation_id == conversation_id, Handoff.intake_key == intake_key)
    )


def record_handoff(session: Session, data: HandoffInput) -> Tuple[Handoff, bool]:
    """Write the handoff once. Returns (handoff, created): a repeat or a racing replica gets the first one.

    The insert runs in a savepoint: if another writer committed the same (conversation, intake) first, the
    unique key refuses ours and we return theirs, leaving the caller's transaction usable.
    """
    existing = _find(session, data.conversation_id, data.intake_key)
    if existing is not None:
        return existing, False
    for attempt in range(5):
        handoff = _new_handoff(data, reference_code(data.conversation_id, data.intake_key, attempt))
        try:
            with session.begin_nested():
                session.add(handoff)
            break
        except IntegrityError:
            existing = _find(session, data.conversation_id, data.intake_key)
            if existing is not None:
                return existing, False
            # otherwise the reference code collided with another intake's: derive the next one
    else:
        raise RuntimeError("could not allocate a unique reference code")
    enqueue(session, handoff, NEW)  # the staff alert, in the same transaction (clinic/alerts.py)
    return handoff, True


def _new_handoff(data: HandoffInput, code: str) -> Handoff:
    handoff = Handoff(
        reference_code=code,
        conversation_id=data.conversation_id,
        intake_key=data.intake_key,
        kind=data.kind,
        channel=data.channel,
        urgent=data.urgent,
        language=data.language if data.language in LANGUAGES else "en",
        status=HandoffStatus.NEW.value,
    )
    handoff.intake = IntakeAnswers(**{f.column: data.answers.get(f.column) for f in INTAKE_FIELDS})
    if data.consent is not None:
        handoff.consent = Consent(
            agreed=data.consent.agreed,
            statement=data.consent.statement,
            disclaimer_version=data.consent.disclaimer_version,
            agreed_at=data.consent.agreed_at,
        )
    return handoff


def handoff_for_conversation(session: Session, conversation_id: str, intake_key: str) -> Optional[Handoff]:
    return _find(session, conversation_id, intake_key)


def get_by_code(session: Session, code: str) -> Optional[Handoff]:
    return session.scalar(
        select(Handoff)
        .where(Handoff.reference_code == code.strip().upper())
        .options(selectinload(Handoff.intake), selectinload(Handoff.consent), selectinload(Handoff.transcript))
    )


PERSON_REQUEST_NOTE = "Asked to talk to a person (in the same conversation, after this handoff)."


def note_person_request(session: Session, conversation_id: str, urgent: bool = False) -> Optional[Handoff]:
    """A visitor who asks for a person in a conversation that already has a handoff: the request becomes an
    event on that handoff (its latest), not a second record, and staff are alerted. A request after a crisis
    (`urgent`) makes the handoff urgent. None when the conversation has no handoff."""
    handoff = session.scalar(
        select(Handoff).where(Handoff.conversation_id == conversation_id).order_by(Handoff.id.desc()).limit(1)
    )
    if handoff is not None:
        session.add(HandoffEvent(handoff_id=handoff.id, staff_id=None, kind="visitor", note=PERSON_REQUEST_NOTE))
        if urgent and not handoff.urgent:
            handoff.urgent, handoff.acknowledged_at, handoff.acknowledged_by_id = True, None, None
        enqueue(session, handoff, PERSON_REQUEST)
    return handoff
