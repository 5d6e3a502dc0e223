"""Every code block on every page is valid for its language, and what the copy button copies runs.

Python blocks must parse (following snippet includes into examples/), bash blocks must pass
`bash -n`, yaml/json/toml blocks must load, text blocks are free. Blocks without a known language
fail (kbcheck also stops the build for them). In the built site, no python block carries `>>>`
prompts, so the copy button copies code that runs.
"""


import pytest

from kb.pages import checks as kbcheck
from code_blocks import check_page, code_blocks_in_html, prompts_in_python_blocks
from conftest import ROOT

PAGES = sorted((ROOT / "docs").glob("*/*.md"))


@pytest.mark.parametrize("page", PAGES, ids=lambda p: str(p.relative_to(ROOT / "docs")))
def test_every_code_block_is_valid_for_its_language(page):
    problems, _ = check_page(page, ROOT / "examples")
    assert not problems, "\n".join(problems)


def test_code_block_checks_saw_blocks_in_both_languages():
    """Guard against a checker that silently finds nothing (e.g. a changed fence syntax)."""
    for lang in kbcheck.LANGS:
        counts = [check_page(p, ROOT / "examples")[1] for p in sorted((ROOT / "docs" / lang).glob("*.md"))]
        assert sum(counts) > 0, f"no code blocks found under docs/{lang}/"


BROKEN_PAGE = """---
title: Broken
description: Blocks that must fail.
---

# Broken

```python
x = (1,
```

```bash
if true; then echo yes
```

```python
--8<-- "demo/broken.py:show"
```

```python
--8<-- "demo/missing.py:show"
```

```yaml
key: [unclosed
```

```
no language
```

```pyhton
print("typo")
```

```text
anything goes here: )]}
```
"""

BROKEN_EXAMPLE = """import os
# --8<-- [start:show]
def f(:
    pass
# --8<-- [end:show]
"""


def test_checker_reports_each_broken_block_with_file_and_line(tmp_path):
    examples = tmp_path / "examples"
    (examples / "demo").mkdir(parents=True)
    (examples / "demo" / "broken.py").write_text(BROKEN_EXAMPLE, encoding="utf-8")
    page = tmp_path / "page.md"
    page.write_text(BROKEN_PAGE, encoding="utf-8")
    problems = "\n".join(check_page(page, examples)[0])
    assert f"{page}:9: python block does not parse" in problems  # the line `x = (1,` on the page
    assert f"{page}:13: bash block does not parse (bash -n)" in problems
    assert f"{page}:17: (in {examples / 'demo' / 'broken.py'}:3) python block does not parse" in problems
    assert f"{page}:21: includes demo/missing.py, which does not exist" in problems
    assert f"{page}:25: yaml block does not parse" in problems
    assert f"{page}:28: code block has no language" in problems
    assert f"{page}:32: code block language 'pyhton'" in problems
    assert len(problems.splitlines()) == 7, problems  # the text block is accepted


def test_section_markers_are_stripped_from_included_code(tmp_path):
    examples = tmp_path / "examples"
    (examples / "demo").mkdir(parents=True)
    (examples / "demo" / "ok.py").write_text(
        "import os\nif True:\n    # --8<-- [start:show]\n    x = 1\n    # --8<-- [end:show]\n", encoding="utf-8"
    )
    page = tmp_path / "page.md"
    page.write_text('---\ntitle: t\n---\n\n```python\n--8<-- "demo/ok.py:show"\n```\n', encoding="utf-8")
    assert check_page(page, examples) == ([], 1)


def test_copy_button_copies_code_without_prompts_in_both_languages(built_site):
    python_blocks = {lang: 0 for lang in kbcheck.LANGS}
    problems = []
    for html_path in sorted(built_site.rglob("index.html")):
        lang = "zh" if html_path.relative_to(built_site).parts[0] == "zh" else "en"
        html = html_path.read_text(encoding="utf-8")
        python_blocks[lang] += sum(1 for block_lang, _ in code_blocks_in_html(html) if block_lang == "python")
        problems += [f"{html_path.relative_to(built_site)}: {line}" for line in prompts_in_python_blocks(html)]
    assert not problems, "python blocks with >>> prompts (the copy button would copy them):\n" + "\n".join(problems)
    # The site has python blocks in both languages, so the check above really looked at some.
    assert all(python_blocks.values()), f"python blocks found per language: {python_blocks}"


def test_prompt_check_catches_a_doctest_block():
    html = (
        '<div class="language-python highlight"><pre><span></span><code>'
        '<span class="o">&gt;&gt;&gt;</span> <span class="kn">import</span> os\n'
        "</code></pre></div>"
        '<div class="language-text highlight"><pre><span></span><code>&gt;&gt;&gt; fine in text\n</code></pre></div>'
    )
    assert prompts_in_python_blocks(html) == [">>> import os"]
