"""Analysis pages: status codes, redirects, permission matrix, bad input, escaping."""
import io

import pytest

from msc.analysis import codebook_ops, queries
from msc.analysis.models import Theme

TEXT = ("Mme Bennani m'a frappée et m'a jetée dehors. Grâce au groupe de parole, j'ai repris confiance. "
        "Appelez-moi au 06 12 34 56 78.")


@pytest.fixture
def story(make_story):
    return make_story(text=TEXT, approved=False)


def _theme(world, key):
    return next(t for t in codebook_ops.ensure_codebook(world.programme).themes if t.key == key)


STORY_PAGES = [
    ("get", "/analysis/stories/{id}/privacy"),
    ("post", "/analysis/stories/{id}/privacy/approve"),
    ("post", "/analysis/stories/{id}/privacy/add"),
    ("post", "/analysis/stories/{id}/themes"),
    ("post", "/analysis/stories/{id}/analyse"),
]


@pytest.mark.parametrize("method,url", STORY_PAGES)
@pytest.mark.parametrize("role,expected", [("facil_aga", 404), ("panel_mrk", 403), ("advocacy", 403), (None, 302)])
def test_story_pages_refuse_others(client, login_as, story, role, expected, method, url):
    login_as(role)
    response = getattr(client, method)(url.format(id=story.id))
    assert response.status_code == expected


@pytest.mark.parametrize("role", ["facil_mrk", "coord_mrk", "admin"])
def test_story_page_shows_highlighted_evidence(client, login_as, story, role):
    login_as(role)
    page = client.get(f"/stories/{story.id}").get_data(as_text=True)
    assert '<mark class="evidence" data-themes="violence_physical">frappée</mark>' in page
    assert "analysis.js" in page and "Pseudonymised text not approved" in page


def test_a_coordinator_above_the_unit_reads_the_story_pseudonymised_only(client, login_as, story):
    """Issue 10: units above the story's own (national office, funder) receive the approved pseudonymised version
    only; before approval they see neither the text nor the evidence, and the review page is closed to them."""
    login_as("coord_nat")
    page = client.get(f"/stories/{story.id}").get_data(as_text=True)
    assert "frappée" not in page and 'data-testid="evidence-text"' not in page
    assert "only its own unit reads it" in page and "Pseudonymised text not approved" in page
    assert client.get(f"/analysis/stories/{story.id}/privacy").status_code == 403


def test_decide_and_add_theme_through_the_page(client, login_as, story, world, db):
    login_as("facil_mrk")
    theme = _theme(world, "violence_physical")
    response = client.post(f"/analysis/stories/{story.id}/themes/{theme.id}", data={"status": "confirmed"})
    assert response.status_code == 302 and response.headers["Location"].endswith(f"/stories/{story.id}#themes")
    housing = _theme(world, "housing")
    client.post(f"/analysis/stories/{story.id}/themes", data={"theme": housing.id})
    states = {r.theme.key: r.state for r in queries.story_themes(story)}
    assert states["violence_physical"] == "confirmed" and states["housing"] == "added"
    client.post(f"/analysis/stories/{story.id}/themes/{theme.id}", data={"status": "clear"})
    assert {r.theme.key: r.state for r in queries.story_themes(story)}["violence_physical"] == "suggested"


def test_bad_decisions(client, login_as, story, world):
    login_as("facil_mrk")
    theme = _theme(world, "violence_physical")
    assert client.post(f"/analysis/stories/{story.id}/themes/{theme.id}", data={"status": "maybe"}).status_code == 400
    assert client.post(f"/analysis/stories/{story.id}/themes/99999", data={"status": "confirmed"}).status_code == 404
    assert client.post(f"/analysis/stories/{story.id}/themes/{2**40}", data={"status": "confirmed"}).status_code == 404
    page = client.post(f"/analysis/stories/{story.id}/themes/{_theme(world, 'housing').id}",
                       data={"status": "confirmed"}, follow_redirects=True).get_data(as_text=True)
    assert "not suggested" in page
    client.post(f"/analysis/stories/{story.id}/themes", data={"theme": "abc"})
    assert queries.confirmed_theme_keys(story) == []


