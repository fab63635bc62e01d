"""Bad inputs become one-line ReadErrors naming the input, never exceptions."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from sitrep.ingest import ReadError, read_inputs
from sitrep.ingest.limits import MAX_ARTICLE_CHARS, MAX_JSONL_LINE_BYTES
from sitrep.model import Article

FIX = Path(__file__).parent / "fixtures" / "io"


def items(*paths) -> list:
    return list(read_inputs([str(p) for p in paths]))


def only_error(path: Path) -> ReadError:
    [item] = items(path)
    assert isinstance(item, ReadError), item
    text = str(item)
    assert str(path) in text and "\n" not in text
    return item


@pytest.mark.parametrize("name", ["empty.txt", "empty.html", "empty.rss", "empty.jsonl", "empty.json", "empty.bin"])
def test_empty_files(tmp_path, name):
    p = tmp_path / name
    p.write_bytes(b"")
    only_error(p)


def test_whitespace_only_text(tmp_path):
    p = tmp_path / "blank.txt"
    p.write_bytes(b"  \r\n\t\n")
    assert "empty" in only_error(p).message


def test_binary_with_nul_bytes(tmp_path):
    p = tmp_path / "image.txt"
    p.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 40)
    assert "binary" in only_error(p).message


def test_mostly_control_characters_is_binary(tmp_path):
    p = tmp_path / "blob.dat"
    p.write_bytes(bytes([1, 2, 3, 4, 5, 6, 7, 8, 14, 15, 16]) * 500 + b"some words")
    assert "binary" in only_error(p).message


def test_binary_jsonl(tmp_path):
    p = tmp_path / "x.jsonl"
    p.write_bytes(b'{"text": "a"}\n\x00\x00\x00\x00')
    assert "binary" in only_error(p).message


def test_undecodable_bytes(tmp_path):
    p = tmp_path / "mystery.txt"
    p.write_bytes(b"abc " + bytes(range(0x80, 0x100)) * 20)
    assert "UTF-8" in only_error(p).message


def test_shift_jis_is_refused_not_mojibake(tmp_path):
    p = tmp_path / "jp.txt"
    p.write_bytes("日本語のニュース記事のテキストです。".encode("shift_jis"))
    only_error(p)


@pytest.mark.parametrize("text,encoding", [
    ("Le général a été blessé à l'aube, près du pont.", "cp1252"),
    ("قالت مصادر محلية إن «طائرة» مسيرة، استهدفت مستودعاً قرب المدينة.", "cp1256"),
    ("Rapport: tirs d'artillerie à l'est.\nDeuxième ligne.", "utf-16"),
    ("تقرير عن قصف مدفعي.\n", "utf-16"),
])
def test_legacy_and_utf16_encodings_are_decoded(tmp_path, text, encoding):
    p = tmp_path / "legacy.txt"
    p.write_bytes(text.encode(encoding))  # Python's utf-16 writes a BOM
    [a] = items(p)
    assert isinstance(a, Article) and a.text == text


def test_fifty_megabyte_file_is_refused_without_reading_it(tmp_path):
    p = tmp_path / "huge.txt"
    with p.open("wb") as f:
        chunk = b"All quiet on the front today. " * 34953  # about 1 MB
        for _ in range(50):
            f.write(chunk)
    assert p.stat().st_size > 50_000_000
    assert "too large" in only_error(p).message
    html = tmp_path / "huge.html"
    html.symlink_to(p)
    assert "too large" in only_error(html).message


def test_overlong_jsonl_line_and_text_are_skipped_and_the_rest_read(tmp_path):
    p = tmp_path / "big.jsonl"
    with p.open("w", encoding="utf-8") as f:
        f.write(json.dumps({"id": "ok1", "text": "first"}) + "\n")
        f.write(json.dumps({"id": "long", "text": "x" * (MAX_ARTICLE_CHARS + 1)}) + "\n")
        f.write(json.dumps({"id": "huge", "text": "y" * (MAX_JSONL_LINE_BYTES + 10)}) + "\n")
        f.write(json.dumps({"id": "ok2", "text": "last"}) + "\n")
    got = items(p)
    assert [i.id for i in got if isinstance(i, Article)] == ["ok1", "ok2"]
    errors = [i for i in got if isinstance(i, ReadError)]
    assert [e.line for e in errors] == [2, 3]
    assert "too long" in errors[0].message and "longer than" in errors[1].message


@pytest.mark.parametrize("line,reason", [
    ('{"text": "x"', "invalid JSON"),
    ('["text", "x"]', "not a JSON object"),
    ('{"text": ""}', "text"),
    ('{"text": 42}', "text"),
    ('{"text": "x", "published": "5 Jan"}', "published"),
    ('{"text": "x", "id": {"a": 1}}', "id"),
    ('{"text": "x", "source": 3}', "source"),
])
def test_bad_jsonl_lines(tmp_path, line, reason):
    p = tmp_path / "bad.jsonl"
    p.write_text('{"text": "good one"}\n' + line + '\n{"text": "good two"}\n', encoding="utf-8")
    got = items(p)
    assert [i.text for i in got if isinstance(i, Article)] == ["good one", "good two"]
    [err] = [i for i in got if isinstance(i, ReadError)]
    assert err.line == 2 and reason in err.message


def test_non_utf8_jsonl_line(tmp_path):
    p = tmp_path / "mixed.jsonl"
    p.write_bytes(b'{"text": "fine"}\n{"text": "caf\xe9"}\n')
    got = items(p)
    assert isinstance(got[0], Article) and isinstance(got[1], ReadError) and got[1].line == 2


@pytest.mark.parametrize("content,reason", [
    ('{"name": "X", "messages": [', "invalid JSON"),
    ('{"name": "X"}', "not a Telegram export"),
    ('[1, 2, 3]', "not a Telegram export"),
    ('{"name": "X", "messages": [{"id": 1, "type": "message", "text": ""}]}', "no text messages"),
])
def test_bad_telegram_exports(tmp_path, content, reason):
    p = tmp_path / "result.json"
    p.write_text(content, encoding="utf-8")
    assert reason in only_error(p).message


def test_telegram_odd_messages_are_skipped(tmp_path):
    export = {"name": "C", "id": 5, "messages": [
        "not a dict", {"id": 1, "type": "message", "text": {"weird": True}},
        {"id": 2, "type": "message", "text": ["ok ", 5, {"no_text": 1}, {"type": "bold", "text": "bold"}]},
    ]}
    p = tmp_path / "result.json"
    p.write_text(json.dumps(export), encoding="utf-8")
    [a] = items(p)
    assert a.text == "ok bold" and a.id == "C-2"


@pytest.mark.parametrize("content", [
    b"<rss><channel><item><title>unterminated",
    b"<?xml version='1.0'?><rss version='2.0'><channel><title>Empty</title></channel></rss>",
])
def test_bad_feeds(tmp_path, content):
    p = tmp_path / "feed.rss"
    p.write_bytes(content)
    got = items(p)
    # a truncated feed may still yield its readable entry; it must never raise
    assert got and all(isinstance(i, (Article, ReadError)) for i in got)
    if b"Empty" in content:
        assert "no entries" in only_error(p).message


@pytest.mark.parametrize("markup", [
    b"<html><body>" + b"<div>" * 20000 + b"deep text",
    b"<<<>>><html <body/// <p>text after junk",
    b"<html><body></body></html>",
    b"<html>\xff\xfe\xfa broken bytes</html>",
])
def test_hostile_html_never_raises(tmp_path, markup):
    p = tmp_path / "page.html"
    p.write_bytes(markup)
    got = items(p)
    assert len(got) == 1 and isinstance(got[0], (Article, ReadError))


def test_missing_and_unreadable(tmp_path):
    missing = tmp_path / "nope.txt"
    assert "no such file" in only_error(missing).message


def test_mixed_good_and_bad_inputs_keep_order(tmp_path):
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"")
    got = items(FIX / "report_en.txt", bad, FIX / "feed.atom")
    assert [type(i).__name__ for i in got] == ["Article", "ReadError", "Article"]
    assert [i.id for i in got if isinstance(i, Article)] == ["a1", "a2"]
