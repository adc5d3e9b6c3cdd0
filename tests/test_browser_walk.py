"""Real Chromium walks the demo as every role would: from the home page, every same-origin link to depth 2.

For each role (signed in through the form, in French, English or Arabic): no page answers 5xx, no link the
app rendered leads to a 404, Arabic pages are right-to-left, and nobody outside a story's unit (panels,
advocacy, another clinic's facilitator) sees the demo stories' personal data (phone numbers,
e-mails, identity-card and case numbers as written in msc/demo_stories.json)."""
import json
import re
from collections import defaultdict
from pathlib import Path
from urllib.parse import urldefrag, urljoin, urlparse

from msc import demo

STORIES = json.loads((Path(demo.__file__).parent / "demo_stories.json").read_text(encoding="utf-8"))
PHONE_RE = re.compile(r"(?:\+\d{2,3}[\s.-]?|\b0)[1-9](?:[\s.-]?\d){8}\b")
CASE_RE = re.compile(r"dossier\s+n°\s*\d{4}/\d+", re.IGNORECASE)
CIN_RE = re.compile(r"\b[A-Z]{1,2}\d{6}\b")
EMAIL_RE = re.compile(r"[\w.+-]+@[\w-]+\.(?:org|com|net)\b")

# (e-mail, interface language, units whose stories the user may read as entered; None: every unit)
WALKERS = [
    ("admin@demo.msc", "fr", None),
    ("coordination.mrk@demo.msc", "ar", {"MRK"}),
    ("coordination.nat@demo.msc", "en", set()),  # above the clinics: pseudonymised only (issue 10)
    ("coordination.fun@demo.msc", "fr", set()),  # the funder's programme officer: pseudonymised only
    ("facilitatrice.mrk@demo.msc", "ar", {"MRK"}),
    ("panel.mrk1@demo.msc", "fr", set()),
    ("panel.nat1@demo.msc", "ar", set()),
    ("plaidoyer@demo.msc", "en", set()),
]
DEPTH = 2
FILE_RE = re.compile(r"(\.(csv|xlsx|jsonl|docx|qdpx|qdc|json|zip)|/download|/logo)$")  # files: requested, not opened
REQUESTS_PER_SHAPE = 2  # links of one shape (/stories/N) requested twice per walker, its page opened once


def personal_data_by_unit():
    found = defaultdict(set)
    for story in STORIES:
        for field in ("title", "text", "significance", "translation"):
            for rx in (PHONE_RE, CASE_RE, CIN_RE, EMAIL_RE):
                found[story["unit"]].update(m.group() for m in rx.finditer(story.get(field) or ""))
    return found


def shape(path):
    parsed = urlparse(path)
    return re.sub(r"/\d+", "/N", parsed.path) + "?" + re.sub(r"=[^&]*", "=", parsed.query)


def walk(browser, base, email, language, readable_units, pii):
    context = browser.new_context(base_url=base, locale="fr-FR")
    page = context.new_page()
    page.set_default_timeout(15000)
    problems = []
    page.goto("/login")
    form = page.locator("form:has(input[name=password])")
    form.locator("input[name=email]").fill(email)
    form.locator("input[name=password]").fill(demo.DEMO_PASSWORD)
    form.locator("[type=submit]").click()
    page.wait_for_url(f"{base}/")
    everything = set().union(*pii.values())
    sighted = 0  # personal data the readers of every unit see somewhere: the check below can find it
    hidden = set().union(*(v for unit, v in pii.items() if readable_units is not None and unit not in readable_units))
    queue, statuses, shapes, tried = [("/", 0, "home")], {}, set(), defaultdict(int)
    while queue:
        path, depth, source = queue.pop(0)
        if path in statuses or tried[shape(path)] >= REQUESTS_PER_SHAPE:
            continue
        tried[shape(path)] += 1
        opened = depth <= DEPTH and shape(path) not in shapes and not FILE_RE.search(urlparse(path).path)
        response = page.goto(path) if opened else context.request.get(path)
        statuses[path] = response.status
        if response.status >= 500 or response.status == 404:
            problems.append(f"{email} {language}: {path} answers {response.status} (linked from {source})")
            continue
        if not opened:
            if "text/html" in response.headers.get("content-type", ""):
                problems += [f"{email}: {path} shows personal data {item!r}" for item in hidden if item in response.text()]
            continue
        shapes.add(shape(path))
        text = page.inner_text("body")
        if language == "ar" and page.get_attribute("html", "dir") != "rtl":
            problems.append(f"{email}: {path} is not right-to-left in Arabic")
        problems += [f"{email}: {path} shows personal data {item!r}" for item in hidden if item in text]
        sighted += sum(item in text for item in everything)
        if depth == DEPTH:
            continue
        for href in page.eval_on_selector_all("a[href]", "els => els.map(e => e.getAttribute('href'))"):
            url = urldefrag(urljoin(page.url, href))[0]
            if url.startswith(base + "/") and "/static/" not in url:
                queue.append((url[len(base):], depth + 1, path))
    context.close()
    return problems, len(statuses), len(shapes), sighted


def test_every_role_walks_the_demo_without_errors(app, db, browser, live_server):
    demo.load_demo()  # about 25 s; the walk about 35 s (SQLite, an idle machine)
    db.session.commit()
    from msc.auth.models import User

    for email, language, _units in WALKERS:
        db.session.query(User).filter_by(email=email).update({"locale": language})
    db.session.commit()
    pii = personal_data_by_unit()
    assert sum(len(v) for v in pii.values()) >= 5  # the check below has something to find
    problems, requested, visited, sightings = [], 0, 0, {}
    for email, language, units in WALKERS:
        found, n_requested, n_visited, sightings[email] = walk(browser, live_server, email, language, units, pii)
        problems += found
        requested, visited = requested + n_requested, visited + n_visited
    assert visited >= 8 * 5 and requested >= visited
    assert sum(sightings.values()) > 0  # the stories' own people do meet the personal data looked for
    assert not problems, "\n".join(problems)
