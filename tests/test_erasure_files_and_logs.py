"""Logs and files: no bound text in errors or logs, generated files 0600, every download no-store."""
import inspect
import logging
import stat
from pathlib import Path

import pytest
import sqlalchemy as sa
from selection_helpers import finalise_simple, make_round

from msc.advocacy import operations as note_ops
from msc.auth.reach import all_unit_ids
from msc.reports import charts
from msc.stories.models import Story
from msc.stories.scope import resolve_scope

SECRET = "Hadassounette"
ADVOCACY = ("evaluation", "panel", "advocacy")


def test_a_failing_write_never_shows_the_bound_text(world, make_story, db, caplog):
    caplog.set_level(logging.DEBUG)
    story = make_story()
    bad = Story(programme_id=story.programme_id, unit_id=story.unit_id, period_id=story.period_id,
                domain_id=story.domain_id, storyteller_id=story.storyteller_id, interview_date=story.interview_date,
                title=SECRET, text=f"{SECRET} est venue.", people_concerned=0)  # breaks people_positive
    db.session.add(bad)
    with pytest.raises(sa.exc.IntegrityError) as failure:
        db.session.flush()
    db.session.rollback()
    assert SECRET not in str(failure.value) and SECRET not in caplog.text
    assert "hidden due to hide_parameters" in str(failure.value)


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_saved_note_is_readable_by_its_owner_only(app, world, make_story, select_stories, db):
    story = make_story(consent=ADVOCACY)
    select_stories(story)
    note = note_ops.generate_note(resolve_scope(world.programme, all_unit_ids(world.programme), period="2024-S1"))
    path = Path(app.config["EXPORTS_DIR"]) / note.filename
    assert _mode(path) == 0o600 and _mode(path.parent) == 0o700


@pytest.mark.parametrize("args", [["stories", "--format", "csv"],
                                  ["advocacy", "--period", "2024-S1"]])
def test_command_line_exports_are_readable_by_their_owner_only(app, world, make_story, select_stories, db, tmp_path,
                                                               args):
    select_stories(make_story(consent=ADVOCACY))
    out = tmp_path / "export.out"
    result = app.test_cli_runner().invoke(args=["export", *args, "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert _mode(out) == 0o600


def _downloads(o):
    """endpoint -> url, for every view that sends a file or a generated body."""
    domain = o["round"].domains[0].domain_id
    return {
        "advocacy.download": f"/advocacy/{o['note'].id}/download",
        "advocacy.logo": "/advocacy/settings/logo",
        "dashboard.export": "/dashboard/export.csv",
        "dashboard.export_job_download": f"/dashboard/exports/{o['export_job'].id}/download",
        "dashboard.figure_csv": "/dashboard/figure/themes.csv",
        "qda.export": "/qda/export.qdpx",
        "in_person.story_pack": f"/rounds/{o['pack_round'].id}/story-pack.docx",
        "qda.codebook_export": "/qda/codebook.qdc",
        "selection.feedback_docx": f"/rounds/{o['round'].id}/feedback.docx",
        "selection.chart": f"/rounds/{o['round'].id}/domains/{domain}/chart.svg",
    }


def test_every_download_is_no_store(app, client, login_as, world, make_story, select_stories, db):
    round_ = make_round(world, make_story, stories=2)
    finalise_simple(round_, {world.users["panel_mrk"]: [c.story_id for c in round_.active_candidates()]})
    select_stories(make_story(consent=ADVOCACY, unit="AGA", user="facil_aga"))  # one live round per unit and period
    note = note_ops.generate_note(resolve_scope(world.programme, all_unit_ids(world.programme), period="2024-S1"))
    note_ops.set_logo(world.programme, charts.bar_chart({"a": 1}, "", fmt="png"), "logo.png")
    from msc.selection import operations as sel_ops
    from msc.selection.in_person import create_in_person_round

    make_story(period="2024-S2")
    pack_round = create_in_person_round(world.programme, sel_ops.RoundInput(
        world.unit("MRK"), world.period("2024-S2"), "consensus", [world.domain("autonomy")], 1), user=world.users["admin"])
    sel_ops.add_panelist(pack_round, world.users["panel_mrk"], is_chair=True, user=world.users["admin"])
    sel_ops.open_round(pack_round, user=world.users["admin"])
    from msc.dashboard import export_jobs

    job = export_jobs.request_export(resolve_scope(world.programme, all_unit_ids(world.programme)), "csv",
                                     user=world.users["admin"])
    db.session.commit()
    export_jobs.execute(job.id)  # a background export, written here
    downloads = _downloads({"round": round_, "note": note, "pack_round": pack_round, "export_job": job})
    senders = {endpoint for endpoint, view in app.view_functions.items()
               if "send_file(" in inspect.getsource(inspect.unwrap(view)) or
               "Response(" in inspect.getsource(inspect.unwrap(view))}
    assert senders == set(downloads), "a new download route needs an entry here"
    login_as("admin")
    for endpoint, url in downloads.items():
        response = client.get(url)
        assert response.status_code == 200, (endpoint, response.status_code)
        assert "no-store" in response.headers["Cache-Control"], endpoint
