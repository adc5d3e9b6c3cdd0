"""Analysis in the app, operations tested directly with the real spaCy model."""
import pytest
import sqlalchemy as sa

from msc.analysis import codebook_ops, queries
from msc.analysis import operations as ops
from msc.analysis.models import ThemeDecision, ThemeSuggestion
from msc.audit import AuditEvent
from msc.nlp.codebook import CodebookError
from msc.stories import operations as sops

TEXT = ("Mme Bennani m'a frappée et m'a jetée dehors. Grâce au groupe de parole, j'ai repris confiance. "
        "Appelez-moi au 06 12 34 56 78.")


def _theme(world, key):
    book = codebook_ops.ensure_codebook(world.programme)
    return next(t for t in book.themes if t.key == key)


def _keys(story):
    return {r.theme.key for r in queries.story_themes(story)}


def _edit_text(world, story, text, user):
    data = sops.StoryInput(unit=story.unit, period=story.period, domain=story.domain,
                           interview_date=story.interview_date, title=story.title, text=text,
                           language=story.language, storyteller=sops.StorytellerInput(story.storyteller.code))
    sops.update_story(story, world.programme, data, user=user)


def test_saving_a_story_suggests_themes_with_evidence(world, make_story, db):
    story = make_story(text=TEXT, approved=False)
    rows = {r.theme.key: r for r in queries.story_themes(story)}
    assert {"violence_physical", "peer_support"} <= set(rows)
    evidence = rows["violence_physical"].evidence
    assert evidence and "frapp" in story.text[evidence[0]["start"]:evidence[0]["end"]]
    assert rows["violence_physical"].suggestion.codebook_version == story.analysis.codebook_version == 1
    assert story.analysis.lang == "fr" and story.analysis.has_ner


def test_personal_data_detected_and_pseudonymised(world, make_story):
    story = make_story(text=TEXT, approved=False)
    labels = {(s.label, s.fragment) for s in queries.active_spans(story)}
    assert ("PHONE", "06 12 34 56 78") in labels
    assert any(label == "PER" and "Bennani" in frag for label, frag in labels)
    preview = queries.preview_text(story)
    assert "Bennani" not in preview and "[Prénom 1]" in preview and "[Téléphone]" in preview


def test_confirm_reject_add(world, make_story, db):
    story = make_story(text=TEXT, approved=False)
    user = world.users["facil_mrk"]
    ops.decide_theme(story, _theme(world, "violence_physical"), "confirmed", user=user)
    ops.decide_theme(story, _theme(world, "peer_support"), "rejected", user=user)
    ops.decide_theme(story, _theme(world, "housing"), "added", user=user)
    states = {r.theme.key: r.state for r in queries.story_themes(story)}
    assert states["violence_physical"] == "confirmed" and states["peer_support"] == "rejected"
    assert states["housing"] == "added"
    assert set(queries.confirmed_theme_keys(story)) == {"violence_physical", "housing"}


def test_confirming_a_theme_that_was_not_suggested_is_refused(world, make_story):
    story = make_story(text=TEXT, approved=False)
    with pytest.raises(ops.AnalysisError):
        ops.decide_theme(story, _theme(world, "housing"), "confirmed", user=world.users["facil_mrk"])


def test_reanalysis_keeps_human_decisions(world, make_story, db):
    story = make_story(text=TEXT, approved=False)
    user = world.users["facil_mrk"]
    ops.decide_theme(story, _theme(world, "peer_support"), "rejected", user=user)
    ops.decide_theme(story, _theme(world, "housing"), "added", user=user)
    db.session.commit()
    ops.analyse_story(story)
    db.session.commit()
    decisions = {d.theme.key: (d.status, d.user_id) for d in db.session.scalars(sa.select(ThemeDecision))}
    assert decisions == {"peer_support": ("rejected", user.id), "housing": ("added", user.id)}
    assert "peer_support" in {s.theme.key for s in db.session.scalars(sa.select(ThemeSuggestion))}


def test_codebook_edit_bumps_version_and_changes_suggestions(world, make_story, db):
    book = codebook_ops.ensure_codebook(world.programme)
    theme = _theme(world, "housing")
    data = {"labels": theme.labels, "definition": theme.definitions,
            "patterns": {"fr": ["tricot*"], "en": ["knitting"]}}
    codebook_ops.save_theme(book, data, theme=theme, user=world.users["admin"])
    assert book.version == 2
    story = make_story(text="Elle fait du tricot le soir avec les autres.", approved=False)
    rows = {r.theme.key: r for r in queries.story_themes(story)}
    assert "housing" in rows and rows["housing"].suggestion.codebook_version == 2


