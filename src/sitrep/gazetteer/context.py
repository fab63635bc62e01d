"""Hints from the words around a name: countries it mentions and the kind of place it implies."""
from __future__ import annotations

import re

from sitrep.gazetteer.keys import name_key

_WORD = re.compile(r"[\w\u0600-\u06FF][\w\u0600-\u06FF'’.-]*")
# Kind words in fr/en/ar -> kind hint (first match in the context wins).
KIND_WORDS: list[tuple[re.Pattern[str], str]] = [(re.compile(p, re.I), k) for p, k in [
    (r"\b(base|bases|garrison|garnison|outpost|avant-poste|airbase|air base|base aérienne)\b|قاعدة|القاعدة", "military_base"),
    (r"\b(oil ?field|champ pétrolier|champs pétroliers|pétrolier|oil)\b|حقل نفط|النفطي", "oil_field"),
    (r"\b(gas ?field|champ gazier|gazi[eè]re?s?|gas)\b|حقل غاز|الغازي", "gas_field"),
    (r"\b(camp|refugee camp|camp de réfugiés)\b|مخيم", "camp"),
    (r"\b(airport|aéroport|airfield)\b|مطار", "airport"),
    (r"\b(crossing|point de passage|border crossing|passage)\b|معبر", "crossing"),
    (r"\b(port|harbour|harbor)\b|ميناء", "port"),
    (r"\b(sea|mer|strait|détroit|gulf|golfe)\b|البحر|مضيق|خليج", "sea"),
    (r"\b(province|governorate|gouvernorat|region|région|countryside|campagne)\b|محافظة|ريف", "region"),
    (r"\b(city|town|ville|village)\b|مدينة|بلدة|قرية", "city"),
]]


def context_hints(context: str, name: str = "", gaz=None) -> tuple[list[str], str | None]:
    """(ISO2 countries mentioned in the context, kind hint) — the name itself is not context."""
    if not context:
        return [], None
    text = context.replace(name, " ") if name else context
    countries: list[str] = []
    if gaz is not None:
        words = _WORD.findall(text)
        grams = words + [" ".join(words[i:i + 2]) for i in range(len(words) - 1)] \
            + [" ".join(words[i:i + 3]) for i in range(len(words) - 2)]
        for w in grams:
            iso = gaz.country(w.strip(".’'"))
            if iso and iso not in countries:
                countries.append(iso)
    kind = None
    for pat, k in KIND_WORDS:
        if pat.search(text):
            kind = k
            break
    return countries, kind
