"""Search index: put each page's front matter `signatures` and `nav_title` into its search entry.

Material indexes a page's title, text and tags, not the rest of its front matter, so a pasted
message that a page lists in `signatures` but quotes nowhere in its text finds nothing, and the
short navigation label (`nav_title`) is not searchable either. on_page_context adds both, as the fields
`signatures` and `nav_title`, to the entry of the page itself (the one whose location is the page's
URL, not a section's). Their boosts are `plugins: search: fields:` in mkdocs.yml; the search worker
indexes every field listed there, and the search results show only title and text.

Order of events: Material's search plugin adds the page's entries in on_page_context (priority 0),
so this runs after it (-50). static-i18n collects each language's entries in on_post_build and
has the search plugin write search_index.json once, for all languages; the offline plugin then
copies that file into search_index.js (on_post_build, -100, after static-i18n). Both files
therefore hold these fields (`kb offline` checks that they are equal). The build hook is
overrides/hooks/search_signatures.py.
"""

from mkdocs.plugins import event_priority

try:
    from material.plugins.search import plugin as material_search
except ImportError:  # pragma: no cover - Material is a dependency
    material_search = None


def _search_index(config):
    for name in ("material/search", "search"):
        plugin = config.plugins.get(name)
        if plugin is not None and hasattr(plugin, "search_index"):
            return plugin.search_index
    return None


def _segmented(index, text: str) -> str:
    """Chinese text cut into words as Material cuts titles and text (jieba, U+200B between words)."""
    if material_search is not None and getattr(material_search, "jieba", None) and hasattr(index, "_segment_chinese"):
        return index._segment_chinese(text)
    return text


@event_priority(-50)  # after Material's search plugin has added this page's entries
def on_page_context(context, page, config, nav):
    index = _search_index(config)
    if index is None:
        return context
    signatures = [str(s) for s in (page.meta.get("signatures") or []) if isinstance(s, (str, int, float)) and str(s)]
    nav_title = page.meta.get("nav_title")
    if not signatures and not nav_title:
        return context
    for entry in reversed(index.entries):
        if entry["location"] == page.url:
            if signatures:
                entry["signatures"] = [_segmented(index, s) for s in signatures]
            if nav_title:
                entry["nav_title"] = _segmented(index, str(nav_title))
            break
    return context


# -- one index per language ---------------------------------------------------------------------------

def split_by_language(data: dict, langs: list, default: str) -> dict:
    """{lang: index holding only that language's entries} (the entry's first path segment names
    a non-default language; everything else is the default language's)."""
    out = {lang: {**data, "docs": []} for lang in [default, *langs]}
    for doc in data.get("docs", []):
        first = doc.get("location", "").split("/")[0]
        out[first if first in langs else default]["docs"].append(doc)
    return out


def _languages(config) -> tuple:
    plugin = config.plugins.get("i18n")
    langs = getattr(plugin, "config", {}).get("languages", []) if plugin is not None else []
    others = [lang["locale"] for lang in langs if not lang.get("default")]
    default = next((lang["locale"] for lang in langs if lang.get("default")), "en")
    return others, default


@event_priority(-200)  # after static-i18n wrote search_index.json and the offline plugin its .js (-100)
def on_post_build(config):
    """search/search_index.<lang>.json for each language (kb-search.js loads only the reader's);
    in the offline build also search_index.<lang>.js (`var __index = ...`, loaded as a script from
    file://). search_index.json (both languages) stays for tools that read the whole index."""
    import json
    import os

    path = os.path.join(config.site_dir, "search", "search_index.json")
    if not os.path.isfile(path):
        return
    with open(path, encoding="utf-8") as f:
        data = json.load(f)
    others, default = _languages(config)
    offline = config.plugins.get("material/offline") or config.plugins.get("offline")
    offline = bool(offline is not None and offline.config.enabled)
    for lang, index in split_by_language(data, others, default).items():
        text = json.dumps(index, ensure_ascii=False, separators=(",", ":"))
        base = os.path.join(config.site_dir, "search", f"search_index.{lang}")
        with open(base + ".json", "w", encoding="utf-8") as f:
            f.write(text)
        if offline:
            with open(base + ".js", "w", encoding="utf-8") as f:
                f.write(f"var __index = {text}")
