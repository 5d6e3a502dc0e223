"""Source checks for the knowledge base pages, shared by the build hook and the tests.

Every function returns a list of problems, each a string that starts with ``path:line:`` so
that a reader can jump straight to the spot. Nothing here depends on MkDocs.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

import ftfy.badness
import yaml

LANGS = ("en", "zh")
# libyaml's loader when PyYAML has it: the same results and error marks, several times faster.
SAFE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
# Top-level pages that are not error pages; every other top-level page is one and needs a category.
NON_ERROR_PAGES = ("index", "tags", "which-release")
# Every error page has these sections, in this order, with these explicit ids, in both languages.
SECTION_IDS = ("symptoms", "cause", "fix", "verify", "versions", "related")
# Languages a fenced code block may declare; anything else (or nothing) is an error.
FENCE_LANGS = {"python", "bash", "bat", "powershell", "text", "yaml", "toml", "json", "ini", "dockerfile"}

# Files under examples/ that pages include as text.
EXAMPLE_SUFFIXES = {".py", ".manual", ".txt", ".yml", ".yaml", ".json", ".md", ".sh", ".toml", ".cfg"}

FENCE_RE = re.compile(r"^(?P<indent>[ \t]*)(?P<fence>`{3,}|~{3,})(?P<info>.*)$")
HEADING_RE = re.compile(r"^(?P<hashes>#{1,6})\s+(?P<text>.*?)\s*$")
HEADING_ID_RE = re.compile(r"\{[^}]*#(?P<id>[A-Za-z][\w-]*)[^}]*\}\s*$")
# Page ids (file names: the permanent URL) and heading ids (anchors): lower-case words joined by hyphens.
ID_RE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
# Characters that look like CJK ideographs but are other code points (Kangxi and CJK radicals,
# compatibility ideographs), as pasted from PDFs: search indexes them as written, so 生成 never matches.
COMPAT_CJK_RE = re.compile("[\u2e80-\u2eff\u2f00-\u2fdf\uf900-\ufaff\U0002f800-\U0002fa1f]")
# The quick answer right under an error page's title (both languages): its opening line, and its limits.
QUICK_FIX_OPEN = '<div class="kb-quick-fix" id="quick-fix" markdown>'
QUICK_FIX_MAX_WIDTH = 330  # prose, in Latin-letter widths (a CJK character counts 2): about 7 phone lines
QUICK_FIX_MAX_CODE_LINES = 3
# A Markdown table's delimiter row: | --- | :---: |
TABLE_DELIMITER_RE = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?\s*$")
# A link to the other language's page: [text](../zh/page.md#anchor)
CROSS_LANG_LINK_RE = re.compile(r"\]\(\.\./(?P<lang>en|zh)/(?P<path>[^)#\s]+\.md)(?:#(?P<anchor>[^)\s]+))?\)")


@dataclass
class Fence:
    line: int
    info: str
    lang: str | None
    body: str


@dataclass
class Heading:
    line: int
    level: int
    text: str
    id: str | None


@dataclass
class Page:
    path: Path
    text: str = ""
    meta: dict = field(default_factory=dict)
    body_start: int = 1  # line number where the Markdown body starts (after front matter)
    headings: list[Heading] = field(default_factory=list)
    fences: list[Fence] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)


def decode(path: Path, data: bytes) -> tuple[str | None, list[str]]:
    """Decode page bytes as UTF-8; report invalid bytes, U+FFFD and mojibake with their line."""
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as err:
        line = data[: err.start].count(b"\n") + 1
        return None, [f"{path}:{line}: invalid UTF-8 (byte 0x{data[err.start]:02x}); save the file as UTF-8"]
    problems = []
    if text.startswith("\ufeff"):
        problems.append(f"{path}:1: byte order mark at the start of the file; save as UTF-8 without BOM")
    for n, line in enumerate(text.splitlines(), 1):
        if "\ufffd" in line:
            problems.append(f"{path}:{n}: U+FFFD replacement character: text was damaged by a bad decode")
        elif not line.isascii() and ftfy.badness.is_bad(line):  # mojibake is never plain ASCII
            problems.append(
                f"{path}:{n}: mojibake (UTF-8 text decoded with the wrong code page and saved again): {line[:40]!r}"
            )
        elif not line.isascii() and (run := gbk_mojibake(line)):
            problems.append(
                f"{path}:{n}: mojibake (UTF-8 text decoded as GBK and saved again): {run[:20]!r} was "
                f"{run.encode('gbk', errors='ignore').decode('utf-8', errors='replace')[:20]!r}"
            )
        if compat := COMPAT_CJK_RE.search(line):
            char = compat.group(0)
            problems.append(
                f"{path}:{n}: compatibility character {char!r} (U+{ord(char):04X}, often pasted from a PDF) looks "
                f"like {unicodedata.normalize('NFKC', char)!r} but search will not match it; type "
                f"{unicodedata.normalize('NFKC', char)!r} instead"
            )
        if len(problems) >= 5:
            problems.append(f"{path}: more damaged lines follow; fix the encoding of the whole file")
            break
    return text, problems


NON_ASCII_RUN = re.compile(r"[^\x00-\x7f]{2,}")
CJK_ONLY = re.compile(r"[\u4e00-\u9fff]")


def gbk_mojibake(line: str) -> str | None:
    """A run of the line that is UTF-8 read as GBK (浣犲ソ for 你好, 锟斤拷 for a damaged byte), or None.

    Such a run turns back into Chinese when its GBK bytes are read as UTF-8; real Chinese does not:
    its GBK bytes are mostly invalid UTF-8, and the valid parts decode to Latin or Greek letters.
    Of jieba's 349,046 dictionary words one passes as mojibake (涓滴归公); no line of our pages does.
    """
    for run in NON_ASCII_RUN.findall(line):
        data = run.encode("gbk", errors="ignore")
        back = data.decode("utf-8", errors="replace")
        if b"\xef\xbf\xbd" in data or back.count("\ufffd") * 2 < len(CJK_ONLY.findall(back)) >= 2:
            return run
    return None


def split_front_matter(path: Path, text: str) -> tuple[dict, int, list[str]]:
    """Return (meta, first body line, problems). Front matter is required on every page."""
    lines = text.splitlines()
    if not lines or lines[0].strip() != "---":
        return {}, 1, [f"{path}:1: missing front matter: the page must start with a '---' line"]
    for end in range(1, len(lines)):
        if lines[end].strip() in ("---", "..."):
            break
    else:
        return {}, 1, [f"{path}:1: front matter is not closed: add a '---' line after it"]
    try:
        meta = yaml.load("\n".join(lines[1:end]), Loader=SAFE_LOADER) or {}
    except yaml.YAMLError as err:
        mark = getattr(err, "problem_mark", None)
        line = mark.line + 2 if mark else 1
        problem = getattr(err, "problem", None) or str(err).splitlines()[0]
        return {}, end + 2, [f"{path}:{line}: malformed front matter: {problem}"]
    if not isinstance(meta, dict):
        return {}, end + 2, [f"{path}:2: front matter must be a mapping of keys to values"]
    return meta, end + 2, []


def check_meta(path: Path, meta: dict, is_error_page: bool, category_ids: tuple = ()) -> list[str]:
    """title and a one-sentence description everywhere; the registry's keys on error pages."""
    problems = []

    def need_str(key):
        value = meta.get(key)
        if not isinstance(value, str) or not value.strip():
            problems.append(f"{path}:2: front matter needs '{key}' (a non-empty string)")
            return None
        return value.strip()

    need_str("title")
    description = need_str("description")
    if description and (len(description) > 200 or "\n" in description):
        problems.append(f"{path}:2: front matter 'description' should be one sentence (at most 200 characters)")
    if is_error_page:
        need_str("nav_title")
        need_str("versions")
        category = meta.get("category")
        if category not in category_ids:
            problems.append(
                f"{path}:2: front matter 'category' is {category!r}; it must be one of "
                f"{', '.join(category_ids)} (extra.categories in mkdocs.yml)"
            )
        for key in ("signatures", "tags"):
            value = meta.get(key)
            if not isinstance(value, list) or not value or not all(isinstance(v, str) and v.strip() for v in value):
                problems.append(f"{path}:2: front matter needs '{key}' (a non-empty list of strings)")
    return problems


