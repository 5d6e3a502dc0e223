"""kb.testing.fakehub: the local stand-in for the Hub starts, answers like the Hub, and stops without leaks."""

from __future__ import annotations

import shutil
import socket
import subprocess
import sys
import threading
import urllib.error
import urllib.request

import pytest

from conftest import ROOT
from kb.testing.fakehub import (COMMIT, FINE_GRAINED_TOKEN, GATED, GOOD_TOKEN, NOT_GRANTED_TOKEN, PENDING_TOKEN, REQUEST_ID,
                                FakeHub, Repo, lfs_pointer)

REPOS = {
    "org/model": Repo(files={"config.json": '{"model_type": "bert"}', "model.safetensors": lfs_pointer(b"x" * 2000)}),
    "org/gated-model": Repo(files={"config.json": "{}"}, access=GATED),
}


def fetch(url: str, method: str = "GET", token: str | None = None):
    """(status, headers, body) of one request, HTTP errors included; never goes through a proxy."""
    opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))
    request = urllib.request.Request(url, method=method, headers={"Authorization": f"Bearer {token}"} if token else {})
    try:
        with opener.open(request, timeout=5) as response:
            return response.status, response.headers, response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.headers, error.read()


def test_serves_files_with_the_headers_the_client_reads():
    with FakeHub(REPOS) as hub:
        assert hub.url.startswith("http://127.0.0.1:")
        status, headers, body = fetch(f"{hub.url}/org/model/resolve/main/config.json")
        assert (status, body) == (200, b'{"model_type": "bert"}')
        assert headers["X-Repo-Commit"] == COMMIT and headers["ETag"].startswith('"')
        assert int(headers["Content-Length"]) == len(body)
        status, headers, body = fetch(f"{hub.url}/org/model/resolve/main/config.json", method="HEAD")
        assert (status, body) == (200, b"") and int(headers["Content-Length"]) == 22
        status, _, body = fetch(f"{hub.url}/org/model/resolve/{COMMIT}/model.safetensors")
        assert status == 200 and body.startswith(b"version https://git-lfs.github.com/spec/v1\n")
        status, _, body = fetch(f"{hub.url}/api/models/org/model")
        assert status == 200 and b'"rfilename": "model.safetensors"' in body
        assert ("HEAD", "/org/model/resolve/main/config.json") in hub.requests


@pytest.mark.parametrize("path, token, status, code, message", [
    ("org/gated-model/resolve/main/config.json", None, 401, "GatedRepo", "You must have access to it and be authenticated"),
    ("org/gated-model/resolve/main/config.json", NOT_GRANTED_TOKEN, 403, "GatedRepo", "not in the authorized list"),
    ("org/gated-model/resolve/main/config.json", PENDING_TOKEN, 403, "GatedRepo",
     "Your request to access model org/gated-model is awaiting a review from the repo authors."),
    ("org/gated-model/resolve/main/config.json", FINE_GRAINED_TOKEN, 403, None, "fine-grained token settings"),
    ("org/gated-model/resolve/main/config.json", GOOD_TOKEN, 200, None, None),
    # huggingface.co: 401 "Invalid username or password." without a token, 404 with a valid one
    ("org/nope/resolve/main/config.json", None, 401, "RepoNotFound", "Invalid username or password."),
    ("api/models/org/nope", None, 401, "RepoNotFound", "Invalid username or password."),
    ("org/nope/resolve/main/config.json", GOOD_TOKEN, 404, "RepoNotFound", "Repository not found"),
    ("api/models/org/nope", NOT_GRANTED_TOKEN, 404, "RepoNotFound", "Repository not found"),
    # a token the Hub does not know: 401 without a code on every repo, public, gated or missing
    ("org/model/resolve/main/config.json", "hf_revoked", 401, None, "Invalid credentials in Authorization header"),
    ("org/gated-model/resolve/main/config.json", "hf_revoked", 401, None, "Invalid credentials in Authorization header"),
    ("org/nope/resolve/main/config.json", "hf_revoked", 401, None, "Invalid credentials in Authorization header"),
    ("org/model/resolve/main/config.json", NOT_GRANTED_TOKEN, 200, None, None),
    ("org/model/resolve/main/missing.json", None, 404, "EntryNotFound", "Entry not found"),
])
def test_errors_carry_the_hub_headers(path, token, status, code, message):
    with FakeHub(REPOS) as hub:
        got, headers, _ = fetch(f"{hub.url}/{path}", token=token)
    assert got == status
    assert headers["X-Request-Id"] == REQUEST_ID
    assert headers.get("X-Error-Code") == code
    assert (message is None and "X-Error-Message" not in headers) or message in headers["X-Error-Message"]


