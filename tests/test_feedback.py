"""'Was this page helpful?' on every page, both languages, with no request: yes thanks the reader,
no opens a prefilled issue naming the page, its language and what the reader searched for."""

from urllib.parse import parse_qs, urlsplit

import pytest

from kb.pages.registry import read_config

pytestmark = pytest.mark.browser


def test_every_page_carries_the_form(built_site):
    from kb.build.site import site_pages

    pages = site_pages(built_site)
    files = {p: built_site / (p + "index.html" if p == "" or p.endswith("/") else p) for p in pages}
    missing = [p for p, f in files.items() if "data-kb-feedback" not in f.read_text(encoding="utf-8")]
    assert pages and not missing, missing


@pytest.mark.parametrize("lang, prefix, thanks", [("en", "", "Thanks for telling us!"), ("zh", "zh/", "谢谢你的反馈！")])
def test_yes_thanks_and_no_opens_a_prefilled_issue_with_the_search(browser, served_site, lang, prefix, thanks):
    page = browser.new_page()
    requests = []
    page.on("request", lambda r: requests.append(r.url))
    page.goto(f"{served_site}{prefix}padding-mask/?h=attention+mask")
    form = page.locator("form[data-kb-feedback]")
    form.wait_for(state="visible")
    href = form.locator("a[data-md-value='0']").get_attribute("href")
    url = urlsplit(href)
    assert f"{url.scheme}://{url.netloc}{url.path}" == read_config()["repo_url"].rstrip("/") + "/issues/new"
    query = parse_qs(url.query)
    assert "/padding-mask/" in query["title"][0] and "padding-mask/" in query["body"][0]
    assert f"Language: {lang}" in query["body"][0] and "Searched for: attention mask" in query["body"][0]
    form.locator("button[data-md-value='1']").click()
    assert form.locator(".md-feedback__note [data-md-value='1']").inner_text() == thanks
    assert form.locator(".md-feedback__list").is_hidden()
    page.wait_for_load_state("networkidle")
    away = [r for r in requests if urlsplit(r).hostname != "127.0.0.1"]
    assert not away, away  # no analytics: the answer goes nowhere
    page.close()
