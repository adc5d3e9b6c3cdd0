import pytest


@pytest.fixture
def app_config():
    return {"WTF_CSRF_ENABLED": True, "RATELIMIT_ENABLED": True, "LOGIN_RATE_LIMIT": "3 per minute"}


def test_forms_without_csrf_token_are_refused(client, world):
    response = client.post("/login", data={"email": "admin@test.msc", "password": "password-123"})
    assert response.status_code == 400
    assert client.get("/stories/").status_code == 302


def test_login_with_csrf_token_works(client, world):
    response = client.post("/login", data={"email": "admin@test.msc", "password": "password-123",
                                           "csrf_token": _token(client)})
    assert response.status_code == 302


def _token(client):
    page = client.get("/login").get_data(as_text=True)
    return page.split('name="csrf_token" type="hidden" value="')[1].split('"')[0]


def test_login_is_rate_limited(client, world):
    codes = [client.post("/login", data={"email": "x@test.msc", "password": "y", "csrf_token": _token(client)})
             .status_code for _ in range(5)]
    assert codes[:3] == [200, 200, 200] and codes[-1] == 429


def test_security_headers(client):
    response = client.get("/login")
    assert "default-src 'self'" in response.headers["Content-Security-Policy"]
    assert response.headers["X-Content-Type-Options"] == "nosniff"


def test_oversized_request_gets_413_page(app, client):
    app.config["MAX_CONTENT_LENGTH"] = 1000
    response = client.post("/login", data={"email": "a" * 5000})
    assert response.status_code == 413
    assert "<html" in response.get_data(as_text=True)
