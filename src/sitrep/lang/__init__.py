"""Per-language data (lang/<code>/*.yaml), loaded once and compiled to lexicons.

Adding a language is a folder of the same YAML files; code is needed only for what the
script demands (the Arabic normaliser lives in sitrep.text, clitics in sitrep.lexicon)."""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from sitrep.lexicon import LazyLexicon, Lexicon
from sitrep.text import fold_str

LANG_DIR = Path(__file__).parent
DATA_DIR = LANG_DIR.parent / "data"
SUPPORTED = ("fr", "en", "ar")


def _yaml(path: Path) -> dict[str, Any]:
    if not path.exists():
        return {}
    return yaml.safe_load(path.read_text(encoding="utf-8")) or {}


@dataclass
class Language:
    code: str
    triggers: Lexicon
    protest_intervention: Lexicon
    excessive_force: Lexicon
    weapons: Lexicon
    say: Lexicon
    source: Lexicon
    deny: Lexicon
    claim_strong: Lexicon
    no_claim: Lexicon  # "no group claimed it": a claim verb that says nobody claimed
    blame: Lexicon
    doc_words: Lexicon
    issued: Lexicon  # a heading's words for a document an actor issues ("PRESS RELEASE", "بيان")
    months: dict[str, int]
    weekdays: dict[str, int]
    relative_days: dict[str, int]
    story_relative: dict[str, int]
    relative_weeks: list[str]
    relative_months: list[str]
    relative_years: list[str]
    since: Lexicon
    night: Lexicon
    date_name_before: Lexicon  # "Mouvement du 23 mars", "حركة 23 مارس": a date inside a name
    date_name_after: Lexicon  # "the March 23 Movement"
    units: dict[str, int]
    multipliers: dict[str, int]
    approx: dict[str, int]
    counted_nouns: dict[str, int]  # nouns that are their own count (Arabic duals and singulars)
    qualifiers: Lexicon
    place_kind: Lexicon
    near: Lexicon
    origin: Lexicon
    stationed: Lexicon  # "stationed in": an origin only when the sentence names another place
    not_location: Lexicon
    not_location_adjacent: Lexicon
    government_verbs: Lexicon
    directions: dict[str, str]
    stop: set[str]
    modality: Lexicon
    modality_after: Lexicon  # "هجوم محتمل", "une attaque éventuelle": a modal word right after the trigger
    cause: Lexicon
    protest_theme: Lexicon  # "pour dénoncer les frappes": what a protest is about, not a new event
    boilerplate: Lexicon
    background: Lexicon
    habitual: Lexicon  # generic, repeated activity ("are periodically targeted"): no single event
    anaphora: Lexicon
    similar: Lexicon  # "un raid similaire", "هجوم مماثل": an event of the kind just told
    mention: Lexicon  # "the toll of the ambush", "condemned the raids": an event named, not told
    subject_anaphora: Lexicon
    own_target: Lexicon
    no_date: Lexicon  # "sans préciser la date": the text does not know the day
    enemy_toll: Lexicon  # "neutralisé dix terroristes": how an army tells its own operation's toll
    own_loss: Lexicon  # "a reconnu la mort de deux soldats": a side owning up to its losses
    repel: Lexicon  # "ont repoussé une attaque": the side that repels was attacked
    new_event: Lexicon
    army_generic: Lexicon
    police_generic: Lexicon
    resistance_generic: Lexicon  # "la Résistance", "المقاومة الإسلامية": a group named by its self-description
    own_fighters: Lexicon  # "المجاهدون", "our fighters": the issuer's men, in a document an armed actor issues
    group_refs: Lexicon  # "the rebels", "الإرهابيين": the one armed group the article names
    khawarij: Lexicon  # "الخوارج", "khwarij": what a state's media call the insurgents it fights (data/khawarij_fronts.yaml)
    enemy: Lexicon  # "the enemy", "l'ennemi": the side a front's own reports fight (data/enemy_fronts.yaml)
    separatists: Lexicon  # "the separatists", "الانفصاليون": the one separatist movement of the country (data/separatist_fronts.yaml)
    crowd: Lexicon  # "hundreds of young men", "des centaines de jeunes", "مئات الشبان": a crowd, as the subject of an attack a mob
    security_bodies: Lexicon  # "الأمن العام", "Asayish": a security body several states name alike (data/security_fronts.yaml)
    forces_of: Lexicon  # "forces" alone: an army only with a nationality beside it ("les forces syriennes")
    not_actor: set[str]  # an alias of another tongue that is a common word here (French "militants": activists)
    targets: Lexicon
    stat_nouns: Lexicon
    cumulative: Lexicon
    losses: Lexicon  # "the enemy lost 160 servicemen": a side's losses, counted only in tallies
    killed: Lexicon
    injured: Lexicon
    people: Lexicon
    victims: Lexicon
    raw: dict[str, Any] = field(default_factory=dict, repr=False)


