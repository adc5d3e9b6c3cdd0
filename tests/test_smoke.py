def test_login_page_renders_in_french_by_default(client):
    response = client.get("/login")
    assert response.status_code == 200
    assert 'lang="fr"' in response.get_data(as_text=True)


def test_world_has_the_demo_units(world):
    assert {u.code for u in world.programme.units} == {"FUN", "NAT", "MRK", "AGA", "TNG"}
