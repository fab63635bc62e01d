"""Assemble event frames from the spans of each sentence: one frame per place per trigger
sentence, with actors, date, weapons, casualties and attribution, each backed by evidence."""
from __future__ import annotations

import math
from dataclasses import dataclass, field
from datetime import date
from typing import Optional

from sitrep.components.attribution import attribution_for
from sitrep.doc import Doc, Span
from sitrep.model import SUB_TO_TYPE

# Generic trigger classes: the weapons decide the sub-type, else this default.
GENERIC_DEFAULT = {
    "attack": "Armed clash", "strike": "Air/drone strike", "bombard": "Shelling/artillery/missile attack",
    "explosion": "Remote explosive/landmine/IED", "kill": "Attack", "protest": "Peaceful protest", "riot": "Violent demonstration",
}
# Weapon -> sub-type, most telling first.
WEAPON_SUB = [
    ("suicide_bomb", "Suicide bomb"), ("chemical", "Chemical weapon"), ("ied", "Remote explosive/landmine/IED"),
    ("drone", "Air/drone strike"), ("airstrike", "Air/drone strike"), ("missile", "Shelling/artillery/missile attack"),
    ("rocket", "Shelling/artillery/missile attack"), ("artillery", "Shelling/artillery/missile attack"),
    ("mortar", "Shelling/artillery/missile attack"), ("grenade", "Grenade"),
]
ATTACK_LIKE = {"attack", "strike", "bombard", "explosion", "kill"}
STATUS_RANK = {"claimed": 3, "confirmed": 2, "denied": 2, "reported": 1}


@dataclass
class Frame:
    sent: int
    trigger: Span
    sub: str
    uncertain: bool  # sub-type came from a default, a later sentence may say more
    strength: float
    actor1: Optional[Span] = None
    actor1_inherited: bool = False
    actor2: Optional[Span] = None
    place: Optional[Span] = None
    date: Optional[date] = None
    date_precision: str = "unknown"
    date_explicit: bool = False
    weapons: set[str] = field(default_factory=set)
    fatalities: Optional[int] = None
    injured: Optional[int] = None
    status: str = "reported"
    claimant: Optional[str] = None
    claim_text: Optional[str] = None
    claim_strength: float = 0.4
    target: Optional[str] = None
    sents: list[int] = field(default_factory=list)
    list_size: int = 1
    background: bool = False

    @property
    def event_type(self) -> str:
        return SUB_TO_TYPE[self.sub]

    @property
    def specific(self) -> bool:
        return bool(self.place is not None and self.place.kind == "place" and self.place.data.get("specific"))

    def location_key(self):
        if self.place is None:
            return None
        if self.place.kind == "country":
            return ("country", self.place.label)
        return (self.place.label.gazetteer_id,)


def assemble(doc: Doc) -> None:
    last_actor: dict[int, tuple[Span, int]] = {}  # paragraph -> (actor1, sentence)
    last_date: dict[int, tuple[date, str]] = {}
    for i, sent in enumerate(doc.sents):
        if sent.ignored:
            continue
        dates = [d for d in doc.get("date", i) if d.label and not d.data.get("since") and not doc.overlaps("stat", d.start, d.end)]
        frames = _frames_for_sentence(doc, i, last_actor.get(sent.paragraph))
        background = bool(doc.get("background", i))
        for f in frames:
            f.background = background
            if dates:
                d = min(dates, key=lambda x: abs(x.start - f.trigger.start) + (0 if x.start < f.trigger.start else 5))
                f.date, f.date_precision, f.date_explicit = d.label, d.data.get("precision", "day"), True
            elif sent.paragraph in last_date and not background and not doc.get("anaphora", i) == []:
                f.date, f.date_precision = last_date[sent.paragraph]
            elif sent.paragraph in last_date and not background and _same_story(doc, i):
                f.date, f.date_precision = last_date[sent.paragraph]
            doc.frames.append(f)
            if f.actor1 is not None and not f.actor1_inherited:
                last_actor[sent.paragraph] = (f.actor1, i)
        if dates:
            last_date[sent.paragraph] = (dates[0].label, dates[0].data.get("precision", "day"))


