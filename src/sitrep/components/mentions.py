"""Lexicon mentions: actors, weapons, triggers, targets, attribution cues and other cue words."""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional

from sitrep.components.attribution import document_issuer
from sitrep.doc import Doc, Span
from sitrep.lang import ActorEntry, load_actors, load_country_map
from sitrep.model import SUB_TO_TYPE
from sitrep.text import fold_str


def find_actors(doc: Doc) -> None:
    """Catalogue actors by alias; acronyms only in capitals."""
    lexes, (acr_rx, acr), entries = load_actors()
    found: list[Span] = []
    # Arabic aliases only where there is Arabic script: their clitic-tolerant patterns are slow
    scripts = ["latin"] + (["arabic"] if re.search(r"[\u0600-\u06FF]", doc.text) else [])
    for s, e, m in (x for k in scripts for x in doc.find(lexes[k])):
        found.append(Span("actor", s, e, m.value, data={"entry": entries[m.value]}))
    if acr_rx is not None:
        for m in acr_rx.finditer(doc.text):
            if not any(f.start < m.end() and m.start() < f.end for f in found):
                name = acr[m.group(1)]
                found.append(Span("actor", m.start(), m.end(), name, data={"entry": entries[name]}))
    if doc.lang == "ar":
        found.extend(_ar_short_forms(doc, found, entries))
    kept = []
    for sp in sorted(found, key=lambda x: x.start):
        if sp.data["entry"].generic and sp.data["entry"].type != "Civilians" and _locative(doc, sp):
            continue  # "dans le nord d'Israël": a place, not the state acting ("un groupe de civils" are people)
        if fold_str(doc.text[sp.start:sp.end]) in doc.L.not_actor and not _ARMED_AFTER.match(doc.text[sp.end:sp.end + 20]):
            continue  # "trois militants civils": activists, not an armed group
        if sp.data["entry"].type == "Civilians" and _SPARED_BEFORE.search(doc.text[max(0, sp.start - 40):sp.start]):
            continue  # "measures to avoid harming civilians", "pour épargner les civils": the people spared, not hit
        if sp.data["entry"].type == "Civilians" and _SOURCES_BEFORE.search(doc.text[max(0, sp.start - 40):sp.start]):
            continue  # "ont indiqué des sources locales et humanitaires": who spoke, not who was hit
        if sp.data["entry"].type == "Civilians" and doc.lang == "ar" and _AR_NAME_HEAD.search(doc.text[max(0, sp.start - 8):sp.start]):
            continue  # "بلدة كفر راعي": the second word of a village's name, not a shepherd
        if sp.data["entry"].type == "Civilians" and _RIGHTS_OF.search(doc.text[max(0, sp.start - 20):sp.start]):
            continue  # "l'Observatoire syrien des droits de l'homme", "Ligue des droits de l'enfant": a body's name
        if sp.data["entry"].type == "Civilians" and (_ARMED_CIVIL_AFTER.match(doc.text[sp.end:sp.end + 12])
                                                      or _ARMED_CIVIL_BEFORE.search(doc.text[max(0, sp.start - 8):sp.start])):
            # "des éleveurs armés", "armed herders", "رعاة مسلحون": armed men, whatever their trade
            sp = Span("actor", sp.start, sp.end, _UNIDENTIFIED, data={**sp.data, "entry": entries[_UNIDENTIFIED]})
        kept.append(sp)
    _defined_acronyms(doc, kept)
    _named_generics(doc, kept)
    for sp in sorted(kept, key=lambda x: x.start):
        doc.add(sp)


# "جنود من …", "جنديان في صفوف …": men counted of a side named right after
_AR_MEN_OF = re.compile(r"\s+(?:من|في صفوف)\s")

_UNIDENTIFIED = "Unidentified armed group"
_ARMED_AFTER = re.compile(r"\s+(?:arm[ée]s?|islamistes?|jihadistes?|djihadistes?|extr[ée]mistes?|terroristes?)\b", re.I)
_ARMED_CIVIL_AFTER = re.compile(r"\s+(?:arm[ée]e?s|arm[ée]s?|[وف]?(?:ال)?مسلح(?:ون|ين|ه|ة)?)(?!\w)", re.I)
_SOURCES_BEFORE = re.compile(r"\b(?:sources?|milieux)\s+(?:[\w-]+\s+){0,2}(?:et|ou|and|or)\s+$", re.I)
_ARMED_CIVIL_BEFORE = re.compile(r"\barmed\s+$", re.I)
_AR_NAME_HEAD = re.compile(r"(?:^|\s)[وفبل]?(?:كفر|بيت|دير|عين|خربة|خربه|برج|جسر|تل)\s+$")  # words that open a place's name
_RIGHTS_OF = re.compile(r"\b(?:droits|protection|d[ée]fense)\s+(?:de\s+l['’]\s*|des\s+|de\s+la\s+)$", re.I)
_SPARED_BEFORE = re.compile(r"(?:\b(?:avoid|avoiding|spare|sparing|minimi[sz]e|protect)\s+(?:\w+\s+){0,3}(?:to\s+|on\s+|among\s+)?(?:the\s+)?"
                            r"|\b(?:[ée]viter|[ée]pargner|prot[ée]ger)\s+(?:\w+\s+){0,3}(?:aux\s+|les\s+|des\s+|de\s+)?"
                            r"|(?<!\w)[ول]?[ول]?(?:تجنب|تفادي|حماية)\s+(?:\S+\s+){0,3}[بل]?)$", re.I)
_HEAD_AFTER = re.compile(r"^(?:\s*-?\s*|['’]s\s+)$")  # "Al-Qaeda militants", "Hamas's gunmen"


_ACR_AFTER = re.compile(r"\s*[»”\"'’]?\s*\(\s*([A-Z][A-Za-z0-9\-/&]{1,11})\s*\)")  # (also "« Ambazonia Defence Forces » (ADF)")


def _defined_acronyms(doc: Doc, spans: list[Span]) -> None:
    """"the Somali National Army (SNA)": the text defines the acronym; wherever it recurs it names that
    actor, whatever else the catalogue says it stands for (the Syrian National Army)."""
    for a in spans:
        m = _ACR_AFTER.match(doc.text, a.end)
        if m is None or a.data["entry"].generic or doc.text[a.start].lower() != m.group(1)[0].lower():
            continue
        acr = m.group(1)
        b = next((x for x in spans if x.start == m.start(1) and x.end == m.end(1)), None)
        if b is None and len(acr) >= 2 and acr.isupper():
            # "the Arakan Army (AA) … the AA said": an acronym the catalogue does not know names the actor it defines
            for r in re.finditer(rf"(?<![\w-]){re.escape(acr)}(?![\w-])", doc.text[m.end():]):
                st, en = m.end() + r.start(), m.end() + r.end()
                if not any(x.start < en and st < x.end for x in spans):
                    spans.append(Span("actor", st, en, a.label, data={**a.data, "acronym": True}))
            continue
        if b is None or b.data["entry"].name == a.data["entry"].name:
            continue
        other = b.data["entry"].name
        for x in spans:
            if doc.text[x.start:x.end] == acr and x.data["entry"].name == other:
                x.label, x.data = a.label, {**x.data, "entry": a.data["entry"]}


