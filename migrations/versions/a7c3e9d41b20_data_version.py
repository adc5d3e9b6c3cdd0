"""data version: one counter every change of what figures are computed from moves (the dashboard's cache);
the indexes a scope's counts and an export's chunks read alone

Revision ID: a7c3e9d41b20
Revises: b8e4d2f6a901
Create Date: 2026-12-01 13:20:00

"""
import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision = 'a7c3e9d41b20'
down_revision = 'b8e4d2f6a901'
branch_labels = None
depends_on = None


def upgrade():
    table = op.create_table(
        'data_versions',
        sa.Column('id', sa.Integer(), autoincrement=False, nullable=False),
        sa.Column('value', sa.BigInteger(), server_default='0', nullable=False),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_data_versions')),
    )
    op.bulk_insert(table, [{'id': 1, 'value': 0}])
    with op.batch_alter_table('stories', schema=None) as batch_op:
        batch_op.create_index('ix_stories_scope', ['unit_id', 'period_id', 'status', 'erased_at', 'interview_date',
                                                   'id', 'programme_id', 'domain_id', 'facilitator_id',
                                                   'storyteller_id', 'language', 'people_concerned'], unique=False)
        batch_op.create_index('ix_stories_export', ['period_id', 'unit_id', 'id', 'programme_id', 'erased_at',
                                                    'domain_id'], unique=False)


def downgrade():
    with op.batch_alter_table('stories', schema=None) as batch_op:
        batch_op.drop_index('ix_stories_export')
        batch_op.drop_index('ix_stories_scope')
    op.drop_table('data_versions')
