"""Opt-in hooks: one line after an exception, with the page that fixes it.

- IPython / Jupyter: `%load_ext transformers_kb` registers a custom exception handler that shows
  the usual traceback, then the line. IPython never calls sys.excepthook.
- Scripts: `transformers_kb.install()` chains sys.excepthook and threading.excepthook (the previous
  hooks still run first). Nothing is installed at import time: no .pth file, no sitecustomize.

A hook must never break the session: any failure of ours is swallowed, the traceback stays.
"""

from __future__ import annotations

import sys
import threading
import traceback

from . import core
from .cli import default_lang


def one_line(text: str, lang: str | None = None) -> str | None:
    """'transformers-kb: <quick answer's first sentence> <address>' for a known error, else None."""
    lang = lang or default_lang()
    result = core.explain(text, lang)
    page = result["page"]
    if not page:
        return None
    quick = page["quick_fix"].split("\n\n")[0].replace("\n", " ").strip()
    return f"transformers-kb: {page['title']}. {quick} {page['url']}"


def _text_of(etype, value, tb) -> str:
    return "".join(traceback.format_exception(etype, value, tb))


def _print_line(etype, value, tb, file=None) -> None:
    try:
        line = one_line(_text_of(etype, value, tb))
        if line:
            print(line, file=file or sys.stderr)
    except Exception:  # noqa: BLE001 - never let the helper break the program's own report
        pass


_previous = {}


def install() -> None:
    """Chain sys.excepthook and threading.excepthook; call uninstall() to undo."""
    if "sys" in _previous:
        return
    _previous["sys"], _previous["threading"] = sys.excepthook, threading.excepthook

    def excepthook(etype, value, tb):
        _previous["sys"](etype, value, tb)
        _print_line(etype, value, tb)

    def thread_hook(args):
        _previous["threading"](args)
        if args.exc_type is not SystemExit:
            _print_line(args.exc_type, args.exc_value, args.exc_traceback)

    sys.excepthook, threading.excepthook = excepthook, thread_hook


def uninstall() -> None:
    if "sys" in _previous:
        sys.excepthook, threading.excepthook = _previous.pop("sys"), _previous.pop("threading")


def _ipython_handler(shell, etype, value, tb, tb_offset=None):
    shell.showtraceback((etype, value, tb), tb_offset=tb_offset)
    _print_line(etype, value, tb, file=sys.stdout)
    return None


def load_ipython_extension(ipython) -> None:
    ipython.set_custom_exc((Exception,), _ipython_handler)


def unload_ipython_extension(ipython) -> None:
    ipython.set_custom_exc((), None)
