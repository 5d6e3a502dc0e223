"""The pages as data: errors.json, llms.txt per language and a Markdown copy of each page, written by
the build from the pages' sources, in both languages, with addresses that exist."""

import json

from kb.pages.registry import error_page_ids, read_config


def test_errors_json_lists_every_error_page_in_both_languages(built_site):
    data = json.loads((built_site / "errors.json").read_text(encoding="utf-8"))
    assert data["schema"] == 1 and data["build"]["commit"] and data["build"]["date"]
    assert data["build"]["site_url"] == read_config()["site_url"]
    assert [p["id"] for p in data["pages"]] == list(error_page_ids())
    site_url = data["build"]["site_url"]
    for page in data["pages"]:
        assert page["signatures"], page["id"]
        for lang in ("en", "zh"):
            assert page["title"][lang] and page["description"][lang] and page["versions"][lang], (page["id"], lang)
            rel = page["url"][lang].removeprefix(site_url)
            assert (built_site / rel / "index.html").is_file(), page["url"][lang]
            assert (built_site / page["markdown"][lang].removeprefix(site_url)).is_file(), page["markdown"][lang]
            assert page["offline"][lang] == rel.rstrip("/") + ".html"


def test_markdown_copies_have_the_snippets_and_no_build_syntax(built_site):
    for page_id in error_page_ids():
        for folder in (built_site, built_site / "zh"):
            text = (folder / f"{page_id}.md").read_text(encoding="utf-8")
            assert text.startswith("# ") and "--8<--" not in text and "{#" not in text, (folder, page_id)
            assert "kb-quick-fix" not in text and "```" in text, (folder, page_id)


def test_llms_txt_per_language_lists_every_page_with_its_messages(built_site):
    data = json.loads((built_site / "errors.json").read_text(encoding="utf-8"))
    for lang, folder in (("en", built_site), ("zh", built_site / "zh")):
        text = (folder / "llms.txt").read_text(encoding="utf-8")
        assert text.startswith("# ")
        for page in data["pages"]:
            assert f"]({page['markdown'][lang]})" in page_line(text, page["markdown"][lang])
            assert page["signatures"][0] in text


def page_line(text: str, address: str) -> str:
    return next(line for line in text.splitlines() if address in line)


def test_quick_answers_become_plain_text():
    from kb.build.machine_readable import plain_text, quick_fix_block

    md = ('# T\n\n<div class="kb-quick-fix" id="quick-fix" markdown>\n\n**Quick fix.** Upgrade it.\n\n'
          '```bash\npip install -U transformers\n```\n\n[The full fix](#fix)\n\n</div>\n\n## Symptoms {#symptoms}\n')
    assert plain_text(quick_fix_block(md)) == "Upgrade it.\n\npip install -U transformers"
