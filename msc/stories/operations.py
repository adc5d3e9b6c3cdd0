"""State changes for stories and consent."""
from dataclasses import dataclass, field
from datetime import date

import sqlalchemy as sa
from blinker import Namespace
from flask_babel import gettext as _
from sqlalchemy.orm.exc import StaleDataError

from .. import audit
from ..errors import RuleError
from ..extensions import db
from ..forms_common import clean_text
from ..models_base import utcnow
from ..programmes.models import Domain, Period, Programme, Unit
from .models import AGE_BANDS, CONSENT_USES, GENDERS, STORY_LANGUAGES, Consent, Story, StoryRevision, Storyteller
from .search import fold

signals = Namespace()
# Sent after a withdrawal is flushed, or after consent was narrowed; ``uses`` = the uses no longer covered.
# Other packages (rounds, notes) react without stories importing them.
consent_withdrawn = signals.signal("consent-withdrawn")
story_saved = signals.signal("story-saved")

TRACKED_FIELDS = ("unit_id", "period_id", "domain_id", "storyteller_id", "interview_date", "interview_place",
                  "language", "title", "text", "significance", "people_concerned", "translation")


class StaleStory(RuleError):
    """The story changed since the form was opened: saving would silently undo someone's changes."""

    def __init__(self, story):
        super().__init__(_("This story was changed since you opened it. Your text is below, next to the "
                           "saved version: copy what you need into the form and save again."))
        self.story = story


class StoryError(RuleError):
    """A story rule was broken; the message is shown to the user."""


@dataclass
class StorytellerInput:
    code: str = ""
    age_band: str | None = None
    gender: str | None = None
    is_migrant: bool | None = None


@dataclass
class ConsentInput:
    status: str  # given | refused
    mode: str  # oral | written
    given_on: date
    uses: list[str] = field(default_factory=list)


@dataclass
class StoryInput:
    unit: Unit
    period: Period
    domain: Domain
    interview_date: date
    title: str
    text: str
    storyteller: StorytellerInput = field(default_factory=StorytellerInput)
    language: str = "fr"
    significance: str = ""
    people_concerned: int | None = None
    translation: str = ""
    interview_place: str = ""
    collector_name: str = ""
    consent: ConsentInput | None = None
    version: int | None = None  # the story's version the form was opened with (None: not checked)


def _check(data: StoryInput, programme: Programme) -> None:
    for obj in (data.unit, data.period, data.domain):
        if obj is None or obj.programme_id != programme.id:
            raise StoryError(_("Unknown unit, period or domain."))
    if data.domain.is_retired:
        raise StoryError(_("This domain is retired; choose another one."))
    if not data.period.contains(data.interview_date):
        raise StoryError(_("The interview date is outside the period %(code)s.", code=data.period.code))
    if not clean_text(data.title) or not clean_text(data.text):
        raise StoryError(_("A story needs a title and a text."))
    if data.language not in STORY_LANGUAGES:
        raise StoryError(_("Unknown language."))
    teller = data.storyteller
    if teller.age_band not in (None, "", *AGE_BANDS) or teller.gender not in (None, "", *GENDERS):
        raise StoryError(_("Unknown age band or gender."))
    if data.consent is not None:
        _check_consent(data.consent)


def _check_consent(consent: ConsentInput) -> None:
    if consent.status not in ("given", "refused") or consent.mode not in ("oral", "written"):
        raise StoryError(_("Consent must be given or refused, orally or in writing."))
    if any(u not in CONSENT_USES for u in consent.uses):
        raise StoryError(_("Unknown consent use."))
    if consent.status == "given" and not consent.uses:
        raise StoryError(_("A given consent covers at least one use."))
    if consent.status == "refused" and consent.uses:
        raise StoryError(_("A refused consent covers no use."))
    if consent.given_on is None:
        raise StoryError(_("Give the date of consent."))


def next_storyteller_code(programme: Programme, unit: Unit) -> str:
    """The next free code of the form UNIT-0001."""
    prefix = f"{unit.code}-"
    codes = db.session.scalars(
        sa.select(Storyteller.code).where(Storyteller.programme_id == programme.id, Storyteller.code.like(f"{prefix}%"))
    )
    numbers = [int(c[len(prefix):]) for c in codes if c[len(prefix):].isdigit()]
    return f"{prefix}{max(numbers, default=0) + 1:04d}"


