"""Build the release index from the released wheels: which releases define each public name.

    kb releases build [--package NAME ...]   # fetch what is missing, parse, write the data
    kb releases lookup "cannot import name 'X' from 'transformers'"
    kb releases check [--sample N]            # confirm sampled entries against boundary wheels

Packages and releases: transformers from 4.0.0 on, the others from their first release of 2023
(older ones are summed up as "before X"); patches and yanked releases included (a yanked release
was out long enough to be installed). Wheels come from the claims check's cache
(kb.pages.claims: ``pip download --no-deps``, ~/.cache/transformers-kb or $KB_WHEEL_CACHE) and are
read straight from the zip, never installed or imported.

Each source file is parsed with ``ast`` once: the parse is kept in a SQLite file next to the wheel
cache, keyed by the zip member's CRC32 and size (from the central directory) and its role, so a
file unchanged across releases costs one parse; each release's set of entries is kept too, so a
warm rebuild reads no wheel at all.

What is recorded, per release (kinds of entry):
  m  module-level names of every module (package ``__init__`` with its lazy-import tables and
     star imports resolved: ``from transformers import X`` as well as ``...modeling_llama import X``)
  a  members of every class: methods, class attributes, attributes set on ``self``
  k  keywords a class's ``__init__`` accepts: dataclass fields, parameters, deprecated keywords
     still taken (``@deprecate_kwarg``, ``kwargs.pop("old")``)
  b  base classes (a lookup follows them for inherited members)
  t  model types (transformers' ``CONFIG_MAPPING_NAMES``)
  M  modules (``No module named 'transformers.cache_utils'``): the word is the last part

The data (overrides/assets/releases/, copied into the site) is one ``meta.js`` per package and
shards ``<package>/<n>.js`` chosen by a hash of the looked-up word, each a script that calls
``kbReleasesData(...)`` so the offline bundle loads it from file:// without fetch. Ranges are
stored, not lists: ``"12-40,43-219"`` (indices into the package's release list).
"""

from __future__ import annotations

import argparse
import json
import math
import sqlite3
import sys
import tempfile
import time
import urllib.request
import zipfile
import zlib
from collections import defaultdict
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from packaging.utils import canonicalize_name
from packaging.version import Version

from kb.pages import claims
from kb.releases import parse

ROOT = Path(__file__).resolve().parents[2]
DATA_DIR = ROOT / "overrides" / "assets" / "releases"
# package -> (import folder(s) in the wheel, first release indexed; None: the first of START_DATE on)
PACKAGES = {
    "transformers": (("transformers",), "4.0.0"),
    "huggingface_hub": (("huggingface_hub",), None),
    "peft": (("peft",), None),
    "trl": (("trl",), None),
    "accelerate": (("accelerate",), None),
    "sentence-transformers": (("sentence_transformers",), None),
}
START_DATE = "2023-01-01"
# Size budget of the whole data folder (bytes, uncompressed) and of one shard: a lookup loads the
# package's meta.js and one shard per word it looks up. tests/test_releases.py holds the data to it.
BUDGET_TOTAL = 24 * 1024 * 1024
SHARD_TARGET = 48 * 1024
BUDGET_SHARD = 160 * 1024
HEAVY_ROWS = 200  # a word on more rows than this is split by container (see build_package)
DOWNLOAD_WORKERS = 4
FORMAT = 1  # of the data files; lookup.py and kb-releases.js check it
ENTRIES_VERSION = 2  # bump when release_entries() records something else (cached per release)


