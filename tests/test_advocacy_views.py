"""Pages of advocacy notes, dashboard and exports: permission matrix, bad input, audited downloads."""
import csv
import datetime as dt
import io
import json

import openpyxl
import pytest
import sqlalchemy as sa
from conftest_advocacy import open_docx

from msc.advocacy import operations as ops
from msc.advocacy.models import NoteExport
from msc.audit import AuditEvent
from msc.auth.reach import all_unit_ids
from msc.dashboard.queries import dashboard
from msc.reports import charts
from msc.stories import operations as story_ops
from msc.stories.scope import resolve_scope

ROLES = ["anonymous", "admin", "coord_mrk", "coord_nat", "facil_mrk", "facil_aga", "panel_mrk", "advocacy"]
ADVOCACY = ("evaluation", "panel", "advocacy")
NOTE_ROLES = {"admin", "advocacy"}
DASHBOARD_ROLES = {"admin", "coord_mrk", "coord_nat", "facil_mrk", "facil_aga", "advocacy"}


def _login(login_as, role):
    if role != "anonymous":
        login_as(role)


def _expect(response, role, allowed, denied=403):
    if role == "anonymous":
        assert response.status_code == 302 and "/login" in response.headers["Location"]
    elif role in allowed:
        assert response.status_code in (200, 302), (role, response.status_code)
        if response.status_code == 302:
            assert "/login" not in response.headers["Location"]
    else:
        assert response.status_code == denied, (role, response.status_code)


def _note(world, db, units=("NAT",)):
    scope = resolve_scope(world.programme, all_unit_ids(world.programme), period="2024-S1", units=list(units))
    note = ops.generate_note(scope)
    db.session.commit()
    return note


# -- permission matrix --------------------------------------------------------------

@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("method,url,allowed", [
    ("GET", "/advocacy/", NOTE_ROLES),
    ("GET", "/advocacy/new", NOTE_ROLES),
    ("POST", "/advocacy/new", NOTE_ROLES),
    ("GET", "/advocacy/settings", {"admin"}),
    ("POST", "/advocacy/settings", {"admin"}),
    ("GET", "/dashboard/", DASHBOARD_ROLES),
    ("GET", "/dashboard/export.csv", DASHBOARD_ROLES),
    ("GET", "/dashboard/export.xlsx", DASHBOARD_ROLES),
    ("GET", "/dashboard/export.jsonl", DASHBOARD_ROLES),
])
def test_route_permissions(client, login_as, world, role, method, url, allowed):
    _login(login_as, role)
    data = {"period": world.period("2024-S1").id, "language": "fr", "action": "preview"}
    response = client.get(url) if method == "GET" else client.post(url, data=data)
    _expect(response, role, allowed)


@pytest.mark.parametrize("role", ROLES)
def test_download_permissions(client, login_as, world, db, role):
    nat_note, fun_note = _note(world, db, ("NAT",)), _note(world, db, ())
    _login(login_as, role)
    _expect(client.get(f"/advocacy/{nat_note.id}/download"), role, NOTE_ROLES)
    # A note over FUN lies outside the advocacy member's reach (NAT): not found, not forbidden.
    fun = client.get(f"/advocacy/{fun_note.id}/download")
    _expect(fun, role, {"admin"}, denied=404 if role == "advocacy" else 403)


@pytest.mark.parametrize("role", ROLES)
def test_logo_permissions(client, login_as, world, db, role):
    ops.set_logo(world.programme, charts.bar_chart({"a": 1}, "", fmt="png"), "logo.png")
    db.session.commit()
    _login(login_as, role)
    response = client.get("/advocacy/settings/logo")
    _expect(response, role, {"admin"})
    if role == "admin":
        assert response.mimetype == "image/png"


def test_unknown_note_is_404(client, login_as):
    login_as("admin")
    assert client.get("/advocacy/999999/download").status_code == 404


def test_nav_shows_the_new_pages_to_the_right_roles(client, login_as):
    login_as("advocacy")
    page = client.get("/").get_data(as_text=True)
    assert "/advocacy/" in page and "/dashboard/" in page
    client.post("/logout")
    login_as("panel_mrk")
    page = client.get("/").get_data(as_text=True)
    assert "/advocacy/" not in page and "/dashboard/" not in page


