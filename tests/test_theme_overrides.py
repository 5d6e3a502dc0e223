"""Each Material template we copied into overrides/ differs from the installed Material's own by the
documented changes only (recorded in tests/data/template-drift/<name>.diff). After a Material upgrade
this test names the template whose upstream changed: re-apply our change (the override's first comment
says what it is and why) to the new upstream text, then record the new diff with KB_RECORD_DRIFT=1.
"""

import difflib
import os
import re
from importlib.metadata import version
from pathlib import Path

import material
import pytest

from conftest import ROOT

MATERIAL = Path(material.__file__).parent / "templates"
DRIFT = ROOT / "tests" / "data" / "template-drift"
# Copied whole: partials. Copied in part: the site_meta block of base.html, in our main.html.
COPIED = ["partials/actions.html", "partials/alternate.html", "partials/search.html", "partials/source.html",
          "partials/tags.html", "base.html#site_meta"]
LEADING_COMMENT = re.compile(r"\A\s*\{#-?.*?-?#\}\s*", re.S)  # our note on top of a copy, not part of it


def block(text: str, name: str) -> str:
    match = re.search(r"\{%-? block " + name + r" -?%\}(.*?)\{%-? endblock -?%\}", text, re.S)
    assert match, f"no block {name}"
    return match[1]


def sources(copied: str) -> tuple[str, str]:
    """(Material's text, ours) for one copied template or block."""
    if "#" in copied:
        name, block_name = copied.split("#")
        theirs = block((MATERIAL / name).read_text(encoding="utf-8"), block_name)
        ours = block((ROOT / "overrides" / "main.html").read_text(encoding="utf-8"), block_name)
        return theirs, ours
    theirs = LEADING_COMMENT.sub("", (MATERIAL / copied).read_text(encoding="utf-8"), count=1)
    ours = LEADING_COMMENT.sub("", (ROOT / "overrides" / copied).read_text(encoding="utf-8"), count=1)
    return theirs, ours


def drift(theirs: str, ours: str) -> str:
    """The change we made, as a diff of whitespace-normalised lines (Material's indentation is noise)."""
    norm = [line.strip() for line in theirs.splitlines() if line.strip()]
    mine = [line.strip() for line in ours.splitlines() if line.strip()]
    return "\n".join(difflib.unified_diff(norm, mine, "material", "ours", n=1, lineterm="")) + "\n"


def recorded(copied: str) -> Path:
    return DRIFT / (copied.replace("/", "__").replace("#", "--") + ".diff")


@pytest.mark.parametrize("copied", COPIED)
def test_copied_template_differs_from_materials_only_by_the_recorded_change(copied):
    current = drift(*sources(copied))
    path = recorded(copied)
    if os.environ.get("KB_RECORD_DRIFT") == "1":
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(current, encoding="utf-8")
    expected = path.read_text(encoding="utf-8")
    assert current == expected, (
        f"overrides/{copied} no longer differs from Material {version('mkdocs-material')}'s by the recorded "
        f"change ({path.relative_to(ROOT)}). Either Material's template changed (re-apply our change to "
        f"its new text) or ours did (record it with KB_RECORD_DRIFT=1).\n--- recorded:\n{expected}\n--- now:\n{current}"
    )


def test_drift_check_catches_an_upstream_change():
    theirs, ours = sources("partials/search.html")
    changed_upstream = theirs.replace("md-search__input", "md-search__field", 1)
    assert drift(changed_upstream, ours) != recorded("partials/search.html").read_text(encoding="utf-8")


def test_generator_tag_names_the_installed_material(built_site):
    html = (built_site / "index.html").read_text(encoding="utf-8")
    assert 'content="mkdocs-' in html
    assert f'mkdocs-material-{version("mkdocs-material")}"' in html
