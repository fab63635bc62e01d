#!/usr/bin/env python3
"""Sitrep's Arabic pipeline on the openeventdata arabic_event_gsr ASSAULT corpus (MIT licence).

    .venv/bin/python scripts/arabic_gsr.py [DATA_DIR] [--json] [--errors N]

DATA_DIR holds assault_gsr.csv and assault_spans.json (default: ../shared/data/arabic_event_gsr
beside the repository root). Each sentence is processed as a one-sentence Arabic article, in-process.

Two numbers:
  1. Sentence-level assault detection P/R/F1. Gold "yes" = label "yes"; "easy no" and "difficult no"
     are negatives; "ambiguous" is left out. Sitrep says "yes" when it finds a violent event in the
     sentence: an event frame of type Battles, Explosions/Remote violence, Violence against civilians
     or Riots, strong enough to stand alone (strength >= merge.MIN_ALONE: not a mere definite reference
     such as "الهجوم") and anchored (a place, a day the text gives, a casualty count or a named actor:
     Frame.anchored). Frames are read after `assemble`, before the merge step drops frames that have no
     place: a one-sentence wire extract often names no place, yet the event is there. The share
     of "yes" sentences that also become emitted (geolocated) events is reported beside it.
  2. Actor overlap: over sentences both gold and sitrep call "yes" and for which the annotators
     marked a source or a target, the share where sitrep's actor1 shares a word with the gold
     source span or its actor2 shares a word with the gold target span (words compared folded,
     without clitics and article).
"""
from __future__ import annotations

import argparse
import csv
import json
import re
import sys
import time
from pathlib import Path

from sitrep.components.assemble import default_victims
from sitrep.components.merge import MIN_ALONE
from sitrep.model import Article
from sitrep.pipeline import run_with_frames
from sitrep.text import fold_str

REPO = Path(__file__).resolve().parents[1]
DEFAULT_DIR = REPO.parent / "shared" / "data" / "arabic_event_gsr"
VIOLENT = {"Battles", "Explosions/Remote violence", "Violence against civilians", "Riots"}
_STOP = {"في", "من", "الي", "علي", "عن", "و", "بين", "بينهم", "مع"}


def _words(text: str) -> set[str]:
    out = set()
    for w in re.findall(r"\w+", fold_str(text)):
        w = re.sub(r"^(?:[وف]?[بك]?ال|[وف]?لل)", "", w) if len(w) > 4 else w
        if len(w) >= 2 and w not in _STOP and not w.isdigit():
            out.add(w)
    return out


def run_sentence(text: str):
    """(violent frames, emitted violent events, doc) for one sentence."""
    doc, frames = run_with_frames(Article(id="s", text=text, language="ar"))
    violent = [f for f in frames if f.event_type in VIOLENT and f.strength >= MIN_ALONE and f.anchored]
    events = [e for e in doc.events if e.event_type in VIOLENT]
    return violent, events, doc


def _span_text(doc, sp) -> str:
    if sp is None or sp.start < 0:
        return ""
    return doc.text[sp.start:sp.end]


