"""Offline gazetteer and geocoder (GeoNames cities500, OurAirports, curated facilities, countries, admin1).

    from sitrep.gazetteer import get_gazetteer, Candidate, name_key
    gaz = get_gazetteer()
    gaz.geocode("Aïn al-Assad", countries=["IQ"], kind_hint="military_base")[0].gazetteer_id
"""
from __future__ import annotations

import threading

from sitrep.gazetteer.candidate import Candidate
from sitrep.gazetteer.index import Gazetteer
from sitrep.gazetteer.keys import name_key

__all__ = ["Candidate", "Gazetteer", "get_gazetteer", "name_key", "reset_gazetteer"]

_lock = threading.Lock()
_instance: Gazetteer | None = None


def get_gazetteer() -> Gazetteer:
    """Process-wide singleton: loads the cached index (building it on first use)."""
    global _instance
    if _instance is None:
        with _lock:
            if _instance is None:
                from sitrep.gazetteer.build import load_or_build
                _instance = Gazetteer(load_or_build())
    return _instance


def reset_gazetteer() -> None:
    """Forget the singleton (after an import or a forced rebuild)."""
    global _instance
    with _lock:
        _instance = None
