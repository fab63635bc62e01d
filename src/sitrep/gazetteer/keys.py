"""Name keys: one normal form per toponym so that transliteration variants meet.

Two levels:
- `name_key`  : the lookup key. Arabic script stays Arabic (normalised); Latin is folded
                (accents, articles, French/English spelling habits, trailing vowels).
- `skeleton`  : a consonant skeleton in Latin letters, computed from either script. It is
                the bridge between Arabic-script queries and Latin-only entries (and back),
                and the blocking key for near-misses ("Shadadi" vs "Shaddadah").
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from anyascii import anyascii

_ARABIC_RE = re.compile(r"[\u0600-\u06FF\u0750-\u077F\uFB50-\uFDFF\uFE70-\uFEFF]")
# Harakat, Quranic marks, superscript alef, tatweel.
_AR_DIACRITICS = re.compile(r"[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640]")
_AR_FOLD = str.maketrans({
    "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ؤ": "و", "ئ": "ي", "ة": "ه", "ى": "ي",
    # Persian / Kurdish / Urdu letters seen in GeoNames alternates
    "ک": "ك", "ی": "ي", "ە": "ه", "ھ": "ه", "ۆ": "و", "ێ": "ي", "ڕ": "ر", "ڵ": "ل", "ۋ": "و",
    "٠": "0", "١": "1", "٢": "2", "٣": "3", "٤": "4", "٥": "5", "٦": "6", "٧": "7", "٨": "8", "٩": "9",
})
_AR_NONWORD = re.compile(r"[^\u0621-\u064A\u0660-\u0669\u06A4\u06AF\u067E\u0686\w ]+")

# Latin articles that prefix Arabic names ("al-Omar", "ash-Shaddadi", "Deir ez-Zor").
_ARTICLES = frozenset("al el ar er as es ash esh ad ed at et az ez an en ul il l".split())
# Generic words spelled many ways; fold them to one form after the letter rules.
_TOKEN_SYNONYMS = {
    "tel": "tal", "til": "tal", "tl": "tal",
    "jebel": "jabal", "jbal": "jabal", "jabl": "jabal", "jbel": "jabal",
    "ued": "wadi", "wad": "wadi",
    "abuu": "abu", "bu": "abu",
    "um": "um", "umm": "um",
    "bait": "bait", "bet": "bait", "bit": "bait",
    "khirbet": "khirba", "khirbat": "khirba", "khurbat": "khirba", "kherbet": "khirba", "khirb": "khirba",
    "kfar": "kafr", "kafar": "kafr", "kefr": "kafr",
    "ras": "ras", "rass": "ras",
    "ain": "ain", "an": "ain", "ayun": "uyun", "aiun": "uyun",
    "mount": "jabal",
}
_LATIN_RULES: tuple[tuple[re.Pattern[str], str], ...] = tuple((re.compile(a), b) for a, b in [
    (r"dj", "j"), (r"tch", "sh"), (r"ch", "sh"), (r"ou", "u"), (r"oo", "u"), (r"ee", "i"), (r"ph", "f"),
    (r"q", "k"), (r"ck", "k"), (r"c(?=[aou]|$)", "k"), (r"th", "t"), (r"dh", "d"), (r"o", "u"),
    (r"(.)\1+", r"\1"),
    (r"aw(?=[^aeiu]|$)", "u"), (r"ay|ey|ei", "ai"), (r"ai+", "ai"), (r"iy(?=[^aeiu]|$)", "i"),
    (r"(.)\1+", r"\1"),
])
# Trailing vowels fold to one "a" (not dropped: "Gaza" must not become the village "Gaz").
_TRAIL_NISBA = re.compile(r"(?<=..)iy?(?:a|e)h?$")   # -iyah -iyeh -ieh -iya -> iya
_TRAIL_VOWEL = re.compile(r"(?<=..)(?:ah|eh|a|e)$")  # -ah -eh -a -e -> a
_APOS = re.compile(r"[\u0027\u0060\u00B4\u2018\u2019\u02BB\u02BC\u02BE\u02BF\u02B9\u02C8\u2032]")
_NONALNUM = re.compile(r"[^a-z0-9]+")


def has_arabic(text: str) -> bool:
    return bool(_ARABIC_RE.search(text))


def arabic_normalize(text: str, strip_article: bool = True) -> str:
    """Hamza/taa marbuta/alef maqsura folding, no diacritics or tatweel; optional article strip per word."""
    t = unicodedata.normalize("NFKC", text)
    t = _AR_DIACRITICS.sub("", t).translate(_AR_FOLD)
    t = _AR_NONWORD.sub(" ", t)
    words = t.split()
    if strip_article:
        words = [w[2:] if w.startswith("ال") and len(w) > 3 else w for w in words]
    return " ".join(words)


def _latin_token(tok: str) -> str:
    for pat, rep in _LATIN_RULES:
        tok = pat.sub(rep, tok)
    tok = _TRAIL_NISBA.sub("iya", tok)
    if not tok.endswith("iya"):
        tok = _TRAIL_VOWEL.sub("a", tok)
    return _TOKEN_SYNONYMS.get(tok, tok)


def latin_key(text: str) -> str:
    t = anyascii(text).lower()
    t = _APOS.sub("", t)
    toks = _NONALNUM.sub(" ", t).split()
    # "al-Omar" -> "omar", but a lone "Al" or "As" stays a name.
    kept = [x for x in toks if x not in _ARTICLES] or toks
    # joined article as in GeoNames' "Alrukban" style romanisations is left alone on purpose:
    # stripping "al" from Latin words would break "Aleppo", "Alexandria".
    return " ".join(_latin_token(x) for x in kept)


@lru_cache(maxsize=200_000)
def name_key(text: str) -> str:
    """The shared transliteration key (any script). Empty string when nothing usable."""
    if not text:
        return ""
    if has_arabic(text):
        return arabic_normalize(text)
    return latin_key(text)


# --- consonant skeleton ----------------------------------------------------
_AR_SKEL = {
    "ب": "b", "ت": "t", "ث": "t", "ج": "j", "ح": "h", "خ": "x", "د": "d", "ذ": "d", "ر": "r", "ز": "z",
    "س": "s", "ش": "S", "ص": "s", "ض": "d", "ط": "t", "ظ": "z", "غ": "g", "ف": "f", "ق": "k", "ك": "k",
    "ل": "l", "م": "m", "ن": "n", "ه": "h", "گ": "g", "پ": "b", "چ": "S", "ڤ": "f",
}
_LAT_SKEL_DIGRAPHS = (("sh", "S"), ("kh", "x"), ("gh", "g"), ("ts", "ts"))
_LAT_DROP = re.compile(r"[aeiouyw ]")


@lru_cache(maxsize=200_000)
def skeleton(key: str) -> str:
    """Consonant skeleton of a name key (output of `name_key`), in Latin letters, no spaces."""
    if not key:
        return ""
    if has_arabic(key):
        out = []
        for w in key.split():
            if w.endswith("ه"):  # taa marbuta / final h is rarely written in Latin forms
                w = w[:-1]
            out.append("".join(_AR_SKEL.get(ch, ch if ch.isdigit() else "") for ch in w))
        return "".join(out)
    s = key
    for a, b in _LAT_SKEL_DIGRAPHS:
        s = s.replace(a, b)
    s = " ".join(w[:-1] if w.endswith("h") and len(w) > 2 else w for w in s.split())
    s = s.replace("p", "b").replace("v", "f").replace("g", "g")
    return _LAT_DROP.sub("", s)


# Arabic letters read as a Latin transliteration would spell them, vowels included (anyascii drops the
# alef and writes و/ي as w/y), so that a rough reading can be compared with a Latin name
_AR_ROUGH = {**_AR_SKEL, "ث": "th", "ذ": "dh", "ش": "sh", "خ": "kh", "غ": "g", "چ": "ch",
             "ا": "a", "أ": "a", "إ": "i", "آ": "a", "ى": "a", "ة": "a", "ع": "a", "و": "u", "ي": "i", "ئ": "i", "ؤ": "u", "ء": ""}


@lru_cache(maxsize=50_000)
def rough_latin(arabic_key: str) -> str:
    """"يوغياكارتا" -> "yugiakarta": a crude Latin reading of an Arabic name key, in the same folding as `latin_key`."""
    # a word-initial و/ي is a consonant ("Wadi", "Yogyakarta")
    words = [({"و": "w", "ي": "y"}.get(w[0], _AR_ROUGH.get(w[0], w[0])) + "".join(_AR_ROUGH.get(ch, ch) for ch in w[1:]))
             for w in arabic_key.split() if w]
    return latin_key(" ".join(words))


def romanize(text: str) -> str:
    """Rough Latin form of any-script text (for display and Latin keys of Arabic-only names)."""
    return anyascii(text)


# Clitics that glue onto a place name: و ف ب ل (and combinations such as وب، فال). "ك" ("like") almost never
# stands before a place, while names that start with it are common: "كانكارا" is Kankara, not ك + Ankara.
AR_CLITICS = ("و", "ف", "ب", "ل")


def arabic_clitic_variants(key: str) -> list[str]:
    """Keys left after removing leading clitics (and a then-exposed article) from the first word."""
    if not key or not has_arabic(key):
        return []
    first, _, rest = key.partition(" ")
    out: list[str] = []
    w = first
    for k in range(2):
        # a second clitic only after و/ف and only one of ب ل ك ("وبالرقة"): "لوبيرو" (Lubero) holds no "بيرو"
        if k == 1 and not (first[0] in "وف" and w[0] in "بلك"):
            break
        # a two-letter first word only in a longer name ("وجل العلام" = و + جل العلام): the rest makes it safe
        if (len(w) > 3 or (rest and len(w) == 3 and w is first)) and w[0] in AR_CLITICS:
            w = w[1:]
            cand = w[2:] if w.startswith("ال") and len(w) > 3 else w
            if cand.startswith("ل") and first[0] == "ل" and len(cand) > 3:  # "للرقة" = ل + ال + رقة
                out.append(" ".join(x for x in (cand[1:], rest) if x))
            out.append(" ".join(x for x in (cand, rest) if x))
        else:
            break
    return out


_CROSS_DIGRAPHS = (("kh", "k"), ("gh", "g"), ("sh", "s"), ("th", "t"), ("dh", "d"), ("ph", "f"), ("ou", "u"))
_CROSS_LETTERS = str.maketrans({"e": "i", "y": "i", "o": "u", "w": "u", "v": "f", "p": "b", "q": "k", "c": "k"})


def cross_norm(key: str) -> str:
    """A Latin key as an Arabic spelling, read back, would give it: vowels e/i/y and o/u/w alike, one letter for
    each digraph, no final h, no doubled letters ("Zémio" and "زيميو" both read "zimiu")."""
    s = key.lower()
    for a, b in _CROSS_DIGRAPHS:
        s = s.replace(a, b)
    s = s.translate(_CROSS_LETTERS)
    s = " ".join(w[:-1] if w.endswith("h") and len(w) > 2 else w for w in s.split())
    s = re.sub(r"[^a-z]", "", s)
    return re.sub(r"(.)\1+", r"\1", s)