INCLUDE_RE = re.compile(r"""^\s*-+8<-+\s+["']([^"']+)["']\s*$""")
# Lines whose indented continuation is content, not an indented code block: list items, admonitions,
# collapsible blocks and content tabs.
CONTAINER_RE = re.compile(r"^\s*(?:[-*+]\s|\d+[.)]\s|!!!|\?\?\?|===)")


def indented_code_line(lines: list[str], i: int) -> bool:
    """Line i starts an indented (4-space) code block: Markdown's other code syntax, which the checks
    of fenced blocks (language, parity between languages) would never see."""
    line = lines[i]
    indent = len(line) - len(line.lstrip(" \t").replace("\t", "    "))
    if not line.strip() or indent < 4 or (i > 0 and lines[i - 1].strip()):
        return False
    for prev in reversed(lines[:i]):
        if not prev.strip():
            continue
        prev_indent = len(prev) - len(prev.lstrip(" \t").replace("\t", "    "))
        if prev_indent < indent:
            return not CONTAINER_RE.match(prev)
    return True


def check_include(path: Path, line_no: int, line: str, examples_dir: Path | None) -> list[str]:
    """A snippet include names a file under examples/ (and, after ':', a section it marks)."""
    match = INCLUDE_RE.match(line)
    if not match or examples_dir is None:
        return []
    name, _, section = match[1].partition(":")
    target = examples_dir / name
    if not target.is_file():
        return [f"{path}:{line_no}: snippet '{match[1]}' not found: no file {target}"]
    if section and f"[start:{section}]" not in target.read_text(encoding="utf-8", errors="replace"):
        return [f"{path}:{line_no}: snippet '{match[1]}': {target} has no '--8<-- [start:{section}]' marker"]
    return []


