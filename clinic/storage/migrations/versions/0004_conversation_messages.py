"""the transcript comes from the event stream: one table of every conversation's messages, written by the
Rasa server's event broker, in place of the per-handoff copies the action server kept

Existing transcripts move across: each conversation keeps the longest copy any of its handoffs had (a later
handoff in the same conversation held the earlier messages too), in its order.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-26
"""
from typing import Dict, Tuple

from alembic import op
import sqlalchemy as sa


revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('conversation_messages',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('conversation_id', sa.String(length=255), nullable=False),
    sa.Column('sender', sa.String(length=10), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('sent_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('conversation_messages', schema=None) as batch_op:
        batch_op.create_index('ix_conversation_messages_conversation', ['conversation_id', 'id'], unique=False)

    connection = op.get_bind()
    longest: Dict[str, Tuple[int, int]] = {}  # conversation -> (handoff id, number of lines) of its longest transcript
    for conversation, handoff, lines in connection.execute(sa.text(
            "SELECT h.conversation_id, h.id, COUNT(t.id) FROM handoffs h JOIN transcript_messages t "
            "ON t.handoff_id = h.id GROUP BY h.conversation_id, h.id ORDER BY h.id")):
        if lines > longest.get(conversation, (None, -1))[1]:
            longest[conversation] = (handoff, lines)
    for conversation, (handoff, _) in sorted(longest.items(), key=lambda item: item[1][0]):
        rows = connection.execute(sa.text(
            "SELECT sender, text, sent_at FROM transcript_messages WHERE handoff_id = :h ORDER BY seq"),
            {"h": handoff}).all()
        if rows:
            connection.execute(sa.text(
                "INSERT INTO conversation_messages (conversation_id, sender, text, sent_at) "
                "VALUES (:c, :sender, :text, :sent_at)"),
                [{"c": conversation, "sender": r[0], "text": r[1], "sent_at": r[2]} for r in rows])

    with op.batch_alter_table('transcript_messages', schema=None) as batch_op:
        batch_op.drop_index('ix_transcript_messages_handoff_id')
    op.drop_table('transcript_messages')


def downgrade() -> None:
    op.create_table('transcript_messages',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('handoff_id', sa.Integer(), nullable=False),
    sa.Column('seq', sa.Integer(), nullable=False),
    sa.Column('sender', sa.String(length=10), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('sent_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['handoff_id'], ['handoffs.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('handoff_id', 'seq', name='uq_transcript_handoff_seq')
    )
    with op.batch_alter_table('transcript_messages', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_transcript_messages_handoff_id'), ['handoff_id'], unique=False)

    # each handoff gets its conversation's messages again, numbered from 0
    connection = op.get_bind()
    for handoff, conversation in connection.execute(sa.text("SELECT id, conversation_id FROM handoffs")).all():
        rows = connection.execute(sa.text(
            "SELECT sender, text, sent_at FROM conversation_messages WHERE conversation_id = :c ORDER BY id"),
            {"c": conversation}).all()
        if rows:
            connection.execute(sa.text(
                "INSERT INTO transcript_messages (handoff_id, seq, sender, text, sent_at) "
                "VALUES (:h, :seq, :sender, :text, :sent_at)"),
                [{"h": handoff, "seq": i, "sender": r[0], "text": r[1], "sent_at": r[2]} for i, r in enumerate(rows)])

    with op.batch_alter_table('conversation_messages', schema=None) as batch_op:
        batch_op.drop_index('ix_conversation_messages_conversation')
    op.drop_table('conversation_messages')
