"""Build hook: the pages as data, for tools and coding assistants.

Written at the site root on every build, from the pages' sources (so both languages are there
whichever language static-i18n builds last; the mkdocs-llmstxt plugin wrote only the last one):

- `errors.json`: every error page's id, category, titles, description, signatures, versions, quick
  answer (plain text) and addresses in both languages (hosted URL, offline file, Markdown copy), and
  the build it came from. The companion tool (`companion/`) reads the same data. Schema: SCHEMA
  below, documented in CONTRIBUTING.md.
- `<id>.md` and `zh/<id>.md`: a Markdown copy of each page, snippets included.
- `llms.txt` and `zh/llms.txt`: the pages of one language with their messages (llmstxt.org).
"""

from __future__ import annotations

import datetime
import json
import re
import subprocess
from pathlib import Path

from kb.pages import checks
from kb.pages import registry

SCHEMA = 1
LANGS = checks.LANGS
DEFAULT_LANG = "en"
INCLUDE_RE = re.compile(r"""^(?P<indent>\s*)-+8<-+\s+["'](?P<name>[^"':]+)(?::(?P<section>[\w-]+))?["']\s*$""")
ATTR_LIST_RE = re.compile(r"\s*\{[^{}\n]*[#.][\w-][^{}\n]*\}\s*$")
QUICK_CLOSE = "</div>"


def build_info(root: Path) -> dict:
    """The commit and date the site was built from (the date of today without git)."""
    def git(*args):
        result = subprocess.run(["git", *args], cwd=root, capture_output=True, text=True)
        return result.stdout.strip() if result.returncode == 0 else ""

    commit = git("rev-parse", "--short=12", "HEAD")
    date = git("log", "-1", "--format=%cs") or datetime.date.today().isoformat()
    return {"commit": commit or "unknown", "date": date}


def body_of(text: str) -> str:
    """The Markdown after the front matter."""
    _, body_start, _ = checks.split_front_matter(Path("page.md"), text)
    return "\n".join(text.splitlines()[body_start - 1:]) + "\n"


def expand_includes(markdown: str, examples_dir: Path) -> str:
    """Replace each `--8<-- "page/file.py:show"` line by what the site shows there."""
    out = []
    for line in markdown.splitlines():
        match = INCLUDE_RE.match(line)
        if not match:
            out.append(line)
            continue
        lines = (examples_dir / match["name"]).read_text(encoding="utf-8").splitlines()
        if match["section"]:
            start = next(i for i, x in enumerate(lines) if f"[start:{match['section']}]" in x)
            end = next(i for i, x in enumerate(lines) if f"[end:{match['section']}]" in x)
            lines = lines[start + 1:end]
            indent = min((len(x) - len(x.lstrip()) for x in lines if x.strip()), default=0)
            lines = [x[indent:] for x in lines]  # pymdownx.snippets' dedent_subsections
        out += [match["indent"] + x if x else x for x in lines]
    return "\n".join(out) + "\n"


def quick_fix_block(markdown: str) -> str | None:
    """The Markdown inside the page's quick answer <div>, or None."""
    start = markdown.find(checks.QUICK_FIX_OPEN)
    if start == -1:
        return None
    end = markdown.find(QUICK_CLOSE, start)
    return markdown[start + len(checks.QUICK_FIX_OPEN):end].strip() if end != -1 else None


def plain_text(markdown: str) -> str:
    """Markdown as a terminal shows it: no emphasis marks, link texts without addresses, code kept.
    A quick answer's bold lead ("Quick fix.") and its own-line link to the fix below are left out."""
    out = []
    markdown = re.sub(r"^\*\*[^*\n]{1,20}\*\*\s*", "", markdown.strip())
    for line in markdown.splitlines():
        if checks.FENCE_RE.match(line) or re.fullmatch(r"\s*\[[^\]]+\]\(#[\w-]+\)\s*", line):
            continue
        line = re.sub(r"\*\*(.+?)\*\*", r"\1", line)
        line = re.sub(r"\[([^\]]+)\]\([^)]*\)", r"\1", line)
        out.append(line.rstrip())
    return re.sub(r"\n{3,}", "\n\n", "\n".join(out)).strip()


def markdown_copy(text: str, examples_dir: Path) -> str:
    """A page as Markdown a tool reads: snippets included, attribute lists and the quick answer's tags gone."""
    body = expand_includes(body_of(text), examples_dir)
    lines = []
    in_fence = False
    for line in body.splitlines():
        if checks.FENCE_RE.match(line):
            in_fence = not in_fence
        elif not in_fence:
            if line.strip() in (checks.QUICK_FIX_OPEN, QUICK_CLOSE):
                continue
            if checks.HEADING_RE.match(line):
                line = ATTR_LIST_RE.sub("", line)
        lines.append(line)
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip() + "\n"


