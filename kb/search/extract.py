"""Read the error out of a paste, and match it against the pages' front matter `signatures`.

Readers paste whole tracebacks, torchrun logs with `[rank0]:` on every line, chained exceptions,
log lines with timestamps and levels, pytest's `E   ` lines, progress bars. The error is at the end;
the frames (`File "...", line N, in f` and their source lines) and paths only add noise.

    extract(text)            -> the error lines: the exception that ended the run first, then the
                                earlier ones of a chain, then warnings; no error line -> the tail
    query_of(text)           -> the words to search (error lines without frames, paths, prefixes)
    normalize(line)          -> the line with its varying parts set aside (quoted names, model ids,
                                paths, numbers and sizes, line/column numbers)
    match_signatures(lines, signatures_by_page) -> [(page_id, signature)], best first

The SAME algorithm runs in the browser: overrides/assets/javascripts/kb-extract.js. Both are
checked against one case file, kb/search/cases.jsonl (tests/test_search_extract.py runs this file
on it, and Node's test runner the JavaScript, and compares the two page by page). Change both or
neither; every constant here has its twin there.

Standard library only, Python 3.8 compatible: the terminal tool copies or imports this file.
"""

import functools
import re
from typing import Dict, List, Sequence, Tuple

# -- tuning (twins in kb-extract.js; measured with `kb search-report`, README "Search quality") ---------

# A signature matches a line when at least this share of its words are in the line ...
SIG_MIN_SHARE = 0.75
# ... and it has at least this many words, or the line has no word the signature lacks (a short
# signature such as "KeyError: 'qwen2'" matches "KeyError: 'mistral'" but not a longer message).
SIG_MIN_TOKENS = 3
# ... and at least this share of its words with quoted names kept ("cannot import name 'AdamW' from
# 'transformers'" is not "cannot import name 'GRPOConfig' from 'trl'").
SIG_MIN_RAW_SHARE = 0.7
# Continuation lines taken after an exception line (multi-line messages).
MAX_CONTINUATION = 3
# Without any error line, this many characters of the paste's end (whole lines) are searched.
TAIL_CHARS = 600
# The search query: at most this many of the error lines, and this many characters. (Two lines:
# pasted example outputs ranked first 0.851 as they are, against 0.957 for their first line alone.)
QUERY_LINES = 1
QUERY_CHARS = 400


# Every pattern means the same in Python and in JavaScript: \w, \d and \b are ASCII (re.ASCII), and
# \s is JavaScript's set of white space, written out.
_JS_SPACE = "\\t\\n\\x0b\\x0c\\r \\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000\\ufeff"


def _c(pattern: str, flags: int = 0):
    out, i, in_class = [], 0, False
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\" and i + 1 < len(pattern):
            nxt = pattern[i + 1]
            if nxt == "s":
                out.append(_JS_SPACE if in_class else "[" + _JS_SPACE + "]")
            elif nxt == "S" and not in_class:
                out.append("[^" + _JS_SPACE + "]")
            else:
                out.append(pattern[i:i + 2])
            i += 2
            continue
        if ch == "[" and not in_class:
            in_class = True
        elif ch == "]" and in_class:
            in_class = False
        out.append(ch)
        i += 1
    return re.compile("".join(out), flags | re.ASCII)

ANSI_RE = _c(r"\x1b\[[0-9;?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)|\x1b[()][A-Za-z0-9]")

# Prefixes put in front of every line by launchers, loggers and test runners, stripped again and
# again from a line's start. "log": a timestamp or level (such a line starts a new record).
_PREFIXES = [
    ("rank", _c(r"\[(?:rank|RANK|default)\s*\d+\]\s*:?")),
    ("rank", _c(r"\(\w+ pid=\d+(?:, ip=[\d.]+)?\)")),
    ("log", _c(r"\[\d{4}-\d\d-\d\d[T ][^\]]*\]")),
    ("log", _c(r"\d{4}-\d\d-\d\d[T ]\d\d:\d\d:\d\d(?:[.,]\d+)?(?:Z|[+-]\d\d:?\d\d)?(?:\s*[-|])?")),
    ("log", _c(r"\d\d/\d\d/\d{4} \d\d:\d\d:\d\d(?:\s*-)?")),
    ("log", _c(r"\[?\d\d:\d\d:\d\d(?:[.,]\d+)?\]?(?:\s*-)?(?=\s)")),
    ("level", _c(r"[EWF]\d{4} \d\d:\d\d:\d\d\.\d+ +\d+ +[\w./]+:\d+\]")),
    ("log", _c(r"[ID]\d{4} \d\d:\d\d:\d\d\.\d+ +\d+ +[\w./]+:\d+\]")),
    ("level", _c(r"\[[IWEF]\d{0,4}(?: [\d:.]+)?(?: +\d+)? *[\w.]+:\d+\]")),
    ("level", _c(r"\[(?:INFO|WARNING|WARN|ERROR|CRITICAL|DEBUG|FATAL)\|[^\]]*\]")),
    ("level", _c(r"(?:INFO|WARNING|WARN|ERROR|CRITICAL|DEBUG|FATAL):[\w.]+:")),
    ("level", _c(r"\[?(?:INFO|WARNING|WARN|ERROR|CRITICAL|DEBUG|FATAL)\]?(?:\s*[:|-]|(?=\s))")),
    ("log", _c(r"[\w.]+:\d+\]?\s*>>")),
    ("log", _c(r">>")),
    ("pytest", _c(r"E(?= {2,}|\t|$)")),
]
_ERROR_LEVELS = _c(r"WARN|ERROR|CRITICAL|FATAL|^\[?[EWF](?:\d| )")

