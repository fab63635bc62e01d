"""sitrep: news reports on armed conflict in, structured geocoded events out.

    >>> import sitrep
    >>> result = sitrep.extract("Le 2 janvier, des drones ont frappé la base d'Aïn al-Assad.", published="2024-01-05")
    >>> [e.location.name for e in result.events]
"""
from __future__ import annotations

from datetime import date
from typing import Iterable, Optional, Union

from sitrep.model import (  # noqa: F401  (the public types)
    Actor, Article, Attribution, Event, Evidence, Place, Result, Statistic, parse_date,
)

__version__ = "0.1.0"


def extract(text: str, published: Union[str, date, None] = None, *, source: Optional[str] = None,
            title: Optional[str] = None, url: Optional[str] = None, language: Optional[str] = None,
            article_id: str = "a1") -> Result:
    """Extract events and statistics from one article's text."""
    article = Article(text=text, id=article_id, title=title, source=source, url=url,
                      published=parse_date(published), language=language)
    return extract_articles([article])


def extract_articles(articles: Iterable[Article]) -> Result:
    """Run the pipeline over articles; ids of events and statistics are numbered over the whole batch."""
    from sitrep.pipeline import process_article

    result = Result()
    for article in articles:
        result.extend(process_article(article))
    result.renumber()
    return result
