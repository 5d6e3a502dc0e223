"""Both languages render in a real browser: right <html lang>, one heading, a working switcher."""

import pytest

from kb.registry import error_page_ids

pytestmark = pytest.mark.browser


def test_every_page_renders_in_its_language_with_one_heading(site_walk):
    seen, _, _ = site_walk
    for pid in ("",) + error_page_ids():
        for prefix, lang in (("", "en"), ("zh/", "zh")):
            path = f"{prefix}{pid}{'/' if pid else ''}"
            assert path in seen, f"/{path} was not built"
            assert seen[path]["lang"] == lang, f"/{path}: <html lang={seen[path]['lang']}>"
            assert seen[path]["h1"] == 1, f"/{path}: {seen[path]['h1']} page headings"


def test_the_language_switcher_leads_to_the_same_page_in_the_other_language(site_walk):
    # Home pages included, whose links static-i18n writes as absolute paths under site_url
    # (overrides/hooks/language_switcher.py).
    seen, _, base = site_walk
    for path, facts in seen.items():
        same = path.removeprefix("zh/") if path.startswith("zh/") else f"zh/{path}"
        assert facts["switcher"] == base + same, f"/{path}: switcher -> {facts['switcher']}"
