"""`sitrep` command line. Each subcommand lives in its own module of this package
and exposes `add_parser(subparsers)` and `run(args) -> int` (the exit code)."""
from __future__ import annotations

import argparse
import importlib
import sys

# Subcommand name -> module in sitrep.cli. Order is the order of `sitrep --help`.
COMMANDS = ["extract", "ingest", "events", "geocode", "gazetteer", "eval"]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="sitrep", description="Conflict event extraction from news reports.")
    sub = parser.add_subparsers(dest="command", required=True)
    for name in COMMANDS:
        try:
            module = importlib.import_module(f"sitrep.cli.{name}")
        except ModuleNotFoundError as e:  # a command still being built should not break the others
            if e.name == f"sitrep.cli.{name}":
                continue
            raise
        p = module.add_parser(sub)
        p.set_defaults(_run=module.run)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return int(args._run(args) or 0)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # `sitrep events | head` is fine
        return 0


if __name__ == "__main__":
    sys.exit(main())
