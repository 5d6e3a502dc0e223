"""Build hook: write robots.txt at the site root, pointing crawlers at the absolute sitemap URL.

Written from site_url at build time (a file in docs/ would hard-code the host). Crawlers read
robots.txt only at a host's root: it takes effect when the site is served from a domain's root.
"""

from pathlib import Path


def robots_txt(site_url: str | None) -> str:
    text = "User-agent: *\nAllow: /\n"
    if site_url:  # the Sitemap line must be an absolute URL, so it needs site_url
        text += f"\nSitemap: {site_url.rstrip('/')}/sitemap.xml\n"
    return text


def on_post_build(config, **kwargs):
    # static-i18n runs the build once per language into the same site_dir: the file is the same each time.
    Path(config.site_dir, "robots.txt").write_text(robots_txt(config.site_url), encoding="utf-8")
