"""The error list of `sitrep eval --errors`: each missed gold event, each spurious prediction and
each wrong field of a paired event, with the prediction's evidence sentences so a reader can see
why sitrep said what it said."""
from __future__ import annotations

import math
import re
from typing import Any

from sitrep.evaluate import DocScore, Pair, as_list, loc_distance, tolerance_km

# sentence ends for fr/en/ar: . ! ? … and the Arabic question mark, or a line break
_SENTENCE_END = re.compile(r"[.!?…؟](?=\s)|\n")


def sentence_around(text: str, start: int, end: int) -> str:
    """The sentence(s) of `text` containing [start, end)."""
    left = 0
    for m in _SENTENCE_END.finditer(text, 0, start):
        left = m.end()
    m = _SENTENCE_END.search(text, max(end - 1, left))
    right = m.end() if m else len(text)
    return text[left:right].strip()


def evidence_sentences(pred: dict, text: str) -> list[str]:
    out: list[str] = []
    for ev in pred.get("evidence") or []:
        start, end = ev.get("start"), ev.get("end")
        if text and isinstance(start, int) and isinstance(end, int) and 0 <= start <= end <= len(text):
            s = sentence_around(text, start, end)
        else:  # offsets unusable: fall back to the slice the prediction quotes
            s = str(ev.get("text") or "").strip()
        if s and s not in out:
            out.append(s)
    return out


def _names(v: Any) -> str:
    return " | ".join(str(x) for x in as_list(v)) or "-"


def _actor(a: Any) -> str:
    if not a:
        return "-"
    if isinstance(a, str):
        return a
    text = f" ({a['text']})" if isinstance(a.get("text"), str) and a["text"].strip() else ""
    return _names(a.get("name")) + text


def _place(ev: dict) -> str:
    loc = ev.get("location") or {}
    where = _names(loc.get("name"))
    if loc.get("lat") is not None and loc.get("lon") is not None:
        where += f" ({float(loc['lat']):.3f}, {float(loc['lon']):.3f})"
    return f"{where} {_names(loc.get('country'))}"


def _date(ev: dict) -> str:
    tol = ev.get("date_tolerance_days")
    return f"{ev.get('event_date')}" + (f" ±{tol}d" if tol else "")


def field_values(name: str, p: dict, g: dict) -> tuple[str, str]:
    """(predicted, gold) as short strings for one field."""
    if name == "date":
        return str(p.get("event_date")), _date(g)
    if name in ("event_type", "sub_event_type"):
        return str(p.get(name)), _names(g.get(name))
    if name in ("actor1", "actor2"):
        return _actor(p.get(name)), _names((g.get(name) or {}).get("name"))
    if name == "location":
        d = loc_distance(p, g)
        dist = "" if d is None else (" no coordinates" if d == math.inf else f" {d:.0f} km away")
        return _place(p) + dist, _place(g) + f" within {tolerance_km(g):g} km"
    if name == "country":
        return _names((p.get("location") or {}).get("country")), _names((g.get("location") or {}).get("country"))
    if name == "weapons":
        return _names(p.get("weapons")), _names(g.get("weapons"))
    if name == "attribution":
        return str((p.get("attribution") or {}).get("status")), _names((g.get("attribution") or {}).get("status"))
    return str(p.get(name)), str(g.get(name))


def _wrong(d: DocScore, pr: Pair) -> dict[str, Any]:
    p, g = d.pred[pr.pred], d.gold[pr.gold]
    fields = []
    for k, ok in pr.checks.items():
        if not ok:
            pv, gv = field_values(k, p, g)
            fields.append({"field": k, "predicted": pv, "gold": gv})
    return {"doc": d.name, "kind": "wrong", "pred_id": p.get("id"), "gold_index": pr.gold,
            "strict": pr.strict, "fields": fields, "evidence": evidence_sentences(p, d.text)}


def doc_errors(d: DocScore) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    if d.failed:
        out.append({"doc": d.name, "kind": "failed", "error": d.error})
    for j in d.missed():
        g = d.gold[j]
        out.append({"doc": d.name, "kind": "missed", "gold_index": j, "date": _date(g),
                    "sub_event_type": _names(g.get("sub_event_type")), "location": _place(g)})
    for i in d.spurious():
        p = d.pred[i]
        out.append({"doc": d.name, "kind": "spurious", "pred_id": p.get("id"), "date": p.get("event_date"),
                    "sub_event_type": p.get("sub_event_type"), "location": _place(p),
                    "evidence": evidence_sentences(p, d.text)})
    for pr in d.scored_pairs():
        if not all(pr.checks.values()):
            out.append(_wrong(d, pr))
    for pr in d.optional_pairs():
        p, g = d.pred[pr.pred], d.gold[pr.gold]
        if g.get("event_date") is None and p.get("event_date"):
            out.append({"doc": d.name, "kind": "invented_date", "pred_id": p.get("id"), "gold_index": pr.gold,
                        "date": p.get("event_date"), "location": _place(g),
                        "evidence": evidence_sentences(p, d.text)})
    for j in d.stat_missed:
        s = (d.gold_doc.get("statistics") or [])[j]
        out.append({"doc": d.name, "kind": "missed_statistic", "gold_index": j, "count": s.get("count"),
                    "qualifier": s.get("qualifier"), "description": s.get("description")})
    for i in d.stat_spurious:
        s = (d.pred_doc.get("statistics") or [])[i]
        out.append({"doc": d.name, "kind": "spurious_statistic", "pred_id": s.get("id"), "count": s.get("count"),
                    "qualifier": s.get("qualifier"), "evidence": evidence_sentences(s, d.text)})
    return out


def errors(docs: list[DocScore]) -> list[dict[str, Any]]:
    return [e for d in docs for e in doc_errors(d)]
