"""Version claims kept as data and checked against the released wheels.

Every "since 4.42.0", "printed by 4.30.0 to 5.0.0" or "removed in X" that a page says is written
down in ``examples/<page-id>/claims.yml`` (format: examples/README.md, "Version claims"). This
module loads those files and checks each claim in the package's own released source: the wheels
are fetched with ``pip download`` into a cache outside the repository and read straight from the
zip, never installed.

A claim with ``since``/``until`` must hold in both of those releases and must NOT hold in the
release just before ``since`` nor in the one just after ``until``: that is what makes the
boundary exact. Without ``until``, it must still hold in the version pinned in constraints.txt
(for a package not pinned there, the newest release).

Command line: ``python -m kb.pages.claims [--page ID ...]`` (exit 0: all hold; 1: a claim is
contradicted or a claims.yml is malformed; 2: some release could not be fetched).
"""

from __future__ import annotations

import argparse
import fnmatch
import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
import tarfile
import tempfile
import time
import urllib.parse
import urllib.request
import zipfile
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

import yaml
from packaging.utils import (
    canonicalize_name,
    parse_sdist_filename,
    parse_wheel_filename,
)
from packaging.version import InvalidVersion, Version

ROOT = Path(__file__).resolve().parents[2]
# libyaml's loader when PyYAML has it: same results and marks, faster.
SAFE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
KEYS = {"claim", "package", "since", "until", "look_for", "file", "path", "checked", "source"}
PYPI_JSON = "https://pypi.org/pypi/{}/json"
RELEASES_MAX_AGE = 24 * 3600  # seconds; a day-old release list may miss a new release
DOWNLOAD_WORKERS = 4  # a few at a time: enough to hide pip's start-up, polite to PyPI
# Members never worth reading as text (compiled code, weights, images, nested archives).
# Saved scan answers; the name changes when what a scan finds changes (v2: named binaries are read).
SCANS_DIR = "scans-v2"
BINARY_SUFFIXES = (".so", ".pyd", ".dll", ".dylib", ".a", ".o", ".bin", ".pt", ".safetensors",
                   ".png", ".jpg", ".jpeg", ".gif", ".ico", ".whl", ".zip", ".gz", ".tgz")


class ClaimsFileError(Exception):
    """One or more claims.yml files are malformed; each message starts with ``file:line:``."""

    def __init__(self, problems: list[str]):
        super().__init__("\n".join(problems))
        self.problems = problems


class Unavailable(Exception):
    """A release list or a wheel could not be fetched (PyPI unreachable and nothing cached)."""


@dataclass(frozen=True)
class Query:
    """What a claim looks for in one release: fragments in one file (optionally globbed) or a path."""

    fragments: tuple[str, ...] = ()
    glob: str | None = None
    path: str | None = None

    @property
    def key(self) -> str:
        """A stable text key, for the answers kept on disk."""
        return json.dumps([self.fragments, self.glob, self.path])

    def describe(self) -> str:
        if self.path:
            return f"a member whose name starts with {self.path!r}"
        where = f"a file matching {self.glob!r}" if self.glob else "a file"
        return f"{where} holding all of {list(self.fragments)!r}"


@dataclass(frozen=True)
class Claim:
    page: str  # the examples/<page-id> folder
    file: str  # claims.yml, relative to the repository root
    line: int
    text: str
    package: str
    since: Version | None = None
    until: Version | None = None
    query: Query | None = None  # None when not machine-checked
    source: str | None = None

    @property
    def checked(self) -> bool:
        return self.query is not None

    @property
    def where(self) -> str:
        return f"{self.page} ({self.file}:{self.line})"


# --- Loading claims.yml --------------------------------------------------------------------------


def load_claims(root: Path = ROOT) -> list[Claim]:
    """Every claim of every examples/*/claims.yml; raises ClaimsFileError listing all problems."""
    claims, problems = [], []
    for path in sorted((root / "examples").glob("*/claims.yml")):
        found, wrong = parse_claims_file(path, root)
        claims += found
        problems += wrong
    if problems:
        raise ClaimsFileError(problems)
    return claims


