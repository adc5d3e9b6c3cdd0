"""scale: indexes for lists, pages and dashboards at 100,000 stories; the stories' full-text index

Revision ID: f15a5ca1e000
Revises: f3b9d2a6c1e4
Create Date: 2026-12-01 10:00:00

"""
from alembic import op

from msc.stories import fulltext

# revision identifiers, used by Alembic.
revision = 'f15a5ca1e000'
down_revision = 'f3b9d2a6c1e4'
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table('stories', schema=None) as batch_op:
        batch_op.create_index('ix_stories_list_order', ['interview_date', 'id', 'unit_id', 'period_id', 'domain_id',
                                                        'status', 'erased_at'], unique=False)
        batch_op.create_index('ix_stories_unit_period', ['unit_id', 'period_id', 'interview_date', 'id', 'erased_at',
                                                         'status'], unique=False)
        batch_op.create_index(batch_op.f('ix_stories_language'), ['language'], unique=False)
    with op.batch_alter_table('audit_events', schema=None) as batch_op:
        batch_op.create_index('ix_audit_events_object', ['object_type', 'object_id'], unique=False)
    # SQLite FTS5 table and triggers, or PostgreSQL text search configurations, table and trigger; then filled.
    fulltext.install(op.get_bind())
    fulltext.rebuild_with(op.get_bind())


def downgrade():
    fulltext.uninstall(op.get_bind())
    with op.batch_alter_table('audit_events', schema=None) as batch_op:
        batch_op.drop_index('ix_audit_events_object')
    with op.batch_alter_table('stories', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_stories_language'))
        batch_op.drop_index('ix_stories_unit_period')
        batch_op.drop_index('ix_stories_list_order')
