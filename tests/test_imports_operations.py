"""The whole import chain (pipeline.import_stories / preview_import) against a real database (the test world)."""
from __future__ import annotations

import datetime as dt

import pytest
import sqlalchemy as sa
from conftest_imports import KPI_DOMAIN_VALUES, KPI_XLSX, shared_kobo_dir, story_csv, story_row

from msc.audit import AuditEvent
from msc.features import features
from msc.imports import operations as ops
from msc.imports import pipeline
from msc.imports.mapping import ImportSettings, guess_columns
from msc.imports.readers import read_table
from msc.imports.recognise import recognise
from msc.stories.models import Story, Storyteller


def table_of(data: bytes, name: str = "export.csv"):
    return read_table(data, name, max_bytes=10**8)


def settings_for(table, **kw) -> ImportSettings:
    kw.setdefault("unit_code", "MRK")
    kw.setdefault("period_code", "2024-S1")
    mapping = guess_columns(recognise(table))
    mapping.update(kw.pop("mapping", {}))
    return ImportSettings(mapping=mapping, **kw)


def count(db) -> int:
    return db.session.scalar(sa.select(sa.func.count(Story.id)))


def run(world, data, name="export.csv", user=None, **kw):
    table = table_of(data, name)
    return pipeline.import_stories(world.programme, table, settings_for(table, **kw), user=user)


def kpi(world, **kw):
    kw.setdefault("domain_values", KPI_DOMAIN_VALUES)
    return run(world, KPI_XLSX.read_bytes(), KPI_XLSX.name, **kw)


def test_kpi_xlsx_with_a_blocked_row_is_refused_whole(world, db):
    with pytest.raises(ops.ImportRefused) as refused:
        kpi(world)
    assert [(e.row, e.field) for e in refused.value.result.errors] == [(7, "consent")]
    db.session.rollback()
    assert count(db) == 0


def test_kpi_xlsx_imported_leaving_out_blocked_rows_explicitly(world, db):
    result = kpi(world, skip_blocked=True, user=world.users["coord_mrk"])
    db.session.commit()
    assert (result.rows, result.imported, result.skipped_blocked) == (6, 5, 1)
    story = db.session.scalar(sa.select(Story).where(Story.title == "Je connais mes droits"))
    assert story.source == "import" and story.status == "submitted"
    assert story.external_id == "kobo:74127656-b44f-53f3-8011-199945b9aa5d"
    assert story.domain.key == "rights_justice" and story.unit.code == "MRK"
    assert story.consent.mode == "oral" and story.consent.given_on == dt.date(2024, 3, 12)
    assert story.consent.uses == ["evaluation", "panel", "advocacy"]
    assert story.storyteller.code == "CH-014" and story.collector_name == "educatrice_01"
    assert story.facilitator == world.users["coord_mrk"]


def test_reimport_skips_and_counts_duplicates(world, db):
    kpi(world, skip_blocked=True)
    db.session.commit()
    again = kpi(world, skip_blocked=True)
    assert (again.imported, again.skipped_duplicates) == (0, 5)
    assert count(db) == 5


def test_arabic_story_kept_intact(world, db):
    kpi(world, skip_blocked=True)
    story = db.session.scalar(sa.select(Story).where(Story.language == "ar"))
    assert story.title == "بيت صغير" and "الجمعية ساعدتني" in story.text


def test_refused_consent_imported_as_refused(world, db):
    kpi(world, skip_blocked=True)
    story = db.session.scalar(sa.select(Story).where(Story.title == "Soins"))
    assert story.consent.status == "refused" and story.consent.uses == []


def test_consent_without_uses_gives_a_draft_without_consent(world, db):
    result = run(world, story_csv([story_row(1, usages_consentement="")]))
    story = db.session.get(Story, result.story_ids[0])
    assert story.status == "draft" and story.consent is None


