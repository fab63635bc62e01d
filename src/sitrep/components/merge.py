"""Merge frames of one article that tell the same event (two sentences about one attack,
a name said twice), then drop what is too vague to be an event, and emit Events."""
from __future__ import annotations

import math
import re
from typing import Optional

from sitrep.components.assemble import BETWEEN, BETWEEN_AND, PROTEST_RANK, STATUS_RANK, Frame, vague_actor
from sitrep.components.places import ROAD_AFTER, ROAD_WORD_BEFORE
from sitrep.components.attribution import is_related
from sitrep.doc import Doc
from sitrep.gazetteer.match import haversine_km
from sitrep.model import Actor, Attribution, Event, Place

MAX_SENT_GAP = 2
# How far from a sea's label point a town may lie and still be on that sea (a basin's half-length).
SEA_REACH_KM = 1000


def merge_frames(doc: Doc) -> None:
    _spread_over_list(doc)
    kept: list[Frame] = []
    pinned: set[tuple[int, int]] = set()  # event words a weak frame of which proved to tell a real event
    for f in doc.frames:
        target = next((g for g in reversed(kept) if g.strength > 0 and _same_event(doc, g, f)), None)
        key = (f.trigger.start, f.trigger.end) if f.trigger is not None else None
        if target is None:
            if key in pinned and f.place is not None:
                # "ont revendiqué le bombardement « de Sdérot et de Netivot »": once "the shelling" proves to be the
                # one told at Sderot, its other place is that attack too
                f.strength = max(f.strength, MIN_ALONE)
            kept.append(f)
        else:
            if key is not None and f.strength < MIN_ALONE <= target.strength:
                pinned.add(key)
            _absorb(target, f)
    kept = [f for f in kept if _is_event(f) and not _history(doc, f)]
    kept = [f for f in kept if not _headline_echo(doc, f, kept)]
    doc.frames = [f for f in kept if not _summary(f, kept)]


def _headline_echo(doc: Doc, f: Frame, frames: list[Frame]) -> bool:
    """An undated frame told only in the headline, at a place where the body tells a dated event: the
    headline announces that event (its actors and kind, squeezed into a title, are the least reliable).
    ("Army repels attacks in Mudug and Middle Shabelle" over a press statement's letterhead: a title line
    naming regions announces the events the body tells in towns of those regions.)"""
    if f.date is not None or len(f.sents) != 1 or f.location_key() is None:
        return False
    i = f.sents[0]
    if i != 0 and not _title_line(doc, i, frames):
        return False
    return any(g is not f and g.date is not None and (g.location_key() == f.location_key() or (
        not f.specific and g.specific and g.event_type == f.event_type and _country(g) == _country(f)
        and hasattr(g.place.label, "lat") and hasattr(f.place.label, "lat") and _km(g, f) <= HEADLINE_REGION_KM))
        for g in frames)


HEADLINE_REGION_KM = 250.0  # a region named in a headline holds the towns the body tells of


def _title_line(doc: Doc, i: int, frames: list[Frame]) -> bool:
    """A line with no closing stop, before every other event sentence: a headline below a letterhead."""
    text = doc.text[doc.sents[i].start:doc.sents[i].end].strip()
    return bool(text) and text[-1] not in ".!?؟…:;»\"”" and all(min(g.sents) >= i for g in frames)


def _spread_over_list(doc: Doc) -> None:
    """"Jets flew 2,000 km to strike Houthi infrastructure. The targets included the airport, two power
    stations and the port of Hodeidah.": a placeless event of a known kind, then a list of places told
    with only a vague word ("targets", "sites", "الأهداف"): each place is that event's, with its kind, weapons
    and sides."""
    frames = doc.frames
    for k, g in enumerate(frames):
        if g.specific or g.uncertain or g.strength < MIN_ALONE:
            continue
        follow = [f for f in frames[k + 1:] if 1 <= f.sent - g.sent <= 1]
        listed = [f for f in follow if f.place is not None and f.uncertain and f.strength <= 0.65 and not f.weapons - {"firearms"}
                  and (f.actor1 is None or f.actor1.data.get("default") or f.actor1_inherited)]
        if len(listed) < 2 or len(listed) != len(follow):
            continue
        if g.place is not None and not all(_finer(g, f) and _within_head(doc, g, f) for f in listed):
            continue  # "an air operation in northern Iraq and Syria. The strikes hit Qandil, Sinjar…": the towns tell it
        for f in listed:
            f.sub, f.uncertain, f.weapons = g.sub, False, set(g.weapons)
            if g.actor1 is not None:
                f.actor1, f.actor1_inherited = g.actor1, True
            f.actor2 = f.actor2 or g.actor2
            if f.date is None or f.date is g.date:
                f.date, f.date_precision, f.date_explicit = g.date, g.date_precision, g.date_explicit
            if STATUS_RANK.get(g.status, 0) > STATUS_RANK.get(f.status, 0):
                f.status, f.claimant, f.claim_text = g.status, g.claimant, g.claim_text
            f.sents = sorted(set(f.sents) | {g.sent})
            if g.place is not None:  # the head names the area, so each town is firmly an event of it
                f.strength, f.head = max(f.strength, MIN_ALONE), g
        g.strength = 0.0  # told by its places now