def _named_generics(doc: Doc, spans: list[Span]) -> None:
    """"Al-Qaeda militants", "des assaillants de l'Etat islamique", "rebels linked to the Islamic State
    group": a generic word for armed men joined to a group's name is that group, not an unidentified one."""
    named = [a for a in spans if a.data["entry"].type in _ARMED_GROUP and not a.data["entry"].generic]
    if not named:
        return

    def owner_of(s: int, e: int, linked_only: bool = False) -> Optional[Span]:
        if not linked_only:
            a = next((a for a in named if 0 <= s - a.end <= 3 and _HEAD_AFTER.match(doc.text[a.end:s])), None) or \
                next((a for a in named if 0 <= a.start - e <= 24 and _NAME_LINK.match(doc.text[e:a.start])), None)
            if a is not None:
                return a
        return next((a for a in named if 0 <= a.start - e <= 40 and _LINKED.fullmatch(doc.text[e:a.start])), None)

    def join(s: int, e: int, owner: Span) -> None:
        # one mention over both words: its evidence shows the name and the men it stands for
        spans.append(Span("actor", min(s, owner.start), max(e, owner.end), owner.label, data={**owner.data, "joined": True}))
        spans.remove(owner)
        named.remove(owner)

    for sp in [x for x in spans if x.label == _UNIDENTIFIED]:
        owner = owner_of(sp.start, sp.end)
        if owner is not None:
            spans.remove(sp)
            join(sp.start, sp.end, owner)
    # "rebels", "les jihadistes" are no actor alone (one group in the story makes them that group, see
    # _group_refs); "rebels linked to X" are X's men even though X is named only to describe them
    for s, e, _m in doc.find(doc.L.group_refs):
        if not any(a.start < e and s < a.end for a in spans):
            owner = owner_of(s, e, linked_only=True)
            if owner is not None:
                join(s, e, owner)
    spans.sort(key=lambda x: x.start)


# "rebels linked to the Islamic State group", "des jihadistes affiliés à l'EI", "مسلحون تابعون لتنظيم داعش"
_LINKED = re.compile(r"\s*,?\s*(?:(?:linked|affiliated|allied|loyal|belonging|tied)\s+(?:to|with)|led\s+by|"
                     r"(?:liée?s?|affiliée?s?|fidèles?|appartenant)\s+(?:à|a|au|aux)|dirigée?s?\s+par|"
                     r"(?:تابعون|تابعين|التابعين|التابعون|التابع|التابعة|الموالين|الموالون|الموالية|الموالي|المرتبطين|المنتمين|ينتمون)\s*(?:ل|الى|إلى|ب)?)\s*"
                     r"(?:(?:the|les?|la|l['’])\s*)?", re.I)


# per language: the English article "A" is no French "à" written without its accent
_LOCATIVE = {
    "fr": re.compile(r"\b(?:en|au|aux|à|a|de|du|d|vers)[\s'’]*$", re.I),
    "en": re.compile(r"\b(?:in|into|to|of|from|across)\s*$", re.I),
    "ar": re.compile(r"(?:في|الى|إلى|من)\s*$"),
}


def _locative(doc: Doc, sp: Span) -> bool:
    # (a common noun after an elided "d'" is no place: "une trentaine d'hommes armés", "des dizaines d'assaillants")
    if doc.lang == "fr" and doc.text[sp.start].islower() and re.search(r"\bd['’]$", doc.text[max(0, sp.start - 3):sp.start], re.I):
        return False
    rx = _LOCATIVE.get(doc.lang)
    return bool(rx and rx.search(doc.text[max(0, sp.start - 8):sp.start]))


# Heads too general to stand for one named actor on their own ("القوات").
_AR_GENERIC_HEADS = {"قوات", "قوه", "جيش", "حكومه", "دوله", "طيران", "طايرات", "مسلحين", "مسلحون", "مدنيين", "مواطنين"}


def _ar_short_forms(doc: Doc, found: list[Span], entries) -> list[Span]:
    """Arabic news names a group in full once, then by its head noun with the article:
    "المقاومة الإسلامية في العراق" … "أعلنت المقاومة", "مليشيا الحوثي" … "المليشيا". Each such
    definite head refers to the latest actor before it whose name starts with that noun."""
    import re

    from sitrep.text import fold_str

    heads: dict[str, list[Span]] = {}
    for sp in sorted(found, key=lambda x: x.start):
        if sp.data["entry"].type in ("Civilians", "Protesters", "Rioters"):
            continue
        first = fold_str(doc.text[sp.start:sp.end]).split(" ")[0]
        head = re.sub(r"^(?:[وف]?[بلك]?ال|[وف]?لل|[وف]?[بلك])", "", first) if len(first) > 4 else first
        if len(head) >= 3 and head not in _AR_GENERIC_HEADS:
            heads.setdefault(head, []).append(sp)
    out: list[Span] = []
    for head, spans in heads.items():
        rx = re.compile(rf"(?<!\w)(?:[وف]?[بك]?ال|[وف]?لل){re.escape(head)}(?!\w)")
        for m in rx.finditer(doc.folded):
            s, e = doc.to_orig(m.start(), m.end())
            if any(f.start < e and s < f.end for f in found + out):
                continue
            ante = [a for a in spans if a.end <= s]
            if ante:
                out.append(Span("actor", s, e, ante[-1].label, data={"entry": entries[ante[-1].label], "short_form": True}))
    return out


_POSSESSIVE = re.compile(r"(?:\bthe (?:group|movement|militia|rebels|organi[sz]ation|faction)['’]s?|\bits|\btheir)\s+(?:own\s+)?$", re.I)


def state_force(country: str, kind: str = "army", any_state: bool = True):
    """The catalogue entry of a country's army (kind "army") or police (kind "police"); with
    `any_state`, where the catalogue has neither, its state forces of any name ("Palestinian Authority Security Forces")."""
    entries = load_actors()[2]
    prefix = "Military Forces of" if kind == "army" else "Police Forces of"
    entry = next((x for x in entries.values() if x.country == country and x.name.startswith(prefix)), None)
    if entry is not None:
        return entry
    other = next((x for x in entries.values() if x.country == country and x.type == "State forces"
                  and not x.name.startswith(("Police Forces of", "Military Forces of"))), None)
    if other is not None:
        return other if any_state else None
    # "la police somalienne" is ACLED's "Police Forces of Somalia" even where the catalogue lists only the army
    return _state_force_by_name(country, prefix)


