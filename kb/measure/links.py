"""Check every external link of the built site online with lychee; exit non-zero if one is dead.

  kb links            build the site (strict) into a temporary folder and check it
  kb links PATH...    check these built HTML files or folders instead

Needs the network (the weekly GitHub Actions job runs it). Internal links are not checked here:
the strict build and tests/test_built_site_links.py do that offline. Skipped on purpose: the
site's own URL (canonical and language links, before the first deploy they do not exist) and the
per-page "edit" / "report a problem" links, which only repeat the repository URL (checked once).
Code blocks are never checked (lychee skips them): error messages quote URLs on purpose.
"""

import re
import subprocess
import sys
import tempfile
from pathlib import Path


import yaml

from kb.build.site import build_site
from kb.build.site import ROOT

LYCHEE_OPTIONS = [
    "--no-progress",
    "--scheme", "https", "--scheme", "http",  # external links only
    "--max-retries", "3",
    "--retry-wait-time", "5",
    "--timeout", "30",
    "--accept", "200..=299,429",  # 429 is a busy server (rate limit), not a dead link
    "--max-concurrency", "8",
    "--user-agent", "Mozilla/5.0 (compatible; transformers-troubleshooting link check)",
]


def site_config() -> tuple[str, str]:
    """site_url and repo_url from mkdocs.yml (unknown YAML tags such as !ENV are ignored)."""

    class Loader(yaml.SafeLoader):
        pass

    Loader.add_multi_constructor("", lambda loader, suffix, node: None)
    config = yaml.load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"), Loader=Loader) or {}
    return (config.get("site_url") or "").rstrip("/"), (config.get("repo_url") or "").rstrip("/")


def lychee_command(paths: list[str]) -> list[str]:
    lychee = Path(sys.executable).parent / "lychee"
    command = [str(lychee) if lychee.exists() else "lychee", *LYCHEE_OPTIONS]
    if len(paths) == 1 and Path(paths[0]).is_dir():
        # Root-relative links (the 404 pages use them) become local files, which --scheme skips.
        command += ["--root-dir", str(Path(paths[0]).resolve())]
    site_url, repo_url = site_config()
    if site_url:
        command += ["--exclude", "^" + re.escape(site_url) + "(/|$)"]
    if repo_url:
        command += ["--exclude", "^" + re.escape(repo_url) + "/(edit|issues/new)"]
    return command + paths


def main(argv: list[str] | None = None) -> int:
    argv = list(argv or [])
    if argv:
        return subprocess.run(lychee_command(argv)).returncode
    with tempfile.TemporaryDirectory(prefix="kb-link-check-") as site:
        build = build_site(Path(site))
        if build.returncode:
            print(build.stdout + build.stderr, file=sys.stderr)
            print("kb links: the strict build failed; fix it first", file=sys.stderr)
            return build.returncode
        return subprocess.run(lychee_command([site])).returncode
