"""What the mapping page proposes and how its answers become ImportSettings.

Between the views and the import chain: it reads the programme (units,
periods, domains, the saved mapping, through `queries` and `pipeline`) and
fills or reads `MappingForm`.
"""
from __future__ import annotations

from dataclasses import replace
from datetime import date

from flask_babel import gettext as _

from ..programmes import queries as pq
from . import pipeline, queries
from .forms import MAPPED_FIELDS, mapping_form_class
from .mapping import ImportSettings
from .readers import Table
from .recognise import recognise


def initial_settings(programme, table: Table, user) -> ImportSettings:
    """The proposed mapping, with the user's only unit and today's period when no column gives them."""
    settings = pipeline.proposed_settings(programme, table)
    units = queries.import_units(programme, user)
    today = [p for p in pq.periods(programme) if p.contains(date.today())]
    return replace(
        settings,
        unit_code=units[0].code if len(units) == 1 and "unit" not in settings.mapping else None,
        period_code=today[0].code if today and "period" not in settings.mapping else None)


def build_mapping_form(programme, table: Table, settings: ImportSettings, user):
    """The mapping form with its choices, filled from `settings` unless it was posted."""
    export = recognise(table)
    form = mapping_form_class()()
    from_column = [("", _("— read from the column chosen below —"))]
    form.unit.choices = from_column + [(u.code, str(u)) for u in queries.import_units(programme, user)]
    form.period.choices = from_column + [(p.code, f"{p.code} – {p.label}" if p.label else p.code)
                                         for p in pq.periods(programme)]
    form.sheet.choices = [(s, s) for s in table.sheet_names]
    columns = [("", _("— not in the file —"))] + [(h, h) for h in table.headers]
    for name in MAPPED_FIELDS:
        extra = [(s, s) for s in export.choice_stems] if name == "consent_uses" else []
        getattr(form, f"col_{name}").choices = columns + extra
    domain_choices = [("", _("— unknown: the row is blocked —"))] + [
        (d.key, d.label) for d in pq.active_domains(programme)]
    if not form.is_submitted():
        _fill(form, programme, export, settings)
    for entry in form.domain_values:
        entry.form.domain.choices = domain_choices
        entry.form.domain.label.text = _("Value “%(value)s” in the file", value=entry.form.value.data)
    return form


def _fill(form, programme, export, settings):
    form.unit.data = settings.unit_code or ""
    form.period.data = settings.period_code or ""
    form.sheet.data = settings.sheet or ""
    for name in MAPPED_FIELDS:
        getattr(form, f"col_{name}").data = settings.mapping.get(name, "")
    for value in pipeline.unknown_domain_values(programme, export, settings):
        form.domain_values.append_entry({"value": value, "domain": settings.domain_values.get(value, "")})


def apply_form(form, settings: ImportSettings) -> ImportSettings:
    """New settings from the posted form (when the sheet changed, the caller starts over)."""
    sheet = form.sheet.data if form.sheet.data in dict(form.sheet.choices) else settings.sheet
    if sheet != settings.sheet:
        return ImportSettings(sheet=sheet)
    mapping = {name: getattr(form, f"col_{name}").data for name in MAPPED_FIELDS}
    domain_values = dict(settings.domain_values)
    for entry in form.domain_values:
        if entry.form.value.data:
            domain_values[entry.form.value.data] = entry.form.domain.data or ""
    return ImportSettings(mapping=mapping, domain_values=domain_values,
                          unit_code=form.unit.data or None, period_code=form.period.data or None,
                          sheet=settings.sheet)
