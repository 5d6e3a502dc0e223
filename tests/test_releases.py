"""The release index (kb/releases): its data within budget, its answers right, its ranges true.

- held-out real error lines (tests/data/releases-heldout.jsonl: each kind, each package) get the
  answers computed from the wheels, from the Python lookup and from the browser's script (Node);
- sampled entries hold at their boundary wheels (present in the first and last release of each
  range, absent just outside), and the checker fails on a wrong range;
- the data stays within its size budget and loads per lookup only what it needs.
"""

import ast
import json
import shutil
import subprocess
import time

import pytest

from conftest import ROOT, skip_or_fail
from kb.pages import claims as kc
from kb.releases import build, check, lookup

HELDOUT = ROOT / "tests" / "data" / "releases-heldout.jsonl"
# Wheels the truth test may read per package (cached in ~/.cache/transformers-kb, as the claims check's).
MAX_WHEELS = {"transformers": 3}
DEFAULT_MAX_WHEELS = 6


def heldout():
    return [json.loads(line) for line in HELDOUT.read_text(encoding="utf-8").splitlines() if line.strip()]


# --- Data ---------------------------------------------------------------------------------------


def test_every_package_has_its_data_within_budget():
    sizes = build.data_size()
    assert sizes["total"] <= build.BUDGET_TOTAL, f"release data {sizes['total']} bytes > budget {build.BUDGET_TOTAL}"
    assert sizes["largest_shard"] <= build.BUDGET_SHARD, f"a shard of {sizes['largest_shard']} bytes > {build.BUDGET_SHARD}"
    data = lookup.Data()
    for package in build.PACKAGES:
        meta = data.meta(package)
        assert meta and meta["format"] == build.FORMAT, f"{package}: no meta.js"
        assert len(list((build.DATA_DIR / package).glob("*.js"))) == meta["shards"] + 1, package
        assert meta["releases"] == sorted(meta["releases"], key=lambda v: tuple(map(int, v.split(".")))), package
    tf = data.meta("transformers")
    assert tf["releases"][0] == "4.0.0" and "4.52.0" in tf["releases"], "transformers from 4.0.0, yanked ones included"
    assert tf["releases"].index("4.52.0") in tf["yanked"]


def test_a_lookup_loads_only_the_meta_and_the_shards_of_its_words():
    data = lookup.Data()
    got = lookup.answer(["AttributeError: 'DynamicCache' object has no attribute 'seen_tokens'"], data=data)
    assert got and got["package"] == "transformers"
    meta = data.metas["transformers"]
    assert all(p == "transformers" for p, _ in data.shards), "only the package's own shards"
    assert len(data.shards) <= 1 + lookup.BASE_DEPTH and len(data.shards) < meta["shards"]


def test_lookup_module_is_stdlib_only_and_python38():
    source = (ROOT / "kb" / "releases" / "lookup.py").read_text(encoding="utf-8")
    tree = ast.parse(source, feature_version=(3, 8))
    imported = {a.name.split(".")[0] for n in ast.walk(tree) if isinstance(n, ast.Import) for a in n.names}
    imported |= {n.module.split(".")[0] for n in ast.walk(tree) if isinstance(n, ast.ImportFrom) and n.module}
    assert imported <= {"json", "os", "re", "sys", "argparse"}, imported


def test_lookup_module_runs_alone_on_python38_when_one_is_installed():
    """The terminal companion copies lookup.py: it must run as a lone script on an old Python."""
    import glob

    found = shutil.which("python3.8") and subprocess.run(["python3.8", "-V"], capture_output=True).returncode == 0
    pythons = ["python3.8"] if found else sorted(glob.glob("/root/.pyenv/versions/3.8*/bin/python3.8"))
    if not pythons:
        pytest.skip("no Python 3.8 here (the ast feature_version test above still holds it to 3.8 syntax)")
    run = subprocess.run([pythons[0], str(ROOT / "kb" / "releases" / "lookup.py"),
                          "ImportError: cannot import name 'SFTScriptArguments' from 'trl' (/x/trl/__init__.py)"],
                         capture_output=True, text=True, timeout=60)
    assert run.returncode == 0 and 'pip install "trl>=' in run.stdout, run.stdout + run.stderr


