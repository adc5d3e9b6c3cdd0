"""Odd numbers anywhere a number is read: in the path of every route and in every query parameter."""
import re
from pathlib import Path

import pytest

ODD = ["1" + "0" * 30, str(2**63), str(2**31), "-1", "abc", "%00", "١٢"]
ROOT = Path(__file__).resolve().parents[1] / "msc"


def query_parameters() -> set[str]:
    """Every query parameter the app reads (from the source), with those Flask-SQLAlchemy's paginate reads."""
    names = {"page", "per_page"}
    for path in ROOT.rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        names |= set(re.findall(r'args(?:\.get\(|\[)"(\w+)"', text))
        names |= set(re.findall(r'_id_arg\("(\w+)"\)', text))
        names |= set(re.findall(r'for k in \(([^)]*)\)', text) and
                     re.findall(r'"(\w+)"', " ".join(re.findall(r'request\.args\.get\(k[^\n]*\(([^)]*)\)', text))))
    return names


def test_the_parameters_found_include_those_known():
    assert {"page", "per_page", "unit", "period", "domain", "next", "action", "q"} <= query_parameters()


def get_routes(app):
    for rule in app.url_map.iter_rules():
        if "GET" in rule.methods and rule.endpoint != "static":
            yield rule


def _path(rule, value):
    path = rule.rule
    for name in rule.arguments:
        path = re.sub(r"<(?:\w+(?:\([^)]*\))?:)?" + name + ">", value, path)
    return path


def _status(client, path, query=None):
    """The status of a GET; an exception the app lets through (TESTING propagates them) counts as a 500."""
    try:
        return client.get(path, query_string=query).status_code
    except Exception as exc:  # noqa: BLE001 - any escape is the failure this test looks for
        return f"500 {type(exc).__name__}"


@pytest.mark.parametrize("who", ["admin", "coord_mrk"])
def test_odd_numbers_in_paths_and_query_strings_are_never_a_500(client, login_as, who, app):
    login_as(who)
    params = sorted(query_parameters())
    failures = []
    for rule in get_routes(app):
        paths = [_path(rule, v) for v in ODD] if rule.arguments else [rule.rule]
        for path in paths:
            status = _status(client, path)
            if str(status).startswith("5"):
                failures.append((path, status))
        if rule.arguments:
            continue
        for value in ODD:
            for name in params:
                status = _status(client, rule.rule, {name: value})
                if str(status).startswith("5"):
                    failures.append((f"{rule.rule}?{name}={value}", status))
    assert failures == [], "\n".join(map(str, failures))


def test_too_large_id_in_a_path_is_a_404(client, login_as):
    login_as("admin")
    assert client.get("/stories/" + "9" * 30).status_code == 404
    assert client.get(f"/stories/{2**31}").status_code == 404
