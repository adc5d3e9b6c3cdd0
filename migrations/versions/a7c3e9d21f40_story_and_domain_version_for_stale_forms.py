"""Stories and domains carry a version (SQLAlchemy version_id_col): a form opened on an older version is refused

Revision ID: a7c3e9d21f40
Revises: a7e3c9d41f20
Create Date: 2026-12-01 07:00:00

"""
import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision = 'a7c3e9d21f40'
down_revision = 'a7e3c9d41f20'
branch_labels = None
depends_on = None


TABLES = ('stories', 'domains')


def upgrade():
    for table in TABLES:
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.add_column(sa.Column('version', sa.Integer(), server_default='1', nullable=False))


def downgrade():
    for table in reversed(TABLES):
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_column('version')
