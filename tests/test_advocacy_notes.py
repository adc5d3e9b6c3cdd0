"""Advocacy notes from the database: the consent rule, the .docx content, records, flags, settings."""
import datetime as dt
import hashlib
import io
import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest
import sqlalchemy as sa
from conftest_advocacy import all_text, headings, image_count, open_docx
from selection_helpers import REASONS

from msc.advocacy import operations as ops
from msc.advocacy.models import NoteExport
from msc.advocacy.queries import may_enter_note, partition, selected_ids
from msc.audit import AuditEvent
from msc.auth.reach import all_unit_ids
from msc.reports import charts
from msc.stories import operations as story_ops
from msc.stories.scope import ScopeError, resolve_scope

ADVOCACY = ("evaluation", "panel", "advocacy")


def scope_for(world, period="2024-S1", units=(), domains=()):
    return resolve_scope(world.programme, all_unit_ids(world.programme), period=period, units=units, domains=domains)


def included_ids(scope):
    return {s.id for s in partition(scope)[0]}


# -- the rule -----------------------------------------------------------------

def test_without_selection_and_analysis_no_story_enters_a_note(world, make_story):
    story = make_story(consent=ADVOCACY, approved=False)
    included, excluded = partition(scope_for(world))
    assert included == []
    assert excluded == [(story, ["pseudonymisation_not_approved", "not_selected"])]


def _change_text(story, world):
    """Correct the text after the selection: the approval is void until someone approves again."""
    data = story_ops.StoryInput(unit=story.unit, period=story.period, domain=story.domain,
                                interview_date=story.interview_date, title=story.title,
                                text=story.text + " Elle ajoute un détail.",
                                storyteller=story_ops.StorytellerInput(story.storyteller.code))
    story_ops.update_story(story, world.programme, data)


def test_each_exclusion_reason(world, make_story, select_stories, db):
    ok = make_story(consent=ADVOCACY)
    no_adv = make_story(consent=("evaluation", "panel"))
    refused = make_story(consent="refused")
    withdrawn = make_story(consent=ADVOCACY)
    not_approved = make_story(consent=ADVOCACY)
    select_stories(ok, no_adv, withdrawn, not_approved)
    story_ops.withdraw_consent(withdrawn, dt.date(2024, 8, 1))
    _change_text(not_approved, world)
    not_selected = make_story(consent=ADVOCACY, approved=False)
    db.session.commit()
    reasons = {s.id: why for s, why in partition(scope_for(world))[1]}
    assert ok.id not in reasons
    assert reasons[no_adv.id] == ["no_advocacy_consent"]
    assert reasons[refused.id] == ["refused", "not_selected"]
    assert reasons[withdrawn.id] == ["withdrawn"]
    assert reasons[not_approved.id] == ["pseudonymisation_not_approved"]
    assert reasons[not_selected.id] == ["pseudonymisation_not_approved", "not_selected"]


def test_drafts_are_not_listed_at_all(world, make_story):
    make_story(consent=ADVOCACY, submit=False)
    assert partition(scope_for(world)) == ([], [])


def test_scope_units_count_with_their_subtree_and_domains_filter(world, make_story, select_stories):
    mrk = make_story(unit="MRK", consent=ADVOCACY, domain="health")
    aga = make_story(unit="AGA", consent=ADVOCACY, domain="autonomy", user="facil_aga")
    select_stories(mrk, aga)
    assert included_ids(scope_for(world, units=["NAT"])) == {mrk.id, aga.id}
    assert included_ids(scope_for(world, units=["AGA"])) == {aga.id}
    assert included_ids(scope_for(world, domains=["health"])) == {mrk.id}
    assert included_ids(scope_for(world, period="2024-S2")) == set()


@pytest.mark.parametrize("kw", [{"period": "1999-S9"}, {"units": ["ZZZ"]}, {"domains": ["nope"]},
                                {"units": [999999]}])
def test_unknown_period_unit_or_domain_is_refused(world, kw):
    args = {"period": "2024-S1", **kw}
    with pytest.raises(ScopeError):
        resolve_scope(world.programme, all_unit_ids(world.programme), **args)


def test_unit_outside_reach_is_refused(world):
    reach = world.users["advocacy"].units_for("advocacy")
    with pytest.raises(ScopeError):
        resolve_scope(world.programme, reach, period="2024-S1", units=["FUN"])


# -- the document ---------------------------------------------------------------

