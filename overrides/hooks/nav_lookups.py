"""Build hook: give every navigation entry the attributes Material's navigation template asks for.

On every page, Material's partials/nav-item.html reads, for each entry of the navigation, attributes
that most entries lack: `typeset`, `encrypted` and `pages` on a page, `meta` on a section. Jinja
answers each miss with two caught exceptions and an Undefined value; at about 80 entries a page,
that is a few percent of a large build. None is falsy like Undefined, and the template only tests
these for truth, so the HTML is the same (tests/test_speed_hooks.py compares whole sites).
"""

ATTRIBUTES = ("meta", "pages", "typeset", "encrypted")


def _fill(items):
    for item in items:
        for name in ATTRIBUTES:
            if not hasattr(item, name):
                setattr(item, name, None)
        if item.children:
            _fill(item.children)


def on_nav(nav, config, files, **kwargs):
    _fill(nav.items)
    return nav
