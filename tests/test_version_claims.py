"""Version claims (examples/*/claims.yml) hold in the released wheels, and the checker catches wrong ones.

The first test reads the real wheels (downloaded once into the wheel cache, see kb/pages/claims.py);
the others feed the checker tiny fake wheels and a fake release list, and need no network.
"""

import io
import json
import os
import tarfile
import time
import zipfile

import pytest
from packaging.version import Version

from conftest import ROOT, skip_or_fail
from kb.pages import claims as kc


def test_claims_hold_in_released_wheels():
    try:
        claims = kc.load_claims(ROOT)
    except kc.ClaimsFileError as err:
        pytest.fail("malformed claims.yml:\n" + "\n".join(err.problems))
    report = kc.check(claims)
    assert not report.failures, "version claims contradicted by the released wheels:\n" + "\n".join(report.failures)
    if report.unavailable:
        skip_or_fail("PyPI unreachable and the wheel cache lacks: " + "; ".join(report.unavailable))


# --- A fake package: 'fakepkg' with five releases -------------------------------------------------
# The warning exists in 1.1.0 and 1.2.0 only; the models/new/ folder exists since 2.0.0; 2.1.0 is pinned.
RELEASES = ["1.0.0", "1.1.0", "1.2.0", "2.0.0", "2.1.0"]
WARNING = 'logger.warning(\n    "The mask was not set. "\n    "As a consequence, results may differ."\n)\n'


def make_wheel(folder, version, members):
    path = folder / f"fakepkg-{version}-py3-none-any.whl"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, text in members.items():
            zf.writestr(name, text)
    return path


@pytest.fixture
def fake(tmp_path):
    """check() arguments that serve fakepkg from tmp_path; records what was fetched."""
    wheels = {}
    for version in RELEASES:
        members = {"fakepkg/__init__.py": "", "fakepkg/utils.py": "pass\n", "fakepkg/lib.so": b"\0\x7fELF"}
        if version in ("1.1.0", "1.2.0"):
            members["fakepkg/utils.py"] = WARNING
        if Version(version) >= Version("2.0.0"):
            members["fakepkg/models/new/__init__.py"] = ""
        wheels[("fakepkg", Version(version))] = make_wheel(tmp_path, version, members)
    fetched = []

    def fetch(wanted):
        fetched.extend(wanted)
        return {key: wheels.get(key, "not on the fake index") for key in wanted}

    return {"releases": lambda package: [Version(v) for v in RELEASES], "fetch": fetch,
            "pinned": {"fakepkg": Version("2.1.0")}, "fetched": fetched}


def write_claims(root, page, text):
    path = root / "examples" / page / "claims.yml"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def run_checker(tmp_path, fake, text, page="demo-page"):
    write_claims(tmp_path, page, text)
    claims = kc.load_claims(tmp_path)
    return kc.check(claims, releases=fake["releases"], fetch=fake["fetch"], pinned=fake["pinned"])


GOOD = """\
- claim: "The mask warning was printed by 1.1.0 to 1.2.0"
  package: fakepkg
  since: "1.1.0"
  until: "1.2.0"
  look_for:
    - "The mask was not set. "
    - "As a consequence"
  file: "fakepkg/*.py"
- claim: "models/new exists since 2.0.0"
  package: fakepkg
  since: "2.0.0"
  path: "fakepkg/models/new/"
- claim: "torch.load defaults to weights_only=True since torch 2.6"
  package: torch
  since: "2.6.0"
  checked: false
  source: "PyTorch 2.6 release notes"
"""


def test_true_claims_pass_and_the_report_counts_them(tmp_path, fake):
    report = run_checker(tmp_path, fake, GOOD)
    assert report.failures == [] and report.unavailable == []
    # since, the one before, until, the one after; then since, the one before, the pinned one
    assert {str(v) for _, v in fake["fetched"]} == {"1.0.0", "1.1.0", "1.2.0", "2.0.0", "2.1.0"}
    assert len(report.results) == 7
    text = kc.format_report(report)
    assert "3 on 1 page(s), 2 machine-checked" in text
    assert "demo-page: 3 claims (2 checked, 1 not)" in text
    assert "demo-page (examples/demo-page/claims.yml:13): torch:" in text and "source: PyTorch 2.6 release notes" in text
    assert "No claim is contradicted." in text


def one_claim(**fields):
    lines = ['- claim: "The mask warning"', "  package: fakepkg"]
    for key, value in fields.items():
        if key == "look_for":
            lines += ["  look_for:"] + [f'    - "{f}"' for f in value]
        else:
            lines.append(f'  {key}: "{value}"')
    return "\n".join(lines) + "\n"


