"""Armed groups the catalogue does not list, named the way the press introduces them:
"the Baloch Liberation Army (BLA)", "l'Armée de libération nationale (ELN)", "Fano fighters".

A group so introduced becomes an actor for the whole article (its acronym too, wherever it recurs).
A state's own forces introduced this way ("the Rwanda Defence Force (RDF)") are that state's
"Military Forces of X". Runs after the catalogue actors, so a known name is never renamed."""
from __future__ import annotations

import re
from typing import Optional

from sitrep.doc import Doc, Span
from sitrep.lang import ActorEntry, load_actors

_CAP = r"(?:(?:al|el|an|ash|ad|as|ar)-)?[A-ZÀ-ÖØ-Þ][\w'’\-]*"
_LINK = re.compile(r"(?:of|for|the|and|in|de|du|des|la|le|et|en|pour|l['’]|d['’])", re.I)
_ELISION = re.compile(r"^(?:[lLdD]['’])")
# "(BLA)", "(ELN)", "(AFC/M23)": an acronym in brackets, after the name it stands for
_ACR_PAREN = re.compile(r"\((?P<acr>[A-Z][A-Za-z0-9]*[A-Z0-9](?:[\-/][A-Z0-9]+)?)\)")
# what an armed group calls itself; a name without one of these is a ministry, an agency, a monitor
_HEAD = re.compile(r"\b(?:arm(?:y|ée|ed)|armées?|front|movement|mouvement|forces?|brigades?|battalions?|bataillons?|militias?|milices?|"
                   r"liberation|libération|resistance|résistance|guards?|garde|mujahideen|moudjahidine|jaish|jaych|harakat|tehrik|katiba|"
                   r"jama['’]?at|cartel|gangs?|alliance|coalition|rebels?|rebelles?|insurgents?|council|conseil|"
                   r"ansar|ansaroul|hizb|tanzim|legion|légion|regiment|régiment|commandos?|squad|escadron|units?|unités?)\b", re.I)
# institutions that share those words and fight no one
_NOT_ARMED = re.compile(r"\b(?:observatory|observatoire|rights|droits|health|santé|humanitarian|humanitaire|relief|red cross|croix-rouge|"
                        r"crescent|croissant|relations|press|presse|news|agency|agence|commission|programme|program|fund|fonds|bank|banque|"
                        r"university|université|institute|institut|network|réseau|court|cour|tribunal|ombudsman|election|électoral|"
                        r"trade|maritime|coordination|security council|conseil de sécurité|european|union|"
                        r"nations|unies|olympic|football|chamber|chambre|parliament|parlement|assembly|assemblée|cabinet|ministry|ministère|"
                        r"monitor|watch|amnesty|doctors|médecins|save the|world food|unicef|unesco|migration|migrations|intelligence|"
                        r"renseignement|party|parti|mission|office|bureau|directorate|direction|department|département|transition)\b", re.I)
# a state's forces: "Rwanda Defence Force", "Forces armées centrafricaines", "Ethiopian National Defense Force"
_STATE = re.compile(r"\b(?:defen[cs]e|défense|armed forces|forces armées|national army|armée nationale|national guard|garde nationale|"
                    r"police|gendarmerie|navy|air force|marine nationale|armée de l['’]air)\b", re.I)
_REBEL = re.compile(r"\b(?:liberation|libération|free|libre|resistance|résistance|revolutionary|révolutionnaire|rebel|rebelle|islamic|"
                    r"islamique|mujahideen|patriotic|patriotique|salvation|salut)\b", re.I)
_POLICE = re.compile(r"\b(?:police|gendarmerie)\b", re.I)
# "Fano fighters", "ELN guerrillas", "Wagner mercenaries": a name before a fighters' noun
_BEFORE_FIGHTERS = re.compile(rf"(?<![\w\-])(?P<name>{_CAP}(?: {_CAP})?)\s+(?:fighters|militants|militiamen|militia|rebels|insurgents|"
                              r"guerrillas|guerrilla|gunmen|mercenaries|jihadists|separatists|gangs?|gang members|combatants)\b")
# "des combattants de Fano", "les miliciens Wazalendo", "des rebelles du M23"
_AFTER_FIGHTERS = re.compile(rf"\b(?:combattants|miliciens|milice|rebelles|insurgés|jihadistes|djihadistes|mercenaires|"
                             rf"fighters of|militants of|members of)\s+(?:(?:du|des|de la|de l['’]|de|d['’]|the)\s*)?(?P<name>{_CAP}(?: {_CAP})?)(?![\w\-])")
# capitalised words that start a sentence or a title, never a group's name
_COMMON = {"the", "a", "an", "some", "several", "two", "three", "four", "five", "dozens", "hundreds", "many", "other", "armed", "local",
           "les", "des", "une", "un", "le", "la", "deux", "trois", "plusieurs", "certains", "autres", "islamist", "jihadist", "suspected",
           "former", "rival", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "lundi", "mardi", "mercredi",
           "jeudi", "vendredi", "samedi", "dimanche", "government", "pro-government", "opposition", "tribal", "foreign", "allied", "enemy",
           "selon", "after", "après", "when", "lorsque", "according", "by", "for", "with", "from", "in", "on", "at", "par", "pour", "avec",
           "dans", "sur", "since", "depuis", "but", "mais", "and", "et", "while", "alors", "meanwhile", "also", "aussi", "members", "membres",
           "fighters", "combattants", "soldiers", "soldats", "general", "général", "chief", "chef", "commander", "commandant"}
