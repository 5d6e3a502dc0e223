"""Building, serving and measuring the site: the one way each, for the command line and the tests.

- build_site(): a strict build of a project into a folder, optionally with another site_url.
- serve(): a built site over http on 127.0.0.1 the way a static host serves it (gzip, cache headers).
- launch_chromium(): Debian's Chromium through Playwright, with the flags a closed network needs.
- site_pages(): every page of a built site (both languages), as URL paths.
- critical_path_weight(): the gzip bytes a page needs before a reader can use it.
"""

from __future__ import annotations

import contextlib
import functools
import gzip
import html.parser
import http.server
import io
import os
import subprocess
import sys
import threading
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urljoin, urlsplit

ROOT = Path(__file__).resolve().parents[2]
# What a reader needs before the page is usable: HTML, stylesheets and scripts. The search index,
# the search worker and lunr's language files load in the background for the search box only;
# they are measured and reported on their own (search_weight()).
SEARCH_ASSETS = ("search/search_index.json", "search/search_index.js", "assets/javascripts/workers/",
                 "assets/javascripts/lunr/")
# 80 KB until 2026-12; every page now also carries its quick answer, the "Was this page helpful?" form
# and the search code that reads pastes (kb-search.js 1.8 -> 4.3 KB gzip; the index itself now loads
# only when the reader turns to search). The longest page, /zh/cuda-oom/, is 84.6 KB. Lighthouse's
# performance score (96-100 where measured) is the target readers feel; this budget keeps growth visible.
BUDGET_BYTES = 86 * 1024
GZIP_LEVEL = 6  # what common static hosts use; level 9 would flatter the numbers
COMPRESSIBLE = {".html", ".css", ".js", ".json", ".xml", ".svg", ".txt", ".map"}


def gzip_size(data: bytes) -> int:
    return len(gzip.compress(data, compresslevel=GZIP_LEVEL, mtime=0))


# Debian's Chromium; never a browser download. The flags keep it from calling home on a closed network.
CHROMIUM = Path(os.environ.get("KB_CHROMIUM", "/usr/bin/chromium"))
CHROMIUM_ARGS = [
    "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-sync",
    "--disable-background-networking", "--disable-component-update",
]


def launch_chromium(playwright):
    """A headless Chromium from a running sync_playwright() context."""
    return playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS, headless=True)


def build_site(site_dir: Path, *, project: Path = ROOT, site_url: str | None = None, strict: bool = True,
               env_extra: dict | None = None, config: Path | None = None) -> subprocess.CompletedProcess:
    """Build `project` into site_dir (never raises; check returncode). site_url overrides mkdocs.yml's."""
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1", **(env_extra or {}))
    if site_url:
        env["KB_SITE_URL"] = site_url
    cmd = [sys.executable, "-m", "mkdocs", "build", "--site-dir", str(site_dir)]
    if strict:
        cmd.append("--strict")
    if config:
        cmd += ["--config-file", str(config)]
    return subprocess.run(cmd, cwd=project, env=env, capture_output=True, text=True)


def site_pages(site_dir: Path) -> list[str]:
    """URL paths of every page of a built site, both languages, 404 pages excluded: '' for the home
    page and 'zh/offline/' with directory URLs; 'index.html' and 'zh/offline.html' without (the
    offline bundle)."""
    pages = []
    for html_file in site_dir.rglob("*.html"):
        rel = html_file.relative_to(site_dir).as_posix()
        if rel.startswith(("assets/", "search/")) or html_file.name == "404.html":
            continue
        pages.append(rel.removesuffix("index.html") if html_file.name == "index.html" else rel)
    return sorted(pages, key=lambda p: (p.startswith("zh/"), p))


class _AssetLinks(html.parser.HTMLParser):
    """Collects the stylesheets and scripts an HTML page loads."""

    def __init__(self):
        super().__init__()
        self.assets: list[str] = []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "link" and "stylesheet" in (a.get("rel") or "").split() and a.get("href"):
            self.assets.append(a["href"])
        elif tag == "script" and a.get("src"):
            self.assets.append(a["src"])


@dataclass
class Weight:
    page: str
    files: dict[str, tuple[int, int]] = field(default_factory=dict)  # site path -> (raw, gzip)

    @property
    def gzip_bytes(self) -> int:
        return sum(g for _, g in self.files.values())

    @property
    def raw_bytes(self) -> int:
        return sum(r for r, _ in self.files.values())


def critical_path_weight(site_dir: Path, page: str) -> Weight:
    """HTML + every stylesheet and script the page references, gzip-compressed, search assets excluded.

    Only files of this site count (there are no others: the site loads nothing from other hosts).
    """
    html_file = site_dir / page / "index.html"
    weight = Weight(page)
    data = html_file.read_bytes()
    weight.files[f"{page}index.html"] = (len(data), gzip_size(data))
    parser = _AssetLinks()
    parser.feed(data.decode("utf-8"))
    base = f"http://site/{page}"
    for ref in parser.assets:
        url = urlsplit(urljoin(base, ref))
        if url.netloc != "site":
            raise ValueError(f"{html_file}: loads {ref} from another host")
        path = url.path.lstrip("/")
        if path.startswith(SEARCH_ASSETS) or path in weight.files:
            continue
        data = (site_dir / path).read_bytes()
        weight.files[path] = (len(data), gzip_size(data))
    return weight


def search_weight(site_dir: Path) -> dict[str, tuple[int, int]]:
    """(raw, gzip) bytes of the search index and the search worker, reported beside the budget."""
    out = {}
    for pattern in ("search/search_index.json", "assets/javascripts/workers/search.*.min.js"):
        for f in site_dir.glob(pattern):
            data = f.read_bytes()
            out[f.relative_to(site_dir).as_posix()] = (len(data), gzip_size(data))
    return out


class _StaticHostHandler(http.server.SimpleHTTPRequestHandler):
    """Serves files like a static host does: gzip for text, a short cache lifetime (GitHub Pages: 600 s)."""

    def log_message(self, *args):
        pass

    def end_headers(self):
        self.send_header("Cache-Control", "max-age=600")
        super().end_headers()

    def send_head(self):
        path = Path(self.translate_path(self.path))
        if path.is_dir():
            if not self.path.split("?")[0].endswith("/"):
                return super().send_head()  # the redirect to the trailing-slash URL
            path = path / "index.html"
        if (not path.is_file() or path.suffix not in COMPRESSIBLE
                or "gzip" not in self.headers.get("Accept-Encoding", "")):
            return super().send_head()
        body = gzip.compress(path.read_bytes(), compresslevel=GZIP_LEVEL, mtime=0)
        self.send_response(200)
        self.send_header("Content-Type", self.guess_type(str(path)))
        self.send_header("Content-Encoding", "gzip")
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Vary", "Accept-Encoding")
        self.end_headers()
        return io.BytesIO(body)


@contextlib.contextmanager
def serve(site_dir: Path, port: int = 0):
    """Serve site_dir on http://127.0.0.1:port/ (port 0: a free one); yields the base URL ending in '/'."""
    handler = functools.partial(_StaticHostHandler, directory=str(site_dir))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", port), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()


def free_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]
