"""The rows of the stories export: metadata, text as the consent and the reader allow, themes, selection."""
from __future__ import annotations

from collections.abc import Iterator

import sqlalchemy as sa
from sqlalchemy.orm import joinedload, selectinload

from ..analysis.approved_sets import approved_ids
from ..analysis.release import released
from ..analysis.theme_counts import confirmed_themes
from ..extensions import db
from ..programmes.models import Unit
from ..reports.labels import label_in
from ..selection.queries import selection_outcomes
from ..stories.models import Story
from ..stories.scope import Scope

STORY_COLUMNS = ["id", "external_id", "status", "unit_code", "unit", "level", "period", "domain_key", "domain",
                 "title", "language", "interview_date", "storyteller_code", "age_band", "gender", "is_migrant",
                 "facilitator", "people_concerned", "consent_status", "consent_mode", "consent_given_on",
                 "consent_uses", "consent_withdrawn_on", "is_verified", "text_kind", "text", "significance",
                 "themes", "selection"]
THEME_COLUMNS = ["story_id", "theme"]


def text_withheld(story: Story) -> bool:
    """Stories without consent in force (none, refused, withdrawn) never leave with their text, whoever asks."""
    return story.consent is None or not story.consent.in_force


def _consent_columns(c) -> dict:
    return {"consent_status": c.status if c else None, "consent_mode": c.mode if c else None,
            "consent_given_on": c.given_on if c else None, "consent_uses": ",".join(c.uses) if c else "",
            "consent_withdrawn_on": c.withdrawn_day if c else None}


CHUNK = 500  # stories read, turned into rows and let go at a time


def _chunks(scope: Scope, *, full_text: bool) -> Iterator[tuple[list[Story], sa.Select, set[int] | None]]:
    """The scope's stories in the export's order, a chunk at a time: (stories, a SELECT of their ids, the ids
    whose approval matches or None for a full-text export). Period by period, each chunk is a seek after the
    last one on the ``ix_stories_export`` index (period, unit, id): a range of at most ``CHUNK`` index entries
    whatever the export's size, so no query names the stories one by one and memory holds one chunk. (The
    period's equality is what lets the database walk that index in order rather than sort the scope for
    every chunk: an export then grew with the square of its size.)"""
    key = (Story.unit_id, Story.id)
    if scope.period is not None:
        periods = [scope.period.id]
    else:
        periods = list(db.session.scalars(scope.where(sa.select(Story.period_id)).distinct().order_by(Story.period_id)))
    for period_id in periods:
        last = None
        while True:
            ids = scope.where(sa.select(Story.id)).where(Story.period_id == period_id).order_by(*key).limit(CHUNK)
            if last is not None:
                ids = ids.where(sa.tuple_(*key) > sa.tuple_(*last))
            # One row per story with what is its own (consent, storyteller, approval, facilitator); the programme's
            # few units, domains and periods are read once each (not joined into, and decoded on, every row).
            stories = list(db.session.scalars(sa.select(Story).where(Story.id.in_(ids)).options(
                joinedload(Story.consent), joinedload(Story.storyteller), joinedload(Story.pseudonym_approval),
                joinedload(Story.facilitator), selectinload(Story.unit).selectinload(Unit.level),
                selectinload(Story.domain), selectinload(Story.period)).order_by(*key)).unique())
            if not stories:
                break
            yield stories, ids, None if full_text else approved_ids(ids)
            last = (stories[-1].unit_id, stories[-1].id)  # the session holds rows weakly: a chunk nobody
            # references any more is let go
            if len(stories) < CHUNK:
                break


def export_count(scope: Scope) -> int:
    return db.session.scalar(scope.where(sa.select(sa.func.count(Story.id))))


def iter_export_rows(scope: Scope, *, full_text: bool, language: str = "fr") -> Iterator[tuple[dict, list[dict]]]:
    """(story row, its theme rows) for every story of the scope, streamed: metadata, text as allowed, confirmed
    themes, selection per level.

    ``full_text`` (admins and the CLI) exports the fields as entered; otherwise every field as the release
    rule gives it to a reader outside the unit (``analysis.release``): approved pseudonymised title, text and
    significance, and no storyteller code.
    """
    labels: dict = {}  # (kind, id) → label: a unit's level and a domain are labelled once, not per row

    def level_label(unit):
        found = labels.get(("level", unit.level_id))
        if found is None:
            found = labels[("level", unit.level_id)] = label_in(unit.level.labels, language, str(unit.level.rank))
        return found

    def domain_label(domain):
        found = labels.get(("domain", domain.id))
        if found is None:
            found = labels[("domain", domain.id)] = label_in(domain.labels, language, domain.key)
        return found

    for stories, ids, approved in _chunks(scope, full_text=full_text):
        themes = confirmed_themes(ids, language)
        outcomes = selection_outcomes(ids, language)
        for s in stories:
            teller, withheld = s.storyteller, text_withheld(s)
            out = released(s, None, approved_ids=approved) if not full_text else None
            row = {
                "id": s.id, "external_id": s.external_id, "status": s.status, "unit_code": s.unit.code,
                "unit": s.unit.name, "level": level_label(s.unit),
                "period": s.period.code, "domain_key": s.domain.key,
                "domain": domain_label(s.domain),
                "title": (out.label if withheld else out.title) if out else s.title, "language": s.language,
                "interview_date": s.interview_date, "storyteller_code": teller.code if full_text else None,
                "age_band": teller.age_band, "gender": teller.gender, "is_migrant": teller.is_migrant,
                "facilitator": s.facilitator.name if s.facilitator else s.collector_name,
                "people_concerned": s.people_concerned, **_consent_columns(s.consent),
                "is_verified": s.is_verified,
                "text_kind": "withheld" if withheld else ("original" if full_text else "pseudonymised"),
                "text": None if withheld else (s.text if full_text else out.text),
                "significance": None if withheld else (s.significance if full_text else out.significance),
                "themes": themes.get(s.id, []), "selection": outcomes.get(s.id, []),
            }
            yield row, [{"story_id": s.id, "theme": theme} for theme in themes.get(s.id, [])]


def export_rows(scope: Scope, *, full_text: bool, language: str = "fr") -> tuple[list[dict], list[dict]]:
    """Every row of ``iter_export_rows`` in two lists (story rows, theme rows): for small exports and tests."""
    rows, theme_rows = [], []
    for row, themes in iter_export_rows(scope, full_text=full_text, language=language):
        rows.append(row)
        theme_rows.extend(themes)
    return rows, theme_rows


def flat(row: dict) -> dict:
    """A row for CSV/XLSX: lists joined with "; ", absent values left empty."""
    out = dict(row)
    out["themes"] = "" if row["themes"] is None else "; ".join(row["themes"])
    out["selection"] = "" if row["selection"] is None else "; ".join(
        f"{o.get('level')}: {o.get('outcome')}" for o in row["selection"])
    return out