def parse_claims_file(path: Path, root: Path = ROOT) -> tuple[list[Claim], list[str]]:
    """The claims of one file and the problems found in it (``file:line: ...``)."""
    rel = path.relative_to(root).as_posix()
    loader = SAFE_LOADER(path.read_text(encoding="utf-8"))
    try:
        # Compose first: the nodes keep the line of every entry and key for the messages.
        node = loader.get_single_node()
        data = loader.construct_document(node) if node is not None else []
    except yaml.MarkedYAMLError as err:
        mark = err.problem_mark or err.context_mark
        return [], [f"{rel}:{mark.line + 1 if mark else 1}: not valid YAML: {err.problem or err}"]
    finally:
        loader.dispose()
    if node is None:
        return [], []
    if not isinstance(node, yaml.SequenceNode):
        return [], [f"{rel}:{node.start_mark.line + 1}: expected a list of claims (entries starting with '- ')"]
    claims, problems = [], []
    for item_node, item in zip(node.value, data):
        line = item_node.start_mark.line + 1
        if not isinstance(item_node, yaml.MappingNode):
            problems.append(f"{rel}:{line}: a claim must be a mapping (claim:, package:, ...)")
            continue
        key_lines = {k.value: k.start_mark.line + 1 for k, _ in item_node.value}
        wrong = _validate(item, key_lines, [k.value for k, _ in item_node.value])
        problems += [f"{rel}:{where or line}: {message}" for where, message in wrong]
        if not wrong:
            claims.append(_make_claim(item, path.parent.name, rel, line))
    return claims, problems


def _validate(item: dict, key_lines: dict[str, int], keys: list[str]) -> list[tuple[int | None, str]]:
    """(line, message) for each problem of one entry; line None means the entry's first line."""
    problems = []
    for key, count in Counter(keys).items():
        if count > 1:
            problems.append((key_lines[key], f"key {key!r} appears {count} times"))
    for key in item:
        if key not in KEYS:
            problems.append((key_lines.get(key), f"unknown key {key!r} (allowed: {', '.join(sorted(KEYS))})"))

    def text(key, required=False):
        if key not in item:
            if required:
                problems.append((None, f"missing required key {key!r}"))
        elif not isinstance(item[key], str) or not item[key].strip():
            problems.append((key_lines[key], f"{key!r} must be a non-empty string"))

    text("claim", required=True)
    text("package", required=True)
    text("source")
    text("path")
    text("file")
    checked = item.get("checked", True)
    if not isinstance(checked, bool):
        problems.append((key_lines["checked"], "'checked' must be true or false"))
    elif checked is False:
        if "source" not in item:
            problems.append((key_lines["checked"], "a claim with 'checked: false' needs 'source' (where it can be verified)"))
    elif ("look_for" in item) == ("path" in item):
        problems.append((None, "give exactly one of 'look_for' (text fragments) or 'path' (a member of the wheel)"))
    if "look_for" in item:
        fragments = item["look_for"]
        if not (isinstance(fragments, list) and fragments and all(isinstance(f, str) and f for f in fragments)):
            problems.append((key_lines["look_for"], "'look_for' must be a non-empty list of non-empty strings"))
    if "file" in item and "look_for" not in item:
        problems.append((key_lines["file"], "'file' restricts 'look_for'; it needs 'look_for'"))
    versions = {}
    for key in ("since", "until"):
        if key not in item:
            continue
        value = item[key]
        # YAML reads an unquoted 4.40 as the float 4.4: insist on quotes.
        if not isinstance(value, str):
            problems.append((key_lines[key], f"{key!r} must be a quoted version string, e.g. \"4.42.0\" (got {value!r})"))
            continue
        try:
            versions[key] = Version(value)
        except InvalidVersion:
            problems.append((key_lines[key], f"{key!r}: {value!r} is not a valid version"))
    if len(versions) == 2 and versions["since"] > versions["until"]:
        problems.append((key_lines["until"], f"'until' {item['until']} is before 'since' {item['since']}"))
    return problems


def _make_claim(item: dict, page: str, rel: str, line: int) -> Claim:
    query = None
    if item.get("checked", True):
        if "path" in item:
            query = Query(path=item["path"])
        else:
            query = Query(fragments=tuple(item["look_for"]), glob=item.get("file"))
    return Claim(
        page=page, file=rel, line=line, text=item["claim"].strip(), package=item["package"].strip(),
        since=Version(item["since"]) if "since" in item else None,
        until=Version(item["until"]) if "until" in item else None,
        query=query, source=item.get("source"),
    )


