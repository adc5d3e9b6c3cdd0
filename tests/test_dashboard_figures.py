"""The dashboard's figures through its pages, against a hand-built programme: profile, language, unit, facilitator,
consent per use, selection rate per domain and level, themes all vs. selected per level, co-occurrence with its
links to the stories list, verification/feedback/notes coverage; one CSV per figure, filtered, audited, neutralised;
and a number of SQL statements that does not grow with the number of stories."""
import csv
import io
from datetime import date

import pytest
import sqlalchemy as sa

from msc.audit import AuditEvent
from msc.extensions import db as _db

PERIOD = "period=2024-S1"


def _csv(response) -> list[list[str]]:
    assert response.status_code == 200, response.status_code
    assert response.mimetype == "text/csv"
    return list(csv.reader(io.StringIO(response.data.decode("utf-8-sig"))))


def _themes(world):
    from msc.analysis import codebook_ops

    themes = codebook_ops.ensure_codebook(world.programme).themes
    return themes[0], themes[1], themes[2]


def set_themes(db, story, confirmed=(), added=(), rejected=(), suggested=()):
    """The story's themes exactly as given: people's decisions, and suggestions the analysis left undecided."""
    from msc.analysis.models import ThemeDecision, ThemeSuggestion

    db.session.execute(sa.delete(ThemeSuggestion).where(ThemeSuggestion.story_id == story.id))
    for theme in (*confirmed, *rejected, *suggested):
        db.session.add(ThemeSuggestion(story_id=story.id, theme_id=theme.id, evidence=[], codebook_version=1))
    for status, themes in (("confirmed", confirmed), ("added", added), ("rejected", rejected)):
        for theme in themes:
            db.session.add(ThemeDecision(story_id=story.id, theme_id=theme.id, status=status))
    db.session.flush()


@pytest.fixture
def fixture(world, make_story, select_stories, db):
    """Four submitted stories (three MRK, one AGA) and a draft; s1 selected at the clinic, verified, its storyteller
    told by phone, in a note."""
    from msc.advocacy import operations as advocacy_ops
    from msc.auth.reach import all_unit_ids
    from msc.followup import operations as followup_ops
    from msc.stories.scope import resolve_scope

    a, b, c = _themes(world)
    s1 = make_story(domain="autonomy", consent=("evaluation", "panel", "advocacy"), title="Récit alpha")
    s2 = make_story(domain="autonomy", language="ar", title="Récit bravo")
    s3 = make_story(domain="health", consent="refused", language="en", title="Récit charlie")
    s4 = make_story(unit="AGA", domain="health", user="facil_aga", title="Récit delta")
    make_story(domain="health", submit=False, title="Brouillon")
    for story, profile in ((s1, ("18-24", "trans_woman", True)), (s2, ("25-34", "woman", False)),
                           (s3, (None, None, None)), (s4, ("35-44", "trans_man", None))):
        teller = story.storyteller
        teller.age_band, teller.gender, teller.is_migrant = profile
    set_themes(db, s1, confirmed=[a], added=[b])
    set_themes(db, s2, confirmed=[a], rejected=[b], suggested=[c])
    set_themes(db, s3)
    set_themes(db, s4, confirmed=[c], added=[a])
    db.session.commit()
    select_stories(s1)  # s2 (same unit, period and domain, ready) is a candidate the panel did not choose
    followup_ops.record_verification(s1, followup_ops.VerificationInput("call", date(2024, 7, 2), "confirmed",
                                                                        "Vérifié avec la facilitatrice."),
                                     user=world.users["coord_mrk"])
    followup_ops.record_feedback(s1, "phone", date(2024, 7, 3), user=world.users["facil_mrk"])
    advocacy_ops.generate_note(resolve_scope(world.programme, all_unit_ids(world.programme), period="2024-S1"))
    db.session.commit()
    return {"s": (s1, s2, s3, s4), "themes": (a, b, c)}


def _label(theme):
    return theme.labels.get("en") or theme.key


def test_every_figure_is_on_the_page_with_a_table_a_text_alternative_and_a_csv_link(client, login_as, fixture):
    from msc.dashboard.figures import KEYS

    login_as("admin")
    page = client.get(f"/dashboard/?{PERIOD}").get_data(as_text=True)
    for key in KEYS:
        assert f'data-figure="{key}"' in page, key
        assert f'data-csv="{key}"' in page, key
        assert f'data-table="{key}"' in page, key
    # charts: an SVG with a <title>, described by a figcaption that points at the table
    assert page.count('<figure class="chart') == page.count("<figcaption") >= 8
    assert 'aria-describedby="d-by_gender"' in page and 'id="d-by_gender"' in page
    assert 'data-note="coverage"' in page  # what each coverage rate counts


