"""Both languages are equal in the built site: lang attribute, switcher targets, no stray CJK spaces."""

import re
from html.parser import HTMLParser

import pytest

from kb.pages.registry import error_page_ids

ERROR_PAGES = error_page_ids()


PAGES = ("",) + ERROR_PAGES


class Links(HTMLParser):
    """Collects <html lang> and the language switcher's links (class md-select__link)."""

    def __init__(self):
        super().__init__()
        self.lang, self.switcher = None, {}

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "html":
            self.lang = attrs.get("lang")
        if tag == "a" and "md-select__link" in (attrs.get("class") or ""):
            self.switcher[attrs.get("hreflang")] = attrs.get("href")


def parse(path):
    parser = Links()
    parser.feed(path.read_text(encoding="utf-8"))
    return parser


@pytest.mark.parametrize("pid", PAGES)
def test_html_lang_and_switcher_point_at_the_same_page(built_site, pid):
    for lang, page_dir in (("en", built_site / pid), ("zh", built_site / "zh" / pid)):
        links = parse(page_dir / "index.html")
        assert links.lang == lang, f"{page_dir}: <html lang={links.lang!r}>"
        assert set(links.switcher) == {"en", "zh"}, f"{page_dir}: switcher has {links.switcher}"
        for target_lang, href in links.switcher.items():
            target = (page_dir / href).resolve()
            expected = (built_site / pid if target_lang == "en" else built_site / "zh" / pid).resolve()
            assert target == expected, f"{page_dir}: switcher to {target_lang} goes to {target}"


# A source line break left between two CJK characters renders as a stray space.
CJK_SPACE = re.compile(r"[\u4e00-\u9fff\u3000-\u303f\uff00-\uffef][ \t]*\n\s*[\u4e00-\u9fff\u3000-\u303f\uff00-\uffef]")


def visible_text(html: str) -> str:
    """Text of the page with block boundaries as NUL (a break there is fine) and code as 'X'."""
    html = re.sub(r"<(script|style)\b.*?</\1>", "", html, flags=re.S)
    html = re.sub(r"<(pre|code)\b.*?</\1>", "X", html, flags=re.S)
    html = re.sub(r"</?(p|li|ul|ol|h\d|div|table|tr|td|th|thead|tbody|blockquote|details|summary|nav|aside|form"
                  r"|fieldset|legend|button)\b[^>]*>", "\0", html)
    # tag chips and buttons (the feedback form's yes/no) are separate items
    html = re.sub(r"<a\b[^>]*class=\"md-(?:tag|button)[^\"]*\"[^>]*>", "\0", html)
    return re.sub(r"<[^>]+>", "", html)


@pytest.mark.parametrize("pid", PAGES)
def test_chinese_text_has_no_space_from_source_line_breaks(built_site, pid):
    article = (built_site / "zh" / pid / "index.html").read_text(encoding="utf-8")
    article = article.split('<article', 1)[1].split("</article>", 1)[0]
    stray = CJK_SPACE.findall(visible_text(article))
    assert not stray, f"/zh/{pid}/: spaces between Chinese characters: {stray[:5]}"


def test_cjk_line_break_hook_joins_lines_but_not_code():
    from kb.build import cjk as cjk_line_breaks

    class Config(dict):
        theme = {"language": "zh"}

    src = "为什么会出现、\n怎么解决\n\n```text\n中文\n注释\n```\n"
    out = cjk_line_breaks.on_page_markdown(src, None, Config(), None)
    assert out.startswith("为什么会出现、怎么解决")
    assert "中文\n注释" in out
    assert CJK_SPACE.search(visible_text("<p>出现、\n怎么</p>")), "the stray-space pattern must catch a bad page"
