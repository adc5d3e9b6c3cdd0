"""followup: what happens to a selected story after the panels: feedback to the storyteller, verification."""


def init_app(app) -> None:
    """Register the follow-up pages, their menu entry, the pages' follow-up helper and the home page's to-dos."""
    from ..features import features
    from . import home, queries, views

    app.register_blueprint(views.bp)
    app.jinja_env.globals["followup_state"] = queries.template_state
    features(app).home_todos.append(home.todos)
