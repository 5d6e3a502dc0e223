"""Build hook: stop the build on anything that would load from another host (the code is kb/build/embeds.py)."""

from kb.build.embeds import on_page_content, on_post_page, on_post_build  # noqa: F401
