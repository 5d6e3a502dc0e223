"""Build hook adapter: errors.json, llms.txt and Markdown copies of the pages (kb/build/machine_readable.py)."""

from kb.build.machine_readable import on_post_build  # noqa: F401
