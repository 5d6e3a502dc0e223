"""Build hook: let jieba segment the Chinese pages without loading its whole dictionary.

Material's search plugin cuts Chinese text into words with jieba.cut. On the first cut, jieba loads a
prefix dictionary of about 500,000 entries: about 1.2 s on a 2-core machine, a quarter of this
site's build. Every lookup jieba makes while cutting a run of Han characters is a string that starts
at one character of that run. So we split the dictionary by first character, once per jieba
dictionary, into a cache file beside jieba's own cache (the temp folder), and a build loads only the
parts for the characters its pages use. The words and frequencies are jieba's own; so the words it
cuts are the same (tests/test_chinese_segmenter.py compares the two on every Chinese page).
"""

import hashlib
import marshal
import os
import tempfile
from pathlib import Path

try:
    import jieba
except ImportError:  # Material segments Chinese only when jieba is installed
    jieba = None

DICTIONARY = Path(jieba.__file__).with_name(jieba.DEFAULT_DICT_NAME) if jieba else None


class ShardedFreq:
    """jieba's prefix dictionary (word -> frequency, 0 for a bare prefix), loaded per first character."""

    def __init__(self, shards: dict[str, bytes]):
        self._shards = shards  # first character -> marshalled {word: frequency}
        self._loaded: set[str] = set()
        self._freq: dict[str, int] = {}

    def _part(self, key: str) -> dict[str, int]:
        first = key[:1]
        if first not in self._loaded:
            blob = self._shards.get(first)
            if blob is not None:
                self._freq.update(marshal.loads(blob))
            self._loaded.add(first)
        return self._freq

    # The only operations jieba's Tokenizer uses on its FREQ (cut, calc, get_DAG, add_word).
    def __contains__(self, key):
        return key in self._part(key)

    def __getitem__(self, key):
        return self._part(key)[key]

    def get(self, key, default=None):
        return self._part(key).get(key, default)

    def __setitem__(self, key, value):
        self._part(key)[key] = value


def cache_path(dictionary: Path) -> Path:
    """The split dictionary's file: named after the content of jieba's dictionary file."""
    digest = hashlib.sha256(dictionary.read_bytes()).hexdigest()[:16]
    return Path(tempfile.gettempdir()) / f"kb-jieba-{digest}.marshal"


def split_dictionary(freq: dict[str, int], total: int, path: Path) -> None:
    """Write jieba's prefix dictionary as {first character: marshalled part}, atomically."""
    parts: dict[str, dict[str, int]] = {}
    for word, count in freq.items():
        parts.setdefault(word[:1], {})[word] = count
    data = (total, {first: marshal.dumps(part) for first, part in parts.items()})
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=path.name + ".")
    with os.fdopen(fd, "wb") as out:
        marshal.dump(data, out)
    os.chmod(tmp, 0o644)  # readable by other users of a shared temp folder
    os.replace(tmp, path)


def install(tokenizer=None) -> bool:
    """Give `tokenizer` (jieba's default) the split dictionary; False when jieba already loaded its own."""
    tokenizer = tokenizer or jieba.dt
    if tokenizer.initialized or tokenizer.dictionary != jieba.DEFAULT_DICT:
        return False
    path = cache_path(DICTIONARY)
    try:
        with open(path, "rb") as cached:
            total, shards = marshal.load(cached)
    except (OSError, EOFError, ValueError, TypeError):
        # First build with this dictionary: load it the usual way (jieba caches it too), then split it.
        tokenizer.initialize()
        try:
            split_dictionary(tokenizer.FREQ, tokenizer.total, path)
        except OSError:  # temp folder not writable, or the file belongs to another user: build on
            pass
        return False
    tokenizer.FREQ, tokenizer.total, tokenizer.initialized = ShardedFreq(shards), total, True
    return True


def on_pre_build(config, **kwargs):
    # Every language's build: English pages quote Chinese words too (魔搭, AutoDL 系统盘), which the
    # search plugin cuts. With the split file present this costs about 0.05 s.
    if jieba is not None:
        install()
