"""Date mentions by our own patterns (dateparser's search is too slow for batch work), then
resolution against an anchor: the publication date, or one inferred from the text."""
from __future__ import annotations

import re
from datetime import date, timedelta
from functools import lru_cache
from typing import Optional

from sitrep.doc import Doc, Span

_YEAR = re.compile(r"(?<!\d)(19[5-9]\d|20[0-4]\d)(?!\d)")
_LAST = re.compile(r"^\s*(?:dernier|derniere|passe|last|الماضي|الفائت)\b")


def _alt(words) -> str:
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))


@lru_cache(maxsize=None)
def _patterns(code: str, months: tuple, weekdays: tuple, rel: tuple, weeks: tuple, mths: tuple, story: tuple = (), years: tuple = ()):
    MON, WD = _alt(months), _alt(weekdays)
    day = r"(\d{1,2})(?:er|eme|st|nd|rd|th)?"
    pre = r"(?:(?:le|the|on|يوم|في)\s+)?"
    wd = rf"(?:(?:يوم\s+)?({WD})\s*,?\s+)?"
    yr = r"(?:\s*,?\s+(?:de\s+|of\s+|عام\s+|سنه\s+)?(\d{4}))?"
    # Arabic writes "and" on the next word: "وفي اليوم ذاته", "وأمس"
    start = r"(?:(?<!\w)|(?<=(?<!\w)[وف]))" if code == "ar" else r"(?<!\w)"
    return [
        ("dmy", re.compile(rf"(?<!\w){wd}{pre}(?:premier|1er|{day})\s+(?:de\s+|of\s+|من\s+)?(?:شهر\s+)?({MON})\.?{yr}(?!\w)")),
        ("mdy", re.compile(rf"(?<!\w){wd}(?:on\s+)?({MON})\.?\s+{day}(?!\d){yr}(?!\w)")),
        ("iso", re.compile(r"(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)")),
        # "22/5/2024", "22.05.2024", and WAFA's "جنين 22-5-2024 وفا-" (one separator throughout)
        ("num", re.compile(r"(?<![\d/\-])(\d{1,2})(?:/(\d{1,2})/|\.(\d{1,2})\.|-(\d{1,2})-)(\d{4})(?!\d)")),
        # "- 29/04 : …" (a bulletin's item), "le 3/05": day and month, the year left to the story (not English "on 24/7")
        ("dm", re.compile(r"(?:^[ \t]*[-–—•*▪]?[ \t]*|(?<!\w)(?:le|du|au|يوم|في)\s+)(\d{1,2})/(\d{1,2})(?![\d/])(?=\s*[:,\s])", re.M)),
        ("my", re.compile(rf"(?<!\w)(?:شهر\s+)?({MON})\.?\s+(?:de\s+|of\s+)?(\d{{4}})(?!\w)")),
        # "in March", "en mars", "في آذار", "early March": a month and nothing finer
        ("mon", re.compile(rf"(?<!\w)(?:in|en|في|early|late|mid|mid-|debut|fin|mi-|courant|during|depuis|since|اواخر|اوايل|منتصف|مطلع|نهايه|بدايه|خلال|منذ)\s*(?:شهر\s+)?({MON})(?![\w-])")),
        ("story", re.compile(rf"{start}({_alt(story)})(?!\w)")) if story else None,
        ("rel", re.compile(rf"{start}({_alt(rel)})(?!\w)")) if rel else None,
        ("week", re.compile(rf"(?<!\w)({_alt(weeks)})(?!\w)")) if weeks else None,
        ("month", re.compile(rf"(?<!\w)({_alt(mths)})(?!\w)")) if mths else None,
        ("year", re.compile(rf"(?<!\w)({_alt(years)})(?!\w)")) if years else None,
        ("wd", re.compile(rf"(?<!\w)(?:يوم\s+)?({WD})(?!\w)")),
        # "en 2019, une triple attaque…", "in 2016", "عام 2019": a year and nothing finer
        ("yr", re.compile(r"(?<!\w)(?:en|in|في|عام|سنة|العام|خلال عام)\s+((?:19|20)\d{2})(?![\w/\-])")),
    ]