# -- note pages ------------------------------------------------------------------------

def test_preview_lists_excluded_stories_and_why_without_their_text(client, login_as, world, make_story):
    story = make_story(consent=("evaluation",), title="Titre privé", text="Texte privé du récit.", approved=False)
    login_as("advocacy")
    page = client.post("/advocacy/new", data={"period": world.period("2024-S1").id, "language": "fr",
                                              "action": "preview"}).get_data(as_text=True)
    assert f'data-story="{story.id}"' in page
    for reason in ("no_advocacy_consent", "pseudonymisation_not_approved", "not_selected"):
        assert f'data-reason="{reason}"' in page
    assert "Titre privé" not in page and "Texte privé" not in page


def test_generate_then_download_is_audited(client, login_as, world, make_story, select_stories, db):
    story = make_story(consent=ADVOCACY, title="Un récit choisi")
    other = make_story(consent=ADVOCACY, title="Un autre récit choisi")
    select_stories(story, other)  # one round for the clinic and period (one live round per unit and period)
    user = login_as("advocacy")
    response = client.post("/advocacy/new", data={
        "period": world.period("2024-S1").id, "units": [world.unit("MRK").id], "language": "fr",
        "context": "Our context.\n\nSecond paragraph.", "action": "generate",
        "title": "Les groupes de parole redonnent confiance",
        "key_messages": "Premier message.\nDeuxième message.\nTroisième message.",
        "recommendations": f"Financer les groupes de parole | {story.id}\nFormer les équipes",
        "featured-0-story": str(story.id), "featured-0-passage": "j'ai repris confiance",
        "featured-1-story": f"#{other.id}", "featured-1-passage": "trouvé une formation"})
    assert response.status_code == 302
    note = db.session.scalar(sa.select(NoteExport))
    assert note.story_ids == [story.id, other.id] and note.created_by_id == user.id
    assert note.brief["title"] == "Les groupes de parole redonnent confiance"
    assert note.brief["recommendations"][0] == {"text": "Financer les groupes de parole", "stories": [story.id]}
    listing = client.get("/advocacy/").get_data(as_text=True)
    assert f'id="note-{note.id}"' in listing and 'data-flag="withdrawn"' not in listing
    response = client.get(f"/advocacy/{note.id}/download")
    assert response.status_code == 200 and response.headers["Content-Disposition"].startswith("attachment")
    d = open_docx(response.data)
    assert "1. Un récit choisi" in [p.text for p in d.paragraphs]
    assert d.paragraphs[0].text == "Les groupes de parole redonnent confiance"
    assert "1. Financer les groupes de parole (récits 1 de l'annexe 1)" in [p.text for p in d.paragraphs]
    boxes = [t.rows[0].cells[0].text for t in d.tables if len(t.columns) == 1]
    assert len(boxes) == 2 and "«\u00a0j'ai repris confiance\u00a0»" in boxes[0]
    downloads = db.session.scalars(sa.select(AuditEvent).where(AuditEvent.action == "advocacy_note_download")).all()
    assert [(e.object_id, e.user_id) for e in downloads] == [(note.id, user.id)]


def test_withdrawn_story_flags_the_note_in_the_list(client, login_as, world, make_story, select_stories, db):
    story = make_story(consent=ADVOCACY)
    select_stories(story)
    _note(world, db)
    story_ops.withdraw_consent(story, dt.date(2024, 9, 1))
    db.session.commit()
    login_as("advocacy")
    assert 'data-flag="withdrawn"' in client.get("/advocacy/").get_data(as_text=True)


@pytest.mark.parametrize("data", [
    {"period": "999999"},  # unknown period
    {"period": "abc"},
    {"units": ["FUN"]},  # not an id
    {"language": "de"},
    {"context": "bad \x1b control"},
    {"context": "x" * 6000},
])
def test_bad_note_input_is_a_form_error(client, login_as, world, db, data):
    login_as("advocacy")
    form = {"period": world.period("2024-S1").id, "language": "fr", "action": "generate", **data}
    response = client.post("/advocacy/new", data=form)
    assert response.status_code == 200
    assert db.session.query(NoteExport).count() == 0


