"""Each reader on a small fixture, and the rules read_inputs applies across them."""
from __future__ import annotations

import io
import json
from datetime import date
from pathlib import Path

import pytest

from sitrep.ingest import ReadError, read_inputs
from sitrep.ingest.readers import _read_stdin
from sitrep.model import Article

FIX = Path(__file__).parent / "fixtures" / "io"


def read(*paths, **kw) -> tuple[list[Article], list[ReadError]]:
    items = list(read_inputs([str(p) for p in paths], **kw))
    return ([i for i in items if isinstance(i, Article)], [i for i in items if isinstance(i, ReadError)])


def test_plain_text_is_the_file_text_exactly():
    articles, errors = read(FIX / "report_en.txt")
    assert errors == []
    [a] = articles
    assert a.text == (FIX / "report_en.txt").read_text(encoding="utf-8")
    assert a.id == "a1" and a.path == str(FIX / "report_en.txt")
    assert a.title is None and a.published is None


def test_crlf_and_bom_are_the_only_normalisation(tmp_path):
    p = tmp_path / "r.txt"
    p.write_bytes(b"\xef\xbb\xbfLine one\r\nLine two\rLine  three\t \n")
    [a], _ = read(p)
    assert a.text == "Line one\nLine two\nLine  three\t \n"


def test_unknown_extension_sniffed_as_text(tmp_path):
    p = tmp_path / "dispatch.note"
    p.write_text("Patrol ambushed near the ford on Friday.", encoding="utf-8")
    [a], errors = read(p)
    assert not errors and a.text.startswith("Patrol")


def test_html_main_text_title_date_url():
    [a], errors = read(FIX / "report_fr.html")
    assert not errors
    assert "Plusieurs roquettes sont tombées samedi matin" in a.text
    assert "window.tracking" not in a.text and "font-family" not in a.text
    assert "Accueil" not in a.text  # navigation is not the article
    assert a.title and "Tirs de roquettes" in a.title
    assert a.published == date(2024, 2, 10)
    assert a.url == "https://example.org/monde/tirs-roquettes-base"


def test_html_without_main_text_falls_back_to_visible_text(tmp_path):
    p = tmp_path / "tiny.html"
    p.write_text("<html><body><script>x=1</script><span>Gunfire at dawn.</span></body></html>", encoding="utf-8")
    [a], errors = read(p)
    assert not errors
    assert "Gunfire at dawn." in a.text and "x=1" not in a.text


def test_html_declared_legacy_charset(tmp_path):
    p = tmp_path / "old.htm"
    body = "<html><head><meta charset='windows-1252'></head><body><p>Le général a été évacué.</p></body></html>"
    p.write_bytes(body.encode("cp1252"))
    [a], errors = read(p)
    assert not errors and "Le général a été évacué." in a.text


def test_broken_html_is_read_not_crashed():
    [a], errors = read(FIX / "broken.html")
    assert not errors
    assert "engin explosif" in a.text and "dernier paragraphe" in a.text


def test_rss_one_article_per_entry():
    articles, errors = read(FIX / "feed.rss")
    assert not errors and len(articles) == 2
    first, second = articles
    assert first.text == "Fighting broke out on Wednesday along the eastern road.\n\nTwo soldiers were wounded, a military source said."
    assert first.title == "Clashes reported on the eastern road"
    assert first.url == "https://wire.example.org/clashes-eastern-road"
    assert first.published == date(2024, 1, 3)
    assert first.source == "Fictional Wire"
    assert second.text == "Hundreds of teachers gathered outside the ministry to demand unpaid wages."
    assert [a.id for a in articles] == ["a1", "a2"]


def test_atom_entry():
    [a], errors = read(FIX / "feed.atom")
    assert not errors
    assert a.text == "La police a interpellé six personnes vendredi dans le quartier du port."
    assert a.published == date(2024, 3, 1) and a.source == "Bulletin imaginaire"
    assert a.url == "https://bulletin.example.org/arrestations-port"


def test_jsonl_keeps_ids_and_reports_bad_lines_with_numbers():
    articles, errors = read(FIX / "articles.jsonl")
    assert [a.id for a in articles] == ["wire-17", "a2", "wire-19"]
    first = articles[0]
    assert first.published == date(2024, 1, 7) and first.source == "Fictional Wire"
    assert first.title == "Shelling near village" and first.url == "https://wire.example.org/shelling"
    assert articles[2].text.startswith("قالت مصادر محلية")
    assert [e.line for e in errors] == [3, 6]
    assert all(str(FIX / "articles.jsonl") in str(e) for e in errors)
    assert str(errors[0]).startswith(f"{FIX / 'articles.jsonl'}:3: ")