def find_dates(doc: Doc) -> None:
    L = doc.L
    pats = _patterns(doc.lang, tuple(L.months), tuple(L.weekdays), tuple(L.relative_days),
                     tuple(L.relative_weeks), tuple(L.relative_months), tuple(L.story_relative), tuple(L.relative_years))
    folded = doc.folded
    taken: list[tuple[int, int]] = []
    for item in pats:
        if item is None:  # a pattern the language has no words for
            continue
        kind, rx = item
        for m in rx.finditer(folded):
            if any(a < m.end() and m.start() < b for a, b in taken):
                continue
            data = _parse(kind, m, L)
            if data is None:
                continue
            if kind == "rel" and doc.lang == "en" and re.match(
                    rf"\s*(?:on |into |to |\(|, )?(?:{'|'.join(map(re.escape, L.weekdays))})\b", folded[m.end():m.end() + 24]):
                continue  # "overnight Sunday", "tonight (Thursday)": the weekday gives the day
            if kind == "story" and data.get("story_rel") == 0 and re.match(
                    rf"\s*(?:du|de|d'|of|on|من)\s*(?:(?:يوم|le|the)\s+)?(?:{'|'.join(map(re.escape, L.weekdays))}|\d)", folded[m.end():m.end() + 24]):
                continue  # "dans la nuit du samedi 11 au dimanche 12": the day named after it is the day
            s, e = doc.to_orig(m.start(1) if kind == "dm" else m.start(), m.end())  # the date, not the bullet before it
            taken.append((m.start(), m.end()))
            if kind in ("dmy", "mdy") and (doc.overlaps("actor", s, e) or _in_name(doc, m.start(), m.end())):
                continue  # "le Mouvement du 23 mars", "the March 14 Alliance": a name, not a day (nor its month)
            if kind == "wd" and _LAST.match(folded[m.end():m.end() + 12]):
                data["last"] = True
            if doc.in_dateline(s, e):
                data["dateline"] = True
            doc.add(Span("date", s, e, None, data=data))
    _mark_since(doc)
    resolve_dates(doc)


_QUOTE_GAP = re.compile(r'^[\s"\'(«»“”-]*$')


def _in_name(doc: Doc, fs: int, fe: int) -> bool:
    """A date that a name word holds on either side ("place du 13-Mai", "حركة "23 مارس"", "March 14 Alliance");
    English names are capitalised, so "on March 14 street protests…" keeps its date."""
    L, folded = doc.L, doc.folded
    for m in L.date_name_before.finditer(folded, max(0, fs - 40), fs):
        if _QUOTE_GAP.match(folded[m.end:fs]) and _capital(doc, m.start):
            return True
    m = L.date_name_after.search(folded, fe, min(len(folded), fe + 40))
    return m is not None and _QUOTE_GAP.match(folded[fe:m.start]) is not None and _capital(doc, m.start)


def _capital(doc: Doc, fpos: int) -> bool:
    if doc.lang != "en":
        return True
    c = doc.text[doc.to_orig(fpos, fpos + 1)[0]]
    return c.isupper()


_UNTIL = re.compile(r"(?:jusqu'?a|jusqu'a la|until|till|by|d'ici|avant|before|حتى|قبل)\s*(?:la\s+|l')?$")


def _parse(kind: str, m: re.Match, L) -> Optional[dict]:
    g = m.groups()
    try:
        if kind == "dmy":
            wd, d, mon, y = g
            d = int(d) if d else 1
            return {"wd": L.weekdays.get(wd) if wd else None, "d": d, "m": L.months[_key(mon)], "y": int(y) if y else None}
        if kind == "mdy":
            wd, mon, d, y = g
            return {"wd": L.weekdays.get(wd) if wd else None, "d": int(d), "m": L.months[_key(mon)], "y": int(y) if y else None}
        if kind == "iso":
            return {"y": int(g[0]), "m": int(g[1]), "d": int(g[2])}
        if kind == "num":
            return {"y": int(g[4]), "m": int(next(x for x in g[1:4] if x)), "d": int(g[0])}
        if kind == "dm":
            d, mon = int(g[0]), int(g[1])
            return {"d": d, "m": mon, "y": None} if 1 <= d <= 31 and 1 <= mon <= 12 else None
        if kind == "my":
            return {"y": int(g[1]), "m": L.months[_key(g[0])], "prec": "month"}
        if kind == "yr":
            return {"year_only": int(g[0])}
        if kind == "mon":
            if _UNTIL.search(m.string[max(0, m.start() - 16):m.start()]):
                return None  # "jusqu'à la mi-mai", "until March": a deadline, not when something happened
            return {"m": L.months[_key(g[0])], "prec": "month", "bare_month": True}
        if kind == "rel":
            return {"rel": L.relative_days[_key(g[0])]}
        if kind == "story":
            return {"rel": L.story_relative[_key(g[0])], "story_rel": L.story_relative[_key(g[0])]}
        if kind == "week":
            return {"rel_week": True}
        if kind == "month":
            return {"rel_month": True}
        if kind == "year":
            return {"rel_year": True}
        if kind == "wd":
            return {"wd": L.weekdays[_key(g[0])]}
    except (KeyError, ValueError):
        return None
    return None


