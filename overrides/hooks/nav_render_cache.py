"""Build hook: render each plain navigation link once per build (the code is kb/build/navcache.py)."""

from kb.build.navcache import on_env  # noqa: F401