@lru_cache(maxsize=None)
def _state_force_by_name(country: str, prefix: str):
    """ACLED names a state's forces after the state ("Military Forces of Pakistan"): the catalogue
    lists the states we have aliases for, every other one gets its name this way."""
    import pycountry

    c = pycountry.countries.get(alpha_2=country) if country else None
    if c is None:
        return None
    name = _ACLED_COUNTRY.get(country) or getattr(c, "common_name", None) or c.name.split(",")[0]
    if _THE.search(name):
        name = "the " + name
    entry = ActorEntry(f"{prefix} {name}", "State forces", country, None, False)
    load_actors()[2].setdefault(entry.name, entry)  # the rest of the pipeline looks actors up by name
    return entry


# ACLED's short names where ISO's lack a common one ("Russian Federation", "Congo, The Democratic Republic of the")
_ACLED_COUNTRY = {"RU": "Russia", "CD": "Democratic Republic of Congo", "CG": "Republic of Congo", "CI": "Ivory Coast",
                  "TR": "Turkey", "CV": "Cape Verde", "SZ": "eSwatini"}
_THE = re.compile(r"\b(?:Republic|Islands|Emirates|Kingdom|States|Philippines|Netherlands|Gambia|Bahamas|Comoros|Maldives)\b")


def resolve_generic_forces(doc: Doc) -> None:
    """"l'armée", "troops", "la police", "الجيش": the armed force the story is about. The army is
    the last "Military Forces of X" named before it, else that of the country the article names most;
    the police is that country's police. Runs after places, which find the countries."""
    L = doc.L
    _lex, _acr, entries = load_actors()
    # the countries the article names and those its places lie in ("Jénine", "Cisjordanie" say PS even
    # when the only country named is "l'Iran" in a quote)
    named = [c.label for c in doc.get("country") if not c.data.get("adjective")] + \
            [p.label.country for p in doc.get("place") if p.label is not None and getattr(p.label, "country", None)]
    if not named:  # "Kaduna (Nigeria), 9 mars (AFP) - La police de l'Etat de Kaduna…": the dateline's country
        named = [c.label for c in doc.get("country") if c.data.get("dateline")]
    # the most named country; on a tie the first named (a set's order would change from run to run)
    main_country = max(dict.fromkeys(named), key=named.count) if named else None
    air_power = load_country_map("air_power.yaml")
    generic_army = load_country_map("generic_army.yaml")
    if main_country:
        _local_units(doc, main_country, set(named) | {c.label for c in doc.get("country")})
    _hostile_with_nationality(doc)
    issuer = document_issuer(doc)
    if doc.lang == "en":
        _possessive_forces(doc)
    # ("جنديان من قوات حفظ السلام": the body must be known before the men of it are looked for)
    _security_bodies(doc, named, entries)
    doc.spans["actor"] = sorted(doc.get("actor"), key=lambda a: a.start)
    for kind, lex in (("army", L.army_generic), ("police", L.police_generic), ("forces", L.forces_of)):
        for s, e, _m in doc.find(lex):
            if doc.overlaps("actor", s, e):
                continue
            if issuer is not None and _OUR.match(doc.text[s:e]):
                continue  # "nos forces" in a statement an armed group issues: its own men (own_fighters below)
            men_of = _AR_MEN_OF.match(doc.text[e:e + 12]) if doc.lang == "ar" else None
            side = next((a for a in doc.get("actor") if men_of and a.start == e + men_of.end()), None)
            if side is not None:
                # "ثلاثة جنود من القوات الجنوبية": the men of the side named next
                doc.add(Span("actor", s, e, side.label, data={"entry": side.data["entry"], "derived": True}))
                continue
            group = next((a for a in doc.get("actor") if 0 <= s - a.end <= 3 and _HEAD_AFTER.match(doc.text[a.end:s])
                          and a.data["entry"].type in _ARMED_GROUP and not a.data["entry"].generic), None)
            if group is not None and doc.lang != "ar":
                # "KIA troops", "the RSF's soldiers": a named armed group's men, not the state's army
                doc.add(Span("actor", s, e, group.label, data={"entry": group.data["entry"], "derived": True}))
                continue
            if doc.text[s:e].lower().endswith("military") and _NOUN_AFTER.match(doc.text[e:e + 24]):
                continue  # "the military airport in Hama": an adjective of a place, not the army (whose it is, no one says)
            entry = None
            # "Israeli troops", "les soldats israéliens", "الجنود الإسرائيليون": the adjective names the army
            adj = next((c for c in doc.get("country") if c.data.get("adjective") and not c.data.get("dateline")
                        and (0 <= s - c.end <= 1 or 0 <= c.start - e <= 1)), None)
            if kind == "forces":  # "les forces syriennes", "Syrian forces": only the nationality says whose
                entry = state_force(adj.label, "army") if adj is not None else None
                if entry is not None:
                    doc.add(Span("actor", s, e, entry.name, data={"entry": entry, "derived": True}))
                continue
            # ("صواريخ أطلقت من طائرات حربية داخل الأجواء الهندية": aircraft in a sentence naming another country may be its)
            foreign_sky = kind == "army" and bool(_AIR_WORDS.search(doc.text[s:e])) and any(
                c.label != main_country and (0 <= c.start - e <= 40 or 0 <= s - c.end <= 40)
                and not _BORDER.search(doc.text[min(e, c.end):max(s, c.start)] + doc.text[c.end:c.end + 12])
                for c in doc.get("country", doc.sent_of(s)))
            if adj is None and kind == "army" and not foreign_sky:
                # "أعلنت وزارة الدفاع التركية أن القوات الجوية نفذت…": the forces of the ministry that speaks
                adj = next((c for c in doc.get("country") if c.data.get("adjective") and not c.data.get("dateline") and 0 <= s - c.end <= 40
                            and _MINISTRY_ADJ.search(doc.text[max(0, c.start - 24):c.start])
                            and doc.sent_of(c.start) == doc.sent_of(s)), None)
            if adj is not None:
                entry = state_force(adj.label, kind)
            if entry is None and kind == "army" and _AIR_WORDS.search(doc.text[s:e]) and main_country in air_power:
                # "warplanes struck Khan Younis": over Gaza or Lebanon only one side flies (data/air_power.yaml)
                entry = entries.get(air_power[main_country])
            if entry is None and kind == "army" and doc.lang == "ar" and _AR_OWN_FORCES.fullmatch(doc.text[s:e]):
                # "أعلنت قوات الدعم السريع أن قواتها سيطرت…", "أعلن الجيش أن قواته دخلت…": the forces of the side just named
                entry = _side_before(doc, s, entries, doc.sent_of(s))
            if entry is None and kind == "army" and _POSSESSIVE.search(doc.text[max(0, s - 30):s]):
                # "the group's naval forces", "its fighters": the forces of the actor just named
                entry = _side_before(doc, s, entries)
            if entry is None and kind == "army" and _GOVERNMENT.search(fold_str(doc.text[s:e])):
                # "les forces gouvernementales", "القوات الحكومية": the forces of the state where they fight,
                # never the foreign army named before them
                here = next((p.label.country for p in doc.get("place", doc.sent_of(s))
                             if p.label is not None and getattr(p.label, "country", None)), None)
                if here or main_country:
                    entry = state_force(here or main_country, kind)
            if entry is None and kind == "army" and doc.lang == "ar" and not _HOSTILE.search(fold_str(doc.text[s:e])):
                # "وفي النيجر المجاورة، أعلنت … أن عشرة جنود قتلوا": soldiers in a sentence about another country are its own
                here = [c for c in doc.get("country", doc.sent_of(s)) if not c.data.get("adjective") and c.end <= s]
                entry = state_force(here[-1].label, kind) if here else None
            if entry is None and kind == "army" and not foreign_sky:
                # "▪️ جوهر (شبيلي الوسطى): … مقهى يرتاده جنود": in a digest, an item's soldiers are its own country's
                here = _item_country(doc, s)
                entry = state_force(here, kind, any_state=False) if here else None
            if entry is None and kind == "army" and not foreign_sky:
                # the army named last before it
                # an outlet that calls an army "the enemy" or "the occupation" never calls it plain "the army"
                before = [a for a in doc.get("actor") if a.end <= s and a.label.startswith("Military Forces of")
                          and not _HOSTILE.search(fold_str(doc.text[a.start:a.end]))]
                if before:
                    entry = entries[before[-1].label]
            if entry is None and kind == "army" and main_country in generic_army and not _SECURITY.search(fold_str(doc.text[s:e])):
                entry = entries.get(generic_army[main_country])  # soldiers in the West Bank are Israel's (data/generic_army.yaml)
            if entry is None and main_country and not foreign_sky:
                entry = state_force(main_country, kind)
            if entry is not None:
                doc.add(Span("actor", s, e, entry.name, data={"entry": entry, "derived": True}))
    _country_subjects(doc)
    # "la Résistance islamique", "المقاومة": the group that calls itself so on the front the article is about
    fronts = load_country_map("resistance_fronts.yaml")  # country -> the group "the Resistance" means there
    front = next((c for c in dict.fromkeys(named) if c in fronts), None)
    if front is not None:
        entry = entries.get(fronts[front])
        for s, e, _m in doc.find(L.resistance_generic):
            # the name has a capital in Latin script: "la résistance des habitants" is no group
            if doc.overlaps("actor", s, e) or (doc.lang != "ar" and not re.search(r"\bR", doc.text[s:e])):
                continue
            # a group named in full before ("la Résistance islamique en Irak") is the one meant
            full = [a for a in doc.get("actor") if a.end <= s and _RESISTANCE.search(fold_str(doc.text[a.start:a.end]))]
            meant = entries[full[-1].label] if full else entry
            if meant is not None:
                doc.add(Span("actor", s, e, meant.name, data={"entry": meant, "derived": True}))
    # "ثانياً: قصف المجاهدون…" under a heading "حصاد عمليات … حركة الشباب": in a document an armed actor issues, the
    # words it uses for its own men are that actor
    if issuer is not None:
        for s, e, _m in doc.find(L.own_fighters):
            if s > issuer.end and not doc.overlaps("actor", s, e):
                doc.add(Span("actor", s, e, issuer.label, data={"entry": issuer.data["entry"], "derived": True}))
    # "ميليشيات الخوارج", "khwarij": the insurgents the state of the story fights; "les séparatistes", "انفصاليون
    # مسلحون": the country's one separatist movement (Ambazonia's in Cameroon)
    # (separatists elsewhere are an unnamed armed group; "khawarij" elsewhere names no one)
    if main_country is not None:
        _country_front(doc, [main_country], entries, L.enemy, load_country_map("enemy_fronts.yaml"))
    for lex, table, fallback in ((L.khawarij, "khawarij_fronts.yaml", None),
                                 (L.separatists, "separatist_fronts.yaml", _UNIDENTIFIED)):
        _country_front(doc, named, entries, lex, load_country_map(table), fallback)
    _local_branches(doc, named, entries)
    _group_refs(doc)
    doc.spans["actor"] = sorted(doc.get("actor"), key=lambda a: a.start)


