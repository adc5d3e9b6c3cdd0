"""Two-factor sign-in through the pages, with real TOTP codes computed by pyotp from the enrolled secret.

The rest of the suite runs with MFA_ROLES empty (tests/conftest.py) so that login_as signs in with the password
alone; this module sets the product's default roles.
"""
import re
import time

import pyotp
import pytest
from conftest import PASSWORD
from flask import g

from msc.audit import AuditEvent
from msc.auth.models import RecoveryCode, User

MFA_ROLES = ("admin", "coordinator", "advocacy")


@pytest.fixture
def app_config():
    return {"MFA_ROLES": MFA_ROLES}


def _open(client, method, url, **kw):
    g.pop("_login_user", None)
    g.pop("csrf_token", None)
    return client.open(url, method=method, **kw)


def _password(client, key):
    return _open(client, "POST", "/login", data={"email": f"{key}@test.msc", "password": PASSWORD})


def _signed_in(client) -> bool:
    return _open(client, "GET", "/preferences").status_code == 200


def _enrol(app, db, key):
    """Sign in with the password, scan (read the secret), send a real code; returns (client, secret, codes)."""
    client = app.test_client()
    response = _password(client, key)
    assert response.status_code == 302 and response.headers["Location"].endswith("/login/enrol")
    assert not _signed_in(client)
    page = _open(client, "GET", "/login/enrol").get_data(as_text=True)
    assert 'src="data:image/svg+xml' in page  # the QR code is drawn here, not fetched
    assert "http://" not in re.search(r'<img[^>]*>', page).group(0).replace("http://www.w3.org", "")
    secret = re.search(r'<code class="user-select-all">([A-Z2-7]+)</code>', page).group(1)
    assert db.session.get(User, db.session.query(User.id).filter_by(email=f"{key}@test.msc").scalar()).mfa_secret \
        == secret
    response = _open(client, "POST", "/login/enrol", data={"code": pyotp.TOTP(secret).now()})
    assert response.status_code == 200
    codes = re.findall(r"<li>([a-z2-9]{4}-[a-z2-9]{4}-[a-z2-9]{4})</li>", response.get_data(as_text=True))
    assert _signed_in(client)
    return client, secret, codes


def test_a_coordinator_enrols_with_a_qr_code_and_gets_ten_recovery_codes(app, world, db):
    client, secret, codes = _enrol(app, db, "coord_mrk")
    assert len(codes) == 10 and len(set(codes)) == 10
    user = world.users["coord_mrk"]
    db.session.refresh(user)
    assert user.has_mfa
    stored = db.session.query(RecoveryCode).filter_by(user_id=user.id).all()
    assert len(stored) == 10 and all(r.code_hash.startswith("$argon2id$") for r in stored)
    assert not any(code in r.code_hash for r in stored for code in codes)
    assert db.session.query(AuditEvent).filter_by(action="mfa_enrol", object_id=user.id).count() == 1


def test_a_wrong_code_does_not_enrol(app, world, db):
    client = app.test_client()
    _password(client, "admin")
    page = _open(client, "GET", "/login/enrol").get_data(as_text=True)
    secret = re.search(r'<code class="user-select-all">([A-Z2-7]+)</code>', page).group(1)
    wrong = pyotp.TOTP(secret).at(time.time() + 600)
    response = _open(client, "POST", "/login/enrol", data={"code": wrong})
    assert response.status_code == 200 and "This code is not right" in response.get_data(as_text=True)
    assert not _signed_in(client)
    db.session.refresh(world.users["admin"])
    assert not world.users["admin"].has_mfa and world.users["admin"].failed_logins == 1


def test_the_next_sign_in_asks_for_a_code_and_a_code_is_used_once(app, world, db):
    _, secret, _ = _enrol(app, db, "coord_mrk")
    client = app.test_client()
    response = _password(client, "coord_mrk")
    assert response.headers["Location"].endswith("/login/code")
    assert not _signed_in(client)  # the password alone opens nothing
    wrong = pyotp.TOTP(secret).at(time.time() + 600)
    response = _open(client, "POST", "/login/code", data={"code": wrong})
    assert response.status_code == 200 and not _signed_in(client)
    assert _open(client, "POST", "/login/code", data={"code": pyotp.TOTP(secret).now()}).status_code == 200
    assert not _signed_in(client)  # the code just used to enrol is spent
    code = pyotp.TOTP(secret).at(time.time() + 30)  # the next one (one step of clock drift is allowed)
    response = _open(client, "POST", "/login/code", data={"code": code})
    assert response.status_code == 302 and _signed_in(client)
    replay = app.test_client()
    _password(replay, "coord_mrk")
    response = _open(replay, "POST", "/login/code", data={"code": code})
    assert response.status_code == 200 and not _signed_in(replay)


