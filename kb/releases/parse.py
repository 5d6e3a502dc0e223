"""What one source file of a release defines, read with ``ast`` (never imported).

The result depends only on the file's bytes and its role (an ``__init__`` module, the auto
configuration module, or any other module), so it is kept on disk keyed by the zip member's CRC32
and size: an unchanged file is parsed once across all releases (kb/releases/build.py).
"""

from __future__ import annotations

import ast
import warnings

# Bump when what a parse records changes: the parse cache keys carry it.
PARSER_VERSION = 4

ROLE_PLAIN, ROLE_INIT, ROLE_AUTO = "", "i", "a"
# The module that maps model types to their config classes, old and new layouts.
AUTO_FILES = ("models/auto/configuration_auto.py", "models/auto/auto_mappings.py")
MAPPING_NAMES = {"CONFIG_MAPPING_NAMES", "CONFIG_MAPPING"}


def role_of(path: str) -> str:
    if path.endswith("/__init__.py"):
        return ROLE_INIT
    if path.endswith(AUTO_FILES):
        return ROLE_AUTO
    return ROLE_PLAIN


def _is_ident(s: str) -> bool:
    return s.isidentifier()


def _target_names(target, out: set) -> None:
    if isinstance(target, ast.Name):
        out.add(target.id)
    elif isinstance(target, (ast.Tuple, ast.List)):
        for elt in target.elts:
            _target_names(elt, out)
    elif isinstance(target, ast.Starred):
        _target_names(target.value, out)


def _strings(node) -> list[str]:
    if isinstance(node, (ast.List, ast.Tuple, ast.Set)):
        return [e.value for e in node.elts if isinstance(e, ast.Constant) and isinstance(e.value, str)]
    return []


def _decorator_name(node) -> str:
    if isinstance(node, ast.Call):
        node = node.func
    if isinstance(node, ast.Attribute):
        return node.attr
    if isinstance(node, ast.Name):
        return node.id
    return ""


def _base_name(node) -> str | None:
    if isinstance(node, ast.Subscript):  # Generic[T], Dict[...]
        node = node.value
    if isinstance(node, ast.Attribute):
        return node.attr
    if isinstance(node, ast.Name):
        return node.id
    return None


# Methods whose keywords are recorded although their name starts with "_" (the call syntax's own).
KEYWORD_METHODS = {"__call__"}


def _init_keywords(func: ast.FunctionDef) -> set[str]:
    """Keywords an ``__init__`` accepts: its parameters, and what it still accepts by name.

    A keyword can leave the signature and stay accepted: through a deprecation decorator
    (``@deprecate_kwarg("old", new_name=...)``) or by being taken out of ``**kwargs``
    (``kwargs.pop("old", None)``, ``kwargs.get("old")``, ``"old" in kwargs``).
    """
    args = func.args
    kws = {a.arg for a in args.posonlyargs + args.args + args.kwonlyargs}
    kws.discard("self")
    kws.discard("cls")
    for dec in func.decorator_list:
        if isinstance(dec, ast.Call) and "deprecat" in _decorator_name(dec).lower():
            first = dec.args[0] if dec.args else None
            if isinstance(first, ast.Constant) and isinstance(first.value, str):
                kws.add(first.value)
            for kw in dec.keywords:
                if kw.arg in ("old_name", "old_arg") and isinstance(kw.value, ast.Constant):
                    kws.add(str(kw.value.value))
    varkw = args.kwarg.arg if args.kwarg else None
    if varkw:
        for node in ast.walk(func):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                    and node.func.attr in ("pop", "get") and isinstance(node.func.value, ast.Name)
                    and node.func.value.id == varkw and node.args
                    and isinstance(node.args[0], ast.Constant) and isinstance(node.args[0].value, str)):
                kws.add(node.args[0].value)
            elif (isinstance(node, ast.Compare) and len(node.ops) == 1 and isinstance(node.ops[0], ast.In)
                  and isinstance(node.left, ast.Constant) and isinstance(node.left.value, str)
                  and isinstance(node.comparators[0], ast.Name) and node.comparators[0].id == varkw):
                kws.add(node.left.value)
    return {k for k in kws if _is_ident(k)}