def _finer(g: Frame, f: Frame) -> bool:
    if g.place.kind == "country":
        return f.place.kind != "country"
    return _precision(f) < _precision(g)


def _within_head(doc: Doc, g: Frame, f: Frame) -> bool:
    """A listed town lies in the country or region the head event names (or in another country its sentence names)."""
    named = {c.label for i in g.sents for c in doc.get("country", i) if not c.data.get("adjective")}
    return _country(f) in named or (_country(f) == _country(g) and _places_compatible(g, f))


def _summary(f: Frame, frames: list[Frame]) -> bool:
    """"Russia launched 65 drones at Ukraine overnight", then the strikes town by town: a country-wide
    frame of the same kind as specific events told in that country on that day is their summary,
    not one more event. (Regions are kept: tune data codes "strikes in Idlib province" beside towns.)"""
    if f.place is None or f.specific:
        return False
    for g in frames:
        if g is f or not g.specific or g.event_type != f.event_type or _country(g) != _country(f):
            continue
        if f.date and g.date and abs((f.date - g.date).days) > 1:
            continue
        if f.place.kind == "country":
            return True
    return False


# A launch and its interception at one place and (given) day are one event; it keeps the sub-type told first.
_INTERCEPT = "Disrupted weapons use"


def _launch_and_interception(g: Frame, f: Frame) -> bool:
    return {g.sub, f.sub} in ({_INTERCEPT, "Air/drone strike"}, {_INTERCEPT, "Shelling/artillery/missile attack"}) \
        and g.location_key() is not None and g.specific and f.specific and (g.location_key() == f.location_key() or _km(g, f) <= 3) \
        and g.date is not None and f.date is not None


def _dates_agree(g: Frame, f: Frame) -> bool:
    """Same day, or one frame only has the day a statement was made ("said on Wednesday it had
    launched…"), which may come up to two days after the event told elsewhere."""
    if not (g.date and f.date) or g.date == f.date:
        return True
    for a, b in ((g, f), (f, g)):
        if a.date_statement and not b.date_statement and 0 < (a.date - b.date).days <= 2:
            return True
    return False