def _relabel(a: Span, entry) -> None:
    a.label, a.data = entry.name, {**a.data, "entry": entry, "derived": True}


# unit acronyms of generic words that several states use ("Bataillon d'intervention rapide", "Forces armées
# nationales"); "IDF", "FARDC", "ENDF" name one state's forces wherever they are told
_SHARED_ACRONYMS = frozenset({"BIR", "FAN"})
# an acronym the catalogue gives a group of one country that elsewhere is a state's generic forces: "FDS" is
# Syria's Forces démocratiques syriennes, and the Forces de défense et de sécurité of Niger, Mali, Burkina Faso…
_HOMONYM_ACRONYMS = frozenset({"FDS"})


def _local_units(doc: Doc, main_country: str, mentioned: set[str]) -> None:
    """"le Bataillon d'intervention rapide (BIR)" in a Burkinabe story: a unit's name the catalogue knows for
    another state (Cameroon's BIR) that the story never mentions is the unit of the state the story is about.
    Only a unit's acronym or a unit word, never a force's own name ("CENTCOM", "Mossad"); an outlet's
    "the enemy", "the occupation" is foreign by design and stays so."""
    local = state_force(main_country)
    if local is None:
        return
    for a in doc.get("actor"):
        entry, text = a.data["entry"], fold_str(doc.text[a.start:a.end])
        if entry.type == "State forces" and entry.country and entry.country not in mentioned \
                and (doc.text[a.start:a.end] in _SHARED_ACRONYMS or _UNIT_WORD.search(text)) \
                and not _HOSTILE.search(text):
            _relabel(a, local)
        elif doc.text[a.start:a.end] in _HOMONYM_ACRONYMS and entry.country and entry.country not in mentioned:
            _relabel(a, local)


