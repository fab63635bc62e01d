"""Regression guard: a language's strict F1 on its frozen test split (eval/<lang>/test/) may not fall
more than max_drop below the figure recorded in eval/baseline.json (re-record: scripts/record_baseline.py)."""
from __future__ import annotations

from pathlib import Path

import pytest

from sitrep.evaluation import baseline

REPO = Path(__file__).resolve().parents[1]
EVAL = REPO / "eval"
BASELINE = EVAL / "baseline.json"
RECORDED = baseline.load(BASELINE) if BASELINE.exists() else {"strict_f1": {}}


def test_baseline_file_is_well_formed() -> None:
    assert BASELINE.exists(), "eval/baseline.json is missing"
    assert RECORDED["split"] == baseline.SPLIT
    assert 0 < RECORDED["max_drop"] < 1
    assert all(0.0 <= f <= 1.0 for f in RECORDED["strict_f1"].values())


@pytest.mark.parametrize("lang", sorted(RECORDED["strict_f1"]))
def test_strict_f1_has_not_regressed(lang: str) -> None:
    summary = baseline.measure(EVAL, lang)
    if summary is None:
        pytest.skip(f"no gold in {baseline.split_dir(EVAL, lang)} yet")
    floor = RECORDED["strict_f1"][lang] - RECORDED["max_drop"]
    got = summary["strict"]["f1"]
    assert got >= floor, (f"{lang}: strict F1 {got:.3f} on {baseline.split_dir(EVAL, lang)} is below the recorded "
                          f"{RECORDED['strict_f1'][lang]:.3f} - {RECORDED['max_drop']}; `sitrep eval "
                          f"{baseline.split_dir(EVAL, lang).relative_to(REPO)} --errors` shows what broke")


def test_record_baseline_script(tmp_path: Path) -> None:
    import json
    import shutil
    import subprocess
    import sys

    fixtures = REPO / "tests" / "fixtures" / "eval"
    for lang in ("fr", "en"):
        shutil.copytree(fixtures / lang, tmp_path / "eval" / lang / "test")
    out = tmp_path / "baseline.json"
    out.write_text(json.dumps({"comment": "kept", "max_drop": 0.05, "strict_f1": {}}), encoding="utf-8")
    run = subprocess.run([sys.executable, str(REPO / "scripts" / "record_baseline.py"), "--eval-dir",
                          str(tmp_path / "eval"), "--out", str(out)], capture_output=True, text=True)
    assert run.returncode == 0, run.stderr
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["comment"] == "kept" and set(data["strict_f1"]) == {"fr", "en"}
