"""`sitrep eval` end to end, as a user runs it (subprocess, real pipeline)."""
from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
FIXTURES = REPO / "tests" / "fixtures" / "eval"


def sitrep(*args: str) -> subprocess.CompletedProcess:
    exe = Path(sys.executable).with_name("sitrep")
    cmd = [str(exe)] if exe.exists() else [shutil.which("sitrep") or "sitrep"]
    return subprocess.run(cmd + list(args), capture_output=True, text=True, cwd=REPO, timeout=900)


def test_eval_fixtures_json() -> None:
    out = sitrep("eval", "tests/fixtures/eval", "--json", "--by-language", "--reliability", "--errors")
    assert out.returncode == 0, out.stderr
    report = json.loads(out.stdout)
    assert report["documents"] == 3 and report["failed_documents"] == 0
    assert set(report["by_language"]) == {"fr", "en", "ar"}
    n_gold = 3 + 2 + 2  # required gold events in the fixtures
    assert report["detect"]["tp"] + report["detect"]["fn"] == n_gold
    assert report["published"] == "gold"
    assert {"bins", "ece"} <= set(report["reliability"])
    assert isinstance(report["errors"], list)


def test_jsonl_and_directory_give_the_same_numbers() -> None:
    a = json.loads(sitrep("eval", "tests/fixtures/eval", "--json").stdout)
    b = json.loads(sitrep("eval", "tests/fixtures/eval/jsonl/all.gold.jsonl", "--json").stdout)
    assert a == b


def test_text_report_and_no_published() -> None:
    out = sitrep("eval", "tests/fixtures/eval/fr", "--no-published", "--errors", "--by-language", "--reliability")
    assert out.returncode == 0, out.stderr
    assert out.stdout.startswith("documents 1 (failed 0)")
    assert "(publication dates: none)" in out.stdout
    assert "[fr]" in out.stdout and "reliability" in out.stdout and "errors (" in out.stdout


def test_bad_input_exits_2() -> None:
    out = sitrep("eval", "tests/fixtures/eval/nowhere")
    assert out.returncode == 2 and "no such file" in out.stderr


def test_min_f1_gate() -> None:
    assert sitrep("eval", "tests/fixtures/eval/en", "--min-detect-f1", "1.01").returncode == 1
