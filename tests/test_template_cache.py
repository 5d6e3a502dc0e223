"""Theme templates are compiled once per process, yet an edited template shows its edit on the next
build (overrides/hooks/template_cache.py; `mkdocs serve` rebuilds in the same process)."""


import jinja2


from kb.build import templates as template_cache


def environment(folder):
    """A fresh environment per build, as MkDocs makes one for each language, with the hook applied."""
    return template_cache.on_env(jinja2.Environment(loader=jinja2.FileSystemLoader(folder)), config=None, files=None)


def test_the_next_build_reuses_compiled_templates_but_not_stale_ones(tmp_path, monkeypatch):
    template = tmp_path / "page.html"
    template.write_text("<h1>{{ title }}</h1>", encoding="utf-8")
    compiled = []
    original = jinja2.Environment.compile
    monkeypatch.setattr(jinja2.Environment, "compile",
                        lambda self, source, *a, **k: compiled.append(source) or original(self, source, *a, **k))

    assert environment(tmp_path).get_template("page.html").render(title="en") == "<h1>en</h1>"
    assert environment(tmp_path).get_template("page.html").render(title="zh") == "<h1>zh</h1>"
    assert len(compiled) == 1, "the second environment compiled the template again"

    template.write_text("<h2>{{ title }}</h2>", encoding="utf-8")
    assert environment(tmp_path).get_template("page.html").render(title="zh") == "<h2>zh</h2>"
    assert len(compiled) == 2
