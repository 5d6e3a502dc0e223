"""Build-time, size and speed benchmark; prints Markdown tables (paste them into README's Benchmarks section).

    kb benchmark                    # everything (about 3 minutes on 2 cores)
    kb benchmark --sizes 100 500    # fewer generated sizes
    kb benchmark --no-browser       # skip the search readiness measurement

1. Clean build time of the real site (strict, fresh output folder; best and median of --runs). Tool
   caches outside the project stay warm, as on any machine after its first build: jieba's dictionary
   cache and our split of it (overrides/hooks/chinese_segmenter.py) in the temp folder.
2. Build time and output size with N generated pages per language, in a throw-away copy of the project
   (docs/, overrides/, examples/, mkdocs.yml); the generated pages sit in section folders of 50.
3. Page weight: critical-path gzip bytes (HTML + CSS + JS, search assets excluded) and the search index.
4. Search readiness: from the load event until a typed query shows results (Playwright + Debian chromium),
   for the real site and the largest generated one, served gzip-compressed on 127.0.0.1.

Targets (issue 6): real site clean build <= 3 s; 1000 pages per language <= 40 s, output growing linearly.
Not a test: numbers depend on the machine; run it on an idle machine.
"""

import sys
from pathlib import Path

import argparse
import shutil
import statistics
import tempfile
import time

from kb.build import site as kbperf
from kb.build.site import ROOT

SECTION_SIZE = 50  # generated pages per folder (a nested navigation section)
EN_PAGE = """---
title: "Generated page {i}: RuntimeError while loading checkpoint shard {i}"
nav_title: "Generated page {i}"
category: {category}
description: A generated page for the build benchmark, number {i}.
signatures:
  - "RuntimeError: Error(s) in loading state_dict for BertModel: size mismatch for shard {sig}."
tags:
  - benchmark
versions: "generated"
---

# Generated page {i}: RuntimeError while loading checkpoint shard {i}

<div class="kb-quick-fix" id="quick-fix" markdown>

**Quick fix.** Generated page {i}. [Fix](#fix)

</div>

## Symptoms {{#symptoms}}

Loading a model fails with a long traceback that ends in a RuntimeError about shard {i}.
The tokenizer loads, the configuration loads, and the weights fail halfway through.

```text
RuntimeError: Error(s) in loading state_dict for BertModel: size mismatch for shard {i}.
```

## Cause {{#cause}}

The checkpoint and the configuration disagree about the size of shard {i}.

## Fix {{#fix}}

Check the checkpoint against the configuration, then load it again with matching sizes.
See [the home page](index.md) for the list of known errors.

```python
from transformers import AutoConfig
config = AutoConfig.for_model("bert", hidden_size=32)
```

## Verify the fix {{#verify}}

The model loads without the error.

## Versions {{#versions}}

Every version.

## Related {{#related}}

- [Home](index.md)
"""
ZH_PAGE = """---
title: "生成的页面 {i}：加载检查点分片 {i} 时出现 RuntimeError"
nav_title: "生成的页面 {i}"
category: {category}
description: 构建基准测试生成的页面，编号 {i}。
signatures:
  - "RuntimeError: Error(s) in loading state_dict for BertModel: size mismatch for shard {sig}."
tags:
  - benchmark
versions: "generated"
---

# 生成的页面 {i}：加载检查点分片 {i} 时出现 RuntimeError

<div class="kb-quick-fix" id="quick-fix" markdown>

**快速解决。** 生成的页面 {i}。[解决办法](#fix)

</div>

## 症状 {{#symptoms}}

加载模型时报错，回溯很长，最后一行是关于分片 {i} 的 RuntimeError。
分词器和配置都能加载，权重加载到一半就失败了。

```text
RuntimeError: Error(s) in loading state_dict for BertModel: size mismatch for shard {i}.
```

## 原因 {{#cause}}

检查点和配置对分片 {i} 的尺寸看法不一致。

## 解决办法 {{#fix}}

先核对检查点和配置是否一致，再用匹配的尺寸重新加载。
已知错误的列表见[首页](index.md)。

```python
from transformers import AutoConfig
config = AutoConfig.for_model("bert", hidden_size=32)
```

## 验证 {{#verify}}

模型加载时不再报错。

## 适用版本 {{#versions}}

所有版本。

## 相关问题 {{#related}}

- [首页](index.md)
"""


