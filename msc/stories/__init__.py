"""stories: storytellers, stories, consent, verification."""
from flask_babel import lazy_gettext as _l

ACTION_LABELS = {  # how the story history names the stories' audit rows
    "story_create": _l("created"),
    "story_edit": _l("edited"),
    "story_submit": _l("submitted"),
    "story_verify": _l("verified"),
    "consent_record": _l("consent recorded"),
    "consent_change": _l("consent changed"),
    "consent_withdraw": _l("consent withdrawn"),
}


def consent_word(value: str):
    """Translated words for consent status, mode and uses."""
    from .forms import consent_use_choices

    words = {"given": _l("Given"), "refused": _l("Refused"), "oral": _l("Oral"), "written": _l("Written"),
             **dict(consent_use_choices())}
    return words.get(value, value)


def init_app(app) -> None:
    """Register the story pages, their menu entry, their audit labels and template filters."""
    from ..features import NavItem, cli_group, features
    from . import commands, fulltext, views
    from .forms import language_choices

    app.register_blueprint(views.bp)
    fulltext.register_schema_events()
    search_group = cli_group(app, "search", "The stories' full-text index.")
    search_group.add_command(commands.rebuild_command)
    app.jinja_env.filters["consent_word"] = consent_word
    app.jinja_env.filters["language_name"] = lambda code: dict(language_choices()).get(code, code)
    registry = features(app)
    registry.add_action_labels(ACTION_LABELS)
    registry.after_import.append(fulltext.after_import)
    registry.add_nav(NavItem("stories.index", _l("Stories"),
                             lambda u: u.is_admin or bool(u.role_names() & {"coordinator", "facilitator"}),
                             "stories.", order=10))
