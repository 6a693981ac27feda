"""The conversation transcript: every visitor and assistant message, written by the Rasa server's event broker
(assistant/transcript_broker.py) as the conversation goes, and read by staff through a handoff (models.py).

Plain SQLAlchemy Core that both environments accept: the Rasa server's SQLAlchemy 1.4 writes it, the staff
app's 2.0 reads it. The database is the clinic's own (`$DATABASE_URL`, else the embedded SQLite file in var/);
Alembic creates the table (migration 0004).
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any, Dict, List, Optional

import sqlalchemy as sa

DATABASE_URL_ENV = "DATABASE_URL"
DEFAULT_SQLITE_PATH = Path(__file__).resolve().parents[2] / "var" / "clinic.db"
TABLE = "conversation_messages"
VISITOR, ASSISTANT = "visitor", "assistant"


def database_url(explicit: Optional[str] = None) -> str:
    """`explicit`, else $DATABASE_URL, else the embedded SQLite file in var/ (ignored by git). Each side picks
    its PostgreSQL driver (psycopg 3 for the action server, Rasa's psycopg2 for the event broker)."""
    return explicit or os.environ.get(DATABASE_URL_ENV) or f"sqlite:///{DEFAULT_SQLITE_PATH}"


def conversation_messages(metadata: sa.MetaData) -> sa.Table:
    """The transcript table, in `metadata`. A conversation's messages in order are its rows by `id`."""
    return sa.Table(
        TABLE, metadata,
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("conversation_id", sa.String(255), nullable=False),
        sa.Column("sender", sa.String(10), nullable=False),  # VISITOR or ASSISTANT
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("sent_at", sa.DateTime(timezone=True), nullable=False),
        # what the assistant made of a visitor message (its intent and confidence), and which response an
        # assistant message was with its buttons (JSON, [{"title", "payload"}]): the staff transcript shows a
        # button click as the button's title and marks the message that raised the urgent flag; the insights
        # page counts topics, emergencies and unanswered messages from them.
        sa.Column("intent", sa.String(64), nullable=True),
        sa.Column("confidence", sa.Float, nullable=True),
        sa.Column("response", sa.String(64), nullable=True),
        sa.Column("buttons", sa.Text, nullable=True),
        # on a visitor message: the response that answered it (the first assistant message of its turn), so
        # the insights page finds the unanswered ones without pairing rows
        sa.Column("reply", sa.String(64), nullable=True),
        sa.Index("ix_conversation_messages_conversation", "conversation_id", "id"),
        # the insights page reads a period's messages, and counts its responses (clinic/storage/insights.py)
        sa.Index("ix_conversation_messages_sent_at", "sent_at"),
        sa.Index("ix_conversation_messages_response", "response", "sent_at"),
    )


BUTTON_PREFIX = "[button: "  # a button click as the transcript keeps it: "[button: affirm]"


def button_text(text: str) -> str:
    """A visitor message as the transcript keeps it: a button payload ("/affirm{...}") as the intent chosen."""
    return f"{BUTTON_PREFIX}{text[1:].split('{', 1)[0]}]" if text.startswith("/") else text


def clicked_intent(text: str) -> Optional[str]:
    """The intent of a button click in the transcript ("[button: affirm]", or a raw "/affirm{...}"), else None."""
    if text.startswith(BUTTON_PREFIX) and text.endswith("]"):
        return text[len(BUTTON_PREFIX):-1]
    if text.startswith("/"):
        return text[1:].split("{", 1)[0]
    return None


SUMMARIES = "conversation_summaries"
CHANNEL_PREFIXES = ("web", "sms", "rest")
FAQ_PREFIX = "utter_faq_"
INTAKE_START = "utter_ask_intake_consent"


def conversation_summaries(metadata: sa.MetaData) -> sa.Table:
    """One row per conversation, kept up to date with its messages: when it started, on which channel, whether
    it got an article answer and whether the intake started. The insights page counts these instead of
    scanning every message of a period."""
    return sa.Table(
        SUMMARIES, metadata,
        sa.Column("conversation_id", sa.String(255), primary_key=True),
        sa.Column("channel", sa.String(8), nullable=False),  # the id's prefix: web, sms, rest (or "other")
        sa.Column("started_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("last_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("answered", sa.Boolean, nullable=False),
        sa.Column("intake_started", sa.Boolean, nullable=False),
        sa.Index("ix_conversation_summaries_started_at", "started_at"),
    )


def channel_of(conversation_id: str) -> str:
    prefix = conversation_id.split(":", 1)[0]
    return prefix if prefix in CHANNEL_PREFIXES else "other"


def with_replies(rows: List[Dict[str, Any]]) -> List[Dict[str, Any]]:
    """Each visitor row gets `reply`: the response of the next assistant row of its conversation in `rows` (a
    turn's events arrive together)."""
    for index, row in enumerate(rows):
        if row["sender"] != VISITOR:
            continue
        for later in rows[index + 1:]:
            if later["conversation_id"] != row["conversation_id"]:
                continue
            if later["sender"] == VISITOR:
                break
            row["reply"] = later.get("response")
            break
    return rows


def summaries_of(rows: List[Dict[str, Any]]) -> List[Dict[str, Any]]:
    found: Dict[str, Dict[str, Any]] = {}
    for row in rows:
        conversation = row["conversation_id"]
        summary = found.setdefault(conversation, {
            "conversation_id": conversation, "channel": channel_of(conversation), "started_at": row["sent_at"],
            "last_at": row["sent_at"], "answered": False, "intake_started": False,
        })
        summary["started_at"] = min(summary["started_at"], row["sent_at"])
        summary["last_at"] = max(summary["last_at"], row["sent_at"])
        response = row.get("response") or ""
        summary["answered"] = summary["answered"] or response.startswith(FAQ_PREFIX)
        summary["intake_started"] = summary["intake_started"] or response == INTAKE_START
    return list(found.values())


def write_messages(connection: Any, messages: sa.Table, summaries: sa.Table, rows: List[Dict[str, Any]]) -> None:
    """Insert transcript rows (visitor rows get their reply) and bring their conversations' summaries up to
    date, in the caller's transaction. Works on SQLAlchemy 1.4 (the event broker) and 2.0 (tests, benchmarks)."""
    if not rows:
        return
    rows = with_replies([{"intent": None, "confidence": None, "response": None, "buttons": None, "reply": None,
                          **row} for row in rows])
    connection.execute(messages.insert(), rows)
    from sqlalchemy.dialects import postgresql, sqlite

    insert: Any = postgresql.insert if connection.dialect.name == "postgresql" else sqlite.insert
    for summary in summaries_of(rows):
        statement = insert(summaries).values(**summary)
        connection.execute(statement.on_conflict_do_update(
            index_elements=[summaries.c.conversation_id],
            set_={
                "last_at": statement.excluded.last_at,
                "answered": summaries.c.answered | statement.excluded.answered,
                "intake_started": summaries.c.intake_started | statement.excluded.intake_started,
            },
        ))
