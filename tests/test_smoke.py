import pytest
from flask_babel import refresh


@pytest.fixture
def app_config():
    return {"BABEL_DEFAULT_LOCALE": "fr"}  # the product's default


def test_login_page_renders_in_french_by_default(client):
    response = client.get("/login")
    assert response.status_code == 200
    page = response.get_data(as_text=True)
    assert 'lang="fr"' in page and "Se connecter" in page and "Mot de passe" in page


def test_world_has_the_demo_units(world):
    assert {u.code for u in world.programme.units} == {"FUN", "NAT", "MRK", "AGA", "TNG"}


def test_french_user_gets_french_pages_and_arabic_user_rtl(client, world, login_as, db):
    world.users["facil_mrk"].locale = "fr"
    db.session.commit()
    login_as("facil_mrk")
    page = client.get("/stories/").get_data(as_text=True)
    assert "Nouvelle histoire" in page and "Histoires" in page
    world.users["facil_mrk"].locale = "ar"
    db.session.commit()
    refresh()  # the test's requests share one app context, where Flask-Babel keeps the locale
    page = client.get("/stories/").get_data(as_text=True)
    assert 'dir="rtl"' in page and "قصة" in page
