"""Language identification: Arabic by script, French/English by function words, and lingua
(restricted to a handful of languages) for the rest, so that an unsupported language is named."""
from __future__ import annotations

import re
from functools import lru_cache

_AR = re.compile(r"[\u0600-\u06FF]")
_LATIN = re.compile(r"[A-Za-zÀ-ÿ]")
_WORDS = re.compile(r"[a-zà-ÿ']+")
_FR = {"le", "la", "les", "des", "du", "de", "et", "est", "une", "un", "dans", "pour", "par", "sur", "qui", "que", "au", "aux", "a", "été", "ont", "selon", "contre", "avec", "sont", "cette", "ses", "leur"}
_EN = {"the", "of", "and", "to", "in", "a", "is", "was", "were", "for", "on", "that", "by", "with", "said", "from", "at", "it", "as", "has", "have", "its", "their", "an", "after", "against"}


def detect_language(text: str) -> str:
    sample = text[:4000]
    ar, lat = len(_AR.findall(sample)), len(_LATIN.findall(sample))
    if ar + lat == 0:
        return "und"
    if ar > lat:
        return "ar"
    words = _WORDS.findall(sample.lower())
    fr = sum(w in _FR for w in words)
    en = sum(w in _EN for w in words)
    n = max(1, len(words))
    if max(fr, en) / n >= 0.12 and abs(fr - en) / max(fr, en) > 0.3:
        return "fr" if fr > en else "en"
    return _lingua(sample)


@lru_cache(maxsize=1)
def _detector():
    from lingua import Language, LanguageDetectorBuilder

    langs = [Language.FRENCH, Language.ENGLISH, Language.ARABIC, Language.SPANISH, Language.GERMAN, Language.ITALIAN,
             Language.PORTUGUESE, Language.RUSSIAN, Language.TURKISH, Language.PERSIAN, Language.DUTCH, Language.UKRAINIAN]
    return LanguageDetectorBuilder.from_languages(*langs).build()


def _lingua(text: str) -> str:
    lang = _detector().detect_language_of(text)
    return lang.iso_code_639_1.name.lower() if lang else "und"
