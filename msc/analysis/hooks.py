"""The analysis' hooks, signal receiver and audit labels, registered on the app by the package's init_app."""
from flask_babel import lazy_gettext as _l

from . import (
    jobs,
    queries,
)

ACTION_LABELS = {  # how the story history names the analysis' audit rows
    "theme_decide": _l("theme decided"), "theme_undecide": _l("theme decision taken back"),
    "pii_add": _l("personal data masked"), "pii_remove": _l("personal data unmasked"),
    "pii_restore": _l("personal data masked again"), "pseudonymisation_approve": _l("pseudonymised text approved"),
    "pseudonymisation_void": _l("approval voided (text changed)"),
    "pseudonymisation_restyle": _l("approved pseudonyms given the programme's new style"),
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