def test_forged_unit_outside_reach_is_refused(client, login_as, world, db):
    login_as("advocacy")  # advocacy at NAT: FUN is above, not within reach
    response = client.post("/advocacy/new", data={"period": world.period("2024-S1").id, "language": "fr",
                                                  "units": [world.unit("FUN").id], "action": "generate"})
    assert response.status_code == 200 and "is-invalid" in response.get_data(as_text=True)
    assert db.session.query(NoteExport).count() == 0


def test_admin_uploads_logo_and_template_through_the_page(client, login_as, world, db):
    import docx

    login_as("admin")
    png = charts.bar_chart({"a": 1}, "", fmt="png")
    r = client.post("/advocacy/settings", data={"logo-logo": (io.BytesIO(png), "logo.png")},
                    content_type="multipart/form-data")
    assert r.status_code == 302
    buf = io.BytesIO()
    docx.Document().save(buf)
    r = client.post("/advocacy/settings", data={"template-template": (io.BytesIO(buf.getvalue()), "ref.docx")},
                    content_type="multipart/form-data")
    assert r.status_code == 302
    current = ops.settings_for(world.programme)
    assert current.logo == png and current.template_filename == "ref.docx"
    r = client.post("/advocacy/settings", data={"template-template": (io.BytesIO(b"%PDF-1.4"), "x.docx")},
                    content_type="multipart/form-data")
    assert r.status_code == 200 and "readable Word" in r.get_data(as_text=True)
    assert client.post("/advocacy/settings", data={"clear": "logo"}).status_code == 302
    db.session.expire_all()
    assert ops.settings_for(world.programme).logo is None


# -- dashboard ------------------------------------------------------------------------

def test_dashboard_counts_only_visible_units(client, login_as, world, make_story):
    make_story(unit="MRK", domain="health")
    make_story(unit="MRK", domain="health")
    make_story(unit="AGA", domain="autonomy", user="facil_aga")
    login_as("facil_aga")
    page = client.get("/dashboard/").get_data(as_text=True)
    assert "1 story submitted" in page or "1 récit" in page
    assert "<svg" in page and "msc-chart" in page and "MRK" not in page.split("<svg", 1)[1].split("</svg>")[0]
    assert 'data-absent="themes"' not in page and 'data-absent="funnel"' in page  # funnel: choose a period


def test_dashboard_data_by_unit_domain_period_facilitator_consent(world, make_story):
    make_story(unit="MRK", domain="health", consent=ADVOCACY)
    make_story(unit="MRK", domain="autonomy", consent="refused")
    make_story(unit="AGA", domain="autonomy", period="2024-S2", user="facil_aga")
    scope = resolve_scope(world.programme, all_unit_ids(world.programme))
    data = dashboard(scope)
    assert data["total"] == 3 and data["by_unit"] == {"AGA": 1, "MRK": 2}
    assert data["by_period"] == {"2024-S1": 2, "2024-S2": 1}
    assert data["by_facilitator"] == {"Facil Mrk": 2, "Facil Aga": 1}
    assert data["consent"]["given"] == 2 and data["consent"]["refused"] == 1 and data["consent"]["use_advocacy"] == 1
    assert data["themes"]["Estime de soi"] == 3 and data["funnel"] is None  # the funnel needs a period
    s1 = dashboard(resolve_scope(world.programme, all_unit_ids(world.programme), period="2024-S1",
                                 domains=["health"]))
    assert s1["total"] == 1 and s1["by_period"] == {"2024-S1": 1, "2024-S2": 0}


def test_dashboard_charts_are_drawn_once_per_data(client, login_as, world, make_story):
    from msc.dashboard import charts as dash_charts

    make_story()
    login_as("admin")
    client.get("/dashboard/?period=2024-S1")
    misses = dash_charts.cache_info().misses
    client.get("/dashboard/?period=2024-S1")
    assert dash_charts.cache_info().misses == misses


@pytest.mark.parametrize("query", ["period=1999-S9", "unit=ZZZ", "domain=nope", "unit=FUN", "unit=AGA"])
def test_dashboard_unknown_or_foreign_filters_are_404(client, login_as, world, query):
    login_as("facil_mrk")
    assert client.get(f"/dashboard/?{query}").status_code == 404
    assert client.get(f"/dashboard/export.csv?{query}").status_code == 404


