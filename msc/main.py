"""The home page and the navigation menu."""
from dataclasses import dataclass
from typing import Callable

from flask import Blueprint, redirect, render_template, url_for
from flask_babel import lazy_gettext as _l
from flask_login import current_user

bp = Blueprint("main", __name__)


@dataclass
class NavItem:
    endpoint: str
    label: object
    allowed: Callable  # user -> bool
    prefix: str = ""


def _has(*roles):
    return lambda user: user.is_admin or bool(user.role_names() & set(roles))


# Packages add their entries here (registered from the factory), in menu order.
NAV: list[NavItem] = [
    NavItem("stories.index", _l("Stories"), _has("coordinator", "facilitator"), "stories."),
    NavItem("programmes.setup", _l("Programme"), _has("admin"), "programmes."),
    NavItem("auth.users", _l("Users"), _has("admin"), "auth.users"),
    NavItem("auth.audit_log", _l("Audit log"), _has("admin"), "auth.audit"),
]


# Other packages add links and panels to the story page: callables (story, user) -> list.
STORY_LINKS: list[Callable] = []
STORY_PANELS: list[Callable] = []


def add_nav(item: NavItem, position: int | None = None) -> None:
    if any(existing.endpoint == item.endpoint for existing in NAV):
        return
    NAV.insert(len(NAV) if position is None else position, item)


@bp.app_context_processor
def navigation():
    def nav_items():
        if not current_user.is_authenticated:
            return []
        return [
            {"url": url_for(i.endpoint), "label": i.label, "prefix": i.prefix or i.endpoint}
            for i in NAV if i.allowed(current_user)
        ]

    def story_links(story):
        return [link for hook in STORY_LINKS for link in hook(story, current_user)]

    def story_panels(story):
        return [block for hook in STORY_PANELS for block in hook(story, current_user)]

    return {"nav_items": nav_items, "story_links": story_links, "story_panels": story_panels}


@bp.route("/")
def index():
    if not current_user.is_authenticated:
        return redirect(url_for("auth.login"))
    return render_template("main/index.html")


@bp.route("/healthz")
def health():
    return {"status": "ok"}


