"""The geocoder's answer type."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass
class Candidate:
    gazetteer_id: str          # "geonames:123", "ourairports:ORAA", "facility:tanf", "country:SY", "admin1:SY.13"
    name: str
    lat: float
    lon: float
    country: str | None
    admin1: str | None
    kind: str
    geo_precision: int         # 1 point place, 2 area / near, 3 region / country / sea
    score: float               # 0..1, ~ probability that this candidate is the intended place
    population: int = 0
    alternatives: list["Candidate"] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        """The SPEC section 5 keys."""
        return {
            "name": self.name, "lat": round(self.lat, 5), "lon": round(self.lon, 5), "country": self.country,
            "admin1": self.admin1, "kind": self.kind, "geo_precision": self.geo_precision,
            "score": round(self.score, 3), "gazetteer_id": self.gazetteer_id,
        }