def test_unknown_export_format_is_404(client, login_as):
    login_as("admin")
    assert client.get("/dashboard/export.pdf").status_code == 404


# -- exports ----------------------------------------------------------------------------

def _csv_rows(data: bytes):
    return list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"))))


def test_non_admins_get_the_pseudonymised_text_only(client, login_as, world, make_story):
    from msc.analysis.queries import approved_text

    story = make_story(text="Fatima de Marrakech m'a aidée.", significance="Fatima a retrouvé confiance.")
    login_as("coord_mrk")  # analysed and approved by make_story
    row = _csv_rows(client.get("/dashboard/export.csv").data)[0]
    assert row["text"] == approved_text(story) and "Fatima" not in row["text"] and row["text_kind"] == "pseudonymised"
    assert row["significance"] == story.pseudonym_approval.significance and "Fatima" not in row["significance"]
    assert row["significance"].endswith("a retrouvé confiance.") and row["storyteller_code"] == ""
    client.post("/logout")
    login_as("admin")
    row = _csv_rows(client.get("/dashboard/export.csv").data)[0]
    assert row["text"] == "Fatima de Marrakech m'a aidée." and row["significance"] == "Fatima a retrouvé confiance."


def test_withdrawn_refused_and_missing_consent_never_leave_with_text(client, login_as, world, make_story, db):
    withdrawn = make_story(text="Texte retiré.")
    story_ops.withdraw_consent(withdrawn, dt.date(2024, 5, 1))
    make_story(consent="refused", text="Texte refusé.")
    make_story(consent=None, text="Texte sans consentement.")
    db.session.commit()
    login_as("admin")
    for fmt in ("csv", "xlsx", "jsonl"):
        data = client.get(f"/dashboard/export.{fmt}").data
        if fmt == "xlsx":
            wb = openpyxl.load_workbook(io.BytesIO(data))
            blob = " ".join(str(c.value) for ws in wb for row in ws.iter_rows() for c in row)
        else:
            blob = data.decode("utf-8")
        assert "Texte" not in blob.replace("text_kind", ""), fmt
        assert "withheld" in blob


def test_csv_and_xlsx_neutralise_formulas(client, login_as, world, make_story):
    make_story(title="=HYPERLINK(\"http://evil\")", text="+cmd|' /C calc'!A0")
    login_as("admin")
    row = _csv_rows(client.get("/dashboard/export.csv").data)[0]
    assert row["title"].startswith("'=") and row["text"].startswith("'+")
    wb = openpyxl.load_workbook(io.BytesIO(client.get("/dashboard/export.xlsx").data))
    assert wb.sheetnames == ["stories", "themes"]
    header = [c.value for c in wb["stories"][1]]
    title = wb["stories"].cell(row=2, column=header.index("title") + 1).value
    assert title.startswith("'=")
    assert [c.value for c in wb["themes"][1]] == ["story_id", "theme"]


def test_jsonl_has_metadata_and_typed_values_and_is_audited(client, login_as, world, make_story, db):
    story = make_story(text="سافرت 👩🏽‍⚖️ <b>html</b>", people_concerned=2)
    user = login_as("coord_nat")
    lines = client.get("/dashboard/export.jsonl?period=2024-S1").data.decode("utf-8").splitlines()
    meta, row = json.loads(lines[0])["_meta"], json.loads(lines[1])
    assert meta["count"] == 1 and meta["themes_available"] is True and meta["period"] == "2024-S1"
    assert row["id"] == story.id and row["people_concerned"] == 2 and row["text"] == "سافرت 👩🏽‍⚖️ <b>html</b>"
    assert row["themes"] == [] and row["selection"] == []  # no theme confirmed by a person yet and row["consent_uses"] == "evaluation,panel"
    event = db.session.scalar(sa.select(AuditEvent).where(AuditEvent.action == "stories_export"))
    assert event.user_id == user.id and event.details["format"] == "jsonl" and event.details["rows"] == 1


