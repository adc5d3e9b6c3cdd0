"""The codebook as a REFI-QDA codebook (.qdc): export, and import with a preview of what it changes.

An import matches each code to a theme by GUID (made from the theme's key, so a file exported here comes
back to the same themes), else by label; then it says what changes: new codes become new themes (with no
patterns: people code them by hand until someone writes patterns), a changed name is a new label in the
chosen language, a changed description a new definition, a code under the "retired" folder retires its
theme and one outside it brings it back; a theme absent from the file may be retired if the admin asks.
Applying re-reads the file, checks the codebook did not change since the preview, and changes everything in
one transaction with one audit row and one new codebook version.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass, field

from flask_babel import gettext as _
from unidecode import unidecode

from .. import audit
from ..analysis.codebook_ops import ensure_codebook
from ..analysis.models import Codebook, Theme
from ..extensions import db
from ..models_base import utcnow
from ..reports.labels import label_in
from .codebook_qdc import CodeIn, CodeOut, codebook_xml, read_codes
from .errors import QdaError
from .guids import theme_guid
from .xmlcheck import XmlProblem

MAX_QDC_BYTES = 20 * 1024 * 1024  # a .qdc, or a .qdpx project whose codebook is read (its sources too)
MAX_CODES = 1000
MAX_NAME, MAX_DESCRIPTION = 200, 5000
GUID = re.compile(r"[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}")


def codebook_of(programme) -> Codebook:
    """The programme's codebook (the default one is loaded the first time)."""
    return ensure_codebook(programme)


def codes_out(themes, language: str) -> list[CodeOut]:
    return [CodeOut(t.key, label_in(t.labels, language, t.key), label_in(t.definitions, language, ""), t.is_retired)
            for t in themes]


def export_qdc(codebook: Codebook, language: str, *, user=None) -> bytes:
    """The codebook as a .qdc document in ``language`` (audited)."""
    audit.record("codebook_qdc_export", codebook, user=user, version=codebook.version, language=language)
    return codebook_xml(codes_out(codebook.themes, language), _("Retired themes"))


@dataclass
class Change:
    """One change an import makes: kind is new, rename, describe, retire, restore or missing."""

    kind: str
    key: str
    old: str = ""
    new: str = ""


@dataclass
class Plan:
    version: int  # the codebook version the plan was made on
    changes: list[Change] = field(default_factory=list)
    codes: list[CodeIn] = field(default_factory=list)

    def of(self, kind: str) -> list[Change]:
        return [c for c in self.changes if c.kind == kind]

    @property
    def is_empty(self) -> bool:
        return not self.changes


def _read(raw: bytes) -> list[CodeIn]:
    if len(raw) > MAX_QDC_BYTES:
        raise QdaError(_("The file is too large."), "too_large")
    try:
        codes = read_codes(raw)
    except XmlProblem as exc:
        raise QdaError({
            "not_xml": _("The file is not an XML document."),
            "doctype": _("The file declares a document type or entities; a REFI-QDA codebook never does."),
            "too_large": _("The file is too large."),
        }.get(exc.kind) or _("The file is not a REFI-QDA codebook (.qdc): %(why)s", why=exc.detail), exc.kind) from None
    return _checked(codes)


def _new_key(name: str, taken: set[str]) -> str:
    base = re.sub(r"[^a-z0-9]+", "_", unidecode(name).lower()).strip("_")[:56] or "code"
    if not base[0].isalpha():
        base = f"code_{base}"[:56]
    key, n = base if len(base) > 1 else f"{base}_code", 1
    while key in taken:
        n += 1
        key = f"{base}_{n}"
    return key


def _match(codebook: Codebook, codes: list[CodeIn], language: str) -> dict[str, Theme]:
    """Code GUID -> theme: by GUID first, then by label (in any language, ignoring case)."""
    by_guid = {theme_guid(t.key): t for t in codebook.themes}
    by_label = {}
    for t in codebook.themes:
        for label in (t.labels or {}).values():
            by_label.setdefault(" ".join(label.split()).casefold(), t)
    found, used = {}, set()
    for c in codes:
        theme = by_guid.get(c.guid)
        if theme is None:
            theme = by_label.get(c.name.casefold())
        if theme is not None and theme.id not in used:
            found[c.guid] = theme
            used.add(theme.id)
    return found


def codes_json(codes: list[CodeIn]) -> str:
    """The codes read from a file, for the preview page to send back with the confirmation."""
    return json.dumps([[c.guid, c.name, c.description, c.is_retired] for c in codes], ensure_ascii=False)


