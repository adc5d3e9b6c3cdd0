"""storytellers belong to a unit; stories can be erased (tombstone)

storytellers.unit_id: the unit the storyteller was met in, backfilled from the unit of
their earliest story. stories.erased_at: set when an admin erased the story.

Revision ID: a7e3c9d41f20
Revises: a7c3e9f1d210
Create Date: 2026-12-01 06:30:00

"""
import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision = 'a7e3c9d41f20'
down_revision = 'a7c3e9f1d210'
branch_labels = None
depends_on = None

# The two small tables the backfill needs, declared here rather than imported from the app.
storytellers = sa.table('storytellers', sa.column('id', sa.Integer), sa.column('unit_id', sa.Integer))
stories = sa.table('stories', sa.column('id', sa.Integer), sa.column('unit_id', sa.Integer),
                   sa.column('storyteller_id', sa.Integer))


def upgrade():
    with op.batch_alter_table('storytellers', schema=None) as batch_op:
        batch_op.add_column(sa.Column('unit_id', sa.Integer(), nullable=True))
        batch_op.create_index(batch_op.f('ix_storytellers_unit_id'), ['unit_id'], unique=False)
        batch_op.create_foreign_key(batch_op.f('fk_storytellers_unit_id_units'), 'units', ['unit_id'], ['id'])
    with op.batch_alter_table('stories', schema=None) as batch_op:
        batch_op.add_column(sa.Column('erased_at', sa.DateTime(), nullable=True))
    # Each storyteller belongs to the unit of their first story.
    first_unit = (sa.select(stories.c.unit_id).where(stories.c.storyteller_id == storytellers.c.id)
                  .order_by(stories.c.id).limit(1).scalar_subquery())
    op.execute(storytellers.update().values(unit_id=first_unit))


def downgrade():
    with op.batch_alter_table('stories', schema=None) as batch_op:
        batch_op.drop_column('erased_at')
    with op.batch_alter_table('storytellers', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('fk_storytellers_unit_id_units'), type_='foreignkey')
        batch_op.drop_index(batch_op.f('ix_storytellers_unit_id'))
        batch_op.drop_column('unit_id')
