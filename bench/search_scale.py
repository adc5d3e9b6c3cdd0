"""Search at scale (issue 15, point 2; not a test): ``PYTHONPATH=. python bench/search_scale.py --sizes 1000,20000``.

The search part of ``bench/scale.py``, on its own and for three readers: the admin, the national coordinator
(a unit above the clinics: matched on the approved pseudonymised text) and a clinic's facilitator (her own
unit's stories as entered). Databases are built by ``scale._build`` (kept between runs under $TMPDIR as
``msc-bench-search-N.sqlite``; ``--fresh`` rebuilds them); pages are timed by ``scale._timed`` (median of 7
requests after a warm-up, SQL statements of one request; ``--cpu``: CPU time instead of wall time). Prints each page's time at every size, the ratio
largest/smallest size and the ratio to the story page. Targets: ratio ≤ 1.5, ≤ 10× the story page.
"""
from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

import sqlalchemy as sa

sys.path.insert(0, str(Path(__file__).parent))
import scale  # noqa: E402  (the sibling script)

READERS = {"admin": ("admin@bench.msc", None, None),
           "coordinator NAT": ("coord.nat@bench.msc", "coordinator", "NAT"),
           "facilitator MRK": ("facil.mrk@bench.msc", "facilitator", "MRK")}


def _readers(url: str) -> None:
    """The national coordinator and a clinic's facilitator, added once to a built database."""
    from msc.auth import operations as auth_ops
    from msc.auth.models import User
    from msc.extensions import db
    from msc.programmes import queries as pq
    from msc.programmes.models import Programme

    app = scale._app(url)
    with app.app_context():
        programme = db.session.scalar(sa.select(Programme))
        for email, role, unit in READERS.values():
            if role and db.session.scalar(sa.select(User).where(User.email == email)) is None:
                user = auth_ops.create_user(email, email.split("@")[0], password=scale.PASSWORD, locale="en")
                auth_ops.assign_role(user, role, pq.unit_by_code(programme, unit))
        db.session.commit()
        db.engine.dispose()


def _measure(url: str) -> dict:
    from msc.extensions import db
    from msc.stories.models import Story

    app = scale._app(url)
    out = {}
    with app.app_context():
        engine = db.engine
        common, rare = scale._words(db)
        story_id = db.session.scalar(sa.select(sa.func.max(Story.id)))
        for reader, (email, _role, _unit) in READERS.items():
            client = app.test_client()
            response = client.post("/login", data={"email": email, "password": scale.PASSWORD})
            assert response.status_code == 302, response.status_code
            if reader == "admin":
                out["story page"] = scale._timed(client, engine, "GET", f"/stories/{story_id}")
                out["list, first page"] = scale._timed(client, engine, "GET", "/stories/")
            for word, kind in ((common, "common"), (rare, "rare"), (f"{common} {rare}", "two words")):
                out[f"{reader}: {kind}"] = scale._timed(client, engine, "GET", f"/stories/?q={word}")
            out[f"{reader}: common, page 3"] = scale._timed(client, engine, "GET", f"/stories/?q={common}&page=3")
        db.engine.dispose()
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1000,20000")
    parser.add_argument("--fresh", action="store_true")
    parser.add_argument("--keep", action="store_true", help="PostgreSQL: measure the database as it is (one size)")
    parser.add_argument("--cpu", action="store_true",
                        help="time with this process's CPU time (SQLite runs in it): steadier on a shared machine")
    args = parser.parse_args()
    if args.cpu:
        scale.time.perf_counter = time.process_time
    results = {}
    for n in (int(s) for s in args.sizes.split(",")):
        path = Path(tempfile.gettempdir()) / f"msc-bench-search-{n}.sqlite"
        url = os.environ.get("MSC_BENCH_DATABASE_URL") or f"sqlite:///{path}"
        print(f"{n:,} stories:", flush=True)
        pg = url.startswith("postgresql")
        if (pg and not args.keep) or (not pg and (args.fresh or not path.exists())):
            if url.startswith("sqlite"):
                path.unlink(missing_ok=True)
            scale._build(url, n)
            _readers(url)
        results[n] = _measure(url)
    scale._report("search" + (" (PostgreSQL)" if os.environ.get("MSC_BENCH_DATABASE_URL") else ""), results)
    return 0


if __name__ == "__main__":
    sys.exit(main())
