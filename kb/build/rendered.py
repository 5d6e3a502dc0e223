"""Build hook: check what each page rendered into, for the faults that the source looks fine for.

Markdown forgives silently: an unclosed <div> or <!-- turns the rest of the page into raw text (the
source still has its headings, so the source checks pass); an inline <script>, a <meta refresh> or a
<style> that imports from another host run in the reader's browser. This pass reads the HTML of each
page's content (before the theme wraps it) and stops the build naming the source file and line.
"""

from __future__ import annotations

import html as htmllib
import os
import re
from pathlib import Path

from mkdocs.exceptions import PluginError

from kb.build.embeds import CSS_URL, source_line
from kb.pages.checks import NON_ERROR_PAGES, SECTION_IDS

PARAGRAPH_RE = re.compile(r"<p\b[^>]*>(.*?)</p>", re.S | re.I)
CODE_RE = re.compile(r"<code\b[^>]*>.*?</code>", re.S | re.I)
# What a paragraph shows when Markdown did not apply: a heading, an attribute list, an HTML comment.
RAW_MARKDOWN_RE = re.compile(r"(?:^|\n)\s*#{2,6} |\{:?\s*#[\w-]+\s*\}|<!--")
SCRIPT_RE = re.compile(r"<script\b", re.I)
REFRESH_RE = re.compile(r"<meta\b[^>]*http-equiv\s*=\s*[\"']?refresh", re.I)
STYLE_RE = re.compile(r"<style\b[^>]*>(.*?)</style>", re.S | re.I)


def is_error_page(src_path: str) -> bool:
    parts = Path(src_path).with_suffix("").parts
    return len(parts) == 2 and parts[1] not in NON_ERROR_PAGES


def problems_in(html: str, error_page: bool) -> list[tuple[str, str]]:
    """(what is wrong, a piece of source text to find its line by) for one page's content HTML."""
    found = []
    if error_page:
        for section in SECTION_IDS:
            if not re.search(rf"<h2\b[^>]*\bid=\"{section}\"", html):
                found.append((f"section #{section} did not render as a heading: an HTML block above it is not "
                              f"closed (a <div> without </div>, or a <!-- without -->)", f"{{#{section}}}"))
    for paragraph in PARAGRAPH_RE.findall(html):
        text = htmllib.unescape(re.sub(r"<[^>]+>", "", CODE_RE.sub("", paragraph)))
        raw = RAW_MARKDOWN_RE.search(text)
        if raw:
            found.append((f"raw Markdown shows as text ({raw.group(0).strip()!r}): an HTML block or comment above "
                          "it is not closed", raw.group(0).strip()))
    if SCRIPT_RE.search(html):
        found.append(("<script> in a page: pages carry no code that runs (put behaviour in overrides/assets)", "<script"))
    if REFRESH_RE.search(html):
        found.append(("<meta http-equiv=refresh> in a page sends the reader elsewhere; use a link", "http-equiv"))
    for style in STYLE_RE.findall(html):
        for url in CSS_URL.findall(style):
            found.append((f"<style> loads {url} from another host on page view", url))
    return found


def on_page_content(html, page, config, files):
    found = problems_in(html, is_error_page(page.file.src_path))
    if found:
        path = os.path.relpath(page.file.abs_src_path) if page.file.abs_src_path else page.file.src_uri
        lines = [f"{path}:{source_line(page.file.abs_src_path, needle) or 1}: {what}" for what, needle in found]
        raise PluginError("Page did not render as written:\n  " + "\n  ".join(lines))
    return html