def only_failure(report):
    assert len(report.failures) == 1, report.failures
    return report.failures[0]


def test_since_too_late_names_page_claim_and_the_release_before(tmp_path, fake):
    report = run_checker(tmp_path, fake, one_claim(since="1.2.0", until="1.2.0", look_for=["The mask was not set."]))
    message = only_failure(report)
    assert message.startswith('demo-page (examples/demo-page/claims.yml:1): "The mask warning"')
    assert "contradicted by fakepkg 1.1.0: expected absent (the release just before since 1.2.0)" in message
    assert "fakepkg/utils.py has it" in message


def test_until_too_early_names_the_release_after(tmp_path, fake):
    report = run_checker(tmp_path, fake, one_claim(since="1.1.0", until="1.1.0", look_for=["The mask was not set."]))
    assert "contradicted by fakepkg 1.2.0: expected absent (the release just after until 1.1.0)" in only_failure(report)


def test_until_too_late_is_absent_in_until(tmp_path, fake):
    report = run_checker(tmp_path, fake, one_claim(since="1.1.0", until="2.0.0", look_for=["The mask was not set."]))
    assert "contradicted by fakepkg 2.0.0: expected present (until 2.0.0)" in only_failure(report)


def test_look_for_absent_in_since(tmp_path, fake):
    report = run_checker(tmp_path, fake, one_claim(since="1.0.0", until="1.2.0", look_for=["The mask was not set."]))
    message = only_failure(report)
    assert "contradicted by fakepkg 1.0.0: expected present (since 1.0.0)" in message
    assert "holding all of ['The mask was not set.']" in message


def test_no_until_means_present_in_the_pinned_version(tmp_path, fake):
    report = run_checker(tmp_path, fake, one_claim(since="1.1.0", look_for=["The mask was not set."]))
    assert "contradicted by fakepkg 2.1.0: expected present (pinned in constraints.txt; no until)" in only_failure(report)


def test_fragments_must_be_in_one_file_and_match_the_glob(tmp_path, fake):
    split = one_claim(since="1.1.0", until="1.1.0", look_for=["The mask was not set.", "ELF"])
    assert "expected present (since 1.1.0), but it lacks a file holding all of" in only_failure(run_checker(tmp_path, fake, split))
    elsewhere = one_claim(since="1.1.0", until="1.1.0", look_for=["The mask was not set."], file="fakepkg/__init__.py")
    assert "a file matching 'fakepkg/__init__.py'" in only_failure(run_checker(tmp_path / "again", fake, elsewhere))


def test_a_boundary_that_is_not_a_release(tmp_path, fake):
    report = run_checker(tmp_path, fake, one_claim(since="1.1.5", look_for=["x"]))
    assert "since 1.1.5 is not a release of fakepkg on PyPI" in only_failure(report)


def test_unfetchable_release_is_reported_apart_from_contradictions(tmp_path, fake):
    fake["fetch"] = lambda wanted: {key: "pip download failed: no network" for key in wanted}
    report = run_checker(tmp_path, fake, one_claim(since="1.1.0", until="1.2.0", look_for=["x"]))
    assert report.failures == []
    assert "fakepkg 1.1.0: pip download failed: no network" in report.unavailable


@pytest.mark.parametrize("text, expected", [
    ('- claim: "x"\n  package: fakepkg\n  look_for: ["a"\n', ":4: not valid YAML"),
    ('- claim: "x"\n  package: fakepkg\n  path: "a/"\n  sinse: "1.0.0"\n', ":4: unknown key 'sinse'"),
    ('- claim: "x"\n  package: fakepkg\n  path: "a/"\n  since: 1.10\n', ":4: 'since' must be a quoted version string"),
    ('- claim: "x"\n  package: fakepkg\n  path: "a/"\n  until: "one"\n', ":4: 'until': 'one' is not a valid version"),
    ('- claim: "x"\n  package: fakepkg\n  path: "a/"\n\n- claim: "y"\n  path: "b/"\n', ":5: missing required key 'package'"),
    ('- claim: "x"\n  package: fakepkg\n', ":1: give exactly one of 'look_for'"),
    ('- claim: "x"\n  package: fakepkg\n  path: "a/"\n  look_for: ["a"]\n', ":1: give exactly one of 'look_for'"),
    ('- claim: "x"\n  package: fakepkg\n  look_for: "a"\n', ":3: 'look_for' must be a non-empty list"),
    ('- claim: "x"\n  package: fakepkg\n  since: "2.0.0"\n  until: "1.0.0"\n  path: "a/"\n', ":4: 'until' 1.0.0 is before"),
    ('claim: "x"\npackage: fakepkg\n', ":1: expected a list of claims"),
    ('- claim: "x"\n  package: torch\n  checked: false\n', ":3: a claim with 'checked: false' needs 'source'"),
])
def test_malformed_claims_yml_names_file_and_line(tmp_path, text, expected):
    write_claims(tmp_path, "bad-page", text)
    with pytest.raises(kc.ClaimsFileError) as err:
        kc.load_claims(tmp_path)
    assert len(err.value.problems) == 1, err.value.problems
    assert err.value.problems[0].startswith("examples/bad-page/claims.yml" + expected), err.value.problems


