"""Every internal href and src in the built HTML resolves to a file, and every #fragment to an id.

The strict build checks the links written in Markdown; this checks what the templates, plugins and
hooks add as well (navigation, language switcher, tags, 404 pages), in both languages.
"""

import shutil
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urljoin, urlsplit

import pytest

from conftest import ROOT

LINK_ATTRS = {"href", "src"}
NOT_FILES = ("mailto:", "tel:", "javascript:", "data:", "blob:")


class Collector(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.links: list[tuple[int, str]] = []  # (line, url)
        self.ids: set[str] = set()

    def handle_starttag(self, tag, attrs):
        for name, value in attrs:
            if value is None:
                continue
            if name in LINK_ATTRS:
                self.links.append((self.getpos()[0], value.strip()))
            elif name == "id" or (tag == "a" and name == "name"):
                self.ids.add(value)


def site_url() -> str:
    from mkdocs.config import load_config

    return load_config(str(ROOT / "mkdocs.yml")).site_url or "/"  # resolves !ENV [KB_SITE_URL, default]


def parse(path: Path) -> Collector:
    collector = Collector()
    collector.feed(path.read_text(encoding="utf-8"))
    return collector


def internal_link_problems(site: Path, base: str) -> tuple[list[str], int]:
    """(problems as 'file:line: url: why', number of internal links checked)."""
    base_parts = urlsplit(base)
    prefix = base_parts.path.rstrip("/") + "/"
    parsed: dict[Path, Collector] = {}

    def get(path: Path) -> Collector:
        if path not in parsed:
            parsed[path] = parse(path)
        return parsed[path]

    problems, checked = [], 0
    for page in sorted(site.rglob("*.html")):
        page_url = prefix + page.relative_to(site).as_posix()
        for line, url in get(page).links:
            if not url or url.startswith(NOT_FILES):
                continue
            target = urlsplit(urljoin(page_url, url))
            if target.scheme in ("http", "https") and target.netloc != base_parts.netloc:
                continue  # external: the weekly online check (tools/check-links) covers it
            where = f"{page.relative_to(site)}:{line}: {url}"
            if not target.path.startswith(prefix):
                problems.append(f"{where}: points outside the site ({target.path})")
                continue
            checked += 1
            file = site / unquote(target.path[len(prefix):])
            if target.path.endswith("/") or file.is_dir():
                file = file / "index.html"
            if not file.is_file():
                problems.append(f"{where}: no such file {file.relative_to(site)}")
            elif target.fragment and file.suffix == ".html" and unquote(target.fragment) not in get(file).ids:
                problems.append(f"{where}: no id '{unquote(target.fragment)}' in {file.relative_to(site)}")
    return problems, checked


def test_every_internal_href_and_src_resolves_in_both_languages(built_site):
    problems, checked = internal_link_problems(built_site, site_url())
    assert not problems, "broken internal links in the built site:\n  " + "\n  ".join(problems)
    zh_pages = list((built_site / "zh").rglob("*.html"))
    assert zh_pages and checked > 100, f"only {checked} links checked; is the parser still finding them?"


@pytest.mark.parametrize(
    "page, injected, expected",
    [
        ("zh/offline/index.html", '<a href="../no-such-page/">x</a>', "no such file zh/no-such-page/index.html"),
        ("cuda-oom/index.html", '<a href="../offline/#no-such-id">x</a>', "no id 'no-such-id' in offline/index.html"),
        ("zh/index.html", '<img src="../assets/missing.png" alt="">', "no such file assets/missing.png"),
        ("404.html", '<a href="/elsewhere/">x</a>', "points outside the site"),
    ],
)
def test_broken_internal_link_in_built_html_is_caught(built_site, tmp_path, page, injected, expected):
    site = tmp_path / "site"
    shutil.copytree(built_site, site)
    target = site / page
    html = target.read_text(encoding="utf-8")
    target.write_text(html.replace("</article>", injected + "</article>", 1), encoding="utf-8")
    problems, _ = internal_link_problems(site, site_url())
    assert any(p.startswith(page) and expected in p for p in problems), problems
