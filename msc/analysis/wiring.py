"""Connect the analysis to the rest of the app through its hook lists and signals (idempotent)."""
from flask_babel import lazy_gettext as _l

from . import jobs  # noqa: F401  (session events that dispatch jobs after commit)
from . import queries


ACTION_LABELS = {  # how the story history names the analysis' audit rows
    "theme_decide": _l("theme decided"), "theme_undecide": _l("theme decision taken back"),
    "pii_add": _l("personal data masked"), "pii_remove": _l("personal data unmasked"),
    "pii_restore": _l("personal data masked again"), "pseudonymisation_approve": _l("pseudonymised text approved"),
    "pseudonymisation_void": _l("approval voided (text changed)"),
}


def ready_when_approved(story, use) -> bool:
    """READINESS_CHECKS: the pseudonymised text is approved and still matches the current text."""
    return queries.is_approved(story)


def on_story_saved(story, created=False, **extra) -> None:
    """story_saved: void an approval of another text; analyse the new text in the background."""
    from . import operations

    operations.void_stale_approval(story)
    if not queries.is_analysis_current(story):
        jobs.queue_analysis([story.id])


def demo_analyse_and_approve(programme, users) -> None:
    """DEMO_HOOKS: analyse the demo stories and approve the submitted ones, as their unit's facilitator."""
    import sqlalchemy as sa

    from ..extensions import db
    from ..stories.models import Story
    from . import operations

    stories = list(db.session.scalars(sa.select(Story).where(Story.programme_id == programme.id)
                                      .order_by(Story.id)))
    operations.analyse_stories([s for s in stories if not queries.is_analysis_current(s)])
    for story in stories:
        if story.is_submitted and not story.is_withdrawn and not queries.is_approved(story):
            approver = users.get(f"facilitatrice.{story.unit.code.lower()}@demo.msc")
            operations.approve_pseudonymisation(story, user=approver)


def analyse_imported(story_ids) -> None:
    """AFTER_IMPORT: the importer has committed its stories; queue their analysis and commit the job."""
    from ..extensions import db

    jobs.queue_analysis(story_ids)
    db.session.commit()


def _add(hooks: list, fn, first: bool = False) -> None:
    if fn not in hooks:
        hooks.insert(0 if first else len(hooks), fn)


def register(app) -> None:
    from .. import demo, main, setup_data, web
    from ..imports import operations as import_ops
    from ..stories import models as story_models
    from ..stories.operations import story_saved
    from . import codebook_ops, views

    _add(story_models.READINESS_CHECKS, ready_when_approved)
    _add(story_models.REVIEW_TEXT_PROVIDERS, queries.approved_text)
    _add(main.STORY_PANELS, views.story_panel)
    _add(main.STORY_LINKS, views.story_links)
    _add(setup_data.DEFAULT_HOOKS, codebook_ops.load_default_codebook)
    _add(demo.DEMO_HOOKS, demo_analyse_and_approve, first=True)  # before the demo rounds pick ready stories
    _add(import_ops.AFTER_IMPORT, analyse_imported)
    story_saved.connect(on_story_saved, weak=False)
    for action, label in ACTION_LABELS.items():
        web.ACTION_LABELS.setdefault(action, label)
    main.add_nav(main.NavItem("analysis.codebook", _l("Codebook"), lambda u: u.is_admin, "analysis."))
    app.register_blueprint(views.bp)