def test_note_document_headings_tables_images_and_only_consented_stories(world, make_story, select_stories, db):
    keep = make_story(consent=ADVOCACY, title="Je parle enfin", people_concerned=3,
                      text="J'ai porté plainte et la police m'a écoutée pour la première fois de ma vie.")
    other = make_story(consent=("evaluation", "panel"), title="Jamais dans une note", user="facil_aga", unit="AGA")
    select_stories(keep, other)
    note = ops.generate_note(scope_for(world), language="fr", context="Contexte édité par l'équipe.",
                             user=world.users["advocacy"])
    db.session.commit()
    d = open_docx(ops.read_note(note))
    text = all_text(d)
    assert d.paragraphs[0].text == "Autonomie : ce qui a changé pour les personnes accompagnées"  # proposed
    assert headings(d, 1) == ["Messages clés", "Contexte", "Ce qui a changé, selon les récits",
                              "Ce que disent les personnes", "Méthode", "Annexe 1 : les récits sélectionnés",
                              "Annexe 2 : les tableaux des chiffres", "Annexe 3 : la méthodologie détaillée"]
    assert "1. Je parle enfin" in headings(d, 2)
    assert "Jamais dans une note" not in text
    assert "Contexte édité par l'équipe." in text
    assert REASONS in text  # the reasons the panel recorded
    assert image_count(d) >= 2  # charts by domain and by unit (and the trend when periods precede)
    unit_table = next(t for t in d.tables if t.rows[0].cells[0].text == "Unité")
    assert {r.cells[0].text for r in unit_table.rows[1:]} == {"Clinique de Marrakech", "Clinique d'Agadir", "Total"}
    assert "Personnes concernées par les changements racontés : 3." in text
    assert "Texte pseudonymisé : les noms et les lieux ont été modifiés." in [
        p.text for p in d.sections[0].footer.paragraphs]
    for link in note.links:
        assert may_enter_note(link.story, selected_ids(scope_for(world)))
        assert link.story.consent_allows("advocacy")


def test_note_in_english_with_no_story_says_so(world, make_story, db):
    make_story(consent=ADVOCACY)
    note = ops.generate_note(scope_for(world), language="en")
    db.session.commit()
    d = open_docx(ops.read_note(note))
    assert "No selected story with consent for advocacy use in this period." in all_text(d)
    assert note.links == []


def test_empty_period_still_gives_a_valid_note(world, db):
    note = ops.generate_note(scope_for(world, period="2024-S2"))
    db.session.commit()
    d = open_docx(ops.read_note(note))
    assert "Messages clés" in headings(d, 1)


HOSTILE = ("<script>alert(1)</script> «Je» \x00\x07 سافرت إلى الرباط وتحدثت مع المحامية 👩🏽‍⚖️ =HYPERLINK(\"x\") "
           + "très long " * 3000)


def test_hostile_text_is_written_as_text(world, make_story, select_stories, db):
    story = make_story(consent=ADVOCACY, title="<b>Titre</b> 🌍 عنوان", text=HOSTILE.replace("\x00\x07", ""),
                       significance="<i>parce que</i> ✊")
    select_stories(story)
    note = ops.generate_note(scope_for(world), language="fr")
    db.session.commit()
    text = all_text(open_docx(ops.read_note(note)))
    assert "<script>alert(1)</script>" in text and "👩🏽‍⚖️" in text and "1. <b>Titre</b> 🌍 عنوان" in text


def test_record_holds_parameters_story_ids_and_sha256(world, make_story, select_stories, db, app):
    story = make_story(consent=ADVOCACY, language="en", text="I went to the centre and I was heard for the first time.")
    select_stories(story)
    note = ops.generate_note(scope_for(world, units=["MRK"], domains=["autonomy"]), language="en",
                             context="x", user=world.users["advocacy"])
    db.session.commit()
    path = Path(app.config["EXPORTS_DIR"]) / note.filename
    assert hashlib.sha256(path.read_bytes()).hexdigest() == note.sha256 and note.size == path.stat().st_size
    assert note.story_ids == [story.id] and note.unit_ids == [world.unit("MRK").id]
    assert note.domain_ids == [world.domain("autonomy").id] and note.language == "en"
    event = db.session.scalar(sa.select(AuditEvent).where(AuditEvent.action == "advocacy_note_generate"))
    assert event.details["stories"] == [story.id] and event.user_id == world.users["advocacy"].id
    assert "Histoire" not in str(event.details)  # never story text or titles


def test_altered_or_missing_file_is_not_served(world, db, app):
    note = ops.generate_note(scope_for(world))
    db.session.commit()
    path = Path(app.config["EXPORTS_DIR"]) / note.filename
    path.write_bytes(b"tampered")
    with pytest.raises(ops.NoteError):
        ops.read_note(note)
    path.unlink()
    with pytest.raises(ops.NoteError):
        ops.read_note(note)