def test_retired_theme_is_no_longer_suggested(world, make_story):
    book = codebook_ops.ensure_codebook(world.programme)
    codebook_ops.retire_theme(_theme(world, "violence_physical"), user=world.users["admin"])
    assert book.version == 2
    story = make_story(text=TEXT, approved=False)
    assert "violence_physical" not in _keys(story)


def test_new_theme(world, make_story):
    book = codebook_ops.ensure_codebook(world.programme)
    codebook_ops.save_theme(book, {"key": "digital_safety", "labels": {"fr": "Sécurité numérique",
                                                                        "en": "Digital safety"},
                                   "patterns": {"fr": ["telephone ~ pirate", "harcelement en ligne"]}})
    story = make_story(text="J'ai subi du harcèlement en ligne pendant des mois.", approved=False)
    assert "digital_safety" in _keys(story)


@pytest.mark.parametrize("patterns", [{}, {"fr": [], "en": []}, {"fr": ["ab*"]}, {"fr": ["~ plainte"]},
                                      {"fr": [[{"NOT_AN_ATTR": "x"}]]}, {"fr": [[]]}])
def test_bad_patterns_are_refused(world, patterns):
    book = codebook_ops.ensure_codebook(world.programme)
    with pytest.raises(CodebookError):
        codebook_ops.save_theme(book, {"key": "bad_theme", "labels": {"fr": "x", "en": "x"}, "patterns": patterns})
    assert book.version == 1


@pytest.mark.parametrize("raw", [b"{not json", b'{"themes": 3}', b'{"themes": [{"key": "Bad Key"}]}', b"\xff\xfe",
                                 b'{"themes": [{"key": "x_y", "labels": {"fr": "a", "en": "b"}, "patterns": {}}]}'])
def test_malformed_codebook_upload_is_refused(world, raw):
    book = codebook_ops.ensure_codebook(world.programme)
    with pytest.raises(CodebookError):
        codebook_ops.import_codebook(book, raw)


def test_too_large_codebook_upload_is_refused(world):
    book = codebook_ops.ensure_codebook(world.programme)
    raw = b'{"themes": []}' + b" " * codebook_ops.MAX_IMPORT_BYTES
    with pytest.raises(CodebookError, match="too large"):
        codebook_ops.import_codebook(book, raw)
    assert book.version == 1


def test_rule_errors_share_one_base():
    from msc.errors import RuleError

    assert issubclass(ops.AnalysisError, RuleError) and issubclass(CodebookError, RuleError)


def test_codebook_upload_merges_by_key(world):
    book = codebook_ops.ensure_codebook(world.programme)
    raw = (b'{"themes": [{"key": "housing", "labels": {"fr": "Logement", "en": "Housing"}, '
           b'"patterns": {"fr": ["logement"]}}, {"key": "new_one", "labels": {"fr": "Neuf", "en": "New"}, '
           b'"patterns": {"en": ["brand new"]}}]}')
    assert codebook_ops.import_codebook(book, raw) == 2
    assert book.version == 2 and len(book.themes) == 28
    assert _theme(world, "housing").patterns == {"fr": ["logement"]}


def test_known_terms_are_always_caught(world, make_story, db):
    codebook_ops.save_known_terms(world.programme, "Zouzou\nLOC: café Tiziri\nzouzou")
    assert queries.known_terms(world.programme.id) == [("Zouzou", "PER"), ("café Tiziri", "LOC")]
    story = make_story(text="Je voyais Zouzou au café Tiziri tous les soirs.", approved=False)
    assert {(s.label, s.fragment) for s in queries.active_spans(story)} >= {("PER", "Zouzou"),
                                                                         ("LOC", "café Tiziri")}


def test_review_add_remove_approve(world, make_story, db):
    story = make_story(text=TEXT + " Je dormais derrière la gare routière, puis près de la gare routière.",
                       approved=False)
    user = world.users["facil_mrk"]
    phone = next(s for s in queries.active_spans(story) if s.label == "PHONE")
    ops.remove_pii_span(phone, user=user)
    added = ops.add_pii_text(story, "gare routière", "LOC", user=user)
    assert [s.fragment for s in added] == ["gare routière", "gare routière"]
    preview = queries.preview_text(story)
    assert "06 12 34 56 78" in preview and "routière" not in preview and preview.count("[Lieu 1]") == 2
    approval = ops.approve_pseudonymisation(story, user=user, seen_hash=queries.preview_hash(story))
    db.session.commit()
    assert approval.text == preview and story.review_text() == preview
    assert story.is_ready_for("panel")


