# ruff: noqa: UP031 -- %-formatting kept: the terminal companion copies this file as it is.
"""Which release has it? Answer a pasted error line from the release index (stdlib only, Python 3.8+).

    from kb.releases.lookup import answer
    answer(["AttributeError: 'DynamicCache' object has no attribute 'seen_tokens'"])
    -> {"package": "transformers", "kind": "a", "container": "DynamicCache", "word": "seen_tokens",
        "ranges": [["4.36.0", "4.x.y"]], "first": "4.36.0", "last": "...", "pip": "pip install ...", ...}

It reads the same data files as the browser (overrides/assets/releases/<package>/meta.js and one
shard per word looked up, see kb/releases/build.py) and follows the same rules as
overrides/assets/javascripts/kb-releases.js; tests/test_releases.py feeds both the same lines.
This module must stay importable on Python 3.8 with nothing but the standard library: the terminal
companion tool copies it.
"""

import json
import os
import re
import sys

DATA_DIR = os.path.join(os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))),
                        "overrides", "assets", "releases")
FORMAT = 1
PACKAGES = ("transformers", "huggingface_hub", "peft", "trl", "accelerate", "sentence-transformers")
# The name a package is imported by.
IMPORT_NAMES = {"sentence-transformers": "sentence_transformers"}
BY_IMPORT = {IMPORT_NAMES.get(p, p): p for p in PACKAGES}
# How far a lookup follows base classes for an inherited member.
BASE_DEPTH = 6

_Q = r"""['"`‘’“”]"""  # quotes, also the typographic ones a forum post turns them into
_N = r"([A-Za-z_][\w]*)"
_MOD = r"([A-Za-z_][\w.]*)"
# (kind, regex, groups): groups name what each group is: module, container, word.
PATTERNS = [
    ("m", re.compile(r"cannot import name " + _Q + _N + _Q + r" from " + _Q + _MOD + _Q), ("word", "module")),
    ("m", re.compile(r"cannot import name " + _Q + _N + _Q + r" from " + _MOD), ("word", "module")),
    ("M", re.compile(r"No module named " + _Q + _MOD + _Q), ("path",)),
    ("m", re.compile(r"module " + _Q + _MOD + _Q + r" has no attribute " + _Q + _N + _Q), ("module", "word")),
    ("k", re.compile(r"(?:([A-Za-z_][\w.]*)\.)?([A-Za-z_]\w*)\(\) got an unexpected keyword argument " + _Q + _N + _Q),
     ("owner", "function", "word")),
    ("a", re.compile(r"type object " + _Q + _N + _Q + r" has no attribute " + _Q + _N + _Q), ("container", "word")),
    ("a", re.compile(_Q + _N + _Q + r" object has no attribute " + _Q + _N + _Q), ("container", "word")),
    ("a", re.compile(r"(?:AttributeError: )" + _N + r" has no attribute " + _Q + r"?" + _N), ("container", "word")),
    ("t", re.compile(r"model (?:type|of type) " + _Q + r"?([\w.-]+?)" + _Q + r"?(?:\s|,|\.|$)"), ("word",)),
    ("t", re.compile(r"model_type" + _Q + r"?\s*[:=]?\s*" + _Q + r"?([\w.-]+)"), ("word",)),
    ("K", re.compile(r"KeyError: " + _Q + r"([\w.-]+)" + _Q), ("word",)),
]
# What a reader types on the which-release page: a dotted name, or one word.
TYPED = re.compile(r"^\s*([A-Za-z_][\w.]*?)(?:\(\))?\s*$")


# --- Data -----------------------------------------------------------------------------------------