def test_withdrawal_flags_the_notes_containing_the_story(world, make_story, select_stories, db):
    story, other = make_story(consent=ADVOCACY), make_story(consent=ADVOCACY)
    select_stories(story, other)
    with_story = ops.generate_note(scope_for(world))
    autonomy_note = ops.generate_note(scope_for(world, domains=["autonomy"]))
    db.session.commit()
    assert not with_story.is_flagged
    story_ops.withdraw_consent(story, dt.date(2024, 8, 1), user=world.users["coord_mrk"])
    db.session.commit()
    db.session.expire_all()
    assert with_story.is_flagged and [link.story_id for link in with_story.flagged_links] == [story.id]
    assert with_story.flagged_links[0].consent_withdrawn_at is not None
    flags = db.session.scalars(sa.select(AuditEvent).where(AuditEvent.action == "advocacy_note_flag")).all()
    assert {f.object_id for f in flags} == {with_story.id, autonomy_note.id}


def test_consent_narrowed_later_also_flags(world, make_story, select_stories, db):
    story = make_story(consent=ADVOCACY)
    select_stories(story)
    note = ops.generate_note(scope_for(world))
    story.consent.use_advocacy = False
    db.session.commit()
    assert note.is_flagged


def test_note_converts_to_pdf_with_libreoffice(world, make_story, select_stories, db, tmp_path):
    if shutil.which("soffice") is None:
        if os.environ.get("MSC_REQUIRE_SOFFICE") == "1":
            pytest.fail("MSC_REQUIRE_SOFFICE=1 but soffice is not installed")
        pytest.skip("soffice not installed")
    story = make_story(consent=ADVOCACY, text="Je suis allée au centre. " * 40)
    select_stories(story)
    ops.set_logo(world.programme, charts.bar_chart({"a": 1}, "", fmt="png"), "logo.png")
    note = ops.generate_note(scope_for(world), language="fr", context="Contexte.")
    db.session.commit()
    src = tmp_path / "note.docx"
    src.write_bytes(ops.read_note(note))
    subprocess.run(["soffice", f"-env:UserInstallation=file://{tmp_path / 'profile'}", "--headless",
                    "--convert-to", "pdf", "--outdir", str(tmp_path), str(src)],
                   check=True, capture_output=True, timeout=180)
    pdf = (tmp_path / "note.pdf").read_bytes()
    assert pdf.startswith(b"%PDF") and len(re.findall(rb"/Type\s*/Page[^s]", pdf)) >= 3


# -- settings ---------------------------------------------------------------------

def _docx_bytes(**styles) -> bytes:
    import docx

    d = docx.Document()
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def test_logo_and_template_are_used_by_the_note(world, db):
    ops.set_logo(world.programme, charts.bar_chart({"a": 1}, "", fmt="png"), "logo.png")
    ops.set_template(world.programme, _docx_bytes(), "ref.docx")
    db.session.commit()
    d = open_docx(ops.read_note(ops.generate_note(scope_for(world))))
    assert image_count(d) >= 3  # the logo plus two charts


@pytest.mark.parametrize("data", [b"", b"GIF89a not really", b"<svg xmlns='http://www.w3.org/2000/svg'/>",
                                  b"\x89PNG\r\n\x1a\n" + b"\x00" * 50, b"x" * (ops.LOGO_MAX_BYTES + 1)])
def test_bad_logos_are_refused(world, data):
    with pytest.raises(ops.NoteError):
        ops.set_logo(world.programme, data, "logo.png")


def _zip(entries: dict) -> bytes:
    import zipfile

    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        for name, content in entries.items():
            # A fixed date: the bytes (and so the test ids) are the same in every pytest-xdist worker.
            zf.writestr(zipfile.ZipInfo(name, date_time=(2024, 1, 1, 0, 0, 0)), content)
    return buf.getvalue()


@pytest.mark.parametrize("data", [b"", b"PK\x03\x04 broken", b"%PDF-1.4", _zip({"hello.txt": "x"}),
                                  _zip({"word/document.xml": "<w/>", "word/vbaProject.bin": "x"}),
                                  b"x" * (ops.TEMPLATE_MAX_BYTES + 1)],
                         ids=["empty", "broken-zip", "pdf", "zip-without-document", "macro-document", "too-large"])
def test_bad_templates_are_refused(world, data):
    with pytest.raises(ops.NoteError):
        ops.set_template(world.programme, data, "ref.docx")


def test_zip_bomb_template_is_refused(world):
    import zipfile

    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("word/document.xml", "")
        zf.writestr("big.bin", b"\x00" * (ops.TEMPLATE_MAX_UNZIPPED + 1))
    with pytest.raises(ops.NoteError):
        ops.set_template(world.programme, buf.getvalue(), "ref.docx")


def test_notes_are_listed_for_those_who_reach_their_units(world, make_story, db):
    from msc.advocacy.queries import visible_notes

    ops.generate_note(scope_for(world))  # every unit, FUN included
    nat = ops.generate_note(scope_for(world, units=["NAT"]))
    db.session.commit()
    assert visible_notes(world.users["advocacy"], world.programme) == [nat]
    assert len(visible_notes(world.users["admin"], world.programme)) == 2
    assert db.session.query(NoteExport).count() == 2
