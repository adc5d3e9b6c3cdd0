"""The codebook as a REFI-QDA codebook (.qdc): export, preview and import, round trip, bad files."""
import pytest
import sqlalchemy as sa
from lxml import etree

from msc.analysis import codebook_ops
from msc.analysis.models import Theme
from msc.audit import AuditEvent
from msc.qda import codebook_exchange as exchange
from msc.qda.errors import QdaError
from msc.qda.guids import RETIRED_FOLDER, theme_guid
from msc.qda.xmlcheck import parse_valid

CB = "{urn:QDA-XML:codebook:1.0}"


def _book(world):
    return codebook_ops.ensure_codebook(world.programme)


def _snapshot(book):
    return [(t.key, dict(t.labels), dict(t.definitions), t.is_retired) for t in book.themes], book.version


def test_the_export_is_a_valid_codebook_with_retired_themes_apart(world, db):
    book = _book(world)
    codebook_ops.retire_theme(book.themes[1], user=None)
    tree = parse_valid(exchange.export_qdc(book, "en"), "codebook")
    top = tree.getroot().find(f"{CB}Codes")
    codable = [c for c in top if c.get("isCodable") == "true"]
    assert len(codable) == len(book.themes) - 1
    assert codable[0].get("guid") == theme_guid(book.themes[0].key)
    assert codable[0].get("name") == book.themes[0].labels["en"]
    assert codable[0].findtext(f"{CB}Description") == book.themes[0].definitions["en"]
    folder = top.find(f"{CB}Code[@guid='{RETIRED_FOLDER}']")
    assert folder.get("isCodable") == "false" and [c.get("name") for c in folder] == [book.themes[1].labels["en"]]


@pytest.mark.parametrize("language", ["fr", "en"])
def test_export_then_import_changes_nothing(world, db, language):
    book = _book(world)
    codebook_ops.retire_theme(book.themes[2], user=None)
    db.session.commit()
    before = _snapshot(book)
    raw = exchange.export_qdc(book, language)
    assert exchange.plan_import(book, raw, language).is_empty
    exchange.apply_import(book, raw, language, retire_missing=True)
    db.session.commit()
    assert _snapshot(book) == before


def _edited(book, language="en"):
    """The exported codebook as a team changed it in its QDA package: a rename, a new definition, a new
    code inside a folder, a theme retired by moving it into the retired folder, one theme deleted."""
    root = etree.fromstring(exchange.export_qdc(book, language))
    codes = root.find(f"{CB}Codes")
    by_key = {t.key: codes.find(f"{CB}Code[@guid='{theme_guid(t.key)}']") for t in book.themes}
    by_key["housing"].set("name", "Housing and shelter (incl. evictions)")
    by_key["mental_health"].find(f"{CB}Description").text = "Psychological support and mental health."
    codes.remove(by_key["food_security"])
    folder = etree.SubElement(codes, f"{CB}Code", guid="{5215CC69-B628-4E02-AFB9-9BEEAEE55808}", name="Team codes",
                              isCodable="false")
    etree.SubElement(folder, f"{CB}Code", guid="D7AA29DA-519B-4946-9B90-253B6DB8FD0A", name="Digital violence",
                     isCodable="true")
    retired = etree.SubElement(codes, f"{CB}Code", guid=RETIRED_FOLDER, name="Retired", isCodable="false")
    codes.remove(by_key["addiction"])
    retired.append(by_key["addiction"])
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8")


def test_the_preview_says_what_changes_and_changes_nothing(world, db):
    book = _book(world)
    before = _snapshot(book)
    plan = exchange.plan_import(book, _edited(book), "en")
    assert [(c.key, c.new) for c in plan.of("new")] == [("digital_violence", "Digital violence")]
    assert [(c.key, c.new) for c in plan.of("rename")] == [("housing", "Housing and shelter (incl. evictions)")]
    assert [c.key for c in plan.of("describe")] == ["mental_health"]
    assert [c.key for c in plan.of("retire")] == ["addiction"]
    assert [c.key for c in plan.of("missing")] == ["food_security"]
    db.session.commit()
    assert _snapshot(book) == before


def test_applying_makes_every_change_in_one_version_and_is_audited(world, make_story, db):
    book = _book(world)
    version = book.version
    exchange.apply_import(book, _edited(book), "en", retire_missing=True, version=version, user=world.users["admin"])
    db.session.commit()
    themes = {t.key: t for t in book.themes}
    assert book.version == version + 1
    assert themes["housing"].labels["en"] == "Housing and shelter (incl. evictions)"
    assert themes["housing"].labels["fr"] == "Logement et hébergement"
    assert themes["mental_health"].definitions["en"] == "Psychological support and mental health."
    assert themes["addiction"].is_retired and themes["food_security"].is_retired
    new = themes["digital_violence"]
    assert new.labels["en"] == "Digital violence" and new.patterns == {} and not new.is_retired
    event = db.session.scalars(sa.select(AuditEvent).where(AuditEvent.action == "codebook_qdc_import")).one()
    assert event.details["new"] == 1 and event.user_id == world.users["admin"].id
    story = make_story()  # the analysis still runs with a theme that has no pattern
    assert story.analysis is not None and story.analysis.codebook_version == book.version


def test_without_retire_missing_a_theme_absent_from_the_file_stays(world, db):
    book = _book(world)
    exchange.apply_import(book, _edited(book), "en", retire_missing=False)
    assert not next(t for t in book.themes if t.key == "food_security").is_retired


