"""The site builds strictly, at its permanent URLs, and a broken page stops the build."""

import subprocess
import sys

from conftest import ROOT, build_site
from kb.registry import error_page_ids

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
    damaged = (ROOT.parent / "shared" / "fixtures" / "mojibake-troubleshooting-zh.md")
    target = scratch_project / "docs" / "zh" / "offline.md"
    if damaged.is_file():
        target.write_bytes(damaged.read_bytes())
    else:  # same kind of damage, made here: UTF-8 Chinese read as cp1252
        target.write_text("---\ntitle: x\n---\n" + "版权所有".encode().decode("cp1252", "replace"))
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
