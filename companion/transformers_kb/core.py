"""Read an error out of any text and find its page: the same extraction and signature match as the
site's search (extract.py is kb/search/extract.py, copied in when the package is built), plus the
release index's answer (releases.py is kb/releases/lookup.py) and the installed versions.
"""

from __future__ import annotations

import json
import os
import re
from urllib.parse import quote

from . import extract

HERE = os.path.dirname(os.path.abspath(__file__))
# Where the data lives: inside the package (pip), or the site folder around it (the offline bundle).
_config = {"data": os.path.join(HERE, "data"), "site_dir": None}

# Packages whose installed versions are shown, and the names an error line uses for them.
PACKAGES = ("transformers", "torch", "huggingface_hub", "tokenizers", "accelerate", "peft", "trl",
            "sentence-transformers", "safetensors", "bitsandbytes", "datasets", "optimum")
ALWAYS = ("transformers", "torch", "huggingface_hub")
FORUM = "https://discuss.huggingface.co/search?q="
ISSUES = "https://github.com/huggingface/transformers/issues?q="
QUERY_CHARS = 300


def configure(data_dir: str | None = None, site_dir: str | None = None) -> None:
    """Point the tool at its data: a folder with errors.json (and releases/), or a built site."""
    if data_dir:
        _config["data"] = data_dir
    if site_dir:
        _config["site_dir"] = site_dir
    _cache.clear()


_cache: dict = {}


def errors() -> dict:
    if "errors" not in _cache:
        folder = _config["site_dir"] or _config["data"]
        with open(os.path.join(folder, "errors.json"), encoding="utf-8") as f:
            _cache["errors"] = json.load(f)
    return _cache["errors"]


def _build() -> dict:
    try:
        return errors()["build"]
    except OSError:
        return {}


class _Build(dict):
    """The site build the data came from (commit, date, site address), read when first asked."""

    def __getitem__(self, key):
        return _build()[key]

    def __repr__(self):
        return repr(_build())


BUILD = _Build()


def releases_answer(lines, lang):
    """The release index's answer for the error lines, or None (no index, or nothing it knows)."""
    try:
        from . import releases
    except ImportError:
        return None
    folder = os.path.join(_config["site_dir"], "assets", "releases") if _config["site_dir"] else \
        os.path.join(_config["data"], "releases")
    if not os.path.isdir(folder):
        return None
    try:
        return releases.answer(lines, lang=lang, data=releases.Data(folder))
    except Exception:  # noqa: BLE001 - a damaged shard must not hide the page's answer
        return None


def installed(names) -> dict:
    """name -> installed version (importlib.metadata: nothing is imported), for the names given."""
    from importlib import metadata

    versions = {}
    for name in names:
        try:
            versions[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            versions[name] = None
    return versions


def packages_named(text: str, extra=()) -> list:
    """The packages a paste talks about (module paths, import errors), the usual three first."""
    lowered = text.lower()
    named = [p for p in PACKAGES if p not in ALWAYS and
             re.search(r"\b" + re.escape(p.replace("-", "_")) + r"\b", lowered.replace("-", "_"))]
    return list(ALWAYS) + [p for p in list(extra) + named if p not in ALWAYS and p in PACKAGES]


def explain(text: str, lang: str = "en") -> dict:
    """Everything the tool prints, as data (the --json schema; see CONTRIBUTING.md)."""
    data = errors()
    lines = extract.extract(text)
    by_page = {page["id"]: page["signatures"] for page in data["pages"]}
    matches = extract.match_signatures(lines, by_page) if lines else []
    pages = {page["id"]: page for page in data["pages"]}
    query = extract.query_of(text)[:QUERY_CHARS] if text.strip() else ""
    site = data["build"]["site_url"].rstrip("/") + "/"
    home = site + ("zh/" if lang == "zh" else "")
    result = {
        "schema": 1,
        "build": data["build"],
        "lang": lang,
        "error": lines[0] if lines else None,
        "lines": lines,
        "page": None,
        "matched": None,
        "others": [],
        "release": None,
        "installed": {},
        "search": home + "?q=" + quote(query) if query else home,
        "search_offline": None,
        "no_match": None,
    }
    if _config["site_dir"]:
        index = os.path.join(_config["site_dir"], *(["zh"] if lang == "zh" else []), "index.html")
        result["search_offline"] = ("file://" + quote(os.path.abspath(index).replace(os.sep, "/")) +
                                    ("?q=" + quote(query) if query else ""))
    if matches:
        page_id, signature = matches[0]
        result["page"] = page_card(pages[page_id], lang)
        result["matched"] = signature
        seen = {page_id}
        for other_id, _ in matches[1:]:
            if other_id not in seen:
                seen.add(other_id)
                result["others"].append(page_card(pages[other_id], lang))
    answer = releases_answer(lines, lang) if lines else None
    if answer:
        result["release"] = answer
        if result["page"] is None and answer.get("page") in pages:
            result["page"] = page_card(pages[answer["page"]], lang)
    if result["page"] is None and query:
        ask = data["build"].get("repo_url", "").rstrip("/")
        result["no_match"] = {
            "forum": FORUM + quote(query[:200]),
            "issues": ISSUES + quote("is:issue " + query[:200]),
            "ask": (ask + "/issues/new?title=" + quote("Page request: " + query[:80]) +
                    "&body=" + quote("```text\n" + query + "\n```\n")) if ask else None,
        }
    extra = [answer["package"]] if answer and answer.get("package") else []
    result["installed"] = installed(packages_named(text, extra))
    return result


def page_card(page: dict, lang: str) -> dict:
    other = "en" if lang == "zh" else "zh"
    card = {
        "id": page["id"],
        "title": page["title"][lang],
        "quick_fix": page["quick_fix"][lang],
        "url": page["url"][lang],
        "url_other_language": page["url"][other],
        "file": None,
    }
    if _config["site_dir"]:
        path = os.path.join(_config["site_dir"], *page["offline"][lang].split("/"))
        card["file"] = "file://" + quote(os.path.abspath(path).replace(os.sep, "/"))
    return card
