"""The follow-up migration turns the stories' former verification tick and note into verification records."""
import os
import uuid
from datetime import datetime

import pytest
import sqlalchemy as sa
from flask_migrate import downgrade, upgrade

from msc import create_app
from msc.extensions import db

BACKENDS = ["sqlite"] + (["postgresql"] if os.environ.get("MSC_TEST_DATABASE_URL") else [])


@pytest.fixture(params=BACKENDS)
def fresh_url(request, tmp_path):
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'migration.sqlite'}"
        return
    base = os.environ["MSC_TEST_DATABASE_URL"]
    schema = f"fu_{uuid.uuid4().hex[:8]}"
    engine = sa.create_engine(base)
    with engine.begin() as conn:
        conn.execute(sa.text(f"CREATE SCHEMA {schema}"))
    url = sa.engine.make_url(base).update_query_dict({"options": f"-csearch_path={schema}"})
    yield url.render_as_string(hide_password=False)
    with engine.begin() as conn:
        conn.execute(sa.text(f"DROP SCHEMA {schema} CASCADE"))
    engine.dispose()


def test_verified_stories_become_verification_records(fresh_url):
    from msc import demo
    from msc.auth import operations as auth_ops
    from msc.programmes import queries as pq
    from msc.stories import operations as story_ops

    app = create_app({"SQLALCHEMY_DATABASE_URI": fresh_url, "TESTING": True, "ANALYSIS_JOBS": "inline"})
    with app.app_context():
        upgrade()
        programme = demo._programme()
        coordinator = auth_ops.create_user("coord@test.msc", "Coord")
        unit, period = pq.unit_by_code(programme, "MRK"), pq.period_by_code(programme, "2024-S1")
        made = [story_ops.create_story(programme, story_ops.StoryInput(
            unit=unit, period=period, domain=pq.domain_by_key(programme, "autonomy"), interview_date=period.starts_on,
            title=f"Histoire {n}", text="Grâce au groupe, j'ai trouvé une formation.",
            storyteller=story_ops.StorytellerInput("")), user=coordinator) for n in (1, 2)]
        db.session.commit()
        checked, unchecked, coordinator_id = made[0].id, made[1].id, coordinator.id
        db.session.remove()  # no transaction left open: the downgrade drops tables
        downgrade(revision="c4e8a1f07b3d")  # as before the follow-up: a tick and a note on the story
        db.session.execute(sa.text("UPDATE stories SET is_verified = :yes, verified_by_id = :user, verified_at = :at, "
                                   "verification_notes = :note WHERE id = :id"),
                           {"yes": True, "user": coordinator_id, "at": datetime(2024, 5, 2, 10, 0), "id": checked,
                            "note": "Checked by phone with the facilitator."})
        db.session.commit()
        db.session.remove()
        upgrade()
        rows = db.session.execute(sa.text("SELECT story_id, method, verified_on, verified_by_id, outcome, note "
                                          "FROM verifications")).all()
        db.session.remove()
        db.engine.dispose()
    assert [(r[0], r[1], str(r[2]), r[3], r[4], r[5]) for r in rows] == [
        (checked, None, "2024-05-02", coordinator_id, "confirmed", "Checked by phone with the facilitator.")]
    assert unchecked not in [r[0] for r in rows]
