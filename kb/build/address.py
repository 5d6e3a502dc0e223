"""The repository address (`repo_url` in mkdocs.yml) is the one setting behind "edit this page",
"report a problem", "was this page helpful? no", the search notice's "ask for a page" and the
header's repository link. While it is still the placeholder, every such link leads nowhere useful:

- the build (hook overrides/hooks/repository_address.py) prints a warning and goes on, so that a
  fresh clone builds and its tests pass;
- `python -m kb.build.address` exits 1, and the deploy workflow runs it before publishing.
"""

from __future__ import annotations

import sys

PLACEHOLDER = "https://github.com/example/"


def problem(repo_url: str | None) -> str | None:
    if not repo_url or repo_url.startswith(PLACEHOLDER):
        return (f"repo_url in mkdocs.yml is still the placeholder ({repo_url}): the site's Edit, Report, "
                "'Was this page helpful?' and 'Ask for a page' links lead to it; set it to this repository")
    return None


_warned = False


def on_config(config):
    global _warned
    message = problem(config.repo_url)
    if message and not _warned:  # once per build, not once per language
        _warned = True
        # Not through MkDocs' logger: under --strict a warning there would stop every build of a clone.
        print(f"WARNING -  {message}", file=sys.stderr)
    return config


def main(argv: list[str] | None = None) -> int:
    from kb.pages.registry import read_config

    message = problem(read_config().get("repo_url"))
    if message:
        print(f"error: {message}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
