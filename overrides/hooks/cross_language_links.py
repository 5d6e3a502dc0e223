"""Build hook adapter: links to the other language's pages (kb/build/crosslinks.py)."""

from kb.build.crosslinks import on_page_markdown  # noqa: F401
