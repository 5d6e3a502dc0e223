"""Every page stays within the critical-path budget: HTML + CSS + JS <= 80 KB gzip (search index excluded)."""

import html.parser

import pytest


from kb.build import site as kbperf


def over_budget(site_dir, budget: int) -> list[str]:
    report = []
    for path in kbperf.site_pages(site_dir):
        w = kbperf.critical_path_weight(site_dir, path)
        if w.gzip_bytes > budget:
            parts = ", ".join(f"{f} {g / 1024:.1f}" for f, (_, g) in sorted(w.files.items(), key=lambda i: -i[1][1]))
            report.append(f"/{path}: {w.gzip_bytes / 1024:.1f} KB gzip > {budget / 1024:.0f} KB ({parts})")
    return report


def test_every_page_is_within_the_critical_path_budget(built_site):
    assert len(kbperf.site_pages(built_site)) >= 16
    report = over_budget(built_site, kbperf.BUDGET_BYTES)
    assert not report, "\n".join(report)


def test_budget_check_fails_and_names_the_files_when_a_page_is_too_heavy(built_site):
    report = over_budget(built_site, budget=10 * 1024)
    assert len(report) == len(kbperf.site_pages(built_site))
    zh_offline = next(line for line in report if line.startswith("/zh/offline/:"))
    assert "zh/offline/index.html" in zh_offline and "assets/javascripts/bundle." in zh_offline


def test_weight_counts_html_css_and_js_but_not_the_search_index(built_site):
    w = kbperf.critical_path_weight(built_site, "zh/offline/")
    kinds = {f.rsplit(".", 1)[-1] for f in w.files}
    assert kinds == {"html", "css", "js"}, w.files
    assert not any(f.startswith(kbperf.SEARCH_ASSETS) for f in w.files)
    assert kbperf.search_weight(built_site)["search/search_index.json"][1] > 0


def test_an_asset_from_another_host_is_refused(tmp_path):
    (tmp_path / "p").mkdir()
    (tmp_path / "p" / "index.html").write_text('<script src="https://cdn.example/x.js"></script>', encoding="utf-8")
    with pytest.raises(ValueError, match="another host"):
        kbperf.critical_path_weight(tmp_path, "p/")


class _BlockingScripts(html.parser.HTMLParser):
    """Scripts with a src that the parser must fetch and run before it can go on (and paint)."""

    def __init__(self):
        super().__init__()
        self.blocking: list[str] = []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "script" and a.get("src") and not ({"defer", "async"} & a.keys() or a.get("type") == "module"):
            self.blocking.append(a["src"])


def blocking_scripts(site_dir) -> list[str]:
    report = []
    for path in kbperf.site_pages(site_dir):
        parser = _BlockingScripts()
        parser.feed((site_dir / path / "index.html").read_text(encoding="utf-8"))
        report += [f"/{path}: <script src={src}> blocks the first paint; add defer" for src in parser.blocking]
    return report


def test_no_page_waits_for_a_script_before_its_first_paint(built_site):
    """Every script is deferred (overrides/main.html); a blocking one cost about 0.8 s of first paint."""
    assert blocking_scripts(built_site) == []


def test_a_blocking_script_is_reported(tmp_path):
    (tmp_path / "p").mkdir()
    (tmp_path / "p" / "index.html").write_text(
        '<script src="a.js" defer></script><script src="b.js"></script><script>inline()</script>', encoding="utf-8")
    assert blocking_scripts(tmp_path) == ["/p/: <script src=b.js> blocks the first paint; add defer"]