class Data:
    """The data files, read on demand and kept: one meta.js per package, one shard per word."""

    def __init__(self, root=DATA_DIR):
        self.root = root
        self.metas = {}
        self.shards = {}
        self.heavy = {}
        self.bytes_read = 0

    def _read(self, *parts):
        path = os.path.join(self.root, *parts)
        with open(path, encoding="utf-8") as f:
            text = f.read()
        self.bytes_read += len(text.encode("utf-8"))
        data = json.loads(text[text.index("(") + 1: text.rindex(")")])
        if data.get("format") != FORMAT:
            raise ValueError("%s: data format %r, expected %r" % (path, data.get("format"), FORMAT))
        return data

    def _heavy(self, package):
        if package not in self.heavy:
            self.heavy[package] = set((self.meta(package) or {}).get("heavy", ()))
        return self.heavy[package]

    def meta(self, package):
        if package not in self.metas:
            try:
                self.metas[package] = self._read(package, "meta.js")
            except OSError:
                self.metas[package] = None
        return self.metas[package]

    def rows(self, package, word, container=None):
        """[kind, container, ranges] (and for bases [kind, class, base, ranges]) of one word.

        A heavy word (on very many rows, see build.py) is kept by container: its rows come only
        for a given container, and none without one.
        """
        meta = self.meta(package)
        if not meta:
            return []
        heavy = word in self._heavy(package)
        if heavy:
            if container is None:
                return []
            word = word + " " + container
        n = shard_of(word, meta["shards"])
        if (package, n) not in self.shards:
            self.shards[(package, n)] = self._read(package, "%d.js" % n)["words"]
        rows = self.shards[(package, n)].get(word, [])
        # A heavy word's rows leave out the container, which is in the key.
        return [[r[0], container] + r[1:] for r in rows] if heavy else rows


def shard_of(word, shards):
    h = 0x811C9DC5
    for b in word.encode("utf-8"):
        h = ((h ^ b) * 0x01000193) & 0xFFFFFFFF
    return h % shards


# --- Ranges (lists of [first, last] release indices) ------------------------------------------------


def parse_ranges(text):
    out = []
    for part in text.split(","):
        a, _, b = part.partition("-")
        out.append([int(a), int(b or a)])
    return out


def union(*lists):
    spans = sorted([list(r) for rs in lists for r in rs])
    out = []
    for a, b in spans:
        if out and a <= out[-1][1] + 1:
            out[-1][1] = max(out[-1][1], b)
        else:
            out.append([a, b])
    return out


def intersect(xs, ys):
    out = []
    for a, b in xs:
        for c, d in ys:
            lo, hi = max(a, c), min(b, d)
            if lo <= hi:
                out.append([lo, hi])
    return union(out)


# --- Recognising the line ----------------------------------------------------------------------------


def recognise(line):
    """The queries one line asks: dicts with kind, word and, when the line says, module/container."""
    found = []
    for kind, rx, groups in PATTERNS:
        m = rx.search(line)
        if not m:
            continue
        g = dict(zip(groups, m.groups()))
        if kind == "M":
            parent, _, last = g["path"].rpartition(".")
            if parent:
                found.append({"kind": "M", "module": parent, "word": last})
        elif kind == "k":
            owner, func = g.get("owner"), g["function"]
            container = None if func == "__init__" and not owner else (owner if func == "__init__" else
                                                                         (owner + "." + func if owner else func))
            found.append({"kind": "k", "container": container, "word": g["word"]})
        elif kind == "K":
            found.append({"kind": "t", "word": g["word"], "strict": True})
        else:
            q = {"kind": kind, "word": g["word"]}
            if "module" in g:
                q["module"] = g["module"]
            if "container" in g:
                q["container"] = g["container"]
            found.append(q)
        break
    return found


def recognise_typed(text):
    """What the which-release page's box holds when it is not an error line: a name or a model type."""
    text = text.strip()
    m = re.match(r"^(?:model[_ ]type)\s*[:=]?\s*" + _Q + r"?([\w.-]+)" + _Q + r"?$", text, re.I)
    if m:
        return [{"kind": "t", "word": m.group(1)}]
    m = TYPED.match(text)
    if not m:
        return []
    parts = m.group(1).strip(".").split(".")
    if len(parts) == 1:  # a name, else a keyword of some class, else a member
        return [{"kind": "any", "word": parts[0]}, {"kind": "k", "container": None, "word": parts[0]},
                {"kind": "a", "container": None, "word": parts[0]}]
    head = parts[0]
    if head in BY_IMPORT:  # trl.SFTConfig, transformers.models.llama.modeling_llama.LlamaAttention
        return [{"kind": "m", "module": ".".join(parts[:-1]), "word": parts[-1]},
                {"kind": "M", "module": ".".join(parts[:-1]), "word": parts[-1]}]
    # DynamicCache.seen_tokens (Class.member) or TrainingArguments.evaluation_strategy
    return [{"kind": "a", "container": parts[-2], "word": parts[-1]},
            {"kind": "k", "container": parts[-2], "word": parts[-1]}]


