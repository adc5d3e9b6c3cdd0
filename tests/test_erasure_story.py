"""Erasure: a story's every trace leaves the database file, exports/ and the logs; results still verify."""
import json
import logging
import sqlite3
import zipfile
from datetime import timedelta
from pathlib import Path

import pytest
import sqlalchemy as sa
from selection_helpers import finalise_simple, make_round

from msc.advocacy import operations as note_ops
from msc.analysis import operations as analysis_ops
from msc.analysis.models import PiiSpan, PseudonymApproval, StoryAnalysis
from msc.audit import AuditEvent
from msc.auth.reach import all_unit_ids
from msc.erasure import operations as erase_ops
from msc.erasure.sqlite import secure_delete
from msc.models_base import utcnow
from msc.selection import operations as sel_ops
from msc.selection import queries, tally
from msc.selection.models import BallotEntry, Candidate, Comment
from msc.stories import operations as ops
from msc.stories.models import Consent, Story, StoryRevision, Storyteller
from msc.stories.scope import resolve_scope

# WORD is a lower-case made-up word: no detector takes it for personal data, so it reaches every page and file
# until the erasure; PLACE is masked.
WORD, PLACE = "quetzalmirabelle", "Zanzibarette"  # found nowhere else
ADVOCACY = ("evaluation", "panel", "advocacy")


def _database_bytes(app) -> bytes:
    """SQLite: the bytes of the file and its side files. PostgreSQL: every row of every table as text
    (what a query can still read; dead row versions wait for VACUUM, as the README says)."""
    url = sa.engine.make_url(app.config["SQLALCHEMY_DATABASE_URI"])
    if url.get_backend_name() == "postgresql":
        from msc.extensions import db as database

        with database.engine.connect() as conn:
            return "\n".join(str(row[0]) for table in database.metadata.sorted_tables
                             for row in conn.execute(sa.text(f'SELECT t::text FROM "{table.name}" t'))).encode()
    path = Path(url.database)
    return b"".join(p.read_bytes() for p in path.parent.glob(path.name + "*"))  # the file, -wal, -journal


def _readable(path: Path) -> bytes:
    """The file's bytes, and for a .docx/.xlsx (a zip) the bytes of every member, uncompressed."""
    content = path.read_bytes()
    if zipfile.is_zipfile(path):
        with zipfile.ZipFile(path) as zf:
            content += b"".join(zf.read(name) for name in zf.namelist())
    return content


def _exported_bytes(app) -> bytes:
    return b"".join(_readable(p) for p in Path(app.config["EXPORTS_DIR"]).rglob("*") if p.is_file())


def _story_everywhere(world, make_story, db):
    """A story holding WORD in every field, revised, masked, approved, commented, voted, selected, in a note."""
    story = make_story(consent=ADVOCACY, title=f"Le verger {WORD}", text=f"Au verger {WORD} de {PLACE}, j'ai appris.",
                       significance=f"{WORD} compte pour moi.", translation=f"The {WORD} orchard.",
                       storyteller="MRK-0777")
    make_story(consent=ADVOCACY, title="Un autre récit")
    data = ops.StoryInput(unit=story.unit, period=story.period, domain=story.domain,
                          interview_date=story.interview_date, title=f"Le verger {WORD} (revu)", text=story.text,
                          significance=story.significance, translation=story.translation,
                          storyteller=ops.StorytellerInput("MRK-0777"))
    ops.update_story(story, world.programme, data, user=world.users["facil_mrk"])
    if not db.session.scalar(sa.select(PiiSpan).where(PiiSpan.story_id == story.id, PiiSpan.fragment == PLACE)):
        analysis_ops.add_pii_text(story, PLACE, "LOC", user=world.users["facil_mrk"])  # unless detected already
    analysis_ops.approve_pseudonymisation(story, user=world.users["facil_mrk"])
    db.session.commit()
    round_ = make_round(world, make_story, stories=0)
    cand = next(c for c in round_.active_candidates() if c.story_id == story.id)
    sel_ops.save_comment(cand, f"Le {WORD} me touche.", user=world.users["panel_mrk"])
    other = next(c.story_id for c in round_.active_candidates() if c.story_id != story.id)
    finalise_simple(round_, {u: [story.id, other] for u in (world.users["panel_mrk"], world.users["panel_nat"])})
    note = note_ops.generate_note(resolve_scope(world.programme, all_unit_ids(world.programme), period="2024-S1"))
    db.session.commit()
    assert note.story_ids == [story.id, other] or story.id in note.story_ids
    return story, round_, note


