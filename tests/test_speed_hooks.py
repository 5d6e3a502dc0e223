"""The hooks that only make the build faster change no byte of the site: a build without them
gives the same files (last-updated dates aside, which depend on git)."""

import re

from conftest import run_mkdocs_build

SPEED_HOOKS = ("template_cache.py", "highlight_styles.py", "chinese_segmenter.py", "nav_lookups.py")
REVISION_DATE = re.compile(rb'<time class="kb-revision-date"[^>]*>[^<]*</time>')


def site_files(site):
    return {p.relative_to(site).as_posix(): REVISION_DATE.sub(b"", p.read_bytes())
            for p in sorted(site.rglob("*")) if p.is_file()}


def test_a_build_without_the_speed_hooks_gives_the_same_site(built_site, scratch_project, tmp_path):
    config = scratch_project / "mkdocs.yml"
    text = config.read_text(encoding="utf-8")
    for hook in SPEED_HOOKS:
        line = f"  - overrides/hooks/{hook}\n"
        assert line in text, f"{hook} is not in mkdocs.yml"
        text = text.replace(line, "")
    config.write_text(text, encoding="utf-8")
    result = run_mkdocs_build(tmp_path / "site", project=scratch_project)
    assert result.returncode == 0, result.stdout + result.stderr
    slow, fast = site_files(tmp_path / "site"), site_files(built_site)
    assert sorted(slow) == sorted(fast)
    assert [name for name in fast if fast[name] != slow[name]] == []
