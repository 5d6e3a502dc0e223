"""Every page, in both languages, links "edit this page" to its own source and "report a problem"
to a new issue naming the page, and shows its last-updated date from git in the reader's language,
also when the project is a shallow clone or not a git checkout at all.
"""

import os
import re
import shutil
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest
import yaml

from conftest import ROOT

PAGES = sorted(p.stem for p in (ROOT / "docs" / "en").glob("*.md"))
LANGS = {"en": "", "zh": "zh/"}
DATE_FORMAT = {"en": re.compile(r"^[A-Z][a-z]+ \d{1,2}, \d{4}$"), "zh": re.compile(r"^\d{4}年\d{1,2}月\d{1,2}日$")}
REPORT_LABEL = {"en": "Report a problem with this page", "zh": "报告本页的问题"}


def config() -> dict:
    class Loader(yaml.SafeLoader):
        pass

    Loader.add_multi_constructor("", lambda loader, suffix, node: None)
    return yaml.load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"), Loader=Loader)


class Actions(HTMLParser):
    """The edit and report links, and the text of the last-updated date."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.edit = self.report = None
        self.date_parts: list[str] | None = None
        self._in_date = False

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "a" and attrs.get("rel") == "edit":
            self.edit = attrs
        if tag == "a" and "data-kb-report" in attrs:
            self.report = attrs
        if tag == "span" and "git-revision-date-localized-plugin-date" in (attrs.get("class") or ""):
            self._in_date, self.date_parts = True, []

    def handle_endtag(self, tag):
        if tag == "span":
            self._in_date = False

    def handle_data(self, data):
        if self._in_date:
            self.date_parts.append(data)

    @property
    def date(self) -> str | None:
        return None if self.date_parts is None else "".join(self.date_parts).strip()


def actions(site: Path, lang: str, page: str) -> Actions:
    path = site / LANGS[lang] / ("" if page == "index" else page) / "index.html"
    parser = Actions()
    parser.feed(path.read_text(encoding="utf-8"))
    return parser


@pytest.mark.parametrize("lang", LANGS)
def test_every_page_links_edit_this_page_to_its_own_source(built_site, lang):
    cfg = config()
    for page in PAGES:
        edit = actions(built_site, lang, page).edit
        assert edit, f"/{LANGS[lang]}{page}: no 'edit this page' link"
        assert edit["href"] == f"{cfg['repo_url'].rstrip('/')}/{cfg['edit_uri'].strip('/')}/{lang}/{page}.md"
    assert (ROOT / "docs" / lang / f"{PAGES[0]}.md").is_file()  # the linked path is the real source


@pytest.mark.parametrize("lang", LANGS)
def test_every_page_links_report_a_problem_to_an_issue_naming_the_page(built_site, lang):
    repo = config()["repo_url"].rstrip("/")
    for page in PAGES:
        report = actions(built_site, lang, page).report
        assert report, f"/{LANGS[lang]}{page}: no 'report a problem' link"
        url = urlsplit(report["href"])
        assert f"{url.scheme}://{url.netloc}{url.path}" == f"{repo}/issues/new"
        title = parse_qs(url.query)["title"][0]
        page_path = "/" + LANGS[lang] + ("" if page == "index" else page + "/")
        assert page_path in title, f"issue title {title!r} does not name the page {page_path}"
        assert report["title"] == REPORT_LABEL[lang]


@pytest.mark.parametrize("lang", LANGS)
def test_every_page_shows_its_last_updated_date_in_the_readers_language(built_site, lang):
    for page in PAGES:
        date = actions(built_site, lang, page).date
        assert date, f"/{LANGS[lang]}{page}: no last-updated date"
        assert DATE_FORMAT[lang].match(date), f"/{LANGS[lang]}{page}: date {date!r} is not in {lang} format"


def build(project: Path, site: Path) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k != "GITHUB_ACTIONS"}  # see test below
    return subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(site)],
        cwd=project, env=env, capture_output=True, text=True,
    )


def test_date_falls_back_to_build_date_without_git(scratch_project, tmp_path):
    """A tarball or a copy without .git still builds strictly and still shows a date."""
    result = build(scratch_project, tmp_path / "site")
    assert result.returncode == 0, result.stdout + result.stderr
    assert DATE_FORMAT["zh"].match(actions(tmp_path / "site", "zh", "offline").date or "")


def test_date_comes_from_git_in_a_shallow_clone(scratch_project, tmp_path):
    """A depth-1 clone builds strictly and dates pages by the commit it has.

    (On GitHub Actions the plugin warns about shallow clones, which fails the strict build: the
    workflows check out with fetch-depth: 0, see test_workflows.py; here GITHUB_ACTIONS is unset.)
    """
    git_env = dict(os.environ, GIT_AUTHOR_NAME="kb", GIT_AUTHOR_EMAIL="kb@example.org",
                   GIT_COMMITTER_NAME="kb", GIT_COMMITTER_EMAIL="kb@example.org")

    def git(*args, cwd=scratch_project, **env):
        subprocess.run(["git", *args], cwd=cwd, env=dict(git_env, **env), check=True, capture_output=True)

    git("init", "-q", "-b", "main")
    git("add", "-A")
    git("commit", "-qm", "old", GIT_AUTHOR_DATE="2020-01-02T12:00:00Z", GIT_COMMITTER_DATE="2020-01-02T12:00:00Z")
    (scratch_project / "docs" / "zh" / "offline.md").write_text(
        (scratch_project / "docs" / "zh" / "offline.md").read_text(encoding="utf-8") + "\n", encoding="utf-8")
    git("commit", "-qam", "new", GIT_AUTHOR_DATE="2021-03-04T12:00:00Z", GIT_COMMITTER_DATE="2021-03-04T12:00:00Z")
    clone = tmp_path / "clone"
    git("clone", "-q", "--depth", "1", f"file://{scratch_project}", str(clone), cwd=tmp_path)
    assert (clone / ".git" / "shallow").is_file()
    result = build(clone, tmp_path / "site")
    assert result.returncode == 0, result.stdout + result.stderr
    assert actions(tmp_path / "site", "zh", "offline").date == "2021年3月4日"
    assert actions(tmp_path / "site", "en", "offline").date == "March 4, 2021"