def _key(s: str) -> str:
    return re.sub(r"\s+", " ", s)


def _mark_since(doc: Doc) -> None:
    since = doc.get("since")
    for dsp in doc.get("date"):
        if dsp.data.get("bare_month") and re.match(r"(?:depuis|since|منذ)\s", doc.text[dsp.start:dsp.end], re.I):
            dsp.data["since"] = True  # "Since January, troops have neutralized 27…": the month word holds its "since"
            continue
        for s in since:
            if _RANGE_WORD.match(doc.text[s.start:s.end]) and (dsp.data.get("wd") is not None or not dsp.data.get("m")
                                                               or _NIGHT_BEFORE.search(doc.text[max(0, s.start - 16):s.start])
                                                               or not _RANGE_END.match(doc.text[dsp.end:dsp.end + 8])):
                continue  # "between January 1 and April 30" opens a period; "(the night) between March 4 and 5" is a night
            if _POSSESSIVE_AFTER.match(doc.text[dsp.end:dsp.end + 16]):
                continue  # "the toll from Friday night's attack": the day of an event, not the start of a period
            # (a bare weekday far after "depuis" is the day of the clause's verb: "des obus tirés depuis la RDC ont
            # tué lundi"; "depuis l'attaque de lundi" still opens a period)
            bare_day = dsp.data.get("wd") is not None and not dsp.data.get("m") \
                and not re.search(r"(?:\b(?:de|du|of)|d['’])\s*$", doc.text[s.end:dsp.start])
            if s.end <= dsp.start and not _TIME_OF_DAY.search(doc.text[s.end:dsp.end]) and (dsp.start - s.end <= 5 or (
                    _SINCE_WORD.match(doc.text[s.start:s.end]) and _SINCE_EVENT.fullmatch(doc.text[s.end:dsp.start]) and not bare_day)):
                dsp.data["since"] = True
                if _RANGE_WORD.match(doc.text[s.start:s.end]):
                    # "… and April 30": the period's end is no event's day either
                    for end in doc.get("date", dsp.sent):
                        if 0 < end.start - dsp.end <= 12 and _RANGE_END.match(doc.text[dsp.end:end.start]):
                            end.data["since"] = True


_POSSESSIVE_AFTER = re.compile(r"(?:\s+(?:night|morning|evening|afternoon))?['’]s\b", re.I)
_RANGE_END = re.compile(r"\s*(?:(?:and|et|au|to|until|الى|إلى|حتى)(?:\s|$)|و)", re.I)  # a range names its end too
_NIGHT_BEFORE = re.compile(r"(?:night|nuit|ليل|ليلة|ليله)\s*$", re.I)
_RANGE_WORD = re.compile(r"(?:between|entre|du|ما بين|بين)\b|(?:ما )?بين$", re.I)
# "depuis la chute du régime le 8 décembre", "since the fall of Assad on December 8": the period starts at that event's date
_SINCE_WORD = re.compile(r"(?:depuis|since|منذ)$", re.I)  # not "from": "fired from Yemen on Monday"
# "منذ ساعات الصباح الأولى من اليوم", "since early morning on Monday": hours of the day are no period
_TIME_OF_DAY = re.compile(r"morning|dawn|hours|night|evening|afternoon|matin|aube|heures|nuit|soir|après-midi|ساعات|صباح|فجر|ليل|مساء|ظهر", re.I)
_SINCE_EVENT = re.compile(r"\s+(?:[^\W\d][\w'’\-]*\s+){1,6}(?:(?:le|on|in|في|يوم)\s+)?")


