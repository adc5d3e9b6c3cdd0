"""Small helpers shared by the models."""
from datetime import UTC, datetime

from flask_babel import get_locale


def utcnow() -> datetime:
    """Timezone-aware now, stored as UTC."""
    return datetime.now(UTC).replace(tzinfo=None)


def pick_label(labels: dict | None, fallback: str = "") -> str:
    """The label in the user's language, else French, else English, else any."""
    labels = labels or {}
    try:
        lang = str(get_locale() or "fr")
    except RuntimeError:  # outside a request
        lang = "fr"
    for code in (lang, "fr", "en"):
        if labels.get(code):
            return labels[code]
    return next((v for v in labels.values() if v), fallback)
