"""Build hook: each page's last-updated date from one git log over docs/ (the code is kb/dates.py)."""

from kb.dates import on_files, on_page_markdown  # noqa: F401
