"""The command line: `transformers-kb explain [FILE]` (stdin when no file), `python -m transformers_kb`,
and `python3 site-offline/explain.py` in the offline bundle."""

from __future__ import annotations

import argparse
import json
import os
import sys
import textwrap
import unicodedata

from . import core

LABELS = {
    "en": {"error": "Error", "page": "Page", "offline": "Offline", "matched": "Matched", "quick": "Quick fix",
           "other": "中文", "also": "Also see", "release": "Releases",
           "installed": "Installed", "search": "Search", "none": "No page covers this error yet.",
           "forum": "Forum", "issues": "Transformers issues", "ask": "Ask for a page", "build": "KB build",
           "nothing": "No error line found in the input.", "missing": "not installed"},
    "zh": {"error": "报错", "page": "页面", "offline": "离线版", "matched": "匹配", "quick": "快速解决",
           "other": "英文版", "also": "另见", "release": "版本", "installed": "已安装",
           "search": "站内搜索", "none": "还没有页面讲这个报错。", "forum": "论坛",
           "issues": "Transformers 的 issue", "ask": "请求新页面", "build": "知识库版本",
           "nothing": "输入里没有找到报错行。", "missing": "未安装"},
}


def default_lang(env=os.environ) -> str:
    for name in ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"):
        value = env.get(name, "")
        if value:
            return "zh" if value.lower().startswith("zh") else "en"
    return "en"


def display_width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def release_text(answer: dict, lang: str) -> str:
    try:
        from . import releases

        return releases.sentence(answer, lang)
    except Exception:  # noqa: BLE001
        return answer.get("text") or ""


def render(result: dict, lang: str, width: int = 100) -> str:
    t = LABELS[lang]
    out = []

    indent = 11

    def field(label, value):
        head = label + ("：" if lang == "zh" else ":")
        pad = max(1, indent - display_width(head))
        wrapped = textwrap.fill(value, width=width, initial_indent=" " * indent,
                                subsequent_indent=" " * indent, break_long_words=False, break_on_hyphens=False)
        out.append(head + " " * pad + wrapped[indent:])

    if not result["lines"]:
        out.append(t["nothing"])
    else:
        field(t["error"], result["error"])
    page = result["page"]
    if page:
        field(t["page"], page["title"])
        out.append(" " * 11 + page["url"])
        if page["file"]:
            out.append(" " * 11 + page["file"])
        if result["matched"] and result["matched"] != result["error"]:
            field(t["matched"], result["matched"])
        if page["quick_fix"]:
            out.append(t["quick"] + ":")
            out += ["  " + line if line else "" for line in page["quick_fix"].splitlines()]
        field(t["other"], page["url_other_language"])
    if result["release"]:
        field(t["release"], release_text(result["release"], lang))
        if result["release"].get("pip"):
            out.append(" " * 11 + result["release"]["pip"])
    if result["no_match"] and not page:
        out.append(t["none"])
        out.append(f"  {t['forum']}: {result['no_match']['forum']}")
        out.append(f"  {t['issues']}: {result['no_match']['issues']}")
        if result["no_match"]["ask"]:
            out.append(f"  {t['ask']}: {result['no_match']['ask']}")
    versions = ", ".join(f"{name} {version or '(' + t['missing'] + ')'}" for name, version in result["installed"].items())
    field(t["installed"], versions)
    field(t["search"], result["search"])
    if result["search_offline"]:
        out.append(" " * indent + result["search_offline"])
    build = result["build"]
    field(t["build"], f"{build.get('date', '?')} ({build.get('commit', '?')})")
    return "\n".join(out) + "\n"


def github_escape(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def github_notices(result: dict, lang: str) -> str:
    """GitHub Actions annotations: one ::notice per page found (shown on the run's summary)."""
    lines = []
    cards = ([result["page"]] if result["page"] else []) + result["others"][:2]
    for card in cards:
        body = f"{result['error']}\n{card['quick_fix']}\n{card['url']}"
        lines.append(f"::notice title={github_escape('transformers-kb: ' + card['title'])}::{github_escape(body)}")
    if not cards and result["error"]:
        lines.append(f"::notice title=transformers-kb::{github_escape(LABELS[lang]['none'] + ' ' + result['search'])}")
    return "\n".join(lines) + ("\n" if lines else "")


def main(argv=None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv[:1] == ["explain"]:
        argv = argv[1:]
    parser = argparse.ArgumentParser(
        prog="transformers-kb explain",
        description="Find the page that explains a Hugging Face Transformers error, offline. "
                    "Reads a traceback or a whole log from FILE or standard input.")
    parser.add_argument("file", nargs="?", help="a log or traceback file (default: standard input)")
    parser.add_argument("--lang", choices=("en", "zh"), default=None, help="language (default: from LANG)")
    parser.add_argument("--json", action="store_true", help="print the answer as JSON (schema in CONTRIBUTING.md)")
    parser.add_argument("--github", action="store_true", help="print GitHub Actions ::notice annotations")
    parser.add_argument("--site", help="a built or unzipped site folder to link pages in (file://) and read data from")
    args = parser.parse_args(argv)
    lang = args.lang or default_lang()
    if args.site:
        core.configure(site_dir=os.path.abspath(args.site))
    if args.file:
        with open(args.file, encoding="utf-8", errors="replace") as f:
            text = f.read()
    else:
        if sys.stdin is None or sys.stdin.isatty():
            parser.print_usage(sys.stderr)
            print("paste the error, then Ctrl-D (Ctrl-Z Enter on Windows)", file=sys.stderr)
        text = sys.stdin.read() if sys.stdin else ""
    result = core.explain(text, lang)
    if args.json:
        sys.stdout.write(json.dumps(result, ensure_ascii=False, indent=1) + "\n")
    elif args.github:
        sys.stdout.write(github_notices(result, lang))
    else:
        sys.stdout.write(render(result, lang))
    return 0 if result["page"] else 1
