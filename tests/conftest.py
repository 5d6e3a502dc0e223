"""Shared set-up for the test suite.

Examples run offline: HF_HUB_OFFLINE=1 and an empty temporary HF_HOME are set here, at import
time of the conftest, before any test module can import transformers or huggingface_hub.
"""

import atexit
import os
import shutil
import tempfile

_HF_HOME = tempfile.mkdtemp(prefix="kb-hf-home-")
atexit.register(shutil.rmtree, _HF_HOME, ignore_errors=True)
os.environ["HF_HUB_OFFLINE"] = "1"
os.environ["HF_HOME"] = _HF_HOME
os.environ.pop("HF_ENDPOINT", None)
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")

from pathlib import Path  # noqa: E402

import pytest  # noqa: E402

from kb.build.site import CHROMIUM, ROOT, build_site, launch_chromium, serve  # noqa: E402


# On CI (CI=true, as .ci/run sets) or with KB_NO_SKIP=1, a test that would skip for a missing
# tool (Chromium, the TensorFlow environment) fails instead: CI must run everything.
STRICT_SKIPS = os.environ.get("CI", "").lower() in ("1", "true") or os.environ.get("KB_NO_SKIP") == "1"


def skip_or_fail(reason: str):
    """Skip with a clear reason on a developer machine; fail on CI where the tool must exist."""
    if STRICT_SKIPS:
        pytest.fail(f"{reason} (CI installs it, so this is a failure here)")
    pytest.skip(reason)


@pytest.fixture(scope="session")
def built_site(tmp_path_factory) -> Path:
    """The real site, built once per test session with the strict build."""
    site = tmp_path_factory.mktemp("site")
    result = build_site(site)
    assert result.returncode == 0, f"strict build failed:\n{result.stdout}\n{result.stderr}"
    return site


@pytest.fixture
def scratch_project(tmp_path) -> Path:
    """A throw-away copy of the project (docs, overrides, examples, mkdocs.yml) to break on purpose."""
    for name in ("docs", "overrides", "examples", "kb"):
        shutil.copytree(ROOT / name, tmp_path / name)
    shutil.copy(ROOT / "mkdocs.yml", tmp_path / "mkdocs.yml")
    return tmp_path


@pytest.fixture(scope="session")
def browser():
    """Debian's Chromium driven by Playwright (no browser download); skip (fail on CI) without it."""
    if not CHROMIUM.exists():
        skip_or_fail(f"Chromium not found at {CHROMIUM}; install Debian's 'chromium' package (tools/setup does)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        chromium = launch_chromium(pw)
        yield chromium
        chromium.close()


@pytest.fixture(scope="session")
def served_site(built_site):
    """The built site over http on 127.0.0.1 (a random free port); yields the base URL ending in '/'."""
    with serve(built_site) as base:
        yield base


AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"


@pytest.fixture(scope="session")
def axe_source() -> str:
    if not AXE.is_file():
        skip_or_fail(f"{AXE.relative_to(ROOT)} missing: run `npm ci` (tools/test does)")
    return AXE.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def site_walk(browser, built_site, served_site, axe_source):
    """Every page of the hosted build, visited once and shared by the smoke, no-network and
    accessibility tests: (per-page facts, the network/console watch, the base URL)."""
    from netwatch import only_localhost, walk

    from kb.build.site import site_pages

    context = browser.new_context()
    seen, watch = walk(context, served_site, site_pages(built_site), only_localhost, axe_source)
    context.close()
    return seen, watch, served_site


@pytest.fixture(scope="session")
def offline_zip(tmp_path_factory) -> Path:
    """dist/site-offline.zip as `kb offline` builds it (once per session; test_offline, test_companion)."""
    import subprocess
    import sys

    out = tmp_path_factory.mktemp("offline")
    cmd = [sys.executable, "-m", "kb.cli", "offline", "--out", str(out / "site-offline.zip"),
           "--site-dir", str(out / "build")]
    result = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, f"kb offline failed:\n{result.stdout}\n{result.stderr}"
    return out / "site-offline.zip"


@pytest.fixture(scope="session")
def bundle(offline_zip, tmp_path_factory) -> Path:
    """The unzipped bundle's top folder (what a reader opens)."""
    import zipfile

    target = tmp_path_factory.mktemp("unzipped")
    with zipfile.ZipFile(offline_zip) as zf:
        zf.extractall(target)
    return target / "site-offline"


FRESH_TEST = "test_example_in_its_own_interpreter_runs_as_the_page_says"


@pytest.fixture(scope="session", autouse=True)
def fresh_examples_process(request, tmp_path_factory):
    """The examples that start a fresh interpreter (tests/test_examples.py), run from the start of the
    session in a background process of this environment with its own HF_HOME: they spend most of
    their time importing torch and transformers again, and overlap this way with the builds and the
    browser tests instead of making the example tests wait. None when none of them is selected."""
    import sys

    files = [item.callspec.params["path"] for item in request.session.items
             if item.originalname == FRESH_TEST and hasattr(item, "callspec")]
    if not files:
        yield None
        return
    workdir = tmp_path_factory.mktemp("fresh")
    (workdir / "hf-home").mkdir()
    env = dict(os.environ, HF_HOME=str(workdir / "hf-home"), OMP_NUM_THREADS="1")
    proc = start_runner(Path(sys.executable), files, workdir, env)
    yield proc
    if proc.poll() is None:
        proc.kill()
        proc.wait()


def start_runner(python: Path, files: list, workdir: Path, env: dict):
    """tests/example_runner.py over files in the background; one JSON line per file in workdir/stdout.txt."""
    import subprocess

    # Results go to files, not pipes: nobody reads a pipe until the in-process examples are done, and
    # a full pipe would stall the background process.
    with open(workdir / "stdout.txt", "w") as out, open(workdir / "stderr.txt", "w") as err:
        proc = subprocess.Popen([str(python), str(ROOT / "tests" / "example_runner.py"), *map(str, files)],
                                cwd=workdir, env=env, stdout=out, stderr=err)
    proc.workdir = workdir
    return proc
