"""The hosted build asks nothing of any other host: not at build time, not in the browser.

Served over http on 127.0.0.1, every page of both languages loads with zero requests to another
host, zero failed requests, zero console errors; search answers in the page's language. An
external asset written into a page stops the strict build, naming the page and the asset.
"""

import re
import shutil

import pytest

from conftest import ROOT, build_site
from kb.build.site import serve
from netwatch import Watch, only_localhost
from kb.search.evaluate import ask, open_search, page_id, page_lang, wait_until_ready

ANSI = re.compile(r"\x1b\[[0-9;]*m")

# One query per language that the page titles answer; results must stay in the query's language.
SEARCHES = [("en", "CUDA out of memory", "cuda-oom"), ("zh", "显存不足", "zh/cuda-oom")]


def build_output(project, tmp_path):
    result = build_site(tmp_path / "out", config=project / "mkdocs.yml")
    return result.returncode, ANSI.sub("", result.stdout + result.stderr)


def append_line(path, line) -> int:
    """Add a line at the end of a page; return its line number."""
    lines = path.read_text(encoding="utf-8").splitlines() + ["", line]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return len(lines)


def test_external_assets_in_pages_fail_the_strict_build_naming_file_and_line(scratch_project, tmp_path):
    """An image and a script from another host, one per language."""
    docs = scratch_project / "docs"
    img = append_line(docs / "en" / "offline.md", '<img src="https://example.com/x.png" alt="x">')
    code, output = build_output(scratch_project, tmp_path)
    assert code != 0
    assert f"docs/en/offline.md:{img}: <img> loads https://example.com/x.png" in output, output

    (docs / "en" / "offline.md").write_text((ROOT / "docs" / "en" / "offline.md").read_text(encoding="utf-8"),
                                            encoding="utf-8")
    script = append_line(docs / "zh" / "index.md", '<script src="https://cdn.example.com/x.js"></script>')
    code, output = build_output(scratch_project, tmp_path)
    assert code != 0
    assert f"docs/zh/index.md:{script}: <script> loads https://cdn.example.com/x.js" in output, output


def test_video_iframe_fails_the_build_naming_file_and_line(scratch_project, tmp_path):
    """A YouTube player loads from YouTube on view: refused; a plain link to the video is fine."""
    line = append_line(scratch_project / "docs" / "zh" / "index.md",
                       '<iframe src="https://www.youtube.com/embed/kb-video" title="x"></iframe>')
    code, output = build_output(scratch_project, tmp_path)
    assert code != 0
    assert f"docs/zh/index.md:{line}: <iframe> loads https://www.youtube.com/embed/kb-video" in output, output


def test_external_script_or_hint_from_the_theme_fails_the_build(scratch_project, tmp_path):
    """Not in a page: a script in mkdocs.yml's extra_javascript, a preconnect hint in a template."""
    config = scratch_project / "mkdocs.yml"
    config.write_text(config.read_text(encoding="utf-8")
                      + "\nextra_javascript:\n  - https://cdn.example.com/analytics.js\n", encoding="utf-8")
    code, output = build_output(scratch_project, tmp_path)
    assert code != 0
    assert "<script> loads https://cdn.example.com/analytics.js from another host; it comes from a template" in output

    shutil.copy(ROOT / "mkdocs.yml", config)
    main = scratch_project / "overrides" / "main.html"
    main.write_text(main.read_text(encoding="utf-8").replace(
        "{% block scripts %}", '{% block extrahead %}<link rel="preconnect" href="https://fonts.example.com">'
        "{% endblock %}{% block scripts %}", 1), encoding="utf-8")
    code, output = build_output(scratch_project, tmp_path)
    assert code != 0
    assert "<link> loads https://fonts.example.com from another host" in output, output


def test_external_font_in_a_style_sheet_fails_the_build(scratch_project, tmp_path):
    css = scratch_project / "overrides" / "assets" / "extra.css"
    line = append_line(css, '@import url("https://fonts.example.com/css?family=Noto");')
    code, output = build_output(scratch_project, tmp_path)
    assert code != 0
    assert f"assets/extra.css:{line}: loads https://fonts.example.com/css?family=Noto" in output, output


