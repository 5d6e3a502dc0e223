"""Build hook: a translated page whose English page changed since it was translated shows a notice.

The notice ("the English version is newer", with a link to it) goes right under the page title.
The build only logs it at INFO level, so `mkdocs serve` (strict) can still preview the notice; the
check that fails is tests/test_translation_freshness.py (and `kb translations`), which
lists the stale pages, so an English change lands together with its translation.
"""

import logging
import os
import re
from pathlib import Path

from mkdocs.utils import get_relative_url

from kb.pages import translation

log = logging.getLogger("mkdocs.hooks.translation_notice")

# Notice text per translated language: (title, sentence, link text).
NOTICE = {
    "zh": ("译文可能已过时", "英文原文在本页翻译之后又有改动，这里的内容可能还没跟上。", "查看英文版"),
}
H1_END_RE = re.compile(r"</h1>", re.IGNORECASE)


def on_page_content(html, page, config, files):
    docs_dir = Path(os.path.relpath(config.docs_dir))
    src = docs_dir / page.file.src_path
    lang = Path(page.file.src_path).parts[0]
    if lang not in translation.TRANSLATED_LANGS:
        return html
    status = translation.status_of(docs_dir, src)
    if status is None or not status.stale:
        return html
    log.info("%s (notice shown; after updating it: .venv/bin/kb translations --update %s)", status.message(), src)
    # static-i18n records each page's other-language versions on the file.
    source_file = getattr(page.file, "alternates", {}).get(translation.SOURCE_LANG)
    href = get_relative_url(source_file.url, page.url) if source_file else None
    title, sentence, link_text = NOTICE.get(lang, ("The English version is newer", "", "English version"))
    link = f' <a href="{href}" hreflang="{translation.SOURCE_LANG}">{link_text}</a>' if href else ""
    notice = (
        f'<div class="admonition warning kb-stale-translation" data-kb-source-hash="{status.current}">'
        f'<p class="admonition-title">{title}</p><p>{sentence}{link}</p></div>'
    )
    # Right after the title, so the reader sees it before the (possibly outdated) text.
    if H1_END_RE.search(html):
        return H1_END_RE.sub(lambda m: m.group(0) + notice, html, count=1)
    return notice + html
