"""Telegram Desktop exports (result.json): one article per non-empty text message.

A channel export has top-level "name", "id" and "messages"; a full-account export has
"chats": {"list": [...]} of those. A message's "text" is a string or a list of strings
and entity dicts ({"type": "bold", "text": "..."}), joined in order."""
from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any, Iterator, Union

from sitrep.ingest.decode import normalise_newlines
from sitrep.ingest.errors import BadInput, ReadError
from sitrep.ingest.files import read_bytes
from sitrep.ingest.limits import MAX_ARTICLE_CHARS, MAX_CONTAINER_BYTES
from sitrep.model import Article, parse_date

_NOT_WORD = re.compile(r"[^\w]+")


def message_text(value: Any) -> str:
    if isinstance(value, str):
        return value
    if isinstance(value, list):
        parts = []
        for part in value:
            if isinstance(part, str):
                parts.append(part)
            elif isinstance(part, dict) and isinstance(part.get("text"), str):
                parts.append(part["text"])
        return "".join(parts)
    return ""


def channel_slug(chat: dict) -> str:
    """The channel part of article ids: its name with runs of non-word characters as '-'."""
    name = chat.get("name") if isinstance(chat.get("name"), str) else ""
    return _NOT_WORD.sub("-", name).strip("-") or f"chat{chat.get('id', '')}"


def _chats(export: Any) -> list[dict]:
    if isinstance(export, dict) and isinstance(export.get("messages"), list):
        return [export]
    chats = export.get("chats") if isinstance(export, dict) else None
    if isinstance(chats, dict) and isinstance(chats.get("list"), list):
        return [c for c in chats["list"] if isinstance(c, dict) and isinstance(c.get("messages"), list)]
    raise BadInput('not a Telegram export (no "messages" list)')


def read_telegram_bytes(data: bytes, path: str) -> Iterator[Union[Article, ReadError]]:
    if not data.strip():
        raise BadInput("empty file")
    try:
        export = json.loads(data.decode("utf-8-sig"))
    except UnicodeDecodeError:
        raise BadInput("Telegram export is not UTF-8") from None
    except json.JSONDecodeError as e:
        raise BadInput(f"invalid JSON ({e.msg} at line {e.lineno} column {e.colno})") from None
    found = 0
    for chat in _chats(export):
        slug = channel_slug(chat)
        name = chat.get("name") if isinstance(chat.get("name"), str) and chat.get("name") else None
        for message in chat["messages"]:
            if not isinstance(message, dict) or message.get("type", "message") != "message":
                continue  # service messages (joins, pins) carry no report
            text = normalise_newlines(message_text(message.get("text")))
            if not text.strip():
                continue  # photos or stickers without caption
            msg_id = message.get("id")
            if len(text) > MAX_ARTICLE_CHARS:
                yield ReadError(path, f"message {msg_id} too long ({len(text)} characters)")
                continue
            found += 1
            yield Article(text=text, id=f"{slug}-{msg_id}" if msg_id is not None else "", path=path,
                          source=name, published=parse_date(message.get("date")))
    if not found:
        raise BadInput("Telegram export has no text messages")


def read_telegram(path: Path) -> Iterator[Union[Article, ReadError]]:
    yield from read_telegram_bytes(read_bytes(path, MAX_CONTAINER_BYTES), str(path))
