"""Run one example file the way a reader would, and report what it raised and printed.

Used in-process by test_examples.py and, for the TensorFlow examples, as a script inside the
separate TensorFlow environment (``python example_runner.py FILE...`` prints one JSON line per file).
Kept free of pytest and of third-party imports so that it runs in either environment.
"""

from __future__ import annotations

import json
import logging
import os
import re
import runpy
import sys
import tempfile
import traceback
import warnings
from pathlib import Path

DIRECTIVE_RE = re.compile(r"^#\s*kb:\s*(?P<verb>\w+)\s*(?P<args>.*)$")


def directives(path: Path) -> list[tuple[int, str, list[str]]]:
    """The '# kb: verb args' lines of an example (kept outside the shown section)."""
    found = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        match = DIRECTIVE_RE.match(line.strip())
        if match:
            found.append((n, match["verb"], match["args"].split()))
    return found


def exception_text(exc: BaseException) -> str:
    """The exception lines Python prints for exc and its chained causes, oldest first (no frames)."""
    chain = []
    while exc is not None and exc not in chain:
        chain.append(exc)
        exc = exc.__cause__ or (None if exc.__suppress_context__ else exc.__context__)
    return "\n".join("".join(traceback.format_exception_only(type(e), e)).rstrip() for e in reversed(chain))


def exception_names(exc: BaseException) -> list[str]:
    names = []
    while exc is not None and exc not in names:
        names += [cls.__name__ for cls in type(exc).__mro__] + [f"{cls.__module__}.{cls.__qualname__}" for cls in type(exc).__mro__]
        exc = exc.__cause__
    return names


def _stream_handlers(streams) -> list[logging.StreamHandler]:
    """Logging handlers (transformers' included) that write to one of streams."""
    loggers = [logging.getLogger()] + [
        lg for lg in logging.root.manager.loggerDict.values() if isinstance(lg, logging.Logger)
    ]
    return [
        h for lg in loggers for h in lg.handlers
        if isinstance(h, logging.StreamHandler) and any(h.stream is s for s in streams)
    ]


def run_example(path: Path, workdir: Path | None = None) -> dict:
    """Run path as __main__ in workdir, capturing what it prints. Never raises.

    Output is captured at the file-descriptor level (subprocesses, C libraries) and at the Python
    level too: under pytest sys.stdout/sys.stderr (and logging handlers made at import time) point at
    pytest's own capture, and pytest records warnings instead of printing them. Here the example
    prints its warnings and logs the way it would for a reader running `python file.py`.
    sys.exit(0) (or sys.exit()) counts as a clean finish.
    """
    path = Path(path).resolve()
    workdir = Path(workdir or tempfile.mkdtemp(prefix="kb-example-"))
    result = {"path": str(path), "exception": None, "exception_names": [], "output": "", "where": str(path), "line": None}
    with tempfile.TemporaryFile(mode="w+b") as capture:
        sys.stdout.flush()
        sys.stderr.flush()
        saved = os.dup(1), os.dup(2)
        os.dup2(capture.fileno(), 1)
        os.dup2(capture.fileno(), 2)
        old_streams = sys.stdout, sys.stderr
        new_out = open(1, "w", encoding="utf-8", errors="replace", buffering=1, closefd=False)
        new_err = open(2, "w", encoding="utf-8", errors="replace", buffering=1, closefd=False)
        handlers = _stream_handlers(old_streams + (sys.__stdout__, sys.__stderr__))
        handler_streams = [h.stream for h in handlers]
        sys.stdout, sys.stderr = new_out, new_err
        for handler, stream in zip(handlers, handler_streams):
            handler.setStream(new_out if stream in (old_streams[0], sys.__stdout__) else new_err)
        old_cwd, old_argv = os.getcwd(), sys.argv
        catcher = warnings.catch_warnings()
        catcher.__enter__()
        try:
            # Python's own default warning filters and printer (pytest replaces both).
            warnings.resetwarnings()
            for category in (DeprecationWarning, PendingDeprecationWarning, ImportWarning, ResourceWarning):
                warnings.simplefilter("ignore", category)
            warnings.filterwarnings("default", category=DeprecationWarning, module="__main__")
            warnings.showwarning = _print_warning
            os.chdir(workdir)
            sys.argv = [str(path)]
            runpy.run_path(str(path), run_name="__main__")
        except SystemExit as exc:
            if exc.code not in (None, 0):
                _record_exception(result, exc, path)
        except BaseException as exc:  # noqa: BLE001 - an example may raise anything
            _record_exception(result, exc, path)
        finally:
            catcher.__exit__(None, None, None)
            new_out.flush()
            new_err.flush()
            sys.stdout, sys.stderr = old_streams
            for handler, stream in zip(handlers, handler_streams):
                handler.setStream(stream)
            os.dup2(saved[0], 1)
            os.dup2(saved[1], 2)
            os.close(saved[0])
            os.close(saved[1])
            os.chdir(old_cwd)
            sys.argv = old_argv
        capture.seek(0)
        result["output"] = capture.read().decode("utf-8", "replace")
    return result


def _print_warning(message, category, filename, lineno, file=None, line=None):
    sys.stderr.write(warnings.formatwarning(message, category, filename, lineno, line))


def _record_exception(result: dict, exc: BaseException, path: Path):
    result["exception"] = exception_text(exc)
    frames = [f for f in traceback.extract_tb(exc.__traceback__) if Path(f.filename).resolve() == path]
    if frames:
        result["line"] = frames[-1].lineno
    elif isinstance(exc, SyntaxError) and exc.filename and Path(exc.filename).resolve() == path:
        result["line"] = exc.lineno
    result["where"] = f"{path}:{result['line']}" if result["line"] else str(path)
    result["exception_names"] = exception_names(exc)


def quoted_pattern(quoted: str) -> re.Pattern:
    """A quoted error text as a pattern: '…' stands for anything, numbers and spacing may vary."""
    parts = []
    for piece in re.split(r"(…|\d+(?:\.\d+)?|\s+)", quoted.strip()):
        if piece == "…":
            parts.append(r".*?")
        elif re.fullmatch(r"\d+(?:\.\d+)?", piece or "x"):
            parts.append(r"-?\d+(?:\.\d+)?")
        elif piece and piece.isspace():
            parts.append(r"\s+")
        elif piece:
            parts.append(re.escape(piece))
    return re.compile("".join(parts), re.DOTALL)


def matches(quoted: str, actual: str) -> bool:
    return quoted_pattern(quoted).search(actual or "") is not None


if __name__ == "__main__":
    for name in sys.argv[1:]:
        print("KB-RESULT " + json.dumps(run_example(Path(name))), flush=True)
