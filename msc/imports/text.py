"""Text folding shared by the import steps: compare words whatever their case, accents or separators.

Leaf module (pure, no step imported): `fold` and `words` are used to compare
headers, cell values, domain labels and unit names.
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# Usual Arabic search normalisation: no tatweel, teh marbuta as heh, alef
# maksura as yeh (hamza carriers are handled by NFKD + dropping marks).
_ARABIC_FOLD = str.maketrans({"\u0640": None, "\u0629": "\u0647", "\u0649": "\u064a"})


@lru_cache(maxsize=8192)  # cell values repeat a lot (choice names, yes/no)
def fold(text: str) -> str:
    """Case- and accent-insensitive form of `text` (Arabic letters kept)."""
    decomposed = unicodedata.normalize("NFKD", str(text).translate(_ARABIC_FOLD))
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold().strip()


def words(text: str) -> str:
    """`storyText`, `Story-text` and `story_text` all become 'story text'."""
    spaced = re.sub(r"(?<=[a-z0-9])(?=[A-Z])", " ", str(text))
    return " ".join(re.split(r"[\W_]+", fold(spaced))).strip()
