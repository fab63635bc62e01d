"""The toponym gold list (eval/toponyms/toponyms.tsv) meets its targets."""
from __future__ import annotations

from pathlib import Path

from sitrep.gazetteer.evaluate import read_gold, score
from test_gazetteer_support import seeded_data_dir, use_data_dir

GOLD = Path(__file__).resolve().parent.parent / "eval" / "toponyms" / "toponyms.tsv"


def test_toponym_gold_targets(tmp_path_factory):
    from sitrep.cli.geocode import geocode_one

    rows = read_gold(GOLD)
    assert len(rows) >= 200
    with use_data_dir(seeded_data_dir(tmp_path_factory.mktemp("gazdata"))):
        rep = score(rows, lambda q, ctx: geocode_one(q, ctx)["candidates"]).as_dict()
    assert rep["within_25km_pct"] >= 95.0, rep
    assert rep["country_pct"] >= 99.0, rep
    assert rep["not_found_correct_pct"] == 100.0, rep
