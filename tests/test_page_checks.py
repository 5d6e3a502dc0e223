"""The source checks (kb.pages.checks) pass on the real pages and catch each kind of damage."""

import re
from pathlib import Path

import pytest

from conftest import ROOT
from kb.pages import checks as kbcheck
from kb.pages import registry

CATS = ("hub", "install")
PIDS = ("offline", "cuda-oom", "padding-mask")
GOOD = """---
title: Offline
nav_title: Offline
category: hub
versions: "5.x"
description: One sentence.
signatures:
  - "OSError: We couldn't connect"
tags:
  - offline
---

# Offline
<div class="kb-quick-fix" id="quick-fix" markdown>
**Quick fix.** Set the offline flag. [The full fix](#fix)
</div>

## Symptoms {#symptoms}

```text
OSError: boom
```

## Cause {#cause}
## Fix {#fix}
## Verify {#verify}
## Versions {#versions}
## Related {#related}
"""


def test_real_pages_pass_every_source_check():
    assert kbcheck.check_docs(ROOT / "docs", tuple(c.id for c in registry.categories())) == []


def make_docs(tmp_path: Path, en: str = GOOD, zh: str = GOOD) -> Path:
    docs = tmp_path / "docs"
    for lang, text in (("en", en), ("zh", zh)):
        (docs / lang).mkdir(parents=True)
        (docs / lang / "index.md").write_text("---\ntitle: Home\ndescription: Home.\n---\n# Home\n", encoding="utf-8")
        for pid in PIDS:  # each page owns its signature (a signature on two pages is a fault)
            own = text.replace("We couldn't connect", f"We couldn't connect ({pid})")
            (docs / lang / f"{pid}.md").write_text(own, encoding="utf-8")
    return docs


def problems_for(tmp_path, **pages):
    return "\n".join(kbcheck.check_docs(make_docs(tmp_path, **pages), CATS))


def test_clean_fixture_has_no_problems(tmp_path):
    assert problems_for(tmp_path) == ""


def test_invalid_utf8_names_file_and_line(tmp_path):
    docs = make_docs(tmp_path)
    (docs / "zh" / "offline.md").write_bytes(GOOD.encode() + b"\nbad \xff byte\n")
    problems = "\n".join(kbcheck.check_docs(docs, CATS))
    assert f"zh/offline.md:{GOOD.count(chr(10)) + 2}: invalid UTF-8" in problems


def test_replacement_character_is_reported(tmp_path):
    assert "zh/cuda-oom.md:13: U+FFFD" in problems_for(tmp_path, zh=GOOD.replace("# Offline", "# Off\ufffdline"))


def test_real_mojibake_fixture_is_rejected(tmp_path):
    fixture = ROOT / "tests" / "data" / "mojibake-troubleshooting-zh.md"  # a real damaged copy
    docs = make_docs(tmp_path)
    (docs / "zh" / "offline.md").write_bytes(fixture.read_bytes())
    problems = "\n".join(kbcheck.check_docs(docs, CATS))
    assert "zh/offline.md:1: mojibake" in problems


def test_missing_translation_is_reported(tmp_path):
    docs = make_docs(tmp_path)
    (docs / "zh" / "padding-mask.md").unlink()
    problems = "\n".join(kbcheck.check_docs(docs, CATS))
    assert "en/padding-mask.md:1: page exists in 'en' but not in 'zh'" in problems


def test_heading_without_anchor_is_reported(tmp_path):
    problems = problems_for(tmp_path, zh=GOOD.replace("## Cause {#cause}", "## 原因"))
    assert "heading '原因' has no explicit anchor" in problems


def test_different_anchors_between_languages_are_reported(tmp_path):
    problems = problems_for(tmp_path, zh=GOOD.replace("{#verify}", "{#check}"))
    assert "section anchors differ" in problems


def test_code_blocks_must_match_between_languages(tmp_path):
    problems = problems_for(tmp_path, zh=GOOD.replace("OSError: boom", "OSError: 不同"))
    assert "code block #1 differs" in problems


def test_code_block_without_language_is_reported(tmp_path):
    bad = GOOD.replace("```text", "```")
    assert "code block has no language" in problems_for(tmp_path, en=bad, zh=bad)


