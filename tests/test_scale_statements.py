"""Pages cost what they show: the number of SQL statements of the story list, search, dashboard and round
creation is the same with 10 stories as with 210 (issue 15, point 8)."""
from contextlib import contextmanager

import pytest
import sqlalchemy as sa

from msc.imports.bulk import bulk_stories
from msc.selection.models import Candidate, Round
from msc.stories.models import Story


@contextmanager
def statements(db):
    """Count the SQL statements sent to the database inside the block."""
    seen = []

    def count(conn, cursor, statement, parameters, context, executemany):
        seen.append(statement)

    sa.event.listen(db.engine, "before_cursor_execute", count)
    try:
        yield seen
    finally:
        sa.event.remove(db.engine, "before_cursor_execute", count)


def _get(client, db, url):
    client.get(url)  # once to warm what a first request loads
    with statements(db) as seen:
        response = client.get(url)
    assert response.status_code == 200, url
    return len(seen), response.get_data(as_text=True)


def _create_round(client, db, world, unit):
    data = {"unit": world.unit(unit).id, "period": world.period("2024-S1").id, "method": "consensus",
            "domains": [d.id for d in world.programme.domains if not d.is_retired], "winners_per_domain": 1}
    with statements(db) as seen:
        response = client.post("/rounds/new", data=data)
    assert response.status_code == 302, response.get_data(as_text=True)[:300]
    round_ = db.session.scalar(sa.select(Round).where(Round.unit_id == world.unit(unit).id))
    return len(seen), db.session.scalar(sa.select(sa.func.count(Candidate.id)).where(Candidate.round_id == round_.id))


PAGES = {
    "list": "/stories/",
    "list_filtered": "/stories/?status=submitted&consent=advocacy",
    "search": "/stories/?q=groupe",
    "dashboard": "/dashboard/?period=2024-S1",
}


@pytest.mark.parametrize("who", ["admin", "coord_nat"])
def test_pages_run_as_many_statements_for_200_stories_as_for_10(client, db, world, login_as, who):
    period = [world.period("2024-S1")]
    bulk_stories(world.programme, 10, seed=1, units=[world.unit("MRK")], periods=period)
    login_as(who)
    small = {name: _get(client, db, url) for name, url in PAGES.items()}
    bulk_stories(world.programme, 200, seed=2, units=[world.unit("AGA")], periods=period)
    large = {name: _get(client, db, url) for name, url in PAGES.items()}
    assert db.session.scalar(sa.select(sa.func.count(Story.id))) == 210
    assert 'href="/stories/?page=9"' in large["list"][1] and "?page=2" not in small["list"][1]
    assert {name: n for name, (n, _) in large.items()} == {name: n for name, (n, _) in small.items()}


def test_round_creation_runs_as_many_statements_for_200_candidates_as_for_10(client, db, world, login_as):
    period = [world.period("2024-S1")]
    bulk_stories(world.programme, 10, seed=3, units=[world.unit("MRK")], periods=period, consent_share=1)
    bulk_stories(world.programme, 200, seed=4, units=[world.unit("AGA")], periods=period, consent_share=1)
    login_as("admin")
    client.get("/rounds/new")
    small, small_candidates = _create_round(client, db, world, "MRK")
    large, large_candidates = _create_round(client, db, world, "AGA")
    assert (small_candidates, large_candidates) == (10, 200)  # every bulk story is ready for a panel
    assert large == small


def test_last_page_is_a_seek_not_an_offset_over_rows(client, db, world, login_as):
    bulk_stories(world.programme, 60, seed=5, units=[world.unit("MRK")], periods=[world.period("2024-S1")])
    login_as("admin")
    newest_first = list(db.session.execute(sa.select(Story.id).order_by(Story.interview_date.desc(),
                                                                         Story.id.desc())).scalars())
    pages, counts = {}, {}
    for n in (1, 2, 3, 99):
        counts[n], html = _get(client, db, f"/stories/?page={n}")
        pages[n] = [i for i in newest_first if f'href="/stories/{i}"' in html]
    assert counts[2] == counts[3] == counts[99] == counts[1] + 1  # the boundary row's look-up, nothing per row
    assert pages[1] == newest_first[:25] and pages[2] == newest_first[25:50] and pages[3] == newest_first[50:]
    assert pages[99] == pages[3]  # past the end: the last page


def test_note_gathering_and_its_preview_run_as_many_statements_for_200_stories_as_for_10(db, world, select_stories):
    from msc.advocacy.queries import included_stories, partition
    from msc.stories.scope import resolve_scope

    period = [world.period("2024-S1")]
    bulk_stories(world.programme, 10, seed=6, units=[world.unit("MRK")], periods=period, consent_share=1)
    chosen = list(db.session.scalars(sa.select(Story).order_by(Story.id).limit(2)))
    select_stories(*chosen)

    def counted():
        scope = resolve_scope(world.programme, {u.id for u in world.programme.units}, period="2024-S1")
        with statements(db) as seen:
            included, excluded = partition(scope)
            gathered = included_stories(scope)
        return len(seen), [s.id for s in gathered], [s.id for s in included], len(excluded)

    small, gathered, included, excluded_small = counted()
    bulk_stories(world.programme, 200, seed=7, units=[world.unit("AGA")], periods=period)
    large, gathered_large, included_large, excluded_large = counted()
    assert gathered == included == gathered_large == included_large
    assert sorted(gathered) == sorted(s.id for s in chosen)
    assert excluded_large == excluded_small + 200  # every other story is listed with its reasons
    assert large == small