def _hostile_with_nationality(doc: Doc) -> None:
    """"l'armée d'occupation turque", "قوات الاحتلال التركي": a hostile name the catalogue gives one army
    belongs to the army of the country the adjective right after it names."""
    for a in doc.get("actor"):
        if a.data["entry"].type != "State forces" or not _HOSTILE.search(fold_str(doc.text[a.start:a.end])):
            continue
        adj = next((c for c in doc.get("country") if c.data.get("adjective") and 0 <= c.start - a.end <= 1), None)
        entry = state_force(adj.label) if adj is not None and adj.label != a.data["entry"].country else None
        if entry is not None:
            _relabel(a, entry)
            a.end = adj.end


_ARMED_GROUP = ("Rebel group", "Political militia", "Identity militia")
# "des assaillants de l'EI", "مسلحون من مجموعة «3R»": the men of a group named right after them
_NAME_LINK = re.compile(r"^\s*(?:(?:du|de|des|d['’]|de la|de l['’]|of|of the|from|من)\s*)?"
                        r"(?:(?:the\s+|le\s+|la\s+)?(?:group|groupe|mouvement|movement|مجموعة|جماعة|حركة|تنظيم|فصيل)\s*)?[«\"“]?\s*$", re.I)


def _group_refs(doc: Doc) -> None:
    """"the rebels", "les jihadistes", "الإرهابيين": in an article that names one non-state armed group
    and no other, a generic word for an armed group is that group (otherwise it stays unidentified)."""
    groups = [a for a in doc.get("actor") if a.data["entry"].type in _ARMED_GROUP and not a.data["entry"].generic
              and a.label != "Unidentified armed group" and not a.data.get("derived")]
    named = {a.label for a in groups}
    if not named:
        return
    refs = list(doc.find(doc.L.group_refs))
    # "M23 rebels … The rebels seized Kavumu": with several groups named, the word the article pinned to one
    # of them (and to no other) still names it
    stems = [_ref_stem(doc.text[s:e]) for s, e, _m in refs] if len(named) > 1 else []
    described: dict[str, set[str]] = {}
    first: dict[str, int] = {}
    for (s, e, _m), stem in zip(refs, stems):
        for a in groups:
            if (0 <= a.start - e <= 10 and _NAME_LINK.match(doc.text[e:a.start])) or (0 <= s - a.end <= 1 and not doc.text[a.end:s].strip()) \
                    or (s < a.end and a.start < e):  # "M23 rebels", "rebelles du M23" may be one alias
                described.setdefault(stem, set()).add(a.label)
                first[stem] = min(first.get(stem, s), s)
    actors = load_actors()[2]
    for k, (s, e, _m) in enumerate(refs):
        if any(0 <= a.start - e <= 10 and _NAME_LINK.match(doc.text[e:a.start]) for a in doc.get("actor")):
            continue  # "des jihadistes du JNIM", "M23 rebels": the name itself is there
        if len(named) == 1:
            entry = actors[next(iter(named))]
        else:
            stem = stems[k]
            if len(described.get(stem, ())) != 1 or first[stem] > s:
                continue
            entry = actors[next(iter(described[stem]))]
        sp = doc.overlaps("actor", s, e)
        if sp is None:
            doc.add(Span("actor", s, e, entry.name, data={"entry": entry, "derived": True, "group_ref": True}))
        elif sp.label == "Unidentified armed group" and s <= sp.start and sp.end <= e:
            sp.label, sp.data = entry.name, {**sp.data, "entry": entry, "derived": True, "group_ref": True}


_REF_ARTICLE = re.compile(r"^(?:(?:les|des|aux|ces|the|suspected|armed)\s+)+")


def _ref_stem(text: str) -> str:
    """The noun of a generic group word, number and spelling aside: "les djihadistes", "jihadistes" -> "jihadist"."""
    word = _REF_ARTICLE.sub("", fold_str(text).lower()).split()[0] if text.strip() else ""
    return word.replace("djihad", "jihad").rstrip("s").rstrip("e")


_RESISTANCE = re.compile(r"resistance|مقاومه")
_NOUN_AFTER = re.compile(r"\s+(?:airports?|air\s?bases?|bases?|posts?|positions?|sites?|installations?|facilit(?:y|ies)|vehicles?|"
                         r"convoys?|courts?|hospitals?|camps?|compounds?|headquarters|academ(?:y|ies)|colleges?|stations?|"
                         r"checkpoints?|barracks|airfields?|depots?|warehouses?|targets?)\b")
_GOVERNMENT = re.compile(r"govern|gouvern|حكومي")
_SECURITY = re.compile(r"securit|\bamn\b|امن|الامن")  # "les forces de sécurité", "قوات الأمن": a state's own security forces
_UNIT_WORD = re.compile(r"\b(?:bataillon|battalion|brigade|regiment|groupement|unite|unit|escadron|squadron)\b|كتيبه|سريه")
_HOSTILE = re.compile(r"occupation|occupied|occupying|enemy|ennemi|sionist|zionist|احتلال|عدو|صهيون|معاد")
_BORDER = re.compile(r"border|fronti[eè]re|حدود|الحدود", re.I)
_AIR_WORDS = re.compile(r"plane|jet|air ?force|aircraft|aviation|avion|chasseur|طيران|طائر|طاير|مقاتلات", re.I)
_MINISTRY_ADJ = re.compile(r"(?:وزارة الدفاع|وزارة الداخلية|رئاسة الأركان|الجيش|ministère de la Défense|ministère des Armées|armée|"
                           r"Defen[cs]e Ministry|Ministry of (?:National )?Defen[cs]e|army)\s*$", re.I)
