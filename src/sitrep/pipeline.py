"""Placeholder: replaced by the component pipeline (lead is writing it)."""
from __future__ import annotations

from sitrep.model import Article, Result


def process_article(article: Article) -> Result:
    """Run the language pipeline over one article; returns its events and statistics (ids unnumbered)."""
    return Result(articles=[article])