# Methods whose keywords are recorded (of the shared classes): the entry points readers call with
# keywords that come and go. Every class's __init__ and every public function are recorded too.
KEYWORD_METHODS = {
    "from_pretrained", "save_pretrained", "push_to_hub", "generate", "train", "evaluate", "predict",
    "__call__", "apply_chat_template", "encode", "decode", "batch_decode", "pad", "tokenize", "encode_plus",
    "batch_encode_plus", "prepare", "backward", "fit", "add_adapter", "load_adapter", "set_adapter",
    "merge_and_unload", "save_model", "from_config", "to", "load_state_dict", "get_peft_model",
    "create_optimizer", "compute_loss", "training_step", "log", "upload_file", "upload_folder",
    "create_repo", "snapshot_download", "hf_hub_download", "similarity",
}


def work_dir() -> Path:
    """The parse cache: next to the wheel cache, outside the repository."""
    return claims.cache_dir().parent / "releases"


# --- Releases: versions, yanked flags, dates ------------------------------------------------------


def release_meta(package: str) -> dict[str, dict]:
    """{version: {"yanked": bool, "date": "YYYY-MM-DD"}} of final releases, from PyPI, cached a day."""
    name = canonicalize_name(package)
    path = work_dir() / "pypi" / f"{name}.json"
    fresh = path.exists() and time.time() - path.stat().st_mtime < claims.RELEASES_MAX_AGE
    if not fresh:
        try:
            with urllib.request.urlopen(claims.PYPI_JSON.format(name), timeout=30) as response:
                raw = json.load(response)["releases"]
            meta = {}
            for v, files in raw.items():
                if not files:
                    continue
                meta[v] = {"yanked": all(f.get("yanked") for f in files),
                           "date": min(f["upload_time_iso_8601"][:10] for f in files),
                           "wheel": any(f["packagetype"] == "bdist_wheel" for f in files)}
            claims._write_atomic(path, json.dumps(meta))
            return meta
        except (OSError, ValueError, KeyError) as err:
            if not path.exists():
                raise claims.Unavailable(f"cannot get the release list of {package} from PyPI: {err}") from err
    return json.loads(path.read_text(encoding="utf-8"))


def indexed_releases(package: str) -> tuple[list[Version], dict[str, dict], bool]:
    """(releases indexed, oldest first; their metadata; whether older releases exist and are left out)."""
    meta = release_meta(package)
    finals = sorted(v for v in map(Version, meta) if not v.is_prerelease)
    first = PACKAGES[package][1]
    if first is not None:
        start = Version(first)
    else:
        dated = [v for v in finals if meta[str(v)]["date"] >= START_DATE]
        start = dated[0] if dated else finals[-1]
    chosen = [v for v in finals if v >= start and meta[str(v)]["wheel"]]
    return chosen, meta, chosen[0] != finals[0]


def fetch_wheels(package: str, versions: list[Version]) -> dict[Version, Path | str]:
    """The wheels, through the claims check's cache; pure wheels missing from it are fetched by URL.

    ``claims.fetch_dists`` runs one ``pip download`` per release; with hundreds of releases on a
    busy machine pip's start-up dominates, so a missing pure-Python wheel (``py3-none-any``, the
    only kind these packages publish) is fetched with the claims module's own URL fetch (sha256
    checked against PyPI's) into the same cache; anything else goes through ``fetch_dists``.
    """
    cache = claims.cache_dir()
    cache.mkdir(parents=True, exist_ok=True)
    have = claims._cached_dists(cache)
    name = canonicalize_name(package)
    result, rest = {}, []
    for v in versions:
        if (name, v) in have and have[(name, v)].suffix == ".whl":
            result[v] = have[(name, v)]
        else:
            rest.append(v)
    if not rest:
        return result
    files = claims.release_files(package, cache)

    def one(v):
        wheels = [f for f in files.get(v, []) if f["filename"].endswith("-none-any.whl")]
        if not wheels:
            return None
        tmp = Path(tempfile.mkdtemp(prefix=".part-", dir=cache))
        try:
            return claims._fetch_url(claims.PYPI_JSON.format(name), wheels[0], tmp, cache)
        finally:
            import shutil
            shutil.rmtree(tmp, ignore_errors=True)

    with ThreadPoolExecutor(DOWNLOAD_WORKERS) as pool:
        got = dict(zip(rest, pool.map(one, rest)))
    slow = [v for v, g in got.items() if not isinstance(g, Path)]
    if slow:
        got.update({v: g for (_, v), g in claims.fetch_dists([(package, v) for v in slow], cache).items()})
    result.update(got)
    return result


