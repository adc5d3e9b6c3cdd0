"""Step 6 of the import, write: create the stories of a plan in one go, audit it, remember the mapping.

The only step that changes the database: it flushes and audits, never
commits (the caller does, then calls `after_import`).
"""
from __future__ import annotations

import logging
from dataclasses import dataclass, field

from flask_babel import lazy_gettext as _l

from .. import audit
from ..errors import RuleError
from ..extensions import db
from ..features import features
from ..models_base import utcnow
from ..programmes.models import Programme
from ..stories import operations as story_ops
from ..stories.models import Storyteller
from .errors import Problem
from .mapping import ImportSettings
from .models import ImportMapping
from .plan import ImportPlan, PlannedRow
from .queries import saved_mapping, storytellers_by_code

log = logging.getLogger(__name__)


class ImportRefused(RuleError):
    """The file has blocking problems: nothing was written; `result` lists them."""

    def __init__(self, result: ImportResult):
        super().__init__(_l("Nothing was imported: %(n)d blocking problem(s) remain.", n=len(result.errors)))
        self.result = result


@dataclass
class ImportResult:
    """Counts for the user and the command line; `errors` are the blocking problems."""

    rows: int
    imported: int = 0
    skipped_duplicates: int = 0
    skipped_blocked: int = 0
    errors: list[Problem] = field(default_factory=list)
    story_ids: list[int] = field(default_factory=list)

    def as_json(self) -> dict:
        """The document `msc import --json` prints."""
        return {"rows": self.rows, "imported": self.imported,
                "skipped_duplicates": self.skipped_duplicates,
                "errors": [{"row": p.row, "field": p.field, "message": p.message}
                           for p in self.errors]}


def write_stories(programme: Programme, plan: ImportPlan, settings: ImportSettings, *, fmt: str,
                  user=None, dry_run: bool = False) -> ImportResult:
    """Create a story for each ready row of `plan`, all or none; raise ImportRefused on blocking problems.

    Rows already imported (same submission id) are skipped and counted. Rows
    with blocking problems stop the whole import unless `settings.skip_blocked`
    says to leave them out. Flushes once; the caller commits, then calls
    `after_import`.
    """
    result = ImportResult(rows=len(plan.rows), skipped_duplicates=len(plan.duplicates),
                          errors=plan.errors)
    if not plan.can_import(settings.skip_blocked):
        raise ImportRefused(result)
    ready = plan.ready
    result.skipped_blocked = len(plan.blocked)
    result.imported = len(ready)
    if dry_run or not ready:
        return result
    stories = _build_stories(programme, ready, user)
    db.session.flush()
    result.story_ids = [s.id for s in stories]
    for story in stories:
        audit.record("story_create", story, user=user, source="import", unit=story.unit.code)
    save_mapping(programme, settings, user=user)
    audit.record("stories_import", None, user=user, rows=result.rows, imported=result.imported,
                 skipped_duplicates=result.skipped_duplicates,
                 skipped_blocked=result.skipped_blocked, fmt=fmt)
    db.session.flush()
    return result


def _build_stories(programme: Programme, rows: list[PlannedRow], user) -> list:
    tellers = storytellers_by_code(programme)
    next_number: dict[str, int] = {}
    stories = []
    with db.session.no_autoflush:
        for planned in rows:
            code = (planned.values.get("storyteller") or "").strip().upper()
            code = code or _next_code(planned.unit.code, tellers, next_number)
            teller = tellers.get(code)
            if teller is None:
                teller = tellers[code] = Storyteller(programme_id=programme.id, unit_id=planned.unit.id, code=code)
                db.session.add(teller)
            try:
                stories.append(story_ops.build_story(
                    programme, _story_input(planned), teller, user=user, source="import",
                    external_id=planned.external_id))
            except story_ops.StoryError as exc:  # a rule the plan missed: the whole import stops
                raise ImportRefused(ImportResult(
                    rows=len(rows), errors=[Problem(planned.number, None, str(exc), True)])) from None
    return stories


def _next_code(unit_code: str, tellers: dict, next_number: dict[str, int]) -> str:
    """UNIT-0001 style codes, numbered after the highest one already used."""
    prefix = f"{unit_code}-"
    if prefix not in next_number:
        numbers = [int(c[len(prefix):]) for c in tellers if c.startswith(prefix) and c[len(prefix):].isdigit()]
        next_number[prefix] = max(numbers, default=0)
    next_number[prefix] += 1
    return f"{prefix}{next_number[prefix]:04d}"


def _story_input(planned: PlannedRow) -> story_ops.StoryInput:
    v = planned.values
    consent = None
    if v.get("consent") is True and v.get("consent_uses"):
        consent = story_ops.ConsentInput("given", planned.consent_mode, planned.consent_date,
                                         list(v["consent_uses"]))
    elif v.get("consent") is False:
        consent = story_ops.ConsentInput("refused", planned.consent_mode, planned.consent_date, [])
    return story_ops.StoryInput(
        unit=planned.unit, period=planned.period, domain=planned.domain,
        interview_date=planned.interview_date, title=planned.title, text=v["text"],
        storyteller=story_ops.StorytellerInput(v.get("storyteller") or ""),
        language=v["language"], significance=v.get("significance") or "",
        people_concerned=v.get("people_concerned"), translation=v.get("translation") or "",
        collector_name=v.get("collector") or "", consent=consent)


def save_mapping(programme: Programme, settings: ImportSettings, *, user=None) -> ImportMapping:
    """Remember the columns and domain values used, to propose them next time."""
    saved = saved_mapping(programme)
    if saved is None:
        saved = ImportMapping(programme_id=programme.id)
        db.session.add(saved)
    saved.columns = dict(settings.mapping)  # "" = left out on purpose
    saved.domain_values = {**(saved.domain_values or {}),
                           **{v: k for v, k in settings.domain_values.items() if k}}
    saved.updated_at = utcnow()
    saved.updated_by_id = getattr(user, "id", None)
    return saved


def after_import(result: ImportResult) -> None:
    """Run the app's after-import hooks (the analysis queues the new stories); call it once the import is
    committed. A failing hook never undoes the import."""
    if not result.story_ids:
        return
    for hook in features().after_import:
        try:
            hook(list(result.story_ids))
        except Exception:  # the stories are saved; analysis can be rerun from its own command
            log.exception("after-import hook %r failed", hook)
