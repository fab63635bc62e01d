"""Which reader a file needs: by extension first, by its first bytes when the extension says nothing."""
from __future__ import annotations

import json
from pathlib import Path

TEXT, HTML, FEED, JSONL, TELEGRAM = "text", "html", "feed", "jsonl", "telegram"

_BY_SUFFIX = {
    ".txt": TEXT, ".text": TEXT, ".md": TEXT,
    ".html": HTML, ".htm": HTML, ".xhtml": HTML, ".shtml": HTML,
    ".rss": FEED, ".atom": FEED, ".xml": FEED,
    ".jsonl": JSONL, ".ndjson": JSONL,
    ".json": TELEGRAM,
}
# Never articles: skipped quietly when met inside a folder (given by name they are still tried).
SKIP_IN_FOLDERS = {
    ".jpg", ".jpeg", ".png", ".gif", ".webp", ".svg", ".ico", ".bmp", ".tif", ".tiff",
    ".mp4", ".mov", ".webm", ".mp3", ".ogg", ".oga", ".wav", ".m4a",
    ".pdf", ".zip", ".gz", ".tgz", ".bz2", ".xz", ".7z", ".tar", ".rar",
    ".doc", ".docx", ".xls", ".xlsx", ".ppt", ".pptx", ".odt",
    ".db", ".sqlite", ".pyc", ".so", ".exe", ".bin", ".css", ".js",
}


def sniff(head: bytes) -> str:
    """Guess the format from the first few KB."""
    start = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    low = start[:4096].lower()
    if low.startswith(b"<?xml") or low.startswith(b"<rss") or low.startswith(b"<feed"):
        if b"<rss" in low or b"<feed" in low or b"<rdf:rdf" in low:
            return FEED
        return HTML if b"<html" in low else TEXT
    if low.startswith(b"<!doctype html") or low.startswith(b"<html") or b"<html" in low[:1024] or b"<body" in low[:1024]:
        return HTML
    if start.startswith(b"{"):
        first = start.split(b"\n", 1)[0]
        try:
            json.loads(first)
            return JSONL
        except ValueError:
            return TELEGRAM  # a JSON object spread over lines
    return TEXT


def detect(path: Path, head: bytes) -> str:
    kind = _BY_SUFFIX.get(path.suffix.lower())
    if kind == FEED and sniff(head) == HTML:  # .xml that is really XHTML
        return HTML
    return kind or sniff(head)
