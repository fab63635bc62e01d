"""Bytes to text: recognise encodings, refuse binary, normalise newlines and nothing else.

Order: BOMs (UTF-8, UTF-16, UTF-32), strict UTF-8, then the legacy code pages news
sites still use (cp1256 for Arabic, cp1252 for French/English), accepted only when the
result looks like prose. Anything else is an error rather than mojibake, because
evidence offsets point into the decoded text.
"""
from __future__ import annotations

import codecs
import re
import unicodedata

from sitrep.ingest.errors import BadInput

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"), (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_SNIFF = 64 * 1024
_ALLOWED_CONTROLS = set("\t\n\r\f\v")


def normalise_newlines(text: str) -> str:
    """CRLF and lone CR to LF; strip a leading BOM. The only changes sitrep makes to text."""
    if text.startswith("\ufeff"):
        text = text[1:]
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text


def control_ratio(text: str) -> float:
    """Share of characters that no prose contains (C0 controls, unassigned, replacement char)."""
    sample = text[:_SNIFF]
    if not sample:
        return 0.0
    bad = sum(1 for ch in sample
              if (ch < " " and ch not in _ALLOWED_CONTROLS) or ch == "\ufffd" or unicodedata.category(ch) == "Cn")
    return bad / len(sample)


def looks_binary(data: bytes) -> bool:
    """NUL bytes mean binary unless a UTF-16/32 BOM explains them."""
    head = data[:_SNIFF]
    if any(head.startswith(bom) for bom, enc in _BOMS if enc.startswith("utf-16") or enc.startswith("utf-32")):
        return False
    return b"\x00" in head


_ARABIC = re.compile(r"[\u0600-\u06ff]")


def _legacy(data: bytes) -> str | None:
    """cp1256 when the high bytes read as Arabic letters, cp1252 when they read as sparse Latin accents."""
    high = [b for b in data if b >= 0x80]
    if not high:
        return None
    as_arabic = data.decode("cp1256", errors="strict")  # cp1256 defines every byte
    non_ascii = [ch for ch in as_arabic if ord(ch) >= 0x80]
    if sum(1 for ch in non_ascii if _ARABIC.match(ch)) > 0.8 * len(non_ascii):
        return as_arabic
    try:
        as_latin = data.decode("cp1252", errors="strict")
    except UnicodeDecodeError:
        return None
    # Latin prose has accents here and there; long runs of them are another script mis-decoded.
    letters = [ch for ch in as_latin if ch.isalpha()]
    accented = [ch for ch in letters if ord(ch) >= 0x80]
    if letters and len(accented) <= 0.3 * len(letters) and not re.search(r"[\u0080-\u00ff]{4,}", as_latin):
        return as_latin
    return None


def decode_bytes(data: bytes) -> str:
    """Decode a whole document; raise BadInput with a one-line reason when it is not text."""
    if not data.strip():
        raise BadInput("empty file")
    if looks_binary(data):
        raise BadInput("binary file (NUL bytes), not text")
    text: str | None = None
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                text = data[len(bom):].decode(encoding)
            except UnicodeDecodeError as e:
                raise BadInput(f"invalid {encoding} after byte-order mark at byte {e.start}") from None
            break
    if text is None:
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            text = _legacy(data)
            if text is None:
                raise BadInput("not UTF-8, UTF-16 or a recognisable cp1252/cp1256 text") from None
    if control_ratio(text) > 0.01:
        raise BadInput("binary file (control characters), not text")
    text = normalise_newlines(text)
    if not text.strip():
        raise BadInput("empty file")
    return text
