import pytest

from msc.audit import AuditEvent
from msc.auth import operations as ops
from msc.auth.models import User
from msc.auth.passwords import hash_password


def test_passwords_are_argon2id(world):
    assert world.users["admin"].password_hash.startswith("$argon2id$")
    assert hash_password("whatever-long").startswith("$argon2id$")


def test_login_and_logout(client, world, db):
    response = client.post("/login", data={"email": "FACIL_MRK@test.msc ", "password": "password-123"})
    assert response.status_code == 302
    assert client.get("/stories/").status_code == 200
    assert client.get("/logout").status_code == 405  # no state change on GET
    client.post("/logout")
    assert client.get("/stories/").status_code == 302
    assert db.session.query(AuditEvent).filter_by(action="login").count() == 1


def test_wrong_password_is_refused_and_audited(client, world, db):
    response = client.post("/login", data={"email": "facil_mrk@test.msc", "password": "nope-nope-nope"})
    assert response.status_code == 200
    assert client.get("/stories/").status_code == 302
    event = db.session.query(AuditEvent).filter_by(action="login_failed").one()
    assert "nope" not in repr(event.details)


def test_open_redirect_is_refused(client, world):
    response = client.post("/login?next=//evil.example/x",
                           data={"email": "admin@test.msc", "password": "password-123"})
    assert response.headers["Location"] in ("/", "http://localhost/")


@pytest.fixture
def app_config():
    return {}


def test_session_cookie_flags(app, client, world):
    response = client.post("/login", data={"email": "admin@test.msc", "password": "password-123"})
    cookie = response.headers.get("Set-Cookie", "")
    assert "HttpOnly" in cookie and "SameSite=Lax" in cookie


def test_set_password_link_works_once(client, world, db):
    user = ops.create_user("new@test.msc", "New")
    token = ops.issue_set_password_link_token(user)
    db.session.commit()
    response = client.post(f"/set-password/{token}", data={"password": "a-long-password", "confirm": "a-long-password"})
    assert response.status_code == 302
    assert client.get(f"/set-password/{token}").status_code == 404
    assert client.post("/login", data={"email": "new@test.msc", "password": "a-long-password"}).status_code == 302


def test_short_password_is_refused(client, world, db):
    user = ops.create_user("short@test.msc", "Short")
    token = ops.issue_set_password_link_token(user)
    db.session.commit()
    response = client.post(f"/set-password/{token}", data={"password": "short", "confirm": "short"})
    assert response.status_code == 200
    db.session.refresh(user)
    assert user.password_hash is None


def test_admin_creates_user_and_gets_a_link(client, login_as, world, db):
    login_as("admin")
    response = client.post("/admin/users/new", data={"email": "pe@test.msc", "name": "Paire", "locale": "ar",
                                                     "role": "facilitator", "unit": world.unit("TNG").id})
    assert response.status_code == 200 and "/set-password/" in response.get_data(as_text=True)
    user = db.session.query(User).filter_by(email="pe@test.msc").one()
    assert user.has_role("facilitator", world.unit("TNG")) and not user.has_role("facilitator", world.unit("MRK"))
    assert db.session.query(AuditEvent).filter_by(action="role_grant", object_id=user.id).count() == 1


def test_duplicate_email_is_a_form_error(client, login_as, world, db):
    login_as("admin")
    before = db.session.query(User).count()
    response = client.post("/admin/users/new", data={"email": "facil_mrk@test.msc", "name": "X", "locale": "fr",
                                                     "role": "facilitator", "unit": world.unit("TNG").id})
    assert response.status_code == 200 and db.session.query(User).count() == before


def test_last_admin_keeps_the_role(client, login_as, world, db):
    admin = login_as("admin")
    assignment = admin.roles[0]
    client.post(f"/admin/users/{admin.id}/roles/{assignment.id}/remove")
    db.session.refresh(admin)
    assert admin.is_admin


def test_roles_in_different_units(world, db):
    user = world.users["facil_mrk"]
    ops.assign_role(user, "panelist", world.unit("AGA"))
    assert user.has_role("facilitator", world.unit("MRK")) and user.has_role("panelist", world.unit("AGA"))
    assert not user.has_role("panelist", world.unit("MRK"))


def test_role_above_covers_units_below(world):
    coord = world.users["coord_nat"]
    assert coord.has_role("coordinator", world.unit("MRK")) and not coord.has_role("coordinator", world.unit("FUN"))


def test_preferences_change_language(client, login_as, world, db):
    user = login_as("facil_mrk")
    client.post("/preferences", data={"locale": "ar"})
    db.session.refresh(user)
    assert user.locale == "ar"
    assert 'dir="rtl"' in client.get("/stories/").get_data(as_text=True)


def test_the_acting_user_is_recorded_apart_from_the_account(client, login_as, world, db):
    admin = login_as("admin")
    client.post("/admin/users/new", data={"email": "acted@test.msc", "name": "Acted", "locale": "en",
                                          "role": "panelist", "unit": world.unit("MRK").id})
    account = db.session.query(User).filter_by(email="acted@test.msc").one()
    events = db.session.query(AuditEvent).filter_by(object_id=account.id, object_type="users").all()
    assert sorted(e.action for e in events) == ["password_link_issue", "role_grant", "user_create"]
    assert {e.user_id for e in events} == {admin.id}


def test_a_refused_role_removal_is_shown(client, login_as, world, db):
    admin = login_as("admin")
    response = client.post(f"/admin/users/{admin.id}/roles/{admin.roles[0].id}/remove", follow_redirects=True)
    assert "The last administrator cannot lose the admin role." in response.get_data(as_text=True)
