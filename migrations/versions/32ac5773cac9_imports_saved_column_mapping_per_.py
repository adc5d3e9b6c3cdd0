"""imports: saved column mapping per programme

One row per programme: the field -> column mapping and file value -> domain key
used by the last successful import, proposed at the next one.

Revision ID: 32ac5773cac9
Revises: d5ae6e6bdf2f
Create Date: 2026-11-23 10:57:10.608446

"""
import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision = '32ac5773cac9'
down_revision = 'd5ae6e6bdf2f'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table('import_mappings',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('programme_id', sa.Integer(), nullable=False),
    sa.Column('columns', sa.JSON(), nullable=False),
    sa.Column('domain_values', sa.JSON(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('updated_by_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['programme_id'], ['programmes.id'], name=op.f('fk_import_mappings_programme_id_programmes')),
    sa.ForeignKeyConstraint(['updated_by_id'], ['users.id'], name=op.f('fk_import_mappings_updated_by_id_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_import_mappings')),
    sa.UniqueConstraint('programme_id', name=op.f('uq_import_mappings_programme_id'))
    )


def downgrade():
    op.drop_table('import_mappings')
