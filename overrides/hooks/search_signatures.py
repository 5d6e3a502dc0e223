"""Build hook: each page's front matter signatures and nav_title go into its search entry (the code is kb/build/search_index.py)."""

from kb.build.search_index import on_page_context, on_post_build  # noqa: F401
