"""Build hook: render each link of the navigation once per build, not once per page.

Every page carries the navigation, and Material renders each of its entries with a Jinja macro call
(partials/nav-item.html): about 80 entries a page at 1000 pages a language, a quarter of the build.
A plain link (an entry that is a page, not the page being built) comes out the same on every page
from which its relative URL is the same. So the loops that call the macro ask this cache first, keyed
by the entry and that URL, and only render, and keep, what it does not hold yet.

The change is made on the templates Material ships (not on copies in overrides/), and the build stops
if they no longer have the expected lines. tests/test_speed_hooks.py builds a site with categories,
nested and pruned sections with and without this hook and compares every file.

Why it is kept: the 1000-pages-per-language budget (<= 40 s). Measured with the navigation of the time
(all sections open): 39.6 s without it, 32.8 s with it (best of 3, 2026-11-22). On the real site (39
pages a language, categories folded) it saves nothing measurable (best of 5: 4.45 s without, 4.40 s
with, 2026-11-23). A re-measurement at 1000 pages with the folded categories, on a machine shared with
other work, was too noisy to decide (80-135 s with, 57-155 s without): remove it if a quiet
measurement shows the budget holds without it.
"""

import jinja2
from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority
from mkdocs.utils import normalize_url

# (template, the macro call in its loop over entries, the same call through the cache)
CALLS = [
    ("partials/nav.html",
     "{{ item.render(nav_item, path, 1) }}",
     "{{ kb_nav_links.get(nav_item, page) or kb_nav_links.keep(nav_item, page, item.render(nav_item, path, 1)) }}"),
    ("partials/nav-item.html",
     '{{ render(item, path ~ "_" ~ loop.index, level + 1, nav_item) }}',
     '{{ kb_nav_links.get(item, page) or kb_nav_links.keep(item, page, '
     'render(item, path ~ "_" ~ loop.index, level + 1, nav_item)) }}'),
]


class NavLinks:
    """Rendered plain links by (entry, URL relative to the page). Each entry is kept alive with its
    HTML, so that its id cannot pass to another object during the build."""

    def __init__(self):
        self.html = {}

    @staticmethod
    def key(item, page):
        # Only a plain link renders the same from page to page: not a section, not the page itself
        # (nor one of its parents: `active`), and only on a real page (404.html links from the site root).
        if page is None or item.is_section or getattr(item, "active", False) or item == page:
            return None
        return id(item), normalize_url(str(item.url), page=page)

    def get(self, item, page):
        key = self.key(item, page)
        found = self.html.get(key) if key else None
        return found[1] if found else None

    def keep(self, item, page, html):
        key = self.key(item, page)
        if key:
            self.html[key] = (item, html)
        return html


class PatchedLoader(jinja2.BaseLoader):
    """The theme's loader, with the navigation loops going through the cache."""

    def __init__(self, loader):
        self.loader = loader

    def get_source(self, environment, template):
        source, filename, uptodate = self.loader.get_source(environment, template)
        for name, call, cached in CALLS:
            if template == name:
                if source.count(call) != 1:
                    raise PluginError(f"{filename or template} no longer holds `{call}` once, as "
                                      f"overrides/hooks/nav_render_cache.py expects; update the hook")
                source = source.replace(call, cached)
        return source, filename, uptodate

    def list_templates(self):
        return self.loader.list_templates()


@event_priority(90)  # before plugins that render templates in their own on_env
def on_env(env, config, files, **kwargs):
    # static-i18n gives every language a fresh environment, and so a fresh cache: its entries are new.
    env.loader = PatchedLoader(env.loader)
    env.globals["kb_nav_links"] = NavLinks()
    return env
