"""`kb`: the project's command line. Each subcommand is a module of this package with a main(argv).

    kb offline          build the offline bundle (dist/site-offline.zip)
    kb translations     list stale translations; --update refreshes the record
    kb claims           check the version claims against the released packages; print the report
    kb releases         the release index: build it from the wheels, look a line up, check it
    kb search-report    measure search on the dev queries and the repo's own cases
    kb benchmark        build time, page weight, search readiness
    kb lighthouse       Lighthouse over every page of both languages
    kb links            every external link of the built site, online (lychee)
"""

from __future__ import annotations

import importlib
import sys

COMMANDS = {
    "offline": ("kb.build.offline", "build the offline bundle: the whole site as one zip that works from file://"),
    "translations": ("kb.pages.translation", "list translated pages behind their English page; --update records one"),
    "claims": ("kb.pages.claims", "check every version claim against the released wheels; print the report"),
    "releases": ("kb.releases.command", "which release has it: build / lookup / check the release index"),
    "search-report": ("kb.search.evaluate", "search quality and speed on the dev queries (recall@1/@3, none-state)"),
    "benchmark": ("kb.measure.benchmark", "build time, output size, page weight and search readiness"),
    "lighthouse": ("kb.measure.lighthouse", "Lighthouse (mobile) over every page; four category scores"),
    "links": ("kb.measure.links", "check every external link of the built site online with lychee"),
}


def usage() -> str:
    width = max(map(len, COMMANDS))
    lines = ["usage: kb COMMAND [options]   (kb COMMAND --help for a command's options)", "", "commands:"]
    lines += [f"  {name:<{width}}  {summary}" for name, (_, summary) in COMMANDS.items()]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if not argv or argv[0] in ("-h", "--help", "help"):
        print(usage())
        return 0
    name, rest = argv[0], argv[1:]
    if name not in COMMANDS:
        print(f"kb: unknown command {name!r}\n\n{usage()}", file=sys.stderr)
        return 2
    module = importlib.import_module(COMMANDS[name][0])
    return module.main(rest) or 0


if __name__ == "__main__":
    sys.exit(main())
