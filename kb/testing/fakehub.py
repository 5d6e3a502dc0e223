"""A small stand-in for the Hugging Face Hub on 127.0.0.1, for examples and tests.

The pages quote what Transformers and huggingface_hub print when the Hub answers 401, 403 or 404.
Those messages are built by the client from the status code and the ``X-Error-Code`` /
``X-Error-Message`` headers of the answer (``huggingface_hub.utils._http.hf_raise_for_status``),
so a local server that answers the same way makes the installed libraries raise their real
exceptions, with no network and no account. Point ``HF_ENDPOINT`` at :attr:`FakeHub.url` before
``huggingface_hub`` is imported (it reads the variable once, at import time).

    with FakeHub({"org/model": Repo(files={"config.json": "{}"})}) as hub:
        env = hub.client_env(os.environ, hf_home=tmp)    # HF_ENDPOINT=hub.url, HF_HUB_OFFLINE unset
        subprocess.run([sys.executable, "load.py"], env=env)

As on huggingface.co, a repo id that is not configured (a missing repo, or a private one) answers 401
"Invalid username or password." to a request without a token and 404 ``RepoNotFound`` to one with a
valid token; a token the Hub does not know (revoked, mistyped, from another Hub) gets 401 "Invalid
credentials in Authorization header" on every repo, public ones included. Every answer carries an
``X-Request-Id``, which the client appends to the first line of its errors. Only the endpoints ``from_pretrained`` and ``hf_hub_download``
use are served: ``HEAD``/``GET /{repo}/resolve/{revision}/{file}`` and ``GET /api/models/{repo}``
(with ``/revision/{rev}`` and ``/tree/{rev}``), plus ``POST /api/repos/create`` (the first step of
``push_to_hub``); nothing here is a faithful copy of the Hub's API. A repo can also answer 429 with
the Hub's ``RateLimit`` headers (``rate_limited``) or a HEAD without ``Content-Length``
(``head_content_length=False``, as some mirrors do), and the server can add the Hub's
unauthenticated-requests ``X-HF-Warning`` (``warn_anonymous``). Known simplifications: LFS files
are served directly (the Hub redirects them with ``X-Linked-Etag``), and error bodies are JSON
everywhere (the Hub sends text/plain on ``/resolve/``); neither changes what the client prints.
"""

from __future__ import annotations

import hashlib
import http.server
import json
import os
import re
import threading
from dataclasses import dataclass, field
from urllib.parse import unquote, urlsplit

COMMIT = "0123456789abcdef0123456789abcdef01234567"  # the only revision a fake repo has ("main" points to it)

PUBLIC, GATED = "public", "gated"

# What the Hub answers, as the client reads it (status, X-Error-Code, X-Error-Message).
GATED_401 = "Access to model {repo} is restricted. You must have access to it and be authenticated to access it. Please log in."
GATED_403 = "Access to model {repo} is restricted and you are not in the authorized list. Visit https://huggingface.co/{repo} to ask for access."
FINE_GRAINED_403 = "Please enable access to public gated repositories in your fine-grained token settings to view this repository."
GATED_PENDING_403 = "Your request to access model {repo} is awaiting a review from the repo authors."
REPO_404 = "Repository not found"
REPO_401_ANONYMOUS = "Invalid username or password."
INVALID_TOKEN_401 = "Invalid credentials in Authorization header"
ENTRY_404 = "Entry not found"
REQUEST_ID = "Root=1-6750f0de-0123456789abcdef01234567"  # the Hub's X-Request-Id looks like this
# What the Hub sends (X-HF-Warning) with answers to requests without a token; the client logs it once.
ANONYMOUS_WARNING = ("Warning: You are sending unauthenticated requests to the HF Hub. Please set a HF_TOKEN to enable"
                     " higher rate limits and faster downloads.")

