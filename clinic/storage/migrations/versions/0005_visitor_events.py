"""a handoff's history can hold what the visitor did, not only staff: handoff_events.staff_id may be empty
(a visitor who asks for a person in a conversation that already has a handoff adds an event to it)

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-26
"""
from alembic import op
import sqlalchemy as sa


revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('handoff_events', schema=None) as batch_op:
        batch_op.alter_column('staff_id', existing_type=sa.Integer(), nullable=True)


def downgrade() -> None:
    op.execute("DELETE FROM handoff_events WHERE staff_id IS NULL")
    with op.batch_alter_table('handoff_events', schema=None) as batch_op:
        batch_op.alter_column('staff_id', existing_type=sa.Integer(), nullable=False)
