"""`sitrep eval` must give exactly the numbers of the reference scorer ../shared/tools/score.py.

Both score the same predictions against the same gold: the hand-built fixture predictions, the
real pipeline's output on every gold document we have (fixtures, the shared seed, the repo's eval
set), and seeded random perturbations of the gold that probe tolerances, aliases, optional events,
events without a place and statistics."""
from __future__ import annotations

import copy
import importlib.util
import json
import math
import random
import shutil
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

from sitrep.evaluate import as_list, score_doc, totals
from sitrep.evaluation import read_gold
from sitrep.evaluation.run import evaluate_doc, pipeline_extractor
from sitrep.model import EVENT_TYPES, WEAPONS

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
SCORE_PY = SHARED / "tools" / "score.py"
FIXTURES = REPO / "tests" / "fixtures" / "eval"

pytestmark = pytest.mark.skipif(not SCORE_PY.is_file(), reason=f"reference scorer not found at {SCORE_PY}")


@pytest.fixture(scope="module")
def ref() -> ModuleType:
    spec = importlib.util.spec_from_file_location("reference_score", SCORE_PY)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def gold_sources() -> list[Path]:
    paths = [FIXTURES, REPO / "eval", SHARED / "seed"]
    return [p for p in paths if p.is_dir()]


def reference_summary(ref: ModuleType, pairs: list[tuple[dict, dict]]) -> dict:
    tot = {"docs": 0, "failed": 0, "tp": 0, "fp": 0, "fn": 0, "strict_tp": 0, "fields": {},
           "stat_tp": 0, "stat_fp": 0, "stat_fn": 0, "invented_dates": 0}
    for pred, gold in pairs:
        tot["docs"] += 1
        ref.score_one(pred, gold, tot, "doc", False)
    return ref.summary(tot)


def ours(pairs: list[tuple[dict, dict]]) -> dict:
    return totals([score_doc(p, g) for p, g in pairs]).summary()


def assert_same(ref: ModuleType, pairs: list[tuple[dict, dict]]) -> None:
    expected = reference_summary(ref, pairs)
    got = ours(pairs)
    assert got == expected
    # exact floats, not approximately equal ones, and the same JSON
    assert json.dumps(got, sort_keys=True) == json.dumps(expected, sort_keys=True)


# --- random predictions derived from gold ---------------------------------------------------

SUBS = [s for subs in EVENT_TYPES.values() for s in subs]


def _moved(lat: float, lon: float, dist_km: float, rng: random.Random) -> tuple[float, float]:
    bearing = rng.uniform(0, 2 * math.pi)
    dlat = dist_km * math.cos(bearing) / 111.2
    dlon = dist_km * math.sin(bearing) / (111.2 * max(0.1, math.cos(math.radians(lat))))
    return lat + dlat, lon + dlon


def _actor(gold_actor: dict | None, rng: random.Random) -> dict | None:
    names = [n for n in as_list((gold_actor or {}).get("name")) if n]
    if not names:
        return rng.choice([None, {"name": "Somebody", "text": "somebody"}])
    n = rng.choice(names)
    return rng.choice([
        {"name": n, "text": "x"},
        {"name": n.upper(), "text": "x"},
        {"name": "The " + n + " (alias)", "text": "x"},
        {"name": "Unrelated Group", "text": n},  # only the article's words match
        {"name": "Unrelated Group", "text": "y"},
        n,  # a bare string
        None,
    ])


