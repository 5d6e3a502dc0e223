"""Translation freshness, shared by the build hook, `kb translations` and the tests.

Each translated page (docs/zh/x.md) records in its front matter ``translation_of: <hash>``, the
content hash of the English page (docs/en/x.md) it was translated from. A content hash, not a git
revision: it is the same in a shallow clone, a tarball or a scratch copy, and it changes exactly
when the English text changes. When the English page no longer has that hash, the translation is
stale. Nothing here depends on MkDocs.
"""

from __future__ import annotations

import argparse
import hashlib
import sys
import re
from dataclasses import dataclass
from pathlib import Path

from kb.pages import checks as kbcheck

FIELD = "translation_of"
SOURCE_LANG = "en"
TRANSLATED_LANGS = tuple(lang for lang in kbcheck.LANGS if lang != SOURCE_LANG)
HASH_LEN = 12  # hex digits of sha256: short enough to read, long enough never to collide here
FIELD_RE = re.compile(rf"^{FIELD}\s*:.*$")


def source_hash(text: str) -> str:
    """Hash of an English page's text; line endings are normalised so a CRLF checkout changes nothing."""
    normalised = text.replace("\r\n", "\n").replace("\r", "\n")
    return hashlib.sha256(normalised.encode("utf-8")).hexdigest()[:HASH_LEN]


def source_of(docs_dir: Path, translated: Path) -> Path:
    """docs/zh/x.md -> docs/en/x.md"""
    rel = translated.relative_to(docs_dir)
    return docs_dir / SOURCE_LANG / Path(*rel.parts[1:])


def front_matter_bounds(path: Path, lines: list[str]) -> int:
    """Index of the closing '---' of the front matter; a clear error naming the file otherwise."""
    if not lines or lines[0].strip() != "---":
        raise ValueError(f"{path}:1: missing front matter: the page must start with a '---' line")
    for end in range(1, len(lines)):
        if lines[end].strip() in ("---", "..."):
            return end
    raise ValueError(f"{path}:1: front matter is not closed: add a '---' line after it")


def recorded_hash(path: Path, text: str) -> tuple[str | None, int]:
    """(recorded hash or None, line number of the field or of the front matter's first line)."""
    lines = text.splitlines()
    try:
        end = front_matter_bounds(path, lines)
    except ValueError:
        return None, 1
    for n in range(1, end):
        if FIELD_RE.match(lines[n]):
            value = lines[n].split(":", 1)[1].strip().strip("'\"")
            return value or None, n + 1
    return None, 1


@dataclass
class Status:
    path: Path  # the translated page
    source: Path  # its English page
    recorded: str | None
    current: str
    line: int

    @property
    def stale(self) -> bool:
        return self.recorded != self.current

    def message(self) -> str:
        if self.recorded is None:
            why = f"no '{FIELD}' in the front matter (which version of {self.source} was translated?)"
        else:
            why = f"{self.source} changed since it was translated ({FIELD}: {self.recorded}, now {self.current})"
        return f"{self.path}:{self.line}: translation may be stale: {why}"


def status_of(docs_dir: Path, translated: Path) -> Status | None:
    """Status of one translated page; None when it has no English page (kbcheck reports that)."""
    source = source_of(docs_dir, translated)
    if not source.is_file():
        return None
    text = translated.read_text(encoding="utf-8", errors="replace")
    recorded, line = recorded_hash(translated, text)
    current = source_hash(source.read_text(encoding="utf-8", errors="replace"))
    return Status(translated, source, recorded, current, line)


def translated_pages(docs_dir: Path) -> list[Path]:
    return sorted(p for lang in TRANSLATED_LANGS for p in (docs_dir / lang).rglob("*.md"))


def stale_pages(docs_dir: Path) -> list[Status]:
    statuses = (status_of(docs_dir, p) for p in translated_pages(docs_dir))
    return [s for s in statuses if s is not None and s.stale]


def record_source_hash(docs_dir: Path, translated: Path) -> str:
    """Write the English page's current hash into the translated page's front matter; return it."""
    source = source_of(docs_dir, translated)
    if not source.is_file():
        raise ValueError(f"{translated}:1: no English page {source} to record a version of")
    current = source_hash(source.read_text(encoding="utf-8"))
    text = translated.read_text(encoding="utf-8")
    newline = "\r\n" if "\r\n" in text else "\n"
    lines = text.splitlines(keepends=True)
    end = front_matter_bounds(translated, [line.rstrip("\r\n") for line in lines])
    new_line = f"{FIELD}: {current}{newline}"
    for n in range(1, end):
        if FIELD_RE.match(lines[n].rstrip("\r\n")):
            lines[n] = new_line
            break
    else:
        lines.insert(end, new_line)
    translated.write_text("".join(lines), encoding="utf-8", newline="")
    return current


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(prog="kb translations", description="List translated pages whose English page changed; refresh the record.")
    parser.add_argument("--docs", type=Path, default=Path("docs"), help="docs folder (default: docs)")
    parser.add_argument("--update", action="store_true", help="record the English page's current version")
    parser.add_argument("--all", action="store_true", help="with --update: every translated page")
    parser.add_argument("pages", nargs="*", type=Path, help="translated pages to --update")
    args = parser.parse_args(argv)
    docs = args.docs
    if not (docs / SOURCE_LANG).is_dir():
        parser.error(f"{docs}/{SOURCE_LANG} is not a folder; run from the project root or pass --docs")

    if args.update:
        if args.all == bool(args.pages):
            parser.error("--update needs the translated pages to refresh, or --all")
        pages = translated_pages(docs) if args.all else args.pages
        for page in pages:
            try:
                rel = page.resolve().relative_to(docs.resolve())
            except ValueError:
                parser.error(f"{page} is not inside {docs}")
            if rel.parts[0] not in TRANSLATED_LANGS:
                parser.error(f"{page} is not a translated page (docs/{'|'.join(TRANSLATED_LANGS)}/...)")
            try:
                value = record_source_hash(docs, docs / rel)
            except (OSError, ValueError) as err:
                print(f"error: {err}", file=sys.stderr)
                return 2
            print(f"{docs / rel}: {FIELD}: {value}")
        return 0

    stale = stale_pages(docs)
    for status in stale:
        print(status.message())
    if stale:
        print(
            f"\n{len(stale)} translated page(s) behind their English page. Update the translation, then run\n"
            "  kb translations --update <page>",
            file=sys.stderr,
        )
        return 1
    print(f"all {len(translated_pages(docs))} translated pages match their English page")
    return 0