def _same_event(doc: Doc, g: Frame, f: Frame) -> bool:
    if f.head is not None and g.place is None:
        return False  # a town of a list belongs to its head's event, not to a placeless one told before it
    if g.sent == f.sent and g.location_key() != f.location_key():
        return False
    if f.sent in g.sents and g.place is not None and f.place is not None and g.location_key() != f.location_key() \
            and not (hasattr(g.place.label, "lat") and hasattr(f.place.label, "lat") and _km(g, f) <= 3):
        return False  # two places in one sentence are two events, even once the first has taken in an earlier telling
    if _launch_and_interception(g, f) and (_dates_agree(g, f) or not (g.date_explicit and f.date_explicit)):
        return True  # a day carried over from the story yields to the interception's own day
    if g.event_type != f.event_type and not (g.uncertain or f.uncertain):
        return False
    if _protest_apart(g, f):
        return False
    if g.actor1 is not None and f.actor1 is not None and not is_related(g.actor1.label, f.actor1.label) \
            and not (g.actor1.data.get("default") or f.actor1.data.get("default")) \
            and not ((g.event_type == f.event_type or (f.uncertain and g.event_type == "Explosions/Remote violence"))
                     and _claim_names_vague(g, f)):
        # in a battle both sides fight: "clashes between X and Y" and "Y attacked X" are one fight
        if not (g.event_type == f.event_type == "Battles" and _sides(g) & _sides(f)):
            return False
    if g.event_type != f.event_type and (_riposte(g, f) or _riposte(f, g)):
        return False
    # "Les Houthis ont revendiqué l'attaque, la plus grave depuis … en juillet": a claim of the attack just told,
    # placeless and with no day of its own, is that attack whatever month a comparison names
    claim_of_it = f.place is None and f.date_precision != "day" and bool(doc.get("anaphora", f.sent)) \
        and bool(doc.get("claim_strong", f.sent)) and f.sent - max(g.sents) == 1
    # "…dans l'attaque d'un convoi près de Nara. [how it went, in two or three sentences] Le JNIM a revendiqué
    # l'attaque": a placeless claim of "the attack" is of the one just told, a few sentences on
    claimed = f.place is None and bool(doc.get("anaphora", f.sent)) and bool(doc.get("claim_strong", f.sent)) \
        and 0 < f.sent - max(g.sents) <= MAX_SENT_GAP + 2 and g.event_type == f.event_type and _dates_agree(g, f) \
        and not any(max(g.sents) < h.sent < f.sent for h in doc.frames)  # no other event told between
    if not _dates_agree(g, f) and not claim_of_it:
        return False
    same_place = g.location_key() is not None and (g.location_key() == f.location_key()
                                                   or (g.specific and f.specific and _km(g, f) <= 3 and _one_side(g, f)))
    if g.place is None and f.place is not None and g.event_type != f.event_type \
            and not (f.uncertain and g.sub != _INTERCEPT and doc.get("anaphora", f.sent)):
        # a placeless interception does not adopt the next attack's place; "L'attaque a visé la base X"
        # (a definite, vaguely typed reference) gives the place to the attack just told
        return False
    if doc.get("new_event", f.sent) and not same_place:
        return False
    if not (same_place or _places_compatible(g, f)):
        return False
    if same_place and (g.date == f.date or (g.date and f.date)):
        return True
    if same_place and g.sub == f.sub and g.date is None and f.date is not None and _summary_line(doc, g):
        return True  # "- Drone strike on Umm Ruwaba market kills 11 civilians": a digest's summary line, told in full below
    gap = f.sent - max(g.sents)
    if same_place and (g.uncertain or f.uncertain) and (g.date is None or f.date is None):
        return 0 <= gap <= MAX_SENT_GAP or min(g.sents) == 0  # a vague mention (a headline) of an attack told in full later at that site
    linked = bool(doc.get("anaphora", f.sent)) or bool(doc.get("docword", f.sent))
    # background told later ("ont frappé Eilat") is not the lead event
    if f.background and not g.background and f.date is None:
        return False
    if g.background and not f.background and g.date is None:
        return False  # nor is a history ("had previously bombed Sa'dah") the next dated event
    return claimed or (0 <= gap <= MAX_SENT_GAP and (linked or gap <= 1 or f.place is None))


_BULLET = re.compile(r"\s*(?:[-•*▪►▶◆●]\ufe0f?|\d+[.)])\s")


def _protest_apart(g: Frame, f: Frame) -> bool:
    """A strike, however vaguely told, is never the protest at its funeral; nor is a fight an armed group
    wages the sit-in told beside it."""
    crowd = ("Protests", "Riots")
    if g.event_type == f.event_type or not any(x.event_type in crowd for x in (g, f)):
        return False
    return any(x.event_type == "Explosions/Remote violence" or (x.event_type not in crowd and _armed(x.actor1))
               for x in (g, f))


def _armed(a) -> bool:
    """A side named as an armed group or a state's forces (not a crowd, not the default "unidentified" one)."""
    return a is not None and not a.data.get("default") and a.data["entry"].type not in ("Protesters", "Rioters", "Civilians")


def _riposte(g: Frame, f: Frame) -> bool:
    """"…l'attaque d'un poste militaire […] l'aviation a « traité » des colonnes de fuyards": the side hit in
    one event, named as the author of a strike or a shelling after a fight or an attack, answers it; ACLED codes
    the answer apart. (A side hit that fights back in the same battle is still that battle.)"""
    return f.event_type == "Explosions/Remote violence" and f.actor1 is not None and g.actor2 is not None and not f.actor1.data.get("default") \
        and is_related(f.actor1.label, g.actor2.label) \
        and (g.actor1 is None or bool(g.actor1.data.get("default")) or not is_related(g.actor1.label, f.actor1.label))


def _summary_line(doc: Doc, f: Frame) -> bool:
    """A frame told only in a bullet of a digest's summary ("- Drone strike on … kills 11")."""
    return len(f.sents) == 1 and bool(_BULLET.match(doc.text[doc.sents[f.sent].start:doc.sents[f.sent].end]))


