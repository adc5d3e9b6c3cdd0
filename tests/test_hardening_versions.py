"""No lost update: a story form opened before someone else saved is refused and shows both versions."""
import re

from msc.stories.models import Story


def _form_data(page: str) -> dict:
    """The edit form as the browser would send it back (inputs, selected options, text areas)."""
    data = {}
    for tag in re.findall(r"<input[^>]*>", page):
        name, value = re.search(r'name="([^"]+)"', tag), re.search(r'value="([^"]*)"', tag)
        if name and value and ("radio" not in tag and "checkbox" not in tag or "checked" in tag):
            data.setdefault(name.group(1), value.group(1))
    for name, body in re.findall(r'<select[^>]*name="([^"]+)"[^>]*>(.*?)</select>', page, re.S):
        chosen = re.search(r'<option selected value="([^"]*)"|<option value="([^"]*)" selected', body)
        if chosen:
            data[name] = chosen.group(1) or chosen.group(2)
    for name, body in re.findall(r'<textarea[^>]*name="([^"]+)"[^>]*>(.*?)</textarea>', page, re.S):
        data[name] = body.strip()
    return data


def test_stale_story_form_is_refused_and_shows_both_versions(client, login_as, make_story, db, world):
    story = make_story(title="Première version", submit=False)
    login_as("facil_mrk")
    first = _form_data(client.get(f"/stories/{story.id}/edit").get_data(as_text=True))
    second = dict(first)
    assert first["version"] == str(story.version)

    first.update(title="Titre du premier facilitateur", action="draft")
    assert client.post(f"/stories/{story.id}/edit", data=first).status_code == 302
    second.update(title="Titre du second facilitateur", action="draft")
    response = client.post(f"/stories/{story.id}/edit", data=second)

    page = response.get_data(as_text=True)
    assert response.status_code == 200
    assert "changed since you opened it" in page
    assert 'id="saved-version"' in page and "Titre du premier facilitateur" in page  # the saved one
    assert 'value="Titre du second facilitateur"' in page  # the user's own, still in the form
    db.session.expire_all()
    assert db.session.get(Story, story.id).title == "Titre du premier facilitateur"

    again = _form_data(page)  # having seen both, the user saves their version on purpose
    again["action"] = "draft"
    assert client.post(f"/stories/{story.id}/edit", data=again).status_code == 302
    db.session.expire_all()
    assert db.session.get(Story, story.id).title == "Titre du second facilitateur"


def test_version_moves_at_every_save(client, login_as, make_story, db):
    story = make_story(submit=False)
    before = story.version
    login_as("facil_mrk")
    data = _form_data(client.get(f"/stories/{story.id}/edit").get_data(as_text=True))
    data.update(title="Nouveau titre", action="draft")
    assert client.post(f"/stories/{story.id}/edit", data=data).status_code == 302
    db.session.expire_all()
    assert db.session.get(Story, story.id).version > before


def test_malformed_version_is_refused_as_stale(client, login_as, make_story, db):
    story = make_story(title="Titre", submit=False)
    login_as("facil_mrk")
    data = _form_data(client.get(f"/stories/{story.id}/edit").get_data(as_text=True))
    data.update(title="Autre", version="9" * 40, action="draft")
    assert "changed since you opened it" in client.post(f"/stories/{story.id}/edit", data=data).get_data(
        as_text=True)
    db.session.expire_all()
    assert db.session.get(Story, story.id).title == "Titre"


def test_stale_domain_form_is_refused_and_shows_both_versions(client, login_as, world, db):
    from msc.programmes.models import Domain

    domain = world.domain("health")
    login_as("admin")
    url = f"/admin/programme/domains/{domain.id}"
    first = _form_data(client.get(url).get_data(as_text=True))
    assert first["version"] == str(domain.version)
    second = dict(first)
    first["label_en"] = "Health, as the first admin wrote it"
    assert client.post(url, data=first).status_code == 302
    second["label_en"] = "Health, as the second admin wrote it"
    page = client.post(url, data=second).get_data(as_text=True)
    assert "changed since you opened it" in page
    assert 'id="saved-version"' in page and "Health, as the first admin wrote it" in page
    assert 'value="Health, as the second admin wrote it"' in page
    db.session.expire_all()
    assert db.session.get(Domain, domain.id).labels["en"] == "Health, as the first admin wrote it"
