"""staff alerts (an outbox written with the handoff), ownership and acknowledgement of handoffs, a manager role,
what the assistant made of each transcript message (intent, confidence, response, buttons, reply), and a
summary row per conversation for the insights page

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-26
"""
from alembic import op
import sqlalchemy as sa


revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('alerts',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('handoff_id', sa.Integer(), nullable=False),
    sa.Column('reason', sa.String(length=20), nullable=False),
    sa.Column('urgent', sa.Boolean(), nullable=False),
    sa.Column('status', sa.String(length=12), nullable=False),
    sa.Column('due_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('attempts', sa.Integer(), nullable=False),
    sa.Column('claimed_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('sent_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('delivered_to', sa.String(length=64), nullable=False),
    sa.Column('last_error', sa.String(length=64), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['handoff_id'], ['handoffs.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('alerts', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_alerts_handoff_id'), ['handoff_id'], unique=False)
        batch_op.create_index('ix_alerts_status_due', ['status', 'due_at'], unique=False)

    with op.batch_alter_table('handoffs', schema=None) as batch_op:
        batch_op.add_column(sa.Column('assigned_to_id', sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column('acknowledged_at', sa.DateTime(timezone=True), nullable=True))
        batch_op.add_column(sa.Column('acknowledged_by_id', sa.Integer(), nullable=True))
        batch_op.create_index(batch_op.f('ix_handoffs_assigned_to_id'), ['assigned_to_id'], unique=False)
        batch_op.create_foreign_key('fk_handoffs_assigned_to', 'staff_users', ['assigned_to_id'], ['id'])
        batch_op.create_foreign_key('fk_handoffs_acknowledged_by', 'staff_users', ['acknowledged_by_id'], ['id'])

    with op.batch_alter_table('staff_users', schema=None) as batch_op:
        batch_op.add_column(sa.Column('is_manager', sa.Boolean(), nullable=False, server_default=sa.false()))

    with op.batch_alter_table('conversation_messages', schema=None) as batch_op:
        batch_op.add_column(sa.Column('intent', sa.String(length=64), nullable=True))
        batch_op.add_column(sa.Column('confidence', sa.Float(), nullable=True))
        batch_op.add_column(sa.Column('response', sa.String(length=64), nullable=True))
        batch_op.add_column(sa.Column('buttons', sa.Text(), nullable=True))
        batch_op.add_column(sa.Column('reply', sa.String(length=64), nullable=True))
        batch_op.create_index('ix_conversation_messages_sent_at', ['sent_at'], unique=False)
        batch_op.create_index('ix_conversation_messages_response', ['response', 'sent_at'], unique=False)

    op.create_table('conversation_summaries',
    sa.Column('conversation_id', sa.String(length=255), nullable=False),
    sa.Column('channel', sa.String(length=8), nullable=False),
    sa.Column('started_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('last_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('answered', sa.Boolean(), nullable=False),
    sa.Column('intake_started', sa.Boolean(), nullable=False),
    sa.PrimaryKeyConstraint('conversation_id')
    )
    with op.batch_alter_table('conversation_summaries', schema=None) as batch_op:
        batch_op.create_index('ix_conversation_summaries_started_at', ['started_at'], unique=False)
    # the conversations recorded so far (their messages carry no responses yet: no answer or intake is known)
    op.execute(sa.text(
        "INSERT INTO conversation_summaries (conversation_id, channel, started_at, last_at, answered, intake_started) "
        "SELECT conversation_id, CASE WHEN conversation_id LIKE 'web:%' THEN 'web' WHEN conversation_id LIKE 'sms:%' "
        "THEN 'sms' WHEN conversation_id LIKE 'rest:%' THEN 'rest' ELSE 'other' END, MIN(sent_at), MAX(sent_at), "
        ":no, :no FROM conversation_messages GROUP BY conversation_id"
    ).bindparams(no=False))


def downgrade() -> None:
    with op.batch_alter_table('conversation_summaries', schema=None) as batch_op:
        batch_op.drop_index('ix_conversation_summaries_started_at')
    op.drop_table('conversation_summaries')

    with op.batch_alter_table('conversation_messages', schema=None) as batch_op:
        batch_op.drop_index('ix_conversation_messages_response')
        batch_op.drop_index('ix_conversation_messages_sent_at')
        batch_op.drop_column('reply')
        batch_op.drop_column('buttons')
        batch_op.drop_column('response')
        batch_op.drop_column('confidence')
        batch_op.drop_column('intent')

    with op.batch_alter_table('staff_users', schema=None) as batch_op:
        batch_op.drop_column('is_manager')

    with op.batch_alter_table('handoffs', schema=None) as batch_op:
        batch_op.drop_constraint('fk_handoffs_acknowledged_by', type_='foreignkey')
        batch_op.drop_constraint('fk_handoffs_assigned_to', type_='foreignkey')
        batch_op.drop_index(batch_op.f('ix_handoffs_assigned_to_id'))
        batch_op.drop_column('acknowledged_by_id')
        batch_op.drop_column('acknowledged_at')
        batch_op.drop_column('assigned_to_id')

    with op.batch_alter_table('alerts', schema=None) as batch_op:
        batch_op.drop_index('ix_alerts_status_due')
        batch_op.drop_index(batch_op.f('ix_alerts_handoff_id'))

    op.drop_table('alerts')
