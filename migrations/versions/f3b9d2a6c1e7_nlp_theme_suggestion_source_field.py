"""nlp: theme suggestions record the text they come from (story text, translation, or both)

Revision ID: f3b9d2a6c1e7
Revises: d7b2e5a9c413
Create Date: 2026-12-01 10:20:00

"""
import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision = 'f3b9d2a6c1e7'
down_revision = "d7b2e5a9c413"
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table('theme_suggestions', schema=None) as batch_op:
        batch_op.add_column(sa.Column('source_field', sa.String(length=12), server_default='text', nullable=False))
        batch_op.create_check_constraint(op.f('ck_theme_suggestions_known_source_field'),
                                         "source_field IN ('text', 'translation', 'both')")


def downgrade():
    with op.batch_alter_table('theme_suggestions', schema=None) as batch_op:
        batch_op.drop_constraint(op.f('ck_theme_suggestions_known_source_field'), type_='check')
        batch_op.drop_column('source_field')
