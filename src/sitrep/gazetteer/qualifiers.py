"""Generic words around a name ("la base de X", "X air base", "مخيم X"): stripping them gives the
bare name to look up, and the word itself implies the kind of place."""
from __future__ import annotations

import re

_QUALIFIERS: list[tuple[re.Pattern[str], str]] = [(re.compile(p, re.I), kind) for p, kind in [
    (r"^(?:la |the )?(?:base(?: a[ée]rienne| militaire)?|air ?base|military base|garrison|outpost|camp militaire)"
     r"(?: (?:de|d'|du|of))?\s*", "military_base"),
    (r"\s+(?:air ?base|military base|base|garrison|airfield|air field)$", "military_base"),
    (r"^(?:l'|the )?(?:a[ée]roport|airport)(?: (?:de|d'|du|of|international de))?\s*", "airport"),
    (r"\s+(?:international )?airport$", "airport"),
    (r"^(?:le |the )?(?:champ|gisement)(?: p[ée]trolier| gazier)?(?: (?:de|d'|du))?\s*", "oil_field"),
    (r"\s+(?:oil|gas) ?field(?: base)?$", "oil_field"),
    (r"^(?:le |the )?(?:camp|corridor|plateau|plaine|fermes|mont|d[ée]troit|golfe|mer|lac)(?: (?:de la|de|d'|du|des|of))?\s*", "area"),
    (r"^(?:le |the )?camp(?: de r[ée]fugi[ée]s)?(?: (?:de|d'|du|of))?\s*", "camp"),
    (r"\s+(?:refugee )?camp$", "camp"),
    (r"^(?:la |the )?(?:province|r[ée]gion|gouvernorat|governorate|campagne|countryside|p[ée]riph[ée]rie)"
     r"(?: (?:de|d'|du|of))?\s*", "region"),
    (r"\s+(?:province|governorate|countryside|region|district)$", "region"),
    (r"^(?:le |the )?(?:port|harbou?r)(?: (?:de|d'|du|of))?\s*", "port"),
    (r"\s+(?:port|harbou?r)$", "port"),
    (r"^(?:la |le |the )?(?:ville|city|town|village)(?: (?:de|d'|du|of))?\s*", "city"),
    (r"\s+(?:city)$", "city"),
    (r"^(?:le |the )?(?:point de passage|passage|poste[- ]fronti[eè]re|crossing|border crossing|pont|bridge)"
     r"(?: (?:de|d'|du|of))?\s*", "crossing"),
    (r"\s+(?:border )?(?:crossing|bridge)$", "crossing"),
    (r"^(?:قاعدة|مطار|حقل|مخيم|محافظة|ريف|مدينة|بلدة|قرية|معبر|ميناء|جزيرة|جزيره|قضاء|ناحية|ناحيه)\s+", "ar"),
]]
_AR_QUAL_KIND = {"قاعدة": "military_base", "مطار": "airport", "حقل": "oil_field", "مخيم": "camp",
                 "محافظة": "region", "ريف": "region", "مدينة": "city", "بلدة": "city", "قرية": "city",
                 "معبر": "crossing", "ميناء": "port",
                 # "جزيرة سامراء": the river-island land by a town, an area named after it
                 "جزيرة": "region", "جزيره": "region",
                 # "قضاء المدينة"، "ناحية العلم": an Iraqi/Syrian district, named after its seat town
                 "قضاء": "city", "ناحية": "city", "ناحيه": "city"}
# Qualifiers after which even a common word is a name ("قضاء المدينة" is al-Madina in Basra).
AR_ADMIN_QUALIFIER = re.compile(r"^[وفبل]?(?:قضاء|ناحية|ناحيه)\s+")


def strip_qualifiers(name: str) -> list[tuple[str, str]]:
    """[(bare name, implied kind)] for each generic word found at the start or end of `name`."""
    out = []
    for pat, kind in _QUALIFIERS:
        m = pat.search(name)
        if m:
            rest = (name[:m.start()] + name[m.end():]).strip(" -,'’")
            if kind == "ar":
                kind = _AR_QUAL_KIND.get(m.group(0).strip(), "")
            if rest and rest != name:
                out.append((rest, kind))
    return out