def test_a_recovery_code_signs_in_once(app, world, db):
    _, _, codes = _enrol(app, db, "advocacy")
    first = app.test_client()
    _password(first, "advocacy")
    assert _open(first, "POST", "/login/code", data={"code": codes[3].upper()}).status_code == 302
    assert _signed_in(first)
    second = app.test_client()
    _password(second, "advocacy")
    assert _open(second, "POST", "/login/code", data={"code": codes[3]}).status_code == 200
    assert not _signed_in(second)
    assert db.session.query(RecoveryCode).filter_by(user_id=world.users["advocacy"].id).count() == 9


def test_roles_outside_the_setting_sign_in_with_the_password(app, world):
    client = app.test_client()
    response = _password(client, "facil_mrk")
    assert response.status_code == 302 and "/login/" not in response.headers["Location"]
    assert _signed_in(client)


def test_the_code_page_without_a_right_password_goes_back_to_sign_in(app, world):
    client = app.test_client()
    for url in ("/login/code", "/login/enrol"):
        response = _open(client, "POST", url, data={"code": "123456"})
        assert response.status_code == 302 and response.headers["Location"].endswith("/login")
    assert not _signed_in(client)


def test_the_pending_sign_in_expires(app, world, db, monkeypatch):
    _, secret, _ = _enrol(app, db, "coord_mrk")
    client = app.test_client()
    _password(client, "coord_mrk")
    later = time.time() + 301
    monkeypatch.setattr("msc.auth.views.time.time", lambda: later)
    response = _open(client, "POST", "/login/code", data={"code": pyotp.TOTP(secret).at(time.time() + 30)})
    assert response.status_code == 302 and response.headers["Location"].endswith("/login")
    assert not _signed_in(client)


def test_an_admin_resets_a_second_factor(app, world, db):
    victim, _, _ = _enrol(app, db, "coord_mrk")
    admin, _, _ = _enrol(app, db, "admin")
    user = world.users["coord_mrk"]
    assert _open(admin, "POST", f"/admin/users/{user.id}/mfa/reset").status_code == 302
    db.session.refresh(user)
    assert not user.has_mfa and user.mfa_secret is None
    assert db.session.query(RecoveryCode).filter_by(user_id=user.id).count() == 0
    event = db.session.query(AuditEvent).filter_by(action="mfa_reset", object_id=user.id).one()
    assert event.user_id == world.users["admin"].id
    assert not _signed_in(victim)  # its sessions ended with the reset
    again = app.test_client()
    assert _password(again, "coord_mrk").headers["Location"].endswith("/login/enrol")


def test_a_non_admin_cannot_reset(app, world, db):
    _enrol(app, db, "coord_mrk")
    client = app.test_client()
    _password(client, "facil_mrk")
    response = _open(client, "POST", f"/admin/users/{world.users['coord_mrk'].id}/mfa/reset")
    assert response.status_code == 403
    db.session.refresh(world.users["coord_mrk"])
    assert world.users["coord_mrk"].has_mfa


def test_mfa_roles_come_from_the_environment(monkeypatch, tmp_path):
    from msc.config import build_config

    monkeypatch.delenv("MSC_MFA_ROLES", raising=False)
    assert build_config(tmp_path)["MFA_ROLES"] == MFA_ROLES
    monkeypatch.setenv("MSC_MFA_ROLES", "")
    assert build_config(tmp_path)["MFA_ROLES"] == ()
    monkeypatch.setenv("MSC_MFA_ROLES", "admin, panelist")
    assert build_config(tmp_path)["MFA_ROLES"] == ("admin", "panelist")


def test_the_demo_accounts_sign_in_in_one_step(app, db):
    from msc import demo

    demo.load_demo()
    db.session.commit()
    for email in ("admin@demo.msc", "coordination.mrk@demo.msc", "plaidoyer@demo.msc"):
        client = app.test_client()
        response = _open(client, "POST", "/login", data={"email": email, "password": demo.DEMO_PASSWORD})
        assert response.status_code == 302 and "/login/" not in response.headers["Location"], email
        assert _signed_in(client)