def _one_side(g: Frame, f: Frame) -> bool:
    """Two places a few km apart are one site unless a border runs between two towns (Kfar Kila and Metula);
    a border post is told by the town across the line from it ("Tower 22, near the Rukban camp")."""
    return _country(g) == _country(f) or any(str(getattr(x.place.label, "gazetteer_id", "")).startswith("facility:") for x in (g, f))


def _claim_names_vague(g: Frame, f: Frame) -> bool:
    """"A suicide bomber rammed a convoy" … "the TTP claimed the bombing": the claimant is who the bomber was."""
    def claimed_by_group(x: Frame) -> bool:  # a state claiming its own strike says nothing of who the gunmen were
        return x.status == "claimed" and x.actor1 is not None and x.actor1.data["entry"].type != "State forces"

    return (vague_actor(g.actor1) and claimed_by_group(f)) or (vague_actor(f.actor1) and claimed_by_group(g))


def _precision(f: Frame) -> int:
    if f.place is None:
        return 9
    if f.place.kind == "country":
        return 3
    return int(f.place.data.get("precision", f.place.label.geo_precision))


def _sides(f: Frame) -> set[str]:
    return {a.label for a in (f.actor1, f.actor2) if a is not None}


CURATED_AREA_KM = 70.0  # a mountain range or plateau reaches this far from its label point


def _places_compatible(g: Frame, f: Frame) -> bool:
    if g.place is None or f.place is None:
        return True
    cg, cf = _country(g), _country(f)
    if cg and cf and cg != cf:
        return False
    # a sea or gulf does not contain a town far off its shores: "a ship in the Gulf of Aden" and "drones
    # at Eilat" are two events (seas have no country, so the country test above cannot tell)
    if (getattr(g.place.label, "kind", None) == "sea") != (getattr(f.place.label, "kind", None) == "sea") \
            and hasattr(g.place.label, "lat") and hasattr(f.place.label, "lat") and _km(g, f) > SEA_REACH_KM:
        return False
    # one is a region or country that contains the other; a curated area ("the Golan", "the Hamrin
    # mountains") is small: a town far from its point lies outside it
    if not g.specific or not f.specific:
        area = g if not g.specific else f
        if area.place.kind != "country" and getattr(area.place.label, "kind", None) != "sea" \
                and str(getattr(area.place.label, "gazetteer_id", "")).startswith(("facility:", "place:")) \
                and hasattr(g.place.label, "lat") and hasattr(f.place.label, "lat") and _km(g, f) > CURATED_AREA_KM:
            return False
        return True
    return _km(g, f) <= 3  # the same site under two names; two towns are two events


def _country(f: Frame) -> Optional[str]:
    if f.place is None:
        return None
    return f.place.label if f.place.kind == "country" else f.place.label.country


def _km(g: Frame, f: Frame) -> float:
    a, b = g.place.label, f.place.label
    return haversine_km(a.lat, a.lon, b.lat, b.lon)


