"""Named entities from a spaCy pipeline, run lazily: only on a sentence where the places component
has a weak gazetteer match to check (the cascade: most sentences never meet the model).

PER spans veto capitalised words that only look like places ("Biden", "Saree"). Languages without
a pipeline installed (Arabic has none) get no entities."""
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


def sentence_entities(doc: Doc, i: int) -> list[Span]:
    """Entities of sentence i, running the model on it the first time they are asked for."""
    done = doc.spans.setdefault("_ner_done", [])
    if not any(sp.sent == i for sp in done):
        done.append(Span("_ner_done", 0, 0, sent=i))
        nlp = load_model(doc.lang)
        if nlp is not None:
            base = doc.sents[i].start
            for ent in nlp(doc.text[base:doc.sents[i].end]).ents:
                label = _LABELS.get(ent.label_)
                if label:
                    doc.add(Span("ent", base + ent.start_char, base + ent.end_char, label, sent=i))
    return doc.get("ent", i)