def scan_body(path: Path, text: str, first_line: int,
              examples_dir: Path | None = None) -> tuple[list[Heading], list[Fence], list[str]]:
    """Find headings and fenced code blocks, outside front matter; check fences, includes, indented code."""
    headings, fences, problems = [], [], []
    lines = text.splitlines()
    i = first_line - 1
    while i < len(lines):
        line = lines[i]
        if INCLUDE_RE.match(line):
            problems.append(
                f"{path}:{i + 1}: snippet include outside a code fence (it would render as run-on text); "
                "put it between ```text (or ```python) and ``` lines"
            )
        elif indented_code_line(lines, i):
            problems.append(
                f"{path}:{i + 1}: indented code block; write a fenced block with a language "
                "(```python ... ```) so the checks see it"
            )
        fence = FENCE_RE.match(line)
        if fence:
            marker, indent = fence["fence"], fence["indent"]
            info = fence["info"].strip()
            start = i + 1
            body = []
            i += 1
            while i < len(lines):
                closing = lines[i].strip()
                if closing.startswith(marker[0] * len(marker)) and not closing.strip(marker[0]):
                    break
                inner = FENCE_RE.match(lines[i])
                if inner and inner["fence"][0] == marker[0] and fence_lang(inner["info"]) in FENCE_LANGS:
                    problems.append(
                        f"{path}:{start}: code block is never closed: line {i + 1} opens another one "
                        f"({inner['fence']}{inner['info'].strip()}) inside it; add a {marker} line before it"
                    )
                    break
                problems += check_include(path, i + 1, lines[i], examples_dir)
                body.append(lines[i][len(indent):] if lines[i].startswith(indent) else lines[i].lstrip())
                i += 1
            else:
                problems.append(f"{path}:{start}: code block is never closed: add a {marker} line after its last line")
            lang = fence_lang(info)
            if lang is None:
                problems.append(f"{path}:{start}: code block has no language; write ```python, ```bash, ```text ...")
            elif lang not in FENCE_LANGS:
                problems.append(
                    f"{path}:{start}: code block language '{lang}' is not one of {', '.join(sorted(FENCE_LANGS))}"
                )
            fences.append(Fence(start, info, lang, "\n".join(body)))
        else:
            problems += check_table(path, lines, i)
            if "<!--" in line and "-->" not in "\n".join(lines[i:])[line.index("<!--"):]:
                problems.append(f"{path}:{i + 1}: HTML comment '<!--' is never closed with '-->': readers would see it")
            heading = HEADING_RE.match(line)
            if heading:
                match = HEADING_ID_RE.search(heading["text"])
                headings.append(Heading(i + 1, len(heading["hashes"]), heading["text"], match["id"] if match else None))
        i += 1
    return headings, fences, problems


def table_cells(line: str) -> int:
    """Cells of a Markdown table row: pipes split cells, except escaped ones and those in `code`."""
    row = line.strip()
    row = row[1:] if row.startswith("|") else row
    row = row[:-1] if row.endswith("|") and not row.endswith("\\|") else row
    cells, in_code, prev = 1, False, ""
    for char in row:
        if char == "`":
            in_code = not in_code
        elif char == "|" and not in_code and prev != "\\":
            cells += 1
        prev = char
    return cells


