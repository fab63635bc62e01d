"""Assemble `sitrep eval` results into one dict (the `--json` output) and render it as text.

The top level carries exactly the keys of `score.py --json` (documents, failed_documents, detect,
strict, fields, statistics, invented_dates) with the same values; the rest is added alongside."""
from __future__ import annotations

from typing import Any, Optional

from sitrep.evaluate import FIELDS, DocScore, totals
from sitrep.evaluation.calibration import reliability
from sitrep.evaluation.confusion import confusion
from sitrep.evaluation.errors import errors


def build_report(docs: list[DocScore], *, by_language: bool = False, with_reliability: bool = False,
                 with_errors: bool = False, published: Optional[str] = "gold") -> dict[str, Any]:
    report = totals(docs).summary()
    report["published"] = published  # "gold" (each doc's meta.published), "none", or the forced date
    report["confusion"] = confusion(docs)
    if by_language:
        langs = sorted({d.language for d in docs})
        report["by_language"] = {lang: totals([d for d in docs if d.language == lang]).summary() for lang in langs}
    if with_reliability:
        report["reliability"] = reliability(docs)
    if with_errors:
        report["errors"] = errors(docs)
    return report


def _f(v: Optional[float], digits: int = 3) -> str:
    return "-" if v is None else f"{v:.{digits}f}"


def render_summary(s: dict[str, Any], indent: str = "") -> list[str]:
    d, st, sa = s["detect"], s["strict"], s["statistics"]
    return [
        f"{indent}documents {s['documents']} (failed {s['failed_documents']})",
        f"{indent}events  detect P {d['p']:.3f} R {d['r']:.3f} F1 {d['f1']:.3f}  (tp {d['tp']} fp {d['fp']} fn {d['fn']})",
        f"{indent}events  strict P {st['p']:.3f} R {st['r']:.3f} F1 {st['f1']:.3f}  (tp {st['tp']})",
        f"{indent}fields  " + ("  ".join(f"{k} {s['fields'][k]:.2f}" for k in FIELDS
                                         if s["fields"].get(k) is not None) or "(no paired events)"),
        f"{indent}stats   P {sa['p']:.3f} R {sa['r']:.3f} F1 {sa['f1']:.3f}   invented dates {s['invented_dates']}",
    ]


def render_confusion(table: dict[str, dict[str, int]]) -> list[str]:
    if not table:
        return ["sub-event confusion: no paired events"]
    labels = sorted(set(table) | {p for row in table.values() for p in row})
    width = max(len(x) for x in labels)
    lines = ["sub-event confusion (rows gold, columns predicted):"]
    lines += [f"  [{i}] {name}" for i, name in enumerate(labels, 1)]
    lines.append("  " + " " * (width + 6) + "".join(f"{f'[{i}]':>6}" for i in range(1, len(labels) + 1)))
    for i, g in enumerate(labels, 1):
        if g not in table:
            continue
        cells = "".join(f"{table[g].get(p, 0) or '.':>6}" for p in labels)
        lines.append(f"  [{i}] {g:<{width}} " + cells)
    return lines


def render_reliability(r: dict[str, Any]) -> list[str]:
    lines = [f"reliability ({r['predictions']} predictions with a confidence, {r['without_confidence']} without;"
             f" ECE {_f(r['ece'])}):",
             "  | confidence | n | mean conf | strict-correct | detected |",
             "  |---|---:|---:|---:|---:|"]
    for b in r["bins"]:
        lo, hi = b["bin"]
        lines.append(f"  | {lo:.1f}-{hi:.1f} | {b['n']} | {_f(b['mean_confidence'], 2)} | "
                     f"{_f(b['strict_correct'], 2)} | {_f(b['detected'], 2)} |")
    return lines


def render_error(e: dict[str, Any]) -> list[str]:
    kind, head = e["kind"], f"  {e['doc']}:"
    if kind == "failed":
        return [f"{head} FAILED {e['error']}"]
    if kind == "missed":
        return [f"{head} MISSED gold#{e['gold_index']} {e['date']} {e['sub_event_type']} at {e['location']}"]
    if kind == "missed_statistic":
        return [f"{head} MISSED statistic gold#{e['gold_index']} {e['qualifier']} {e['count']}"
                + (f" ({e['description']})" if e.get("description") else "")]
    if kind == "spurious":
        lines = [f"{head} SPURIOUS {e['pred_id']} {e['date']} {e['sub_event_type']} at {e['location']}"]
    elif kind == "spurious_statistic":
        lines = [f"{head} SPURIOUS statistic {e['pred_id']} {e['qualifier']} {e['count']}"]
    elif kind == "invented_date":
        lines = [f"{head} INVENTED DATE {e['pred_id']} gave {e['date']} to undated gold#{e['gold_index']}"
                 f" at {e['location']}"]
    else:
        lines = [f"{head} WRONG {e['pred_id']} <-> gold#{e['gold_index']}" + ("" if e["strict"] else " (not strict)")]
        lines += [f"      {f['field']}: predicted {f['predicted']}; gold {f['gold']}" for f in e["fields"]]
    lines += [f"      > {line.strip()}" for s in e.get("evidence") or [] for line in s.splitlines() if line.strip()]
    return lines


def render_text(report: dict[str, Any]) -> str:
    lines = render_summary(report)
    if report.get("published") not in (None, "gold"):
        lines.append(f"(publication dates: {report['published']})")
    for lang, s in (report.get("by_language") or {}).items():
        lines.append("")
        lines.append(f"[{lang}]")
        lines += render_summary(s, indent="  ")
    lines.append("")
    lines += render_confusion(report["confusion"])
    if "reliability" in report:
        lines.append("")
        lines += render_reliability(report["reliability"])
    if "errors" in report:
        lines.append("")
        lines.append(f"errors ({len(report['errors'])}):")
        for e in report["errors"]:
            lines += render_error(e)
    return "\n".join(lines) + "\n"
