"""Assemble event frames from the spans of each sentence: one frame per place per trigger
sentence, with actors, date, weapons, casualties and attribution, each backed by evidence."""
from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from functools import lru_cache
from datetime import date, timedelta
from typing import Optional, Sequence

from sitrep.components.attribution import attribution_for, is_related, source_phrase, speaker_before
from sitrep.components.mentions import state_force
from sitrep.components.places import country_info, item_label
from sitrep.doc import Doc, Span
from sitrep.gazetteer.match import haversine_km
from sitrep.model import SUB_TO_TYPE
from sitrep.text import fold_str

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
_ARMED_MEN = re.compile(r"\barm[ée]e?s\b|\barm[ée]\b|\barmed\b|\bgunm[ae]n\b|مسلح", re.I)
# The weapon a sub-type implies when the text names none.
DEFAULT_WEAPON = {
    "Armed clash": "firearms", "Air/drone strike": "airstrike", "Shelling/artillery/missile attack": "artillery",
    "Remote explosive/landmine/IED": "ied", "Suicide bomb": "suicide_bomb", "Grenade": "grenade", "Chemical weapon": "chemical",
}
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
    date_statement: bool = False  # the only day given is the day of a statement ("said on Monday it had…")
    # told in "…, a day after X": (days from the sentence's day, where the clause starts)
    day_shift: tuple[int, int] = (0, 0)
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
    head: Optional["Frame"] = None  # the area-wide event whose towns a list tells (merge._spread_over_list)

    @property
    def event_type(self) -> str:
        return SUB_TO_TYPE[self.sub]

    @property
    def anchored(self) -> bool:
        """Something concrete ties the frame to one occurrence: a place, a day the text gives,
        a casualty count, or a named actor (not one supplied by default or carried over)."""
        return bool(self.place is not None or (self.date_explicit and self.date_precision == "day") or self.fatalities or self.injured
                    or (self.actor1 is not None and not self.actor1_inherited and not self.actor1.data.get("default")))

    @property
    def specific(self) -> bool:
        return bool(self.place is not None and self.place.kind == "place" and self.place.data.get("specific"))

    def location_key(self):
        if self.place is None:
            return None
        if self.place.kind == "country":
            return ("country", self.place.label)
        return (self.place.label.gazetteer_id,)


# Strength of a frame told only by a definite event noun: below merge.MIN_ALONE.
REFERENCE_STRENGTH = 0.45
FIRST_TELLING_STRENGTH = 0.55  # a definite event noun that is the story's first telling: enough to stand alone
# How many sentences after a dated one an undated event still belongs to that day's story.
DATE_CARRY = 5
# How many sentences after it the story's attacker still acts in a sentence that names no actor.
ACTOR_CARRY = 4
FLASHBACK_DAYS = 7  # an event dated this long before the story's day is history told in passing


def assemble(doc: Doc) -> None:
    last_actor: dict[int, tuple[Span, int]] = {}  # paragraph -> (actor1, sentence)
    story: Optional[tuple[date, str, int]] = None  # (day, precision, sentence) of the story so far
    para_background: dict[int, bool] = {}
    for i, sent in enumerate(doc.sents):
        if sent.ignored:
            continue
        dates = [d for d in doc.get("date", i) if d.label and not d.data.get("since") and not d.data.get("dateline")
                 and not doc.overlaps("stat", d.start, d.end)]
        if _date_line(doc, i, dates):
            continue  # "Friday, 31 May 2024" on a line of its own: the page's date, not the story's day
        background = bool(doc.get("background", i)) or (para_background.get(sent.paragraph, False) and not dates)
        if doc.get("background", i):
            para_background[sent.paragraph] = True
        prev_actor = last_actor.get(0)
        if prev_actor is not None and _new_item(doc, i, prev_actor[1]):
            prev_actor = None  # nor its attacker
        cuts = _after_cuts(doc, i)
        frames = _frames_for_sentence(doc, i, prev_actor, cuts)
        if not frames:
            _claim_only(doc, i)
        if doc.get("similar", i):
            _same_kind(doc, frames)
        for f in frames:
            f.background = background
            own = [x for x in dates if not _other_clause(doc, f.trigger, x)]
            # "اشتباكات … ليلة الجمعة …، فيما سقطت قذيفة على منزل": a while-clause with no day of its own shares the first's
            own = own or [x for x in dates if x.end <= f.trigger.start]
            own = [x for x in own if not _after_of_another(doc, i, f.trigger, x, cuts, own)]
            if own:
                # a bare month ("which the RSF seized in June") yields to a day, even a statement's
                d = min(own, key=lambda x: (_statement_date(doc, i, x) or bool(x.data.get("bare_month")), x.data.get("precision") != "day",
                                              abs(x.start - f.trigger.start) + (0 if x.start < f.trigger.start else 5)))
                f.date, f.date_precision, f.date_explicit = d.label, d.data.get("precision", "day"), True
                f.date_statement = _statement_date(doc, i, d)
                if _published(doc, d) and story is not None and story[1] == "day" \
                        and d.label is not None and story[0] <= d.label and i - story[2] <= 1 and f.actor1 is not None \
                        and any(g.sent == story[2] and g.actor1 is not None and g.actor1.label == f.actor1.label for g in doc.frames):
                    # "Dans un message diffusé samedi, le groupe affirme avoir visé …": what the story told happened on its day
                    f.date, f.date_precision, f.date_explicit = story[0], story[1], False
                said_on = [x for x in dates if x is not d and "story_rel" not in x.data and x.data.get("precision") == "day"
                           and _statement_date(doc, i, x) and x.end <= d.start]  # the relative day is inside what was said
                if "story_rel" in d.data and said_on:  # "said on Tuesday it had struck … the previous day"
                    f.date, f.date_statement = said_on[0].label + timedelta(days=d.data["story_rel"]), False
                elif "story_rel" in d.data and story is not None:  # "la veille": the day before the story's day
                    f.date = story[0] + timedelta(days=d.data["story_rel"])
            elif story is not None and not background and i - story[2] <= DATE_CARRY and not _new_item(doc, i, story[2]) \
                    and not doc.get("no_date", i):  # ("…, sans préciser la date": no day to carry over)
                f.date, f.date_precision = story[0], story[1]
            if f.date_statement and doc.get("no_date", i):
                f.date, f.date_precision, f.date_explicit = None, None, False  # "announced today …, without saying when"
            shift, cut = f.day_shift
            told = [x for x in dates if x.end <= cut and "story_rel" not in x.data and x.data.get("precision") == "day"]
            # "N'Djamena, le 10 janvier (Tchadinfos) – Deux jours après l'attaque…": the dateline's day is the one counted from
            told = told or [x for x in doc.get("date", i) if x.data.get("dateline") and x.label and x.end <= cut
                            and x.data.get("precision", "day") == "day"]
            if shift and told and not any(cut <= x.start for x in own):
                # "…on Saturday, a day after a rocket attack on X killed…": X's day is the day before Saturday
                f.date, f.date_precision, f.date_explicit = told[-1].label + timedelta(days=shift), "day", True
            doc.frames.append(f)
            if f.actor1 is not None and not f.actor1_inherited and not f.actor1.data.get("default"):
                last_actor[0] = (f.actor1, i)
        # "…لقصف مدفعي منذ ساعات الصباح، فيما أطلق … طوال الليلة الماضية": the other clause's day is not the story's
        # (nor is the day a message was published: "Dans un message diffusé samedi…")
        dates = [d for d in dates if "story_rel" not in d.data and d.data.get("precision") == "day"
                 and not (frames and all(_other_clause(doc, f.trigger, d) for f in frames))
                 and not (frames and all(not f.date_explicit and f.date == (story[0] if story else None) for f in frames)
                          and _published(doc, d))]
        # a weak reference ("l'attentat du 22 avril à Pahalgam") names another event's day, not the story's
        explicit = [f for f in frames if f.date_explicit and f.date_precision == "day" and f.strength > REFERENCE_STRENGTH]
        told = explicit[0].date if explicit else dates[0].label if dates else None
        # "…responsables de l'attentat du 22 avril": a flashback weeks back; the story goes on at its day
        flashback = told is not None and story is not None and story[1] == "day" and (story[0] - told).days > FLASHBACK_DAYS
        if flashback:
            explicit, dates = [], []
        if explicit:  # the story's day is the one its events took, so later sentences agree with them
            story = (explicit[0].date, "day", i)
        elif dates and (frames or doc.get("stat", i) and doc.get("trigger", i)):
            # ("Vendredi soir, des bombardiers ont frappé plus de 85 cibles": a tally of the day's strikes still dates the story)
            story = (dates[0].label, dates[0].data.get("precision", "day"), i)
        elif dates and story is None:
            story = (dates[0].label, dates[0].data.get("precision", "day"), i)
        elif dates and not frames and not background and _scene(doc, i):
            # "On 9 December, troops responded to a distress call at Ihiala market." sets the scene of what follows
            story = (dates[0].label, dates[0].data.get("precision", "day"), i)
        elif dates and not frames and not background and dates[0].data.get("precision") == "day" \
                and not _statement_date(doc, i, dates[0]) \
                and any(t.label[1] >= 0.85 and not doc.overlaps("mention", t.start, t.end) for t in doc.get("trigger", i)):
            # "On 13 March, teachers protested in several towns of the province. In Ranya, …": an event told with no
            # place of its own still dates what follows
            story = (dates[0].label, "day", i)
        elif story is not None and any(f.date == story[0] and not f.date_explicit and not f.background for f in frames):
            story = (story[0], story[1], i)  # a sentence that took the story's day keeps the story going
    _sole_air_power(doc)
    _protest_aftermath(doc)
    _first_telling(doc)


def _first_telling(doc: Doc) -> None:
    """"🔴 صنعاء: ارتفاع حصيلة الغارات الإسرائيلية على العاصمة ظهر أمس الأحد إلى ٦ قتلى": a definite event noun with a
    day and a place of its own, in a story that told no such event before, is the event told for the first time."""
    for k, f in enumerate(doc.frames):
        if f.strength != REFERENCE_STRENGTH or f.place is None or not f.place.data.get("specific") or f.place.data.get("origin") \
                or not (f.date_explicit and f.date_precision == "day") or f.date_statement or f.background \
                or not _told_as_reference(doc, f.trigger):
            continue
        if not any(g.event_type == f.event_type and g.strength > REFERENCE_STRENGTH for g in doc.frames[:k]):
            f.strength = FIRST_TELLING_STRENGTH


# how a protest went, most telling first: told in a later sentence it still changes the protest's kind
PROTEST_RANK = {"Peaceful protest": 0, "Protest with intervention": 1, "Violent demonstration": 2, "Excessive force against protesters": 3}


# the protesters, by any name, in the sentence that tells how a protest ended
_CROWD_WORD = re.compile(r"\b(?:crowds?|protesters?|demonstrators?|marchers|rally|protest|foule|manifestants?|manifestation|rassemblement|marche)\b"
                         r"|(?:^|\s)[وف]?(?:ال)?(?:متظاهرين|المتظاهرين|محتجين|المحتجين|حشود|الحشود|المسيرة|التظاهرة|الوقفة)", re.I)


def _protest_aftermath(doc: Doc) -> None:
    """"Des milliers de personnes ont manifesté jeudi à Antananarivo. Les forces de l'ordre ont dispersé les
    manifestants à coups de gaz lacrymogène": the next sentences, when they tell of no other protest, say
    how this one ended."""
    frames = [f for f in doc.frames if f.sub in PROTEST_RANK]
    for f in frames:
        for j in (f.sent + 1, f.sent + 2):
            if j >= len(doc.sents) or doc.sents[j].paragraph > doc.sents[f.sent].paragraph + 1:
                break
            here = [g for g in doc.frames if g.sent == j]
            # "Police fired live rounds to disperse the crowd, killing one": the shooting that ends the protest is
            # its intervention, told in a sentence of its own, not another event
            dispersal = bool(doc.get("excessive", j) or doc.get("intervention", j)) and bool(here) \
                and not any(g.sub in PROTEST_RANK for g in here) and bool(_CROWD_WORD.search(doc.text[doc.sents[j].start:doc.sents[j].end]))
            if any(g.sub in PROTEST_RANK or g.event_type not in ("Protests", "Riots") for g in here) and not dispersal:
                break  # another protest, or another story
            sub = ("Excessive force against protesters" if doc.get("excessive", j) else
                   "Violent demonstration" if any(t.label[0] == "riot" for t in doc.get("trigger", j)) else
                   "Protest with intervention" if doc.get("intervention", j) else None)
            if sub is not None and PROTEST_RANK[sub] > PROTEST_RANK[f.sub]:
                f.sub = sub
            if dispersal:
                force = next((g.actor1 for g in here if g.actor1 is not None and g.actor1.data["entry"].type == "State forces"), None)
                if force is not None and (f.actor2 is None or f.actor2.data["entry"].type == "Civilians"):
                    f.actor2 = force  # the police that fired are the side the protest met
                f.fatalities = f.fatalities or max((g.fatalities or 0 for g in here), default=0) or None
                f.injured = f.injured or max((g.injured or 0 for g in here), default=0) or None
                doc.frames = [g for g in doc.frames if g not in here]


def _sole_air_power(doc: Doc) -> None:
    """"Les frappes ont visé Deir ez-Zor, Mayadine et Boukamal": air strikes told without their author, in an
    article where one state alone is named striking from the air, are that state's."""
    strikes = [f for f in doc.frames if f.sub == "Air/drone strike"]
    named = [f.actor1 for f in strikes if f.actor1 is not None and not vague_actor(f.actor1) and not f.actor1_inherited]
    # a headline counts too: "les Etats-Unis frappent des dizaines de cibles en Irak et en Syrie"
    for a in doc.get("actor"):
        if a.data.get("acting") and doc.sents[a.sent].ignored:
            t = next((t for t in doc.get("trigger", a.sent) if t.start >= a.end), None)
            if t is not None and t.label[0] == "strike":
                named.append(a)
    if len({a.label for a in named}) != 1 or named[0].data["entry"].type not in ("State forces", "External/Other forces"):
        return
    for f in strikes:
        # "l'attaque au moyen d'un drone contre la Tower 22": armed groups fly drones too, only strikes and raids are the state's
        # the state's own forces hit ("une attaque de drone a visé Aïn al-Assad, blessant cinq soldats américains") did not strike
        if (f.actor1 is None or vague_actor(f.actor1)) and f.trigger.label[0] != "attack" \
                and not (f.actor2 is not None and is_related(f.actor2.label, named[0].label)):
            f.actor1, f.actor1_inherited = named[0], True


# "…لقصف مدفعي منذ الصباح، فيما أطلق جيش العدو القنابل المضيئة طوال الليلة الماضية": a date in the
# clause after فيما/بينما is that clause's, not the event's
_AR_CLAUSE = re.compile(r"(?:^|\s)(?:فيما|بينما|في حين|وفي حين)(?:\s|$)|؛")


def _other_clause(doc: Doc, trigger: Span, d: Span) -> bool:
    if doc.lang != "ar":
        return False
    lo, hi = (trigger.end, d.start) if trigger.end <= d.start else (d.end, trigger.start)
    return lo < hi and bool(_AR_CLAUSE.search(doc.text[lo:hi]))


_BULLET = re.compile(r"\s*[-–—•*▪]\ufe0f?\s")  # ("▪️": the square may carry an emoji variation selector)


def _new_item(doc: Doc, i: int, dated: int) -> bool:
    """A bulleted item of its own ("- Des frappes ont été signalées…") under a dated item before it: a list
    of incidents gives each its own date, so an item that gives none is undated, not the one before's."""
    sent = doc.sents[i]
    return doc.sents[dated].paragraph != sent.paragraph and bool(_BULLET.match(doc.text[sent.start:sent.end]))


def _date_line(doc: Doc, i: int, dates: list[Span]) -> bool:
    """A sentence near the top that is nothing but a date (and a word or two: "Updated", a weekday, a time)."""
    sent = doc.sents[i]
    if not dates or sent.paragraph > 3:
        return False
    rest = doc.text[sent.start:sent.end]
    for d in sorted(dates, key=lambda x: -x.start):
        rest = rest[:d.start - sent.start] + rest[d.end - sent.start:]
    return len(re.findall(r"[^\W\d_]{4,}", rest)) <= 2 and len(rest.strip()) <= 30


_PUBLISHED_BEFORE = re.compile(r"\b(?:message|communiqu[ée]|vid[ée]o|statement|video|bulletin|d[ée]claration|post|audio|"
                               r"enregistrement|tweet|recording)s?\s+(?:[\w'’-]+\s+){0,2}(?:diffus[ée]e?|publi[ée]e?|released|posted|"
                               r"issued|broadcast|mise? en ligne|carried|published|relay[ée]d?|relay[ée]e?)\s+(?:on\s+|le\s+|ce\s+)?$", re.I)


def _published(doc: Doc, d: Span) -> bool:
    """"dans un message diffusé samedi", "in a video posted on Monday": the day a message was put out."""
    return bool(_PUBLISHED_BEFORE.search(doc.text[max(0, d.start - 60):d.start]))


_STATEMENT_GAP = re.compile(r"^[\s,]*(?:(?:in|via) (?:a|an) [\w\s-]{0,30}?)?[\s,]*(?:(?:late|early) )?(?:on )?$", re.I)


def _statement_date(doc: Doc, i: int, d: Span) -> bool:
    """"the army said on Monday (that) its troops had killed…", "said in a statement on Monday": the day
    of the statement, which yields to any other date of the sentence ("… at dawn on Sunday", "last week")."""
    if any(0 <= d.start - c.end <= 40 and _STATEMENT_GAP.match(doc.text[c.end:d.start]) for c in doc.get("say", i)):
        return True
    if _published(doc, d):
        return True
    # "أعلنت خلية الإعلام الأمني، اليوم الأربعاء، مقتل…": Arabic names the speaker between its verb and the day
    # (only against another day: "أعلنت الشرطة أمس اعتقال … خلال الأسابيع الماضية" keeps the day of the arrests)
    return doc.lang == "ar" and not any(x.data.get("precision") in ("week", "month", "year") for x in doc.get("date", i)) and any(
        0 <= d.start - c.end <= 60 and any(c.end <= a.start and a.end <= d.start and not doc.text[c.end:a.start].strip()
                                           and re.fullmatch(r"[\s،,]*(?:(?:صباح|مساء|ظهر|فجر|ليل|عصر)\s+)?(?:اليوم|[أا]مس)?[\s،,]*", doc.text[a.end:d.start]) for a in doc.get("actor", i))
        for c in doc.get("say", i))


def _claim_only(doc: Doc, i: int) -> None:
    """"Al-Shabaab claimed responsibility.", "وتبنى التنظيم الهجوم": a claim told in its own sentence,
    with no event word, belongs to the event just told (up to two sentences back)."""
    if not doc.get("claim_strong", i) or not doc.frames or i - doc.frames[-1].sents[-1] > 2:
        return
    if doc.get("stat", i):
        return  # "l'armée dit avoir déjoué plus de 30 tentatives depuis janvier": the claim is of a tally
    actors = [a for a in doc.get("actor", i) if a.data["entry"].type not in ("Civilians",)]
    if not actors:
        return
    claimant = actors[0]
    last = doc.frames[-1].sents[-1]
    # a crowd claims nothing: "l'armée avait annoncé…" after a protest tells of something else
    for f in [f for f in doc.frames if f.sents[-1] == last and SUB_TO_TYPE[f.sub] not in ("Protests", "Riots")]:
        if f.actor1 is None or f.actor1_inherited or vague_actor(f.actor1):
            f.actor1, f.actor1_inherited = claimant, False
        if is_related(claimant.label, f.actor1.label if f.actor1 else None):
            cue = doc.get("claim_strong", i)[0]
            f.status, f.claimant, f.claim_text, f.claim_strength = "claimed", claimant.label, doc.text[cue.start:cue.end], 0.8
        f.sents.append(i)



_DEFINITE = re.compile(r"(?:\b(?:les|ces|the|these|those)\s+|(?:^|\s)[وف]?(?:ال|هؤلاء\s+ال?))$", re.I)


def _definite_unnamed(doc: Doc, actor: Span) -> bool:
    """An unnamed side told with a definite article points back to a group already named ("the attackers", "المهاجمين")."""
    if actor.label != "Unidentified armed group":
        return False
    text = doc.text[max(0, actor.start - 12):actor.start]
    head = doc.text[actor.start:actor.end]
    return bool(_DEFINITE.search(text) or re.match(r"[وفب]?ال", head))


# "Separately, a landmine left over from the war exploded…": a new story, whose author is not the last one's
_SEPARATELY = re.compile(r"^\W*(?:separately|elsewhere|in (?:a |another )?separate (?:incident|development|attack)|"
                         r"s[ée]par[ée]ment|dans un (?:autre|incident) (?:incident|s[ée]par[ée])|"
                         r"و?في (?:سياق|حادث|حادثة|تطور) (?:منفصل|آخر|اخر|منفصلة))\b", re.I)