def check_table(path: Path, lines: list[str], i: int) -> list[str]:
    """At a table's header row: every row has the header's number of cells (Markdown silently drops an
    extra cell and leaves a missing one empty)."""
    if i + 1 >= len(lines) or "|" not in lines[i] or not TABLE_DELIMITER_RE.match(lines[i + 1]):
        return []
    want, problems = table_cells(lines[i]), []
    for j in range(i + 2, len(lines)):
        if not lines[j].strip() or "|" not in lines[j]:
            break
        got = table_cells(lines[j])
        if got != want:
            problems.append(
                f"{path}:{j + 1}: table row has {got} cells, its header (line {i + 1}) has {want}; "
                f"Markdown would {'drop the extra' if got > want else 'leave the missing'} cell{'s' if abs(got - want) > 1 else ''} "
                "(write \\| for a pipe inside a cell)"
            )
    return problems


def fence_lang(info: str) -> str | None:
    """The language of a fence: ```python, ```{.python .notest} or ``` python title="x"."""
    info = info.strip()
    if not info:
        return None
    if info.startswith("{"):
        classes = re.findall(r"\.([\w+-]+)", info)
        return classes[0] if classes else None
    return info.split()[0]


def load_page(path: Path, is_error_page: bool, category_ids: tuple = (), examples_dir: Path | None = None) -> Page:
    page = Page(path)
    text, problems = decode(path, path.read_bytes())
    page.problems += problems
    if text is None:
        return page
    page.text = text
    meta, body_start, problems = split_front_matter(path, text)
    page.meta, page.body_start = meta, body_start
    page.problems += problems
    if not problems:
        page.problems += check_meta(path, meta, is_error_page, category_ids)
    page.headings, page.fences, problems = scan_body(path, text, body_start, examples_dir)
    page.problems += problems
    first_line_of: dict[str, int] = {}
    for heading in page.headings:
        if heading.id in first_line_of:
            page.problems.append(
                f"{path}:{heading.line}: heading id '#{heading.id}' is already used on line "
                f"{first_line_of[heading.id]}; ids must be unique within a page"
            )
        elif heading.id:
            first_line_of[heading.id] = heading.line
    for heading in page.headings:
        if heading.id and not ID_RE.match(heading.id):
            page.problems.append(
                f"{path}:{heading.line}: heading id '#{heading.id}' should be lower-case words joined by hyphens "
                f"(#{re.sub(r'[^a-z0-9]+', '-', heading.id.lower()).strip('-')}): anchors are part of permanent links"
            )
        if heading.level >= 2 and heading.id is None:
            page.problems.append(
                f"{path}:{heading.line}: heading '{heading.text}' has no explicit anchor; "
                "end it with {#some-id} (the same id in both languages)"
            )
    if is_error_page:
        page.problems += check_quick_fix(page)
        h2_ids = [h.id for h in page.headings if h.level == 2]
        if tuple(h2_ids) != SECTION_IDS and not any("never closed" in p for p in problems):
            page.problems.append(
                f"{path}:{body_start}: an error page needs the sections {', '.join('#' + s for s in SECTION_IDS)} "
                f"in this order as level-2 headings; found {', '.join('#' + str(s) for s in h2_ids) or 'none'}"
            )
    return page


