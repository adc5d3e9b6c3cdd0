"""State changes for the programme set-up: domains, periods, levels, units."""
import re

import sqlalchemy as sa
from flask_babel import gettext as _
from sqlalchemy.orm.exc import StaleDataError

from .. import audit
from ..errors import RuleError
from ..extensions import db
from .models import Domain, Level, Period, Programme, Unit
from .signals import pseudonym_style_changed

KEY_RE = re.compile(r"^[a-z][a-z0-9_]{1,39}$")
CODE_RE = re.compile(r"^[A-Z0-9][A-Z0-9_-]{0,19}$")
PERIOD_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_-]{0,19}$")


class SetupError(RuleError):
    """A set-up rule was broken; the message is shown to the user."""


class StaleDomain(SetupError):
    """The domain changed since the form was opened: saving would silently undo someone's changes."""

    def __init__(self, domain):
        super().__init__(_("This domain was changed since you opened it. Your version is in the form, the "
                           "saved one above it: saving again keeps yours."))
        self.domain = domain


def _clean_labels(values: dict) -> dict:
    return {k: (v or "").strip() for k, v in values.items() if (v or "").strip()}


def create_programme(name: str, organisation: str = "", purpose: str = "", languages: str = "fr", *, user=None):
    """Create the programme."""
    programme = Programme(name=name.strip(), organisation=organisation.strip(), purpose=purpose, working_languages=languages)
    db.session.add(programme)
    db.session.flush()
    audit.record("programme_create", programme, user=user)
    return programme


PSEUDONYM_STYLES = ("brackets", "readable")


def update_programme(programme: Programme, *, user=None, **fields) -> Programme:
    """Change the programme's name, organisation, purpose, languages or pseudonym style."""
    style = fields.get("pseudonym_style")
    if style is not None and style not in PSEUDONYM_STYLES:
        raise SetupError(_("Unknown pseudonym style."))
    old_style = programme.pseudonym_style
    for name in ("name", "organisation", "purpose", "working_languages", "pseudonym_style"):
        if name in fields and fields[name] is not None:
            setattr(programme, name, fields[name].strip())
    db.session.flush()
    audit.record("programme_update", programme, user=user)
    if programme.pseudonym_style != old_style:  # the approved stories take the new style (analysis listens)
        pseudonym_style_changed.send(programme, old=old_style, user=user)
    return programme


def save_domain(programme: Programme, key: str, labels: dict, questions: dict, *, is_open=False,
                is_retired=False, position=0, domain: Domain | None = None, version: int | None = None,
                user=None) -> Domain:
    """Create or update a domain of change (refused if ``version`` is not the domain's own: a stale form)."""
    if domain is not None and version is not None and version != domain.version:
        raise StaleDomain(domain)
    key = (key or "").strip().lower()
    if not KEY_RE.match(key):
        raise SetupError(_("The key must be 2–40 lowercase letters, digits or underscores, starting with a letter."))
    labels = _clean_labels(labels)
    if not labels:
        raise SetupError(_("Give the domain a label in at least one language."))
    clash = db.session.scalar(sa.select(Domain).where(Domain.programme_id == programme.id, Domain.key == key))
    if clash is not None and clash is not domain:
        raise SetupError(_("Another domain already uses this key."))
    if domain is None:
        domain = Domain(programme=programme)
        db.session.add(domain)
    domain.key, domain.labels, domain.questions = key, labels, _clean_labels(questions)
    domain.is_open, domain.is_retired, domain.position = bool(is_open), bool(is_retired), int(position or 0)
    try:
        db.session.flush()
    except StaleDataError:  # saved by someone else between our read and our write
        raise StaleDomain(domain) from None
    audit.record("domain_save", domain, user=user, key=key)
    return domain


def save_period(programme: Programme, code: str, starts_on, ends_on, label: str = "", *,
                period: Period | None = None, user=None) -> Period:
    """Create or update a reporting period."""
    code = (code or "").strip()
    if not PERIOD_RE.match(code):
        raise SetupError(_("The code must be letters, digits, '-' or '_' (e.g. 2024-S1)."))
    if starts_on is None or ends_on is None or ends_on < starts_on:
        raise SetupError(_("The period must end on or after the day it starts."))
    clash = db.session.scalar(sa.select(Period).where(Period.programme_id == programme.id, Period.code == code))
    if clash is not None and clash is not period:
        raise SetupError(_("Another period already uses this code."))
    if period is None:
        period = Period(programme=programme)
        db.session.add(period)
    period.code, period.starts_on, period.ends_on, period.label = code, starts_on, ends_on, (label or "").strip()
    db.session.flush()
    audit.record("period_save", period, user=user, code=code)
    return period


def save_level(programme: Programme, rank: int, labels: dict, *, level: Level | None = None, user=None) -> Level:
    """Create or update a level of the hierarchy (1 = where stories are collected)."""
    if rank is None or rank < 1:
        raise SetupError(_("The level number must be 1 or more."))
    clash = db.session.scalar(sa.select(Level).where(Level.programme_id == programme.id, Level.rank == rank))
    if clash is not None and clash is not level:
        raise SetupError(_("Another level already has this number."))
    labels = _clean_labels(labels)
    if not labels:
        raise SetupError(_("Give the level a name in at least one language."))
    if level is None:
        level = Level(programme=programme)
        db.session.add(level)
    level.rank, level.labels = rank, labels
    db.session.flush()
    audit.record("level_save", level, user=user, rank=rank)
    return level


def save_unit(programme: Programme, code: str, name: str, level: Level, parent: Unit | None, *,
              unit: Unit | None = None, user=None) -> Unit:
    """Create or update a unit; a parent must sit at a higher level."""
    code = (code or "").strip().upper()
    if not CODE_RE.match(code):
        raise SetupError(_("The code must be 1–20 capital letters, digits, '-' or '_' (e.g. MRK)."))
    if not (name or "").strip():
        raise SetupError(_("Give the unit a name."))
    clash = db.session.scalar(sa.select(Unit).where(Unit.programme_id == programme.id, Unit.code == code))
    if clash is not None and clash is not unit:
        raise SetupError(_("Another unit already uses this code."))
    if parent is not None:
        if parent.level.rank <= level.rank:
            raise SetupError(_("The parent unit must sit at a higher level."))
        if unit is not None and (parent is unit or unit in parent.ancestors()):
            raise SetupError(_("A unit cannot sit below itself."))
    if unit is None:
        unit = Unit(programme=programme)
        db.session.add(unit)
    unit.code, unit.name, unit.level, unit.parent = code, name.strip(), level, parent
    db.session.flush()
    audit.record("unit_save", unit, user=user, code=code)
    return unit