_EXCEPTION_RE = _c(
    r"^(?:[A-Za-z_]\w*\.)*(?:[A-Z]\w*)?(?:Error|Exception|Warning|Exit|Interrupt|Fault|Failure)(?:\s*:|\s*$)")
_WARNING_CLASS_RE = _c(r"^(?:[A-Za-z_]\w*\.)*[A-Z]\w*Warning\s*:")
_INLINE_EXCEPTION_RE = _c(r"(?<![\w.])(?:[A-Za-z_]\w*\.)*(?:[A-Z]\w*)?(?:Error|Exception|Warning)\s*:")
_RUN_SUMMARY_RE = _c(r"ChildFailedError|KeyboardInterrupt|SystemExit")
# torchrun's own record that a child failed ("failed (exitcode: 1) local_rank: 0 ..."): part of its summary
_LAUNCHER_RE = _c(r"^failed \(exitcode: -?\d+\)")
# "/path/to/file.py:12: UserWarning: ..." -> "UserWarning: ..."
_WARN_PATH_RE = _c(r"^.*?\.pyx?:\d+:\s*(?=(?:[A-Za-z_]\w*\.)*[A-Z]\w*(?:Warning|Error)\s*:)")
_FRAME_RE = _c(
    r"^(?:File \"[^\"]*\", line \d+|File [^\s\"]+:\d+|File <[^>]*>|Cell In\s*\[|<ipython-input-|-+>\s*\d+|"
    r"\d+ frames?$|at [\w.$<>]+\(|#\d+ 0x)")
_NOISE_RE = _c(
    r"^(?:Traceback \(most recent call last\):?|During handling of the above exception.*|"
    r"The above exception was the direct cause.*|[\^~\s]+|-{5,}|={5,}|\.\.\.\s*<\d+ lines?>\s*\.\.\.|"
    r"warnings\.warn\(.*|\.\.\.|…)$")
_PROGRESS_RE = _c(r"\d+%\|| \d+(?:\.\d+)?(?:it/s|s/it)\]|[█▏▎▍▌▋▊▉]{2,}")
# Where a paste whose line breaks the <input> removed is cut into lines again.
_JOINED_RE = _c(r"Traceback \(most recent call last\)|File \"[^\"]+\", line \d+|\[rank\d+\]:.*\[rank\d+\]:")
_SPLIT_RE = _c(
    r"(?=Traceback \(most recent call last\))|(?=File \"[^\"]+\", line \d+)|(?=During handling of the above)|"
    r"(?=The above exception was)|(?=\[rank\d+\]:)|"
    r"(?<![\w.'\"`])(?=(?:[A-Za-z_]\w*\.)*(?:[A-Z]\w*)?(?:Error|Exception|Warning)\s*:)")

_URL_RE = _c(r"\b(?:https?|file)://[^\s'\"<>)\]]+")
_PATH_RE = _c(
    r"(?:[A-Za-z]:\\|\\\\|~[/\\]|\.{1,2}[/\\]|/)?(?:[\w.\-~@+\u0080-\uffff]+[/\\])+[\w.\-~@+\u0080-\uffff]*")
_ABS_PATH_RE = _c(r"(?:[A-Za-z]:\\|\\\\|~[/\\]|\.{1,2}[/\\]|(?<![\w.])/)[^\s'\"<>()\[\]]*")
_QUOTED_RE = _c(r"(?<![A-Za-z])'[^'\n]*'(?![A-Za-z])|\"[^\"\n]*\"")
_HEX_RE = _c(r"\b0x[0-9a-fA-F]+\b")
_NUMBER_RE = _c(
    r"(?<![A-Za-z_\d.])\d+(?:\.\d+)*(?:\s*(?:[KMGT]i?B|[KMGT]B|bytes|ms|%)(?![A-Za-z]))?(?![A-Za-z_\d])",
    re.IGNORECASE)