def _same_story(doc: Doc, i: int) -> bool:
    """A sentence continues the one before it in its paragraph (same paragraph, no new date)."""
    return i > 0 and doc.sents[i - 1].paragraph == doc.sents[i].paragraph


def _frames_for_sentence(doc: Doc, i: int, prev_actor: Optional[tuple[Span, int]]) -> list[Frame]:
    triggers = [t for t in doc.get("trigger", i) if _live(doc, t)]
    if not triggers:
        return []
    if any(t.label[0] != "kill" for t in triggers):
        triggers = [t for t in triggers if t.label[0] != "kill"]
    main = max(triggers, key=lambda t: (t.label[1], -t.start))
    weapons = {w.label for w in doc.get("weapon", i)} - {"other"} if main.label[0] != "protest" else set()
    all_weapons = {w.label for w in doc.get("weapon", i)}
    sub, uncertain = _sub_type(doc, i, main, weapons)
    actor1, actor2 = _actors(doc, i, main)
    inherited = False
    if actor1 is None and prev_actor is not None and i - prev_actor[1] <= 2 and sub not in ("Peaceful protest",):
        actor1, inherited = prev_actor[0], True
    if sub == "Attack" and actor2 is None:
        actor2 = next((a for a in doc.get("actor", i) if a.label == "Civilians"), None)
    stats_here = bool(doc.get("stat", i))
    places = [p for p in doc.get("place", i) if not p.data.get("origin") and not doc.overlaps("actor", p.start, p.end)]
    places = _attached(places, [t for t in triggers if t.label[1] >= 0.5] or [main])
    specific = [p for p in places if p.data.get("specific")]
    if specific:
        targets_places = _drop_modifiers(doc, specific)
    else:
        regional = [p for p in places if not p.data.get("specific")]
        countries = _attached([c for c in doc.get("country", i) if not c.data.get("adjective") and not _is_origin(doc, c)],
                              [t for t in triggers if t.label[1] >= 0.5] or [main])
        if stats_here:
            return []
        targets_places = [regional[0]] if regional else ([countries[0]] if countries else [None])
    status, claimant, claim_text, cstrength = attribution_for(
        doc, i, actor1.label if actor1 else None, actor2.label if actor2 else None)
    killed, injured = _casualties(doc, i)
    target = next((t.label for t in doc.get("target", i) if t.start >= main.start - 40), None)
    frames = []
    for p in targets_places:
        f = Frame(sent=i, trigger=main, sub=sub, uncertain=uncertain, strength=main.label[1], actor1=actor1,
                  actor1_inherited=inherited, actor2=actor2, place=p, weapons=set(all_weapons) - ({"other"} if weapons else set()),
                  status=status, claimant=claimant, claim_text=claim_text, claim_strength=cstrength, target=target,
                  sents=[i], list_size=len(targets_places))
        if len(targets_places) == 1:
            f.fatalities, f.injured = killed, injured
        frames.append(f)
    return frames


# A place belongs to a trigger when it stands near it, or near a place that does (a list).
FIRST_GAP, CHAIN_GAP = 160, 110


def _attached(places: list[Span], anchors: list[Span]) -> list[Span]:
    def gap(a: Span, b: Span) -> int:
        return max(0, max(a.start, b.start) - min(a.end, b.end))

    attached: list[Span] = []
    todo = sorted(places, key=lambda p: p.start)
    changed = True
    while changed:
        changed = False
        for p in list(todo):
            if any(gap(p, t) <= FIRST_GAP for t in anchors) or any(gap(p, q) <= CHAIN_GAP for q in attached):
                attached.append(p)
                todo.remove(p)
                changed = True
    return sorted(attached, key=lambda p: p.start)


def _live(doc: Doc, t: Span) -> bool:
    """A trigger that reports something that happened (not inside an actor name, a statistic,
    or after a modal/negation cue such as "menace de", "could", "لم")."""
    if doc.overlaps("actor", t.start, t.end) or doc.overlaps("stat", t.start, t.end):
        return False
    for m in doc.get("modality", t.sent):
        if m.end <= t.start and t.start - m.end <= 30:
            return False
        if m.start <= t.start < m.end:
            return False
    return True


