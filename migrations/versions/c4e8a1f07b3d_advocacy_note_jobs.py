"""advocacy: note jobs (notes built by `msc worker` when Redis is configured)

Revision ID: c4e8a1f07b3d
Revises: a7c31e9d5b20
Create Date: 2026-12-01 07:20:00

"""
import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision = 'c4e8a1f07b3d'
down_revision = 'a7c31e9d5b20'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table('note_jobs',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('programme_id', sa.Integer(), nullable=False),
    sa.Column('period_id', sa.Integer(), nullable=False),
    sa.Column('created_by_id', sa.Integer(), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('language', sa.String(length=5), nullable=False),
    sa.Column('unit_ids', sa.JSON(), nullable=False),
    sa.Column('scope_unit_ids', sa.JSON(), nullable=False),
    sa.Column('domain_ids', sa.JSON(), nullable=False),
    sa.Column('context', sa.Text(), nullable=False),
    sa.Column('status', sa.String(length=10), nullable=False),
    sa.Column('error', sa.String(length=300), nullable=False),
    sa.Column('interrupted', sa.Integer(), nullable=False),
    sa.Column('started_at', sa.DateTime(), nullable=True),
    sa.Column('finished_at', sa.DateTime(), nullable=True),
    sa.Column('note_id', sa.Integer(), nullable=True),
    sa.CheckConstraint("status IN ('queued', 'running', 'done', 'failed')", name=op.f('ck_note_jobs_known_status')),
    sa.ForeignKeyConstraint(['created_by_id'], ['users.id'], name=op.f('fk_note_jobs_created_by_id_users')),
    sa.ForeignKeyConstraint(['note_id'], ['note_exports.id'], name=op.f('fk_note_jobs_note_id_note_exports'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['period_id'], ['periods.id'], name=op.f('fk_note_jobs_period_id_periods')),
    sa.ForeignKeyConstraint(['programme_id'], ['programmes.id'], name=op.f('fk_note_jobs_programme_id_programmes')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_note_jobs'))
    )
    with op.batch_alter_table('note_jobs', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_note_jobs_created_at'), ['created_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_note_jobs_created_by_id'), ['created_by_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_note_jobs_programme_id'), ['programme_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_note_jobs_status'), ['status'], unique=False)


def downgrade():
    with op.batch_alter_table('note_jobs', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_note_jobs_status'))
        batch_op.drop_index(batch_op.f('ix_note_jobs_programme_id'))
        batch_op.drop_index(batch_op.f('ix_note_jobs_created_by_id'))
        batch_op.drop_index(batch_op.f('ix_note_jobs_created_at'))

    op.drop_table('note_jobs')