# what may stand between a state and the attack it makes: an auxiliary, an adverb, a light verb and its article
# ("les Etats-Unis ont mené de nouvelles frappes", "Turkey has again shelled", "the United States carried out strikes")
_COUNTRY_GAP = {
    "fr": re.compile(r"^\s*(?:(?:a|ont|avait|avaient|aurait|auraient|dit avoir|affirme avoir|annonce avoir)\s+)?"
                     r"(?:(?:de nouveau|à nouveau|encore|également|aussi|ensuite|alors|déjà|lui-même|elle-même)\s+)?"
                     r"(?:(?:mené|mènent|mène|lancé|lancent|lance|effectué|effectuent|conduit|procédé à)\s+"
                     # "ont mené dans la nuit de lundi à mardi une série de frappes": the night, its days already blanked
                     r"(?:(?:puis\s+|et\s+)?(?:dans la nuit|dans la journée|dans la matinée|dans la soirée|dans l['’]après-midi|tôt|tard)(?:\s+(?:de|du|d['’]|au|à|et))*\s+){0,3}"
                     r"(?:(?:des|une|un|plusieurs|de|d['’]|nouvelles?|nouveaux?|ses|leurs|sa|son|série|vague|salve|d'autres)\s*)*)?$", re.I),
    "en": re.compile(r"^\s*(?:(?:has|have|had|says it|said it|says it has|said it had)\s+)?"
                     r"(?:(?:also|again|now|then|reportedly|allegedly)\s+)?"
                     r"(?:(?:carried out|carries out|launched|launches|conducted|conducts|staged|stages|mounted)\s+"
                     r"(?:(?:a|an|the|new|fresh|more|several|its|their|further|wave|series|round|salvo|barrage)\s+(?:of\s+)?)*)?$", re.I),
}
# a state after a preposition is where or whom an attack hit ("frappes en Irak", "strikes on Iran")
_COUNTRY_OBJECT = re.compile(r"(?:\b(?:en|au|aux|à|de|du|des|contre|vers|sur|par|pour|avec|entre|depuis|dans|chez|in|on|at|to|from|of|"
                             r"by|with|against|into|toward|towards|over|near|for|across|inside|and|et)\s+|\bd['’])"
                             r"(?:(?:les|la|le|the)\s+|l['’])?$", re.I)

_BY = re.compile(r"^\s*(?:(?:carried out|conducted|launched|fired|(?:mené|lancé|effectué|tiré)(?:e|es|s)?)\s+)?(?:by|par)\s+"
                 r"(?:(?:les|la|le|the)\s+|l['’])?$", re.I)
# "les Etats-Unis et le Royaume-Uni ont frappé": the second of two states acting together
_PARTNER = re.compile(r"^\s*(?:and|et)\s+(?:(?:les|la|le|the)\s+|l['’])?[A-ZÉ][\w'’\-]*(?:[ \-][A-ZÉ][\w'’\-]*)*")
_AND = re.compile(r"^\s*(?:and|et|,)\s+(?:(?:les|la|le|the)\s+|l['’])?$", re.I)


def acting_country(doc: Doc, c: Span) -> bool:
    """"les Etats-Unis ont frappé", "Turkey shelled Kobani", "strikes by the United States": a state named
    as the subject or the agent of an attack (so it is no place of the story)."""
    gap = _COUNTRY_GAP.get(doc.lang)
    if gap is None:
        return False
    triggers = doc.get("trigger", c.sent)
    before = doc.text[max(0, c.start - 20):c.start]
    if any(0 <= c.start - t.end <= 30 and _BY.match(doc.text[t.end:c.start]) for t in triggers
           if t.label[0] not in ("Agreement", "protest", "riot")):
        return True
    partner = next((o for o in doc.get("country", c.sent) if o.end <= c.start and _AND.match(doc.text[o.end:c.start])), None)
    if partner is not None:
        if acting_country(doc, partner):
            return True
        if "," not in doc.text[partner.end:c.start]:
            return False  # "et": the pair acts together or not at all
        # "après la mort de soldats en Jordanie, les Etats-Unis frappent": the comma ended a clause
    if _COUNTRY_OBJECT.search(before):
        return False
    t = next((t for t in triggers if t.start >= c.end), None)
    if t is None or t.label[0] in ("protest", "riot") or t.start - c.end > 110:
        return False
    between = doc.text[c.end:t.start]
    between = _PARTNER.sub("", between)  # "the United States and Britain have launched"
    for d in doc.get("date", c.sent):  # "ont mené vendredi des frappes"
        if c.end <= d.start and d.end <= t.start:
            between = between.replace(doc.text[d.start:d.end], " ")
    return bool(gap.match(between))


# "Pakistan's army", "Nigeria's military": a state's forces named by the state in the possessive
_POSSESSIVE_FORCES = re.compile(r"['’]s\s+(?:(?:armed\s+forces|army|military|air\s+force|navy|troops|soldiers|security\s+forces)|(police))\b")


def _possessive_forces(doc: Doc) -> None:
    for c in doc.get("country"):
        m = _POSSESSIVE_FORCES.match(doc.text, c.end)
        if m is None or doc.overlaps("actor", c.start, m.end()):
            continue
        entry = state_force(c.label, "police" if m.group(1) else "army")
        if entry is not None:
            doc.add(Span("actor", c.start, m.end(), entry.name, data={"entry": entry, "derived": True}))


_ITEM_START = re.compile(r"\s*(?:[-–—•*▪►▶◆●🔴🔵⚫🟢🟠📍]\ufe0f?|\d+[.)-])\s*")


def _item_country(doc: Doc, start: int) -> Optional[str]:
    """The country of a digest item's own places: the item is a line that opens with a bullet."""
    lo = doc.text.rfind("\n", 0, start) + 1
    hi = doc.text.find("\n", start)
    hi = len(doc.text) if hi < 0 else hi
    if not _ITEM_START.match(doc.text, lo):
        return None
    here = [p.label.country for p in doc.get("place") if lo <= p.start < hi and p.label is not None
            and getattr(p.label, "country", None)]
    return here[0] if here and len(set(here)) == 1 else None


def _country_subjects(doc: Doc) -> None:
    """A state that attacks acts through its armed forces (ACLED's "Military Forces of X"), like a named army."""
    for c in doc.get("country"):
        if not c.data.get("named") or c.data.get("dateline") or doc.overlaps("actor", c.start, c.end):
            continue
        if acting_country(doc, c):
            entry = state_force(c.label, any_state=False)
            if entry is not None:
                doc.add(Span("actor", c.start, c.end, entry.name, data={"entry": entry, "derived": True, "acting": True}))


def _side_before(doc: Doc, start: int, entries: dict, sent: Optional[int] = None):
    """The catalogue entry of the last armed side named before `start` (in sentence `sent` only, if given)."""
    before = [a for a in doc.get("actor", sent) if a.end <= start and a.data["entry"].type not in ("Civilians", "Protesters", "Rioters")]
    return entries[max(before, key=lambda a: a.end).label] if before else None  # the nearest, whatever order they were found in


# bodies that are a police wherever they are named: with no country of the table named, the story's own police
_POLICE_BODIES = frozenset({"internal_security", "public_security"})


@lru_cache(maxsize=None)
def _nested_table(filename: str) -> dict[str, dict[str, str]]:
    """A data file of names, each mapping countries to a catalogue actor (security_fronts.yaml, branch_fronts.yaml)."""
    from sitrep.lang import DATA_DIR, _yaml

    return {k: {str(c): str(n) for c, n in (v or {}).items()} for k, v in _yaml(DATA_DIR / filename).items()}


