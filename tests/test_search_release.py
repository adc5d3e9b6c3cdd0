"""Search under the one release rule (issue 10, point 2): a reader above a story's unit (national office, funder)
is matched on the story's approved pseudonymised fields only, and reads passages of those only, so typing a name
never tells them whether a story of a clinic holds it. The story's own unit and admins search the fields as
entered. The released index follows approval, re-approval, an approval voided, withdrawal and erasure, and
``msc search rebuild``; at scale the matches are capped (issue 15)."""
import re

import pytest
import sqlalchemy as sa

from msc.analysis import operations as analysis_ops
from msc.erasure import operations as erase_ops
from msc.imports.bulk import bulk_stories
from msc.stories import fulltext
from msc.stories import operations as story_ops
from msc.stories.models import Story
from msc.stories.queries import visible_stories

NAME = "Zoubeida Ouhachem"  # fictional, and masked in the approved version
FIELDS = dict(title=f"Le potager de {NAME}",
              text=f"{NAME} m'a montré le potager du quartier. Depuis, je cultive des tomates avec elle.",
              significance=f"Grâce à {NAME}, le potager est devenu un lieu sûr.",
              translation=f"{NAME} showed me the neighbourhood vegetable garden.")


def _found(client, q):
    """The ids of the stories listed for the search, in order, and the page."""
    html = client.get("/stories/", query_string={"q": q}).get_data(as_text=True)
    html = html.replace(f'value="{q}"', "")  # the search box repeats the query: the rest is what was found
    return [int(i) for i in re.findall(r'href="/stories/(\d+)"', html)], html


def _in_index(db, table, story_id) -> int:
    key = "story_id" if db.engine.dialect.name == "postgresql" else "rowid"
    return db.session.scalar(sa.text(f"SELECT count(*) FROM {table} WHERE {key} = :id"), {"id": story_id})


def _approve_masked(story, world, db):
    """The facilitator masks the name in every field and approves: the released fields hold a pseudonym."""
    facilitator = world.users["facil_mrk"]
    if not any(s.fragment == NAME for s in story_spans(story)):
        analysis_ops.add_pii_text(story, NAME, "PER", user=facilitator)
    analysis_ops.approve_pseudonymisation(story, user=facilitator)
    db.session.commit()
    return story.pseudonym_approval.fields()


def story_spans(story):
    from msc.analysis import queries

    return queries.active_spans(story)


@pytest.fixture
def story(make_story, world, db):
    story = make_story(approved=False, **FIELDS)
    released = _approve_masked(story, world, db)
    assert all("Ouhachem" not in value and "Zoubeida" not in value for value in released.values()), released
    return story


def _pseudonym_word(story) -> str:
    """A word of the pseudonym that replaced the name in the approved text (e.g. "Prénom" of "[Prénom 1]")."""
    text = story.pseudonym_approval.text
    before = text.split(" m'a montré")[0]
    return re.findall(r"\w+", before)[0]


@pytest.mark.parametrize("who", ["coord_nat"])
def test_from_above_a_masked_name_finds_nothing_but_the_pseudonym_finds_the_story(client, login_as, story, who):
    login_as(who)
    for q in ("Ouhachem", "zoubeida", "OUHACH"):
        ids, html = _found(client, q)
        assert ids == [] and "Ouhachem" not in html, q
    word = _pseudonym_word(story)
    for q in (word, "potager", f"potager {word}"):
        ids, html = _found(client, q)
        assert ids == [story.id], q
        snippet = re.search(rf'data-snippet="{story.id}">(.*?)</p>', html, re.S).group(1)
        assert "<mark>" in snippet, q
        assert "Ouhachem" not in html and "Zoubeida" not in html, q  # no raw text anywhere on the page
        assert f"Story {story.id}" in html and FIELDS["title"] not in html


@pytest.mark.parametrize("who", ["facil_mrk", "coord_mrk", "admin"])
def test_the_story_s_own_unit_and_admins_find_the_name_as_entered(client, login_as, story, who):
    login_as(who)
    ids, html = _found(client, "Ouhachem")
    assert ids == [story.id]
    snippet = re.search(rf'data-snippet="{story.id}">(.*?)</p>', html, re.S).group(1)
    assert "<mark>Ouhachem</mark>" in snippet


def test_an_approval_no_longer_matching_its_masks_lets_nothing_be_found_from_above(client, login_as, story, db):
    span = next(s for s in story_spans(story) if s.field == "text")
    span.is_removed = True  # a mask decision changed without the operations (which would void the approval)
    db.session.commit()
    login_as("coord_nat")
    assert _found(client, "potager")[0] == [] and _found(client, _pseudonym_word(story))[0] == []
    login_as(None)
    login_as("facil_mrk")
    assert _found(client, "potager")[0] == [story.id]


def test_another_clinic_finds_neither_the_name_nor_the_pseudonym(client, login_as, story):
    login_as("facil_aga")
    assert _found(client, "Ouhachem")[0] == [] and _found(client, _pseudonym_word(story))[0] == []


