"""Server-side sessions: a copied cookie opens nothing once its session is ended, expired or replaced.

Every test runs on both stores: the database, and Redis (db 15, or MSC_TEST_REDIS_URL) under a prefix of its own.
Between requests the test pops Flask-Login's user (and Flask-WTF's token) from ``g`` (the test's app context is shared by its
requests) so that each request loads its user from its own cookie, as a real server does.
"""
import os
import uuid
from datetime import timedelta

import pytest
from conftest import PASSWORD
from flask import g

from msc.audit import AuditEvent
from msc.auth import sessions
from msc.auth.models import UserSession
from msc.models_base import utcnow

REDIS_URL = os.environ.get("MSC_TEST_REDIS_URL", "redis://127.0.0.1:6379/15")


@pytest.fixture(params=["database", "redis"])
def app_config(request):
    if request.param == "database":
        yield {}
        return
    prefix = f"msc-test-{uuid.uuid4().hex[:8]}:"
    yield {"REDIS_URL": REDIS_URL, "SESSION_REDIS_PREFIX": prefix}
    import redis

    client = redis.Redis.from_url(REDIS_URL)
    for key in client.scan_iter(f"{prefix}*"):
        client.delete(key)


def _open(client, method, url, **kw):
    g.pop("_login_user", None)
    g.pop("csrf_token", None)  # Flask-WTF's per-request cache of the form token
    return client.open(url, method=method, **kw)


def _sign_in(app, key):
    client = app.test_client()
    response = _open(client, "POST", "/login", data={"email": f"{key}@test.msc", "password": PASSWORD})
    assert response.status_code == 302, response.get_data(as_text=True)[:300]
    return client


def _signed_in(client) -> bool:
    response = _open(client, "GET", "/stories/")
    assert response.status_code in (200, 302)
    if response.status_code == 302:
        assert "/login" in response.headers["Location"]
    return response.status_code == 200


def _cookie(client):
    return client.get_cookie("session").value


def _replay(app, cookie):
    other = app.test_client()
    other.set_cookie("session", cookie, domain="localhost")
    return other


def _store_kind(app):
    return type(sessions.store()).__name__


def test_the_store_follows_the_configuration(app, app_config):
    assert _store_kind(app) == ("RedisStore" if app_config else "DatabaseStore")


def test_a_cookie_copied_before_sign_out_opens_nothing_after(app, world):
    client = _sign_in(app, "facil_mrk")
    cookie = _cookie(client)
    assert _signed_in(_replay(app, cookie))  # the copy works while the session lives
    _open(client, "POST", "/logout")
    response = _open(_replay(app, cookie), "GET", "/stories/")
    assert response.status_code == 302 and "/login" in response.headers["Location"]
    login_page = _open(_replay(app, cookie), "GET", response.headers["Location"])
    assert login_page.status_code == 200 and 'name="password"' in login_page.get_data(as_text=True)


def test_signing_out_ends_only_this_session(app, world):
    first, second = _sign_in(app, "facil_mrk"), _sign_in(app, "facil_mrk")
    _open(first, "POST", "/logout")
    assert not _signed_in(first) and _signed_in(second)


def test_a_password_change_ends_every_other_session(app, world):
    here, elsewhere = _sign_in(app, "facil_mrk"), _sign_in(app, "facil_mrk")
    old_cookie = _cookie(here)
    response = _open(here, "POST", "/preferences/password", data={
        "current": PASSWORD, "password": "three unrelated words", "confirm": "three unrelated words"})
    assert response.status_code == 302
    assert _signed_in(here)  # a new session for the person who changed it
    assert not _signed_in(elsewhere)
    assert not _signed_in(_replay(app, old_cookie))


def test_a_wrong_current_password_changes_nothing(app, world):
    here, elsewhere = _sign_in(app, "facil_mrk"), _sign_in(app, "facil_mrk")
    response = _open(here, "POST", "/preferences/password", data={
        "current": "not-the-password", "password": "three unrelated words", "confirm": "three unrelated words"})
    assert response.status_code == 200 and "The current password is not right." in response.get_data(as_text=True)
    assert _signed_in(here) and _signed_in(elsewhere)


def test_a_set_password_link_ends_every_session(app, world, db):
    from msc.auth import operations as ops

    client = _sign_in(app, "facil_mrk")
    token = ops.issue_set_password_link_token(world.users["facil_mrk"])
    db.session.commit()
    response = _open(app.test_client(), "POST", f"/set-password/{token}",
                     data={"password": "three unrelated words", "confirm": "three unrelated words"})
    assert response.status_code == 302
    assert not _signed_in(client)


