"""`sitrep eval`: read gold documents, run the pipeline on their text in-process, score and report.

    gold.py         gold documents from NAME.gold.json + NAME.txt, directories, JSONL
    run.py          extraction per document and scoring (scoring rules: sitrep.evaluate)
    confusion.py    sub-event type confusion over paired events
    calibration.py  reliability table of `confidence`
    errors.py       missed, spurious and wrong-field listings with evidence sentences
    report.py       the JSON report and its text rendering
"""
from __future__ import annotations

from sitrep.evaluation.gold import KEEP, GoldDoc, GoldError, read_gold
from sitrep.evaluation.report import build_report, render_text
from sitrep.evaluation.run import evaluate_doc, evaluate_docs, pipeline_extractor

__all__ = ["KEEP", "GoldDoc", "GoldError", "read_gold", "build_report", "render_text",
           "evaluate_doc", "evaluate_docs", "pipeline_extractor"]
