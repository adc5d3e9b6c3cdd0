"""dash: inter-coder agreement (a second coder's independent themes for a sample of stories)

Revision ID: d7b2e5a9c413
Revises: c4e8a1f07b3d
Create Date: 2026-12-01 10:10:00

"""
import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision = 'd7b2e5a9c413'
down_revision = 'c4e8a1f07b3d'
branch_labels = None
depends_on = None


def upgrade():
    # Reviewed by hand: coding assignments (story, second coder) and the themes that coder found.
    op.create_table('coding_assignments',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('story_id', sa.Integer(), nullable=False),
    sa.Column('coder_id', sa.Integer(), nullable=False),
    sa.Column('requested_by_id', sa.Integer(), nullable=True),
    sa.Column('requested_at', sa.DateTime(), nullable=False),
    sa.Column('completed_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['coder_id'], ['users.id'], name=op.f('fk_coding_assignments_coder_id_users')),
    sa.ForeignKeyConstraint(['requested_by_id'], ['users.id'],
                            name=op.f('fk_coding_assignments_requested_by_id_users')),
    sa.ForeignKeyConstraint(['story_id'], ['stories.id'], name=op.f('fk_coding_assignments_story_id_stories'),
                            ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_coding_assignments')),
    sa.UniqueConstraint('story_id', 'coder_id', name=op.f('uq_coding_assignments_story_id_coder_id'))
    )
    with op.batch_alter_table('coding_assignments', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_coding_assignments_coder_id'), ['coder_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_coding_assignments_story_id'), ['story_id'], unique=False)

    op.create_table('coding_assignment_themes',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('assignment_id', sa.Integer(), nullable=False),
    sa.Column('theme_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['assignment_id'], ['coding_assignments.id'],
                            name=op.f('fk_coding_assignment_themes_assignment_id_coding_assignments'),
                            ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['theme_id'], ['themes.id'], name=op.f('fk_coding_assignment_themes_theme_id_themes'),
                            ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_coding_assignment_themes')),
    sa.UniqueConstraint('assignment_id', 'theme_id', name=op.f('uq_coding_assignment_themes_assignment_id_theme_id'))
    )
    with op.batch_alter_table('coding_assignment_themes', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_coding_assignment_themes_assignment_id'), ['assignment_id'],
                              unique=False)
        batch_op.create_index(batch_op.f('ix_coding_assignment_themes_theme_id'), ['theme_id'], unique=False)


def downgrade():
    with op.batch_alter_table('coding_assignment_themes', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_coding_assignment_themes_theme_id'))
        batch_op.drop_index(batch_op.f('ix_coding_assignment_themes_assignment_id'))
    op.drop_table('coding_assignment_themes')
    with op.batch_alter_table('coding_assignments', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_coding_assignments_story_id'))
        batch_op.drop_index(batch_op.f('ix_coding_assignments_coder_id'))
    op.drop_table('coding_assignments')
