"""Numbers in digits or words ("118", "30 000", "trois", "twenty-five", "ثلاثة"), as spans."""
from __future__ import annotations

import re

from sitrep.doc import Doc, Span

_DIGITS = re.compile(r"(?:(?<![\w.,:])|(?<=(?<!\w)[وبل]))(\d{1,3}(?:[ \u00a0\u202f.,]\d{3})+|\d+[.,]\d{1,2}(?=[ \u00a0]+[^\W\d_])|\d+)(?![\w])")
_DECIMAL = re.compile(r"^(\d+)[.,](\d{1,2})$")
_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
_AR_REST = re.compile(r"[ \u00a0]+و[ \u00a0]*(\d{1,3})(?![\d.,])")


def parse_digits(s: str) -> int:
    return int(re.sub(r"[^\d]", "", s))


def words_value(words: list[str], L) -> tuple[int, int] | None:
    """Value of a run of number words, and how many words it used ("trente-deux" -> 32)."""
    total, current, used = 0, 0, 0
    for w in words:
        parts = w.split("-") if w not in L.units else [w]
        vals = []
        for p in parts:
            if p in ("et", "and", "و"):
                continue
            if p in L.units:
                vals.append(("u", L.units[p]))
            elif p in L.multipliers:
                vals.append(("m", L.multipliers[p]))
            else:
                vals = None
                break
        if not vals:
            if w in ("et", "and") and used:
                used += 1
                continue
            break
        for kind, v in vals:
            if kind == "u":
                current += v
            else:
                current = max(current, 1) * v
                if v >= 1000:
                    total += current
                    current = 0
        used += 1
    if not used:
        return None
    return total + current, used


def find_numbers(doc: Doc) -> None:
    """Add `number` spans with data {value, approx}, and `nouncount` spans for nouns that count themselves."""
    text, folded = doc.text, doc.folded
    L = doc.L
    after_mult: set[int] = set()
    consumed = 0  # "و391" read as the rest of "43 ألفاً و391" is no number of its own
    for m in _DIGITS.finditer(folded):
        if m.start() < consumed:
            continue
        s, e = doc.to_orig(m.start(), m.end())
        # a year or a day of month is not a count; dates mark those later, we keep all numbers
        dec = _DECIMAL.match(m.group(1))
        value: float = float(f"{dec.group(1)}.{dec.group(2)}") if dec else parse_digits(m.group(1))
        mult = re.match(r"[ \u00a0]+([^\W\d_]+)", folded[m.end():m.end() + 14])
        if mult and mult.group(1) in L.multipliers and L.multipliers[mult.group(1)] >= 1000:  # "10 million", "2,5 millions"
            value *= L.multipliers[mult.group(1)]
            end = m.end() + mult.end(1)
            # "43 ألفاً و391": Arabic writes the thousands and the rest apart
            rest = _AR_REST.match(folded, end) if doc.lang == "ar" else None
            if rest:
                value += int(rest.group(1))
                end = consumed = rest.end()
            e = doc.to_orig(m.end() + mult.start(1), end)[1]
            after_mult.add(m.end() + mult.start(1))
        elif dec:
            continue  # "2,5 km": a measure, never a count
        value = int(round(value))
        doc.add(Span("number", s, e, value, data={"approx": False}))
    words = list(_WORD.finditer(folded))
    words = [w for w in words if w.start() not in after_mult]
    i = 0
    while i < len(words):
        w = words[i].group(0)
        if w in L.approx:
            s, e = doc.to_orig(words[i].start(), words[i].end())
            # "des dizaines", "عشرات", "آلاف": a manner of speaking, not a figure; "une dizaine", "بضعة" count
            plural = w.endswith("ات") or w.endswith("آلاف") or w.endswith("الاف") if doc.lang == "ar" else w.endswith("s")
            doc.add(Span("number", s, e, L.approx[w], data={"approx": True, "plural_approx": plural}))
            i += 1
            continue
        if w in L.units or w in L.multipliers or (w.split("-")[0] in L.units):
            run = [x.group(0) for x in words[i:i + 6]]
            got = words_value(run, L)
            if got:
                value, used = got
                s, _ = doc.to_orig(words[i].start(), words[i].end())
                _, e = doc.to_orig(words[i + used - 1].start(), words[i + used - 1].end())
                # "ألفين و787": the thousands in words, the rest in figures
                rest = _AR_REST.match(folded, words[i + used - 1].end()) if doc.lang == "ar" and value >= 1000 else None
                if rest and int(rest.group(1)) < 1000:
                    value += int(rest.group(1))
                    r0, e = doc.to_orig(rest.start(1), rest.end(1))
                    doc.spans["number"] = [n for n in doc.get("number") if n.start != r0]
                # "un"/"une"/"a" alone are articles more often than counts
                doc.add(Span("number", s, e, value, data={"approx": False, "article": used == 1 and value == 1}))
                i += used
                continue
        i += 1
    # "مقتل جنديين", "قتل جندي": a noun that is its own count, unless a number counts it ("18 شخصا")
    if L.counted_nouns:
        ends = [n.end for n in doc.get("number")]
        for w in words:
            value = L.counted_nouns.get(w.group(0))
            if value is None:
                continue
            s, e = doc.to_orig(w.start(), w.end())
            if not any(0 <= s - x <= 3 for x in ends):
                doc.add(Span("nouncount", s, e, value, data={"approx": False}))
    del text
