"""advocacy note as a policy brief: the team's brief, Arabic notes, four-eyes approval, page size

Revision ID: f3b9d2a6c1e4
Revises: e2b7d4c19a60
Create Date: 2026-12-01 10:00:00

"""
import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision = 'f3b9d2a6c1e4'
down_revision = 'e2b7d4c19a60'
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table('note_exports', schema=None) as batch_op:
        batch_op.add_column(sa.Column('brief', sa.JSON(), server_default='{}', nullable=False))
        batch_op.add_column(sa.Column('approved_by_id', sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column('approved_at', sa.DateTime(), nullable=True))
        batch_op.add_column(sa.Column('draft_sha256', sa.String(length=64), server_default='', nullable=False))
        batch_op.create_foreign_key(batch_op.f('fk_note_exports_approved_by_id_users'), 'users',
                                    ['approved_by_id'], ['id'])
        batch_op.drop_constraint(batch_op.f('ck_note_exports_known_language'), type_='check')
        batch_op.create_check_constraint(batch_op.f('ck_note_exports_known_language'),
                                         "language IN ('fr', 'en', 'ar')")
    with op.batch_alter_table('note_jobs', schema=None) as batch_op:
        batch_op.add_column(sa.Column('brief', sa.JSON(), server_default='{}', nullable=False))
    with op.batch_alter_table('report_settings', schema=None) as batch_op:
        batch_op.add_column(sa.Column('page_size', sa.String(length=10), server_default='A4', nullable=False))
        batch_op.create_check_constraint(batch_op.f('ck_report_settings_known_page_size'),
                                         "page_size IN ('A4', 'Letter')")


def downgrade():
    with op.batch_alter_table('report_settings', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('ck_report_settings_known_page_size'), type_='check')
        batch_op.drop_column('page_size')
    with op.batch_alter_table('note_jobs', schema=None) as batch_op:
        batch_op.drop_column('brief')
    # Arabic notes cannot be kept under the old constraint: their records go (their files stay in EXPORTS_DIR).
    arabic = "SELECT id FROM note_exports WHERE language NOT IN ('fr', 'en')"
    op.execute(f"DELETE FROM note_export_stories WHERE note_id IN ({arabic})")
    op.execute(f"UPDATE note_jobs SET note_id = NULL WHERE note_id IN ({arabic})")
    op.execute("DELETE FROM note_exports WHERE language NOT IN ('fr', 'en')")
    with op.batch_alter_table('note_exports', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('ck_note_exports_known_language'), type_='check')
        batch_op.create_check_constraint(batch_op.f('ck_note_exports_known_language'), "language IN ('fr', 'en')")
        batch_op.drop_constraint(batch_op.f('fk_note_exports_approved_by_id_users'), type_='foreignkey')
        batch_op.drop_column('draft_sha256')
        batch_op.drop_column('approved_at')
        batch_op.drop_column('approved_by_id')
        batch_op.drop_column('brief')
