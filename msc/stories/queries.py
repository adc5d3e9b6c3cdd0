"""Read-only helpers: the stories a user may see, filtered and searched."""
from dataclasses import dataclass

import sqlalchemy as sa
from flask import current_app
from sqlalchemy.orm import selectinload

from ..audit import AuditEvent
from ..extensions import db
from ..features import features
from ..view_helpers import page_number
from . import fulltext
from .models import Consent, Story
from .paging import SeekPage, seek_page
from .search import terms


@dataclass
class StoryFilters:
    unit: int | None = None
    period: int | None = None
    domain: int | None = None
    status: str | None = None
    language: str | None = None
    consent: str | None = None  # missing | given | refused | withdrawn | panel | advocacy | publication
    q: str = ""
    themes: tuple[str, ...] = ()  # theme keys a story must all carry (through the analysis' "theme" filter)


def visible_stories(user) -> sa.Select:
    """Stories of the units the user may see (an erased story is nobody's to see)."""
    query = sa.select(Story).where(Story.erased_at.is_(None))
    if not user.is_admin:
        query = query.where(Story.unit_id.in_(user.visible_unit_ids() or [-1]))
    return query


def _consent_clause(value: str):
    if value in ("missing", "given", "refused", "withdrawn"):
        return Consent.state == value
    if value in ("panel", "advocacy", "publication"):
        return Consent.allows(value)
    return None


def filter_stories(user, filters: StoryFilters) -> sa.Select:
    """The user's visible stories narrowed by the filters (not the search words: ``story_page``), newest first."""
    query = visible_stories(user)
    for column, value in ((Story.unit_id, filters.unit), (Story.period_id, filters.period),
                          (Story.domain_id, filters.domain), (Story.status, filters.status),
                          (Story.language, filters.language)):
        if value:
            query = query.where(column == value)
    if filters.consent and _consent_clause(filters.consent) is not None:
        query = query.outerjoin(Consent, Consent.story_id == Story.id).where(_consent_clause(filters.consent))
    story_filter = features().story_filters.get("theme")
    if filters.themes and story_filter is not None:
        query = query.where(Story.id.in_(story_filter(filters.themes)))
    return query.order_by(Story.interview_date.desc(), Story.id.desc())


def story_history(story: Story) -> list[AuditEvent]:
    """Audit rows about the story, oldest first."""
    return list(db.session.scalars(
        sa.select(AuditEvent).where(AuditEvent.object_type == "stories", AuditEvent.object_id == story.id)
        .order_by(AuditEvent.id)
    ))


LIST_LOADS = (selectinload(Story.storyteller), selectinload(Story.consent), selectinload(Story.unit),
              selectinload(Story.period), selectinload(Story.domain))


def story_page(user, filters: StoryFilters, per_page: int = 25):
    """One page (from the request's ``page`` argument) of the user's stories narrowed by the filters: a seek on
    the (interview date, id) index, with what the list shows loaded in one query each. With search words: the
    full-text matches among them, best first, each with its highlighted passages (``page.snippets``): a story
    of the reader's own unit matched and quoted as entered, any other (units below theirs) on its approved
    pseudonymised fields only (``fulltext``; the release rule, ``analysis.release``)."""
    query = filter_stories(user, filters)
    words = terms(filters.q)
    if not words:
        return seek_page(query.options(*LIST_LOADS), (Story.interview_date, Story.id), page_number(), per_page,
                         cap=current_app.config.get("STORY_LIST_COUNT_CAP"))
    own = Story.own_unit_ids(user)
    outside = set() if own is None else set(user.visible_unit_ids()) - own
    found = fulltext.search(query, words, own, outside)
    if found is None:  # only signs, no word: nothing matches
        return SeekPage([], 1, per_page, 0)
    total = len(found.ranked)
    page = min(page_number(), max(1, -(-total // per_page)))
    chosen = found.ranked[(page - 1) * per_page:page * per_page]
    if outside:  # matched on approved fields: listed only while the approval still holds (analysis.release)
        released_ids = sa.select(Story.id).where(Story.id.in_([i for i, name in chosen if name == fulltext.RELEASED]))
        for check in features().released_checks:
            allowed = check(released_ids)
            chosen = [(i, name) for i, name in chosen if name != fulltext.RELEASED or i in allowed]
    loaded = {s.id: s for s in db.session.scalars(
        sa.select(Story).options(*LIST_LOADS).where(Story.id.in_([story_id for story_id, _ in chosen])))}
    result = SeekPage([loaded[story_id] for story_id, _ in chosen if story_id in loaded], page, per_page, total)
    result.more = found.more
    for index in (fulltext.TABLE, fulltext.RELEASED):
        result.snippets.update(fulltext.snippets(words, [i for i, name in chosen if name == index], index))
    return result