def _storyteller(programme: Programme, unit: Unit, teller: StorytellerInput) -> Storyteller:
    code = clean_text(teller.code).upper() or next_storyteller_code(programme, unit)
    found = db.session.scalar(
        sa.select(Storyteller).where(Storyteller.programme_id == programme.id, Storyteller.code == code)
    )
    if found is None:
        found = Storyteller(programme_id=programme.id, unit_id=unit.id, code=code)
        db.session.add(found)
    else:
        _check_teller_unit(found, unit)
    # What the facilitator says now completes what was known; it never blanks it.
    for name in ("age_band", "gender", "is_migrant"):
        value = getattr(teller, name)
        if value not in (None, ""):
            setattr(found, name, value)
    db.session.flush()
    return found


def _check_teller_unit(teller: Storyteller, unit: Unit) -> None:
    """A storyteller belongs to one unit: another unit's storyteller is never shown nor changed from here."""
    if teller.unit_id is None:
        teller.unit_id = unit.id
    elif teller.unit_id != unit.id:
        raise StoryError(_("The storyteller code %(code)s is used by another unit. Leave the code empty "
                           "to give this storyteller a new code of your unit.", code=teller.code))


def _apply(story: Story, data: StoryInput, programme: Programme) -> None:
    with db.session.no_autoflush:
        teller = _storyteller(programme, data.unit, data.storyteller)
    _fill(story, data, teller)


def _fill(story: Story, data: StoryInput, teller: Storyteller) -> None:
    story.storyteller = teller
    story.unit, story.period, story.domain = data.unit, data.period, data.domain
    story.interview_date = data.interview_date
    story.interview_place = clean_text(data.interview_place)
    story.language = data.language
    story.title = clean_text(data.title)
    story.text = clean_text(data.text)
    story.significance = clean_text(data.significance)
    story.people_concerned = data.people_concerned
    story.translation = clean_text(data.translation)
    story.collector_name = clean_text(data.collector_name)
    story.search_text = fold(" ".join([story.title, story.text, story.significance, story.translation,
                                       story.storyteller.code]))
    story.updated_at = utcnow()


def create_story(programme: Programme, data: StoryInput, *, user=None, source: str = "web",
                 external_id: str | None = None) -> Story:
    """Record a new story (a draft) with its consent if given."""
    _check(data, programme)
    story = Story(programme_id=programme.id, facilitator=user, status="draft", source=source, external_id=external_id)
    _apply(story, data, programme)  # before add(): the storyteller query would autoflush a story without one
    db.session.add(story)
    db.session.flush()
    audit.record("story_create", story, user=user, source=source, unit=data.unit.code)
    if data.consent is not None:
        _set_consent(story, data.consent, user)
    story_saved.send(story, created=True)
    return story


def build_story(programme: Programme, data: StoryInput, storyteller: Storyteller, *, user=None,
                source: str = "import", external_id: str | None = None) -> Story:
    """A new story for a bulk import: checked like `create_story`, its storyteller already found.

    Added to the session but not flushed, audited or signalled, so that thousands
    of rows cost a few statements; the caller flushes once and audits the batch.
    With a consent it is submitted at once (the consent is what submitting needs).
    """
    _check(data, programme)
    _check_teller_unit(storyteller, data.unit)
    story = Story(programme_id=programme.id, facilitator=user, status="draft", source=source,
                  external_id=external_id)
    _fill(story, data, storyteller)
    if data.consent is not None:
        c = data.consent
        story.consent = Consent(status=c.status, mode=c.mode, given_on=c.given_on,
                                recorded_by_id=getattr(user, "id", None), recorded_at=story.updated_at,
                                **{f"use_{u}": (u in c.uses) for u in CONSENT_USES})
        story.status, story.submitted_at = "submitted", story.updated_at
    db.session.add(story)
    return story


def _snapshot(story: Story) -> dict:
    values = {}
    for name in TRACKED_FIELDS:
        value = getattr(story, name)
        values[name] = value.isoformat() if isinstance(value, date) else value
    return values


