"""Build hook adapter: check each page's rendered HTML (kb/build/rendered.py)."""

from kb.build.rendered import on_page_content  # noqa: F401
