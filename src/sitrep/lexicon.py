"""Phrase patterns from the language data files, compiled to one regex per lexicon.

Pattern syntax (used by every lang/<code>/*.yaml file):
  - words separated by spaces; apostrophes and hyphens in text count as separators;
  - `frapp*`   a word starting with `frapp` (frappe, frappé, frappes, frapper);
  - `…` or `...`  up to three words in between;
  - `(a|b c)`  one of a few alternatives (each may be several words);
  - `(a|b)?`   the same, optional.
Matching is done on folded text (case, accents, Arabic letter variants ignored).
For Arabic, every Arabic word may carry the clitics و ف ب ل ك and the article; ال may contract to لل.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, Iterable, Iterator

from sitrep.text import fold_str

SEP = r"[\s'\-]+\"?"  # a name may open its quotes after its first word: حركة "الشباب", la force "Radwan"
GAP = r"(?:[\s'\-,]+[^\s'\-.,;:!?]+){0,3}?,?"  # up to three words, commas allowed between them
AR_CLITIC = r"(?:[وف])?(?:[بلك])?"
# Clitics plus the article on any Arabic word of a pattern (وبال، فال، لل، ك).
AR_PREFIX = r"(?:[وف]?(?:[بك]?ال|لل|[بلك])?)"
_AR_LETTER = re.compile(r"[\u0621-\u064A]")
# a bare Arabic noun (no article, group or wildcard) whose last letter can carry the accusative alif
_AR_TANWEEN_OK = re.compile(r"(?!ال)[\u0621-\u064A]{2,}[^\u0627\u0647\u064a\u0649\u0621\s*)]")


def _particle(w: str) -> bool:
    """A two-letter Arabic particle or a group of them (لم، لن، قد، إن): only و and ف attach to these."""
    alts = [a.strip(" '-") for a in w[1:-1].split("|")] if w.startswith("(") else [w]
    return all(len(a) <= 2 and _AR_LETTER.match(a) for a in alts if a)


def _word(w: str) -> str:
    if w.endswith("*"):
        return re.escape(w[:-1]) + r"\w*"
    if _INITIALS.fullmatch(w):  # "u.s." also as "us", "u.s", "u.n." as "un"
        return r"\.?".join(re.escape(c) for c in w.replace(".", "")) + r"\.?"
    return re.escape(w)


_INITIALS = re.compile(r"(?:\w\.){2,}")


def _words(p: str) -> list[str]:
    """Split a folded pattern into words, keeping `(a b|c)` and optional `(a|b)?` groups whole."""
    out: list[str] = []
    for tok in re.findall(r"\([^)]*\)\??|[^\s]+", p):
        if tok.startswith("("):
            out.append(tok)
        else:
            out.extend(w for w in re.split(r"['\-]+", tok) if w)
    return out


def pattern_regex(pattern: str, lang: str = "", _folded: bool = False) -> str:
    """Regex source for one pattern (no boundaries). Every word but the first brings the separator
    before it; an optional word brings it inside its optional group."""
    p = pattern if _folded else fold_str(pattern)
    p = p.replace("...", " … ").replace("…", " … ")
    out = ""
    first = True
    for w in _words(p):
        if w == "…":
            out += GAP  # (separator, word) up to three times; the next word brings its own separator
            continue
        optional = w.startswith("(") and w.endswith(")?")
        if optional:
            w = w[:-1]
        if w.startswith("("):
            alts = [a.strip(" '-") for a in w[1:-1].split("|")]
            if lang == "ar":  # the article comes with the clitics (AR_PREFIX below)
                alts = [a[2:] if a.startswith("ال") and len(a) > 3 else a for a in alts]
            rx = "(?:" + "|".join(pattern_regex(a, "", True) for a in alts if a) + ")"
        else:
            rx = _word(w)
        if lang == "ar" and _AR_LETTER.search(w):
            # every Arabic word of a pattern may carry the clitics و ف ب ل ك and the article
            # ("غارات جوية" ~ "والغارات الجوية", "قصف بالطائرات المسيرة"); ال may contract to لل
            if w.startswith("ال") and not w.startswith("("):
                rx = f"(?:{AR_CLITIC}{rx}|[وف]?لل{_word(w[2:])})"
            elif _particle(w):
                rx = "[وف]?" + rx  # "ولم"، "فقد", but "كلم" is a kilometre, not "لم"
            else:
                rx = AR_PREFIX + rx
            if _AR_TANWEEN_OK.fullmatch(w):
                rx += "ا?"  # the accusative's alif: "أوكاراً" is "أوكار", "موقعاً" is "موقع"
        if first:
            out += f"(?:{rx}{SEP})?" if optional else rx
            first = optional  # after an optional first word, the next one is still "first"
        else:
            out += f"(?:{SEP}{rx})?" if optional else SEP + rx
    return out


def _bucket(pattern: str, src: str, lang: str) -> str:
    """Bucket key of a pattern: its literal first character ('' when it may vary); for Arabic,
    the first letter of the first word's stem (after the article), since clitics may precede it."""
    if lang == "ar":
        words = _words(fold_str(pattern))
        w = words[0] if words else ""
        if w and _AR_LETTER.match(w):
            stem = w[2:] if w.startswith("ال") and len(w) > 3 else w
            return "ar:" + (stem[:2] if len(stem) > 2 and _AR_LETTER.match(stem[1]) and stem[2] not in "*(" else stem[0])
    return _first_char(src)


