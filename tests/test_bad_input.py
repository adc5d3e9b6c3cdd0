"""Bad input gets a clear message and changes nothing."""
import pytest

from msc.stories.models import Story


def _form(world, **kw):
    data = {"unit": world.unit("MRK").id, "period": world.period("2024-S1").id,
            "domain": world.domain("health").id, "interview_date": "2024-03-01", "language": "fr",
            "title": "Titre", "text": "Un texte.", "consent_status": "given", "consent_mode": "oral",
            "consent_date": "2024-03-01", "consent_uses": ["evaluation"], "action": "submit"}
    data.update(kw)
    return data


@pytest.mark.parametrize("override,needle", [
    ({"title": ""}, "title"),
    ({"text": ""}, "story"),
    ({"title": "x" * 201}, "title"),
    ({"text": "x" * 20001}, "story"),
    ({"text": "bonjour\x00monde"}, "control"),
    ({"title": "tab\x1b[31m"}, "control"),
    ({"interview_date": "2024-13-45"}, "date"),
    ({"interview_date": "2024-09-01"}, "period"),
    ({"interview_date": "2099-01-01"}, "future"),
    ({"domain": "999999"}, "domain"),
    ({"unit": "abc"}, "unit"),
    ({"people_concerned": "-3"}, "people"),
    ({"people_concerned": "beaucoup"}, "people"),
    ({"consent_uses": []}, "use"),
    ({"consent_status": "refused", "consent_uses": ["panel"]}, "refused"),
    ({"consent_status": "maybe"}, "consent"),
    ({"age_band": "200"}, "age"),
])
def test_bad_story_form_saves_nothing(client, world, login_as, db, override, needle):
    login_as("facil_mrk")
    response = client.post("/stories/new", data=_form(world, **override))
    assert response.status_code == 200
    assert "is-invalid" in response.get_data(as_text=True) or "alert-danger" in response.get_data(as_text=True)
    assert db.session.query(Story).count() == 0


def test_emoji_arabic_and_mixed_scripts_are_kept(client, world, login_as, db):
    login_as("facil_mrk")
    text = "Ana daba labas 🙂 — الحمد لله, j'ai trouvé du travail. Привет"
    assert client.post("/stories/new", data=_form(world, text=text, title="مرحبا 🌟")).status_code == 302
    story = db.session.query(Story).one()
    assert story.text == text and story.title == "مرحبا 🌟"


def test_newlines_are_allowed_in_the_story(client, world, login_as, db):
    login_as("facil_mrk")
    client.post("/stories/new", data=_form(world, text="Ligne 1\r\nLigne 2"))
    assert db.session.query(Story).one().text == "Ligne 1\nLigne 2"


@pytest.mark.parametrize("url", ["/stories/abc", "/stories/-1", "/stories/99999999999999999999",
                                 "/stories/?page=abc", "/stories/?unit=99999999999999999999&page=99999999999999", "/stories/?unit=abc&period=%00", "/nowhere"])
def test_odd_urls_never_500(client, login_as, url):
    login_as("coord_mrk")
    assert client.get(url).status_code in (200, 404)


def test_withdraw_twice_is_a_clear_error(client, world, login_as, make_story, db):
    story = make_story(consent=("evaluation", "panel"))
    login_as("facil_mrk")
    client.post(f"/stories/{story.id}/withdraw", data={"withdrawn_on": "2024-06-01"})
    response = client.post(f"/stories/{story.id}/withdraw", data={"withdrawn_on": "2024-06-02"})
    assert response.status_code == 200 and "alert-danger" in response.get_data(as_text=True)
    db.session.refresh(story)
    assert story.consent.withdrawn_on.isoformat() == "2024-06-01"


def test_submit_twice_is_a_clear_error(client, login_as, make_story):
    story = make_story()
    login_as("facil_mrk")
    response = client.post(f"/stories/{story.id}/submit", follow_redirects=True)
    assert "alert-danger" in response.get_data(as_text=True)
