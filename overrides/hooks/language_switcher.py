"""Build hook: the language switcher always links to the same page in the other language.

static-i18n gives home pages absolute links built from site_url (/<path>/zh/), which break on
file:// (the offline bundle) and on any host where the site is not under that path. Every page,
home included, gets the URL of its twin instead; the theme makes it relative to the page.
"""

import copy


def on_page_context(context, page, config, nav, **kwargs):
    alternates = getattr(page.file, "alternates", None) or {}
    # static-i18n sets config.extra.alternate as an attribute, which Jinja reads before the key.
    links = copy.deepcopy(getattr(config.extra, "alternate", None) or config.extra.get("alternate") or [])
    for alternate in links:
        twin = alternates.get(alternate.get("lang"))
        if twin is not None:
            alternate["link"] = twin.url or "./"
    config.extra.alternate = links
    config.extra["alternate"] = links
    return context
