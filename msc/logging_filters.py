"""Keep personal data and secrets out of the request log."""
import logging
import re

# Query strings can hold search words (names); set-password paths hold one-time tokens.
_QUERY = re.compile(r"\?[^\s\"]*")
_TOKEN_PATH = re.compile(r"(/set-password/)[^\s\"/?]+")


def redact(message: str) -> str:
    return _TOKEN_PATH.sub(r"\1[token]", _QUERY.sub("?[redacted]", message))


class RedactRequestLine(logging.Filter):
    """Rewrite werkzeug's access-log lines without query strings or tokens."""

    def filter(self, record: logging.LogRecord) -> bool:
        record.msg = redact(record.getMessage())
        record.args = ()
        return True


def install() -> None:
    logger = logging.getLogger("werkzeug")
    if not any(isinstance(f, RedactRequestLine) for f in logger.filters):
        logger.addFilter(RedactRequestLine())
