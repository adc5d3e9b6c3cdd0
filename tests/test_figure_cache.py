"""Figures kept per data version (issue 15): the dashboard is counted once and served again while nothing
changed; a new story, a finalised round, a consent withdrawn, a follow-up record show on the next load;
readers with different reaches never share figures. The data version itself: bumped once by a transaction
that writes a counted table, not by sign-ins or audit rows, not by a rolled-back write."""
import csv
import io
from contextlib import contextmanager
from datetime import date

import sqlalchemy as sa

from msc import data_version
from msc.audit import AuditEvent

PERIOD = "period=2024-S1"


@contextmanager
def statements(db):
    seen = []

    def count(conn, cursor, statement, parameters, context, executemany):
        seen.append(statement)

    sa.event.listen(db.engine, "before_cursor_execute", count)
    try:
        yield seen
    finally:
        sa.event.remove(db.engine, "before_cursor_execute", count)


def _rows(client, key, query=PERIOD) -> dict[str, list[str]]:
    response = client.get(f"/dashboard/figure/{key}.csv?{query}")
    assert response.status_code == 200, response.status_code
    return {r[0]: r[1:] for r in list(csv.reader(io.StringIO(response.data.decode("utf-8-sig"))))[1:]}


def _load(client, db, query=PERIOD) -> tuple[str, list[str]]:
    with statements(db) as seen:
        response = client.get(f"/dashboard/?{query}")
    assert response.status_code == 200
    return response.get_data(as_text=True), [s for s in seen if "GROUP BY" in s or "count(" in s.lower()]


def test_a_repeat_load_counts_nothing_and_a_new_story_shows_at_the_next(client, db, login_as, make_story):
    make_story()
    login_as("admin")
    page, counted = _load(client, db)
    assert "1 story submitted" in page and len(counted) > 10  # the first load counts
    page, counted = _load(client, db)
    assert "1 story submitted" in page and counted == []  # the same figures, nothing counted again
    make_story(unit="AGA", user="facil_aga")
    page, counted = _load(client, db)
    assert "2 stories submitted" in page and len(counted) > 10


def test_a_finalised_round_shows_in_the_funnel_at_the_next_load(client, db, login_as, make_story, select_stories):
    story = make_story(consent=("evaluation", "panel", "advocacy"))
    make_story(consent=("evaluation", "panel"))
    login_as("admin")
    assert client.get(f"/dashboard/figure/funnel.csv?{PERIOD}").status_code == 404  # no round yet: no funnel
    select_stories(story)
    assert _rows(client, "funnel")["Clinic"] == ["2", "2", "1"]  # available, candidates, selected


def test_a_withdrawn_consent_and_a_verification_show_at_the_next_load(client, db, login_as, make_story, world):
    from msc.followup import operations as followup_ops
    from msc.stories import operations as story_ops

    story = make_story()
    login_as("admin")
    assert _rows(client, "consent")["Withdrawn"] == ["0", "0.0"]
    assert _rows(client, "coverage")["Verified"] == ["0", "1", "0.0"]
    story_ops.withdraw_consent(story, date(2024, 3, 1), user=world.users["coord_mrk"])
    db.session.commit()
    assert _rows(client, "consent")["Withdrawn"] == ["1", "100.0"]
    followup_ops.record_verification(story, followup_ops.VerificationInput("call", date(2024, 3, 2), "confirmed"),
                                     user=world.users["coord_mrk"])
    db.session.commit()
    assert _rows(client, "coverage")["Verified"] == ["1", "1", "100.0"]


def test_readers_with_different_reaches_never_share_figures(client, db, login_as, make_story):
    make_story()
    make_story(unit="AGA", user="facil_aga")
    login_as("admin")
    assert _rows(client, "by_unit") == {"AGA": ["1"], "MRK": ["1"]}
    login_as(None)
    login_as("coord_mrk")  # the admin's figures are kept; this reach counts its own
    assert _rows(client, "by_unit") == {"MRK": ["1"]}
    login_as(None)
    login_as("coord_nat")
    assert _rows(client, "by_unit") == {"AGA": ["1"], "MRK": ["1"]}


def test_a_renamed_facilitator_shows_without_counting_again(client, db, login_as, make_story, world):
    make_story()
    login_as("admin")
    assert list(_rows(client, "by_facilitator")) == ["Facil Mrk"]
    version = data_version.current()
    world.users["facil_mrk"].name = "Facilitatrice Marrakech"
    db.session.commit()
    assert data_version.current() == version  # users are quiet (sign-ins write them)...
    assert list(_rows(client, "by_facilitator")) == ["Facilitatrice Marrakech"]  # ...names are looked up live