# --- Parse cache ----------------------------------------------------------------------------------


class Cache:
    """SQLite next to the wheel cache: parse results by member CRC32+size+role; entries per release."""

    def __init__(self, path: Path | None = None):
        path = path or work_dir() / f"parse-v{parse.PARSER_VERSION}.sqlite"
        path.parent.mkdir(parents=True, exist_ok=True)
        self.db = sqlite3.connect(str(path), timeout=60)
        self.db.execute("CREATE TABLE IF NOT EXISTS parse (key TEXT PRIMARY KEY, data BLOB)")
        self.db.execute("CREATE TABLE IF NOT EXISTS release (key TEXT PRIMARY KEY, data BLOB)")
        self.parsed = self.reused = 0

    def parses(self, keys: list[str]) -> dict[str, dict]:
        found = {}
        for i in range(0, len(keys), 500):
            chunk = keys[i:i + 500]
            rows = self.db.execute(f"SELECT key, data FROM parse WHERE key IN ({','.join('?' * len(chunk))})", chunk)
            found.update((k, json.loads(zlib.decompress(d))) for k, d in rows)
        return found

    def put_parses(self, items: dict[str, dict]) -> None:
        self.db.executemany("INSERT OR REPLACE INTO parse VALUES (?, ?)",
                            [(k, zlib.compress(json.dumps(v, separators=(",", ":")).encode(), 6)) for k, v in items.items()])
        self.db.commit()

    def release(self, key: str) -> list[str] | None:
        row = self.db.execute("SELECT data FROM release WHERE key = ?", (key,)).fetchone()
        return zlib.decompress(row[0]).decode().split("\n") if row else None

    def put_release(self, key: str, entries: list[str]) -> None:
        self.db.execute("INSERT OR REPLACE INTO release VALUES (?, ?)", (key, zlib.compress("\n".join(entries).encode(), 6)))
        self.db.commit()


# --- One release ----------------------------------------------------------------------------------


def _module_of(path: str) -> str:
    mod = path[:-3].replace("/", ".")
    return mod[: -len(".__init__")] if mod.endswith(".__init__") else mod


