"""The which-release page answers in a real browser, over http and from file:// (no fetch there),
and window.kbReleases.answerFor gives the answer element the search results show."""

import pytest

pytestmark = pytest.mark.browser

LINE = "AttributeError: 'DynamicCache' object has no attribute 'seen_tokens'"


def _answer(page, timeout=15000):
    page.wait_for_selector("[data-kb-oracle]", timeout=timeout)
    return page.evaluate("""() => {
        const el = document.querySelector('[data-kb-oracle]');
        return {package: el.dataset.package, first: el.dataset.first, last: el.dataset.last,
                ranges: el.dataset.ranges || null, text: el.textContent,
                links: [...el.querySelectorAll('a')].map(a => a.getAttribute('href'))};
    }""")


def test_the_page_answers_a_pasted_line_in_both_languages(browser, served_site):
    page = browser.new_page()
    errors = []
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    # The script is not loaded with the page: only on the first question.
    page.goto(served_site + "which-release/")
    assert page.evaluate("() => !window.kbReleases.lookup")  # only the stub: kb-releases.js not loaded
    page.fill("#kb-which-input", LINE)
    page.click("#kb-which-form button")
    got = _answer(page)
    assert got["package"] == "transformers" and got["first"] == "4.36.0" and got["last"] != "present"
    assert 'pip install "transformers>=4.36' in got["text"]
    assert got["links"] == ["../version-incompat/"] or got["links"][0].endswith("/version-incompat/")
    page.goto(served_site + "zh/which-release/?q=trl.SFTConfig")
    got = _answer(page)
    assert got["package"] == "trl" and got["last"] == "present" and "版本" in got["text"]
    assert got["links"][0].endswith("/zh/other-library-versions/")
    assert not errors, errors
    page.close()


def test_answer_for_gives_the_element_with_its_data_attributes(browser, served_site):
    page = browser.new_page()
    page.goto(served_site + "which-release/")
    page.evaluate("""() => new Promise(r => { const s = document.createElement('script');
        s.src = document.querySelector('script[src*="kb-which-release"]').src.replace('kb-which-release', 'kb-releases');
        s.onload = r; document.head.appendChild(s); })""")
    got = page.evaluate("""async () => {
        const el = await window.kbReleases.answerFor(["ValueError: blah", "KeyError: 'mistral'"], "en");
        const none = await window.kbReleases.answerFor(["RuntimeError: CUDA out of memory."], "en");
        return {oracle: el.hasAttribute('data-kb-oracle'), package: el.dataset.package, first: el.dataset.first,
                last: el.dataset.last, none: none === null};
    }""")
    assert got == {"oracle": True, "package": "transformers", "first": "4.34.0", "last": "present", "none": True}
    page.close()


def test_the_page_answers_from_file_urls(browser, built_site):
    """Opened from disk the data loads as scripts (fetch of JSON is refused on file://)."""
    page = browser.new_page()
    failed = []
    page.on("requestfailed", lambda r: failed.append(r.url))
    target = (built_site / "which-release" / "index.html").resolve().as_uri()
    page.goto(target + "?q=" + "TypeError: TrainingArguments.__init__() got an unexpected keyword argument 'evaluation_strategy'")
    got = _answer(page)
    assert got["package"] == "transformers" and got["last"] != "present", got
    # (This is the hosted build opened from disk: Material's own search index is not there; ours must be.)
    assert not [u for u in failed if "releases" in u], failed
    page.close()


def test_every_page_has_the_stub_that_loads_the_index_only_when_asked(browser, served_site):
    """The search results call window.kbReleases.answerFor; no page loads kb-releases.js or its data
    until that first call."""
    page = browser.new_page()
    requests = []
    page.on("request", lambda r: requests.append(r.url))
    page.goto(served_site + "zh/cuda-oom/", wait_until="load")
    page.wait_for_load_state("networkidle")
    assert not [u for u in requests if "releases" in u], "kb-releases.js or its data loaded with the page"
    got = page.evaluate("""async () => {
        const el = await window.kbReleases.answerFor(["KeyError: 'qwen3_5'"], "zh");
        return el && [el.dataset.package, el.dataset.first, el.querySelector('a').getAttribute('href')];
    }""")
    assert got and got[:2] == ["transformers", "5.2.0"] and got[2].endswith("zh/model-too-new/")
    assert any(u.endswith("kb-releases.js") for u in requests)
    page.close()
