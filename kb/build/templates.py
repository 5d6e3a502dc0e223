"""Build hook: compile each theme template once per process, not once per language.

static-i18n builds every language with a fresh Jinja environment, so Material's templates (about 45
for a page, plus the 404 page and sitemap) would be parsed and compiled again for the Chinese build,
and again on every `mkdocs serve` rebuild. A bytecode cache kept in memory hands the compiled code to
the next environment; Jinja keys it by template name and source checksum, so an edited template is
compiled afresh.
"""

import jinja2
from mkdocs.plugins import event_priority


class MemoryBytecodeCache(jinja2.BytecodeCache):
    def __init__(self):
        self.code = {}

    def load_bytecode(self, bucket):
        code = self.code.get((bucket.key, bucket.checksum))
        if code is not None:
            bucket.code = code

    def dump_bytecode(self, bucket):
        self.code[(bucket.key, bucket.checksum)] = bucket.code


CACHE = MemoryBytecodeCache()


@event_priority(100)  # before plugins (tags) that render templates in their own on_env
def on_env(env, config, files, **kwargs):
    env.bytecode_cache = CACHE
    return env
