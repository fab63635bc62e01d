"""Phrase patterns from the language data files, compiled to one regex per lexicon.

Pattern syntax (see lang/*/README in the data files):
  - words separated by spaces; apostrophes and hyphens in text count as separators;
  - `frapp*`   a word starting with `frapp` (frappe, frappé, frappes, frapper);
  - `…` or `...`  up to three words in between;
  - `(a|b)`    one of a few alternatives for one word.
Matching is done on folded text (case, accents, Arabic letter variants ignored).
For Arabic, the first word may carry the clitics و ف ب ل ك and ال may contract to لل.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any, Iterable, Iterator

from sitrep.text import fold_str

SEP = r"[\s'\-]+"
GAP = r"(?:[\s'\-]+[^\s'\-.,;:!?]+){0,3}?"
AR_CLITIC = r"(?:[وف])?(?:[بلك])?"
# Clitics plus the article on any Arabic word of a pattern (وبال، فال، لل، ك).
AR_PREFIX = r"(?:[وف]?(?:[بك]?ال|لل|[بلك])?)"
_AR_LETTER = re.compile(r"[\u0621-\u064A]")


def _word(w: str) -> str:
    if w.endswith("*"):
        return re.escape(w[:-1]) + r"\w*"
    return re.escape(w)


def _words(p: str) -> list[str]:
    """Split a folded pattern into words, keeping `(a b|c)` groups whole."""
    out: list[str] = []
    for tok in re.findall(r"\([^)]*\)|[^\s]+", p):
        if tok.startswith("("):
            out.append(tok)
        else:
            out.extend(w for w in re.split(r"['\-]+", tok) if w)
    return out


def pattern_regex(pattern: str, lang: str = "", _folded: bool = False) -> str:
    """Regex source for one pattern (no boundaries)."""
    p = pattern if _folded else fold_str(pattern)
    p = p.replace("...", " … ").replace("…", " … ")
    out = ""
    for i, w in enumerate(_words(p)):
        if w == "…":
            out += GAP
            continue
        if w.startswith("("):
            alts = [a.strip(" '-") for a in w[1:-1].split("|")]
            if lang == "ar":  # the article comes with the clitics (AR_PREFIX below)
                alts = [a[2:] if a.startswith("ال") and len(a) > 3 else a for a in alts]
            rx = "(?:" + "|".join(pattern_regex(a, "", True) for a in alts if a) + ")"
        else:
            rx = _word(w)
        if lang == "ar" and i == 0 and not w.startswith("(") and not _AR_LETTER.search(w):
            rx = AR_CLITIC + rx
        elif lang == "ar" and _AR_LETTER.search(w):
            # every Arabic word of a pattern may carry the clitics و ف ب ل ك and the article
            # ("غارات جوية" ~ "والغارات الجوية", "قصف بالطائرات المسيرة"); ال may contract to لل
            if w.startswith("ال") and not w.startswith("("):
                rx = f"(?:{AR_CLITIC}{rx}|[وف]?لل{_word(w[2:])})"
            else:
                rx = AR_PREFIX + rx
        out += (SEP if out and not out.endswith(GAP) else "") + rx
        if out.endswith(GAP):
            pass
    return out.replace(GAP, GAP + "§").replace("§" + SEP, "").replace("§", SEP)


@dataclass
class Entry:
    pattern: str
    value: Any
    regex: re.Pattern = field(repr=False)


@dataclass
class Match:
    start: int  # offsets in the folded text
    end: int
    value: Any
    pattern: str


class Lexicon:
    """Many patterns, each tied to a value; finds non-overlapping matches, longest first."""

    def __init__(self, items: Iterable[tuple[str, Any]], lang: str = ""):
        self.entries: list[Entry] = []
        self._sources: list[str] = []
        for pat, value in items:
            if not pat or not str(pat).strip():
                continue
            src = pattern_regex(str(pat), lang)
            self.entries.append(Entry(str(pat), value, re.compile(rf"(?<!\w){src}(?!\w)")))
            self._sources.append(src)
        # Longest literal first, so the alternation prefers "frappe aérienne" over "frappe".
        order = sorted(range(len(self.entries)), key=lambda i: -len(self.entries[i].pattern))
        self.entries = [self.entries[i] for i in order]
        self._sources = [self._sources[i] for i in order]
        if self.entries:
            alt = "|".join(f"(?:{src})" for src in self._sources)
            self._all = re.compile(rf"(?<!\w)(?:{alt})(?!\w)")
        else:
            self._all = None

    def __len__(self) -> int:
        return len(self.entries)

    def finditer(self, folded: str, start: int = 0, end: int | None = None) -> Iterator[Match]:
        if self._all is None:
            return
        end = len(folded) if end is None else end
        for m in self._all.finditer(folded, start, end):
            s = m.group(0)
            for e in self.entries:
                if e.regex.fullmatch(s) or e.regex.fullmatch(folded, m.start(), m.end()):
                    yield Match(m.start(), m.end(), e.value, e.pattern)
                    break

    def search(self, folded: str, start: int = 0, end: int | None = None) -> Match | None:
        return next(self.finditer(folded, start, end), None)
