"""The conversation transcript: every visitor and assistant message, written by the Rasa server's event broker
(assistant/transcript_broker.py) as the conversation goes, and read by staff through a handoff (models.py).

Plain SQLAlchemy Core that both environments accept: the Rasa server's SQLAlchemy 1.4 writes it, the staff
app's 2.0 reads it. The database is the clinic's own (`$DATABASE_URL`, else the embedded SQLite file in var/);
Alembic creates the table (migration 0004).
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Optional

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
        sa.Index("ix_conversation_messages_conversation", "conversation_id", "id"),
        # the insights page reads a period's messages (clinic/storage/insights.py)
        sa.Index("ix_conversation_messages_sent_at", "sent_at"),
    )
