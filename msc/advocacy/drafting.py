"""The team's part of a note: the brief written on the page, parsed and checked."""
from __future__ import annotations

import re

from flask_babel import gettext as _

from ..analysis.release import released
from ..errors import RuleError
from ..reports.brief import BOX_WORDS
from ..stories.scope import Scope
from .assembly import Brief
from .queries import partition, translated_from

TITLE_MAX = 200
MESSAGES = (3, 5)
RECOMMENDATIONS = (2, 5)
FEATURED = (2, 4)
_REFS = re.compile(r"#?(\d+)")


class BriefError(RuleError):
    """What the team wrote for the note breaks a rule; the message is shown to them."""


def _lines(text: str) -> list[str]:
    return [" ".join(line.split()) for line in (text or "").splitlines() if line.strip()]


def parse_brief(title: str, key_messages: str, recommendations: str, featured: list[tuple[str, str]]) -> Brief:
    """The page's fields as a Brief: messages one per line; a recommendation per line, its story numbers
    after a "|" ("… | 12, 15"); featured (story number, passage) pairs. Counts are checked when given."""
    messages = [m.lstrip("-•* ").strip() for m in _lines(key_messages)]
    if len(messages) > MESSAGES[1]:  # fewer than 3 is the team's call on a draft (the proposals may be fewer)
        raise BriefError(_("Write 3 to 5 key messages, one per line (or none to start from the suggestions)."))
    recs = []
    for line in _lines(recommendations):
        text, _bar, refs = line.partition("|")
        if refs.strip() and not all(_REFS.fullmatch(r.strip()) for r in refs.replace(",", " ").split()):
            raise BriefError(_("After the “|” of a recommendation, give story numbers only, e.g. “12, 15”."))
        recs.append({"text": text.strip(), "stories": [int(m) for m in _REFS.findall(refs)]})
    if recs and not RECOMMENDATIONS[0] <= len(recs) <= RECOMMENDATIONS[1]:
        raise BriefError(_("Write 2 to 5 recommendations, one per line."))
    chosen = []
    for number, passage in featured:
        number, passage = (number or "").strip().lstrip("#"), " ".join((passage or "").split())
        if not number and not passage:
            continue
        if not number.isdigit() or not passage:
            raise BriefError(_("A featured story needs its number and the passage to quote."))
        chosen.append({"story_id": int(number), "passage": passage})
    if chosen and not FEATURED[0] <= len(chosen) <= FEATURED[1]:
        raise BriefError(_("Feature 2 to 4 stories (or none to let the draft pick short sentences)."))
    return Brief(" ".join((title or "").split())[:TITLE_MAX], messages, recs, chosen)


def check_brief(brief: Brief, scope: Scope, language: str) -> None:
    """Stories named by the brief are in the note; a passage is words of the story as released, ≤ 150 words."""
    included = {s.id: s for s in partition(scope, language)[0]}
    named = [i for r in brief.recommendations for i in r.get("stories", [])] + [f["story_id"]
                                                                                for f in brief.featured]
    missing = sorted({i for i in named if i not in included})
    if missing:
        raise BriefError(_("Story(ies) %(ids)s are not in this note; use the numbers of the list below.",
                          ids=", ".join(f"#{i}" for i in missing)))
    for f in brief.featured:
        story, passage = included[f["story_id"]], f["passage"]
        out = released(story, None)
        source = out.translation if translated_from(story, language, scope.programme) else out.text
        if passage not in " ".join(source.split()):
            raise BriefError(_("The passage chosen for story #%(id)d is not in its approved text: copy it from "
                              "the story as shown.", id=story.id))
        if len(passage.split()) > BOX_WORDS:
            raise BriefError(_("The passage chosen for story #%(id)d is longer than %(n)d words.", id=story.id,
                              n=BOX_WORDS))