# --- Answering -----------------------------------------------------------------------------------------


def _class_ranges(data, package, cls, word, kind, depth=0, seen=None):
    """Releases in which class ``cls`` has ``word`` (member or init keyword), its bases included."""
    seen = seen or set()
    if depth > BASE_DEPTH or cls in seen:
        return []
    seen = seen | {cls}
    own = [parse_ranges(r[2]) for r in data.rows(package, word, cls) if r[0] == kind and r[1] == cls]
    got = union(*own)
    for r in data.rows(package, cls, cls):
        if r[0] == "b" and r[1] == cls:
            base, when = r[2], parse_ranges(r[3])
            inherited = _class_ranges(data, package, base, word, kind, depth + 1, seen)
            got = union(got, intersect(inherited, when))
    return got


def _candidates(data, q, packages):
    """(package, kind, container, ranges) for a query, best first."""
    out = []
    kind, word = q["kind"], q["word"]
    for package in packages:
        if kind in ("m", "M"):
            want = q.get("module")
            for r in data.rows(package, word, want):
                if r[0] == kind and (want is None or r[1] == want):
                    out.append((package, kind, r[1], parse_ranges(r[2])))
        elif kind == "t":
            for r in data.rows(package, word):
                if r[0] == "t":
                    out.append((package, "t", "", parse_ranges(r[2])))
        elif kind in ("a", "k"):
            cls = q.get("container")
            if cls:
                base = cls.split(".")[0] if kind == "k" else cls
                if kind == "k" and "." in cls:  # Class.method: keywords of the method itself
                    got = union(*[parse_ranges(r[2]) for r in data.rows(package, word, cls) if r[0] == "k" and r[1] == cls])
                else:
                    got = _class_ranges(data, package, base, word, kind)
                if got:
                    out.append((package, kind, cls, got))
                    break  # the first package (transformers first) whose class has it: look no further
            else:
                for r in data.rows(package, word):
                    if r[0] == kind:
                        out.append((package, kind, r[1], parse_ranges(r[2])))
        elif kind == "any":
            imp = IMPORT_NAMES.get(package, package)
            rows = data.rows(package, word) or data.rows(package, word, imp)
            for r in rows:
                if r[0] in ("m", "t", "M") and (r[0] != "m" or r[1] == imp):
                    out.append((package, r[0], r[1], parse_ranges(r[2])))
    return out


def _packages_for(q):
    module = q.get("module")
    if module:
        top = module.split(".")[0]
        return [BY_IMPORT[top]] if top in BY_IMPORT else []
    if q["kind"] == "t":
        return ["transformers"]
    return list(PACKAGES)


def _rank(data, cands):
    """Prefer what was removed (it explains an error), then what existed longest."""
    def key(c):
        package, kind, container, ranges = c
        newest = len(data.meta(package)["releases"]) - 1
        removed = ranges[-1][1] < newest
        span = sum(b - a + 1 for a, b in ranges)
        # For keywords without a class: the configured classes (arguments, configs, trainers) first.
        configured = kind == "k" and bool(re.search(r"(Arguments|Config|Trainer)$", container or ""))
        return (not configured, not removed, -span)
    return sorted(cands, key=key)