_KILLED_BY = re.compile(r"\b(?:shot dead|gunned down|shot and killed|killed|murdered|stabbed to death|hacked to death|tuée?s?|abattue?s?|"
                        r"assassinée?s?|poignardée?s?)\s+(?:[\w'’]+\s+){0,4}?(?:by|par)\s|(?:^|\s)[وف]?(?:برصاص|بنيران|على يد)\s", re.I)
_CROWD_THERE = re.compile(r"\b(?:(?:étaient|était|s['’]était|s['’]étaient|were|was|had)\s+(?:rassembl\w*|réuni\w*|gathered|assembled)"
                          r"|(?:veillée|prayer vigil|vigil of prayer|prière|prayers?|worshipp?ers|fidèles|messe|funeral|funérailles|"
                          r"wedding|mariage|cérémonie|ceremony))\b", re.I)


# a relative clause in the pluperfect tells an earlier act of someone named ("…two men who had fired rockets")
_RELATIVE = re.compile(r",?\s+(?:who|which|that)\s+had\s|,?\s+qui\s+avai(?:en)?t\s"
                       r"|\s(?:الذي|التي|الذين|اللذين|اللتين)\s+(?:كان|كانت|كانوا|سبق)")


_SETTING_BEFORE = re.compile(r"(?:\b(?:as|amid|while|alors que|tandis que|sur fond de|en pleine?|au milieu des?)"
                             r"|(?:^|\s)(?:وسط|في ظل|مع|بالتزامن مع))\s+(?:(?:the|ongoing|heavy|renewed|les|la|le|des|de|l['’])\s*){0,2}$", re.I)
_SETTING_AFTER = re.compile(r"^\s+(?:intensified|escalated|raged|continued|spread|flared|persisted|s['’]intensifi\w*|se poursui\w*|"
                            r"font rage|faisaient rage|s['’]étend\w*)\b", re.I)
_CAME_AFTER = re.compile(r"^\s+(?:came|comes|followed|occurred|intervient|intervenait|survient|survenait|est survenue?s?)\s+"
                         r"(?:[\w'’-]+\s+){0,4}?(?:after|après|au lendemain)\b", re.I)


def _setting(doc: Doc, t: Span) -> bool:
    """A battle word that sets the scene ("as fighting intensified", "amid clashes") or stands for an event
    told before ("The fighting came a day after…"), not the sentence's own event."""
    if t.label[0] != "Armed clash":
        return False
    before = doc.text[max(doc.sents[t.sent].start, t.start - 30):t.start]
    after = doc.text[t.end:min(doc.sents[t.sent].end, t.end + 60)]
    if _SETTING_BEFORE.search(before) and (_SETTING_AFTER.match(after) or re.match(r"^\s*(?:in|across|à|en|dans|في)\b", after)):
        return True
    return bool(re.search(r"(?:^|[.!?]\s+)(?:the|les?|la)\s+$", doc.text[doc.sents[t.sent].start:t.start], re.I) and _CAME_AFTER.match(after))


# a seizure, or a bomb made safe ("defused an improvised explosive device", "désamorcé un engin explosif")
_SEIZE = re.compile(r"[وف]?(?:seiz|confiscat|recover|saisi|confisqu|r[ée]cup[ée]r|ضبط|حجز|صادر|مصادر"
                    r"|defus|dismantl|disarm|d[ée]samor[cç]|neutralis|d[ée]mantel|تفكيك|فكك|ابطال|إبطال)", re.I)


_FIGHT_WORDS = ("attack", "Attack", "Armed clash")
# taking arms, not making a bomb safe ("désamorcé un engin" after a sweep is an event of its own)
_SPOILS = re.compile(r"[وف]?(?:seiz|captur|confiscat|saisi|confisqu|r[ée]cup[ée]r|s['’]empar|استول|غنم)", re.I)


def _seized_item(doc: Doc, t: Span, triggers: list[Span]) -> bool:
    """A bomb word in the list of what a seizure took ("seized explosives, detonators and a suicide vest"), or
    the bomb a disposal team made safe."""
    return t.label[0] in ("Suicide bomb", "Remote explosive/landmine/IED", "explosion", "Grenade") and any(
        s.label[0] == "Disrupted weapons use" and s.end <= t.start and t.start - s.end <= 80 and _SEIZE.match(doc.text[s.start:s.end])
        and not re.search(r"[.;:!?؟]", doc.text[s.end:t.start]) for s in triggers)


def _frames_for_sentence(doc: Doc, i: int, prev_actor: Optional[tuple[Span, int]], after: dict[int, int]) -> list[Frame]:
    triggers = [t for t in doc.get("trigger", i) if _live(doc, t)]
    if not triggers or (doc.get("habitual", i) and not _day_dated(doc, i)):
        return []  # "convoys are periodically targeted by bombs": a pattern of attacks, no one event
    if any(getattr(st.label, "description", None) == "projectiles" for st in doc.get("stat", i)) \
            and all(t.label[0] in ("Disrupted weapons use", "Air/drone strike", "strike", "Shelling/artillery/missile attack")
                    for t in triggers if t.label[1] >= 0.5):
        return []  # "54 drones destroyed overnight over the Tver, Smolensk and Oryol regions": a night's tally, told as one
    # "الهجوم"، "l'attaque": a definite event noun refers to an event told elsewhere (or to no event);
    # a sentence whose every trigger is one reports nothing new alone, only with a stronger sentence
    # ("اندلعت المواجهات فجر الأربعاء في…": a verb before the definite noun tells the event itself)
    reference = all(_told_as_reference(doc, t) or doc.overlaps("mention", t.start, t.end) for t in triggers)
    dates = [d for d in doc.get("date", i) if d.label and not d.data.get("dateline")]
    if not reference and dates and all(d.data.get("since") for d in dates):
        return []  # "has set up bases since launching its operation in April 2022": a period, no one event
    # a casualty verb gives no type when another trigger does, but it still tells that something happened
    # ("ont tué trois hommes lors d'une opération de ratissage")
    surest = max(t.label[1] for t in triggers)
    # "هاجم مستوطنون… وأضرموا النار": arson by a group that attacks is part of its attack, no riot, unless a crowd is there
    # ("insurgents entered the town, where they looted shops and set fire to the police post": an armed group's raid)
    armed = [a for a in doc.get("actor", i) if a.data["entry"].type not in ("Protesters", "Rioters", "Civilians")]
    if any(t.label[0] == "riot" for t in triggers) \
            and (any(t.label[0] == "attack" for t in triggers) or (armed and any(t.label[0] == "Looting/property destruction" for t in triggers))) \
            and not any(t.label[0] == "protest" for t in triggers) \
            and not any(a.data["entry"].type in ("Protesters", "Rioters") for a in doc.get("actor", i)):
        triggers = [t for t in triggers if t.label[0] != "riot"]
    elif any(a.data["entry"].type in ("Identity militia", "Political militia", "Rebel group") for a in armed) \
            and all(t.label[0] == "riot" for t in triggers if t.label[1] >= 0.5) \
            and not any(a.data["entry"].type in ("Protesters", "Rioters") for a in doc.get("actor", i)) and not doc.get("crowd", i):
        # "أضرم مستوطنون النار في ثلاث مركبات": a group that burns property, no crowd named, destroys it; it does not riot
        triggers = [Span("trigger", t.start, t.end, ("Looting/property destruction", t.label[1]), sent=t.sent, data=t.data)
                    if t.label[0] == "riot" else t for t in triggers]
    # "tués … où des fidèles étaient rassemblés pour une veillée de prière", "opened fire on a crowd that had gathered":
    # a crowd that was there, or worshippers, are the ones hit, not a protest
    if any(t.label[0] != "protest" and t.label[1] >= 0.5 for t in triggers):
        triggers = [t for t in triggers if t.label[0] != "protest" or not _CROWD_THERE.search(
            doc.text[max(doc.sents[i].start, t.start - 40):min(doc.sents[i].end, t.end + 40)])] or triggers
    # "…, as fighting intensified across the region", "The fighting came a day after gunmen opened fire…":
    # fighting that only sets the scene, or refers to an event told before, is not what the sentence reports
    triggers = [t for t in triggers if not _setting(doc, t)] or triggers
    # "arrested four suspects and seized explosives, detonators and a suicide vest": what was seized was not used
    triggers = [t for t in triggers if not _seized_item(doc, t, triggers)] or triggers
    # "attacked army camps …, killing dozens of soldiers and seizing weapons": arms taken in a fight are its spoils
    triggers = [t for t in triggers if not (t.label[0] == "Disrupted weapons use" and _SPOILS.match(doc.text[t.start:t.end])
                                            and any(a.label[0] in _FIGHT_WORDS and a.end <= t.start for a in triggers))] or triggers
    # "أسقطت الدفاعات الجوية طائرة مسيّرة مفخخة", "shot down an attack drone": the weapon intercepted is no strike
    stopped = [t for t in triggers if t.label[0] == "Disrupted weapons use"]
    # ("تصدت المضادات الأرضية فجر اليوم لعدد من المسيرات الانتحارية": further on, within the same clause)
    triggers = [t for t in triggers if not (t.label[0] in ("Air/drone strike", "Shelling/artillery/missile attack", "strike") and any(
        d.start <= t.start <= d.end + 25 or (d.end <= t.start <= d.end + 45 and not re.search(r"[,،;]", doc.text[d.end:t.start]))
        for d in stopped))] or triggers
    if any(t.label[0] != "kill" for t in triggers):
        triggers = [t for t in triggers if t.label[0] != "kill"]
    # the new event a sentence tells outranks the one it only refers to ("…pour un bilan de l'embuscade")
    fresh = [t for t in triggers if not doc.overlaps("mention", t.start, t.end)] or triggers
    # "a drone struck a car, killing two men who had fired rockets at Galilee": a relative clause tells another act
    rel = _RELATIVE.search(doc.text, min(t.end for t in fresh), doc.sents[i].end)
    fresh = [t for t in fresh if rel is None or t.start < rel.start()] or fresh
    main = max(fresh, key=lambda t: (t.label[1], -t.start))
    rel = _RELATIVE.search(doc.text, main.end, doc.sents[i].end)
    weapons = {w.label for w in doc.get("weapon", i) if rel is None or w.start < rel.start()} - {"other"} \
        if main.label[0] != "protest" else set()
    if main.label[0] == "Shelling/artillery/missile attack" and "firearms" in weapons:
        # "هاجموا النقطة بالأسلحة الرشاشة والقذائف الصاروخية، ودارت اشتباكات": rifles and RPGs in a fight are a clash
        main = next((t for t in fresh if t.label[0] == "Armed clash" and t.label[1] >= main.label[1]), main)
    all_weapons = {w.label for w in doc.get("weapon", i)}
    actor1, actor2 = _actors(doc, i, main, triggers)
    sub, uncertain = _sub_type(doc, i, main, weapons, actor1)
    # "هاجم مئات الشبان مساكن الطلاب", "hundreds of young men attacked hostels": a crowd that attacks, no armed group named, is a mob
    # (Arabic puts the subject after its verb: "هاجم مئات الشبان")
    crowd = next((c for c in doc.get("crowd", i) for t in triggers if t.label[0] in ("attack", "Attack")
                  and ((c.end <= t.start and t.start - c.end <= 40) or (doc.lang == "ar" and 0 <= c.start - t.end <= 3)
                       # "beaten to death by a group of residents", "lynchés par une foule": the crowd is the agent
                       or _crowd_agent(doc, t, c))), None)
    if crowd is None:  # "lynché et brûlé par des riverains", "beaten to death by residents": people as the agent are a mob
        crowd = next((a for a in doc.get("actor", i) for t in triggers if t.label[0] in ("attack", "Attack")
                      and a.data["entry"].type == "Civilians" and _crowd_agent(doc, t, a)), None)
    if crowd is not None and sub in ("Armed clash", "Attack") \
            and not any(a.data["entry"].type in ("Rebel group", "Political militia", "Identity militia", "External/Other forces")
                        and not a.data["entry"].generic for a in doc.get("actor", i)) \
            and (actor1 is None or actor1.data["entry"].generic or _crowd_agent(doc, main, crowd)):
        rioters = _rioters()
        if rioters is not None:
            sub, actor1 = "Mob violence", _as_span(doc, crowd, rioters)
            if actor2 is not None and crowd.start <= actor2.start < crowd.end:
                actor2 = None  # "young men" in the crowd are the mob, not its victims
    elif sub == "Attack" and actor1 is not None and actor1.data["entry"].type == "Rioters" \
            and actor2 is not None and actor2.data["entry"].type == "Civilians":
        sub = "Mob violence"  # "angry residents lynched a man": a mob that kills or beats people riots
    # a state's forces that take ground regain it, as ACLED defines the sub-types ("أعلن الجيش أن قواته بسطت سيطرتها")
    # (the other way round is left to the words: "retaken from al-Shabaab" names the loser right after the verb)
    if sub == "Non-state actor overtakes territory" and actor1 is not None and actor1.data["entry"].type == "State forces":
        sub = "Government regains territory"
    inherited = False
    # "Le groupe, qui fédère X et Y, a ajouté avoir visé…": the subject is the story's actor
    opener = [a for a in doc.get("subject_anaphora", i) if a.start - doc.sents[i].start <= 3]
    if opener and prev_actor is not None:
        if actor1 is not None and actor2 is None and actor1.label != prev_actor[0].label:
            actor2 = None
        actor1, inherited = prev_actor[0], True
    # "قالت هيئة الحشد إن الضربات طالت مقرات تابعة لها": a speaker telling of its own sites hit is the side hit
    # (unless its own men acted: "أن مجاهديها شنّوا هجوماً … مستهدفين ضباطها وجنودها" is the enemy's officers)
    sent_text = doc.text[doc.sents[i].start:doc.sents[i].end]
    owner = _owner_speaker(doc, i, main)
    if owner is not None and actor1 is not None and owner.label == actor1.label \
            and not (_OWN_MEN.search(sent_text) or _AR_OWN_MEN.search(sent_text)):
        actor1, actor2 = None, owner
    # "أقرّ جيش الاحتلال بمقتل رقيب … إثر انفجار عبوة", "the army acknowledged the deaths of two soldiers in the
    # ambush": a side owning up to its losses was hit, whoever struck
    loser = _loss_owner(doc, i)
    if loser is not None and (actor2 is None or vague_actor(actor2) or actor2.label == loser.label):
        actor1, actor2 = (None if actor1 is not None and actor1.label == loser.label else actor1), loser
    reach = ACTOR_CARRY + 3 if doc.get("subject_anaphora", i) else ACTOR_CARRY  # "les paramilitaires" points further back
    # a roadside bomb or a suicide bomber is never the army of the sentence before ("F-16s struck…; the same day
    # a shepherd was killed by a bomb")
    planted = sub in ("Remote explosive/landmine/IED", "Suicide bomb") and prev_actor is not None \
        and (prev_actor[0].data["entry"].type == "State forces" or not doc.get("subject_anaphora", i))
    # nor are air strikes by aircraft an armed group's told before ("L'EI a revendiqué… des frappes aériennes menées dimanche…")
    planted = planted or (sub == "Air/drone strike" and "drone" not in weapons and prev_actor is not None
                          and prev_actor[0].data["entry"].type not in ("State forces", "External/Other forces"))
    if actor1 is not None and prev_actor is not None and i - prev_actor[1] <= reach and _definite_unnamed(doc, actor1) \
            and prev_actor[0].data["entry"].type not in ("State forces", "Civilians", "Protesters", "Rioters") \
            and not prev_actor[0].data["entry"].generic and actor2 is not prev_actor[0]:
        # "…une attaque menée par des jihadistes de l'EI. Les assaillants ont ouvert le feu": the attackers are the group named
        actor1, inherited = prev_actor[0], True
    if actor1 is None and prev_actor is not None and i - prev_actor[1] <= reach and SUB_TO_TYPE[sub] not in ("Protests", "Riots") \
            and (prev_actor[0].data["entry"].type not in ("Protesters", "Rioters") or SUB_TO_TYPE[sub] == "Battles") \
            and not planted and not _SEPARATELY.match(doc.text[doc.sents[i].start:doc.sents[i].start + 40]):
        # no actor named, or the only side named is the one hit ("what the IDF called Houthi infrastructure")
        if doc.get("subject_anaphora", i) or not doc.get("actor", i) or (actor2 is not None and not is_related(prev_actor[0].label, actor2.label)):
            actor1, inherited = prev_actor[0], True
    if sub == "Attack" and actor2 is None:
        actor2 = next((a for a in doc.get("actor", i) if a.label == "Civilians"), None)
    if actor2 is None and owner is not None and (actor1 is None or actor1.label != owner.label):
        actor2 = owner
    if actor2 is None and SUB_TO_TYPE[sub] in ("Explosions/Remote violence", "Violence against civilians"):
        actor2 = _counted_victims(doc, i, actor1)
    elif actor2 is not None and actor2.label == "Civilians":
        # "مقتل سبعة أشخاص بينهم امرأة وطفل": the evidence for the victims is the count that names them first
        counted = _counted_victims(doc, i, actor1)
        if counted is not None and counted.start < actor2.start:
            actor2 = counted
    stats_here = bool(doc.get("stat", i))
    if stats_here and not any(d.label and not d.data.get("since") and not d.data.get("dateline") and not _statement_date(doc, i, d)
                              and d.data.get("precision") not in ("year", "month") for d in doc.get("date", i)):
        # a tally over a period ("20 attaques depuis janvier", "said on Sunday it had killed 58 since Thursday",
        # "مقتل 37 شخصًا … خلال شهر أيار") is no event
        return []
    # "des rassemblements en soutien aux Palestiniens … dans plusieurs villes, dont Irbid": a protest's cause is its theme
    causes = doc.get("cause", i) if main.label[0] != "protest" else [
        # "gathered … to denounce the attacks on Jaramana": the place of the attack denounced is no protest's place
        t for c in doc.get("theme", i) for t in doc.get("trigger", i) if t.label[0] != "protest" and c.end <= t.start]
    # ("…, selon la Défense civile de Gaza", "selon l'agence Anadolu", "بحسب الدفاع المدني في غزة": the reporter's own
    # place names no event, even when the sentence names no other)
    src = source_phrase(doc, i)
    places = [p for p in doc.get("place", i) if p.data.get("origin") in (False, None, "stationed") and not doc.overlaps("actor", p.start, p.end)
              and not any(c.end <= p.start for c in causes) and not (src is not None and src[1] <= p.start < src[2])]
    # "troops stationed in Mayadin shelled Busayrah": where the shooters are posted yields to where the shells fell
    # ("l'unité stationnée à Koro a été prise pour cible": it is where they were attacked when nothing else is named)
    if any(p.data.get("origin") != "stationed" for p in places):
        places = [p for p in places if p.data.get("origin") != "stationed"]
    # "arrêté un journaliste pour un bilan de l'embuscade de Banibangou": a reference to another event
    # places nothing when the sentence tells something new
    anchors = [t for t in triggers if t.label[1] >= 0.5 and (reference or not doc.overlaps("mention", t.start, t.end))]
    refs = [t for t in triggers if not reference and doc.overlaps("mention", t.start, t.end)]
    fronted = _fronted_place(doc, i, places)
    places = _attached(places, anchors or [main], doc.get("actor", i))
    if not places and fronted is not None:
        places = [fronted]  # "A Bamenda, le 8 février, …": a place put before the whole sentence is where all of it happened
    if anchors and refs:  # a place told right after the reference is the reference's
        places = [p for p in places if min(_gap(p, t) for t in triggers) < min(_gap(p, t) for t in refs) or
                  min(_gap(p, t) for t in anchors) <= min(_gap(p, t) for t in refs)]
    specific = [p for p in places if p.data.get("specific")]
    if specific:
        # "مناطق قنديل وهاكورك وسنجار": a region named in one list with towns is an event place like them
        while True:
            more = [p for p in places if p not in specific and _listed_with(doc, p, specific)]
            if not more:
                break
            specific = [p for p in places if p in specific or p in more]
        targets_places = _drop_modifiers(doc, _between_pairs(doc, specific))
        # "- Al-Hudaydah: … a landmine exploded east of Zabid city": a digest item's heading names the province,
        # the place its sentence names is where it happened
        labels = [p for p in targets_places if item_label(doc, p.start, p.end)]
        if labels and len(labels) < len(targets_places):
            targets_places = [p for p in targets_places if p not in labels]
    else:
        regional = [p for p in places if not p.data.get("specific")]
        countries = _attached([c for c in doc.get("country", i) if not c.data.get("adjective") and not _is_origin(doc, c)
                               and not doc.overlaps("actor", c.start, c.end)],
                              [t for t in triggers if t.label[1] >= 0.5] or [main])
        if stats_here:
            return []
        targets_places = _region_list(doc, regional) if regional else ([countries[0]] if countries else [None])
        if targets_places == [None]:
            targets_places = [_story_place(doc, i)]
    status, claimant, claim_text, cstrength = attribution_for(
        doc, i, actor1.label if actor1 else None, actor2.label if actor2 else None)
    if actor1 is None and status == "claimed" and SUB_TO_TYPE[sub] in ("Explosions/Remote violence", "Violence against civilians"):
        # "des drones ont frappé la base, a revendiqué la Résistance islamique": who claims an unsigned strike did it
        # (not an arrest told beside a claim of the attack, nor one side's account of a clash)
        speaker = speaker_before(doc, i)
        if speaker is not None and speaker.label == claimant and speaker.data["entry"].type not in ("Civilians", "Protesters", "Rioters"):
            actor1 = speaker
    killed, injured = _casualties(doc, i)
    target = next((t.label for t in doc.get("target", i) if t.start >= main.start - 40), None)
    if not weapons and not uncertain and sub in DEFAULT_WEAPON:
        all_weapons = set(all_weapons) | {DEFAULT_WEAPON[sub]}
    if not weapons and sub in ("Attack", "Abduction/forced disappearance") and actor1 is not None \
            and _ARMED_MEN.search(doc.text[actor1.start:actor1.end]):
        all_weapons = set(all_weapons) | {"firearms"}  # "tués par des hommes armés", "abducted by gunmen": they carried guns
    if sub == "Armed clash" and any(a is not None and a.data["entry"].type in ("Protesters", "Rioters") for a in (actor1, actor2)):
        sub, uncertain = "Violent demonstration", True  # "des affrontements ont opposé des manifestants aux forces de sécurité"
    if SUB_TO_TYPE[sub] in ("Protests", "Riots"):
        crowd = next((a for a in doc.get("actor", i) if a.data["entry"].type in ("Protesters", "Rioters")), None)
        if actor1 is not None and actor1.data["entry"].type not in ("Protesters", "Rioters"):
            actor2 = actor2 if actor2 is not None and actor2.data["entry"].type not in ("Protesters", "Rioters") else actor1
            actor1 = crowd
        elif actor1 is None:
            actor1 = crowd
    frames = []
    # "attacked a position in Metula and launched rockets at a base in Kiryat Shmona": each place takes the
    # definite event word told just before it, when the sentence tells of different kinds of attack
    definite = [t for t in triggers if t.label[0] in SUB_TO_TYPE and t.label[1] >= 0.5 and t in anchors]
    split = len(targets_places) > 1 and len({t.label[0] for t in definite}) > 1
    clauses, (lo, hi) = _clauses(doc, i, main, targets_places, after)
    if clauses and actor1 is not None and not lo <= actor1.start < hi:
        # the subject found belongs to another clause: the main clause's own is the one named before its verb
        actor1 = next((a for a in reversed(doc.get("actor", i)) if lo <= a.start < main.start and _clause_subject(doc, a, lo, main)), None)
    for p in targets_places:
        p_sub, p_uncertain = sub, uncertain
        if split and p is not None:
            # (only the event words of the place's own clause: "Police arrested 14 in Soweto, while in Diepsloot a man
            # was beaten to death": Diepsloot's event word follows it)
            near = [t for t in definite if t.end <= p.start and (not clauses or id(p) in clauses or lo <= t.start < hi)]
            if near and near[-1].label[0] != sub:
                p_sub, p_uncertain = near[-1].label[0], False
        a1 = actor1 if actor1 is not None else default_actor(p_sub, p)
        if a1 is None and p_sub == "Looting/property destruction" and _unrest(doc):
            a1 = default_actor("Violent demonstration", p)  # "plusieurs commerces ont été pillés" in a story of riots
        p_trigger = main
        clause = clauses.get(id(p))
        if clause is not None:  # "X struck A, while Y shelled B": B's event is the second clause's
            p_trigger, c_actor = clause
            c_weapons = {w.label for w in doc.get("weapon", i) if p_trigger.start <= w.start < p.start} - {"other"}
            p_sub, p_uncertain = _sub_type(doc, i, p_trigger, c_weapons, c_actor)
            if c_actor is not None:
                a1 = c_actor
            elif SUB_TO_TYPE[p_sub] in ("Protests", "Riots") and a1 is not None and a1.data["entry"].type not in ("Protesters", "Rioters"):
                # "…, pendant qu'à Dori des centaines d'habitants marchaient": the other clause's event has its own
                # side, not the main clause's soldiers
                a1 = default_actor(p_sub, p)
        raid = p_sub == "Armed clash" and p_uncertain and p_trigger.label[0] == "attack"
        if (p_sub == "Shelling/artillery/missile attack" or raid) and _from_afar(doc, i, p_trigger, a1, p, abroad=raid):
            # "the American-British aggression launched two raids on Hodeidah": an army far from home strikes from the air
            p_sub = "Air/drone strike"
        # a side is not its own opponent ("l'ANT a repoussé une attaque contre ses positions": the attackers go unnamed)
        # ("انفجار سيارتين مفخختين، يقود إحداهما انتحاري": outside a battle, the unnamed bomber told after the blast is
        # its author again, not who it hit; two unnamed gangs may fight each other)
        a2 = None if actor2 is not None and a1 is not None and actor2.label == a1.label \
            and (not vague_actor(a1) or SUB_TO_TYPE[p_sub] != "Battles") else actor2
        if a2 is None and actor2 is not None and SUB_TO_TYPE[p_sub] in ("Explosions/Remote violence", "Violence against civilians"):
            a2 = _counted_victims(doc, i, a1)  # ("قتل 18 شخصا … يقود إحداهما انتحاري": the people it killed)
        if a2 is None and p_sub in ("Air/drone strike", "Shelling/artillery/missile attack"):
            a2 = _struck_front(p, a1)
        f = Frame(sent=i, trigger=p_trigger, sub=p_sub, uncertain=p_uncertain,
                  strength=min(main.label[1], REFERENCE_STRENGTH) if reference else max(main.label[1], surest), actor1=a1,
                  actor1_inherited=inherited, actor2=a2, place=p, weapons=set(all_weapons) - ({"other"} if weapons else set()),
                  status=status, claimant=claimant, claim_text=claim_text, claim_strength=cstrength, target=target,
                  sents=[i], list_size=len(targets_places), day_shift=_day_shift(after, p, p_trigger, triggers))
        if len(targets_places) == 1:
            f.fatalities, f.injured = killed, injured
        frames.append(f)
    return frames


