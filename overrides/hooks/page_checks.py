"""Build hook: refuse to build pages that are damaged or out of step with their translation.

Runs the source checks of kb.pages.checks over docs/ before anything is rendered, so a bad page stops
`mkdocs build` with every problem listed as path:line.
"""

import os
from pathlib import Path

from mkdocs.exceptions import PluginError

from kb.pages import checks as pages
from kb.pages import registry


def on_pre_build(config, **kwargs):
    # static-i18n builds the other languages inside the first build (its `building` flag is then
    # set); the checks cover every language at once, so run them in the outer build only.
    i18n = config.plugins.get("i18n")
    if getattr(i18n, "building", False):
        return
    category_ids = tuple(c.id for c in registry.categories_from(config.extra))
    problems = pages.check_docs(Path(os.path.relpath(config.docs_dir)), category_ids)
    if problems:
        raise PluginError("Page checks failed:\n  " + "\n  ".join(problems))