def answer_query(q, data=None, lang="en"):
    data = data or Data()
    packages = _packages_for(q)
    cands = _candidates(data, q, packages)
    if q["kind"] == "t":
        if not cands and q.get("strict"):
            return None  # KeyError: 'x' is a model type only when some release knows it
        if not cands:
            return _result(data, "transformers", q, "t", "", [], lang)
    if not cands and q["kind"] == "m" and q.get("module"):
        # Never in that module: say so, and where the package does have it (the top level first).
        wider = _candidates(data, {"kind": "m", "word": q["word"]}, packages)
        top = [c for c in wider if c[2] == IMPORT_NAMES.get(c[0], c[0])]
        # Else where it was first and longest (where it is defined, usually), then the shortest path.
        wider = top or sorted(wider, key=lambda c: (-sum(b - a + 1 for a, b in c[3]), len(c[2]), c[2]))
        if wider:
            package, kind, container, ranges = wider[0]
            return _result(data, package, q, kind, container, ranges, lang, asked=q["module"])
    if not cands:
        return None
    if q["kind"] == "any":  # a typed word: a package's own name first, then a model type, then a module
        cands = sorted(cands, key=lambda c: "mtM".index(c[1]))
        package, kind, container, ranges = cands[0]
    else:
        package, kind, container, ranges = _rank(data, cands)[0]
    return _result(data, package, q, kind, container, ranges, lang)


def _short(v, release_zero=True):
    parts = v.split(".")
    return ".".join(parts[:2]) if release_zero and len(parts) == 3 and parts[2] == "0" else v


def pip_spec(meta, first, last):
    """The requirement that installs a release of [first, last] (indices into meta["releases"])."""
    releases, yanked = meta["releases"], set(meta["yanked"])
    name = meta["package"]
    if all(i in yanked for i in range(first, last + 1)):
        return '%s==%s' % (name, releases[last])  # only yanked releases: pin one (pip takes it when pinned)
    lower = None if first == 0 and meta["older"] else ">=" + _short(releases[first])
    upper = "<" + _short(releases[last + 1]) if last + 1 < len(releases) else None
    spec = ",".join(s for s in (lower, upper) if s)
    return name + spec


def page_for(package, kind):
    if package != "transformers":
        return "other-library-versions"
    return "model-too-new" if kind == "t" else "version-incompat"


def _label(package, kind, container, word):
    imp = IMPORT_NAMES.get(package, package)
    if kind == "m":
        return word if container == imp else "%s.%s" % (container, word)
    if kind == "M":
        return "%s.%s" % (container, word)
    if kind == "a":
        return "%s.%s" % (container, word)
    if kind == "k":
        return "%s(%s=...)" % (container, word)
    return "model type '%s'" % word


def _result(data, package, q, kind, container, ranges, lang, asked=None):
    meta = data.meta(package)
    releases = meta["releases"]
    newest = len(releases) - 1
    imp = IMPORT_NAMES.get(package, package)
    out = {
        "package": package, "kind": kind, "container": container, "word": q["word"],
        "label": _label(package, kind, container, q["word"]),
        "ranges": [[releases[a], releases[b]] for a, b in ranges],
        "first": releases[ranges[0][0]] if ranges else None,
        "last": (("present" if ranges[-1][1] == newest else releases[ranges[-1][1]]) if ranges else None),
        "before": bool(ranges and ranges[0][0] == 0 and meta["older"]),
        "yanked_first": bool(ranges and ranges[-1][0] in set(meta["yanked"])),
        "newest": releases[newest], "oldest": releases[0],
        "pip": 'pip install "%s"' % pip_spec(meta, *ranges[-1]) if ranges else None,
        "check": 'python -c "import %s; print(%s.__version__)"' % (imp, imp),
        "page": page_for(package, kind),
        "removed_in": releases[ranges[-1][1] + 1] if ranges and ranges[-1][1] < newest else None,
        "asked": asked,  # the module the line named, when no release has the name there
    }
    out["text"] = sentence(out, lang)
    return out


