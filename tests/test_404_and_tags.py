"""A 404 page in each language that links home and to search; a tags index in each language;
and no page is ever served in the other language when its translation is missing.
"""

import re
from html import unescape
from urllib.parse import urlsplit

import pytest
import yaml

from conftest import ROOT, build_site
from kb.pages.registry import error_page_ids

ERROR_PAGES = error_page_ids()



def config() -> dict:
    class Loader(yaml.SafeLoader):
        pass

    Loader.add_multi_constructor("", lambda loader, suffix, node: None)
    return yaml.load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"), Loader=Loader)


def base_path() -> str:
    from mkdocs.config import load_config

    site_url = load_config(str(ROOT / "mkdocs.yml")).site_url  # resolves !ENV [KB_SITE_URL, default]
    return urlsplit(site_url or "/").path.rstrip("/") + "/"


def hrefs(html: str) -> list[str]:
    return re.findall(r'<a [^>]*href="([^"]*)"', html)


@pytest.mark.parametrize(
    "path, lang, home, h1",
    [("404.html", "en", "", "page not found"), ("zh/404.html", "zh", "zh/", "找不到这个页面")],
)
def test_404_page_in_each_language_links_home_and_search(built_site, path, lang, home, h1):
    html = (built_site / path).read_text(encoding="utf-8")
    assert f'<html lang="{lang}"' in html
    assert h1 in re.search(r"<h1[^>]*>(.*?)</h1>", html, re.S).group(1)
    links = hrefs(html.split('<article', 1)[1])
    assert base_path() + home in links, "no link to the home page"
    assert base_path() + home + "?q=" in links, "no link to search (?q= opens the search box)"
    # The language switcher offers each language's home, not some unrelated page.
    switcher = re.findall(r'<a href="([^"]*)" hreflang="\w+"[^>]*class="md-select__link"', html)
    assert sorted(switcher) == sorted([base_path(), base_path() + "zh/"])


def test_english_404_also_guides_chinese_readers(built_site):
    """GitHub Pages serves /404.html for every missing URL, /zh/... included."""
    html = (built_site / "404.html").read_text(encoding="utf-8")
    chinese = re.search(r'<p lang="zh">(.*?)</p>', html, re.S).group(1)
    assert base_path() + "zh/" in hrefs(chinese) and base_path() + "zh/?q=" in hrefs(chinese)


@pytest.mark.browser
def test_search_link_opens_the_search_box(browser, served_site):
    page = browser.new_page()
    page.goto(f"{served_site}zh/?q=cuda")
    query = page.locator("input[data-md-component=search-query]")
    assert query.input_value() == "cuda"
    assert query.evaluate("el => el === document.activeElement")
    page.close()


@pytest.mark.parametrize("lang, prefix", [("en", ""), ("zh", "zh/")])
def test_tags_index_in_each_language_lists_that_languages_pages(built_site, lang, prefix):
    html = (built_site / prefix / "tags" / "index.html").read_text(encoding="utf-8")
    assert "md-tag" in html
    listed = {h for h in hrefs(html.split("<article", 1)[1]) if h.startswith("../")}
    assert {f"../{pid}/" for pid in ERROR_PAGES} <= listed
    # Relative links from /zh/tags/ stay in /zh/; the labels listed are this language's (nav labels).
    assert ("离线 / 断网 / 镜像" in unescape(html)) == (lang == "zh")
    assert ("Offline or firewalled" in unescape(html)) == (lang == "en")
    # And each page's tag chips link to its own language's tags index.
    page = (built_site / prefix / "offline" / "index.html").read_text(encoding="utf-8")
    assert re.search(r'<a href="\.\./tags/#tag:[^"]+" class="md-tag"', page)


def test_missing_translation_is_never_served_from_the_other_language(scratch_project, tmp_path):
    i18n = next(p["i18n"] for p in config()["plugins"] if isinstance(p, dict) and "i18n" in p)
    assert i18n["fallback_to_default"] is False
    (scratch_project / "docs" / "zh" / "tags.md").unlink()
    result = build_site(tmp_path / "site", project=scratch_project)
    assert result.returncode != 0
    assert "page exists in 'en' but not in 'zh'" in result.stdout + result.stderr
