"""Build hook: compile Material's templates once per process (the code is kb/build/templates.py)."""

from kb.build.templates import on_env  # noqa: F401