def _absorb(g: Frame, f: Frame) -> None:
    # a weak sentence ("l'agression contre Gaza") adds words to an event, never its place
    if f.place is not None and f.strength >= MIN_ALONE and (g.place is None or _precision(f) < _precision(g)):
        g.place = f.place
    if f.date is not None and (g.date is None or (g.date_statement and not f.date_statement)
                               or (f.date_explicit and not g.date_explicit)):
        g.date, g.date_precision, g.date_explicit = f.date, f.date_precision, f.date_explicit
        g.date_statement = f.date_statement
    # "gunmen attacked a convoy, killing two drivers. Trucks were looted": the looting is the attack's detail
    detail = f.sub == "Looting/property destruction" and bool(g.fatalities or g.injured)
    # ("… affirmant avoir tué des dizaines de militaires et saisi des armes": arms taken in a fight are its spoils)
    detail = detail or (f.sub == "Disrupted weapons use" and g.sub in ("Armed clash", "Attack"))
    if g.uncertain and not f.uncertain and not detail:
        g.sub, g.uncertain = f.sub, False
    elif g.sub in PROTEST_RANK and f.sub in PROTEST_RANK and PROTEST_RANK[f.sub] > PROTEST_RANK[g.sub]:
        g.sub = f.sub  # one protest told twice: the telling that says it was dispersed or turned violent decides
    elif g.uncertain and f.uncertain and {g.sub, f.sub} == {"Attack", "Armed clash"}:
        g.sub = "Attack"  # "opened fire at a bus stop, killing six people" … "the attack began": the victims decide
    elif g.uncertain and f.uncertain and f.strength > g.strength:
        g.sub = f.sub
    g.weapons |= f.weapons
    if g.weapons and g.uncertain:
        from sitrep.components.assemble import WEAPON_SUB

        for w, s in WEAPON_SUB:
            if w in g.weapons:
                g.sub, g.uncertain = s, False
                break
    # a denial's counter-accusation ("bombardées par l'armée") never names the attacker
    # a default actor ("unidentified armed group" for a bomb nobody named) yields to one the text names
    weak = vague_actor(g.actor1) and f.actor1 is not None and not vague_actor(f.actor1)
    if f.sub == _INTERCEPT and g.sub != _INTERCEPT and g.event_type != f.event_type:
        # a launch, then its interception: the event is the launch, so its author is who launched (the
        # interception's actor2), never the side that shot it down
        if f.actor2 is not None and (g.actor1 is None or vague_actor(g.actor1) or g.actor1_inherited):
            g.actor1, g.actor1_inherited = f.actor2, False
    elif f.status != "denied" and not _planted_by_state(g, f) \
            and (g.actor1 is None or weak or (g.actor1_inherited and f.actor1 is not None and not f.actor1_inherited)):
        g.actor1, g.actor1_inherited = f.actor1, f.actor1_inherited
    if g.actor2 is None:
        # "L'ANT a repoussé une attaque… Des éléments de Boko Haram ont ouvert le feu sur les positions de l'ANT": told
        # from the other side, the second sentence's attacker is the first one's opponent
        mirrored = f.actor2 is not None and g.actor1 is not None and f.actor2.label == g.actor1.label
        g.actor2 = f.actor1 if mirrored else f.actor2
        if g.actor2 is not None and g.actor1 is not None and g.actor2.label == g.actor1.label and not vague_actor(g.actor1):
            g.actor2 = None
    if STATUS_RANK.get(f.status, 0) > STATUS_RANK.get(g.status, 0) or (f.status == g.status and g.claimant is None and f.claimant):
        # (the same status told with its source: who reported it is worth keeping)
        g.status, g.claimant, g.claim_text, g.claim_strength = f.status, f.claimant, f.claim_text, f.claim_strength
    g.fatalities = _max(g.fatalities, f.fatalities)
    g.injured = _max(g.injured, f.injured)
    g.target = g.target or f.target
    g.strength = max(g.strength, f.strength)
    g.sents = sorted(set(g.sents) | set(f.sents))


def _planted_by_state(g: Frame, f: Frame) -> bool:
    """"Un camion a sauté sur un engin explosif. Trois passagers ont été tués": the army a follow-up sentence took
    from the story before did not plant the bomb (as in assemble, a bomb is never the previous sentence's army)."""
    return f.actor1_inherited and f.actor1 is not None and g.sub in ("Remote explosive/landmine/IED", "Suicide bomb") \
        and f.actor1.data["entry"].type == "State forces"


def _max(a: Optional[int], b: Optional[int]) -> Optional[int]:
    if a is None:
        return b
    if b is None:
        return a
    return max(a, b)


# Triggers this weak ("riposte", "offensive") make an event only together with a stronger sentence.
MIN_ALONE = 0.5


# "l'accord conclu à Moscou en mars 2020", "l'enlèvement de Chibok en 2014": told as history, no news of the day
HISTORY_DAYS = 366


def _history(doc: Doc, f: Frame) -> bool:
    return (f.date is not None and doc.anchor is not None and doc.anchor_source == "published"
            and (doc.anchor - f.date).days > HISTORY_DAYS)


def _is_event(f: Frame) -> bool:
    if f.place is None or f.strength < MIN_ALONE:
        return False
    # a whole country with no day of its own is background talk or a tally ("In Israel, ten soldiers have been
    # killed"), not an event we can place
    if f.place.kind == "country" and (f.date is None or not f.date_explicit):
        return False
    # "le M23 … s'est emparé depuis de vastes pans du Nord-Kivu": a region told as background, with no day
    if f.background and f.date is None and not f.place.data.get("specific"):
        return False
    return True