def test_unknown_code_block_language_is_reported(tmp_path):
    bad = GOOD.replace("```text", "```pyhton")
    assert "language 'pyhton' is not one of" in problems_for(tmp_path, en=bad, zh=bad)


@pytest.mark.parametrize(
    "front, expected",
    [
        ("title: [unclosed\n", "malformed front matter"),
        ("title: Offline\n", "front matter needs 'description'"),
        ("title: Offline\ndescription: x\ntags: [a]\n", "front matter needs 'signatures'"),
        ("title: Offline\ndescription: x\ntags: [a]\nsignatures: [b]\nversions: '5'\ncategory: hub\n", "front matter needs 'nav_title'"),
        ("title: Offline\nnav_title: O\ndescription: x\ntags: [a]\nsignatures: [b]\nversions: '5'\ncategory: hubb\n",
         "front matter 'category' is 'hubb'; it must be one of hub, install"),
    ],
)
def test_bad_front_matter_is_reported(tmp_path, front, expected):
    body = GOOD.split("---\n", 2)[2]
    page = f"---\n{front}---\n{body}"
    problems = problems_for(tmp_path, zh=page)
    assert expected in problems and "zh/" in problems


def test_malformed_front_matter_names_the_line(tmp_path):
    body = GOOD.split("---\n", 2)[2]
    page = f"---\ntitle: Offline\ndescription: x\ntags: [a\nsignatures: [b]\n---\n{body}"
    assert "zh/offline.md:5: malformed front matter" in problems_for(tmp_path, zh=page)


def test_missing_front_matter_is_reported(tmp_path):
    assert "missing front matter" in problems_for(tmp_path, zh=GOOD.split("---\n", 2)[2])


def test_missing_section_is_reported(tmp_path):
    bad = GOOD.replace("## Verify {#verify}\n", "")
    assert "an error page needs the sections" in problems_for(tmp_path, en=bad, zh=bad)


def test_category_must_be_the_same_in_both_languages(tmp_path):
    problems = problems_for(tmp_path, zh=GOOD.replace("category: hub", "category: install"))
    assert "zh/offline.md:2: front matter 'category' differs from" in problems


def test_signatures_must_be_the_same_in_both_languages(tmp_path):
    problems = problems_for(tmp_path, zh=GOOD.replace("OSError: We couldn't connect", "OSError: 翻译了"))
    assert "front matter 'signatures' differs from" in problems


# Faults that used to get through (each names the file and the line).


def make_project(tmp_path, en=GOOD, zh=GOOD):
    docs = make_docs(tmp_path, en=en, zh=zh)
    (tmp_path / "examples" / "offline").mkdir(parents=True)
    (tmp_path / "examples" / "offline" / "msg.txt").write_text("OSError: boom\n", encoding="utf-8")
    (tmp_path / "examples" / "offline" / "fix.py").write_text(
        "# --8<-- [start:show]\nprint(1)\n# --8<-- [end:show]\n", encoding="utf-8")
    return docs


def project_problems(docs):
    return "\n".join(kbcheck.check_docs(docs, CATS))


@pytest.mark.parametrize("data, expected", [
    (b"print('ok')\nbad \xff byte\n", "examples/offline/fix.py:2: invalid UTF-8"),
    ("x = 1\ns = 'a\ufffdb'\n".encode(), "examples/offline/fix.py:2: U+FFFD"),
    ("# ä½ å¥½ä¸–ç•Œ\n".encode(), "examples/offline/fix.py:1: mojibake"),
])
def test_damaged_example_file_names_file_and_line(tmp_path, data, expected):
    docs = make_project(tmp_path)
    (tmp_path / "examples" / "offline" / "fix.py").write_bytes(data)
    assert expected in project_problems(docs)


@pytest.mark.parametrize("damaged", ["浣犲ソ锛屼笘鐣", "锟斤拷锟斤拷"])
def test_chinese_mojibake_of_the_gbk_kind_is_reported(tmp_path, damaged):
    problems = problems_for(tmp_path, zh=GOOD.replace("# Offline", f"# Offline {damaged}"))
    assert "zh/offline.md:13: mojibake (UTF-8 text decoded as GBK" in problems


