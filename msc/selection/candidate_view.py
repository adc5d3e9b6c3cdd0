"""What a panelist reads of a candidate: the released (pseudonymised) fields, in a language they read.

The story's original language and its stored translation (the programme's working language) are both
approved pseudonymised fields (``msc.analysis.release.released``); when the reader does not read the original
language and a translation exists, the translation comes first, marked "translated from …", and the
original is one click away. At level 2 and above, the reasons the lower panels gave go with the story.
"""
from dataclasses import dataclass, field

from flask_babel import lazy_gettext as _l

from ..analysis.release import released
from ..analysis.theme_counts import confirmed_themes
from ..extensions import db
from ..programmes.models import Programme
from . import queries

LANGUAGE_NAMES = {"fr": _l("French"), "en": _l("English"), "ar": _l("Arabic / Darija"), "other": _l("another language")}


def language_name(code: str) -> str:
    return str(LANGUAGE_NAMES.get(code, code))


def translation_language(story) -> str:
    """The language of a story's stored translation: the programme's (first) working language."""
    programme = db.session.get(Programme, story.programme_id)
    return ((programme.working_languages if programme else "") or "fr").split(",")[0].strip() or "fr"


def can_read(story, reader_languages, has_translation: bool) -> bool:
    """True when someone reading these languages can read the story (original or translation)."""
    return story.language in reader_languages or (has_translation and translation_language(story) in reader_languages)


@dataclass
class CandidateReading:
    title: str
    text: str  # what comes first: the original, or the translation for a reader who does not read the original
    significance: str
    language: str  # the original language's code
    shows_translation: bool
    translated_from: str  # the original language's name, when the translation comes first
    has_translation: bool
    original_text: str
    translation_text: str
    reader_reads_original: bool
    themes: list[str] = field(default_factory=list)
    lower_reasons: list = field(default_factory=list)  # SelectionRecord of the panels below
    released_as_entered: bool = False


def reading(cand, user, *, show_original: bool = False) -> CandidateReading:
    """The candidate as this panelist reads it."""
    story = cand.story
    rel = released(story, user)
    languages = user.reads
    reads_original = story.language in languages
    has_translation = bool(rel.translation.strip())
    translation_first = (not reads_original and has_translation and not show_original)
    locale = user.locale if user.locale in ("fr", "en", "ar") else "fr"
    lower = []
    if cand.round.unit.level.rank >= 2:  # the panels below: their finalised selections (this round's aside)
        lower = [rec for rec in queries.selection_records([story.id], locale).get(story.id, [])
                 if rec.unit != cand.round.unit.name]
    return CandidateReading(
        title=rel.title, text=rel.translation if translation_first else rel.text, significance=rel.significance,
        language=story.language, shows_translation=translation_first,
        translated_from=language_name(story.language), has_translation=has_translation, original_text=rel.text,
        translation_text=rel.translation, reader_reads_original=reads_original,
        themes=confirmed_themes([story.id], locale).get(story.id, []), lower_reasons=lower,
        released_as_entered=rel.as_entered)


def unreadable(round_) -> list[tuple]:
    """Candidates some panelist cannot read (neither the original nor a stored translation): (candidate, names)."""
    out = []
    for cand in round_.active_candidates():
        has_translation = bool(released(cand.story, None).translation.strip())
        who = [m.user.name for m in round_.members if not can_read(cand.story, m.user.reads, has_translation)]
        if who:
            out.append((cand, who))
    return out
