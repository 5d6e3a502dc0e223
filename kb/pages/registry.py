"""The page registry: every page is declared once, by the front matter of its two Markdown files.

The navigation (grouped by category, labels in both languages), both home pages' tables of errors,
the page checks' list of error pages and the tests' list of pages all come from here. Categories
(their order and their labels in each language) are configuration: `extra.categories` in mkdocs.yml.
An error page is a top-level page whose front matter names a `category`.
"""

from __future__ import annotations

import html
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import yaml

from kb.pages import checks as pages

ROOT = Path(__file__).resolve().parents[2]
LANGS = pages.LANGS
# Pages outside the categories, first and last in the navigation.
HOME, TAGS = "index", "tags"
# The page that asks the release index directly (kb/releases), right after the home page.
WHICH_RELEASE = "which-release"
# Where a home page asks for the generated table of errors.
ERROR_TABLE_MARKER = "<!-- kb:error-table -->"


@dataclass(frozen=True)
class Category:
    id: str
    labels: dict  # lang -> label


@dataclass(frozen=True)
class Entry:
    id: str
    lang: str
    title: str
    nav_title: str
    category: str | None
    description: str
    signatures: tuple
    path: Path


class _ConfigLoader(yaml.SafeLoader):
    """Reads mkdocs.yml without MkDocs: `!ENV [NAME, default]` gives the default."""


def _env(loader, node):
    value = loader.construct_sequence(node) if isinstance(node, yaml.SequenceNode) else [loader.construct_scalar(node)]
    return value[-1] if len(value) > 1 else None


_ConfigLoader.add_constructor("!ENV", _env)


def read_config(path: Path = ROOT / "mkdocs.yml") -> dict:
    return yaml.load(path.read_text(encoding="utf-8"), Loader=_ConfigLoader)


def categories_from(extra: dict, where: str = "mkdocs.yml") -> list[Category]:
    found = []
    for item in (extra or {}).get("categories") or []:
        labels = {lang: item.get(lang) for lang in LANGS}
        if not item.get("id") or not all(labels.values()):
            raise ValueError(f"{where}: extra.categories: each entry needs id, {', '.join(LANGS)}: {item!r}")
        found.append(Category(item["id"], labels))
    if not found:
        raise ValueError(f"{where}: extra.categories is empty: the navigation is grouped by category")
    return found


@lru_cache(maxsize=4)
def _categories_cached(config_path: Path, mtime: float) -> tuple:
    return tuple(categories_from(read_config(config_path).get("extra", {}), str(config_path)))


def categories(config_path: Path = ROOT / "mkdocs.yml") -> list[Category]:
    return list(_categories_cached(config_path, config_path.stat().st_mtime))


def load(docs_dir: Path = ROOT / "docs") -> dict[str, dict[str, Entry]]:
    """lang -> page id -> Entry, for every top-level page of docs/<lang>/ (front matter only)."""
    entries: dict[str, dict[str, Entry]] = {}
    for lang in LANGS:
        entries[lang] = {}
        for path in sorted((docs_dir / lang).glob("*.md")):
            meta = front_matter(path)
            title = str(meta.get("title") or path.stem)
            entries[lang][path.stem] = Entry(
                id=path.stem,
                lang=lang,
                title=title,
                nav_title=str(meta.get("nav_title") or title),
                category=meta.get("category"),
                description=str(meta.get("description") or ""),
                signatures=tuple(meta.get("signatures") or ()),
                path=path,
            )
    return entries


def front_matter(path: Path) -> dict:
    """The page's front matter; broken pages give {} here (the page checks report them with a line)."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return {}
    meta, _, problems = pages.split_front_matter(path, text)
    return {} if problems else meta


def error_page_ids(docs_dir: Path = ROOT / "docs") -> tuple[str, ...]:
    """Ids of the error pages (English side), in navigation order."""
    return tuple(entry.id for _, group in grouped(load(docs_dir)["en"], categories()) for entry in group)


def grouped(lang_entries: dict[str, Entry], cats: list[Category]) -> list[tuple[Category, list[Entry]]]:
    """Categories in configured order, each with its pages sorted by their English-side id order."""
    out = []
    for cat in cats:
        members = [e for e in lang_entries.values() if e.category == cat.id]
        out.append((cat, sorted(members, key=lambda e: e.nav_title.casefold())))
    return [(cat, members) for cat, members in out if members]


def nav(docs_dir: Path, cats: list[Category]) -> list:
    """MkDocs `nav` (English labels; the Chinese labels are applied per page by the registry hook)."""
    en = load(docs_dir)["en"]
    items: list = []
    if HOME in en:
        items.append({en[HOME].nav_title: f"{HOME}.md"})
    if WHICH_RELEASE in en:
        items.append({en[WHICH_RELEASE].nav_title: f"{WHICH_RELEASE}.md"})
    for cat, members in grouped(en, cats):
        items.append({cat.labels["en"]: [{e.nav_title: f"{e.id}.md"} for e in members]})
    items += folder_sections(docs_dir / "en")
    if TAGS in en:
        items.append({en[TAGS].nav_title: f"{TAGS}.md"})
    return items


def folder_sections(lang_dir: Path, folder: Path | None = None) -> list:
    """Pages in sub-folders (none on the real site; the benchmark's generated ones): a section per folder."""
    items = []
    for sub in sorted(p for p in (folder or lang_dir).iterdir() if p.is_dir()):
        children = [{front_matter(f).get("nav_title") or f.stem: f.relative_to(lang_dir).as_posix()}
                    for f in sorted(sub.glob("*.md"))] + folder_sections(lang_dir, sub)
        if children:
            items.append({sub.name: children})
    return items


def error_table(lang: str, docs_dir: Path, cats: list[Category]) -> str:
    """Markdown for a home page: one table per category, each page with its signature message."""
    entries = load(docs_dir)
    heading = {"en": ("Page", "What you see"), "zh": ("页面", "你看到的报错")}[lang]
    blocks = []
    for cat, members in grouped(entries["en"], cats):
        rows = []
        for en_entry in members:
            entry = entries[lang].get(en_entry.id, en_entry)
            message = entry.signatures[0] if entry.signatures else entry.description
            # HTML <code>, not a Markdown code span: a pipe or backtick in a message cannot break the table.
            code = "<code>" + html.escape(message).replace("|", "&#124;") + "</code>"
            rows.append(f"| [{entry.nav_title}]({entry.id}.md) | {code} |")
        blocks.append(
            f"### {cat.labels[lang]} {{#{cat.id}}}\n\n"
            f"| {heading[0]} | {heading[1]} |\n|---|---|\n" + "\n".join(rows)
        )
    # One wrapper for the styles of this table (overrides/assets/extra.css, .kb-error-index).
    return '<div class="kb-error-index" markdown>\n\n' + "\n\n".join(blocks) + "\n\n</div>"
