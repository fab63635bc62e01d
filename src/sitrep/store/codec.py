"""Model objects to table rows and back. The JSON column holds the full SPEC dict;
the flat columns copy the parts that queries filter and sort on."""
from __future__ import annotations

import json
from typing import Any, Optional

from sitrep.model import Actor, Attribution, Event, Evidence, Place, Statistic, parse_date


def to_json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def actor_key(name: Optional[str]) -> Optional[str]:
    """Case-folded name: SQL lower() only folds ASCII, and actor filters must fold everything."""
    return name.casefold() if name else None


def event_row(event: Event) -> dict[str, Any]:
    loc, a1, a2, att = event.location, event.actor1, event.actor2, event.attribution
    return {
        "event_date": event.event_date.isoformat() if event.event_date else None,
        "date_precision": event.date_precision,
        "event_type": event.event_type,
        "sub_event_type": event.sub_event_type,
        "actor1_name": a1.name if a1 else None, "actor1_key": actor_key(a1.name if a1 else None),
        "actor1_type": a1.type if a1 else None,
        "actor2_name": a2.name if a2 else None, "actor2_key": actor_key(a2.name if a2 else None),
        "actor2_type": a2.type if a2 else None,
        "target": event.target,
        "location_name": loc.name if loc else None,
        "country": loc.country.upper() if loc and loc.country else None,
        "admin1": loc.admin1 if loc else None,
        "lat": loc.lat if loc else None, "lon": loc.lon if loc else None,
        "geo_precision": loc.geo_precision if loc else None,
        "gazetteer_id": loc.gazetteer_id if loc else None,
        "weapons": " ".join(event.weapons) or None,
        "fatalities": event.fatalities, "injured": event.injured,
        "attribution_status": att.status if att else None,
        "claimant": att.claimant if att else None,
        "confidence": float(event.confidence),
        "data": to_json(event.to_dict()),
    }


def statistic_row(stat: Statistic) -> dict[str, Any]:
    return {
        "description": stat.description, "count": stat.count, "qualifier": stat.qualifier,
        "period_start": stat.period_start.isoformat() if stat.period_start else None,
        "period_end": stat.period_end.isoformat() if stat.period_end else None,
        # ",SY,IQ," so that one country is a LIKE '%,SY,%' away
        "countries": "," + ",".join(c.upper() for c in stat.countries) + "," if stat.countries else "",
        "claimant": stat.claimant,
        "data": to_json(stat.to_dict()),
    }


def _evidence(items: Any) -> list[Evidence]:
    return [Evidence(**e) for e in items or []]


def event_from_dict(d: dict[str, Any]) -> Event:
    return Event(
        id=d["id"], article_ids=list(d.get("article_ids") or []),
        event_date=parse_date(d.get("event_date")), date_precision=d.get("date_precision") or "unknown",
        event_type=d["event_type"], sub_event_type=d["sub_event_type"],
        actor1=Actor(**d["actor1"]) if d.get("actor1") else None,
        actor2=Actor(**d["actor2"]) if d.get("actor2") else None,
        target=d.get("target"),
        location=Place(**d["location"]) if d.get("location") else None,
        weapons=list(d.get("weapons") or []),
        fatalities=d.get("fatalities"), injured=d.get("injured"),
        attribution=Attribution(**d["attribution"]) if d.get("attribution") else None,
        evidence=_evidence(d.get("evidence")),
        confidence=float(d.get("confidence", 0.5)),
    )


def statistic_from_dict(d: dict[str, Any]) -> Statistic:
    return Statistic(
        id=d["id"], article_ids=list(d.get("article_ids") or []),
        description=d["description"], count=int(d["count"]), qualifier=d["qualifier"],
        period_start=parse_date(d.get("period_start")), period_end=parse_date(d.get("period_end")),
        countries=list(d.get("countries") or []), claimant=d.get("claimant"),
        evidence=_evidence(d.get("evidence")),
    )