def load(data_dir: Path):
    with open(data_dir / "assault_gsr.csv", encoding="utf-8") as fh:
        rows = [r for r in csv.DictReader(fh) if r["label"] != "ambiguous"]
    spans = {}
    with open(data_dir / "assault_spans.json", encoding="utf-8") as fh:
        for rec in json.load(fh):
            src, tgt = set(), set()
            if rec.get("source_gold"):
                src |= _words(rec["source_gold"])
            if rec.get("target_gold"):
                tgt |= _words(rec["target_gold"])
            for s in rec.get("spans") or []:  # every annotator's span counts
                src |= _words(" ".join(s.get("source_actor") or []))
                tgt |= _words(" ".join(s.get("target_actor") or []))
            spans[rec["source"]] = (src, tgt)
    return rows, spans


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("data_dir", nargs="?", type=Path, default=DEFAULT_DIR)
    ap.add_argument("--json", action="store_true", help="machine-readable result on stdout")
    ap.add_argument("--errors", type=int, default=0, metavar="N", help="print N missed and N spurious sentences")
    a = ap.parse_args()
    if not (a.data_dir / "assault_gsr.csv").exists():
        print(f"no assault_gsr.csv in {a.data_dir}", file=sys.stderr)
        return 2
    rows, spans = load(a.data_dir)
    t0 = time.perf_counter()
    tp = fp = fn = tn = 0
    emitted_tp = 0
    etp = efp = efn = 0  # the same with emitted (geolocated) events only
    judged = overlap = a1_hit = a2_hit = 0
    missed, spurious = [], []
    for r in rows:
        gold = r["label"] == "yes"
        violent, events, doc = run_sentence(r["text"])
        pred = bool(violent)
        etp += gold and bool(events)
        efp += (not gold) and bool(events)
        efn += gold and not events
        if gold and pred:
            tp += 1
            emitted_tp += bool(events)
            src, tgt = spans.get(r["id"], (set(), set()))
            if src or tgt:
                judged += 1
                f = violent[0]
                a2 = f.actor2 or default_victims(doc, f)  # the side hit as emitted, defaults included
                w1, w2 = _words(_span_text(doc, f.actor1)), _words(_span_text(doc, a2))
                h1, h2 = bool(w1 & src), bool(w2 & tgt)
                a1_hit += h1
                a2_hit += h2
                overlap += h1 or h2
        elif gold:
            fn += 1
            missed.append(r["text"])
        elif pred:
            fp += 1
            spurious.append((r["label"], violent[0].sub, r["text"]))
        else:
            tn += 1
    secs = time.perf_counter() - t0
    p = tp / (tp + fp) if tp + fp else 0.0
    rec = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * p * rec / (p + rec) if p + rec else 0.0
    ep = etp / (etp + efp) if etp + efp else 0.0
    er = etp / (etp + efn) if etp + efn else 0.0
    ef1 = 2 * ep * er / (ep + er) if ep + er else 0.0
    res = {
        "sentences": len(rows), "tp": tp, "fp": fp, "fn": fn, "tn": tn,
        "precision": round(p, 3), "recall": round(rec, 3), "f1": round(f1, 3),
        "emitted_share_of_tp": round(emitted_tp / tp, 3) if tp else 0.0,
        "events_precision": round(ep, 3), "events_recall": round(er, 3), "events_f1": round(ef1, 3),
        "overlap_judged": judged, "actor_overlap": round(overlap / judged, 3) if judged else 0.0,
        "actor1_source_overlap": round(a1_hit / judged, 3) if judged else 0.0,
        "actor2_target_overlap": round(a2_hit / judged, 3) if judged else 0.0,
        "seconds": round(secs, 1),
    }
    if a.json:
        print(json.dumps(res, ensure_ascii=False, indent=2))
    else:
        print(f"arabic_event_gsr ASSAULT: {len(rows)} sentences (ambiguous excluded), {secs:.1f}s")
        print(f"detection  P {p:.3f} R {rec:.3f} F1 {f1:.3f}  (tp {tp} fp {fp} fn {fn} tn {tn})")
        print(f"           {res['emitted_share_of_tp']:.0%} of detected 'yes' sentences also give a geolocated event;"
              f" emitted events only: P {ep:.3f} R {er:.3f} F1 {ef1:.3f}")
        print(f"actors     overlap {res['actor_overlap']:.1%} of {judged} detected 'yes' sentences with gold spans "
              f"(actor1~source {res['actor1_source_overlap']:.1%}, actor2~target {res['actor2_target_overlap']:.1%})")
    for t in missed[: a.errors]:
        print("MISSED  ", t, file=sys.stderr)
    for lab, sub, t in spurious[: a.errors]:
        print(f"SPURIOUS [{lab}] {sub}: {t}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