def test_add_span_by_offsets_checks_range_and_overlap(world, make_story):
    story = make_story(text=TEXT, approved=False)
    with pytest.raises(ops.AnalysisError):
        ops.add_pii_span(story, 5, len(story.text) + 3, "PER")
    with pytest.raises(ops.AnalysisError):
        ops.add_pii_span(story, -1, 3, "PER")
    with pytest.raises(ops.AnalysisError):
        ops.add_pii_span(story, 4, 4, "PER")
    with pytest.raises(ops.AnalysisError):
        ops.add_pii_span(story, 0, 3, "NAME")
    bennani = next(s for s in queries.active_spans(story) if s.label == "PER")
    with pytest.raises(ops.AnalysisError):
        ops.add_pii_span(story, bennani.start_offset, bennani.end_offset + 2, "PER")
    with pytest.raises(ops.AnalysisError):
        ops.add_pii_text(story, "Bennani", "PER")  # already masked
    with pytest.raises(ops.AnalysisError):
        ops.add_pii_text(story, "Fatiha", "PER")  # not in the text
    with pytest.raises(ops.AnalysisError):
        ops.add_pii_text(story, "   ", "PER")


def test_approval_with_a_stale_preview_is_refused(world, make_story):
    story = make_story(text=TEXT, approved=False)
    seen = queries.preview_hash(story)
    ops.remove_pii_span(queries.active_spans(story)[0])
    with pytest.raises(ops.AnalysisError):
        ops.approve_pseudonymisation(story, seen_hash=seen)


def test_an_edit_voids_the_approval_and_readiness(world, make_story, db):
    story = make_story(text=TEXT)
    assert story.is_ready_for("panel")
    _edit_text(world, story, TEXT + " Aujourd'hui je travaille.", world.users["facil_mrk"])
    db.session.commit()
    assert story.pseudonym_approval is None
    assert not story.is_ready_for("panel") and story.review_text() == ""
    assert db.session.scalar(sa.select(AuditEvent).where(AuditEvent.action == "pseudonymisation_void"))
    assert queries.is_analysis_current(story)  # analysed again on save


def test_decisions_on_removed_spans_survive_an_edit(world, make_story, db):
    story = make_story(text=TEXT, approved=False)
    user = world.users["facil_mrk"]
    ops.remove_pii_span(next(s for s in queries.active_spans(story) if s.label == "PHONE"), user=user)
    ops.add_pii_text(story, "groupe de parole", "LOC", user=user)
    _edit_text(world, story, "Bonjour. " + TEXT, user)
    spans = queries.spans(story)
    phone = next(s for s in spans if s.label == "PHONE")
    assert phone.is_removed and story.text[phone.start_offset:phone.end_offset] == "06 12 34 56 78"
    manual = next(s for s in spans if s.source == "manual")
    assert story.text[manual.start_offset:manual.end_offset] == "groupe de parole"


def test_readiness_needs_approval(world, make_story):
    story = make_story(text=TEXT, approved=False)
    assert story.status == "submitted" and story.consent_allows("panel")
    assert not story.is_ready_for("panel") and not story.is_ready_for("evaluation")
    assert story.review_text() == ""  # never the raw text
    ops.approve_pseudonymisation(story, user=world.users["facil_mrk"])
    assert story.is_ready_for("panel") and "Bennani" not in story.review_text()


def test_audit_never_holds_story_text_nor_names(world, make_story, db):
    story = make_story(text=TEXT)
    ops.add_pii_text(story, "groupe de parole", "LOC", user=world.users["facil_mrk"])
    db.session.commit()
    details = " ".join(str(e.details) for e in db.session.scalars(sa.select(AuditEvent)))
    assert "Bennani" not in details and "groupe" not in details and "06 12" not in details


def test_english_story_without_ner_is_flagged(world, make_story):
    story = make_story(text="My friend Amal took me to the clinic for an HIV test. Call me on 0612345678.",
                       language="en", approved=False)
    assert story.analysis.lang == "en"
    from msc.nlp.engine import engine_info

    assert story.analysis.has_ner == engine_info("en")["ner"]
    assert any(s.label == "PHONE" for s in queries.active_spans(story))


def test_story_in_other_language_is_detected(world, make_story):
    story = make_story(text="I went to the clinic and the doctor gave me my results, and my friends were there "
                            "to support me through everything.", language="other", approved=False)
    assert story.analysis.lang == "en"

