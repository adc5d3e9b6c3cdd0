"""Scale benchmark (issue 15; not a test): ``PYTHONPATH=. python bench/scale.py [--sizes 1000,100000]``.

For each size N it builds a database of N generated fictional stories (``msc.imports.bulk``: the shape the
importer writes, with consent and an approved pseudonymised text), then measures through the application
(Flask test client, one process, no network): the login page (the floor), a story page, the story list (first,
middle and last page), search (a common and a rare word), the dashboard of one period, creating a clinic round
(POST) at a clinic holding a sixth of the stories (its candidates grow with N: the round costs what it puts
before its panel) and at a small clinic of 120 stories at every size, gathering an advocacy note of 16 selected stories, and the stories export in CSV, JSONL and XLSX (each in
its own child process: time and peak resident memory), and the same exports as background jobs (``export job``:
``msc.dashboard.export_jobs.run_job``, what `msc worker` runs, for a coordinator of the whole programme — the
pseudonymised text — with its progress counts and file: time and peak resident memory of that child process;
with MSC_BENCH_TRACEMALLOC=1, the peak of Python allocations too). Pages: median of 7 requests after a warm-up, and the
number of SQL statements of one request.

It prints, per page, the time at every size, the ratio largest/smallest size and the ratio to the story page.
Targets (pages; exports and the big clinic's round grow with what they hold): every ratio largest/smallest ≤ 1.5; at the largest size every page ≤ 10× the story page; note gathering
≤ 1.5 s; export peak memory ≤ 300 MB. The dashboard and the note's figures are counted once per data version
(``msc.data_version``) and then served: "dashboard, one period" and the note's median time what is served, and
"dashboard, first load (counting)" (one request, reported, not held to the page targets) what counting costs.

SQLite databases are files under $TMPDIR (kept between runs: ``--fresh`` rebuilds them). With
``MSC_BENCH_DATABASE_URL`` (an empty PostgreSQL database or schema the bench may wipe) PostgreSQL is measured too.
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import sqlalchemy as sa

RUNS = 7
PASSWORD = "bench-password-15!"  # fictional account of a throw-away database
PERIOD = "2024-S1"
NOTE_STORIES = 16
SMALL_CLINIC, SMALL_STORIES = "BEN", 120


def _app(url: str):
    from msc import create_app

    return create_app({"SQLALCHEMY_DATABASE_URI": url, "TESTING": True, "WTF_CSRF_ENABLED": False,
                       "RATELIMIT_ENABLED": False, "SERVER_NAME": "localhost", "ANALYSIS_JOBS": "inline",
                       "MFA_ROLES": (), "BABEL_DEFAULT_LOCALE": "en",
                       "EXPORTS_DIR": tempfile.mkdtemp(prefix="msc-bench-exports-")})


def _build(url: str, n: int) -> None:
    """A fresh schema with the demo programme, an admin, a panelist, N stories and 16 selected ones."""
    from msc import demo
    from msc.auth import operations as auth_ops
    from msc.extensions import db
    from msc.imports.bulk import bulk_stories
    from msc.programmes import operations as pops
    from msc.programmes import queries as pq
    from msc.selection import decisions
    from msc.selection import operations as sel_ops

    app = _app(url)
    with app.app_context():
        db.drop_all()
        db.create_all()
        programme = demo._programme()
        admin = auth_ops.create_user("admin@bench.msc", "Admin Bench", password=PASSWORD, locale="en")
        auth_ops.assign_role(admin, "admin", pq.unit_by_code(programme, "FUN"))
        chair = auth_ops.create_user("chair@bench.msc", "Chair Bench", locale="en")
        auth_ops.assign_role(chair, "panelist", pq.unit_by_code(programme, "NAT"))
        db.session.commit()
        started = time.perf_counter()
        bulk_stories(programme, n, facilitator_id=admin.id)
        print(f"  {n:,} stories inserted in {time.perf_counter() - started:.1f} s", flush=True)
        # A small clinic that holds the same stories at every size: its round's cost must not move.
        small = pops.save_unit(programme, SMALL_CLINIC, "Petite clinique (bench)", pq.unit_by_code(programme, "MRK").level,
                               pq.unit_by_code(programme, "NAT"))
        bulk_stories(programme, SMALL_STORIES, seed=99, units=[small], periods=[pq.period_by_code(programme, PERIOD)],
                     facilitator_id=admin.id, consent_share=1)
        unit, period = pq.unit_by_code(programme, "MRK"), pq.period_by_code(programme, PERIOD)
        domains = pq.active_domains(programme)[:2]  # 8 winners in each of two domains (at most 10 per domain)
        round_ = sel_ops.create_round(programme, sel_ops.RoundInput(unit, period, "consensus", domains,
                                                                    NOTE_STORIES // 2), user=admin)
        sel_ops.add_panelist(round_, chair, is_chair=True, user=admin)
        sel_ops.open_round(round_, user=admin)
        chosen = []
        for domain in domains:
            ids = [c.story_id for c in round_.active_candidates(domain.id)][:NOTE_STORIES // 2]
            decisions.record_consensus(round_, domain.id, ids, user=chair)
            chosen += ids
        sel_ops.close_round(round_, user=chair)
        for story_id in chosen:
            decisions.record_reasons(round_, story_id, "The panel chose this story for the depth of the change. "
                                     "It shows a person taking back her own decisions.", user=chair)
        decisions.finalise_round(round_, user=chair)
        db.session.commit()
        if db.engine.dialect.name == "postgresql":  # what autovacuum does soon after a big import: the planner's
            # statistics, and the visibility map that lets counts read an index alone
            with db.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
                connection.exec_driver_sql("VACUUM ANALYZE")
        db.engine.dispose()


def _timed(client, engine, method: str, url: str, data=None, expect=(200,), after=None) -> tuple[float, int]:
    """Median milliseconds of RUNS requests (after one warm-up) and the statements of one request; ``after()``
    runs, untimed, after every request (e.g. to cancel the round a POST created: one round per unit and period)."""
    seen = []

    def count(*args):
        seen.append(1)

    call = client.get if method == "GET" else client.post
    response = call(url, data=data)
    assert response.status_code in expect, (url, response.status_code)
    if after is not None:
        after()
    times = []
    for i in range(RUNS):
        if i == 0:
            sa.event.listen(engine, "before_cursor_execute", count)
        started = time.perf_counter()
        response = call(url, data=data)
        times.append((time.perf_counter() - started) * 1000)
        if i == 0:
            sa.event.remove(engine, "before_cursor_execute", count)
        assert response.status_code in expect, (url, response.status_code)
        if after is not None:
            after()
    return statistics.median(times), len(seen)


def _words(db) -> tuple[str, str]:
    """A common and a rare word of the generated texts."""
    from msc.imports.bulk import _sentences
    from msc.stories.search import terms

    counts: dict[str, int] = {}
    for sentence in _sentences():
        for word in set(terms(sentence)):
            if len(word) > 5 and word.isalpha():
                counts[word] = counts.get(word, 0) + 1
    ranked = sorted(counts, key=lambda w: (-counts[w], w))
    return ranked[0], ranked[-1]


def _measure(url: str, exports: bool = True) -> dict:
    from msc.advocacy.assembly import advocacy_note
    from msc.extensions import db
    from msc.programmes import queries as pq
    from msc.programmes.models import Programme
    from msc.selection.models import Round
    from msc.stories.models import Story
    from msc.stories.scope import resolve_scope

    app = _app(url)
    out = {}
    with app.app_context():
        engine = db.engine
        programme = db.session.scalar(sa.select(Programme))
        period = pq.period_by_code(programme, PERIOD)
        story_id = db.session.scalar(sa.select(sa.func.max(Story.id)))
        common, rare = _words(db)
        anonymous = app.test_client()
        out["login page"] = _timed(anonymous, engine, "GET", "/login")
        client = app.test_client()
        response = client.post("/login", data={"email": "admin@bench.msc", "password": PASSWORD})
        assert response.status_code == 302, response.status_code
        pages = {
            "story page": f"/stories/{story_id}",
            "list, first page": "/stories/",
            "list, page 500": "/stories/?page=500",
            "list, last page": "/stories/?page=1000000",
            "list, one unit and period": f"/stories/?unit={pq.unit_by_code(programme, 'AGA').id}&period={period.id}",
            f"search '{common}' (common)": f"/stories/?q={common}",
            f"search '{rare}' (rare)": f"/stories/?q={rare}",
            "dashboard, one period": f"/dashboard/?period={PERIOD}",
        }
        # The dashboard's counts are kept per data version: the pages above time the served figures; this one the
        # first load of a period after a change (the process warmed on another period first).
        client.get("/dashboard/?period=2024-S2")
        started = time.perf_counter()
        assert client.get(f"/dashboard/?period={PERIOD}").status_code == 200
        out["dashboard, first load (counting)"] = ((time.perf_counter() - started) * 1000, 0)
        for name, page in pages.items():
            out[name] = _timed(client, engine, "GET", page)
        domains = [d.id for d in pq.active_domains(programme)]
        last_round = db.session.scalar(sa.select(sa.func.max(Round.id)))
        data = {"unit": pq.unit_by_code(programme, "TNG").id, "period": period.id, "method": "consensus",
                "domains": domains, "winners_per_domain": 1}

        def drop_new_rounds():  # one round per unit and period: the next POST needs the last one gone
            for round_ in db.session.scalars(sa.select(Round).where(Round.id > last_round)):
                db.session.delete(round_)
            db.session.commit()

        out["round creation, clinic of N/6"] = _timed(client, engine, "POST", "/rounds/new", data, expect=(302,),
                                                      after=drop_new_rounds)
        data["unit"] = pq.unit_by_code(programme, SMALL_CLINIC).id
        out[f"round creation, {SMALL_STORIES} candidates"] = _timed(client, engine, "POST", "/rounds/new", data,
                                                                    expect=(302,), after=drop_new_rounds)
        scope = resolve_scope(programme, {u.id for u in programme.units}, period=PERIOD)
        times = []
        for _ in range(3):
            started = time.perf_counter()
            note, included = advocacy_note(scope, language="fr")
            times.append((time.perf_counter() - started) * 1000)
        out["note gathering (16 selected)"] = (statistics.median(times), 0)
        if len(included) != NOTE_STORIES:
            print(f"  note: {len(included)} stories included (fewer than {NOTE_STORIES} ready at this size)")
        db.engine.dispose()
    for fmt in ("csv", "jsonl", "xlsx") if exports else ():
        result = subprocess.run([sys.executable, __file__, "--export", url, fmt], capture_output=True, text=True,
                                check=True, env={**os.environ, "PYTHONPATH": str(Path(__file__).parent.parent)})
        report = json.loads(result.stdout.strip().splitlines()[-1])
        out[f"export {fmt}"] = (report["ms"], 0, report["peak_mb"], report["base_mb"], report["rows"])
    for fmt in ("csv", "xlsx") if exports else ():
        result = subprocess.run([sys.executable, __file__, "--export-job", url, fmt], capture_output=True, text=True,
                                check=True, env={**os.environ, "PYTHONPATH": str(Path(__file__).parent.parent)})
        report = json.loads(result.stdout.strip().splitlines()[-1])
        if report["traced_mb"] is not None:
            print(f"  export job {fmt}: peak of Python allocations {report['traced_mb']:.0f} MB (tracemalloc)")
        out[f"export job {fmt}"] = (report["ms"], 0, report["peak_mb"], report["base_mb"], report["rows"])
    return out


def _export_job_child(url: str, fmt: str) -> None:
    """One background export (``ExportJob`` run by ``export_jobs.run_job``, as `msc worker` does) in this process
    alone: time and peak resident memory; with MSC_BENCH_TRACEMALLOC=1 also the peak of Python allocations
    (tracemalloc slows the export about fourfold, so the time is then not comparable). The job and its file are
    removed after."""
    import tracemalloc
    from pathlib import Path as _Path

    from msc.auth import operations as auth_ops
    from msc.auth.models import User
    from msc.auth.reach import reporting_unit_ids
    from msc.dashboard import export_jobs
    from msc.dashboard.models import ExportJob
    from msc.extensions import db
    from msc.programmes import queries as pq
    from msc.programmes.models import Programme
    from msc.stories.scope import resolve_scope

    app = _app(url)
    with app.app_context():
        programme = db.session.scalar(sa.select(Programme))
        user = db.session.scalar(sa.select(User).where(User.email == "coordinator@bench.msc"))
        if user is None:  # databases built before the export jobs: the coordinator is added once
            user = auth_ops.create_user("coordinator@bench.msc", "Coordinator Bench", locale="en")
            auth_ops.assign_role(user, "coordinator", pq.unit_by_code(programme, "FUN"))
        scope = resolve_scope(programme, reporting_unit_ids(user, programme))
        job_id = export_jobs.request_export(scope, fmt, user=user).id
        db.session.commit()  # no MSC_REDIS_URL here: recorded, not queued; run below as the worker would
        db.session.remove()
        base = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        trace = os.environ.get("MSC_BENCH_TRACEMALLOC") == "1"
        if trace:
            tracemalloc.start()
        started = time.perf_counter()
        export_jobs.run_job(job_id)
        ms = (time.perf_counter() - started) * 1000
        traced = tracemalloc.get_traced_memory()[1] / 1024 / 1024 if trace else None
        tracemalloc.stop()
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        job = db.session.get(ExportJob, job_id)
        assert job.status == "done", job.error
        rows = job.rows_done
        (_Path(app.config["EXPORTS_DIR"]) / job.filename).unlink()
        db.session.delete(job)
        db.session.commit()
    print(json.dumps({"ms": ms, "peak_mb": peak, "base_mb": base, "traced_mb": traced, "rows": rows}))


def _export_child(url: str, fmt: str) -> None:
    """One export to a temporary file, in this process alone: time and peak resident memory."""
    from msc.dashboard.exports import write_export
    from msc.extensions import db
    from msc.programmes.models import Programme
    from msc.stories.scope import resolve_scope

    app = _app(url)
    with app.app_context():
        programme = db.session.scalar(sa.select(Programme))
        scope = resolve_scope(programme, {u.id for u in programme.units})
        base = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        started = time.perf_counter()
        with tempfile.TemporaryFile() as out:
            rows = write_export(scope, fmt, out, full_text=False)
        ms = (time.perf_counter() - started) * 1000
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({"ms": ms, "peak_mb": peak, "base_mb": base, "rows": rows}))


def _report(label: str, results: dict[int, dict]) -> bool:
    sizes = sorted(results)
    small, large = sizes[0], sizes[-1]
    story = results[large]["story page"][0]
    print(f"\n== {label} ==")
    head = "".join(f"{f'{n:,}':>12}" for n in sizes)
    print(f"{'page':36}{head}{'stmts':>8}{f'{large:,}/{small:,}':>14}{'/story':>9}")
    ok = True
    for name in results[large]:
        row = [results[n][name] for n in sizes]
        ratio = row[-1][0] / row[0][0] if row[0][0] else float("nan")
        vs_story = row[-1][0] / story if story else float("nan")
        stmts = "/".join(str(r[1]) for r in row) if not name.startswith(("export", "note", "dashboard, first")) else ""
        flags = []
        is_page = not name.startswith(("export", "note", "login", "round creation, clinic of N", "dashboard, first"))
        if is_page and ratio > 1.5:
            flags.append("ratio")
        if is_page and vs_story > 10:
            flags.append("×story")
        if name.startswith("note") and row[-1][0] > 1500:
            flags.append("> 1.5 s")
        extra = ""
        if name.startswith("export"):
            extra = f"  peak {row[-1][2]:.0f} MB (process at start {row[-1][3]:.0f} MB), {row[-1][4]:,} rows"
            if row[-1][2] > 300:
                flags.append("> 300 MB")
        ok = ok and not flags
        times = "".join(f"{r[0]:>10.1f}ms" for r in row)
        print(f"{name[:36]:36}{times}{stmts:>8}{ratio:>14.2f}{vs_story:>9.2f}{extra}"
              f"{'  MISSED: ' + ', '.join(flags) if flags else ''}")
    return ok


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default=os.environ.get("MSC_BENCH_SIZES", "1000,100000"))
    parser.add_argument("--fresh", action="store_true", help="rebuild the SQLite databases")
    parser.add_argument("--strict", action="store_true", help="exit 1 when a target is missed")
    parser.add_argument("--pages-only", action="store_true", help="skip the exports (minutes at 100,000)")
    parser.add_argument("--export", nargs=2, metavar=("URL", "FORMAT"), help=argparse.SUPPRESS)
    parser.add_argument("--export-job", nargs=2, metavar=("URL", "FORMAT"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.export:
        _export_child(*args.export)
        return 0
    if args.export_job:
        _export_job_child(*args.export_job)
        return 0
    sizes = [int(s) for s in args.sizes.split(",")]
    backends = {"SQLite": lambda n: f"sqlite:///{Path(tempfile.gettempdir()) / f'msc-bench-scale-{n}.sqlite'}"}
    if os.environ.get("MSC_BENCH_DATABASE_URL"):
        backends["PostgreSQL"] = lambda n: os.environ["MSC_BENCH_DATABASE_URL"]
    ok = True
    for label, url_for in backends.items():
        results = {}
        for n in sizes:
            url = url_for(n)
            path = Path(url.removeprefix("sqlite:///")) if url.startswith("sqlite") else None
            print(f"{label}, {n:,} stories:", flush=True)
            if path is None or args.fresh or not path.exists():
                if path is not None:
                    path.unlink(missing_ok=True)
                _build(url, n)
            results[n] = _measure(url, exports=not args.pages_only)
        ok = _report(label, results) and ok
    return 0 if ok or not args.strict else 1


if __name__ == "__main__":
    sys.exit(main())
