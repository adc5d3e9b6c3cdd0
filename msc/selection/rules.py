"""The selection's rule error and its one-line check, shared by the modules that change rounds."""
from ..errors import RuleError


class SelectionError(RuleError):
    """A round rule was broken; the message is shown to the user."""


def require(condition, message) -> None:
    """Raise with the message (lazy, so that a rule that holds costs no translation) when the rule is broken."""
    if not condition:
        raise SelectionError(str(message))
