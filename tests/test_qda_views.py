"""The QDA pages and commands: download within the user's units, original text for admins, codebook exchange."""
import html
import io
import os
import re
import stat

import sqlalchemy as sa
from qda_helpers import Qdpx, coded_story

from msc.analysis import codebook_ops
from msc.audit import AuditEvent


def _names(qdpx):
    return sorted(s.get("name") for s, _ in qdpx.sources().values())


def test_a_coordinator_downloads_the_stories_of_her_units_only(client, login_as, world, make_story, db):
    mine = coded_story(world, make_story, db)
    coded_story(world, make_story, db, unit="AGA", user="facil_aga")
    login_as("coord_mrk")
    page = client.get("/qda/")
    assert page.status_code == 200 and b'data-testid="qdpx-form"' in page.data and b'name="original"' not in page.data
    response = client.get("/qda/export.qdpx?period=2024-S1")
    assert response.status_code == 200 and response.mimetype == "application/zip"
    assert _names(Qdpx(response.data)) == [mine.pseudonym_approval.title]
    assert client.get("/qda/export.qdpx?unit=AGA").status_code == 404  # outside her reach
    assert client.get("/qda/export.qdpx?original=1").status_code == 403
    assert client.get("/qda/export.qdpx?period=nope").status_code == 404


def test_an_admin_may_download_the_original_text(client, login_as, world, make_story, db):
    story = coded_story(world, make_story, db)
    login_as("admin")
    assert b'name="original"' in client.get("/qda/").data
    response = client.get("/qda/export.qdpx?unit=MRK&unit=AGA&original=1")
    (_, text), = Qdpx(response.data).sources().values()
    assert text == story.text
    event = db.session.scalars(sa.select(AuditEvent).where(AuditEvent.action == "qdpx_export")).one()
    assert event.details["original"] is True and event.details["units"] == ["MRK", "AGA"]


def test_facilitators_and_panels_have_no_qda_export(client, login_as, world):
    for role in ("facil_mrk", "panel_mrk"):
        login_as(role)
        assert client.get("/qda/").status_code == 403
        assert client.get("/qda/export.qdpx").status_code == 403
        login_as(None)


def test_the_codebook_page_exports_and_imports_a_qdc(client, login_as, world, db):
    login_as("admin")
    assert b"/qda/codebook.qdc" in client.get("/analysis/codebook").data
    exported = client.get("/qda/codebook.qdc")
    assert exported.status_code == 200 and b"urn:QDA-XML:codebook:1.0" in exported.data
    raw = exported.data.replace(b'name="Housing and shelter"', b'name="Housing"')
    preview = client.post("/qda/codebook/import", data={"file": (io.BytesIO(raw), "team.qdc")},
                          content_type="multipart/form-data")
    assert preview.status_code == 200 and b'data-kind="rename"' in preview.data
    book = codebook_ops.ensure_codebook(world.programme)
    version = book.version
    assert next(t for t in book.themes if t.key == "housing").labels["en"] == "Housing and shelter"
    hidden = dict(re.findall(r'name="(content|version|csrf_token)"[^>]*value="([^"]*)"', preview.get_data(as_text=True)))
    done = client.post("/qda/codebook/import/apply", data={k: html.unescape(v) for k, v in hidden.items()})
    assert done.status_code == 302 and done.location.endswith("/analysis/codebook")
    db.session.expire_all()
    assert next(t for t in book.themes if t.key == "housing").labels["en"] == "Housing"
    assert book.version == version + 1


def test_a_bad_upload_shows_a_message_and_changes_nothing(client, login_as, world, db):
    login_as("admin")
    book = codebook_ops.ensure_codebook(world.programme)
    db.session.commit()
    version = book.version
    response = client.post("/qda/codebook/import", data={"file": (io.BytesIO(b"<html><body>no</body></html>"),
                                                                   "x.qdc")}, content_type="multipart/form-data")
    assert response.status_code == 200 and b"not a REFI-QDA codebook" in response.data
    for content in ("!!not json", '[["not-a-guid", "x", "", false]]', "[]", '{"a": 1}', '[[1, 2]]'):
        response = client.post("/qda/codebook/import/apply", data={"content": content, "version": str(version)})
        assert response.status_code == 302
    db.session.expire_all()
    assert book.version == version


def test_the_commands(app, world, make_story, db, tmp_path):
    story = coded_story(world, make_story, db)
    runner = app.test_cli_runner()
    out = tmp_path / "out" / "project.qdpx"
    result = runner.invoke(args=["export", "qdpx", "--period", "2024-S1", "--unit", "MRK", "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert "1 story(ies)" in result.output and stat.S_IMODE(os.stat(out).st_mode) == 0o600
    assert _names(Qdpx(out.read_bytes())) == [story.pseudonym_approval.title]
    bad = runner.invoke(args=["export", "qdpx", "--period", "nope", "--out", str(tmp_path / "x.qdpx")])
    assert bad.exit_code != 0 and "unknown period" in bad.output and not (tmp_path / "x.qdpx").exists()

    qdc = tmp_path / "codebook.qdc"
    assert runner.invoke(args=["codebook", "export-qdc", "--lang", "en", "--out", str(qdc)]).exit_code == 0
    book = codebook_ops.ensure_codebook(world.programme)
    version = book.version
    same = runner.invoke(args=["codebook", "import-qdc", str(qdc), "--lang", "en", "--apply"])
    assert same.exit_code == 0 and "new\t" not in same.output
    qdc.write_bytes(qdc.read_bytes().replace(b'name="Housing and shelter"', b'name="Shelter"'))
    preview = runner.invoke(args=["codebook", "import-qdc", str(qdc), "--lang", "en"])
    assert "rename\thousing\tHousing and shelter\tShelter" in preview.output and "nothing changed" in preview.output
    db.session.expire_all()
    assert book.version == version
    assert runner.invoke(args=["codebook", "import-qdc", str(qdc), "--lang", "en", "--apply"]).exit_code == 0
    db.session.expire_all()
    assert book.version == version + 1 and next(t for t in book.themes if t.key == "housing").labels["en"] == "Shelter"
    qdc.write_bytes(b"garbage")
    refused = runner.invoke(args=["codebook", "import-qdc", str(qdc), "--apply"])
    assert refused.exit_code != 0 and refused.output.startswith("Error:")  # the message is in the default language
    db.session.expire_all()
    assert book.version == version + 1
