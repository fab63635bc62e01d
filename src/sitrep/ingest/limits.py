"""Size limits. Files read whole are capped by size; streamed formats cap each article instead."""
from __future__ import annotations

MB = 1024 * 1024

# A single article read whole from a plain-text or HTML file.
MAX_DOCUMENT_BYTES = 20 * MB
# Feeds and Telegram exports are parsed whole but hold many articles.
MAX_CONTAINER_BYTES = 200 * MB
# JSONL is streamed line by line; one line may carry escapes, so it gets headroom over the text cap.
MAX_JSONL_LINE_BYTES = 8 * MB
# Any one article's text, whatever the format.
MAX_ARTICLE_CHARS = 1_000_000


def human(n: int) -> str:
    return f"{n / MB:.1f} MB"