def codes_from_json(text: str) -> list[CodeIn]:
    """The codes a preview page sent back, checked as a file's codes are (a QdaError otherwise)."""
    try:
        rows = json.loads(text)
        codes = [CodeIn(g, n, d, r) for g, n, d, r in rows if isinstance(r, bool) and all(
            isinstance(v, str) for v in (g, n, d)) and GUID.fullmatch(g) and 0 < len(n.strip()) <= MAX_NAME
            and len(d) <= MAX_DESCRIPTION]
        if len(codes) != len(rows):
            raise ValueError
    except (ValueError, TypeError):
        raise QdaError(_("The preview expired or was incomplete; upload the file again."), "preview") from None
    return _checked(codes)


def _checked(codes: list[CodeIn]) -> list[CodeIn]:
    if not codes:
        raise QdaError(_("The file holds no code."), "empty")
    if len(codes) > MAX_CODES:
        raise QdaError(_("The file holds too many codes."), "too_many")
    if len({c.guid for c in codes}) != len(codes):
        raise QdaError(_("The file holds the same code twice."), "duplicate")
    return [CodeIn(c.guid, c.name[:MAX_NAME], c.description[:MAX_DESCRIPTION], c.is_retired) for c in codes]


def plan_import(codebook: Codebook, raw: bytes, language: str) -> Plan:
    """What importing ``raw`` would change (nothing is changed)."""
    return plan_codes(codebook, _read(raw), language)


def plan_codes(codebook: Codebook, codes: list[CodeIn], language: str) -> Plan:
    """What importing these codes would change (nothing is changed)."""
    matched = _match(codebook, codes, language)
    plan, taken = Plan(codebook.version, codes=codes), {t.key for t in codebook.themes}
    for c in codes:
        theme = matched.get(c.guid)
        if theme is None:
            key = _new_key(c.name, taken)
            taken.add(key)
            plan.changes.append(Change("new", key, "", c.name))
            continue
        label, definition = label_in(theme.labels, language, theme.key), label_in(theme.definitions, language, "")
        if c.name and c.name != " ".join(label.split()):
            plan.changes.append(Change("rename", theme.key, label, c.name))
        if c.description != definition and (c.description or definition):
            plan.changes.append(Change("describe", theme.key, definition, c.description))
        if c.is_retired != theme.is_retired:
            plan.changes.append(Change("retire" if c.is_retired else "restore", theme.key))
    seen = {t.id for t in matched.values()}
    plan.changes += [Change("missing", t.key, label_in(t.labels, language, t.key)) for t in codebook.themes
                     if t.id not in seen and not t.is_retired]
    return plan


def apply_import(codebook: Codebook, raw: bytes, language: str, **kw) -> Plan:
    """Import a file: see ``apply_codes``."""
    return apply_codes(codebook, _read(raw), language, **kw)


def apply_codes(codebook: Codebook, codes: list[CodeIn], language: str, *, retire_missing: bool = False,
                version: int | None = None, user=None) -> Plan:
    """Make the changes ``plan_codes`` announces, in the caller's transaction; one audit row, one new version."""
    if version is not None and version != codebook.version:
        raise QdaError(_("The codebook changed since the preview; check the changes again."), "stale")
    plan = plan_codes(codebook, codes, language)
    if not any(c.kind != "missing" or retire_missing for c in plan.changes):
        return plan
    names = {c.guid: c for c in plan.codes}
    themes = {t.key: t for t in codebook.themes}
    matched = _match(codebook, plan.codes, language)
    code_of = {t.key: names[g] for g, t in matched.items()}
    new_codes = iter(c for c in plan.codes if c.guid not in matched)
    for change in plan.changes:
        if change.kind == "new":
            code = next(new_codes)
            labels = {"fr": code.name, "en": code.name, language: code.name}
            theme = Theme(key=change.key, labels=labels, definitions={language: code.description} if code.description
                          else {}, patterns={}, is_retired=code.is_retired, position=len(codebook.themes))
            codebook.themes.append(theme)
        elif change.kind == "rename":
            themes[change.key].labels = {**(themes[change.key].labels or {}), language: change.new}
        elif change.kind == "describe":
            themes[change.key].definitions = {**(themes[change.key].definitions or {}), language: change.new}
        elif change.kind in ("retire", "restore"):
            themes[change.key].is_retired = code_of[change.key].is_retired
        elif change.kind == "missing" and retire_missing:
            themes[change.key].is_retired = True
    codebook.version += 1
    codebook.updated_at, codebook.updated_by_id = utcnow(), getattr(user, "id", None)
    db.session.flush()
    audit.record("codebook_qdc_import", codebook, user=user, version=codebook.version, language=language,
                 **{kind: len(plan.of(kind)) for kind in ("new", "rename", "describe", "retire", "restore")},
                 retired_missing=len(plan.of("missing")) if retire_missing else 0)
    return plan
