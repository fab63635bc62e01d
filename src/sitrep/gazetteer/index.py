"""The in-memory gazetteer: candidate generation from keys, then `match` re-ranking."""
from __future__ import annotations

import re
from typing import Sequence

from anyascii import anyascii
from rapidfuzz import fuzz, process

from sitrep.gazetteer.build import fuzzy_block
from sitrep.gazetteer.candidate import Candidate
from sitrep.gazetteer.keys import arabic_clitic_variants, cross_norm, has_arabic, name_key, rough_latin, skeleton
from sitrep.gazetteer.match import Hit, calibrate, haversine_km, merge_same_place, score_hit
from sitrep.gazetteer.sources import REGION
from sitrep.gazetteer.qualifiers import AR_ADMIN_QUALIFIER, strip_qualifiers
from sitrep.gazetteer.stop import STOP_KEYS

_MAX_SKEL_KEYS = 40
# how close (0-100) an Arabic name read in rough Latin letters must come to a Latin one it shares its consonants with
_CROSS_SCRIPT_MIN = 55
_CROSS_SCRIPT_CLOSE = 80  # a three-consonant name read across scripts: how close its vowels must be
_LOCAL_REACH_KM = 800  # how far from the story's places a name read loosely across scripts may lie


_AR_TOWN_QUALIFIER = re.compile(r"^[وفبل]?(?:مدينة|مدينه|بلدة|بلده|قرية|قريه)\s+")


def _surface(text: str) -> str:
    return anyascii(text).casefold()


# Arabic compound names are written both glued and spaced: "كفركلا" / "كفر كلا"، "بيتلاهيا" / "بيت لاهيا".
_AR_GLUED = ("كفر", "دير", "عين", "بيت", "تل", "بني", "ام", "ابو", "خربه", "جسر", "راس", "بير", "عرب")


def _ar_split_variants(key: str) -> list[str]:
    if " " in key or not has_arabic(key):
        return []
    return [f"{p} {key[len(p):]}" for p in _AR_GLUED if key.startswith(p) and len(key) - len(p) >= 3]