def test_erased_story_leaves_no_trace_in_database_exports_or_logs(app, world, make_story, db, caplog):
    caplog.set_level(logging.DEBUG)
    story, round_, note = _story_everywhere(world, make_story, db)
    story_id, note_file = story.id, Path(app.config["EXPORTS_DIR"]) / note.filename
    assert WORD.encode() in _database_bytes(app) and WORD.encode() in _exported_bytes(app)
    assert db.session.scalar(sa.select(sa.func.count()).select_from(PiiSpan).where(PiiSpan.fragment == PLACE))
    out = app.test_cli_runner().invoke(args=["erase", "--story", str(story_id), "--reason",
                                             "storyteller request, GDPR art. 17", "--yes"])
    assert out.exit_code == 0, out.output
    db.session.remove()
    db.engine.dispose()
    for needle in (WORD, PLACE):
        assert needle.encode() not in _database_bytes(app)
        assert needle.encode() not in _exported_bytes(app)
        assert needle not in caplog.text
    assert not note_file.exists()
    erased = db.session.get(Story, story_id)
    assert erased.is_erased and (erased.title, erased.text, erased.search_text) == ("", "", "")
    for model in (Consent, StoryRevision, StoryAnalysis, PiiSpan, PseudonymApproval):
        assert not db.session.scalar(sa.select(sa.func.count()).select_from(model).where(model.story_id == story_id))
    assert not db.session.scalar(sa.select(sa.func.count()).select_from(Comment))
    assert erased.storyteller.code == f"ERASED-{erased.storyteller_id}"


def test_ballots_keep_the_erased_story_and_results_still_verify(app, world, make_story, db):
    story, round_, _note = _story_everywhere(world, make_story, db)
    erase_ops.erase_story(story, "storyteller request", user=world.users["admin"])
    db.session.commit()
    db.session.expire_all()
    assert db.session.scalar(sa.select(sa.func.count()).select_from(BallotEntry).where(
        BallotEntry.story_id == story.id)) == 2
    assert db.session.scalar(sa.select(Candidate).where(Candidate.story_id == story.id)).is_withdrawn
    assert queries.compute_hash(round_) == round_.results_hash
    data = json.loads(app.test_cli_runner().invoke(args=["round", "show", str(round_.id), "--json"]).output)
    assert tally.results_hash({k: v for k, v in data.items() if k != "results_hash"}) == data["results_hash"]


def test_audit_keeps_who_when_which_and_why_never_content(world, make_story, db):
    story, _round, note = _story_everywhere(world, make_story, db)
    erase_ops.erase_story(story, "storyteller request", user=world.users["admin"])
    db.session.commit()
    event = db.session.scalar(sa.select(AuditEvent).where(AuditEvent.action == "story_erase"))
    assert (event.object_id, event.user_id, event.details["reason"]) == (story.id, world.users["admin"].id,
                                                                          "storyteller request")
    assert event.details["notes_deleted"] == [note.id] and event.created_at is not None
    every_detail = json.dumps([e.details for e in db.session.scalars(sa.select(AuditEvent))], ensure_ascii=False)
    assert WORD not in every_detail and PLACE not in every_detail


def test_erased_story_is_gone_from_lists_and_pages(client, login_as, world, make_story, db):
    story = make_story(title=f"Le verger {WORD}")
    erase_ops.erase_story(story, "storyteller request", user=world.users["admin"])
    db.session.commit()
    login_as("admin")
    assert client.get(f"/stories/{story.id}").status_code == 404
    assert f"/stories/{story.id}" not in client.get("/stories/").get_data(as_text=True)


