"""The advocacy note as a policy brief, from the database: translations, readable pseudonyms, recorded
verification only, the team's brief checked, four eyes before it leaves, the funder sees approved notes only."""
import datetime as dt
import re

import pytest
import sqlalchemy as sa
from conftest import PASSWORD
from conftest_advocacy import all_text, headings, open_docx
from docx.shared import Inches

from msc.advocacy import approval, assembly, drafting
from msc.advocacy import operations as ops
from msc.advocacy.queries import partition, visible_notes
from msc.analysis.release import released
from msc.audit import AuditEvent
from msc.auth import operations as auth_ops
from msc.auth.reach import all_unit_ids
from msc.reports.docx_layout import is_draft
from msc.stories.scope import resolve_scope

ADVOCACY = ("evaluation", "panel", "advocacy")
TOKEN = re.compile(r"\[[^\[\]\n]{1,40}\]")
FRENCH = ("Grâce au groupe de parole, j'ai repris confiance et je suis allée à la police avec mon amie. "
          "Elle m'a aidée à écrire ma plainte et le juge m'a écoutée.")


def scope_for(world, period="2024-S1", units=()):
    return resolve_scope(world.programme, all_unit_ids(world.programme), period=period, units=units)


# -- languages ------------------------------------------------------------------------------------------

def test_a_story_in_another_language_is_printed_from_its_approved_translation(world, make_story, select_stories,
                                                                                  db):
    told = make_story(consent=ADVOCACY, language="en", title="Heard at last",
                      text="I went to the police with my friend and the judge listened to me.", translation=FRENCH)
    untranslated = make_story(consent=ADVOCACY, language="en", text="The group helped me find a job at last.")
    select_stories(told, untranslated)
    included, excluded = partition(scope_for(world), "fr")
    assert included == [told] and excluded == [(untranslated, ["no_translation"])]
    assert partition(scope_for(world), "en")[0] == [told, untranslated]
    note = ops.generate_note(scope_for(world), language="fr")
    db.session.commit()
    text = all_text(open_docx(ops.read_note(note)))
    assert "Traduit de : anglais" in text and "le juge m'a écoutée" in text
    assert "the judge listened" not in text
    assert note.story_ids == [told.id]


# -- honest content --------------------------------------------------------------------------------------

def test_bracket_tokens_become_readable_pseudonyms_explained_once(world, make_story, select_stories, db):
    story = make_story(consent=ADVOCACY, text="Je m'appelle Fatima Bennani et j'habite à Marrakech. "
                                              "Fatima Bennani a porté plainte au commissariat de Marrakech.")
    select_stories(story)
    approved = released(story, None).text
    assert TOKEN.search(approved), approved  # the programme writes brackets: "[Prénom 1]"
    note = ops.generate_note(scope_for(world), language="fr")
    db.session.commit()
    d = open_docx(ops.read_note(note))
    text = all_text(d)
    assert not TOKEN.search(text) and "Bennani" not in text
    explained = "* Les prénoms et les lieux marqués d'un astérisque ont été changés pour protéger les personnes."
    assert [p.text for p in d.paragraphs].count(explained) == 1


def test_verification_and_feedback_are_printed_as_recorded_or_not_at_all(world, make_story, select_stories, db):
    from msc.followup import operations as followup_ops

    checked = make_story(consent=ADVOCACY, title="Vérifié")
    unchecked = make_story(consent=ADVOCACY, title="Pas vérifié")
    select_stories(checked, unchecked)
    followup_ops.record_verification(checked, followup_ops.VerificationInput("call", dt.date(2024, 6, 2), "partly"),
                                     user=world.users["coord_mrk"])
    followup_ops.record_feedback(checked, "phone", dt.date(2024, 6, 5), user=world.users["facil_mrk"])
    followup_ops.record_feedback(unchecked, "not_reachable", None, user=world.users["facil_mrk"])
    note = ops.generate_note(scope_for(world), language="fr")
    db.session.commit()
    text = all_text(open_docx(ops.read_note(note)))
    assert text.count("Vérification :") == 1 and "confirmé en partie — appel, 2 juin 2024" in text
    assert "non vérifié" not in text
    assert "retour fait par téléphone, 5 juin 2024" in text
    assert "personne injoignable pour le retour" in text


