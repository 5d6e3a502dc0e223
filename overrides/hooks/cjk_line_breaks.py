"""Build hook: join the lines of a Chinese paragraph without a space (the code is kb/cjk.py)."""

from kb.cjk import on_page_markdown  # noqa: F401