def test_deactivation_and_role_removal_end_every_session(app, world, db):
    admin = _sign_in(app, "admin")
    facil, panel = _sign_in(app, "facil_mrk"), _sign_in(app, "panel_mrk")
    target = world.users["facil_mrk"]
    assert _open(admin, "POST", f"/admin/users/{target.id}/active", data={}).status_code == 302
    assert not _signed_in(facil)
    panelist = world.users["panel_mrk"]
    assignment = panelist.roles[0]
    _open(admin, "POST", f"/admin/users/{panelist.id}/roles/{assignment.id}/remove")
    response = _open(panel, "GET", "/")
    assert response.status_code == 302 and "/login" in response.headers["Location"]
    assert _signed_in(admin)


def test_sign_out_everywhere(app, world):
    phone, desk = _sign_in(app, "facil_mrk"), _sign_in(app, "facil_mrk")
    colleague = _sign_in(app, "facil_aga")
    response = _open(phone, "POST", "/preferences/sign-out-everywhere")
    assert response.status_code == 302 and "/login" in response.headers["Location"]
    assert not _signed_in(phone) and not _signed_in(desk)
    assert _signed_in(colleague)


def test_the_profile_lists_the_sessions(app, world):
    _sign_in(app, "facil_mrk")
    client = _sign_in(app, "facil_mrk")
    page = _open(client, "GET", "/preferences")
    text = page.get_data(as_text=True)
    assert "this session" in text and "Sign out everywhere" in text
    assert len(sessions.of_user(world.users["facil_mrk"].id)) == 2


def test_admin_sees_and_ends_a_users_sessions(app, world, db):
    admin = _sign_in(app, "admin")
    facil = app.test_client()
    facil.environ_base.update({"HTTP_USER_AGENT": "Mozilla/5.0 (Linux; Android 14) Chrome/120.0",
                               "REMOTE_ADDR": "203.0.113.77"})
    _open(facil, "POST", "/login", data={"email": "facil_mrk@test.msc", "password": PASSWORD})
    assert _signed_in(facil)
    other = _sign_in(app, "facil_mrk")
    user = world.users["facil_mrk"]
    page = _open(admin, "GET", f"/admin/users/{user.id}").get_data(as_text=True)
    assert "Chrome · Android · 203.0.113.0/24" in page and "203.0.113.77" not in page
    records = sessions.of_user(user.id)
    phone = next(r for r in records if "Android" in r.client)
    assert _open(admin, "POST", f"/admin/users/{user.id}/sessions/end", data={"key": phone.key}).status_code == 302
    assert not _signed_in(facil) and _signed_in(other)
    _open(admin, "POST", f"/admin/users/{user.id}/sessions/end", data={})
    assert not _signed_in(other)
    actions = [e.action for e in db.session.query(AuditEvent).filter_by(object_id=user.id, object_type="users")]
    assert "session_end" in actions and "sessions_end" in actions


def test_admin_cannot_end_another_users_session_through_this_user(app, world):
    admin = _sign_in(app, "admin")
    facil = _sign_in(app, "facil_mrk")
    key = sessions.of_user(world.users["facil_mrk"].id)[0].key
    _open(admin, "POST", f"/admin/users/{world.users['facil_aga'].id}/sessions/end", data={"key": key})
    assert _signed_in(facil)


def test_the_session_id_and_csrf_token_change_at_sign_in(app, world):
    app.config["WTF_CSRF_ENABLED"] = True
    serializer = app.session_interface.get_signing_serializer(app)

    def token(page):
        return page.get_data(as_text=True).split('name="csrf_token" type="hidden" value="')[1].split('"')[0]

    client = app.test_client()
    before = token(_open(client, "GET", "/login"))
    csrf_before = serializer.loads(_cookie(client))["csrf_token"]
    response = _open(client, "POST", "/login", data={"email": "facil_mrk@test.msc", "password": PASSWORD,
                                                     "csrf_token": before})
    assert response.status_code == 302
    data = serializer.loads(_cookie(client))
    assert sessions.SESSION_KEY in data and data.get("csrf_token") != csrf_before
    after = token(_open(client, "GET", "/preferences"))
    assert after != before
    first_sid = data[sessions.SESSION_KEY]
    _open(client, "POST", "/logout", data={"csrf_token": after})
    again = token(_open(client, "GET", "/login"))
    _open(client, "POST", "/login", data={"email": "facil_mrk@test.msc", "password": PASSWORD, "csrf_token": again})
    assert serializer.loads(_cookie(client))[sessions.SESSION_KEY] != first_sid


