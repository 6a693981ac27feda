"""The handoff record's tables. Alembic owns the schema (clinic/storage/migrations)."""

from __future__ import annotations

import enum
from datetime import datetime, timezone
from typing import TYPE_CHECKING, Any, List, Optional

from sqlalchemy import (
    Boolean, Column, DateTime, ForeignKey, Integer, MetaData, String, Table, Text, UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship
from sqlalchemy.types import TypeEngine

from clinic.intake_fields import INTAKE_FIELDS, YES_NO, IntakeField
from clinic.storage.transcript import conversation_messages


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
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utc_now, index=True)
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utc_now, onupdate=utc_now)

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


class StaffUser(Base):
    """A named staff account; created from the command line (`python -m clinic staff add`)."""

    __tablename__ = "staff_users"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    username: Mapped[str] = mapped_column(String(64), unique=True)
    password_hash: Mapped[str] = mapped_column(String(255))
    is_admin: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utc_now)


class HandoffEvent(Base):
    """A status change or a note on a handoff, with who (a staff member, or none: the visitor) and when."""

    __tablename__ = "handoff_events"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    handoff_id: Mapped[int] = mapped_column(ForeignKey("handoffs.id", ondelete="CASCADE"), index=True)
    staff_id: Mapped[Optional[int]] = mapped_column(ForeignKey("staff_users.id"))
    kind: Mapped[str] = mapped_column(String(16))  # "status", "note", or "visitor" (what the visitor did)
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
    action: Mapped[str] = mapped_column(String(20))  # view, export, status, note, login, logout, login_failed
    handoff_id: Mapped[Optional[int]] = mapped_column(ForeignKey("handoffs.id", ondelete="SET NULL"))
    detail: Mapped[Optional[str]] = mapped_column(String(255))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utc_now, index=True)

    staff: Mapped[Optional[StaffUser]] = relationship()


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
