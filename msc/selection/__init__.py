"""selection: rounds, panels, ballots, tallies, selections, feedback."""

DEMO_ORDER = 20  # after the analysis has approved the demo stories that the rounds pick


def init_app(app) -> None:
    """Register the round pages and commands, the menu entry, the story page's journey panel,
    the demo rounds and the withdrawal handler."""
    from flask_babel import lazy_gettext as _l

    from ..analysis.signals import approval_given, approval_voided
    from ..features import NavItem, features
    from ..stories.operations import consent_withdrawn
    from . import cli, decisions, demo_rounds, hooks, in_person, in_person_views, queries, views

    app.register_blueprint(views.bp)
    app.register_blueprint(in_person_views.bp)
    app.jinja_env.globals.update(in_person_attendance=queries.attendance, in_person_meeting=in_person.meeting_of)
    app.cli.add_command(cli.rounds_group)
    app.cli.add_command(cli.round_group)
    registry = features(app)
    registry.add_nav(NavItem("selection.index", _l("Rounds"), hooks.sees_rounds, "selection.", order=20))
    registry.story_panels.append(hooks.story_panel)
    registry.add_demo_hook(demo_rounds.load_demo_rounds, order=DEMO_ORDER)
    registry.connect(consent_withdrawn, decisions.on_consent_withdrawn)
    registry.connect(approval_voided, decisions.on_approval_voided)
    registry.connect(approval_given, decisions.on_approval_given)
