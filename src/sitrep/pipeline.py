"""The pipeline: one Doc flows through small components, each with one job.

    sentences -> numbers -> actors -> groups -> cues -> dates -> places (-> entities, lazily) -> forces -> statistics -> assemble -> merge -> emit

Every component is a function `f(doc) -> None`; the list below is the whole pipeline."""
from __future__ import annotations

import time
from dataclasses import replace
from typing import Callable

from sitrep.components.assemble import assemble
from sitrep.components.dates import find_dates
from sitrep.components.groups import find_named_groups
from sitrep.components.mentions import find_actors, find_cues, resolve_generic_forces
from sitrep.components.merge import emit_events, merge_frames
from sitrep.components.numbers import find_numbers
from sitrep.components.places import find_places
from sitrep.components.sentences import split_sentences
from sitrep.components.statistics import find_statistics
from sitrep.doc import Doc
from sitrep.lang import load_language
from sitrep.langid import detect_language
from sitrep.model import Article, Result

Component = Callable[[Doc], None]

COMPONENTS: list[tuple[str, Component]] = [
    ("sentences", split_sentences),
    ("numbers", find_numbers),
    ("actors", find_actors),
    ("groups", find_named_groups),
    ("cues", find_cues),
    ("dates", find_dates),
    ("places", find_places),
    ("forces", resolve_generic_forces),
    ("statistics", find_statistics),
    ("assemble", assemble),
    ("merge", merge_frames),
    ("emit", emit_events),
]

# Cumulative seconds per component over the process, for `make bench` profiles.
TIMINGS: dict[str, float] = {}


def make_doc(article: Article) -> Doc:
    lang = article.language or detect_language(article.text)
    if article.language != lang:
        article = replace(article, language=lang)
    return Doc(article, lang, load_language(lang))


def run_with_frames(article: Article) -> tuple[Doc, list]:
    """Run the whole pipeline and also return the frames as assembled, before merging and
    filtering (sentence-level measurements such as scripts/arabic_gsr.py need those)."""
    doc = make_doc(article)
    frames: list = []
    for name, component in COMPONENTS:
        component(doc)
        if name == "assemble":
            frames = list(doc.frames)
    return doc, frames


def process_article(article: Article) -> Result:
    """Run the language pipeline over one article; returns its events and statistics (ids unnumbered).
    Raises ValueError for a language sitrep does not support."""
    doc = make_doc(article)
    for name, component in COMPONENTS:
        t0 = time.perf_counter()
        component(doc)
        TIMINGS[name] = TIMINGS.get(name, 0.0) + time.perf_counter() - t0
    return Result(articles=[doc.article], events=doc.events, statistics=doc.statistics)
