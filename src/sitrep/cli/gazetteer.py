"""`sitrep gazetteer import FILE | stats [--country XX] | build`."""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from sitrep.gazetteer import get_gazetteer, reset_gazetteer

REGION_DEFAULT = ["IQ", "SY", "IL", "PS", "LB", "JO", "YE"]


def add_parser(subparsers) -> argparse.ArgumentParser:
    p = subparsers.add_parser("gazetteer", help="manage the offline gazetteer (import, stats, build)")
    sub = p.add_subparsers(dest="gaz_command", required=True)
    imp = sub.add_parser("import", help="add a GeoNames dump (txt or zip) or a facilities CSV to the user gazetteer")
    imp.add_argument("file")
    st = sub.add_parser("stats", help="counts per source, kind and country")
    st.add_argument("--country", action="append", default=None, help="ISO2 (repeatable); default: the region")
    st.add_argument("--all", action="store_true", help="whole world")
    st.add_argument("--format", choices=["json", "table"], default="table")
    sub.add_parser("build", help="force a rebuild of the cached index")
    return p


def run(args) -> int:
    from sitrep.gazetteer.build import load_or_build
    from sitrep.gazetteer.importer import import_file

    log = lambda m: print(m, file=sys.stderr)  # noqa: E731
    if args.gaz_command == "import":
        try:
            dest, n = import_file(Path(args.file))
        except (OSError, ValueError) as e:
            print(f"sitrep gazetteer import: {e}", file=sys.stderr)
            return 1
        print(f"imported {n} records into {dest}", file=sys.stderr)
        reset_gazetteer()
        load_or_build(log=log)  # rebuild now so the next lookup is fast
        return 0
    if args.gaz_command == "build":
        idx = load_or_build(force=True, log=log)
        reset_gazetteer()
        print(f"built {len(idx['cols']['gid'])} entries, {len(idx['keys'])} keys", file=sys.stderr)
        return 0
    countries = [] if args.all else [c.upper() for c in (args.country or REGION_DEFAULT)]
    stats = get_gazetteer().stats(countries)
    if args.format == "json":
        print(json.dumps(stats, ensure_ascii=False, indent=2))
    else:
        for section, counts in stats.items():
            print(f"[{section}]")
            for k, v in counts.items():
                print(f"  {k:20} {v}")
    return 0
