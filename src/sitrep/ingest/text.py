"""Plain text: the whole file is one article, its text exactly as decoded."""
from __future__ import annotations

from pathlib import Path
from typing import Iterator

from sitrep.ingest.decode import decode_bytes
from sitrep.ingest.files import read_bytes
from sitrep.ingest.limits import MAX_DOCUMENT_BYTES
from sitrep.model import Article


def read_text_bytes(data: bytes, path: str) -> Iterator[Article]:
    yield Article(text=decode_bytes(data), id="", path=path)


def read_text(path: Path) -> Iterator[Article]:
    yield from read_text_bytes(read_bytes(path, MAX_DOCUMENT_BYTES), str(path))