def _security_bodies(doc: Doc, named: list[str], entries: dict) -> None:
    """"الأمن العام", "قوى الأمن الداخلي", "the Asayish": the body of that name in the story's country
    (data/security_fronts.yaml); a longer name that says whose it is ("الأمن العام السوري") stays."""
    table = _nested_table("security_fronts.yaml")
    for s, e, m in doc.find(doc.L.security_bodies):
        fronts = table.get(m.value) or {}
        country = next((c for c in dict.fromkeys(named) if c in fronts), None)
        meant = entries.get(fronts[country]) if country else None
        if meant is None and m.value in _POLICE_BODIES and named:
            # "les forces de sécurité intérieure" of a country the table does not list (Centrafrique): its police
            meant = state_force(named[0], "police", any_state=False)
        if meant is None:
            continue
        over = [a for a in doc.get("actor") if a.start < e and s < a.end]
        if any(a.end - a.start > e - s for a in over):
            continue
        doc.spans["actor"] = [a for a in doc.get("actor") if a not in over]
        doc.add(Span("actor", s, e, meant.name, data={"entry": meant, "derived": True}))


def _local_branches(doc: Doc, named: list[str], entries: dict) -> None:
    """"al-Qaeda" in a story set in Yemen: the movement's branch there, as ACLED codes it (data/branch_fronts.yaml)."""
    table = _nested_table("branch_fronts.yaml")
    for a in doc.get("actor"):
        fronts = table.get(a.label) or {}
        country = next((c for c in dict.fromkeys(named) if c in fronts), None)
        if country is not None and fronts[country] in entries:
            _relabel(a, entries[fronts[country]])


# "nos forces", "our troops": a speaker's own forces (a state's, unless an armed group issues the document)
_OUR = re.compile(r"(?:nos|our)\s", re.I)


def _country_front(doc: Doc, named: list[str], entries: dict, lex, fronts: dict[str, str], fallback: Optional[str] = None) -> None:
    """A name whose group depends on the country of the story (the first named with an entry in `fronts`)."""
    front = next((c for c in dict.fromkeys(named) if c in fronts), None)
    meant = entries.get(fronts[front] if front is not None else fallback or "")
    if meant is None:
        return
    for s, e, _m in doc.find(lex):
        # a descriptor inside the name ("مسلحون" in "انفصاليون مسلحون") yields to it; a group's own name does not
        if any(not a.data["entry"].generic for a in doc.get("actor") if a.start < e and s < a.end):
            continue
        doc.spans["actor"] = [a for a in doc.get("actor") if not (a.start < e and s < a.end)]
        doc.add(Span("actor", s, e, meant.name, data={"entry": meant, "derived": True}))


def find_cues(doc: Doc) -> None:
    """Every other lexicon of the language, as spans of the lexicon's kind."""
    L = doc.L
    table = [
        ("trigger", L.triggers), ("weapon", L.weapons), ("target", L.targets),
        ("say", L.say), ("source", L.source), ("deny", L.deny), ("claim_strong", L.claim_strong), ("blame", L.blame),
        ("docword", L.doc_words), ("issued", L.issued), ("modality", L.modality), ("modal_after", L.modality_after), ("cause", L.cause), ("theme", L.protest_theme), ("background", L.background), ("habitual", L.habitual),
        ("anaphora", L.anaphora), ("similar", L.similar), ("mention", L.mention), ("intervention", L.protest_intervention), ("excessive", L.excessive_force),
        ("killed", L.killed), ("injured", L.injured), ("people", L.people), ("victims", L.victims), ("qualifier", L.qualifiers),
        ("statnoun", L.stat_nouns), ("cumulative", L.cumulative), ("losses", L.losses), ("since", L.since), ("near", L.near),
        ("origin", L.origin), ("stationed", L.stationed), ("placekind", L.place_kind), ("notloc", L.not_location), ("notloc_adjacent", L.not_location_adjacent), ("govverb", L.government_verbs),
        ("subject_anaphora", L.subject_anaphora), ("new_event", L.new_event), ("own_target", L.own_target), ("enemy_toll", L.enemy_toll), ("own_loss", L.own_loss), ("repel", L.repel), ("no_date", L.no_date), ("crowd", L.crowd),
    ]
    void = []
    for s, e, m in doc.find(L.no_claim):
        void.append((s, e))
        doc.add(Span("no_claim", s, e, m.value, data={"pattern": m.pattern}))
    for kind, lex in table:
        for s, e, m in doc.find(lex):
            # "l'attaque n'a pas été revendiquée", "no group claimed it": the claim word claims nothing
            if kind in ("say", "claim_strong") and any(s < ve and vs < e for vs, ve in void):
                continue
            if kind == "modality" and doc.lang == "en" and doc.text[s:e] == "May" and (
                    re.search(r"\d\s*$", doc.text[max(0, s - 4):s]) or re.match(r"\s+\d", doc.text[e:e + 3])):
                continue  # "On 11 May 2025, police arrested…": the month, not the modal
            if kind == "trigger" and m.value[0] == "Abduction/forced disappearance" and _FREED_BEFORE.search(doc.text[max(0, s - 30):s]):
                continue  # "rescued 14 kidnapped victims", "libéré les otages enlevés": the freeing, not the kidnapping
            if kind == "anaphora" and _INDEFINITE_AFTER.match(doc.text[e:e + 12]):
                continue  # "l'explosion d'une bombe", "the explosion of a car bomb": a new event, told in full
            if (kind == "weapon" or (kind == "trigger" and m.value[0] != "protest")) and doc.lang == "ar" and _AR_MARCH.match(fold_str(doc.text[s:min(e + 30, len(doc.text))])):
                continue  # "قمعت المسيرة الأسبوعية": a march, not a drone (مسيرة is both)
            if (kind == "weapon" or (kind == "trigger" and m.value[0] != "protest")) and doc.lang == "ar" \
                    and _AR_OUTLET_BEFORE.search(fold_str(doc.text[max(0, s - 12):s])):
                continue  # "قناة المسيرة": the Houthis' television channel, not a drone
            if kind in ("weapon", "trigger") and _SITE_OF_BEFORE.search(doc.text[max(0, s - 24):s]):
                continue  # "près de la piste d'aviation", "l'école d'artillerie": a place named after a weapon, not its use
            if kind == "origin" and _ROAD_BEFORE.search(doc.text[max(0, s - 16):s]):
                continue  # "la route qui relie Kfar Tebnit à Nabatieh": a road lies at its ends, a bus's run does not
            if kind == "source" and re.match(r"[\-‐]\w", doc.text[e:e + 2]):
                continue  # "en fin d'après-midi": a compound word, not "d'après" (according to)
            if kind == "intervention" and (_REFLEXIVE_BEFORE.search(doc.text[max(0, s - 4):s])
                                           or _CALM_AFTER.match(doc.text[e:e + 30])):
                continue  # "avant de se disperser dans le calme", "dispersed peacefully": the crowd left on its own
            doc.add(Span(kind, s, e, m.value, data={"pattern": m.pattern}))
    # "struck missile launchers", "frappé des lanceurs de missiles", "دمرت منصات إطلاق صواريخ": what was hit, not what
    # hit it (but "fired from rocket launchers" used them)
    doc.spans["weapon"] = [w for w in doc.get("weapon") if not _launched_from(doc, w)]
    sites = [t for t in doc.get("target") if t.label == "military site"]
    doc.spans["trigger"] = [t for t in doc.get("trigger") if not any(x.start < t.start < x.end for x in sites)]
    # "fired tear gas shells", "tiré des grenades lacrymogènes": the munition the event word names is a crowd-control one
    # (a riot's "jets de pierres" ends on its weapon too, and stays a riot)
    soft = [w for w in doc.get("weapon") if w.label == "other"]
    doc.spans["trigger"] = [t for t in doc.get("trigger") if SUB_TO_TYPE.get(t.label[0]) != "Explosions/Remote violence"
                            or not any(t.start < w.start and w.end == t.end for w in soft)]
    # "porte-avions", "aircraft carrier", "حاملة الطائرات": a ship's name holds the word for aircraft, not an air strike
    ships = [t for t in doc.get("target") if t.label == "warship"]
    for kind in ("weapon", "trigger"):
        doc.spans[kind] = [w for w in doc.get(kind) if not any(t.start <= w.start < t.end for t in ships)]
    # "drones kamikazes", "suicide drones", "مسيّرات انتحارية": a loitering munition, not a suicide bomber or his attack
    loitering = [(m.start(), m.end()) for m in _LOITERING.finditer(doc.text)]
    if loitering:
        def inside(sp: Span) -> bool:
            return any(ls <= sp.start and sp.end <= le for ls, le in loitering)
        doc.spans["trigger"] = [t for t in doc.get("trigger") if not (t.label[0] == "Suicide bomb" and inside(t))]
        doc.spans["weapon"] = [w for w in doc.get("weapon") if not (w.label == "suicide_bomb" and inside(w))]
        doc.spans["actor"] = [a for a in doc.get("actor") if not (a.data["entry"].generic and inside(a))]
    # "نزاع مسلح" (an armed dispute): an adjective inside the event's own words is no armed group
    fights = [t for t in doc.get("trigger") if t.label[0] == "Armed clash"]
    doc.spans["actor"] = [a for a in doc.get("actor") if not (a.data["entry"].generic and any(
        (t.start < a.start and a.end <= t.end) or (0 <= a.start - t.end <= 3 and _ARMED_ADJ.fullmatch(doc.text[a.start:a.end]))
        for t in fights))]


