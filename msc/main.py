"""The home page and the navigation menu; the menu and the story page's extras come from the packages."""
from flask import Blueprint, Flask, redirect, render_template, url_for
from flask_login import current_user

from .features import features

bp = Blueprint("main", __name__)


def init_app(app: Flask) -> None:
    app.register_blueprint(bp)


@bp.app_context_processor
def navigation():
    def nav_items():
        if not current_user.is_authenticated:
            return []
        return [
            {"url": url_for(i.endpoint), "label": i.label, "prefix": i.prefix or i.endpoint}
            for i in features().nav if i.allowed(current_user)
        ]

    def story_links(story):
        return [link for hook in features().story_links for link in hook(story, current_user)]

    def story_panels(story):
        return [block for hook in features().story_panels for block in hook(story, current_user)]

    return {"nav_items": nav_items, "story_links": story_links, "story_panels": story_panels}


@bp.route("/")
def index():
    if not current_user.is_authenticated:
        return redirect(url_for("auth.login"))
    todos = [todo for hook in features().home_todos for todo in hook(current_user)]
    return render_template("main/index.html", todos=todos)


@bp.route("/healthz")
def health():
    return {"status": "ok"}
