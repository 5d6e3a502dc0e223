"""The site builds strictly, at its permanent URLs, and a broken page stops the build."""

import subprocess
import sys

from conftest import ROOT, build_site
from kb.pages.registry import error_page_ids

ERROR_PAGES = error_page_ids()


def build(project, site):
    return build_site(site, project=project)


def test_strict_build_writes_every_page_at_its_permanent_url(built_site):
    for page in ("",) + ERROR_PAGES:
        assert (built_site / page / "index.html").is_file(), f"/{page}/ missing"
        assert (built_site / "zh" / page / "index.html").is_file(), f"/zh/{page}/ missing"


def test_broken_anchor_fails_the_strict_build(scratch_project, tmp_path):
    index = scratch_project / "docs" / "en" / "index.md"
    index.write_text(index.read_text(encoding="utf-8") + "\n[x](offline.md#no-such-anchor)\n", encoding="utf-8")
    result = build(scratch_project, tmp_path / "out")
    assert result.returncode != 0
    assert "no-such-anchor" in result.stdout + result.stderr


def test_broken_link_fails_the_strict_build(scratch_project, tmp_path):
    index = scratch_project / "docs" / "zh" / "index.md"
    index.write_text(index.read_text(encoding="utf-8") + "\n[x](no-such-page.md)\n", encoding="utf-8")
    result = build(scratch_project, tmp_path / "out")
    assert result.returncode != 0
    assert "no-such-page.md" in result.stdout + result.stderr


def test_mojibake_page_stops_the_build_naming_file_and_line(scratch_project, tmp_path):
    damaged = ROOT / "tests" / "data" / "mojibake-troubleshooting-zh.md"  # a real damaged copy
    target = scratch_project / "docs" / "zh" / "offline.md"
    target.write_bytes(damaged.read_bytes())
    result = build(scratch_project, tmp_path / "out")
    assert result.returncode != 0
    assert "docs/zh/offline.md:1: mojibake" in result.stdout + result.stderr


def test_strict_build_needs_no_network(tmp_path):
    """The build runs in a network namespace with no interfaces up: nothing can be fetched."""
    import shutil

    from conftest import skip_or_fail

    unshare = shutil.which("unshare")
    if not unshare or subprocess.run([unshare, "-rn", "true"], capture_output=True).returncode != 0:
        skip_or_fail("cannot create a network namespace here (unshare -rn), so the no-network build was not run")
    probe = subprocess.run(
        [unshare, "-rn", sys.executable, "-c", "import socket; socket.create_connection(('1.1.1.1', 443), timeout=2)"],
        capture_output=True, text=True,
    )
    assert probe.returncode != 0, "the namespace still has network: this test would prove nothing"
    result = subprocess.run(
        [unshare, "-rn", sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(tmp_path / "site")],
        cwd=ROOT, capture_output=True, text=True,
    )
    assert result.returncode == 0, f"build failed without network:\n{result.stdout}\n{result.stderr}"


def test_a_page_pair_copied_under_a_new_name_is_built_and_listed_everywhere(scratch_project, tmp_path):
    """The README's "add a page": two Markdown files (and examples), nothing else to edit."""
    for lang in ("en", "zh"):
        source = scratch_project / "docs" / lang / "padding-mask.md"
        # A copy owns its messages: the same signature on two pages stops the build.
        copy = source.read_text(encoding="utf-8").replace('\n  - "', '\n  - "Copy: ')
        (source.parent / "padding-mask-copy.md").write_text(copy, encoding="utf-8")
    result = build(scratch_project, tmp_path / "site")
    assert result.returncode == 0, result.stdout + result.stderr
    site = tmp_path / "site"
    for prefix in ("", "zh/"):
        assert (site / prefix / "padding-mask-copy" / "index.html").is_file()
        home = (site / prefix / "index.html").read_text(encoding="utf-8")
        assert 'href="padding-mask-copy/"' in home.split('id="errors"')[1], f"/{prefix} table lacks the page"
        # Categories fold: the pages of the copy's category list it in their navigation.
        page = (site / prefix / "padding-mask" / "index.html").read_text(encoding="utf-8")
        nav = page.split('class="md-content"')[0]
        assert 'href="../padding-mask-copy/"' in nav, f"/{prefix}padding-mask/ navigation lacks the page"


def test_a_page_without_a_category_stops_the_build_naming_the_file(scratch_project, tmp_path):
    page = scratch_project / "docs" / "zh" / "offline.md"
    page.write_text(page.read_text(encoding="utf-8").replace("category: hub\n", ""), encoding="utf-8")
    result = build(scratch_project, tmp_path / "site")
    assert result.returncode != 0
    assert "docs/zh/offline.md:2: front matter 'category' is None" in result.stdout + result.stderr


def test_unclosed_div_before_a_section_stops_the_build_naming_file_and_line(scratch_project, tmp_path):
    """The source still has the heading; the rendered page shows it as raw text (issue 21)."""
    page = scratch_project / "docs" / "en" / "padding-side-left.md"
    text = page.read_text(encoding="utf-8")
    page.write_text(text.replace("## Versions {#versions}", '<div class="kb-note">\n\n## Versions {#versions}'),
                    encoding="utf-8")
    result = build(scratch_project, tmp_path / "out")
    line = text.splitlines().index(next(x for x in text.splitlines() if "{#versions}" in x)) + 3
    assert result.returncode != 0
    assert f"docs/en/padding-side-left.md:{line}: section #versions did not render as a heading" in result.stdout + result.stderr


def test_link_to_the_other_language_reaches_that_page(scratch_project, tmp_path):
    page = scratch_project / "docs" / "zh" / "padding-mask.md"
    page.write_text(page.read_text(encoding="utf-8") + "\n[English](../en/padding-side-left.md#fix)\n", encoding="utf-8")
    result = build(scratch_project, tmp_path / "out")
    assert result.returncode == 0, result.stdout + result.stderr
    html = (tmp_path / "out" / "zh" / "padding-mask" / "index.html").read_text(encoding="utf-8")
    assert '<a href="../../padding-side-left/#fix" hreflang="en">English</a>' in html
