"""Both languages render in a real browser: right <html lang>, one heading, a working switcher."""

import pytest

from netwatch import BARE_LINKS_JS

from kb.pages.registry import error_page_ids

pytestmark = pytest.mark.browser


@pytest.mark.timeout(900)  # the first of these walks every page of the site
def test_every_page_renders_in_its_language_with_one_heading(site_walk):
    seen, _, _ = site_walk
    for pid in ("",) + error_page_ids():
        for prefix, lang in (("", "en"), ("zh/", "zh")):
            path = f"{prefix}{pid}{'/' if pid else ''}"
            assert path in seen, f"/{path} was not built"
            assert seen[path]["lang"] == lang, f"/{path}: <html lang={seen[path]['lang']}>"
            assert seen[path]["h1"] == 1, f"/{path}: {seen[path]['h1']} page headings"


@pytest.mark.timeout(900)  # the first of these walks every page of the site
def test_the_language_switcher_leads_to_the_same_page_in_the_other_language(site_walk):
    # Home pages included, whose links static-i18n writes as absolute paths under site_url
    # (overrides/hooks/language_switcher.py).
    seen, _, base = site_walk
    for path, facts in seen.items():
        same = path.removeprefix("zh/") if path.startswith("zh/") else f"zh/{path}"
        assert facts["switcher"] == base + same, f"/{path}: switcher -> {facts['switcher']}"


@pytest.mark.timeout(900)  # the first of these walks every page of the site
def test_every_link_has_an_address_search_engines_can_follow(site_walk):
    """No <a> without href or with javascript: (Lighthouse SEO, crawlable-anchors), scripts' links too."""
    seen, _, _ = site_walk
    bare = {path: facts["bare_links"] for path, facts in seen.items() if facts["bare_links"]}
    assert not bare, bare


def test_bare_link_check_catches_links_without_an_address(browser):
    page = browser.new_page()
    page.set_content('<a href="../offline/">ok</a><a href="https://x.example/">ok</a><a>bare</a>'
                     '<a href="javascript:void(0)">js</a><a href="">empty</a>')
    found = page.evaluate(BARE_LINKS_JS)
    page.close()
    assert found == ["<a>bare</a>", '<a href="javascript:void(0)">js</a>', '<a href="">empty</a>']
