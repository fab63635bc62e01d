"""Run the extraction in-process on each gold document and score it."""
from __future__ import annotations

import sys
from typing import Any, Callable, Iterable

from sitrep.evaluate import DocScore, score_doc
from sitrep.evaluation.gold import KEEP, GoldDoc
from sitrep.model import Article

Extractor = Callable[[Article], dict]  # an article in, a SPEC section 1 document out


def pipeline_extractor(article: Article) -> dict:
    """What `sitrep extract` would print for this one article."""
    from sitrep.pipeline import process_article  # late: loading the pipeline loads the models

    result = process_article(article)
    result.renumber()
    return result.to_dict()


def evaluate_doc(doc: GoldDoc, extractor: Extractor = pipeline_extractor, published: Any = KEEP) -> DocScore:
    """Score one document. A crash scores as nothing found, as in score.py, and is counted as failed."""
    failed, error = False, None
    try:
        pred = extractor(doc.article(published))
    except Exception as e:  # noqa: BLE001 - one broken article must not stop the evaluation
        failed, error = True, f"{type(e).__name__}: {e}"
        pred = {"events": [], "statistics": []}
        print(f"  {doc.name}: extraction failed: {error}", file=sys.stderr)
    return score_doc(pred, doc.as_gold(), name=doc.name, language=doc.language,
                     failed=failed, error=error, text=doc.text)


def evaluate_docs(docs: Iterable[GoldDoc], extractor: Extractor = pipeline_extractor,
                  published: Any = KEEP) -> list[DocScore]:
    return [evaluate_doc(d, extractor, published) for d in docs]
