"""Score the geocoder against a toponym gold list (eval/toponyms/toponyms.tsv).

Columns: query, context, lang, lat, lon, country, expect, note. `expect` is empty for a point,
`country` for a country answer, `region` for an admin1 answer, `not_found` when nothing should
come back. `country` may list several ISO2 codes separated by "|" (border places).
"""
from __future__ import annotations

import csv
from dataclasses import dataclass, field
from pathlib import Path

from sitrep.gazetteer.match import haversine_km

WITHIN_KM = 25.0


@dataclass
class Report:
    n_places: int = 0
    within: int = 0
    n_country: int = 0
    country_ok: int = 0
    n_not_found: int = 0
    not_found_ok: int = 0
    missed: int = 0  # places for which nothing came back
    errors: list[dict] = field(default_factory=list)

    def as_dict(self) -> dict:
        pct = lambda a, b: round(100.0 * a / b, 2) if b else None  # noqa: E731
        return {
            "places": self.n_places, "within_25km_pct": pct(self.within, self.n_places),
            "country_pct": pct(self.country_ok, self.n_country), "not_found_rows": self.n_not_found,
            "not_found_correct_pct": pct(self.not_found_ok, self.n_not_found), "places_not_found": self.missed,
        }


def read_gold(path: Path) -> list[dict]:
    with open(path, encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f, delimiter="\t"))


def score(rows: list[dict], geocode) -> Report:
    """`geocode(query, context) -> list[dict]` (candidates as in `Candidate.to_dict()`, best first)."""
    rep = Report()
    for row in rows:
        cands = geocode(row["query"], row.get("context") or "")
        top = cands[0] if cands else None
        expect = (row.get("expect") or "").strip()
        if expect == "not_found":
            rep.n_not_found += 1
            if top is None:
                rep.not_found_ok += 1
            else:
                rep.errors.append({**row, "got": top})
            continue
        rep.n_places += 1
        gold_cc = [c for c in (row.get("country") or "").split("|") if c]
        if top is None:
            rep.missed += 1
            if gold_cc:
                rep.n_country += 1
            rep.errors.append({**row, "got": None})
            continue
        if expect == "country":
            ok_place = top["gazetteer_id"] == f"country:{gold_cc[0]}"
        else:
            ok_place = haversine_km(float(row["lat"]), float(row["lon"]), top["lat"], top["lon"]) <= WITHIN_KM
        rep.within += ok_place
        if gold_cc:
            rep.n_country += 1
            rep.country_ok += top["country"] in gold_cc
        if not ok_place or (gold_cc and top["country"] not in gold_cc):
            rep.errors.append({**row, "got": top})
    return rep
