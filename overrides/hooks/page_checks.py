"""Build hook: refuse to build pages that are damaged or out of step with their translation.

Runs the source checks of kbcheck.py over docs/ before anything is rendered, so a bad page stops
`mkdocs build` with every problem listed as path:line.
"""

import os
from pathlib import Path

from mkdocs.exceptions import PluginError

import kbcheck


def on_pre_build(config, **kwargs):
    problems = kbcheck.check_docs(Path(os.path.relpath(config.docs_dir)))
    if problems:
        raise PluginError("Page checks failed:\n  " + "\n  ".join(problems))
