"""selection rounds, panels, ballots, selections

Revision ID: 0eed44a53ee8
Revises: 32ac5773cac9
Create Date: 2026-11-23 11:00:08.914134

"""
import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision = '0eed44a53ee8'
down_revision = '32ac5773cac9'
branch_labels = None
depends_on = None


def upgrade():
    # Reviewed: rounds first (self-referencing runoffs), then tables that point at rounds and candidates.
    op.create_table('rounds',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('programme_id', sa.Integer(), nullable=False),
    sa.Column('unit_id', sa.Integer(), nullable=False),
    sa.Column('period_id', sa.Integer(), nullable=False),
    sa.Column('parent_round_id', sa.Integer(), nullable=True),
    sa.Column('method', sa.String(length=20), nullable=False),
    sa.Column('winners_per_domain', sa.Integer(), nullable=False),
    sa.Column('max_approvals', sa.Integer(), nullable=True),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('closes_on', sa.Date(), nullable=True),
    sa.Column('created_by_id', sa.Integer(), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('opened_at', sa.DateTime(), nullable=True),
    sa.Column('closed_at', sa.DateTime(), nullable=True),
    sa.Column('finalised_at', sa.DateTime(), nullable=True),
    sa.Column('results_hash', sa.String(length=80), nullable=True),
    sa.CheckConstraint("method IN ('approval', 'ranking', 'scoring', 'consensus')", name=op.f('ck_rounds_known_method')),
    sa.CheckConstraint("status IN ('draft', 'open', 'closed', 'finalised')", name=op.f('ck_rounds_known_status')),
    sa.CheckConstraint('max_approvals IS NULL OR max_approvals >= 1', name=op.f('ck_rounds_approvals_positive')),
    sa.CheckConstraint('winners_per_domain >= 1', name=op.f('ck_rounds_winners_positive')),
    sa.ForeignKeyConstraint(['created_by_id'], ['users.id'], name=op.f('fk_rounds_created_by_id_users')),
    sa.ForeignKeyConstraint(['parent_round_id'], ['rounds.id'], name=op.f('fk_rounds_parent_round_id_rounds')),
    sa.ForeignKeyConstraint(['period_id'], ['periods.id'], name=op.f('fk_rounds_period_id_periods')),
    sa.ForeignKeyConstraint(['programme_id'], ['programmes.id'], name=op.f('fk_rounds_programme_id_programmes')),
    sa.ForeignKeyConstraint(['unit_id'], ['units.id'], name=op.f('fk_rounds_unit_id_units')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_rounds'))
    )
    with op.batch_alter_table('rounds', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_rounds_parent_round_id'), ['parent_round_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_rounds_period_id'), ['period_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_rounds_programme_id'), ['programme_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_rounds_status'), ['status'], unique=False)
        batch_op.create_index(batch_op.f('ix_rounds_unit_id'), ['unit_id'], unique=False)

    op.create_table('ballots',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('round_id', sa.Integer(), nullable=False),
    sa.Column('domain_id', sa.Integer(), nullable=False),
    sa.Column('panelist_id', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['domain_id'], ['domains.id'], name=op.f('fk_ballots_domain_id_domains')),
    sa.ForeignKeyConstraint(['panelist_id'], ['users.id'], name=op.f('fk_ballots_panelist_id_users')),
    sa.ForeignKeyConstraint(['round_id'], ['rounds.id'], name=op.f('fk_ballots_round_id_rounds'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_ballots')),
    sa.UniqueConstraint('round_id', 'domain_id', 'panelist_id', name=op.f('uq_ballots_round_id_domain_id_panelist_id'))
    )
    with op.batch_alter_table('ballots', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_ballots_panelist_id'), ['panelist_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_ballots_round_id'), ['round_id'], unique=False)

    op.create_table('candidates',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('round_id', sa.Integer(), nullable=False),
    sa.Column('domain_id', sa.Integer(), nullable=False),
    sa.Column('story_id', sa.Integer(), nullable=False),
    sa.Column('source_round_id', sa.Integer(), nullable=True),
    sa.Column('is_excluded', sa.Boolean(), nullable=False),
    sa.Column('exclusion_reason', sa.Text(), nullable=False),
    sa.Column('excluded_by_id', sa.Integer(), nullable=True),
    sa.Column('excluded_at', sa.DateTime(), nullable=True),
    sa.Column('is_withdrawn', sa.Boolean(), nullable=False),
    sa.Column('left_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['domain_id'], ['domains.id'], name=op.f('fk_candidates_domain_id_domains')),
    sa.ForeignKeyConstraint(['excluded_by_id'], ['users.id'], name=op.f('fk_candidates_excluded_by_id_users')),
    sa.ForeignKeyConstraint(['round_id'], ['rounds.id'], name=op.f('fk_candidates_round_id_rounds'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['source_round_id'], ['rounds.id'], name=op.f('fk_candidates_source_round_id_rounds')),
    sa.ForeignKeyConstraint(['story_id'], ['stories.id'], name=op.f('fk_candidates_story_id_stories')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_candidates')),
    sa.UniqueConstraint('round_id', 'story_id', name=op.f('uq_candidates_round_id_story_id'))
    )
    with op.batch_alter_table('candidates', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_candidates_domain_id'), ['domain_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_candidates_round_id'), ['round_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_candidates_story_id'), ['story_id'], unique=False)

    op.create_table('panel_members',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('round_id', sa.Integer(), nullable=False),
    sa.Column('user_id', sa.Integer(), nullable=False),
    sa.Column('is_chair', sa.Boolean(), nullable=False),
    sa.Column('role', sa.String(length=20), nullable=False),
    sa.ForeignKeyConstraint(['round_id'], ['rounds.id'], name=op.f('fk_panel_members_round_id_rounds'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['user_id'], ['users.id'], name=op.f('fk_panel_members_user_id_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_panel_members')),
    sa.UniqueConstraint('round_id', 'user_id', name=op.f('uq_panel_members_round_id_user_id'))
    )
    with op.batch_alter_table('panel_members', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_panel_members_round_id'), ['round_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_panel_members_user_id'), ['user_id'], unique=False)

    op.create_table('round_domains',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('round_id', sa.Integer(), nullable=False),
    sa.Column('domain_id', sa.Integer(), nullable=False),
    sa.Column('runoff_round_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['domain_id'], ['domains.id'], name=op.f('fk_round_domains_domain_id_domains')),
    sa.ForeignKeyConstraint(['round_id'], ['rounds.id'], name=op.f('fk_round_domains_round_id_rounds'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['runoff_round_id'], ['rounds.id'], name=op.f('fk_round_domains_runoff_round_id_rounds')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_round_domains')),
    sa.UniqueConstraint('round_id', 'domain_id', name=op.f('uq_round_domains_round_id_domain_id'))
    )
    with op.batch_alter_table('round_domains', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_round_domains_domain_id'), ['domain_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_round_domains_round_id'), ['round_id'], unique=False)

    op.create_table('selections',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('round_id', sa.Integer(), nullable=False),
    sa.Column('domain_id', sa.Integer(), nullable=False),
    sa.Column('story_id', sa.Integer(), nullable=False),
    sa.Column('rank', sa.Integer(), nullable=True),
    sa.Column('is_consensus', sa.Boolean(), nullable=False),
    sa.Column('reasons', sa.Text(), nullable=False),
    sa.Column('recorded_by_id', sa.Integer(), nullable=True),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.CheckConstraint('rank IS NULL OR rank >= 1', name=op.f('ck_selections_rank_positive')),
    sa.ForeignKeyConstraint(['domain_id'], ['domains.id'], name=op.f('fk_selections_domain_id_domains')),
    sa.ForeignKeyConstraint(['recorded_by_id'], ['users.id'], name=op.f('fk_selections_recorded_by_id_users')),
    sa.ForeignKeyConstraint(['round_id'], ['rounds.id'], name=op.f('fk_selections_round_id_rounds'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['story_id'], ['stories.id'], name=op.f('fk_selections_story_id_stories')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_selections')),
    sa.UniqueConstraint('round_id', 'story_id', name=op.f('uq_selections_round_id_story_id'))
    )
    with op.batch_alter_table('selections', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_selections_round_id'), ['round_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_selections_story_id'), ['story_id'], unique=False)

    op.create_table('tie_breaks',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('round_id', sa.Integer(), nullable=False),
    sa.Column('domain_id', sa.Integer(), nullable=False),
    sa.Column('story_id', sa.Integer(), nullable=False),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.Column('decided_by_id', sa.Integer(), nullable=True),
    sa.Column('decided_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['decided_by_id'], ['users.id'], name=op.f('fk_tie_breaks_decided_by_id_users')),
    sa.ForeignKeyConstraint(['domain_id'], ['domains.id'], name=op.f('fk_tie_breaks_domain_id_domains')),
    sa.ForeignKeyConstraint(['round_id'], ['rounds.id'], name=op.f('fk_tie_breaks_round_id_rounds'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['story_id'], ['stories.id'], name=op.f('fk_tie_breaks_story_id_stories')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_tie_breaks')),
    sa.UniqueConstraint('round_id', 'story_id', name=op.f('uq_tie_breaks_round_id_story_id'))
    )
    with op.batch_alter_table('tie_breaks', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_tie_breaks_round_id'), ['round_id'], unique=False)

    op.create_table('ballot_entries',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('ballot_id', sa.Integer(), nullable=False),
    sa.Column('story_id', sa.Integer(), nullable=False),
    sa.Column('value', sa.Integer(), nullable=False),
    sa.CheckConstraint('value >= 1', name=op.f('ck_ballot_entries_value_positive')),
    sa.ForeignKeyConstraint(['ballot_id'], ['ballots.id'], name=op.f('fk_ballot_entries_ballot_id_ballots'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['story_id'], ['stories.id'], name=op.f('fk_ballot_entries_story_id_stories')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_ballot_entries')),
    sa.UniqueConstraint('ballot_id', 'story_id', name=op.f('uq_ballot_entries_ballot_id_story_id'))
    )
    with op.batch_alter_table('ballot_entries', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_ballot_entries_ballot_id'), ['ballot_id'], unique=False)

    op.create_table('read_marks',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('candidate_id', sa.Integer(), nullable=False),
    sa.Column('panelist_id', sa.Integer(), nullable=False),
    sa.Column('read_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['candidate_id'], ['candidates.id'], name=op.f('fk_read_marks_candidate_id_candidates'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['panelist_id'], ['users.id'], name=op.f('fk_read_marks_panelist_id_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_read_marks')),
    sa.UniqueConstraint('candidate_id', 'panelist_id', name=op.f('uq_read_marks_candidate_id_panelist_id'))
    )
    with op.batch_alter_table('read_marks', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_read_marks_candidate_id'), ['candidate_id'], unique=False)

    op.create_table('round_comments',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('candidate_id', sa.Integer(), nullable=False),
    sa.Column('panelist_id', sa.Integer(), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['candidate_id'], ['candidates.id'], name=op.f('fk_round_comments_candidate_id_candidates'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['panelist_id'], ['users.id'], name=op.f('fk_round_comments_panelist_id_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_round_comments')),
    sa.UniqueConstraint('candidate_id', 'panelist_id', name=op.f('uq_round_comments_candidate_id_panelist_id'))
    )
    with op.batch_alter_table('round_comments', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_round_comments_candidate_id'), ['candidate_id'], unique=False)




def downgrade():
    # Reverse order: tables pointing at candidates and ballots, then at rounds, then rounds.
    with op.batch_alter_table('round_comments', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_round_comments_candidate_id'))

    op.drop_table('round_comments')
    with op.batch_alter_table('read_marks', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_read_marks_candidate_id'))

    op.drop_table('read_marks')
    with op.batch_alter_table('ballot_entries', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_ballot_entries_ballot_id'))

    op.drop_table('ballot_entries')
    with op.batch_alter_table('tie_breaks', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_tie_breaks_round_id'))

    op.drop_table('tie_breaks')
    with op.batch_alter_table('selections', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_selections_story_id'))
        batch_op.drop_index(batch_op.f('ix_selections_round_id'))

    op.drop_table('selections')
    with op.batch_alter_table('round_domains', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_round_domains_round_id'))
        batch_op.drop_index(batch_op.f('ix_round_domains_domain_id'))

    op.drop_table('round_domains')
    with op.batch_alter_table('panel_members', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_panel_members_user_id'))
        batch_op.drop_index(batch_op.f('ix_panel_members_round_id'))

    op.drop_table('panel_members')
    with op.batch_alter_table('candidates', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_candidates_story_id'))
        batch_op.drop_index(batch_op.f('ix_candidates_round_id'))
        batch_op.drop_index(batch_op.f('ix_candidates_domain_id'))

    op.drop_table('candidates')
    with op.batch_alter_table('ballots', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_ballots_round_id'))
        batch_op.drop_index(batch_op.f('ix_ballots_panelist_id'))

    op.drop_table('ballots')
    with op.batch_alter_table('rounds', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_rounds_unit_id'))
        batch_op.drop_index(batch_op.f('ix_rounds_status'))
        batch_op.drop_index(batch_op.f('ix_rounds_programme_id'))
        batch_op.drop_index(batch_op.f('ix_rounds_period_id'))
        batch_op.drop_index(batch_op.f('ix_rounds_parent_round_id'))

    op.drop_table('rounds')