# --- Releases and pins ---------------------------------------------------------------------------


def cache_dir() -> Path:
    """Where wheels and release lists are kept: $KB_WHEEL_CACHE, else outside the repository."""
    env = os.environ.get("KB_WHEEL_CACHE")
    return Path(env) if env else Path.home() / ".cache" / "transformers-kb" / "wheels"


_RELEASE_FILES: dict[str, dict[Version, list[dict]]] = {}


def release_files(package: str, cache: Path | None = None) -> dict[Version, list[dict]]:
    """Final releases of a package and their files, from PyPI's JSON API, cached on disk for a day.

    Yanked releases are kept: they were out long enough for readers to install them (for
    example transformers 4.52.0), so a boundary may well be one of them.
    """
    name = canonicalize_name(package)
    if name in _RELEASE_FILES:
        return _RELEASE_FILES[name]
    path = (cache or cache_dir()) / "pypi" / f"{name}.json"
    fresh = path.exists() and time.time() - path.stat().st_mtime < RELEASES_MAX_AGE
    raw = None
    if not fresh:
        try:
            url = PYPI_JSON.format(name)
            with urllib.request.urlopen(url, timeout=30) as response:
                raw = json.load(response)["releases"]
            # Keep what a download needs; a mirror may give file URLs relative to the API's.
            raw = {v: [{"filename": f["filename"], "url": f["url"],
                        "packagetype": f["packagetype"], "sha256": f["digests"]["sha256"]} for f in files]
                   for v, files in raw.items()}
            _write_atomic(path, json.dumps(raw))
        except (OSError, ValueError, KeyError) as err:
            if not path.exists():  # unreachable and nothing cached: nothing to check against
                raise Unavailable(f"cannot get the release list of {package} from PyPI: {err}") from err
            raw = None  # fall back to the stale cache below
    if raw is None:
        raw = json.loads(path.read_text(encoding="utf-8"))
    releases = {}
    for version, files in raw.items():
        try:
            parsed = Version(version)
        except InvalidVersion:  # a handful of ancient, non-PEP 440 versions
            continue
        if files and not parsed.is_prerelease:  # is_prerelease covers dev releases too
            releases[parsed] = files
    _RELEASE_FILES[name] = releases
    return releases


