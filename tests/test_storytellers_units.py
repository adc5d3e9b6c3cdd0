"""Storytellers belong to a unit: another unit's code never shows or changes that storyteller."""
import sqlalchemy as sa
from flask_migrate import downgrade, upgrade

from msc import create_app
from msc.extensions import db as _db
from msc.stories import operations as ops
from msc.stories.models import Story, Storyteller


def _form(world, unit="AGA", **kw):
    data = {"storyteller_code": "", "age_band": "55+", "gender": "man", "is_migrant": "no",
            "unit": world.unit(unit).id, "period": world.period("2024-S1").id, "domain": world.domain("autonomy").id,
            "interview_date": "2024-03-10", "language": "fr", "title": "Un titre", "text": "Un texte.",
            "consent_status": "", "consent_mode": "oral", "action": "draft"}
    data.update(kw)
    return data


def test_new_storyteller_belongs_to_the_unit_of_the_story(world, make_story):
    story = make_story(unit="AGA", user="facil_aga")
    assert story.storyteller.unit_id == world.unit("AGA").id and story.storyteller.code == "AGA-0001"


def test_another_units_code_is_refused_and_that_storyteller_is_unchanged(client, login_as, world, db):
    ops.create_story(world.programme, ops.StoryInput(
        unit=world.unit("MRK"), period=world.period("2024-S1"), domain=world.domain("autonomy"),
        interview_date=world.period("2024-S1").starts_on, title="T", text="X",
        storyteller=ops.StorytellerInput("MRK-0042", "25-34", "woman", True)), user=world.users["facil_mrk"])
    db.session.commit()
    login_as("facil_aga")
    response = client.post("/stories/new", data=_form(world, storyteller_code="mrk-0042"))
    page = response.get_data(as_text=True)
    assert response.status_code == 200 and "used by another unit" in page
    db.session.expire_all()
    teller = db.session.scalar(sa.select(Storyteller).where(Storyteller.code == "MRK-0042"))
    assert (teller.age_band, teller.gender, teller.is_migrant) == ("25-34", "woman", True)
    assert db.session.scalar(sa.select(sa.func.count()).select_from(Story)) == 1


def test_empty_code_gives_a_new_storyteller_of_your_unit(client, login_as, world, db):
    login_as("facil_aga")
    assert client.post("/stories/new", data=_form(world)).status_code == 302
    teller = db.session.scalar(sa.select(Storyteller))
    assert teller.unit_id == world.unit("AGA").id and teller.code.startswith("AGA-")


def test_the_same_unit_reuses_its_storyteller(world, make_story, db):
    first = make_story(storyteller="MRK-0007")
    second = make_story(storyteller="mrk-0007")
    assert first.storyteller is second.storyteller and first.storyteller.unit_id == world.unit("MRK").id


def test_operation_refuses_a_foreign_storyteller_for_imports_too(world, make_story, db):
    import pytest

    teller = make_story(unit="MRK").storyteller
    data = ops.StoryInput(unit=world.unit("AGA"), period=world.period("2024-S1"), domain=world.domain("autonomy"),
                          interview_date=world.period("2024-S1").starts_on, title="T", text="X")
    with pytest.raises(ops.StoryError, match="another unit"):
        ops.build_story(world.programme, data, teller)


def test_migration_backfills_the_unit_from_the_first_story(tmp_path):
    # Analysis inline: a background analysis thread writing the new story would hold the file while the
    # downgrade rebuilds tables ("database is locked" on a loaded machine).
    app = create_app({"SQLALCHEMY_DATABASE_URI": f"sqlite:///{tmp_path / 'm.sqlite'}", "TESTING": True,
                      "BABEL_DEFAULT_LOCALE": "en", "ANALYSIS_JOBS": "inline"})
    with app.app_context():
        upgrade()
        from msc import demo
        from msc.programmes import queries as pq

        programme = demo._programme()
        unit, period = pq.unit_by_code(programme, "TNG"), pq.period_by_code(programme, "2024-S1")
        story = ops.create_story(programme, ops.StoryInput(
            unit=unit, period=period, domain=pq.domain_by_key(programme, "health"), interview_date=period.starts_on,
            title="T", text="X"))
        teller_id, unit_id = story.storyteller_id, unit.id
        _db.session.execute(sa.update(Storyteller).values(unit_id=None))
        _db.session.commit()
        _db.session.remove()
        downgrade(revision="a7e3c9d41f20-1")  # before this revision, whatever follows
        upgrade()
        found = _db.session.execute(sa.text("SELECT unit_id FROM storytellers WHERE id = :i"), {"i": teller_id})
        assert found.scalar() == unit_id
        _db.engine.dispose()