def test_the_store_keeps_a_hash_not_the_token(app, world, db):
    client = _sign_in(app, "facil_mrk")
    token = app.session_interface.get_signing_serializer(app).loads(_cookie(client))[sessions.SESSION_KEY]
    keys = [r.key for r in sessions.of_user(world.users["facil_mrk"].id)]
    assert keys == [sessions.token_key(token)] and token not in keys
    if _store_kind(app) == "DatabaseStore":
        assert db.session.query(UserSession).one().id == sessions.token_key(token)


def _clock(monkeypatch, start, offset):
    monkeypatch.setattr(sessions, "utcnow", lambda: start + offset)


def test_idle_timeout(app, world, monkeypatch):
    start = utcnow()
    client = _sign_in(app, "facil_mrk")
    _clock(monkeypatch, start, timedelta(minutes=20))
    assert _signed_in(client)  # activity at 20 min...
    _clock(monkeypatch, start, timedelta(minutes=45))
    assert _signed_in(client)  # ...keeps it alive 25 min later
    _clock(monkeypatch, start, timedelta(minutes=76))
    assert not _signed_in(client)  # 31 idle minutes
    assert sessions.of_user(world.users["facil_mrk"].id) == []


def test_absolute_lifetime(app, world, monkeypatch):
    start = utcnow()
    client = _sign_in(app, "facil_mrk")
    for minutes in range(25, 12 * 60, 25):  # active every 25 minutes, never idle for long
        _clock(monkeypatch, start, timedelta(minutes=minutes))
        assert _signed_in(client), minutes
    _clock(monkeypatch, start, timedelta(hours=12, minutes=1))
    assert not _signed_in(client)


@pytest.mark.parametrize("app_config", [{"SESSION_IDLE_MINUTES": 5, "SESSION_MAX_HOURS": 1}])
def test_limits_come_from_the_configuration(app, world, monkeypatch):
    start = utcnow()
    client = _sign_in(app, "facil_mrk")
    _clock(monkeypatch, start, timedelta(minutes=4))
    assert _signed_in(client)
    _clock(monkeypatch, start, timedelta(minutes=10))
    assert not _signed_in(client)


def test_settings_are_read_from_the_environment(monkeypatch, tmp_path):
    from msc.config import build_config

    monkeypatch.setenv("MSC_SESSION_IDLE_MINUTES", "15")
    monkeypatch.setenv("MSC_SESSION_MAX_HOURS", "8")
    config = build_config(tmp_path)
    assert (config["SESSION_IDLE_MINUTES"], config["SESSION_MAX_HOURS"]) == (15, 8)
    monkeypatch.delenv("MSC_SESSION_IDLE_MINUTES")
    monkeypatch.delenv("MSC_SESSION_MAX_HOURS")
    config = build_config(tmp_path)
    assert (config["SESSION_IDLE_MINUTES"], config["SESSION_MAX_HOURS"]) == (30, 12)


def test_a_forged_user_id_without_a_session_is_anonymous(app, world):
    """A cookie signed with the key but naming a user and no live session (e.g. from before this change)."""
    serializer = app.session_interface.get_signing_serializer(app)
    forged = serializer.dumps({"_user_id": str(world.users["admin"].id), "_fresh": True})
    assert not _signed_in(_replay(app, forged))


@pytest.mark.parametrize("app_config", [{"REDIS_URL": "redis://127.0.0.1:1/0"}])
def test_a_session_store_that_is_down_gives_a_try_again_page(app, world):
    """Nothing listens on port 1: signing in is refused with a clear page, not a 500, and opens nothing."""
    client = app.test_client()
    response = _open(client, "POST", "/login", data={"email": "facil_mrk@test.msc", "password": PASSWORD})
    assert response.status_code == 503 and "try again" in response.get_data(as_text=True)
    assert _open(client, "GET", "/stories/").status_code == 302


@pytest.mark.parametrize("app_config", [{}])  # the database store (Redis keys expire by themselves)
def test_expired_sessions_are_removed_from_the_database_at_the_next_sign_in(app, world, monkeypatch):
    start = utcnow()
    _sign_in(app, "facil_mrk")
    _clock(monkeypatch, start, timedelta(minutes=31))
    _sign_in(app, "facil_aga")
    assert sessions.store().of_user(world.users["facil_mrk"].id) == []
    assert len(sessions.store().of_user(world.users["facil_aga"].id)) == 1