def _lex(items: Any, code: str) -> Lexicon:
    """A lexicon from a list of patterns (value = pattern) or a mapping value -> patterns."""
    pairs: list[tuple[str, Any]] = []
    if isinstance(items, dict):
        for value, pats in items.items():
            for p in pats or []:
                pairs.append((p, value))
    else:
        for p in items or []:
            pairs.append((p, p))
    return Lexicon(pairs, code)


@lru_cache(maxsize=None)
def load_language(code: str) -> Language:
    if code not in SUPPORTED:
        raise ValueError(f"language {code} not supported (supported: {', '.join(SUPPORTED)})")
    d = LANG_DIR / code
    trig = _yaml(d / "triggers.yaml")
    weap = _yaml(d / "weapons.yaml")
    attr = _yaml(d / "attribution.yaml")
    dates = _yaml(d / "dates.yaml")
    nums = _yaml(d / "numbers.yaml")
    places = _yaml(d / "places.yaml")
    misc = _yaml(d / "misc.yaml")
    trig_pairs = [(p, (t["sub"], float(t.get("strength", 0.7)))) for t in trig.get("triggers", []) for p in t["patterns"]]
    f = lambda m: {fold_str(str(k)): v for k, v in (m or {}).items()}  # noqa: E731
    stats = misc.get("statistics", {})
    cas = misc.get("casualties", {})
    return Language(
        code=code,
        triggers=Lexicon(trig_pairs, code),
        protest_intervention=_lex(trig.get("protest_intervention"), code),
        excessive_force=_lex(trig.get("excessive_force"), code),
        weapons=_lex(weap.get("weapons"), code),
        say=_lex(attr.get("say"), code),
        source=_lex(attr.get("source"), code),
        deny=_lex(attr.get("deny"), code),
        claim_strong=_lex(attr.get("claim_strong"), code),
        no_claim=_lex(attr.get("no_claim"), code),
        blame=_lex(attr.get("blame"), code),
        doc_words=_lex(attr.get("doc"), code),
        issued=_lex(attr.get("issued"), code),
        months=f(dates.get("months")),
        weekdays=f(dates.get("weekdays")),
        relative_days={fold_str(k): v for k, v in (dates.get("relative_days") or {}).items() if v is not None},
        story_relative={fold_str(k): v for k, v in (dates.get("story_relative") or {}).items() if v is not None},
        relative_weeks=[fold_str(x) for x in dates.get("relative_weeks") or []],
        relative_months=[fold_str(x) for x in dates.get("relative_months") or []],
        relative_years=[fold_str(x) for x in dates.get("relative_years") or []],
        since=_lex(dates.get("since"), code),
        night=_lex(dates.get("night"), code),
        date_name_before=_lex(dates.get("name_before"), code),
        date_name_after=_lex(dates.get("name_after"), code),
        units=f(nums.get("units")),
        multipliers=f(nums.get("multipliers")),
        approx=f(nums.get("approx")),
        counted_nouns=f(nums.get("counted_nouns")),
        qualifiers=_lex(nums.get("qualifiers"), code),
        place_kind=_lex(places.get("kind"), code),
        near=_lex(places.get("near"), code),
        origin=_lex(places.get("origin"), code),
        stationed=_lex(places.get("stationed"), code),
        not_location=_lex(places.get("not_location"), code),
        not_location_adjacent=_lex(places.get("not_location_adjacent"), code),
        government_verbs=_lex(places.get("government_verbs"), code),
        directions=f(places.get("directions")),
        stop={fold_str(s) for s in places.get("stop") or []},
        modality=_lex(misc.get("modality"), code),
        modality_after=_lex(misc.get("modality_after"), code),
        cause=_lex(misc.get("cause"), code),
        protest_theme=_lex(misc.get("protest_theme"), code),
        boilerplate=_lex(misc.get("boilerplate"), code),
        background=_lex(misc.get("background"), code),
        habitual=_lex(misc.get("habitual"), code),
        anaphora=_lex(misc.get("anaphora"), code),
        similar=_lex(misc.get("similar"), code),
        mention=_lex(misc.get("mention"), code),
        subject_anaphora=_lex(misc.get("subject_anaphora"), code),
        own_target=_lex(misc.get("own_target"), code),
        enemy_toll=_lex(misc.get("enemy_toll"), code),
        own_loss=_lex(misc.get("own_loss"), code),
        repel=_lex(misc.get("repel"), code),
        no_date=_lex(misc.get("no_date"), code),
        new_event=_lex(misc.get("new_event"), code),
        army_generic=_lex(misc.get("army_generic"), code),
        police_generic=_lex(misc.get("police_generic"), code),
        resistance_generic=_lex(misc.get("resistance_generic"), code),
        own_fighters=_lex(misc.get("own_fighters"), code),
        group_refs=_lex(misc.get("group_refs"), code),
        khawarij=_lex(misc.get("khawarij"), code),
        separatists=_lex(misc.get("separatists"), code),
        enemy=_lex(misc.get("enemy"), code),
        security_bodies=_lex(misc.get("security_bodies"), code),
        crowd=_lex(misc.get("crowd"), code),
        forces_of=_lex(misc.get("forces_of"), code),
        not_actor={fold_str(x) for x in misc.get("not_actor") or []},
        targets=_lex(misc.get("targets"), code),
        stat_nouns=_lex(stats.get("nouns"), code),
        cumulative=_lex(stats.get("cumulative"), code),
        losses=_lex(stats.get("losses"), code),
        killed=_lex(cas.get("killed"), code),
        injured=_lex(cas.get("injured"), code),
        people=_lex(cas.get("people"), code),
        victims=_lex(cas.get("victims"), code),
        raw={"dates": dates, "numbers": nums},
    )


