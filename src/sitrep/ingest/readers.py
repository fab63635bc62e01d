"""Paths to articles: files by format, folders recursively in sorted order, '-' for stdin.

Each input yields at least one item (an Article or a ReadError), so an input that gives
nothing is always reported. Exceptions never escape: a reader's BadInput and any
unexpected failure become a ReadError naming the input."""
from __future__ import annotations

import io
import os
import sys
from pathlib import Path
from typing import BinaryIO, Callable, Iterator, Optional, Union

from sitrep.ingest import detect as fmt
from sitrep.ingest.errors import BadInput, ReadError
from sitrep.ingest.feed import read_feed, read_feed_bytes
from sitrep.ingest.htmlpage import read_html, read_html_bytes
from sitrep.ingest.jsonl import read_jsonl, read_jsonl_stream
from sitrep.ingest.limits import MAX_CONTAINER_BYTES, human
from sitrep.ingest.telegram import read_telegram, read_telegram_bytes
from sitrep.ingest.text import read_text, read_text_bytes
from sitrep.model import Article

Item = Union[Article, ReadError]
STDIN = "-"

_FILE_READERS: dict[str, Callable[[Path], Iterator[Item]]] = {
    fmt.TEXT: read_text, fmt.HTML: read_html, fmt.FEED: read_feed,
    fmt.JSONL: read_jsonl, fmt.TELEGRAM: read_telegram,
}
_BYTES_READERS: dict[str, Callable[[bytes, str], Iterator[Item]]] = {
    fmt.TEXT: read_text_bytes, fmt.HTML: read_html_bytes, fmt.FEED: read_feed_bytes,
    fmt.JSONL: lambda data, name: read_jsonl_stream(io.BufferedReader(io.BytesIO(data)), name),
    fmt.TELEGRAM: read_telegram_bytes,
}


def _guarded(name: str, items: Iterator[Item]) -> Iterator[Item]:
    try:
        yield from items
    except BadInput as e:
        yield ReadError(name, str(e))
    except Exception as e:  # a reader bug or a library choking: report the input, keep going
        yield ReadError(name, f"unexpected error: {type(e).__name__}: {e}")


def _head(path: Path) -> bytes:
    try:
        with path.open("rb") as f:
            return f.read(8192)
    except OSError:
        return b""  # the reader reports the failure properly


def read_file(path: Path) -> Iterator[Item]:
    kind = fmt.detect(path, _head(path))
    return _guarded(str(path), _FILE_READERS[kind](path))


def _read_stdin(stream: Optional[BinaryIO] = None) -> Iterator[Item]:
    stream = stream or sys.stdin.buffer
    data = stream.read(MAX_CONTAINER_BYTES + 1)
    if len(data) > MAX_CONTAINER_BYTES:
        yield ReadError("<stdin>", f"input too large (over {human(MAX_CONTAINER_BYTES)})")
        return
    kind = fmt.sniff(data[:8192])
    yield from _guarded("<stdin>", _BYTES_READERS[kind](data, "<stdin>"))


def _folder_files(folder: Path) -> Iterator[Path]:
    """Files to read under a folder, sorted; a folder holding result.json is one Telegram export."""
    for root, dirs, files in os.walk(folder):
        here = Path(root)
        if "result.json" in files:
            dirs[:] = []  # the export's media folders hold no text
            yield here / "result.json"
            continue
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            p = here / name
            if name.startswith(".") or name.endswith(".gold.json") or p.suffix.lower() in fmt.SKIP_IN_FOLDERS:
                continue  # hidden files, evaluation gold beside its article, media
            yield p


def read_folder(folder: Path) -> Iterator[Item]:
    any_item = False
    for path in _folder_files(folder):
        for item in read_file(path):
            any_item = True
            yield item
    if not any_item:
        yield ReadError(str(folder), "no readable files in folder")


def read_path(name: Union[str, Path]) -> Iterator[Item]:
    if str(name) == STDIN:
        yield from _read_stdin()
        return
    path = Path(name)
    if path.is_dir():
        yield from read_folder(path)
    elif path.exists():
        yield from read_file(path)
    else:
        yield ReadError(str(path), "no such file or folder")

