"""Build hook: the navigation and the home pages' tables of errors come from the page registry.

kb.pages.registry reads each page's front matter (nav_title, category, signatures); categories and their
labels are `extra.categories` in mkdocs.yml. Adding a page is its two Markdown files: no nav entry,
no translation of its label here, no table row.
"""

import os
from pathlib import Path

from mkdocs.plugins import event_priority

from kb.pages import registry


def _docs(config) -> Path:
    return Path(os.path.relpath(config.docs_dir))


def on_config(config):
    config.nav = registry.nav(_docs(config), registry.categories_from(config.extra))
    return config


@event_priority(-110)  # after static-i18n's on_nav (-100), which maps each entry to this language's file
def on_nav(nav, config, files):
    entries = registry.load(_docs(config))
    cats = registry.categories_from(config.extra)

    def label(item):
        if item.is_page:
            lang, stem = Path(item.file.src_uri).parts[0], Path(item.file.src_uri).stem
            entry = entries.get(lang, {}).get(stem)
            if entry:
                item.title = entry.nav_title
        elif item.is_section:
            cat = next((c for c in cats if c.labels["en"] == item.title), None)
            lang = _section_lang(item)
            if cat and lang:
                item.title = cat.labels[lang]
            for child in item.children:
                label(child)

    for item in nav:
        label(item)
    return nav


def _section_lang(section):
    for child in section.children:
        if child.is_page:
            return Path(child.file.src_uri).parts[0]
    return None


def on_page_markdown(markdown, page, config, files):
    if registry.ERROR_TABLE_MARKER not in markdown:
        return markdown
    lang = Path(page.file.src_uri).parts[0]
    table = registry.error_table(lang, _docs(config), registry.categories_from(config.extra))
    return markdown.replace(registry.ERROR_TABLE_MARKER, table)
