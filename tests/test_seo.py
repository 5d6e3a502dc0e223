"""Search engines find every page in both languages: description, canonical URL, sitemap with hreflang, robots.txt."""

import html
import re
import xml.etree.ElementTree as ET

import pytest
from mkdocs.config import load_config

from conftest import ROOT
from kb.pages.checks import split_front_matter

from kb.build import site as kbperf
from kb.build import robots

NS = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9", "x": "http://www.w3.org/1999/xhtml"}


@pytest.fixture(scope="module")
def site_url() -> str:
    return load_config(str(ROOT / "mkdocs.yml")).site_url


def head_problems(page_html: str, expected_url: str, description: str) -> list[str]:
    """What a crawler would miss in a page's <head>."""
    head = page_html.partition("</head>")[0]
    problems = []
    found = re.findall(r'<meta name="description" content="([^"]*)">', head)
    if [html.unescape(d) for d in found] != [description]:
        problems.append(f"meta description {found!r}, expected [{description!r}]")
    canonical = re.findall(r'<link rel="canonical" href="([^"]*)">', head)
    if canonical != [expected_url]:
        problems.append(f"canonical {canonical!r}, expected [{expected_url!r}]")
    for href in re.findall(r'<link rel="alternate"[^>]*hreflang[^>]*>', head):
        problems.append(f"hreflang link in <head> ({href}): Material then requests <href>/sitemap.xml, a 404")
    return problems


def front_matter_description(path: str) -> str:
    lang, _, rest = path.partition("/") if path.startswith("zh/") else ("en", "", path)
    md = ROOT / "docs" / lang / ((rest.rstrip("/") or "index") + ".md")
    meta, _, problems = split_front_matter(md, md.read_text(encoding="utf-8"))
    assert not problems, problems
    return meta["description"].strip()


def test_every_page_has_its_front_matter_description_and_an_absolute_canonical(built_site, site_url):
    report = []
    for path in kbperf.site_pages(built_site):
        page_html = (built_site / path / "index.html").read_text(encoding="utf-8")
        problems = head_problems(page_html, site_url + path, front_matter_description(path))
        report += [f"/{path}: {p}" for p in problems]
    assert not report, "\n".join(report)


def test_head_check_catches_missing_description_relative_canonical_and_head_hreflang():
    bad = ('<head><link rel="canonical" href="../offline/">'
           '<link rel="alternate" href="../../offline/" hreflang="en"></head>')
    problems = head_problems(bad, "https://example.org/zh/offline/", "A sentence.")
    assert len(problems) == 3, problems


def test_sitemap_lists_every_page_of_both_languages_with_absolute_hreflang_alternates(built_site, site_url):
    root = ET.parse(built_site / "sitemap.xml").getroot()
    urls = {u.findtext("s:loc", namespaces=NS): u for u in root.findall("s:url", NS)}
    expected = {site_url + p for p in kbperf.site_pages(built_site)}
    assert set(urls) == expected
    for loc, url in urls.items():
        alternates = {a.get("hreflang"): a.get("href") for a in url.findall("x:link", NS)}
        assert set(alternates) == {"en", "zh"}, loc
        assert all(href.startswith(site_url) for href in alternates.values()), alternates
        assert loc in alternates.values(), loc
    # both directions agree: /offline/ names /zh/offline/ and the other way round
    en, zh = urls[site_url + "offline/"], urls[site_url + "zh/offline/"]
    assert {a.get("href") for a in en.findall("x:link", NS)} == {a.get("href") for a in zh.findall("x:link", NS)}


def test_robots_txt_at_the_root_points_to_the_absolute_sitemap(built_site, site_url):
    text = (built_site / "robots.txt").read_text(encoding="utf-8")
    assert "User-agent: *" in text
    assert f"Sitemap: {site_url}sitemap.xml" in text.splitlines()
    assert not (built_site / "zh" / "robots.txt").exists()


def test_robots_txt_without_site_url_has_no_relative_sitemap_line():
    assert "Sitemap" not in robots.robots_txt(None)
    assert robots.robots_txt("https://a.example/docs").endswith("Sitemap: https://a.example/docs/sitemap.xml\n")
