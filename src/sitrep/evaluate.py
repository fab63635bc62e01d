"""Scoring of predicted events and statistics against gold (docs/SPEC.md section 4).

This is the algorithm of the reference scorer `../shared/tools/score.py`, reimplemented
here because users of `sitrep eval` do not have that file. Its numbers must agree exactly
with score.py, so every rule below deliberately mirrors it (same normalisation, same greedy
pairing order, same PRF edge cases); tests/test_eval_agreement.py checks that they do.
Documents are plain dicts in the SPEC section 1 shape (predictions) and section 3 shape (gold).
"""
from __future__ import annotations

import math
import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date
from typing import Any, Optional

FIELDS = ("date", "event_type", "sub_event_type", "actor1", "actor2", "location", "country", "weapons", "attribution")
STRICT_FIELDS = ("date", "sub_event_type", "actor1", "location")
DEFAULT_TOLERANCE_KM = 25.0


# --- value helpers -----------------------------------------------------------------------

def as_list(v: Any) -> list:
    if v is None:
        return []
    return v if isinstance(v, list) else [v]


def norm(s: Any) -> str:
    """Name normalisation: strip accents, casefold, drop parentheses and a leading article."""
    s = unicodedata.normalize("NFKD", str(s))
    s = "".join(c for c in s if not unicodedata.combining(c)).casefold()
    s = re.sub(r"\(.*?\)", " ", s)
    s = re.sub(r"^(the|les?|la|l')\s+", "", s.strip())
    return re.sub(r"[^\w]+", " ", s).strip()


def km(a_lat: float, a_lon: float, b_lat: float, b_lon: float) -> float:
    """Great-circle distance (haversine, mean Earth radius)."""
    p1, p2 = math.radians(a_lat), math.radians(b_lat)
    dp, dl = p2 - p1, math.radians(b_lon - a_lon)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(h)))


def parse_day(s: Any) -> Optional[date]:
    if not s:
        return None
    try:
        return date.fromisoformat(str(s)[:10])
    except ValueError:
        return None


def in_list(value: Any, accepted: Any) -> bool:
    """A gold string field may be a list of acceptable values; an absent one accepts anything."""
    accepted = as_list(accepted)
    return not accepted or value in accepted


# --- field checks ------------------------------------------------------------------------

def actor_names(a: Any) -> list:
    """Names a predicted actor answers to: its catalogue name(s) plus the article's words."""
    if not a:
        return []
    if isinstance(a, str):
        return [a]
    return as_list(a.get("name")) + ([a["text"]] if isinstance(a.get("text"), str) else [])


def actor_ok(pred_actor: Any, gold_actor: Any) -> bool:
    gold = {norm(n) for n in as_list((gold_actor or {}).get("name")) if n}
    if not gold:
        return True
    pred = {norm(n) for n in actor_names(pred_actor) if n}
    return bool(gold & pred)


def date_ok(p: dict, g: dict) -> bool:
    gd = parse_day(g.get("event_date"))
    pd = parse_day(p.get("event_date"))
    if gd is None:  # an undated gold event wants no date, not a guessed one
        return pd is None
    if pd is None:
        return False
    return abs((pd - gd).days) <= int(g.get("date_tolerance_days") or 0)


def loc_distance(p: dict, g: dict) -> Optional[float]:
    """km between predicted and gold places; None when gold has no place, inf when the prediction has none."""
    gl, pl = g.get("location") or {}, p.get("location") or {}
    if gl.get("lat") is None:
        return None
    if pl.get("lat") is None or pl.get("lon") is None:
        return math.inf
    return km(float(pl["lat"]), float(pl["lon"]), float(gl["lat"]), float(gl["lon"]))


def tolerance_km(g: dict) -> float:
    return float((g.get("location") or {}).get("tolerance_km") or DEFAULT_TOLERANCE_KM)


def country_ok(p: dict, g: dict) -> bool:
    allowed = as_list((g.get("location") or {}).get("country"))
    if not allowed or None in allowed:
        return True
    return ((p.get("location") or {}).get("country") or "").upper() in {c.upper() for c in allowed}


