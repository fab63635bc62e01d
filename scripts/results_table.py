#!/usr/bin/env python3
"""Print the README's evaluation table: per language, the tuning and the frozen test split.

    .venv/bin/python scripts/results_table.py            # Markdown on stdout

Each cell is what `sitrep eval eval/<lang>/<split>` reports (the numbers of ../shared/tools/score.py).
"""
from __future__ import annotations

import sys
from pathlib import Path

from sitrep.evaluation.gold import read_gold
from sitrep.evaluation.run import evaluate_docs
from sitrep.evaluate import totals

REPO = Path(__file__).resolve().parents[1]
LANGS = ("fr", "en", "ar")
SPLITS = ("tune", "test")


def row(lang: str, split: str) -> str:
    docs = list(read_gold([REPO / "eval" / lang / split]))
    s = totals(evaluate_docs(docs)).summary()
    f = s["fields"]
    return (f"| {lang} | {split} | {s['documents']} | {s['detect']['f1']:.3f} | {s['strict']['f1']:.3f} | "
            f"{f.get('date', 0):.2f} | {f.get('sub_event_type', 0):.2f} | {f.get('actor1', 0):.2f} | {f.get('actor2', 0):.2f} | "
            f"{f.get('location', 0):.2f} | {f.get('attribution', 0):.2f} | {s['statistics']['f1']:.3f} | {s['invented_dates']} |")


def main() -> int:
    print("| lang | split | docs | detect F1 | strict F1 | date | sub-type | actor1 | actor2 | location | attribution | stats F1 | invented dates |")
    print("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    for lang in LANGS:
        for split in SPLITS:
            print(row(lang, split))
    return 0


if __name__ == "__main__":
    sys.exit(main())