def release_entries(wheel: Path, folders: tuple[str, ...], cache: Cache) -> list[str]:
    """Every entry ``kind\\tcontainer\\tword`` of one release, sorted (kept in the cache)."""
    key = f"{wheel.name}:{parse.PARSER_VERSION}:{ENTRIES_VERSION}"
    saved = cache.release(key)
    if saved is not None:
        return saved
    with zipfile.ZipFile(wheel) as zf:
        members = [i for i in zf.infolist() if i.filename.endswith(".py")
                   and i.filename.split("/", 1)[0] in folders and "/tests/" not in i.filename]
        keys = {i.filename: f"{i.CRC:08x}{i.file_size:x}{parse.role_of(i.filename)}" for i in members}
        results = cache.parses(sorted(set(keys.values())))
        new = {}
        for info in members:
            k = keys[info.filename]
            if k not in results:
                results[k] = new[k] = parse.parse_source(zf.read(info), parse.role_of(info.filename))
        if new:
            cache.put_parses(new)
        cache.parsed += len(new)
        cache.reused += len(members) - len(new)
    modules = {_module_of(f): results[k] for f, k in keys.items()}
    packages = {_module_of(f) for f in keys if f.endswith("/__init__.py")}
    entries = set()
    exported: dict[str, set] = {}

    def namespace(mod: str, seen: frozenset = frozenset()) -> set[str]:
        """Names importable from a module: bound, listed for lazy import, or star-imported."""
        if mod in exported:
            return exported[mod]
        info = modules.get(mod, {})
        foreign = {n for n, top in info.get("ia", {}).items() if top not in folders}
        names = (set(info.get("n", ())) - foreign) | set(info.get("x", ()))
        for level, target in info.get("s", ()):
            if level:
                base = mod.split(".") if mod in packages else mod.split(".")[:-1]
                base = base[: len(base) - (level - 1)] if level > 1 else base
                full = ".".join(base + ([target] if target else []))
            else:
                full = target
            if full in modules and full not in seen:
                names |= exports(full, seen | {mod})
        if not seen:
            exported[mod] = names
        return names

    def exports(mod: str, seen: frozenset) -> set[str]:
        info = modules.get(mod, {})
        if "all" in info:
            return set(info["all"])
        return {n for n in namespace(mod, seen) if not n.startswith("_")}

    for mod, info in modules.items():
        # Placeholder modules (dummy objects raise "requires torch") are never what a reader imports.
        if ".dummy_" not in mod:
            parent, _, last = mod.rpartition(".")
            if parent:
                entries.add(f"M\t{parent}\t{last}")
            for n in namespace(mod):
                if not (n.startswith("__") and n.endswith("__")):
                    entries.add(f"m\t{mod}\t{n}")
        for func, kws in info.get("f", {}).items():
            entries.update(f"k\t{func}\t{k}" for k in kws)
        # Keywords of methods: of the shared classes (Trainer, PreTrainedModel, GenerationMixin, ...),
        # not of each model's copies.
        shared = ".models." not in mod
        for cls, c in info.get("c", {}).items():
            if cls.startswith("_"):
                continue
            entries.update(f"a\t{cls}\t{m}" for m in c.get("m", ()))
            entries.update(f"k\t{cls}\t{k}" for k in c.get("k", ()))
            entries.update(f"b\t{cls}\t{b}" for b in c.get("b", ()))
            if shared:
                for method, kws in c.get("p", {}).items():
                    if method in KEYWORD_METHODS:
                        entries.update(f"k\t{cls}.{method}\t{k}" for k in kws)
        entries.update(f"t\t\t{t}" for t in info.get("t", ()))
    result = sorted(entries)
    cache.put_release(key, result)
    return result


# --- The index ------------------------------------------------------------------------------------


def _word(entry: str) -> str:
    """The word a lookup starts from: the name, member, keyword or type; for a base, the class."""
    kind, container, word = entry.split("\t")
    return container if kind == "b" else word


def shard_of(word: str, shards: int) -> int:
    """FNV-1a (32 bit) of the word's UTF-8 bytes, modulo the shard count (same in lookup.py and JS)."""
    h = 0x811C9DC5
    for b in word.encode("utf-8"):
        h = ((h ^ b) * 0x01000193) & 0xFFFFFFFF
    return h % shards


def format_ranges(ranges: list[list[int]]) -> str:
    return ",".join(str(a) if a == b else f"{a}-{b}" for a, b in ranges)


