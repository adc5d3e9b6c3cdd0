"""Real Chromium: the dashboard's figures open as tables, download as CSV, and a co-occurrence cell leads to
the stories behind it."""
import csv
import io

import sqlalchemy as sa
from test_dashboard_figures import set_themes


def test_table_view_csv_and_cooccurrence_cell(page, browser_login, world, make_story, db, tmp_path):
    from msc.analysis import codebook_ops
    from msc.analysis.models import ThemeSuggestion

    a, b = codebook_ops.ensure_codebook(world.programme).themes[:2]
    both = make_story(title="Récit des deux thèmes")
    one = make_story(title="Récit d'un seul thème")
    db.session.execute(sa.delete(ThemeSuggestion))
    set_themes(db, both, confirmed=[], added=[a, b])
    set_themes(db, one, added=[a])
    db.session.commit()
    errors = []
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    browser_login("coord_mrk", locale="en")
    page.goto("/dashboard/?period=2024-S1")
    section = page.locator('[data-figure="by_unit"]')
    assert section.locator("svg.msc-chart title").count() == 1
    assert not section.locator('[data-table="by_unit"]').is_visible()
    section.get_by_text("Table view").click()
    assert section.locator('[data-table="by_unit"] tbody tr').all_inner_texts() == ["MRK\t2"]
    with page.expect_download() as info:
        section.get_by_role("link", name="Download this figure (CSV)").click()
    target = tmp_path / "by_unit.csv"
    info.value.save_as(target)
    assert list(csv.reader(io.StringIO(target.read_text(encoding="utf-8-sig")))) == [["Unit", "Stories"], ["MRK", "2"]]
    page.locator(f'[data-pair="{a.key}|{b.key}"] a').click()
    page.wait_for_url("**/stories/**")
    assert page.get_by_text("Récit des deux thèmes").count() == 1
    assert page.get_by_text("Récit d'un seul thème").count() == 0
    assert not [e for e in errors if "Content Security Policy" in e]