# Tokens a test can send (HF_TOKEN=...): one with access to the gated repos, one fine-grained without the
# gated-repo permission, one of an account whose access request was declined or never made, one whose
# request is still awaiting the authors' review. Any other token is unknown to this Hub (401 everywhere).
GOOD_TOKEN = "hf_fakehub_good_token"
FINE_GRAINED_TOKEN = "hf_fakehub_fine_grained_token"
NOT_GRANTED_TOKEN = "hf_fakehub_not_granted_token"
PENDING_TOKEN = "hf_fakehub_pending_token"
# A write token of the account USER; every other known token is a read token of that account.
WRITE_TOKEN = "hf_fakehub_write_token"
USER = "me"
KNOWN_TOKENS = frozenset({GOOD_TOKEN, FINE_GRAINED_TOKEN, NOT_GRANTED_TOKEN, PENDING_TOKEN, WRITE_TOKEN})
CREATE_403 = 'You don\'t have the rights to create a model under the namespace "{namespace}"'



def lfs_pointer(content: bytes) -> str:
    """The Git LFS pointer file git writes in place of a large file when git-lfs is not installed."""
    return (
        "version https://git-lfs.github.com/spec/v1\n"
        f"oid sha256:{hashlib.sha256(content).hexdigest()}\n"
        f"size {len(content)}\n"
    )


@dataclass
class Repo:
    """A fake model repo: its files (name -> text or bytes) and who may read it.

    access: "public" (anyone), or "gated": without a token 401 GatedRepo; with GOOD_TOKEN (or one
    listed in ``tokens``) the files; with FINE_GRAINED_TOKEN 403 (fine-grained token without the
    gated-repo permission); with PENDING_TOKEN 403 "awaiting a review"; with any other known token
    403 "not in the authorized list". A token not in KNOWN_TOKENS (nor in ``tokens``) gets 401
    "Invalid credentials in Authorization header" whatever the access.
    """

    files: dict[str, str | bytes] = field(default_factory=dict)
    access: str = PUBLIC
    # name -> size in bytes announced for that file (X-Linked-Size, as the Hub sends for LFS files),
    # e.g. a size larger than the free disk space; the file served is still the small one in ``files``
    reported_sizes: dict[str, int] = field(default_factory=dict)
    tokens: tuple[str, ...] = (GOOD_TOKEN,)
    # answer every file request with 429 and the Hub's RateLimit headers (no request left in the window)
    rate_limited: bool = False
    # answer HEAD without Content-Length (and without X-Linked-Size), as some mirrors and proxies do
    head_content_length: bool = True

    def data(self, name: str) -> bytes | None:
        value = self.files.get(name)
        return value.encode("utf-8") if isinstance(value, str) else value