_TOKEN_RE = _c(r"[a-z_][a-z0-9_]*")
_SPACES_RE = _c(r"\s+")
_EMPTY_PARENS_RE = _c(r"\(\s*\)")
_PLACEHOLDER_RE = _c(r"<\w+>")
_STOP = frozenset("the a an to of in is be and or for on at by it its this that with as are was were from "
                  "you your if".split())


def _strip_prefixes(line: str) -> Tuple[str, set]:
    """Remove launcher/log/test-runner prefixes; return the rest and the kinds removed."""
    kinds = set()
    while True:
        rest = line.lstrip()
        for kind, pattern in _PREFIXES:
            m = pattern.match(rest)
            if m and m.end() > 0:
                if kind == "level" and _ERROR_LEVELS.search(m.group(0)):
                    kinds.add("error-level")
                kinds.add(kind)
                line = rest[m.end():]
                break
        else:
            return line, kinds


def _lines(text: str) -> List[str]:
    text = ANSI_RE.sub("", text).replace("\r\n", "\n").replace("\r", "\n")
    if "\n" not in text.strip() and _JOINED_RE.search(text):
        text = _SPLIT_RE.sub("\n", text)
    return text.split("\n")


def _records(text: str):
    """The paste as (line, kinds, frame) after prefixes are stripped; frames and noise marked."""
    out = []
    after_frame = False
    for raw in _lines(text):
        line, kinds = _strip_prefixes(raw)
        body = line.strip()
        if not body or _PROGRESS_RE.search(body):
            after_frame = False
            continue
        if _FRAME_RE.match(body):
            out.append((body, kinds, True))
            after_frame = True
            continue
        if _NOISE_RE.match(body):
            out.append((body, kinds, True))
            continue
        if after_frame and not _EXCEPTION_RE.match(body) and "log" not in kinds:
            out.append((body, kinds, True))  # the frame's source line
            after_frame = False
            continue
        after_frame = False
        out.append((_WARN_PATH_RE.sub("", body), kinds, False))
    return out


def _is_single_line(text: str) -> bool:
    return "\n" not in text.strip() and not _JOINED_RE.search(text)


def extract(text: str) -> List[str]:
    """The error lines of a paste: the exception that ended the run first, then the earlier ones
    of a chain (torchrun's ChildFailedError summary last), then warnings; each with up to
    MAX_CONTINUATION continuation lines. No error line: the tail of the paste."""
    if not text or not text.strip():
        return []
    records = _records(text)
    if _is_single_line(text):
        rest = [body for body, _, frame in records if not frame]
        if rest and _EXCEPTION_RE.match(rest[0]):
            return [rest[0]]
        line = ANSI_RE.sub("", text).strip()
        # "It crashes with `KeyError: 'mistral'`", "我遇到了RuntimeError: ...": the line, then its error
        m = _INLINE_EXCEPTION_RE.search(line)
        return [line, line[m.start():]] if m and m.start() > 0 else [line]
    errors, warnings, logged, summaries = [], [], [], []
    summary_at = len(records)
    last_end = 0  # where the last error, warning or logged line (with its continuation) ends
    i = 0
    while i < len(records):
        body, kinds, frame = records[i]
        is_exc = not frame and _EXCEPTION_RE.match(body)
        is_logged = not frame and "error-level" in kinds
        if not (is_exc or is_logged):
            i += 1
            continue
        parts = [body]
        j = i + 1
        while j < len(records) and len(parts) <= MAX_CONTINUATION:
            nbody, nkinds, nframe = records[j]
            if nframe or _EXCEPTION_RE.match(nbody) or "log" in nkinds or "level" in nkinds:
                break
            parts.append(nbody)
            j += 1
        line = " ".join(parts)
        if (is_exc and _RUN_SUMMARY_RE.search(body.split(":")[0])) or (not is_exc and _LAUNCHER_RE.search(body)):
            summaries.append(line)
            summary_at = min(summary_at, i)
        elif is_exc and not _WARNING_CLASS_RE.match(body):
            errors.append(line)
        elif is_exc:
            warnings.append(line)
        else:
            logged.append(line)
        if not summaries or summary_at > i:
            last_end = j
        i = j
    found = errors[::-1] + warnings[::-1] + logged  # logged records: the first is the cause
    # Output after the last exception or logged error (not log records, not torchrun's summary):
    # what stopped the run was printed after it, so that comes first.
    trailing = [r for r in records[last_end:summary_at] if not r[2] and not ({"log", "level"} & r[1])]
    if trailing and (errors or logged):
        found.insert(0, _tail(trailing))
    elif not errors:
        tail = _tail(records[:summary_at])
        found += [tail] if tail else []
    # torchrun's summary says only that a child failed: it counts when nothing else does
    found += summaries[::-1] if not (errors or warnings) else []
    out, seen = [], set()
    for line in found:
        key = normalize(line)
        if key not in seen:
            seen.add(key)
            out.append(line)
    return out


