"""Lexicon mentions: actors, weapons, triggers, targets, attribution cues and other cue words."""
from __future__ import annotations

from sitrep.doc import Doc, Span
from sitrep.lang import load_actors


def find_actors(doc: Doc) -> None:
    """Catalogue actors by alias; acronyms only in capitals."""
    lex, (acr_rx, acr), entries = load_actors()
    found: list[Span] = []
    for s, e, m in doc.find(lex):
        found.append(Span("actor", s, e, m.value, data={"entry": entries[m.value]}))
    if acr_rx is not None:
        for m in acr_rx.finditer(doc.text):
            if not any(f.start < m.end() and m.start() < f.end for f in found):
                name = acr[m.group(1)]
                found.append(Span("actor", m.start(), m.end(), name, data={"entry": entries[name]}))
    for sp in sorted(found, key=lambda x: x.start):
        doc.add(sp)


def find_cues(doc: Doc) -> None:
    """Every other lexicon of the language, as spans of the lexicon's kind."""
    L = doc.L
    table = [
        ("trigger", L.triggers), ("weapon", L.weapons), ("target", L.targets),
        ("say", L.say), ("source", L.source), ("deny", L.deny), ("claim_strong", L.claim_strong),
        ("docword", L.doc_words), ("modality", L.modality), ("background", L.background),
        ("anaphora", L.anaphora), ("intervention", L.protest_intervention), ("excessive", L.excessive_force),
        ("killed", L.killed), ("injured", L.injured), ("people", L.people), ("qualifier", L.qualifiers),
        ("statnoun", L.stat_nouns), ("cumulative", L.cumulative), ("since", L.since), ("near", L.near),
        ("origin", L.origin), ("placekind", L.place_kind), ("notloc", L.not_location),
        ("subject_anaphora", L.subject_anaphora),
    ]
    for kind, lex in table:
        for s, e, m in doc.find(lex):
            doc.add(Span(kind, s, e, m.value, data={"pattern": m.pattern}))
