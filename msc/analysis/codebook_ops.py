"""State changes of the codebook held in the database: load the default, edit, add, retire, import."""
import json

import sqlalchemy as sa
from flask_babel import gettext as _

from .. import audit
from ..extensions import db
from ..models_base import utcnow
from ..nlp.codebook import CodebookError, codebook_from_dict, default_codebook, parse_json
from .models import Codebook, Theme

PATTERN_LANGS = ("fr", "en", "ar", "ary")  # Arabic script; Darija in Latin letters
LABEL_LANGS = ("fr", "en", "ar")
MAX_PATTERNS = 1000  # per theme, all languages together
MAX_IMPORT_BYTES = 2 * 1024 * 1024  # a codebook file is small; a larger upload is a mistake


def ensure_codebook(programme_or_id) -> Codebook:
    """The programme's codebook; the default one is loaded the first time."""
    programme_id = getattr(programme_or_id, "id", programme_or_id)
    codebook = db.session.scalar(sa.select(Codebook).where(Codebook.programme_id == programme_id))
    if codebook is None:
        default = default_codebook()
        codebook = Codebook(programme_id=programme_id, version=1, source_version=default.version)
        for position, t in enumerate(default.themes):
            codebook.themes.append(Theme(key=t.key, labels=dict(t.labels), definitions=dict(t.definition),
                                         patterns={k: list(v) for k, v in t.patterns.items()},
                                         is_negation_aware=t.negation, position=position))
        db.session.add(codebook)
        db.session.flush()
        audit.record("codebook_load", codebook, themes=len(default.themes))
    return codebook


def load_default_codebook(programme) -> None:
    """`msc init` and demo hook."""
    ensure_codebook(programme)


def _bump(codebook: Codebook, user) -> None:
    codebook.version += 1
    codebook.updated_at, codebook.updated_by_id = utcnow(), getattr(user, "id", None)


def parse_patterns(text: str) -> list:
    """One pattern a line: a phrase ("porter ~ plainte", "frapp*") or a JSON token pattern ("[{...}]")."""
    out = []
    for number, line in enumerate((text or "").splitlines(), 1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("["):
            try:
                out.append(parse_json(line))
            except ValueError:
                raise CodebookError(_("Line %(n)d is not valid JSON.", n=number)) from None
        else:
            out.append(" ".join(line.split()))
    return out


def format_patterns(patterns: list) -> str:
    return "\n".join(p if isinstance(p, str) else json.dumps(p, ensure_ascii=False) for p in patterns or [])


def validate_theme(data: dict) -> dict:
    """Check a theme with the analysis core and by compiling its patterns; returns the clean dict."""
    patterns = {lang: list(data.get("patterns", {}).get(lang) or []) for lang in PATTERN_LANGS}
    if not (patterns["fr"] or patterns["en"]):
        raise CodebookError(_("A theme needs at least one pattern in French or English."))
    if sum(len(p) for p in patterns.values()) > MAX_PATTERNS:
        raise CodebookError(_("Too many patterns."))
    clean = {"key": data.get("key"), "labels": {k: v.strip() for k, v in (data.get("labels") or {}).items() if v},
             "definition": {k: v.strip() for k, v in (data.get("definition") or {}).items() if v},
             "patterns": {k: v for k, v in patterns.items() if v}, "negation": bool(data.get("negation", True))}
    book = codebook_from_dict({"themes": [clean]})
    _compile(book)
    return clean


def _compile(book) -> None:
    from ..nlp.pipelines import get_pipeline
    from ..nlp.themes import ThemeMatcher

    for lang in book.languages():
        pipe = get_pipeline(lang)
        try:
            ThemeMatcher(book, lang, pipe.nlp.vocab if pipe else None)
        except Exception as exc:  # spaCy's Matcher says why a token pattern is wrong
            raise CodebookError(_("A pattern in %(lang)s cannot be used: %(why)s", lang=lang,
                                  why=str(exc)[:200])) from None


def save_theme(codebook: Codebook, data: dict, *, theme: Theme | None = None, user=None) -> Theme:
    """Add a theme, or change one's labels, definitions and patterns (its key never changes)."""
    if theme is not None:
        data = {**data, "key": theme.key}
    elif any(t.key == data.get("key") for t in codebook.themes):
        raise CodebookError(_("A theme with this key exists already."))
    clean = validate_theme(data)
    if theme is None:
        theme = Theme(key=clean["key"], position=len(codebook.themes))
        codebook.themes.append(theme)
    theme.labels, theme.definitions = clean["labels"], clean["definition"]
    theme.patterns, theme.is_negation_aware = clean["patterns"], clean["negation"]
    _bump(codebook, user)
    db.session.flush()
    audit.record("theme_save", codebook, user=user, theme=theme.key, version=codebook.version)
    return theme


def retire_theme(theme: Theme, retired: bool = True, *, user=None) -> Theme:
    """Retire a theme (no longer suggested nor offered) or bring it back; decisions stay."""
    if theme.is_retired != retired:
        theme.is_retired = retired
        _bump(theme.codebook, user)
        db.session.flush()
        audit.record("theme_retire" if retired else "theme_unretire", theme.codebook, user=user, theme=theme.key,
                     version=theme.codebook.version)
    return theme


def import_codebook(codebook: Codebook, raw: bytes, *, user=None) -> int:
    """Merge an uploaded JSON codebook: themes are added or updated by key, none is deleted."""
    if len(raw) > MAX_IMPORT_BYTES:
        raise CodebookError(_("The file is too large."))
    try:
        data = parse_json(raw.decode("utf-8"))
        checked = codebook_from_dict(data)
    except (UnicodeDecodeError, ValueError) as exc:
        message = str(exc) if isinstance(exc, CodebookError) else _("The file is not valid JSON.")
        raise CodebookError(message) from None
    existing = {t.key: t for t in codebook.themes}
    for t in checked.themes:
        clean = validate_theme({"key": t.key, "labels": t.labels, "definition": t.definition,
                                "patterns": t.patterns, "negation": t.negation})
        theme = existing.get(t.key)
        if theme is None:
            theme = Theme(key=t.key, position=len(codebook.themes))
            codebook.themes.append(theme)
        theme.labels, theme.definitions = clean["labels"], clean["definition"]
        theme.patterns, theme.is_negation_aware = clean["patterns"], clean["negation"]
    _bump(codebook, user)
    db.session.flush()
    audit.record("codebook_import", codebook, user=user, themes=len(checked.themes), version=codebook.version)
    return len(checked.themes)


def save_known_terms(programme, lines: str, *, user=None) -> int:
    """Replace the programme's always-caught names and venues; a line "LOC: café Atlas" sets the kind."""
    from .models import KnownTerm

    wanted: dict[str, tuple[str, str]] = {}  # lower-case term -> (term, label); the first spelling wins
    for line in (lines or "").splitlines():
        line = " ".join(line.split())
        label = "PER"
        if line[:4].upper() in ("PER:", "LOC:"):
            label, line = line[:3].upper(), line[4:].strip()
        if len(line) > 120:
            raise CodebookError(_("A name or venue is at most 120 characters long."))
        if line and line.lower() not in wanted:
            wanted[line.lower()] = (line, label)
    db.session.execute(sa.delete(KnownTerm).where(KnownTerm.programme_id == programme.id))
    for term, label in wanted.values():
        db.session.add(KnownTerm(programme_id=programme.id, term=term, label=label))
    db.session.flush()
    audit.record("known_terms_save", programme, user=user, count=len(wanted))
    return len(wanted)
