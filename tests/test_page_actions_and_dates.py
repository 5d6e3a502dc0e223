"""Every page, in both languages, links "edit this page" to its own source and "report a problem"
to a new issue naming the page, and shows its last-updated date from git in the reader's language,
also when the project is a shallow clone or not a git checkout at all.
"""

import os
import re
import subprocess
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest
import yaml

from conftest import ROOT, build_site

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
        self.datetime: str | None = None
        self._in_date = False

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "a" and attrs.get("rel") == "edit":
            self.edit = attrs
        if tag == "a" and "data-kb-report" in attrs:
            self.report = attrs
        if tag == "time" and "kb-revision-date" in (attrs.get("class") or ""):
            self._in_date, self.date_parts, self.datetime = True, [], attrs.get("datetime")

    def handle_endtag(self, tag):
        if tag == "time":
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
    return build_site(site, project=project)


def test_date_falls_back_to_build_date_without_git(scratch_project, tmp_path):
    """A tarball or a copy without .git still builds strictly and still shows a date."""
    result = build(scratch_project, tmp_path / "site")
    assert result.returncode == 0, result.stdout + result.stderr
    assert DATE_FORMAT["zh"].match(actions(tmp_path / "site", "zh", "offline").date or "")


def _git(project: Path):
    git_env = dict(os.environ, GIT_AUTHOR_NAME="kb", GIT_AUTHOR_EMAIL="kb@example.org",
                   GIT_COMMITTER_NAME="kb", GIT_COMMITTER_EMAIL="kb@example.org")

    def git(*args, cwd=project, **env):
        subprocess.run(["git", *args], cwd=cwd, env=dict(git_env, **env), check=True, capture_output=True)

    return git


def _two_commits(project: Path):
    """An old commit of everything (2020-01-02), then a new one (2021-03-04) that touches zh/offline.md only."""
    git = _git(project)
    git("init", "-q", "-b", "main")
    git("add", "-A")
    git("commit", "-qm", "old", GIT_AUTHOR_DATE="2020-01-02T12:00:00Z", GIT_COMMITTER_DATE="2020-01-02T12:00:00Z")
    (project / "docs" / "zh" / "offline.md").write_text(
        (project / "docs" / "zh" / "offline.md").read_text(encoding="utf-8") + "\n", encoding="utf-8")
    git("commit", "-qam", "new", GIT_AUTHOR_DATE="2021-03-04T12:00:00Z", GIT_COMMITTER_DATE="2021-03-04T12:00:00Z")
    return git


def test_each_page_is_dated_by_its_own_newest_commit(scratch_project, tmp_path):
    """Not the repository's newest commit: a page untouched since 2020 says 2020."""
    _two_commits(scratch_project)
    result = build(scratch_project, tmp_path / "site")
    assert result.returncode == 0, result.stdout + result.stderr
    zh, en = actions(tmp_path / "site", "zh", "offline"), actions(tmp_path / "site", "en", "offline")
    assert (zh.date, zh.datetime) == ("2021年3月4日", "2021-03-04T12:00:00Z")
    assert (en.date, en.datetime) == ("January 2, 2020", "2020-01-02T12:00:00Z")
    assert actions(tmp_path / "site", "zh", "cuda-oom").date == "2020年1月2日"


def test_date_comes_from_git_in_a_shallow_clone(scratch_project, tmp_path):
    """A depth-1 clone builds strictly and dates pages by the one commit it has."""
    git = _two_commits(scratch_project)
    clone = tmp_path / "clone"
    git("clone", "-q", "--depth", "1", f"file://{scratch_project}", str(clone), cwd=tmp_path)
    assert (clone / ".git" / "shallow").is_file()
    result = build(clone, tmp_path / "site")
    assert result.returncode == 0, result.stdout + result.stderr
    assert actions(tmp_path / "site", "zh", "offline").date == "2021年3月4日"
    assert actions(tmp_path / "site", "en", "offline").date == "March 4, 2021"
