"""The QDA exchange's refusals."""
from ..errors import RuleError


class QdaError(RuleError):
    """An export or a codebook import the rules refuse; nothing was changed. ``kind`` names the refusal
    whatever the language of the message."""

    def __init__(self, message: str, kind: str = ""):
        super().__init__(message)
        self.kind = kind
