"""Run one example file the way a reader would, and report what it raised and printed.

Used in-process by test_examples.py and, for the TensorFlow examples, as a script inside the
separate TensorFlow environment (``python example_runner.py FILE...`` prints one JSON line per file).
Kept free of pytest and of third-party imports so that it runs in either environment.
"""

from __future__ import annotations

import io
import json
import logging
import os
import re
import runpy
import sys
import tempfile
import traceback
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


class _FdStream(io.TextIOBase):
    """A text stream that writes straight to a file descriptor, so the fd-level capture sees it.

    Under pytest, sys.stdout/sys.stderr are pytest's own objects that bypass fds 1 and 2; without
    this, print() and logging output of an example never reach its captured output.
    """

    def __init__(self, fd: int):
        self.fd = fd

    def write(self, text: str) -> int:
        os.write(self.fd, text.encode("utf-8", "replace"))
        return len(text)

    def fileno(self) -> int:
        return self.fd

    def isatty(self) -> bool:
        return False


def _stream_handlers() -> list[logging.StreamHandler]:
    loggers = [logging.getLogger()] + [l for l in logging.Logger.manager.loggerDict.values() if isinstance(l, logging.Logger)]
    return [h for l in loggers for h in l.handlers if type(h) is logging.StreamHandler]


def run_example(path: Path, workdir: Path | None = None) -> dict:
    """Run path as __main__ in workdir, capturing fd-level stdout/stderr. Never raises."""
    path = Path(path).resolve()
    workdir = Path(workdir or tempfile.mkdtemp(prefix="kb-example-"))
    result = {"path": str(path), "exception": None, "exception_names": [], "output": "", "where": str(path)}
    with tempfile.TemporaryFile(mode="w+b") as capture:
        sys.stdout.flush()
        sys.stderr.flush()
        saved = os.dup(1), os.dup(2)
        os.dup2(capture.fileno(), 1)
        os.dup2(capture.fileno(), 2)
        old_streams = sys.stdout, sys.stderr
        sys.stdout, sys.stderr = _FdStream(1), _FdStream(2)
        moved = [(h, h.stream) for h in _stream_handlers() if h.stream in old_streams]
        for handler, stream in moved:
            handler.setStream(sys.stdout if stream is old_streams[0] else sys.stderr)
        old_cwd, old_argv = os.getcwd(), sys.argv
        try:
            os.chdir(workdir)
            sys.argv = [str(path)]
            runpy.run_path(str(path), run_name="__main__")
        except BaseException as exc:  # noqa: BLE001 - an example may raise anything, SystemExit included
            result["exception"] = exception_text(exc)
            frames = [f for f in traceback.extract_tb(exc.__traceback__) if Path(f.filename).resolve() == path]
            result["where"] = f"{path}:{frames[-1].lineno}" if frames else str(path)
            result["exception_names"] = exception_names(exc)
        finally:
            for handler, stream in moved:
                handler.setStream(stream)
            sys.stdout, sys.stderr = old_streams
            sys.stdout.flush()
            sys.stderr.flush()
            os.dup2(saved[0], 1)
            os.dup2(saved[1], 2)
            os.close(saved[0])
            os.close(saved[1])
            os.chdir(old_cwd)
            sys.argv = old_argv
        capture.seek(0)
        result["output"] = capture.read().decode("utf-8", "replace")
    return result


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
