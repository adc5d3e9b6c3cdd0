"""Production-shaped: `msc serve` (gunicorn, 2 workers with threads) and one `msc worker` on the
machine's PostgreSQL and Redis — and the same on the default SQLite file.

A facilitator signs in through gunicorn and saves a story, whose analysis the worker process runs;
200 panelists sign in and send their ballots at once (each twice, a double click) across both
workers: every ballot stored exactly once, no error; the sign-in rate limit counts across workers.
"""
import os
import re
import socket
import subprocess
import sys
import threading
import time
import uuid
from concurrent.futures import ThreadPoolExecutor
from contextlib import ExitStack, contextmanager
from pathlib import Path

import sqlalchemy as sa
from deploy_support import REDIS_URL, pg_schema, redis_or_unavailable, unavailable

REPO = Path(__file__).resolve().parents[1]
PASSWORD = "prod-password-1"
PANELISTS = 200
LOGIN_LIMIT = 5
TOKEN = re.compile(r'name="csrf_token"[^>]*value="([^"]+)"')


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def seed(url: str) -> dict:
    """The programme, a facilitator, a coordinator, 200 panelists who have read the 3 candidates of
    one open ranking round. Made with the app's operations, in this process."""
    from msc import create_app, demo
    from msc.analysis import operations as analysis_ops
    from msc.auth import operations as auth_ops
    from msc.extensions import db
    from msc.programmes import queries as pq
    from msc.selection import operations as sel
    from msc.stories import operations as st

    app = create_app({"SQLALCHEMY_DATABASE_URI": url, "ANALYSIS_JOBS": "inline", "REDIS_URL": None})
    with app.app_context():
        programme = demo._programme()
        unit, period = pq.unit_by_code(programme, "MRK"), pq.period_by_code(programme, "2024-S1")
        domain = pq.domain_by_key(programme, "autonomy")

        def person(email, role):
            user = auth_ops.create_user(email, email.split("@")[0], password=PASSWORD, locale="en")
            auth_ops.assign_role(user, role, unit)
            return user

        facilitator, coordinator = person("facil@prod.test", "facilitator"), person("coord@prod.test", "coordinator")
        panel = [person(f"panel{i}@prod.test", "panelist") for i in range(PANELISTS)]
        for n in range(3):
            consent = st.ConsentInput("given", "oral", period.starts_on, ["evaluation", "panel"])
            data = st.StoryInput(unit=unit, period=period, domain=domain, interview_date=period.starts_on,
                                 title=f"Histoire {n}", text="Grâce au groupe de parole, j'ai repris confiance.",
                                 storyteller=st.StorytellerInput(""), consent=consent)
            story = st.create_story(programme, data, user=facilitator)
            st.submit_story(story, user=facilitator)
            analysis_ops.approve_pseudonymisation(story, user=facilitator)
        round_ = sel.create_round(programme, sel.RoundInput(unit, period, "ranking", [domain], 1, None),
                                  user=coordinator)
        for i, member in enumerate(panel):
            sel.add_panelist(round_, member, is_chair=(i == 0), user=coordinator)
        sel.open_round(round_, user=coordinator)
        for member in panel:
            for candidate in round_.active_candidates():
                sel.mark_read(candidate, user=member)
        db.session.commit()
        seeded = {"round": round_.id, "domain": domain.id, "stories": sorted(c.story_id for c in round_.active_candidates()),
                  "unit": unit.id, "period": period.id}
        db.session.remove()
        db.engine.dispose()
    return seeded


@contextmanager
def production(tmp_path, env, threads):
    """`msc serve` with 2 workers and one `msc worker`, both stopped at the end."""
    port = free_port()
    env = {**env, "MSC_BIND": f"127.0.0.1:{port}", "MSC_WORKERS": "2", "MSC_THREADS": str(threads),
           "MSC_PROXY_FIX": "1"}
    log = (tmp_path / "gunicorn.log").open("w")
    worker_log = (tmp_path / "worker.log").open("w")
    web = subprocess.Popen([sys.executable, "-m", "msc", "serve"], env=env, stdout=log, stderr=subprocess.STDOUT)
    worker = subprocess.Popen([sys.executable, "-m", "msc", "worker"], env=env, stdout=worker_log,
                              stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}"
    try:
        import requests

        for _ in range(120):
            try:
                if requests.get(f"{base}/login", timeout=30).status_code == 200:
                    break
            except requests.RequestException:  # still booting (the app loads in each worker)
                pass
            assert web.poll() is None, (tmp_path / "gunicorn.log").read_text()[-3000:]
            time.sleep(0.5)
        yield base, worker, tmp_path / "gunicorn.log"
    finally:
        for proc in (web, worker):
            proc.terminate()
        for proc in (web, worker):
            try:
                proc.wait(30)
            except subprocess.TimeoutExpired:
                proc.kill()
        log.close()
        worker_log.close()


