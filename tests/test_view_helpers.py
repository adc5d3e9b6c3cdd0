"""view_helpers.run: one operation, committed on success; rolled back and shown on a rule error."""
from datetime import date

import pytest
import sqlalchemy as sa
from flask import get_flashed_messages
from werkzeug.exceptions import NotFound

from msc.errors import RuleError
from msc.programmes import operations as programme_ops
from msc.programmes import queries as pq
from msc.stories import operations as story_ops
from msc.stories.models import Story
from msc.view_helpers import programme_or_404, run


def _story_input(world, title):
    period = world.period("2024-S1")
    return story_ops.StoryInput(unit=world.unit("MRK"), period=period, domain=world.domain("health"),
                                interview_date=period.starts_on, title=title, text="Un texte.",
                                storyteller=story_ops.StorytellerInput(""), consent=None)


def test_run_commits_and_says_so(app, world, db):
    with app.test_request_context():
        outcome = run(programme_ops.save_period, world.programme, "2030-S1", date(2030, 1, 1), date(2030, 6, 30),
                      user=world.users["admin"], success="Saved.")
        assert get_flashed_messages(with_categories=True) == [("success", "Saved.")]
    assert outcome.ok and outcome.error is None and outcome.value.code == "2030-S1"
    db.session.rollback()  # what was committed survives a rollback
    assert pq.period_by_code(world.programme, "2030-S1") is not None


def test_run_rolls_back_what_the_operation_did_and_shows_the_rule(app, world, db):
    # save_story creates the story (flushed) and then refuses to submit it without consent.
    with app.test_request_context():
        outcome = run(story_ops.save_story, world.programme, _story_input(world, "Sans consentement"),
                      submit=True, user=world.users["facil_mrk"], success="Saved.")
        messages = get_flashed_messages(with_categories=True)
    assert not outcome.ok and outcome.value is None and isinstance(outcome.error, story_ops.StoryError)
    assert messages == [("danger", "Record the storyteller's consent before submitting.")]
    assert db.session.scalar(sa.select(sa.func.count(Story.id))) == 0


def test_run_lets_other_errors_through(app, world):
    def broken(*, user):
        raise KeyError("not a rule")

    with app.test_request_context(), pytest.raises(KeyError):
        run(broken, user=world.users["admin"])


def test_rule_errors_share_one_base_class():
    from msc.auth.operations import AuthError
    from msc.selection.operations import SelectionError
    from msc.selection.tally import BallotError

    for error in (AuthError, story_ops.StoryError, programme_ops.SetupError, SelectionError, BallotError):
        assert issubclass(error, RuleError), error


def test_programme_or_404(app, world):
    with app.test_request_context():
        assert programme_or_404() == world.programme


def test_programme_or_404_before_set_up(app):
    with app.test_request_context(), pytest.raises(NotFound):
        programme_or_404()
