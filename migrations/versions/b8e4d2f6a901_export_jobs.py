"""dashboard: export jobs (big stories exports written by `msc worker`, with progress and a download link)

Revision ID: b8e4d2f6a901
Revises: a7c3e5f1b2d9
Create Date: 2026-12-01 13:30:00

"""
import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision = 'b8e4d2f6a901'
down_revision = 'a7c3e5f1b2d9'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table('export_jobs',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('programme_id', sa.Integer(), nullable=False),
    sa.Column('created_by_id', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('fmt', sa.String(length=10), nullable=False),
    sa.Column('period_id', sa.Integer(), nullable=True),
    sa.Column('unit_ids', sa.JSON(), nullable=False),
    sa.Column('domain_ids', sa.JSON(), nullable=False),
    sa.Column('scope_unit_ids', sa.JSON(), nullable=False),
    sa.Column('full_text', sa.Boolean(), nullable=False),
    sa.Column('status', sa.String(length=10), nullable=False),
    sa.Column('rows_done', sa.Integer(), nullable=False),
    sa.Column('rows_total', sa.Integer(), nullable=True),
    sa.Column('filename', sa.String(length=200), nullable=False),
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('size', sa.Integer(), nullable=False),
    sa.Column('error', sa.String(length=300), nullable=False),
    sa.Column('interrupted', sa.Integer(), nullable=False),
    sa.Column('started_at', sa.DateTime(), nullable=True),
    sa.Column('finished_at', sa.DateTime(), nullable=True),
    sa.Column('removed_at', sa.DateTime(), nullable=True),
    sa.Column('removed_reason', sa.String(length=20), nullable=False),
    sa.CheckConstraint("fmt IN ('csv', 'xlsx', 'jsonl')", name=op.f('ck_export_jobs_known_format')),
    sa.CheckConstraint("status IN ('queued', 'running', 'done', 'failed')", name=op.f('ck_export_jobs_known_status')),
    sa.ForeignKeyConstraint(['created_by_id'], ['users.id'], name=op.f('fk_export_jobs_created_by_id_users')),
    sa.ForeignKeyConstraint(['period_id'], ['periods.id'], name=op.f('fk_export_jobs_period_id_periods')),
    sa.ForeignKeyConstraint(['programme_id'], ['programmes.id'], name=op.f('fk_export_jobs_programme_id_programmes')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_export_jobs'))
    )
    with op.batch_alter_table('export_jobs', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_export_jobs_created_at'), ['created_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_export_jobs_created_by_id'), ['created_by_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_export_jobs_programme_id'), ['programme_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_export_jobs_status'), ['status'], unique=False)


def downgrade():
    with op.batch_alter_table('export_jobs', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_export_jobs_status'))
        batch_op.drop_index(batch_op.f('ix_export_jobs_programme_id'))
        batch_op.drop_index(batch_op.f('ix_export_jobs_created_by_id'))
        batch_op.drop_index(batch_op.f('ix_export_jobs_created_at'))

    op.drop_table('export_jobs')