@lru_cache(maxsize=1)
def _struck_fronts() -> dict:
    from sitrep.lang import DATA_DIR, _yaml

    return _yaml(DATA_DIR / "struck_fronts.yaml")


def _struck_front(p: Optional[Span], a1: Optional[Span]) -> Optional[Span]:
    """"Israeli jets struck the port of Hodeidah": the movement that holds the land foreign forces strike, when no
    target is named, is the side struck (data/struck_fronts.yaml); the place's name is the evidence."""
    if p is None or a1 is None or not hasattr(p.label, "country"):
        return None
    front = _struck_fronts().get(p.label.country) or {}
    if a1.data["entry"].name not in (front.get("strikers") or ()):
        return None
    from sitrep.lang import load_actors

    entry = load_actors()[2].get(front.get("target") or "")
    return None if entry is None else Span("actor", p.start, p.end, entry.name, sent=p.sent, data={"entry": entry, "derived": True})


_CLAUSE_BREAK = {
    "fr": re.compile(r",?\s+(?:tandis|alors|cependant|pendant)\s+qu(?:e\s+|['’]\s*)|\s*;\s+", re.I),
    "en": re.compile(r",?\s+(?:while|whereas)\s+|\s*;\s+", re.I),
    "ar": re.compile(r"[،,]?\s*(?:فيما|بينما|في حين|وفي حين)\s+|\s*؛\s*"),
}


# "…on Saturday, a day after a rocket attack on Moirang killed…": the clause tells an earlier event of its own
_AFTER_BREAK = {
    "fr": re.compile(r"(?:,?\s+|^|[–—-]\s*)(?:(?P<d1>au lendemain (?:de|du|d['’])\s*|un jour après\s+)|(?P<d0>(?:quelques\s+)?heures après\s+)"
                     r"|(?P<dn>(?P<n>deux|trois|quatre|cinq) jours après\s+))", re.I | re.M),
    "en": re.compile(r"(?:,?\s+|^|[–—-]\s*)(?:(?P<d1>(?:a|one|the)\s+day\s+after\s+)|(?P<d0>(?:just\s+|only\s+|a\s+few\s+)?hours\s+after\s+)"
                     r"|(?P<dn>(?P<n>two|three|four|five) days after\s+))", re.I | re.M),
    "ar": re.compile(r"[،,]?\s*(?:(?P<d1>(?:غداة|بعد يوم (?:من|على))\s+)|(?P<d0>بعد ساعات (?:من|على)\s+)|(?P<dn>بعد (?P<n>يومين|ثلاثة أيام|أربعة أيام) (?:من|على)\s+))"),
}
_N_DAYS = {"deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "two": 2, "three": 3, "four": 4, "five": 5,
           "يومين": 2, "ثلاثة أيام": 3, "أربعة أيام": 4}


def _clause_subject(doc: Doc, a: Span, lo: int, verb: Span) -> bool:
    # ("douze soldats ont été tués dans l'attaque…, tandis qu'à Abalak…": a passive's subject was hit)
    return a.data["entry"].type != "Civilians" and not _modifier(doc, a) \
        and not _PREP_BEFORE.search(doc.text[max(lo, a.start - 40):a.start]) and not _PASSIVE.search(doc.text[a.end:verb.start])


def _clauses(doc: Doc, i: int, main: Span, places: list[Span],
             after: dict[int, int]) -> tuple[dict[int, tuple[Span, Optional[Span]]], tuple[int, int]]:
    """Places told in a clause after "while", "tandis que", "بينما" that has its own event word: each
    such place -> (that clause's event word, its subject). Places in the main trigger's clause are absent.
    Also the bounds of the main trigger's clause (the whole sentence when there is no other)."""
    sent = doc.sents[i]
    rx = _CLAUSE_BREAK.get(doc.lang)
    if rx is None or len([p for p in places if p is not None]) < 2:
        return {}, (sent.start, sent.end)
    cuts = sorted([m.end() for m in rx.finditer(doc.text, sent.start, sent.end)] + list(after))
    if not cuts:
        return {}, (sent.start, sent.end)
    bounds = [sent.start] + cuts + [sent.end]

    def segment(pos: int) -> int:
        return max(k for k in range(len(bounds) - 1) if bounds[k] <= pos)

    main_seg = segment(main.start)
    actors = doc.get("actor", i)
    out: dict[int, tuple[Span, Optional[Span]]] = {}
    for p in places:
        if p is None:
            continue
        k = segment(p.start)
        if k == main_seg:
            continue
        lo, hi = bounds[k], bounds[k + 1]
        trig = [t for t in doc.get("trigger", i) if lo <= t.start < hi and t.label[1] >= 0.5 and _live(doc, t)]
        if not trig:
            continue
        t = max(trig, key=lambda x: (x.label[1], -x.start))
        subj = next((a for a in reversed(actors) if lo <= a.start < t.start and _clause_subject(doc, a, lo, t)), None)
        if subj is None:  # "…, while Israeli drones struck B": the agent may follow the verb ("frappé par")
            subj = next((a for a in actors if t.end <= a.start < hi and _passive_agent(doc, t, a, actors)), None)
        out[id(p)] = (t, _acting_forces(doc, subj))
    if not out:
        return {}, (sent.start, sent.end)
    return out, (bounds[main_seg], bounds[main_seg + 1])


def _after_cuts(doc: Doc, i: int) -> dict[int, int]:
    """Where "a day after", "hours after" clauses start -> how many days their event is from the sentence's day."""
    after = _AFTER_BREAK.get(doc.lang)
    sent = doc.sents[i]
    return {m.end(): (-1 if m.group("d1") else -_N_DAYS[m.group("n").lower()] if m.group("dn") else 0)
            for m in (after.finditer(doc.text, sent.start, sent.end) if after else ())}


def _after_of_another(doc: Doc, i: int, t: Span, d: Span, cuts: dict[int, int], own: list[Span]) -> bool:
    """"The escalation came a day after factions shelled Deir Hafer on Sunday": the shelling's own day is
    Sunday; "a day after" dates the escalation from it (at a sentence's head, "A day after the attack, youths
    blocked the road", it dates what follows)."""
    if "story_rel" not in d.data or t.start < d.end or not any(d.start <= cut <= d.end + 2 for cut in cuts):
        return False
    if not any(x.start >= d.end and "story_rel" not in x.data and x.data.get("precision") == "day" for x in own):
        return False  # "…on Thursday, a day after an air strike brought it down": the clause has no day of its own
    return bool(doc.text[doc.sents[i].start:d.start].strip(" \n\t,–—-"))


def _day_shift(after: dict[int, int], p: Optional[Span], trigger: Span, triggers: Sequence[Span] = ()) -> tuple[int, int]:
    """A place told after "a day after" took place the day before: (-1, where that clause starts), else (0, 0).
    So did the event when its word is the clause's and the main clause tells none ("le Minervagracht dérivait
    mercredi dans le golfe d'Aden, deux jours après avoir été frappé": the ship was hit on Monday)."""
    told = [(shift, cut) for cut, shift in after.items() if shift and (
        (p is not None and p.start >= cut)
        or (trigger.start >= cut and not any(t.end <= cut and t.label[1] >= 0.5 for t in triggers if t is not trigger)))]
    return told[-1] if told else (0, 0)


# A place belongs to a trigger when it stands near it, or near a place that does (a list).
FIRST_GAP, CHAIN_GAP = 160, 110


def _gap(a: Span, b: Span) -> int:
    return max(0, max(a.start, b.start) - min(a.end, b.end))


def _told_as_reference(doc: Doc, t: Span) -> bool:
    a = doc.overlaps("anaphora", t.start, t.end)
    return a is not None and a.start <= t.start


# "À Bamenda, le 8 février, …", "Bamenda (Mezam) – Le 8 février, …", "وفي بلدة X، …": a place that opens the sentence
_FRONTED_BEFORE = re.compile(r"[\s\d.•*\-–—]*(?:(?:à|a|en|au|aux|dans|près de|in|at|near|outside|[وف]?في|[وف]?ب)\s*"
                             r"(?:(?:la ville|la localité|le village|the town|the village|the city) (?:de |d['’]|of )?|(?:مدينة|بلدة|قرية)\s+)?)?", re.I)
_FRONTED_AFTER = re.compile(r"\s*(?:\([^()\n]{1,40}\)\s*)?(?:[,،:]|[-–—]\s)")


def _fronted_place(doc: Doc, i: int, places: list[Span]) -> Optional[Span]:
    lo = doc.sents[i].start
    first = min(places, key=lambda p: p.start, default=None)
    if first is None or first.start - lo > 40 or not _FRONTED_BEFORE.fullmatch(doc.text[lo:first.start]) \
            or not _FRONTED_AFTER.match(doc.text, first.end):
        return None
    return first


def _attached(places: list[Span], anchors: list[Span], actors: Sequence[Span] = ()) -> list[Span]:
    def gap(a: Span, b: Span) -> int:
        # the names of the sides between an event word and its place are not distance ("fighting between the
        # Ethiopian National Defense Force (ENDF) and the Oromo Liberation Army (OLA) … around Shambu")
        lo, hi = min(a.end, b.end), max(a.start, b.start)
        return max(0, _gap(a, b) - sum(x.end - x.start for x in actors if lo <= x.start and x.end <= hi))
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


def _day_dated(doc: Doc, i: int) -> bool:
    return any(d.label and d.data.get("precision") == "day" and not d.data.get("since") and not d.data.get("dateline")
               for d in doc.get("date", i))


_QUESTION = re.compile(r"[?؟][\s»\"”’')]*$")


STORY_PLACE_REACH = 5  # sentences back
# the town just told of ("المدينة" with no name after it) or one of its quarters ("le quartier de X",
# "حي X": a name the gazetteer rarely has). "La ville", "the town's districts" and "Gaza City's Tuffah
# neighborhood" point back too loosely: on our dev articles they placed more events wrongly than rightly.
_LOCAL_REF = re.compile(r"\bquartiers?\b(?!\s+g[ée]n[ée]ra)|(?:^|\s)[وفب]?(?:ال|لل)مدينة(?=[\s،.]|$)|(?:^|\s)[وفب]?(?:حي|أحياء|الحي)\s", re.I)


def _story_place(doc: Doc, i: int) -> Optional[Span]:
    """"في حي المقوس شرقي المدينة", "dans un village de la commune": a neighbourhood or village the gazetteer
    does not know lies in the town the story last named (ACLED codes the nearest known place, precision 2)."""
    if not any(_LOCAL_REF.search(doc.text[max(0, k.start - 8):k.end + 12]) for k in doc.get("placekind", i) if k.label == "city"):
        # ("…airlifted to Nairobi. … later claimed that its fighters had carried out the attack": "the attack" is
        # one already told, not something happening where the last sentence went)
        return None if doc.get("anaphora", i) and doc.frames else _scene_place(doc, i)
    for j in range(i - 1, max(-1, i - 1 - STORY_PLACE_REACH), -1):
        towns = [p for p in doc.get("place", j) if p.label is not None and p.data.get("specific") and not p.data.get("origin")
                 and getattr(p.label, "kind", None) in ("city", "town", "village")]
        if towns:
            p = towns[0]
            return Span("place", p.start, p.end, p.label, p.sent, data={**p.data, "precision": 2, "story": True})
    return None


def _scene(doc: Doc, i: int) -> list[Span]:
    """The specific places of a sentence that tells no event itself."""
    return [p for p in doc.get("place", i) if p.label is not None and p.data.get("specific") and not p.data.get("origin")]


def _scene_place(doc: Doc, i: int) -> Optional[Span]:
    """"Troops responded to a distress call at Ihiala market. On sighting them, the criminals opened fire.":
    a sentence that only sets the scene places the events of the next ones in its paragraph that name no place."""
    for j in (i - 1, i - 2):
        if j < 0 or doc.sents[j].paragraph != doc.sents[i].paragraph or any(j in f.sents for f in doc.frames):
            return None
        if doc.sents[j].ignored:
            continue
        places = _scene(doc, j)
        if places:
            return places[0]
    return None


def _vehicle_stopped(doc: Doc, t: Span) -> bool:
    """"un autobus a été intercepté par des hommes armés", "gunmen intercepted a convoy": a vehicle stopped
    on the road, no weapon stopped in flight (what happened to those aboard is told elsewhere, if at all)."""
    if t.label[0] != "Disrupted weapons use" or not re.search(r"intercept|اعترض", fold_str(doc.text[t.start:t.end]).lower()):
        return False
    if any(w.label in ("drone", "missile", "rocket", "airstrike", "artillery", "mortar", "ied") for w in doc.get("weapon", t.sent)):
        return False
    return any(g.label in ("vehicle", "convoy") and abs(g.start - t.start) <= 60 for g in doc.get("target", t.sent))


def _live(doc: Doc, t: Span) -> bool:
    """A trigger that reports something that happened (not inside an actor name, a statistic,
    or after a modal/negation cue such as "menace de", "could", "لم")."""
    sent = doc.sents[t.sent]
    if _QUESTION.search(doc.text[sent.start:sent.end]):
        return False  # "Did Hezbollah expect that Israel would not assassinate…?" asks, it reports nothing
    inside = doc.overlaps("actor", t.start, t.end)
    # a trigger wholly inside an actor's name ("Forces de mobilisation") is none, unless it names a crowd
    # ("manifestants"); one that runs past the name ("l'aviation israélienne a frappé") is a trigger
    # ("une femme kamikaze", "a suicide bomber": the attacker's name tells the kind of attack)
    if inside and inside.start <= t.start and t.end <= inside.end and inside.data["entry"].type not in ("Protesters", "Rioters") \
            and t.label[0] != "Suicide bomb":
        return False
    if doc.overlaps("stat", t.start, t.end) and not _day_dated(doc, t.sent):
        return False  # "118 attaques depuis octobre" is a tally; "20 raids mercredi" is also that day's event
    if _tally_verb(doc, t):
        return False
    if t.label[0] != "protest" and any(p.label[0] == "protest" and p.end <= c.start and c.end <= t.start
                                       for c in doc.get("theme", t.sent) for p in doc.get("trigger", t.sent)):
        return False  # "ont manifesté pour dénoncer les frappes turques": the strikes are what the protest is about
    if t.label[0] != "protest" and any(c.end <= t.start for c in doc.get("cause", t.sent)):
        return False  # "en riposte aux massacres": the cause of the event, not the event (a protest's cause is its theme)
    if any(0 <= m.start - t.end <= 14 for m in doc.get("modal_after", t.sent)):
        return False  # "هجوم ألماني محتمل", "une frappe éventuelle": not (yet) an event
    if _vehicle_stopped(doc, t):
        return False
    for m in doc.get("modality", t.sent):
        if m.end <= t.start and t.start - m.end <= 30 and not (_ROLE.match(doc.text[m.start:m.end])
                                                              and _FINITE[doc.lang == "fr"].search(doc.text[m.end:t.start])):
            return False  # (but "deux responsables du mouvement ont été interpellés": the role's holders, then a verb)
        if m.start <= t.start < m.end:
            return False
    return True


