"""Build hook: a link to the other language's page, written [text](../zh/x.md#a) in an English page
(or ../en/ in a Chinese one), becomes a link to that page's address.

static-i18n builds one language at a time, so MkDocs cannot see the other language's files and would
report such a link as "not found" although the file exists. The page checks (kb/pages/checks.py,
check_cross_language_links) make sure the file and the anchor exist; this hook writes the address,
relative to the page, for pretty URLs (the hosted site) and .html files (the offline bundle) alike.
"""

from __future__ import annotations

import re
from pathlib import PurePosixPath

from mkdocs.utils import get_relative_url

from kb.pages.checks import CROSS_LANG_LINK_RE

DEFAULT_LANG = "en"  # served at the site root


def target_url(lang: str, path: str, use_directory_urls: bool) -> str:
    prefix = "" if lang == DEFAULT_LANG else f"{lang}/"
    stem = str(PurePosixPath(path).with_suffix(""))
    if stem == "index" or stem.endswith("/index"):
        stem = stem[: -len("index")]
        return prefix + stem + ("" if use_directory_urls else "index.html")
    return prefix + stem + ("/" if use_directory_urls else ".html")


# The whole link: [text](../zh/x.md#a). The text stays Markdown between the two raw HTML tags.
LINK_RE = re.compile(r"\[(?P<text>[^\]\n]+)" + CROSS_LANG_LINK_RE.pattern)


def rewrite(markdown: str, page_url: str, use_directory_urls: bool) -> str:
    # Raw HTML, not a Markdown link: MkDocs would look for the address among this language's files.
    def link(match):
        target = target_url(match["lang"], match["path"], use_directory_urls)
        url = get_relative_url(target, page_url)
        url += "/" if (not target or target.endswith("/")) and not url.endswith("/") else ""
        anchor = f"#{match['anchor']}" if match["anchor"] else ""
        return f'<a href="{url}{anchor}" hreflang="{match["lang"]}">{match["text"]}</a>'

    return LINK_RE.sub(link, markdown)


def on_page_markdown(markdown, page, config, files):
    if "](../" not in markdown:
        return markdown
    return rewrite(markdown, page.url, config.use_directory_urls)