def test_huggingface_hub_raises_its_real_errors():
    """The installed client, in a fresh interpreter with HF_ENDPOINT set, maps the answers to its exceptions."""
    code = (
        "from huggingface_hub import hf_hub_download\n"
        "from huggingface_hub.errors import GatedRepoError, RepositoryNotFoundError\n"
        "print(open(hf_hub_download('org/model', 'config.json')).read())\n"
        "from huggingface_hub.errors import HfHubHTTPError\n"
        f"for repo, token, exc in (('org/gated-model', None, GatedRepoError), ('org/nope', None, RepositoryNotFoundError),\n"
        f"                         ('org/nope', '{GOOD_TOKEN}', RepositoryNotFoundError),\n"
        f"                         ('org/gated-model', '{PENDING_TOKEN}', GatedRepoError),\n"
        f"                         ('org/model', 'hf_revoked', HfHubHTTPError)):\n"
        "    try:\n"
        "        hf_hub_download(repo, 'model.safetensors' if repo == 'org/model' else 'config.json', token=token)\n"
        "    except exc as e:\n"
        "        print(type(e).__name__, str(e).splitlines()[0], '|', str(e).splitlines()[-1])\n"
    )
    with FakeHub(REPOS) as hub, __import__("tempfile").TemporaryDirectory() as home:
        result = subprocess.run([sys.executable, "-c", code], env=hub.client_env(hf_home=home), cwd=ROOT,
                                capture_output=True, text=True, timeout=120)
        url = hub.url
    assert result.returncode == 0, result.stderr
    rid = f"(Request ID: {REQUEST_ID})"
    assert result.stdout.splitlines() == [
        '{"model_type": "bert"}',
        f"GatedRepoError 401 Client Error. {rid} | Access to model org/gated-model is restricted. You must have access to it"
        " and be authenticated to access it. Please log in.",
        f"RepositoryNotFoundError 401 Client Error. {rid} | Invalid username or password.",
        f"RepositoryNotFoundError 404 Client Error. {rid} | For more details, see https://huggingface.co/docs/huggingface_hub/authentication",
        f"GatedRepoError 403 Client Error. {rid} | Your request to access model org/gated-model is awaiting a review from the repo authors.",
        f"HfHubHTTPError Client error '401 Unauthorized' for url '{url}/org/model/resolve/main/model.safetensors' {rid}"
        " | Invalid credentials in Authorization header",
    ]


def test_stops_cleanly_and_frees_its_port():
    threads_before = threading.active_count()
    with FakeHub(REPOS) as hub:
        port = hub.port
        assert fetch(f"{hub.url}/org/model/resolve/main/config.json")[0] == 200
    assert threading.active_count() == threads_before
    with pytest.raises(OSError):
        socket.create_connection(("127.0.0.1", port), timeout=1).close()
    hub.start()  # the same object can serve again, on a new port
    try:
        assert fetch(f"{hub.url}/org/model/resolve/main/config.json")[0] == 200
    finally:
        hub.stop()
    assert threading.active_count() == threads_before


def test_client_env_drops_offline_mode_tokens_and_proxies():
    base = {"HF_HUB_OFFLINE": "1", "HF_TOKEN": "hf_real", "HTTPS_PROXY": "http://proxy:3128", "PATH": "/bin"}
    with FakeHub() as hub:
        env = hub.client_env(base, hf_home="/tmp/x", token=GOOD_TOKEN)
        assert env["HF_ENDPOINT"] == hub.url
    assert "HF_HUB_OFFLINE" not in env and "HTTPS_PROXY" not in env
    assert env["HF_TOKEN"] == GOOD_TOKEN and env["HF_HOME"] == "/tmp/x" and env["PATH"] == "/bin"
    assert env["NO_PROXY"] == "127.0.0.1"