def test_breakdowns_match_the_fixture(client, login_as, fixture):
    login_as("admin")

    def rows(key, query=PERIOD):
        return _csv(client.get(f"/dashboard/figure/{key}.csv?{query}"))

    assert rows("by_unit") == [["Unit", "Stories"], ["AGA", "1"], ["MRK", "3"]]
    assert sorted(rows("by_domain")[1:]) == [["Autonomy", "2"], ["Health", "2"]] or \
        sorted(r[1] for r in rows("by_domain")[1:]) == ["2", "2"]
    assert rows("by_facilitator")[1:] == [["Facil Mrk", "3"], ["Facil Aga", "1"]]
    assert rows("by_age_band")[1:] == [["Not said", "1"], ["18–24", "1"], ["25–34", "1"], ["35–44", "1"]]
    assert rows("by_gender")[1:] == [["Not said", "1"], ["Woman", "1"], ["Trans woman", "1"], ["Trans man", "1"]]
    assert rows("by_migrant")[1:] == [["Migrant", "1"], ["Not migrant", "1"], ["Not said", "2"]]
    assert rows("by_language")[1:] == [["French", "2"], ["English", "1"], ["Arabic / Darija", "1"]]
    consent = {r[0]: r[1:] for r in rows("consent")[1:]}
    assert consent["Given, in force"] == ["3", "75.0"] and consent["Refused"] == ["1", "25.0"]
    assert consent["… covers advocacy"] == ["1", "25.0"] and consent["… covers panel review"] == ["3", "75.0"]
    assert consent["Withdrawn"] == ["0", "0.0"] and consent["Not recorded"] == ["0", "0.0"]
    coverage = {r[0]: r[1:] for r in rows("coverage")[1:]}
    assert coverage["Verified"] == ["1", "4", "25.0"]
    assert coverage["Storyteller told the outcome (feedback)"] == ["1", "1", "100.0"]  # out of the selected
    assert coverage["Used in an advocacy note"] == ["1", "4", "25.0"]
    # filtered by unit: AGA alone
    assert rows("by_unit", "unit=AGA") == [["Unit", "Stories"], ["AGA", "1"]]
    assert rows("coverage", "unit=AGA")[1][1:] == ["0", "1", "0.0"]


def test_selection_rate_per_domain_and_level(client, login_as, fixture, world):
    login_as("admin")
    table = _csv(client.get(f"/dashboard/figure/selection_rate.csv?{PERIOD}"))
    assert table[0] == ["Domain", "Stories", "Selected at Clinic", "Rate at Clinic (%)", "Selected at National office",
                        "Rate at National office (%)", "Selected at Funder", "Rate at Funder (%)"]
    by_domain = {r[0]: r[1:] for r in table[1:]}
    autonomy, health = world.domain("autonomy").label, world.domain("health").label
    assert by_domain[autonomy] == ["2", "1", "50.0", "0", "0.0", "0", "0.0"]
    assert by_domain[health] == ["2", "0", "0.0", "0", "0.0", "0", "0.0"]


def test_themes_all_vs_selected_at_each_level(client, login_as, fixture):
    a, b, c = fixture["themes"]
    login_as("admin")
    page = client.get(f"/dashboard/?{PERIOD}").get_data(as_text=True)
    assert 'data-absent="themes"' not in page and _label(a) in page  # the section is filled
    table = _csv(client.get(f"/dashboard/figure/themes.csv?{PERIOD}"))
    assert table[0] == ["Theme", "All stories", "Selected at Clinic", "Selected at National office",
                        "Selected at Funder"]
    assert table[1:] == [[_label(a), "3", "1", "0", "0"],
                         *sorted([[_label(c), "2", "0", "0", "0"]] + [[_label(b), "1", "1", "0", "0"]],
                                 key=lambda r: (-int(r[1]), r[0]))]
    # a domain filter: only health (s3 without theme, s4 with a and c)
    table = _csv(client.get(f"/dashboard/figure/themes.csv?{PERIOD}&domain=health"))
    assert sorted(table[1:]) == sorted([[_label(a), "1", "0", "0", "0"], [_label(c), "1", "0", "0", "0"]])


def test_cooccurrence_matrix_and_its_links(client, login_as, fixture):
    a, b, c = fixture["themes"]
    s1, s2, s3, s4 = fixture["s"]
    login_as("coord_nat")
    table = _csv(client.get(f"/dashboard/figure/cooccurrence.csv?{PERIOD}"))
    names = table[0][1:]
    matrix = {(r[0], names[i]): int(v) for r in table[1:] for i, v in enumerate(r[1:])}
    la, lb, lc = _label(a), _label(b), _label(c)
    assert matrix[(la, la)] == 3 and matrix[(la, lb)] == matrix[(lb, la)] == 1
    assert matrix[(la, lc)] == matrix[(lc, la)] == 2 and matrix[(lb, lc)] == 0
    page = client.get(f"/dashboard/?{PERIOD}").get_data(as_text=True)
    cell = page.split(f'data-pair="{a.key}|{c.key}"', 1)[1].split("</td>", 1)[0]
    href = cell.split('href="', 1)[1].split('"', 1)[0].replace("&amp;", "&")
    assert f"theme={a.key}" in href and f"theme={c.key}" in href
    listed = client.get(href).get_data(as_text=True)

    def shown(story):  # above the clinics a story is listed as "Story N" (issue 10), so look for its link
        return f'href="/stories/{story.id}"' in listed

    assert shown(s2) and shown(s4) and not shown(s1) and not shown(s3)
    # the stories list only ever shows what the user may see
    client.post("/logout")
    login_as("coord_mrk")
    listed = client.get(href).get_data(as_text=True)
    assert s2.title in listed and s4.title not in listed


