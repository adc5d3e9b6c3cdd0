"""The story pack of an in-person round (.docx): what the panel reads and fills in around the table.

Every story is the approved pseudonymised version (``released(story, None)``: the file leaves the app), in a
random order fixed per round (a reprint matches the first print), with why the change is significant to the
storyteller and the stored translation; then one vote sheet per domain and a results sheet.
"""
import io
import random
from datetime import date

from docx import Document
from docx.enum.text import WD_BREAK
from flask_babel import gettext as _

from ..analysis.release import released
from .models import Round

BLANK_ROWS = 8  # attendee lines on the results sheet


def pack_order(round_: Round, domain_id: int) -> list:
    """The domain's candidates in the pack's order: random, the same at every download."""
    candidates = sorted(round_.active_candidates(domain_id), key=lambda c: c.id)
    random.Random(f"pack:{round_.id}:{domain_id}").shuffle(candidates)
    return candidates


def _table(doc, header, rows):
    table = doc.add_table(rows=1, cols=len(header))
    table.style = "Table Grid"
    for cell, text in zip(table.rows[0].cells, header, strict=True):
        cell.text = ""
        cell.paragraphs[0].add_run(str(text)).bold = True
    for row in rows:
        cells = table.add_row().cells
        for cell, text in zip(cells, row, strict=True):
            cell.text = str(text)
    return table


def _page_break(doc) -> None:
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def _paragraphs(doc, text: str) -> None:
    for line in (text or "").replace("\r\n", "\n").split("\n"):
        if line.strip():
            doc.add_paragraph(line.strip())


def build_story_pack(round_: Round, programme_name: str) -> bytes:
    """The pack as .docx bytes (in the reader's interface language)."""
    doc = Document()
    doc.add_heading(_("Story pack"), level=0)
    doc.add_paragraph(f"{programme_name} · {round_.unit.name} · {round_.unit.level.name} · "
                      f"{round_.period.label or round_.period.code}")
    doc.add_paragraph(_("Round %(id)d · printed on %(day)s · %(n)d winner(s) per domain", id=round_.id,
                        day=date.today().isoformat(), n=round_.winners_per_domain))
    doc.add_paragraph(_("Read every story of a domain, discuss which is the most significant change and why, then "
                        "fill in the vote sheet and the results sheet. The stories are pseudonymised: do not try "
                        "to identify the storytellers."))
    numbers = {}
    for rd in round_.domains:
        _page_break(doc)
        doc.add_heading(rd.domain.label, level=1)
        if rd.domain.question:
            doc.add_paragraph().add_run(rd.domain.question).italic = True
        for cand in pack_order(round_, rd.domain_id):
            numbers[cand.story_id] = len(numbers) + 1
            shown = released(cand.story, None)
            doc.add_heading(f"{numbers[cand.story_id]}. {shown.title}", level=2)
            doc.add_paragraph(_("Language of the story: %(lang)s", lang=cand.story.language))
            _paragraphs(doc, shown.text)
            doc.add_heading(_("Why this change is significant to the storyteller"), level=3)
            _paragraphs(doc, shown.significance or "—")
            if shown.translation:
                doc.add_heading(_("Translation"), level=3)
                _paragraphs(doc, shown.translation)
    for rd in round_.domains:
        _page_break(doc)
        doc.add_heading(_("Vote sheet: %(domain)s", domain=rd.domain.label), level=1)
        _table(doc, [_("No."), _("Story"), _("Votes"), _("Notes")],
               [(numbers[c.story_id], released(c.story, None).title, "", "") for c in pack_order(round_, rd.domain_id)])
    _page_break(doc)
    doc.add_heading(_("Results sheet"), level=1)
    doc.add_paragraph(_("Meeting date: ____________   Method used in the room: ____________"))
    for rd in round_.domains:
        doc.add_heading(rd.domain.label, level=2)
        _table(doc, [_("Rank"), _("No."), _("Why the panel chose it")],
               [(n, "", "") for n in range(1, round_.winners_per_domain + 1)])
    doc.add_heading(_("Attendees"), level=2)
    _table(doc, [_("Name"), _("Role")], [("", "")] * BLANK_ROWS)
    doc.add_heading(_("Dissent"), level=2)
    doc.add_paragraph("_" * 60)
    props = doc.core_properties
    props.title, props.author, props.comments = _("Story pack"), programme_name[:255], ""
    buf = io.BytesIO()
    doc.save(buf)
    return buf.getvalue()