class FakeHub:
    """Serve ``repos`` on http://127.0.0.1:<free port> in a background thread while in a ``with`` block.

    ``tls=(certfile, keyfile)`` serves HTTPS instead (``url`` starts with https://), e.g. with the
    certificates of :func:`proxy_certs`, which no client trusts unless told to: what a
    TLS-inspecting corporate proxy looks like to Python.
    """

    def __init__(self, repos: dict[str, Repo] | None = None, *, tls: tuple[str, str] | None = None,
                 warn_anonymous: bool = False):
        self.repos: dict[str, Repo] = dict(repos or {})
        self.tls = tls
        # send the Hub's X-HF-Warning to requests without a token (off by default: most quoted outputs
        # predate it, and the client prints it once per process)
        self.warn_anonymous = warn_anonymous
        self.requests: list[tuple[str, str]] = []  # (method, path) of every request, for tests
        self._server: http.server.ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None

    # -- life cycle ---------------------------------------------------------------------------
    def start(self) -> FakeHub:
        hub = self

        class Handler(_HubHandler):
            fake = hub

        self._server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        if self.tls is not None:
            import ssl

            context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
            context.load_cert_chain(*self.tls)
            # The handshake happens in the request thread (on first read), so that a client that
            # rejects the certificate does not stop the accept loop.
            self._server.socket = context.wrap_socket(self._server.socket, server_side=True,
                                                      do_handshake_on_connect=False)
            default_handle_error = self._server.handle_error

            def handle_error(request, client_address):  # a client rejecting the certificate is expected
                import sys

                if not isinstance(sys.exc_info()[1], ssl.SSLError):
                    default_handle_error(request, client_address)

            self._server.handle_error = handle_error
        self._thread = threading.Thread(target=self._server.serve_forever, name="fakehub", daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
            self._thread.join(timeout=5)
            self._server = self._thread = None

    def __enter__(self) -> FakeHub:
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()

    @property
    def port(self) -> int:
        assert self._server is not None, "the fake Hub is not running"
        return self._server.server_address[1]

    @property
    def url(self) -> str:
        return f"{'https' if self.tls else 'http'}://127.0.0.1:{self.port}"

    def client_env(self, base: dict[str, str] | None = None, *, hf_home: str | None = None, token: str | None = None) -> dict[str, str]:
        """An environment for a fresh interpreter that talks to this fake Hub and to nothing else.

        HF_ENDPOINT points here, offline mode and any token or proxy of the caller are removed
        (a proxy would receive the requests meant for 127.0.0.1), so are CA bundle settings, hf-xet is off, and HF_HOME is
        ``hf_home`` (give an empty folder) when set.
        """
        drop = {"HF_HUB_OFFLINE", "TRANSFORMERS_OFFLINE", "HF_TOKEN", "HUGGING_FACE_HUB_TOKEN", "HF_TOKEN_PATH",
                "HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy", "https_proxy", "all_proxy",
                "SSL_CERT_FILE", "SSL_CERT_DIR", "REQUESTS_CA_BUNDLE", "CURL_CA_BUNDLE"}
        env = {k: v for k, v in (os.environ if base is None else base).items() if k not in drop}
        env.update(HF_ENDPOINT=self.url, NO_PROXY="127.0.0.1", no_proxy="127.0.0.1", HF_HUB_DISABLE_XET="1",
                   HF_HUB_DISABLE_TELEMETRY="1", HF_HUB_ETAG_TIMEOUT="5", HF_HUB_DOWNLOAD_TIMEOUT="5")
        if hf_home is not None:
            env["HF_HOME"] = str(hf_home)
        if token is not None:
            env["HF_TOKEN"] = token
        return env


class _HubHandler(http.server.BaseHTTPRequestHandler):
    fake: FakeHub
    protocol_version = "HTTP/1.1"
    server_version = "FakeHub/1"

    def log_message(self, *args) -> None:  # quiet: the examples' output is quoted on the pages
        pass

    def do_HEAD(self) -> None:
        self._answer(head=True)

    def do_GET(self) -> None:
        self._answer(head=False)

    def do_POST(self) -> None:
        """Only ``/api/repos/create``: a write token may create repos under USER; anything else gets 403."""
        self.head = False
        path = unquote(urlsplit(self.path).path)
        self.fake.requests.append((self.command, path))
        length = int(self.headers.get("Content-Length") or 0)
        payload = json.loads(self.rfile.read(length) or b"{}") if length else {}
        if path != "/api/repos/create":
            return self._send(404, b"Not Found", {"Content-Type": "text/plain"})
        token = self._token()
        if token is not None and token not in KNOWN_TOKENS:
            return self._error(401, None, INVALID_TOKEN_401)
        namespace = payload.get("organization") or (USER if token else None)
        if token is None:
            return self._error(401, None, REPO_401_ANONYMOUS)
        if token != WRITE_TOKEN or namespace != USER:
            return self._error(403, None, CREATE_403.format(namespace=namespace))
        repo_id = f"{namespace}/{payload.get('name')}"
        self.fake.repos.setdefault(repo_id, Repo())
        self._send(200, json.dumps({"url": f"{self.fake.url}/{repo_id}", "name": repo_id}).encode(),
                   {"Content-Type": "application/json"})

    # -- routing ------------------------------------------------------------------------------
    def _answer(self, head: bool) -> None:
        path = unquote(urlsplit(self.path).path)
        self.fake.requests.append((self.command, path))
        self.head = head
        if path.startswith("/api/models/"):
            return self._api(path[len("/api/models/"):])
        match = re.fullmatch(r"/(?P<repo>[^/]+(?:/[^/]+)?)/resolve/(?P<rev>[^/]+)/(?P<file>.+)", path)
        if match:
            return self._resolve(match["repo"], match["rev"], match["file"])
        self._send(404, b"Not Found", {"Content-Type": "text/plain"})

    def _token(self) -> str | None:
        auth = self.headers.get("Authorization", "")
        return auth[len("Bearer "):] if auth.startswith("Bearer ") else None

    def _repo_or_error(self, repo_id: str) -> Repo | None:
        """The repo if this request may read it; otherwise send the Hub's error answer and return None."""
        repo = self.fake.repos.get(repo_id)
        token = self._token()
        if token is not None and token not in KNOWN_TOKENS and not (repo is not None and token in repo.tokens):
            # the Hub rejects a token it does not know before it looks at the repo (no X-Error-Code)
            self._error(401, None, INVALID_TOKEN_401)
            return None
        if repo is None:
            if token is None:
                # huggingface.co answers 401 without a code here; the code keeps the client's
                # classification (RepositoryNotFoundError), which it infers from https:// URLs only
                self._error(401, "RepoNotFound", REPO_401_ANONYMOUS)
            else:
                self._error(404, "RepoNotFound", REPO_404)
            return None
        if repo.access == GATED:
            if token is None:
                self._error(401, "GatedRepo", GATED_401.format(repo=repo_id))
                return None
            if token == FINE_GRAINED_TOKEN:
                self._error(403, None, FINE_GRAINED_403)
                return None
            if token == PENDING_TOKEN:
                self._error(403, "GatedRepo", GATED_PENDING_403.format(repo=repo_id))
                return None
            if token not in repo.tokens:
                self._error(403, "GatedRepo", GATED_403.format(repo=repo_id))
                return None
        return repo

    def _resolve(self, repo_id: str, revision: str, filename: str) -> None:
        repo = self._repo_or_error(repo_id)
        if repo is None:
            return
        if repo.rate_limited:
            # IETF RateLimit headers, as the Hub sends them (window numbers here are placeholders)
            return self._send(429, b"", {"Content-Type": "text/plain", "RateLimit": '"resolvers";r=0;t=0',
                                         "RateLimit-Policy": '"fixed window";"resolvers";q=3000;w=300'})
        if revision not in ("main", COMMIT):
            return self._error(404, "RevisionNotFound", "Invalid rev id: " + revision)
        data = repo.data(filename)
        if data is None:
            return self._error(404, "EntryNotFound", ENTRY_404, commit=True)
        etag = hashlib.sha256(data).hexdigest() if len(data) > 1024 else hashlib.sha1(data).hexdigest()
        no_length = self.head and not repo.head_content_length
        self._send(200, data, no_length=no_length, headers={
            "Content-Type": "application/octet-stream",
            "ETag": f'"{etag}"',
            "X-Repo-Commit": COMMIT,
            "Accept-Ranges": "bytes",
            **({"X-Linked-Size": str(repo.reported_sizes[filename])}
               if filename in repo.reported_sizes and not no_length else {}),
        })

    def _api(self, rest: str) -> None:
        match = re.fullmatch(r"(?P<repo>[^/]+(?:/[^/]+)?)(?:/(?P<what>revision|tree)/(?P<rev>[^/]+)(?P<sub>/.*)?)?", rest)
        if not match:
            return self._send(404, b"Not Found", {"Content-Type": "text/plain"})
        repo = self._repo_or_error(match["repo"])
        if repo is None:
            return
        if match["what"] == "tree":
            body = [{"type": "file", "path": name, "size": len(repo.data(name)), "oid": hashlib.sha1(repo.data(name)).hexdigest()}
                    for name in sorted(repo.files)]
        else:
            body = {"id": match["repo"], "modelId": match["repo"], "sha": COMMIT, "private": False,
                    "gated": "manual" if repo.access == GATED else False,
                    "siblings": [{"rfilename": name} for name in sorted(repo.files)]}
        self._send(200, json.dumps(body).encode(), {"Content-Type": "application/json", "X-Repo-Commit": COMMIT})

    # -- answers ------------------------------------------------------------------------------
    def _error(self, status: int, code: str | None, message: str, commit: bool = False) -> None:
        headers = {"Content-Type": "application/json", "X-Error-Message": message}
        if code:
            headers["X-Error-Code"] = code
        if commit:
            headers["X-Repo-Commit"] = COMMIT
        self._send(status, json.dumps({"error": message}).encode(), headers)

    def _send(self, status: int, body: bytes, headers: dict[str, str], no_length: bool = False) -> None:
        self.send_response(status)
        self.send_header("X-Request-Id", REQUEST_ID)
        if self.fake.warn_anonymous and self._token() is None:
            self.send_header("X-HF-Warning", f"unauthenticated; {ANONYMOUS_WARNING}")
        for name, value in headers.items():
            self.send_header(name, value)
        if not no_length:  # a HEAD answer may leave it out; a GET always has it here
            self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if not self.head:
            self.wfile.write(body)


def run_script(script: str, repos: dict[str, Repo], *, token: str | None = None, hf_home_files: dict[str, str] | None = None,
               extra_env: dict[str, str] | None = None, tls: bool = False, ca_env: tuple[str, ...] = (),
               warn_anonymous: bool = False) -> int:
    """Run ``script`` in a fresh interpreter against a fake Hub serving ``repos``; return its exit status.

    For examples: their hidden part calls this, and the shown part (which runs when
    ``KB_FRESH_INTERPRETER=1``) sees HF_ENDPOINT pointing at the fake Hub, offline mode off and an
    empty HF_HOME (plus ``hf_home_files``, e.g. a saved ``token``). Its output goes to the same
    terminal, so the example's output check sees the traceback.

    ``tls=True`` serves HTTPS with the certificates of :func:`proxy_certs` (an untrusted private CA,
    like a TLS-inspecting corporate proxy); each variable named in ``ca_env`` (``SSL_CERT_FILE``,
    ``REQUESTS_CA_BUNDLE``) is set to that CA's certificate in the script's environment.
    """
    import tempfile
    from pathlib import Path

    with tempfile.TemporaryDirectory(prefix="kb-fakehub-certs-") as certs:
        ca, chain, key = proxy_certs(certs) if tls else (None, None, None)
        with FakeHub(repos, tls=(chain, key) if tls else None, warn_anonymous=warn_anonymous) as hub, \
                tempfile.TemporaryDirectory(prefix="kb-fakehub-home-") as home:
            for name, text in (hf_home_files or {}).items():
                (Path(home) / name).write_text(text, encoding="utf-8")
            env = hub.client_env(hf_home=home, token=token)
            env.update({name: ca for name in ca_env})
            return _run_fresh(script, env, extra_env)


def _run_fresh(script: str, env: dict[str, str], extra_env: dict[str, str] | None) -> int:
    import subprocess
    import sys
    from pathlib import Path

    root = str(Path(__file__).resolve().parents[2])  # so that the script can import kb too
    env.update(extra_env or {}, KB_FRESH_INTERPRETER="1",
               PYTHONPATH=os.pathsep.join(filter(None, [root, env.get("PYTHONPATH")])))
    return subprocess.run([sys.executable, script], env=env, timeout=300).returncode


def proxy_certs(folder: str | os.PathLike[str]) -> tuple[str, str, str]:
    """Write a private root CA and a server certificate for 127.0.0.1 signed by it into ``folder``.

    Returns (ca.pem, chain.pem, key.pem): serve with ``FakeHub(tls=(chain, key))``, the way a
    TLS-inspecting corporate proxy presents its own certificate chain, which no client trusts
    unless given ca.pem (``SSL_CERT_FILE``, ``REQUESTS_CA_BUNDLE``), like a corporate root CA.
    Uses the ``openssl`` command line tool.
    """
    import subprocess

    def path(name: str) -> str:
        return os.path.join(folder, name)

    def openssl(*args: str) -> None:
        subprocess.run(["openssl", *args], check=True, capture_output=True, timeout=60)

    with open(path("ext.cnf"), "w", encoding="ascii") as f:
        f.write("subjectAltName=IP:127.0.0.1\n")
    openssl("req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", path("ca.key"), "-out", path("ca.pem"),
            "-days", "2", "-subj", "/CN=Example Corp Root CA")
    openssl("req", "-newkey", "rsa:2048", "-nodes", "-keyout", path("key.pem"), "-out", path("server.csr"),
            "-subj", "/CN=127.0.0.1")
    openssl("x509", "-req", "-in", path("server.csr"), "-CA", path("ca.pem"), "-CAkey", path("ca.key"),
            "-CAcreateserial", "-out", path("server.pem"), "-days", "2", "-extfile", path("ext.cnf"))
    with open(path("chain.pem"), "w", encoding="ascii") as chain:
        for name in ("server.pem", "ca.pem"):
            with open(path(name), encoding="ascii") as part:
                chain.write(part.read())
    return path("ca.pem"), path("chain.pem"), path("key.pem")


def tiny_model_files(model_type: str = "llama") -> dict[str, bytes]:
    """config.json and model.safetensors of a tiny randomly initialised model (built here, nothing downloaded)."""
    import tempfile
    from pathlib import Path

    import transformers

    configs = {
        "llama": lambda: transformers.LlamaConfig(vocab_size=128, hidden_size=16, intermediate_size=32, num_hidden_layers=1,
                                                  num_attention_heads=2, num_key_value_heads=2, max_position_embeddings=64),
        "bert": lambda: transformers.BertConfig(vocab_size=100, hidden_size=32, num_hidden_layers=1, num_attention_heads=2,
                                                intermediate_size=37),
    }
    config = configs[model_type]()
    model = transformers.AutoModel.from_config(config) if model_type == "bert" else transformers.AutoModelForCausalLM.from_config(config)
    with tempfile.TemporaryDirectory() as tmp:
        model.save_pretrained(tmp)
        return {p.name: p.read_bytes() for p in Path(tmp).iterdir() if p.is_file()}


CUSTOM_CONFIG = '''from transformers import PretrainedConfig


class FooConfig(PretrainedConfig):
    model_type = "foo"

    def __init__(self, hidden_size=8, **kwargs):
        self.hidden_size = hidden_size
        super().__init__(**kwargs)
'''

CUSTOM_MODELING = '''import torch
from transformers import PreTrainedModel

from .configuration_foo import FooConfig


class FooModel(PreTrainedModel):
    config_class = FooConfig

    def __init__(self, config):
        super().__init__(config)
        self.proj = torch.nn.Linear(config.hidden_size, config.hidden_size)
        self.post_init()

    def forward(self, x):
        return self.proj(x)
'''


def custom_code_files() -> dict[str, bytes]:
    """A tiny model repo with custom code: config.json with auto_map, configuration_foo.py, modeling_foo.py, weights."""
    import tempfile
    from pathlib import Path

    import torch
    from safetensors.torch import save_file

    config = {"model_type": "foo", "hidden_size": 8, "architectures": ["FooModel"],
              "auto_map": {"AutoConfig": "configuration_foo.FooConfig", "AutoModel": "modeling_foo.FooModel"}}
    with tempfile.TemporaryDirectory() as tmp:
        save_file({"proj.weight": torch.zeros(8, 8), "proj.bias": torch.zeros(8)}, f"{tmp}/model.safetensors",
                  metadata={"format": "pt"})
        weights = Path(tmp, "model.safetensors").read_bytes()
    return {"config.json": json.dumps(config, indent=2).encode(), "configuration_foo.py": CUSTOM_CONFIG.encode(),
            "modeling_foo.py": CUSTOM_MODELING.encode(), "model.safetensors": weights}


def write_files(folder, files: dict[str, str | bytes]) -> None:
    """Write a files dict (as served by the fake Hub) into a local folder."""
    from pathlib import Path

    Path(folder).mkdir(parents=True, exist_ok=True)
    for name, data in files.items():
        path = Path(folder, name)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)


