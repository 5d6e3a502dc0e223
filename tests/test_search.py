"""Search finds the right page from a pasted error line or a question, in the reader's language,
and says so when no page fits yet.

The queries are typed into the real search box of the built site in headless Chromium (see
kb/search/evaluate.py, shared with `kb search-report`). Cases: the dev queries in tests/data/ (only
those whose page exists: kb.search.evaluate.dev_cases), the `none` queries (errors no page covers) and
every file of tests/search_cases/. Targets (issues 4 and 18), per language on the dev queries plus
the own cases: recall@1 >= 0.95, recall@3 == 1.00, no page of the other language in the top three;
"no page fits yet" shown for >= 80% of the `none` queries and <= 5% of the covered ones; results
rendered within 50 ms of the keystroke (median).
"""

import json
import re
import time
from urllib.parse import parse_qs, urlsplit

import pytest

from conftest import ROOT, build_site
from kb.pages import registry
from kb.search import evaluate as search_eval
from kb.build.site import serve

# Targets of issue 18. The "no page fits" rates are over both languages together: only 5 of the
# `none` queries are Chinese (see README, "Search quality", for the rates per language).
RECALL_AT_1_MIN = 0.95
NOFIT_ON_NONE_MIN = 0.80
NOFIT_ON_COVERED_MAX = 0.05
MEDIAN_MS_MAX = 50
# A normal query typed right after a 5,000-character paste: before issue 18 it waited 24-26 s.
AFTER_LONG_PASTE_S = 2.0


def _tagged(cases, name):
    return [dict(c, set=name) for c in cases]


@pytest.fixture(scope="module")
def scores(browser, served_site):
    """Every dev, `none` and own case, typed into each language's search box once."""
    dev, skipped = search_eval.dev_cases()
    print(f"dev queries: {len(dev)} scored, {len(skipped)} skipped (page not written yet)")
    cases = _tagged(dev, "dev") + _tagged(search_eval.none_cases(), "none") + _tagged(search_eval.own_cases(), "own")
    result = search_eval.run_cases(browser, served_site, cases)
    print(search_eval.format_report(result))
    return result


def _covered(s):
    return [a for a in s.scored if a.case["set"] in ("dev", "own")]


@pytest.mark.browser
@pytest.mark.parametrize("lang", search_eval.LANGS)
def test_dev_queries_and_own_cases_find_the_right_page_first(scores, lang):
    s = search_eval.Scores(lang, scored=_covered(scores[lang]))
    report = search_eval.format_report({lang: s})
    assert len([a for a in s.scored if a.case["set"] == "dev"]) >= 10, f"too few {lang} dev queries"
    assert len([a for a in s.scored if a.case["set"] == "own"]) >= 10, f"too few own {lang} cases"
    assert s.recall(1) >= RECALL_AT_1_MIN, report
    assert s.recall(3) == 1.0, report


@pytest.mark.browser
def test_results_never_show_the_other_language_in_the_top_three(scores):
    offenders = [(a.case["query"], a.foreign_in_top3()) for s in scores.values() for a in s.foreign()]
    assert not offenders


@pytest.mark.browser
def test_results_render_within_50_ms_of_the_keystroke(scores):
    assert search_eval.median_ms(scores) <= MEDIAN_MS_MAX, search_eval.format_report(scores)


@pytest.mark.browser
def test_pasted_error_lines_always_get_results(scores):
    """A pasted line with quotes, colons, brackets, `~` or `^` must not leave the box empty."""
    empty = [a.case["query"] for s in scores.values() for a in _covered(s)
             if a.case.get("kind") == "error-line" and not a.pages]
    assert not empty


@pytest.mark.browser
def test_no_page_fits_is_shown_for_none_queries_and_rarely_for_covered_ones(scores):
    none = [a for s in scores.values() for a in s.unscored]
    covered = [a for s in scores.values() for a in _covered(s)]
    report = search_eval.format_report(scores)
    assert len(none) >= 15 and {a.lang for a in none} == {"en", "zh"}
    assert sum(a.nofit for a in none) / len(none) >= NOFIT_ON_NONE_MIN, report
    assert sum(a.nofit for a in covered) / len(covered) <= NOFIT_ON_COVERED_MAX, report