@dataclass
class ActorEntry:
    name: str
    type: str
    country: str | None
    parent: str | None
    generic: bool


@lru_cache(maxsize=None)
def load_country_map(name: str) -> dict[str, str]:
    """A small data file mapping a country code to an actor name (air_power.yaml, resistance_fronts.yaml)."""
    return {str(k): str(v) for k, v in _yaml(DATA_DIR / name).items()}


@lru_cache(maxsize=None)
def load_actors() -> tuple[Lexicon, Any, dict[str, ActorEntry]]:
    """The actor catalogue as (lexicon of folded aliases, case-sensitive acronym regex, name -> entry).
    Short all-caps aliases (IS, EI, SDF) match only in capitals, so "is" in English prose is no actor."""
    import re

    doc = _yaml(DATA_DIR / "actors.yaml")
    entries: dict[str, ActorEntry] = {}
    pairs: list[tuple[str, str]] = []
    acronyms: dict[str, str] = {}
    for a in doc.get("actors", []):
        e = ActorEntry(a["name"], a.get("type") or "Political militia", a.get("country"), a.get("parent"), bool(a.get("generic")))
        entries[e.name] = e
        for lang_aliases in (a.get("aliases") or {}).values():
            for alias in lang_aliases or []:
                alias = str(alias)
                if alias.isupper() and len(alias) <= 7 and " " not in alias:
                    acronyms[alias] = e.name
                else:
                    pairs.append((alias, e.name))
        pairs.append((e.name, e.name))
    rx = re.compile(r"(?<!\w)(" + "|".join(sorted((re.escape(a) for a in acronyms), key=len, reverse=True)) + r")(?!\w)") if acronyms else None
    arabic = re.compile(r"[\u0600-\u06FF]")
    lexes = {"latin": Lexicon([p for p in pairs if not arabic.search(p[0])], ""),
             "arabic": LazyLexicon([p for p in pairs if arabic.search(p[0])], "ar")}  # compiled when Arabic text comes
    return lexes, (rx, acronyms), entries
