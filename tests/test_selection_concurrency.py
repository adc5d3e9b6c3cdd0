"""Real threads, one session each, released together: ballots stored exactly once, none after the close."""
import threading

import pytest
import sqlalchemy as sa
from selection_helpers import make_round, panelists, read_all, story_ids

from msc.audit import AuditEvent
from msc.auth.models import User
from msc.extensions import db as _db
from msc.selection import operations as ops
from msc.selection.models import Ballot, Round


@pytest.fixture
def app_config(database_url):
    options = {"pool_size": 20, "max_overflow": 20, "pool_timeout": 60}
    if database_url.startswith("sqlite"):
        options["connect_args"] = {"timeout": 60}  # wait for SQLite's write lock instead of failing at 5 s
    return {"SQLALCHEMY_ENGINE_OPTIONS": options}


def _run_together(app, jobs):
    """Run each job in its own thread, app context and session, all released by one barrier."""
    barrier = threading.Barrier(len(jobs))
    outcomes = [None] * len(jobs)

    def run(i, job):
        with app.app_context():
            try:
                barrier.wait(60)  # released together; each loads its objects after, on its own connection
                job.go(job.prepare())
                _db.session.commit()
                outcomes[i] = "ok"
            except Exception as exc:  # noqa: BLE001 - the outcome is what the test checks
                _db.session.rollback()
                outcomes[i] = exc

    threads = [threading.Thread(target=run, args=(i, job)) for i, job in enumerate(jobs)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(120)
    return outcomes


class Vote:
    def __init__(self, round_id, domain_id, user_id, ranking):
        self.args = round_id, domain_id, user_id, ranking

    def prepare(self):
        round_id, _, user_id, _ = self.args
        return _db.session.get(Round, round_id), _db.session.get(User, user_id)

    def go(self, prepared):
        round_, user = prepared
        ops.cast_ballot(round_, self.args[1], self.args[3], user=user)


class Close:
    def __init__(self, round_id, user_id):
        self.args = round_id, user_id

    def prepare(self):
        return _db.session.get(Round, self.args[0]), _db.session.get(User, self.args[1])

    def go(self, prepared):
        ops.close_round(prepared[0], user=prepared[1])


def _round_with(world, make_story, n, prefix="p"):
    users = panelists(world, n, prefix=prefix)
    round_ = make_round(world, make_story, panel=users)
    for user in users:
        read_all(round_, user)
    _db.session.commit()
    return round_, users


def test_hundred_panelists_at_once_every_ballot_stored_once(app, world, make_story):
    round_, users = _round_with(world, make_story, 100)
    ids, domain_id = story_ids(round_), round_.domains[0].domain_id
    # Each panelist sends twice at the same moment (a double click): still one ballot each.
    jobs = [Vote(round_.id, domain_id, u.id, ids if k == 0 else list(reversed(ids))) for u in users for k in (0, 1)]
    outcomes = _run_together(app, jobs)
    assert outcomes == ["ok"] * len(jobs)
    _db.session.expire_all()
    rows = _db.session.execute(sa.select(Ballot.panelist_id, sa.func.count()).group_by(Ballot.panelist_id)).all()
    assert len(rows) == 100 and all(count == 1 for _, count in rows)
    assert {b.panelist_id: len(b.entries) for b in _db.session.scalars(sa.select(Ballot))} == {u.id: 3 for u in users}


@pytest.mark.parametrize("attempt", range(3))
def test_ballots_racing_the_close_none_stored_after_it(app, world, make_story, attempt):
    round_, users = _round_with(world, make_story, 30, prefix=f"r{attempt}-")
    ids, domain_id = story_ids(round_), round_.domains[0].domain_id
    jobs = [Vote(round_.id, domain_id, u.id, ids) for u in users]
    jobs.insert(len(jobs) // 2, Close(round_.id, users[0].id))
    outcomes = _run_together(app, jobs)
    assert outcomes[len(jobs) // 2] == "ok"
    refused = [o for o in outcomes if o != "ok"]
    assert all(isinstance(o, ops.SelectionError) and "closed" in str(o) for o in refused)
    _db.session.expire_all()
    stored = _db.session.scalar(sa.select(sa.func.count(Ballot.id)))
    assert stored == len(jobs) - 1 - len(refused)
    events = _db.session.execute(sa.select(AuditEvent.id, AuditEvent.action).where(
        AuditEvent.action.in_(["ballot_cast", "round_close"])).order_by(AuditEvent.id)).all()
    close_at = next(i for i, (_, action) in enumerate(events) if action == "round_close")
    assert all(action == "ballot_cast" for _, action in events[:close_at])
    assert events[close_at + 1:] == []  # nothing after the close


def test_a_ballot_loaded_before_the_close_is_refused_after_it(app, world, make_story):
    """The status is re-read under the row lock: a page that saw the round open cannot vote once it closed."""
    round_, users = _round_with(world, make_story, 2)
    ids, domain_id = story_ids(round_), round_.domains[0].domain_id
    loaded, closed, result = threading.Event(), threading.Event(), {}

    def voter():
        with app.app_context():
            stale, user = _db.session.get(Round, round_.id), _db.session.get(User, users[1].id)
            assert stale.is_open
            loaded.set()
            closed.wait(30)
            try:
                ops.cast_ballot(stale, domain_id, ids, user=user)
                _db.session.commit()
                result["out"] = "ok"
            except ops.SelectionError as exc:
                _db.session.rollback()
                result["out"] = str(exc)

    thread = threading.Thread(target=voter)
    thread.start()
    loaded.wait(30)
    ops.close_round(_db.session.get(Round, round_.id), user=users[0])
    _db.session.commit()
    closed.set()
    thread.join(30)
    assert "closed" in result["out"]
    assert _db.session.scalar(sa.select(sa.func.count(Ballot.id))) == 0