def emit_events(doc: Doc) -> None:
    from sitrep.components.assemble import DEFAULT_WEAPON, default_victims

    for f in doc.frames:
        if f.sub == "Abduction/forced disappearance" and f.fatalities:
            f.sub = "Attack"  # "neuf civils tués et cinq enlevés": people killed make the raid an attack, whoever was taken
        if not f.weapons and f.sub in DEFAULT_WEAPON:
            f.weapons = {DEFAULT_WEAPON[f.sub]}
        if f.actor2 is None:  # after the merge: a side named in any telling wins over the default
            f.actor2 = default_victims(doc, f)
        doc.events.append(_to_event(doc, f))


def _to_event(doc: Doc, f: Frame) -> Event:
    evidence = [doc.sentence_evidence(s) for s in f.sents]
    place = _place(doc, f)
    a1 = _actor(doc, f.actor1)
    a2 = _actor(doc, f.actor2)
    conf = _confidence(f)
    return Event(
        # "la semaine dernière", "الشهر الماضي": a week or a month is known, no day; the date stays empty
        id="", article_ids=[doc.article.id], event_date=f.date if f.date_precision == "day" else None,
        date_precision=f.date_precision if f.date else "unknown",
        event_type=f.event_type, sub_event_type=f.sub, actor1=a1, actor2=a2, target=f.target,
        location=place, weapons=sorted(f.weapons), fatalities=f.fatalities, injured=f.injured,
        attribution=Attribution(f.status, f.claimant, f.claim_text), evidence=evidence, confidence=conf,
    )


def _actor(doc: Doc, sp) -> Optional[Actor]:
    if sp is None:
        return None
    e = sp.data["entry"]
    return Actor(name=e.name, text=doc.text[sp.start:sp.end], type=e.type)


def _place(doc: Doc, f: Frame) -> Optional[Place]:
    sp = f.place
    if sp is None:
        return None
    text = doc.text[sp.start:sp.end]
    if sp.kind == "country":
        from sitrep.gazetteer import get_gazetteer

        gaz = get_gazetteer()
        hits = gaz.geocode(text, limit=1)
        c = hits[0] if hits else None
        lat, lon = (c.lat, c.lon) if c else (None, None)
        name = c.name if c else text
        direction = sp.data.get("direction")
        ext = gaz.country_extent(sp.label) if direction else None
        if ext:  # "le sud du Liban": a point in that part of the country's extent
            lat, lon = _compass_point(ext, direction)
            name = f"{_COMPASS[direction]} {name}"
        return Place(name=name, text=text, lat=round(lat, 4) if lat is not None else None,
                     lon=round(lon, 4) if lon is not None else None, country=sp.label, admin1=None, geo_precision=3,
                     gazetteer_id=(c.gazetteer_id if c else f"country:{sp.label}") + (f"#{direction}" if ext else ""),
                     kind="region" if ext else "country")
    c = sp.label
    road = _road_midpoint(doc, sp)
    if road is not None:  # "sur l'axe Diabaly-Niono", "the road linking Gao and Ansongo": halfway along it
        lat, lon, other = road
        return Place(name=f"{c.name}–{other.name} road", text=text, lat=round(lat, 4), lon=round(lon, 4), country=c.country,
                     admin1=None, geo_precision=2, gazetteer_id=f"{c.gazetteer_id}~{other.gazetteer_id}", kind="road")
    off = _offset(doc, sp)
    if off is not None:  # "60 nautical miles southeast of Aden": the point that far off the reference place
        lat, lon, label = off
        return Place(name=f"{label} of {c.name}", text=text, lat=round(lat, 4), lon=round(lon, 4), country=c.country,
                     admin1=None, geo_precision=2, gazetteer_id=f"{c.gazetteer_id}#{label.replace(' ', '')}", kind="offset")
    return Place(name=c.name, text=text, lat=round(c.lat, 5), lon=round(c.lon, 5), country=c.country, admin1=c.admin1,
                 geo_precision=sp.data.get("precision", c.geo_precision), gazetteer_id=c.gazetteer_id, kind=c.kind)


