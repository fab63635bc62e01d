"""RSS and Atom feeds: one article per entry, markup stripped from the entry's body."""
from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any, Iterator, Optional, Union

from sitrep.ingest.decode import normalise_newlines
from sitrep.ingest.errors import BadInput, ReadError
from sitrep.ingest.files import read_bytes
from sitrep.ingest.htmltext import html_to_text
from sitrep.ingest.limits import MAX_ARTICLE_CHARS, MAX_CONTAINER_BYTES
from sitrep.model import Article


def _entry_date(entry: Any) -> Optional[date]:
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        t = entry.get(key)
        if t:
            try:
                return date(t.tm_year, t.tm_mon, t.tm_mday)
            except (ValueError, AttributeError):
                continue
    return None


def _entry_body(entry: Any) -> str:
    """The fullest body the entry has: content:encoded / Atom content, else the summary."""
    for content in entry.get("content") or []:
        value = content.get("value") or ""
        if value.strip():
            return html_to_text(value)
    return html_to_text(entry.get("summary") or "")


def read_feed_bytes(data: bytes, path: str) -> Iterator[Union[Article, ReadError]]:
    import feedparser  # only when a feed is read

    parsed = feedparser.parse(data)
    entries = parsed.get("entries") or []
    if not entries:
        if parsed.get("bozo"):
            raise BadInput(f"not a readable RSS/Atom feed ({parsed.get('bozo_exception')})")
        raise BadInput("feed has no entries")
    feed_title = html_to_text(parsed.get("feed", {}).get("title") or "") or None
    for i, entry in enumerate(entries, 1):
        title = html_to_text(entry.get("title") or "") or None
        # a headline-only entry still reports something: its title is then its text
        text = normalise_newlines(_entry_body(entry) or title or "")
        if not text.strip():
            yield ReadError(path, f"feed entry {i} has no text")
            continue
        if len(text) > MAX_ARTICLE_CHARS:
            yield ReadError(path, f"feed entry {i} too long ({len(text)} characters; limit {MAX_ARTICLE_CHARS})")
            continue
        yield Article(text=text, id="", path=path, title=title, source=feed_title,
                      url=entry.get("link") or None, published=_entry_date(entry))


def read_feed(path: Path) -> Iterator[Union[Article, ReadError]]:
    yield from read_feed_bytes(read_bytes(path, MAX_CONTAINER_BYTES), str(path))
