"""An export over every period reads its chunks period by period, each a seek in (unit, id) order: every story
once, in the export's order (period, unit, id), across periods, units and chunks."""
import csv
import io

import sqlalchemy as sa

from msc.dashboard import export_rows as export_rows_module
from msc.dashboard import exports
from msc.imports.bulk import bulk_stories
from msc.stories.models import Story
from msc.stories.scope import resolve_scope


def test_an_export_of_every_period_holds_every_story_in_order(db, world, monkeypatch):
    bulk_stories(world.programme, 60, seed=8, units=[world.unit("MRK"), world.unit("AGA")],
                 periods=[world.period("2024-S1"), world.period("2024-S2")])
    db.session.commit()
    monkeypatch.setattr(export_rows_module, "CHUNK", 7)
    scope = resolve_scope(world.programme, {u.id for u in world.programme.units})
    buf = io.BytesIO()
    count = exports.write_export(scope, "csv", buf, full_text=False, language="en")
    ids = [int(r["id"]) for r in csv.DictReader(io.StringIO(buf.getvalue().decode("utf-8-sig")))]
    expected = list(db.session.scalars(sa.select(Story.id).order_by(Story.period_id, Story.unit_id, Story.id)))
    assert count == 60 and ids == expected
    assert len({db.session.get(Story, i).period_id for i in ids}) == 2
