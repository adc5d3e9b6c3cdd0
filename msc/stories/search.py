"""Accent- and case-insensitive search text."""
import re
import unicodedata

_SPACES = re.compile(r"\s+")


def fold(text: str) -> str:
    """Lowercase, strip Latin accents, unify apostrophes and blanks; other scripts are kept as they are."""
    text = unicodedata.normalize("NFKD", text or "")
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = text.replace("\u2019", "'").replace("\u02bc", "'").lower()
    return _SPACES.sub(" ", text).strip()


def terms(query: str) -> list[str]:
    """The folded words of a search query (at most 10)."""
    return [t for t in fold(query).split(" ") if t][:10]
