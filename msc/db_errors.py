"""Database errors never carry the values of a row: no story text in an exception, a log or an error page.

``hide_parameters=True`` keeps SQLAlchemy from printing the bound values, but PostgreSQL itself
describes the failing row in its DETAIL line ("Failing row contains (…)", "Key (code)=(…) already
exists"). This keeps the first line of the server's message (what failed, and which constraint)
and drops the rest, on the driver's exception and on SQLAlchemy's wrapper alike.
"""
import sqlalchemy as sa


def first_line(message: str) -> str:
    """The server's primary message, without DETAIL, HINT or CONTEXT lines that may quote values."""
    return str(message).split("\n", 1)[0].rstrip()


def _strip_values(context) -> None:
    original = context.original_exception
    if original is not None and original.args:
        original.args = (first_line(original.args[0]),) + tuple(original.args[1:])
    wrapped = context.sqlalchemy_exception
    if wrapped is not None and wrapped.args:
        wrapped.args = (first_line(wrapped.args[0]),) + tuple(wrapped.args[1:])


def install(engine: sa.engine.Engine) -> None:
    """Attach the filter to an engine (once)."""
    if not sa.event.contains(engine, "handle_error", _strip_values):
        sa.event.listen(engine, "handle_error", _strip_values)
