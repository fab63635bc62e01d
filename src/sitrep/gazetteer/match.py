"""Re-ranking of name matches into calibrated candidates.

Each matched entry gets a raw score (a sum of log-odds-like terms: match quality, population,
source, kind, country, distance to other places of the article, conflict-zone prior). Entries
within a few km of each other are one place. A softmax over the places gives the share of
belief; multiplied by the match quality it is the reported score.
"""
from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Sequence

from sitrep.gazetteer.sources import REGION

# Which entry kinds satisfy a kind hint from the words around the name.
KIND_COMPAT: dict[str, frozenset[str]] = {
    "military_base": frozenset({"military_base", "airport", "heliport", "site"}),
    "airport": frozenset({"airport", "military_base", "heliport"}),
    "oil_field": frozenset({"oil_field", "gas_field", "site"}),
    "gas_field": frozenset({"gas_field", "oil_field", "site"}),
    "camp": frozenset({"camp"}),
    "city": frozenset({"city", "town", "village"}),
    "town": frozenset({"city", "town", "village"}),
    "village": frozenset({"city", "town", "village"}),
    "region": frozenset({"region", "area", "country", "district", "mountain", "desert"}),
    "country": frozenset({"country"}),
    "sea": frozenset({"sea", "water"}),
    "crossing": frozenset({"crossing"}),
    "port": frozenset({"port"}),
}
# Curated and structural sources are better evidence than a same-named village.
SOURCE_PRIOR = {"facility": 0.6, "place": 0.4, "user": 0.6, "country": 1.2, "admin1": 0.0, "ourairports": 0.1,
                "geonames": 0.0, "user-geonames": 0.0, "airstrip-town": 0.0}
TEMPERATURE = 0.6
MERGE_KM = 6.0


@dataclass
class Hit:
    idx: int
    quality: float   # 0..1 how well the name matched (1 exact key)
    surface: float = 0.0  # 0..1 similarity of the written forms (breaks ties between same-key names)
    raw: float = 0.0
    country: str | None = None
    local: bool = False  # read across scripts loosely: a match only in a country the text names


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 12742.0 * math.asin(min(1.0, math.sqrt(a)))


def score_hit(h: Hit, cols: dict, multi: dict, countries: Sequence[str], kind_hint: str | None,
              near: Sequence[tuple[float, float]]) -> None:
    i = h.idx
    kind, src, pop = cols["kind"][i], cols["source"][i], cols["pop"][i]
    if src == "place" and kind == "region" and not pop:
        pop = 100_000  # a curated province counts its people in the many, though the file gives no figure ("Ituri")
    entry_countries = multi.get(i) or (cols["country"][i],)
    raw = 10.0 * h.quality + 0.6 * h.surface
    raw += 1.0 * min(math.log10(pop + 1), 7.0) / 7.0
    raw += SOURCE_PRIOR.get(src, 0.0)
    if src == "country" and kind_hint not in (None, "country", "region"):
        raw -= 1.0  # "la base de X" is not the country X
    if src == "admin1" and kind_hint != "region":
        raw -= 1.5  # a bare name shared by a province and its capital means the town
    if kind_hint:
        ok = KIND_COMPAT.get(kind_hint, frozenset({kind_hint}))
        if kind in ok:
            raw += 1.2
        elif kind in ("city", "town", "village"):
            raw -= 0.2  # the facility may sit in/near the town of that name: mild
        else:
            raw -= 0.5
    h.country = entry_countries[0]
    if h.surface >= 0.999 and pop >= 1_000_000 and not countries and not kind_hint and not near:
        # a great city spelt as the text spells it, where nothing else decides: the loose key it shares ("Lomé" and
        # Rome) is weaker evidence (a hamlet's own spelling is not: "Jenin" in Poland)
        raw += 1.0
    if countries:
        supported = [c for c in entry_countries if c in countries]
        if supported:
            raw += 1.6
            h.country = supported[0]  # border places keep the country the text supports
        else:
            raw -= 1.0
    if near:
        lat, lon = cols["lat"][i], cols["lon"][i]
        d = min(haversine_km(lat, lon, a, b) for a, b in near)
        raw += 1.0 * math.exp(-d / 200.0)
    if any(c in REGION for c in entry_countries) or (src == "facility" and entry_countries == (None,)):
        raw += 0.35
    h.raw = raw


def merge_same_place(hits: list[Hit], cols: dict) -> list[list[Hit]]:
    """Group hits lying within MERGE_KM of a better hit (one place from several sources)."""
    hits = sorted(hits, key=lambda h: -h.raw)
    groups: list[list[Hit]] = []
    for h in hits:
        lat, lon = cols["lat"][h.idx], cols["lon"][h.idx]
        for g in groups:
            hlat, hlon = cols["lat"][g[0].idx], cols["lon"][g[0].idx]
            if abs(hlat - lat) > 0.06 or abs(hlon - lon) > 0.1:  # cheap reject before the trigonometry
                continue
            if haversine_km(lat, lon, hlat, hlon) < MERGE_KM:
                g.append(h)
                break
        else:
            groups.append([h])
    return groups


def calibrate(groups: list[list[Hit]]) -> list[float]:
    if not groups:
        return []
    top = max(g[0].raw for g in groups)
    exps = [math.exp((g[0].raw - top) / TEMPERATURE) for g in groups]
    total = sum(exps)
    out = []
    for g, e in zip(groups, exps):
        q = max(h.quality for h in g)
        out.append((e / total) * (1.0 if q >= 0.95 else q * q))
    return out
