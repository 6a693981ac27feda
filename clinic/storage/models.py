"""The handoff record's tables. Alembic owns the schema (clinic/storage/migrations)."""

from __future__ import annotations

import enum
from datetime import datetime, timezone
from typing import TYPE_CHECKING, Any, List, Optional

from sqlalchemy import (
    Boolean, Column, DateTime, ForeignKey, Index, Integer, MetaData, String, Table, Text, UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship
from sqlalchemy.types import TypeEngine

from clinic.intake_fields import INTAKE_FIELDS, YES_NO, IntakeField
from clinic.storage.transcript import conversation_messages, conversation_summaries


def utc_now() -> datetime:
    return datetime.now(timezone.utc)


class Base(DeclarativeBase):
    pass


class HandoffStatus(str, enum.Enum):
    NEW = "new"
    CONTACTED = "contacted"
    SCHEDULED = "scheduled"
    CLOSED = "closed"


class HandoffKind(str, enum.Enum):
    INTAKE = "intake"  # a completed, confirmed intake form
    PERSON_REQUEST = "person_request"  # "talk to a person", with whatever details were given


class Handoff(Base):
    """One visitor handed to staff. (conversation_id, intake_key) is unique: a retry writes nothing new."""

    __tablename__ = "handoffs"
    __table_args__ = (UniqueConstraint("conversation_id", "intake_key", name="uq_handoff_conversation_intake"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    reference_code: Mapped[str] = mapped_column(String(16), unique=True)
    conversation_id: Mapped[str] = mapped_column(String(128), index=True)
    intake_key: Mapped[str] = mapped_column(String(64))
    kind: Mapped[str] = mapped_column(String(20), default=HandoffKind.INTAKE.value)
    status: Mapped[str] = mapped_column(String(16), default=HandoffStatus.NEW.value, index=True)
    urgent: Mapped[bool] = mapped_column(Boolean, default=False, index=True)
    channel: Mapped[str] = mapped_column(String(32))
    # the language the visitor used with the assistant ("en", "es"): the right person calls back
    language: Mapped[str] = mapped_column(String(8), default="en", server_default="en")
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utc_now, index=True)
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utc_now, onupdate=utc_now)
    # the staff member working on it (None: unassigned)
    assigned_to_id: Mapped[Optional[int]] = mapped_column(ForeignKey("staff_users.id"), index=True)
    # an urgent handoff re-alerts until someone acknowledges it (clinic/alerts.py)
    acknowledged_at: Mapped[Optional[datetime]] = mapped_column(DateTime(timezone=True))
    acknowledged_by_id: Mapped[Optional[int]] = mapped_column(ForeignKey("staff_users.id"))

    assigned_to: Mapped[Optional["StaffUser"]] = relationship(foreign_keys=[assigned_to_id])
    acknowledged_by: Mapped[Optional["StaffUser"]] = relationship(foreign_keys=[acknowledged_by_id])
    alerts: Mapped[List["Alert"]] = relationship(back_populates="handoff", cascade="all, delete-orphan",
                                                 order_by="Alert.id")
    intake: Mapped[Optional["IntakeAnswers"]] = relationship(back_populates="handoff", cascade="all, delete-orphan")
    consent: Mapped[Optional["Consent"]] = relationship(back_populates="handoff", cascade="all, delete-orphan")
    # the whole conversation the handoff came from, as the Rasa server's event broker recorded it
    transcript: Mapped[List["ConversationMessage"]] = relationship(
        primaryjoin="Handoff.conversation_id == foreign(ConversationMessage.conversation_id)",
        order_by="ConversationMessage.id", viewonly=True,
    )


def _answer_type(field: IntakeField) -> TypeEngine[Any]:
    if field.kind == YES_NO:
        return Boolean()
    return String(field.length) if field.length else Text()


def intake_answers(metadata: MetaData) -> Table:
    """`intake_answers`: one column per entry of clinic/intake_fields.py, each may be empty."""
    return Table(
        "intake_answers", metadata,
        Column("handoff_id", Integer, ForeignKey("handoffs.id", ondelete="CASCADE"), primary_key=True),
        *(Column(field.column, _answer_type(field), nullable=True) for field in INTAKE_FIELDS),
    )


class IntakeAnswers(Base):
    """What the visitor told the assistant (clinic/intake_fields.py). Every answer may be empty on a "talk to a
    person" handoff; read them with `answer(column)` or `getattr`."""

    __table__ = intake_answers(Base.metadata)
    if TYPE_CHECKING:
        handoff_id: int

    handoff: Mapped[Handoff] = relationship(back_populates="intake")

    def answer(self, column: str) -> Any:
        return getattr(self, column)


class Consent(Base):
    """What the visitor agreed to, under which disclaimer version, and when."""

    __tablename__ = "consents"

    handoff_id: Mapped[int] = mapped_column(ForeignKey("handoffs.id", ondelete="CASCADE"), primary_key=True)
    agreed: Mapped[bool] = mapped_column(Boolean)
    statement: Mapped[str] = mapped_column(Text)
    disclaimer_version: Mapped[str] = mapped_column(String(32))
    agreed_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))

    handoff: Mapped[Handoff] = relationship(back_populates="consent")


