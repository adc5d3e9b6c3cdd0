"""The analysis feature on the engine's multi-field API (issue 10 points 1, 7, 8): names found in one field
are masked in every field, the programme's readable style reaches panels and documents, and texts written
about a story are scanned with the story's own names."""
import re

from conftest_advocacy import all_text, open_docx

from msc.advocacy import operations as note_ops
from msc.analysis import queries
from msc.auth.reach import all_unit_ids
from msc.nlp.pseudonymise import readable_note
from msc.selection import operations as sel_ops
from msc.stories.scope import resolve_scope

ADVOCACY = ("evaluation", "panel", "advocacy")
NAMED = dict(title="Un nouveau départ",
             text="Fatima Bennani m'a accueillie au centre. Grâce au groupe de parole, j'ai repris confiance.",
             significance="Pour moi, Bennani a tout changé : je ne me cache plus.")
BRACKET_TOKEN = re.compile(r"\[(Prénom|Lieu|First name|Place) \d+\]")


def _set_style(client, login_as, world, style):
    login_as("admin")
    data = {"name": world.programme.name, "organisation": world.programme.organisation or "",
            "purpose": "", "working_languages": "fr", "pseudonym_style": style}
    assert client.post("/admin/programme/", data=data).status_code == 302
    login_as(None)


def test_a_surname_alone_in_why_significant_is_masked_because_it_is_in_the_text(client, login_as, make_story, db):
    story = make_story(approved=False, **NAMED)
    assert "Bennani" in [s.fragment for s in queries.active_spans(story, "significance")]
    login_as("facil_mrk")
    page = client.get(f"/analysis/stories/{story.id}/privacy").get_data(as_text=True)
    significance = page.split('data-testid="field-significance"', 1)[1]
    assert re.search(r'class="pii"[^>]*>[^<]*Bennani', significance), significance[:600]
    client.post(f"/analysis/stories/{story.id}/privacy/approve", data={"seen": queries.preview_hash(story)})
    db.session.expire_all()
    fields = story.pseudonym_approval.fields()
    token = fields["text"].split(" m'a")[0]
    assert token == "[Prénom 1]" and "Bennani" not in fields["significance"]
    assert fields["significance"].startswith(f"Pour moi, {token} a tout changé")  # one person, one pseudonym


def test_readable_style_reaches_the_panel_with_an_asterisk(client, login_as, world, make_story, db):
    _set_style(client, login_as, world, "readable")
    story = make_story(**NAMED)
    coordinator = world.users["coord_mrk"]
    round_ = sel_ops.create_round(world.programme, sel_ops.RoundInput(
        world.unit("MRK"), world.period("2024-S1"), "ranking", [world.domain("autonomy")], 1, None), user=coordinator)
    sel_ops.add_panelist(round_, world.users["panel_mrk"], is_chair=True, user=coordinator)
    sel_ops.open_round(round_, user=coordinator)
    db.session.commit()
    cand = next(c for c in round_.candidates if c.story_id == story.id)
    name = story.pseudonym_approval.text.split(" m'a")[0]
    assert re.fullmatch(r"\w+\*", name), name
    assert story.pseudonym_approval.significance.startswith(f"Pour moi, {name} a tout")
    login_as("panel_mrk")
    page = client.get(f"/rounds/{round_.id}/candidates/{cand.id}").get_data(as_text=True)
    assert name in page and "Bennani" not in page and "Fatima" not in page
    assert not BRACKET_TOKEN.search(page)


def test_readable_style_notes_explain_the_asterisk_once(client, login_as, world, make_story, select_stories, db):  # noqa: F811
    _set_style(client, login_as, world, "readable")
    story = make_story(consent=ADVOCACY, **NAMED)
    name = story.pseudonym_approval.text.split(" m'a")[0]
    (round_,) = select_stories(story)
    note = note_ops.generate_note(resolve_scope(world.programme, all_unit_ids(world.programme), period="2024-S1"),
                                  language="fr", user=world.users["advocacy"])
    db.session.commit()
    text = all_text(open_docx(note_ops.read_note(note)))
    assert text.count(readable_note("fr")) == 1
    assert name in text and "Bennani" not in text and not BRACKET_TOKEN.search(text)
    login_as("panel_nat")
    response = client.get(f"/rounds/{round_.id}/feedback.docx")
    assert response.status_code == 200
    feedback = all_text(open_docx(response.data))
    lang = "fr" if feedback.startswith("Retour") else "en"  # the reader's language
    assert feedback.count(readable_note(lang)) == 1 and not BRACKET_TOKEN.search(feedback)


def test_a_brackets_style_programme_s_note_still_reads_naturally(world, make_story, select_stories, db):  # noqa: F811
    """Issue 12: a note never prints a bracket token; the panels' style stays brackets, the note explains once."""
    story = make_story(consent=ADVOCACY, **NAMED)
    select_stories(story)
    note = note_ops.generate_note(resolve_scope(world.programme, all_unit_ids(world.programme), period="2024-S1"),
                                  language="fr", user=world.users["advocacy"])
    db.session.commit()
    text = all_text(open_docx(note_ops.read_note(note)))
    assert text.count(readable_note("fr")) == 1 and not BRACKET_TOKEN.search(text)


def test_a_comment_naming_the_storyteller_in_lower_case_is_caught(client, login_as, world, make_story, db):
    story = make_story(**NAMED)
    coordinator = world.users["coord_mrk"]
    round_ = sel_ops.create_round(world.programme, sel_ops.RoundInput(
        world.unit("MRK"), world.period("2024-S1"), "ranking", [world.domain("autonomy")], 1, None), user=coordinator)
    sel_ops.add_panelist(round_, world.users["panel_mrk"], is_chair=True, user=coordinator)
    sel_ops.open_round(round_, user=coordinator)
    db.session.commit()
    cand = next(c for c in round_.candidates if c.story_id == story.id)
    login_as("panel_mrk")
    url = f"/rounds/{round_.id}/candidates/{cand.id}/comment"
    body = client.post(url, data={"text": "Le courage de bennani m'a frappée."}).get_data(as_text=True)
    assert 'data-testid="pii-warning"' in body and "bennani" in body.split('data-testid="pii-warning"', 1)[1]
    body = client.post(url, data={"text": "Un courage qui m'a frappée."}, follow_redirects=True)
    assert 'data-testid="pii-warning"' not in body.get_data(as_text=True)