def sign_in(base, email, address):
    import requests

    session = requests.Session()
    session.headers["X-Forwarded-For"] = address  # one proxy (MSC_PROXY_FIX=1): each visitor its own address
    session.headers["Connection"] = "close"  # no idle keep-alive connection for gunicorn to drop under us
    token = TOKEN.search(session.get(f"{base}/login", timeout=60).text).group(1)
    response = session.post(f"{base}/login", data={"email": email, "password": PASSWORD, "csrf_token": token},
                            allow_redirects=False, timeout=60)
    assert response.status_code == 302, (email, response.status_code, response.text[:300])
    return session


def pids(log: Path, start: int, pattern: str) -> list[str]:
    lines = log.read_text()[start:].splitlines()
    return [line.rsplit("pid=", 1)[1] for line in lines if pattern in line and "pid=" in line]


def facilitator_saves_a_story_analysed_by_the_worker(base, url, seeded, worker, log):
    from redis import Redis
    from rq.job import Job
    from rq.worker import Worker

    session = sign_in(base, "facil@prod.test", "10.9.0.1")
    token = TOKEN.search(session.get(f"{base}/stories/new", timeout=60).text).group(1)
    form = {"csrf_token": token, "storyteller_code": "", "age_band": "25-34", "gender": "woman", "is_migrant": "no",
            "unit": seeded["unit"], "period": seeded["period"], "domain": "", "interview_date": "2024-03-10",
            "language": "fr", "title": "Mon atelier", "text": "Après la formation en couture, j'ai trouvé un atelier.",
            "significance": "Je gagne ma vie.", "people_concerned": "1", "consent_status": "given",
            "consent_mode": "written", "consent_date": "2024-03-10", "consent_uses": ["evaluation", "panel"],
            "action": "submit"}
    engine = sa.create_engine(url, poolclass=sa.pool.NullPool)
    with engine.connect() as conn:
        form["domain"] = conn.scalar(sa.text("SELECT domain_id FROM round_domains WHERE round_id = :r"),
                                     {"r": seeded["round"]})
    saved = session.post(f"{base}/stories/new", data=form, allow_redirects=False, timeout=60)
    assert saved.status_code == 302, saved.text[:1000]
    story_id = int(saved.headers["Location"].rstrip("/").rsplit("/", 1)[1])
    job = None
    for _ in range(240):
        with engine.connect() as conn:
            job = conn.execute(sa.text("SELECT id, status, runner, done FROM analysis_jobs ORDER BY id DESC")).first()
        if job and job.status in ("done", "failed"):
            break
        time.sleep(0.5)
    engine.dispose()
    assert job is not None and (job.status, job.runner, job.done) == ("done", "rq", 1)
    connection = Redis.from_url(REDIS_URL)
    ran = Job.fetch(f"msc-analysis-{job.id}", connection=connection)
    workers = {w.name: w.pid for w in Worker.all(connection=connection)}
    status = ran.get_status()
    connection.close()
    assert status == "finished" and workers[ran.worker_name] == worker.pid  # the worker, not gunicorn
    assert story_id and "Après la formation" not in log.read_text()  # no story text in the server's log


