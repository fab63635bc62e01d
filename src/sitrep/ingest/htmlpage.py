"""HTML pages: trafilatura's main text and metadata, lxml's visible text when trafilatura finds none."""
from __future__ import annotations

import logging
import re
from pathlib import Path
from typing import Iterator, Optional

from sitrep.ingest.decode import control_ratio, decode_bytes, looks_binary, normalise_newlines
from sitrep.ingest.errors import BadInput
from sitrep.ingest.files import read_bytes
from sitrep.ingest.htmltext import html_to_text
from sitrep.ingest.limits import MAX_ARTICLE_CHARS, MAX_DOCUMENT_BYTES
from sitrep.model import Article, parse_date

log = logging.getLogger(__name__)
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9_\-]+)""", re.I)


def _declared_charset(data: bytes) -> Optional[str]:
    m = _META_CHARSET.search(data[:4096])
    return m.group(1).decode("ascii") if m else None


def decode_html(data: bytes) -> str:
    """Bytes that are valid UTF-8 (or carry a BOM) are read as such whatever the page declares,
    since pages often declare latin-1 and send UTF-8. Otherwise a declared <meta charset>
    that decodes cleanly wins over guessing."""
    charset = _declared_charset(data)
    if charset and not looks_binary(data) and not data.startswith((b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")):
        try:
            data.decode("utf-8")
        except UnicodeDecodeError:
            try:
                text = data.decode(charset)
            except (LookupError, UnicodeDecodeError):
                pass
            else:
                if text.strip() and control_ratio(text) <= 0.01:
                    return normalise_newlines(text)
    return decode_bytes(data)


def _trafilatura(markup: str) -> tuple[str, Optional[str], Optional[str], Optional[str]]:
    """(text, title, date, url) from trafilatura; empty text when it finds no article."""
    import trafilatura  # slow import: only when there is HTML to read

    try:
        doc = trafilatura.bare_extraction(
            markup, with_metadata=True, include_comments=False, include_tables=True,
            # only dates the page states, not guesses from its body
            date_extraction_params={"extensive_search": False, "original_date": True},
        )
    except Exception as e:  # trafilatura on hostile markup: fall back rather than fail the file
        log.debug("trafilatura failed: %s", e)
        return "", None, None, None
    if doc is None:
        return "", None, None, None
    return (doc.text or ""), doc.title, doc.date, doc.url


def article_from_html(markup: str, path: str) -> Article:
    text, title, when, url = _trafilatura(markup)
    if not text.strip():
        text = html_to_text(markup)
    text = normalise_newlines(text)
    if not text.strip():
        raise BadInput("no text found in HTML")
    if len(text) > MAX_ARTICLE_CHARS:
        raise BadInput(f"article text too long ({len(text)} characters; limit {MAX_ARTICLE_CHARS})")
    return Article(text=text, id="", path=path, title=title or None, url=url or None, published=parse_date(when))


def read_html_bytes(data: bytes, path: str) -> Iterator[Article]:
    yield article_from_html(decode_html(data), path)


def read_html(path: Path) -> Iterator[Article]:
    yield from read_html_bytes(read_bytes(path, MAX_DOCUMENT_BYTES), str(path))
