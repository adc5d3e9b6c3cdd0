"""State changes: generate and record a note, audit downloads, flag notes on withdrawal, set logo and template."""
from __future__ import annotations

import datetime as dt
import hashlib
import io
import secrets
import zipfile
from pathlib import Path

import sqlalchemy as sa
from flask import current_app
from flask_babel import gettext as _

from .. import audit
from ..errors import RuleError
from ..extensions import db
from ..models_base import utcnow
from ..private_files import write_private
from ..programmes.models import Programme
from ..reports.brief import build_advocacy_note
from ..reports.schema import AdvocacyNote
from ..stories.scope import Scope, ScopeError, resolve_scope
from . import assembly
from .models import NOTE_LANGUAGES, PAGE_SIZES, NoteExport, NoteExportStory, ReportSettings
from .queries import may_enter_note, selected_ids

LOGO_MAX_BYTES = 1024 * 1024
LOGO_MAX_PIXELS = 4000 * 4000
TEMPLATE_MAX_BYTES = 5 * 1024 * 1024
TEMPLATE_MAX_UNZIPPED = 50 * 1024 * 1024
LOGO_FORMATS = {"PNG": "image/png", "JPEG": "image/jpeg", "GIF": "image/gif"}
CONTEXT_MAX = 5000


class NoteError(RuleError):
    """A note or settings rule was broken; the message is shown to the user."""


def exports_dir() -> Path:
    return Path(current_app.config["EXPORTS_DIR"])


def settings_for(programme) -> ReportSettings | None:
    return db.session.scalar(sa.select(ReportSettings).where(ReportSettings.programme_id == programme.id))


def build_note_bytes(scope: Scope, *, language: str, context: str, brief: assembly.Brief | None = None,
                     generated: dt.date | None = None) -> tuple[bytes, AdvocacyNote, list]:
    """The .docx bytes of the note (a draft) for the scope, with the organisation's template, logo and paper."""
    if language not in NOTE_LANGUAGES:
        raise NoteError(_("Unknown language."))
    settings = settings_for(scope.programme)
    data, included = assembly.advocacy_note(scope, language=language, context=context[:CONTEXT_MAX], brief=brief,
                                            generated=generated, page_size=settings.page_size if settings else "A4")
    content = build_advocacy_note(data, template=settings.template if settings else None,
                                  logo=settings.logo if settings else None)
    return content, data, included


def generate_note(scope: Scope, *, language: str = "fr", context: str = "", brief: assembly.Brief | None = None,
                  user=None) -> NoteExport:
    """Build the note (a draft), save it under EXPORTS_DIR and record who, when, parameters, stories, sha256."""
    from .drafting import check_brief

    brief = brief or assembly.Brief()
    check_brief(brief, scope, language)
    content, _data, included = build_note_bytes(scope, language=language, context=context, brief=brief)
    # Re-check the rule on what is about to be written: the builder never sees a story that fails it.
    selected = selected_ids(scope)
    if not all(may_enter_note(s, selected) for s in included):
        raise NoteError(_("A story that may not enter a note was about to be included; nothing was saved."))
    relative = save_file(scope.period.code, content)
    note = NoteExport(programme_id=scope.programme.id, period_id=scope.period.id,
                      created_by_id=getattr(user, "id", None), language=language,
                      unit_ids=sorted(u.id for u in scope.chosen_units), scope_unit_ids=sorted(scope.unit_ids),
                      domain_ids=scope.domain_ids, context=context[:CONTEXT_MAX], filename=relative,
                      sha256=hashlib.sha256(content).hexdigest(), size=len(content), brief=brief.to_json())
    note.links = [NoteExportStory(story_id=s.id, position=i) for i, s in enumerate(included)]
    db.session.add(note)
    db.session.flush()
    audit.record("advocacy_note_generate", note, user=user, period=scope.period.code, language=language,
                 units=note.unit_ids, domains=note.domain_ids, stories=[s.id for s in included], sha256=note.sha256)
    return note


def checked_bytes(note: NoteExport) -> bytes:
    """The saved file's bytes, checked against the recorded sha256; a note with a withdrawn story is refused."""
    if note.is_flagged:
        raise NoteError(_("This note holds a story whose consent was withdrawn: it can no longer be downloaded. "
                          "Regenerate it without that story."))
    path = (exports_dir() / note.filename).resolve()
    if exports_dir().resolve() not in path.parents or not path.is_file():
        raise NoteError(_("The file of this note is missing."))
    content = path.read_bytes()
    if hashlib.sha256(content).hexdigest() != note.sha256:
        raise NoteError(_("The file of this note was altered; it is not served."))
    return content


def read_note(note: NoteExport, *, user=None) -> bytes:
    """The saved file's bytes, checked against the recorded sha256; the download is audited.

    A note holding a story whose consent no longer covers advocacy is never served: it is regenerated.
    """
    content = checked_bytes(note)
    audit.record("advocacy_note_download", note, user=user, sha256=note.sha256)
    return content


def save_file(period_code: str, content: bytes) -> str:
    """Write a note's file under EXPORTS_DIR (owner-only); its path relative to EXPORTS_DIR."""
    relative = Path("notes") / f"{utcnow():%Y%m}" / f"note-{period_code}-{secrets.token_hex(8)}.docx"
    write_private(exports_dir() / relative, content)
    return relative.as_posix()


def flag_notes_for_story(story, *, user=None) -> list[NoteExport]:
    """Mark every note containing the story: its consent was withdrawn after the note was made."""
    links = list(db.session.scalars(sa.select(NoteExportStory).where(NoteExportStory.story_id == story.id,
                                                                     NoteExportStory.consent_withdrawn_at.is_(None))))
    for link in links:
        link.consent_withdrawn_at = utcnow()
        audit.record("advocacy_note_flag", link.note, user=user, story=story.id)
    db.session.flush()
    return [link.note for link in links]


