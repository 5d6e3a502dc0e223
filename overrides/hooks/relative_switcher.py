"""Build hook: make the language switcher's links relative.

static-i18n links the two home pages with absolute paths taken from site_url
("/transformers-troubleshooting/zh/"), which break when the site is served from another path
(127.0.0.1:PORT/, a mirror) or opened from disk. Stripping that prefix leaves a link relative to
the site root, which the theme's `url` filter turns into one relative to the page.
"""

from urllib.parse import urlsplit

from mkdocs.plugins import event_priority


@event_priority(-100)  # after static-i18n (priority 50) has set this page's alternates
def on_page_context(context, page, config, nav):
    # static-i18n sets the per-page list as an attribute (what the template reads), not as an item.
    alternates = getattr(config.extra, "alternate", None) or config.extra.get("alternate") or []
    prefix = urlsplit(config.site_url or "").path.rstrip("/") + "/"
    config.extra.alternate = [
        dict(alt, link=alt["link"][len(prefix):] or "./") if alt.get("link", "").startswith(prefix) else alt
        for alt in alternates
    ]
    return context