def test_advocacy_sees_the_matrix_without_links_to_a_list_it_may_not_open(client, login_as, fixture):
    login_as("advocacy")
    page = client.get(f"/dashboard/?{PERIOD}").get_data(as_text=True)
    assert 'data-table="cooccurrence"' in page and "/stories/?" not in page


def test_stories_list_theme_filter_needs_every_theme(client, login_as, fixture):
    a, b, c = fixture["themes"]
    s1, s2, s3, s4 = fixture["s"]
    login_as("admin")
    listed = client.get(f"/stories/?theme={a.key}").get_data(as_text=True)
    assert all(s.title in listed for s in (s1, s2, s4)) and s3.title not in listed
    listed = client.get(f"/stories/?theme={a.key}&theme={b.key}").get_data(as_text=True)
    assert s1.title in listed and s2.title not in listed  # b was rejected on s2
    listed = client.get("/stories/?theme=no-such-theme").get_data(as_text=True)
    assert s1.title not in listed and "No story matches." in listed


def test_figure_csv_is_audited_neutralised_and_refuses_unknown_or_foreign(client, login_as, fixture, world, db):
    db.session.execute(sa.update(type(world.users["facil_mrk"])).where(
        type(world.users["facil_mrk"]).id == world.users["facil_mrk"].id).values(name="=HYPERLINK(\"x\")"))
    db.session.commit()
    user = login_as("coord_mrk")
    table = _csv(client.get(f"/dashboard/figure/by_facilitator.csv?{PERIOD}"))
    assert table[1] == ["'=HYPERLINK(\"x\")", "3"]  # only MRK's stories: within reach
    event = db.session.scalar(sa.select(AuditEvent).where(AuditEvent.action == "dashboard_figure_export"))
    assert event.user_id == user.id and event.details["figure"] == "by_facilitator"
    assert client.get("/dashboard/figure/nope.csv").status_code == 404
    assert client.get("/dashboard/figure/by_unit.csv?unit=AGA").status_code == 404
    assert client.get("/dashboard/figure/by_unit.csv?period=1999-S1").status_code == 404
    assert _csv(client.get("/dashboard/figure/by_unit.csv"))[1:] == [["MRK", "3"]]


# -- cost: the number of statements does not follow the number of stories ------------------------

def _bulk_stories(world, n, db, start=0):
    """n submitted stories with consent and a confirmed theme, inserted directly (no analysis: fast)."""
    from msc.analysis.models import ThemeDecision
    from msc.stories.models import Consent, Story, Storyteller

    a, _b, c = _themes(world)
    unit, period, domain = world.unit("MRK"), world.period("2024-S1"), world.domain("health")
    for i in range(start, start + n):
        teller = Storyteller(programme_id=world.programme.id, unit_id=unit.id, code=f"BULK-{i}",
                             age_band="25-34" if i % 2 else None, gender="woman")
        story = Story(programme_id=world.programme.id, unit_id=unit.id, period_id=period.id, domain_id=domain.id,
                      storyteller=teller, facilitator_id=world.users["facil_mrk"].id, interview_date=period.starts_on,
                      language="fr", title=f"Bulk {i}", text="Texte.", status="submitted")
        story.consent = Consent(status="given", mode="oral", given_on=period.starts_on, use_panel=True)
        db.session.add(story)
        db.session.flush()
        db.session.add(ThemeDecision(story_id=story.id, theme_id=(a if i % 2 else c).id, status="confirmed"))
    db.session.commit()


def _statements(app, client, url) -> int:
    from flask import g
    from flask_babel import refresh

    count = {"n": 0}

    def before(conn, cursor, statement, *args):
        count["n"] += 1

    engine = _db.engine
    sa.event.listen(engine, "before_cursor_execute", before)
    try:
        g.pop("_login_user", None)
        refresh()
        assert client.get(url).status_code == 200
    finally:
        sa.event.remove(engine, "before_cursor_execute", before)
    return count["n"]


def test_the_dashboard_costs_the_same_statements_at_10_and_200_stories(app, client, login_as, world, db):
    login_as("admin")
    _bulk_stories(world, 10, db)
    client.get(f"/dashboard/?{PERIOD}")  # warm: charts and caches drawn once
    small = _statements(app, client, f"/dashboard/?{PERIOD}")
    csv_small = _statements(app, client, f"/dashboard/figure/themes.csv?{PERIOD}")
    _bulk_stories(world, 190, db, start=10)
    client.get(f"/dashboard/?{PERIOD}")
    assert _statements(app, client, f"/dashboard/?{PERIOD}") == small
    assert _statements(app, client, f"/dashboard/figure/themes.csv?{PERIOD}") == csv_small
    assert small < 60
