"""Score `sitrep geocode` against eval/toponyms/toponyms.tsv.

    .venv/bin/python eval/toponyms/score_toponyms.py [--gold FILE] [--errors]

Prints % of places within 25 km, % correct country and not-found correctness (JSON).
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from sitrep.cli.geocode import geocode_one
from sitrep.gazetteer.evaluate import read_gold, score


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--gold", default=str(Path(__file__).with_name("toponyms.tsv")))
    ap.add_argument("--errors", action="store_true", help="list the rows that were wrong")
    args = ap.parse_args(argv)
    rep = score(read_gold(Path(args.gold)), lambda q, ctx: geocode_one(q, ctx)["candidates"])
    print(json.dumps(rep.as_dict(), indent=2))
    if args.errors:
        for e in rep.errors:
            got = e["got"]
            desc = "NOT FOUND" if got is None else f"{got['name']} ({got['country']}) {got['lat']:.3f},{got['lon']:.3f} {got['gazetteer_id']}"
            print(f"{e['query']!r:32} ctx={e['context'][:30]!r:34} gold={e['lat']},{e['lon']} {e['country']} {e['expect']} -> {desc}",
                  file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