def _event(g: dict, rng: random.Random, i: int) -> dict:
    gd = g.get("event_date")
    r = rng.random()
    if gd and r < 0.55:
        date = gd
    elif gd and r < 0.8:
        date = f"{gd[:8]}{max(1, min(28, int(gd[8:10]) + rng.choice([-3, -2, -1, 1, 2, 3]))):02d}"
    elif r < 0.9:
        date = None
    else:
        date = "2024-01-0" + str(rng.randint(1, 9))
    etype = rng.choice(as_list(g.get("event_type")) or list(EVENT_TYPES))
    sub = rng.choice(as_list(g.get("sub_event_type")) or SUBS) if rng.random() < 0.8 else rng.choice(SUBS)
    if rng.random() < 0.1:
        etype = rng.choice(list(EVENT_TYPES))
    gl = g.get("location") or {}
    if gl.get("lat") is not None:
        tol = float(gl.get("tolerance_km") or 25)
        dist = rng.choice([0.0, 0.0, 3.0, 3.0, 10.0, tol * 0.99, tol * 1.01, tol * 2, 400.0])
        lat, lon = _moved(float(gl["lat"]), float(gl["lon"]), dist, rng)
        countries = [c for c in as_list(gl.get("country")) if c] or ["IQ"]
        country = rng.choice(countries * 4 + ["ZZ", None, countries[0].lower()])
        loc = rng.choice([{"name": "p", "lat": lat, "lon": lon, "country": country}] * 6
                         + [{"name": "p", "lat": None, "lon": None, "country": country}, None])
    else:
        loc = rng.choice([None, {"name": "p", "country": rng.choice(as_list(gl.get("country")) or ["UA"])}])
    ev = {"id": f"e{i}", "event_date": date, "event_type": etype, "sub_event_type": sub,
          "actor1": _actor(g.get("actor1"), rng), "actor2": _actor(g.get("actor2"), rng), "location": loc,
          "weapons": rng.sample(WEAPONS, rng.randint(0, 2)) + rng.sample(as_list(g.get("weapons")),
                                                                         min(1, len(as_list(g.get("weapons"))))),
          "attribution": rng.choice([None, {"status": rng.choice(["claimed", "reported", "confirmed", "denied"])}])}
    if rng.random() < 0.8:
        ev["confidence"] = round(rng.random(), 3)
    return ev


def perturb(gold: dict, rng: random.Random) -> dict:
    events = []
    for g in gold.get("events") or []:
        for _ in range(rng.choice([0, 1, 1, 1, 2])):  # dropped, kept, or told twice
            events.append(_event(g, rng, len(events) + 1))
    for g in rng.sample(gold.get("events") or [{}], rng.randint(0, 1)):  # a spurious one elsewhere
        far = _event(g, rng, len(events) + 1)
        far["location"] = {"name": "far", "lat": -33.9, "lon": 18.4, "country": "ZA"}
        events.append(far)
    rng.shuffle(events)
    stats = []
    for s in gold.get("statistics") or []:
        r = rng.random()
        if r < 0.5:
            stats.append({"count": s.get("count"), "qualifier": s.get("qualifier")})
        elif r < 0.7:
            stats.append({"count": s.get("count"), "qualifier": "about"})
        elif r < 0.8:
            stats += [{"count": s.get("count"), "qualifier": s.get("qualifier")}] * 2
    if rng.random() < 0.3:
        stats.append({"count": rng.randint(1, 200), "qualifier": "exact"})
    return {"events": events, "statistics": stats}


def all_gold() -> list[dict]:
    return [doc.as_gold() for doc in read_gold(gold_sources())]


# --- the tests -----------------------------------------------------------------------------

def test_fixture_predictions_agree(ref: ModuleType) -> None:
    pairs = []
    for pred_file in sorted(FIXTURES.rglob("*.pred.json")):
        gold_file = pred_file.with_name(pred_file.name.replace(".pred.json", ".gold.json"))
        pairs.append((json.loads(pred_file.read_text(encoding="utf-8")), json.loads(gold_file.read_text(encoding="utf-8"))))
    assert pairs
    for pair in pairs:
        assert_same(ref, [pair])
    assert_same(ref, pairs)