def copy_project(dest: Path) -> Path:
    for name in ("docs", "overrides", "examples", "kb"):
        shutil.copytree(ROOT / name, dest / name)
    shutil.copy(ROOT / "mkdocs.yml", dest / "mkdocs.yml")
    return dest


def add_pages(project: Path, n: int, categories: list[str] | None = None) -> None:
    """n generated pages per language.

    With `categories`: error pages at the top level, spread over those category ids, registered like
    real ones (the navigation and home tables list them). Without: pages in folders bench/s00/ ..
    of SECTION_SIZE pages each, which the registry shows as nested sections (so that at 1000 pages a
    page renders its own section's links, not all 1000: navigation.prune).
    """
    for i in range(n):
        if categories:
            rel, category = Path(f"bench-{i:04d}.md"), categories[i % len(categories)]
        else:
            rel, category = Path("bench") / f"s{i // SECTION_SIZE:02d}" / f"p{i:04d}.md", "none"
        for lang, template in (("en", EN_PAGE), ("zh", ZH_PAGE)):
            path = project / "docs" / lang / rel
            path.parent.mkdir(parents=True, exist_ok=True)
            link = "index.md" if categories else "../../index.md"
            path.write_text(template.format(i=i, category=category, sig=rel.with_suffix("").as_posix()).replace("](index.md)", f"]({link})"),
                            encoding="utf-8")


def timed_build(project: Path, site: Path) -> float:
    if site.exists():
        shutil.rmtree(site)
    start = time.perf_counter()
    result = kbperf.build_site(site, project=project)
    elapsed = time.perf_counter() - start
    if result.returncode != 0:
        raise SystemExit(f"build of {project} failed:\n{result.stdout[-3000:]}\n{result.stderr[-3000:]}")
    return elapsed


def dir_size(path: Path) -> tuple[int, int]:
    files = [f for f in path.rglob("*") if f.is_file()]
    return sum(f.stat().st_size for f in files), len(files)


def html_size(path: Path) -> int:
    return sum(f.stat().st_size for f in path.rglob("*.html"))


