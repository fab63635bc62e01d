"""JSONL (SPEC section 5): one article per line, only "text" required.

Streamed line by line with a bounded line length, so the file itself has no size limit;
a bad line becomes a ReadError with its line number and reading goes on."""
from __future__ import annotations

import json
from pathlib import Path
from typing import BinaryIO, Iterator, Optional, Union

from sitrep.ingest.decode import looks_binary, normalise_newlines
from sitrep.ingest.errors import BadInput, ReadError
from sitrep.ingest.limits import MAX_ARTICLE_CHARS, MAX_JSONL_LINE_BYTES, human
from sitrep.model import Article, parse_date

_STRING_FIELDS = ("source", "title", "url", "language")


def _lines(stream: BinaryIO, limit: int) -> Iterator[tuple[int, Optional[bytes]]]:
    """(line number, bytes) pairs; None for a line over the limit, which is skipped unread."""
    number = 0
    while True:
        line = stream.readline(limit + 1)
        if not line:
            return
        number += 1
        if len(line) > limit and not line.endswith(b"\n"):
            while True:  # discard the rest of the overlong line
                rest = stream.readline(limit)
                if not rest or rest.endswith(b"\n"):
                    break
            yield number, None
        else:
            yield number, line


def _optional_str(obj: dict, key: str) -> Optional[str]:
    value = obj.get(key)
    if value is None or value == "":
        return None
    if not isinstance(value, str):
        raise ValueError(f'"{key}" must be a string')
    return value


def parse_line(raw: bytes, path: str) -> Article:
    """One line to an Article; ValueError with the reason when the line is bad."""
    try:
        obj = json.loads(raw.decode("utf-8-sig"))
    except UnicodeDecodeError:
        raise ValueError("not UTF-8") from None
    except json.JSONDecodeError as e:
        raise ValueError(f"invalid JSON ({e.msg} at column {e.colno})") from None
    if not isinstance(obj, dict):
        raise ValueError("not a JSON object")
    text = obj.get("text")
    if not isinstance(text, str) or not text.strip():
        raise ValueError('missing or empty "text"')
    if len(text) > MAX_ARTICLE_CHARS:
        raise ValueError(f"text too long ({len(text)} characters; limit {MAX_ARTICLE_CHARS})")
    given_id = obj.get("id")
    if given_id is not None and (isinstance(given_id, bool) or not isinstance(given_id, (str, int))):
        raise ValueError('"id" must be a string or an integer')
    published = None
    if obj.get("published") not in (None, ""):
        published = parse_date(obj["published"]) if isinstance(obj["published"], str) else None
        if published is None:
            raise ValueError(f'bad "published" date {obj["published"]!r} (want YYYY-MM-DD)')
    fields = {key: _optional_str(obj, key) for key in _STRING_FIELDS}
    return Article(text=normalise_newlines(text), id=str(given_id).strip() if given_id is not None else "",
                   path=path, published=published, **fields)


def read_jsonl_stream(stream: BinaryIO, path: str) -> Iterator[Union[Article, ReadError]]:
    head = stream.peek(64 * 1024)[:64 * 1024] if hasattr(stream, "peek") else b""
    if head and looks_binary(head):
        raise BadInput("binary file (NUL bytes), not JSONL")
    seen_content = False
    for number, raw in _lines(stream, MAX_JSONL_LINE_BYTES):
        if raw is None:
            seen_content = True
            yield ReadError(path, f"line longer than {human(MAX_JSONL_LINE_BYTES)}, skipped", line=number)
            continue
        if not raw.strip() or raw.strip() == b"\xef\xbb\xbf":
            continue
        seen_content = True
        try:
            yield parse_line(raw, path)
        except ValueError as e:
            yield ReadError(path, f"bad JSONL line: {e}", line=number)
    if not seen_content:
        raise BadInput("empty file")


def read_jsonl(path: Path) -> Iterator[Union[Article, ReadError]]:
    try:
        stream = path.open("rb")
    except OSError as e:
        raise BadInput(f"cannot read: {e.strerror or e}") from None
    with stream:
        yield from read_jsonl_stream(stream, str(path))