_ROLE = re.compile(r"(?:responsables?|charg[ée]s?|responsible|in charge)\b", re.I)
# (French "a" is a verb, English "a" an article: "responsible for a rocket attack" is still a role)
_FINITE = (re.compile(r"\b(?:have|has|had|were|was|been|is|are)\b", re.I),
           re.compile(r"\b(?:ont|a|sont|est|avaient|avait|été)\b", re.I))
# "219 Maoists have been killed", "plus de 500 civils ont été tués": the words between a tally of people and its verb
_TALLY_GAP = re.compile(r"^\s*(?:have|has|had|were|was|ont|avaient|sont|ont\s+été|avaient\s+été|have\s+been|had\s+been|been|été|\s)*\s*$", re.I)


def _tally_verb(doc: Doc, t: Span) -> bool:
    """The verb of a tally over a period ("219 Maoists have been killed … since January 1") counts the dead of
    many events; it tells none of them."""
    for st in doc.get("stat", t.sent):
        s = st.label
        if s.description in ("deaths", "injured") and s.period_start and st.end <= t.start \
                and _TALLY_GAP.match(doc.text[st.end:t.start]):
            return True
    return False


def _same_kind(doc: Doc, frames: list[Frame]) -> None:
    """"un raid similaire a visé le champ de Sarsang", "هجوم مماثل على حقل سرسنك": an attack of no stated kind
    told as like the one before is of that kind, with its weapons."""
    violent = ("Battles", "Explosions/Remote violence", "Violence against civilians")
    before = next((f for f in reversed(doc.frames) if not f.uncertain and SUB_TO_TYPE[f.sub] in violent), None)
    if before is None:
        return
    for f in frames:
        if f.uncertain and SUB_TO_TYPE[f.sub] in violent:
            f.sub, f.uncertain = before.sub, False
            f.weapons |= before.weapons


def _sub_type(doc: Doc, i: int, main: Span, weapons: set[str], actor1: Optional[Span] = None) -> tuple[str, bool]:
    sub = main.label[0]
    if sub == "protest":
        # a protest where someone was killed, or the crowd burnt and looted, is no longer peaceful
        if doc.get("excessive", i) or (doc.get("killed", i) and doc.get("intervention", i)):
            return "Excessive force against protesters", False
        if any(t.label[0] == "riot" for t in doc.get("trigger", i)):
            return "Violent demonstration", False
        if any(t.label[0] == "Looting/property destruction" and any(
                a.data["entry"].type in ("Protesters", "Rioters") and 0 <= t.start - a.end <= 60 for a in doc.get("actor", i))
               for t in doc.get("trigger", i)):
            return "Violent demonstration", False  # "des manifestants ont saccagé l'agence et pillé des boutiques"
        if doc.get("intervention", i):
            return "Protest with intervention", False
        return "Peaceful protest", False
    if sub in SUB_TO_TYPE:
        if sub == "Armed clash" and not _BETWEEN_SIDES.search(doc.text[main.end:min(doc.sents[i].end, main.end + 60)]) \
                and _civilians_only_hit(doc, i, main, actor1):
            # "gunmen ambushed a bus, killing three passengers", "une incursion des ADF … dix-huit civils tués": a raid
            # on people no armed side defends is violence against civilians, not a battle
            return "Attack", True
        if sub == "Remote explosive/landmine/IED" and "suicide_bomb" in weapons:
            return "Suicide bomb", False  # "هجوم بسيارة مفخخة يقودها انتحاري": a car bomb with its bomber aboard
        if sub == "Air/drone strike" and weapons and not weapons & {"drone", "airstrike"} and weapons & {"missile", "rocket", "artillery", "mortar"}:
            return "Shelling/artillery/missile attack", False
        # the weapon a shelling verb implies ("pilonné") says nothing about who fired it
        fired = {w.label for w in doc.get("weapon", i) if not (w.start < main.end and main.start < w.end)}
        ground_fire = bool(fired & {"rocket", "artillery", "mortar"})
        if sub == "Shelling/artillery/missile attack" and any(
                w.label in ("drone", "airstrike")
                and ((0 <= main.start - w.end <= 40 and (not ground_fire or _DROP.search(doc.text[w.end:main.start])))
                     # "استهدفت مسيّرة إسرائيلية بصاروخين موجّهين سيارة": the drone inside the trigger fired them
                     or (main.start < w.start and w.end <= main.end and not ground_fire))
                for w in doc.get("weapon", i)):
            # "a drone fired a guided missile at a car", "a quadcopter dropped two mortar shells": from the air
            return "Air/drone strike", False
        return sub, False
    if {"drone", "ied"} <= weapons and _drone_payload(doc, i):
        weapons = weapons - {"ied"}  # "a drone loaded with explosives": what the drone carried, not a planted bomb
    if sub == "attack" and "firearms" in weapons and weapons & {"rocket", "mortar", "artillery"} \
            and not weapons & {"drone", "airstrike", "missile", "ied", "suicide_bomb", "chemical"} \
            and any(w.start >= main.end and _USING.search(doc.text[max(0, w.start - 24):w.start]) for w in doc.get("weapon", i)):
        # "ont ouvert le feu à l'arme légère et au lance-roquettes sur une position", "attacked the camp with rocket
        # launchers and automatic weapons": a ground assault, its heavy weapons fired from among the fighters
        return "Armed clash", False
    if sub == "strike" and weapons & {"drone", "airstrike"}:
        # "un drone a frappé une cellule qui s'apprêtait à poser des explosifs": the strike came from the air
        weapons = weapons - {"ied"}
    for w, s in WEAPON_SUB:
        if w in weapons:
            return s, False
    if sub == "kill" or (sub == "attack" and ({"firearms", "melee"} & weapons or not weapons - {"other"})):
        # "trois civils ont été tués par des tirs de l'armée": the subject of a passive verb is the victim too;
        # "the RSF killed 38 civilians in an assault on villages": so is the object of a casualty verb
        victims = _civilian_victims(doc, i, main)
        # the attacker itself ("une attaque attribuée aux miliciens CODECO") is no armed side that was hit
        mine = actor1.label if actor1 is not None else None
        # armed sides named after the event word ("…, killing two drivers, police said": the police only tell)
        armed = [a for a in doc.get("actor", i) if a.label not in ("Civilians", mine) and a.start > main.start
                 and not _trailing_speaker(doc, a, main) and not _escort(doc, a)]
        if sub == "attack" and not weapons - {"other"}:
            # a bare "attack" on civilians alone; with soldiers or fighters hit too it stays a clash
            # ("هاجم مستوطنون": in Arabic the subject follows the verb)
            armed = [a for a in armed if not (doc.lang == "ar" and 0 <= a.start - main.end <= 3)]
            if victims and not armed:
                return "Attack", True
            # "des colons ont attaqué le village, incendiant des maisons": a raid on homes and shops, no armed side
            # (not "an attack on a military base in the village of Sabiid": the base was hit, the village says where)
            if not armed and any(t.label in _CIVILIAN_TARGETS for t in doc.get("target", i)) \
                    and not any(t.label in _ARMED_TARGETS for t in doc.get("target", i)):
                return "Attack", True
        else:
            # "gang members killed at least five people", "gunmen opened fire at a bus stop, killing six people":
            # people counted dead, with no armed side named as hit, are civilians
            if not victims and (sub == "kill" or not armed) and _counted_victims(doc, i, None) is not None:
                victims = [main]
            # "a village headman was shot dead by two gunmen": a killing by someone, with no side that fought back
            if not victims and not armed and sub == "kill" and actor1 is not None \
                    and actor1.data["entry"].type not in ("State forces", "Civilians") \
                    and _KILLED_BY.search(doc.text[doc.sents[i].start:doc.sents[i].end]) \
                    and not any(t.label[0] == "Armed clash" for t in doc.get("trigger", i)):
                victims = [main]
            if victims or sub == "kill":
                return ("Attack" if victims else "Armed clash"), True
    if sub == "riot":
        return "Violent demonstration", False  # stones and burning tyres: a riot for sure, whatever else the sentence tells
    if sub == "explosion" and any(t.label in ("ship", "warship") for t in doc.get("target", i)):
        return "Shelling/artillery/missile attack", True  # an explosion by a ship at sea: a projectile, most often
    return GENERIC_DEFAULT.get(sub, "Armed clash"), True


# event words that tell of two sides fighting, whoever is hit
_TWO_SIDED = re.compile(r"clash|affront|combat|fight|fought|battle|gunfight|shoot-?out|exchange|[ée]change|heurt|accroch|encounter|engag|oppos"
                        r"|اشتب|معار[ك]|مواجه|تبادل|نزاع|اقتتال", re.I)
_BETWEEN_SIDES = re.compile(r"\b(?:between|entre)\b|(?:^|\s)بين\s")


# "…, تحت حماية جنود الاحتلال", "under the protection of soldiers": forces that guard the attackers fight no one
_ESCORT_BEFORE = re.compile(r"(?:(?:تحت\s+|ب)حماي[ةه]\s+(?:من\s+)?|under\s+(?:the\s+)?(?:protection|cover|escort)\s+of\s+(?:the\s+)?|"
                            r"(?:protected|escorted|guarded)\s+by\s+(?:the\s+)?|(?:sous|avec)\s+la\s+protection\s+(?:de\s+(?:la\s+|l['’]\s*)?|des\s+|d['’]\s*|du\s+)|"
                            r"escort[ée]s?\s+par\s+(?:les\s+|des\s+|la\s+|l['’]\s*)?)$", re.I)


def _escort(doc: Doc, a: Span) -> bool:
    return bool(_ESCORT_BEFORE.search(doc.text[max(0, a.start - 40):a.start]))


def _civilian_victims(doc: Doc, i: int, main: Span) -> list[Span]:
    """Civilians hit in the sentence: named after the event word, or the subject of a passive casualty verb
    ("neuf civils ont été tués … lors d'une attaque"), or counted right after one."""
    hurt = doc.get("killed", i) + doc.get("injured", i)
    return [a for a in doc.get("actor", i) if a.label == "Civilians" and (
        # (the auxiliary may be the event word's own: "a été abattu")
        a.start > main.start or (0 <= main.start - a.end <= 90 and _PASSIVE.search(doc.text[a.end:main.end]))
        or any(0 <= a.start - k.end <= 25 for k in hurt)
        or any(0 <= k.start - a.end <= 20 and _PASSIVE.search(doc.text[a.end:k.start]) for k in hurt))]


def _civilians_only_hit(doc: Doc, i: int, main: Span, actor1: Optional[Span]) -> bool:
    """Civilians are hit in the sentence ("three passengers were shot dead", "dix-huit civils tués") and no armed
    side is named after the event word but the attacker."""
    victims = _civilian_victims(doc, i, main)
    mine = actor1.label if actor1 is not None else None
    # any armed side in the sentence but the attacker and those who only speak ("un membre des forces de sécurité a
    # été tué", "a checkpoint"): a fight, not a raid on civilians
    armed = [a for a in doc.get("actor", i) if a.label not in ("Civilians", mine) and a.data["entry"].type not in ("Protesters", "Rioters")
             and not _trailing_speaker(doc, a, main) and not _after_source(doc, a) and not _escort(doc, a)]
    if armed or any(t.label in _ARMED_TARGETS for t in doc.get("target", i)) \
            or _TWO_SIDED.search(doc.text[doc.sents[i].start:doc.sents[i].end]):
        return False
    return bool(victims) or _counted_victims(doc, i, None) is not None


def _from_afar(doc: Doc, i: int, trigger: Span, actor: Optional[Span], place: Optional[Span], abroad: bool = False) -> bool:
    """"Des bombardements israéliens contre le port de Hodeïda": a state's army bombarding a country it has
    no border with does so from the air, unless the sentence names a gun, rocket or missile."""
    # (forces stationed abroad, as US troops in Syria, do shell; "raids" they launch far from home are from the air)
    kinds = ("State forces", "External/Other forces") if abroad else ("State forces",)
    if actor is None or place is None or actor.data["entry"].type not in kinds or not actor.data["entry"].country:
        return False
    home = actor.data["entry"].country
    where = place.label if place.kind == "country" else getattr(place.label, "country", None)
    if not where or where == home or where in country_info().get(home, {}).get("neighbours", "").split(","):
        return False
    return not any(w.label in ("rocket", "artillery", "mortar", "missile") and not (w.start < trigger.end and trigger.start < w.end)
                   for w in doc.get("weapon", i))


def _drone_payload(doc: Doc, i: int) -> bool:
    drones = [w for w in doc.get("weapon", i) if w.label == "drone"]
    return any(0 <= e.start - d.end <= 40 or 0 <= d.start - e.end <= 12
               for e in doc.get("weapon", i) if e.label == "ied" for d in drones)


_DROP = re.compile(r"\b(?:drop|drops|dropped|dropping|larguer|larguant|largué\w*|lâché\w*)\b|(?:^|\s)(?:ألقت|ألقى|القت|القى|أسقطت|اسقطت|تلقي|يلقي)(?:\s|$)", re.I)
_CIVILIAN_TARGETS = {"village", "house", "market", "mosque", "church", "school", "hospital", "restaurant"}
_ARMED_TARGETS = {"military base", "military position", "checkpoint", "patrol", "convoy", "warship", "military site"}
_OF = re.compile(r"^\s*(?:de\s+la|de\s+l['’]|du|des|de|d['’]|of\s+the|of|لـ?)\s*$", re.I)
# "launched drones toward the Israeli port city": what follows a direction word is aimed at, never the agent
_TOWARD = re.compile(r"\b(?:toward|towards|at|on|against|into|in|near|over|vers|contre|sur)\b", re.I)
# "visés par des projectiles", "targeted by youths" (not "retaliated by shelling", a means)
_AGENT_AFTER = re.compile(r"\s*(?:par|by)\s+(?![\w\-]+ing\b)(?![\w\-]+ant\b)", re.I)
_PASSIVE = re.compile(r"(?:^|\s)(?:été|ete|were|was|been|is being|are being|تم|جرى)(?:\s|$)", re.I)


def _actors(doc: Doc, i: int, main: Span, triggers: list[Span]) -> tuple[Optional[Span], Optional[Span]]:
    """actor1 acts, actor2 is acted upon. For each trigger in order, its subject is the nearest
    actor before it (a claim's speaker when the clause starts with "a affirmé avoir"), its agent
    after "par"/"by"; a subject of a passive verb is a victim. Speakers after "selon" are neither,
    and civilians are only ever acted upon."""
    actors = [a for a in doc.get("actor", i) if not _after_source(doc, a) and not _modifier(doc, a)
              and not _trailing_speaker(doc, a, main)]
    # "two soldiers were killed when a roadside bomb exploded": the subject of a passive casualty verb is hit too
    hurt = triggers + doc.get("killed", i) + doc.get("injured", i)
    victims_passive = {id(a) for a in actors for t in hurt
                       if a.end <= t.start and t.start - a.end <= 60 and _PASSIVE.search(doc.text[a.end:t.start])}
    # "des véhicules incendiés et des policiers visés par des projectiles", "officers targeted by stone-throwers":
    # a participle with its agent right after an actor, the auxiliary left out, is passive too
    victims_passive |= {id(a) for a in actors for t in triggers
                        if 0 <= t.start - a.end <= 2 and _AGENT_AFTER.match(doc.text[t.end:t.end + 30])}
    # "la mort de quatre policiers et deux employés, tués par l'explosion de mines": men before a casualty
    # participle with its agent after it were hit
    victims_passive |= {id(a) for a in actors for k in doc.get("killed", i) + doc.get("injured", i)
                        if 0 <= k.start - a.end <= 40 and _AGENT_AFTER.match(doc.text[k.end:k.end + 30])
                        and not re.search(r"[.;:]", doc.text[a.end:k.start])}
    # "un véhicule de l'armée", "positions of the SDF": the owner of a target is the side hit
    victims_passive |= {id(a) for a in actors for tg in doc.get("target", i)
                        if 0 <= a.start - tg.end <= 8 and _OF.match(doc.text[tg.end:a.start])}
    # "strikes hit Houthi targets", "fired at Hezbollah positions": an actor naming a target after the trigger is hit
    if doc.lang == "en":
        victims_passive |= {id(a) for a in actors for tg in doc.get("target", i)
                            if a.start >= main.end and 0 <= tg.start - a.end <= 2}
    # "مقتل عنصر في صفوف قسد"، "tués dans les rangs de l'armée": the ranks the dead came from were hit
    if doc.get("killed", i) or doc.get("injured", i):
        # ("une embuscade tendue par des membres de Daech": the members are the agent, not the dead)
        victims_passive |= {id(a) for a in actors if _RANKS.search(doc.text[max(0, a.start - 14):a.start])
                            and not _BY_MEMBERS.search(doc.text[max(0, a.start - 30):a.start])}
    if doc.lang == "ar":
        # "مقتل خمسة إرهابيين بضربة جوية": who is counted after a casualty noun died; "نعت المقاومة الشهيد": who mourns lost him
        victims_passive |= {id(a) for a in actors for k in doc.get("killed", i) + doc.get("injured", i)
                            if 0 <= a.start - k.end <= 20 and _AR_COUNT_GAP.fullmatch(doc.text[k.end:a.start])}
        victims_passive |= {id(a) for a in actors if _AR_MOURN.search(doc.text[max(0, a.start - 12):a.start])}
        # "أن عشرة جنود قُتلوا": men counted, then the casualty verb, were hit
        victims_passive |= {id(a) for a in actors for k in doc.get("killed", i) + doc.get("injured", i)
                            if 0 <= k.start - a.end <= 2 and any(0 <= a.start - n.end <= 2 for n in doc.get("number", i))}
        # "إن جنديين عراقيين قُتلا"، "أن شرطيا قُتل": so are men counted by their own dual or singular, unless the
        # verb has an object ("جندي قتل فلسطينيا": he killed)
        victims_passive |= {id(a) for a in actors for k in doc.get("killed", i) + doc.get("injured", i)
                            if doc.overlaps("nouncount", a.start, a.end) and 0 <= k.start - a.end <= 20
                            and not re.search(r"[.,;:،؛]", doc.text[a.end:k.start])
                            and not any(0 <= p.start - k.end <= 3 for p in doc.get("people", i) + doc.get("number", i))}
        # "تعرضت قاعدة للجيش الكولومبي في تيبو لهجوم": what "underwent" the attack was hit, whoever owns it
        fs, fe = doc.to_fold(doc.sents[i].start, doc.sents[i].end)
        for m in _AR_UNDERWENT.finditer(doc.folded, max(0, fs - 1), fe):  # from the space before the sentence
            vs, ve = doc.to_orig(m.start(1), m.end(1))
            t = next((t for t in triggers if 0 <= t.start - ve <= 100 and not re.search(r"[.:;!?؟]", doc.text[ve:t.start])), None)
            if t is not None:
                victims_passive |= {id(a) for a in actors if (ve <= a.start and a.end <= t.start)
                                    or (0 <= vs - a.end <= 3 and not doc.text[a.end:vs].strip(' "«»'))}
    # 'عنصران من قوى الأمن الداخلي "الأسايش"', "members of the SDF (Syrian Democratic Forces)": the name restated right
    # after a side hit is that side too
    victims_passive |= {id(a) for a in actors for b in actors if id(b) in victims_passive and b.end <= a.start
                        and re.fullmatch(r"[\s\"«»“”()]*", doc.text[b.end:a.start]) and a.label == b.label}
    actor1: Optional[Span] = None
    anchor = main
    lo = -1
    # "هجوم نفذته خلايا التنظيم"، "ضربة شنها الطيران": the actor right after "carried it out" is its agent
    if doc.lang == "ar":
        # ("مقتل 4 عناصر من قوات النظام … جراء هجوم نفذته خلايا التنظيم": after any trigger of the sentence, not only the main one)
        agent = next((a for t in [main] + triggers for a in actors if 0 <= a.start - t.end <= 40
                      and _AR_CARRIED_OUT.search(fold_str(doc.text[max(0, a.start - 24):a.start]))
                      and a.data["entry"].type != "Civilians"), None)
        if agent is not None:
            actor1, anchor = agent, main
        else:  # "ضربات صاروخية شنتها الهند": a state that carried it out acts through its forces
            state = next((c for c in doc.get("country", i) if 0 <= c.start - main.end <= 60
                          and _AR_CARRIED_OUT.search(fold_str(doc.text[max(0, c.start - 24):c.start]))), None)
            mil = state_force(state.label, any_state=False) if state is not None else None
            if mil is not None:
                actor1, anchor = _as_span(doc, state, mil), main
    if actor1 is None and SUB_TO_TYPE.get(main.label[0]) == "Explosions/Remote violence":
        # "a mortar shell fired from Houthi positions", "المسيّرة انطلقت من مناطق سيطرة الدعم السريع": who holds
        # the ground a shot came from fired it
        actor1 = next((a for a in actors if a.data["entry"].type != "Civilians" and _fired_from(doc, a)), None)
    for t in sorted(triggers, key=lambda x: x.start):
        if actor1 is not None:
            break
        in_clause = [a for a in actors if a.start >= lo]
        # an active verb ("ont repris le contrôle de Soudja, … occupée par l'armée ukrainienne") has no agent after
        # "par": that one belongs to another participle
        active = doc.lang != "ar" and bool(_AUX_BEFORE.search(doc.text[max(0, t.start - 12):t.start]))
        agent = None if active else next((a for a in actors if a.start >= t.end and id(a) not in victims_passive
                                          and _passive_agent(doc, t, a, actors)), None)
        if agent is None and doc.lang == "ar" and _AR_BY.match(doc.text[t.start:t.end]):
            # "قتل شاب برصاص مسلحين مجهولين": the by-phrase trigger holds its agent
            agent = next((a for a in actors if t.start < a.start < t.end), None)
        if agent is not None and agent.data["entry"].type != "Civilians":
            actor1, anchor = agent, t
            break
        cand = _ar_subject(doc, t, actors) if doc.lang == "ar" else None
        cand = cand or _subject(doc, i, t, actors, victims_passive)
        if cand is not None:
            actor1, anchor = cand, t
            break
    if actor1 is None:
        after = [a for a in actors if a.start >= main.end]
        # noun triggers: "attaque du Hezbollah"; battles: "des combats opposaient mercredi les rebelles du M23 à…"
        reach = 45 if SUB_TO_TYPE.get(main.label[0]) == "Battles" else 12
        # "arrested a leader of IS": a group after an arrest is who is seized ("اعتقلت قوات الاحتلال": a state's forces seize)
        seized = main.label[0] == "Arrests" and bool(after) and after[0].data["entry"].type not in ("State forces", "External/Other forces")
        # a noun's agent follows a preposition ("l'attaque du Hezbollah", "strikes by Israel"); after a verb it is the object
        # ("ont attaqué une patrouille de l'armée")
        verb = bool(_AUX_BEFORE.search(doc.text[max(0, main.start - 12):main.start]))  # "ont attaqué": a verb, not a noun
        gap = doc.text[main.end:after[0].start] if after else ""
        if not verb and _AGENT_GROUP_GAP.fullmatch(gap):
            reach = max(reach, 32)  # "l'attaque des rebelles ADF", "an attack by suspected ISWAP fighters"
        # (in Latin script an actor right after the trigger, no preposition between, is its object: "drones hit the police station")
        agent_gap = doc.lang == "ar" or (not verb and (reach > 12 or bool(_AGENT_GAP.match(gap)) and bool(gap.strip()))) or bool(_BY_GAP.match(gap))
        if after and after[0].start - main.end <= reach and after[0].data["entry"].type != "Civilians" and not seized and agent_gap \
                and id(after[0]) not in victims_passive and not _TOWARD.search(doc.text[main.end:after[0].start]):
            actor1 = after[0]
    if actor1 is None:
        actor1 = _demonym_actor(doc, i, main)
    if actor1 is None:
        actor1 = _blamed(doc, i, actors)
    if actor1 is None:
        actor1 = _blamed_next(doc, i, main)
    if actor1 is None:
        actor1 = _air_force_speaker(doc, i, main)
    if actor1 is None:
        actor1 = _battle_partner(doc, main, actors)
    if actor1 is None and main.label[0] == "Looting/property destruction":
        actor1 = _looting_crowd(doc, main, actors, victims_passive)
    actor1 = _acting_forces(doc, actor1)
    others = [a for a in actors if a is not actor1 and (actor1 is None or a.label != actor1.label)]
    if actor1 is not None and actor1.data.get("crowd"):
        others = [a for a in others if a.start != actor1.start]  # the crowd that looted is not also its victim
    passive_victims = [a for a in others if id(a) in victims_passive]
    # ("attacked army positions": a trigger may hold its object, a state's forces)
    rest = [a for a in others if a.start >= anchor.end or (a.start > anchor.start and a.data.get("derived"))]
    actor2 = (passive_victims or rest or [None])[0]
    if actor2 is None:
        actor2 = next((a for a in others if a.data["entry"].type == "Civilians"), None)
    if actor2 is None:
        actor2 = _target_actor(doc, i, min([main] + triggers, key=lambda t: t.start), actor1)
    if main.label[0] == "Disrupted weapons use":
        actor1, actor2 = _interceptor(doc, i, main, actors, actor1, actor2)
        if actor1 is None:  # "a bomb was defused near the bridge, police said": the state force telling of it made it safe
            actor1 = next((a for a in doc.get("actor", i) if a.data["entry"].type == "State forces" and a is not actor2), None)
    actor1, actor2 = _repelled(doc, i, main, actors, actor1, actor2)
    # "Nigeria's army said 12 militants were killed during an operation", "أعلن الجيش مقتل 12 مسلحاً في عملية": an
    # army that counts the enemy it killed tells of its own fight (looked for only when no attacker is named)
    own = _own_toll_speaker(doc, i, main) if actor1 is None or vague_actor(actor1) else None
    if own is not None and (actor2 is None or actor2.label == own.label or vague_actor(actor2)):
        actor1, actor2 = own, (actor2 if actor2 is not None and actor2.label != own.label else actor1)
    return actor1, actor2


