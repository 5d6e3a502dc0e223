"""Confirm entries of the release index against the boundary wheels, as the claims check does.

For an entry with the ranges [[a, b], ...], each range must hold in releases a and b, and must not
hold in the release just before a nor in the one just after b. "Holds" is decided from the wheel
itself: the release's entries are recomputed from its files (the per-file parse is content-keyed, so
it is the parse of those very bytes; the per-release list the builder saved is NOT used), and for a
release that should have the entry, its word must also appear in the wheel's source text.

    kb releases check [--sample N] [--seed S] [--package P]
"""

from __future__ import annotations

import argparse
import random
import sys
import zipfile
from dataclasses import dataclass
from pathlib import Path

from packaging.version import Version

from kb.releases import build
from kb.releases import lookup


@dataclass(frozen=True)
class Entry:
    package: str
    kind: str
    container: str
    word: str
    ranges: tuple  # ((first, last), ...) as version strings
    inherited: bool = False  # a member or keyword counts when a base class (in that release) has it

    @property
    def key(self) -> str:
        return f"{self.kind}\t{self.container}\t{self.word}"

    def describe(self) -> str:
        spans = ", ".join(f"{a} to {b}" for a, b in self.ranges)
        return f"{self.package} {self.kind} {self.container}:{self.word} in {spans}"


def load_entries(package: str, data_dir: Path = build.DATA_DIR) -> list[Entry]:
    data = lookup.Data(str(data_dir))
    meta = data.meta(package)
    releases = meta["releases"]
    out = []
    for n in range(meta["shards"]):
        words = data._read(package, f"{n}.js")["words"]
        for word, rows in words.items():
            if " " in word:  # a heavy word's rows: the container is in the key, not in the row
                word, _, container = word.partition(" ")
                rows = [[r[0], container] + r[1:] for r in rows]
            for row in rows:
                if row[0] == "b":
                    kind, container, w, text = row[0], row[1], row[2], row[3]
                else:
                    kind, container, text = row
                    w = word
                spans = tuple((releases[a], releases[b]) for a, b in lookup.parse_ranges(text))
                out.append(Entry(package, kind, container, w, spans))
    return out


def sample(entries: list[Entry], n: int, seed: int) -> list[Entry]:
    """n entries at random (seeded), at least one of each kind the package has when n allows."""
    rng = random.Random(seed)
    by_kind: dict[str, list[Entry]] = {}
    for e in sorted(entries, key=lambda e: e.key):
        by_kind.setdefault(e.kind, []).append(e)
    picked = [rng.choice(by_kind[k]) for k in sorted(by_kind)][:n]
    rest = [e for e in entries if e not in picked]
    picked += rng.sample(sorted(rest, key=lambda e: e.key), max(0, n - len(picked)))
    return picked


def plan(entry: Entry, releases: list[str]) -> list[tuple[str, bool, str]]:
    """(release, expected present, why) for one entry."""
    checks = []
    for a, b in entry.ranges:
        i, j = releases.index(a), releases.index(b)
        checks.append((a, True, f"first of range {a}-{b}"))
        checks.append((b, True, f"last of range {a}-{b}"))
        if i > 0:
            checks.append((releases[i - 1], False, f"just before range {a}-{b}"))
        if j + 1 < len(releases):
            checks.append((releases[j + 1], False, f"just after range {a}-{b}"))
    seen, out = set(), []
    for c in checks:
        if (c[0], c[1]) not in seen:
            seen.add((c[0], c[1]))
            out.append(c)
    return out


class Wheels:
    """Recomputed entries of a release, and its source text, read once per wheel."""

    def __init__(self, cache: build.Cache | None = None):
        self.cache = cache or build.Cache()
        self.entries: dict[tuple[str, str], set[str]] = {}
        self.texts: dict[tuple[str, str], list[bytes]] = {}

    def wheel(self, package: str, version: str) -> Path:
        got = build.fetch_wheels(package, [Version(version)])[Version(version)]
        if not isinstance(got, Path):
            raise RuntimeError(f"{package} {version}: {got}")
        return got

    def has(self, package: str, version: str, key: str) -> bool:
        k = (package, version)
        if k not in self.entries:
            self.entries[k] = set(fresh_entries(self.wheel(package, version), build.PACKAGES[package][0], self.cache))
        return key in self.entries[k]

    def has_entry(self, package: str, version: str, e: Entry) -> bool:
        if not (e.inherited and e.kind in ("a", "k")) or "." in e.container:
            return self.has(package, version, e.key)
        self.has(package, version, e.key)  # computes the release's entries
        entries = self.entries[(package, version)]
        todo, seen = [e.container], set()
        while todo:
            cls = todo.pop()
            if cls in seen:
                continue
            seen.add(cls)
            if f"{e.kind}\t{cls}\t{e.word}" in entries:
                return True
            prefix = f"b\t{cls}\t"
            todo += [x[len(prefix):] for x in entries if x.startswith(prefix)]
        return False

    def mentions(self, package: str, version: str, word: str) -> bool:
        k = (package, version)
        if k not in self.texts:
            folders = build.PACKAGES[package][0]
            with zipfile.ZipFile(self.wheel(package, version)) as zf:
                self.texts[k] = [zf.read(i) for i in zf.infolist()
                                 if i.filename.endswith(".py") and i.filename.split("/", 1)[0] in folders]
        needle = word.encode("utf-8")
        return any(needle in t for t in self.texts[k])


def fresh_entries(wheel: Path, folders: tuple[str, ...], cache: build.Cache) -> list[str]:
    """The release's entries computed again from its files, ignoring the builder's per-release list."""
    class NoReleaseCache:
        def __getattr__(self, name):
            return getattr(cache, name)

        def release(self, key):
            return None

        def put_release(self, key, entries):
            pass

    return build.release_entries(wheel, folders, NoReleaseCache())


def check(entries: list[Entry], wheels: Wheels | None = None, releases: dict[str, list[str]] | None = None) -> list[str]:
    """Problems, one line each; empty when every sampled range holds at its boundaries."""
    wheels = wheels or Wheels()
    data = lookup.Data()
    problems = []
    for e in entries:
        rels = releases[e.package] if releases else data.meta(e.package)["releases"]
        for version, present, why in plan(e, rels):
            has = wheels.has_entry(e.package, version, e)
            if has != present:
                problems.append(f"{e.describe()}: {e.package} {version} ({why}) "
                                f"{'lacks' if present else 'has'} it")
            elif present and e.kind != "M" and not wheels.mentions(e.package, version, e.word):
                problems.append(f"{e.describe()}: {e.package} {version} ({why}): the word is not in its source")
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="kb releases check", description=__doc__.split("\n\n")[0])
    parser.add_argument("--sample", type=int, default=8, help="entries per package (default 8: each kind at least once)")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--package", action="append", choices=sorted(build.PACKAGES))
    args = parser.parse_args(argv)
    picked = []
    for package in args.package or build.PACKAGES:
        picked += sample(load_entries(package), args.sample, args.seed)
    problems = check(picked)
    for e in picked:
        print(("  " if not any(p.startswith(e.describe()) for p in problems) else "! ") + e.describe())
    if problems:
        print(f"CONTRADICTED ({len(problems)}):", *problems, sep="\n  ")
        return 1
    print(f"{len(picked)} entries hold at every boundary release.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
