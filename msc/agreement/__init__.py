"""Inter-coder agreement (MSC step 9): a second coder codes a sample of stories blind; Cohen's kappa per theme."""


def init_app(app) -> None:
    """Register the agreement pages, their menu entry and audit labels."""
    from flask_babel import lazy_gettext as _l

    from ..features import NavItem, features
    from . import queries, views

    app.register_blueprint(views.bp)
    registry = features(app)
    registry.add_nav(NavItem("agreement.index", _l("Coding agreement"),
                             lambda user: user.is_admin or bool(user.role_names() & {"coordinator", "facilitator"}),
                             "agreement.", order=85))
    registry.blind_coding.append(queries.is_coding_blind)
    registry.add_action_labels({"coding_independent": _l("coded independently by a second coder")})
