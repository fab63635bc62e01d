"""`sitrep eval GOLD...`: run sitrep on annotated articles and score it (docs/SPEC.md section 4).

The numbers are those of the reference scorer ../shared/tools/score.py on the same input."""
from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from typing import Any

GOLD_HELP = """\
GOLD is a NAME.gold.json (beside NAME.txt), a directory searched recursively for *.gold.json,
or a JSONL file with one gold document a line and the article text inline:
  {"meta": {"id": "x1", "published": "2024-01-05", "source": "…", "language": "fr"},
   "text": "…", "events": [...], "statistics": [...]}
"""


def _published(value: str) -> str:
    if value.lower() == "none":
        return "none"
    try:
        return date.fromisoformat(value).isoformat()
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected 'none' or YYYY-MM-DD, got {value!r}") from None


def add_parser(subparsers: Any) -> argparse.ArgumentParser:
    p = subparsers.add_parser("eval", help="score sitrep against gold annotations",
                              description=__doc__ + "\n" + GOLD_HELP,
                              formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("gold", nargs="+", metavar="GOLD", help="gold files, directories or JSONL files")
    p.add_argument("--json", action="store_true", help="machine-readable report on stdout")
    p.add_argument("--errors", action="store_true",
                   help="list missed, spurious and wrong-field events with their evidence sentences")
    p.add_argument("--by-language", action="store_true", help="break the numbers down per meta.language")
    p.add_argument("--reliability", action="store_true", help="calibration table of predicted confidence")
    p.add_argument("--published-override", type=_published, metavar="none|DATE",
                   help="'none': withhold publication dates (measures year inference); DATE: pass this date instead")
    p.add_argument("--no-published", action="store_const", const="none", dest="published_override",
                   help="same as --published-override none")
    p.add_argument("--min-strict-f1", type=float, metavar="X", help="exit 1 when strict F1 is below X")
    p.add_argument("--min-detect-f1", type=float, metavar="X", help="exit 1 when detection F1 is below X")
    return p


def run(args: argparse.Namespace) -> int:
    from sitrep.evaluation import KEEP, GoldError, build_report, evaluate_docs, read_gold, render_text

    override = args.published_override
    published: Any = KEEP if override is None else (None if override == "none" else override)
    try:
        docs = list(read_gold(args.gold))
    except GoldError as e:
        print(f"sitrep eval: {e}", file=sys.stderr)
        return 2
    if not docs:
        print("sitrep eval: no gold documents found in " + " ".join(args.gold), file=sys.stderr)
        return 2
    scores = evaluate_docs(docs, published=published)
    report = build_report(scores, by_language=args.by_language, with_reliability=args.reliability,
                          with_errors=args.errors, published=override or "gold")
    if args.json:
        json.dump(report, sys.stdout, indent=2, ensure_ascii=False)
        sys.stdout.write("\n")
    else:
        sys.stdout.write(render_text(report))
    ok = True
    if args.min_strict_f1 is not None and report["strict"]["f1"] < args.min_strict_f1:
        ok = False
    if args.min_detect_f1 is not None and report["detect"]["f1"] < args.min_detect_f1:
        ok = False
    return 0 if ok else 1
