"""Build hook: each page's last-updated date, from one `git log` over docs/, in the page's language.

Material shows `page.meta.revision_date` under the page. The usual plugin for this
(git-revision-date-localized) runs one `git log` per page in a process pool and imports GitPython:
about half a second of a three-second build here, and a subprocess per page on a large site. One
`git log` over docs/ gives every file's newest commit, at any page count.

A file that git does not know (not committed yet, or a copy of the project without .git, such as a
tarball) gets the build date, so such a copy still builds strictly. A shallow clone dates files by
the commits it has.
"""

import datetime
import subprocess
from pathlib import Path

from babel.dates import format_date

_dates: dict[str, datetime.datetime] = {}


def commit_dates(docs_dir: Path) -> dict[str, datetime.datetime]:
    """{path relative to docs_dir: newest commit time (UTC)} for every file git has in docs_dir."""
    try:
        out = subprocess.run(
            ["git", "log", "--relative", "--no-renames", "--format=%x00%ct", "--name-only", "--", "."],
            cwd=docs_dir, capture_output=True, text=True, check=True,
        ).stdout
    except (OSError, subprocess.CalledProcessError):  # no git, or not a git checkout
        return {}
    dates: dict[str, datetime.datetime] = {}
    for record in out.split("\x00")[1:]:  # newest commit first
        stamp, *paths = record.strip().splitlines()
        when = datetime.datetime.fromtimestamp(int(stamp), datetime.UTC)
        for path in filter(None, paths):
            dates.setdefault(path, when)
    return dates


def on_files(files, config, **kwargs):
    # Once per language build: one subprocess, and `mkdocs serve` picks up new commits.
    _dates.clear()
    _dates.update(commit_dates(Path(config.docs_dir)))
    return files


def on_page_markdown(markdown, page, config, **kwargs):
    when = _dates.get(page.file.src_uri) or datetime.datetime.now(datetime.UTC)
    text = format_date(when.date(), format="long", locale=config.theme.get("language") or "en")
    page.meta["revision_date"] = (
        f'<time class="kb-revision-date" datetime="{when.strftime("%Y-%m-%dT%H:%M:%SZ")}">{text}</time>'
    )
    return markdown
