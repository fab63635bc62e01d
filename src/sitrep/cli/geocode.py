"""`sitrep geocode NAME [--context TEXT] [--country XX] [--limit N] --format json|table`
and `sitrep geocode --from FILE --format jsonl` (lines `NAME<TAB>CONTEXT`)."""
from __future__ import annotations

import argparse
import json
import re
import sys

from sitrep.gazetteer import get_gazetteer
from sitrep.gazetteer.context import context_hints


def add_parser(subparsers) -> argparse.ArgumentParser:
    p = subparsers.add_parser("geocode", help="look up a place name in the offline gazetteer")
    p.add_argument("name", nargs="?", help="place name (any of French, English, Arabic spellings)")
    p.add_argument("--context", default="", help="surrounding text: countries and kind words are taken from it")
    p.add_argument("--country", action="append", default=[], help="ISO2 country the text supports (repeatable)")
    p.add_argument("--kind", default=None, help="kind hint (military_base, oil_field, camp, city, sea, ...)")
    p.add_argument("--limit", type=int, default=5)
    p.add_argument("--from", dest="from_file", help="file of NAME<TAB>CONTEXT lines ('-' for stdin)")
    p.add_argument("--format", choices=["json", "jsonl", "table"], default="json")
    return p


def geocode_one(name: str, context: str = "", countries: list[str] | None = None, kind: str | None = None,
                limit: int = 5) -> dict:
    gaz = get_gazetteer()
    ctx_countries, ctx_kind = context_hints(context, name, gaz)
    cands = gaz.geocode(name, countries=list(countries or []) + ctx_countries, kind_hint=kind or ctx_kind,
                        limit=limit)
    return {"query": name, "candidates": [c.to_dict() for c in cands]}


def _table(doc: dict) -> str:
    lines = [f"query: {doc['query']}"]
    for c in doc["candidates"]:
        lines.append(f"  {c['score']:.3f}  {c['name'][:40]:40}  {c['lat']:9.4f} {c['lon']:9.4f}  "
                     f"{c['country'] or '-':2}  {c['kind']:13} p{c['geo_precision']}  {c['gazetteer_id']}")
    if not doc["candidates"]:
        lines.append("  (not found)")
    return "\n".join(lines)


def run(args) -> int:
    if args.from_file:
        f = sys.stdin if args.from_file == "-" else open(args.from_file, encoding="utf-8")
        with f:
            for line in f:
                line = line.rstrip("\n")
                if not line.strip():
                    continue
                name, _, context = line.partition("\t")
                doc = geocode_one(name.strip(), context, args.country, args.kind, args.limit)
                print(_table(doc) if args.format == "table" else json.dumps(doc, ensure_ascii=False), flush=True)
        return 0
    if not args.name:
        print("sitrep geocode: NAME or --from FILE is required", file=sys.stderr)
        return 2
    doc = geocode_one(args.name, args.context, args.country, args.kind, args.limit)
    if args.format == "table":
        print(_table(doc))
    else:
        print(json.dumps(doc, ensure_ascii=False, indent=None if args.format == "jsonl" else 2))
    return 0
