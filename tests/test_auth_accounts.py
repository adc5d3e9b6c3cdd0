"""Accounts: password rules, per-account lockout with back-off, per-address limit, limiter down, deactivation."""
from datetime import timedelta

import pytest
from conftest import PASSWORD
from flask import g

from msc.audit import AuditEvent
from msc.auth import operations as ops
from msc.auth import passwords
from msc.models_base import utcnow


def _open(client, method, url, **kw):
    g.pop("_login_user", None)
    g.pop("csrf_token", None)
    return client.open(url, method=method, **kw)


def _login(client, key, password=PASSWORD):
    return _open(client, "POST", "/login", data={"email": f"{key}@test.msc", "password": password})


# -- password rules ------------------------------------------------------------------------------

def test_the_common_password_list_is_shipped_and_read_without_its_header():
    words = passwords.common_passwords()
    assert len(words) > 19000
    assert "password1234" in words and "#1stunna" in words  # a '#' inside the data is a password
    assert not any(w.startswith("# ") for w in words)


@pytest.mark.parametrize("password, problem", [
    ("aaaaaaaaaa", "short"), ("1234567890", "short"), ("password12", "short"), ("a-long-pas", "short"),
    ("aaaaaaaaaaaa", "repetitive"), ("121212121212", "repetitive"),
    ("password1234", "common"), ("PASSWORD1234", "common"), ("qwertyuiop123", "common"),
    ("three unrelated words", None), ("password-123", None),
])
def test_password_weakness(password, problem):
    assert passwords.weakness(password) == problem


@pytest.mark.parametrize("password", ["aaaaaaaaaa", "1234567890", "password12", "password1234", "aaaaaaaaaaaa"])
def test_weak_passwords_are_refused_with_a_message(client, world, db, password):
    user = ops.create_user("new@test.msc", "New")
    token = ops.issue_set_password_link_token(user)
    db.session.commit()
    response = client.post(f"/set-password/{token}", data={"password": password, "confirm": password})
    assert response.status_code == 200
    page = response.get_data(as_text=True)
    assert "at least 12 characters" in page or "too common" in page or "different characters" in page
    db.session.refresh(user)
    assert user.password_hash is None


def test_a_common_password_cannot_be_given_on_the_command_line(world, db):
    with pytest.raises(ops.AuthError):
        ops.create_user("cli@test.msc", "Cli", password="qwertyuiop123")


# -- per-account lockout ----------------------------------------------------------------------------

def _at(monkeypatch, when):
    monkeypatch.setattr(ops, "utcnow", lambda: when)


def test_an_account_waits_after_five_failures_and_the_wait_doubles(app, client, world, db, monkeypatch):
    start = utcnow()
    _at(monkeypatch, start)
    for _ in range(ops.LOCK_AFTER):
        assert _login(client, "facil_mrk", "wrong-password-1").status_code == 200
    user = world.users["facil_mrk"]
    db.session.refresh(user)
    assert user.failed_logins == 5 and user.locked_until == start + timedelta(minutes=1)
    response = _login(client, "facil_mrk")  # the right password, while the account waits
    assert response.status_code == 200 and "Wrong e-mail or password" in response.get_data(as_text=True)
    assert db.session.query(AuditEvent).filter_by(action="login_locked", object_id=user.id).count() == 1
    _at(monkeypatch, start + timedelta(seconds=61))
    assert _login(client, "facil_mrk", "wrong-password-1").status_code == 200  # sixth failure: two minutes
    db.session.refresh(user)
    assert user.locked_until == start + timedelta(seconds=61, minutes=2)
    _at(monkeypatch, start + timedelta(seconds=62, minutes=2))
    assert _login(client, "facil_mrk").status_code == 302
    db.session.refresh(user)
    assert user.failed_logins == 0 and user.locked_until is None


def test_the_wait_is_capped_at_an_hour(world, db, monkeypatch):
    user = world.users["facil_mrk"]
    start = utcnow()
    _at(monkeypatch, start)
    user.failed_logins = 40
    ops._record_failure(user)
    assert user.locked_until == start + timedelta(minutes=ops.LOCK_MAX_MINUTES)


