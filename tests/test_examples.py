"""Every example on the pages runs against the real libraries and does what the page says.

Examples live in examples/<page-id>/ and are included into both languages with pymdownx.snippets,
so English and Chinese cannot drift. Directives in '# kb: ...' comment lines (outside the section
the page shows) say what running the file must do; see examples/README.md.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
from collections import Counter
from pathlib import Path

import pytest

from conftest import ROOT, skip_or_fail
from example_runner import directives, matches, run_example
from kbcheck import ERROR_PAGES

EXAMPLES = ROOT / "examples"
TF_PYTHON = Path(os.environ.get("KB_TF_PYTHON", ROOT / ".venv-tf" / "bin" / "python"))
INCLUDE_RE = re.compile(r"""--8<--\s+["']([^"':]+)(?::[^"']*)?["']""")
KNOWN_VERBS = {"raises", "output", "env", "gpu"}

EXECUTED: Counter = Counter()  # page id -> examples that ran to completion (checked at the end)


def example_files() -> list[Path]:
    return sorted(EXAMPLES.glob("*/*.py"))


def env_of(path: Path) -> str:
    for _, verb, args in directives(path):
        if verb == "env":
            return args[0]
        if verb == "gpu":
            return "gpu"
    return "main"


def check_result(path: Path, result: dict):
    """Compare what the example did with its directives; quoted texts are matched with masking."""
    expected_raise = [args for _, verb, args in directives(path) if verb == "raises"]
    if expected_raise:
        name, *txt = expected_raise[0]
        assert result["exception"], f"{path.relative_to(ROOT)}: expected {name}, but it ran without error"
        assert name in result["exception_names"], (
            f"{path.relative_to(ROOT)}: expected {name}, got:\n{result['exception']}"
        )
        for rel in txt:
            quoted = (EXAMPLES / rel).read_text(encoding="utf-8")
            assert matches(quoted, result["exception"]), (
                f"examples/{rel} does not match what {path.relative_to(ROOT)} raised.\n"
                f"--- quoted on the page:\n{quoted}\n--- raised:\n{result['exception']}"
            )
    else:
        assert result["exception"] is None, f"{result['where']}: the example raised:\n{result['exception']}"
    for _, verb, args in directives(path):
        if verb == "output":
            quoted = (EXAMPLES / args[0]).read_text(encoding="utf-8")
            assert matches(quoted, result["output"]), (
                f"examples/{args[0]} does not match what {path.relative_to(ROOT)} printed.\n"
                f"--- quoted:\n{quoted}\n--- printed:\n{result['output']}"
            )


@pytest.mark.parametrize(
    "path", [p for p in example_files() if env_of(p) == "main"], ids=lambda p: str(p.relative_to(EXAMPLES))
)
def test_example_runs_as_the_page_says(path, tmp_path):
    check_result(path, run_example(path, tmp_path))
    EXECUTED[path.parent.name] += 1


@pytest.mark.gpu
@pytest.mark.parametrize(
    "path", [p for p in example_files() if env_of(p) == "gpu"], ids=lambda p: str(p.relative_to(EXAMPLES))
)
def test_gpu_example_runs_as_the_page_says(path, tmp_path):
    import torch

    if not torch.cuda.is_available():
        pytest.skip("needs a CUDA GPU; this machine has none (run on a GPU machine to check it)")
    check_result(path, run_example(path, tmp_path))
    EXECUTED[path.parent.name] += 1


@pytest.fixture(scope="module")
def tf_results(tmp_path_factory):
    """All TensorFlow examples, run in one process of the separate TF + Transformers 4.x environment."""
    files = [p for p in example_files() if env_of(p) == "tf"]
    if not TF_PYTHON.exists():
        skip_or_fail(f"the TensorFlow environment is missing ({TF_PYTHON}); create it as the README shows")
    workdir = tmp_path_factory.mktemp("tf")
    env = dict(os.environ, TF_CPP_MIN_LOG_LEVEL="3", TF_USE_LEGACY_KERAS="1", CUDA_VISIBLE_DEVICES="")
    proc = subprocess.run(
        [str(TF_PYTHON), str(ROOT / "tests" / "example_runner.py"), *map(str, files)],
        cwd=workdir, env=env, capture_output=True, text=True, timeout=600,
    )
    results = {}
    for line in proc.stdout.splitlines():
        if line.startswith("KB-RESULT "):
            data = json.loads(line[len("KB-RESULT "):])
            results[data["path"]] = data
    assert proc.returncode == 0, proc.stderr[-3000:]
    return results


@pytest.mark.tf
@pytest.mark.parametrize(
    "path", [p for p in example_files() if env_of(p) == "tf"], ids=lambda p: str(p.relative_to(EXAMPLES))
)
def test_tensorflow_example_runs_as_the_page_says(path, tf_results):
    check_result(path, tf_results[str(path.resolve())])
    EXECUTED[path.parent.name] += 1


def test_every_directive_is_known_and_every_quoted_file_exists():
    problems = []
    for path in example_files():
        for line, verb, args in directives(path):
            where = f"{path.relative_to(ROOT)}:{line}"
            if verb not in KNOWN_VERBS:
                problems.append(f"{where}: unknown directive '{verb}'")
            if verb in ("raises", "output"):
                for rel in args[1:] if verb == "raises" else args:
                    if not (EXAMPLES / rel).is_file():
                        problems.append(f"{where}: {rel} does not exist under examples/")
    assert not problems, "\n".join(problems)


def test_every_quoted_output_is_checked_or_labelled_legacy():
    """A quoted message is either produced by an example here, or is an older variant (*.legacy.txt)."""
    checked = set()
    for path in example_files():
        for _, verb, args in directives(path):
            if verb in ("raises", "output"):
                checked.update(args[1:] if verb == "raises" else args)
    unchecked = [
        str(p.relative_to(EXAMPLES))
        for p in sorted(EXAMPLES.glob("*/*.txt"))
        if not p.name.endswith(".legacy.txt") and str(p.relative_to(EXAMPLES)) not in checked
    ]
    assert not unchecked, f"quoted texts no example checks: {unchecked}"


def test_every_error_page_includes_runnable_examples():
    for pid in ERROR_PAGES:
        for lang in ("en", "zh"):
            text = (ROOT / "docs" / lang / f"{pid}.md").read_text(encoding="utf-8")
            included = [m for m in INCLUDE_RE.findall(text) if m.endswith(".py")]
            assert included, f"docs/{lang}/{pid}.md includes no example from examples/"


def test_examples_executed_per_page_never_drop_to_zero(request):
    """Runs last in this module: each error page had at least one example run to completion."""
    selected = {item.name for item in request.session.items}
    if not any(name.startswith("test_example_runs_as_the_page_says") for name in selected):
        pytest.skip("the example tests were not selected in this run")
    missing = [pid for pid in ERROR_PAGES if EXECUTED[pid] == 0]
    assert not missing, f"no example ran for: {missing} (counts: {dict(EXECUTED)})"
