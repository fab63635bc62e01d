"""The objects of docs/SPEC.md: what sitrep reads (Article) and what it finds
(Event, Statistic), each extracted field backed by Evidence in the article text."""
from __future__ import annotations

import hashlib
from dataclasses import asdict, dataclass, field
from datetime import date
from typing import Any, Optional

EVENT_TYPES: dict[str, tuple[str, ...]] = {
    "Battles": ("Armed clash", "Government regains territory", "Non-state actor overtakes territory"),
    "Explosions/Remote violence": (
        "Chemical weapon", "Air/drone strike", "Suicide bomb", "Shelling/artillery/missile attack",
        "Remote explosive/landmine/IED", "Grenade",
    ),
    "Violence against civilians": ("Sexual violence", "Attack", "Abduction/forced disappearance"),
    "Protests": ("Peaceful protest", "Protest with intervention", "Excessive force against protesters"),
    "Riots": ("Violent demonstration", "Mob violence"),
    "Strategic developments": (
        "Agreement", "Arrests", "Change to group/activity", "Disrupted weapons use",
        "Headquarters or base established", "Looting/property destruction",
        "Non-violent transfer of territory", "Other",
    ),
}
SUB_TO_TYPE = {sub: t for t, subs in EVENT_TYPES.items() for sub in subs}
ACTOR_TYPES = (
    "State forces", "Rebel group", "Political militia", "Identity militia",
    "Rioters", "Protesters", "Civilians", "External/Other forces",
)
WEAPONS = (
    "drone", "missile", "rocket", "artillery", "mortar", "airstrike", "ied",
    "suicide_bomb", "firearms", "grenade", "chemical", "melee", "other",
)
ATTRIBUTION_STATUSES = ("claimed", "reported", "confirmed", "denied")
QUALIFIERS = ("exact", "at_least", "more_than", "about", "at_most")
DATE_PRECISIONS = ("day", "week", "month", "year", "unknown")


@dataclass(frozen=True)
class Evidence:
    article_id: str
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Article:
    """One report as read. Immutable: every offset in the output points into `text`."""

    text: str
    id: str = "a1"
    path: Optional[str] = None
    title: Optional[str] = None
    source: Optional[str] = None
    url: Optional[str] = None
    published: Optional[date] = None
    language: Optional[str] = None

    @property
    def content_hash(self) -> str:
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id, "path": self.path, "title": self.title, "source": self.source,
            "url": self.url, "published": self.published.isoformat() if self.published else None,
            "language": self.language,
        }


@dataclass
class Actor:
    name: str  # canonical catalogue name (English)
    text: str  # the words of the article
    type: Optional[str] = None  # one of ACTOR_TYPES


@dataclass
class Place:
    name: str
    text: str
    lat: Optional[float] = None
    lon: Optional[float] = None
    country: Optional[str] = None
    admin1: Optional[str] = None
    geo_precision: int = 3
    gazetteer_id: Optional[str] = None
    kind: Optional[str] = None

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d.pop("kind")
        return d


@dataclass
class Attribution:
    status: str  # one of ATTRIBUTION_STATUSES
    claimant: Optional[str] = None
    text: Optional[str] = None


@dataclass
class Event:
    id: str
    article_ids: list[str]
    event_date: Optional[date]
    date_precision: str
    event_type: str
    sub_event_type: str
    actor1: Optional[Actor] = None
    actor2: Optional[Actor] = None
    target: Optional[str] = None
    location: Optional[Place] = None
    weapons: list[str] = field(default_factory=list)
    fatalities: Optional[int] = None
    injured: Optional[int] = None
    attribution: Optional[Attribution] = None
    evidence: list[Evidence] = field(default_factory=list)
    confidence: float = 0.5

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "article_ids": list(self.article_ids),
            "event_date": self.event_date.isoformat() if self.event_date else None,
            "date_precision": self.date_precision,
            "event_type": self.event_type,
            "sub_event_type": self.sub_event_type,
            "actor1": asdict(self.actor1) if self.actor1 else None,
            "actor2": asdict(self.actor2) if self.actor2 else None,
            "target": self.target,
            "location": self.location.to_dict() if self.location else None,
            "weapons": list(self.weapons),
            "fatalities": self.fatalities,
            "injured": self.injured,
            "attribution": asdict(self.attribution) if self.attribution else None,
            "evidence": [asdict(e) for e in self.evidence],
            "confidence": round(self.confidence, 3),
        }


@dataclass
class Statistic:
    id: str
    article_ids: list[str]
    description: str
    count: int
    qualifier: str  # one of QUALIFIERS
    period_start: Optional[date] = None
    period_end: Optional[date] = None
    countries: list[str] = field(default_factory=list)
    claimant: Optional[str] = None
    evidence: list[Evidence] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "article_ids": list(self.article_ids),
            "description": self.description,
            "count": self.count,
            "qualifier": self.qualifier,
            "period_start": self.period_start.isoformat() if self.period_start else None,
            "period_end": self.period_end.isoformat() if self.period_end else None,
            "countries": list(self.countries),
            "claimant": self.claimant,
            "evidence": [asdict(e) for e in self.evidence],
        }


@dataclass
class Result:
    """What `sitrep extract` prints: the articles read and what was found in them."""

    articles: list[Article] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    statistics: list[Statistic] = field(default_factory=list)

    def extend(self, other: "Result") -> None:
        self.articles.extend(other.articles)
        self.events.extend(other.events)
        self.statistics.extend(other.statistics)

    def renumber(self) -> None:
        """Give events and statistics ids e1.. and s1.. in output order."""
        for i, ev in enumerate(self.events, 1):
            ev.id = f"e{i}"
        for i, st in enumerate(self.statistics, 1):
            st.id = f"s{i}"

    def to_dict(self) -> dict[str, Any]:
        return {
            "articles": [a.to_dict() for a in self.articles],
            "events": [e.to_dict() for e in self.events],
            "statistics": [s.to_dict() for s in self.statistics],
        }


def parse_date(value: Any) -> Optional[date]:
    """ISO date (or datetime) string to date; None for empty or malformed input."""
    if value is None or value == "":
        return None
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value).strip()[:10])
    except ValueError:
        return None
