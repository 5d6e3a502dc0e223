"""Build the companion tool (`companion/transformers_kb/`) where readers run it:

- inside the offline bundle: `site-offline/explain.py` and `site-offline/transformers_kb/`, reading
  the bundle's own `errors.json` and release index (`kb offline` calls add_to_site());
- as a wheel, `dist/transformers_kb-<date>-py3-none-any.whl` (`kb companion`), with the same data
  inside: `pip install` it on a box with no network, then `transformers-kb explain < log`.

The search rules are not written twice: kb/search/extract.py (the paste extraction and signature
match, the Python twin of the site's JavaScript) and kb/releases/lookup.py (the release index) are
copied into the package as extract.py and releases.py. Both are standard library only, Python 3.8+.

    kb companion [--site DIR] [--out-dir dist]
"""

from __future__ import annotations

import argparse
import base64
import hashlib
import json
import shutil
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SOURCE = ROOT / "companion" / "transformers_kb"
SHARED = {"extract.py": ROOT / "kb" / "search" / "extract.py", "releases.py": ROOT / "kb" / "releases" / "lookup.py"}
NAME = "transformers-kb"  # on PyPI: free when checked (2026-12-07)
LAUNCHER = '''#!/usr/bin/env python3
"""Explain a Hugging Face Transformers error offline, with this folder's pages.

    python3 explain.py < train.log        python3 explain.py train.log --lang zh
    python3 explain.py --json < log       python3 explain.py --github < ci.log

Standard library only (Python 3.8+); opens no socket. Build: {build}
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)  # python -I leaves the script's folder off sys.path

from transformers_kb import core  # noqa: E402
from transformers_kb.cli import main  # noqa: E402

core.configure(site_dir=HERE)
sys.exit(main())
'''


def assemble(dest: Path) -> Path:
    """Copy the package and the shared modules into dest/transformers_kb/ (replaced)."""
    package = dest / "transformers_kb"
    if package.exists():
        shutil.rmtree(package)
    package.mkdir(parents=True)
    for path in sorted(SOURCE.glob("*.py")):
        shutil.copy2(path, package / path.name)
    for name, path in SHARED.items():
        if not path.is_file():
            sys.exit(f"kb companion: {path} is missing; the companion shares it with the site")
        shutil.copy2(path, package / name)
    return package


def add_to_site(site_dir: Path) -> None:
    """The offline bundle's copy: explain.py next to index.html, data read from the site itself."""
    if not (site_dir / "errors.json").is_file():
        sys.exit(f"kb companion: {site_dir}/errors.json missing (the build's machine_readable hook writes it)")
    assemble(site_dir)
    build = json.loads((site_dir / "errors.json").read_text(encoding="utf-8"))["build"]
    (site_dir / "explain.py").write_text(LAUNCHER.format(build=f"{build['date']} ({build['commit']})"),
                                         encoding="utf-8")


def version_of(build: dict) -> str:
    year, month, day = (int(x) for x in build["date"].split("-"))
    return f"{year}.{month}.{day}"


def metadata(version: str) -> str:
    readme = (ROOT / "companion" / "README.md").read_text(encoding="utf-8")
    return (f"Metadata-Version: 2.1\nName: {NAME}\nVersion: {version}\n"
            "Summary: From a Hugging Face Transformers error to the page that fixes it, offline "
            "(terminal, notebook, CI logs)\n"
            "License: Apache-2.0\nRequires-Python: >=3.8\nClassifier: Programming Language :: Python :: 3\n"
            f"Description-Content-Type: text/markdown\n\n{readme}")


def write_wheel(site_dir: Path, out_dir: Path) -> Path:
    """A py3-none-any wheel with the package, errors.json and the release index from site_dir."""
    build = json.loads((site_dir / "errors.json").read_text(encoding="utf-8"))["build"]
    version = version_of(build)
    staging = out_dir / ".companion-staging"
    if staging.exists():
        shutil.rmtree(staging)
    package = assemble(staging)
    data = package / "data"
    data.mkdir()
    shutil.copy2(site_dir / "errors.json", data / "errors.json")
    releases = site_dir / "assets" / "releases"
    if releases.is_dir():
        shutil.copytree(releases, data / "releases")
    info = f"transformers_kb-{version}.dist-info"
    files = {p.relative_to(staging).as_posix(): p.read_bytes() for p in sorted(package.rglob("*")) if p.is_file()}
    files[f"{info}/METADATA"] = metadata(version).encode()
    files[f"{info}/WHEEL"] = b"Wheel-Version: 1.0\nGenerator: kb companion\nRoot-Is-Purelib: true\nTag: py3-none-any\n"
    files[f"{info}/entry_points.txt"] = b"[console_scripts]\ntransformers-kb = transformers_kb.cli:main\n"
    files[f"{info}/top_level.txt"] = b"transformers_kb\n"
    record = []
    for name, content in files.items():
        digest = base64.urlsafe_b64encode(hashlib.sha256(content).digest()).rstrip(b"=").decode()
        record.append(f"{name},sha256={digest},{len(content)}")
    record.append(f"{info}/RECORD,,")
    files[f"{info}/RECORD"] = ("\n".join(record) + "\n").encode()
    out_dir.mkdir(parents=True, exist_ok=True)
    wheel = out_dir / f"transformers_kb-{version}-py3-none-any.whl"
    with zipfile.ZipFile(wheel, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, content in files.items():
            info_entry = zipfile.ZipInfo(name, (2020, 1, 1, 0, 0, 0))
            info_entry.compress_type = zipfile.ZIP_DEFLATED
            info_entry.external_attr = 0o644 << 16
            zf.writestr(info_entry, content)
    shutil.rmtree(staging)
    return wheel


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Build the companion tool's wheel (transformers-kb).")
    parser.add_argument("--site", type=Path, help="a built site (default: a strict build into a temporary folder)")
    parser.add_argument("--out-dir", type=Path, default=ROOT / "dist")
    args = parser.parse_args(argv)
    if args.site:
        wheel = write_wheel(args.site.resolve(), args.out_dir.resolve())
    else:
        import tempfile

        from kb.build.site import build_site

        with tempfile.TemporaryDirectory() as tmp:
            result = build_site(Path(tmp) / "site")
            if result.returncode != 0:
                sys.exit(f"kb companion: the strict build failed:\n{result.stdout}{result.stderr}")
            wheel = write_wheel(Path(tmp) / "site", args.out_dir.resolve())
    print(f"kb companion: wrote {wheel} ({wheel.stat().st_size / 1024:.0f} KiB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