# "60 nautical miles southeast of Aden", "à une trentaine de kilomètres à l'ouest de Nyunzu", "على بعد 30 كلم شمال مدينة X"
_NUM = r"(\d[\d,.]*|(?:une?\s+|a\s+)?[a-zé]+)"
_OFFSET = {
    "en": re.compile(_NUM + r"\s*(nautical miles?|nm|km|kms|kilometers?|kilometres?|miles?)\s*(?:\([^()]{0,30}\)\s*)?"
                     r"(north|south|east|west|north-?east|north-?west|south-?east|south-?west)\s+of\s+(?:the\s+)?(?:[a-z-]+\s+){0,3}$", re.I),
    "fr": re.compile(_NUM + r"\s+(?:de\s+)?(milles? nautiques|km|kilom[èe]tres?|milles?)\s+(?:au|à\s+l['’]\s*)"
                     r"(nord-est|nord-ouest|sud-est|sud-ouest|nord|sud|est|ouest)\s+(?:de|du|des|d['’])\s*(?:la\s+|l['’]\s*)?(?:[a-zé-]+\s+(?:de\s+|d['’]\s*)?){0,2}$", re.I),
    "ar": re.compile(r"على\s+بعد\s+(?:نحو\s+|حوالي\s+|قرابة\s+)?([\d٠-٩]+)\s+(كيلومترا|كيلومترات|كيلومتر|كلم|كم|ميلا|أميال|ميل)\s+"
                     r"(?:إلى\s+|الى\s+)?(?:ال)?(شمال\s*شرق|شمال\s*غرب|جنوب\s*شرق|جنوب\s*غرب|شمال|جنوب|شرق|غرب)ي?\s+(?:\S+\s+){0,2}$"),
}
_BEARING = {"north": 0, "northeast": 45, "east": 90, "southeast": 135, "south": 180, "southwest": 225, "west": 270, "northwest": 315,
            "nord": 0, "nordest": 45, "est": 90, "sudest": 135, "sud": 180, "sudouest": 225, "ouest": 270, "nordouest": 315,
            "شمال": 0, "شمالشرق": 45, "شرق": 90, "جنوبشرق": 135, "جنوب": 180, "جنوبغرب": 225, "غرب": 270, "شمالغرب": 315}
_ENGLISH = {"north": "north", "nord": "north", "شمال": "north", "south": "south", "sud": "south", "جنوب": "south",
            "east": "east", "est": "east", "شرق": "east", "west": "west", "ouest": "west", "غرب": "west"}
# "une trentaine", "a dozen", "twenty": a round distance in words
_WORDS = {"dizaine": 10, "douzaine": 12, "quinzaine": 15, "vingtaine": 20, "trentaine": 30, "quarantaine": 40, "cinquantaine": 50,
          "soixantaine": 60, "centaine": 100, "dix": 10, "quinze": 15, "vingt": 20, "trente": 30, "quarante": 40, "cinquante": 50,
          "dozen": 12, "ten": 10, "fifteen": 15, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "hundred": 100}


def _distance(word: str) -> Optional[float]:
    w = word.translate(str.maketrans("٠١٢٣٤٥٦٧٨٩", "0123456789")).replace(",", "").strip()
    try:
        return float(w)
    except ValueError:
        return _WORDS.get(w.split()[-1].lower()) if w else None


def _offset(doc: Doc, sp) -> Optional[tuple[float, float, str]]:
    rx = _OFFSET.get(doc.lang)
    m = rx.search(doc.text[max(0, sp.start - 90):sp.start]) if rx is not None else None
    if m is None:
        return None
    n = _distance(m.group(1))
    if n is None:
        return None
    unit = m.group(2).lower()
    nautical = unit.startswith(("nautical", "milles n")) or unit == "nm"
    km = n * (1.852 if nautical else 1.609 if unit.startswith(("mile", "mille", "ميل", "أميال")) else 1.0)
    if not 10 <= km <= 500:
        return None
    direction = re.sub(r"[\s-]", "", m.group(3).lower())
    b = math.radians(_BEARING[direction])
    lat = sp.label.lat + km * math.cos(b) / 111.2
    lon = sp.label.lon + km * math.sin(b) / (111.2 * max(0.2, math.cos(math.radians(sp.label.lat))))
    compass = "".join(_ENGLISH[k] for k in re.findall(r"north|south|east|west|nord|sud|est|ouest|شمال|جنوب|شرق|غرب", direction))
    unit_en = "nautical miles" if nautical else "miles" if km != n else "km"
    return lat, lon, f"{n:g} {unit_en} {compass}"


