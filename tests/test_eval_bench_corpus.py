"""benchmarks/make_corpus.py is deterministic: same seed and sources, same bytes."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SCRIPT = REPO / "benchmarks" / "make_corpus.py"
FIXTURES = REPO / "tests" / "fixtures" / "eval"


def make(out: Path, seed: int, n: int = 40) -> bytes:
    subprocess.run([sys.executable, str(SCRIPT), str(out), "-n", str(n), "--seed", str(seed),
                    "--source-dir", str(FIXTURES)], check=True, capture_output=True)
    return out.read_bytes()


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    a, b = make(tmp_path / "a.jsonl", 7), make(tmp_path / "b.jsonl", 7)
    assert a == b
    assert make(tmp_path / "c.jsonl", 8) != a


def test_corpus_shape(tmp_path: Path) -> None:
    rows = [json.loads(line) for line in make(tmp_path / "a.jsonl", 7).decode("utf-8").splitlines()]
    assert len(rows) == 40
    assert len({r["id"] for r in rows}) == 40 and len({r["text"] for r in rows}) == 40  # ingest skips repeats
    assert {r["source"] for r in rows} == {"bench-fr", "bench-en", "bench-ar"}
    assert all(set(r) == {"id", "text", "published", "source", "title", "url"} for r in rows)
