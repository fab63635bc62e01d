"""Reliability of `confidence`: does a prediction given 0.8 turn out strict-correct about 80% of the time?

Each prediction falls in a confidence bin and counts as strict-correct when it is paired with a
required gold event with date, sub-event type, actor1 and location right. Predictions paired with
an optional gold event are left out: the scorer neither rewards nor penalises them."""
from __future__ import annotations

from typing import Any

from sitrep.evaluate import DocScore


def reliability(docs: list[DocScore], bins: int = 10) -> dict[str, Any]:
    rows = [{"lo": i / bins, "hi": (i + 1) / bins, "n": 0, "conf_sum": 0.0, "strict": 0, "detect": 0}
            for i in range(bins)]
    without_confidence = 0
    for d in docs:
        by_pred = {pr.pred: pr for pr in d.pairs}
        for i, p in enumerate(d.pred):
            pr = by_pred.get(i)
            if pr is not None and d.gold[pr.gold].get("optional"):
                continue
            conf = p.get("confidence")
            if not isinstance(conf, (int, float)) or isinstance(conf, bool):
                without_confidence += 1
                continue
            row = rows[min(bins - 1, max(0, int(float(conf) * bins)))]  # 1.0 goes in the top bin
            row["n"] += 1
            row["conf_sum"] += float(conf)
            row["detect"] += pr is not None
            row["strict"] += pr is not None and pr.strict
    total = sum(r["n"] for r in rows)
    out_rows, ece = [], 0.0
    for r in rows:
        mean = r["conf_sum"] / r["n"] if r["n"] else None
        acc = r["strict"] / r["n"] if r["n"] else None
        if r["n"]:
            ece += r["n"] / total * abs(mean - acc)
        out_rows.append({"bin": [round(r["lo"], 3), round(r["hi"], 3)], "n": r["n"], "mean_confidence": mean,
                         "strict_correct": acc, "detected": r["detect"] / r["n"] if r["n"] else None})
    return {"bins": out_rows, "predictions": total, "without_confidence": without_confidence,
            "ece": ece if total else None}
