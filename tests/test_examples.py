"""Every example on the pages runs against the real libraries and does what the page says.

Examples live in examples/<page-id>/ and are included into both languages with pymdownx.snippets,
so English and Chinese cannot drift. Directives in '# kb: ...' comment lines (outside the section
the page shows) say what running the file must do; see examples/README.md.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
from collections import Counter
from pathlib import Path

import pytest

from conftest import ROOT, skip_or_fail, start_runner
from example_runner import directives, matches, run_example
from kb.pages.registry import error_page_ids

ERROR_PAGES = error_page_ids()


EXAMPLES = ROOT / "examples"
TF_PYTHON = Path(os.environ.get("KB_TF_PYTHON", ROOT / ".venv-tf" / "bin" / "python"))
INCLUDE_RE = re.compile(r"""--8<--\s+["']([^"':]+)(?::[^"']*)?["']""")
KNOWN_VERBS = {"raises", "output", "env", "gpu"}

EXECUTED: Counter = Counter()  # page id -> examples that ran to completion (checked at the end)


def example_files() -> list[Path]:
    return sorted(EXAMPLES.glob("*/*.py"))


# Examples that start a fresh interpreter (settings read at import time, the fake Hub, torchrun):
# several seconds each, mostly importing torch again. They run in a background process of the main
# environment, with its own HF_HOME, from the start of the session (conftest.fresh_examples_process).
FRESH_MARKERS = ("KB_FRESH_INTERPRETER", "run_script(", "subprocess")


def starts_an_interpreter(path: Path) -> bool:
    return any(marker in path.read_text(encoding="utf-8") for marker in FRESH_MARKERS)


def env_of(path: Path) -> str:
    for _, verb, args in directives(path):
        if verb == "env":
            return args[0]
        if verb == "gpu":
            return "gpu"
    return "main"


def shown(path: Path) -> str:
    """A path as the failure messages show it: relative to the project when it is inside it."""
    path = Path(path)
    try:
        return str(path.resolve().relative_to(ROOT))
    except ValueError:
        return str(path)


def check_result(path: Path, result: dict, examples_dir: Path = EXAMPLES):
    """Compare what the example did with its directives; quoted texts are matched with masking.

    Every failure names the example file and a line: where it raised, or the directive that failed.
    """
    path = Path(path)
    found = directives(path)
    expected_raise = [(line, args) for line, verb, args in found if verb == "raises"]
    if expected_raise:
        line, (name, *txt) = expected_raise[0]
        where = f"{shown(path)}:{line}"
        assert result["exception"], f"{where}: expected {name}, but it ran without error"
        assert name in result["exception_names"], f"{where}: expected {name}, got:\n{result['exception']}"
        for rel in txt:
            quoted = (examples_dir / rel).read_text(encoding="utf-8")
            assert matches(quoted, result["exception"]), (
                f"{where}: {shown(examples_dir / rel)} does not match what the example raised.\n"
                f"--- quoted on the page:\n{quoted}\n--- raised:\n{result['exception']}"
            )
    else:
        assert result["exception"] is None, (
            f"{shown(path)}:{result.get('line') or 1}: the example raised:\n{result['exception']}"
        )
    for line, verb, args in found:
        if verb == "output":
            quoted = (examples_dir / args[0]).read_text(encoding="utf-8")
            assert matches(quoted, result["output"]), (
                f"{shown(path)}:{line}: {shown(examples_dir / args[0])} does not match what the example printed.\n"
                f"--- quoted:\n{quoted}\n--- printed:\n{result['output']}"
            )


@pytest.mark.parametrize(
    "path", [p for p in example_files() if env_of(p) == "main" and not starts_an_interpreter(p)],
    ids=lambda p: str(p.relative_to(EXAMPLES))
)
def test_example_runs_as_the_page_says(path, tmp_path):
    check_result(path, run_example(path, tmp_path))
    EXECUTED[path.parent.name] += 1


@pytest.mark.timeout(1200)  # the first of these waits for the whole background run
@pytest.mark.parametrize(
    "path", [p for p in example_files() if env_of(p) == "main" and starts_an_interpreter(p)],
    ids=lambda p: str(p.relative_to(EXAMPLES))
)
def test_example_in_its_own_interpreter_runs_as_the_page_says(path, fresh_results):
    result = fresh_results.get(str(path.resolve()))
    assert result, f"{shown(path)}:1: the background process reported nothing for this example (did it crash?)"
    check_result(path, result)
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


# Both example processes share a small machine: one compute thread each. Without this, torch's
# and TensorFlow's thread pools spin against each other and the tiny Trainer runs take minutes.
ONE_THREAD = {"OMP_NUM_THREADS": "1", "TF_NUM_INTRAOP_THREADS": "1", "TF_NUM_INTEROP_THREADS": "1"}


@pytest.fixture(scope="module", autouse=True)
def one_compute_thread():
    import torch

    before, env_before = torch.get_num_threads(), os.environ.get("OMP_NUM_THREADS")
    torch.set_num_threads(1)
    os.environ["OMP_NUM_THREADS"] = "1"  # for examples that start a fresh interpreter
    yield
    torch.set_num_threads(before)
    if env_before is None:
        os.environ.pop("OMP_NUM_THREADS", None)
    else:
        os.environ["OMP_NUM_THREADS"] = env_before


