def test_login_in_real_chromium(page, browser_login):
    browser_login("facil_mrk")
    assert page.get_by_role("link", name="Stories").or_(page.get_by_role("link", name="Histoires")).first.is_visible()
