"""Fixtures: app and database per backend, client, login helper, factories."""
import os
import tempfile
from datetime import date

os.environ.setdefault("MSC_INSTANCE_PATH", tempfile.mkdtemp(prefix="msc-test-instance-"))
os.environ.setdefault("MSC_ARGON2_PROFILE", "test")


def _own_services_per_worker():
    """Under pytest-xdist (`make test` runs four workers) each worker gets a PostgreSQL schema and a Redis
    database of its own, so that one worker's TRUNCATE or FLUSHDB never reaches the other's tests."""
    worker = os.environ.get("PYTEST_XDIST_WORKER", "")
    if not worker.startswith("gw"):
        return
    index = int(worker[2:])
    base = os.environ.get("MSC_TEST_DATABASE_URL")
    if base:
        import sqlalchemy as sa

        url = sa.engine.make_url(base)
        base_schema = url.query.get("options", "").partition("search_path=")[2] or "msc"
        schema = f"{base_schema}_{worker}"
        engine = sa.create_engine(url.difference_update_query(["options"]))
        with engine.begin() as conn:
            conn.execute(sa.text(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE'))
            conn.execute(sa.text(f'CREATE SCHEMA "{schema}"'))
        engine.dispose()
        os.environ["MSC_TEST_DATABASE_URL"] = url.update_query_dict(
            {"options": f"-csearch_path={schema}"}).render_as_string(hide_password=False)
        os.environ["_MSC_WORKER_SCHEMA"] = schema
    redis_url = os.environ.get("MSC_TEST_REDIS_URL", "redis://127.0.0.1:6379/15")
    head, _, _db_number = redis_url.rpartition("/")
    os.environ["MSC_TEST_REDIS_URL"] = f"{head}/{10 - index}"


_own_services_per_worker()
# The imports below read those variables when msc loads: they must come after (E402 on purpose).

import pytest  # noqa: E402 (after the environment, above)
import sqlalchemy as sa  # noqa: E402 (after the environment, above)

from msc import create_app  # noqa: E402 (after the environment, above)
from msc.extensions import db as _db  # noqa: E402 (after the environment, above)

BACKENDS = ["sqlite"] + (["postgresql"] if os.environ.get("MSC_TEST_DATABASE_URL") else [])
PASSWORD = "password-123"
CI = os.environ.get("CI") == "true"


# -- under CI nothing passes by skipping ---------------------------------------------------------
def pytest_sessionstart(session):
    """CI runs the suite on PostgreSQL too: without MSC_TEST_DATABASE_URL it stops at once."""
    if CI and not os.environ.get("MSC_TEST_DATABASE_URL"):
        raise pytest.UsageError("CI=true but MSC_TEST_DATABASE_URL is not set: .ci/run sets it to the machine's PostgreSQL")


def pytest_sessionfinish(session):
    """A worker drops the schema it made (the run's own schema is dropped by whoever made it)."""
    schema = os.environ.get("_MSC_WORKER_SCHEMA")
    if schema:
        url = sa.engine.make_url(os.environ["MSC_TEST_DATABASE_URL"]).difference_update_query(["options"])
        engine = sa.create_engine(url)
        try:
            with engine.begin() as conn:
                conn.execute(sa.text("SET LOCAL lock_timeout = '10s'"))
                conn.execute(sa.text(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE'))
        finally:
            engine.dispose()


# The files that take longest (whole-file time under `make test`, measured with .ci/run on 2026-12-01), slowest
# first. `make test` hands files to the workers in collection order (--no-loadscope-reorder): starting with
# these, no long file is left running alone at the end.
SLOW_FILES = (
    "test_deploy_backup.py", "test_hardening_inputs.py", "test_browser_walk.py", "test_analysis_app_jobs.py",
    "test_deploy_wheel.py", "test_deploy_production.py", "test_nlp_themes.py", "test_advocacy_brief_demo.py",
    "test_notejob_worker.py", "test_privacy_browser.py", "test_selection_browser.py", "test_export_jobs.py",
    "test_deploy_jobs.py", "test_cli.py",
)


def pytest_collection_modifyitems(session, config, items):
    """Slow files first (see SLOW_FILES); every other file keeps its place."""
    rank = {name: i for i, name in enumerate(SLOW_FILES)}
    items.sort(key=lambda item: rank.get(item.path.name, len(rank)))


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item, call):
    """Under CI=true a test that skips (PostgreSQL, Redis, Chromium, LibreOffice or the shared
    fixtures missing) is reported as failed, with the reason it gave."""
    outcome = yield
    report = outcome.get_result()
    if CI and report.skipped and not hasattr(report, "wasxfail"):
        reason = report.longrepr[2] if isinstance(report.longrepr, tuple) else str(report.longrepr)
        report.outcome = "failed"
        report.longrepr = f"CI=true: a test may not skip here ({reason})"


# One database per backend and process, its tables made once. The backend is a session parameter, so pytest
# tears it down whenever the next test wants the other one (under `make test` a worker runs a file's SQLite tests,
# then its PostgreSQL tests): coming back, the same database is used again (every test empties its tables).
_DATABASES: dict[str, str] = {}


@pytest.fixture(scope="session", params=BACKENDS)
def database_url(request, tmp_path_factory):
    if request.param not in _DATABASES:
        if request.param == "sqlite":
            _DATABASES["sqlite"] = f"sqlite:///{tmp_path_factory.mktemp('db') / 'test.sqlite'}"
        else:
            _DATABASES["postgresql"] = os.environ["MSC_TEST_DATABASE_URL"]
    return _DATABASES[request.param]


def _make_app(database_url, **extra):
    config = {
        "TESTING": True,
        "SQLALCHEMY_DATABASE_URI": database_url,
        "WTF_CSRF_ENABLED": False,
        "RATELIMIT_ENABLED": False,
        "SERVER_NAME": "localhost",
        "EXPORTS_DIR": tempfile.mkdtemp(prefix="msc-test-exports-"),
        # The suite reads the English msgids; French (the product's default) and Arabic are
        # checked by the tests that ask for them.
        "BABEL_DEFAULT_LOCALE": "en",
        # Analysis runs in the request/operation in tests (no thread racing the fixtures); tests of the
        # thread and RQ runners set it themselves.
        "ANALYSIS_JOBS": "inline",
        # No role asks for a second factor, so that login_as and the browser tests sign in with the password
        # alone; the two-factor tests (test_mfa_*.py) set MFA_ROLES themselves.
        "MFA_ROLES": (),
    }
    config.update(extra)
    return create_app(config)


_SCHEMAS_MADE: set[str] = set()


@pytest.fixture(scope="session")
def _schema(database_url):
    if database_url not in _SCHEMAS_MADE:
        app = _make_app(database_url)
        with app.app_context():
            _db.drop_all()
            _db.create_all()
            _db.engine.dispose()
        _SCHEMAS_MADE.add(database_url)
    return database_url


# Every sequence of the schema back to 1, as TRUNCATE … RESTART IDENTITY would (in one statement).
_RESTART_SEQUENCES = sa.text("SELECT setval(c.oid::regclass, 1, false) FROM pg_class c "
                             "WHERE c.relkind = 'S' AND c.relnamespace = current_schema()::regnamespace")
# Tables the models do not describe (PostgreSQL's search tables, kept by triggers).
_OTHER_TABLES = sa.text("SELECT tablename FROM pg_tables WHERE schemaname = current_schema()")


def _truncate():
    """Empty every table after a test. On PostgreSQL rows are deleted and sequences restarted: a TRUNCATE of the
    ~50 tables took ~0.2 s a test (new files for each table), deleting the few rows a test wrote ~0.02 s."""
    tables = list(reversed(_db.metadata.sorted_tables))
    for table in tables:
        _db.session.execute(table.delete())
    if _db.engine.dialect.name == "postgresql":
        known = {t.name for t in tables}
        for name in _db.session.execute(_OTHER_TABLES).scalars():
            if name not in known:
                _db.session.execute(sa.text(f'DELETE FROM "{name}"'))
        _db.session.execute(_RESTART_SEQUENCES)
    _db.session.commit()


@pytest.fixture
def app_config():
    """Override to change the app's configuration in a module."""
    return {}


@pytest.fixture
def app(_schema, app_config):
    app = _make_app(_schema, **app_config)
    with app.app_context():
        yield app
        _db.session.rollback()
        _truncate()
        _db.session.remove()
        _db.engine.dispose()


@pytest.fixture
def db(app):
    return _db


@pytest.fixture
def client(app):
    return app.test_client()


@pytest.fixture
def world(app):
    """A programme like the demo's: FUN > NAT > MRK, AGA, TNG; six domains; two periods; users per role."""
    from msc import demo
    from msc.auth import operations as auth_ops
    from msc.programmes import queries as pq

    programme = demo._programme()
    people = {
        "admin": [("admin", "FUN")],
        "coord_mrk": [("coordinator", "MRK")],
        "coord_nat": [("coordinator", "NAT")],
        "facil_mrk": [("facilitator", "MRK")],
        "facil_aga": [("facilitator", "AGA")],
        "panel_mrk": [("panelist", "MRK")],
        "panel_nat": [("panelist", "NAT")],
        "advocacy": [("advocacy", "NAT")],
    }
    users = {}
    for key, roles in people.items():
        user = auth_ops.create_user(f"{key}@test.msc", key.replace("_", " ").title(), password=PASSWORD,
                                    locale="en")
        for role, code in roles:
            auth_ops.assign_role(user, role, pq.unit_by_code(programme, code))
        users[key] = user
    _db.session.commit()

    class World:
        pass

    w = World()
    w.programme, w.users = programme, users
    w.unit = lambda code: pq.unit_by_code(programme, code)
    w.period = lambda code: pq.period_by_code(programme, code)
    w.domain = lambda key: pq.domain_by_key(programme, key)
    return w


@pytest.fixture
def login_as(client, world):
    """Sign in through the real login form as one of the world's users."""

    def login(key):
        if key is None:
            client.post("/logout")
            return None
        response = client.post("/login", data={"email": f"{key}@test.msc", "password": PASSWORD})
        assert response.status_code == 302, response.get_data(as_text=True)[:500]
        return world.users[key]

    return login


@pytest.fixture
def make_story(world):
    """Create a story through the operation; keyword arguments override the defaults."""
    from msc.stories import operations as ops

    counter = {"n": 0}

    def make(unit="MRK", period="2024-S1", domain="autonomy", consent=("evaluation", "panel"), submit=True,
             user="facil_mrk", approved=None, **kw):
        """approved: approve the pseudonymised text (as *user*); by default when the story is submitted,
        so that submitted stories are ready for rounds and notes as before the analysis existed."""
        counter["n"] += 1
        p = world.period(period)
        consent_input = None
        if consent is not None:
            status = "refused" if consent == "refused" else "given"
            consent_input = ops.ConsentInput(status, "oral", p.starts_on, [] if status == "refused" else list(consent))
        data = ops.StoryInput(
            unit=world.unit(unit), period=p, domain=world.domain(domain),
            interview_date=kw.pop("interview_date", p.starts_on),
            title=kw.pop("title", f"Histoire {counter['n']}"),
            text=kw.pop("text", "Grâce au groupe de parole, j'ai repris confiance et trouvé une formation."),
            storyteller=ops.StorytellerInput(kw.pop("storyteller", "")), consent=consent_input, **kw)
        story = ops.create_story(world.programme, data, user=world.users.get(user))
        if submit and consent_input is not None:
            ops.submit_story(story, user=world.users.get(user))
        if approved or (approved is None and story.status == "submitted" and not story.is_withdrawn):
            from msc.analysis import operations as analysis_ops

            analysis_ops.approve_pseudonymisation(story, user=world.users.get(user))
        _db.session.commit()
        return story

    return make


@pytest.fixture
def period_day():
    return date(2024, 3, 15)


# -- real browser ----------------------------------------------------------
CHROMIUM = os.environ.get("MSC_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]


def _closing_body(app):
    """Hand the development server each response body whole, its iterable already closed.

    When Chromium drops a connection (a page left while its stylesheet is being sent), werkzeug's
    server can leave the response's file (a static file) unclosed; the ResourceWarning raised later
    in the server's thread then fails whichever test is running. Reading the body here and closing
    the iterable in a ``finally`` closes the file whatever the connection does.
    """

    def wsgi(environ, start_response):
        body = app(environ, start_response)
        try:
            data = b"".join(body)
        finally:
            if hasattr(body, "close"):
                body.close()
        return [data]

    return wsgi


@pytest.fixture
def live_server(app):
    """Serve the test app on a free localhost port in a thread; yields its base URL."""
    import threading

    from werkzeug.serving import make_server

    app.config["SERVER_NAME"] = None
    server = make_server("127.0.0.1", 0, _closing_body(app), threaded=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}"
    server.shutdown()
    thread.join(5)


@pytest.fixture
def browser():
    """Real Debian Chromium driven by Playwright (never Playwright's own browser download)."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def page(browser, live_server):
    context = browser.new_context(base_url=live_server, locale="fr-FR")
    page = context.new_page()
    page.set_default_timeout(15000)
    yield page
    context.close()


@pytest.fixture
def browser_login(page, world):
    def login(key, locale=None):
        """Sign in through the form; `locale` first sets the user's interface language."""
        if locale:
            world.users[key].locale = locale
            _db.session.commit()
        page.goto("/login")
        page.get_by_label("E-mail").fill(f"{key}@test.msc")
        page.get_by_label("Mot de passe").or_(page.get_by_label("Password")).first.fill(PASSWORD)
        page.get_by_role("button", name="Se connecter").or_(page.get_by_role("button", name="Sign in")).first.click()
        page.wait_for_url("**/")
        return world.users[key]

    return login


@pytest.fixture
def select_stories(world, db):
    """Select stories for real: per unit and period, a consensus round over their domains finalised with reasons.

    The stories must be ready for a panel (submitted, panel consent, approved
    pseudonymised text); every other ready story of that unit and period becomes a
    candidate the panel did not choose.
    """
    from selection_helpers import REASONS

    from msc.selection import decisions
    from msc.selection import operations as sel_ops

    admin, chair = world.users["admin"], world.users["panel_nat"]  # a panelist above every clinic

    def select(*stories):
        # one round per unit and period (the one-live-round rule), covering the domains of its stories
        groups: dict = {}
        for story in stories:
            groups.setdefault((story.unit, story.period), {}).setdefault(story.domain, []).append(story)
        rounds = []
        for (unit, period), by_domain in groups.items():
            winners = max(len(group) for group in by_domain.values())
            round_ = sel_ops.create_round(world.programme, sel_ops.RoundInput(unit, period, "consensus",
                                                                              list(by_domain), winners), user=admin)
            sel_ops.add_panelist(round_, chair, is_chair=True, user=admin)
            sel_ops.open_round(round_, user=admin)
            for domain, group in by_domain.items():
                decisions.record_consensus(round_, domain.id, [s.id for s in group], user=chair)
            sel_ops.close_round(round_, user=chair)
            for group in by_domain.values():
                for story in group:
                    decisions.record_reasons(round_, story.id, REASONS, user=chair)
            rounds.append(decisions.finalise_round(round_, user=chair))
        db.session.commit()
        return rounds

    return select