def test_lockout_does_not_reveal_whether_an_account_exists(client, world):
    for _ in range(ops.LOCK_AFTER):
        _login(client, "facil_mrk", "wrong-password-1")
    locked = _login(client, "facil_mrk").get_data(as_text=True)
    unknown = _login(client, "nobody", "wrong-password-1").get_data(as_text=True)
    message = "Wrong e-mail or password. After several failed attempts"
    assert message in locked and message in unknown


def test_other_accounts_are_not_locked(client, world):
    for _ in range(ops.LOCK_AFTER + 2):
        _login(client, "facil_mrk", "wrong-password-1")
    assert _login(client, "facil_aga").status_code == 302


# -- per-address limit -------------------------------------------------------------------------------

@pytest.mark.parametrize("app_config", [{"RATELIMIT_ENABLED": True, "LOGIN_RATE_LIMIT": "3 per minute"}])
def test_a_clinic_behind_one_address_signs_in_many_times(app, world):
    """Right sign-ins do not count against the address: twelve colleagues in a minute all get in."""
    limited = app
    keys = ["facil_mrk", "facil_aga", "coord_mrk", "panel_mrk", "panel_nat", "advocacy"] * 2
    for key in keys:
        client = limited.test_client()
        assert _login(client, key).status_code == 302, key
    client = limited.test_client()
    codes = [_login(client, "facil_mrk", "wrong-password-1").status_code for _ in range(4)]
    assert codes == [200, 200, 200, 429]


def test_the_default_limit_is_sized_for_a_clinic(tmp_path, monkeypatch):
    from msc.config import build_config

    monkeypatch.delenv("MSC_LOGIN_RATE_LIMIT", raising=False)
    assert build_config(tmp_path)["LOGIN_RATE_LIMIT"] == "30 per minute;300 per hour"


# Nothing listens on port 1: the limiter's store is down.
@pytest.mark.parametrize("app_config", [{"RATELIMIT_ENABLED": True, "RATELIMIT_STORAGE_URI": "redis://127.0.0.1:1/0"}])
def test_the_limiter_fails_safe_when_its_store_is_down(app, client, world):
    response = _login(client, "facil_mrk")
    assert response.status_code == 503
    assert "try again" in response.get_data(as_text=True)
    assert _open(client, "GET", "/stories/").status_code == 302  # not signed in: never unlimited
    assert _open(client, "GET", "/login").status_code == 200  # the page itself still shows


# -- deactivation ------------------------------------------------------------------------------------

def test_deactivate_and_reactivate(client, login_as, world, db, make_story):
    story = make_story()
    target = world.users["facil_mrk"]
    login_as("admin")
    response = client.post(f"/admin/users/{target.id}/active", data={}, follow_redirects=True)
    assert "Account deactivated." in response.get_data(as_text=True), response.get_data(as_text=True)[-3000:]
    db.session.refresh(target)
    assert not target.is_active
    assert db.session.get(type(story), story.id) is not None  # what the account did stays
    assert "Deactivated" in client.get("/admin/users").get_data(as_text=True)
    other = client.application.test_client()
    assert _login(other, "facil_mrk").status_code == 200
    _open(client, "POST", f"/admin/users/{target.id}/active", data={"is_active": "y"})
    db.session.refresh(target)
    assert target.is_active
    assert _login(other, "facil_mrk").status_code == 302
    actions = [e.action for e in db.session.query(AuditEvent).filter_by(object_id=target.id, object_type="users")]
    assert "user_deactivate" in actions and "user_reactivate" in actions
    assert "login" in actions  # history of the account kept through deactivation


def test_an_admin_cannot_deactivate_themselves_nor_the_last_admin(client, login_as, world, db):
    admin = world.users["admin"]
    login_as("admin")
    response = client.post(f"/admin/users/{admin.id}/active", data={}, follow_redirects=True)
    assert "You cannot deactivate your own account." in response.get_data(as_text=True)
    with pytest.raises(ops.AuthError):
        ops.set_account_active(admin, False, user=world.users["coord_mrk"])
    db.session.rollback()
    db.session.refresh(admin)
    assert admin.is_active