# The other end of a road or a stretch between two towns: "l'axe Koui-Bocaranga", "the Gubio-Damasak road"
# (after the first end, which the place finder keeps), "la piste reliant A à B", "between A and B", "بين A وB".
_HYPHEN_END = re.compile(r"^\s?[-–—]\s?((?:[A-ZÀ-Ý][\w'’]+)(?:[ -][A-ZÀ-Ý][\w'’]+)?|[\u0621-\u064A]+(?:\s[\u0621-\u064A]+)?)")
_LINK_END = re.compile(r"^" + BETWEEN_AND + r"((?:[A-ZÀ-Ý][\w'’-]+)(?:\s[A-ZÀ-Ý][\w'’-]+)?|[\u0621-\u064A]+)")
# ("…, about five kilometres north of Tirúa", "à hauteur de Bonoua": a nearer point named after the road)
_NEAR_AFTER = re.compile(r"^(?:\s+(?:road|highway|route|axis|corridor|track))?\s*,?\s*(?:\(|near\b|close to\b|outside\b|à hauteur\b|au niveau\b|près\b|non loin\b|aux abords\b|"
                         r"à proximité\b|(?:about |some |around |environ |à )?\d|قرب|بالقرب|عند|على بعد)", re.I)


def _road_midpoint(doc: Doc, sp):
    """The other end of a road the place begins, and the point halfway: (lat, lon, other end) or None."""
    before = doc.text[max(0, sp.start - 24):sp.start]
    after = doc.text[sp.end:sp.end + 48]
    m = _HYPHEN_END.match(after)
    cue = ROAD_WORD_BEFORE.search(before)
    if m is not None and not (cue or ROAD_AFTER.match(after[m.end():])):
        m = None
    if m is None:
        cue = BETWEEN.search(before)
        m = _LINK_END.match(after) if cue else None
    if m is None:
        return None
    lo, hi = sp.end + m.start(1), sp.end + m.end(1)
    # "…between Tirúa and Cañete, about five kilometres north of Tirúa", "l'axe Abidjan-Aboisso à hauteur de Bonoua",
    # "youths from Miango barricaded the Jos–Miango road": the sentence places it nearer than halfway
    sent = doc.sents[doc.sent_of(sp.start)]
    rest = doc.text[sent.start:sp.start - len(before) + (cue.start() if cue else len(before))] + " " + doc.text[hi:sent.end]
    if _NEAR_AFTER.match(doc.text[hi:hi + 40]) or any(
            re.search(r"(?<!\w)" + re.escape(w) + r"(?!\w)", rest) for w in (doc.text[sp.start:sp.end], doc.text[lo:hi])):
        return None
    a = sp.label
    other = next((p.label for p in doc.get("place") if p.start == lo and p.label is not None
                  and getattr(p.label, "lat", None) is not None), None)
    if other is None:
        from sitrep.gazetteer import get_gazetteer

        name = doc.text[lo:hi]
        gaz = get_gazetteer()
        # (a name the gazetteer knows as it is written: "Miango" is no "Mangu")
        hits = gaz.geocode(name, countries=[a.country] if a.country else [], limit=1) if len(name) >= 3 and gaz.is_name(name) else []
        other = hits[0] if hits and hits[0].score >= 0.5 else None
    if other is None or other.country != a.country or other.kind in ("country", "region", "sea"):
        return None
    if not 8 <= haversine_km(a.lat, a.lon, other.lat, other.lon) <= 300:
        return None
    return (a.lat + other.lat) / 2, (a.lon + other.lon) / 2, other


_COMPASS = {"N": "northern", "S": "southern", "E": "eastern", "W": "western", "NE": "north-eastern",
            "NW": "north-western", "SE": "south-eastern", "SW": "south-western", "C": "central"}


def _compass_point(ext: tuple[float, float, float, float], direction: str) -> tuple[float, float]:
    lat_min, lat_max, lon_min, lon_max = ext
    fy = 0.8 if "N" in direction else (0.2 if "S" in direction else 0.5)
    fx = 0.8 if "E" in direction else (0.2 if "W" in direction else 0.5)
    return lat_min + fy * (lat_max - lat_min), lon_min + fx * (lon_max - lon_min)


def _confidence(f: Frame) -> float:
    """From the evidence: trigger strength, and whether actor, place and day were found in the text."""
    c = 0.25 + 0.3 * f.strength
    c += 0.12 if f.actor1 is not None and not f.actor1_inherited else (0.05 if f.actor1 is not None else 0)
    c += 0.12 if f.specific else 0.04
    c += 0.1 if f.date_explicit else (0.04 if f.date else 0)
    c -= 0.08 if f.uncertain else 0
    c -= 0.05 if f.list_size > 3 else 0
    # linear calibration against strict correctness on the tuning splits (sitrep eval --reliability)
    return max(0.05, min(0.95, CALIBRATION[0] * (c - CALIBRATION[1])))


CALIBRATION = (1.6, 0.45)