# --- Answers ------------------------------------------------------------------------------------


@pytest.mark.parametrize("case", heldout(), ids=lambda c: c["line"][:70])
def test_heldout_lines_get_the_answer_computed_from_the_wheels(case):
    got = lookup.answer([case["line"]], typed=case.get("typed", False))
    if case["package"] is None:
        assert got is None
        return
    assert got, f"no answer for {case['line']}"
    assert (got["package"], got["first"], got["last"]) == (case["package"], case["first"], case["last"])
    if case.get("ranges"):
        assert got["ranges"] == case["ranges"]
    if case.get("pip"):
        assert got["pip"] == case["pip"]
    assert got["page"] == case["page"]
    for lang in ("en", "zh"):
        assert lookup.sentence(got, lang) == case["text"][lang]


def test_heldout_set_covers_each_kind_and_each_package():
    cases = [c for c in heldout() if c["package"]]
    assert {c["package"] for c in cases} == set(build.PACKAGES)
    for package in build.PACKAGES:
        kinds = {c["kind"] for c in cases if c["package"] == package}
        assert {"m", "a", "k"} <= kinds, (package, kinds)
    assert any(c["kind"] == "t" and c["last"] for c in cases) and any(c["kind"] == "t" and not c["first"] for c in cases)


def test_python_lookup_is_fast_once_the_data_is_loaded():
    data = lookup.Data()
    lines = [c["line"] for c in heldout()]
    for line in lines:
        lookup.answer([line], data=data)
    start = time.perf_counter()
    for line in lines:
        lookup.answer([line], data=data)
    per = (time.perf_counter() - start) / len(lines) * 1000
    assert per < 50, f"{per:.1f} ms per lookup"


