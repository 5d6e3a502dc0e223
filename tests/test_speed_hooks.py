"""The hooks that only make the build faster change no byte of the site: a build without them
gives the same files (last-updated dates aside, which depend on git and the clock).

The site is our own plus nested sections, so that Material's navigation shows everything it can:
a section, a sub-section, pruned sections and links to sibling pages at several depths."""

import re

import jinja2
import pytest
from mkdocs.exceptions import PluginError

import nav_render_cache
from conftest import run_mkdocs_build

SPEED_HOOKS = ("template_cache.py", "highlight_styles.py", "chinese_segmenter.py", "nav_lookups.py",
               "nav_render_cache.py")
REVISION_DATE = re.compile(rb'<time class="kb-revision-date"[^>]*>[^<]*</time>')
NESTED = {"extra/a.md": "A", "extra/b.md": "B", "extra/deep/c.md": "C", "extra/deep/d.md": "D", "more/e.md": "E"}
NESTED_NAV = """  - Extra:
    - extra/a.md
    - extra/b.md
    - Deep:
      - extra/deep/c.md
      - extra/deep/d.md
  - More:
    - more/e.md
"""
PAGE = {"en": "---\ntitle: Page {x}\ndescription: Page {x} of a nested section.\n---\n\n# Page {x}\n\nSome text.\n",
        "zh": "---\ntitle: 页面 {x}\ndescription: 嵌套章节里的页面 {x}。\n---\n\n# 页面 {x}\n\n一些文字。\n"}


def add_nested_sections(project):
    for rel, x in NESTED.items():
        for lang, text in PAGE.items():
            path = project / "docs" / lang / rel
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text.format(x=x), encoding="utf-8")
    config = project / "mkdocs.yml"
    text = config.read_text(encoding="utf-8")
    assert "  - Tags: tags.md\n" in text
    config.write_text(text.replace("  - Tags: tags.md\n", "  - Tags: tags.md\n" + NESTED_NAV), encoding="utf-8")


def site_files(site):
    return {p.relative_to(site).as_posix(): REVISION_DATE.sub(b"", p.read_bytes())
            for p in sorted(site.rglob("*")) if p.is_file()}


def build(project, site):
    result = run_mkdocs_build(site, project=project)
    assert result.returncode == 0, result.stdout + result.stderr
    return site_files(site)


def test_a_build_without_the_speed_hooks_gives_the_same_site(scratch_project, tmp_path):
    add_nested_sections(scratch_project)
    fast = build(scratch_project, tmp_path / "fast")
    assert "zh/extra/deep/c/index.html" in fast
    assert b"md-nav__item--pruned" in fast["extra/a/index.html"]  # the "More" section, folded

    config = scratch_project / "mkdocs.yml"
    text = config.read_text(encoding="utf-8")
    for hook in SPEED_HOOKS:
        line = f"  - overrides/hooks/{hook}\n"
        assert line in text, f"{hook} is not in mkdocs.yml"
        text = text.replace(line, "")
    config.write_text(text, encoding="utf-8")
    slow = build(scratch_project, tmp_path / "slow")
    assert sorted(slow) == sorted(fast)
    assert [name for name in fast if fast[name] != slow[name]] == []


def test_nav_cache_stops_the_build_when_materials_template_changes():
    """A Material update that rewrites the navigation loop must not silently drop the cache."""
    loader = nav_render_cache.PatchedLoader(jinja2.DictLoader({
        "partials/nav.html": "{% for nav_item in nav.items %}{{ item.render(nav_item, path, 2) }}{% endfor %}",
    }))
    with pytest.raises(PluginError, match=r"partials/nav.html no longer holds `\{\{ item.render\(nav_item, path, 1\) \}\}`"):
        loader.get_source(jinja2.Environment(), "partials/nav.html")
