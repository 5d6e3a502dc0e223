"""The companion tool (companion/transformers_kb, built by kb/build/companion.py): from the offline
bundle with nothing but Python, in both languages, with no socket; every example output finds its
page; the IPython extension in a real IPython shell; the excepthook in a subprocess; the wheel."""

import json
import os
import re
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pytest

from conftest import ROOT, skip_or_fail

PY38 = Path("/root/.pyenv/versions/3.8.18/bin/python3.8")  # the oldest Python the tool promises
TRACEBACK = '''Traceback (most recent call last):
  File "/home/u/train.py", line 12, in <module>
    model = AutoModelForCausalLM.from_pretrained("Qwen/Qwen3-8B")
  File "/home/u/.venv/lib/python3.10/site-packages/transformers/models/auto/configuration_auto.py", line 1073, in from_pretrained
    raise ValueError(
ValueError: The checkpoint you are trying to load has model type `qwen3` but Transformers does not recognize this architecture. This could be because of an issue with the checkpoint, or because your version of Transformers is out of date.
'''
# Runs a script with an audit hook that stops the first socket: the tool must never open one.
NO_SOCKET = (
    "import sys, runpy\n"
    "def hook(event, args):\n"
    "    if event.startswith('socket.'):\n"
    "        raise RuntimeError('transformers-kb opened a socket: ' + event)\n"
    "sys.addaudithook(hook)\n"
    "sys.argv = sys.argv[1:]\n"
    "runpy.run_path(sys.argv[0], run_name='__main__')\n"
)


def python_for_bundle() -> str:
    if PY38.is_file():
        return str(PY38)
    skip_or_fail(f"{PY38} not found: the Python 3.8 check of the companion tool did not run")


def run_bundle(bundle: Path, *args, stdin: str = TRACEBACK, python: str | None = None):
    python = python or sys.executable
    env = {"PATH": os.environ.get("PATH", ""), "LANG": "C.UTF-8"}  # nothing else: a bare machine
    return subprocess.run([python, "-I", "-c", NO_SOCKET, str(bundle / "explain.py"), *args],
                          input=stdin, capture_output=True, text=True, env=env, cwd=bundle.parent)


def test_bundle_explains_a_traceback_in_both_languages_on_python_38_with_no_socket(bundle):
    python = python_for_bundle()
    en = run_bundle(bundle, python=python)
    assert en.returncode == 0, en.stderr
    assert "model-too-new/" in en.stdout and (bundle / "model-too-new.html").as_uri() in en.stdout
    assert "?q=ValueError" in en.stdout and "KB build:" in en.stdout
    zh = run_bundle(bundle, "--lang", "zh", python=python)
    assert zh.returncode == 0, zh.stderr
    assert "页面：" in zh.stdout and (bundle / "zh" / "model-too-new.html").as_uri() in zh.stdout


def test_bundle_answers_json_and_github_annotations(bundle):
    result = run_bundle(bundle, "--json")
    data = json.loads(result.stdout)
    assert data["schema"] == 1 and data["page"]["id"] == "model-too-new" and data["error"].startswith("ValueError")
    assert set(data) >= {"build", "lang", "lines", "matched", "release", "installed", "search", "no_match"}
    assert data["build"]["commit"] and data["build"]["date"]
    notice = run_bundle(bundle, "--github").stdout
    assert notice.startswith("::notice title=transformers-kb: ") and "model-too-new/" in notice


def test_no_match_says_so_with_the_sites_links(bundle):
    result = run_bundle(bundle, stdin="RuntimeError: my own code broke in a way no page describes\n")
    assert result.returncode == 1
    assert "No page covers this error yet." in result.stdout
    assert "discuss.huggingface.co/search?q=" in result.stdout and "/issues/new?title=" in result.stdout


def test_bundle_answers_well_under_a_second(bundle):
    start = time.perf_counter()
    result = run_bundle(bundle)
    elapsed = time.perf_counter() - start
    assert result.returncode == 0, result.stderr
    assert elapsed < 2.0, f"explain.py took {elapsed:.2f} s"  # about 0.1-0.3 s on a quiet 2-core machine


def test_every_address_the_tool_prints_exists_in_the_bundle(bundle):
    data = json.loads((bundle / "errors.json").read_text(encoding="utf-8"))
    for page in data["pages"]:
        for lang in ("en", "zh"):
            assert (bundle / page["offline"][lang]).is_file(), page["offline"][lang]


def wrap(text: str, style: str) -> str:
    frames = ('Traceback (most recent call last):\n  File "/srv/app/run.py", line 8, in <module>\n    main()\n'
              '  File "/srv/app/run.py", line 5, in main\n    model = load()\n')
    if style == "rank":
        return "".join(f"[rank0]: {line}\n" for line in (frames + text).splitlines())
    return frames + text