def test_browser_script_gives_the_same_answers_under_node():
    node = shutil.which("node")
    if not node:
        skip_or_fail("node is not installed")
    run = subprocess.run([node, "--test", str(ROOT / "tests" / "js")], capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert run.returncode == 0, run.stdout[-4000:] + run.stderr[-2000:]


# --- Truth --------------------------------------------------------------------------------------


def _sample_within(package, n, seed, max_wheels):
    """Seeded random entries whose boundary releases, all together, stay within max_wheels wheels."""
    releases = lookup.Data().meta(package)["releases"]
    entries = check.load_entries(package)
    picked, wheels = [], set()
    for e in check.sample(entries, len(entries), seed):
        need = {v for v, _, _ in check.plan(e, releases)}
        if len(wheels | need) <= max_wheels:
            picked.append(e)
            wheels |= need
        if len(picked) == n:
            break
    return picked


@pytest.mark.parametrize("package", list(build.PACKAGES))
def test_sampled_entries_hold_at_their_boundary_wheels(package):
    picked = _sample_within(package, 4, seed=24, max_wheels=MAX_WHEELS.get(package, DEFAULT_MAX_WHEELS))
    assert picked
    try:
        problems = check.check(picked)
    except (kc.Unavailable, RuntimeError) as err:
        skip_or_fail(f"wheels not available: {err}")
    assert not problems, "\n".join(problems)


def test_the_checker_fails_on_a_wrong_range():
    # peft.prepare_model_for_int8_training: 0.2.0 to 0.9.0 (held-out). Claim one release too many at each end.
    releases = lookup.Data().meta("peft")["releases"]
    good = check.Entry("peft", "m", "peft", "prepare_model_for_int8_training", (("0.2.0", "0.9.0"),))
    early = check.Entry("peft", "m", "peft", "prepare_model_for_int8_training", ((releases[releases.index("0.2.0") - 1], "0.9.0"),))
    late = check.Entry("peft", "m", "peft", "prepare_model_for_int8_training", (("0.2.0", "0.10.0"),))
    short = check.Entry("peft", "m", "peft", "prepare_model_for_int8_training", (("0.3.0", "0.9.0"),))
    try:
        assert check.check([good]) == []
        bad = check.check([early, late, short])
    except (kc.Unavailable, RuntimeError) as err:
        skip_or_fail(f"wheels not available: {err}")
    assert any("lacks it" in p and "0.10.0" in p for p in bad), bad
    assert any("lacks it" in p and releases[releases.index("0.2.0") - 1] in p for p in bad), bad
    assert any("has it" in p and "0.2.0 (just before range 0.3.0-0.9.0)" in p for p in bad), bad


# --- Agreement with the project's own machine-checked claims --------------------------------------


def _claims_text(page):
    return (ROOT / "examples" / page / "claims.yml").read_text(encoding="utf-8")


def test_the_index_agrees_with_the_training_arguments_claims():
    """Every "`x` is a TrainingArguments argument up to U" of training-args-renamed: the index ends there too."""
    import re

    found = re.findall(r"`(\w+)` is a TrainingArguments argument up to ([\d.]+)", _claims_text("training-args-renamed"))
    assert len(found) >= 10
    wrong = []
    for word, until in found:
        got = lookup.answer([f"TypeError: TrainingArguments.__init__() got an unexpected keyword argument '{word}'"])
        if not got or got["ranges"][-1][1] != until:
            wrong.append(f"{word}: claims until {until}, index {got and got['ranges']}")
    assert not wrong, "\n".join(wrong)


@pytest.mark.parametrize("line, ranges", [
    # examples/version-incompat/claims.yml
    ("AttributeError: 'DynamicCache' object has no attribute 'get_usable_length'", [["4.36.0", "4.53.3"]]),
    ("AttributeError: 'DynamicCache' object has no attribute 'get_max_cache_shape'", [["4.46.0", "5.19.0"]]),
])
def test_the_index_agrees_with_the_version_incompat_claims(line, ranges):
    got = lookup.answer([line])
    assert got and got["ranges"] == ranges


def test_the_index_agrees_with_the_cache_claims_on_names_that_left_and_came_back():
    got = lookup.answer(["AttributeError: 'DynamicCache' object has no attribute 'get_max_length'"])
    # "up to 4.48.3; 4.49.0 removed it" and "came back in 5.13.0"
    assert got["ranges"][-2][1] == "4.48.3" and got["ranges"][-1][0] == "5.13.0", got["ranges"]
    got = lookup.answer(["AttributeError: 'DynamicCache' object has no attribute 'seen_tokens'"])
    assert got["removed_in"] == "4.54.0", got  # "4.54.0 removed the attribute"


@pytest.mark.parametrize("model_type, since", [("qwen2", "4.37.0"), ("qwen2_moe", "4.40.0"), ("qwen2_vl", "4.45.0"),
                                                ("qwen2_5_vl", "4.49.0")])
def test_the_index_agrees_with_the_model_too_new_claims(model_type, since):
    got = lookup.answer([f"KeyError: '{model_type}'"])
    assert got and got["first"] == since and f"since: \"{since}\"" in _claims_text("model-too-new")


# --- The untidy cases of real releases --------------------------------------------------------------


def test_a_range_that_starts_at_a_yanked_release_says_so_and_pip_skips_it():
    # get_max_cache_shape: added in 4.46.0, which is yanked (4.46.1 is the first installable 4.46).
    got = lookup.answer(["AttributeError: 'DynamicCache' object has no attribute 'get_max_cache_shape'"])
    assert got["first"] == "4.46.0" and got["yanked_first"]
    assert got["pip"] == 'pip install "transformers>=4.46,<5.20"'  # pip passes over the yanked 4.46.0


def test_a_keyword_that_left_the_signature_but_is_still_accepted_counts():
    """trl's SFTTrainer took `tokenizer` through @deprecate_kwarg after its signature dropped it."""
    import zipfile

    from kb.releases import parse

    version = "0.14.0"
    try:
        wheel = check.Wheels().wheel("trl", version)
    except (kc.Unavailable, RuntimeError) as err:
        skip_or_fail(f"wheel not available: {err}")
    source = zipfile.ZipFile(wheel).read("trl/trainer/sft_trainer.py")
    tree = ast.parse(source)
    init = next(n for n in ast.walk(tree) if isinstance(n, ast.ClassDef) and n.name == "SFTTrainer").body
    init = next(n for n in init if isinstance(n, ast.FunctionDef) and n.name == "__init__")
    assert "tokenizer" not in [a.arg for a in init.args.args + init.args.kwonlyargs]
    assert "tokenizer" in parse.parse_source(source, parse.ROLE_PLAIN)["c"]["SFTTrainer"]["k"]
    got = lookup.answer(["TypeError: SFTTrainer.__init__() got an unexpected keyword argument 'tokenizer'"])
    from packaging.version import Version

    assert any(Version(a) <= Version(version) <= Version(b) for a, b in got["ranges"]), got["ranges"]


def test_a_patch_release_that_restores_what_its_minor_release_removed():
    """GenerationMixin._get_decoder_start_token_id: gone in 4.41.0, back in 4.41.1 (inherited by T5)."""
    got = lookup.answer(["AttributeError: 'T5ForConditionalGeneration' object has no attribute '_get_decoder_start_token_id'"])
    assert got["ranges"][0][1] == "4.40.2" and got["ranges"][1][0] == "4.41.1", got["ranges"]
    wheels = check.Wheels()
    key = "a\tGenerationMixin\t_get_decoder_start_token_id"
    try:
        seen = [wheels.has("transformers", v, key) for v in ("4.40.2", "4.41.0", "4.41.1")]
    except (kc.Unavailable, RuntimeError) as err:
        skip_or_fail(f"wheels not available: {err}")
    assert seen == [True, False, True]


def test_a_model_moved_to_the_deprecated_folder_keeps_its_type_and_export():
    old = lookup.answer(["ModuleNotFoundError: No module named 'transformers.models.mctct'"])
    moved = lookup.answer(["ModuleNotFoundError: No module named 'transformers.models.deprecated.mctct'"])
    export = lookup.answer(["ImportError: cannot import name 'MCTCTModel' from 'transformers'"])
    model_type = lookup.answer(["KeyError: 'mctct'"])
    assert old["ranges"] == [["4.20.0", "4.30.2"]] and moved["ranges"] == [["4.31.0", "4.57.6"]]
    assert export["ranges"] == model_type["ranges"] == [["4.20.0", "4.57.6"]]


def test_a_name_only_in_its_module_is_answered_with_where_it_is():
    got = lookup.answer(["ImportError: cannot import name 'clear_device_cache' from 'accelerate.utils'"])
    assert got["asked"] == "accelerate.utils" and got["label"] == "accelerate.utils.memory.clear_device_cache"
    assert "No release of accelerate" in lookup.sentence(got, "en")


@pytest.mark.parametrize("package", list(build.PACKAGES))
def test_heldout_answers_hold_at_their_boundary_wheels(package):
    """The held-out answers, checked at their boundary wheels (a member or keyword also counts when a
    base class has it in that release). transformers' cases read about 30 wheels of 10 MB: they run
    with KB_RELEASES_FULL=1 (kb releases check runs the same check)."""
    import os

    if package == "transformers" and os.environ.get("KB_RELEASES_FULL") != "1":
        pytest.skip("transformers' held-out boundaries: set KB_RELEASES_FULL=1 (about 30 wheels)")
    entries = []
    for case in heldout():
        if case["package"] != package or not case["ranges"]:
            continue
        got = lookup.answer([case["line"]], typed=case.get("typed", False))
        entries.append(check.Entry(package, got["kind"], got["container"], got["word"],
                                   tuple(map(tuple, got["ranges"])), inherited=True))
    assert entries
    try:
        problems = check.check(entries)
    except (kc.Unavailable, RuntimeError) as err:
        skip_or_fail(f"wheels not available: {err}")
    assert not problems, "\n".join(problems)
