"""Text folding with an offset map, so that matching can ignore case, accents and
Arabic spelling variants while every match still points into the original text."""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# Arabic letters folded to one form; diacritics and tatweel dropped.
_ARABIC_MAP = {
    "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ؤ": "و", "ئ": "ي", "ى": "ي", "ة": "ه",
    "٠": "0", "١": "1", "٢": "2", "٣": "3", "٤": "4", "٥": "5", "٦": "6", "٧": "7", "٨": "8", "٩": "9",
    "۰": "0", "۱": "1", "۲": "2", "۳": "3", "۴": "4", "۵": "5", "۶": "6", "۷": "7", "۸": "8", "۹": "9",
    "،": ",", "؛": ";", "؟": "?", "٫": ".", "٬": ",",
}
_ARABIC_DROP = set("\u0640") | {chr(c) for c in range(0x064B, 0x0653)} | {"\u0670", "\u0654", "\u0655"}
_QUOTES = {"’": "'", "‘": "'", "ʼ": "'", "ʿ": "'", "ʾ": "'", "`": "'", "´": "'", "«": '"', "»": '"',
           "“": '"', "”": '"', "–": "-", "—": "-", "‐": "-", "‑": "-", "\u00a0": " ", "\u202f": " ",
           "\u200f": "", "\u200e": "", "\u200b": "", "\u200c": "", "\u200d": ""}
_LIGATURES = {"œ": "oe", "æ": "ae", "ß": "ss", "Œ": "oe", "Æ": "ae"}


@lru_cache(maxsize=4096)
def fold_char(c: str) -> str:
    """The folded form of one character ('' to drop it)."""
    if c in _QUOTES:
        return _QUOTES[c]
    if c in _ARABIC_DROP:
        return ""
    if c in _ARABIC_MAP:
        return _ARABIC_MAP[c]
    if c in _LIGATURES:
        return _LIGATURES[c]
    if c.isascii():
        return c.lower()
    base = unicodedata.normalize("NFKD", c)
    base = "".join(ch for ch in base if not unicodedata.combining(ch))
    return base.lower() if base else ""


def fold(text: str) -> tuple[str, list[int]]:
    """Fold `text`; returns the folded string and, for each folded char, its offset in `text`
    (with one extra entry for the end)."""
    out: list[str] = []
    index: list[int] = []
    for i, c in enumerate(text):
        f = fold_char(c)
        for ch in f:
            out.append(ch)
            index.append(i)
    index.append(len(text))
    return "".join(out), index


def fold_str(text: str) -> str:
    return fold(text)[0]


_SPACES = re.compile(r"\s+")


def squash(text: str) -> str:
    """Folded text with runs of spaces, hyphens and apostrophes collapsed: a dictionary key."""
    return _SPACES.sub(" ", re.sub(r"[\-'.]+", " ", fold_str(text))).strip()
