"""Coarse role gates for views; per-object checks live on the models."""
from functools import wraps

from flask import abort
from flask_login import current_user, login_required

from ..extensions import db


def roles_required(*roles: str):
    """The user must hold one of the roles somewhere (admins pass every gate)."""

    def decorator(view):
        @wraps(view)
        @login_required
        def wrapped(*args, **kwargs):
            if not (current_user.is_admin or current_user.role_names() & set(roles)):
                abort(403)
            return view(*args, **kwargs)

        return wrapped

    return decorator


admin_required = roles_required("admin")


def get_or_404(model, object_id):
    """Load by primary key or answer 404 (ids outside the column's range included)."""
    if not isinstance(object_id, int) or not 0 < object_id < 2**31:
        abort(404)
    obj = db.session.get(model, object_id)
    if obj is None:
        abort(404)
    return obj


def visible_or_404(obj, user=None):
    """404 (not 403) when the user may not see the object, so its existence is not revealed."""
    if not obj.can_view(user or current_user):
        abort(404)
    return obj
