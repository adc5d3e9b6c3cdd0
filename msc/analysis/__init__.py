"""analysis: the feature around the language engine (``msc.nlp``).

The programme's codebook in the database (``codebook_ops``), the machine's theme suggestions and
personal-data spans stored per story, people's theme decisions and personal-data reviews, the
approval of the pseudonymised text (``operations``, ``queries``), and the background jobs that run
the engine on stories (``jobs``); its pages are in ``views``. The text processing itself (spaCy,
theme matching, detection, pseudonymisation) lives in ``msc.nlp``, which knows nothing of Flask or
the database.
"""


DEMO_ORDER = 10  # the demo stories are analysed and approved before the selection's demo rounds pick them


def init_app(app) -> None:
    """Register the analysis pages and commands, its menu entry, story-page panel and link, readiness check,
    review text, the release rule's template filter, default codebook, demo step, after-import hook, audit labels, signal and session events."""
    import sqlalchemy as sa
    from flask_babel import lazy_gettext as _l

    from ..extensions import db
    from ..features import NavItem, features
    from ..programmes.signals import pseudonym_style_changed
    from ..stories.operations import story_saved
    from . import approved_sets, codebook_ops, commands, hooks, jobs, operations, queries, theme_counts, views

    app.register_blueprint(views.bp)
    app.add_template_filter(views.released_for_current_user, "released")  # the release rule, for templates
    app.cli.add_command(commands.worker_command)
    app.cli.add_command(commands.reanalyze_command)
    registry = features(app)
    registry.add_nav(NavItem("analysis.codebook", _l("Codebook"), lambda u: u.is_admin, "analysis.", order=90))
    registry.story_panels.append(views.story_panel)
    registry.story_links.append(views.story_links)
    registry.readiness_checks.append(hooks.ready_when_approved)
    registry.batch_readiness_checks.append(approved_sets.ready_when_approved_ids)
    registry.released_checks.append(approved_sets.approved_ids)
    registry.review_text_providers.append(queries.approved_text)
    registry.default_hooks.append(codebook_ops.load_default_codebook)
    registry.add_demo_hook(hooks.demo_analyse_and_approve, order=DEMO_ORDER)
    registry.after_import.append(hooks.analyse_imported)
    registry.story_filters["theme"] = theme_counts.stories_with_themes
    registry.add_action_labels(hooks.ACTION_LABELS)
    registry.connect(story_saved, hooks.on_story_saved)
    registry.connect(pseudonym_style_changed, operations.restyle_approvals)
    for event, listener in jobs.SESSION_EVENTS:  # on the app's session class, once for every app
        if not sa.event.contains(db.session, event, listener):
            sa.event.listen(db.session, event, listener)
