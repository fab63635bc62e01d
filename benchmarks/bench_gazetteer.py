"""Gazetteer benchmark: build time, cache load time, lookups/s, RSS.

    .venv/bin/python benchmarks/bench_gazetteer.py [--data-dir DIR] [--skip-build]

Builds into a temporary data dir (or DIR) so the user's cache is untouched, then loads the
cache in a fresh process (what `get_gazetteer()` costs at start-up) and times lookups over
the toponym gold queries (with their contexts) plus a misspelt/unknown share.
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT / "eval" / "toponyms" / "toponyms.tsv"


def rss_mb() -> float:
    # Current RSS from /proc (Linux); falls back to the peak.
    try:
        with open("/proc/self/status") as f:
            for line in f:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def child(data_dir: str) -> None:
    """Runs in a fresh interpreter: load from cache, then time lookups."""
    os.environ["SITREP_DATA_DIR"] = data_dir
    base = rss_mb()
    t0 = time.perf_counter()
    from sitrep.gazetteer import get_gazetteer
    from sitrep.gazetteer.context import context_hints
    gaz = get_gazetteer()
    load_s = time.perf_counter() - t0
    rss_loaded = rss_mb()
    from sitrep.gazetteer.evaluate import read_gold
    rows = read_gold(GOLD)
    queries = []
    for r in rows:
        countries, kind = context_hints(r["context"], r["query"], gaz)
        queries.append((r["query"], countries, kind))
    # A realistic share of misses: typos and unknown words go through skeleton + fuzzy search.
    queries += [(q[0][::-1], [], None) for q in queries[:40]] + [(q[0] + "x", [], None) for q in queries[:40]]
    n = 0
    t0 = time.perf_counter()
    while time.perf_counter() - t0 < 3.0:
        for q, cc, kind in queries:
            gaz.geocode(q, countries=cc, kind_hint=kind)
            n += 1
    geo_rate = n / (time.perf_counter() - t0)
    names = [q for q, _, _ in queries]
    n = 0
    t0 = time.perf_counter()
    while time.perf_counter() - t0 < 1.0:
        for q in names:
            gaz.is_name(q)
            n += 1
    is_name_rate = n / (time.perf_counter() - t0)
    print(json.dumps({"load_s": round(load_s, 3), "rss_before_mb": round(base, 1), "rss_loaded_mb": round(rss_loaded, 1),
                      "rss_after_lookups_mb": round(rss_mb(), 1), "geocode_per_s": round(geo_rate),
                      "is_name_per_s": round(is_name_rate), "entries": len(gaz), "queries": len(queries)}))


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--data-dir")
    ap.add_argument("--skip-build", action="store_true", help="reuse the cache already in --data-dir")
    ap.add_argument("--child", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        child(args.child)
        return 0
    data_dir = args.data_dir or tempfile.mkdtemp(prefix="sitrep-bench-")
    os.environ["SITREP_DATA_DIR"] = data_dir
    result: dict = {"data_dir": data_dir}
    if not args.skip_build:
        from sitrep.gazetteer.build import cache_path, load_or_build
        t0 = time.perf_counter()
        idx = load_or_build(Path(data_dir), force=True)
        result["build_s"] = round(time.perf_counter() - t0, 1)
        result["build_peak_rss_mb"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)
        result["cache_mb"] = round(cache_path(Path(data_dir)).stat().st_size / 1e6, 1)
        result["keys"] = len(idx["keys"])
    out = subprocess.run([sys.executable, __file__, "--child", data_dir], capture_output=True, text=True, check=True)
    result.update(json.loads(out.stdout.strip().splitlines()[-1]))
    print(json.dumps(result, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
