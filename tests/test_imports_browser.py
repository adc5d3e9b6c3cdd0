"""A coordinator imports the KPI XLSX export in real Chromium and finds a story in the list."""
import re

import pytest
from conftest_imports import KPI_DOMAIN_VALUES, KPI_XLSX
from playwright.sync_api import expect


@pytest.fixture(autouse=True)
def upload_dir(app, tmp_path):
    app.config["IMPORT_UPLOAD_DIR"] = str(tmp_path / "imports")


def test_coordinator_imports_the_kpi_xlsx(page, browser_login, world, db):
    world.users["coord_mrk"].locale = "en"  # the scenario reads the English interface
    db.session.commit()
    browser_login("coord_mrk")
    page.get_by_role("navigation", name="Main menu").get_by_role("link", name="Import").click()
    page.get_by_label("Export file (CSV or XLSX)").set_input_files(str(KPI_XLSX))
    page.get_by_role("button", name="Upload and continue").click()

    page.wait_for_url(re.compile(r"/imports/[^/]+/map$"))
    assert page.get_by_label("Story text").input_value() == "grp_recit/histoire"
    assert page.get_by_label("Unit", exact=True).input_value() == "MRK"
    page.get_by_label("Period", exact=True).select_option("2024-S1")
    for value, key in KPI_DOMAIN_VALUES.items():
        page.get_by_label(f"Value “{value}” in the file").select_option(key)
    page.get_by_role("button", name="Preview the stories").click()

    page.wait_for_url(re.compile(r"/preview$"))
    expect(page.get_by_text("5 stories ready to import")).to_be_visible()
    expect(page.locator("#import-problems").get_by_text("The storyteller's consent is missing.")).to_be_visible()
    page.get_by_label("Leave out the rows with blocking problems and import the others").check()
    page.get_by_role("button", name="Import", exact=True).click()

    page.wait_for_url(re.compile(r"/stories/$"))
    expect(page.get_by_text("5 stories imported")).to_be_visible()
    page.get_by_role("link", name=re.compile("Je connais mes droits")).click()
    expect(page.get_by_text("Avant, je ne savais pas que je pouvais porter plainte.").first).to_be_visible()