def update_story(story: Story, programme: Programme, data: StoryInput, *, user=None) -> Story:
    """Change a story, keeping the previous values in its history."""
    if story.is_withdrawn:
        raise StoryError(_("Consent was withdrawn: this story can no longer be changed."))
    if data.version is not None and data.version != story.version:
        raise StaleStory(story)
    _check(data, programme)
    before = _snapshot(story)
    _apply(story, data, programme)
    try:
        db.session.flush()
    except StaleDataError:  # saved by someone else between our read and our write
        raise StaleStory(story) from None
    after = _snapshot(story)
    changed = [name for name in TRACKED_FIELDS if before[name] != after[name]]
    if changed:
        db.session.add(StoryRevision(story=story, user_id=getattr(user, "id", None), changed_fields=changed,
                                     previous={k: before[k] for k in changed}))
        audit.record("story_edit", story, user=user, fields=changed)
    if data.consent is not None:
        _set_consent(story, data.consent, user)
    story_saved.send(story, created=False)
    return story


def save_story(programme: Programme, data: StoryInput, story: Story | None = None, *, submit: bool = False,
               user=None) -> Story:
    """Create the story (or update it), then submit it too when asked, all or nothing."""
    if story is None:
        story = create_story(programme, data, user=user)
    else:
        update_story(story, programme, data, user=user)
    if submit:
        submit_story(story, user=user)
    return story


def _set_consent(story: Story, data: ConsentInput, user) -> None:
    _check_consent(data)
    consent = story.consent
    if consent is not None and consent.withdrawn_at is not None:
        raise StoryError(_("Consent was withdrawn; it cannot be changed."))
    uses = {f"use_{u}": (u in data.uses) for u in CONSENT_USES}
    covered_before = [u for u in CONSENT_USES if consent is not None and consent.allows(u)]
    if consent is None:
        consent = Consent(story=story)
        db.session.add(consent)
        action = "consent_record"
    else:
        same = (consent.status, consent.mode, consent.given_on, consent.uses) == (
            data.status, data.mode, data.given_on, [u for u in CONSENT_USES if u in data.uses])
        if same:
            return
        action = "consent_change"
    consent.status, consent.mode, consent.given_on = data.status, data.mode, data.given_on
    for name, value in uses.items():
        setattr(consent, name, value)
    consent.recorded_by_id = getattr(user, "id", None)
    consent.recorded_at = utcnow()
    db.session.flush()
    audit.record(action, story, user=user, status=data.status, uses=sorted(data.uses))
    no_longer = [u for u in covered_before if not consent.allows(u)]
    if no_longer:  # narrowed: honoured at once, as a withdrawal for those uses
        consent_withdrawn.send(story, user=user, uses=tuple(no_longer))


def submit_story(story: Story, *, user=None) -> Story:
    """Submit a draft; consent must be recorded first."""
    if story.status != "draft":
        raise StoryError(_("This story is already submitted."))
    if story.consent is None:
        raise StoryError(_("Record the storyteller's consent before submitting."))
    if story.is_withdrawn:
        raise StoryError(_("Consent was withdrawn: this story cannot be submitted."))
    story.status = "submitted"
    story.submitted_at = utcnow()
    db.session.flush()
    audit.record("story_submit", story, user=user)
    return story


def withdraw_consent(story: Story, withdrawn_on: date, note: str = "", *, user=None) -> Story:
    """Record that the storyteller withdrew consent; the story is then marked everywhere."""
    if story.consent is None or story.consent.status != "given":
        raise StoryError(_("There is no given consent to withdraw."))
    if story.consent.withdrawn_at is not None:
        raise StoryError(_("Consent was already withdrawn."))
    consent = story.consent
    consent.withdrawn_at = utcnow()
    consent.withdrawn_on = withdrawn_on
    consent.withdrawal_note = clean_text(note)
    consent.withdrawn_by_id = getattr(user, "id", None)
    db.session.flush()
    audit.record("consent_withdraw", story, user=user)
    consent_withdrawn.send(story, user=user, uses=CONSENT_USES)
    return story
