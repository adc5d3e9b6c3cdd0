"""What every view does the same way: find the programme, run one operation and commit or show the error."""
from dataclasses import dataclass

from flask import abort, flash

from .errors import RuleError
from .extensions import db


def programme_or_404():
    """The programme this installation runs, or 404 before it is set up."""
    from .programmes.queries import current_programme

    programme = current_programme()
    if programme is None:
        abort(404)
    return programme


@dataclass
class Outcome:
    """What ``run`` did: ``ok`` with the operation's ``value``, or the ``error`` that was shown."""

    ok: bool
    value: object = None
    error: RuleError | None = None


def run(operation, *args, success=None, **kwargs) -> Outcome:
    """Run one operation: on success commit (and flash ``success``); on a rule error roll back and flash it."""
    try:
        value = operation(*args, **kwargs)
    except RuleError as exc:
        db.session.rollback()
        flash(str(exc), "danger")
        return Outcome(False, error=exc)
    db.session.commit()
    if success:
        flash(success, "success")
    return Outcome(True, value)