def test_a_codebook_changed_since_the_preview_is_refused(world, db):
    book = _book(world)
    raw = _edited(book)
    with pytest.raises(QdaError) as refused:
        exchange.apply_import(book, raw, "en", version=book.version - 1)
    assert refused.value.kind == "stale"


BILLION_LAUGHS = b"""<?xml version="1.0"?>
<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>
<CodeBook xmlns="urn:QDA-XML:codebook:1.0"><Codes><Code guid="D7AA29DA-519B-4946-9B90-253B6DB8FD0A" name="&lol3;"
 isCodable="true"/></Codes></CodeBook>"""
XXE = b"""<?xml version="1.0"?>
<!DOCTYPE c [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
<CodeBook xmlns="urn:QDA-XML:codebook:1.0"><Codes><Code guid="D7AA29DA-519B-4946-9B90-253B6DB8FD0A" name="&xxe;"
 isCodable="true"/></Codes></CodeBook>"""
UTF16_XXE = XXE.replace(b'<?xml version="1.0"?>', b'<?xml version="1.0" encoding="UTF-16"?>').decode().encode("utf-16")
PROJECT = b"""<?xml version="1.0"?><Project xmlns="urn:QDA-XML:project:1.0" name="p"/>"""
NO_GUID = b"""<CodeBook xmlns="urn:QDA-XML:codebook:1.0"><Codes><Code name="x" isCodable="true"/></Codes></CodeBook>"""
TWICE = (b"""<CodeBook xmlns="urn:QDA-XML:codebook:1.0"><Codes>"""
         + b"""<Code guid="D7AA29DA-519B-4946-9B90-253B6DB8FD0A" name="a" isCodable="true"/>""" * 2
         + b"""</Codes></CodeBook>""")


@pytest.mark.parametrize(("raw", "kinds"), [
    (b"not xml at all", {"not_xml"}),
    (b"\x89PNG\r\n\x1a\n\x00\x00", {"not_xml"}),
    (b"PK\x03\x04 a zip, maybe a .qdpx", {"not_xml"}),
    (BILLION_LAUGHS, {"doctype"}),
    (XXE, {"doctype"}),
    (UTF16_XXE, {"doctype", "not_xml"}),  # REFI-QDA files are UTF-8; either way refused
    (PROJECT, {"empty"}),  # a project is read for its codebook: this one has none
    (NO_GUID, {"schema"}),
    (TWICE, {"duplicate"}),
    (b"<a>" + b" " * (exchange.MAX_QDC_BYTES + 1) + b"</a>", {"too_large"}),
])
def test_a_bad_file_is_refused_with_a_clear_message_and_changes_nothing(world, db, raw, kinds):
    book = _book(world)
    db.session.commit()
    before = _snapshot(book)
    with pytest.raises(QdaError) as refused:
        exchange.apply_import(book, raw, "en", retire_missing=True)
    assert refused.value.kind in kinds and str(refused.value).strip()
    db.session.rollback()
    assert _snapshot(book) == before
    assert db.session.scalar(sa.select(sa.func.count(Theme.id))) == len(before[0])


def test_the_codebook_of_a_project_exported_by_atlas_ti_is_read(world, db):
    """ATLAS.ti exports a whole project (.qdpx); its codes (one with two sub-codes) become new themes."""
    from pathlib import Path

    raw = (Path(__file__).parent / "data" / "atlas-ti-sample.qdpx").read_bytes()
    book = _book(world)
    plan = exchange.plan_import(book, raw, "en")
    assert [c.new for c in plan.of("new")] == ["Commits", "2022-05-10T02:05:59Z 19e4dce", "2022-02-11T10:39:25Z cdbfd92"]
    assert [c.key for c in plan.of("new")][:2] == ["commits", "code_2022_05_10t02_05_59z_19e4dce"]
    exchange.apply_import(book, raw, "en")
    assert {"commits", "code_2022_02_11t10_39_25z_cdbfd92"} <= {t.key for t in book.themes}


def test_our_own_project_export_reads_back_as_the_same_codebook(world, make_story, db):
    import io

    from msc.qda.operations import export_qdpx
    from msc.stories.scope import resolve_scope

    book = _book(world)
    codebook_ops.retire_theme(book.themes[3], user=None)
    db.session.commit()
    out = io.BytesIO()
    export_qdpx(resolve_scope(world.programme, {u.id for u in world.programme.units}), out, language="fr")
    assert exchange.plan_import(book, out.getvalue(), "fr").is_empty


@pytest.mark.parametrize(("raw", "kind"), [
    (b"PK\x03\x04\x14\x00\x00\x00\x08\x00broken", "not_xml"),
    (b"""<Project xmlns="urn:QDA-XML:project:1.0" name="p"/>""", "empty"),
])
def test_a_project_without_codes_or_a_broken_archive_is_refused(world, db, raw, kind):
    with pytest.raises(QdaError) as refused:
        exchange.plan_import(_book(world), raw, "en")
    assert refused.value.kind == kind


def test_a_zip_bomb_is_refused_before_it_is_unpacked(world, db):
    import io
    import zipfile

    from msc.qda.codebook_qdc import MAX_QDE_BYTES

    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("project.qde", b"<Project>" + b" " * (MAX_QDE_BYTES + 1) + b"</Project>")
    assert len(out.getvalue()) < exchange.MAX_QDC_BYTES
    with pytest.raises(QdaError) as refused:
        exchange.plan_import(_book(world), out.getvalue(), "en")
    assert refused.value.kind == "too_large"
