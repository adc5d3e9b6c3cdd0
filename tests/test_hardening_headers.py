"""HSTS whenever the site is served over HTTPS (MSC_HTTPS=1), and never over plain HTTP."""
import re

from conftest import _make_app


def _max_age(header):
    return int(re.search(r"max-age=(\d+)", header).group(1))


def test_hsts_at_least_a_year_with_msc_https(monkeypatch, _schema):
    monkeypatch.setenv("MSC_HTTPS", "1")
    app = _make_app(_schema)
    for path in ("/login", "/no-such-page"):
        response = app.test_client().get(path, base_url="https://localhost")
        assert _max_age(response.headers["Strict-Transport-Security"]) >= 365 * 24 * 3600


def test_no_hsts_without_https(monkeypatch, _schema):
    monkeypatch.delenv("MSC_HTTPS", raising=False)
    app = _make_app(_schema)
    assert "Strict-Transport-Security" not in app.test_client().get("/login").headers