def build_package(package: str, cache: Cache, out: Path = DATA_DIR, log=print) -> dict:
    started = time.perf_counter()
    folders = PACKAGES[package][0]
    versions, meta, older = indexed_releases(package)
    wheels = fetch_wheels(package, versions)
    missing = [str(v) for v in versions if not isinstance(wheels.get(v), Path)]
    if missing:
        log(f"{package}: left out, no wheel: {', '.join(missing)}")
    versions = [v for v in versions if isinstance(wheels.get(v), Path)]
    fetched = time.perf_counter()
    ranges: dict[str, list[list[int]]] = {}
    for i, v in enumerate(versions):
        for e in release_entries(wheels[v], folders, cache):
            r = ranges.get(e)
            if r is None:
                ranges[e] = [[i, i]]
            elif r[-1][1] == i - 1:
                r[-1][1] = i
            else:
                r.append([i, i])
    # Group by the looked-up word; one row per (kind, container).
    by_word: dict[str, list] = defaultdict(list)
    for e, r in ranges.items():
        kind, container, word = e.split("\t")
        by_word[_word(e)].append([kind, container, word if kind == "b" else "", format_ranges(r)])
    for rows in by_word.values():
        rows.sort()
    total = sum(len(w) + sum(len(x[1]) + len(x[2]) + len(x[3]) + 14 for x in rows) for w, rows in by_word.items())
    shards = max(1, math.ceil(total / SHARD_TARGET))
    parts: list[dict] = [{} for _ in range(shards)]
    # A word on very many rows (`config`, `forward`: a member of thousands of classes) is split by
    # container: its rows are kept under "word container", so a lookup that names the class or
    # module loads one small shard. The list of such words is in meta.js.
    heavy = sorted(w for w, rows in by_word.items() if len(rows) > HEAVY_ROWS)
    for word in sorted(by_word):
        rows = [r if r[0] == "b" else r[:2] + r[3:] for r in by_word[word]]
        if word in heavy:
            for r in rows:  # the container is in the key: the row keeps [kind, ranges] (a base: [kind, base, ranges])
                key = f"{word} {r[1]}"
                parts[shard_of(key, shards)].setdefault(key, []).append([r[0]] + r[2:])
        else:
            parts[shard_of(word, shards)][word] = rows
    folder = out / package
    if folder.exists():
        for old in folder.glob("*.js"):
            old.unlink()
    folder.mkdir(parents=True, exist_ok=True)
    for n, part in enumerate(parts):
        _write_js(folder / f"{n}.js", {"format": FORMAT, "package": package, "shard": n, "words": part})
    info = {
        "format": FORMAT, "package": package, "shards": shards,
        "releases": [str(v) for v in versions],
        "yanked": [i for i, v in enumerate(versions) if meta[str(v)]["yanked"]],
        "dates": [meta[str(v)]["date"] for v in versions],
        "older": older,  # releases before the first indexed one exist (say "before X")
        "entries": len(ranges), "words": len(by_word), "heavy": heavy,
    }
    _write_js(folder / "meta.js", info)
    elapsed = time.perf_counter() - started
    log(f"{package}: {len(versions)} releases ({versions[0]} to {versions[-1]}), {len(ranges)} entries, "
        f"{len(by_word)} words, {shards} shards; wheels {fetched - started:.1f} s, index {elapsed - (fetched - started):.1f} s")
    return info


def _write_js(path: Path, data: dict) -> None:
    text = "kbReleasesData(" + json.dumps(data, separators=(",", ":"), ensure_ascii=False, sort_keys=True) + ");\n"
    path.write_text(text, encoding="utf-8")


def data_size(out: Path = DATA_DIR) -> dict:
    files = sorted(out.rglob("*.js"))
    shards = [f for f in files if f.name != "meta.js"]
    return {"files": len(files), "total": sum(f.stat().st_size for f in files),
            "largest_shard": max((f.stat().st_size for f in shards), default=0),
            "mean_shard": sum(f.stat().st_size for f in shards) // max(1, len(shards))}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="kb releases build", description="Build the release index from the wheels.")
    parser.add_argument("--package", action="append", choices=sorted(PACKAGES), help="only this package (repeatable)")
    parser.add_argument("--out", type=Path, default=DATA_DIR, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    cache = Cache()
    started = time.perf_counter()
    for package in args.package or PACKAGES:
        build_package(package, cache, args.out)
    size = data_size(args.out)
    print(f"releases: built in {time.perf_counter() - started:.1f} s ({cache.parsed} files parsed, {cache.reused} reused); "
          f"data {size['total'] / 1024:.0f} KiB in {size['files']} files, largest shard {size['largest_shard'] / 1024:.0f} KiB, "
          f"mean {size['mean_shard'] / 1024:.1f} KiB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
