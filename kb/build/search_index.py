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
