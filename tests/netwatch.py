"""Watch a browser context for what the no-network promise forbids, page by page.

Shared by tests/test_no_network.py (the hosted build over http on 127.0.0.1) and tests/test_offline.py
(the unzipped bundle on file://). A problem is: a request the `allowed` rule refuses, a failed
request or an HTTP error status (a missing local file counts too), a console error, or an uncaught
page error. Every problem names the page that was open when it happened.
"""

from __future__ import annotations

import contextlib
import functools
import http.server
import threading
from pathlib import Path
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

    def visit(self, page, url: str, label: str | None = None, settle_ms: int = 100) -> None:
        """Open url and wait for the network to be idle, so late requests are seen too."""
        self.current = label or url
        page.goto(url, wait_until="load")
        page.wait_for_load_state("networkidle")
        page.wait_for_timeout(settle_ms)


def site_pages(site: Path) -> list[str]:
    """Every HTML page of a built site, as paths relative to it ('zh/offline/index.html'), 404 left out."""
    return sorted(p.relative_to(site).as_posix() for p in site.rglob("*.html") if p.name != "404.html")


@contextlib.contextmanager
def serve(directory: Path):
    """Serve a folder over http on 127.0.0.1 (random port); yields the base URL ending in '/'."""
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(directory))
    handler.log_message = lambda *args: None
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()