def location_ok(p: dict, g: dict) -> bool:
    d = loc_distance(p, g)
    if d is None:
        return True
    return d <= tolerance_km(g) and country_ok(p, g)


def field_checks(p: dict, g: dict) -> dict[str, bool]:
    """Per-field verdicts for one pair; actor2, weapons and attribution only when gold gives them."""
    out = {
        "date": date_ok(p, g),
        "event_type": in_list(p.get("event_type"), g.get("event_type")),
        "sub_event_type": in_list(p.get("sub_event_type"), g.get("sub_event_type")),
        "actor1": actor_ok(p.get("actor1"), g.get("actor1")),
        "location": location_ok(p, g),
        "country": country_ok(p, g),
    }
    if g.get("actor2"):
        out["actor2"] = actor_ok(p.get("actor2"), g.get("actor2"))
    if g.get("weapons"):
        out["weapons"] = bool(set(as_list(p.get("weapons"))) & set(as_list(g.get("weapons"))))
    if (g.get("attribution") or {}).get("status"):
        out["attribution"] = in_list((p.get("attribution") or {}).get("status"), g["attribution"]["status"])
    return out


# --- pairing -----------------------------------------------------------------------------

def compatible(p: dict, g: dict) -> bool:
    """May p and g be paired at all: same place (country and distance), or same date and type when gold has no place."""
    if (g.get("location") or {}).get("lat") is not None:
        return location_ok(p, g)
    return date_ok(p, g) and in_list(p.get("event_type"), g.get("event_type"))


@dataclass(frozen=True)
class Pair:
    pred: int  # index into the predicted events
    gold: int  # index into the gold events
    checks: dict[str, bool]

    @property
    def strict(self) -> bool:
        return all(self.checks[k] for k in STRICT_FIELDS)


def pair_events(pred: list[dict], gold: list[dict]) -> list[Pair]:
    """Greedy one-to-one pairing, best similarity first: number of right fields, minus km/1000 as tie-break.

    The sort is stable, so equal scores keep (pred, gold) index order, exactly as score.py."""
    cands = []
    for i, p in enumerate(pred):
        for j, g in enumerate(gold):
            if compatible(p, g):
                checks = field_checks(p, g)
                d = loc_distance(p, g)
                cands.append((sum(checks.values()) - (0 if d in (None, math.inf) else d / 1000.0), i, j, checks))
    cands.sort(key=lambda c: -c[0])
    used_p: set[int] = set()
    used_g: set[int] = set()
    pairs = []
    for _, i, j, checks in cands:
        if i not in used_p and j not in used_g:
            used_p.add(i)
            used_g.add(j)
            pairs.append(Pair(i, j, checks))
    return pairs


def stat_key(s: dict) -> tuple:
    return (s.get("count"), s.get("qualifier"))


def match_statistics(pred: list[dict], gold: list[dict]) -> tuple[list[tuple[int, int]], list[int], list[int]]:
    """Pair statistics on (count, qualifier), gold in order, first unused prediction wins.

    Returns (pairs as (pred index, gold index), missed gold indices, spurious pred indices)."""
    remaining = list(range(len(pred)))
    pairs, missed = [], []
    for gi, gs in enumerate(gold):
        hit = next((pi for pi in remaining if stat_key(pred[pi]) == stat_key(gs)), None)
        if hit is None:
            missed.append(gi)
        else:
            remaining.remove(hit)
            pairs.append((hit, gi))
    return pairs, missed, remaining


# --- one document ------------------------------------------------------------------------