def test_consent_mode_read_from_the_file(world, db):
    headers = ["_uuid", "histoire", "domaine", "date_entretien", "consentement",
               "usages_consentement", "mode_consentement"]
    data = story_csv([story_row(1, mode_consentement="Écrit (signé)")], headers=headers)
    result = run(world, data)
    assert db.session.get(Story, result.story_ids[0]).consent.mode == "written"


def test_submission_date_used_when_no_interview_date(world, db):
    headers = ["_uuid", "histoire", "domaine", "consentement", "usages_consentement", "_submission_time"]
    data = story_csv([story_row(1, _submission_time="2024-02-03T10:00:00")], headers=headers)
    result = run(world, data)
    story = db.session.get(Story, result.story_ids[0])
    assert story.interview_date == story.consent.given_on == dt.date(2024, 2, 3)


def test_title_made_from_the_text_when_the_form_has_none(world, db):
    headers = ["_uuid", "histoire", "domaine", "date_entretien", "consentement", "usages_consentement"]
    result = run(world, story_csv([story_row(1)], headers=headers))
    assert db.session.get(Story, result.story_ids[0]).title.startswith("Histoire numéro 1")


def test_storyteller_codes_generated_per_unit(world, db):
    headers = ["_uuid", "histoire", "domaine", "date_entretien", "consentement", "usages_consentement"]
    run(world, story_csv([story_row(1), story_row(2)], headers=headers))
    codes = sorted(db.session.scalars(sa.select(Storyteller.code)))
    assert codes == ["MRK-0001", "MRK-0002"]


def test_existing_storyteller_reused(world, db, make_story):
    make_story(storyteller="CH-001")
    run(world, story_csv([story_row(1)]))
    assert db.session.scalar(sa.select(sa.func.count(Storyteller.id))) == 1


def test_date_outside_the_period_blocks(world, db):
    with pytest.raises(ops.ImportRefused) as refused:
        run(world, story_csv([story_row(1, date_entretien="2024-09-01")]))
    assert "outside the period 2024-S1" in refused.value.result.errors[0].message


def test_duplicate_submission_ids_in_one_file_import_nothing(world, db):
    data = story_csv([story_row(1), story_row(2, _uuid="sub-1"), story_row(3)])
    with pytest.raises(ops.ImportRefused) as refused:
        run(world, data)
    assert {e.row for e in refused.value.result.errors} == {2, 3}
    assert "more than once" in refused.value.result.errors[0].message
    db.session.rollback()
    assert count(db) == 0


def test_unit_the_coordinator_does_not_coordinate_is_refused(world, db):
    with pytest.raises(ops.ImportRefused) as refused:
        run(world, story_csv([story_row(1)]), unit_code="AGA", user=world.users["coord_mrk"])
    assert "do not coordinate the unit AGA" in refused.value.result.errors[0].message


def test_unit_and_period_read_from_columns(world, db):
    headers = ["_uuid", "histoire", "domaine", "date_entretien", "consentement",
               "usages_consentement", "unite", "periode"]
    rows = [story_row(1, unite="MRK", periode="2024-S1"),
            story_row(2, unite="tng", periode="2024-S2", date_entretien="2024-08-01")]
    result = run(world, story_csv(rows, headers=headers), unit_code=None, period_code=None)
    units = sorted(db.session.get(Story, i).unit.code for i in result.story_ids)
    assert units == ["MRK", "TNG"]


def test_formula_like_text_imported_as_text_with_a_note(world, db):
    table = table_of(story_csv([story_row(1, histoire='=HYPERLINK("http://x.example")')]))
    plan = pipeline.preview_import(world.programme, table, settings_for(table))
    assert any("formula" in p.message and not p.blocking for p in plan.rows[0].result.problems)
    result = pipeline.import_stories(world.programme, table, settings_for(table))
    assert db.session.get(Story, result.story_ids[0]).text == '=HYPERLINK("http://x.example")'