def search_readiness(site: Path, pages: list[str], query: str = "CUDA") -> dict[str, float]:
    """Seconds from the load event until the first result of `query` is shown, per page."""
    from playwright.sync_api import sync_playwright

    out = {}
    with kbperf.serve(site) as base, sync_playwright() as pw:
        browser = kbperf.launch_chromium(pw)
        for path in pages:
            page = browser.new_page()
            page.goto(base + path, wait_until="load")
            loaded = page.evaluate("performance.timing.loadEventEnd - performance.timing.navigationStart")
            box = page.locator("input.md-search__input")
            box.click()
            box.fill(query)
            box.press("End")  # Material searches on keyup
            page.locator(".md-search-result__item").first.wait_for(timeout=60_000)
            shown = page.evaluate("performance.now()")
            out[path] = (shown - loaded) / 1000
            page.close()
        browser.close()
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--sizes", nargs="*", type=int, default=[100, 500, 1000], help="generated pages per language")
    ap.add_argument("--runs", type=int, default=5, help="clean builds of the real site")
    ap.add_argument("--no-browser", action="store_true")
    args = ap.parse_args(argv)

    with tempfile.TemporaryDirectory(prefix="kb-bench-") as tmp:
        tmp = Path(tmp)
        print(f"real site: {args.runs} clean builds ...", file=sys.stderr, flush=True)
        real_site = tmp / "real-site"
        times = [timed_build(ROOT, real_site) for _ in range(args.runs)]
        real_pages = kbperf.site_pages(real_site)
        real_bytes, real_files = dir_size(real_site)
        rows = [(len(real_pages) // 2, min(times), statistics.median(times), real_bytes, real_files,
                 html_size(real_site), "real site")]

        largest = None
        for n in args.sizes:
            print(f"{n} generated pages per language ...", file=sys.stderr, flush=True)
            project = copy_project(tmp / f"project-{n}")
            add_pages(project, n)
            site = tmp / f"site-{n}"
            t = timed_build(project, site)
            total, files = dir_size(site)
            rows.append((n + len(real_pages) // 2, t, t, total, files, html_size(site), f"+{n} generated"))
            if largest:
                shutil.rmtree(largest[1])
            largest = (n, site)
            shutil.rmtree(project)

        weights = [kbperf.critical_path_weight(real_site, p) for p in real_pages]
        search = kbperf.search_weight(real_site)
        ready = {}
        if not args.no_browser:
            print("search readiness ...", file=sys.stderr, flush=True)
            ready = {("real site", p): s for p, s in search_readiness(real_site, ["", "zh/offline/"]).items()}
            if largest:
                ready.update({(f"+{largest[0]} generated", p): s
                              for p, s in search_readiness(largest[1], ["", "zh/offline/"]).items()})
                big_search = kbperf.search_weight(largest[1])

    print("Build (strict, clean output folder; time is best of runs for the real site, one run otherwise)\n")
    print("| site | pages per language | build time (s) | median (s) | output (MB) | files | HTML per page (KB) |")
    print("|---|---:|---:|---:|---:|---:|---:|")
    for pages, best, median, total, files, html, label in rows:
        print(f"| {label} | {pages} | {best:.1f} | {median:.1f} | {total / 1e6:.1f} | {files} | "
              f"{html / (2 * pages) / 1024:.1f} |")
    base = rows[0]
    if len(rows) > 2:
        (n1, t1, _, s1, *_), (n2, t2, _, s2, *_) = rows[1], rows[-1]
        print(f"\nGrowth from {n1} to {n2} pages per language ({n2 / n1:.1f}x): build time x{t2 / t1:.1f}, "
              f"output x{s2 / s1:.1f} (linear growth keeps both near x{n2 / n1:.1f}).")

    print("\nPage weight, real site (critical path: HTML + CSS + JS, gzip level 6; budget "
          f"{kbperf.BUDGET_BYTES // 1024} KB)\n")
    print("| | gzip (KB) | raw (KB) |")
    print("|---|---:|---:|")
    lightest, heaviest = min(weights, key=lambda w: w.gzip_bytes), max(weights, key=lambda w: w.gzip_bytes)
    print(f"| lightest page `/{lightest.page}` | {lightest.gzip_bytes / 1024:.1f} | {lightest.raw_bytes / 1024:.1f} |")
    print(f"| heaviest page `/{heaviest.page}` | {heaviest.gzip_bytes / 1024:.1f} | {heaviest.raw_bytes / 1024:.1f} |")
    for f, (raw, gz) in search.items():
        print(f"| {f} (not in the budget) | {gz / 1024:.1f} | {raw / 1024:.1f} |")
    if ready and largest:
        for f, (raw, gz) in big_search.items():
            if f.endswith(".json"):
                print(f"| {f}, +{largest[0]} generated (not in the budget) | {gz / 1024:.1f} | {raw / 1024:.1f} |")

    if ready:
        print("\nSearch readiness (load event to first result for 'CUDA', served gzip on 127.0.0.1, no throttling)\n")
        print("| site | page | seconds |")
        print("|---|---|---:|")
        for (label, page), s in ready.items():
            print(f"| {label} | `/{page}` | {s:.2f} |")

    ok_real = base[1] <= 3.0
    print(f"\nTargets: real site clean build <= 3 s: {'met' if ok_real else 'MISSED'} ({base[1]:.1f} s)", end="")
    big = [r for r in rows if r[6] == "+1000 generated"]
    if big:
        print(f"; 1000 pages per language <= 40 s: {'met' if big[0][1] <= 40 else 'MISSED'} ({big[0][1]:.1f} s)")
    print()
    return 0


if __name__ == "__main__":
    sys.exit(main())