@pytest.mark.browser
def test_lunr_syntax_in_a_pasted_line_does_not_break_the_box(browser, served_site):
    # Without kb-search.js each of these returns nothing (invalid query, or the words before ':'
    # and inside quotes handled as Lunr syntax).
    page = browser.new_page()
    try:
        search_eval.open_search(page, served_site, "en")
        search_eval.wait_until_ready(page)
        for query in (
            "OSError: Can't load config for '~/.cache/huggingface/hub/models--bert-base-uncased'",
            "    ^^^^^^^^^^^^^^^^^ CUDA out of memory",
            'KeyError: "Unable to open object" -h5py +x field:value~ boost^x',
        ):
            hrefs, _ = search_eval.ask(page, query)
            assert hrefs, f"no results for {query!r}"
    finally:
        page.close()


def _open(browser, base, lang, settings=None):
    context = browser.new_context()
    if settings:
        context.add_init_script(f"window.kbSearchSettings = {json.dumps(settings)};")
    page = context.new_page()
    search_eval.open_search(page, base, lang)
    search_eval.wait_until_ready(page)
    return page


@pytest.mark.browser
def test_query_words_chinese_questions_and_mixed_lines(browser, served_site):
    page = _open(browser, served_site, "zh")
    try:
        words = lambda q: page.evaluate("q => window.kbSearch.cleanQuery(q).words", q)  # noqa: E731
        # The words of the index wherever they sit; question words and punctuation gone.
        got = words("请问：为什么微调的时候标签越界了？")
        assert "微调" in got and ("标签越界" in got or {"标签", "越界"} <= set(got)), got
        # A word on most pages (训练, now that six pages are about training) is left out like a question word.
        assert "训练" not in words("请问：为什么训练的时候标签越界了？")
        assert not {"请问", "请", "为什么", "时候", "：", "？"} & set(got), got
        # A sentence that does not start with an index word keeps the words inside it.
        got = words("我不知道哪个标签越界了")
        assert "标签越界" in got or {"标签", "越界"} <= set(got), got
        # Mixed lines: Han and Latin runs split, Lunr syntax gone, one-letter words and bare numbers dropped.
        assert words("报错：RuntimeError: CUDA error") [-3:] == ["RuntimeError", "CUDA", "error"]
        assert words("block: [58,0,0] t >= 0 ~/.cache") == ["block", "cache"]
        # Material's segmenter keeps each word whole (〇), and Han words keep the prefix wildcard.
        assert page.evaluate("() => window.kbSearch.cleanQuery('显存不足').text") == "显存\u3007 不足\u3007"
    finally:
        page.close()


@pytest.mark.browser
@pytest.mark.parametrize("query", [
    "标签越界", "我不知道哪个标签越界了", "为什么我的标签越界", "训练的时候标签越界了",
    "请问：为什么训练的时候标签越界了？", "报错：RuntimeError: CUDA error: device-side assert triggered",
])
def test_chinese_questions_of_issue_18_find_the_page_first(scores, query):
    (answer,) = [a for a in scores["zh"].scored if a.case["query"] == query]
    assert answer.rank() == 1, answer.pages
    assert not answer.nofit


