"""Inter-coder agreement through its pages: a coordinator asks a second coder for a sample, the second coder
codes blind, and the coordinator reads Cohen's kappa per theme and overall with the disagreements."""
import re

import pytest
import sqlalchemy as sa
from conftest import PASSWORD
from markupsafe import escape

from msc.agreement.models import CodingAssignment
from msc.analysis.models import Theme, ThemeDecision, ThemeSuggestion
from msc.audit import AuditEvent


@pytest.fixture
def second(world, db):
    """Another facilitator of MRK, who did not code the stories."""
    from msc.auth import operations as auth_ops

    user = auth_ops.create_user("facil_two@test.msc", "Facil Two", password=PASSWORD, locale="en")
    auth_ops.assign_role(user, "facilitator", world.unit("MRK"))
    db.session.commit()
    world.users["facil_two"] = user
    return user


@pytest.fixture
def coded(world, make_story, db):
    """Four MRK stories coded by facil_mrk (a: s1 s2 s3; b: s1), one not coded, one AGA story coded."""
    from msc.analysis import codebook_ops

    themes = codebook_ops.ensure_codebook(world.programme).themes
    a, b = themes[0], themes[1]
    stories = [make_story(title=f"Récit {name}") for name in ("alpha", "bravo", "charlie", "delta", "echo")]
    aga = make_story(unit="AGA", user="facil_aga", title="Récit foxtrot")
    first = {0: [a, b], 1: [a], 2: [a], 3: []}
    db.session.execute(sa.delete(ThemeSuggestion))
    for i, story in enumerate(stories[:4]):
        for theme in first[i]:
            db.session.add(ThemeDecision(story_id=story.id, theme_id=theme.id, status="added",
                                         user_id=world.users["facil_mrk"].id))
    # s4: coded, with no theme (a rejected suggestion is a coding)
    db.session.add(ThemeDecision(story_id=stories[3].id, theme_id=b.id, status="rejected",
                                 user_id=world.users["facil_mrk"].id))
    db.session.add(ThemeDecision(story_id=aga.id, theme_id=a.id, status="added", user_id=world.users["facil_aga"].id))
    db.session.commit()
    return {"stories": stories, "aga": aga, "a": a, "b": b}


def _ask(client, world, coder, size=10, unit="MRK"):
    return client.post("/agreement/request", data={"unit": world.unit(unit).id, "coder": coder.id, "size": size,
                                                   "period": 0}, follow_redirects=True)


def test_second_coding_end_to_end_gives_kappa_per_theme_and_overall(client, login_as, world, second, coded, db):
    s1, s2, s3, s4, s5 = coded["stories"]
    a, b = coded["a"], coded["b"]
    login_as("coord_mrk")
    page = _ask(client, world, second).get_data(as_text=True)
    assert "4 stories were given to the second coder." in page
    assigned = {x.story_id: x for x in db.session.scalars(sa.select(CodingAssignment))}
    assert set(assigned) == {s1.id, s2.id, s3.id, s4.id}  # s5 was never coded; AGA is another unit
    client.post("/logout")

    login_as("facil_two")
    page = client.get("/agreement/").get_data(as_text=True)
    assert all(s.title in page for s in (s1, s2, s3, s4))
    form = client.get(f"/agreement/assignments/{assigned[s1.id].id}").get_data(as_text=True)
    assert str(escape(s1.text)) in form and "checked" not in form  # blind: the first coding is not shown
    story_page = client.get(f"/stories/{s1.id}").get_data(as_text=True)
    assert 'data-panel="themes-blind"' in story_page and a.labels.get("en", a.key) not in story_page
    answers = {s1.id: [a.id, b.id], s2.id: [a.id], s3.id: [], s4.id: [a.id]}
    for story_id, themes in answers.items():
        response = client.post(f"/agreement/assignments/{assigned[story_id].id}", data={"themes": themes})
        assert response.status_code == 302
    story_page = client.get(f"/stories/{s1.id}").get_data(as_text=True)
    assert 'data-panel="themes-blind"' not in story_page and a.labels.get("en", a.key) in story_page  # sent: shown
    again = client.post(f"/agreement/assignments/{assigned[s1.id].id}", data={"themes": []}, follow_redirects=True)
    assert "already sent" in again.get_data(as_text=True)
    assert {c.theme_id for c in db.session.get(CodingAssignment, assigned[s1.id].id).codes} == {a.id, b.id}
    client.post("/logout")

    login_as("coord_mrk")
    page = client.get("/agreement/").get_data(as_text=True)
    kappas = dict(re.findall(r'data-theme="(\d+)" data-kappa="([^"]*)"', page))
    # theme a: both on s1 s2, first only s3, second only s4: p_o = 1/2, p_e = (3·3 + 1·1)/16 → κ = −1/3
    assert float(kappas[str(a.id)]) == pytest.approx(-1 / 3, abs=1e-4)
    assert float(kappas[str(b.id)]) == pytest.approx(1.0)  # b: s1 for both, absent elsewhere
    others = [k for t, k in kappas.items() if t not in (str(a.id), str(b.id))]
    assert others and all(k == "" for k in others)  # never used by either coder: not computable
    n_themes = db.session.scalar(sa.select(sa.func.count()).select_from(Theme).where(Theme.is_retired.is_(False)))
    n = 4 * n_themes  # pooled (story, theme) pairs: 3 both, 1 first only, 1 second only, the rest neither
    po, pe = (n - 2) / n, (4 * 4 + (n - 4) ** 2) / n ** 2
    overall = float(re.search(r'data-overall="([^"]+)"', page).group(1))
    assert overall == pytest.approx((po - pe) / (1 - pe), abs=1e-4)
    assert sorted(re.findall(r'data-disagreement="(\d+)"', page)) == sorted([str(s3.id), str(s4.id)])
    assert db.session.scalar(sa.select(sa.func.count()).select_from(AuditEvent).where(
        AuditEvent.action == "coding_independent")) == 4


