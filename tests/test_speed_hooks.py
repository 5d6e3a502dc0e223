"""The hooks that only make the build faster change no byte of the site: a build without them
gives the same files (last-updated dates aside, which depend on git and the clock).

The site is our own plus generated pages in every category, so that Material's navigation shows everything it can:
sections (the categories), pruned sections and links to sibling pages."""

import re

import jinja2
import pytest
from mkdocs.exceptions import PluginError

from kb.build import navcache as nav_render_cache
from conftest import build_site
from kb.pages import registry
from kb.measure.benchmark import add_pages

SPEED_HOOKS = ("template_cache.py", "chinese_segmenter.py", "nav_render_cache.py")
REVISION_DATE = re.compile(rb'<time class="kb-revision-date"[^>]*>[^<]*</time>')


def site_files(site):
    return {p.relative_to(site).as_posix(): REVISION_DATE.sub(b"", p.read_bytes())
            for p in sorted(site.rglob("*")) if p.is_file()}


def build(project, site):
    result = build_site(site, project=project)
    assert result.returncode == 0, result.stdout + result.stderr
    return site_files(site)


def test_a_build_without_the_speed_hooks_gives_the_same_site(scratch_project, tmp_path):
    # Generated pages in every category, and in nested folders (sections that navigation.prune folds).
    add_pages(scratch_project, 12, [c.id for c in registry.categories()])
    add_pages(scratch_project, 60)
    fast = build(scratch_project, tmp_path / "fast")
    assert "zh/bench-0011/index.html" in fast and "zh/bench/s01/p0055/index.html" in fast
    assert b"md-nav__item--pruned" in fast["bench-0001/index.html"]  # the generated sections, folded

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
