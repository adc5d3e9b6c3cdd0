"""privacy: personal data per field, approval of every field, programme pseudonym style

Revision ID: a7c3e9f1d210
Revises: bcf4f644f84f
Create Date: 2026-12-01 06:30:00

"""
import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision = 'a7c3e9f1d210'
down_revision = 'bcf4f644f84f'
branch_labels = None
depends_on = None


def upgrade():
    # Written by hand. Existing spans are spans of the story text. Approvals made before this revision
    # covered the text only; their hash no longer matches (fields + mask decisions), so they are void and
    # the stories are reviewed and approved again, every field at once.
    with op.batch_alter_table('pii_spans', schema=None) as batch_op:
        batch_op.add_column(sa.Column('field', sa.String(length=20), server_default='text', nullable=False))
        batch_op.create_check_constraint(
            'known_field', "field IN ('title', 'text', 'significance', 'translation')")
    with op.batch_alter_table('pseudonym_approvals', schema=None) as batch_op:
        batch_op.add_column(sa.Column('title', sa.Text(), server_default='', nullable=False))
        batch_op.add_column(sa.Column('significance', sa.Text(), server_default='', nullable=False))
        batch_op.add_column(sa.Column('translation', sa.Text(), server_default='', nullable=False))
    with op.batch_alter_table('programmes', schema=None) as batch_op:
        batch_op.add_column(sa.Column('pseudonym_style', sa.String(length=10), server_default='brackets',
                                      nullable=False))
        batch_op.create_check_constraint('known_pseudonym_style', "pseudonym_style IN ('brackets', 'readable')")


def downgrade():
    with op.batch_alter_table('programmes', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('ck_programmes_known_pseudonym_style'), type_='check')
        batch_op.drop_column('pseudonym_style')
    with op.batch_alter_table('pseudonym_approvals', schema=None) as batch_op:
        batch_op.drop_column('translation')
        batch_op.drop_column('significance')
        batch_op.drop_column('title')
    op.execute("DELETE FROM pii_spans WHERE field <> 'text'")
    with op.batch_alter_table('pii_spans', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('ck_pii_spans_known_field'), type_='check')
        batch_op.drop_column('field')