def _write_atomic(path: Path, text: str) -> None:
    """Write via a private temporary file and a rename: other processes and threads share the cache."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=".part-", dir=path.parent)
    os.chmod(tmp, 0o644)  # mkstemp makes it private; the cache is shared
    with os.fdopen(fd, "w", encoding="utf-8") as f:
        f.write(text)
    os.replace(tmp, path)


def pypi_releases(package: str) -> list[Version]:
    """Final releases of a package, oldest first."""
    return sorted(release_files(package))


def pinned_versions(root: Path = ROOT) -> dict[str, Version]:
    """``name==version`` pins of constraints.txt, by canonical name."""
    pins = {}
    path = root / "constraints.txt"
    for line in path.read_text(encoding="utf-8").splitlines() if path.exists() else []:
        match = re.match(r"\s*([A-Za-z0-9][A-Za-z0-9._-]*)\s*==\s*([^\s;#]+)", line)
        if match:
            pins[canonicalize_name(match[1])] = Version(match[2])
    return pins


# --- Wheels --------------------------------------------------------------------------------------


def _cached_dists(cache: Path) -> dict[tuple[str, Version], Path]:
    """Distributions already in the cache folder, by (canonical name, version); wheels preferred."""
    found = {}
    for path in sorted(cache.glob("*"), key=lambda p: p.suffix == ".whl"):  # wheels last: they win
        try:
            if path.suffix == ".whl":
                name, version, _, _ = parse_wheel_filename(path.name)
            elif path.name.endswith((".tar.gz", ".zip")):
                name, version = parse_sdist_filename(path.name)
            else:
                continue
        except (ValueError, InvalidVersion):
            continue
        found[(name, version)] = path
    return found


def fetch_dists(wanted: Iterable[tuple[str, Version]], cache: Path | None = None) -> dict[tuple[str, Version], Path | str]:
    """The wheel (or, lacking one, the sdist) of each (package, version): a path, or why not."""
    cache = cache or cache_dir()
    cache.mkdir(parents=True, exist_ok=True)
    have = _cached_dists(cache)
    result, missing = {}, []
    for package, version in wanted:
        key = (canonicalize_name(package), version)
        if key in have:
            result[(package, version)] = have[key]
        else:
            missing.append((package, version))
    with ThreadPoolExecutor(DOWNLOAD_WORKERS) as pool:
        for key, got in zip(missing, pool.map(lambda k: _download(*k, cache), missing)):
            result[key] = got
    return result


def _download(package: str, version: Version, cache: Path) -> Path | str:
    # Download into a private folder and move into place: other processes share the cache.
    tmp = Path(tempfile.mkdtemp(prefix=".part-", dir=cache))
    try:
        try:
            files = release_files(package, cache).get(version, [])
        except Unavailable as err:
            return str(err)
        wheels = [f for f in files if f["packagetype"] == "bdist_wheel"]
        sdists = [f for f in files if f["packagetype"] == "sdist"]
        why = f"{package} {version} has no files on PyPI"
        if wheels:
            # --ignore-requires-python: we only read the source, an old release for an old Python is fine.
            cmd = [sys.executable, "-m", "pip", "download", "--no-deps", "--only-binary=:all:",
                   "--python-version", "3.11", "--ignore-requires-python", "--disable-pip-version-check",
                   "--quiet", "--timeout", "30", "--retries", "1", f"{package}=={version}", "-d", str(tmp)]
            run = subprocess.run(cmd, capture_output=True, text=True, check=False)
            got = list(tmp.iterdir())
            if run.returncode == 0 and got:
                return _move_into(got[0], cache)
            lines = (run.stderr or run.stdout).strip().splitlines()
            why = f"pip download {package}=={version} failed: {lines[-1] if lines else run.returncode}"
        if sdists:
            # Only when no wheel fits: fetch the sdist file itself (pip would try to build it).
            got = _fetch_url(PYPI_JSON.format(canonicalize_name(package)), sdists[0], tmp, cache)
            return got if isinstance(got, Path) or not wheels else f"{why}; then {got}"
        return why
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def _fetch_url(api_url: str, file: dict, tmp: Path, cache: Path) -> Path | str:
    target = tmp / file["filename"]
    try:
        # A mirror of PyPI may give file URLs relative to the API's own URL.
        with urllib.request.urlopen(urllib.parse.urljoin(api_url, file["url"]), timeout=60) as response:
            data = response.read()
    except (OSError, ValueError) as err:
        return f"cannot download {file['filename']}: {err}"
    if hashlib.sha256(data).hexdigest() != file["sha256"]:
        return f"{file['filename']}: sha256 does not match PyPI's"
    target.write_bytes(data)
    return _move_into(target, cache)


def _move_into(path: Path, cache: Path) -> Path:
    final = cache / path.name
    os.replace(path, final)
    return final


# --- Reading a release ---------------------------------------------------------------------------


def _members(dist: Path):
    """(name, read) for each file of a wheel or sdist, in archive order, without extracting."""
    if dist.suffix == ".whl":
        with zipfile.ZipFile(dist) as zf:
            for info in zf.infolist():
                if not info.is_dir():
                    yield info.filename, lambda info=info: zf.read(info)
        return
    # An sdist: drop its top folder (name-version/) and a src/ layout so paths match the wheel's.
    def wheel_name(name):
        return name.split("/", 1)[-1].removeprefix("src/")
    if dist.suffix == ".zip":
        with zipfile.ZipFile(dist) as zf:
            for info in zf.infolist():
                if not info.is_dir():
                    yield wheel_name(info.filename), lambda info=info: zf.read(info)
        return
    with tarfile.open(dist) as tf:
        for member in tf:  # one sequential pass: random access in a .tar.gz re-decompresses
            if member.isfile():
                yield wheel_name(member.name), lambda member=member: tf.extractfile(member).read()


_SCANS: dict[tuple[Path, Query], str | None] = {}


def scan(dist: Path, queries: Iterable[Query]) -> dict[Query, str | None]:
    """For each query, the member of dist that satisfies it, or None.

    A released file never changes, so answers are kept in memory and next to the archive
    (scans/<archive>.json): a warm run reads no archive at all, however many claims there are.
    """
    queries = set(queries)
    saved_path = dist.parent / SCANS_DIR / f"{dist.name}.json"
    try:
        saved = json.loads(saved_path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        saved = {}
    for q in queries:
        if (dist, q) not in _SCANS and q.key in saved:
            _SCANS[(dist, q)] = saved[q.key]
    pending = [q for q in queries if (dist, q) not in _SCANS]
    if pending:
        found = _scan_archive(dist, pending)
        for q in pending:
            _SCANS[(dist, q)] = saved[q.key] = found.get(q)
        try:  # a concurrent writer at worst drops some answers: they are recomputed next time
            _write_atomic(saved_path, json.dumps(saved))
        except OSError:
            pass  # a read-only cache only costs time
    return {q: _SCANS[(dist, q)] for q in queries}


def _scan_archive(dist: Path, queries: list[Query]) -> dict[Query, str]:
    """One pass over the archive; the first member that satisfies each query."""
    pending, found = list(queries), {}
    members = _members(dist)
    for name, read in members:
        if not pending:
            break
        for q in pending:
            if q.path and name.startswith(q.path):
                found[q] = name
        texts = [q for q in pending if q.fragments and (q.glob is None or fnmatch.fnmatchcase(name, q.glob))]
        if name.lower().endswith(BINARY_SUFFIXES):
            # A compiled member is read only when a claim names it (file:), e.g. tokenizers' Rust messages.
            texts = [q for q in texts if q.glob is not None]
        if texts:
            data = read()
            if b"\0" in data[:8192]:  # binary after all: again, only where the claim names the file
                texts = [q for q in texts if q.glob is not None]
            for q in texts:
                if all(fragment.encode("utf-8") in data for fragment in q.fragments):
                    found[q] = name
        pending = [q for q in pending if q not in found]
    members.close()
    return found


# --- Checking ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Check:
    version: Version
    present: bool  # expected present (True) or absent (False)
    role: str  # why this release, for the message


def plan(claim: Claim, releases: list[Version], pinned: dict[str, Version]) -> list[Check]:
    """The releases to look at for one claim; ValueError if a boundary is not a release."""
    for key in ("since", "until"):
        value = getattr(claim, key)
        if value is not None and value not in releases:
            raise ValueError(f"{key} {value} is not a release of {claim.package} on PyPI")
    checks = []
    if claim.since is not None:
        checks.append(Check(claim.since, True, f"since {claim.since}"))
        i = releases.index(claim.since)
        if i > 0:
            checks.append(Check(releases[i - 1], False, f"the release just before since {claim.since}"))
    if claim.until is not None:
        checks.append(Check(claim.until, True, f"until {claim.until}"))
        i = releases.index(claim.until)
        if i + 1 < len(releases):
            checks.append(Check(releases[i + 1], False, f"the release just after until {claim.until}"))
    else:
        current = pinned.get(canonicalize_name(claim.package))
        role = "pinned in constraints.txt; no until"
        if current is None or (claim.since and current < claim.since):
            current, role = releases[-1], "the newest release; no until"
        checks.append(Check(current, True, role))
    unique = {}
    for c in checks:  # since == until, or until == pinned: look once
        unique.setdefault(c.version, c)
    return list(unique.values())


@dataclass
class Report:
    claims: list[Claim]
    failures: list[str] = field(default_factory=list)
    unavailable: list[str] = field(default_factory=list)  # releases that could not be fetched
    dists_read: int = 0
    results: list[tuple[Claim, Check, str | None]] = field(default_factory=list)  # what each release had

    @property
    def unchecked(self) -> list[Claim]:
        return [c for c in self.claims if not c.checked]


def check(claims: list[Claim], *, releases: Callable[[str], list[Version]] = pypi_releases,
          fetch: Callable[[list], dict] = fetch_dists, pinned: dict[str, Version] | None = None) -> Report:
    """Check every machine-checkable claim; ``releases`` and ``fetch`` are injectable for tests."""
    pinned = pinned_versions() if pinned is None else pinned
    report = Report(claims=claims)
    plans, lists = [], {}
    for claim in claims:
        if not claim.checked:
            continue
        if claim.package not in lists:  # once per package: an unreachable PyPI is not retried per claim
            try:
                lists[claim.package] = releases(claim.package)
            except Unavailable as err:
                lists[claim.package] = None
                report.unavailable.append(str(err))
        if lists[claim.package] is None:
            continue
        try:
            plans.append((claim, plan(claim, lists[claim.package], pinned)))
        except ValueError as err:
            report.failures.append(f"{claim.where}: \"{claim.text}\"\n  {err}")
    wanted = sorted({(claim.package, c.version) for claim, checks in plans for c in checks})
    dists = fetch(wanted)
    # Every query a release must answer, so that each archive is read once.
    queries = defaultdict(set)
    for claim, checks in plans:
        for c in checks:
            dist = dists.get((claim.package, c.version))
            if isinstance(dist, Path):
                queries[dist].add(claim.query)
    found = {dist: scan(dist, qs) for dist, qs in queries.items()}
    report.dists_read = len(found)
    for claim, checks in plans:
        for c in checks:
            dist = dists.get((claim.package, c.version), "not fetched")
            if not isinstance(dist, Path):
                why = f"{claim.package} {c.version}: {dist}"
                if why not in report.unavailable:
                    report.unavailable.append(why)
                continue
            hit = found[dist][claim.query]
            report.results.append((claim, c, hit))
            if (hit is not None) != c.present:
                report.failures.append(_failure(claim, c, hit))
    return report


def _failure(claim: Claim, c: Check, hit: str | None) -> str:
    if c.present:
        detail = f"expected present ({c.role}), but it lacks {claim.query.describe()}"
    else:
        detail = f"expected absent ({c.role}), but {hit} has it ({claim.query.describe()})"
    return f"{claim.where}: \"{claim.text}\"\n  contradicted by {claim.package} {c.version}: {detail}"


def format_report(report: Report, verbose: bool = False) -> str:
    claims = report.claims
    pages = defaultdict(lambda: [0, 0])
    for c in claims:
        pages[c.page][0 if c.checked else 1] += 1
    unchecked = report.unchecked
    lines = [(f"Version claims: {len(claims)} on {len(pages)} page(s), {len(claims) - len(unchecked)} machine-checked "
              f"({report.dists_read} releases read), {len(unchecked)} not")]
    lines += [f"  {page}: {n + m} claims ({n} checked, {m} not)" for page, (n, m) in sorted(pages.items())]
    if verbose:
        last = None
        for claim, c, hit in report.results:
            if claim is not last:
                lines.append(f"  {claim.where}: \"{claim.text}\"")
                last = claim
            state = "ok" if (hit is not None) == c.present else "CONTRADICTED"
            lines.append(f"      {claim.package} {c.version}: expected {'present' if c.present else 'absent'} "
                         f"({c.role}): {state}{f' ({hit})' if hit else ''}")
    if unchecked:
        lines.append("Not machine-checked (source given instead):")
        lines += [f"  {c.where}: {c.package}: \"{c.text}\" -- source: {c.source}" for c in unchecked]
    if report.unavailable:
        lines.append(f"Could not fetch ({len(report.unavailable)}; those checks did not run):")
        lines += [f"  {u}" for u in report.unavailable]
    if report.failures:
        lines.append(f"CONTRADICTED ({len(report.failures)}):")
        lines += [f"  {f}" for f in report.failures]
    elif report.unavailable:
        lines.append("No claim is contradicted by the releases that could be read.")
    else:
        lines.append("No claim is contradicted.")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="kb claims", description="Check examples/*/claims.yml against released wheels.")
    parser.add_argument("--page", action="append", help="only this page id (repeatable)")
    parser.add_argument("-v", "--verbose", action="store_true", help="list every release looked at")
    parser.add_argument("--root", type=Path, default=ROOT, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    try:
        claims = load_claims(args.root)
    except ClaimsFileError as err:
        print("Malformed claims.yml:", *err.problems, sep="\n  ")
        return 1
    if args.page:
        claims = [c for c in claims if c.page in args.page]
    report = check(claims, pinned=pinned_versions(args.root))
    print(format_report(report, verbose=args.verbose))
    return 1 if report.failures else 2 if report.unavailable else 0


if __name__ == "__main__":
    sys.exit(main())