def _class_info(node: ast.ClassDef) -> dict:
    members, kws, methods = set(), set(), {}
    dataclass = any(_decorator_name(d) == "dataclass" for d in node.decorator_list)
    for stmt in node.body:
        if isinstance(stmt, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            members.add(stmt.name)
        elif isinstance(stmt, ast.Assign):
            for t in stmt.targets:
                _target_names(t, members)
        elif isinstance(stmt, ast.AnnAssign) and isinstance(stmt.target, ast.Name):
            members.add(stmt.target.id)
            ann = ast.unparse(stmt.annotation) if dataclass else ""
            if dataclass and "ClassVar" not in ann:
                kws.add(stmt.target.id)
        if isinstance(stmt, (ast.FunctionDef, ast.AsyncFunctionDef)):
            if stmt.name == "__init__":
                kws |= _init_keywords(stmt)
            elif stmt.name in KEYWORD_METHODS or not (stmt.name.startswith("_") or stmt.name == "forward"):
                got = _init_keywords(stmt)
                if got:
                    methods[stmt.name] = sorted(got)
            # Attributes set on the instance: self.seen_tokens = 0
            for sub in ast.walk(stmt):
                targets = sub.targets if isinstance(sub, ast.Assign) else [sub.target] if isinstance(
                    sub, (ast.AnnAssign, ast.AugAssign)) else []
                for t in targets:
                    if isinstance(t, ast.Attribute) and isinstance(t.value, ast.Name) and t.value.id == "self":
                        members.add(t.attr)
    bases = [b for b in (_base_name(x) for x in node.bases) if b and b not in ("object", "Generic")]
    info = {"m": sorted(m for m in members if not (m.startswith("__") and m.endswith("__")))}
    if kws:
        info["k"] = sorted(kws)
    if bases:
        info["b"] = bases
    if methods:
        info["p"] = methods
    return info


def _model_types(tree: ast.Module) -> set[str]:
    """Model types of ``CONFIG_MAPPING_NAMES`` (or, in old releases, ``CONFIG_MAPPING``)."""
    found = set()

    def collect(node):
        for sub in ast.walk(node):
            if isinstance(sub, ast.Tuple) and len(sub.elts) == 2:
                first = sub.elts[0]
                if isinstance(first, ast.Constant) and isinstance(first.value, str):
                    found.add(first.value)
            elif isinstance(sub, ast.Dict):
                for k in sub.keys:
                    if isinstance(k, ast.Constant) and isinstance(k.value, str):
                        found.add(k.value)

    for stmt in tree.body:
        if isinstance(stmt, ast.Assign) and any(isinstance(t, ast.Name) and t.id in MAPPING_NAMES for t in stmt.targets):
            collect(stmt.value)
        elif isinstance(stmt, ast.AnnAssign) and isinstance(stmt.target, ast.Name) and stmt.target.id in MAPPING_NAMES:
            collect(stmt.value)
        elif (isinstance(stmt, ast.Expr) and isinstance(stmt.value, ast.Call)
              and isinstance(stmt.value.func, ast.Attribute) and stmt.value.func.attr == "update"
              and isinstance(stmt.value.func.value, ast.Name) and stmt.value.func.value.id in MAPPING_NAMES):
            collect(stmt.value)
    return found


def parse_source(data: bytes, role: str) -> dict:
    """Names (module level), star imports, ``__all__``, classes, and for some roles more.

    Keys: n (names bound at module level, in any branch: if/try/with), s (star imports as
    [level, module]), all (``__all__`` when it is a literal), x (identifier strings listed in an
    ``__init__``: lazy-import tables such as ``_import_structure``), ia (names bound by an absolute
    import, with the top-level package they come from: ``from torch import nn`` is not a name of ours), c (classes: m members,
    k init keywords, b bases, p keywords of public methods), f (keywords of
    public functions), t (model types). ``err`` when the file does not parse.
    """
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            tree = ast.parse(data)
    except (SyntaxError, ValueError):
        return {"err": 1}
    names, stars, classes, functions = set(), [], {}, {}
    imported = {}  # name -> top-level package of an absolute import that binds it
    all_names = None

    def block(stmts):
        nonlocal all_names
        for node in stmts:
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
                names.add(node.name)
                if not node.name.startswith("_"):
                    got = _init_keywords(node)
                    if got:
                        functions[node.name] = sorted(set(functions.get(node.name, [])) | got)
            elif isinstance(node, ast.ClassDef):
                names.add(node.name)
                info = _class_info(node)
                if node.name in classes:  # defined in two branches: keep both
                    old = classes[node.name]
                    for key in ("m", "k"):
                        if key in info or key in old:
                            old[key] = sorted(set(old.get(key, [])) | set(info.get(key, [])))
                else:
                    classes[node.name] = info
            elif isinstance(node, ast.Assign):
                for t in node.targets:
                    _target_names(t, names)
                    if isinstance(t, ast.Name) and t.id == "__all__":
                        all_names = _strings(node.value)
            elif isinstance(node, ast.AnnAssign):
                _target_names(node.target, names)
            elif isinstance(node, ast.AugAssign):
                if isinstance(node.target, ast.Name) and node.target.id == "__all__":
                    all_names = (all_names or []) + _strings(node.value)
            elif isinstance(node, ast.Expr) and isinstance(node.value, ast.Call):
                f = node.value.func
                if (isinstance(f, ast.Attribute) and isinstance(f.value, ast.Name) and f.value.id == "__all__"
                        and f.attr in ("extend", "append") and node.value.args):
                    arg = node.value.args[0]
                    all_names = (all_names or []) + (_strings(arg) or (
                        [arg.value] if isinstance(arg, ast.Constant) and isinstance(arg.value, str) else []))
            elif isinstance(node, ast.Import):
                for alias in node.names:
                    bound = alias.asname or alias.name.split(".")[0]
                    names.add(bound)
                    imported[bound] = alias.name.split(".")[0]
            elif isinstance(node, ast.ImportFrom):
                for alias in node.names:
                    if alias.name == "*":
                        stars.append([node.level, node.module or ""])
                    else:
                        bound = alias.asname or alias.name
                        names.add(bound)
                        if node.level == 0 and node.module:
                            imported[bound] = node.module.split(".")[0]
                        else:
                            imported.pop(bound, None)
            elif isinstance(node, (ast.If, ast.For, ast.While)):
                block(node.body)
                block(node.orelse)
            elif isinstance(node, (ast.With, ast.AsyncWith)):
                block(node.body)
            elif isinstance(node, ast.Try) or type(node).__name__ == "TryStar":
                block(node.body)
                for h in node.handlers:
                    block(h.body)
                block(node.orelse)
                block(node.finalbody)

    block(tree.body)
    out = {"n": sorted(names)}
    if imported:
        out["ia"] = imported
    if stars:
        out["s"] = stars
    if all_names is not None:
        out["all"] = sorted(set(all_names))
    if classes:
        out["c"] = classes
    if functions:
        out["f"] = functions
    if role == ROLE_INIT:
        listed = set()
        for node in ast.walk(tree):
            listed.update(s for s in _strings(node) if _is_ident(s))
        if listed:
            out["x"] = sorted(listed)
    elif role == ROLE_AUTO:
        types = _model_types(tree)
        if types:
            out["t"] = sorted(types)
    return out