def text_width(text: str) -> int:
    """Width in Latin letters: a CJK or full-width character counts 2."""
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def check_quick_fix(page: Page) -> list[str]:
    """The quick answer: right under the title, short, at most one short code block, and a link into #fix."""
    path, lines = page.path, page.text.splitlines()
    h1 = next((h for h in page.headings if h.level == 1), None)
    after = h1.line if h1 else page.body_start - 1
    first = next((n for n in range(after, len(lines)) if lines[n].strip()), None)
    if first is None or lines[first].strip() != QUICK_FIX_OPEN:
        return [f"{path}:{(first or after) + 1}: an error page starts, right under its title, with its quick answer: "
                f"{QUICK_FIX_OPEN} ... </div> (see the README, 'Adding an error page')"]
    end = next((n for n in range(first + 1, len(lines)) if lines[n].strip() == "</div>"), None)
    if end is None:
        return [f"{path}:{first + 1}: the quick answer's <div> is never closed: add a </div> line after it"]
    problems, prose, code, in_code = [], [], [], False
    for line in lines[first + 1:end]:
        if FENCE_RE.match(line):
            in_code = not in_code
            if in_code:
                code.append([])
        elif in_code:
            code[-1].append(line)
        else:
            prose.append(re.sub(r"\]\([^)]*\)", "]", line).strip())
    width = text_width(" ".join(p for p in prose if p))
    if width > QUICK_FIX_MAX_WIDTH:
        problems.append(f"{path}:{first + 1}: the quick answer is {width} characters wide (CJK count 2); at most "
                        f"{QUICK_FIX_MAX_WIDTH}, so that it fits a phone's first screen: keep the cause and the first step")
    if len(code) > 1 or any(len(block) > QUICK_FIX_MAX_CODE_LINES for block in code):
        problems.append(f"{path}:{first + 1}: the quick answer has at most one code block of at most "
                        f"{QUICK_FIX_MAX_CODE_LINES} lines (the first thing to do)")
    ids = [h.id for h in page.headings]
    fix_ids = ids[ids.index("fix"):ids.index("verify")] if "fix" in ids and "verify" in ids else ["fix"]
    targets = re.findall(r"\]\(#([\w-]+)\)", "\n".join(lines[first + 1:end]))
    if not any(target in fix_ids for target in targets):
        problems.append(f"{path}:{first + 1}: the quick answer links to the fuller fix below: [...](#fix) or "
                        "the id of a heading inside #fix")
    return problems


def is_error_page(rel: Path) -> bool:
    return rel.parent == Path(".") and rel.stem not in NON_ERROR_PAGES


def page_url(rel: Path) -> str:
    """The URL path MkDocs gives a source file (use_directory_urls): x.md and x/index.md are both x/."""
    parts = rel.with_suffix("").parts
    if parts[-1] in ("index", "README"):
        parts = parts[:-1]
    return "/".join(parts) + "/" if parts else ""


def check_examples(examples_dir: Path) -> list[str]:
    """Every text file under examples/ is clean UTF-8: pages include them verbatim."""
    problems = []
    for path in sorted(examples_dir.rglob("*")):
        if path.is_file() and path.suffix in EXAMPLE_SUFFIXES:
            problems += decode(path, path.read_bytes())[1]
    return problems


def check_docs(docs_dir: Path, category_ids: tuple, examples_dir: Path | None = None) -> list[str]:
    """All source checks over docs/<lang>/ (and the examples they include): hygiene, front matter,
    anchors, includes, URL clashes, and parity between languages.

    category_ids: the configured categories (extra.categories in mkdocs.yml), in order.
    examples_dir: the snippets' base folder (default: examples/ beside docs/).
    """
    examples_dir = examples_dir or docs_dir.parent / "examples"
    problems = check_examples(examples_dir) if examples_dir.is_dir() else []
    rel_paths = {lang: {p.relative_to(docs_dir / lang) for p in (docs_dir / lang).rglob("*.md")} for lang in LANGS}
    required = {Path("index.md")}
    for lang in LANGS:
        for rel in sorted(required - rel_paths[lang]):
            problems.append(f"{docs_dir / lang / rel}:1: required page is missing")
    for lang, other in (("en", "zh"), ("zh", "en")):
        for rel in sorted(rel_paths[lang] - rel_paths[other]):
            problems.append(
                f"{docs_dir / lang / rel}:1: page exists in '{lang}' but not in '{other}': "
                f"add {docs_dir / other / rel} (pages are never served untranslated)"
            )
    for lang in LANGS:
        for rel in sorted(rel_paths[lang]):
            bad = [part for part in rel.with_suffix("").parts if not ID_RE.match(part) and part != "README"]
            if bad:
                problems.append(
                    f"{docs_dir / lang / rel}:1: page id '{rel.with_suffix('')}' is its permanent URL: use lower-case "
                    f"words joined by hyphens ('{re.sub(r'[^a-z0-9]+', '-', bad[0].lower()).strip('-')}')"
                )
    for lang in LANGS:
        by_url: dict[str, Path] = {}
        for rel in sorted(rel_paths[lang], key=lambda r: (len(r.parts), r)):
            url = page_url(rel)
            if url in by_url:
                problems.append(
                    f"{docs_dir / lang / rel}:1: serves the same URL /{url} as {docs_dir / lang / by_url[url]}; "
                    "one page per URL (rename or remove one)"
                )
            by_url.setdefault(url, rel)
    pages = {}
    for lang in LANGS:
        for rel in sorted(rel_paths[lang]):
            page = load_page(docs_dir / lang / rel, is_error_page(rel), tuple(category_ids), examples_dir)
            pages[lang, rel] = page
            problems += page.problems
    for rel in sorted(rel_paths["en"] & rel_paths["zh"]):
        problems += check_pair(pages["en", rel], pages["zh", rel])
    problems += check_signatures_unique([page for (lang, _), page in pages.items() if lang == "en"])
    problems += check_cross_language_links(pages, docs_dir)
    return problems


