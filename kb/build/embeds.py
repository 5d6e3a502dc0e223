"""Build hook: nothing the site shows may load from another host without a click.

The site must work on a firewalled machine and from the offline zip, and load nothing from other
hosts. This hook refuses, and so stops the build:

- in a page's own content: any element that loads on view from another host (image, script, style
  sheet, iframe such as a YouTube player, video, audio, source, track, embed, object, srcset, an
  SVG image, an inline style url(...)), naming the page's source file and line;
- in the finished page (theme templates, overrides/, extra_css and extra_javascript in mkdocs.yml):
  the same, and <link> hints (preconnect, dns-prefetch, preload) that open a connection;
- in the site's CSS files: url(...) and @import of another host.

Plain links are fine: they load nothing until the reader clicks. So are canonical and hreflang
alternate links, which browsers do not fetch. (Material's privacy plugin, which we used before,
covers only images, scripts and style sheets, and parsed every page's HTML: 4% of a large build.)
The browser tests (tests/test_no_network.py, tests/test_offline.py) check the same thing at view time.
"""

import os
import re
from pathlib import Path

from mkdocs.exceptions import PluginError

EXTERNAL = r"""["']?\s*(?:https?:)?//[^\s"'>)]+"""
LOADING_TAGS = r"script|img|iframe|frame|video|audio|source|track|embed|object|input"
# (pattern, words one of which the tag must hold for the pattern to match)
PATTERNS = [
    (re.compile(rf"<({LOADING_TAGS})\b[^>]*?\b(?:src|data|poster)\s*=\s*({EXTERNAL})", re.I), ("src", "data", "poster")),
    (re.compile(r"<(image|use|feImage)\b[^>]*?\b(?:xlink:)?href\s*=\s*(" + EXTERNAL + ")", re.I), ("href",)),
    (re.compile(r"<(\w+)\b[^>]*?\bsrcset\s*=\s*[\"'][^\"']*?((?:https?:)?//[^\s\"',]+)", re.I), ("srcset",)),
    (re.compile(r"<(\w+)\b[^>]*?\bstyle\s*=\s*[\"'][^\"']*?url\(\s*[\"']?((?:https?:)?//[^\s\"')]+)", re.I), ("url(",)),
]
LINK = re.compile(r"<link\b[^>]*>", re.I)
LINK_HREF = re.compile(r"\bhref\s*=\s*(" + EXTERNAL + ")", re.I)
LINK_REL = re.compile(r"""\brel\s*=\s*["']?([^"'>]+)""", re.I)
NOT_FETCHED_RELS = {"canonical", "alternate"}  # browsers do not fetch these; search engines read them
CSS_URL = re.compile(r"""(?:url\(|@import\s+)\s*["']?((?:https?:)?//[^\s"')]+)""", re.I)


def tags_with_urls(html: str) -> list[str]:
    """Every tag (`<...>`) that holds a `//`: only these can name another host.

    Scanning for `//` and looking at the tag around it is about 20 times faster than running the
    patterns over a whole page, where `<(\\w+)[^>]*?` tries every tag (3 ms a page, 16% of a 1000-page build).
    """
    tags, pos = [], html.find("//")
    while pos != -1:
        start, end = html.rfind("<", 0, pos), html.find(">", pos)
        if start != -1 and end != -1 and html.find(">", start, pos) == -1:  # the `//` sits inside a tag
            tags.append(html[start:end + 1])
            pos = end
        pos = html.find("//", pos + 1)
    return tags


def find_embeds(html: str) -> list[tuple[str, str]]:
    """(tag, url) for every resource on another host that the HTML loads or connects to on view."""
    found = []
    for tag_html in tags_with_urls(html):
        lower = tag_html.lower()
        # Each pattern needs its attribute in the tag; most tags here are <a href> and <svg xmlns>.
        patterns = [pattern for pattern, needs in PATTERNS if any(word in lower for word in needs)]
        for pattern in patterns:
            found += [(tag.lower(), url.strip("\"' ")) for tag, url in pattern.findall(tag_html)]
        if LINK.match(tag_html):
            href, rel = LINK_HREF.search(tag_html), LINK_REL.search(tag_html)
            rels = set(rel.group(1).lower().split()) if rel else set()
            if href and not (rels and rels <= NOT_FETCHED_RELS):
                found.append(("link", href.group(1).strip("\"' ")))
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


def on_post_page(output, page, config):
    # The content passed on_page_content, so what is found now comes from the theme or mkdocs.yml.
    problems = [f"{page.file.src_uri}: <{tag}> loads {url} from another host; it comes from a template in "
                f"overrides/ or extra_css / extra_javascript in mkdocs.yml" for tag, url in find_embeds(output)]
    if problems:
        raise PluginError("External embeds:\n  " + "\n  ".join(problems))
    return output


def on_post_build(config):
    problems = []
    for css in sorted(Path(config.site_dir).rglob("*.css")):
        text = css.read_text(encoding="utf-8", errors="replace")
        for match in CSS_URL.finditer(text):
            line = text.count("\n", 0, match.start()) + 1
            problems.append(f"{css.relative_to(config.site_dir)}:{line}: loads {match.group(1)} from another host")
    if problems:
        raise PluginError("External files in style sheets:\n  " + "\n  ".join(problems))
