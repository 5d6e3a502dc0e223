"""Build hook: values the theme overrides read (overrides/main.html's generator meta tag names the
installed Material, not a number copied into the template)."""

from importlib.metadata import version

MATERIAL_VERSION = version("mkdocs-material")


def on_env(env, config, files, **kwargs):
    env.globals["material_version"] = MATERIAL_VERSION
    return env
