"""What the selection package adds to other pages: the menu entry and the story page's journey panel."""
from flask import render_template
from markupsafe import Markup

from . import queries


def story_panel(story, user) -> list[Markup]:
    """On a story page: every round it went before, how far it went and why."""
    journey = queries.story_journey(story)
    if not journey:
        return []
    # Reviewed (B704): a Jinja template, autoescaped
    return [Markup(render_template("selection/_story_panel.html", journey=journey))]  # nosec B704


def sees_rounds(user) -> bool:
    return user.is_admin or bool(user.role_names() & {"coordinator", "panelist", "facilitator"})