def on_consent_withdrawn(story, user=None, uses=None, **_kw):
    """consent_withdrawn receiver (registered by init_app): flag the notes that include the story.

    ``uses`` are the uses the consent no longer covers (every use on a withdrawal); only advocacy matters here.
    """
    if uses is None or "advocacy" in uses:
        flag_notes_for_story(story, user=user)


def delete_note_file(note: NoteExport) -> bool:
    """Remove the note's file from EXPORTS_DIR (the record stays, flagged); True if a file was removed."""
    path = (exports_dir() / note.filename).resolve()
    if exports_dir().resolve() not in path.parents or not path.is_file():
        return False
    path.unlink()
    return True


def regenerate_note(note: NoteExport, reach: set[int], *, user=None) -> NoteExport:
    """Make the note again with the same parameters from today's stories; the old file and record go.

    A story whose consent was withdrawn (or erased) no longer passes the advocacy rule, so it drops out.
    """
    if not note.is_flagged:
        raise NoteError(_("Every story of this note may still be used: it needs no regeneration."))
    programme = db.session.get(Programme, note.programme_id)
    try:
        scope = resolve_scope(programme, reach, period=note.period_id, units=note.unit_ids, domains=note.domain_ids)
    except ScopeError as exc:
        raise NoteError(_("This note covers units outside your reach; ask an administrator.")) from exc
    brief = assembly.Brief.from_json(note.brief).without({link.story_id for link in note.flagged_links})
    fresh = generate_note(scope, language=note.language, context=note.context, brief=brief, user=user)
    delete_note_file(note)
    audit.record("advocacy_note_regenerate", fresh, user=user, replaces=note.id,
                 dropped=[link.story_id for link in note.flagged_links])
    db.session.delete(note)
    db.session.flush()
    return fresh



# -- settings ---------------------------------------------------------------

def _settings(programme, user) -> ReportSettings:
    settings = settings_for(programme)
    if settings is None:
        settings = ReportSettings(programme_id=programme.id)
        db.session.add(settings)
    settings.updated_at, settings.updated_by_id = utcnow(), getattr(user, "id", None)
    return settings


def check_logo(data: bytes) -> str:
    """The logo's MIME type if ``data`` is a real PNG, JPEG or GIF of sane size that Word can embed."""
    from PIL import Image

    if not data or len(data) > LOGO_MAX_BYTES:
        raise NoteError(_("The logo must be an image of at most 1 MB."))
    try:
        with Image.open(io.BytesIO(data)) as img:
            if img.format not in LOGO_FORMATS or img.width * img.height > LOGO_MAX_PIXELS:
                raise NoteError(_("The logo must be a PNG, JPEG or GIF image of at most 4000 × 4000 pixels."))
            kind = LOGO_FORMATS[img.format]
            img.verify()
        from docx.image.image import Image as DocxImage

        DocxImage.from_blob(data)
    except NoteError:
        raise
    except Exception as exc:  # Pillow and python-docx raise many kinds on broken files
        raise NoteError(_("This file is not a readable image.")) from exc
    return kind


def check_template(data: bytes) -> None:
    """Refuse anything but a real, macro-free .docx of sane size whose styles python-docx can start from."""
    from docx import Document

    if not data or len(data) > TEMPLATE_MAX_BYTES:
        raise NoteError(_("The reference document must be a .docx file of at most 5 MB."))
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            names = set(zf.namelist())
            if sum(i.file_size for i in zf.infolist()) > TEMPLATE_MAX_UNZIPPED:
                raise NoteError(_("The reference document is too large once unpacked."))
            if "word/vbaProject.bin" in names or "word/document.xml" not in names:
                raise NoteError(_("The reference document must be a Word .docx file without macros."))
        Document(io.BytesIO(data))
        build_advocacy_note(AdvocacyNote("Test", "Test", "P", "P", dt.date.today()), template=data)
    except NoteError:
        raise
    except Exception as exc:
        raise NoteError(_("This file is not a readable Word .docx document.")) from exc


def set_logo(programme, data: bytes, filename: str, *, user=None) -> ReportSettings:
    """Validate and store the organisation's logo."""
    kind = check_logo(data)
    settings = _settings(programme, user)
    settings.logo, settings.logo_mimetype, settings.logo_filename = data, kind, (filename or "")[:200]
    db.session.flush()
    audit.record("report_logo_set", settings, user=user, size=len(data))
    return settings


def set_template(programme, data: bytes, filename: str, *, user=None) -> ReportSettings:
    """Validate and store the reference .docx the notes start from."""
    check_template(data)
    settings = _settings(programme, user)
    settings.template, settings.template_filename = data, (filename or "")[:200]
    db.session.flush()
    audit.record("report_template_set", settings, user=user, size=len(data))
    return settings


def set_page_size(programme, size: str, *, user=None) -> ReportSettings:
    """The paper the notes are laid out on: A4 (default) or US Letter."""
    if size not in PAGE_SIZES:
        raise NoteError(_("Unknown page size."))
    settings = _settings(programme, user)
    settings.page_size = size
    db.session.flush()
    audit.record("report_page_size_set", settings, user=user, page_size=size)
    return settings


def clear_setting(programme, what: str, *, user=None) -> None:
    """Remove the logo or the reference document."""
    settings = _settings(programme, user)
    if what == "logo":
        settings.logo, settings.logo_mimetype, settings.logo_filename = None, "", ""
    elif what == "template":
        settings.template, settings.template_filename = None, ""
    else:
        raise NoteError(_("Unknown setting."))
    db.session.flush()
    audit.record(f"report_{what}_clear", settings, user=user)
