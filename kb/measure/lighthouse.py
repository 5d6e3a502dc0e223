"""Lighthouse (mobile) over every page of both languages; prints a table of the four category scores.

    kb lighthouse                 # build, serve on 127.0.0.1, audit every page
    kb lighthouse --pages zh/offline/ --keep-reports /tmp/lh
    kb lighthouse --runs 3        # each page 3 times; the table shows Lighthouse's own median run
    kb lighthouse --cpu-slowdown auto   # CPU slowdown calibrated to this machine (see below)

Needs `npm ci` (tools/test runs it) for node_modules/.bin/lighthouse and Debian's chromium.
The site is built with site_url set to the local server's origin (KB_SITE_URL), because Lighthouse's
SEO audits compare the canonical/hreflang/sitemap origin with the audited page's origin; served from
127.0.0.1 with the production site_url every canonical would look like it points to another site.
It is served gzip-compressed with a 600 s cache lifetime, as GitHub Pages serves it.
Exit status 1 when a page misses a target (performance >= 95, the other three = 100).

CPU slowdown. Lighthouse's mobile settings slow the CPU down 4x, a factor chosen so that a high-end
desktop (Lighthouse benchmarkIndex 1500-2000) behaves like a mid-tier phone. On a slower machine the
same 4x emulates a much slower phone, and Lighthouse says so in the report ("The tested device
appears to have a slower CPU than Lighthouse expects", below benchmarkIndex 1000), pointing to its
docs/throttling.md, "Calibrating the CPU slowdown". `--cpu-slowdown auto` follows that advice: the
factor is benchmarkIndex / 375, so the emulated phone is the one 4x makes of the slowest high-end
desktop (1500 / 4), whatever the machine; a fast machine gets more than 4x. The index comes from
a first audit of the home page and then from every audit so far: the median of their indexes, as the
speed of a shared machine jumps by up to 2x from one audit to the next.
The default stays Lighthouse's own 4x.
"""

import os
import sys
from pathlib import Path

import argparse
import json
import statistics
import subprocess
import tempfile

from kb.build import site as kbperf
from kb.build.site import ROOT

CATEGORIES = ("performance", "accessibility", "best-practices", "seo")
TARGETS = {"performance": 95, "accessibility": 100, "best-practices": 100, "seo": 100}
CHROME_FLAGS = ("--headless=new --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-sync "
                "--disable-background-networking --disable-component-update")


# benchmarkIndex of the slowest high-end desktop (1500) / Lighthouse's default 4x slowdown
MID_TIER_PHONE_INDEX = 375


def audit(url: str, chrome: str, report: Path, slowdown: float = 4.0) -> dict:
    cmd = [str(ROOT / "node_modules" / ".bin" / "lighthouse"), url, "--quiet",
           f"--only-categories={','.join(CATEGORIES)}", f"--chrome-flags={CHROME_FLAGS}",
           f"--throttling.cpuSlowdownMultiplier={slowdown:.2f}",
           "--output=json", f"--output-path={report}"]
    result = subprocess.run(cmd, env=dict(os.environ, CHROME_PATH=chrome), capture_output=True, text=True)
    if result.returncode != 0 or not report.exists():
        raise SystemExit(f"lighthouse failed on {url}:\n{result.stdout}\n{result.stderr}")
    return json.loads(report.read_text(encoding="utf-8"))


def median_run(reports: list[Path]) -> int:
    """Index of the run Lighthouse's own computeMedianRun picks (median FCP and TTI), not our guess."""
    script = (
        "const fs = require('fs');"
        "import(process.argv[1]).then(m => {"
        " const runs = process.argv.slice(2).map(p => JSON.parse(fs.readFileSync(p, 'utf8')));"
        " console.log(runs.indexOf(m.computeMedianRun(runs))); });"
    )
    module = ROOT / "node_modules" / "lighthouse" / "core" / "lib" / "median-run.js"
    result = subprocess.run(["node", "-e", script, module.as_uri(), *map(str, reports)],
                            capture_output=True, text=True, check=True)
    return int(result.stdout.strip())


def calibrated(indexes: list[float]) -> float:
    """The slowdown that makes this machine, at the median speed its audits found, a mid-tier phone."""
    return max(1.0, statistics.median(indexes) / MID_TIER_PHONE_INDEX)


