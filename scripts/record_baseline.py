#!/usr/bin/env python3
"""Re-record eval/baseline.json: strict F1 per language on the frozen test split eval/<lang>/test/.

    .venv/bin/python scripts/record_baseline.py                  run the pipeline on each eval/<lang>/test
    .venv/bin/python scripts/record_baseline.py --from-json R    take by_language from a saved report of
        `sitrep eval eval/fr/test eval/en/test eval/ar/test --by-language --json > R`
    --dry-run prints the figures without writing them.

Make-friendly: exit 0 after writing, 1 when no language has a test split with gold.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from sitrep.evaluation import baseline

REPO = Path(__file__).resolve().parents[1]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--eval-dir", type=Path, default=REPO / "eval")
    ap.add_argument("--out", type=Path, default=REPO / "eval" / "baseline.json")
    ap.add_argument("--from-json", type=Path, metavar="REPORT", help="a saved `sitrep eval ... --by-language --json`")
    ap.add_argument("--dry-run", action="store_true")
    a = ap.parse_args()
    if a.from_json:
        by_lang = json.loads(a.from_json.read_text(encoding="utf-8")).get("by_language") or {}
    else:
        by_lang = {}
        for lang in baseline.languages(a.eval_dir):
            print(f"evaluating {baseline.split_dir(a.eval_dir, lang)} …", file=sys.stderr)
            by_lang[lang] = baseline.measure(a.eval_dir, lang)
    if not by_lang:
        print("no test split with gold found; nothing recorded", file=sys.stderr)
        return 1
    strict = {lang: s["strict"]["f1"] for lang, s in by_lang.items()}
    detect = {lang: s["detect"]["f1"] for lang, s in by_lang.items()}
    for lang in sorted(strict):
        print(f"{lang}: strict F1 {strict[lang]:.4f}  detect F1 {detect[lang]:.4f}  ({by_lang[lang]['documents']} docs)")
    if not a.dry_run:
        baseline.record(a.out, strict, detect)
        print(f"wrote {a.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