def tf_files() -> list[Path]:
    return [p for p in example_files() if env_of(p) == "tf"]


def selected_files(request, files: list[Path]) -> list[Path]:
    """The files of this list whose tests this session runs (pytest -k may select a few)."""
    selected = {str(item.callspec.params["path"]) for item in request.session.items
                if item.module is request.module and hasattr(item, "callspec") and "path" in item.callspec.params}
    return [p for p in files if str(p) in selected]


def runner_results(proc: subprocess.Popen, timeout: int = 900) -> dict:
    """What each example of a background run did, keyed by resolved path (waits for the run)."""
    proc.wait(timeout=timeout)
    stdout = (proc.workdir / "stdout.txt").read_text(encoding="utf-8")
    stderr = (proc.workdir / "stderr.txt").read_text(encoding="utf-8", errors="replace")
    results = {}
    for line in stdout.splitlines():
        if line.startswith("KB-RESULT "):
            data = json.loads(line[len("KB-RESULT "):])
            results[data["path"]] = data
    assert proc.returncode == 0, stderr[-3000:]
    return results


def stop(proc):
    if proc is not None and proc.poll() is None:
        proc.kill()
        proc.wait()


@pytest.fixture(scope="module", autouse=True)
def tf_process(request, tmp_path_factory):
    """Start the TensorFlow examples in the background as soon as this module starts.

    They run in one process of the separate TF + Transformers 4.x environment (importing TensorFlow
    alone takes many seconds), alongside the main examples, so the module takes about as long as
    the slower of the two. None when no TF example is selected or the environment is missing.
    """
    files = selected_files(request, tf_files())
    if not files or not TF_PYTHON.exists():
        yield None
        return
    env = dict(os.environ, TF_CPP_MIN_LOG_LEVEL="3", TF_USE_LEGACY_KERAS="1", CUDA_VISIBLE_DEVICES="", **ONE_THREAD)
    proc = start_runner(TF_PYTHON, files, tmp_path_factory.mktemp("tf"), env)
    yield proc
    stop(proc)


@pytest.fixture(scope="module")
def tf_results(tf_process):
    if not TF_PYTHON.exists():
        skip_or_fail(f"the TensorFlow environment is missing ({TF_PYTHON}); create it as the README shows")
    assert tf_process is not None, "the TensorFlow examples were not started"
    return runner_results(tf_process)


@pytest.fixture(scope="module")
def fresh_results(fresh_examples_process):
    """Started by conftest.py at the start of the session (see fresh_examples_process there)."""
    assert fresh_examples_process is not None, "the examples that start an interpreter were not started"
    return runner_results(fresh_examples_process)


@pytest.mark.tf
@pytest.mark.timeout(1200)  # the first of these waits for the whole background run
@pytest.mark.parametrize(
    "path", tf_files(), ids=lambda p: str(p.relative_to(EXAMPLES))
)
def test_tensorflow_example_runs_as_the_page_says(path, tf_results):
    result = tf_results.get(str(path.resolve()))
    assert result, f"{shown(path)}:1: the TensorFlow process reported nothing for this example (did it crash?)"
    check_result(path, result)
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


def pages_without_runs(selected: dict, available: set, executed: Counter, has_examples) -> tuple[list, list]:
    """(pages that should have had an example run but had none, pages waiting for the TF environment).

    selected: page id -> environments of its selected examples; available: environments this
    machine can run ("main", "tf" where .venv-tf exists, "gpu" with CUDA); has_examples(pid): the
    page has any example file at all.
    """
    missing, waiting_for_tf = [], []
    for pid in ERROR_PAGES:
        envs = selected.get(pid)
        if envs is None:
            if not has_examples(pid):
                missing.append(pid)  # a page without any example never passes
            continue  # otherwise none of this page's examples were selected (pytest -k ...)
        if not envs & available:
            (waiting_for_tf if "tf" in envs else missing).append(pid)
        elif executed[pid] == 0:
            missing.append(pid)
    return missing, waiting_for_tf


def test_examples_executed_per_page_never_drop_to_zero(request):
    """Runs last among the example runs: every page whose examples were selected had one complete.

    What can run depends on the machine: the main environment always, TensorFlow examples only
    where .venv-tf exists, GPU examples only with CUDA (they never count on a CPU machine). A page
    whose selected examples all need the missing TF environment is a skip here and a failure on CI.
    """
    import torch

    available = {"main"} | ({"tf"} if TF_PYTHON.exists() else set()) | ({"gpu"} if torch.cuda.is_available() else set())
    selected: dict[str, set[str]] = {}
    for item in request.session.items:
        params = getattr(getattr(item, "callspec", None), "params", {})
        if item.module is request.module and isinstance(params.get("path"), Path):
            selected.setdefault(params["path"].parent.name, set()).add(env_of(params["path"]))
    if not selected:
        pytest.skip("no example was selected in this run")
    missing, waiting_for_tf = pages_without_runs(
        selected, available, EXECUTED, lambda pid: any((EXAMPLES / pid).glob("*.py"))
    )
    assert not missing, (
        f"no example ran to completion for: {missing} (counts: {dict(EXECUTED)}; "
        f"runnable here: {sorted(available)}; GPU-only examples do not count on a CPU machine)"
    )
    if waiting_for_tf:
        skip_or_fail(f"examples of {waiting_for_tf} need the TensorFlow environment ({TF_PYTHON}), which is missing")