def test_import_audited_with_counts_only(world, db):
    kpi(world, skip_blocked=True, user=world.users["coord_mrk"])
    event = db.session.scalar(sa.select(AuditEvent).where(AuditEvent.action == "stories_import"))
    assert event.details == {"rows": 6, "imported": 5, "skipped_duplicates": 0, "skipped_blocked": 1,
                             "fmt": "xlsx"}
    assert event.user_id == world.users["coord_mrk"].id
    texts = " ".join(str(e.details) for e in db.session.scalars(sa.select(AuditEvent)))
    assert "droits" not in texts and "CH-014" not in texts


def test_after_import_hooks_get_the_new_story_ids(world, db, app, monkeypatch):
    seen = []
    monkeypatch.setattr(features(app), "after_import", [seen.append])
    result = kpi(world, skip_blocked=True)
    assert seen == []  # not before the commit
    db.session.commit()
    ops.after_import(result)
    assert seen == [result.story_ids] and len(result.story_ids) == 5


def test_a_failing_hook_does_not_undo_the_import(world, db, app, monkeypatch, caplog):
    def broken(ids):
        raise RuntimeError("queue down")

    monkeypatch.setattr(features(app), "after_import", [broken])
    result = kpi(world, skip_blocked=True)
    db.session.commit()
    ops.after_import(result)
    assert count(db) == 5 and "queue down" in caplog.text


def test_mapping_saved_and_proposed_next_time(world, db, app):
    from msc.imports.choices import initial_settings

    table = table_of(story_csv([story_row(1)]))
    settings = settings_for(table, mapping={"significance": "titre", "title": ""},
                            domain_values={"autonomie": "autonomy"})
    pipeline.import_stories(world.programme, table, settings)
    db.session.commit()
    with app.test_request_context():
        proposed = initial_settings(world.programme, table, world.users["coord_mrk"])
    assert proposed.mapping["significance"] == "titre" and "title" not in proposed.mapping
    assert proposed.domain_values == {"autonomie": "autonomy"}
    assert proposed.unit_code == "MRK"


def test_dry_run_writes_nothing(world, db):
    table = table_of(story_csv([story_row(1)]))
    result = pipeline.import_stories(world.programme, table, settings_for(table), dry_run=True)
    assert result.imported == 1 and count(db) == 0


def test_lookups_do_not_query_per_row(world, db):
    """Bulk-friendly: the number of SELECTs does not grow with the rows."""
    def selects(n):
        seen = []
        listener = lambda conn, cur, stmt, *a: seen.append(stmt) if stmt.lstrip().upper().startswith("SELECT") else None  # noqa: E731 (a one-line listener reads best inline)
        sa.event.listen(db.engine, "before_cursor_execute", listener)
        try:
            run(world, story_csv([story_row(i, _uuid=f"{n}-{i}", code_conteuse=f"C{n}-{i}")
                                  for i in range(n)]))
        finally:
            sa.event.remove(db.engine, "before_cursor_execute", listener)
        db.session.rollback()
        return len(seen)

    assert selects(40) == selects(4)


@pytest.mark.parametrize("prefix", ["cocoemily", "kobotoolbox", "Nestor-Ch", "ropensci_ruODK_build_Flora-Quadrat-0-4_1564384341.csv",
                                    "ropensci_ruODK_build_Flora-Quadrat-0-4_1564384341-taxon"])
def test_real_exports_that_are_not_msc_forms_refused_cleanly(world, db, prefix):
    path = next(p for p in shared_kobo_dir().iterdir() if p.name.startswith(prefix))
    with pytest.raises(ops.ImportRefused) as refused:
        run(world, path.read_bytes(), path.name)
    errors = refused.value.result.errors
    assert errors[0].row == 0 and errors[0].field == "text"
    assert not any(e.field == "text" and e.row > 0 for e in errors)  # said once, not per row
    db.session.rollback()
    assert count(db) == 0
