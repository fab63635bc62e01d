"""Readers: files, folders and streams in, Articles (or ReadErrors) out.

    >>> from sitrep.ingest import read_inputs
    >>> for item in read_inputs(["reports/"], published=date(2024, 1, 5)):
    ...     print(item)   # an Article, or a ReadError naming the bad input

Formats, chosen by extension and, when that says nothing, by the first bytes:
plain text (.txt, .md, anything that decodes as text), HTML (.html, .htm: trafilatura's
main text, title, date and url; lxml's visible text when trafilatura finds none),
RSS/Atom (.rss, .atom, .xml: one article per entry), JSONL (.jsonl, .ndjson: one
article per line, SPEC section 5), Telegram Desktop exports (result.json, or a folder
holding one: one article per non-empty message), folders (recursed in sorted order;
hidden files, *.gold.json and media are skipped) and "-" for standard input.

Article ids: the id the input gives (JSONL "id"; Telegram "<channel>-<message id>"),
otherwise "a<n>" where n is the article's position among all articles of the call
(a1, a2, ...). An id already used in the call gets a "-2", "-3", ... suffix, so ids
are unique and events can point at them.

`published` and `source` given by the caller (the CLI's --published/--source) fill in
what the input lacks and never override what it states: a JSONL line's "published",
a page's date, a feed entry's date or a Telegram message date win. Plain text files
state nothing, so for them the caller's values always apply.

Limits (sitrep.ingest.limits): a text or HTML file over 20 MB, a feed or Telegram
export over 200 MB, a JSONL line over 8 MB or any article text over 1,000,000
characters is refused with a ReadError. Text is decoded (UTF-8, UTF-8/16/32 with BOM,
then cp1256/cp1252 only when that reads as prose) and normalised only by turning
CRLF/CR into LF and dropping a BOM, because evidence offsets point into it.
"""
from __future__ import annotations

import logging
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Iterable, Iterator, Optional, Union

from sitrep.ingest.errors import ReadError
from sitrep.ingest.readers import read_path
from sitrep.model import Article, parse_date

__all__ = ["ReadError", "read_inputs"]
log = logging.getLogger(__name__)


def read_inputs(paths: Iterable[Union[str, Path]], *, published: Union[date, str, None] = None,
                source: Optional[str] = None) -> Iterator[Union[Article, ReadError]]:
    """Articles from every input in order, with unique ids; bad inputs as ReadError items."""
    default_published = parse_date(published)
    count = 0
    used: set[str] = set()
    for name in paths:
        for item in read_path(name):
            if isinstance(item, ReadError):
                yield item
                continue
            count += 1
            article_id = _unique(item.id or f"a{count}", used)
            yield replace(item, id=article_id,
                          published=item.published or default_published,
                          source=item.source or source)


def _unique(article_id: str, used: set[str]) -> str:
    candidate, n = article_id, 1
    while candidate in used:
        n += 1
        candidate = f"{article_id}-{n}"
    if candidate != article_id:
        log.warning("article id %r already used in this run; renamed %r", article_id, candidate)
    used.add(candidate)
    return candidate
