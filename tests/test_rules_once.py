"""Each shared rule has one home: "consent in force for use X" on ``Consent``, "selected" in
``selection.queries.selections``. Nothing else in msc/ spells them out again."""
import datetime as dt
import re
from pathlib import Path

import pytest
import sqlalchemy as sa

MSC = Path(__file__).resolve().parent.parent / "msc"
CONSENT_OWNERS = {
    "stories/models.py",  # Consent: in_force, allows(use), state, is_withdrawn
    "stories/operations.py",  # record and withdraw consent: the operations that write these columns
}
# pattern -> modules allowed to use it
RULES = {
    r"\bwithdrawn_at\b": CONSENT_OWNERS,
    r"""\bstatus\s*[!=]=\s*["']given["']""": CONSENT_OWNERS,
    r"\buse_(?:evaluation|panel|advocacy|publication)\b": {"stories/models.py"},
    r"\bSelection\.rank\b": {"selection/queries.py"},  # selections(): winners of finalised main rounds
    r"""\bstatus\s*==\s*["']finalised["']""": {"selection/models.py", "selection/queries.py"},
}


def reimplementations(source: str, allowed: dict[str, set[str]], name: str) -> list[str]:
    """Lines of ``source`` (the module ``name``) that use a rule's columns outside the rule's owners."""
    found = []
    for number, line in enumerate(source.splitlines(), 1):
        for pattern, owners in allowed.items():
            if name not in owners and re.search(pattern, line):
                found.append(f"{name}:{number}: {line.strip()}")
    return found


def test_no_module_reimplements_consent_in_force_or_selected():
    found = []
    for path in sorted(MSC.rglob("*.py")):
        name = path.relative_to(MSC).as_posix()
        found += reimplementations(path.read_text(encoding="utf-8"), RULES, name)
    assert found == [], "use Consent.in_force / Consent.allows / Consent.state or selection.queries.selections:\n" \
        + "\n".join(found)


def test_every_owner_still_holds_its_rule():
    for pattern, owners in RULES.items():
        for name in owners:
            assert re.search(pattern, (MSC / name).read_text(encoding="utf-8")), (pattern, name)


@pytest.mark.parametrize("line", [
    'query.where(Consent.status == "given", Consent.withdrawn_at.is_(None))',
    "ok = c.status != 'given' or c.use_advocacy",
    "sa.select(Selection.story_id).where(Selection.rank.is_not(None))",
    'if r.status == "finalised":',
])
def test_the_scan_catches_a_copy_of_the_rule(line):
    assert reimplementations(line, RULES, "reports/copy.py")


# -- the rule itself, in Python and in SQL --------------------------------------

@pytest.fixture
def consents(world, make_story, db):
    """A story in each consent state: in force with and without advocacy, refused, withdrawn, none recorded."""
    from msc.stories import operations as story_ops

    stories = {
        "advocacy": make_story(consent=("evaluation", "panel", "advocacy")),
        "panel": make_story(consent=("evaluation", "panel")),
        "refused": make_story(consent="refused"),
        "withdrawn": make_story(consent=("evaluation", "panel", "advocacy")),
        "missing": make_story(consent=None, submit=False),
    }
    story_ops.withdraw_consent(stories["withdrawn"], dt.date(2024, 5, 2))
    db.session.commit()
    return stories


def _sql(db, clause) -> set[int]:
    from msc.stories.models import Consent, Story

    return set(db.session.scalars(sa.select(Story.id).outerjoin(Consent, Consent.story_id == Story.id).where(clause)))


@pytest.mark.parametrize("use", ["evaluation", "panel", "advocacy", "publication"])
def test_allows_agrees_in_python_and_in_sql(consents, db, use):
    from msc.stories.models import Consent

    in_python = {s.id for s in consents.values() if s.consent_allows(use)}
    assert _sql(db, Consent.allows(use)) == in_python
    expected = {"evaluation": {"advocacy", "panel"}, "panel": {"advocacy", "panel"}, "advocacy": {"advocacy"},
                "publication": set()}[use]
    assert in_python == {consents[k].id for k in expected}


def test_state_agrees_in_python_and_in_sql(consents, db):
    from msc.stories.models import Consent

    for state in ("advocacy", "refused", "withdrawn", "missing"):
        story = consents[state]
        python_state = Consent.state_of(story.consent)
        assert python_state == {"advocacy": "given"}.get(state, state)
        assert story.id in _sql(db, Consent.state == python_state)
    assert _sql(db, Consent.in_force) == {consents["advocacy"].id, consents["panel"].id}


def test_an_unknown_use_is_refused(consents):
    from msc.stories.models import Consent

    with pytest.raises(ValueError):
        consents["advocacy"].consent.allows("marketing")
    with pytest.raises(ValueError):
        Consent.allows("marketing")


def test_dashboard_counts_consent_states_and_uses_in_the_database(consents, db):
    from msc.dashboard.queries import consent_counts
    from msc.stories.models import Story

    counts = consent_counts(sa.select(Story))
    assert {k: v for k, v in counts.items() if v} == {
        "given": 2, "refused": 1, "withdrawn": 1, "missing": 1,
        "use_evaluation": 2, "use_panel": 2, "use_advocacy": 1}
