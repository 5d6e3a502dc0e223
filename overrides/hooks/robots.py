"""Build hook: robots.txt with the sitemap's address (the code is kb/build/robots.py)."""

from kb.build.robots import on_post_build  # noqa: F401