def _valid(y: int, m: int, d: int) -> Optional[date]:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def infer_anchor(doc: Doc, today: Optional[date] = None) -> tuple[Optional[date], str]:
    """Reference date when the publication date is unknown: a weekday + day + month that fits
    one recent year (nearest to years the text names), else the latest full date, else a named year."""
    today = today or date.today()
    for s in doc.get("date"):
        dd = s.data
        if dd.get("dateline") and dd.get("y") and dd.get("m") and dd.get("d"):
            d = _valid(dd["y"], dd["m"], dd["d"])
            if d:
                return d, "dateline"
    years = sorted({int(y) for y in _YEAR.findall(doc.folded) if int(y) <= today.year + 1})
    full = [_valid(s.data["y"], s.data["m"], s.data["d"]) for s in doc.get("date")
            if s.data.get("y") and s.data.get("d") and s.data.get("m")]
    full = [d for d in full if d]
    fixed: list[date] = []
    for s in doc.get("date"):
        dd = s.data
        if dd.get("wd") is not None and dd.get("d") and dd.get("m") and not dd.get("y"):
            cands = [y for y in range(today.year - 25, today.year + 1)
                     if (x := _valid(y, dd["m"], dd["d"])) and x.weekday() == dd["wd"] and x <= today]
            if not cands:
                continue
            ref = max(years) if years else (max(full).year if full else today.year)
            y = min(cands, key=lambda c: (abs(c - ref), -c))
            fixed.append(date(y, dd["m"], dd["d"]))
    if fixed:
        return max(fixed + [d for d in full if abs((d - max(fixed)).days) < 366]), "weekday"
    if full:
        return max(full), "full-date"
    if years:
        return date(max(years), 12, 31), "year"
    return None, "none"


def resolve_dates(doc: Doc) -> None:
    pub = doc.article.published
    if pub:
        doc.anchor, doc.anchor_source = pub, "published"
    else:
        doc.anchor, doc.anchor_source = infer_anchor(doc)
    A = doc.anchor
    for s in doc.get("date"):
        dd = s.data
        value, prec = None, "unknown"
        if dd.get("y") and dd.get("m") and dd.get("d") and dd.get("prec") != "month":
            value, prec = _valid(dd["y"], dd["m"], dd["d"]), "day"
        elif dd.get("prec") == "month" and dd.get("y"):
            value, prec = _valid(dd["y"], dd["m"], 1), "month"
        elif dd.get("prec") == "month" and A is not None:
            # the last such month up to the anchor: "in March" told in July is this year's March
            value, prec = _valid(A.year if dd["m"] <= A.month else A.year - 1, dd["m"], 1), "month"
        elif A is None:
            pass
        elif dd.get("m") and dd.get("d"):
            value = _valid(A.year, dd["m"], dd["d"])
            if value and value > A + timedelta(days=2):
                value = _valid(A.year - 1, dd["m"], dd["d"])
            prec = "day"
        elif "rel" in dd:
            value, prec = A + timedelta(days=dd["rel"]), "day"
        elif dd.get("rel_week"):
            value, prec = A - timedelta(days=7), "week"
        elif dd.get("rel_month"):
            value, prec = (A.replace(day=1) - timedelta(days=1)).replace(day=1), "month"
        elif dd.get("rel_year"):  # "l'an dernier": a year, never a day
            value, prec = date(A.year - 1, 1, 1), "year"
        elif dd.get("year_only") and dd["year_only"] < A.year:  # "en 2019": a past year, never a day
            value, prec = date(dd["year_only"], 1, 1), "year"
        elif dd.get("wd") is not None:
            # an inferred anchor is an event's day; the report came out that day or a little later
            ref = A if doc.anchor_source in ("published", "dateline") else A + timedelta(days=2)
            back = (ref.weekday() - dd["wd"]) % 7
            if back == 0 and dd.get("last"):
                back = 7
            value, prec = ref - timedelta(days=back), "day"
        s.label = value
        s.data["precision"] = prec if value else "unknown"