def failing_audits(lhr: dict) -> list[str]:
    """Weighted audits below 1 in any category: what to fix."""
    out = []
    for cat in lhr["categories"].values():
        for ref in cat["auditRefs"]:
            a = lhr["audits"][ref["id"]]
            if ref.get("weight", 0) > 0 and a.get("score") is not None and a["score"] < 1:
                out.append(f"{ref['id']} ({a['score']:.2f}{', ' + a['displayValue'] if a.get('displayValue') else ''})")
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--pages", nargs="*", help="URL paths ('' = home, 'zh/offline/'); default: every page")
    ap.add_argument("--keep-reports", type=Path, help="write each JSON report into this folder")
    ap.add_argument("--runs", type=int, default=1,
                    help="audits per page; the median run as Lighthouse's own computeMedianRun picks it is "
                         "reported (Lighthouse's advice for a noisy machine)")
    ap.add_argument("--cpu-slowdown", default="4",
                    help="Lighthouse's CPU slowdown factor, or 'auto': benchmarkIndex / 375 (see the top of this file)")
    ap.add_argument("--chrome", default=os.environ.get("CHROME_PATH", "/usr/bin/chromium"))
    args = ap.parse_args(argv)
    auto = args.cpu_slowdown == "auto"
    slowdown = None if auto else float(args.cpu_slowdown)
    if not (ROOT / "node_modules" / ".bin" / "lighthouse").exists():
        raise SystemExit("node_modules/.bin/lighthouse missing: run `npm ci` (tools/test does)")

    port = kbperf.free_port()
    with tempfile.TemporaryDirectory(prefix="kb-lighthouse-") as tmp:
        site = Path(tmp) / "site"
        built = kbperf.build_site(site, site_url=f"http://127.0.0.1:{port}/")
        if built.returncode != 0:
            raise SystemExit(f"build failed:\n{built.stdout}\n{built.stderr}")
        pages = kbperf.site_pages(site) if args.pages is None else args.pages
        reports = args.keep_reports or Path(tmp) / "reports"
        reports.mkdir(parents=True, exist_ok=True)
        rows, misses, speeds, factors = [], 0, [], []
        with kbperf.serve(site, port) as base:
            if auto:  # a first audit only to read the machine's speed
                indexes = [audit(base, args.chrome, reports / "calibration.json")["environment"]["benchmarkIndex"]]
                slowdown = calibrated(indexes)
            for page in pages:
                name = page.strip("/").replace("/", "_") or "home"
                runs, files = [], []
                for n in range(args.runs):
                    files.append(reports / f"{name}{f'.{n}' if n else ''}.json")
                    runs.append(audit(base + page, args.chrome, files[-1], slowdown))
                    factors.append(slowdown)
                    if auto:
                        indexes.append(runs[-1]["environment"]["benchmarkIndex"])
                        slowdown = calibrated(indexes)
                lhr = runs[median_run(files)] if len(runs) > 1 else runs[0]
                scores = {c: round(lhr["categories"][c]["score"] * 100) for c in CATEGORIES}
                miss = [c for c in CATEGORIES if scores[c] < TARGETS[c]]
                misses += bool(miss)
                rows.append(("/" + page, scores, failing_audits(lhr) if miss else []))
                spread = [round(r["categories"]["performance"]["score"] * 100) for r in runs]
                speeds.append(lhr["environment"].get("benchmarkIndex") or 0)
                print(f"  audited /{page}: " + " ".join(f"{c}={scores[c]}" for c in CATEGORIES)
                      + (f" (performance over {len(runs)} runs: {spread})" if len(runs) > 1 else ""),
                      file=sys.stderr, flush=True)

    print("| page | performance | accessibility | best practices | SEO |")
    print("|---|---:|---:|---:|---:|")
    for page, s, _ in rows:
        print(f"| `{page}` | " + " | ".join(str(s[c]) for c in CATEGORIES) + " |")
    for page, _, fails in rows:
        if fails:
            print(f"{page}: below target because of: {', '.join(fails)}")
    if speeds:  # Lighthouse's CPU benchmark of this machine: its 4x mobile slowdown assumes a fast one
        print(f"Lighthouse benchmarkIndex of this machine during the runs: {min(speeds):.0f}-{max(speeds):.0f}")
    print(f"CPU slowdown: {min(factors):.2f}x-{max(factors):.2f}x"
          + (" (auto: benchmarkIndex / 375)" if auto else " (Lighthouse's mobile default is 4x)"))
    print(f"{len(rows) - misses}/{len(rows)} pages meet every target "
          "(performance >= 95, accessibility, best practices and SEO = 100)")
    return 1 if misses else 0


if __name__ == "__main__":
    sys.exit(main())
