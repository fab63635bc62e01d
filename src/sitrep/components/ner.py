"""Named entities from a spaCy pipeline, run only on sentences where a trigger fired (the cascade:
most sentences of a news article describe no event, so most of the text never meets the model).

Entities are evidence for the places component: LOC/GPE spans are extra place candidates, PER spans
veto capitalised words that only look like places ("Biden", "Saree"). Languages without a
pipeline installed (Arabic has none) simply get no entities."""
from __future__ import annotations

import logging
from functools import lru_cache
from typing import Optional

from sitrep.doc import Doc, Span

log = logging.getLogger(__name__)

# Language -> spaCy package; components not needed for NER are left out (faster, smaller).
MODELS = {"fr": "fr_core_news_md"}
_EXCLUDE = ["parser", "lemmatizer", "attribute_ruler", "morphologizer", "senter", "tagger"]
_LABELS = {"LOC": "LOC", "GPE": "LOC", "FAC": "LOC", "PER": "PER", "PERSON": "PER", "ORG": "ORG"}


@lru_cache(maxsize=None)
def load_model(lang: str) -> Optional[object]:
    name = MODELS.get(lang)
    if name is None:
        return None
    try:
        import spacy

        return spacy.load(name, exclude=_EXCLUDE)
    except (ImportError, OSError) as e:  # the pipeline still works without entities
        log.warning("spaCy model %s not available (%s); continuing without NER", name, e)
        return None


def find_entities(doc: Doc) -> None:
    nlp = load_model(doc.lang)
    if nlp is None:
        return
    wanted = sorted({t.sent for t in doc.get("trigger")})
    wanted = [i for i in wanted if not doc.sents[i].ignored]
    if not wanted:
        return
    texts = [doc.text[doc.sents[i].start:doc.sents[i].end] for i in wanted]
    for i, sdoc in zip(wanted, nlp.pipe(texts, batch_size=32)):
        base = doc.sents[i].start
        for ent in sdoc.ents:
            label = _LABELS.get(ent.label_)
            if label:
                doc.add(Span("ent", base + ent.start_char, base + ent.end_char, label, sent=i))
