"""The REFI-QDA project export: valid against the schema, selections exactly at the evidence, consent obeyed."""
import io
import re

import sqlalchemy as sa
from qda_helpers import TEXT, Qdpx, coded_story, theme
from selection_helpers import REASONS

from msc.analysis import queries as analysis_queries
from msc.audit import AuditEvent
from msc.qda import operations
from msc.qda.errors import QdaError
from msc.stories import operations as story_ops
from msc.stories.scope import resolve_scope


def _export(world, user=None, **kw):
    from msc.qda.reach import qda_unit_ids

    scope = resolve_scope(world.programme, qda_unit_ids(user, world.programme), period=kw.pop("period", "2024-S1"),
                          units=kw.pop("units", ()))
    out = io.BytesIO()
    counts = operations.export_qdpx(scope, out, user=user, language="en", **kw)
    return Qdpx(out.getvalue()), counts


def _evidence(story, key, world):
    row = next(r for r in analysis_queries.story_themes(story) if r.theme.key == key)
    return [story.text[e["start"]:e["end"]] for e in row.evidence]


def test_the_project_is_valid_and_each_selection_is_its_evidence(world, make_story, select_stories, db):
    story = coded_story(world, make_story, db)
    select_stories(story)
    qdpx, counts = _export(world)
    evidence = _evidence(story, "violence_physical", world)
    assert counts == {"stories": 1, "selections": len(evidence) + 1, "notes": 1, "skipped": 0}
    (src, text), = qdpx.sources().values()
    assert text == analysis_queries.approved_text(story) and "Bennani" not in text and "[Prénom 1]" in text
    assert src.get("name") == story.pseudonym_approval.title
    found = qdpx.selections(src, qdpx.code_guid(theme(world, "violence_physical").labels["en"]))
    assert evidence and [text[s:e] for s, e in found] == evidence
    assert found[0][0] > TEXT.index("frapp")  # the pseudonym is longer than the name: the span moved
    housing = qdpx.selections(src, qdpx.code_guid(theme(world, "housing").labels["en"]))
    assert housing == [(0, len(text))]  # added by hand, no evidence: the whole story
    assert b"Bennani" not in qdpx.qde and b"@" not in qdpx.qde  # no name of the story, no e-mail


def test_every_selection_text_matches_the_evidence_across_stories(world, make_story, db):
    texts = [TEXT, "Mon mari Karim m'a frappée. Avec le groupe de parole j'ai trouvé du soutien.",
             "Elle m'a frappée devant Youssef Alaoui au café Atlas, puis j'ai trouvé un logement."]
    stories = [coded_story(world, make_story, db, text=t) for t in texts]
    qdpx, _ = _export(world)
    sources = {src.get("guid"): (src, text) for src, text in qdpx.sources().values()}
    violence = qdpx.code_guid(theme(world, "violence_physical").labels["en"])
    checked = 0
    for story in stories:
        src, text = next(v for v in sources.values() if v[0].get("name") == story.pseudonym_approval.title)
        spans = [s for s in analysis_queries.active_spans(story) if s.field == "text"]
        for (start, end), words in zip(qdpx.selections(src, violence), _evidence(story, "violence_physical", world),
                                       strict=True):
            inside_a_name = any(s.start_offset < story.text.index(words) + len(words) and
                                story.text.index(words) < s.end_offset for s in spans)
            assert inside_a_name or text[start:end] == words
            checked += 1
    assert checked >= len(stories)


