"""Share of pipeline time per sitrep component, from a cProfile run.

cProfile gives each function's own time and its caller edges, not whole stacks. Time spent outside
sitrep (spaCy, regex, sqlite, ...) is handed up to the sitrep functions that called it, split in
proportion to the time each caller edge accounts for (the gprof approximation). A function's owner is
its module: `components/<name>`, `gazetteer/<name>`, `lang`, or `sitrep/<module>` for the rest."""
from __future__ import annotations

import cProfile
import pstats
import sys
from pathlib import Path
from time import perf_counter
from typing import Any, Callable, Iterable

OUTSIDE = "(outside sitrep)"
FuncKey = tuple[str, int, str]


def _package_dir() -> Path:
    import sitrep

    return Path(sitrep.__file__).resolve().parent


PACKAGE = _package_dir()


def owner(filename: str) -> str | None:
    try:
        rel = Path(filename).resolve().relative_to(PACKAGE).parts
    except (ValueError, OSError):  # not sitrep's code (or a built-in like "~")
        return None
    if rel[0] in ("components", "gazetteer") and len(rel) > 1:
        return f"{rel[0]}/{Path(rel[-1]).stem}"
    if rel[0] == "lang":
        return "lang"
    return f"sitrep/{Path(rel[0]).stem}"


def attribute(stats: dict[FuncKey, tuple]) -> dict[str, float]:
    """Seconds of own time per owner, foreign time apportioned to sitrep callers."""
    memo: dict[FuncKey, dict[str, float]] = {}
    visiting: set[FuncKey] = set()

    def owners(f: FuncKey) -> dict[str, float]:
        if f in memo:
            return memo[f]
        own = owner(f[0])
        if own:
            return memo.setdefault(f, {own: 1.0})
        if f in visiting:  # recursion in foreign code: stop here
            return {OUTSIDE: 1.0}
        visiting.add(f)
        callers = stats[f][4] if f in stats else {}
        weights = {c: edge[3] for c, edge in callers.items()}
        total = sum(weights.values())
        if not callers:
            res = {OUTSIDE: 1.0}
        else:
            res: dict[str, float] = {}
            for c, w in weights.items():
                share = w / total if total else 1.0 / len(weights)
                for g, frac in owners(c).items():
                    res[g] = res.get(g, 0.0) + share * frac
        visiting.discard(f)
        memo[f] = res
        return res

    old_limit = sys.getrecursionlimit()
    sys.setrecursionlimit(max(old_limit, 20000))  # caller chains in spaCy can be deep
    try:
        seconds: dict[str, float] = {}
        for f, (_cc, _nc, tt, _ct, _callers) in stats.items():
            for g, frac in owners(f).items():
                seconds[g] = seconds.get(g, 0.0) + tt * frac
    finally:
        sys.setrecursionlimit(old_limit)
    return seconds


def profile(process: Callable[[Any], Any], items: Iterable[Any]) -> dict[str, Any]:
    """Run `process` over items under cProfile; per-owner seconds and shares."""
    items = list(items)
    prof = cProfile.Profile()
    t0 = perf_counter()
    prof.enable()
    for item in items:
        process(item)
    prof.disable()
    wall = perf_counter() - t0
    seconds = attribute(pstats.Stats(prof).stats)  # type: ignore[attr-defined]
    total = sum(seconds.values()) or 1.0
    rows = sorted(({"component": g, "seconds": s, "share": s / total} for g, s in seconds.items()),
                  key=lambda r: -r["seconds"])
    return {"articles": len(items), "wall_seconds_profiled": wall, "components": rows}
