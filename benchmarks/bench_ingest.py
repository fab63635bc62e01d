#!/usr/bin/env python3
"""Benchmark `sitrep ingest` end to end (see benchmarks/README.md).

    .venv/bin/python benchmarks/bench_ingest.py [--corpus FILE.jsonl] [-n 2000] [--profile-sample 100]

Measures, on a corpus from make_corpus.py (generated into bench-out/ unless --corpus is given):
  cold start     wall time of `sitrep ingest` on a one-article file into a fresh DB (process start to done)
  1 process      one `sitrep ingest` over the whole corpus: articles/s over the wall time
  2 processes    two `sitrep ingest` subprocesses at once, each on half the corpus, each into its own DB
  peak RSS       per process from wait4() (ru_maxrss), and the largest sum over concurrent processes
                 from polling /proc/PID/status every 20 ms
  components     share of pipeline time per module under sitrep/components/ and sitrep/gazetteer/,
                 from cProfile over an in-process sample (first article processed before, to load models)
Prints a Markdown table (with the machine) for the README and writes bench-out/bench_ingest.json.
Targets (reported, not asserted): >= 50 articles/s on 2 cores, peak RSS <= 1.5 GB.
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(Path(__file__).resolve().parent))

import make_corpus  # noqa: E402  (sibling script)
import profile_components  # noqa: E402

TARGET_RATE = 50.0
TARGET_RSS_MB = 1536.0


# --- the machine -------------------------------------------------------------------------

def machine() -> dict[str, Any]:
    cpu = ram_kb = None
    try:
        cpu = next((line.split(":", 1)[1].strip() for line in Path("/proc/cpuinfo").read_text().splitlines()
                    if line.startswith("model name")), None)
        ram_kb = next((int(line.split()[1]) for line in Path("/proc/meminfo").read_text().splitlines()
                       if line.startswith("MemTotal:")), None)
    except OSError:
        pass
    return {"nproc": len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count(),
            "cpu": cpu or platform.processor() or "unknown", "ram_gb": round(ram_kb / 1048576, 1) if ram_kb else None,
            "python": platform.python_version(), "platform": platform.platform()}


# --- running sitrep ingest ---------------------------------------------------------------

def sitrep_command() -> list[str]:
    exe = Path(sys.executable).with_name("sitrep")
    if exe.exists():
        return [str(exe)]
    return [sys.executable, "-c", "import sys; from sitrep.cli import main; sys.exit(main())"]


def _rss_kb(pid: int) -> int:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    except OSError:
        pass
    return 0


def run_ingests(jobs: list[tuple[Path, Path]], logs: Path) -> dict[str, Any]:
    """Start one `sitrep ingest FILE --db DB` per job at once; wall time and memory until all are done."""
    cmd = sitrep_command()
    t0 = time.perf_counter()
    procs = {}
    for n, (corpus, db) in enumerate(jobs):
        log = (logs / f"ingest-{db.stem}-{n}.log").open("w")
        p = subprocess.Popen(cmd + ["ingest", str(corpus), "--db", str(db)], stdout=log, stderr=subprocess.STDOUT)
        procs[p.pid] = (p, log)
    peaks, codes, peak_sum = {}, {}, 0
    while len(codes) < len(procs):
        peak_sum = max(peak_sum, sum(_rss_kb(pid) for pid in procs if pid not in codes))
        for pid, (p, log) in procs.items():
            if pid in codes:
                continue
            done, status, usage = os.wait4(pid, os.WNOHANG)
            if done:
                p.returncode = codes[pid] = os.waitstatus_to_exitcode(status)
                peaks[pid] = usage.ru_maxrss  # KB on Linux
                log.close()
        time.sleep(0.02)
    wall = time.perf_counter() - t0
    failed = [p.args for p, _ in procs.values() if p.returncode]
    if failed:
        raise RuntimeError(f"sitrep ingest failed (see {logs}): {failed}")
    return {"wall_seconds": wall, "peak_rss_mb_per_process": [round(peaks[pid] / 1024, 1) for pid in procs],
            "peak_rss_mb_sum": round(peak_sum / 1024, 1)}


def split(corpus: Path, parts: int, out_dir: Path) -> list[Path]:
    """Alternate lines across parts, so each gets the same language mix."""
    lines = corpus.read_text(encoding="utf-8").splitlines(keepends=True)
    paths = []
    for k in range(parts):
        path = out_dir / f"{corpus.stem}.part{k + 1}.jsonl"
        path.write_text("".join(lines[k::parts]), encoding="utf-8")
        paths.append(path)
    return paths


# --- the in-process profile --------------------------------------------------------------

def profile_sample(corpus: Path, k: int) -> dict[str, Any]:
    from sitrep.ingest import ReadError, read_inputs
    from sitrep.pipeline import process_article

    sample = []
    for item in read_inputs([corpus]):
        if not isinstance(item, ReadError):
            sample.append(item)
        if len(sample) > k:
            break
    process_article(sample[0])  # models load on first use: keep that out of the shares
    return profile_components.profile(process_article, sample[1:])


# --- report ------------------------------------------------------------------------------

def markdown(r: dict[str, Any]) -> str:
    m, one, two = r["machine"], r["one_process"], r["two_processes"]
    lines = [
        f"Machine: {m['nproc']} CPUs ({m['cpu']}), {m['ram_gb']} GB RAM, Python {m['python']}",
        f"Corpus: {r['corpus']['articles']} articles, {r['corpus']['mean_chars']:.0f} characters on average "
        f"(benchmarks/make_corpus.py, seed {r['corpus'].get('seed', '-')})",
        "",
        "| measure | value | target |",
        "|---|---:|---:|",
        f"| cold start (process start to first article stored) | {r['cold_start_seconds']:.2f} s | |",
        f"| throughput, 1 process | {one['articles_per_second']:.1f} articles/s | |",
        f"| throughput, 2 processes | {two['articles_per_second']:.1f} articles/s | ≥ {TARGET_RATE:.0f} |",
        f"| peak RSS, 1 process | {max(one['peak_rss_mb_per_process']):.0f} MB | |",
        f"| peak RSS, 2 processes (sum) | {two['peak_rss_mb_sum']:.0f} MB | ≤ {TARGET_RSS_MB:.0f} MB |",
    ]
    prof = r.get("profile")
    if prof:
        lines += ["", f"Pipeline time by component (cProfile over {prof['articles']} articles; time in libraries "
                      "is charged to the sitrep code that called it):", "",
                  "| component | share |", "|---|---:|"]
        lines += [f"| {row['component']} | {100 * row['share']:.1f} % |" for row in prof["components"]
                  if row["share"] >= 0.001]
    return "\n".join(lines) + "\n"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", type=Path, help="JSONL articles (default: generate bench-out/corpus.jsonl)")
    ap.add_argument("-n", type=int, default=2000, help="articles to generate when --corpus is not given")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--profile-sample", type=int, default=100, help="articles to profile in-process (0: skip)")
    ap.add_argument("--out-dir", type=Path, default=REPO / "bench-out")
    a = ap.parse_args()
    a.out_dir.mkdir(parents=True, exist_ok=True)
    if subprocess.run(sitrep_command() + ["ingest", "--help"], capture_output=True).returncode != 0:
        print("bench_ingest: `sitrep ingest` is not available", file=sys.stderr)
        return 2

    corpus = a.corpus
    if corpus is None:
        corpus = a.out_dir / "corpus.jsonl"
        make_corpus.main([str(corpus), "-n", str(a.n), "--seed", str(a.seed)])
    lines = corpus.read_text(encoding="utf-8").splitlines()
    texts = [json.loads(line).get("text", "") for line in lines if line.strip()]
    n = len(texts)
    result: dict[str, Any] = {
        "machine": machine(),
        "corpus": {"path": str(corpus), "articles": n, "mean_chars": sum(map(len, texts)) / max(1, n),
                   **({"seed": a.seed} if a.corpus is None else {})},
        "command": sitrep_command() + ["ingest"],
    }
    with tempfile.TemporaryDirectory(prefix="sitrep-bench-") as tmp:
        work = Path(tmp)
        first = work / "first.jsonl"
        first.write_text(lines[0] + "\n", encoding="utf-8")
        print("bench_ingest: cold start …", file=sys.stderr)
        result["cold_start_seconds"] = run_ingests([(first, work / "cold.db")], work)["wall_seconds"]
        print(f"bench_ingest: 1 process, {n} articles …", file=sys.stderr)
        one = run_ingests([(corpus, work / "one.db")], work)
        one["articles_per_second"] = n / one["wall_seconds"]
        result["one_process"] = one
        print("bench_ingest: 2 processes …", file=sys.stderr)
        two = run_ingests([(part, work / f"two-{k}.db") for k, part in enumerate(split(corpus, 2, work))], work)
        two["articles_per_second"] = n / two["wall_seconds"]
        result["two_processes"] = two
        for log in work.glob("*.log"):  # keep the ingest summaries (read/new/errors) next to the results
            shutil.copy(log, a.out_dir / log.name)
    if a.profile_sample > 0:
        print(f"bench_ingest: profiling {a.profile_sample} articles in-process …", file=sys.stderr)
        result["profile"] = profile_sample(corpus, a.profile_sample)
    result["targets"] = {"articles_per_second_2_processes": TARGET_RATE, "peak_rss_mb": TARGET_RSS_MB,
                         "met": {"rate": result["two_processes"]["articles_per_second"] >= TARGET_RATE,
                                 "rss": result["two_processes"]["peak_rss_mb_sum"] <= TARGET_RSS_MB}}
    out = a.out_dir / "bench_ingest.json"
    out.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    sys.stdout.write(markdown(result))
    print(f"bench_ingest: results in {out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
