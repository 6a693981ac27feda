"""Queries behind the staff review app: accounts and their sessions, the filtered handoff list, status changes,
notes, audit."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, timezone
from typing import Dict, List, Optional, Sequence, Tuple

from sqlalchemy import and_, case, delete, func, or_, select
from sqlalchemy.orm import Session, joinedload, selectinload

from clinic.alerts import cancel_reminders
from clinic.storage.models import (
    Alert, AuditEntry, Handoff, HandoffEvent, HandoffStatus, IntakeAnswers, StaffSession, StaffUser,
)

STATUSES = tuple(s.value for s in HandoffStatus)

_ANSWERS = IntakeAnswers.__table__.c  # the answers' columns (clinic/intake_fields.py)


@dataclass(frozen=True)
class Filters:
    status: Optional[str] = None
    office: Optional[str] = None
    channel: Optional[str] = None
    since: Optional[date] = None
    until: Optional[date] = None
    search: Optional[str] = None
    owner: Optional[str] = None  # "mine" (with `viewer`) or "unassigned"
    viewer: Optional[int] = None  # the signed-in staff member, for "mine"

    def as_query(self) -> Dict[str, str]:
        values = {
            "status": self.status, "office": self.office, "channel": self.channel,
            "since": self.since.isoformat() if self.since else None,
            "until": self.until.isoformat() if self.until else None, "q": self.search, "owner": self.owner,
        }
        return {k: v for k, v in values.items() if v}


def _day_start(day: date) -> datetime:
    return datetime.combine(day, time.min, tzinfo=timezone.utc)


def _filtered(filters: Filters):
    query = select(Handoff).outerjoin(IntakeAnswers, _ANSWERS.handoff_id == Handoff.id)
    if filters.status:
        query = query.where(Handoff.status == filters.status)
    if filters.office:
        query = query.where(_ANSWERS.office == filters.office)
    if filters.channel:
        query = query.where(Handoff.channel == filters.channel)
    if filters.owner == "mine":
        query = query.where(Handoff.assigned_to_id == filters.viewer)
    elif filters.owner == "unassigned":
        query = query.where(Handoff.assigned_to_id.is_(None))
    if filters.since:
        query = query.where(Handoff.created_at >= _day_start(filters.since))
    if filters.until:
        query = query.where(Handoff.created_at < _day_start(filters.until + timedelta(days=1)))
    if filters.search:
        term = filters.search.strip()
        like = f"%{term.replace('%', '').replace('_', '')}%"
        matches = [Handoff.reference_code == term.upper(), _ANSWERS.full_name.ilike(like)]
        digits = re.sub(r"\D", "", term)
        if len(digits) >= 4:  # "555-0134", "(714) 555 0134": the digits anywhere in the stored +1714...
            matches.append(_ANSWERS.phone_e164.like(f"%{digits}%"))
        query = query.where(or_(*matches))
    return query


# urgent handoffs are pinned on top until closed
PINNED = case((and_(Handoff.urgent.is_(True), Handoff.status != HandoffStatus.CLOSED.value), 1), else_=0)


def list_for_review(session: Session, filters: Filters, limit: int = 50, offset: int = 0) -> Tuple[List[Handoff], int]:
    """One page of handoffs (open urgent ones pinned on top, then newest first) and how many match in all."""
    query = _filtered(filters)
    total = session.scalar(select(func.count()).select_from(query.order_by(None).subquery()))
    page = session.scalars(
        query.options(selectinload(Handoff.intake), selectinload(Handoff.assigned_to))
        .order_by(PINNED.desc(), Handoff.created_at.desc(), Handoff.id.desc())
        .limit(limit)
        .offset(offset)
    )
    return list(page), int(total or 0)


def all_for_export(session: Session, filters: Filters) -> List[Handoff]:
    return list(session.scalars(
        _filtered(filters).options(selectinload(Handoff.intake)).order_by(Handoff.created_at.desc(), Handoff.id.desc())
    ))


def counts_by_status(session: Session) -> Dict[str, int]:
    rows = session.execute(select(Handoff.status, func.count()).group_by(Handoff.status)).all()
    counts = {status: 0 for status in STATUSES}
    counts.update({status: n for status, n in rows})
    return counts


def choices(session: Session) -> Dict[str, List[str]]:
    """The offices and channels that occur, for the filter menus."""
    offices = session.scalars(select(_ANSWERS.office).where(_ANSWERS.office.is_not(None)).distinct())
    channels = session.scalars(select(Handoff.channel).distinct())
    return {"offices": sorted(o for o in offices if o), "channels": sorted(c for c in channels if c)}


def events_for(session: Session, handoff: Handoff) -> List[HandoffEvent]:
    return list(session.scalars(
        select(HandoffEvent).where(HandoffEvent.handoff_id == handoff.id)
        .options(selectinload(HandoffEvent.staff)).order_by(HandoffEvent.created_at, HandoffEvent.id)
    ))


def change_status(session: Session, handoff: Handoff, staff: StaffUser, new_status: str) -> None:
    if new_status not in STATUSES:
        raise ValueError("unknown status")
    if new_status == handoff.status:
        return
    session.add(HandoffEvent(handoff_id=handoff.id, staff_id=staff.id, kind="status",
                             old_status=handoff.status, new_status=new_status))
    audit(session, staff, "status", handoff, f"{handoff.status} -> {new_status}")
    handoff.status = new_status
    if new_status == HandoffStatus.CLOSED.value:
        cancel_reminders(session, handoff)  # a closed handoff needs no more alerts


def acknowledge(session: Session, handoff: Handoff, staff: StaffUser, now: datetime) -> bool:
    """An urgent handoff seen and taken on: its reminders stop. False when it was acknowledged already."""
    if handoff.acknowledged_at is not None:
        return False
    handoff.acknowledged_at, handoff.acknowledged_by_id = now, staff.id
    cancel_reminders(session, handoff)
    session.add(HandoffEvent(handoff_id=handoff.id, staff_id=staff.id, kind="ack", note="Acknowledged the alert."))
    audit(session, staff, "acknowledge", handoff)
    return True


def assign(session: Session, handoff: Handoff, staff: StaffUser, owner: Optional[StaffUser]) -> None:
    """`owner` works on the handoff from now (None: nobody); `staff` made the change."""
    if handoff.assigned_to_id == (owner.id if owner else None):
        return
    what = f"Assigned to {owner.username}." if owner else "Unassigned."
    if owner is not None and owner.id == staff.id:
        what = "Claimed it."
    handoff.assigned_to_id = owner.id if owner else None
    session.add(HandoffEvent(handoff_id=handoff.id, staff_id=staff.id, kind="assign", note=what))
    audit(session, staff, "assign", handoff, owner.username if owner else "unassigned")


def log_contact(session: Session, handoff: Handoff, staff: StaffUser, outcome: str, note: str = "") -> None:
    """An attempt to reach the visitor (called, left a voicemail, texted...), with its time."""
    session.add(HandoffEvent(handoff_id=handoff.id, staff_id=staff.id, kind="contact",
                             note=f"{outcome}. {note}".strip() if note else outcome))
    audit(session, staff, "contact", handoff)


def newer_than(session: Session, handoff_id: int) -> Tuple[int, int]:
    """(handoffs, urgent ones) that arrived after the handoff with id `handoff_id`: "3 new since you loaded"."""
    row = session.execute(
        select(func.count(), func.count(case((Handoff.urgent.is_(True), 1)))).where(Handoff.id > handoff_id)
    ).one()
    return int(row[0]), int(row[1])


def latest_id(session: Session) -> int:
    return int(session.scalar(select(func.max(Handoff.id))) or 0)


def alerts_for(session: Session, handoff: Handoff) -> List[Alert]:
    return list(session.scalars(select(Alert).where(Alert.handoff_id == handoff.id).order_by(Alert.id)))


def handoffs_of(session: Session, conversation_id: str) -> List[Handoff]:
    return list(session.scalars(select(Handoff).where(Handoff.conversation_id == conversation_id).order_by(Handoff.id)))


def staff_members(session: Session) -> List[StaffUser]:
    return list(session.scalars(select(StaffUser).order_by(StaffUser.username)))


def add_note(session: Session, handoff: Handoff, staff: StaffUser, note: str) -> None:
    session.add(HandoffEvent(handoff_id=handoff.id, staff_id=staff.id, kind="note", note=note))
    audit(session, staff, "note", handoff)


def audit(session: Session, staff: Optional[StaffUser], action: str, handoff: Optional[Handoff] = None,
          detail: Optional[str] = None) -> None:
    """One audit row. `staff` is None only for a failed sign-in with a username that is no account."""
    session.add(AuditEntry(staff_id=staff.id if staff else None, action=action,
                           handoff_id=handoff.id if handoff else None, detail=detail))


def audit_log(session: Session, limit: int = 200) -> List[AuditEntry]:
    return list(session.scalars(
        select(AuditEntry).options(selectinload(AuditEntry.staff), selectinload(AuditEntry.handoff))
        .order_by(AuditEntry.created_at.desc(), AuditEntry.id.desc()).limit(limit)
    ))


def find_staff(session: Session, username: str) -> Optional[StaffUser]:
    return session.scalar(select(StaffUser).where(StaffUser.username == username))


def add_staff(session: Session, username: str, password_hash: str, is_admin: bool,
              is_manager: bool = False) -> StaffUser:
    user = StaffUser(username=username, password_hash=password_hash, is_admin=is_admin, is_manager=is_manager)
    session.add(user)
    session.flush()
    return user


def open_session(session: Session, staff: StaffUser, key: str, now: datetime,
                 forget_before: datetime) -> StaffSession:
    """A new server-side session `key` (the hash of the cookie's token); drops sessions idle since
    `forget_before`, which are over anyway (the audit log keeps every sign-in and sign-out)."""
    session.execute(delete(StaffSession).where(StaffSession.last_seen_at < forget_before))
    row = StaffSession(id=key, staff_id=staff.id, created_at=now, last_seen_at=now)
    session.add(row)
    return row


def find_session(session: Session, key: str) -> Optional[StaffSession]:
    """The session `key` with its staff member loaded, ended or not; None if there is none."""
    return session.get(StaffSession, key, options=[joinedload(StaffSession.staff)])


def end_session(session: Session, key: str, now: datetime) -> None:
    row = session.get(StaffSession, key)
    if row is not None and row.ended_at is None:
        row.ended_at = now


def codes_of(handoffs: Sequence[Handoff]) -> List[str]:
    return [h.reference_code for h in handoffs]
