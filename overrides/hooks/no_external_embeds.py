"""Build hook: no page may embed anything from another host that loads without a click.

The privacy plugin (assets_fetch: false) already fails the strict build on external <img src>,
<script src> and style sheets. It does not look at iframes (a YouTube player), video, audio,
source, track, embed, object, image srcset or inline style url(...). Those load on page view too,
so they are refused here, naming the page's source file and line. Plain links are fine: they load
nothing until the reader clicks.
"""

import os
import re
from pathlib import Path

from mkdocs.exceptions import PluginError

EXTERNAL = r"""["']?\s*(?:https?:)?//[^\s"'>)]+"""
PATTERNS = [
    re.compile(r"<(iframe|video|audio|source|track|embed|object|img)\b[^>]*?\b(?:src|data|poster)\s*=\s*(" + EXTERNAL + ")", re.I),
    re.compile(r"<(\w+)\b[^>]*?\bsrcset\s*=\s*[\"'][^\"']*?((?:https?:)?//[^\s\"',]+)", re.I),
    re.compile(r"<(\w+)\b[^>]*?\bstyle\s*=\s*[\"'][^\"']*?url\(\s*[\"']?((?:https?:)?//[^\s\"')]+)", re.I),
]


def find_embeds(html: str) -> list[tuple[str, str]]:
    """(tag, url) for every external resource the HTML would load on view (img src left to privacy)."""
    found = []
    for pattern in PATTERNS:
        for tag, url in pattern.findall(html):
            url = url.strip("\"' ")
            if not (pattern is PATTERNS[0] and tag.lower() == "img"):
                found.append((tag.lower(), url))
    return found


def source_line(path: str | None, url: str) -> int | None:
    if not path or not Path(path).is_file():
        return None
    for number, line in enumerate(Path(path).read_text(encoding="utf-8").splitlines(), 1):
        if url in line:
            return number
    return None


def on_page_content(html, page, config, files):
    problems = []
    for tag, url in find_embeds(html):
        line = source_line(page.file.abs_src_path, url)
        path = os.path.relpath(page.file.abs_src_path) if page.file.abs_src_path else page.file.src_uri
        where = path + (f":{line}" if line else "")
        problems.append(f"{where}: <{tag}> loads {url} from another host on page view; use a plain link instead")
    if problems:
        raise PluginError("External embeds:\n  " + "\n  ".join(problems))
    return html
