"""Watch a browser context for what the no-network promise forbids, page by page.

Shared by tests/test_no_network.py (the hosted build over http on 127.0.0.1) and tests/test_offline.py
(the unzipped bundle on file://), and the one walk over every page of the hosted build that the
smoke, no-network and accessibility tests share (conftest.site_walk). A problem is: a request the `allowed` rule refuses, a failed
request or an HTTP error status (a missing local file counts too), a console error, or an uncaught
page error. Every problem names the page that was open when it happened.
"""

from __future__ import annotations

from urllib.parse import urlsplit

# Schemes that never leave the machine (inline data, object URLs, the shim's blank iframe).
LOCAL_SCHEMES = {"data", "blob", "about"}


def only_localhost(url: str) -> bool:
    """Hosted build: http(s) to 127.0.0.1 and nothing else."""
    parts = urlsplit(url)
    return parts.scheme in LOCAL_SCHEMES or (parts.scheme in ("http", "https") and parts.hostname == "127.0.0.1")


def only_files(url: str) -> bool:
    """Offline bundle: file:// and nothing else, not even 127.0.0.1."""
    return urlsplit(url).scheme in LOCAL_SCHEMES | {"file"}


class Watch:
    """Collects problems from every page and worker of one browser context."""

    def __init__(self, context, allowed):
        self.allowed = allowed
        self.current = "(no page yet)"
        self.problems: list[str] = []
        self.requests: list[str] = []
        context.on("request", self._on_request)
        context.on("requestfailed", lambda r: self._add(f"request failed: {r.url} ({r.failure})"))
        context.on("response", lambda r: r.status >= 400 and self._add(f"HTTP {r.status}: {r.url}"))
        context.on("console", lambda m: m.type == "error" and self._add(f"console error: {m.text}"))
        context.on("weberror", lambda e: self._add(f"page error: {e.error}"))

    def _add(self, problem: str) -> None:
        self.problems.append(f"{self.current}: {problem}")

    def _on_request(self, request) -> None:
        self.requests.append(request.url)
        if not self.allowed(request.url):
            self._add(f"request to another host: {request.url}")

    def visit(self, page, url: str, label: str | None = None) -> None:
        """Open url and wait for the network to be idle (late requests are seen too) and for the
        page's transitions to end."""
        self.current = label or url
        page.goto(url, wait_until="load")
        page.wait_for_load_state("networkidle")
        settle(page)


def settle(page) -> None:
    """Wait until no CSS transition or animation runs: Material fades the search output in (opacity,
    250 ms), and a colour-contrast check taken mid-fade sees text lighter than it ends up."""
    page.wait_for_function("() => document.getAnimations().every(a => a.playState !== 'running')")


def page_file(path: str) -> str:
    """A page's URL path (kb.build.site.site_pages: 'zh/offline/' or 'zh/offline.html') as its file."""
    return path if path.endswith(".html") else f"{path}index.html"


# Lighthouse's crawlable-anchors: every link, also those scripts add, has an address to follow.
BARE_LINKS_JS = """() => [...document.querySelectorAll('a')]
    .filter(a => !/^(https?:|[./#?]|[\\w-]+\\/|[\\w-]+$)/.test(a.getAttribute('href') || ''))
    .map(a => a.outerHTML.slice(0, 120))"""


def axe_violations(page, axe_source: str) -> list[dict]:
    """Run axe on the page as it is now; return its violations (id, impact, nodes' targets)."""
    if not page.evaluate("typeof window.axe !== 'undefined'"):
        page.add_script_tag(content=axe_source)
    result = page.evaluate("async () => (await axe.run(document, {resultTypes: ['violations']})).violations")
    return [
        {"rule": v["id"], "impact": v["impact"], "help": v["help"],
         "nodes": [", ".join(map(str, n["target"])) for n in v["nodes"]]}
        for v in result
    ]


def walk(context, base: str, paths: list[str], allowed, axe_source: str) -> tuple[dict, Watch]:
    """Visit every page once; per page: its language, headings, language-switcher link, axe violations."""
    watch = Watch(context, allowed)
    page = context.new_page()
    seen = {}
    for path in paths:
        watch.visit(page, base + path, label=path or "/")
        lang = "zh" if path.startswith("zh/") else "en"
        other = "en" if lang == "zh" else "zh"
        seen[path] = {
            "lang": page.locator("html").get_attribute("lang"),
            "h1": page.locator("article h1").count(),
            "switcher": page.eval_on_selector(f"a.md-select__link[hreflang={other}]", "a => a.href"),
            "axe": axe_violations(page, axe_source),
            "bare_links": page.evaluate(BARE_LINKS_JS),
        }
    page.close()
    return seen, watch
