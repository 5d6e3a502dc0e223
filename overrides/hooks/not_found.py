"""Build hook: one 404 page per language (/404.html in English, /zh/404.html in Chinese).

mkdocs-static-i18n builds each language in turn and every build writes the theme's 404.html to the
site root, so the last language built wins, and its language switcher points at whatever page was
rendered last. Here the default language keeps /404.html, every other language's 404 is written to
/<lang>/404.html, and the switcher on a 404 page points at each language's home page.
"""

import copy
from pathlib import Path

_default_404: dict[str, str] = {}  # site_dir -> the default language's 404.html


def _i18n(config):
    return config.plugins.get("i18n")


def on_template_context(context, template_name, config):
    i18n = _i18n(config)
    if template_name == "404.html" and i18n is not None and getattr(i18n, "extra_alternate", None):
        # The plugin's own switcher entries (each language's home), not the last page's alternates.
        # static-i18n sets it both as an item and as an attribute (which Jinja reads first): reset both.
        config.extra["alternate"] = copy.deepcopy(i18n.extra_alternate)
        config.extra.alternate = config.extra["alternate"]
    return context


def on_post_template(output, template_name, config):
    i18n = _i18n(config)
    if template_name != "404.html" or i18n is None:
        return output
    lang, default = i18n.current_language, i18n.default_language
    if lang == default:
        _default_404[config.site_dir] = output
        return output
    target = Path(config.site_dir) / lang / "404.html"
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(output, encoding="utf-8")
    # MkDocs writes what we return to /404.html: keep the default language's page there.
    return _default_404.get(config.site_dir, output)