class Gazetteer:
    def __init__(self, index: dict):
        self._cols = index["cols"]
        self._multi = index["multi"]
        self._curated_names = index.get("curated_names", {})
        self._keys = index["keys"]
        self._weak = index.get("weak", {})
        self._skel = index["skel"]
        self._pool = index["pool"]
        self._country_keys = index["country_keys"]
        self._country_abbrev = index["country_abbrev"]
        self._is_name_memo: dict[str, bool] = {}
        self._xnorm = index.get("xnorm", {})  # Latin name keys by their cross-script reading

    def __len__(self) -> int:
        return len(self._cols["gid"])

    # --- fast checks ------------------------------------------------------------------------
    def is_name(self, text: str) -> bool:
        # Arabic candidate search asks about the same short word windows again and again: remember answers
        hit = self._is_name_memo.get(text)
        if hit is None:
            if len(self._is_name_memo) > 200_000:
                self._is_name_memo.clear()
            hit = self._is_name_memo[text] = self._is_name(text)
        return hit

    def _is_name(self, text: str) -> bool:
        k = name_key(text)
        if not k or k in STOP_KEYS or len(k) < 2:
            return False
        if k in self._keys or k in self._weak:
            return True
        if any(v in self._keys and v not in STOP_KEYS for v in arabic_clitic_variants(k)):
            return True
        return any(v in self._keys for v in _ar_split_variants(k))

    def exact_ids(self, text: str) -> set[str]:
        """Gazetteer ids of the entries that carry `text` as a name or alternate name, no fuzzy neighbour."""
        return {self._cols["gid"][i] for i in self._ids(name_key(text))}

    def latin_namesake(self, text: str) -> bool:
        """Whether some Latin-script name shares the consonant skeleton of this Arabic word (a cheap pre-check)."""
        sk = skeleton(name_key(text))
        return len(sk) >= 4 and any(not has_arabic(kk) for kk in self._skel.get(sk, ()))

    def is_admin_name(self, text: str) -> bool:
        """"قضاء المدينة": a district word and a known name, even one too common to stand alone."""
        m = AR_ADMIN_QUALIFIER.match(text.strip())
        if not m:
            return False
        k = name_key(text.strip()[m.end():])
        return bool(k) and (k in self._keys or any(v in self._keys for v in arabic_clitic_variants(k)))

    def country(self, text: str) -> str | None:
        t = text.strip()
        if not t:
            return None
        ab = self._country_abbrev.get(t.replace(".", ""))
        if ab:
            return ab
        k = name_key(t)
        iso = self._country_keys.get(k)
        if iso is None and has_arabic(k):
            for v in arabic_clitic_variants(k):
                iso = self._country_keys.get(v)
                if iso:
                    break
        return iso

    # --- geocoding ----------------------------------------------------------------------------
    def _ids(self, key: str) -> tuple[int, ...]:
        v = self._keys.get(key)
        if v is None:
            return ()
        return (v,) if isinstance(v, int) else v

    def _add(self, hits: dict[int, Hit], key: str, quality: float, local: bool = False) -> None:
        for i in self._ids(key):
            h = hits.get(i)
            if h is None or h.quality < quality:
                hits[i] = Hit(i, quality, local=local)

    def candidates(self, name: str, kind_hint: str | None = None) -> tuple[dict[int, Hit], str | None]:
        """Entry index -> Hit with match quality; also the kind implied by stripped qualifiers."""
        hits: dict[int, Hit] = {}
        k = name_key(name)
        if not k or k in STOP_KEYS:
            return hits, kind_hint
        self._add(hits, k, 1.0)
        for i in self._weak.get(k, ()):
            if i not in hits:
                hits[i] = Hit(i, 0.9)
        for v in arabic_clitic_variants(k):
            if v not in STOP_KEYS:
                self._add(hits, v, 0.95)
        for v in _ar_split_variants(k):
            self._add(hits, v, 0.95)
        implied = kind_hint
        if not hits:
            admin = bool(has_arabic(name) and AR_ADMIN_QUALIFIER.match(name.strip()))
            for rest, kind in strip_qualifiers(name):
                rk = name_key(rest)
                if rk and (rk not in STOP_KEYS or admin):
                    self._add(hits, rk, 0.95)
                    for v in arabic_clitic_variants(rk):
                        self._add(hits, v, 0.92)
                    if hits and implied is None and kind:
                        implied = kind
                    if hits:
                        k = rk
                        break
        elif has_arabic(name) and _AR_TOWN_QUALIFIER.match(name.strip()):
            # "مدينة زنجبار": a name that is some place's own with its qualifier (Zanzibar City) may as well be a
            # town named without it (Zinjibar, Yemen): both compete, the story's countries decide
            rk = name_key(_AR_TOWN_QUALIFIER.sub("", name.strip(), count=1))
            if rk and rk not in STOP_KEYS:
                self._add(hits, rk, 0.95)
        s = skeleton(k)
        arabic = has_arabic(k)
        known = any(h.quality >= 0.95 for h in hits.values())  # an Arabic key of its own: no loose reading competes
        reading = cross_norm(rough_latin(k)) if arabic and not known else ""  # the name as a Latin spelling would write it
        # a word with no consonant left ("رحيم آوه" -> r-h-m) would let the name match a shorter one ("رحيمة")
        if len(s) >= 3 and len(hits) < 8 and all(skeleton(w) for w in k.split()):
            for kk in self._skel.get(s, ())[:_MAX_SKEL_KEYS]:
                if kk == k:
                    continue
                if has_arabic(kk) == arabic:
                    sim = fuzz.ratio(k, kk) / 100.0
                else:  # cross-script: the skeletons agree; the vowels, read roughly, must not disagree
                    # ("يوغياكارتا" is Yogyakarta, not Jakarta, whose consonants it also holds)
                    if arabic and fuzz.ratio(rough_latin(k), kk) < _CROSS_SCRIPT_MIN:
                        continue
                    sim = 0.75 if len(s) >= 4 else 0.65
                    if arabic and len(s) == 3 and not known and fuzz.ratio(reading, cross_norm(kk)) >= _CROSS_SCRIPT_CLOSE:
                        sim = 0.76  # three consonants and the vowels too: "كافومو" is Kavumu, in a country the story names
                        self._add(hits, kk, 0.5 + 0.45 * sim, local=True)
                        continue
                q = 0.5 + 0.45 * sim
                if q >= 0.8:
                    self._add(hits, kk, q)
        if arabic and not hits:
            # "زيميو" (Zémio), "كيكويو" (Kikuyu): a name GeoNames lacks in Arabic script, read as a Latin spelling
            # would write it; the same reading of a Latin name, exactly
            same = self._xnorm.get(reading, ())
            for kk in ((same,) if isinstance(same, str) else same)[:_MAX_SKEL_KEYS]:
                self._add(hits, kk, 0.85, local=True)
        if not hits and len(k) >= 4:
            block = [kk for shift in (-1, 0, 1) for kk in self._pool.get(fuzzy_block(k, shift), ())]
            for kk, sim, _ in process.extract(k, block, scorer=fuzz.ratio, score_cutoff=84, limit=8):
                self._add(hits, kk, 0.9 * sim / 100.0)
        # a town known only from an airstrip's record answers to its own name, never to a near spelling ("Kalundu")
        src = self._cols["source"]
        hits = {i: h for i, h in hits.items() if h.quality >= 0.95 or src[i] != "airstrip-town"}
        return hits, implied

    def geocode(self, name: str, *, countries: Sequence[str] = (), kind_hint: str | None = None,
                near: Sequence[tuple[float, float]] = (), limit: int = 5) -> list[Candidate]:
        hits, kind_hint = self.candidates(name or "", kind_hint)
        countries = tuple(c.upper() for c in countries if c)
        cols = self._cols
        # a loose cross-script reading ("زيميو" as Zémio) stands only in a country the text names, near the places
        # already found ("بلدة ديديني" in a Malian story is no Dedino in Russia, whatever Russians it names)
        hits = {i: h for i, h in hits.items() if not h.local or (cols["country"][i] in countries and (any(
            haversine_km(cols["lat"][i], cols["lon"][i], la, lo) <= _LOCAL_REACH_KM for la, lo in near)
            or not near))}
        if not hits:
            return []
        surface_q = _surface(name) if not has_arabic(name) else ""
        for h in hits.values():
            if surface_q:
                forms = self._curated_names.get(h.idx) or (cols["name"][h.idx],)
                h.surface = max(fuzz.ratio(surface_q, _surface(f)) for f in forms) / 100.0
            score_hit(h, cols, self._multi, countries, kind_hint, near)
        groups = merge_same_place(list(hits.values()), cols)
        probs = calibrate(groups)
        ranked = sorted(zip(groups, probs), key=lambda gp: -gp[1])
        out: list[Candidate] = []
        for g, p in ranked:
            if p < 0.02 or len(out) >= limit:
                break
            out.append(self._candidate(g[0], p))
        if not out:
            return []
        top = out[0]
        # Not found beats wrong: an unsupported near-miss is not an answer.
        head_hit = ranked[0][0][0]
        best_q = max(h.quality for h in ranked[0][0])
        if best_q < 0.95:
            in_region = cols["country"][head_hit.idx] in REGION or cols["source"][head_hit.idx] not in ("geonames", "airstrip-town")
            if countries and top.country not in countries:
                return []  # a near-miss spelling in a country the text does not mention
            if not countries and not near and (not in_region or top.score < 0.35):
                return []
        alts = out[1:]
        head = ranked[0][0][0]
        for c in self._multi.get(head.idx, ()):  # a border place: record the other country
            if c != top.country:
                alts.append(self._candidate(head, top.score * 0.5, country=c))
        top.alternatives = alts
        return out

    def _candidate(self, h: Hit, score: float, country: str | None = None) -> Candidate:
        c, i = self._cols, h.idx
        return Candidate(
            gazetteer_id=c["gid"][i], name=c["name"][i], lat=c["lat"][i], lon=c["lon"][i],
            country=country or h.country or c["country"][i], admin1=c["admin1"][i], kind=c["kind"][i],
            geo_precision=c["prec"][i], score=round(min(max(score, 0.0), 1.0), 4), population=c["pop"][i],
        )

    # --- stats --------------------------------------------------------------------------------
    def country_extent(self, cc: str) -> tuple[float, float, float, float] | None:
        """(lat_min, lat_max, lon_min, lon_max) of a country's populated places (5th to 95th
        percentile, so a far-off island does not stretch it), for "the south of Lebanon"."""
        cache = self.__dict__.setdefault("_extents", {})
        if cc not in cache:
            cols = self._cols
            pts = [(cols["lat"][i], cols["lon"][i]) for i, c in enumerate(cols["country"])
                   if c == cc and cols["source"][i] == "geonames" and cols["lat"][i] is not None]
            if len(pts) < 5:
                cache[cc] = None
            else:
                lats, lons = sorted(p[0] for p in pts), sorted(p[1] for p in pts)
                q = lambda xs, f: xs[min(len(xs) - 1, int(f * len(xs)))]  # noqa: E731
                cache[cc] = (q(lats, 0.05), q(lats, 0.95), q(lons, 0.05), q(lons, 0.95))
        return cache[cc]

    def stats(self, countries: Sequence[str] = ()) -> dict[str, dict[str, int]]:
        from collections import Counter
        by_src, by_kind, by_cc = Counter(), Counter(), Counter()
        for i, cc in enumerate(self._cols["country"]):
            if countries and cc not in countries:
                continue
            by_src[self._cols["source"][i]] += 1
            by_kind[self._cols["kind"][i]] += 1
            by_cc[cc or "-"] += 1
        return {"source": dict(by_src.most_common()), "kind": dict(by_kind.most_common()),
                "country": dict(by_cc.most_common())}
