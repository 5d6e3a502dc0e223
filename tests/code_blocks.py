"""Check every fenced code block of a page by its language, following snippet includes.

Used by test_code_blocks.py. Each problem is a string starting with ``path:line:`` (the page line
of the offending code; for included code, the included file and its line are named too).
"""

from __future__ import annotations

import ast
import json
import re
import subprocess
import tempfile
import textwrap
import tomllib
from pathlib import Path

import yaml

from kb.pages import checks as kbcheck

# A pymdownx.snippets include line: --8<-- "file" or --8<-- "file:section"
INCLUDE_LINE_RE = re.compile(r"""^\s*-{1,}8<-{1,}\s+["'](?P<file>[^"':]+)(?::(?P<section>[\w-]+))?["']\s*$""")
SECTION_MARK_RE = re.compile(r"^\s*#?\s*-{1,}8<-{1,}\s*\[(?P<kind>start|end):(?P<name>[\w-]+)\]\s*$")
BASH_LINE_RE = re.compile(r": line (\d+): (.*)")
# Languages whose body is accepted as is: quoted output, config fragments we do not parse.
FREE_TEXT = {"text", "ini", "dockerfile"}


def included_lines(examples: Path, file: str, section: str | None) -> tuple[list[str], int, Path] | str:
    """The lines a snippet include puts on the page, and the line number of the first one in its file.

    Section markers are stripped (pymdownx.snippets does the same). Returns a problem string
    instead when the file or the section does not exist.
    """
    path = examples / file
    if not path.is_file():
        return f"includes {file}, which does not exist under {examples}"
    lines = path.read_text(encoding="utf-8").splitlines()
    first = 1
    if section:
        starts = [n for n, line in enumerate(lines) if (m := SECTION_MARK_RE.match(line)) and m["kind"] == "start" and m["name"] == section]
        ends = [n for n, line in enumerate(lines) if (m := SECTION_MARK_RE.match(line)) and m["kind"] == "end" and m["name"] == section]
        if not starts or not ends or ends[0] < starts[0]:
            return f"includes section '{section}' of {file}, which has no [start:{section}] ... [end:{section}] markers"
        lines, first = lines[starts[0] + 1 : ends[0]], starts[0] + 2
        lines = textwrap.dedent("\n".join(lines)).splitlines()
    return [line for line in lines if not SECTION_MARK_RE.match(line)], first, path


def expand(page: Path, fence: kbcheck.Fence, examples: Path) -> tuple[str, list, list[str]]:
    """The code a block shows: its body with include lines replaced by what they include.

    Also returns a map from each line of the result to (file, line) for error messages.
    """
    code, origin, problems = [], [], []
    for k, line in enumerate(fence.body.splitlines()):
        page_line = fence.line + 1 + k
        match = INCLUDE_LINE_RE.match(line)
        if not match:
            code.append(line)
            origin.append((page, page_line, None))
            continue
        got = included_lines(examples, match["file"], match["section"])
        if isinstance(got, str):
            problems.append(f"{page}:{page_line}: {got}")
            continue
        lines, first, path = got
        for n, included in enumerate(lines):
            code.append(included)
            origin.append((page, page_line, (path, first + n)))
    return "\n".join(code) + "\n", origin, problems


def where(origin: list, lineno: int | None) -> str:
    """page:line, plus 'in file:line' when the offending line came from an included file."""
    if not origin:
        return ""
    page, page_line, inc = origin[min(max((lineno or 1) - 1, 0), len(origin) - 1)]
    return f"{page}:{page_line}:" + (f" (in {inc[0]}:{inc[1]})" if inc else "")


def check_fence(page: Path, fence: kbcheck.Fence, examples: Path) -> list[str]:
    """Problems of one fenced block, judged by its declared language."""
    if fence.lang is None:
        return [f"{page}:{fence.line}: code block has no language; write ```python, ```bash, ```text ..."]
    if fence.lang not in kbcheck.FENCE_LANGS:
        return [f"{page}:{fence.line}: code block language '{fence.lang}' is not one the checks know"]
    code, origin, problems = expand(page, fence, examples)
    if problems or fence.lang in FREE_TEXT:
        return problems
    if not code.strip():
        return [f"{page}:{fence.line}: empty {fence.lang} code block"]
    try:
        if fence.lang == "python":
            ast.parse(code)
        elif fence.lang == "yaml":
            yaml.safe_load(code)
        elif fence.lang == "json":
            json.loads(code)
        elif fence.lang == "toml":
            tomllib.loads(code)
        elif fence.lang == "bash":
            return check_bash(code, origin)
    except SyntaxError as err:
        return [f"{where(origin, err.lineno)} python block does not parse: {err.msg}"]
    except yaml.YAMLError as err:
        mark = getattr(err, "problem_mark", None)
        return [f"{where(origin, mark.line + 1 if mark else None)} yaml block does not parse: {getattr(err, 'problem', err)}"]
    except json.JSONDecodeError as err:
        return [f"{where(origin, err.lineno)} json block does not parse: {err.msg}"]
    except tomllib.TOMLDecodeError as err:
        return [f"{where(origin, None)} toml block does not parse: {err}"]
    return []


def check_bash(code: str, origin: list) -> list[str]:
    """`bash -n`: parse without running; map bash's line numbers back to the page."""
    with tempfile.NamedTemporaryFile("w", suffix=".sh", encoding="utf-8") as script:
        script.write(code)
        script.flush()
        proc = subprocess.run(["bash", "-n", script.name], capture_output=True, text=True)
    if proc.returncode == 0:
        return []
    match = BASH_LINE_RE.search(proc.stderr)
    lineno = int(match[1]) if match else None
    message = match[2] if match else proc.stderr.strip()
    return [f"{where(origin, lineno)} bash block does not parse (bash -n): {message}"]


def check_page(page: Path, examples: Path) -> tuple[list[str], int]:
    """Problems of every fenced block on a page (front matter skipped) and how many blocks there were."""
    text = page.read_text(encoding="utf-8")
    _, body_start, _ = kbcheck.split_front_matter(page, text)
    _, fences, _ = kbcheck.scan_body(page, text, body_start)
    problems = []
    for fence in fences:
        problems += check_fence(page, fence, examples)
    return problems, len(fences)


# The built site: what the copy button copies is the text of each <code> in a highlighted block.
HTML_BLOCK_RE = re.compile(
    r'<div class="language-(?P<lang>[\w+-]+) highlight">(?P<html>.*?)</code></pre></div>', re.DOTALL
)


def code_blocks_in_html(html: str) -> list[tuple[str, str]]:
    """(language, text) of each highlighted code block in a built page."""
    import html as html_lib

    blocks = []
    for match in HTML_BLOCK_RE.finditer(html):
        inner = match["html"]
        inner = inner[inner.find("<code") :]
        text = html_lib.unescape(re.sub(r"<[^>]+>", "", inner))
        blocks.append((match["lang"], text))
    return blocks


def prompts_in_python_blocks(html: str) -> list[str]:
    """Lines starting with a '>>> ' prompt inside python blocks of a built page."""
    found = []
    for lang, text in code_blocks_in_html(html):
        if lang in ("python", "py", "pycon"):
            found += [line for line in text.splitlines() if line.startswith(">>> ") or line == ">>>"]
    return found
