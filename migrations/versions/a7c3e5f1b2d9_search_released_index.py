"""search: a second full-text index of the approved pseudonymised fields, for readers outside a story's unit

Readers above a story's unit (national office, funder) are matched on the approved pseudonymised title, text,
significance and translation only (issue 10, one release rule); the fields as entered stay in ``story_fts`` for
the story's own unit and admins. SQLite FTS5 table and triggers, or PostgreSQL table, function and triggers (the
text search configurations msc_fr, msc_en, msc_simple of the previous revision); then filled from the approvals.

Revision ID: a7c3e5f1b2d9
Revises: f15a5ca1e000
Create Date: 2026-12-01 13:30:00

"""
from alembic import op

from msc.stories import fulltext

# revision identifiers, used by Alembic.
revision = 'a7c3e5f1b2d9'
down_revision = 'f15a5ca1e000'
branch_labels = None
depends_on = None


def upgrade():
    fulltext.install_released(op.get_bind())
    fulltext.rebuild_released(op.get_bind())


def downgrade():
    fulltext.uninstall_released(op.get_bind())
