"""`kb releases build|lookup|check`: the release index (kb/releases/build.py explains it)."""

from __future__ import annotations

import importlib

SUBCOMMANDS = {
    "build": ("kb.releases.build", "build or refresh the index from the wheels (cached; downloads what is missing)"),
    "lookup": ("kb.releases.lookup", "answer an error line or a name: which releases have it"),
    "check": ("kb.releases.check", "confirm sampled entries against their boundary wheels"),
}


def main(argv: list[str] | None = None) -> int:
    argv = list(argv or [])
    if not argv or argv[0] not in SUBCOMMANDS:
        print("usage: kb releases {build,lookup,check} [options]\n")
        for name, (_, summary) in SUBCOMMANDS.items():
            print(f"  {name:<7} {summary}")
        return 0 if argv[:1] in ([], ["-h"], ["--help"]) else 2
    module = importlib.import_module(SUBCOMMANDS[argv[0]][0])
    return module.main(argv[1:]) or 0
