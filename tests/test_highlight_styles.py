"""Sharing Pygments' style table between code blocks changes nothing in the highlighted HTML
(overrides/hooks/highlight_styles.py)."""


import markdown
import pytest
from pygments.formatters.html import HtmlFormatter

from conftest import ROOT

import highlight_styles

EXAMPLES = sorted((ROOT / "examples").rglob("*.py")) + sorted((ROOT / "examples").rglob("*.txt"))


def render(text: str, **highlight) -> str:
    return markdown.markdown(text, extensions=["pymdownx.highlight", "pymdownx.superfences"],
                             extension_configs={"pymdownx.highlight": {"pygments_lang_class": True, **highlight}})


@pytest.fixture
def shared_tables(monkeypatch):
    monkeypatch.setattr(highlight_styles, "_tables", {})
    monkeypatch.setattr(HtmlFormatter, "_create_stylesheet", HtmlFormatter._create_stylesheet)
    highlight_styles.on_startup(command="build", dirty=False)


def page_of_every_example() -> str:
    fences = []
    for path in EXAMPLES:
        lang = "python" if path.suffix == ".py" else "text"
        fences.append(f"```{lang}\n{path.read_text(encoding='utf-8')}\n```\n")
    return "\n".join(fences) + "\n```bash\npip install 'transformers[torch]'\n```\n"


def test_every_example_highlights_the_same_with_shared_tables(request):
    page = page_of_every_example()
    assert len(EXAMPLES) > 50
    before = render(page)
    request.getfixturevalue("shared_tables")
    assert len(highlight_styles._tables) == 0
    assert render(page) == before
    assert len(highlight_styles._tables) == 1, "one table for every block"


def test_a_different_class_prefix_gets_its_own_table(shared_tables):
    plain, prefixed = HtmlFormatter(), HtmlFormatter(classprefix="x-")
    assert plain.ttype2class is not prefixed.ttype2class
    assert set(prefixed.class2style) == {"x-" + name for name in plain.class2style}
    assert len(highlight_styles._tables) == 2
