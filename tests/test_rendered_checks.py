"""What a page renders into is checked too (kb/build/rendered.py): faults the source looks fine for."""

import markdown
import pytest

from kb.build import rendered
from kb.pages.checks import SECTION_IDS

SECTIONS = "".join(f"## {s.title()} {{#{s}}}\n\ntext\n\n" for s in SECTION_IDS)
EXTENSIONS = ["toc", "attr_list", "md_in_html", "admonition", "tables", "pymdownx.superfences"]


def render(md: str) -> str:
    return markdown.markdown(md, extensions=EXTENSIONS)


def problems(md: str, error_page: bool = True) -> str:
    return "\n".join(what for what, _ in rendered.problems_in(render(md), error_page))


def test_a_clean_page_passes():
    assert problems("# Title\n\n" + SECTIONS) == ""


def test_unclosed_div_before_a_section_is_caught():
    bad = SECTIONS.replace("## Versions", '<div class="kb-note">\n\n## Versions')
    assert "section #versions did not render as a heading" in problems(bad)


def test_unclosed_comment_is_caught():
    assert "raw Markdown shows as text ('<!--')" in problems(SECTIONS.replace("## Fix", "<!-- TODO\n\n## Fix"))
    assert "raw Markdown shows as text ('<!--')" in problems("<!-- TODO check\n\ntext", error_page=False)


@pytest.mark.parametrize("html, expected", [
    ("<script>document.title='x'</script>\n", "<script> in a page"),
    ('<meta http-equiv="refresh" content="2; url=https://example.com/moved">\n', "<meta http-equiv=refresh>"),
    ('<style>@import url("https://fonts.googleapis.com/css2?family=Inter");</style>\n',
     "<style> loads https://fonts.googleapis.com/css2?family=Inter from another host"),
])
def test_code_refresh_and_remote_styles_in_a_page_are_caught(html, expected):
    assert expected in problems(html + "\n" + SECTIONS)


def test_code_that_shows_markdown_is_not_a_fault():
    assert problems("Write `## Fix {#fix}` in the source.\n\n" + SECTIONS) == ""
