"""What every view does the same way: find the programme, run one operation and commit or show the error."""
from dataclasses import dataclass
from urllib.parse import unquote, urlsplit

from flask import abort, flash, request

from .errors import RuleError
from .extensions import db


def programme_or_404():
    """The programme this installation runs, or 404 before it is set up."""
    from .programmes.queries import current_programme

    programme = current_programme()
    if programme is None:
        abort(404)
    return programme


MAX_PAGE = 10**6


def page_number() -> int:
    """The request's ``page`` argument as a page number (1 when absent, malformed or absurdly large)."""
    text = request.args.get("page", "")
    if text.isascii() and text.isdigit() and 0 < int(text) <= MAX_PAGE:
        return int(text)
    return 1


def form_version(value) -> int | None:
    """The version an edit form was opened with: None when not sent, 0 (matches nothing) when malformed."""
    if value is None:
        return None
    text = str(value)
    return int(text) if text.isascii() and text.isdigit() and len(text) < 10 else 0


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


def safe_next(target: str | None, default: str) -> str:
    """``target`` if it is a path on this site (``/stories/3?x=1``), else ``default``.

    Browsers drop tabs and newlines from a location and read ``\\`` as ``/``,
    so ``/\\t/evil.com`` or ``/\\evil.com`` lead to another site: anything with
    a scheme, a host, a control character, white space or a backslash — as it
    is or once percent-decoded — is refused.
    """
    if not target or not isinstance(target, str) or len(target) > 2000:
        return default
    candidate = target
    for _ in range(3):  # the target, then decoded once and twice
        if not _is_local_path(candidate):
            return default
        decoded = unquote(candidate)
        if decoded == candidate:
            break
        candidate = decoded
    else:
        return default  # still changing after three decodings: not a plain path
    return target


def _is_local_path(target: str) -> bool:
    if not target.startswith("/") or target.startswith("//"):
        return False
    if "\\" in target or any(ch.isspace() or ord(ch) < 32 or ord(ch) == 127 for ch in target):
        return False
    parts = urlsplit(target)
    return not parts.scheme and not parts.netloc and parts.path.startswith("/") and not parts.path.startswith("//")