def _tail(records) -> str:
    """The last lines (whole lines, about TAIL_CHARS characters) that are not frames."""
    tail = []
    size = 0
    for body, _, frame in reversed(records):
        if frame:
            continue
        if tail and size + len(body) > TAIL_CHARS:
            break
        tail.insert(0, body)
        size += len(body) + 1
    return " ".join(tail)[-TAIL_CHARS:]


def query_of(text: str) -> str:
    """The words to search for a paste: its error lines without frames, paths and prefixes. A typed
    single line is searched as it is."""
    if not text or not text.strip():
        return ""
    if _is_single_line(text):
        return ANSI_RE.sub("", text).strip()
    lines = extract(text)[:QUERY_LINES]
    query = " ".join(lines)
    query = _URL_RE.sub(" ", query)
    query = _EMPTY_PARENS_RE.sub(" ", _ABS_PATH_RE.sub(" ", query))
    query = _SPACES_RE.sub(" ", query).strip()
    return query[:QUERY_CHARS]


def normalize(line: str) -> str:
    """Lower case, with the parts that vary between two reports of one error set aside: URLs,
    quoted names, paths and model ids, hex addresses, numbers and sizes (line/column numbers too)."""
    s = ANSI_RE.sub("", line).replace("\u200b", "")
    s = _URL_RE.sub(" <url> ", s)
    s = _QUOTED_RE.sub(" <q> ", s)
    s = _PATH_RE.sub(" <path> ", s)
    s = _HEX_RE.sub(" <n> ", s)
    s = _NUMBER_RE.sub(" <n> ", s)
    return _SPACES_RE.sub(" ", s).strip().lower()


@functools.lru_cache(maxsize=4096)
def tokens(line: str) -> frozenset:
    """The words of a normalized line that say what it is (placeholders and stop words left out)."""
    words = _TOKEN_RE.findall(_PLACEHOLDER_RE.sub(" ", normalize(line)))
    return frozenset(w for w in words if len(w) > 1 and w not in _STOP)


@functools.lru_cache(maxsize=4096)
def _raw_tokens(line: str) -> frozenset:
    """The words of a line with quoted names kept (they tell two signatures of one template apart)."""
    s = _URL_RE.sub(" ", ANSI_RE.sub("", line).replace("\u200b", ""))
    s = _PATH_RE.sub(" ", s.replace("'", " ").replace('"', " "))
    words = _TOKEN_RE.findall(_NUMBER_RE.sub(" ", _HEX_RE.sub(" ", s)).lower())
    return frozenset(w for w in words if len(w) > 1 and w not in _STOP)


def match_signatures(lines: Sequence[str], signatures_by_page: Dict[str, Sequence[str]]) -> List[Tuple[str, str]]:
    """Pages whose signatures match one of the lines, best first: by the line's place (the error
    that ended the run first), then the share of the signature's words found, then how many of its
    words with quoted names kept, then how many words, then page id and signature. One entry per
    page, with the signature it matched."""
    candidates = []
    sig_tokens = [(page, sig, tokens(sig), _raw_tokens(sig)) for page, sigs in signatures_by_page.items() for sig in sigs]
    for li, line in enumerate(lines):
        lt = tokens(line)
        if not lt:
            continue
        raw = _raw_tokens(line)
        for page, sig, st, sraw in sig_tokens:
            if not st:
                continue
            hit = len(st & lt)
            share = hit / len(st)
            # a short signature: the line may hold nothing else but one quoted name
            short_ok = lt <= st and len(raw) <= len(st) + 1 and len(sraw) <= len(st) + 1
            raw_hit = len(sraw & raw)
            if share >= SIG_MIN_SHARE and (short_ok or (len(st) >= SIG_MIN_TOKENS and
                                                        raw_hit >= SIG_MIN_RAW_SHARE * len(sraw))):
                candidates.append((li, -share, -raw_hit, -hit, page, sig))
    candidates.sort()
    out, seen = [], set()
    for _, _, _, _, page, sig in candidates:
        if page not in seen:
            seen.add(page)
            out.append((page, sig))
    return out