# the ground a shot came from, named before its holder ("from areas held by the RSF") or after ("from Houthi positions")
_GROUND = r"(?:positions?|areas?|zones?|territory|posts?|strongholds?|bastions?|territoires?|secteurs?|régions?)"
_FROM_GROUND_BEFORE = re.compile(
    rf"(?:\b(?:from|depuis|à partir d[eu']s?)\s+(?:the\s+|des\s+|les\s+|la\s+|le\s+)?{_GROUND}(?:\s+(?:of|held by|controlled by|under the control of"
    rf"|tenue?s? par|contrôlée?s? par|sous (?:le )?contrôle d[eu']?|d[eu']|des))?\s*(?:the\s+|la\s+|le\s+|les\s+|l['’]\s*)?"
    r"|(?:^|\s)[وف]?(?:من|باتجاه)\s+(?:مواقع|مناطق|معاقل|اراضي|أراضي)(?:\s+(?:سيطرة|نفوذ|تسيطر عليها|يسيطر عليها|تابعة\s+ل|تابعه\s+ل))?\s*(?:ال)?)$", re.I)
_FROM_BEFORE = re.compile(r"\b(?:from|depuis|à partir)\s+(?:the\s+|des\s+|les\s+)?$", re.I)
_GROUND_AFTER = re.compile(rf"^[\s-]*(?:held|controlled)?\s*{_GROUND}\b", re.I)


def _fired_from(doc: Doc, a: Span) -> bool:
    before = doc.text[max(doc.sents[a.sent].start, a.start - 60):a.start]
    if _FROM_GROUND_BEFORE.search(before):
        return True
    return bool(_FROM_BEFORE.search(before)) and bool(_GROUND_AFTER.match(doc.text[a.end:a.end + 24]))


# only an auxiliary or an adverb between a subject and its verb ("residents then looted", "des habitants ont pillé")
_SUBJECT_GAP = re.compile(r"\s*(?:(?:also|then|later|reportedly|allegedly|have|had|ont|avaient|auraient|aussi|ensuite|قد|ثم)\s+)*", re.I)


def _crowd_agent(doc: Doc, t: Span, c: Span) -> bool:
    """"beaten to death by a group of residents", "lynchés puis brûlés par une foule": the crowd is the act's agent."""
    return 0 <= c.start - t.end <= 30 and bool(re.search(r"\b(?:by|par)\s+(?:(?:des|les|de|d['’]|the|local|angry|en col[eè]re)\s*)*$",
                                                       doc.text[t.end:c.start], re.I))


def _looting_crowd(doc: Doc, main: Span, actors: list[Span], victims: set[int]) -> Optional[Span]:
    """"residents looted and set alight six shops", "des habitants ont pillé des boutiques": people who loot
    and burn are rioters, as ACLED codes a crowd, however peaceful their trade."""
    crowd = next((a for a in reversed(actors) if a.data["entry"].type == "Civilians" and a.end <= main.start
                  and main.start - a.end <= 30 and id(a) not in victims and _SUBJECT_GAP.fullmatch(doc.text[a.end:main.start])
                  and not _PREP_BEFORE.search(doc.text[max(0, a.start - 40):a.start])), None)
    rioters = _rioters()
    if crowd is None or rioters is None:
        return None
    span = _as_span(doc, crowd, rioters)
    span.data["crowd"] = True
    return span


def _rioters():
    """The catalogue's rioters: a crowd that loots, burns or beats, whatever its members' trade."""
    from sitrep.lang import load_actors

    return load_actors()[2].get("Rioters")


def _interceptor(doc: Doc, i: int, main: Span, actors: list[Span], actor1: Optional[Span],
                 actor2: Optional[Span]) -> tuple[Optional[Span], Optional[Span]]:
    """"Russia's Defense Ministry said its air defenses destroyed 52 Ukrainian drones", "تمكن مجاهدو المقاومة من إسقاط
    طائرة مسيرة معادية": the owner of the weapon stopped, named in or after the trigger, is the side whose attack failed
    (actor2); the side before the trigger that stopped it (or the state of the speaker) is actor1, as ACLED codes it."""
    if actor1 is None or actor1.start < main.start:
        return actor1, actor2
    before = [a for a in actors if a.end <= main.start and a.label != actor1.label and a.data["entry"].type != "Civilians"]
    if before:
        return before[-1], actor1
    state = next((c for c in reversed(doc.get("country", i)) if c.end <= main.start and c.label != actor1.data["entry"].country), None)
    mil = state_force(state.label, any_state=False) if state is not None else None
    if mil is not None and mil.name != actor1.label:
        return _as_span(doc, state, mil), actor1
    return actor1, actor2


_AUX_BEFORE = re.compile(r"\b(?:a|ont|avait|avaient|aurait|auraient|has|have|had)\s+$", re.I)
_AGENT_GAP = re.compile(r"^[\s,]*(?:[\w’'\-]+\s+)?(?:du|de|des|d['’]|par|by|of|from)(?:\s|$|['’])|^\s*$", re.I)
_BY_MEMBERS = re.compile(r"\b(?:par|by)\s+(?:des\s+|les\s+|the\s+|several\s+|plusieurs\s+)?(?:membres|members)\s+(?:de|du|des|d['’]|of)\s*(?:the\s+)?$", re.I)
_AGENT_GROUP_GAP = re.compile(r"\s*(?:du|des|de|d['’]|par|by|of)\s+(?:(?:les|des|the|suspected|présumés)\s+)?"
                              r"(?:rebelles|jihadistes|djihadistes|miliciens|combattants|éléments|insurgés|terroristes|"
                              r"rebels|jihadists|militiamen|militants|fighters|insurgents|gunmen)\s+(?:(?:du|de|des|of the|of)\s+)?", re.I)
_BY_GAP = re.compile(r"^[\s,]*(?:par|by)\s", re.I)  # a passive's agent, after a verb too
_APPOSITION = re.compile(r"\s*,[^,;.]{3,160},\s*")
# "مقتل 4 عناصر من قوات النظام"، "أصيب أربعة جنود من القوات الجنوبية": a count, the men, then their side
_AR_COUNT_GAP = re.compile(r"\s*(?:(?:[^\s\d]+|[\d٠-٩]+)\s+(?:عناصر|عنصرا|عنصرين|جنود|جنديا|جنديين|أفراد|افراد|مقاتلين|مقاتلا|منتسبين|ضباط)"
                           r"|[\d٠-٩]+|[^\s\d]+)?\s*(?:من\s+)?")
_AR_MOURN = re.compile(r"(?:^|\s)[وف]?(?:نعت|نعى|تنعى|ينعى|نعوا|نعاه|نعته)\s+$")
# ("مقاتلاً من هيئة الحشد استشهد": a fighter "of" the group, counted before its verb, was hit too)
_RANKS = re.compile(r"(?:\bmembres (?:de|du|des|d['’])\s*|\bmembers of (?:the\s+)?|(?:في|من) صفوف|من (?:عناصر|مقاتلي|منتسبي|جنود|أفراد|افراد)|dans les rangs (?:de|du|des|d['’])|among the ranks of"
                    r"|(?:^|[\s\"«“(])(?:مقاتل|عنصر|جندي|منتسب|منتسبي|فرد|شرطي|ضابط)(?:اً|ًا|ا|ين|ان|ون)?\s+(?:من|في)\s+|(?:^|[\s\"«“(])(?:عناصر|جنود|أفراد|افراد)\s+(?:من|في)\s+)\s*(?:ال)?$")
# folded text; "هجوم شنّه عناصر من تنظيم داعش": the members of a group carried it out for the group
_AR_CARRIED_OUT = re.compile(r"(?:^|\s)[وف]?(?:نفذه|نفذته|نفذها|نفذوه|نفذتها|شنه|شنته|شنها|شنوه|شنتها|نصبه|نصبته|نصبها|نصبوه|نصبتها)\s+"
                             r"(?:(?:عناصر|مسلحو|مسلحون|مسلحين|مقاتلو|مقاتلون|مقاتلين|افراد|خلايا|خليه|مجموعه|مجموعات|مجاميع)\s+(?:من\s+|تابعون\s+ل|تابعه\s+ل)?){0,2}"
                             r"(?:(?:مما|ما)\s+(?:يعرف|يسمي)\s+ب\s*[\"«]?\s*)?"  # "عناصر مما يعرف بـ"تنظيم…""
                             r"(?:(?:تنظيم|جماعه|حركه)\s*[\"«]?\s*)?$")
# a preposition, or a verb of hitting ("ضربات استهدفت أوكاراً لداعش"), stands between a trigger and the side it hit
_AR_NOT_SUBJECT = re.compile(r"(?:^|\s)[وف]?(?:على|علي|ضد|في|إلى|الى|باتجاه|نحو|عن|من|بحق|مع|بين|داخل|قرب|امام|أمام|عند|لدى|حول|استهدفت|استهدف|طالت|طال|أصابت|اصابت)(?:\s|$)")


# what the attackers used: "with rocket launchers", "avec des mortiers", "à l'arme légère", "بالأسلحة"
_USING = re.compile(r"(?:\b(?:with|using|avec|au moyen d|à l['’]aide d)[^,;.]{0,12}|\bà\s+l['’]|\bau\s|\baux\s|(?:^|\s)[وف]?ب)$", re.I)


_AR_PREP_CLITIC = re.compile(r"[وف]?(?:لل|ل(?=ال))")
# folded text; "تعرضت القوات لهجوم" ("the forces underwent an attack"): the subject of this verb is hit
_AR_UNDERWENT = re.compile(r"(?:^|\s)[وفب]?(تعرض|تعرضت|يتعرض|تتعرض|تعرضوا)(?=\s|$)")


def _target_owner(doc: Doc, a: Span) -> bool:
    """"موقعاً للجيش": "of the army" right after a target names whose target it was ("منظومة … التابعة
    للتحالف" still names who acts)."""
    return bool(_AR_PREP_CLITIC.match(doc.text[a.start:a.end])) and any(
        0 <= a.start - tg.end <= 3 or (0 <= a.start - tg.end <= 12 and _AR_BELONGING.fullmatch(doc.text[tg.end:a.start]))
        for tg in doc.get("target", a.sent))


# "مقراً تابعاً للحشد": a target "belonging to" a side is that side's
_AR_BELONGING = re.compile(r"\s+(?:ال)?تابع(?:اً|ًا|ا|ة|ه|ين|ون)?\s+")


def _ar_subject(doc: Doc, t: Span, actors: list[Span]) -> Optional[Span]:
    """Arabic puts the subject after the verb ("قصفت قوات النظام") and the agent of a verbal noun
    after it with لـ ("قصف مدفعي لقوات النظام"): the actor right after a trigger acts, unless a
    target noun or a preposition stands between ("استهداف قاعدة الاحتلال" names the side hit)."""
    # "أعلن الجيش أن قوات الأمن قتلت ستة مسلحين": after "أن" the subject comes before its verb
    before = next((x for x in reversed(actors) if x.end <= t.start and t.start - x.end <= 3 and not doc.text[x.end:t.start].strip()
                   and _AR_THAT_BEFORE.search(doc.text[max(0, x.start - 8):x.start])), None)
    if before is not None and before.data["entry"].type != "Civilians":
        return before
    # "أن مجاهدي المقاومة استهدفوا … تجمعاً لقوات جيش العدو", "كما شنوا هجوماً على…": a verb that agrees in the
    # plural follows its subject (or holds it as a pronoun); the side named after it is its object
    if _AR_PLURAL_VERB.fullmatch(doc.text[t.start:t.end].split()[0]):
        return None
    # ("على تجمع لجنود العدو": a trigger word that is also the target names who was hit, not who acted)
    if any(x.start == t.start for x in doc.get("target", t.sent)):
        return None
    # "استهدفت مليشيا الحوثي بطائرة مسيرة": a trigger with a gap may hold its subject
    inside = next((x for x in actors if t.start < x.start and x.end <= t.end and x.data["entry"].type != "Civilians"
                   and not _target_owner(doc, x)), None)
    if inside is not None:
        after_verb = " ".join(doc.text[t.start:inside.start].split()[1:])  # what stands between the verb and it
        if not _AR_NOT_SUBJECT.search(f" {after_verb} "):
            return inside
    a = next((x for x in actors if x.start >= t.end or t.start < x.start < t.end < x.end), None)
    if a is None or a.data["entry"].type == "Civilians" or _target_owner(doc, a):
        return None
    if t.label[0] in ("Arrests", "Abduction/forced disappearance") and a.start >= t.end:
        return None  # "القبض على سبعة إرهابيين"، "اعتقال عناصر من داعش": who is seized, not who seizes
    if _AR_CASUALTY_VERB.match(doc.text[t.start:t.end]) and _AR_HIT_BY.match(doc.text[a.end:a.end + 40]):
        return None  # "قتل جنديان سوريان بانفجار لغم": a casualty verb read as passive, its subject was hit
    if a.start < t.end:
        return a  # "أغار الطيران المعادي", "قصف مدفعي معاد": the trigger's last word begins its agent's name
    between = doc.text[t.end:a.start]
    if len(between) > 30 or re.search(r"[.:;!?؟\"«»“”]", between) or _AR_NOT_SUBJECT.search(between):
        return None
    words = doc.text[t.start:t.end].split()
    if _AR_PREP_LAST.fullmatch(words[-1]) or (len(words) > 1 and _AR_NOT_SUBJECT.search(f" {words[-1]} ")):
        # "معارك مع الجيش": the trigger's own preposition puts the side after it as the other one; "الضربات استهدفت
        # أوكاراً لداعش": a verb after its subject has its object next
        return None
    if any(t.end <= x.start and x.end <= a.start for k in ("target", "placekind", "place", "country") for x in doc.get(k, t.sent)):
        return None
    return a


_AR_PREP_LAST = re.compile(r"[وف]?(?:مع|ضد|على|علي|بين|إلى|الى|باتجاه|نحو|بحق)")
_AR_PLURAL_VERB = re.compile(r"[وف]?[\u0621-\u064A]{2,}وا")
# a casualty verb, then its subject, then how or where they fell: the verb is passive ("قُتل جنديان بانفجار")
_AR_CASUALTY_VERB = re.compile(r"[وف]?(?:قتل|أصيب|اصيب|جرح)$")
_AR_HIT_BY = re.compile(r"\s*(?:[^\s\d]+\s+)?(?:ب[^\s\d]{2,}|في|جراء|إثر|اثر|خلال|عند|لدى|و(?:أصيب|اصيب|جرح)[^\s\d]*)(?:\s|$)")


_OWN_MEN = re.compile(r"\b(?:ses|leurs|son|sa|its|their)\s+(?:propres\s+)?(?:combattants|moudjahidine?s?|mujahideen|hommes|forces|unités|unites|troupes|"
                     r"fighters|forces|troops|units|men|membres|members|éléments|elements|drones?|avions|aircraft|aviation|artillerie|marine|"
                     r"air force|artillery|navy|warplanes|jets)\b", re.I)


