"""analysis: codebook, theme suggestions and decisions, personal data, approvals, jobs

Revision ID: bcf4f644f84f
Revises: e04690ce42c8
Create Date: 2026-11-23 11:26:45.041391

"""
import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision = 'bcf4f644f84f'
down_revision = 'e04690ce42c8'
branch_labels = None
depends_on = None


def upgrade():
    # Reviewed by hand: tables of the analysis (codebook, suggestions, decisions, personal data, approvals, jobs).
    op.create_table('analysis_jobs',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('programme_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('status', sa.String(length=10), nullable=False),
    sa.Column('runner', sa.String(length=10), nullable=False),
    sa.Column('story_ids', sa.JSON(), nullable=False),
    sa.Column('total', sa.Integer(), nullable=False),
    sa.Column('done', sa.Integer(), nullable=False),
    sa.Column('failed', sa.Integer(), nullable=False),
    sa.Column('codebook_version', sa.Integer(), nullable=True),
    sa.Column('error', sa.String(length=200), nullable=False),
    sa.Column('created_by_id', sa.Integer(), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('started_at', sa.DateTime(), nullable=True),
    sa.Column('finished_at', sa.DateTime(), nullable=True),
    sa.CheckConstraint("status IN ('queued', 'running', 'done', 'failed')", name=op.f('ck_analysis_jobs_known_status')),
    sa.ForeignKeyConstraint(['created_by_id'], ['users.id'], name=op.f('fk_analysis_jobs_created_by_id_users')),
    sa.ForeignKeyConstraint(['programme_id'], ['programmes.id'], name=op.f('fk_analysis_jobs_programme_id_programmes')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_analysis_jobs'))
    )
    with op.batch_alter_table('analysis_jobs', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_analysis_jobs_programme_id'), ['programme_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_analysis_jobs_status'), ['status'], unique=False)

    op.create_table('codebooks',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('programme_id', sa.Integer(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('source_version', sa.String(length=60), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('updated_by_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['programme_id'], ['programmes.id'], name=op.f('fk_codebooks_programme_id_programmes')),
    sa.ForeignKeyConstraint(['updated_by_id'], ['users.id'], name=op.f('fk_codebooks_updated_by_id_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_codebooks')),
    sa.UniqueConstraint('programme_id', name=op.f('uq_codebooks_programme_id'))
    )
    op.create_table('known_terms',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('programme_id', sa.Integer(), nullable=False),
    sa.Column('term', sa.String(length=120), nullable=False),
    sa.Column('label', sa.String(length=5), nullable=False),
    sa.CheckConstraint("label IN ('PER', 'LOC')", name=op.f('ck_known_terms_known_label')),
    sa.ForeignKeyConstraint(['programme_id'], ['programmes.id'], name=op.f('fk_known_terms_programme_id_programmes')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_known_terms')),
    sa.UniqueConstraint('programme_id', 'term', name=op.f('uq_known_terms_programme_id_term'))
    )
    with op.batch_alter_table('known_terms', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_known_terms_programme_id'), ['programme_id'], unique=False)

    op.create_table('themes',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('codebook_id', sa.Integer(), nullable=False),
    sa.Column('key', sa.String(length=64), nullable=False),
    sa.Column('labels', sa.JSON(), nullable=False),
    sa.Column('definitions', sa.JSON(), nullable=False),
    sa.Column('patterns', sa.JSON(), nullable=False),
    sa.Column('is_negation_aware', sa.Boolean(), nullable=False),
    sa.Column('is_retired', sa.Boolean(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['codebook_id'], ['codebooks.id'], name=op.f('fk_themes_codebook_id_codebooks'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_themes')),
    sa.UniqueConstraint('codebook_id', 'key', name=op.f('uq_themes_codebook_id_key'))
    )
    with op.batch_alter_table('themes', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_themes_codebook_id'), ['codebook_id'], unique=False)

    op.create_table('pii_spans',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('story_id', sa.Integer(), nullable=False),
    sa.Column('start_offset', sa.Integer(), nullable=False),
    sa.Column('end_offset', sa.Integer(), nullable=False),
    sa.Column('label', sa.String(length=5), nullable=False),
    sa.Column('fragment', sa.Text(), nullable=False),
    sa.Column('source', sa.String(length=10), nullable=False),
    sa.Column('is_removed', sa.Boolean(), nullable=False),
    sa.Column('changed_by_id', sa.Integer(), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.CheckConstraint("label IN ('PER', 'LOC', 'PHONE', 'EMAIL', 'ID')", name=op.f('ck_pii_spans_known_label')),
    sa.CheckConstraint("source IN ('detected', 'manual')", name=op.f('ck_pii_spans_known_source')),
    sa.CheckConstraint('start_offset >= 0 AND end_offset > start_offset', name=op.f('ck_pii_spans_offsets_ordered')),
    sa.ForeignKeyConstraint(['changed_by_id'], ['users.id'], name=op.f('fk_pii_spans_changed_by_id_users')),
    sa.ForeignKeyConstraint(['story_id'], ['stories.id'], name=op.f('fk_pii_spans_story_id_stories'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_pii_spans'))
    )
    with op.batch_alter_table('pii_spans', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_pii_spans_story_id'), ['story_id'], unique=False)

    op.create_table('pseudonym_approvals',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('story_id', sa.Integer(), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('source_hash', sa.String(length=64), nullable=False),
    sa.Column('approved_by_id', sa.Integer(), nullable=True),
    sa.Column('approved_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['approved_by_id'], ['users.id'], name=op.f('fk_pseudonym_approvals_approved_by_id_users')),
    sa.ForeignKeyConstraint(['story_id'], ['stories.id'], name=op.f('fk_pseudonym_approvals_story_id_stories'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_pseudonym_approvals')),
    sa.UniqueConstraint('story_id', name=op.f('uq_pseudonym_approvals_story_id'))
    )
    op.create_table('story_analyses',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('story_id', sa.Integer(), nullable=False),
    sa.Column('lang', sa.String(length=10), nullable=False),
    sa.Column('model', sa.String(length=60), nullable=False),
    sa.Column('has_ner', sa.Boolean(), nullable=False),
    sa.Column('has_themes', sa.Boolean(), nullable=False),
    sa.Column('text_hash', sa.String(length=64), nullable=False),
    sa.Column('codebook_version', sa.Integer(), nullable=False),
    sa.Column('analysed_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['story_id'], ['stories.id'], name=op.f('fk_story_analyses_story_id_stories'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_story_analyses')),
    sa.UniqueConstraint('story_id', name=op.f('uq_story_analyses_story_id'))
    )
    op.create_table('theme_decisions',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('story_id', sa.Integer(), nullable=False),
    sa.Column('theme_id', sa.Integer(), nullable=False),
    sa.Column('status', sa.String(length=10), nullable=False),
    sa.Column('user_id', sa.Integer(), nullable=True),
    sa.Column('decided_at', sa.DateTime(), nullable=False),
    sa.CheckConstraint("status IN ('confirmed', 'rejected', 'added')", name=op.f('ck_theme_decisions_known_status')),
    sa.ForeignKeyConstraint(['story_id'], ['stories.id'], name=op.f('fk_theme_decisions_story_id_stories'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['theme_id'], ['themes.id'], name=op.f('fk_theme_decisions_theme_id_themes'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['user_id'], ['users.id'], name=op.f('fk_theme_decisions_user_id_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_theme_decisions')),
    sa.UniqueConstraint('story_id', 'theme_id', name=op.f('uq_theme_decisions_story_id_theme_id'))
    )
    with op.batch_alter_table('theme_decisions', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_theme_decisions_story_id'), ['story_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_theme_decisions_theme_id'), ['theme_id'], unique=False)

    op.create_table('theme_suggestions',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('story_id', sa.Integer(), nullable=False),
    sa.Column('theme_id', sa.Integer(), nullable=False),
    sa.Column('evidence', sa.JSON(), nullable=False),
    sa.Column('codebook_version', sa.Integer(), nullable=False),
    sa.Column('source', sa.String(length=20), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.CheckConstraint("source IN ('analysis')", name=op.f('ck_theme_suggestions_known_source')),
    sa.ForeignKeyConstraint(['story_id'], ['stories.id'], name=op.f('fk_theme_suggestions_story_id_stories'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['theme_id'], ['themes.id'], name=op.f('fk_theme_suggestions_theme_id_themes'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_theme_suggestions')),
    sa.UniqueConstraint('story_id', 'theme_id', name=op.f('uq_theme_suggestions_story_id_theme_id'))
    )
    with op.batch_alter_table('theme_suggestions', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_theme_suggestions_story_id'), ['story_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_theme_suggestions_theme_id'), ['theme_id'], unique=False)



def downgrade():
    # Reviewed by hand: tables of the analysis (codebook, suggestions, decisions, personal data, approvals, jobs).
    with op.batch_alter_table('theme_suggestions', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_theme_suggestions_theme_id'))
        batch_op.drop_index(batch_op.f('ix_theme_suggestions_story_id'))

    op.drop_table('theme_suggestions')
    with op.batch_alter_table('theme_decisions', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_theme_decisions_theme_id'))
        batch_op.drop_index(batch_op.f('ix_theme_decisions_story_id'))

    op.drop_table('theme_decisions')
    op.drop_table('story_analyses')
    op.drop_table('pseudonym_approvals')
    with op.batch_alter_table('pii_spans', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_pii_spans_story_id'))

    op.drop_table('pii_spans')
    with op.batch_alter_table('themes', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_themes_codebook_id'))

    op.drop_table('themes')
    with op.batch_alter_table('known_terms', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_known_terms_programme_id'))

    op.drop_table('known_terms')
    op.drop_table('codebooks')
    with op.batch_alter_table('analysis_jobs', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_analysis_jobs_status'))
        batch_op.drop_index(batch_op.f('ix_analysis_jobs_programme_id'))

    op.drop_table('analysis_jobs')