def test_review_screen_flow(client, login_as, story, db):
    login_as("facil_mrk")
    page = client.get(f"/analysis/stories/{story.id}/privacy").get_data(as_text=True)
    assert "[Prénom 1]" in page and "[Téléphone]" in page
    phone = next(s for s in queries.active_spans(story) if s.label == "PHONE")
    assert client.post(f"/analysis/stories/{story.id}/privacy/{phone.id}/remove").status_code == 302
    client.post(f"/analysis/stories/{story.id}/privacy/add", data={"fragment": "groupe de parole", "label": "LOC"})
    preview = queries.preview_text(story)
    assert "06 12 34 56 78" in preview and "[Lieu 1]" in preview
    response = client.post(f"/analysis/stories/{story.id}/privacy/approve",
                           data={"seen": queries.preview_hash(story)})
    assert response.status_code == 302
    db.session.refresh(story)
    assert story.is_ready_for("panel") and story.review_text() == preview


def test_review_bad_input(client, login_as, story, make_story, db):
    login_as("facil_mrk")
    other = make_story(text="Une autre histoire avec Mme Alaoui.", approved=False)
    span = queries.active_spans(other)[0]
    assert client.post(f"/analysis/stories/{story.id}/privacy/{span.id}/remove").status_code == 404
    for data in ({"fragment": "", "label": "PER"}, {"fragment": "Bennani", "label": "NAME"},
                 {"fragment": "x" * 300, "label": "PER"}, {"fragment": "abc\x00", "label": "PER"},
                 {"fragment": "Absent", "label": "PER"}):
        response = client.post(f"/analysis/stories/{story.id}/privacy/add", data=data, follow_redirects=True)
        assert response.status_code == 200
    assert all(s.source == "detected" for s in queries.spans(story))
    assert client.post(f"/analysis/stories/{story.id}/privacy/approve", data={"seen": "short"}).status_code == 400
    response = client.post(f"/analysis/stories/{story.id}/privacy/approve", data={"seen": "0" * 64},
                           follow_redirects=True)
    assert "changed while you were reading" in response.get_data(as_text=True)
    assert story.pseudonym_approval is None


def test_withdrawn_story_is_read_only(client, login_as, make_story, db):
    from datetime import date

    from msc.stories import operations as sops

    story = make_story(text=TEXT, approved=False)
    sops.withdraw_consent(story, date(2024, 6, 1))
    db.session.commit()
    login_as("facil_mrk")
    assert client.get(f"/analysis/stories/{story.id}/privacy").status_code == 200
    assert client.post(f"/analysis/stories/{story.id}/privacy/approve",
                       data={"seen": queries.preview_hash(story)}).status_code == 403


ADMIN_PAGES = [("get", "/analysis/codebook"), ("get", "/analysis/codebook/themes/new"),
               ("get", "/analysis/codebook/import"), ("get", "/analysis/known-terms"),
               ("post", "/analysis/codebook/reanalyse")]


@pytest.mark.parametrize("method,url", ADMIN_PAGES)
@pytest.mark.parametrize("role,expected", [("facil_mrk", 403), ("coord_nat", 403), ("panel_nat", 403),
                                           ("advocacy", 403), (None, 302)])
def test_codebook_pages_are_for_admins(client, login_as, world, role, expected, method, url):
    login_as(role)
    assert getattr(client, method)(url).status_code == expected


def test_admin_edits_a_theme_and_html_is_escaped(client, login_as, world, db):
    login_as("admin")
    assert client.get("/analysis/codebook").status_code == 200
    theme = _theme(world, "housing")
    response = client.post(f"/analysis/codebook/themes/{theme.id}", data={
        "key": "ignored", "label_fr": "<script>alert(1)</script>Logement", "label_en": "<script>alert(1)</script>Housing",
        "patterns_fr": "logement\nhebergement d'urgence\n[{\"LOWER\": \"squat\"}]", "patterns_en": "shelter",
        "negation": "y"})
    assert response.status_code == 302
    db.session.refresh(theme)
    assert theme.key == "housing" and theme.codebook.version == 2
    assert theme.patterns["fr"][2] == [{"LOWER": "squat"}]
    page = client.get("/analysis/codebook").get_data(as_text=True)
    assert "<script>alert(1)</script>" not in page and "&lt;script&gt;" in page


def test_admin_theme_form_errors(client, login_as, world):
    login_as("admin")
    theme = _theme(world, "housing")
    for patterns in ("", "[not json", "ab*"):
        response = client.post(f"/analysis/codebook/themes/{theme.id}", data={
            "label_fr": "Logement", "label_en": "Housing", "patterns_fr": patterns, "patterns_en": ""})
        assert response.status_code == 200 and 'alert-danger' in response.get_data(as_text=True)
    response = client.post("/analysis/codebook/themes/new", data={
        "key": "housing", "label_fr": "Doublon", "label_en": "Dup", "patterns_fr": "maison"})
    assert "exists already" in response.get_data(as_text=True)
    response = client.post("/analysis/codebook/themes/new", data={
        "key": "Bad Key!", "label_fr": "x", "label_en": "x", "patterns_fr": "maison"})
    assert response.status_code == 200
    assert codebook_ops.ensure_codebook(world.programme).version == 1