def test_advocacy_export_covers_the_units_of_the_role(client, login_as, world, make_story):
    make_story(unit="MRK")
    make_story(unit="AGA", user="facil_aga")
    login_as("advocacy")
    assert len(_csv_rows(client.get("/dashboard/export.csv").data)) == 2


def test_hostile_labels_in_charts_stay_text(client, login_as, world, make_story, db):
    world.users["facil_mrk"].name = "--><script>alert(1)</script><!--"
    db.session.commit()
    make_story(title="<img src=x onerror=alert(1)>")
    login_as("admin")
    page = client.get("/dashboard/").get_data(as_text=True)
    assert "<script>alert(1)" not in page and "<img src=x" not in page


def test_a_second_person_approves_the_draft_on_the_list(client, login_as, world, db):
    scope = resolve_scope(world.programme, all_unit_ids(world.programme), period="2024-S1", units=["NAT"])
    note = ops.generate_note(scope, user=world.users["advocacy"])
    db.session.commit()
    login_as("advocacy")
    listing = client.get("/advocacy/").get_data(as_text=True)
    assert 'data-state="draft"' in listing and f"/advocacy/{note.id}/approve" not in listing  # not the author's
    assert client.post(f"/advocacy/{note.id}/approve", data={"sha256": note.sha256}).status_code == 302
    db.session.refresh(note)
    assert not note.is_approved
    login_as(None)
    login_as("admin")
    assert f"/advocacy/{note.id}/approve" in client.get("/advocacy/").get_data(as_text=True)
    assert client.post(f"/advocacy/{note.id}/approve", data={"sha256": "f" * 64}).status_code == 302
    db.session.refresh(note)
    assert not note.is_approved  # not the file the admin read
    assert client.post(f"/advocacy/{note.id}/approve", data={"sha256": note.sha256}).status_code == 302
    db.session.refresh(note)
    assert note.is_approved and note.approved_by_id == world.users["admin"].id
    response = client.get(f"/advocacy/{note.id}/download")
    assert "-draft" not in response.headers["Content-Disposition"]
    assert 'data-state="approved"' in client.get("/advocacy/").get_data(as_text=True)


def test_admin_chooses_the_paper_of_the_notes(client, login_as, world, db):
    login_as("admin")
    assert client.post("/advocacy/settings", data={"paper-page_size": "Letter"}).status_code == 302
    assert ops.settings_for(world.programme).page_size == "Letter"
    assert client.post("/advocacy/settings", data={"paper-page_size": "A3"}).status_code == 200
    assert ops.settings_for(world.programme).page_size == "Letter"


def test_key_messages_are_scanned_for_personal_data_before_the_note_is_made(client, login_as, world, db):
    login_as("advocacy")
    data = {"period": world.period("2024-S1").id, "language": "fr", "action": "generate",
            "key_messages": "Mme Khadija Alaoui (khadija.alaoui@example.org) a été entendue.\nDeux.\nTrois."}
    body = client.post("/advocacy/new", data=data).get_data(as_text=True)
    assert 'data-testid="pii-warning"' in body and db.session.scalar(sa.select(sa.func.count(NoteExport.id))) == 0
    assert 'name="key_messages"' in body and 'name="action" value="generate"' in body


def test_the_page_says_which_stories_come_from_a_translation_and_proposes_a_title(client, login_as, world,
                                                                                  make_story, select_stories):
    told = make_story(consent=ADVOCACY, language="en", text="The judge listened to me at last, in the court.",
                      translation="Grâce au groupe, je suis allée au tribunal et le juge m'a écoutée pour la première "
                                  "fois de ma vie, avec mon avocate et mon amie.")
    alone = make_story(consent=ADVOCACY, language="en", text="The group helped me find a job.")
    select_stories(told, alone)
    login_as("advocacy")
    page = client.post("/advocacy/new", data={"period": world.period("2024-S1").id, "language": "fr",
                                              "action": "preview"}).get_data(as_text=True)
    assert f'data-translated="{told.id}"' in page and f'data-translated="{alone.id}"' not in page
    assert f'data-story="{alone.id}"' in page and 'data-reason="no_translation"' in page
    assert "ce qui a changé pour les personnes accompagnées" in page  # the proposed title, to rewrite
