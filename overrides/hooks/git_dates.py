"""Build hook: each page's last-updated date from one git log over docs/ (the code is kb/build/dates.py)."""

from kb.build.dates import on_files, on_page_markdown  # noqa: F401
