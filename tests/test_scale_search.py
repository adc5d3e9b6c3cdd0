"""Full-text search (issue 15, point 2): SQLite FTS5 / PostgreSQL text search over the fields the list's readers
may read, accents folded, ranked, with highlighted snippets, only the reader's stories, kept in sync on create,
edit, withdrawal and erasure, rebuilt by ``msc search rebuild``."""
import re

import sqlalchemy as sa

from msc.erasure import operations as erase_ops
from msc.stories import operations as ops
from msc.stories.fulltext import TABLE, highlighted


def _found(client, q):
    """The ids of the stories listed for the search, in order, and the page."""
    html = client.get("/stories/", query_string={"q": q}).get_data(as_text=True)
    return [int(i) for i in re.findall(r'href="/stories/(\d+)"', html)], html


def _indexed(db, story_id) -> int:
    key = "story_id" if db.engine.dialect.name == "postgresql" else "rowid"
    return db.session.scalar(sa.text(f"SELECT count(*) FROM {TABLE} WHERE {key} = :id"), {"id": story_id})


def test_search_folds_accents_and_case_and_finds_every_language_and_the_code(client, login_as, make_story):
    fr = make_story(title="Une nouvelle vie", text="La société civile m'a écoutée quand j'ai porté plainte.")
    en = make_story(title="Back to work", text="The shelter helped me find a job as a baker.", language="en")
    ar = make_story(title="بداية جديدة", text="ساعدتني الجمعية في العثور على عمل في المخبز", language="ar")
    other = make_story(title="Autre", text="Rien à voir.", storyteller="MRK-ZX42")
    login_as("coord_mrk")
    assert _found(client, "societe")[0] == [fr.id]
    assert _found(client, "SOCIÉTÉ Plainte")[0] == [fr.id]  # every word, any case, any accent
    assert _found(client, "ecout")[0] == [fr.id]  # a word's beginning
    assert _found(client, "baker")[0] == [en.id]
    assert _found(client, "المخبز")[0] == [ar.id]
    assert _found(client, "MRK-ZX42")[0] == [other.id]
    assert _found(client, "société boulanger")[0] == []  # not every word
    assert _found(client, "%%")[0] == []  # no word at all: nothing, not everything


def test_results_are_ranked_and_snippets_highlight_the_words_with_the_text_escaped(client, login_as, make_story):
    once = make_story(title="Un jour", text="Nous avons parlé de la police une fois, puis du travail et de l'école.")
    often = make_story(title="La police", text="La police est venue. La police m'a écoutée. <b>Police</b> enfin.")
    login_as("coord_mrk")
    ids, html = _found(client, "police")
    assert ids == [often.id, once.id]
    snippet = re.search(rf'data-snippet="{often.id}">(.*?)</p>', html, re.S).group(1)
    assert "<mark>" in snippet.lower() and "<b>" not in snippet  # escaped (SQLite) or dropped as a tag (PostgreSQL)


def test_a_snippet_is_escaped_before_the_marks_are_put_in():
    assert str(highlighted("a <b>x</b> \x02police\x03 & co")) == "a &lt;b&gt;x&lt;/b&gt; <mark>police</mark> &amp; co"


def test_a_reader_finds_only_the_stories_they_may_see(client, login_as, make_story):
    mine = make_story(unit="AGA", user="facil_aga", text="Le microcrédit a tout changé.")
    make_story(unit="MRK", text="Le microcrédit aussi, ailleurs.")
    login_as("facil_aga")
    assert _found(client, "microcredit")[0] == [mine.id]


def test_the_index_follows_creation_edits_withdrawal_and_erasure(app, client, login_as, make_story, world, db):
    story = make_story(text="Le potager collectif nous réunit chaque semaine.")
    login_as("coord_mrk")
    assert _found(client, "potager")[0] == [story.id]
    data = ops.StoryInput(unit=story.unit, period=story.period, domain=story.domain,
                          interview_date=story.interview_date, title=story.title,
                          text="La chorale du quartier nous réunit chaque semaine.",
                          storyteller=ops.StorytellerInput(story.storyteller.code))
    ops.update_story(story, world.programme, data, user=world.users["facil_mrk"])
    db.session.commit()
    assert _found(client, "potager")[0] == [] and _found(client, "chorale")[0] == [story.id]
    ops.withdraw_consent(story, story.interview_date, user=world.users["facil_mrk"])
    db.session.commit()
    assert _found(client, "chorale")[0] == [story.id]  # still listed to its unit, marked withdrawn
    erase_ops.erase_story(story, "storyteller request", user=world.users["admin"])
    db.session.commit()
    assert _found(client, "chorale")[0] == [] and _indexed(db, story.id) == 0


def test_msc_search_rebuild_fills_the_index_again(app, client, login_as, make_story, db):
    stories = [make_story(text=f"Le jardin numéro {n} fleurit.") for n in range(3)]
    db.session.execute(sa.text(f"DELETE FROM {TABLE}"))
    db.session.commit()
    login_as("coord_mrk")
    assert _found(client, "jardin")[0] == []
    out = app.test_cli_runner().invoke(args=["search", "rebuild"])
    assert out.exit_code == 0 and "3 story(ies) indexed" in out.output, out.output
    assert sorted(_found(client, "jardin")[0]) == sorted(s.id for s in stories)