def test_the_methodology_uses_the_periods_domains_and_says_what_changed(world, make_story, select_stories, db):
    from msc.programmes.domain_periods import set_domain_periods

    first, second = world.period("2024-S1"), world.period("2024-S2")
    set_domain_periods(world.domain("health"), second, None)  # a domain that starts with 2024-S2
    set_domain_periods(world.domain("other"), None, first)  # a domain retired after 2024-S1
    select_stories(make_story(consent=ADVOCACY, period="2024-S2", domain="health"))
    make_story(consent=ADVOCACY, period="2024-S2", domain="other")  # filed under a domain the period no longer uses
    db.session.commit()
    data, _included = assembly.advocacy_note(scope_for(world, period="2024-S2"), language="fr")
    names = [d.name for d in data.methodology.domains]
    assert "Santé" in names and "Autre changement" not in names
    sentence = assembly.previous_period(scope_for(world, period="2024-S2"), "fr")
    assert "Domaines de changement ajoutés pour cette période : Santé." in sentence
    assert "Domaines retirés depuis la période précédente : Autre changement." in sentence


def test_the_annex_lists_only_finalised_rounds(world, make_story, select_stories, db):
    from msc.selection import operations as sel_ops

    story = make_story(consent=ADVOCACY)
    select_stories(story)
    sel_ops.create_round(world.programme, sel_ops.RoundInput(world.unit("NAT"), world.period("2024-S1"), "consensus",
                                                             [world.domain("autonomy")], 1), user=world.users["admin"])
    data, _included = assembly.advocacy_note(scope_for(world), language="fr")
    assert len(data.methodology.rounds) == 1 and data.methodology.rounds[0].unit == "Clinique de Marrakech"
    assert [d.name for d in data.methodology.domains] == ["Autonomie"]  # the period's domains only
    assert [lv.level for lv in data.counts.levels] == ["Clinique"]  # the open national round selects nothing


# -- the team's brief --------------------------------------------------------------------------------------

@pytest.mark.parametrize("fields, message", [
    (("", "Un.\nDeux.\nTrois.\nQuatre.\nCinq.\nSix.", "", []), "3 to 5 key messages"),
    (("", "", "Une seule demande", []), "2 to 5 recommendations"),
    (("", "", "A | douze\nB", []), "story numbers only"),
    (("", "", "", [("12", "")]), "its number and the passage"),
])
def test_a_badly_written_brief_is_refused_with_a_message(fields, message):
    with pytest.raises(drafting.BriefError, match=message):
        drafting.parse_brief(*fields)


def test_featured_passages_must_come_from_the_story_and_stay_short(world, make_story, select_stories, db):
    words = [f"mot{i}" for i in range(200)]
    story = make_story(consent=ADVOCACY, text=" ".join(words) + ".")
    other = make_story(consent=ADVOCACY)
    select_stories(story, other)
    scope = scope_for(world)
    cases = [([(str(story.id), "une phrase inventée"), (str(other.id), "repris confiance")], "not in its approved"),
             ([(str(story.id), " ".join(words[:151])), (str(other.id), "repris confiance")], "longer than 150"),
             ([("99999", "repris confiance"), (str(other.id), "repris confiance")], "not in this note")]
    for featured, message in cases:
        brief = drafting.parse_brief("", "", "", featured)
        with pytest.raises(drafting.BriefError, match=message):
            ops.generate_note(scope, language="fr", brief=brief)
    assert db.session.scalar(sa.select(sa.func.count()).select_from(ops.NoteExport)) == 0


# -- four eyes ------------------------------------------------------------------------------------------

def test_a_second_person_approves_the_draft_bound_to_its_hash(world, make_story, select_stories, db):
    story = make_story(consent=ADVOCACY)
    select_stories(story)
    author, admin = world.users["advocacy"], world.users["admin"]
    note = ops.generate_note(scope_for(world, units=["NAT"]), language="fr", user=author)
    db.session.commit()
    draft = ops.read_note(note)
    assert is_draft(draft) and not note.is_approved
    with pytest.raises(ops.NoteError, match="second person"):
        approval.approve_note(note, note.sha256, user=author)
    with pytest.raises(ops.NoteError, match="changed since you read it"):
        approval.approve_note(note, "0" * 64, user=admin)
    draft_hash = note.sha256
    approval.approve_note(note, draft_hash, user=admin)
    db.session.commit()
    final = ops.read_note(note)
    assert not is_draft(final) and note.is_approved and note.approved_by_id == admin.id
    assert note.draft_sha256 == draft_hash and note.sha256 != draft_hash
    assert all_text(open_docx(final)) == all_text(open_docx(draft))  # only the mark went
    event = db.session.scalar(sa.select(AuditEvent).where(AuditEvent.action == "advocacy_note_approve"))
    assert event.details == {"draft_sha256": draft_hash, "sha256": note.sha256}
    with pytest.raises(ops.NoteError, match="already approved"):
        approval.approve_note(note, note.sha256, user=admin)


