"""Build hook: keep the language alternates (hreflang) in sitemap.xml only, not in each page's <head>.

static-i18n points Material's <head> alternates at the same page in each language, as relative URLs.
Material's bundle then requests `<alternate>/sitemap.xml` for every one of them on page load: two 404s
(console errors) on every page, whatever the URLs look like. The same alternates, as absolute URLs, are
in the sitemap that static-i18n writes (one <url> per page and language, with xhtml:link alternates),
which search engines accept in place of <head> links. The language switcher is not affected.
"""

import re

# Material 9.8 writes them exactly like this (base.html, block site_meta).
HEAD_ALTERNATE = re.compile(r'\s*<link rel="alternate" href="[^"]*" hreflang="[^"]*">')


def on_post_page(output, page, config, **kwargs):
    head, sep, body = output.partition("</head>")
    return HEAD_ALTERNATE.sub("", head) + sep + body
