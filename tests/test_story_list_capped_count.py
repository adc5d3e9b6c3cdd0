"""The story list counts its rows up to a cap (issue 15): past it the first pages say "more than N stories" and
cost what they show; a page beyond the cap, or past the end, counts exactly (kept per data version) and still
lands on the right rows."""
import re

import pytest
import sqlalchemy as sa
from test_scale_statements import statements

from msc.imports.bulk import bulk_stories
from msc.stories.models import Story

CAP = 50


@pytest.fixture
def app_config():
    return {"STORY_LIST_COUNT_CAP": CAP}


def _page(client, url):
    response = client.get(url)
    assert response.status_code == 200
    return response.get_data(as_text=True)


def _ids(html):
    return [int(i) for i in re.findall(r'href="/stories/(\d+)"', html)]


@pytest.fixture
def listed(db, world, login_as):
    bulk_stories(world.programme, 60, seed=5, units=[world.unit("MRK")], periods=[world.period("2024-S1")])
    db.session.commit()
    login_as("admin")
    return list(db.session.scalars(sa.select(Story.id).order_by(Story.interview_date.desc(), Story.id.desc())))


def test_first_pages_say_more_than_the_cap(client, listed):
    html = _page(client, "/stories/")
    assert "More than 50 stories" in html and "60 stories" not in html
    assert _ids(html) == listed[:25]
    assert 'href="/stories/?page=2"' in html and 'href="/stories/?page=3"' in html  # the pages within the cap
    assert "page-item disabled" in html  # then a gap, no last page number


def test_a_page_beyond_the_cap_and_past_the_end_count_exactly(client, listed):
    html = _page(client, "/stories/?page=3")  # rows 51-60: beyond the cap
    assert "60 stories" in html and _ids(html) == listed[50:]
    html = _page(client, "/stories/?page=99")  # past the end: the last page
    assert "60 stories" in html and _ids(html) == listed[50:]
    assert _ids(_page(client, "/stories/?page=2")) == listed[25:50]


def test_the_capped_count_reads_at_most_cap_plus_one_rows(client, db, listed):
    client.get("/stories/")
    with statements(db) as seen:
        client.get("/stories/")
    counts = [s for s in seen if "count(" in s.lower() and "stories" in s]
    assert len(counts) == 1 and re.search(r"LIMIT", counts[0])  # one bounded count, no count of every story


def test_the_exact_count_is_kept_until_a_story_changes(client, db, listed, make_story):
    client.get("/stories/?page=3")
    with statements(db) as seen:
        client.get("/stories/?page=3")
    assert not [s for s in seen if "count(*)" in s.lower() and "LIMIT" not in s]  # the exact count is kept
    make_story()
    with statements(db) as seen:
        html = _page(client, "/stories/?page=3")
    assert [s for s in seen if "count(*)" in s.lower() and "LIMIT" not in s]  # counted again
    assert "61 stories" in html
