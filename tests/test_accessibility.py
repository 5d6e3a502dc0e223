"""Every page, in both languages, has zero axe-core violations (all of axe's non-experimental rules).

axe-core comes from node_modules (package.json / package-lock.json, `npm ci` in tools/setup) and is
injected into each page of the built site served over http, after Material's JavaScript has run.
"""

import json

import pytest

from conftest import ROOT, skip_or_fail

from kb import site as kbperf

pytestmark = pytest.mark.browser

AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"


@pytest.fixture(scope="module")
def axe_source() -> str:
    if not AXE.is_file():
        skip_or_fail(f"{AXE.relative_to(ROOT)} missing: run `npm ci` (tools/setup does)")
    return AXE.read_text(encoding="utf-8")


def axe_violations(page, axe_source: str) -> list[dict]:
    """Run axe on the page as it is now; return its violations (id, impact, nodes' targets)."""
    if not page.evaluate("typeof window.axe !== 'undefined'"):
        page.add_script_tag(content=axe_source)
    result = page.evaluate("async () => (await axe.run(document, {resultTypes: ['violations']})).violations")
    return [
        {"rule": v["id"], "impact": v["impact"], "help": v["help"],
         "nodes": [", ".join(map(str, n["target"])) for n in v["nodes"]]}
        for v in result
    ]


def describe(url: str, violations: list[dict]) -> str:
    lines = [f"{url}: {len(violations)} axe violation(s)"]
    for v in violations:
        lines.append(f"  {v['rule']} ({v['impact']}): {v['help']}")
        lines.extend(f"    - {node}" for node in v["nodes"][:10])
    return "\n".join(lines)


def open_page(browser, url: str):
    page = browser.new_page()
    page.goto(url, wait_until="networkidle")
    return page


def watch_problems(page) -> list[str]:
    """Collect console errors, failed requests, HTTP >= 400 responses and uncaught errors of a page."""
    seen = []
    page.on("console", lambda m: seen.append(f"console {m.type}: {m.text}") if m.type == "error" else None)
    page.on("requestfailed", lambda r: seen.append(f"request failed: {r.url}"))
    page.on("response", lambda r: seen.append(f"HTTP {r.status}: {r.url}") if r.status >= 400 else None)
    page.on("pageerror", lambda e: seen.append(f"page error: {e}"))
    return seen


@pytest.fixture(scope="module")
def visited_pages(browser, served_site, built_site, axe_source) -> dict[str, dict]:
    """Load every page once (until the network is idle); keep its axe violations and any console error,
    failed request or HTTP error response seen while it loaded."""
    pages = kbperf.site_pages(built_site)
    assert any(p.startswith("zh/") for p in pages) and "" in pages, pages
    out = {}
    for path in pages:
        page = browser.new_page()
        seen = watch_problems(page)
        page.goto(served_site + path, wait_until="networkidle")
        out[path] = {"axe": axe_violations(page, axe_source), "problems": seen}
        page.close()
    return out


def test_every_page_in_both_languages_has_zero_axe_violations(visited_pages):
    report = [describe("/" + path, v["axe"]) for path, v in visited_pages.items() if v["axe"]]
    assert not report, "\n".join(report)


def test_no_console_errors_or_failed_requests_on_any_page(visited_pages):
    """Lighthouse's best-practices audit fails on console errors (e.g. 404s for sitemap.xml, GitHub API calls)."""
    problems = [f"/{path}: {p}" for path, v in visited_pages.items() for p in v["problems"]]
    assert not problems, json.dumps(problems, indent=1, ensure_ascii=False)


@pytest.mark.parametrize("lang, prefix", [("en", ""), ("zh", "zh/")])
def test_open_search_with_results_has_zero_axe_violations(browser, served_site, axe_source, lang, prefix):
    page = open_page(browser, served_site + prefix)
    box = page.locator("input.md-search__input")
    box.click()
    box.fill("cuda")
    box.press("End")  # Material searches on keyup
    page.locator(".md-search-result__item").first.wait_for()
    violations = axe_violations(page, axe_source)
    page.close()
    assert not violations, describe(f"/{prefix} (search open)", violations)


def test_axe_check_catches_an_image_without_alt_and_low_contrast_text(browser, served_site, axe_source):
    """The check can fail: the same real page with two faults injected reports both, naming the nodes."""
    page = open_page(browser, served_site + "zh/")
    page.evaluate("""() => {
        const article = document.querySelector('article');
        const img = document.createElement('img');
        img.id = 'kb-fault-img'; img.src = 'data:image/gif;base64,R0lGODlhAQABAAAAACw=';
        img.width = 20; img.height = 20;
        const p = document.createElement('p');
        p.id = 'kb-fault-text'; p.textContent = '低对比度 low contrast';
        p.style.color = '#bbbbbb'; p.style.background = '#ffffff';
        article.append(img, p);
    }""")
    violations = axe_violations(page, axe_source)
    page.close()
    by_rule = {v["rule"]: v for v in violations}
    assert "#kb-fault-img" in by_rule["image-alt"]["nodes"]
    assert "#kb-fault-text" in by_rule["color-contrast"]["nodes"]
    message = describe("/zh/", violations)
    assert "image-alt" in message and "#kb-fault-img" in message and "color-contrast" in message


def test_console_check_catches_a_404_and_a_script_error(browser, served_site):
    """The console check can fail: a missing sitemap.xml fetch and a thrown error are both reported."""
    page = browser.new_page()
    seen = watch_problems(page)
    page.goto(served_site + "zh/offline/", wait_until="networkidle")
    page.evaluate("() => { fetch('sitemap.xml'); setTimeout(() => { throw new Error('kb-fault'); }); }")
    page.wait_for_timeout(500)
    page.close()
    assert any(p.startswith("HTTP 404: ") and p.endswith("/zh/offline/sitemap.xml") for p in seen), seen
    assert any("kb-fault" in p for p in seen), seen
