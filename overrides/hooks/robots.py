"""Build hook: robots.txt with the sitemap's address (the code is kb/robots.py)."""

from kb.robots import on_post_build  # noqa: F401