def test_real_chinese_is_not_taken_for_gbk_mojibake():
    for path in sorted((ROOT / "docs" / "zh").glob("*.md")):
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            assert kbcheck.gbk_mojibake(line) is None, f"{path}:{n}: {line}"


def test_indented_code_block_is_reported(tmp_path):
    bad = GOOD.replace("## Cause {#cause}\n", "## Cause {#cause}\n\nRun this:\n\n    import torch\n    torch.ones(1)\n\n")
    problems = problems_for(tmp_path, en=bad, zh=bad)
    assert "en/offline.md:28: indented code block" in problems


def test_indented_text_inside_lists_and_admonitions_is_not_code(tmp_path):
    ok = GOOD.replace("## Cause {#cause}\n", "## Cause {#cause}\n\n- item\n\n    more of the item\n\n"
                      '!!! tip "Tip"\n\n    inside the tip\n\n')
    assert problems_for(tmp_path, en=ok, zh=ok) == ""


def test_snippet_include_outside_a_fence_is_reported(tmp_path):
    bad = GOOD.replace("## Cause {#cause}\n", '## Cause {#cause}\n\n--8<-- "offline/msg.txt"\n\n')
    docs = make_project(tmp_path, en=bad, zh=bad)
    assert "en/offline.md:26: snippet include outside a code fence" in project_problems(docs)


def test_snippet_include_of_a_missing_file_names_the_page_line(tmp_path):
    bad = GOOD.replace("OSError: boom", '--8<-- "offline/nope.txt"')
    docs = make_project(tmp_path, en=bad, zh=bad)
    problems = project_problems(docs)
    assert "en/offline.md:21: snippet 'offline/nope.txt' not found" in problems


def test_snippet_include_of_a_missing_section_is_reported(tmp_path):
    bad = GOOD.replace("```text\nOSError: boom", '```python\n--8<-- "offline/fix.py:shown"')
    docs = make_project(tmp_path, en=bad, zh=bad)
    assert "snippet 'offline/fix.py:shown'" in project_problems(docs)


def test_two_sources_for_one_url_are_reported(tmp_path):
    docs = make_project(tmp_path)
    for lang in ("en", "zh"):
        (docs / lang / "cuda-oom").mkdir()
        (docs / lang / "cuda-oom" / "index.md").write_text(GOOD, encoding="utf-8")
    problems = project_problems(docs)
    assert "en/cuda-oom/index.md:1: serves the same URL /cuda-oom/ as" in problems


def test_duplicate_heading_id_is_reported(tmp_path):
    bad = GOOD.replace("## Cause {#cause}\n", "## Cause {#cause}\n\n### One {#same}\n\n### Two {#same}\n")
    problems = problems_for(tmp_path, en=bad, zh=bad)
    assert "en/offline.md:28: heading id '#same' is already used on line 26" in problems


# Author mistakes that passed the strict build silently (issue 21); each named with its file and line.


def test_table_row_with_an_extra_or_a_missing_cell_is_reported(tmp_path):
    table = "| a | b |\n|---|---|\n| 1 | 2 |\n| 1 | 2 | EXTRA |\n| `x|y` | 2 |\n| only |\n\n"
    bad = GOOD.replace("## Cause {#cause}\n", "## Cause {#cause}\n\n" + table)
    problems = problems_for(tmp_path, en=bad, zh=bad)
    assert "en/offline.md:29: table row has 3 cells, its header (line 26) has 2" in problems
    assert "en/offline.md:31: table row has 1 cells" in problems
    assert ":30:" not in problems  # a pipe inside `code` is not a cell border


def test_unclosed_html_comment_is_reported(tmp_path):
    bad = GOOD.replace("## Fix {#fix}", "<!-- TODO: check this against 5.24\n\n## Fix {#fix}")
    assert "en/offline.md:25: HTML comment '<!--' is never closed" in problems_for(tmp_path / "a", en=bad, zh=bad)
    closed = GOOD.replace("## Fix {#fix}", "<!-- a note -->\n\n## Fix {#fix}")
    assert problems_for(tmp_path / "b", en=closed, zh=closed) == ""