def test_erase_storyteller_in_its_unit_erases_every_story(app, world, make_story, db):
    first, second = make_story(storyteller="MRK-0888"), make_story(storyteller="MRK-0888", submit=False)
    other = make_story()
    out = app.test_cli_runner().invoke(args=["erase", "--storyteller", "mrk-0888", "--unit", "MRK", "--reason",
                                             "request", "--yes"])
    assert out.exit_code == 0, out.output
    db.session.expire_all()
    assert first.is_erased and second.is_erased and not other.is_erased
    assert not db.session.scalar(sa.select(Storyteller).where(Storyteller.code == "MRK-0888"))
    event = db.session.scalar(sa.select(AuditEvent).where(AuditEvent.action == "storyteller_erase"))
    assert event.details == {"reason": "request", "stories": [first.id, second.id]}


@pytest.mark.parametrize("args", [
    ["--storyteller", "MRK-0888", "--unit", "AGA", "--reason", "request", "--yes"],  # another unit's code
    ["--story", "{id}", "--reason", "request"],  # not confirmed
    ["--story", "{id}", "--reason", "  ", "--yes"],  # no reason
    ["--story", "{id}", "--reason", "x" * 81, "--yes"],  # a reason too long for the audit log
    ["--reason", "request", "--yes"],  # nothing to erase
])
def test_refused_erasures_change_nothing(app, world, make_story, db, args):
    story = make_story(storyteller="MRK-0888")
    out = app.test_cli_runner().invoke(args=["erase", *[a.format(id=story.id) for a in args]])
    assert out.exit_code != 0
    db.session.expire_all()
    assert not story.is_erased and story.storyteller.code == "MRK-0888"


def test_admin_erases_through_the_page_after_confirming(client, login_as, world, make_story, db):
    story = make_story()
    login_as("admin")
    assert "Erase this story" in client.get(f"/stories/{story.id}").get_data(as_text=True)
    url = f"/admin/erasure/stories/{story.id}"
    assert client.post(url, data={"reason": "request"}).status_code == 200  # not confirmed
    db.session.expire_all()
    assert not story.is_erased
    assert client.post(url, data={"reason": "request", "confirm": "y"}).status_code == 302
    db.session.expire_all()
    assert story.is_erased


def test_facilitator_sees_no_erase_link(client, login_as, make_story):
    story = make_story()
    login_as("facil_mrk")
    assert "Erase this story" not in client.get(f"/stories/{story.id}").get_data(as_text=True)


def test_retention_erases_old_drafts_only(app, world, make_story, db):
    old_draft, new_draft = make_story(submit=False, consent=None), make_story(submit=False, consent=None)
    old_submitted = make_story()
    long_ago = utcnow() - timedelta(days=181)
    for story in (old_draft, old_submitted):
        story.updated_at = story.created_at = long_ago
    db.session.commit()
    assert app.config["RETENTION_DRAFT_DAYS"] == 180
    out = app.test_cli_runner().invoke(args=["retention", "run"])
    assert out.exit_code == 0 and "1 draft(s)" in out.output
    db.session.expire_all()
    assert old_draft.is_erased and not new_draft.is_erased and not old_submitted.is_erased


def test_sqlite_connections_delete_securely(db):
    if db.engine.dialect.name != "sqlite":
        # PostgreSQL keeps old row versions until VACUUM (README): no SQLite pragma on its engine.
        assert not sa.event.contains(db.engine, "connect", secure_delete)
        return
    # Some builds (Debian's) turn secure_delete on by default: show the listener turns it on from off.
    raw = sqlite3.connect(":memory:")
    raw.execute("PRAGMA secure_delete = OFF")
    secure_delete(raw, None)
    assert raw.execute("PRAGMA secure_delete").fetchone()[0] == 1
    assert sa.event.contains(db.engine, "connect", secure_delete)
    assert db.session.execute(sa.text("PRAGMA secure_delete")).scalar() == 1


def test_erased_story_leaves_dashboards_and_exports(client, login_as, world, make_story, db):
    story, other = make_story(), make_story()
    code = story.storyteller.code
    login_as("admin")
    before = client.get("/dashboard/export.csv").get_data(as_text=True).strip().splitlines()
    erase_ops.erase_story(story, "storyteller request", user=world.users["admin"])
    db.session.commit()
    after = client.get("/dashboard/export.csv").get_data(as_text=True).strip().splitlines()
    assert len(after) == len(before) - 1 and len(after) >= 2
    assert code in "\n".join(before) and code not in "\n".join(after) and other.storyteller.code in "\n".join(after)