def test_telegram_export_file_and_folder_agree():
    from_file, e1 = read(FIX / "telegram_export" / "result.json")
    from_folder, e2 = read(FIX / "telegram_export")
    assert not e1 and not e2
    assert [a.id for a in from_file] == ["Front-Line-Notes-2", "Front-Line-Notes-3"]
    assert [a.text for a in from_file] == [a.text for a in from_folder]
    update = from_file[1]
    assert update.text == ("Update: three drones were shot down near the river crossing, "
                           "according to local officials.")
    assert update.source == "Front Line Notes" and update.published == date(2024, 1, 3)


def test_telegram_full_account_export(tmp_path):
    export = {"chats": {"list": [
        {"name": "Alpha", "id": 1, "messages": [{"id": 7, "type": "message", "date": "2024-05-01T10:00:00", "text": "One."}]},
        {"name": "", "id": 22, "messages": [{"id": 8, "type": "message", "date": "2024-05-02T10:00:00", "text": "Two."}]},
    ]}}
    p = tmp_path / "result.json"
    p.write_text(json.dumps(export), encoding="utf-8")
    articles, errors = read(p)
    assert not errors
    assert [a.id for a in articles] == ["Alpha-7", "chat22-8"]


def test_folder_recurses_sorted_and_skips_gold_hidden_and_media(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / "a.txt").write_text("first report", encoding="utf-8")
    (tmp_path / "a.gold.json").write_text("{}", encoding="utf-8")
    (tmp_path / ".hidden.txt").write_text("hidden", encoding="utf-8")
    (tmp_path / "b" / "c.txt").write_text("third report", encoding="utf-8")
    (tmp_path / "b" / "pic.jpg").write_bytes(b"\xff\xd8\xff\x00binary")
    (tmp_path / "z.txt").write_text("second report", encoding="utf-8")
    articles, errors = read(tmp_path)
    assert not errors
    assert [a.text for a in articles] == ["first report", "second report", "third report"]
    assert [a.id for a in articles] == ["a1", "a2", "a3"]


def test_empty_folder_is_reported(tmp_path):
    articles, [err] = read(tmp_path)
    assert articles == [] and "no readable files" in str(err)


def test_ids_number_across_the_whole_call_and_stay_unique(tmp_path):
    (tmp_path / "x.txt").write_text("text one", encoding="utf-8")
    lines = tmp_path / "y.jsonl"
    lines.write_text('{"id": "a1", "text": "given a1"}\n{"text": "no id"}\n', encoding="utf-8")
    articles, _ = read(tmp_path / "x.txt", lines)
    assert [a.id for a in articles] == ["a1", "a1-2", "a3"]


def test_cli_values_fill_in_but_never_override(tmp_path):
    lines = tmp_path / "y.jsonl"
    lines.write_text('{"text": "dated", "published": "2023-12-31", "source": "Given"}\n{"text": "undated"}\n',
                     encoding="utf-8")
    (tmp_path / "z.txt").write_text("plain", encoding="utf-8")
    articles, _ = read(lines, tmp_path / "z.txt", published=date(2024, 1, 5), source="Cli")
    assert [(a.published, a.source) for a in articles] == [
        (date(2023, 12, 31), "Given"), (date(2024, 1, 5), "Cli"), (date(2024, 1, 5), "Cli")]


def test_published_may_be_given_as_string(tmp_path):
    (tmp_path / "z.txt").write_text("plain", encoding="utf-8")
    [a], _ = read(tmp_path / "z.txt", published="2024-01-05")
    assert a.published == date(2024, 1, 5)


@pytest.mark.parametrize("data,expected", [
    (b"A plain report from the wire.", "A plain report from the wire."),
    (b'{"id": "s1", "text": "From a pipe."}\n', "From a pipe."),
])
def test_stdin_is_sniffed(data, expected):
    [a] = list(_read_stdin(io.BytesIO(data)))
    assert a.text == expected and a.path == "<stdin>"


def test_html_utf8_bytes_win_over_a_wrong_declaration(tmp_path):
    p = tmp_path / "mislabelled.html"
    body = "<html><head><meta charset='iso-8859-1'></head><body><p>Le général a été évacué.</p></body></html>"
    p.write_bytes(body.encode("utf-8"))
    [a], errors = read(p)
    assert not errors and "Le général a été évacué." in a.text