@pytest.mark.skipif(shutil.which("openssl") is None, reason="the openssl command line tool is missing")
def test_tls_serves_a_chain_only_the_private_ca_verifies(tmp_path):
    import ssl

    from kb.testing.fakehub import proxy_certs

    ca, chain, key = proxy_certs(tmp_path)
    with FakeHub(REPOS, tls=(chain, key)) as hub:
        assert hub.url.startswith("https://127.0.0.1:")
        url = f"{hub.url}/org/model/resolve/main/config.json"
        untrusted = urllib.request.build_opener(urllib.request.ProxyHandler({}),
                                                urllib.request.HTTPSHandler(context=ssl.create_default_context()))
        with pytest.raises(urllib.error.URLError, match="CERTIFICATE_VERIFY_FAILED"):
            untrusted.open(url, timeout=5)
        trusted = urllib.request.build_opener(urllib.request.ProxyHandler({}),
                                              urllib.request.HTTPSHandler(context=ssl.create_default_context(cafile=ca)))
        with trusted.open(url, timeout=5) as response:  # the server survived the rejected handshake
            assert response.status == 200
            assert response.read() == b'{"model_type": "bert"}'


def test_reported_sizes_announce_a_size_the_file_does_not_have():
    repo = Repo(files={"model.safetensors": b"x" * 10}, reported_sizes={"model.safetensors": 4_000_000_000})
    with FakeHub({"org/big": repo}) as hub:
        status, headers, body = fetch(f"{hub.url}/org/big/resolve/main/model.safetensors", method="HEAD")
        assert status == 200 and headers["X-Linked-Size"] == "4000000000" and body == b""
        status, headers, body = fetch(f"{hub.url}/org/big/resolve/main/model.safetensors")
        assert status == 200 and body == b"x" * 10


def _post(url: str, payload: dict, token: str | None = None):
    import json

    opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))
    headers = {"Content-Type": "application/json", **({"Authorization": f"Bearer {token}"} if token else {})}
    request = urllib.request.Request(url, data=json.dumps(payload).encode(), method="POST", headers=headers)
    try:
        with opener.open(request, timeout=5) as response:
            return response.status, response.headers, response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.headers, error.read()


def test_create_repo_needs_a_write_token_and_its_own_namespace():
    from kb.testing.fakehub import WRITE_TOKEN

    with FakeHub() as hub:
        url = f"{hub.url}/api/repos/create"
        status, headers, _ = _post(url, {"name": "x"}, token=GOOD_TOKEN)  # a read token
        assert status == 403 and headers["X-Error-Message"] == 'You don\'t have the rights to create a model under the namespace "me"'
        status, headers, _ = _post(url, {"name": "x", "organization": "None"}, token=WRITE_TOKEN)
        assert status == 403 and '"None"' in headers["X-Error-Message"]
        assert _post(url, {"name": "x"}, token="hf_revoked")[0] == 401
        status, _, body = _post(url, {"name": "x"}, token=WRITE_TOKEN)
        assert status == 200 and b'"me/x"' in body and "me/x" in hub.repos


def test_rate_limit_and_a_head_without_content_length():
    repos = {"org/limited": Repo(files={"config.json": "{}"}, rate_limited=True),
             "org/mirror": Repo(files={"config.json": "{}"}, head_content_length=False)}
    with FakeHub(repos) as hub:
        status, headers, _ = fetch(f"{hub.url}/org/limited/resolve/main/config.json")
        assert status == 429 and headers["RateLimit"].startswith('"resolvers";r=0;')
        status, headers, _ = fetch(f"{hub.url}/org/mirror/resolve/main/config.json", method="HEAD")
        assert status == 200 and "Content-Length" not in headers
        status, headers, body = fetch(f"{hub.url}/org/mirror/resolve/main/config.json")
        assert (status, body, headers["Content-Length"]) == (200, b"{}", "2")


def test_the_anonymous_warning_goes_only_to_requests_without_a_token():
    from kb.testing.fakehub import ANONYMOUS_WARNING

    with FakeHub(REPOS, warn_anonymous=True) as hub:
        _, headers, _ = fetch(f"{hub.url}/org/model/resolve/main/config.json")
        assert headers["X-HF-Warning"].endswith(ANONYMOUS_WARNING)
        _, headers, _ = fetch(f"{hub.url}/org/model/resolve/main/config.json", token=GOOD_TOKEN)
        assert "X-HF-Warning" not in headers
    with FakeHub(REPOS) as hub:  # off by default
        assert "X-HF-Warning" not in fetch(f"{hub.url}/org/model/resolve/main/config.json")[1]
