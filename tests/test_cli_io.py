"""`sitrep extract`, `ingest` and `events` end to end, as subprocesses on real files.

The pipeline is not what is tested here: these tests hold whatever events it finds."""
from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from sitrep.cli import main
from sitrep.model import Actor, Article, Event, Evidence, Place, Result
from sitrep.store import open_store

FIX = Path(__file__).parent / "fixtures" / "io"
SITREP = shutil.which("sitrep", path=str(Path(sys.executable).parent)) or shutil.which("sitrep")


def sitrep(*args: str, env: dict | None = None, cwd: Path | None = None) -> subprocess.CompletedProcess:
    assert SITREP, "the sitrep console script is not installed"
    full_env = {k: v for k, v in os.environ.items() if k != "SITREP_DB"} | (env or {})
    return subprocess.run([SITREP, *map(str, args)], capture_output=True, text=True, env=full_env, cwd=cwd,
                          timeout=300)


def doc(proc: subprocess.CompletedProcess) -> dict:
    return json.loads(proc.stdout)


def test_extract_prints_one_spec_document():
    proc = sitrep("extract", FIX / "report_en.txt", "--published", "2024-01-09", "--source", "Wire")
    assert proc.returncode == 0, proc.stderr
    out = doc(proc)
    assert set(out) == {"articles", "events", "statistics"}
    [a] = out["articles"]
    assert a == {"id": "a1", "path": str(FIX / "report_en.txt"), "title": None, "source": "Wire", "url": None,
                 "published": "2024-01-09", "language": a["language"]}
    for i, e in enumerate(out["events"], 1):
        assert e["id"] == f"e{i}" and e["article_ids"] == ["a1"]
    for i, s in enumerate(out["statistics"], 1):
        assert s["id"] == f"s{i}"


def test_extract_every_format_in_one_run():
    proc = sitrep("extract", FIX / "report_en.txt", FIX / "report_fr.html", FIX / "feed.rss", FIX / "feed.atom",
                  FIX / "articles.jsonl", FIX / "telegram_export")
    assert proc.returncode == 0, proc.stderr
    ids = [a["id"] for a in doc(proc)["articles"]]
    assert ids == ["a1", "a2", "a3", "a4", "a5", "wire-17", "a7", "wire-19", "Front-Line-Notes-2",
                   "Front-Line-Notes-3"]
    # the two bad JSONL lines, by line number, on stderr
    assert f"{FIX / 'articles.jsonl'}:3:" in proc.stderr and f"{FIX / 'articles.jsonl'}:6:" in proc.stderr


def test_jsonl_ids_are_kept_and_events_point_at_them():
    out = doc(sitrep("extract", FIX / "articles.jsonl", "--format", "json"))
    known = {a["id"] for a in out["articles"]}
    assert {"wire-17", "wire-19"} <= known
    for e in out["events"]:
        assert set(e["article_ids"]) <= known