def test_at_the_core_the_reader_above_is_matched_on_the_released_fields_only(world, story):
    coordinator = world.users["coord_nat"]
    own = Story.own_unit_ids(coordinator)
    outside = set(coordinator.visible_unit_ids()) - own
    assert world.unit("MRK").id in outside and world.unit("MRK").id not in own
    stories = visible_stories(coordinator)
    assert fulltext.search(stories, ["ouhachem"], own, outside).ranked == []
    found = fulltext.search(stories, [_pseudonym_word(story).lower()], own, outside)
    assert found.ranked == [(story.id, fulltext.RELEASED)] and not found.more
    passage = fulltext.snippets(["potager"], [story.id], fulltext.RELEASED)[story.id]
    assert "<mark>" in passage and "Ouhachem" not in passage
    facilitator = world.users["facil_mrk"]
    mine = fulltext.search(visible_stories(facilitator), ["ouhachem"], Story.own_unit_ids(facilitator), set())
    assert mine.ranked == [(story.id, fulltext.TABLE)]


def test_the_released_index_follows_approval_voiding_withdrawal_and_erasure(client, login_as, make_story, world,
                                                                              db):
    story = make_story(approved=False, **FIELDS)
    login_as("coord_nat")
    assert _found(client, "potager")[0] == [] and _in_index(db, fulltext.RELEASED, story.id) == 0  # not approved
    _approve_masked(story, world, db)
    word = _pseudonym_word(story)
    assert _found(client, "potager")[0] == [story.id]
    # Masking one more word voids the approval: the story leaves the released index at once.
    analysis_ops.add_pii_text(story, "potager", "LOC", user=world.users["facil_mrk"])
    db.session.commit()
    assert story.pseudonym_approval is None
    assert _found(client, "potager")[0] == [] and _found(client, word)[0] == []
    # Approved again: found by its new released words, no longer by the word now masked.
    analysis_ops.approve_pseudonymisation(story, user=world.users["facil_mrk"])
    db.session.commit()
    assert _found(client, word)[0] == [story.id] and _found(client, "potager")[0] == []
    assert _found(client, "tomates")[0] == [story.id]
    # Withdrawn: nobody above finds it; its own unit still does (the story is listed to it, marked withdrawn).
    story_ops.withdraw_consent(story, story.interview_date, user=world.users["facil_mrk"])
    db.session.commit()
    assert _found(client, "tomates")[0] == [] and _in_index(db, fulltext.RELEASED, story.id) == 0
    login_as(None)
    login_as("facil_mrk")
    assert _found(client, "tomates")[0] == [story.id]
    # Erased: out of both indexes.
    erase_ops.erase_story(story, "storyteller request", user=world.users["admin"])
    db.session.commit()
    assert _found(client, "tomates")[0] == []
    assert _in_index(db, fulltext.TABLE, story.id) == _in_index(db, fulltext.RELEASED, story.id) == 0


def test_an_approved_story_erased_leaves_the_released_index(make_story, world, db, story):
    assert _in_index(db, fulltext.RELEASED, story.id) == 1
    erase_ops.erase_story(story, "storyteller request", user=world.users["admin"])
    db.session.commit()
    assert _in_index(db, fulltext.TABLE, story.id) == _in_index(db, fulltext.RELEASED, story.id) == 0


def test_msc_search_rebuild_fills_the_released_index_again(app, client, login_as, story, db):
    db.session.execute(sa.text(f"DELETE FROM {fulltext.RELEASED}"))
    db.session.commit()
    login_as("coord_nat")
    assert _found(client, "potager")[0] == []
    out = app.test_cli_runner().invoke(args=["search", "rebuild"])
    assert out.exit_code == 0 and "1 story(ies) indexed; 1 with approved pseudonymised fields" in out.output, \
        out.output
    assert _found(client, "potager")[0] == [story.id] and _found(client, "Ouhachem")[0] == []


def test_more_than_a_thousand_matches_are_capped_and_every_page_still_shows(client, login_as, world, db):
    bulk_stories(world.programme, fulltext.CAP + 5, seed=11, units=[world.unit("MRK")],
                 periods=[world.period("2024-S1")])
    login_as("admin")  # every storyteller code of the batch begins with "B11-": every story matches
    html = client.get("/stories/", query_string={"q": "B11"}).get_data(as_text=True)
    assert "data-more-results" in html and f"More than {fulltext.CAP} stories match" in html
    newest = db.session.scalar(sa.select(sa.func.max(Story.id)))
    last = client.get("/stories/", query_string={"q": "B11", "page": 10**6}).get_data(as_text=True)
    listed = [int(i) for i in re.findall(r'href="/stories/(\d+)"', last)]
    pages = {int(n) for n in re.findall(r"[?&;]page=(\d+)", last)}
    assert len(listed) == 25 and max(pages) == fulltext.CAP // 25  # 1,000 ranked: 40 pages of 25
    assert min(listed) > newest - fulltext.CAP - 5  # among the newest matches


def test_a_passage_marks_the_words_beginning_with_the_query_and_cuts_around_the_most_of_them():
    text = ("Au début rien. Puis " + "encore " * 30 + "la Société civile m'a écoutée <b>vraiment</b>, "
            + "et " * 30 + "fin.")
    cut = fulltext.passage(text, ["societe", "ecout"])
    assert cut.startswith("…") and cut.endswith("…") and len(cut.split()) <= 17
    assert "\x02Société\x03" in cut and "\x02écoutée\x03" in cut
    assert str(fulltext.highlighted(cut)).count("<mark>") == 2 and "&lt;b&gt;" in str(fulltext.highlighted(cut))
    assert fulltext.passage("Court.", ["court"]) == "\x02Court\x03."
    assert fulltext.passage("Rien ici.", ["police"]) is None
