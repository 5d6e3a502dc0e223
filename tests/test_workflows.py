"""The GitHub Actions workflows are valid and do what the README promises.

Schema: check-jsonschema's vendored GitHub workflow schema (--builtin-schema, no network needed).
"""

import subprocess
import sys
from pathlib import Path

import yaml

from conftest import ROOT, skip_or_fail

WORKFLOWS = ROOT / ".github" / "workflows"
CHECK_JSONSCHEMA = Path(sys.executable).parent / "check-jsonschema"


def load(name: str) -> dict:
    data = yaml.safe_load((WORKFLOWS / name).read_text(encoding="utf-8"))
    data["on"] = data.pop(True, data.get("on"))  # YAML 1.1 reads the key `on` as True
    return data


def steps(workflow: dict) -> list[dict]:
    return [step for job in workflow["jobs"].values() for step in job.get("steps", [])]


def run_commands(workflow: dict) -> str:
    return "\n".join(step.get("run", "") for step in steps(workflow))


def schema_check(*paths: Path) -> subprocess.CompletedProcess:
    if not CHECK_JSONSCHEMA.exists():
        skip_or_fail(f"check-jsonschema is missing ({CHECK_JSONSCHEMA}); run tools/setup")
    return subprocess.run(
        [str(CHECK_JSONSCHEMA), "--builtin-schema", "vendor.github-workflows", *map(str, paths)],
        capture_output=True, text=True,
    )


def test_workflow_files_parse_and_pass_the_github_workflow_schema():
    files = sorted(WORKFLOWS.glob("*.yml"))
    assert {f.name for f in files} >= {"ci.yml", "links.yml"}
    for f in files:
        assert isinstance(yaml.safe_load(f.read_text(encoding="utf-8")), dict), f"{f} is not a YAML mapping"
    result = schema_check(*files)
    assert result.returncode == 0, result.stdout + result.stderr


def test_schema_check_rejects_a_broken_workflow(tmp_path):
    broken = tmp_path / "broken.yml"
    broken.write_text("on: push\njobs:\n  test:\n    steps:\n      - run: echo no runner\n", encoding="utf-8")
    result = schema_check(broken)
    assert result.returncode != 0
    assert "broken.yml" in result.stdout and "runs-on" in result.stdout


def test_every_push_and_pull_request_runs_setup_and_full_test_suite():
    ci = load("ci.yml")
    assert "push" in ci["on"] and "pull_request" in ci["on"]
    test_job = ci["jobs"]["test"]
    assert str(test_job["env"]["CI"]).lower() == "true"
    commands = [step.get("run", "") for step in test_job["steps"]]
    # The README's test command, as .ci/run runs it; unconditional: on every event, not only on main.
    assert "bash tools/test" in commands
    assert "bash tools/test" in (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    for step in test_job["steps"]:
        if step.get("run") == "bash tools/test":
            assert "if" not in step


def test_every_checkout_fetches_whole_history_for_git_dates():
    """A shallow checkout would date every page by its one commit (overrides/hooks/git_dates.py)."""
    for name in ("ci.yml", "links.yml"):
        for step in steps(load(name)):
            if step.get("uses", "").startswith("actions/checkout@"):
                assert step.get("with", {}).get("fetch-depth") == 0, f"{name}: checkout without fetch-depth: 0"


def test_main_deploys_to_pages_and_publishes_the_offline_zip():
    ci = load("ci.yml")
    main_only = "github.ref == 'refs/heads/main'"
    uses = {step.get("uses", "").split("@")[0]: step for step in steps(ci)}
    assert main_only in uses["actions/upload-pages-artifact"]["if"]
    offline = uses["actions/upload-artifact"]
    assert main_only in offline["if"] and offline["with"]["path"] == "dist/site-offline.zip"
    assert ".venv/bin/kb offline" in run_commands(ci)
    deploy = ci["jobs"]["deploy"]
    assert deploy["needs"] == "test" and main_only in deploy["if"]
    assert deploy["permissions"] == {"pages": "write", "id-token": "write"}
    assert any(step.get("uses", "").startswith("actions/deploy-pages@") for step in deploy["steps"])


def test_weekly_job_checks_external_links_with_the_tested_command():
    links = load("links.yml")
    assert links["on"]["schedule"][0]["cron"].split()[4] != "*", "not a weekly schedule"
    assert ".venv/bin/kb links" in run_commands(links)


def test_the_readme_gives_the_two_commands_the_workflows_run():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    first_screen = "\n".join(readme.splitlines()[:40])
    assert "bash tools/serve" in first_screen and "bash tools/test" in first_screen
    for script in ("tools/serve", "tools/test"):
        assert (ROOT / script).is_file(), f"README names {script}, which does not exist"


def test_publishing_refuses_the_placeholder_repository_address(tmp_path):
    """The deploy path runs `python -m kb.build.address` before it builds what it publishes, and that
    command fails on the placeholder and passes on a real address."""
    ci = load("ci.yml")
    names = [step.get("run", "") for step in steps(ci)]
    check = names.index(".venv/bin/python -m kb.build.address")
    assert check < names.index(".venv/bin/mkdocs build --strict --site-dir site")
    assert "github.ref == 'refs/heads/main'" in steps(ci)[check]["if"]
    from kb.build import address

    assert address.problem("https://github.com/example/transformers-troubleshooting")
    assert address.problem(None)
    assert address.problem("https://github.com/huggingface-kb/transformers-troubleshooting") is None
    result = subprocess.run([sys.executable, "-m", "kb.build.address"], capture_output=True, text=True, cwd=ROOT)
    assert (result.returncode == 1) == bool(address.problem(load_mkdocs_repo_url())), result.stderr


def load_mkdocs_repo_url():
    from kb.pages.registry import read_config

    return read_config().get("repo_url")