def _chinese_text(n: int) -> str:
    """n characters of the Chinese pages' own prose (Han characters and full-width punctuation)."""
    text = "".join(re.findall(r"[\u4e00-\u9fff，。]+", "".join(
        p.read_text(encoding="utf-8") for p in sorted((ROOT / "docs" / "zh").glob("*.md")))))
    return (text * (n // max(len(text), 1) + 1))[:n]


@pytest.mark.browser
def test_a_long_paste_does_not_hold_up_the_next_query(browser, served_site):
    """5,000 pasted Chinese characters, then a normal query: its results come at once (was 24-26 s)."""
    page = _open(browser, served_site, "zh")
    try:
        box = page.locator("input[data-md-component=search-query]")
        box.fill(_chinese_text(5000))
        box.press("End")
        start = time.perf_counter()
        box.fill("显存不足")
        box.press("End")
        page.wait_for_function(search_eval._ANSWERED, timeout=30000)
        seconds = time.perf_counter() - start
        hrefs = page.evaluate(search_eval._READ)
        assert search_eval.page_id(hrefs[0], served_site) == "zh/cuda-oom", hrefs
        assert seconds < AFTER_LONG_PASTE_S, f"{seconds:.2f} s"
        # The paste itself is searched as its first words only.
        box.fill(_chinese_text(5000))
        box.press("End")
        page.wait_for_function(search_eval._ANSWERED, timeout=30000)
        limit = page.evaluate("() => window.kbSearch.settings.MAX_TERMS")
        assert 0 < len(search_eval.search_state(page)["words"]) <= limit
    finally:
        page.close()


def _notice(page) -> dict:
    return page.evaluate("""() => {
      const body = document.querySelector("[data-kb-nofit-body]");
      const links = {};
      body.querySelectorAll("a[data-kb-nofit-link]").forEach(a => links[a.dataset.kbNofitLink] = a.href);
      return {shown: !body.hidden && body.offsetHeight > 0, text: body.innerText, links};
    }""")


@pytest.mark.browser
@pytest.mark.parametrize("lang, query, words", [
    ("en", "wandb.errors.UsageError: api_key not configured (no-tty)", "No page covers this error yet"),
    ("zh", "wandb 登录一直失败，API key 怎么配置？", "还没有页面讲这个报错"),
])
def test_no_page_fits_notice_links_search_elsewhere_and_ask_for_a_page(browser, served_site, lang, query, words):
    page = _open(browser, served_site, lang)
    try:
        search_eval.ask(page, query)
        notice = _notice(page)
        assert notice["shown"] and words in notice["text"], notice
        message = " ".join(query.split())
        forum = urlsplit(notice["links"]["forum"])
        assert forum[:3] == ("https", "discuss.huggingface.co", "/search")
        assert parse_qs(forum.query) == {"q": [message]}
        issues = urlsplit(notice["links"]["issues"])
        assert issues[:3] == ("https", "github.com", "/huggingface/transformers/issues")
        assert parse_qs(issues.query) == {"q": ["is:issue " + message]}
        ask = urlsplit(notice["links"]["ask"])
        repo = registry.read_config()["repo_url"].rstrip("/")
        assert f"{ask.scheme}://{ask.netloc}{ask.path}" == repo + "/issues/new"
        fields = parse_qs(ask.query)
        assert message[:60] in fields["title"][0]
        body = fields["body"][0]
        assert message in body and f"{'页面语言：' if lang == 'zh' else 'Page language: '}{lang}" in body
        assert body.count("\n- ") >= 1  # the top results, as "- title (url)"
        # A query that a page answers hides the notice again.
        search_eval.ask(page, "CUDA out of memory" if lang == "en" else "显存不足")
        assert not _notice(page)["shown"]
    finally:
        page.close()


@pytest.mark.browser
def test_enter_opens_the_best_result_even_when_the_notice_is_shown(browser, served_site):
    page = _open(browser, served_site, "en")
    try:
        hrefs, _ = search_eval.ask(page, "wandb.errors.UsageError: api_key not configured (no-tty)")
        assert hrefs and _notice(page)["shown"]
        with page.expect_navigation():
            page.locator("input[data-md-component=search-query]").press("Enter")
        assert page.url.split("#")[0].split("?")[0] == hrefs[0].split("#")[0].split("?")[0]
    finally:
        page.close()


@pytest.mark.browser
def test_the_notice_is_not_shown_while_the_first_letters_are_typed(browser, served_site):
    page = _open(browser, served_site, "en")
    try:
        search_eval.ask(page, "zq")
        assert not _notice(page)["shown"]
    finally:
        page.close()


# -- the index each language's pages search --------------------------------------------------------

_RECORD_SETUP = """
(() => {
  const post = Worker.prototype.postMessage;
  Worker.prototype.postMessage = function (message, ...rest) {
    if (message && message.type === 0) window.__kbSetup = message.data.docs.map(d => d.location);
    return post.call(this, message, ...rest);
  };
})();
"""


def _docs_sent_to_worker(browser, url):
    """Locations of the index entries that a page actually hands to Material's search worker."""
    context = browser.new_context()
    try:
        # Runs before the page's scripts, so kb-search.js wraps this recorder and we see its output.
        context.add_init_script(_RECORD_SETUP)
        page = context.new_page()
        page.goto(url)
        page.focus("input[data-md-component=search-query]")  # the index loads when search is wanted
        page.wait_for_function("() => Array.isArray(window.__kbSetup)", timeout=15000)
        return page.evaluate("() => window.__kbSetup")
    finally:
        context.close()


@pytest.mark.browser
@pytest.mark.parametrize("lang", search_eval.LANGS)
def test_each_language_searches_only_its_own_entries(browser, served_site, lang):
    locations = _docs_sent_to_worker(browser, f"{served_site}{search_eval.LANG_PREFIX[lang]}cuda-oom/")
    assert len(locations) >= 8, locations  # at least the home page and the seven error pages
    wrong = [loc for loc in locations if search_eval.page_lang(loc.split("#")[0].rstrip("/")) != lang]
    assert not wrong, f"{lang} page would search entries of the other language: {wrong[:5]}"


def test_built_index_holds_both_languages_so_the_scope_is_needed(built_site):
    # If static-i18n ever wrote separate indexes, the scoping above would test nothing.
    docs = json.loads((built_site / "search" / "search_index.json").read_text(encoding="utf-8"))["docs"]
    langs = {search_eval.page_lang(d["location"].split("#")[0].rstrip("/")) for d in docs}
    assert langs == {"en", "zh"}


def test_index_config_splits_chinese_words_and_pasted_lines(built_site):
    import re

    config = json.loads((built_site / "search" / "search_index.json").read_text(encoding="utf-8"))["config"]
    sep = re.compile(config["separator"])
    # jieba's zero-width space, full-width space and punctuation, and error-line punctuation split;
    assert sep.split("显存\u200b不足\u3000泄漏，缓存") == ["显存", "不足", "泄漏", "缓存"]
    parts = [p for p in sep.split("huggingface_hub.errors.LocalEntryNotFoundError: 'x' (a=[1]) `y`/z") if p]
    assert parts == ["huggingface", "hub", "errors", "LocalEntryNotFoundError", "x", "a", "1", "y", "z"]
    # sizes stay whole, so "20.00 MiB" does not match every page with a "00" in it.
    assert [p for p in sep.split("Tried to allocate 20.00 MiB.") if p] == ["Tried", "to", "allocate", "20.00", "MiB"]


def test_front_matter_signatures_and_nav_title_are_in_each_pages_own_entry(built_site):
    index = json.loads((built_site / "search" / "search_index.json").read_text(encoding="utf-8"))
    assert {"signatures", "nav_title"} <= index["config"]["fields"].keys()
    by_location = {d["location"]: d for d in index["docs"]}
    entries = registry.load(ROOT / "docs")
    checked = 0
    for lang, pages in entries.items():
        for page_id, entry in pages.items():
            location = search_eval.LANG_PREFIX[lang] + ("" if page_id == "index" else f"{page_id}/")
            doc = by_location.get(location)
            if doc is None:  # a page without a search entry of its own (the tags page)
                assert page_id not in registry.error_page_ids(), location
                continue
            assert doc.get("signatures", []) == list(entry.signatures), location
            nav_title = registry.front_matter(entry.path).get("nav_title")
            assert doc.get("nav_title", "").replace("\u200b", "") == (nav_title or ""), location
            checked += bool(entry.signatures)
    assert checked >= 14
    # Only the page's own entry carries them, not its sections.
    assert not [d["location"] for d in index["docs"] if "#" in d["location"] and "signatures" in d]


@pytest.mark.browser
def test_a_message_only_the_signatures_hold_finds_its_page(browser, scratch_project, tmp_path):
    """Material does not index front matter: without the hook this message finds nothing."""
    page_md = scratch_project / "docs" / "en" / "offline.md"
    text = page_md.read_text(encoding="utf-8")
    page_md.write_text(text.replace("signatures:\n", "signatures:\n  - \"KbQuokkaError: zebra quokka narwhal\"\n", 1),
                       encoding="utf-8")
    zh_md = scratch_project / "docs" / "zh" / "offline.md"
    zh = zh_md.read_text(encoding="utf-8")
    zh_md.write_text(zh.replace("signatures:\n", "signatures:\n  - \"KbQuokkaError: zebra quokka narwhal\"\n", 1),
                     encoding="utf-8")
    site = tmp_path / "site"
    result = build_site(site, project=scratch_project)
    assert result.returncode == 0, result.stderr[-3000:]
    with serve(site) as base:
        scores = search_eval.run_cases(browser, base, [
            {"query": "KbQuokkaError: zebra quokka narwhal", "lang": lang, "expected": "offline"} for lang in ("en", "zh")])
    for lang in search_eval.LANGS:
        (answer,) = scores[lang].scored
        assert answer.rank() == 1, answer.pages
        assert not answer.nofit


def test_dev_cases_leave_out_queries_for_pages_not_written_yet(tmp_path, monkeypatch):
    docs = tmp_path / "en"
    docs.mkdir()
    (docs / "cuda-oom.md").write_text("x")
    monkeypatch.setattr(search_eval, "SKIP_QUERIES_FOR_MISSING_PAGES", True)
    kept, skipped = search_eval.dev_cases(docs)
    assert kept and {c["expected"] for c in kept} == {"cuda-oom"}
    assert skipped and "cuda-oom" not in {c["expected"] for c in skipped}
    monkeypatch.setattr(search_eval, "SKIP_QUERIES_FOR_MISSING_PAGES", False)
    everything, none_skipped = search_eval.dev_cases(docs)
    assert none_skipped == [] and len(everything) == len(kept) + len(skipped)


def test_own_cases_are_read_from_every_file_of_the_folder():
    files = sorted(search_eval.OWN_CASES.glob("*.jsonl"))
    assert len(files) >= 2
    assert len(search_eval.own_cases()) == sum(len(search_eval.load_cases(f)) for f in files)


# -- the scorer itself can fail ---------------------------------------------------------------------

def _answer(query, lang, expected, pages):
    return search_eval.Answer({"query": query, "lang": lang, "expected": expected}, pages, 1.0)


def test_scorer_counts_a_wrong_expected_page_as_a_miss():
    s = search_eval.Scores("en", scored=[
        _answer("CUDA out of memory", "en", "cuda-oom", ["cuda-oom", "offline"]),
        _answer("CUDA out of memory", "en", "offline", ["cuda-oom", "padding-mask", "import-error", "offline"]),
    ])
    assert s.recall(1) == 0.5 and s.recall(3) == 0.5
    assert s.mrr() == pytest.approx((1 + 1 / 4) / 2)
    assert [a.expected for a in s.misses(1)] == ["offline"]


def test_scorer_flags_the_other_language_in_the_top_three():
    zh = _answer("显存不足", "zh", "cuda-oom", ["zh/cuda-oom", "cuda-oom", "zh/offline"])
    en = _answer("out of memory", "en", "cuda-oom", ["cuda-oom", "offline", "zh/cuda-oom"])
    assert zh.rank() == 1 and zh.foreign_in_top3() == ["cuda-oom"]
    assert en.foreign_in_top3() == ["zh/cuda-oom"]


def test_page_ids_from_hosted_and_offline_urls():
    assert search_eval.page_id("http://127.0.0.1:9/zh/cuda-oom/?h=x#fix", "http://127.0.0.1:9/") == "zh/cuda-oom"
    assert search_eval.page_id("file:///b/site/zh/cuda-oom.html?h=x", "file:///b/site/") == "zh/cuda-oom"
    assert search_eval.page_id("file:///b/site/index.html", "file:///b/site/") == ""


def test_a_bad_case_line_is_an_error_naming_file_and_line(tmp_path):
    cases = tmp_path / "cases.jsonl"
    cases.write_text('{"query": "a", "lang": "en", "expected": "offline"}\n{"query": "b", "lang": "fr"}\n')
    with pytest.raises(ValueError, match=r"cases.jsonl:2:"):
        search_eval.load_cases(cases)


# -- the offline bundle (file://) --------------------------------------------------------------------

@pytest.fixture(scope="module")
def offline_site(tmp_path_factory):
    site = tmp_path_factory.mktemp("site-offline")
    result = build_site(site, env_extra={"KB_OFFLINE": "true"})
    assert result.returncode == 0, f"offline build failed:\n{result.stdout}\n{result.stderr}"
    return site


def test_offline_build_inlines_the_whole_index_and_ships_the_shim(offline_site):
    data = (offline_site / "search" / "search_index.json").read_text(encoding="utf-8")
    assert (offline_site / "search" / "search_index.js").read_text(encoding="utf-8") == f"var __index = {data}"
    assert '"signatures":' in data and '"signatures":' in (offline_site / "search" / "search_index.js").read_text(encoding="utf-8")
    html = (offline_site / "zh" / "cuda-oom.html").read_text(encoding="utf-8")
    assert "unpkg.com" not in html
    assert 'src="../assets/javascripts/iframe-worker/shim.js"' in html
    assert (offline_site / "assets" / "javascripts" / "iframe-worker" / "shim.js").is_file()


@pytest.mark.browser
def test_offline_bundle_searches_in_the_readers_language_from_disk(browser, offline_site):
    cases = [
        {"query": "RuntimeError: CUDA error: device-side assert triggered", "lang": "en",
         "expected": "device-side-assert"},
        {"query": "我遇到了RuntimeError: CUDA error: device-side assert triggered错误", "lang": "zh",
         "expected": "device-side-assert"},
    ]
    cases += [{"query": "wandb 登录一直失败，API key 怎么配置？", "lang": "zh", "expected": "none"},
              {"query": "wandb.errors.UsageError: api_key not configured (no-tty)", "lang": "en", "expected": "none"}]
    scores = search_eval.run_cases(browser, offline_site.as_uri() + "/", cases)
    for lang in search_eval.LANGS:
        (answer,) = scores[lang].scored
        assert answer.pages, f"{lang}: search gave nothing on file://"
        assert not answer.foreign_in_top3(), answer.pages
        assert not answer.nofit
        (none,) = scores[lang].unscored
        assert none.nofit, f"{lang}: no 'no page fits' notice on file://"


# -- paste anything (issue 22) -----------------------------------------------------------------------

_TRACEBACK = "\n".join([
    "[rank0]: Traceback (most recent call last):",
    '[rank0]:   File "D:\\\\项目\\\\微调\\\\train.py", line 88, in <module>',
    "[rank0]:     trainer.train()",
    '[rank0]:   File "C:\\\\Users\\\\张三\\\\site-packages\\\\transformers\\\\trainer.py", line 2245, in train',
    "[rank0]:     return inner_training_loop(",
    "[rank0]:            ^^^^^^^^^^^^^^^^^^^^",
    "[rank0]: torch.OutOfMemoryError: CUDA out of memory. Tried to allocate 2.00 GiB. GPU 0 has a total capacity "
    "of 23.55 GiB of which 1.12 GiB is free.",
])


def _box(page):
    return page.locator("input[data-md-component=search-query]")


def _first_page(page, base):
    return search_eval.page_id(page.evaluate(search_eval._READ)[0], base)


def _result_text(page):
    return page.evaluate("() => document.querySelector('[data-md-component=search-result]').innerText")


@pytest.mark.browser
def test_typed_text_searches(browser, served_site):
    page = _open(browser, served_site, "en")
    try:
        _box(page).fill("")
        page.evaluate(search_eval._RESET)
        _box(page).press_sequentially("CUDA out of memory")
        page.wait_for_function(search_eval._ANSWERED, timeout=10000)
        assert _first_page(page, served_site) == "cuda-oom"
        assert not _notice(page)["shown"], search_eval.search_state(page)
    finally:
        page.close()


@pytest.mark.browser
def test_ctrl_v_of_a_whole_traceback_finds_the_page_by_its_error_line(browser, served_site):
    """The real clipboard, Control+V: the box drops the line breaks, the paste event keeps them."""
    context = browser.new_context(permissions=["clipboard-read", "clipboard-write"])
    page = context.new_page()
    try:
        search_eval.open_search(page, served_site, "en")
        search_eval.wait_until_ready(page)
        page.evaluate("t => navigator.clipboard.writeText(t)", _TRACEBACK)
        _box(page).fill("")
        page.evaluate(search_eval._RESET)
        _box(page).focus()
        page.keyboard.press("Control+V")
        page.wait_for_function(search_eval._ANSWERED, timeout=10000)
        assert "\n" not in _box(page).input_value() and "rank0" in _box(page).input_value()
        state = search_eval.search_state(page)
        assert state["pasted"] and state["lines"][0].startswith("torch.OutOfMemoryError: CUDA out of memory")
        assert _first_page(page, served_site) == "cuda-oom"
        # which message it matched, no notice, no "Missing:" wall of traceback words
        assert state["match"]["page"] == "cuda-oom"
        matched = page.locator(".md-search-result__item .kb-matched").first
        matched.wait_for(state="visible")
        assert "OutOfMemoryError" in matched.inner_text()
        assert not _notice(page)["shown"]
        assert "Missing" not in _result_text(page)
    finally:
        context.close()


@pytest.mark.browser
def test_text_inserted_without_a_key_event_searches(browser, served_site):
    """A phone's long-press paste: `input` fires, no key event (Material alone never searched)."""
    page = _open(browser, served_site, "en")
    try:
        page.evaluate(search_eval._RESET)
        page.evaluate("""t => {
          const box = document.querySelector("input[data-md-component=search-query]");
          box.value = t;
          box.dispatchEvent(new InputEvent("input", {bubbles: true, inputType: "insertFromPaste", data: t}));
        }""", "RuntimeError: CUDA error: device-side assert triggered")
        page.wait_for_function(search_eval._ANSWERED, timeout=10000)
        assert _first_page(page, served_site) == "device-side-assert"
    finally:
        page.close()


@pytest.mark.browser
def test_a_chinese_question_on_the_english_home_shows_the_chinese_pages(browser, served_site):
    page = _open(browser, served_site, "en")
    try:
        search_eval.ask(page, "显存不足怎么办")
        state = search_eval.search_state(page)
        assert state["other"] and state["other"]["lang"] == "zh" and state["other"]["pages"][0] == "zh/cuda-oom", state
        other = page.locator("[data-kb-other]")
        assert other.is_visible() and "Chinese" in other.inner_text()
        link = other.locator("a").first
        assert link.get_attribute("href").endswith("/zh/cuda-oom/") and link.get_attribute("lang") == "zh"
        # never "No matching documents" (or a count) beside it, and not the "no page" notice
        assert not page.locator(".md-search-result__meta").is_visible()
        assert not _notice(page)["shown"]
        # a query the English pages answer hides it again
        search_eval.ask(page, "CUDA out of memory")
        assert not page.locator("[data-kb-other]").is_visible()
    finally:
        page.close()


@pytest.mark.browser
def test_the_release_index_answer_goes_above_the_results(browser, served_site):
    """The hook for the release index (window.kbReleases.answerFor(lines, lang) -> Promise<Element|null>)."""
    context = browser.new_context()
    context.add_init_script("""window.kbReleases = {answerFor(lines, lang) {
      window.__kbAsked = {lines, lang};
      const el = document.createElement("p");
      el.id = "kb-release-test";
      el.textContent = "fixed in 9.9";
      return Promise.resolve(el);
    }};""")
    page = context.new_page()
    try:
        search_eval.open_search(page, served_site, "zh")
        search_eval.wait_until_ready(page)
        search_eval.ask(page, _TRACEBACK, paste=True)
        answer = page.locator("[data-md-component=search-result] #kb-release-test")
        answer.wait_for(state="visible")
        asked = page.evaluate("() => window.__kbAsked")
        assert asked["lang"] == "zh" and asked["lines"][0].startswith("torch.OutOfMemoryError")
        above = page.evaluate("""() => {
          const a = document.querySelector("#kb-release-test"), list = document.querySelector(".md-search-result__list");
          return !!(a.compareDocumentPosition(list) & Node.DOCUMENT_POSITION_FOLLOWING);
        }""")
        assert above
    finally:
        context.close()


def _index_requests(browser, url):
    context = browser.new_context()
    try:
        page = context.new_page()
        seen = []
        page.on("request", lambda r: seen.append(r.url) if "search_index" in r.url else None)
        page.goto(url, wait_until="load")
        page.wait_for_load_state("networkidle")
        assert seen == [], "the index loads while the page loads"
        page.focus("input[data-md-component=search-query]")
        page.wait_for_function("() => window.kbSearch && window.kbSearch.query && window.kbSearch.query.lexicon()",
                               timeout=15000)
        return [u.rsplit("/", 1)[-1] for u in seen]
    finally:
        context.close()


@pytest.mark.browser
@pytest.mark.parametrize("lang", search_eval.LANGS)
def test_each_language_loads_only_its_own_index(browser, served_site, lang):
    assert _index_requests(browser, f"{served_site}{search_eval.LANG_PREFIX[lang]}cuda-oom/") == [
        f"search_index.{lang}.json"]


def test_per_language_index_files_hold_one_language_each(built_site):
    joint = json.loads((built_site / "search" / "search_index.json").read_text(encoding="utf-8"))
    seen = []
    for lang in search_eval.LANGS:
        data = json.loads((built_site / "search" / f"search_index.{lang}.json").read_text(encoding="utf-8"))
        assert data["config"] == joint["config"]
        assert {search_eval.page_lang(d["location"].split("#")[0].rstrip("/")) for d in data["docs"]} == {lang}
        seen += data["docs"]
    assert sorted(seen, key=json.dumps) == sorted(joint["docs"], key=json.dumps)


@pytest.mark.browser
def test_offline_bundle_loads_the_readers_index_only(browser, offline_site):
    assert _index_requests(browser, (offline_site / "zh" / "cuda-oom.html").as_uri()) == ["search_index.zh.js"]
    page = _open(browser, offline_site.as_uri() + "/", "en")
    try:
        # From disk a Chinese question links to the Chinese pages' own search (one worker only there)
        search_eval.ask(page, "显存不足怎么办")
        href = page.locator("[data-kb-other-search]").get_attribute("href")
        assert href.startswith("file:") and "/zh/index.html?q=" in href
        # and the page's own search still answers afterwards
        hrefs, _ = search_eval.ask(page, "CUDA out of memory")
        assert search_eval.page_id(hrefs[0], offline_site.as_uri() + "/") == "cuda-oom"
    finally:
        page.close()
