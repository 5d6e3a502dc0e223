"""Reading the error out of a paste, and the signature match: kb/search/extract.py (Python, for the
terminal tool) and overrides/assets/javascripts/kb-extract.js (the site) on one case file,
kb/search/cases.jsonl, and the proof that both give the same lines and the same page.

No browser: the JavaScript runs under Node (`node --test`), as CI runs it.
"""

import ast
import json
import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from conftest import ROOT, skip_or_fail
from kb.pages import registry
from kb.search import extract as X
from kb.search.frames import STYLES, wrap

CASES = ROOT / "kb" / "search" / "cases.jsonl"
NODE = shutil.which("node") or "/usr/bin/node"
# Example outputs that name an error (the measure of `kb search-report`).
ERROR_WORDS = re.compile(r"Error|Exception|Warning|error|warning|Traceback|failed|not found")


def _cases():
    return [json.loads(line) for line in CASES.read_text(encoding="utf-8").splitlines() if line.strip()]


@pytest.fixture(scope="module")
def signatures():
    return {pid: list(e.signatures) for pid, e in registry.load(ROOT / "docs")["en"].items() if e.signatures}


@pytest.fixture(scope="module")
def signatures_file(signatures, tmp_path_factory):
    path = tmp_path_factory.mktemp("sigs") / "signatures.json"
    path.write_text(json.dumps(signatures, ensure_ascii=False), encoding="utf-8")
    return path


def _node():
    if not Path(NODE).exists():
        skip_or_fail(f"node not found at {NODE}")
    return NODE


@pytest.mark.parametrize("case", _cases(), ids=lambda c: c["name"])
def test_python_extracts_the_error_line_and_matches_the_page(case, signatures):
    lines = X.extract(case["text"])
    assert lines and case["line"] in lines[0], lines
    query = X.query_of(case["text"])
    assert 'File "' not in query and "Traceback" not in query, query
    match = X.match_signatures(lines, signatures)
    assert (match[0][0] if match else None) == case["page"], match[:3]


def test_the_case_file_covers_every_kind_of_paste():
    names = " ".join(c["name"] for c in _cases()).lower()
    for kind in ("linux", "windows", "torchrun", "chained", "log", "ansi", "pytest", "progress", "typed",
                 "line breaks", "no exception", "no page covers"):
        assert kind in names, kind


def test_node_runs_the_javascript_on_the_same_cases(signatures_file):
    result = subprocess.run([_node(), "--test", str(ROOT / "tests" / "js")], capture_output=True, text=True,
                            env=dict(os.environ, KB_SIGNATURES=str(signatures_file), KB_CASES=str(CASES)), timeout=120)
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-2000:]
    assert re.search(r"^# pass [1-9]", result.stdout, re.M) and re.search(r"^# fail 0", result.stdout, re.M)


def _example_texts():
    outputs = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "examples").glob("*/*.txt"))]
    outputs = [t for t in outputs if ERROR_WORDS.search(t)]
    return outputs + [wrap(t, style) for t in outputs for style in STYLES]


def test_python_and_javascript_give_the_same_lines_and_page_for_every_case(signatures):
    """The case file, and every example output as it is and in the five frame styles."""
    texts = [c["text"] for c in _cases()] + _example_texts()
    result = subprocess.run([_node(), str(ROOT / "tests" / "js" / "dump-extract.js")],
                            input=json.dumps({"texts": texts, "signatures": signatures}),
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr[-2000:]
    js = json.loads(result.stdout)
    differ = []
    for text, got in zip(texts, js):
        lines = X.extract(text)
        py = {"lines": lines, "query": X.query_of(text), "match": [list(m) for m in X.match_signatures(lines, signatures)]}
        if py != got:
            differ.append((text[:200], py, got))
    assert len(js) == len(texts) > 500
    assert not differ, differ[:3]


def test_pasted_outputs_find_their_page_as_often_as_the_bare_output(signatures):
    """Wrapped in frames, an example output's signature match is as good as the output's own."""
    outputs = [(p.parent.name, p.read_text(encoding="utf-8")) for p in sorted((ROOT / "examples").glob("*/*.txt"))]
    outputs = [(page, t) for page, t in outputs if ERROR_WORDS.search(t)]

    def right(texts):
        return sum(1 for page, t in texts if (X.match_signatures(X.extract(t), signatures)[:1] or [("",)])[0][0] == page)

    bare = right(outputs)
    assert bare >= 0.8 * len(outputs), f"{bare}/{len(outputs)}"
    for style in STYLES:
        wrapped = right([(page, wrap(t, style)) for page, t in outputs])
        assert wrapped >= bare - 0.03 * len(outputs), f"{style}: {wrapped} vs {bare} of {len(outputs)}"


def test_normalize_sets_aside_what_varies():
    a = X.normalize("RuntimeError: CUDA out of memory. Tried to allocate 20.00 MiB (GPU 0; 11.17 GiB total capacity)")
    b = X.normalize("RuntimeError: CUDA out of memory. Tried to allocate 1.50 GiB (GPU 3; 79.1 GiB total capacity)")
    assert a == b
    assert X.normalize("OSError: Can't load config for 'bert-base-uncased'") == \
        X.normalize("OSError: Can't load config for 'meta-llama/Llama-3.2-1B'")
    assert X.normalize('File "D:\\项目\\train.py", line 12') == X.normalize('File "/home/u/train.py", line 99')


def test_signature_match_needs_the_message_not_one_shared_word(signatures):
    assert X.match_signatures(["KeyError: 'lora.down.weight' after merging the adapter"], signatures) == []
    assert X.match_signatures(["ValueError: something else entirely"], signatures) == []
    # a short signature matches a line that is nothing but its template
    assert X.match_signatures(["KeyError: 'mistral'"], {"model-too-new": ["KeyError: 'qwen2'"]}) == \
        [("model-too-new", "KeyError: 'qwen2'")]


def test_the_module_is_standard_library_only_and_python_3_8():
    source = (ROOT / "kb" / "search" / "extract.py").read_text(encoding="utf-8")
    imports = set(re.findall(r"^(?:from|import) (\w+)", source, re.M))
    assert imports <= {"functools", "re", "typing"}, imports
    assert not re.search(r"\b(?:list|dict|tuple|set)\[", source.split('"""', 2)[2]), "PEP 585 generics need 3.9"
    ast.parse(source, feature_version=(3, 8))