# "أن مجاهديها استهدفوا"، "إن قواته قصفت": the speaker's own men acted
_AR_OWN_MEN = re.compile(r"(?:^|\s)[وف]?(?:مجاهدي|مقاتلي|قوات|عناصر|وحدات|طائرات|مسيرات|دفاعات|مدفعية|بحرية|سلاح|جنود|رجال|أبطال|ابطال)"
                         r"(?:ها|هم|ه|نا)(?:\s|$)")


# "la guerre entre Israël et l'Iran", "une attaque contre le Hezbollah": a side named after a preposition is no subject
_PREP_BEFORE = re.compile(r"(?:\b(?:entre|between|contre|against|avec|with|vers|towards?)\s+(?:(?:les|la|le|the)\s+|l['’])?"
                          r"|\b(?:entre|between)\s+[^,;.]{2,30}?\s+(?:et|and)\s+(?:(?:les|la|le|the)\s+|l['’])?)$", re.I)


# "killed when Al-Qaeda militants attacked": a conjunction opens a clause with its own subject
_NEW_CLAUSE = re.compile(r"\b(?:when|as|after|while|because|before|once|lorsque|lorsqu|quand|alors que|après que|apres que|tandis que|où)\b", re.I)


_AR_OWN_DEED = re.compile(r"\s*[وف]?(?:نفذ|شن)[\u0621-\u064A]*\s+" + _AR_OWN_MEN.pattern[len(r"(?:^|\s)"):])
_AR_THAT = r"[وف]?(?:إن|أن|ان|بأن|بان)"  # the complementiser "that", bare (no pronoun suffix)
_AR_BARE_THAT = re.compile(rf"(?<=\s){_AR_THAT}(?=\s)")
_AR_THAT_BEFORE = re.compile(rf"(?:^|\s){_AR_THAT}\s+$")


# right before a trigger, the perfect infinitive a speaker claims a deed with ("affirme avoir tiré", "claimed to have shot")
_PERFECT_INFINITIVE = re.compile(r"(?:\b(?:d['’])?avoir|\bto\s+have|\bhaving)\s+(?:[\w'’]+\s+){0,2}$", re.I)


_SPEAKER_PRONOUN = re.compile(r"(?:\b(?:that\s+)?(?:it|they)\s+(?:had|has|have|would)?\s*|\bqu['’](?:il|ils|elle|elles)\s+(?:a|avait|ont|avaient|aurait|auraient)\s+)"
                              r"(?:(?!(?:were|was|been|be|are|is|été|ete)\b)[\w'’]+\s+)?$", re.I)  # (not "after they were attacked": a passive)
# (Arabic "أنها" is as often the raids as the speaker: "قالت حكومة طالبان إنها أوقعت عشرات القتلى")


def _subject(doc: Doc, i: int, t: Span, actors: list[Span], victims: set[int]) -> Optional[Span]:
    # "un drone des FSR a frappé", "a drone of the army struck": the owner of the weapon named inside a gapped
    # trigger struck (as the owner of a target is the side hit, with the same "of" between them)
    if doc.lang != "ar" and "…" in str((t.data or {}).get("pattern", "")):
        owner = next((a for a in actors if t.start < a.start and a.end <= t.end and a.data["entry"].type != "Civilians"
                      and any(t.start <= w.end <= a.start and (_OF.match(doc.text[w.end:a.start]) or not doc.text[w.end:a.start].strip())
                              for w in doc.get("weapon", i))), None)  # ("un drone ennemi a largué": the adjective's side too)
        if owner is not None:
            return owner
    # "its border guards had killed four armed smugglers in a clash": the object of a casualty verb is no subject
    objects = set() if doc.lang == "ar" else {
        id(a) for a in actors for k in doc.get("killed", i) + doc.get("injured", i)
        if 0 <= a.start - k.end <= 25 and not re.search(r"[,;:.()]", doc.text[k.end:a.start])
        and not _NEW_CLAUSE.search(doc.text[k.end:a.start])}
    # "forces arrested three suspected Chapitos operatives, seizing rifles": who was arrested seized nothing
    objects |= {id(a) for a in actors for k in doc.get("trigger", i)
                if k.label[0] in ("Arrests", "Abduction/forced disappearance") and 0 <= a.start - k.end <= 40
                and not re.search(r"[,;:.()]", doc.text[k.end:a.start]) and a.data["entry"].type not in ("State forces",)}
    # "gunmen attacked": a trigger may open with its subject
    # "les talibans les ont imputées à des frappes pakistanaises": who blames another did not strike
    blames = [b for b in doc.get("blame", i) if b.start < t.start]  # ("attributed the killing to": a cue may hold the trigger)
    # ("a fighter jet dropped two bombs": the subject may also run into a trigger that starts inside it)
    before = [a for a in actors if (a.end <= t.start or (a.start <= t.start < a.end < t.end)) and id(a) not in victims
              and not any(a.end <= b.start for b in blames) and id(a) not in objects
              and a.data["entry"].type != "Civilians" and not _PREP_BEFORE.search(doc.text[max(0, a.start - 40):a.start])]
    if not before:
        return None
    says = [c for c in doc.get("say", i) + doc.get("claim_strong", i) if c.end <= t.start]
    if says:
        cue = says[-1]
        # Arabic puts the speaker right after the verb: "أعلنت الشرطة مقتل سبعة أشخاص" (the police only tell)
        vso = [a for a in before if doc.lang == "ar" and SUB_TO_TYPE.get(t.label[0]) != "Battles" and 0 <= a.start - cue.end <= 3 and any(
            0 <= k.start - a.end <= 20 and k.end <= t.start for k in doc.get("killed", i) + doc.get("injured", i))]
        # "قالت الشرطة العراقية إن هجوماً استهدف…": the subject right after the verb speaks; a bare "إن" opens a
        # clause with a subject of its own ("إنها"/"أنه" may stand for the speaker: those are left to the clause)
        comp = _AR_BARE_THAT.search(doc.text, cue.end, t.start) if doc.lang == "ar" else None
        if comp is not None:
            vso = vso + [a for a in before if a.start >= cue.end and a.end <= comp.start() and a not in vso]
        inner = [a for a in before if a.start >= cue.end and a not in vso]
        if inner:
            return inner[-1]
        # "X a affirmé avoir frappé", "X a revendiqué": the speaker did it; "X a évoqué une attaque": X only reports
        speaker = [a for a in before if a.end <= cue.start] + vso
        # "The Islamic Resistance in Iraq, a loose alliance opposed to US support for Israel, said…": the
        # subject stands before its apposition; the actors named inside it do not speak
        appo = next((a for a in speaker if _APPOSITION.fullmatch(doc.text[a.end:cue.start])), None)
        if appo is not None and not vso:
            speaker = [x for x in speaker if x.end <= appo.end]
        # "X said it targeted…": the claim cue may end on the trigger itself
        if speaker and any(c.start <= t.start and c.start >= speaker[-1].end for c in doc.get("claim_strong", i)):
            return speaker[-1]
        # "le Hezbollah a affirmé, dans une série de communiqués, avoir tiré…", "claimed to have fired": the speaker's own deed
        if speaker and _PERFECT_INFINITIVE.search(doc.text[max(cue.end, t.start - 40):t.start]):
            return speaker[-1]
        # "The Arakan Army said on Tuesday that it had taken control…", "a affirmé qu'il avait pris…":
        # the speaker's pronoun does the deed
        if speaker and _SPEAKER_PRONOUN.search(doc.text[max(cue.end, t.start - 50):t.start]):
            return speaker[-1]
        # "X a annoncé que ses moudjahidine avaient pris pour cible…", "X said its fighters had targeted…": X's own men
        # ("أعلن سلاح الجو أن غارات نفذتها طائراته…": or its own men carried the strikes out)
        if speaker and (_OWN_MEN.search(doc.text[speaker[-1].end if vso else cue.end:t.start])
                        or (doc.lang == "ar" and (_AR_OWN_MEN.search(doc.text[speaker[-1].end:t.start])
                                                  or _AR_OWN_DEED.match(doc.text[t.end:t.end + 40])))):
            return speaker[-1]
        # "L'armée a fait état de l'arrestation de…": forces report their own arrests and interceptions
        if speaker and t.label[0] in ("Arrests", "Disrupted weapons use") and speaker[-1].data["entry"].type == "State forces":
            return speaker[-1]
        if speaker:
            return None
    named = [a for a in before if not a.data["entry"].generic] or before
    return named[-1]


# Violence whose author, when the text names none, is coded as ACLED's unidentified armed group.
UNNAMED_ATTACKER = {"Air/drone strike", "Shelling/artillery/missile attack", "Suicide bomb", "Grenade", "Attack",
                    "Abduction/forced disappearance", "Sexual violence"}


def vague_actor(sp: Optional[Span]) -> bool:
    """An actor supplied by default or named only as "gunmen", "terrorists": a named one told elsewhere wins."""
    return sp is not None and bool(sp.data.get("default") or sp.label == "Unidentified armed group")


def default_actor(sub: str, place: Optional[Span]) -> Optional[Span]:
    """Who acts when the text does not say: protesters protest, the state's police arrest."""
    from sitrep.lang import load_actors, load_country_map

    entries = load_actors()[2]
    name = {"Peaceful protest": "Protesters", "Protest with intervention": "Protesters",
            "Excessive force against protesters": "Protesters", "Violent demonstration": "Rioters",
            "Mob violence": "Rioters",
            # a roadside bomb nobody is named for: ACLED's unidentified armed group
            "Remote explosive/landmine/IED": "Unidentified armed group"}.get(sub)
    cc = None if place is None else place.label if place.kind == "country" else getattr(place.label, "country", None)
    if name is None and sub == "Air/drone strike":
        name = load_country_map("air_power.yaml").get(cc or "")  # the one side that flies there
    if name is None and sub in ("Air/drone strike", "Shelling/artillery/missile attack"):
        name = load_country_map("remote_fronts.yaml").get(cc or "")  # the enemy of the side that holds the land
    if name is None and sub in UNNAMED_ATTACKER:
        name = "Unidentified armed group"  # a strike, a shelling or a killing whose author the text never names
    if name is None and sub == "Arrests" and cc:
        police = state_force(cc, "police", any_state=False)
        name = police.name if police is not None else None
    if name is None or name not in entries:
        return None
    e = entries[name]
    return Span("actor", -1, -1, e.name, data={"entry": e, "derived": True, "default": True})


def _unrest(doc: Doc) -> bool:
    """A story of protests or riots: shops looted with no one named were looted by the rioters."""
    return any(t.label[0] in ("protest", "riot") or SUB_TO_TYPE.get(t.label[0]) in ("Protests", "Riots") for t in doc.get("trigger")) \
        or any(a.data["entry"].type in ("Protesters", "Rioters") for a in doc.get("actor"))


# Sub-types whose side hit is civilians by ACLED's definition when the text names no other.
CIVILIAN_TARGET_SUBS = {"Attack", "Abduction/forced disappearance", "Sexual violence", "Looting/property destruction"}
# Places of civilian life: a bomb or a strike on one, with no side named, hit civilians (a merchant ship's crew too,
# as ACLED codes them; a warship is its navy's).
CIVILIAN_SITES = {"house", "hospital", "school", "market", "mosque", "restaurant", "ship", "utility"}


def default_victims(doc: Doc, f: Frame) -> Optional[Span]:
    """Who was hit when the text names no side: the civilians of an attack, a kidnapping or a looting,
    the people the police or the army detained, the people of a home or a market struck. The evidence
    is the words for the people ("four residents", "teachers") or for the site; none when the text has none."""
    from sitrep.lang import load_actors

    a1 = f.actor1.data["entry"].type if f.actor1 is not None else None
    if f.actor2 is not None or a1 == "Civilians":
        return None
    site = f.event_type == "Explosions/Remote violence" and f.target in CIVILIAN_SITES
    if not (f.sub in CIVILIAN_TARGET_SUBS or site or (f.sub == "Arrests" and a1 in (None, "State forces"))):
        return None
    entry = load_actors()[2].get("Civilians")
    if entry is None:
        return None
    words = [t for t in doc.get("target", f.trigger.sent) if t.label == f.target] if site else []
    if not words:
        words = [v for s in f.sents for v in doc.get("victims", s)
                 if not doc.overlaps("actor", v.start, v.end) and not doc.overlaps("stat", v.start, v.end)]
        words = [v for v in words if v.start >= f.trigger.start and v.sent == f.trigger.sent] or words
    if words:
        return Span("actor", words[0].start, words[0].end, entry.name, words[0].sent,
                    data={"entry": entry, "derived": True, "default": True})
    return Span("actor", -1, -1, entry.name, data={"entry": entry, "derived": True, "default": True})


_MODIFIER_AFTER = re.compile(r"^[\-‐ ]?(?:held|controlled|backed|run|affiliated|linked|allied|aligned|led|leaning|supported|friendly)\b", re.I)
_MODIFIER_BEFORE = re.compile(r"(?:\bcontr[ôo]l[ée]e?s? par|\btenue?s? par|\baux mains d[eu']s?|\b(?:controlled|held|run|used|operated|owned) by(?: the)?|\bescort[ée]e?s? par|\baccompagn[ée]e?s? par|\bescorted by|\baccompanied by|\butilis[ée]e?s? par|\bappartenir (?:à|a)|\bappartenant (?:à|a)|\bbelonging to|\bmembers of|\bsuspected of (?:belonging|links) to|\bpro|\banti|\bproches? d[eu']?|\baffili[ée]e?s? (?:à|au)|\bsoutenue?s? par|\b(?:backed|supported|protected|escorted|guarded) by(?: the)?|\bunder the protection of(?: the)?|\bsous (?:la )?(?:protection|escorte|couverture) d(?:es|e|u|')|\bmembres? d[eu']?|\bliée?s? (?:à|au)|\bfidèles? (?:à|au)|\b(?:jointly|together) with|\bin (?:coordination|cooperation|conjunction) with|\balongside|\b(?:conjointement|en coordination|en collaboration) avec|\baux côtés d[eu']?s?)[\-‐ ]*(?:l[ae']\s*|les\s+)?$", re.I)


# "مستوطنون بحماية قوات الاحتلال": the forces that guard the attackers are not the attackers
# ("حركة الشباب المرتبطة بتنظيم القاعدة": the network a group belongs to does not act with it)
# ("قصف مجاهدونا، بالاشتراك مع سرايا القدس، …": the partner of a joint operation is no target of it)
_AR_MODIFIER_BEFORE = re.compile(r"(?:^|\s)(?:بحماية|تحت حماية|بحراسة|تحت حراسة|بمساندة|بإسناد|باسناد|بمؤازرة|بدعم|مدعومين من|مدعومة من|مدعومون من"
                                 r"|بالاشتراك مع|بالتعاون مع|بالتنسيق مع|بمشاركة"
                                 r"|(?:ال)?(?:مرتبطة|مرتبط|مرتبطين|مرتبطون|مرتبطه)|(?:ال)?(?:موالية|موالي|موالين|الموالية)"
                                 r"|(?:ال)?(?:مقربة|مقرب|مقربين) من)(?: من)?\s*$")


_AR_BELONGS = re.compile(r"(?:^|\s)(?:ال)?(?:تابعة|تابع|تابعين|تابعون)\s*(?:ل)?$")


def _modifier(doc: Doc, a: Span) -> bool:
    """"RSF-held city", "groupes pro-Iran", "milices proches du Hezbollah": an actor named to
    describe someone else, not a party to the event."""
    # "utilisés, selon Washington, par la force Al-Qods": an inserted source does not break the phrase
    before = re.sub(r",\s*(?:selon|d['’]apr[èe]s|according to)\s[^,;.]{0,60},\s*", " ", doc.text[max(0, a.start - 90):a.start], flags=re.I)
    if _BY_MEMBERS.search(before):
        return False  # "tendue par des membres de Daech": the members act for the group
    if doc.lang == "ar":
        # "قوات الدعم السريع التابعة لحميدتي": the leader or network a named force belongs to; but "طائرات مسيرة
        # تابعة للجيش" (no actor before): the army's own drones, so the army acts
        lo = max(0, a.start - 16)
        m = _AR_BELONGS.search(doc.text[lo:a.start])
        if m is not None:
            at = lo + m.start()  # where "التابعة" (or the space before it) begins
            if any(0 <= at - x.end <= 3 for x in doc.get("actor", a.sent) if x is not a):
                return True
    return bool(_MODIFIER_AFTER.match(doc.text[a.end:a.end + 14]) or _MODIFIER_BEFORE.search(before[-32:])
                or _AR_MODIFIER_BEFORE.search(before[-24:]))


def _blamed(doc: Doc, i: int, actors: list[Span], cues: Optional[list[Span]] = None) -> Optional[Span]:
    """"selon l'OSDH, qui attribue l'engin au groupe EI", "officials blamed the RSF": the actor the
    speaker holds responsible, when the sentence names no attacker itself."""
    for cue in doc.get("blame", i) if cues is None else cues:
        after = [a for a in actors if 0 <= a.start - cue.end <= 60 and a.data["entry"].type not in ("Civilians", "Protesters")]
        if after:  # "aux restes des gangs terroristes de Daech": the group named, not the descriptor before it
            return next((a for a in after if not a.data["entry"].generic), after[0])
        # ("un homme accusé par des riverains d'avoir participé": who accuses inside the cue is no culprit)
        inside = [a for a in actors if cue.start <= a.start and a.end <= cue.end and a.data["entry"].type not in ("Civilians", "Protesters")]
        if inside:
            return inside[-1]
        # "une frappe de drone attribuée à la Turquie", "blamed on Israel": a state blamed acts through its forces
        state = next((c for c in doc.get("country", i) if 0 <= c.start - cue.end <= 12 and c.data.get("named")), None)
        mil = state_force(state.label, any_state=False) if state is not None else None
        if mil is not None:
            return _as_span(doc, state, mil)
    return None


# "the attack", "la frappe", "الهجوم": a definite event noun refers back to the event just told
_EVENT_REF = re.compile(r"\b(?:l['’]\s*(?:attaque|attentat|explosion|assaut|offensive|embuscade|assassinat|enlevement)|la frappe"
                        r"|le (?:raid|bombardement|tir|meurtre|massacre|rapt)"
                        r"|the (?:attack|strike|raid|bombing|blast|explosion|shelling|ambush|assault|killing|killings|murder|assassination"
                        r"|abduction|kidnapping|massacre|shooting))\b"
                        r"|(?:^|\s)[وب]?ال(?:هجوم|قصف|غاره|انفجار|تفجير|اعتداء|كمين|اغتيال|خطف|اختطاف|مجزره)(?!\w)")  # on folded text


_ANY_EVENT = {"attaque", "attentat", "attack", "هجوم", "اعتداء"}


def _blamed_next(doc: Doc, i: int, main: Span) -> Optional[Span]:
    """"Une frappe a touché Saada. Al-Massirah a attribué l'attaque aux Etats-Unis": the sentence after
    the event blames someone for it by a definite event noun."""
    j = i + 1
    if j >= len(doc.sents):
        return None
    told = fold_str(doc.text[main.start:main.end])
    cues = []
    for c in doc.get("blame", j):
        m = _EVENT_REF.search(fold_str(doc.text[c.start:min(c.end + 30, doc.sents[j].end)]))
        # "the attack" refers to any event; "le tir", "the strike" only to one told with the same word
        noun = re.sub(r"^[وب]?ال", "", m.group(0).split()[-1].split("'")[-1]) if m else ""
        if m and (noun in _ANY_EVENT or noun[:4] in told):
            cues.append(c)
    if not cues:
        return None
    actors = [a for a in doc.get("actor", j) if not _after_source(doc, a) and not _modifier(doc, a)]
    return _blamed(doc, j, actors, cues)


def _acting_forces(doc: Doc, a: Optional[Span]) -> Optional[Span]:
    """"Israël a frappé", "Israel carried out strikes": a state that acts does so through its armed forces."""
    if a is None or not a.data["entry"].generic or not a.data["entry"].country:
        return a
    mil = state_force(a.data["entry"].country, any_state=False)
    return _as_span(doc, a, mil) if mil is not None else a


def _as_span(doc: Doc, c: Span, entry) -> Span:
    return Span("actor", c.start, c.end, entry.name, c.sent, data={"entry": entry, "derived": True})


_WITH = re.compile(r"^\s*(?:with|against|avec|contre|مع|ضد)\s+(?:(?:the|les|la|le|des)\s+|l['’])?$", re.I)