def test_mixed_good_and_bad_inputs_still_succeed(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    binary = tmp_path / "blob.bin"
    binary.write_bytes(b"\x00\x01\x02" * 100)
    proc = sitrep("extract", empty, FIX / "report_en.txt", binary, tmp_path / "missing.txt")
    assert proc.returncode == 0
    assert [a["path"] for a in doc(proc)["articles"]] == [str(FIX / "report_en.txt")]
    errors = proc.stderr.strip().splitlines()
    assert len(errors) == 3
    for bad, line in zip((empty, binary, tmp_path / "missing.txt"), errors):
        assert str(bad) in line


def test_all_bad_inputs_exit_2_with_one_line_each(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    huge = tmp_path / "huge.txt"
    with huge.open("wb") as f:
        f.truncate(50 * 1024 * 1024)  # sparse: 50 MB of NULs without writing them
    bad_json = tmp_path / "result.json"
    bad_json.write_text('{"messages": [', encoding="utf-8")
    proc = sitrep("extract", empty, huge, bad_json)
    assert proc.returncode == 2
    assert doc(proc) == {"articles": [], "events": [], "statistics": []}
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 3
    assert "too large" in lines[1] and str(huge) in lines[1]


def test_invalid_published_is_an_argparse_error():
    proc = sitrep("extract", FIX / "report_en.txt", "--published", "05/01/2024")
    assert proc.returncode == 2 and "--published" in proc.stderr and proc.stdout == ""


def test_table_format_is_for_people():
    proc = sitrep("extract", FIX / "report_en.txt", "--format", "table")
    assert proc.returncode == 0
    assert "DATE" in proc.stdout and "ACTOR 1" in proc.stdout and "Statistics" in proc.stdout
    with pytest.raises(json.JSONDecodeError):
        json.loads(proc.stdout)


def test_stdin_dash():
    proc = subprocess.run([SITREP, "extract", "-"], input="Shots fired at a checkpoint.", capture_output=True,
                          text=True, timeout=300)
    assert proc.returncode == 0
    assert doc(proc)["articles"][0]["path"] == "<stdin>"


def test_ingest_twice_changes_nothing(tmp_path):
    db = tmp_path / "events.db"
    first = sitrep("ingest", FIX, "--db", db, "--published", "2024-01-09")
    assert first.returncode == 0, first.stderr
    summary = first.stderr.strip().splitlines()[-1]
    assert summary.startswith("sitrep: read 11, new 11, duplicates 0, errors 2, events ")
    with open_store(db) as s:
        counts = s.counts()
    second = sitrep("ingest", FIX, "--db", db)
    assert second.returncode == 0
    assert "read 11, new 0, duplicates 11, errors 2, events 0" in second.stderr
    with open_store(db) as s:
        assert s.counts() == counts


def test_ingest_uses_sitrep_db_env(tmp_path):
    db = tmp_path / "from_env.db"
    proc = sitrep("ingest", FIX / "report_en.txt", env={"SITREP_DB": str(db)})
    assert proc.returncode == 0 and db.exists()
    con = sqlite3.connect(db)
    assert con.execute("SELECT external_id, path FROM articles").fetchall() == [("a1", str(FIX / "report_en.txt"))]
    con.close()


def test_ingest_default_db_in_working_directory(tmp_path):
    proc = sitrep("ingest", FIX / "feed.atom", cwd=tmp_path)
    assert proc.returncode == 0 and (tmp_path / "sitrep.db").exists()


def test_ingest_all_bad_exit_2(tmp_path):
    empty = tmp_path / "e.txt"
    empty.write_bytes(b"")
    proc = sitrep("ingest", empty, "--db", tmp_path / "x.db")
    assert proc.returncode == 2
    assert "read 0, new 0, duplicates 0, errors 1, events 0" in proc.stderr


def _stored_event(ext_id: str, day: date, country: str, actor: str, sub: str, etype: str) -> Result:
    a = Article(text=f"Report {ext_id}", id=ext_id)
    e = Event(id="e1", article_ids=[ext_id], event_date=day, date_precision="day", event_type=etype,
              sub_event_type=sub, actor1=Actor(name=actor, text=actor, type="Rebel group"),
              location=Place(name="Somewhere", text="Somewhere", lat=1.0, lon=2.0, country=country),
              evidence=[Evidence(ext_id, 0, 6, "Report")])
    return Result(articles=[a], events=[e])


@pytest.fixture
def events_db(tmp_path) -> Path:
    db = tmp_path / "events.db"
    with open_store(db) as s:
        s.add(_stored_event("x1", date(2024, 1, 2), "SY", "Northern Front", "Air/drone strike",
                            "Explosions/Remote violence"))
        s.add(_stored_event("x2", date(2024, 1, 5), "IQ", "Islamic Resistance in Iraq", "Armed clash", "Battles"))
        s.add(_stored_event("x3", date(2024, 2, 1), "SY", "Southern Army", "Armed clash", "Battles"))
    return db


def test_events_json_shape_and_filters(events_db):
    out = doc(sitrep("events", "--db", events_db))
    assert set(out) == {"events"}
    assert [e["article_ids"] for e in out["events"]] == [["x1"], ["x2"], ["x3"]]
    assert set(out["events"][0]) == set(Event(id="", article_ids=[], event_date=None, date_precision="unknown",
                                              event_type="", sub_event_type="").to_dict())

    def ids(*filters: str) -> list[str]:
        proc = sitrep("events", "--db", events_db, *filters)
        assert proc.returncode == 0, proc.stderr
        return [e["article_ids"][0] for e in doc(proc)["events"]]

    assert ids("--country", "sy") == ["x1", "x3"]
    assert ids("--since", "2024-01-03") == ["x2", "x3"]
    assert ids("--until", "2024-01-05") == ["x1", "x2"]
    assert ids("--actor", "resistance") == ["x2"]
    assert ids("--type", "battles") == ["x2", "x3"]
    assert ids("--type", "Air/drone strike") == ["x1"]
    assert ids("--limit", "1") == ["x1"]
    assert ids("--country", "SY", "--type", "Armed clash") == ["x3"]


def test_events_table_and_env(events_db):
    proc = sitrep("events", "--format", "table", env={"SITREP_DB": str(events_db)})
    assert proc.returncode == 0
    assert "Northern Front" in proc.stdout and "Battle / Armed clash" in proc.stdout


@pytest.mark.parametrize("args", [["--type", "Picnic"], ["--limit", "0"], ["--since", "yesterday"]])
def test_events_bad_options(events_db, args):
    proc = sitrep("events", "--db", events_db, *args)
    assert proc.returncode == 2 and proc.stdout == ""


def test_events_missing_database_is_an_error_not_a_new_file(tmp_path):
    proc = sitrep("events", "--db", tmp_path / "typo.db")
    assert proc.returncode == 2 and "typo.db" in proc.stderr
    assert not (tmp_path / "typo.db").exists()


# In-process: a pipeline that crashes on one article (monkeypatched) must not stop the others.

def _crash_on_feed(article: Article) -> Result:
    if article.path and article.path.endswith("feed.atom"):
        raise RuntimeError("boom")
    return Result(articles=[article])


def test_extract_reports_a_crashing_article_and_continues(monkeypatch, capsys):
    monkeypatch.setattr("sitrep.pipeline.process_article", _crash_on_feed)
    code = main(["extract", str(FIX / "report_en.txt"), str(FIX / "feed.atom"), str(FIX / "feed.rss")])
    out, err = capsys.readouterr()
    assert code == 0
    assert len(json.loads(out)["articles"]) == 4
    assert "a2" in err and "feed.atom" in err and "boom" in err


def test_ingest_stores_whole_articles_only_when_one_fails(monkeypatch, capsys, tmp_path):
    monkeypatch.setattr("sitrep.pipeline.process_article", _crash_on_feed)
    db = tmp_path / "partial.db"
    code = main(["ingest", str(FIX / "report_en.txt"), str(FIX / "feed.atom"), str(FIX / "feed.rss"),
                 "--db", str(db)])
    err = capsys.readouterr().err
    assert code == 0
    assert "read 4, new 3, duplicates 0, errors 1, events 0" in err
    with open_store(db) as s:
        assert [a.path.rsplit("/", 1)[-1] for a in s.articles()] == ["report_en.txt", "feed.rss", "feed.rss"]
    # once the pipeline is fixed, re-ingesting adds just the missing article
    monkeypatch.setattr("sitrep.pipeline.process_article", lambda a: Result(articles=[a]))
    main(["ingest", str(FIX / "report_en.txt"), str(FIX / "feed.atom"), str(FIX / "feed.rss"), "--db", str(db)])
    assert "read 4, new 1, duplicates 3, errors 0" in capsys.readouterr().err