def _first_char(src: str) -> str:
    """The literal first characters of a pattern's regex (two when both are plain letters or
    digits, so a big lexicon splits into small buckets), or '' when the first may vary."""
    if not src or src[0] in "(.[\\":
        if src.startswith("\\") and len(src) > 1 and not src[1].isalnum():
            return src[1]
        return ""
    if len(src) > 2 and src[0].isalnum() and src[1].isalnum() and src[2] not in "*+?{":
        return src[:2]
    return src[0]


def _leading_alternatives(pattern: str, lang: str) -> list[str]:
    """One folded pattern per alternative of a (non-optional) leading group; none when there is no such group."""
    p = fold_str(pattern).replace("...", " … ").replace("…", " … ").strip()
    m = re.match(r"\(([^()]*)\)(?!\?)", p)
    if not m:
        return []
    rest = p[m.end():]
    alts = [a.strip(" '-") for a in m.group(1).split("|")]
    if lang == "ar":  # as inside a group, the article is optional (the clitic prefix brings it)
        alts = [a[2:] if a.startswith("ال") and len(a) > 3 else a for a in alts]
    return [f"{a}{rest}" for a in alts if a]


@dataclass
class Entry:
    pattern: str
    value: Any


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
        sources: list[tuple[int, str, str]] = []  # (entry, regex source, bucket key)
        for pat, value in items:
            if not pat or not str(pat).strip():
                continue
            k = len(self.entries)
            self.entries.append(Entry(str(pat), value))
            # "(غاره|غارات) جويه": each alternative of a leading group gets its own bucket, so the
            # pattern is tried only at words that begin like one of them
            forms = [(a, pattern_regex(a, lang, True)) for a in _leading_alternatives(str(pat), lang)] \
                or [(str(pat), pattern_regex(str(pat), lang))]
            for form, src in forms:
                sources.append((k, src, _bucket(form, src, lang)))
        # Longest literal first, so the alternation prefers "frappe aérienne" over "frappe".
        # Longest first within each first-letter bucket; buckets keep the engine from trying every
        # alternative at every word (a lookahead on the first letter prunes all but one bucket).
        buckets: dict[str, list[int]] = {}
        for j, (_k, _src, key) in enumerate(sources):
            buckets.setdefault(key, []).append(j)
        # Buckets nest under their first letter: a word tries the few buckets of its own letter, not all
        groups: dict[str, list[str]] = {}
        self._group_entry: list[int] = []  # capturing group -> entry
        for key, idx in sorted(buckets.items()):
            idx.sort(key=lambda j: -len(self.entries[sources[j][0]].pattern))
            self._group_entry.extend(sources[j][0] for j in idx)
            alt = "|".join(f"({sources[j][1]})" for j in idx)
            if key.startswith("ar:"):  # clitics and the article may come before the stem's first letter
                stem = key[3:]
                inner = f"(?=[وفبلكا]{{0,4}}{re.escape(stem)})(?:{alt})" if len(stem) > 1 else f"(?:{alt})"
                groups.setdefault(f"(?=[وفبلكا]{{0,4}}{re.escape(stem[0])})", []).append(inner)
            elif key:
                inner = f"(?={re.escape(key)})(?:{alt})" if len(key) > 1 else f"(?:{alt})"
                groups.setdefault(f"(?={re.escape(key[0])})", []).append(inner)
            else:
                groups.setdefault("", []).append(f"(?:{alt})")
        parts = [f"{head}(?:{'|'.join(inner)})" if head else "|".join(inner) for head, inner in groups.items()]
        # one capturing group per source: the group that matched names the entry
        self._all = re.compile(rf"(?<!\w)(?:{'|'.join(parts)})(?!\w)") if parts else None

    def __len__(self) -> int:
        return len(self.entries)

    def finditer(self, folded: str, start: int = 0, end: int | None = None) -> Iterator[Match]:
        if self._all is None:
            return
        end = len(folded) if end is None else end
        for m in self._all.finditer(folded, start, end):
            e = self.entries[self._group_entry[m.lastindex - 1]]
            yield Match(m.start(), m.end(), e.value, e.pattern)

    def search(self, folded: str, start: int = 0, end: int | None = None) -> Match | None:
        return next(self.finditer(folded, start, end), None)


class LazyLexicon:
    """A Lexicon compiled on first use: a big one that most documents never need (the Arabic
    actor aliases on Latin-script text) costs nothing at start-up."""

    def __init__(self, items: Iterable[tuple[str, Any]], lang: str = ""):
        self._args: tuple | None = (list(items), lang)
        self._lex: Lexicon | None = None

    def _get(self) -> Lexicon:
        if self._lex is None:
            items, lang = self._args
            self._lex, self._args = Lexicon(items, lang), None
        return self._lex

    def __len__(self) -> int:
        return len(self._get())

    def finditer(self, folded: str, start: int = 0, end: int | None = None) -> Iterator[Match]:
        return self._get().finditer(folded, start, end)

    def search(self, folded: str, start: int = 0, end: int | None = None) -> Match | None:
        return self._get().search(folded, start, end)

    @property
    def entries(self) -> list[Entry]:
        return self._get().entries

