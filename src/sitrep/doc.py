"""Doc: one article in flight. Components only add spans to it; `assemble` reads them."""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from datetime import date
from typing import Any, Iterator, Optional

from sitrep.lexicon import Lexicon, Match
from sitrep.model import Article, Event, Evidence, Statistic
from sitrep.text import fold

_MARK = re.compile(r"[\u064B-\u0652\u0670]")


@dataclass
class Span:
    """A candidate found by a component: offsets into the article text, a label, and extras."""

    kind: str  # trigger, weapon, actor, place, country, date, claim, casualty, number, target, ...
    start: int
    end: int
    label: Any = None
    sent: int = -1
    data: dict[str, Any] = field(default_factory=dict)


@dataclass
class Sentence:
    start: int
    end: int
    paragraph: int
    ignored: bool = False  # boilerplate ("A lire:", "Subscribe"), never a source of events


class Doc:
    def __init__(self, article: Article, lang: str, langdata: Any):
        self.article = article
        self.text = article.text
        self.lang = lang
        self.L = langdata
        self.folded, self._f2o = fold(self.text)
        # original offset -> first folded offset at or after it
        self._o2f = [0] * (len(self.text) + 1)
        j = 0
        for i in range(len(self.text) + 1):
            while j < len(self._f2o) - 1 and self._f2o[j] < i:
                j += 1
            self._o2f[i] = j if self._f2o[j] >= i else len(self.folded)
        self.sents: list[Sentence] = []
        self._sent_starts: list[int] = []
        self.spans: dict[str, list[Span]] = {}
        self.anchor: Optional[date] = None  # reference date for relative dates
        self.anchor_source = "none"
        self.frames: list[Any] = []  # event frames built by assemble
        self.events: list[Event] = []
        self.statistics: list[Statistic] = []
        self.timings: dict[str, float] = {}
        self.datelines: list[tuple[int, int]] = []  # "Beyrouth, 11 août 2024 (AFP) -" spans

    def in_dateline(self, start: int, end: int) -> bool:
        return any(s <= start and end <= e for s, e in self.datelines)

    # -- offsets ---------------------------------------------------------------
    def to_orig(self, fstart: int, fend: int) -> tuple[int, int]:
        s = self._f2o[fstart]
        e = self._f2o[fend - 1] + 1 if fend > fstart else s
        while e < len(self.text) and _MARK.match(self.text, e):
            e += 1  # "أقرّ": the vowel marks after a word's last letter belong to it, though folding drops them
        return s, e

    def to_fold(self, start: int, end: int) -> tuple[int, int]:
        return self._o2f[start], self._o2f[end]

    def find(self, lex: Lexicon, start: int = 0, end: Optional[int] = None) -> Iterator[tuple[int, int, Match]]:
        """Matches of a lexicon between two original offsets, as original offsets."""
        end = len(self.text) if end is None else end
        fs, fe = self.to_fold(start, end)
        for m in lex.finditer(self.folded, fs, fe):
            s, e = self.to_orig(m.start, m.end)
            yield s, e, m

    # -- sentences -------------------------------------------------------------
    def set_sentences(self, sents: list[Sentence]) -> None:
        self.sents = sents
        self._sent_starts = [s.start for s in sents]

    def sent_of(self, offset: int) -> int:
        return max(0, bisect.bisect_right(self._sent_starts, offset) - 1)

    def sent_text(self, i: int) -> str:
        s = self.sents[i]
        return self.text[s.start:s.end]

    # -- spans -----------------------------------------------------------------
    def add(self, span: Span) -> Span:
        if span.sent < 0:
            span.sent = self.sent_of(span.start)
        self.spans.setdefault(span.kind, []).append(span)
        return span

    def get(self, kind: str, sent: Optional[int] = None) -> list[Span]:
        spans = self.spans.get(kind, [])
        if sent is None:
            return spans
        return [s for s in spans if s.sent == sent]

    def overlaps(self, kind: str, start: int, end: int) -> Optional[Span]:
        for s in self.spans.get(kind, []):
            if s.start < end and start < s.end:
                return s
        return None

    def evidence(self, start: int, end: int) -> Evidence:
        return Evidence(self.article.id, start, end, self.text[start:end])

    def sentence_evidence(self, i: int) -> Evidence:
        s = self.sents[i]
        start, end = s.start, s.end
        while end > start and self.text[end - 1].isspace():
            end -= 1
        return self.evidence(start, end)