def test_cases_variables_notes_and_users(world, make_story, select_stories, db):
    chosen = coded_story(world, make_story, db)
    teller = chosen.storyteller
    teller.age_band, teller.gender, teller.is_migrant = "25-34", "trans_woman", True
    other = coded_story(world, make_story, db, domain="health")
    select_stories(chosen)
    qdpx, _ = _export(world)
    variables = {v.get("name"): v.get("guid") for v in qdpx.xpath("//q:Variables/q:Variable")}
    assert {"unit", "period", "domain", "language", "age_band", "gender", "migrant", "level_reached", "selected",
            "selected_level"} <= set(variables)

    def value(story, name):
        case = qdpx.xpath(f"//q:Case[@name='{story.pseudonym_approval.title}']")[0]
        found = qdpx.xpath(f"q:VariableValue[q:VariableRef/@targetGUID='{variables[name]}']/*[2]/text()", case)
        return found[0] if found else None

    assert value(chosen, "selected") == "true" and value(other, "selected") == "false"
    assert value(chosen, "unit") == "MRK" and value(chosen, "period") == "2024-S1" and value(chosen, "language") == "fr"
    assert value(chosen, "level_reached") and value(chosen, "selected_level")
    assert (value(chosen, "age_band"), value(chosen, "gender"), value(chosen, "migrant")) == ("25-34", "trans_woman",
                                                                                           "true")
    assert value(other, "migrant") is None  # not recorded: no value rather than a false "no"
    note = qdpx.xpath("//q:Notes/q:Note")[0]
    assert qdpx.xpath("q:PlainTextContent/text()", note) == [REASONS]
    src = next(s for s, _ in qdpx.sources().values() if s.get("name") == chosen.pseudonym_approval.title)
    assert qdpx.xpath("q:NoteRef/@targetGUID", src) == [note.get("guid")]
    names = set(qdpx.xpath("//q:Users/q:User/@name"))
    assert {"Facil Mrk", "Panel Nat"} <= names
    assert all(re.fullmatch(r"[0-9A-F-]{36}", g) for g in qdpx.xpath("//q:Users/q:User/@guid"))


def test_only_stories_whose_consent_covers_evaluation_leave(world, make_story, db):
    kept = coded_story(world, make_story, db)
    make_story(consent=("panel",))  # no evaluation use
    make_story(consent="refused")
    make_story(submit=False)
    withdrawn = coded_story(world, make_story, db)
    story_ops.withdraw_consent(withdrawn, world.period("2024-S1").starts_on)
    db.session.commit()
    qdpx, counts = _export(world)
    assert [s.get("name") for s, _ in qdpx.sources().values()] == [kept.pseudonym_approval.title]
    assert counts["stories"] == 1


def test_a_story_not_approved_stays_out_of_the_pseudonymised_export(world, make_story, db):
    make_story(approved=False)
    _, counts = _export(world)
    assert counts == {"stories": 0, "selections": 0, "notes": 0, "skipped": 1}


def test_guids_are_the_same_at_every_export(world, make_story, select_stories, db):
    select_stories(coded_story(world, make_story, db))
    first, _ = _export(world)
    second, _ = _export(world)
    assert first.xpath("//@guid") == second.xpath("//@guid") and len(set(first.xpath("//@guid"))) > 5


def test_the_original_text_is_for_admins_and_audited(world, make_story, db):
    import pytest

    story = coded_story(world, make_story, db)
    with pytest.raises(QdaError) as refused:
        _export(world, user=world.users["coord_mrk"], original=True)
    assert refused.value.kind == "original"
    qdpx, _ = _export(world, user=world.users["admin"], original=True)
    (src, text), = qdpx.sources().values()
    assert text == story.text
    violence = qdpx.selections(src, qdpx.code_guid(theme(world, "violence_physical").labels["en"]))
    assert [text[s:e] for s, e in violence] == _evidence(story, "violence_physical", world)
    db.session.commit()
    event = db.session.scalars(sa.select(AuditEvent).where(AuditEvent.action == "qdpx_export")).all()[-1]
    assert event.details["original"] is True and event.user_id == world.users["admin"].id


def test_the_number_of_statements_does_not_grow_with_the_stories(world, make_story, db, app):
    def statements():
        seen = []
        listener = lambda *a: seen.append(a[2])  # noqa: E731  (conn, cursor, statement, ...)
        sa.event.listen(db.engine, "before_cursor_execute", listener)
        try:
            _export(world)
        finally:
            sa.event.remove(db.engine, "before_cursor_execute", listener)
        return seen

    for _ in range(2):
        coded_story(world, make_story, db)
    few = statements()
    for _ in range(4):
        coded_story(world, make_story, db)
    many = statements()
    assert len(many) == len(few)
    assert max(s.count("?") + s.count("%(") for s in many) == max(s.count("?") + s.count("%(") for s in few)