def test_page_id_with_capitals_or_spaces_is_reported(tmp_path):
    docs = make_docs(tmp_path)
    for lang in ("en", "zh"):
        (docs / lang / "offline.md").rename(docs / lang / "Right Padding Copy.md")
    problems = "\n".join(kbcheck.check_docs(docs, CATS))
    assert "en/Right Padding Copy.md:1: page id 'Right Padding Copy' is its permanent URL" in problems
    assert "('right-padding-copy')" in problems


def test_upper_case_heading_id_is_reported(tmp_path):
    bad = GOOD.replace("## Fix {#fix}\n", "## Fix {#fix}\n\n### Pad {#Pad_Is_EOS}\n")
    problems = problems_for(tmp_path, en=bad, zh=bad)
    assert "en/offline.md:27: heading id '#Pad_Is_EOS' should be lower-case words joined by hyphens (#pad-is-eos)" in problems


def test_signature_copied_onto_a_second_page_is_reported(tmp_path):
    docs = make_docs(tmp_path)
    for lang in ("en", "zh"):
        page = docs / lang / "padding-mask.md"
        page.write_text(page.read_text(encoding="utf-8").replace("(padding-mask)", "(cuda-oom)"), encoding="utf-8")
    problems = "\n".join(kbcheck.check_docs(docs, CATS))
    assert "en/padding-mask.md:8: signature \"OSError: We couldn't connect (cuda-oom)\" is already on" in problems


def test_compatibility_characters_pasted_from_a_pdf_are_reported(tmp_path):
    problems = problems_for(tmp_path, zh=GOOD.replace("# Offline", "# 左填充 \u2f63\u2f6e"))
    assert "zh/offline.md:13: compatibility character '\u2f63' (U+2F63, often pasted from a PDF) looks like '生'" in problems


def test_unclosed_code_fence_names_the_fence_not_the_sections(tmp_path):
    bad = GOOD.replace("```text\nOSError: boom\n```", "```text\nOSError: boom\n\n## Cause2\n\n```python\nx = 1\n```")
    problems = problems_for(tmp_path, en=bad, zh=bad)
    assert "en/offline.md:20: code block is never closed: line 25 opens another one (```python) inside it" in problems
    assert "an error page needs the sections" not in problems


def test_link_to_the_other_language_is_checked_for_file_and_anchor(tmp_path):
    ok = GOOD.replace("## Related {#related}", "## Related {#related}\n\n[English](../en/cuda-oom.md#fix)")
    assert problems_for(tmp_path / "a", zh=ok) == ""
    missing = GOOD.replace("## Related {#related}", "## Related {#related}\n\n[English](../en/nope.md)")
    problems = problems_for(tmp_path / "b", zh=missing)
    assert "zh/offline.md:30: link to the other language: " in problems and "en/nope.md does not exist" in problems
    anchor = GOOD.replace("## Related {#related}", "## Related {#related}\n\n[English](../en/cuda-oom.md#nope)")
    assert "has no anchor '#nope'" in problems_for(tmp_path / "c", zh=anchor)


QUICK = """<div class="kb-quick-fix" id="quick-fix" markdown>

**Quick fix.** Most often the machine has no network. Load from the cache:

```bash
export HF_HUB_OFFLINE=1
```

[The full fix](#fix)

</div>
"""


@pytest.mark.parametrize("quick, expected", [
    (QUICK, None),
    ("", "an error page starts, right under its title, with its quick answer"),
    (QUICK.replace("</div>\n", ""), "the quick answer's <div> is never closed"),
    (QUICK.replace("(#fix)", "(#cause)"), "the quick answer links to the fuller fix below"),
    (QUICK.replace("Load from", "Load " + "very " * 60 + "from"), "characters wide (CJK count 2); at most 330"),
    (QUICK.replace("export HF_HUB_OFFLINE=1", "a=1\nb=2\nc=3\nd=4"), "at most one code block of at most 3 lines"),
])
def test_quick_answer_under_the_title(tmp_path, quick, expected):
    page = kbcheck.Page(tmp_path / "x.md")
    bare = re.sub(r'<div class="kb-quick-fix".*?</div>\n', "", GOOD, flags=re.S)
    page.text = bare.replace("# Offline\n", "# Offline\n\n" + quick)
    page.headings = kbcheck.scan_body(page.path, page.text, 12)[0]
    problems = "\n".join(kbcheck.check_quick_fix(page))
    assert (problems == "") if expected is None else (expected in problems), problems
