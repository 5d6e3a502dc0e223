"""Build hook: join the lines of a Chinese paragraph without a space (the code is kb/build/cjk.py)."""

from kb.build.cjk import on_page_markdown  # noqa: F401
