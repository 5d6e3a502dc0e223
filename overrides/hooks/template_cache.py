"""Build hook: compile Material's templates once per process (the code is kb/templates.py)."""

from kb.templates import on_env  # noqa: F401