class ConversationMessage(Base):
    """One visitor or assistant message of a conversation (clinic/storage/transcript.py), in `id` order."""

    __table__ = conversation_messages(Base.metadata)
    if TYPE_CHECKING:  # the columns clinic/storage/transcript.py defines, for type checkers
        id: int
        conversation_id: str
        sender: str
        text: str
        sent_at: datetime
        intent: Optional[str]
        confidence: Optional[float]
        response: Optional[str]
        buttons: Optional[str]
        reply: Optional[str]


class ConversationSummary(Base):
    """One row per conversation (clinic/storage/transcript.py): its start, channel, whether it got an article
    answer and whether the intake started; kept up to date by the event broker with each turn."""

    __table__ = conversation_summaries(Base.metadata)
    if TYPE_CHECKING:
        conversation_id: str
        channel: str
        started_at: datetime
        last_at: datetime
        answered: bool
        intake_started: bool


class StaffUser(Base):
    """A named staff account; created from the command line (`python -m clinic staff add`)."""

    __tablename__ = "staff_users"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    username: Mapped[str] = mapped_column(String(64), unique=True)
    password_hash: Mapped[str] = mapped_column(String(255))
    is_admin: Mapped[bool] = mapped_column(Boolean, default=False)
    # managers see the insights page (/staff/insights) besides the handoffs; admins see everything
    is_manager: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utc_now)


class HandoffEvent(Base):
    """A status change or a note on a handoff, with who (a staff member, or none: the visitor) and when."""

    __tablename__ = "handoff_events"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    handoff_id: Mapped[int] = mapped_column(ForeignKey("handoffs.id", ondelete="CASCADE"), index=True)
    staff_id: Mapped[Optional[int]] = mapped_column(ForeignKey("staff_users.id"))
    # "status", "note", "visitor" (what the visitor did), "assign", "contact" (an attempt to reach the visitor),
    # "ack" (an urgent handoff acknowledged)
    kind: Mapped[str] = mapped_column(String(16))
    old_status: Mapped[Optional[str]] = mapped_column(String(16))
    new_status: Mapped[Optional[str]] = mapped_column(String(16))
    note: Mapped[Optional[str]] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utc_now, index=True)

    staff: Mapped[Optional[StaffUser]] = relationship()


class AuditEntry(Base):
    """Every view of a handoff, every export and every status change, by whom and when; also every sign-in,
    sign-out and failed sign-in (staff_id is empty when the attempted username is no account)."""

    __tablename__ = "audit_log"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    staff_id: Mapped[Optional[int]] = mapped_column(ForeignKey("staff_users.id"), index=True)
    # view, export, status, note, assign, contact, acknowledge, insights, login, logout, login_failed
    action: Mapped[str] = mapped_column(String(20))
    handoff_id: Mapped[Optional[int]] = mapped_column(ForeignKey("handoffs.id", ondelete="SET NULL"))
    detail: Mapped[Optional[str]] = mapped_column(String(255))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utc_now, index=True)

    staff: Mapped[Optional[StaffUser]] = relationship()
    handoff: Mapped[Optional[Handoff]] = relationship()


class StaffSession(Base):
    """A signed-in staff session, kept on the server so that signing out or going idle really ends it.

    The browser's cookie carries a random token; only its SHA-256 is stored here (`id`), so a copy of this
    table does not sign anyone in. A session is over once `ended_at` is set (sign-out, inactivity).
    """

    __tablename__ = "staff_sessions"

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    staff_id: Mapped[int] = mapped_column(ForeignKey("staff_users.id", ondelete="CASCADE"), index=True)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utc_now)
    last_seen_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utc_now, index=True)
    ended_at: Mapped[Optional[datetime]] = mapped_column(DateTime(timezone=True))

    staff: Mapped[StaffUser] = relationship()


class AlertStatus(str, enum.Enum):
    PENDING = "pending"  # due at `due_at`
    SENDING = "sending"  # claimed by a worker (back to pending if that worker died mid-way)
    SENT = "sent"
    FAILED = "failed"  # gave up after repeated errors (logged)
    CANCELLED = "cancelled"  # a reminder no longer needed: acknowledged or closed
    UNSENT = "unsent"  # no destination configured (development only)


class Alert(Base):
    """One alert to staff about a handoff: written in the handoff's transaction (the outbox), sent by the alert
    worker (clinic/alerts.py) to every configured destination. It holds no health details and no visitor data:
    the message is made from the handoff's code, urgency and office when it is sent."""

    __tablename__ = "alerts"
    __table_args__ = (Index("ix_alerts_status_due", "status", "due_at"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    handoff_id: Mapped[int] = mapped_column(ForeignKey("handoffs.id", ondelete="CASCADE"), index=True)
    reason: Mapped[str] = mapped_column(String(20))  # "new", "reminder", "person_request"
    urgent: Mapped[bool] = mapped_column(Boolean, default=False)
    status: Mapped[str] = mapped_column(String(12), default=AlertStatus.PENDING.value)
    due_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utc_now)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    claimed_at: Mapped[Optional[datetime]] = mapped_column(DateTime(timezone=True))
    sent_at: Mapped[Optional[datetime]] = mapped_column(DateTime(timezone=True))
    # the destinations it reached so far ("email,sms"): a retry after a partial failure sends only the rest
    delivered_to: Mapped[str] = mapped_column(String(64), default="")
    last_error: Mapped[Optional[str]] = mapped_column(String(64))  # the error's type, never its message
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utc_now)

    handoff: Mapped[Handoff] = relationship(back_populates="alerts")