def test_admin_adds_retires_imports(client, login_as, world, db):
    login_as("admin")
    response = client.post("/analysis/codebook/themes/new", data={
        "key": "digital_safety", "label_fr": "Sécurité numérique", "label_en": "Digital safety",
        "patterns_fr": "harcelement en ligne", "negation": "y"})
    assert response.status_code == 302
    theme = db.session.query(Theme).filter_by(key="digital_safety").one()
    client.post(f"/analysis/codebook/themes/{theme.id}/retire", data={"retired": "1"})
    db.session.refresh(theme)
    assert theme.is_retired and theme.codebook.version == 3
    bad = client.post("/analysis/codebook/import", data={"file": (io.BytesIO(b"{oops"), "c.json")},
                      content_type="multipart/form-data")
    assert bad.status_code == 200 and "not valid JSON" in bad.get_data(as_text=True)
    good = client.post("/analysis/codebook/import", content_type="multipart/form-data", data={"file": (io.BytesIO(
        b'{"themes": [{"key": "housing", "labels": {"fr": "Logement", "en": "Housing"}, '
        b'"patterns": {"fr": ["logement"]}}]}'), "c.json")})
    assert good.status_code == 302 and codebook_ops.ensure_codebook(world.programme).version == 4


def test_admin_known_terms(client, login_as, world):
    login_as("admin")
    response = client.post("/analysis/known-terms", data={"terms": "Zouzou\nLOC: café Tiziri"})
    assert response.status_code == 302
    assert "LOC: café Tiziri" in client.get("/analysis/known-terms").get_data(as_text=True)


def test_admin_reanalyses_and_sees_the_job(client, login_as, world, make_story):
    make_story(text=TEXT)
    login_as("admin")
    response = client.post("/analysis/codebook/reanalyse")
    assert response.status_code == 302 and "/analysis/jobs/" in response.headers["Location"]
    page = client.get(response.headers["Location"]).get_data(as_text=True)
    assert "1 of 1 stories analysed" in page and "http-equiv" not in page


def test_job_page_refreshes_while_running(client, login_as, world, db):
    from msc.analysis.models import AnalysisJob

    job = AnalysisJob(programme_id=world.programme.id, kind="all", status="running", total=10, done=4)
    db.session.add(job)
    db.session.commit()
    login_as("admin")
    page = client.get(f"/analysis/jobs/{job.id}").get_data(as_text=True)
    assert 'http-equiv="refresh"' in page and "4 of 10 stories analysed" in page and "40%" in page
    login_as(None)
    login_as("coord_nat")
    assert client.get(f"/analysis/jobs/{job.id}").status_code == 403


def test_static_script_is_served(client):
    response = client.get("/static/analysis.js")
    assert response.status_code == 200 and "evidence-off" in response.get_data(as_text=True)
    response.close()


def test_stale_analysis_is_not_highlighted(client, login_as, story, db):
    story.analysis.text_hash = "0" * 64  # as if the text changed and the job has not run yet
    db.session.commit()
    login_as("facil_mrk")
    page = client.get(f"/stories/{story.id}").get_data(as_text=True)
    assert "running or waiting" in page and 'class="evidence"' not in page
    page = client.get(f"/analysis/stories/{story.id}/privacy").get_data(as_text=True)
    assert 'data-testid="preview"' not in page and "Approve every pseudonymised field" not in page
    client.post(f"/analysis/stories/{story.id}/analyse")
    assert queries.is_analysis_current(story)


def test_story_history_names_the_approval(client, login_as, make_story):
    story = make_story(text=TEXT)
    login_as("facil_mrk")
    assert "pseudonymised text approved" in client.get(f"/stories/{story.id}").get_data(as_text=True)


def test_english_without_ner_is_flagged_on_the_page(client, login_as, make_story):
    from msc.nlp.engine import engine_info

    story = make_story(text="My friend took me to the clinic for an HIV test.", language="en", approved=False)
    login_as("facil_mrk")
    page = client.get(f"/stories/{story.id}").get_data(as_text=True)
    assert ("Names are detected by patterns only" in page) == (not engine_info("en")["ner"])
    assert "Language analysed: English" in page