@dataclass
class DocScore:
    """Everything the reports need about one scored document."""

    name: str
    language: str
    pred_doc: dict
    gold_doc: dict
    pairs: list[Pair]
    stat_pairs: list[tuple[int, int]]
    stat_missed: list[int]
    stat_spurious: list[int]
    failed: bool = False
    error: Optional[str] = None
    text: str = ""  # the article text, so reports can quote whole sentences around evidence offsets

    @property
    def pred(self) -> list[dict]:
        return self.pred_doc.get("events") or []

    @property
    def gold(self) -> list[dict]:
        return self.gold_doc.get("events") or []

    def scored_pairs(self) -> list[Pair]:
        """Pairs that count: those with an optional gold event are neither rewarded nor penalised."""
        return [pr for pr in self.pairs if not self.gold[pr.gold].get("optional")]

    def optional_pairs(self) -> list[Pair]:
        return [pr for pr in self.pairs if self.gold[pr.gold].get("optional")]

    def spurious(self) -> list[int]:
        paired = {pr.pred for pr in self.pairs}
        return [i for i in range(len(self.pred)) if i not in paired]

    def missed(self) -> list[int]:
        paired = {pr.gold for pr in self.pairs}
        return [j for j, g in enumerate(self.gold) if j not in paired and not g.get("optional")]

    def invented_dates(self) -> int:
        """Undated (optional, background) gold events that the prediction gave a day anyway."""
        return sum(1 for pr in self.optional_pairs()
                   if self.gold[pr.gold].get("event_date") is None and self.pred[pr.pred].get("event_date"))


def score_doc(pred_doc: dict, gold_doc: dict, name: str = "", language: str = "und",
              failed: bool = False, error: Optional[str] = None, text: str = "") -> DocScore:
    pairs = pair_events(pred_doc.get("events") or [], gold_doc.get("events") or [])
    stat_pairs, stat_missed, stat_spurious = match_statistics(
        list(pred_doc.get("statistics") or []), gold_doc.get("statistics") or [])
    return DocScore(name, language, pred_doc, gold_doc, pairs, stat_pairs, stat_missed, stat_spurious,
                    failed, error, text)


# --- totals ------------------------------------------------------------------------------

def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    if tp + fp + fn == 0:  # nothing to find and nothing found
        return 1.0, 1.0, 1.0
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


@dataclass
class Totals:
    """Counts summed over documents; `summary()` has exactly the keys and values of `score.py --json`."""

    docs: int = 0
    failed: int = 0
    tp: int = 0
    fp: int = 0
    fn: int = 0
    strict_tp: int = 0
    fields: dict[str, list[int]] = field(default_factory=dict)  # field -> [right, paired]
    stat_tp: int = 0
    stat_fp: int = 0
    stat_fn: int = 0
    invented_dates: int = 0

    def add(self, doc: DocScore) -> None:
        self.docs += 1
        self.failed += doc.failed
        scored = doc.scored_pairs()
        self.tp += len(scored)
        self.strict_tp += sum(pr.strict for pr in scored)
        for pr in scored:
            for k, ok in pr.checks.items():
                counts = self.fields.setdefault(k, [0, 0])
                counts[0] += ok
                counts[1] += 1
        self.fp += len(doc.spurious())
        self.fn += len(doc.missed())
        self.invented_dates += doc.invented_dates()
        self.stat_tp += len(doc.stat_pairs)
        self.stat_fn += len(doc.stat_missed)
        self.stat_fp += len(doc.stat_spurious)

    def summary(self) -> dict[str, Any]:
        dp, dr, df = prf(self.tp, self.fp, self.fn)
        # a pair that is not strict-correct counts as both a false positive and a false negative
        loose = self.tp - self.strict_tp
        sp, sr, sf = prf(self.strict_tp, self.fp + loose, self.fn + loose)
        tp, tr, tf = prf(self.stat_tp, self.stat_fp, self.stat_fn)
        return {
            "documents": self.docs, "failed_documents": self.failed,
            "detect": {"p": dp, "r": dr, "f1": df, "tp": self.tp, "fp": self.fp, "fn": self.fn},
            "strict": {"p": sp, "r": sr, "f1": sf, "tp": self.strict_tp},
            "fields": {k: self.fields[k][0] / self.fields[k][1] if self.fields[k][1] else None
                       for k in FIELDS if k in self.fields},
            "statistics": {"p": tp, "r": tr, "f1": tf},
            "invented_dates": self.invented_dates,
        }


def totals(docs: list[DocScore]) -> Totals:
    tot = Totals()
    for d in docs:
        tot.add(d)
    return tot
