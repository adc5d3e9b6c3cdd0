import re

from msc.stories.models import Story


def _form(world, **kw):
    data = {
        "storyteller_code": "", "age_band": "25-34", "gender": "trans_woman", "is_migrant": "yes",
        "unit": world.unit("MRK").id, "period": world.period("2024-S1").id, "domain": world.domain("autonomy").id,
        "interview_date": "2024-03-10", "language": "fr", "title": "Ma formation en couture",
        "text": "Après la formation en couture, j'ai trouvé un atelier.", "significance": "Je gagne ma vie.",
        "people_concerned": "2", "consent_status": "given", "consent_mode": "written",
        "consent_date": "2024-03-10", "consent_uses": ["evaluation", "panel"], "action": "submit",
    }
    data.update(kw)
    return data


def test_facilitator_enters_and_submits_a_story(client, world, login_as, db):
    login_as("facil_mrk")
    response = client.post("/stories/new", data=_form(world))
    assert response.status_code == 302
    story = db.session.query(Story).one()
    assert story.status == "submitted" and story.storyteller.gender == "trans_woman"
    assert story.consent.uses == ["evaluation", "panel"]
    page = client.get(f"/stories/{story.id}").get_data(as_text=True)
    assert "Ma formation en couture" in page


def test_draft_without_consent(client, world, login_as, db):
    login_as("facil_mrk")
    client.post("/stories/new", data=_form(world, consent_status="", consent_uses=[], consent_date="",
                                           action="draft"))
    assert db.session.query(Story).one().status == "draft"


def test_submit_without_consent_is_refused_and_nothing_saved(client, world, login_as, db):
    login_as("facil_mrk")
    response = client.post("/stories/new", data=_form(world, consent_status="", consent_uses=[], consent_date=""))
    assert response.status_code == 200
    assert "consent" in response.get_data(as_text=True).lower()
    assert db.session.query(Story).count() == 0


def test_domain_questions_are_shown(client, world, login_as):
    login_as("facil_mrk")
    page = client.get("/stories/new").get_data(as_text=True)
    assert world.domain("autonomy").questions["en"].replace("'", "&#39;") in page


def test_edit_records_history(client, world, login_as, make_story, db):
    story = make_story()
    login_as("facil_mrk")
    response = client.post(f"/stories/{story.id}/edit", data=_form(
        world, title="Titre corrigé", storyteller_code=story.storyteller.code, action="draft"))
    assert response.status_code == 302
    page = client.get(f"/stories/{story.id}").get_data(as_text=True)
    assert "Titre corrigé" in page and "title" in page


def test_withdrawal_through_the_page(client, world, login_as, make_story, db):
    story = make_story(consent=("evaluation", "panel", "advocacy"))
    login_as("facil_mrk")
    response = client.post(f"/stories/{story.id}/withdraw", data={"withdrawn_on": "2024-06-01", "note": ""})
    assert response.status_code == 302
    db.session.refresh(story)
    assert story.is_withdrawn
    assert client.get(f"/stories/{story.id}/edit").status_code == 403


def test_search_finds_accent_insensitively(client, world, login_as, make_story):
    make_story(title="Le dépistage", text="Elle a fait son dépistage à la clinique.")
    make_story(title="Pâtisserie", text="Une formation en pâtisserie.")
    login_as("facil_mrk")
    page = client.get("/stories/?q=DEPISTAGE").get_data(as_text=True)
    assert "Le dépistage" in page and "Pâtisserie" not in page


def test_filters(client, world, login_as, make_story):
    make_story(title="Santé S1", domain="health")
    make_story(title="Autonomie S2", domain="autonomy", period="2024-S2")
    login_as("coord_mrk")
    page = client.get(f"/stories/?period={world.period('2024-S2').id}").get_data(as_text=True)
    assert "Autonomie S2" in page and "Santé S1" not in page
    page = client.get("/stories/?consent=advocacy").get_data(as_text=True)
    assert "Santé S1" not in page
    page = client.get("/stories/?status=draft").get_data(as_text=True)
    assert re.search(r"\b0 (stor|histoire)", page)


def test_html_in_fields_is_escaped(client, world, login_as, db):
    login_as("facil_mrk")
    client.post("/stories/new", data=_form(world, title="<script>alert(1)</script>",
                                           text="<b>gras</b> et 😀 et مرحبا"))
    story = db.session.query(Story).one()
    page = client.get(f"/stories/{story.id}").get_data(as_text=True)
    assert "<script>alert(1)</script>" not in page and "&lt;script&gt;" in page
    assert "😀" in page and "مرحبا" in page