def page_path(lang: str, page_id: str, suffix: str) -> str:
    return ("" if lang == DEFAULT_LANG else f"{lang}/") + page_id + suffix


def records(docs_dir: Path, site_url: str) -> list[dict]:
    """One record per error page, both languages, in navigation order."""
    site_url = site_url.rstrip("/") + "/"
    entries = registry.load(docs_dir)
    out = []
    for page_id in registry.error_page_ids(docs_dir):
        record = {"id": page_id, "category": entries["en"][page_id].category,
                  "signatures": list(entries["en"][page_id].signatures)}
        for key in ("title", "nav_title", "description", "versions", "quick_fix", "url", "offline", "markdown"):
            record[key] = {}
        for lang in LANGS:
            entry = entries[lang][page_id]
            text = entry.path.read_text(encoding="utf-8")
            meta = registry.front_matter(entry.path)
            quick = quick_fix_block(body_of(text))
            record["title"][lang] = entry.title
            record["nav_title"][lang] = entry.nav_title
            record["description"][lang] = entry.description
            record["versions"][lang] = str(meta.get("versions") or "")
            record["quick_fix"][lang] = plain_text(quick) if quick else ""
            record["url"][lang] = site_url + page_path(lang, page_id, "/")
            record["offline"][lang] = page_path(lang, page_id, ".html")
            record["markdown"][lang] = site_url + page_path(lang, page_id, ".md")
        out.append(record)
    return out


def errors_json(docs_dir: Path, site_url: str, build: dict) -> dict:
    """build: commit, date and repo_url (where "ask for a page" goes); site_url is added."""
    return {"schema": SCHEMA, "build": {**build, "site_url": site_url}, "pages": records(docs_dir, site_url)}


LLMS_HEAD = {
    "en": ("Transformers Troubleshooting", "Fixes for the errors Hugging Face Transformers users hit: each page quotes "
           "the messages it explains (as real releases print them), the cause, and a fix the project's tests run."),
    "zh": ("Transformers 疑难解答", "Hugging Face Transformers 常见报错的原因与解决办法：每页列出它解释的报错原文（真实版本打印的样子）、"
           "原因，以及经测试运行过的解决代码。"),
}


def code_span(text: str) -> str:
    """Inline code that may itself hold backticks (CommonMark: a longer fence, padded by spaces)."""
    return f"`` {text} ``" if "`" in text else f"`{text}`"


def llms_txt(lang: str, data: dict, categories: list) -> str:
    title, summary = LLMS_HEAD[lang]
    lines = [f"# {title}", "", f"> {summary}", ""]
    for category in categories:
        pages = [p for p in data["pages"] if p["category"] == category.id]
        if not pages:
            continue
        lines += [f"## {category.labels[lang]}", ""]
        for page in pages:
            messages = "; ".join(code_span(s) for s in page["signatures"][:6])
            lines.append(f"- [{page['title'][lang]}]({page['markdown'][lang]}): {page['description'][lang]} "
                         f"{'报错' if lang == 'zh' else 'Messages'}: {messages}")
        lines.append("")
    return "\n".join(lines)


def write(site_dir: Path, docs_dir: Path, examples_dir: Path, site_url: str, build: dict) -> dict:
    data = errors_json(docs_dir, site_url, build)
    (site_dir / "errors.json").write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    categories = registry.categories(docs_dir.parent / "mkdocs.yml")
    for lang in LANGS:
        folder = site_dir if lang == DEFAULT_LANG else site_dir / lang
        folder.mkdir(parents=True, exist_ok=True)
        (folder / "llms.txt").write_text(llms_txt(lang, data, categories), encoding="utf-8")
        for page in data["pages"]:
            source = docs_dir / lang / f"{page['id']}.md"
            (folder / f"{page['id']}.md").write_text(
                markdown_copy(source.read_text(encoding="utf-8"), examples_dir), encoding="utf-8")
    return data


def on_post_build(config, **kwargs):
    # static-i18n runs the build once per language into the same site_dir: the files are the same each time.
    docs_dir = Path(config.docs_dir)
    build = {**build_info(docs_dir.parent), "repo_url": config.repo_url or ""}
    write(Path(config.site_dir), docs_dir, docs_dir.parent / "examples", config.site_url or "", build)
