"""Real Chromium: an admin exports the codebook as .qdc, imports it back (no change), and downloads a project."""
import re

from playwright.sync_api import expect
from qda_helpers import Qdpx, coded_story


def test_admin_exchanges_the_codebook_and_downloads_a_project(page, browser_login, world, make_story, db, tmp_path):
    story = coded_story(world, make_story, db)
    browser_login("admin", locale="en")
    page.goto("/analysis/codebook")
    with page.expect_download() as info:
        page.get_by_role("link", name=re.compile(r"Export as REFI-QDA")).click()
    qdc = tmp_path / "codebook.qdc"
    info.value.save_as(qdc)
    page.get_by_role("link", name=re.compile(r"Import a REFI-QDA codebook")).click()
    page.get_by_label(re.compile(r"REFI-QDA codebook")).set_input_files(str(qdc))
    page.get_by_role("button", name="Preview the changes").click()
    expect(page.get_by_test_id("no-change")).to_be_visible()
    page.get_by_role("button", name="Apply these changes").click()
    page.wait_for_url(re.compile(r"/analysis/codebook$"))

    page.goto("/qda/")
    page.get_by_label("Period").select_option("2024-S1")
    with page.expect_download() as info:
        page.get_by_role("button", name="Download the .qdpx project").click()
    target = tmp_path / "project.qdpx"
    info.value.save_as(target)
    (_, text), = Qdpx(target.read_bytes()).sources().values()
    assert text == story.pseudonym_approval.text