def test_per_page_count_rules():
    """The rules of the count above, on made-up pages: each way of 'nothing ran' is caught."""
    everything = {pid: {"main"} for pid in ERROR_PAGES}
    ran = Counter({pid: 1 for pid in ERROR_PAGES})
    assert pages_without_runs(everything, {"main"}, ran, lambda pid: True) == ([], [])
    # every example of a page failed: zero runs
    assert pages_without_runs(everything, {"main"}, ran - Counter(offline=1), lambda pid: True) == (["offline"], [])
    # only TF examples and no TF environment: waiting (skip on a dev machine, failure on CI)
    tf_only = dict(everything, **{"tf-save-load": {"tf"}})
    assert pages_without_runs(tf_only, {"main"}, ran - Counter({"tf-save-load": 1}), lambda pid: True) == ([], ["tf-save-load"])
    # only GPU examples on a CPU machine: they do not count
    gpu_only = dict(everything, **{"cuda-oom": {"gpu"}})
    assert pages_without_runs(gpu_only, {"main", "tf"}, ran - Counter({"cuda-oom": 1}), lambda pid: True) == (["cuda-oom"], [])
    # a page with no example file at all
    no_files = {pid: envs for pid, envs in everything.items() if pid != "padding-mask"}
    assert pages_without_runs(no_files, {"main"}, ran, lambda pid: pid != "padding-mask") == (["padding-mask"], [])


# The example checker itself, fed broken examples outside examples/ (a throw-away examples dir).

def write_examples(tmp_path, files: dict[str, str]) -> Path:
    examples = tmp_path / "examples"
    for rel, text in files.items():
        (examples / rel).parent.mkdir(parents=True, exist_ok=True)
        (examples / rel).write_text(text, encoding="utf-8")
    return examples


def test_example_that_raises_unexpectedly_fails_naming_file_and_line(tmp_path):
    examples = write_examples(tmp_path, {"demo/typo.py": "import os\n\nprint(undefined_name)\n"})
    path = examples / "demo" / "typo.py"
    with pytest.raises(AssertionError) as failure:
        check_result(path, run_example(path, tmp_path), examples)
    message = str(failure.value)
    assert f"{path}:3: the example raised" in message
    assert "NameError: name 'undefined_name' is not defined" in message


def test_example_whose_quoted_error_differs_fails_naming_file_and_line(tmp_path):
    examples = write_examples(tmp_path, {
        "demo/wrong-quote.py": "# kb: raises ValueError demo/wrong-quote.txt\nraise ValueError('the real message')\n",
        "demo/wrong-quote.txt": "ValueError: what the page claims\n",
    })
    path = examples / "demo" / "wrong-quote.py"
    with pytest.raises(AssertionError) as failure:
        check_result(path, run_example(path, tmp_path), examples)
    message = str(failure.value)
    assert f"{path}:1: {examples / 'demo' / 'wrong-quote.txt'} does not match what the example raised" in message
    assert "ValueError: the real message" in message


def test_example_whose_quoted_output_differs_fails_naming_file_and_line(tmp_path):
    examples = write_examples(tmp_path, {
        "demo/out.py": "# kb: output demo/out.txt\nimport warnings\nprint('printed')\n",
        "demo/out.txt": "not printed\n",
    })
    path = examples / "demo" / "out.py"
    with pytest.raises(AssertionError) as failure:
        check_result(path, run_example(path, tmp_path), examples)
    assert f"{path}:1: {examples / 'demo' / 'out.txt'} does not match what the example printed" in str(failure.value)


def test_example_expected_to_raise_but_runs_cleanly_fails(tmp_path):
    examples = write_examples(tmp_path, {"demo/quiet.py": "# kb: raises OSError\nx = 1\n"})
    path = examples / "demo" / "quiet.py"
    with pytest.raises(AssertionError, match=rf"{path}:1: expected OSError, but it ran without error"):
        check_result(path, run_example(path, tmp_path), examples)


def test_runner_captures_prints_warnings_and_logs_under_pytest(tmp_path):
    """pytest swaps sys.stdout/stderr and records warnings; the runner must still see them."""
    examples = write_examples(tmp_path, {"demo/noisy.py": (
        "import logging, sys, warnings\n"
        "print('to stdout')\n"
        "print('to stderr', file=sys.stderr)\n"
        "warnings.warn('a future warning', FutureWarning)\n"
        "from transformers.utils import logging as hf_logging\n"
        "hf_logging.get_logger('transformers').warning('a transformers warning')\n"
    )})
    output = run_example(examples / "demo" / "noisy.py", tmp_path)["output"]
    for text in ("to stdout", "to stderr", "FutureWarning: a future warning", "a transformers warning"):
        assert text in output, output