# a single word that is a kind of group, not a group's name ("la Résistance", "Unité")
_HEAD_ONLY = re.compile(rf"^(?:{_HEAD.pattern}|jund|unit[ée]s?)$", re.I)
# "Iran-backed", "Kenya-led": who stands behind someone, not a name
_SUPPORTED = re.compile(r"-(?:backed|led|based|allied|aligned|affiliated|linked|funded|supported|trained)$", re.I)


def find_named_groups(doc: Doc) -> None:
    if doc.lang == "ar":
        return  # Arabic has no capitals to tell a name: its groups come from the catalogue
    _lex, (_rx, known_acronyms), entries = load_actors()
    found: list[tuple[int, int, ActorEntry]] = []
    acronyms: dict[str, ActorEntry] = {}

    def free(s: int, e: int) -> bool:
        return not doc.overlaps("actor", s, e) and not any(f[0] < e and s < f[1] for f in found)

    for m in _ACR_PAREN.finditer(doc.text):
        acr = m.group("acr")
        s, name = _name_before(doc.text, m.start())
        if not name or acr in known_acronyms or _NOT_ARMED.search(name) or not free(s, m.end()):
            continue
        entry = _entry_for(doc, name, acr, entries)
        if entry is not None:
            found.append((s, m.end(), entry))
            acronyms.setdefault(acr, entry)
    for rx in (_BEFORE_FIGHTERS, _AFTER_FIGHTERS):
        for m in rx.finditer(doc.text):
            name, s, e = m.group("name"), m.start("name"), m.end("name")
            if (name.split()[0].lower() in _COMMON or name in acronyms or _HEAD_ONLY.match(name) or _SUPPORTED.search(name)
                    or not free(s, e) or not _a_name(doc, name)):
                continue
            entry = _entry_for(doc, name, None, entries)
            if entry is not None:
                found.append((s, e, entry))
    for acr, entry in acronyms.items():  # "the BLA said…": the acronym wherever it recurs
        for m in re.finditer(rf"(?<![\w\-]){re.escape(acr)}(?![\w\-])", doc.text):
            if free(m.start(), m.end()):
                found.append((m.start(), m.end(), entry))
    for s, e, entry in sorted(found, key=lambda x: x[0]):
        doc.add(Span("actor", s, e, entry.name, data={"entry": entry, "named_group": True}))


def _capitalised(tok: str) -> bool:
    tok = _ELISION.sub("", tok)
    return bool(re.match(_CAP, tok)) and tok.lower() not in _COMMON


def _name_before(text: str, end: int) -> tuple[int, str]:
    """The name a bracketed acronym follows. It starts on a capitalised word and holds a group's
    head word: "Baloch Liberation Army", "Armée de libération du Baloutchistan" (French keeps the
    words after the first in lower case), "Forces armées centrafricaines"."""
    base = max(0, end - 120)
    toks = []
    for w in reversed(list(re.finditer(r"\S+", text[base:end]))):
        t = w.group(0)
        if len(toks) >= 8 or t.endswith((",", ".", ";", ":", ")", "»", '"')) or not re.match(r"^[\w'’\-]+$", t):
            break
        toks.insert(0, w)
    # the last capitalised word from which on the words hold a head word, then back over the capitalised ones before it
    start = next((i for i in range(len(toks) - 1, -1, -1) if _capitalised(toks[i].group(0))
                  and _HEAD.search(" ".join(t.group(0) for t in toks[i:]))), None)
    if start is None:
        return -1, ""
    while start > 0 and _capitalised(toks[start - 1].group(0)):
        start -= 1
    s = base + toks[start].start()
    m = _ELISION.match(text[s:])
    if m:
        s += m.end()
    e = base + toks[-1].end()
    return s, text[s:e]


def _country_in(name: str) -> Optional[str]:
    """The state a name holds, its longest run of words first ("South Sudan" before "Sudan")."""
    from sitrep.components.places import _gaz

    words = re.findall(r"[\w'’]+", name)
    for n in range(len(words), 0, -1):
        for i in range(len(words) - n + 1):
            cc = _gaz().country(" ".join(words[i:i + n]))
            if cc:
                return cc
    return None


def _a_name(doc: Doc, name: str) -> bool:
    """A word the text capitalises where no sentence starts, and no country or people: "Fano", not "Syrian"."""
    if _country_in(name):
        return False
    first = name.split()[0]
    if first.isupper():
        return True
    for m in re.finditer(rf"(?<![\w\-]){re.escape(first)}(?![\w\-])", doc.text):
        if doc.sents[doc.sent_of(m.start())].start != m.start() and not re.search(r"[.!?\n:«\"“]\s*$", doc.text[max(0, m.start() - 3):m.start()]):
            return True
    return False


def _entry_for(doc: Doc, name: str, acr: Optional[str], entries) -> Optional[ActorEntry]:
    from sitrep.components.mentions import state_force

    if _STATE.search(name) and not _REBEL.search(name):
        cc = _country_in(name)
        if cc is None:
            return None  # "Forces de défense et de sécurité": some state's, the text says whose elsewhere
        return state_force(cc, "police" if _POLICE.search(name) else "army")
    # ACLED names a group in English; a French name is known by its acronym ("ELN", "FDLR")
    label = name if doc.lang == "en" or acr is None else acr
    if label in entries:
        return entries[label]
    kind = "Political militia" if re.search(r"milic|militia|gang|cartel", name, re.I) else "Rebel group"
    return entries.setdefault(label, ActorEntry(label, kind, None, None, False))  # the pipeline looks actors up by name
