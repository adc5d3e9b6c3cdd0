import pytest

from msc.programmes import operations as ops
from msc.programmes.models import Domain, Unit


def test_admin_adds_a_domain(client, login_as, world, db):
    login_as("admin")
    response = client.post("/admin/programme/domains/new", data={
        "key": "housing", "label_fr": "Logement", "question_fr": "Qu'est-ce qui a changé pour votre logement ?",
        "position": "7"})
    assert response.status_code == 302
    assert db.session.query(Domain).filter_by(key="housing").one().labels == {"fr": "Logement"}


def test_domain_key_must_be_unique(world, db):
    with pytest.raises(ops.SetupError):
        ops.save_domain(world.programme, "health", {"fr": "Santé bis"}, {})


def test_bad_domain_key_is_shown_and_nothing_saved(client, login_as, world, db):
    from msc.programmes.models import Domain

    login_as("admin")
    before = db.session.query(Domain).count()
    response = client.post("/admin/programme/domains/new", data={"key": "Not A Key!", "label_fr": "X"})
    page = response.get_data(as_text=True)
    assert response.status_code == 200 and "alert-danger" in page and "The key must be 2–40 lowercase" in page
    assert db.session.query(Domain).count() == before


def test_period_dates_must_be_ordered(client, login_as, world, db):
    login_as("admin")
    response = client.post("/admin/programme/periods/new", data={
        "code": "2025-S1", "starts_on": "2025-06-30", "ends_on": "2025-01-01"})
    assert response.status_code == 200
    assert world.period("2025-S1") is None


def test_unit_parent_must_be_higher(world, db):
    clinic = world.unit("MRK")
    with pytest.raises(ops.SetupError):
        ops.save_unit(world.programme, "CAS", "Casablanca", world.unit("NAT").level, clinic)


def test_unit_cannot_sit_below_itself(world, db):
    nat = world.unit("NAT")
    with pytest.raises(ops.SetupError):
        ops.save_unit(world.programme, "NAT", "National", nat.level, world.unit("FUN"), unit=world.unit("FUN"))


def test_admin_adds_a_clinic(client, login_as, world, db):
    login_as("admin")
    response = client.post("/admin/programme/units/new", data={
        "code": "cas", "name": "Clinique de Casablanca", "level": world.unit("MRK").level_id,
        "parent": world.unit("NAT").id})
    assert response.status_code == 302
    unit = db.session.query(Unit).filter_by(code="CAS").one()
    assert unit.parent.code == "NAT" and world.users["coord_nat"].has_role("coordinator", unit)


def test_retired_domain_is_not_offered(client, login_as, world, db):
    domain = world.domain("other")
    domain.is_retired = True
    db.session.commit()
    login_as("facil_mrk")
    page = client.get("/stories/new").get_data(as_text=True)
    assert f'value="{domain.id}"' not in page.split('id="domain"')[1].split("</fieldset>")[0]
