"""Both languages render in a real browser: right <html lang>, a heading, and a working switcher."""

import pytest

from kb.registry import error_page_ids

ERROR_PAGES = error_page_ids()


pytestmark = pytest.mark.browser


@pytest.mark.parametrize("lang, prefix", [("en", ""), ("zh", "zh/")])
def test_pages_render_with_the_right_language(browser, served_site, lang, prefix):
    page = browser.new_page()
    for pid in ("",) + ERROR_PAGES:
        page.goto(f"{served_site}{prefix}{pid}{'/' if pid else ''}")
        assert page.locator("html").get_attribute("lang") == lang
        assert page.locator("article h1").count() == 1
    page.close()