def panel_votes_at_once(base, url, seeded, log):
    start = len(log.read_text())
    with ThreadPoolExecutor(32) as pool:
        sessions = list(pool.map(lambda i: sign_in(base, f"panel{i}@prod.test", f"10.1.{i // 200}.{i % 200 + 1}"),
                                 range(PANELISTS)))
    page = f"{base}/rounds/{seeded['round']}/domains/{seeded['domain']}"
    tokens = []
    for session in sessions:
        response = session.get(page, timeout=60)
        assert response.status_code == 200
        tokens.append(TOKEN.search(response.text).group(1))
    ranking = {f"rank-{story}": str(place) for place, story in enumerate(seeded["stories"], 1)}
    barrier = threading.Barrier(PANELISTS * 2)

    def send(k):
        i = k // 2
        barrier.wait(120)
        return sessions[i].post(f"{page}/ballot", data={**ranking, "csrf_token": tokens[i]},
                                allow_redirects=False, timeout=120).status_code

    with ThreadPoolExecutor(PANELISTS * 2) as pool:
        statuses = list(pool.map(send, range(PANELISTS * 2)))
    assert statuses == [302] * (PANELISTS * 2)
    engine = sa.create_engine(url, poolclass=sa.pool.NullPool)
    with engine.connect() as conn:
        rows = conn.execute(sa.text("SELECT panelist_id, count(*) FROM ballots WHERE round_id = :r "
                                    "GROUP BY panelist_id"), {"r": seeded["round"]}).all()
    engine.dispose()
    assert len(rows) == PANELISTS and {count for _, count in rows} == {1}  # 0 lost, 0 doubled
    assert len(set(pids(log, start, '"POST /rounds/'))) == 2  # the ballots went to both workers
    assert " 500 " not in log.read_text()[start:]


def sign_in_limit_counts_across_workers(base, log):
    """Failed sign-ins from one address are counted once across both workers.

    The attempts follow one another (each on a new connection, which gunicorn hands to either
    worker): only failures count against an address, and a failure is counted when its answer is
    known, so attempts fired at the same instant could all pass the check first. The per-account
    back-off bounds such a burst (tests/test_auth_accounts.py).
    """
    import requests

    start = len(log.read_text())
    statuses = []
    for _ in range(LOGIN_LIMIT + 15):
        session = requests.Session()
        session.headers.update({"X-Forwarded-For": "10.77.0.1", "Connection": "close"})
        token = TOKEN.search(session.get(f"{base}/login", timeout=60).text).group(1)
        statuses.append(session.post(f"{base}/login", data={"email": "panel0@prod.test", "password": "wrong",
                                                            "csrf_token": token}, timeout=60).status_code)
    assert statuses == [200] * LOGIN_LIMIT + [429] * 15
    assert len(set(pids(log, start, '"POST /login"'))) == 2  # both workers answered, one count


def base_env(tmp_path):
    if subprocess.run([sys.executable, "-c", "import gunicorn"], capture_output=True).returncode != 0:
        unavailable("gunicorn is not installed in this environment (pip install -e '.[test]')")
    conn = redis_or_unavailable()
    conn.flushdb()
    conn.close()
    env = {k: v for k, v in os.environ.items() if not k.startswith("MSC_")}
    env.update(PYTHONPATH=str(REPO), MSC_REDIS_URL=REDIS_URL, MSC_SECRET_KEY=uuid.uuid4().hex,
               MSC_INSTANCE_PATH=str(tmp_path / "instance"), MSC_EXPORTS_DIR=str(tmp_path / "exports"),
               MSC_ARGON2_PROFILE="test", MSC_LOGIN_RATE_LIMIT=f"{LOGIN_LIMIT} per minute",
               MSC_RATELIMIT_KEY_PREFIX=f"msc-test-{uuid.uuid4().hex[:8]}")
    return env


def run_scenario(tmp_path, env, url, threads):
    subprocess.run([sys.executable, "-m", "msc", "db", "upgrade"], env=env, check=True, capture_output=True)
    seeded = seed(url)
    with production(tmp_path, env, threads) as (base, worker, log):
        facilitator_saves_a_story_analysed_by_the_worker(base, url, seeded, worker, log)
        panel_votes_at_once(base, url, seeded, log)
        sign_in_limit_counts_across_workers(base, log)


def test_postgresql_redis_gunicorn_and_a_worker(tmp_path):
    env = base_env(tmp_path)
    with ExitStack() as stack:
        url, _ = stack.enter_context(pg_schema("msc_prod"))
        env["MSC_DATABASE_URL"] = url
        run_scenario(tmp_path, env, url, threads=4)


def test_default_sqlite_with_gunicorn_threads(tmp_path):
    env = base_env(tmp_path)  # no MSC_DATABASE_URL: the embedded default, instance/msc.sqlite
    url = f"sqlite:///{tmp_path / 'instance' / 'msc.sqlite'}"
    run_scenario(tmp_path, env, url, threads=16)