def test_main_reports_and_exits_nonzero_on_a_malformed_file(tmp_path, capsys):
    write_claims(tmp_path, "bad-page", '- claim: "x"\n  package: torch\n  checked: false\n')
    assert kc.main(["--root", str(tmp_path)]) == 1
    assert "examples/bad-page/claims.yml:3:" in capsys.readouterr().out


# --- Release lists, the wheel cache and sdists, without the network ------------------------------


def test_release_list_keeps_final_releases_and_falls_back_to_a_stale_cache(tmp_path, monkeypatch):
    monkeypatch.setattr(kc, "_RELEASE_FILES", {})
    cached = tmp_path / "pypi" / "fakepkg.json"
    cached.parent.mkdir()
    file = {"filename": "f", "url": "u", "packagetype": "bdist_wheel", "sha256": ""}
    cached.write_text(json.dumps({v: [file] for v in ("1.10.0", "1.9.0", "2.0.0rc1", "2.0.0.dev1")} | {"1.11.0": []}))
    os.utime(cached, (time.time() - 3 * 86400,) * 2)  # stale: a refresh is tried first

    def unreachable(*args, **kwargs):
        raise OSError("no network")

    monkeypatch.setattr(kc.urllib.request, "urlopen", unreachable)
    monkeypatch.setenv("KB_WHEEL_CACHE", str(tmp_path))
    assert kc.pypi_releases("FakePkg") == [Version("1.9.0"), Version("1.10.0")]
    monkeypatch.setattr(kc, "_RELEASE_FILES", {})
    with pytest.raises(kc.Unavailable, match="cannot get the release list of otherpkg"):
        kc.pypi_releases("otherpkg")


def test_pinned_versions_from_constraints(tmp_path):
    (tmp_path / "constraints.txt").write_text("# comment\nHuggingface_Hub==2.4.0\ntorch == 2.13.0  # cpu\nfoo>=1\n")
    assert kc.pinned_versions(tmp_path) == {"huggingface-hub": Version("2.4.0"), "torch": Version("2.13.0")}


def test_cached_wheels_are_used_without_downloading(tmp_path, monkeypatch):
    wheel = make_wheel(tmp_path, "1.0.0", {"fakepkg/__init__.py": ""})
    monkeypatch.setattr(kc, "_download", lambda *args: pytest.fail("downloaded a cached wheel"))
    assert kc.fetch_dists([("FakePkg", Version("1.0"))], cache=tmp_path) == {("FakePkg", Version("1.0")): wheel}


def test_sdist_members_are_named_as_in_the_wheel(tmp_path):
    sdist = tmp_path / "fakepkg-0.1.0.tar.gz"
    with tarfile.open(sdist, "w:gz") as tf:
        data = WARNING.encode()
        info = tarfile.TarInfo("fakepkg-0.1.0/src/fakepkg/utils.py")
        info.size = len(data)
        tf.addfile(info, io.BytesIO(data))
    query = kc.Query(fragments=("The mask was not set.",), glob="fakepkg/utils.py")
    assert kc.scan(sdist, [query]) == {query: "fakepkg/utils.py"}


def test_scan_answers_are_kept_next_to_the_wheel(tmp_path, monkeypatch):
    wheel = make_wheel(tmp_path, "1.1.0", {"fakepkg/utils.py": WARNING})
    present, absent = kc.Query(fragments=("The mask was not set.",)), kc.Query(path="fakepkg/models/")
    assert kc.scan(wheel, [present, absent]) == {present: "fakepkg/utils.py", absent: None}
    monkeypatch.setattr(kc, "_SCANS", {})  # a new process: only the disk remembers
    monkeypatch.setattr(kc, "_scan_archive", lambda *args: pytest.fail("read the wheel again"))
    assert kc.scan(wheel, [present, absent]) == {present: "fakepkg/utils.py", absent: None}