def sentence(a, lang="en"):
    """The answer in plain words."""
    zh = lang == "zh"
    pkg, label = a["package"], a["label"]
    if not a["ranges"]:
        if zh:
            return ("%s %s 到 %s 的任何版本都不认识 model type '%s'：它可能需要 trust_remote_code（自定义代码），"
                    "或者这个检查点不是 Transformers 格式。" % (pkg, a["oldest"], a["newest"], a["word"]))
        return ("No release of %s from %s to %s knows the model type '%s': it needs the model's own code "
                "(trust_remote_code) or the checkpoint is not a Transformers one." % (pkg, a["oldest"], a["newest"], a["word"]))
    present = a["last"] == "present"
    spans = []
    for i, (f, last) in enumerate(a["ranges"]):
        start = (("%s 或更早" if zh else "%s or earlier") % f) if (i == 0 and a["before"]) else f
        if present and i == len(a["ranges"]) - 1:
            spans.append(("%s 及以后" if zh else "%s and later") % start)
        elif f == last:
            spans.append(start)
        else:
            spans.append(("%s 到 %s" if zh else "%s to %s") % (start, last))
    joined = ("、" if zh else ", ").join(spans[:-1]) + ((" 和 " if zh else " and ") if len(spans) > 1 else "") + spans[-1]
    if a["kind"] == "t":
        if zh:
            return "从 %s %s 起认识 model type '%s'%s。" % (pkg, a["first"], a["word"], "" if present else "（最后一个是 %s）" % a["last"])
        return "%s knows the model type '%s' from %s on%s." % (pkg, a["word"], a["first"],
                                                              "" if present else " (last in %s)" % a["last"])
    if a["before"] and present and len(a["ranges"]) == 1:
        if zh:
            return "%s 在 %s 收录的所有版本中（%s 到 %s；更早的版本未收录）。" % (label, pkg, a["oldest"], a["newest"])
        return "%s is in every release of %s indexed (%s to %s; older releases are not indexed)." % (
            label, pkg, a["oldest"], a["newest"])
    prefix = ""
    if a.get("asked"):
        prefix = (("%s 的任何版本（%s 到 %s）的 %s 里都没有 %s。" if zh else
                   "No release of %s (%s to %s) has %s in %s. ")
                  % ((pkg, a["oldest"], a["newest"], a["asked"], a["word"]) if zh else
                     (pkg, a["oldest"], a["newest"], a["word"], a["asked"])))
    if zh:
        text = prefix + "%s 的 %s%s版本有 %s。" % (pkg, joined, "" if joined[-1] >= "\u3000" else " ", label)
        if present:
            text += "（最新版是 %s。）" % a["newest"]
        else:
            nxt = a.get("removed_in")
            text += "%s 起被移除。" % nxt if nxt else ""
        return text
    text = prefix + "%s is in %s %s." % (label, pkg, joined)
    if present:
        text += " (The newest release is %s.)" % a["newest"]
    else:
        nxt = a.get("removed_in")
        text += " Removed in %s." % nxt if nxt else ""
    return text


def answer(lines, lang="en", data=None, typed=False):
    """The answer for the first line (best first) that names something the index knows, or None."""
    data = data or Data()
    if isinstance(lines, str):
        lines = [lines]
    for line in lines:
        queries = recognise(line)
        if not queries and typed:
            queries = recognise_typed(line)
        for q in queries:
            got = answer_query(q, data, lang)
            if got:
                return got
    return None


def main(argv=None):
    import argparse
    parser = argparse.ArgumentParser(prog="kb releases lookup", description="Which release has the name in an error line?")
    parser.add_argument("line", nargs="+", help="error lines (best first), or a name such as DynamicCache.seen_tokens")
    parser.add_argument("--lang", default="en", choices=("en", "zh"))
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    got = answer(args.line, args.lang, typed=True)
    if got is None:
        print("No release of %s names it (or the line names nothing the index knows)." % ", ".join(PACKAGES))
        return 1
    if args.json:
        print(json.dumps(got, indent=2, ensure_ascii=False))
    else:
        print(got["text"])
        if got["pip"]:
            print(got["pip"])
        print(got["check"])
    return 0


if __name__ == "__main__":
    sys.exit(main())
