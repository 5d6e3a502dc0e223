"""Build hook adapter: warn while the repository address is the placeholder (kb/build/address.py)."""

from kb.build.address import on_config  # noqa: F401
