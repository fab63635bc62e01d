"""Shared helpers for the French pipeline unit tests (not a test module).

Every test sentence in these files is written for the tests; none is copied from an article."""
from __future__ import annotations

from datetime import date
from typing import Optional

from sitrep.doc import Doc
from sitrep.model import Article
from sitrep.pipeline import COMPONENTS, make_doc

PUB = "2024-01-05"  # a Friday


def run_doc(text: str, published: Optional[str] = PUB, upto: Optional[str] = None, lang: Optional[str] = "fr") -> Doc:
    """Run the real components over `text`, stopping after the component named `upto`."""
    names = [n for n, _ in COMPONENTS]
    assert upto is None or upto in names, f"unknown component {upto!r}; pipeline is {names}"
    art = Article(text=text, published=date.fromisoformat(published) if published else None, language=lang)
    doc = make_doc(art)
    for name, component in COMPONENTS:
        component(doc)
        if name == upto:
            break
    return doc


def events(text: str, published: Optional[str] = PUB, lang: Optional[str] = "fr"):
    return run_doc(text, published, lang=lang).events


def only_event(text: str, published: Optional[str] = PUB):
    evs = events(text, published)
    assert len(evs) == 1, [(e.sub_event_type, e.location and e.location.name) for e in evs]
    return evs[0]


def spans(doc: Doc, kind: str) -> list[tuple[str, object]]:
    return [(doc.text[s.start:s.end], s.label) for s in doc.get(kind)]


def check_evidence(text: str, result_events, result_statistics) -> int:
    """Every evidence slice of every event and statistic is the article text at its offsets."""
    n = 0
    for item in list(result_events) + list(result_statistics):
        assert item.evidence, item
        for ev in item.evidence:
            assert 0 <= ev.start < ev.end <= len(text), ev
            assert text[ev.start:ev.end] == ev.text, ev
            n += 1
    return n