def _sub_type(doc: Doc, i: int, main: Span, weapons: set[str]) -> tuple[str, bool]:
    sub = main.label[0]
    if sub == "protest":
        if doc.get("excessive", i):
            return "Excessive force against protesters", False
        if doc.get("intervention", i):
            return "Protest with intervention", False
        return "Peaceful protest", False
    if sub in SUB_TO_TYPE:
        if sub == "Air/drone strike" and weapons and not weapons & {"drone", "airstrike"} and weapons & {"missile", "rocket", "artillery", "mortar"}:
            return "Shelling/artillery/missile attack", False
        return sub, False
    for w, s in WEAPON_SUB:
        if w in weapons:
            return s, False
    if sub == "kill" or (sub == "attack" and ({"firearms", "melee"} & weapons)):
        victims = [a for a in doc.get("actor", i) if a.label == "Civilians" and a.start > main.start]
        if victims or sub == "kill":
            return ("Attack" if victims else "Armed clash"), True
    return GENERIC_DEFAULT.get(sub, "Armed clash"), True


def _actors(doc: Doc, i: int, main: Span) -> tuple[Optional[Span], Optional[Span]]:
    """actor1 acts, actor2 is acted upon. Speakers introduced by "selon" are neither."""
    actors = [a for a in doc.get("actor", i) if not _after_source(doc, a)]
    if not actors:
        return None, None
    agent = next((a for a in actors if a.start >= main.end and _passive_agent(doc, main, a)), None)
    before = [a for a in actors if a.end <= main.start]
    after = [a for a in actors if a.start >= main.end]
    if agent is not None:
        actor1 = agent
    else:
        named = [a for a in before if not a.data["entry"].generic] or before
        actor1 = named[-1] if named else None
        if actor1 is None and after:
            # noun triggers: "frappe israélienne", "attaque du Hezbollah"
            first = after[0]
            if first.start - main.end <= 12 and not first.data["entry"].generic:
                actor1 = first
    rest = [a for a in after if a is not actor1 and (actor1 is None or a.label != actor1.label)]
    actor2 = rest[0] if rest else None
    if actor2 is None:
        others = [a for a in before if a is not actor1 and (actor1 is None or a.label != actor1.label)]
        actor2 = others[-1] if others and others[-1].data["entry"].type != "Civilians" and False else None
    return actor1, actor2


def _passive_agent(doc: Doc, main: Span, a: Span) -> bool:
    between = doc.text[main.end:a.start].lower()
    return len(between) <= 40 and any(between.rstrip().endswith(w) for w in (" par", " by", "par", "by", "من قبل", "بواسطة"))


def _after_source(doc: Doc, a: Span) -> bool:
    return any(0 <= a.start - c.end <= 6 for c in doc.get("source", a.sent))


def _is_origin(doc: Doc, c: Span) -> bool:
    return any(0 <= c.start - o.end <= 12 for o in doc.get("origin", c.sent))


def _drop_modifiers(doc: Doc, places: list[Span]) -> list[Span]:
    """Keep one span per distinct place (a name said twice is one place)."""
    out, seen = [], set()
    for p in places:
        key = p.label.gazetteer_id
        if key in seen:
            continue
        seen.add(key)
        out.append(p)
    return out


def _casualties(doc: Doc, i: int) -> tuple[Optional[int], Optional[int]]:
    nums = [n for n in doc.get("number", i) if not doc.overlaps("date", n.start, n.end)
            and not doc.overlaps("stat", n.start, n.end) and not (n.data.get("article") and False)]

    def nearest(cue: Span) -> Optional[int]:
        best, dist = None, math.inf
        for n in nums:
            if n.end <= cue.start and cue.start - n.end <= 45:
                d = cue.start - n.end
            elif n.start >= cue.end and n.start - cue.end <= 20:
                d = (n.start - cue.end) + 10
            else:
                continue
            if d < dist:
                best, dist = n, d
        return int(best.label) if best is not None else None

    killed = [nearest(c) for c in doc.get("killed", i)]
    injured = [nearest(c) for c in doc.get("injured", i)]
    k = next((x for x in killed if x is not None), None)
    w = next((x for x in injured if x is not None), None)
    return k, w