def test_a_transaction_writing_counted_tables_bumps_the_version_once(db, world, make_story):
    before = data_version.current()
    make_story()  # a story, its storyteller, consent, submission, approval: several statements, one transaction
    assert data_version.current() > before
    before = data_version.current()
    db.session.add(AuditEvent(action="story_viewed"))  # reading leaves an audit row: quiet
    db.session.commit()
    assert data_version.current() == before
    world.unit("MRK").name = "Clinique renommée"
    world.period("2024-S1").label = "Semestre 1"
    db.session.commit()
    assert data_version.current() == before + 1


def test_a_rolled_back_write_leaves_the_version(db, world):
    before = data_version.current()
    world.unit("MRK").name = "Renamed then rolled back"
    db.session.flush()
    db.session.rollback()
    assert data_version.current() == before
    world.unit("MRK").name = "Renamed for good"  # the next transaction bumps again
    db.session.commit()
    assert data_version.current() == before + 1


def test_the_version_moves_at_commit_so_a_writer_never_holds_it_while_it_works(db, world):
    """The bump is sent just before COMMIT: until then the counter row is untouched, so on PostgreSQL another
    writer is never kept waiting on it by a transaction still at work (no deadlock through the counter)."""
    units = type(world.unit("AGA")).__table__
    aga = world.unit("AGA").id
    before = data_version.current()
    world.unit("MRK").name = "Renamed, not committed yet"
    db.session.flush()
    assert data_version.current() == before  # written, not yet bumped
    with db.engine.connect() as other:  # another writer, on its own connection, while the first is at work
        if other.dialect.name == "postgresql":
            other.exec_driver_sql("SET lock_timeout = '3s'")  # fails if the counter's row were held
        else:
            db.session.commit()  # SQLite has one writer at a time: the first finishes before the other starts
        other.execute(sa.update(units).where(units.c.id == aga).values(name="Agadir, renamed"))
        other.commit()
    db.session.commit()
    assert data_version.current() == before + 2


def test_a_bulk_import_bumps_the_version(db, world):
    from msc.imports.bulk import bulk_stories

    before = data_version.current()
    bulk_stories(world.programme, 5, seed=1, units=[world.unit("MRK")], periods=[world.period("2024-S1")])
    db.session.commit()
    assert data_version.current() > before


def test_figures_counted_inside_a_writing_transaction_are_not_kept(db, world, make_story):
    from msc.dashboard.queries import dashboard
    from msc.stories.scope import resolve_scope

    first, _second = make_story(), make_story(unit="AGA", user="facil_aga")

    def total():
        return dashboard(resolve_scope(world.programme, {u.id for u in world.programme.units}, period="2024-S1"),
                         "en")["total"]

    assert total() == 2
    first.status = "draft"  # not committed
    db.session.flush()
    assert total() == 1  # counted for this transaction alone...
    db.session.rollback()
    world.unit("AGA").name = "Renamed for good"  # ...another change reaches the version the rolled-back one had
    db.session.commit()
    assert total() == 2  # and finds nothing kept from the rolled-back count


def test_the_notes_figures_follow_a_new_story_and_a_finalised_round(db, world, make_story, select_stories):
    from msc.advocacy.assembly import key_figures
    from msc.advocacy.figures import note_figures
    from msc.stories.scope import resolve_scope

    def figures():
        scope = resolve_scope(world.programme, {u.id for u in world.programme.units}, period="2024-S1")
        return note_figures(scope, "en", in_note=0), key_figures(scope, "en")[1]

    story = make_story(consent=("evaluation", "panel", "advocacy"))
    counts, raw = figures()
    assert (counts.submitted, counts.advocacy_consent, counts.selected_any, counts.levels) == (1, 1, 0, [])
    assert sum(raw["by_unit"].values()) == 1
    assert figures()[0] == counts  # the same figures again
    select_stories(story)
    counts, _raw = figures()
    assert counts.selected_any == 1 and [lv.selected for lv in counts.levels] == [1]
    make_story(unit="AGA", user="facil_aga")
    counts, raw = figures()
    assert counts.submitted == 2 and sum(raw["by_unit"].values()) == 2
