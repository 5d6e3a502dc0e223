"""Build hook: render each plain navigation link once per build (the code is kb/navcache.py)."""

from kb.navcache import on_env  # noqa: F401
