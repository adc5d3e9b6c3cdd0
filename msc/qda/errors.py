"""The QDA exchange's refusals."""
from ..errors import RuleError


class QdaError(RuleError):
    """An export or a codebook import the rules refuse; nothing was changed."""
