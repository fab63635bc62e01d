"""Regression guard figures: strict F1 per language on the frozen test split `eval/<lang>/test/`.

`eval/baseline.json` holds them; tests/test_eval_regression.py fails when a language falls more
than `max_drop` below its figure; scripts/record_baseline.py re-records them after tuning."""
from __future__ import annotations

import json
from pathlib import Path
from typing import Any, Optional

from sitrep.evaluate import totals
from sitrep.evaluation.gold import GOLD_SUFFIX, read_gold
from sitrep.evaluation.run import evaluate_docs

SPLIT = "test"
DEFAULT_MAX_DROP = 0.05


def split_dir(eval_dir: Path, lang: str) -> Path:
    return eval_dir / lang / SPLIT


def has_gold(path: Path) -> bool:
    return path.is_dir() and any(path.rglob("*" + GOLD_SUFFIX))


def languages(eval_dir: Path) -> list[str]:
    """Languages whose test split has gold, by directory name."""
    return sorted(p.name for p in eval_dir.iterdir() if has_gold(split_dir(eval_dir, p.name))) if eval_dir.is_dir() else []


def measure(eval_dir: Path, lang: str) -> Optional[dict[str, Any]]:
    """The score.py-shaped summary of the pipeline on eval/<lang>/test, or None without gold there."""
    d = split_dir(eval_dir, lang)
    if not has_gold(d):
        return None
    return totals(evaluate_docs(list(read_gold([d])))).summary()


def load(path: Path) -> dict[str, Any]:
    return json.loads(path.read_text(encoding="utf-8"))


def record(path: Path, figures: dict[str, float], detect: Optional[dict[str, float]] = None) -> dict[str, Any]:
    """Write new figures, keeping the comment and max_drop already there."""
    old = load(path) if path.exists() else {}
    data = {
        "comment": old.get("comment", ""),
        "split": SPLIT,
        "max_drop": old.get("max_drop", DEFAULT_MAX_DROP),
        "strict_f1": {lang: round(f, 4) for lang, f in sorted(figures.items())},
    }
    if detect:
        data["detect_f1"] = {lang: round(f, 4) for lang, f in sorted(detect.items())}  # for reference only
    path.write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return data