def signature_key(signature: str) -> str:
    return " ".join(signature.casefold().split())


def check_signatures_unique(pages: list[Page]) -> list[str]:
    """A message belongs to one page: a signature on two pages pushes the right one down in search."""
    problems, owner = [], {}
    for page in pages:
        for signature in page.meta.get("signatures") or []:
            if not isinstance(signature, str):
                continue
            key = signature_key(signature)
            if key in owner and owner[key] != page.path:
                line = next((n for n, text in enumerate(page.text.splitlines(), 1) if signature[:40] in text), 2)
                problems.append(
                    f"{page.path}:{line}: signature {signature[:60]!r} is already on {owner[key]}; a message "
                    "belongs to one page (link to that page instead)"
                )
            owner.setdefault(key, page.path)
    return problems


def check_cross_language_links(pages: dict, docs_dir: Path) -> list[str]:
    """[text](../zh/x.md#a) from an English page (or ../en/ from a Chinese one): the build turns it into
    a link to the other language's page (kb/build/crosslinks.py); here its file and anchor must exist."""
    problems = []
    for (lang, _rel), page in pages.items():
        in_fence = False
        for n, line in enumerate(page.text.splitlines(), 1):
            if FENCE_RE.match(line):
                in_fence = not in_fence
            if in_fence:
                continue
            for link in CROSS_LANG_LINK_RE.finditer(line):
                target_rel = Path(link["path"])
                target = pages.get((link["lang"], target_rel))
                if link["lang"] == lang:
                    problems.append(f"{page.path}:{n}: link {link.group(0)[2:-1]} goes out and back into '{lang}'; "
                                    f"write {link['path']}")
                elif target is None:
                    problems.append(f"{page.path}:{n}: link to the other language: {docs_dir / link['lang'] / target_rel} "
                                    "does not exist")
                elif link["anchor"] and link["anchor"] not in {h.id for h in target.headings} | {"quick-fix"}:
                    problems.append(f"{page.path}:{n}: link to the other language: {target.path} has no "
                                    f"anchor '#{link['anchor']}'")
    return problems


def check_pair(en: Page, zh: Page) -> list[str]:
    """Same anchors in the same order, byte-identical code blocks, and the same registry facts."""
    problems = []
    for key in ("category", "signatures"):
        if key in en.meta and en.meta.get(key) != zh.meta.get(key):
            problems.append(
                f"{zh.path}:2: front matter '{key}' differs from {en.path}; it is the same in every language"
            )
    en_ids = [h.id for h in en.headings if h.level >= 2]
    zh_ids = [h.id for h in zh.headings if h.level >= 2]
    if en_ids != zh_ids:
        for n, (a, b) in enumerate(zip(en_ids + [None] * len(zh_ids), zh_ids + [None] * len(en_ids))):
            if a != b:
                line = next((h.line for h in zh.headings if h.level >= 2 and h.id == b), zh.body_start)
                problems.append(
                    f"{zh.path}:{line}: section anchors differ from {en.path}: heading #{n + 1} is "
                    f"'#{b}' here and '#{a}' in English"
                )
                break
    for n, (a, b) in enumerate(zip(en.fences, zh.fences)):
        if (a.lang, a.body) != (b.lang, b.body):
            problems.append(
                f"{zh.path}:{b.line}: code block #{n + 1} differs from {en.path}:{a.line}; "
                "code is shared between languages (put it in examples/ and include it)"
            )
    if len(en.fences) != len(zh.fences):
        problems.append(
            f"{zh.path}:{zh.body_start}: {len(zh.fences)} code blocks here, {len(en.fences)} in {en.path}"
        )
    return problems