def _battle_partner(doc: Doc, main: Span, actors: list[Span]) -> Optional[Span]:
    """"two rebels were killed in a clash with troops": the side a battle was fought with is a party to it."""
    for t in doc.get("trigger", main.sent):
        if SUB_TO_TYPE.get(t.label[0]) != "Battles":
            continue
        a = next((a for a in actors if 0 <= a.start - t.end <= 12 and _WITH.match(doc.text[t.end:a.start])), None)
        if a is not None and a.data["entry"].type != "Civilians":
            return a
        # "a clash between rival clans", "des affrontements entre deux factions": one kind of group on both sides
        a = next((a for a in actors if 0 <= a.start - t.end <= 30 and _BETWEEN_RIVALS.match(doc.text[t.end:a.end])), None)
        if a is not None and a.data["entry"].type not in ("Civilians", "State forces"):
            return a
    return None


_BETWEEN_RIVALS = re.compile(r"^\s+(?:between|among|entre|opposant)\s+(?:(?:the|two|deux|des|les)\s+)?(?:rival|opposing|rivaux|rivales|rivals)\b"
                             r"|^\s+(?:between|entre)\s+(?:two|deux)\s+", re.I)


_EPITHET_GAP = re.compile(r"\s+(?:enemy|occupation|aggressor|aggression)\s+", re.I)
# "a Russian FPV drone", "Israeli F-35 jets", "a Turkish Bayraktar drone": a model or a kind between the adjective and the weapon
_MODEL_GAP = re.compile(r"\s+(?:[A-Z][A-Za-z0-9\-]{1,11}|attack|kamikaze|suicide|combat|fighter|reconnaissance|armed)\s+")


def _demonym_actor(doc: Doc, i: int, main: Span) -> Optional[Span]:
    """"des frappes israéliennes", "un drone turc", "US strikes": the attacker named by an adjective
    on the trigger or on a weapon of the sentence."""
    heads = [main] + [w for w in doc.get("weapon", i) if w.label in ("drone", "airstrike", "missile", "artillery")]
    for c in doc.get("country", i):
        if not c.data.get("adjective"):
            continue
        for h in heads:
            # "Saudi enemy artillery", "the Israeli occupation drone": an outlet's epithet may stand between
            # (an Arabic adjective follows its noun: "جنديان سوريان بانفجار" is no Syrian blast)
            before = doc.lang != "ar" and 0 <= h.start - c.end
            # (an English adjective after the trigger is its object's: "targeted the US bases")
            # ("توقيف شاب سوري", "توقيف مشتبه به سوري": the adjective of a person the trigger names after it is that
            # person's, not an army's)
            if (0 <= c.start - h.end <= 14 and doc.lang != "en" and not _TOWARD.search(doc.text[h.end:c.start])
                and not any(h.end <= a.start and a.end <= c.start for a in doc.get("actor", i))
                and not (doc.lang == "ar" and h.label[0] in ("Arrests", "Abduction/forced disappearance"))) \
                    or (before and h.start - c.end <= 3) \
                    or (before and h.start - c.end <= 16 and _EPITHET_GAP.fullmatch(doc.text[c.end:h.start])) \
                    or (doc.lang == "en" and 0 <= h.start - c.end <= 16 and _MODEL_GAP.fullmatch(doc.text[c.end:h.start])) \
                    or h.start <= c.start < c.end <= h.end:  # "US strike" read as one trigger
                entry = state_force(c.label, any_state=False)
                if entry is not None:
                    return _as_span(doc, c, entry)
    return None


_ONE_WORD_GAP = re.compile(r" [a-z]+ ")


def _target_actor(doc: Doc, i: int, main: Span, actor1: Optional[Span]) -> Optional[Span]:
    """"une base américaine", "des soldats israéliens": the side hit, named by an adjective on the target.
    main is the sentence's first trigger ("had targeted the US bases …, using one-way attack drones")."""
    for t in doc.get("target", i) + doc.get("people", i):
        if t.start < main.start - 80:
            continue
        for c in doc.get("country", i):
            # French puts the adjective after the noun, English before it ("a US base", "Israeli soldiers")
            # ("Kenyan police": an adjective inside an actor's own name is that actor, already found)
            # ("the US occupation bases": one word may stand between)
            if c.data.get("adjective") and (0 <= c.start - t.end <= 14 or (doc.lang == "en" and (
                    0 <= t.start - c.end <= 2 or _ONE_WORD_GAP.fullmatch(doc.text[c.end:t.start])))) \
                    and not doc.overlaps("actor", c.start, c.end):
                entry = state_force(c.label, any_state=False)
                if entry is not None and (actor1 is None or entry.name != actor1.label):
                    return _as_span(doc, c, entry)
    return None


def _owner_speaker(doc: Doc, i: int, main: Span) -> Optional[Span]:
    """"L'armée a confirmé qu'une attaque avait visé une de ses bases": the target is the speaker's own,
    so the speaker is the side hit."""
    owned = [o for o in doc.get("own_target", i) if o.start >= main.start - 40 and (
        doc.lang == "ar" or any(0 <= t.start - o.end <= 2 for t in doc.get("target", i)))]
    # ("…had killed dozens of terrorists and destroyed their hideouts": the enemy's, named just before)
    owned = [o for o in owned if not any(t.end <= o.start for t in doc.get("enemy_toll", i))]
    if not owned:
        return None
    sp = speaker_before(doc, i)
    if sp is None or sp.start > owned[0].start or sp.data["entry"].type in ("Civilians", "Protesters", "Rioters"):
        return None
    return sp


def _loss_owner(doc: Doc, i: int) -> Optional[Span]:
    """The armed side that owns up to its own dead, hurt or hits in the sentence ("a reconnu la mort de deux soldats")."""
    losses = doc.get("own_loss", i)
    sp = speaker_before(doc, i) if losses else None
    if sp is None or sp.data["entry"].type in ("Civilians", "Protesters", "Rioters"):
        return None
    # the speaker names itself inside the cue ("أقر جيش الاحتلال بمقتل") or just before it ("the IDF acknowledged")
    return sp if any(l.start - 60 <= sp.start and sp.end <= l.end for l in losses) else None


def _counted_victims(doc: Doc, i: int, actor1: Optional[Span]) -> Optional[Span]:
    """"tuant trois personnes", "مقتل ثمانية أشخاص": people counted among the dead or hurt of a strike
    or a bombing, with no side named, are civilians (ACLED's default for unnamed victims)."""
    from sitrep.lang import load_actors

    if actor1 is not None and actor1.label == "Civilians":
        return None
    cues = doc.get("killed", i) + doc.get("injured", i)
    for v in doc.get("victims", i):
        counted = any(0 <= v.start - n.end <= 3 for n in doc.get("number", i)) or doc.overlaps("nouncount", v.start, v.end)
        hurt = any(abs(c.start - v.end) <= 40 or abs(v.start - c.end) <= 40 for c in cues)
        if counted and hurt and not doc.overlaps("actor", v.start, v.end) and not doc.overlaps("stat", v.start, v.end):
            entry = load_actors()[2].get("Civilians")
            return _as_span(doc, v, entry) if entry is not None else None
    return None


def _air_force_speaker(doc: Doc, i: int, main: Span) -> Optional[Span]:
    """"des avions de combat avaient frappé … à Khiam, a précisé Tsahal": warplanes or artillery with no
    owner named, told by an army after the facts: only an army has them, and it tells of its own strikes."""
    if not any(w.label in ("airstrike", "artillery") for w in doc.get("weapon", i)):
        return None
    sent_end = doc.sents[i].end
    civilians = any(a.data["entry"].type == "Civilians" for a in doc.get("actor", i))
    # "l'armée a indiqué que des frappes aériennes avaient permis de neutraliser une dizaine de terroristes": an
    # army that tells of strikes in its own words for their toll tells of its own
    sp = speaker_before(doc, i)
    if sp is not None and not civilians and sp.end <= main.start and sp.data["entry"].name.startswith("Military Forces of") \
            and any(sp.end <= c.start + 12 and c.end <= main.start for c in doc.get("say", i)) \
            and any(t.start >= main.end for t in doc.get("enemy_toll", i)):
        return sp
    for a in doc.get("actor", i):
        if a.start < main.end or not a.data["entry"].name.startswith("Military Forces of"):
            continue
        if civilians and any(getattr(p.label, "country", None) == a.data["entry"].country for p in doc.get("place", i)):
            continue  # "à Gisenyi, des obus ont tué cinq civils, a affirmé l'armée rwandaise": its own people hit, not its strike
        says = doc.get("say", i)
        # "…, a précisé Tsahal", "…, the IDF said." (the army is the one speaking, at the end of the sentence)
        if any(0 <= a.start - c.end <= 4 for c in says) or any(
                0 <= c.start - a.end <= 3 and not doc.text[c.end:sent_end].strip(" .,;\"'»”") for c in says):
            return a
    return None


_TERROR_WORD = re.compile(r"terroris|jihadist|djihadist|insurg|militant|gunmen|assailant|assaillant|hommes armés|armed men|bandit|"
                          r"إرهاب|ارهاب|مسلح|تكفيري|خوارج", re.I)


def _repelled(doc: Doc, i: int, main: Span, actors: list[Span], actor1: Optional[Span],
              actor2: Optional[Span]) -> tuple[Optional[Span], Optional[Span]]:
    """"Les FDS ont repoussé une attaque terroriste contre leur position", "troops repelled an attack by ISWAP",
    "قوات الدراويش تصد هجوماً لحركة الشباب": the side that repels an attack was attacked; the attackers are those named
    on or after the attack word, or unnamed ones when the text calls them terrorists or gunmen."""
    from sitrep.lang import load_actors

    # ("ont repoussé, dans la nuit du vendredi 11 au samedi 12 avril, une attaque": a day may stand between)
    cue = next((c for c in reversed(doc.get("repel", i)) if c.end <= main.start and main.start - c.end <= 70), None)
    if cue is None:
        return actor1, actor2
    armed = [a for a in actors if a.data["entry"].type not in ("Civilians", "Protesters", "Rioters")]
    defender = next((a for a in reversed(armed) if a.end <= cue.start and cue.start - a.end <= 60), None)
    if defender is None and doc.lang == "ar":  # "تصدت قوات الجيش لهجوم": the subject after its verb
        defender = next((a for a in armed if cue.end <= a.start < main.start), None)
    if defender is None:
        return actor1, actor2
    # ("une attaque houthie", "an al-Shabab attack": the attackers may be named on the attack word itself)
    attacker = next((a for a in armed if cue.end <= a.start <= main.end + 40 and a.label != defender.label), None)
    if attacker is None and not _TERROR_WORD.search(doc.text[cue.end:main.end + 40]):
        return actor1, actor2  # attackers the text never names: either side may open a clash, as ACLED has it
    if attacker is None:  # "une attaque terroriste", "an attack by militants": unnamed attackers
        entry = load_actors()[2].get("Unidentified armed group")
        attacker = _as_span(doc, main, entry) if entry is not None else None
    return attacker, defender


def _own_toll_speaker(doc: Doc, i: int, main: Span) -> Optional[Span]:
    """The state's forces that speak of the enemy dead in their own words ("neutralisés", "مقتل 12 إرهابياً")."""
    sp = speaker_before(doc, i)
    if sp is None or sp.data["entry"].type != "State forces" or not any(t.start >= sp.end for t in doc.get("enemy_toll", i)) \
            or any(0 <= sp.start - n.end <= 3 for n in doc.get("number", i)):
        return None  # ("تعلن مقتل ١٠ جنود": soldiers counted dead are no speaker)
    if any(a.data["entry"].type == "Civilians" or (a.label == sp.label and a.start != sp.start) for a in doc.get("actor", i)):
        # civilians counted too, or its own soldiers ("تعلن مقتل ١٠ جنود في هجوم … وتؤكد تحييد"): not its own operation alone
        return None
    return sp


def _trailing_speaker(doc: Doc, a: Span, main: Span) -> bool:
    """"…, CENTCOM said.", "…, a indiqué l'armée.": who tells of it after the facts is no party to it."""
    if a.start < main.end:
        return False
    # ("…combats avec les miliciens Wazalendo, ont indiqué des sources": a comma before the verb puts its speaker after it)
    return any((0 <= c.start - a.end <= 3 and "," not in doc.text[a.end:c.start]) or (0 <= a.start - c.end <= 4 and c.start > main.end)
               # "…, a confirmé la porte-parole de la police", "said a spokesman for the army"
               or (c.start > main.end and 0 <= a.start - c.end <= 40 and _SPOKESMAN_OF.match(doc.text[c.end:a.start]))
               for c in doc.get("say", a.sent))


_SPOKESMAN_OF = re.compile(r"^\s*(?:(?:le|la|l['’]|un|une|the|a|an)\s*)?(?:porte-parole|spokes(?:man|woman|person)|responsable|officials?|"
                           r"commandant|commander|chef|head|director|directeur|directrice)\s+(?:de\s+la|de\s+l['’]|du|des|de|d['’]|"
                           r"of\s+the|of|for\s+the|for)\s*(?:[\w-]+\s+)?$", re.I)  # "for the state police"


_AR_BY = re.compile(r"[وف]?(?:برصاص|بنيران|بيد|بأيدي|بايدي|على يد|علي يد)\s")


def _passive_agent(doc: Doc, main: Span, a: Span, actors: list[Span]) -> bool:
    """"tués par des tirs de l'armée", "tendue par des jihadistes de l'EI", "claimed by": the agent
    follows "par"/"by"/"من قبل" after the trigger, with no other actor in between."""
    between = doc.text[main.end:a.start]
    # "un obus tiré, selon les autorités locales, par les Houthis": the inserted source does not count
    between = re.sub(r",\s*(?:selon|d['’]apr[èe]s|according to)\s[^,;.]{0,60},", ",", between, flags=re.I)
    if len(between) > 160 or any(main.end <= b.start < a.start for b in actors):
        return False
    by = list(re.finditer(r"(?:^|\s)(?:par|by|من قبل|بواسطة|برصاص|بنيران)(?:\s|$)", between))
    # "enlevés mardi sur la route nationale 27, près de X, à quinze kilomètres de Y, par des hommes armés":
    # where and when may stand between the verb and its agent, as long as the agent follows "par" closely
    if len(between) > 70 and not (by and len(between) - by[-1].end() <= 12):
        return False
    # "une opération lancée par Ramallah contre ce bastion des groupes armés": the group is what was attacked
    return bool(by) and not _AFTER_BY_OBJECT.search(between[by[-1].end():])


_AFTER_BY_OBJECT = re.compile(r"(?:^|\s)(?:contre|against|vers|towards?|sur|on|at|في|على|ضد)(?:\s|$)", re.I)


_THAT = re.compile(r"(?:^|\s)(?:[وف]?(?:ان|أن|إن|بأن|بان)|que|qu['’]|that)\s*$", re.I)


def _after_source(doc: Doc, a: Span) -> bool:
    """Inside a "selon la chaîne X, contrôlée par les Houthis" phrase: a reporter, not a party."""
    for c in doc.get("source", a.sent):
        between = doc.text[c.end:a.start]
        if 0 <= a.start - c.end <= 60 and not re.search(r"[;:]| (?:a|ont|avait|avaient|has|have|had|was|were) ", between):
            # "selon l'OSDH, qui attribue l'engin au groupe EI": the one blamed is a party, not the reporter;
            # "un obus tiré, selon les autorités, par les Houthis": the source phrase is closed, the agent follows;
            # "selon des témoins, les colons sont entrés…": so is the subject after the comma
            # "أفادت مصادر أن مجهولين خطفوا…", "sources said that gunmen…": after "that" comes what was told
            if any(c.end <= b.start and b.end <= a.start for b in doc.get("blame", a.sent)) \
                    or re.search(r",\s*(?:(?:par|by)\s+)?(?:les\s+|la\s+|le\s+|l['’]\s*|des\s+|the\s+)?$", between, re.I) \
                    or _THAT.search(between):
                continue
            return True
    return False


def _is_origin(doc: Doc, c: Span) -> bool:
    return any(0 <= c.start - o.end <= 12 for o in doc.get("origin", c.sent))


# ("بين مدينتي غاو وأنسونغو", "entre les localités de A et B": a word for the two towns may come first)
# the "and" between two such towns ("entre A et B", "between A and B", "بين A وB", "reliant A à B")
# ("the road linking Tuz Khurmatu to the village of Amirli": the second town's kind word may come too)
BETWEEN_AND = r"\s*(?:et|and|و|à|a|au|to|الى|إلى)\s*(?:d['’]|de\s+)?(?:(?:the\s+|la\s+|le\s+|l['’]\s*)?(?:town|village|city|ville|localité|bourgade)\s+(?:of\s+|de\s+|d['’]\s*))?"
BETWEEN = re.compile(r"(?:\bentre|\bbetween|\blinking|\blinks|\bconnecting|\bconnects|\breliant|\brelie|\bfrom|بين|يربط|تربط)\s+"
                     r"(?:l[ae']\s*|les\s+|the\s+)?(?:(?:villes|localités|localites|towns|villages|مدينتي|بلدتي|قريتي)\s+(?:de\s+|of\s+)?)?$", re.I)


def _between_pairs(doc: Doc, places: list[Span]) -> list[Span]:
    """"entre Bandiagara et Mopti", "between X and Y": a road or a front between two towns is one
    event, placed at the first."""
    out: list[Span] = []
    skip: set[int] = set()
    for k, p in enumerate(places):
        if id(p) in skip:
            continue
        out.append(p)
        if k + 1 < len(places) and BETWEEN.search(doc.text[max(0, p.start - 24):p.start]):
            nxt = places[k + 1]
            # (an Arabic "و" clings to the name after it: "بين غاو وأنسونغو")
            joined = doc.lang == "ar" and doc.text[nxt.start] == "و" and not doc.text[p.end:nxt.start].strip()
            if joined or re.fullmatch(BETWEEN_AND, doc.text[p.end:nxt.start]):
                skip.add(id(nxt))
    return out


_LIST_SEP = re.compile(r"\s*(?:,|,?\s+and|et|و)\s*(?:the\s+|le\s+|la\s+|l['’]|du\s+|de\s+|d['’]|des\s+)?")  # "de Téhéran, du Khouzistan et d'Ilam"


def _listed_with(doc: Doc, p: Span, specific: list[Span]) -> bool:
    def linked(a: Span, b: Span) -> bool:
        gap = doc.text[a.end:b.start]
        # Arabic joins the items with a clitic و; a name the gazetteer lacks may sit between ("قنديل وأسوس وهاكورك")
        return bool(_LIST_SEP.fullmatch(gap) or (doc.lang == "ar" and re.fullmatch(r"\s+(?:و\S+\s+)?", gap) and doc.text[b.start] == "و"))
    return any((q.start > p.end and linked(p, q)) or (q.end < p.start and linked(q, p)) for q in specific)


def _region_list(doc: Doc, regional: list[Span]) -> list[Span]:
    """"in the Metina, Hakurk and Qandil regions": regions named in one list are one event each, like towns;
    otherwise the first region named is the place."""
    out = [regional[0]]
    for p in regional[1:]:
        gap = re.sub(r"\b[A-Z][\w'’\-]+", "", doc.text[out[-1].end:p.start])  # a name the gazetteer lacks ("Gara")
        if not re.fullmatch(rf"(?:{_LIST_SEP.pattern})+", gap):
            break
        out.append(p)
    return _drop_modifiers(doc, out)


_REGION_WORD = (r"(?:r[ée]gion|area|countryside|campagne|bassin|basin|district|province|gouvernorat|governorate|p[ée]riph[ée]rie|outskirts|"
                r"environs|zone|vall[ée]e|valley|plaine|plain|caza|wilaya|pr[ée]fecture|cercle|commune|d[ée]partement|county|state|[ée]tat|territoire|territory)")
