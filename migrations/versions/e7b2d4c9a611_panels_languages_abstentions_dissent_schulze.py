"""panels: reading languages, abstentions, dissent, Schulze, cancelled rounds

Revision ID: e7b2d4c9a611
Revises: f3b9d2a6c1e7
Create Date: 2026-12-01 10:10:00

"""
import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision = 'e7b2d4c9a611'
down_revision = "f3b9d2a6c1e7"
branch_labels = None
depends_on = None

OLD_METHODS = "method IN ('approval', 'ranking', 'scoring', 'consensus')"
NEW_METHODS = "method IN ('approval', 'ranking', 'scoring', 'schulze', 'consensus')"
OLD_STATUSES = "status IN ('draft', 'open', 'closed', 'finalised')"
NEW_STATUSES = "status IN ('draft', 'open', 'closed', 'finalised', 'cancelled')"


def upgrade():
    with op.batch_alter_table('users', schema=None) as batch_op:
        batch_op.add_column(sa.Column('reading_languages', sa.String(length=50), server_default='', nullable=False))
    with op.batch_alter_table('rounds', schema=None) as batch_op:
        batch_op.add_column(sa.Column('dissent_named', sa.Boolean(), server_default=sa.false(), nullable=False))
        batch_op.add_column(sa.Column('cancelled_at', sa.DateTime(), nullable=True))
        batch_op.drop_constraint(batch_op.f('ck_rounds_known_method'), type_='check')
        batch_op.drop_constraint(batch_op.f('ck_rounds_known_status'), type_='check')
        batch_op.create_check_constraint('known_method', NEW_METHODS)
        batch_op.create_check_constraint('known_status', NEW_STATUSES)
    with op.batch_alter_table('ballots', schema=None) as batch_op:
        batch_op.add_column(sa.Column('is_abstention', sa.Boolean(), server_default=sa.false(), nullable=False))
        batch_op.add_column(sa.Column('dissent', sa.Text(), server_default='', nullable=False))
    with op.batch_alter_table('ballot_entries', schema=None) as batch_op:
        batch_op.alter_column('value', existing_type=sa.Integer(), nullable=True)


def downgrade():
    op.execute("DELETE FROM ballot_entries WHERE value IS NULL")
    with op.batch_alter_table('ballot_entries', schema=None) as batch_op:
        batch_op.alter_column('value', existing_type=sa.Integer(), nullable=False)
    with op.batch_alter_table('ballots', schema=None) as batch_op:
        batch_op.drop_column('dissent')
        batch_op.drop_column('is_abstention')
    op.execute("DELETE FROM rounds WHERE status = 'cancelled'")
    op.execute("UPDATE rounds SET method = 'ranking' WHERE method = 'schulze'")
    with op.batch_alter_table('rounds', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('ck_rounds_known_status'), type_='check')
        batch_op.drop_constraint(batch_op.f('ck_rounds_known_method'), type_='check')
        batch_op.create_check_constraint('known_method', OLD_METHODS)
        batch_op.create_check_constraint('known_status', OLD_STATUSES)
        batch_op.drop_column('cancelled_at')
        batch_op.drop_column('dissent_named')
    with op.batch_alter_table('users', schema=None) as batch_op:
        batch_op.drop_column('reading_languages')