CUSTOM_TOKENIZER = '''from transformers import PreTrainedTokenizerFast


class QWenTokenizer(PreTrainedTokenizerFast):
    """A stand-in for a repository's own tokenizer class."""
'''


def tokenizer_files(tokenizer_class: str = "QWenTokenizer", custom_code: bool = False) -> dict[str, bytes]:
    """A tiny word-level tokenizer.json and a tokenizer_config.json naming ``tokenizer_class``.

    With custom_code, tokenizer_config.json also has an auto_map to tokenization_qwen.py (included),
    as repositories with their own tokenizer class do.
    """
    from tokenizers import Tokenizer, models, pre_tokenizers

    vocab = {"[UNK]": 0, "[PAD]": 1, "hello": 2, "world": 3}
    tok = Tokenizer(models.WordLevel(vocab, unk_token="[UNK]"))
    tok.pre_tokenizer = pre_tokenizers.Whitespace()
    config = {"tokenizer_class": tokenizer_class, "unk_token": "[UNK]", "pad_token": "[PAD]"}
    files = {"tokenizer.json": tok.to_str().encode()}
    if custom_code:
        entry = f"tokenization_qwen.{tokenizer_class}"
        config["auto_map"] = {"AutoTokenizer": [entry, entry]}
        files["tokenization_qwen.py"] = CUSTOM_TOKENIZER.replace("QWenTokenizer", tokenizer_class).encode()
    files["tokenizer_config.json"] = json.dumps(config, indent=2).encode()
    return files
