"""followup: in-person rounds (mode, meeting, attendees, room votes), feedback to storytellers, verification
records (the story's tick and note moved into them), domains' first and last periods

Revision ID: e2b7d4c19a60
Revises: e7b2d4c9a611
Create Date: 2026-12-01 10:00:00

"""
from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision = 'e2b7d4c19a60'
down_revision = "e7b2d4c9a611"
branch_labels = None
depends_on = None

stories = sa.table('stories', sa.column('id', sa.Integer), sa.column('is_verified', sa.Boolean),
                   sa.column('verified_by_id', sa.Integer), sa.column('verified_at', sa.DateTime),
                   sa.column('verification_notes', sa.Text))
verifications = sa.table('verifications', sa.column('story_id', sa.Integer), sa.column('method', sa.String),
                         sa.column('verified_on', sa.Date), sa.column('verified_by_id', sa.Integer),
                         sa.column('outcome', sa.String), sa.column('note', sa.Text),
                         sa.column('recorded_at', sa.DateTime))


def upgrade():
    with op.batch_alter_table('rounds', schema=None) as batch_op:
        batch_op.add_column(sa.Column('mode', sa.String(length=20), server_default='online', nullable=False))
    with op.batch_alter_table('domains', schema=None) as batch_op:
        batch_op.add_column(sa.Column('first_period_id', sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column('last_period_id', sa.Integer(), nullable=True))
        batch_op.create_foreign_key(batch_op.f('fk_domains_first_period_id_periods'), 'periods',
                                    ['first_period_id'], ['id'])
        batch_op.create_foreign_key(batch_op.f('fk_domains_last_period_id_periods'), 'periods',
                                    ['last_period_id'], ['id'])
    op.create_table('round_meetings',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('round_id', sa.Integer(), nullable=False),
    sa.Column('met_on', sa.Date(), nullable=False),
    sa.Column('method_used', sa.String(length=20), nullable=False),
    sa.Column('method_note', sa.Text(), nullable=False),
    sa.Column('dissent', sa.Text(), nullable=False),
    sa.Column('recorded_by_id', sa.Integer(), nullable=True),
    sa.Column('recorded_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['recorded_by_id'], ['users.id'], name=op.f('fk_round_meetings_recorded_by_id_users')),
    sa.ForeignKeyConstraint(['round_id'], ['rounds.id'], name=op.f('fk_round_meetings_round_id_rounds'),
                            ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_round_meetings')),
    sa.UniqueConstraint('round_id', name=op.f('uq_round_meetings_round_id'))
    )
    op.create_table('round_attendees',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('round_id', sa.Integer(), nullable=False),
    sa.Column('user_id', sa.Integer(), nullable=True),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('role', sa.String(length=100), nullable=False),
    sa.ForeignKeyConstraint(['round_id'], ['rounds.id'], name=op.f('fk_round_attendees_round_id_rounds'),
                            ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['user_id'], ['users.id'], name=op.f('fk_round_attendees_user_id_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_round_attendees'))
    )
    with op.batch_alter_table('round_attendees', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_round_attendees_round_id'), ['round_id'], unique=False)
    op.create_table('room_votes',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('round_id', sa.Integer(), nullable=False),
    sa.Column('domain_id', sa.Integer(), nullable=False),
    sa.Column('story_id', sa.Integer(), nullable=False),
    sa.Column('votes', sa.Integer(), nullable=False),
    sa.CheckConstraint('votes >= 0', name=op.f('ck_room_votes_votes_not_negative')),
    sa.ForeignKeyConstraint(['domain_id'], ['domains.id'], name=op.f('fk_room_votes_domain_id_domains')),
    sa.ForeignKeyConstraint(['round_id'], ['rounds.id'], name=op.f('fk_room_votes_round_id_rounds'),
                            ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['story_id'], ['stories.id'], name=op.f('fk_room_votes_story_id_stories')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_room_votes')),
    sa.UniqueConstraint('round_id', 'story_id', name=op.f('uq_room_votes_round_id_story_id'))
    )
    with op.batch_alter_table('room_votes', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_room_votes_round_id'), ['round_id'], unique=False)
    op.create_table('storyteller_feedback',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('story_id', sa.Integer(), nullable=False),
    sa.Column('channel', sa.String(length=20), nullable=False),
    sa.Column('given_on', sa.Date(), nullable=True),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('recorded_by_id', sa.Integer(), nullable=True),
    sa.Column('recorded_at', sa.DateTime(), nullable=False),
    sa.CheckConstraint("channel IN ('in_person', 'phone', 'not_reachable', 'declined')",
                       name=op.f('ck_storyteller_feedback_known_channel')),
    sa.ForeignKeyConstraint(['recorded_by_id'], ['users.id'],
                            name=op.f('fk_storyteller_feedback_recorded_by_id_users')),
    sa.ForeignKeyConstraint(['story_id'], ['stories.id'], name=op.f('fk_storyteller_feedback_story_id_stories'),
                            ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_storyteller_feedback')),
    sa.UniqueConstraint('story_id', name=op.f('uq_storyteller_feedback_story_id'))
    )
    op.create_table('verifications',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('story_id', sa.Integer(), nullable=False),
    sa.Column('method', sa.String(length=20), nullable=True),
    sa.Column('verified_on', sa.Date(), nullable=True),
    sa.Column('verified_by_id', sa.Integer(), nullable=True),
    sa.Column('outcome', sa.String(length=20), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('recorded_at', sa.DateTime(), nullable=False),
    sa.CheckConstraint("method IS NULL OR method IN ('visit', 'call', 'document', 'staff')",
                       name=op.f('ck_verifications_known_method')),
    sa.CheckConstraint("outcome IN ('confirmed', 'partly', 'not_confirmed', 'not_possible')",
                       name=op.f('ck_verifications_known_outcome')),
    sa.ForeignKeyConstraint(['story_id'], ['stories.id'], name=op.f('fk_verifications_story_id_stories'),
                            ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['verified_by_id'], ['users.id'], name=op.f('fk_verifications_verified_by_id_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_verifications')),
    sa.UniqueConstraint('story_id', name=op.f('uq_verifications_story_id'))
    )
    # The stories' tick and note become verification records: confirmed, method and date as far as known.
    rows = op.get_bind().execute(sa.select(stories.c.id, stories.c.verified_by_id, stories.c.verified_at,
                                           stories.c.verification_notes).where(stories.c.is_verified.is_(True)))
    now = datetime.now(UTC).replace(tzinfo=None)
    records = [{"story_id": r.id, "method": None, "verified_on": r.verified_at.date() if r.verified_at else None,
                "verified_by_id": r.verified_by_id, "outcome": "confirmed", "note": r.verification_notes or "",
                "recorded_at": r.verified_at or now} for r in rows]
    if records:
        op.bulk_insert(verifications, records)

def downgrade():
    op.drop_table('verifications')
    op.drop_table('storyteller_feedback')
    with op.batch_alter_table('room_votes', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_room_votes_round_id'))
    op.drop_table('room_votes')
    with op.batch_alter_table('round_attendees', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_round_attendees_round_id'))
    op.drop_table('round_attendees')
    op.drop_table('round_meetings')
    with op.batch_alter_table('domains', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('fk_domains_last_period_id_periods'), type_='foreignkey')
        batch_op.drop_constraint(batch_op.f('fk_domains_first_period_id_periods'), type_='foreignkey')
        batch_op.drop_column('last_period_id')
        batch_op.drop_column('first_period_id')
    with op.batch_alter_table('rounds', schema=None) as batch_op:
        batch_op.drop_column('mode')
