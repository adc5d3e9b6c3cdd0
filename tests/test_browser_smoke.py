from playwright.sync_api import expect


def test_login_in_real_chromium(page, browser_login):
    browser_login("facil_mrk")
    expect(page.get_by_role("link", name="Stories").or_(page.get_by_role("link", name="Histoires")).first).to_be_visible()
