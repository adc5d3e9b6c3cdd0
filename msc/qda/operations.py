"""The REFI-QDA project export: which stories leave, with which text, codings, cases and notes (audited)."""
from __future__ import annotations

import re

from flask_babel import gettext as _

from .. import audit
from ..analysis.engine_calls import pseudonymise_fields
from ..analysis.models import story_fields
from ..analysis.queries import pseudonym_style
from ..analysis.release import released
from ..models_base import utcnow
from ..stories.scope import Scope
from . import queries
from .codebook_exchange import codes_out
from .errors import QdaError
from .guids import guid
from .positions import offset_map, relocate
from .project import Coding, NoteDoc, QdpxWriter, SourceDoc, Variable


def variables() -> list[Variable]:
    """The story-level variables every case carries."""
    return [Variable("unit", "Text", _("Unit code")), Variable("period", "Text", _("Period code")),
            Variable("domain", "Text", _("Domain of change")), Variable("language", "Text", _("Language of the story")),
            Variable("age_band", "Text", _("Age band of the storyteller")),
            Variable("gender", "Text", _("Gender of the storyteller")),
            Variable("migrant", "Boolean", _("The storyteller is a migrant")),
            Variable("level_reached", "Text", _("Highest level whose panel read the story")),
            Variable("selected", "Boolean", _("Selected by a panel")),
            Variable("selected_level", "Text", _("Highest level where it was selected"))]


def _user_guid(user_id) -> str | None:
    return guid("user", user_id) if user_id else None


def _valid(evidence, n: int) -> list[tuple[int, int]]:
    return sorted((e["start"], e["end"]) for e in evidence or []
                  if isinstance(e, dict) and isinstance(e.get("start"), int) and isinstance(e.get("end"), int)
                  and 0 <= e["start"] < e["end"] <= n)


class _Texts:
    """One story's exported text, and where its evidence lies in it."""

    def __init__(self, story, data: queries.ExportData, original: bool):
        self.story, self.original = story, original
        self.spans = data.spans.get(story.id, [])
        self.fields = story_fields(story)
        self.raw = self.fields["text"]
        if original:
            self.title, self.text, self.description, self.ok = self.fields["title"], self.raw, \
                self.fields["significance"], True
        else:
            out = released(story, None, self.spans)
            self.title, self.text, self.description, self.ok = out.title, out.text, out.significance, out.approved
        self._map, self._mapped = None, False

    def _offset_map(self):
        if not self._mapped:
            lang = self.story.analysis.lang if self.story.analysis else (self.story.language or "fr")
            text_spans = [(s.start_offset, s.end_offset, s.label) for s in self.spans if s.field == "text"]
            style = pseudonym_style(self.story)  # the programme, from the session's identity map after the first
            render = lambda kept: pseudonymise_fields(self.fields, {"text": kept}, lang, style)["text"]  # noqa: E731
            self._map, self._mapped = offset_map(self.raw, text_spans, self.text, render), True
        return self._map

    def locate(self, start: int, end: int) -> tuple[int, int] | None:
        """Where the evidence [start, end) of the text as entered lies in the exported text."""
        if self.original:
            return start, end
        mapping = self._offset_map()
        if mapping is not None:
            return mapping.map(start, end)
        return relocate(self.raw[start:end], self.text, start)

    def masked_reasons(self, reasons: str) -> str:
        """A chair's reasons with the story's masked names and places taken out, for the released export."""
        if self.original:
            return reasons
        for fragment in sorted({s.fragment for s in self.spans if len(s.fragment.strip()) >= 3}, key=len, reverse=True):
            reasons = re.sub(re.escape(fragment), "[…]", reasons, flags=re.IGNORECASE)
        return reasons


def _codings(texts: _Texts, story, data, theme_keys) -> list[Coding]:
    """Each confirmed theme at its evidence in the exported text, or over the whole text when it has none."""
    current = story.analysis is not None and story.analysis.is_current(story)
    out = []
    for theme_id, user_id, when in data.decisions.get(story.id, []):
        if theme_id not in theme_keys:
            continue
        spans = _valid(data.evidence.get((story.id, theme_id)), len(texts.raw)) if current else []
        located = [p for p in (texts.locate(s, e) for s, e in spans) if p and p[0] < p[1]]
        if not located and texts.text:
            located = [(0, len(texts.text))]
        out += [Coding(s, e, theme_keys[theme_id], _user_guid(user_id), when, i)
                for i, (s, e) in enumerate(dict.fromkeys(located))]
    return out


def _values(story_id: int, data: queries.ExportData) -> dict:
    meta, chosen = data.metas[story_id], data.selected.get(story_id, [])
    top = max(chosen, key=lambda s: s.level_rank) if chosen else None
    return {"unit": meta.unit, "period": meta.period, "domain": meta.domain, "language": meta.language,
            "age_band": meta.age_band, "gender": meta.gender, "migrant": meta.is_migrant,
            "level_reached": data.reached.get(story_id, (0, ""))[1],
            "selected": bool(chosen), "selected_level": top.level if top else ""}


def _source(story, texts: _Texts, data: queries.ExportData, theme_keys: dict, original: bool) -> SourceDoc:
    meta = data.metas[story.id]
    notes = [NoteDoc(str(s.selection_id), _("Reasons of the panel, level %(level)s", level=s.level),
                     texts.masked_reasons(s.reasons), _user_guid(s.chair_id), s.at)
             for s in data.selected.get(story.id, []) if s.reasons.strip()]
    return SourceDoc(story.id, "original" if original else "released", texts.title, texts.text, texts.description,
                     _user_guid(meta.facilitator_id), meta.created_at, _codings(texts, story, data, theme_keys),
                     notes, _values(story.id, data))


def export_qdpx(scope: Scope, out, *, original: bool = False, user=None, language: str = "fr") -> dict:
    """Write the scope's stories as a .qdpx to the binary file ``out``; returns the counts (audited).

    Only stories whose consent is in force for evaluation leave; by default as their approved
    pseudonymised text (a story not approved yet is left out); ``original`` (admins and the command
    line only) exports the text as entered.
    """
    if original and user is not None and not user.is_admin:
        raise QdaError(_("Only administrators may export the stories as entered."), "original")
    ids = queries.exported_ids(scope)
    data = queries.export_data(scope, ids, language)
    themes = queries.themes(scope.programme.id)
    theme_keys = {t.id: t.key for t in themes}
    writer = QdpxWriter(out, name=f"{scope.programme.name} – {scope.period.code if scope.period else _('all periods')}",
                        codes=codes_out(themes, language), retired_label=_("Retired themes"), variables=variables(),
                        users=[(guid("user", u.id), u.name) for u in data.users],
                        creator=_user_guid(getattr(user, "id", None)), now=utcnow())
    skipped = 0
    try:
        for story in queries.stream_stories(ids):
            texts = _Texts(story, data, original)
            if not texts.ok or not texts.text.strip():
                skipped += 1
                continue
            writer.add(_source(story, texts, data, theme_keys, original))
    finally:
        writer.close()
    counts = {"stories": writer.counts["Sources"], "selections": writer.selections, "notes": writer.counts["Notes"],
              "skipped": skipped}
    audit.record("qdpx_export", None, user=user, original=original, period=scope.period.code if scope.period else None,
                 units=[u.code for u in scope.chosen_units], **counts)
    return counts