_DIRECTION = r"(?:(?:north|south|east|west|nord|sud|est|ouest|central|centre|northern|southern|eastern|western|orienta|occidenta|septentriona|m[ée]ridiona)[\w\-]*\s+)"
_CONTAINER = re.compile(
    rf"^\s*,\s*(?:dans|in|au sein)\s+(?:the\s+|le\s+|la\s+|l['’])?{_DIRECTION}?{_REGION_WORD}\s+{_DIRECTION}?(?:de|du|des|d['’]|of)\s*(?:(?:la|the)\s+|l['’])?$"
    # ("…, dans l'ouest d'Idleb", "…, in the north of Idlib": a quarter of the compass is a region too)
    rf"|^\s*,\s*(?:dans|in)\s+(?:the\s+|le\s+|la\s+|l['’])?{_DIRECTION}(?:de|du|des|d['’]|of)\s*(?:(?:la|the)\s+|l['’])?$"
    r"|^\s*[،,]?\s*(?:في|ب)\s*(?:ريف|حوض|منطقه|منطقة|محافظه|محافظة|ناحيه|ناحية|قضاء|باديه|بادية|سهل)\s+(?:(?:ال)?(?:شمالي|جنوبي|شرقي|غربي)\s+)?$"
    # "Tangi tehsil of Charsadda", "the Sumisip municipality of Basilan": the unit after the name, then where it lies
    r"|^\s+(?:tehsil|district|sub-?district|municipality|locality|county|commune|suburb)\s+of\s+(?:the\s+)?$"
    # "Kablewa (département de Nguigmi)", "Tongo (Tillabéri region)": the unit in brackets is where the town lies
    rf"|^\s*\(\s*(?:{_REGION_WORD}\s+(?:de|du|des|d['’]|of)\s*(?:(?:la|the)\s+|l['’])?)?$"
    # "ماركالا (منطقة سيغو)", "الأبيار (شرق بنغازي)": the same in Arabic, a unit or a bearing from a town
    r"|^\s*\(\s*(?:(?:منطقة|منطقه|ولاية|ولايه|محافظة|محافظه|إقليم|اقليم|قضاء|مديرية|مديريه|ناحية|ناحيه|مقاطعة|مقاطعه|دائرة|دائره)\s+"
    r"|(?:شمال|جنوب|شرق|غرب)ي?\s+)?$"
    # "ناحية كاني ماسي التابعة لقضاء العمادية": the unit it "belongs to"
    # (the clitic "ل" may belong to the unit's span: "التابعة |لقضاء العمادية")
    r"|^\s*[،,]?\s*(?:ال)?تابع[ةه]?\s+(?:(?:لـ?\s*|[إا]لى\s+)(?:(?:قضاء|ناحي[ةه]|محافظ[ةه]|مديري[ةه]|منطق[ةه]|ولاي[ةه]|مركز)\s+)?)?$", re.I)
_IN_THE = re.compile(r"[,\s]*(?:in|dans)\s+(?:the\s+|le\s+|la\s+)?(?:[\w'’]+\s+)?$", re.I)  # "in Cameroon's Far North region"
_COMMA_IN = re.compile(r"\s*,\s*(?:(?:also\s+|aussi\s+|elle aussi\s+)?(?:dans|in|en|au)\s+(?:the\s+|le\s+|la\s+|les\s+|l['’]\s*)?)?", re.I)
# (Cameroon's and Bangladesh's "division", Pakistan's "tehsil", Uganda's "sub-county": units a town lies in)
_UNIT_AFTER = re.compile(r"^\s*(?:state|province|region|district|county|governorate|prefecture|oblast|LGA|Local Government Area|department|township"
                         r"|division|subdivision|tehsil|sub-county|municipality)\b", re.I)
_DISTRICT_AFTER = re.compile(r"^\s*(?:caza|qada|district|governorate|province|region|county|countryside|basin|valley|area|division|tehsil)\b", re.I)


_INSIDE = re.compile(r"\s*(?:في|ب|داخل)\s*|\s*(?:(?!et\b|and\b|ou\b|or\b)[a-z]+\s+)?(?:de|d['’]|du|in|at|à|a)\s*(?:(?:la|the)\s+|l['’])?"
                     r"|\s*,\s*(?:à|a|in|at)\s+(?:(?:la|the)\s+|l['’])?")


def _at_seat(district, town) -> bool:
    """A district whose point is (within 2 km of) the town named with it: the district's seat."""
    return district.kind == "district" and town.kind in ("city", "town", "village") and _km(district, town) <= 2


_AND = re.compile(r"\b(?:et|and|ou|or)\b|(?:^|\s)و", re.I)
# a place told "east of" a town with no distance lies near it
_NEAR_REFERENCE_KM = 200
_DISTANCE = re.compile(r"\d|\b(?:km|kms|kilom[eè]tres?|kilometers?|miles?|milles?)\b|كم|كلم|كيلومتر|ميل", re.I)
_SEAT_OF = re.compile(r"\s*,\s*(?:the\s+)?(?:administrative\s+|provincial\s+|district\s+|municipal\s+)?(?:seat|capital|headquarters|chief town)\s+of\s+(?:the\s+)?"
                      r"|\s*,\s*(?:le\s+)?chef-lieu\s+(?:de\s+la\s+|de\s+l['’]\s*|du\s+|des\s+|de\s+|d['’]\s*)(?:(?:commune|préfecture|province|région|département|district|territoire)\s+(?:de\s+la\s+|de\s+l['’]\s*|du\s+|des\s+|de\s+|d['’]\s*)?)?"
                      r"|\s*[،,]\s*(?:مركز|عاصمة|عاصمه)\s+(?:(?:محافظة|محافظه|ولاية|ولايه|منطقة|منطقه|مديرية|مديريه|قضاء|إقليم|اقليم)\s+)?", re.I)


def _near_after(doc: Doc, out: list[Span], p: Span) -> bool:
    """"le village de Burin, près de Naplouse", "Burin, near Nablus", "بورين قرب نابلس": a town told near another
    right after it is a reference point, like one told north of it ("near X and Y" names two)."""
    if not out or not p.data.get("near") or out[-1].label.kind not in ("city", "town", "village"):
        return False  # "the isolated Kurram district near the town of Alizai": the district holds the town
    prev = out[-1]
    if re.match(r"\s*[-–—]|\s+(?:highway|road|route|axis|axe|motorway)\b", doc.text[prev.end:prev.end + 12], re.I) \
            or re.search(r"[-–—]\s*$|\b(?:axe|route|road)\s+$", doc.text[max(0, prev.start - 8):prev.start], re.I):
        return False  # "the Bolgatanga-Bawku highway near Zebilla": a road's end, not the event's town
    between = doc.text[prev.end:p.start] + (" و" if doc.text[p.start:p.start + 1] == "و" else "")
    # the cue stands between the two ("أطراف بلدات كفركلا والعديسة": one cue before a list puts all of it near), nothing
    # else does ("قنديل وسنجار شمالي العراق، إضافة إلى محيط تل رفعت" names two places far apart)
    return len(between) <= 30 and not _AND.search(between) and not re.search(r"[.;:!?؟]", between) \
        and not any(prev.end <= c.start and c.end <= p.start for c in doc.get("country", p.sent)) \
        and _km(prev.label, p.label) <= _NEAR_REFERENCE_KM \
        and any(prev.end <= c.start and c.end <= p.start and c.label == "near" for c in doc.get("near", p.sent))


def _in_province_of(town, prov) -> bool:
    """The town lies in the province named like `prov` (a province, or the city that gives its name to one)."""
    name = fold_str(prov.name)
    if getattr(town, "admin1", None):
        return fold_str(town.admin1) == name
    return town.country == prov.country and fold_str(prov.admin1 or "") == name and _km(town, prov) <= 80


# a sentence opening on where it happens: "In Idlib,", "Dans la province de Deraa,", "وفي محافظة رام الله والبيرة،"
_OPENING_IN = re.compile(r"\W*(?:(?:Meanwhile|Elsewhere|Separately|Par ailleurs|Ailleurs)\s*,?\s*)?(?P<prep>in|à|a|dans|en|au|في|وفي)\s+"
                         r"(?:la\s+|le\s+|l['’]\s*|the\s+)?(?P<kind>(?:province|governorate|région|region|state|wilaya|محافظة|محافظه|ولاية|ولايه|إقليم|اقليم)"
                         r"\s+(?:de\s+|d['’]\s*|du\s+|of\s+)?)?[^,،.;:]{2,45}[,،]", re.I)


def _opening_province(doc: Doc, p: Span, places: list[Span]) -> bool:
    """The place names the province that opens its sentence, and a town told after the comma lies in it."""
    sent_start = doc.sents[p.sent].start
    m = _OPENING_IN.match(doc.text, sent_start)
    if not m or p.end > m.end() or (m.group("prep").lower() == "a" and doc.lang != "fr"):
        return False  # ("A drone struck Idlib, …": English "A" is an article; French writes "A Gaza," for "À Gaza,")
    # (a province word says so outright; a town alone must be the seat the province is named after: "In Gaza City,
    # …, while another strike hit Khan Younis" names two places)
    return any(q.start >= m.end() and q.label.gazetteer_id != p.label.gazetteer_id and (
        _in_province_of(q.label, p.label) or (m.group("kind") and _km(q.label, p.label) <= 40)) for q in places)


def _drop_modifiers(doc: Doc, places: list[Span]) -> list[Span]:
    """Keep one span per distinct place (a name said twice is one place)."""
    out, seen = [], set()
    last = None
    # "In Idlib, warplanes struck the outskirts of Jisr al-Shughur", "وفي محافظة رام الله والبيرة، هاجم مستوطنون قرية
    # المغير": the province that opens the sentence holds the town told after it
    opening = {id(p) for p in places if _opening_province(doc, p, places)}
    places = [p for p in places if id(p) not in opening]
    for p in places:
        prev, last = last, p
        key = p.label.gazetteer_id
        if key in seen:
            continue
        if out and prev is not None and 0 <= p.start - prev.end <= 60 and _CONTAINER.search(doc.text[prev.end:p.start]):
            continue  # "le village de Koya, dans le bassin du Yarmouk, dans la campagne ouest de Daraa": where it lies
        if (p.data.get("relative") or _near_after(doc, out, p)) and out and 0 <= p.start - out[-1].end <= 120 \
                and not (out[-1].data.get("relative") and _AND.search(doc.text[out[-1].end:p.start])) \
                and not any(out[-1].end <= t.start and t.end <= p.start for t in doc.get("trigger", p.sent)):
            # "Turmus Ayya, north of Ramallah": a reference point, not a second place ("à l'est d'Abasan,
            # à l'est de Khan Younès" too; but "au nord-est d'Ouallam et au nord de Tillia" are two)
            if (out[-1].label.kind in ("city", "town", "village") or (out[-1].label.kind == "district" and out[-1].label.country != p.label.country)) \
                    and _km(out[-1].label, p.label) > _NEAR_REFERENCE_KM \
                    and not _DISTANCE.search(doc.text[out[-1].end:p.start]):
                # "Mamelodi, east of Pretoria" found 290 km from Pretoria, "منطقة الثورة شمالي مدينة أم درمان" read as
                # Syria's al-Thawrah district: a namesake; the reference says where it is (a district, only across a border:
                # "قضاء بلد جنوبي صلاح الدين" names a province the reference misreads)
                seen.discard(out[-1].label.gazetteer_id)
                p.data["precision"] = 2
                out[-1] = p
                seen.add(key)
            continue
        if out and 0 <= p.start - out[-1].end <= 40 and _IN_THE.search(doc.text[out[-1].end:p.start]) \
                and (_DISTRICT_AFTER.match(doc.text[p.end:p.end + 16]) or _UNIT_AFTER.match(doc.text[p.start:p.end].split()[-1])):
            continue  # "between Aitaroun and Ainata, in the Bint Jbeil caza": the district the place lies in
        if out and out[-1].label.kind in ("city", "town", "village") and 0 <= p.start - out[-1].end <= 120 \
                and re.search(r"\b(?:in|dans)\s+(?:the\s+|le\s+|la\s+)?$", doc.text[max(0, p.start - 12):p.start], re.I) \
                and _DISTRICT_AFTER.match(doc.text[p.end:p.end + 16]) and _km(out[-1].label, p.label) <= 100 \
                and not any(out[-1].end <= t.start and t.end <= p.start for t in doc.get("trigger", p.sent)):
            continue  # "In Hremiach, a village of a thousand people near the border in Novhorod-Siverskyi district": where it lies
        # ("à Koza, dans le Mayo-Tsanaga": the region after "dans le" too)
        # (a region's point is its capital's, which may lie far from the town: "Ceel Dheer, Galguduud region")
        if out and p is not out[-1] and _COMMA_IN.fullmatch(doc.text[out[-1].end:p.start]) \
                and _km(out[-1].label, p.label) <= (400 if p.label.kind == "region" else 150) \
                and (_UNIT_AFTER.match(doc.text[p.end:p.end + 16]) or _UNIT_AFTER.match(doc.text[p.start:p.end].split()[-1])
                     or _in_region_named(out[-1].label, doc.text[p.start:p.end]) or (
                    p.label.kind in ("region", "district") and out[-1].label.kind in ("city", "town", "village")
                    and p.label.country == out[-1].label.country and not re.match(r"\s*(?:,|and|et|y|و)\s", doc.text[p.end:p.end + 6]))):
            continue  # "at a checkpoint in Awgu, Enugu State", "in Toribío, Cauca": the state or region the town lies in
        if out and p.label.geo_precision == 1 and out[-1].label.kind in ("district", "region", "area") \
                and 0 <= p.start - out[-1].end <= 40 and _km(out[-1].label, p.label) <= 60 \
                and any(c.label == "near" and out[-1].end <= c.start and c.end <= p.start for c in doc.get("near", p.sent)):
            out[-1] = p  # "the Kurram district near the town of Alizai": the town places the event inside the district
            seen.add(key)
            continue
        if out and p.label.kind in ("city", "town", "village", "district") and 0 <= p.start - out[-1].end <= 24 \
                and _UNIT_POSSESSIVE.fullmatch(doc.text[out[-1].end:p.start]) and _km(out[-1].label, p.label) <= 150:
            out[-1] = p  # "in Charsadda district's Shabqadar tehsil": the unit's own town, not the unit
            seen.add(key)
            continue
        if out and _opener(doc, out[-1]) and p.label.kind in ("city", "town", "village") \
                and _in_region_named(p.label, doc.text[out[-1].start:out[-1].end]):
            out[-1] = p  # "In neighboring Zacatecas, soldiers arrested … in the city of Fresnillo": the state the town lies in
            seen.add(key)
            continue
        if out and ((out[-1].label.kind in ("region", "district") and p.label.kind in ("city", "town", "village"))
                    or (out[-1].label.kind == "region" and p.label.kind == "district")) \
                and out[-1].label.country == p.label.country and _km(out[-1].label, p.label) <= 200 \
                and (_opener(doc, out[-1]) or not any(out[-1].end <= t.start and t.end <= p.start for t in doc.get("trigger", p.sent))) \
                and not any(out[-1].end <= q.start and q.end <= p.start for q in places if q.label.kind in ("city", "town", "village")) \
                and not re.fullmatch(r"\s*[,،]?\s*(?:and|et|or|ou|y|و)?\s*", doc.text[out[-1].end:p.start]):  # "Teorama and Convención" list two
            out[-1] = p  # "in Cameroon's Far North region, gunmen raided Koza": the town places the event inside its region
            seen.add(key)
            continue
        if out and 0 <= p.start - out[-1].end <= 20 and _INSIDE.fullmatch(doc.text[out[-1].end:p.start]) \
                and _km(out[-1].label, p.label) <= 10:
            continue  # "قاعدة القرية الخضراء في حقل العمر", "l'hôpital Soroka de Beersheba": a site inside the town, one place
        if out and 0 <= p.start - out[-1].end <= 60 and _SEAT_OF.fullmatch(doc.text[out[-1].end:p.start]):
            continue  # "El Bordo, the seat of Patía municipality", "Bambari, chef-lieu de la Ouaka": the town's own region
        seat = next((k for k, q in enumerate(out) if _at_seat(q.label, p.label) or _at_seat(p.label, q.label)), None)
        if seat is not None:
            # "Shambu town, the capital of Horo Guduru Wollega Zone": a district placed at its seat is the seat's place
            if _at_seat(out[seat].label, p.label):
                out[seat] = p
            seen.add(key)
            continue
        seen.add(key)
        out.append(p)
    return out


_UNIT_POSSESSIVE = re.compile(r"\s+(?:district|province|state|region|county|governorate|division|tehsil|oblast)['’]s\s+", re.I)
_OPENER = re.compile(r"^\W*(?:in|dans|en|au|à|a|في|وفي)\s+(?:the\s+|la\s+|le\s+|l['’]\s*)?(?:neighbou?ring\s+|nearby\s+|voisine?\s+|المجاورة\s+)?$", re.I)


def _opener(doc: Doc, region) -> bool:
    """"In neighbouring Zacatecas, soldiers arrested seven men in the city of Fresnillo": a region that opens
    the sentence sets the scene for what follows it."""
    sent = doc.sents[region.sent]
    return bool(_OPENER.match(doc.text[sent.start:region.start])) and doc.text[region.end:region.end + 2].startswith(",")


def _in_region_named(town, name: str) -> bool:
    """"Celaya, Guanajuato": the name after the comma is the town's own state, though a city bears it too."""
    return town.kind in ("city", "town", "village") and bool(town.admin1) and fold_str(town.admin1) == fold_str(name)


def _km(a, b) -> float:
    """Great-circle distance between two gazetteer candidates."""
    return haversine_km(a.lat, a.lon, b.lat, b.lon)


def _counts_people(doc: Doc, n: Span) -> bool:
    return any(0 <= p.start - n.end <= 3 for p in doc.get("people", n.sent) + doc.get("actor", n.sent))


def _qualified(doc: Doc, i: int, start: int, end: int) -> bool:
    """Only a count qualifier stands between ("killed at least nine", "tuant au moins trois")."""
    return end - start <= 24 and any(q.start - start <= 1 and 0 <= end - q.end <= 1 for q in doc.get("qualifier", i))


def _day_between(doc: Doc, i: int, start: int, end: int) -> bool:
    """Only a day stands between ("ont tué lundi cinq civils", "قتلت أمس ثلاثة")."""
    return end - start <= 30 and any(0 <= d.start - start <= 1 and 0 <= end - d.end <= 1 for d in doc.get("date", i))


# ("مقتل سبعة أشخاص بينهم طفلان": Arabic needs no comma before it)
_SUBSET_BEFORE = re.compile(r"(?:^|[\s,،(])(?:dont|parmi lesquels|parmi eux|including|among them|among whom|بينهم|بينهن|منهم|من بينهم)\s+(?:au moins\s+|at least\s+)?$", re.I)


_AGE_GAP = re.compile(r"\s+\d{1,3}[-‐]years?[-‐]old\s+", re.I)  # "a 45-year-old man": one man
_AGE_AFTER = re.compile(r"\s*[-‐]?\s*(?:years?[- ]old|yrs?[- ]old|ans\b|(?:عام|عاما|عامًا|عاماً|سنة|سنوات)(?![\u0621-\u064A]))", re.I)
_AGE_BEFORE = re.compile(r"(?:\baged|\bâgée?s? de|\bagee?s? de|(?:يبلغ|البالغ|تبلغ|البالغة) من العمر|بعمر|عمره|عمرها)\s*$", re.I)


def _casualties(doc: Doc, i: int) -> tuple[Optional[int], Optional[int]]:
    nums = [n for n in doc.get("number", i) if not doc.overlaps("date", n.start, n.end)
            and not doc.overlaps("stat", n.start, n.end)
            and not (n.data.get("article") and not any(0 <= p.start - n.end <= 2 or _AGE_GAP.fullmatch(doc.text[n.end:p.start])
                                                        for p in doc.get("people", i) if p.start >= n.end))
            # "Deux civils, dont un enfant, ont été tués", "seven people, including two children": a part of the count
            and not _SUBSET_BEFORE.search(doc.text[max(0, n.start - 16):n.start])
            # "a 45-year-old man", "un jeune de 16 ans", "شاب يبلغ 22 عاماً": an age, never a count
            and not _AGE_AFTER.match(doc.text[n.end:n.end + 14]) and not _AGE_BEFORE.search(doc.text[max(0, n.start - 24):n.start])]

    # "مقتل جنديين", "شرطيا قُتل": an Arabic dual or singular counts itself, beside the casualty word
    nouns = doc.get("nouncount", i)
    cues = doc.get("killed", i) + doc.get("injured", i)

    def nearest(cue: Span) -> Optional[int]:
        best, dist = None, math.inf
        for n in nums:
            # "trois soldats ont été tués" (count before, on a people word) or "tuant trois" (right after)
            if n.end <= cue.start and cue.start - n.end <= 45 and (cue.start - n.end <= 3 or _counts_people(doc, n)):
                d = cue.start - n.end
            elif n.start >= cue.end and (n.start - cue.end <= 3 or _qualified(doc, i, cue.end, n.start)
                                         or _day_between(doc, i, cue.end, n.start)):
                d = n.start - cue.end  # "tuant trois", "killing at least nine", "ont tué lundi cinq civils"
            else:
                continue
            if d < dist:
                best, dist = n, d
        for n in nouns:  # (after the numbers: "مقتل جنديين وإصابة ثلاثة" hurt three, not two)
            if n.start < cue.end and cue.start < n.end:
                d = 0  # "سقوط قتيلين"
            elif n.end <= cue.start and cue.start - n.end <= 20 and not re.search(r"[.,;:،؛]", doc.text[n.end:cue.start]) \
                    and not any(0 <= n.start - c.end <= 3 for c in cues):
                d = cue.start - n.end  # "جنديين عراقيين قتلا" (not "مقتل جنديين وإصابة…": the count of the cue before)
            elif n.start >= cue.end and n.start - cue.end <= 3:
                d = n.start - cue.end  # "مقتل جندي"
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
