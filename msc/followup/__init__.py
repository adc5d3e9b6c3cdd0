"""followup: what happens to a selected story after the panels: feedback to the storyteller, verification."""


def init_app(app) -> None:
    """Register the follow-up pages, their menu entry, the pages' follow-up helper and the home page's to-dos."""
    from flask_babel import lazy_gettext as _l

    from ..features import NavItem, features
    from . import home, queries, views

    app.register_blueprint(views.bp)
    app.jinja_env.globals["followup_state"] = queries.template_state
    registry = features(app)
    registry.home_todos.append(home.todos)
    registry.add_nav(NavItem("followup.index", _l("Follow-up"), views.sees_followup, "followup.", order=25))
    registry.add_action_labels({"storyteller_feedback": _l("feedback to the storyteller recorded"),
                                "story_verification": _l("verification recorded"),
                                "meeting_record": _l("in-person meeting recorded"),
                                "round_in_person": _l("in-person round created"),
                                "domain_periods": _l("domain periods set")})
