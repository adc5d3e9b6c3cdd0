"""Redirects go only to same-site paths: every route that redirects to a target the user gives."""
import ast
from pathlib import Path

import pytest
from conftest import PASSWORD

from msc.view_helpers import safe_next

HOSTILE = [
    "//evil.com", "/%09/evil.com", "/\t/evil.com", "/\\evil.com", "/%5Cevil.com", "https:evil.com",
    "https://evil.com/", "http:/evil.com", "javascript:alert(1)", "JaVaScRiPt:alert(1)", "%2F%2Fevil.com",
    "/%2F/evil.com", "/%252F%252Fevil.com", "/%0a/evil.com", "/%0d/evil.com", "\n//evil.com", " //evil.com",
    "///evil.com", "/\\/evil.com", "data:text/html,x", "evil.com", "//evil.com/%2e%2e", "/%25%32%46/evil.com",
]
LOCAL = ["/stories/", "/stories/3?tab=history", "/imports/mapping"]


@pytest.mark.parametrize("target", HOSTILE)
def test_helper_refuses_other_sites(target):
    assert safe_next(target, "/home") == "/home"


@pytest.mark.parametrize("target", LOCAL)
def test_helper_keeps_paths_on_this_site(target):
    assert safe_next(target, "/home") == target


@pytest.mark.parametrize("target", HOSTILE)
def test_login_next_never_leaves_the_site(client, world, target):
    response = client.post("/login", query_string={"next": target},
                           data={"email": "facil_mrk@test.msc", "password": PASSWORD})
    assert response.status_code == 302
    assert response.headers["Location"] == "/"


def test_login_next_follows_a_local_path(client, world):
    response = client.post("/login", query_string={"next": "/stories/"},
                           data={"email": "facil_mrk@test.msc", "password": PASSWORD})
    assert response.headers["Location"] == "/stories/"


@pytest.mark.parametrize("signed_in", [False, True])
@pytest.mark.parametrize("target", HOSTILE)
def test_language_next_never_leaves_the_site(client, login_as, target, signed_in):
    if signed_in:
        login_as("facil_mrk")
    response = client.post("/language", data={"locale": "fr", "next": target})
    assert response.status_code == 302
    assert response.headers["Location"] == "/"


def test_language_next_follows_a_local_path(client, world):
    response = client.post("/language", data={"locale": "fr", "next": "/login"})
    assert response.headers["Location"] == "/login"


def test_every_redirect_goes_to_url_for_or_through_safe_next():
    """A new route redirecting to a user-given target must use the helper (read from the source)."""
    root = Path(__file__).resolve().parents[1] / "msc"
    allowed = {"url_for", "safe_next", "_safe_next"}
    offenders = []
    for path in root.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "redirect":
                target = node.args[0] if node.args else None
                called = getattr(getattr(target, "func", None), "id", None)
                if called not in allowed:
                    offenders.append(f"{path.relative_to(root)}:{node.lineno}")
    assert offenders == []
