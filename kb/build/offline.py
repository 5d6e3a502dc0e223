"""Build the offline bundle: the whole site, both languages, as one zip that works from file://.

    kb offline                 # writes dist/site-offline.zip
    kb offline --out X.zip --site-dir DIR

It runs the strict build with KB_OFFLINE=true (mkdocs.yml turns the `offline` plugin on: file://
links, search_index.js next to each search_index.json), checks that every search index has its
.js twin with the same data, and zips the site under one top folder, `site-offline/`.
The tests build the bundle with this same command.
"""

import argparse
import json
import shutil
import sys
import time
import zipfile
from pathlib import Path

from kb.build import companion
from kb.build.site import build_site

ROOT = Path(__file__).resolve().parents[2]  # the repository
TOP = "site-offline"  # the folder the zip unpacks to
# Never useful from disk: the 404 pages (/404.html, /zh/404.html) link assets by absolute path for the web server.
LEFT_OUT = {"404.html", "zh/404.html"}
# Source maps are for DevTools only; leaving them out makes the zip about 40% smaller.
LEFT_OUT_SUFFIXES = (".map",)
# Fixed timestamp: the same site gives the same zip.
ZIP_TIME = (2020, 1, 1, 0, 0, 0)


def build(site_dir: Path) -> None:
    if site_dir.exists():
        shutil.rmtree(site_dir)
    result = build_site(site_dir, env_extra={"KB_OFFLINE": "true"})
    if result.returncode != 0:
        sys.exit(f"build-offline: the strict offline build failed:\n{result.stdout}{result.stderr}")


def check_search_indexes(site_dir: Path) -> list[Path]:
    """Every search_index.json needs a search_index.js with the same data (file:// cannot fetch)."""
    # search_index.json (both languages) and search_index.<lang>.json (what each page loads)
    indexes = sorted(site_dir.rglob("search_index*.json"))
    if not indexes:
        sys.exit(f"build-offline: no search_index.json under {site_dir}")
    prefix = "var __index = "
    for index in indexes:
        script = index.with_suffix(".js")
        if not script.is_file():
            sys.exit(f"build-offline: {script.relative_to(site_dir)} missing (offline search would be empty)")
        text = script.read_text(encoding="utf-8")
        if not text.startswith(prefix) or json.loads(text[len(prefix):]) != json.loads(index.read_text(encoding="utf-8")):
            sys.exit(f"build-offline: {script.relative_to(site_dir)} does not hold the data of {index.name}")
    if not any(index.name != "search_index.json" for index in indexes):
        sys.exit(f"build-offline: no search_index.<lang>.json under {site_dir} (each page loads its language's)")
    return indexes


def write_zip(site_dir: Path, out: Path) -> int:
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_suffix(".zip.tmp")
    with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as zf:
        for path in sorted(site_dir.rglob("*")):
            rel = path.relative_to(site_dir).as_posix()
            if path.is_dir() or rel in LEFT_OUT or rel.endswith(LEFT_OUT_SUFFIXES):
                continue
            info = zipfile.ZipInfo(f"{TOP}/{rel}", ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            zf.writestr(info, path.read_bytes())
    tmp.replace(out)
    return out.stat().st_size


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=ROOT / "dist" / "site-offline.zip", help="zip to write")
    parser.add_argument("--site-dir", type=Path, default=ROOT / "site-offline", help="build folder (replaced)")
    args = parser.parse_args(argv)
    start = time.perf_counter()
    site_dir = args.site_dir.resolve()
    build(site_dir)
    indexes = check_search_indexes(site_dir)
    companion.add_to_site(site_dir)  # site-offline/explain.py: the terminal tool, with this site's data
    size = write_zip(site_dir, args.out.resolve())
    print(
        f"build-offline: wrote {args.out} ({size / 1024:.0f} KiB, {len(indexes)} search index(es)) "
        f"in {time.perf_counter() - start:.1f} s; unzip it and open {TOP}/index.html"
    )
    return 0