# An example output that shows an error or a warning (the others are tables and program output).
ERROR_WORD = re.compile(r"\b\w*(?:Error|Exception|Warning)\b\s*:|^\s*(?:OSError|ValueError)", re.M)


def example_outputs():
    for path in sorted((ROOT / "examples").glob("*/*.txt")):
        if ERROR_WORD.search(path.read_text(encoding="utf-8")):
            yield path


# Example outputs whose page the signature tier cannot name (the site's full-text search still can):
# (page folder, file) -> reason.
KNOWN_MISSES = {
    ('cache-disk', 'transformers-cache-ignored.txt'):
        "the run ends with the offline page's OSError; this page explains the earlier line, which the site's search finds",
    ('cuda-oom', 'gradient-checkpointing-deprecated.txt'):
        'a deprecation warning quoted in the text, not a message the page is about (no signature)',
    ('device-side-assert', 'token-id-out-of-range.txt'):
        'on the CPU this is IndexError: index out of range in self, whose page is sequence-too-long (one message, one page); the page links there',
    ('download-fails', 'no-content-length.txt'):
        "the run ends with the offline page's OSError; this page explains the earlier line, which the site's search finds",
    ('download-fails', 'rate-limit.txt'):
        "the run ends with the offline page's OSError; this page explains the earlier line, which the site's search finds",
    ('eval-save-strategy', 'metric-not-found.txt'):
        "the whole message is one quoted string (a KeyError's repr), which the signature match sets aside as a name; the site's full-text search finds the page",
    ('flash-attn', 'undefined-symbol-abi.legacy.txt'):
        "the message is a path and a mangled C++ symbol, both set aside; the site's search finds flash_attn_2_cuda",
    ('flash-attn', 'undefined-symbol.legacy.txt'):
        "the message is a path and a mangled C++ symbol, both set aside; the site's search finds flash_attn_2_cuda",
    ('gated-repo', 'fine-grained-token.txt'):
        "the run ends with the offline page's OSError; this page explains the earlier line, which the site's search finds",
    ('import-error', 'missing-backend.txt'):
        "the exception line is a bare 'ImportError:' with the text on the lines after it",
    ('input-ids-or-embeds', 'bert-batchencoding-4x.legacy.txt'):
        'a generic Python error (wrong argument type) that many causes print; no signature by design',
    ('input-ids-or-embeds', 'bert-dict-4x.legacy.txt'):
        'a generic Python error (wrong argument type) that many causes print; no signature by design',
    ('input-ids-or-embeds', 'slow-tokenizer-4x.legacy.txt'):
        'a generic Python error (wrong argument type) that many causes print; no signature by design',
    ('multi-gpu-launch', 'rank-error.txt'):
        "the rank's real error is a FileNotFoundError in the user's script; the page is about finding it",
    ('offline', 'proxy-error.legacy.txt'):
        'the exception line is a nested repr of urllib3 errors with the host quoted',
    ('offline', 'ssl-error-requests.txt'):
        'the exception line is a nested repr of urllib3 errors with the host quoted',
    ('pipeline-task', 'invalid-translation.legacy.txt'):
        "the whole message is one quoted string (a KeyError's repr), which the signature match sets aside as a name; the site's full-text search finds the page",
    ('pipeline-task', 'removed-qa.txt'):
        "the whole message is one quoted string (a KeyError's repr), which the signature match sets aside as a name; the site's full-text search finds the page",
    ('pipeline-task', 'removed-task.txt'):
        "the whole message is one quoted string (a KeyError's repr), which the signature match sets aside as a name; the site's full-text search finds the page",
    ('pipeline-task', 'translation-keyerror.legacy.txt'):
        "KeyError: 'translation' reads like an unknown model type (KeyError: 'qwen2'); the site's search ranks it with the pipeline words",
    ('pipeline-task', 'unknown-task.legacy.txt'):
        "the whole message is one quoted string (a KeyError's repr), which the signature match sets aside as a name; the site's full-text search finds the page",
    ('safetensors-header', 'lfs-index.txt'):
        "a JSONDecodeError about a file's first character: generic, no signature",
    ('tf-save-load', 'h5-weight-missing.legacy.txt'):
        "the whole message is one quoted string (a KeyError's repr), which the signature match sets aside as a name; the site's full-text search finds the page",
    ('version-incompat', 'api-table-5x.txt'):
        'a table of several errors; its first line is the evaluation_strategy TypeError, whose page is training-args-renamed',
}