# What the hook must refuse (tag, url) and what it must let through, in one page of HTML.
REFUSED = [
    ('<img src="https://x.example/a.png" alt="">', ("img", "https://x.example/a.png")),
    ("<IMG SRC=//cdn.example/b.png>", ("img", "//cdn.example/b.png")),
    ('<img srcset="a.png 1x, https://x.example/c.png 2x" alt="">', ("img", "https://x.example/c.png")),
    ('<p style="background: url(//x.example/d.png)">', ("p", "//x.example/d.png")),
    ('<svg><image href="https://x.example/e.svg"/></svg>', ("image", "https://x.example/e.svg")),
    ('<svg><use xlink:href="https://x.example/f.svg#i"/></svg>', ("use", "https://x.example/f.svg#i")),
    ('<video poster="//x.example/g.jpg"></video>', ("video", "//x.example/g.jpg")),
    ('<object data="https://x.example/h.pdf"></object>', ("object", "https://x.example/h.pdf")),
    ('<link rel="preconnect" href="https://fonts.example">', ("link", "https://fonts.example")),
    ("<link rel=stylesheet href=//x.example/i.css>", ("link", "//x.example/i.css")),
]
ALLOWED = [
    '<a href="https://huggingface.co/docs">docs</a>',
    '<link rel="canonical" href="https://kb.example/offline/">',
    '<link rel="alternate" hreflang="zh" href="https://kb.example/zh/offline/">',
    '<svg xmlns="http://www.w3.org/2000/svg"></svg>',
    "<code>HF_ENDPOINT=https://hf-mirror.com</code> and a // comment",
    '<img src="../assets/logo.png" alt="">',
]


def test_embed_finder_refuses_every_kind_of_remote_load_and_allows_links():
    from kb.build import embeds as no_external_embeds

    page = "<p>".join(ALLOWED + [html for html, _ in REFUSED])
    assert sorted(no_external_embeds.find_embeds(page)) == sorted(found for _, found in REFUSED)
    assert no_external_embeds.find_embeds("<p>".join(ALLOWED)) == []


def hosted_url(base, path):
    return base + path.removesuffix("index.html")


@pytest.mark.browser
@pytest.mark.timeout(900)  # the first of these walks every page of the site
def test_every_hosted_page_loads_with_no_request_to_another_host(site_walk, built_site):
    seen, watch, _ = site_walk
    assert len(seen) >= 16, seen  # 8 pages per language at least
    assert watch.problems == []
    assert any(u.endswith(".css") for u in watch.requests)  # the watch did see the page's own requests


@pytest.mark.browser
@pytest.mark.parametrize("lang, query, expected", SEARCHES)
def test_hosted_search_answers_in_the_page_language(browser, served_site, lang, query, expected):
    context = browser.new_context()
    watch = Watch(context, only_localhost)
    page = context.new_page()
    watch.current = f"search from the {lang} home page"
    open_search(page, served_site, lang)
    wait_until_ready(page)
    hrefs, _ = ask(page, query)
    context.close()
    pages = [page_id(h, served_site) for h in hrefs]
    assert expected in pages[:3], pages
    assert {page_lang(p) for p in pages} == {lang}, pages
    assert watch.problems == []


@pytest.mark.browser
def test_request_watch_catches_an_external_image_and_a_console_error(browser, built_site, tmp_path):
    """The watch above can fail: a copy of the site with one bad page gets reported, by page."""
    site = tmp_path / "site"
    shutil.copytree(built_site, site)
    target = site / "offline" / "index.html"
    bad = '<img src="https://example.com/x.png" alt="x"><script>console.error("kb-boom")</script>'
    target.write_text(target.read_text(encoding="utf-8").replace("</article>", bad + "</article>"), encoding="utf-8")
    context = browser.new_context()
    watch = Watch(context, only_localhost)
    page = context.new_page()
    with serve(site) as base:
        for path in ("index.html", "offline/index.html"):
            watch.visit(page, hosted_url(base, path), label=path)
    context.close()
    assert any(p.startswith("offline/index.html: request to another host: https://example.com/x.png") for p in watch.problems)
    assert any(p.startswith("offline/index.html: console error: kb-boom") for p in watch.problems)
    assert not any(p.startswith("index.html:") for p in watch.problems), watch.problems