def test_only_the_coder_opens_an_assignment(client, login_as, world, second, coded, db):
    login_as("coord_mrk")
    _ask(client, world, second, size=1)
    assignment = db.session.scalar(sa.select(CodingAssignment))
    for key in ("coord_mrk", "facil_mrk", "admin"):
        client.post("/logout")
        login_as(key)
        assert client.get(f"/agreement/assignments/{assignment.id}").status_code == 404
        assert client.post(f"/agreement/assignments/{assignment.id}", data={"themes": []}).status_code == 404
    assert db.session.get(CodingAssignment, assignment.id).completed_at is None


def test_bad_requests_change_nothing(client, login_as, world, second, coded, db):
    login_as("coord_mrk")
    page = _ask(client, world, world.users["facil_aga"]).get_data(as_text=True)  # not a coder of MRK
    assert "Choose a unit, a second coder" in page  # not among the choices offered
    page = _ask(client, world, world.users["facil_mrk"]).get_data(as_text=True)  # coded them all already
    assert "No coded story of this unit is left" in page
    page = _ask(client, world, second, size=0).get_data(as_text=True)
    assert "Choose a unit, a second coder and a sample" in page
    assert client.post("/agreement/request", data={"unit": world.unit("AGA").id, "coder": second.id,
                                                   "size": 1}).status_code == 302  # AGA is not coord_mrk's
    assert db.session.scalar(sa.select(sa.func.count()).select_from(CodingAssignment)) == 0
    client.post("/logout")
    login_as("facil_two")
    assert client.post("/agreement/request", data={"unit": world.unit("MRK").id, "coder": second.id,
                                                   "size": 1}).status_code == 403


def test_unknown_theme_is_refused(client, login_as, world, second, coded, db):
    login_as("coord_mrk")
    _ask(client, world, second, size=1)
    assignment = db.session.scalar(sa.select(CodingAssignment))
    client.post("/logout")
    login_as("facil_two")
    response = client.post(f"/agreement/assignments/{assignment.id}", data={"themes": [999999]})
    assert response.status_code == 200  # the form says the choice is not valid
    assert db.session.get(CodingAssignment, assignment.id).completed_at is None


def test_no_second_coding_yet(client, login_as, world):
    login_as("coord_mrk")
    page = client.get("/agreement/").get_data(as_text=True)
    assert 'data-absent="agreement"' in page and 'data-absent="pending"' in page


def test_operation_rules(world, second, coded, db):
    from msc.agreement import operations as ops

    mrk, programme = world.unit("MRK"), world.programme
    with pytest.raises(ops.AgreementError, match="must be a facilitator or coordinator"):
        ops.request_second_coding(programme, mrk, world.users["facil_aga"], 2, user=world.users["coord_mrk"])
    with pytest.raises(ops.AgreementError, match="Only a coordinator"):
        ops.request_second_coding(programme, world.unit("AGA"), second, 2, user=world.users["coord_mrk"])
    with pytest.raises(ops.AgreementError, match="sample of 1 to 50"):
        ops.request_second_coding(programme, mrk, second, 51, user=world.users["coord_mrk"])
    made = ops.request_second_coding(programme, mrk, second, 2, user=world.users["coord_mrk"])
    assert len(made) == 2 and {m.coder_id for m in made} == {second.id}
    with pytest.raises(ops.AgreementError, match="not given to you"):
        ops.record_independent_coding(made[0], [], user=world.users["facil_mrk"])
    db.session.rollback()
