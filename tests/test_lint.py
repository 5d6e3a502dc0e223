"""The project's Python code passes ruff with the configuration in pyproject.toml."""

import subprocess
import sys
from pathlib import Path

from conftest import ROOT

RUFF = Path(sys.executable).with_name("ruff")


def run_ruff(*paths) -> subprocess.CompletedProcess:
    return subprocess.run([str(RUFF), "check", "--no-cache", *map(str, paths)], cwd=ROOT, capture_output=True, text=True)


def test_the_code_is_lint_clean():
    result = run_ruff(".")
    assert result.returncode == 0, result.stdout + result.stderr


def test_lint_catches_an_unused_import(tmp_path):
    bad = tmp_path / "bad.py"
    bad.write_text("import os\n", encoding="utf-8")
    result = run_ruff(bad)
    assert result.returncode != 0 and "F401" in result.stdout