_LOITERING = re.compile(r"\b(?:drones?\s+(?:kamikazes?|suicides?)|(?:kamikaze|suicide)\s+drones?)\b|"
                        r"(?:مسيّرات|مسيرات|مسيّرة|مسيرة|طائرات|طائرة)\s+(?:مسيّرة\s+|مسيرة\s+)?انتحارية", re.I)
_AR_OWN_FORCES = re.compile(r"[وف]?(?:قواته|قواتها|وحداته|وحداتها)")
_ARMED_ADJ = re.compile(r"مسلح(?:ا|اً|ة)?")  # "اشتباكاً مسلحاً": armed, said of the clash
_AR_MARCH = re.compile(r"[وب]?(?:ال)?(?:مسيره|مسيرات)\s+(?:ال)?(?:اسبوعيه|سلميه|احتجاجيه|حاشده|شعبيه|جماهيريه|راجله|"
                       r"مناهضه|تضامنيه|مندده|غاضبه|ليليه|نسويه|طلابيه|مركزيه)")  # on folded text
_AR_OUTLET_BEFORE = re.compile(r"(?:قناه|فضاييه|موقع|صحيفه|شبكه)\s*[«\"“]?\s*$")  # on folded text
_LAUNCHER_AFTER = re.compile(r"\s*[-‐]?\s*launch(?:ers?|ing sites?|sites?|pads?|positions?)\b", re.I)
_LAUNCHER_BEFORE = re.compile(r"(?:\blanceurs?|\blance-|\brampes? de lancement|\bplate-?formes? de lancement|\bsites? de lancement)"
                              r"\s*(?:de\s+|d['’]\s*|des\s+)?$|(?:منصة|منصات|منصه)\s*(?:[لل]?(?:ال)?(?:اطلاق|إطلاق))?\s*(?:ال)?$", re.I)
_WIELDED_BEFORE = re.compile(r"\b(?:with|using|from|fired|firing|avec|au moyen|à l['’]aide|depuis|tiré|tirés|tirées)\b[^.;]{0,20}$|(?:^|\s)من\s+$|ب$", re.I)


def _launched_from(doc: Doc, w: Span) -> bool:
    """A weapon word naming the launchers struck ("missile launchers", "lanceurs de missiles")."""
    after = _LAUNCHER_AFTER.match(doc.text, w.end)
    before = _LAUNCHER_BEFORE.search(doc.text[max(0, w.start - 30):w.start])
    if not (after or before):
        return False
    lead = w.start - (len(before.group(0)) if before else 0)
    return not _WIELDED_BEFORE.search(doc.text[max(0, lead - 30):lead])


_SITE_OF_BEFORE = re.compile(r"\b(?:piste|pistes|terrain|compagnie|compagnies|[ée]cole|mus[ée]e|salon)\s+d['’]\s*$", re.I)
_ROAD_BEFORE = re.compile(r"\b(?:route|routes|axe|axes|pont|piste|road|highway|bridge)\s*$", re.I)
_REFLEXIVE_BEFORE = re.compile(r"\b(?:se|s['’])\s*$", re.I)
_CALM_AFTER = re.compile(r"\s*(?:dans le calme|sans incident|d['’]eux-m[êe]mes|peacefully|without incident|quietly|بهدوء|بسلام)", re.I)
_FREED_BEFORE = re.compile(r"\b(?:rescued|rescue|freed|free|released|liberated|libéré|libérés|libérées|libérée|libérer|"
                           r"secouru|secourus|délivré|délivrés)\s+(?:the\s+|les\s+|des\s+)?(?:[\d,]+\s+|\w+\s+)?$", re.I)
_INDEFINITE_AFTER = re.compile(r"\s+(?:d['’]une?|de\s+(?:deux|trois|plusieurs)|of\s+(?:an?|two|three|several))\s", re.I)
