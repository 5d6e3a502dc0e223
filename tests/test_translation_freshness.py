"""Each Chinese page records the version (content hash) of the English page it translates; when the
English page changes without it, the Chinese page shows a notice and this check fails.
"""

import subprocess
import sys
from pathlib import Path

import pytest

from kb.pages import translation
from conftest import ROOT, build_site



def status_tool(*args, docs: Path) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "kb.cli", "translations", "--docs", str(docs), *map(str, args)], capture_output=True, text=True
    )


def test_every_translation_matches_its_english_page():
    stale = translation.stale_pages(ROOT / "docs")
    assert not stale, (
        "translations behind their English page (update them, then run "
        "kb translations --update <page>):\n  " + "\n  ".join(s.message() for s in stale)
    )


def test_changing_an_english_page_shows_the_notice_and_fails_the_check(scratch_project, tmp_path):
    docs = scratch_project / "docs"
    assert status_tool(docs=docs).returncode == 0
    english = docs / "en" / "offline.md"
    english.write_text(english.read_text(encoding="utf-8") + "\nA new English paragraph.\n", encoding="utf-8")

    # The check fails and lists exactly the stale page, with file and line.
    result = status_tool(docs=docs)
    assert result.returncode == 1
    assert f"{docs / 'zh' / 'offline.md'}:" in result.stdout and "translation may be stale" in result.stdout
    assert "cuda-oom" not in result.stdout

    # The build still succeeds (so `mkdocs serve` can preview it) and the notice links to the English page.
    site = tmp_path / "site"
    build = build_site(site, project=scratch_project)
    assert build.returncode == 0, build.stdout + build.stderr
    stale_html = (site / "zh" / "offline" / "index.html").read_text(encoding="utf-8")
    assert "kb-stale-translation" in stale_html and "译文可能已过时" in stale_html
    assert '<a href="../../offline/" hreflang="en">' in stale_html
    assert (site / "offline" / "index.html").is_file()
    assert "kb-stale-translation" not in (site / "zh" / "cuda-oom" / "index.html").read_text(encoding="utf-8")
    assert "kb-stale-translation" not in (site / "offline" / "index.html").read_text(encoding="utf-8")

    # After the translation is updated, one command records the new English version.
    result = status_tool("--update", docs / "zh" / "offline.md", docs=docs)
    assert result.returncode == 0, result.stderr
    assert status_tool(docs=docs).returncode == 0


def test_missing_record_counts_as_stale(tmp_path):
    docs = tmp_path / "docs"
    (docs / "en").mkdir(parents=True)
    (docs / "zh").mkdir()
    (docs / "en" / "x.md").write_text("---\ntitle: X\n---\n# X\n", encoding="utf-8")
    (docs / "zh" / "x.md").write_text("---\ntitle: 某\n---\n# 某\n", encoding="utf-8")
    [status] = translation.stale_pages(docs)
    assert status.recorded is None and "no 'translation_of'" in status.message()


def test_update_inserts_or_replaces_only_the_record(tmp_path):
    docs = tmp_path / "docs"
    (docs / "en").mkdir(parents=True)
    (docs / "zh").mkdir()
    (docs / "en" / "x.md").write_text("---\ntitle: X\n---\n# X\n", encoding="utf-8")
    zh = docs / "zh" / "x.md"
    zh.write_text("---\ntitle: 某\ntags:\n  - a\n---\n# 某\n", encoding="utf-8")
    value = translation.record_source_hash(docs, zh)
    assert zh.read_text(encoding="utf-8") == f"---\ntitle: 某\ntags:\n  - a\ntranslation_of: {value}\n---\n# 某\n"
    zh.write_text("---\ntitle: 某\ntranslation_of: 000000000000\n---\n# 某\n", encoding="utf-8")
    translation.record_source_hash(docs, zh)
    assert zh.read_text(encoding="utf-8") == f"---\ntitle: 某\ntranslation_of: {value}\n---\n# 某\n"
    assert value == translation.source_hash("---\r\ntitle: X\r\n---\r\n# X\r\n"), "CRLF must not change the hash"


def test_update_refuses_a_page_without_front_matter_naming_it(tmp_path):
    docs = tmp_path / "docs"
    (docs / "en").mkdir(parents=True)
    (docs / "zh").mkdir()
    (docs / "en" / "x.md").write_text("# X\n", encoding="utf-8")
    (docs / "zh" / "x.md").write_text("# 某\n", encoding="utf-8")
    result = status_tool("--update", docs / "zh" / "x.md", docs=docs)
    assert result.returncode == 2
    assert f"{docs / 'zh' / 'x.md'}:1: missing front matter" in result.stderr


@pytest.mark.parametrize("args", [["--update"], ["--update", "--all", "docs/zh/x.md"], ["--update", "docs/en/index.md"]])
def test_update_needs_translated_pages_or_all(args):
    result = status_tool(*args, docs=ROOT / "docs")
    assert result.returncode == 2 and "error:" in result.stderr