def test_funder_level_users_are_offered_approved_notes_only(world, make_story, db):
    funder = auth_ops.create_user("funder@test.msc", "Bailleur", password=PASSWORD)
    auth_ops.assign_role(funder, "advocacy", world.unit("FUN"))
    note = ops.generate_note(scope_for(world), language="fr", user=world.users["admin"])
    db.session.commit()
    assert visible_notes(funder, world.programme) == [] and not note.can_view(funder)
    assert visible_notes(world.users["admin"], world.programme) == [note]
    assert not note.can_approve(funder)
    with pytest.raises(ops.NoteError, match="second person"):  # a user without the advocacy or admin role
        approval.approve_note(note, note.sha256, user=world.users["coord_nat"])


def test_funder_sees_the_note_once_approved(world, db):
    funder = auth_ops.create_user("funder@test.msc", "Bailleur", password=PASSWORD)
    auth_ops.assign_role(funder, "advocacy", world.unit("FUN"))
    second = auth_ops.create_user("admin2@test.msc", "Admin 2", password=PASSWORD)
    auth_ops.assign_role(second, "admin", world.unit("FUN"))
    note = ops.generate_note(scope_for(world), language="fr", user=world.users["admin"])
    approval.approve_note(note, note.sha256, user=second)
    db.session.commit()
    assert visible_notes(funder, world.programme) == [note]


def test_regenerating_gives_a_new_draft_without_the_withdrawn_story(world, make_story, select_stories, db):
    story = make_story(consent=ADVOCACY)
    other = make_story(consent=ADVOCACY)
    select_stories(story, other)
    brief = drafting.parse_brief("", "", f"Une demande | {story.id}, {other.id}\nUne autre",
                                 [(str(story.id), "repris confiance"), (str(other.id), "trouvé une formation")])
    note = ops.generate_note(scope_for(world), language="fr", brief=brief, user=world.users["advocacy"])
    approval.approve_note(note, note.sha256, user=world.users["admin"])
    db.session.commit()
    from msc.stories import operations as story_ops

    story_ops.withdraw_consent(story, dt.date(2024, 8, 1))
    db.session.commit()
    fresh = ops.regenerate_note(note, all_unit_ids(world.programme), user=world.users["admin"])
    db.session.commit()
    assert not fresh.is_approved and is_draft(ops.read_note(fresh))
    assert fresh.story_ids == [other.id] and [f["story_id"] for f in fresh.brief["featured"]] == [other.id]
    assert fresh.brief["recommendations"][0]["stories"] == [other.id]


# -- paper ----------------------------------------------------------------------------------------------

def test_the_organisation_may_choose_letter_paper(world, db):
    ops.set_page_size(world.programme, "Letter")
    db.session.commit()
    d = open_docx(ops.read_note(ops.generate_note(scope_for(world))))
    assert {(s.page_width, s.page_height) for s in d.sections} == {(Inches(8.5), Inches(11))}
    with pytest.raises(ops.NoteError):
        ops.set_page_size(world.programme, "A3")
    assert "Messages clés" in headings(d, 1)


def test_the_worker_builds_the_note_with_the_brief_asked_for(world, make_story, select_stories, db):
    from msc.advocacy import jobs

    story = make_story(consent=ADVOCACY)
    select_stories(story)
    brief = drafting.parse_brief("Un constat", "Un.\nDeux.\nTrois.", "", [])
    job = jobs.request_note(scope_for(world), language="fr", brief=brief, user=world.users["advocacy"])
    db.session.commit()
    done = jobs.execute(job.id)
    assert done.status == "done" and done.note.brief["title"] == "Un constat"
    d = open_docx(ops.read_note(done.note))
    assert d.paragraphs[0].text == "Un constat" and "Deux." in [p.text for p in d.paragraphs]