def test_fixture_predictions_agree_with_score_py_cli() -> None:
    """The reference as users run it: `score.py PRED GOLD --json`, one document at a time."""
    for pred_file in sorted(FIXTURES.rglob("*.pred.json")):
        gold_file = pred_file.with_name(pred_file.name.replace(".pred.json", ".gold.json"))
        out = subprocess.run([sys.executable, str(SCORE_PY), str(pred_file), str(gold_file), "--json"],
                             capture_output=True, text=True, check=True)
        pred, gold = (json.loads(f.read_text(encoding="utf-8")) for f in (pred_file, gold_file))
        assert ours([(pred, gold)]) == json.loads(out.stdout), pred_file.name


@pytest.mark.parametrize("seed", range(40))
def test_perturbed_predictions_agree(ref: ModuleType, seed: int) -> None:
    rng = random.Random(seed)
    pairs = [(perturb(g, rng), g) for g in all_gold()]
    for pair in pairs:
        assert_same(ref, [copy.deepcopy(pair)])
    assert_same(ref, pairs)


def test_pipeline_predictions_agree(ref: ModuleType) -> None:
    """The real pipeline's output over every gold document available (the repo's eval set included)."""
    docs = list(read_gold(gold_sources()))
    scored, pairs = [], []
    for doc in docs:
        pred = pipeline_extractor(doc.article())
        pairs.append((pred, doc.as_gold()))
        scored.append(evaluate_doc(doc, extractor=lambda _a, p=pred: p))
    assert totals(scored).summary() == reference_summary(ref, pairs)


def _sitrep() -> list[str]:
    exe = Path(sys.executable).with_name("sitrep")
    return [str(exe)] if exe.exists() else [shutil.which("sitrep") or "sitrep"]


def test_cli_matches_score_py_run_mode(tmp_path: Path) -> None:
    """`sitrep eval DIR --json` against `score.py --run "sitrep extract" DIR --json` (needs `sitrep extract`)."""
    probe = subprocess.run(_sitrep() + ["extract", "--help"], capture_output=True, text=True)
    if probe.returncode != 0:
        pytest.skip("`sitrep extract` is not available yet")
    work = tmp_path / "gold"
    shutil.copytree(FIXTURES, work, ignore=shutil.ignore_patterns("*.pred.json", "*.jsonl"))
    ref_out = subprocess.run([sys.executable, str(SCORE_PY), "--run", " ".join(_sitrep() + ["extract"]), str(work), "--json"],
                             capture_output=True, text=True, timeout=900)
    assert ref_out.stdout, ref_out.stderr
    ours_out = subprocess.run(_sitrep() + ["eval", str(work), "--json"], capture_output=True, text=True,
                              check=True, timeout=900)
    report = json.loads(ours_out.stdout)
    expected = json.loads(ref_out.stdout)
    assert {k: report[k] for k in expected} == expected


def test_perturbations_exercise_every_rule() -> None:
    """Guard against a vacuous agreement test: the random predictions must hit each branch."""
    seen = {"tp": 0, "non_strict": 0, "fp": 0, "fn": 0, "invented": 0, "stat_tp": 0, "field_wrong": set()}
    for seed in range(40):
        rng = random.Random(seed)
        docs = [score_doc(perturb(g, rng), g) for g in all_gold()]
        s = totals(docs).summary()
        seen["tp"] += s["detect"]["tp"]
        seen["non_strict"] += s["detect"]["tp"] - s["strict"]["tp"]
        seen["fp"] += s["detect"]["fp"]
        seen["fn"] += s["detect"]["fn"]
        seen["invented"] += s["invented_dates"]
        seen["stat_tp"] += sum(len(d.stat_pairs) for d in docs)
        seen["field_wrong"] |= {k for k, v in s["fields"].items() if v is not None and v < 1}
    assert min(seen["tp"], seen["non_strict"], seen["fp"], seen["fn"], seen["invented"], seen["stat_tp"]) > 0
    assert {"date", "sub_event_type", "actor1", "country", "attribution"} <= seen["field_wrong"]