def test_every_example_output_finds_its_page_bare_and_wrapped(bundle):
    sys.path.insert(0, str(bundle))
    try:
        from transformers_kb import core

        core.configure(site_dir=str(bundle))
        misses = []
        for path in example_outputs():
            expected, name = path.parent.name, path.name
            for style in ("bare", "frames", "rank"):
                text = path.read_text(encoding="utf-8")
                result = core.explain(text if style == "bare" else wrap(text, style))
                got = result["page"]["id"] if result["page"] else None
                if got != expected and (expected, name) not in KNOWN_MISSES:
                    misses.append(f"{expected}/{name} ({style}): {got}")
    finally:
        sys.path.remove(str(bundle))
    assert not misses, "\n".join(misses)
    stale = [key for key in KNOWN_MISSES if not (ROOT / "examples" / key[0] / key[1]).is_file()]
    assert not stale, f"KNOWN_MISSES names files that are gone: {stale}"


def test_ipython_extension_ends_a_known_exception_with_the_page(bundle, tmp_path):
    script = (
        "import sys\n"
        f"sys.path.insert(0, {str(bundle)!r})\n"
        "from transformers_kb import core\n"
        f"core.configure(site_dir={str(bundle)!r})\n"
        "from IPython.testing.globalipapp import start_ipython\n"
        "ip = start_ipython()\n"
        "ip.run_line_magic('load_ext', 'transformers_kb')\n"
        "ip.run_cell('raise ValueError(\"The checkpoint you are trying to load has model type `qwen3` but "
        "Transformers does not recognize this architecture.\")')\n"
        "ip.run_cell('print(\"still alive\", 1 + 1)')\n"
        "import transformers_kb.core as c\n"
        "c.errors = None  # a broken tool must not break the notebook\n"
        "ip.run_cell('raise KeyError(\"x\")')\n"
        "ip.run_cell('print(\"after a failing handler\")')\n"
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, cwd=tmp_path)
    out = result.stdout + result.stderr
    assert "ValueError" in out and "transformers-kb: " in out and "model-too-new/" in out, out
    assert "still alive 2" in out and "KeyError" in out and "after a failing handler" in out, out


def test_install_chains_the_excepthook_in_a_script(bundle, tmp_path):
    script = tmp_path / "train.py"
    script.write_text(
        "import sys\n"
        f"sys.path.insert(0, {str(bundle)!r})\n"
        "import transformers_kb\n"
        "from transformers_kb import core\n"
        f"core.configure(site_dir={str(bundle)!r})\n"
        "previous = []\n"
        "sys.excepthook = lambda *a: (previous.append(1), sys.__excepthook__(*a), print('previous hook ran', file=sys.stderr))\n"
        "transformers_kb.install()\n"
        "raise ValueError(\"The checkpoint you are trying to load has model type `qwen3` but Transformers does not "
        "recognize this architecture.\")\n", encoding="utf-8")
    result = subprocess.run([sys.executable, str(script)], capture_output=True, text=True)
    assert result.returncode == 1
    err = result.stderr
    assert err.index("Traceback") < err.index("previous hook ran") < err.index("transformers-kb: ")
    assert "model-too-new/" in err


def test_the_wheel_installs_and_runs_with_nothing_else(bundle, tmp_path):
    from kb.build import companion

    wheel = companion.write_wheel(bundle, tmp_path / "dist")
    names = zipfile.ZipFile(wheel).namelist()
    assert "transformers_kb/extract.py" in names and "transformers_kb/data/errors.json" in names
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True)
    # Install by unpacking (what pip does for a pure wheel), so the test needs no network and no pip.
    site = next((venv / "lib").glob("python3*/site-packages"))
    with zipfile.ZipFile(wheel) as zf:
        zf.extractall(site)
    result = subprocess.run([str(venv / "bin" / "python"), "-I", "-m", "transformers_kb", "explain", "--json"],
                            input=TRACEBACK, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["page"]["id"] == "model-too-new"
    entry = [n for n in names if n.endswith("entry_points.txt")][0]
    assert "transformers-kb = transformers_kb.cli:main" in zipfile.ZipFile(wheel).read(entry).decode()


@pytest.mark.parametrize("module", ["companion/transformers_kb", "kb/search/extract.py", "kb/releases/lookup.py"])
def test_the_tool_is_standard_library_python_38(module):
    """What the tool ships parses as Python 3.8 and imports nothing outside the standard library."""
    import ast

    paths = [ROOT / module] if module.endswith(".py") else sorted((ROOT / module).glob("*.py"))
    local = {p.stem for p in (ROOT / "companion" / "transformers_kb").glob("*.py")} | {"extract", "releases"}
    for path in paths:
        tree = ast.parse(path.read_text(encoding="utf-8"), feature_version=(3, 8))
        for node in ast.walk(tree):
            names = [a.name for a in node.names] if isinstance(node, ast.Import) else \
                [node.module] if isinstance(node, ast.ImportFrom) and node.module and not node.level else []
            for name in names:
                top = name.split(".")[0]
                assert top in sys.stdlib_module_names or top in local, f"{path}: imports {name}"
