"""`sitrep extract` end to end (subprocess) on a French text written for the test and on the
shared seed article (read from ../shared/seed, never copied), and `sitrep.extract()` parity."""
from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import sitrep
from sitrep.model import EVENT_TYPES

SITREP = shutil.which("sitrep", path=str(Path(sys.executable).parent)) or shutil.which("sitrep")
SEED = Path(__file__).resolve().parents[2] / "shared" / "seed" / "presstv-fr-iri-drone-attacks.txt"
ISO = re.compile(r"^\d{4}-\d{2}-\d{2}$")

TEXT = (
    "Frappes de drones contre des positions américaines\n"
    "Mardi, la Résistance islamique en Irak a revendiqué des attaques de drones contre des positions américaines "
    "à Erbil et Mossoul en Irak et à Deir ez-Zor en Syrie.\n"
    "Jeudi, trois civils ont été tués par des tirs de l'armée syrienne à Alep, en Syrie.\n"
    "Selon un responsable américain, les bases américaines ont subi au moins 118 attaques depuis le 17 octobre.\n"
)

EVENT_KEYS = {"id", "article_ids", "event_date", "date_precision", "event_type", "sub_event_type", "actor1", "actor2",
              "target", "location", "weapons", "fatalities", "injured", "attribution", "evidence", "confidence"}
STAT_KEYS = {"id", "article_ids", "description", "count", "qualifier", "period_start", "period_end", "countries",
             "claimant", "evidence"}


def run_cli(*args) -> subprocess.CompletedProcess:
    assert SITREP, "the sitrep console script is not installed"
    env = {k: v for k, v in os.environ.items() if k != "SITREP_DB"}
    return subprocess.run([SITREP, *map(str, args)], capture_output=True, text=True, env=env, timeout=300)


@pytest.fixture(scope="module")
def article(tmp_path_factory) -> Path:
    p = tmp_path_factory.mktemp("cli") / "rapport_fr.txt"
    p.write_text(TEXT, encoding="utf-8")
    return p


@pytest.fixture(scope="module")
def out(article) -> dict:
    proc = run_cli("extract", article, "--published", "2024-01-05", "--source", "Test", "--format", "json")
    assert proc.returncode == 0, proc.stderr
    return json.loads(proc.stdout)


def test_top_level_shape(out, article):
    assert set(out) == {"articles", "events", "statistics"}
    (a,) = out["articles"]
    assert a["id"] == "a1" and a["published"] == "2024-01-05" and a["language"] == "fr" and a["source"] == "Test"
    assert Path(a["path"]).name == article.name


def test_event_shape_and_vocabularies(out):
    evs = out["events"]
    assert len(evs) == 4
    assert [e["id"] for e in evs] == [f"e{i}" for i in range(1, len(evs) + 1)]
    for e in evs:
        assert set(e) == EVENT_KEYS
        assert e["article_ids"] == ["a1"]
        assert e["event_date"] is None or ISO.match(e["event_date"])
        assert e["date_precision"] in ("day", "week", "month", "year", "unknown")
        assert e["sub_event_type"] in EVENT_TYPES[e["event_type"]]
        loc = e["location"]
        assert set(loc) == {"name", "text", "lat", "lon", "country", "admin1", "geo_precision", "gazetteer_id"}
        assert isinstance(loc["lat"], float) and isinstance(loc["lon"], float)
        assert loc["geo_precision"] in (1, 2, 3)
        for actor in (e["actor1"], e["actor2"]):
            assert actor is None or set(actor) == {"name", "text", "type"}
        assert set(e["attribution"]) == {"status", "claimant", "text"}
        assert e["attribution"]["status"] in ("claimed", "reported", "confirmed", "denied")
        for ev in e["evidence"]:
            assert set(ev) == {"article_id", "start", "end", "text"}
            assert TEXT[ev["start"]:ev["end"]] == ev["text"]


def test_event_values(out):
    by_place = {e["location"]["name"]: e for e in out["events"]}
    assert set(by_place) == {"Erbil", "Mosul", "Deir ez-Zor", "Aleppo"}
    erbil = by_place["Erbil"]
    assert erbil["event_date"] == "2024-01-02"
    assert (erbil["event_type"], erbil["sub_event_type"]) == ("Explosions/Remote violence", "Air/drone strike")
    assert erbil["actor1"] == {"name": "Islamic Resistance in Iraq", "text": "Résistance islamique en Irak", "type": "Rebel group"}
    assert erbil["attribution"]["status"] == "claimed"
    assert erbil["weapons"] == ["drone"]
    assert by_place["Deir ez-Zor"]["location"]["country"] == "SY"
    alep = by_place["Aleppo"]
    assert alep["event_date"] == "2024-01-04" and alep["fatalities"] == 3
    assert alep["actor1"]["name"] == "Military Forces of Syria"
    assert alep["actor2"]["name"] == "Civilians"


def test_statistics_shape(out):
    (st,) = out["statistics"]
    assert set(st) == STAT_KEYS
    assert (st["id"], st["count"], st["qualifier"]) == ("s1", 118, "at_least")
    assert (st["period_start"], st["period_end"]) == ("2023-10-17", "2024-01-05")
    ev = st["evidence"][0]
    assert TEXT[ev["start"]:ev["end"]] == ev["text"]


def test_table_format(article):
    proc = run_cli("extract", article, "--published", "2024-01-05", "--format", "table")
    assert proc.returncode == 0, proc.stderr
    lines = proc.stdout.splitlines()
    assert lines[0] == "1 article(s), 4 event(s)"
    assert lines[2].split()[:3] == ["DATE", "TYPE", "/"]
    rows = [ln for ln in lines if ln.startswith("2024-")]
    assert len(rows) == 4
    assert any("Erbil" in r and "IQ" in r and "claimed" in r for r in rows)
    assert any(ln.startswith("Statistics (1):") for ln in lines)
    assert any("at least 118 attacks" in ln for ln in lines)


def test_bad_published_date_is_refused(article):
    proc = run_cli("extract", article, "--published", "05/01/2024")
    assert proc.returncode != 0
    assert "not a date" in proc.stderr


def test_library_extract_matches_cli(out):
    res = sitrep.extract(TEXT, published="2024-01-05", source="Test")
    lib = res.to_dict()
    assert lib["events"] == out["events"]
    assert lib["statistics"] == out["statistics"]


# -- the shared seed ------------------------------------------------------------------------

needs_seed = pytest.mark.skipif(not SEED.exists(), reason="../shared/seed is not available")


def _seed_checks(out: dict, published: bool) -> None:
    text = SEED.read_text(encoding="utf-8")
    evs = out["events"]
    assert len(evs) >= 9
    for e in evs:
        assert e["sub_event_type"] in EVENT_TYPES[e["event_type"]]
        for ev in e["evidence"]:
            assert text[ev["start"]:ev["end"]] == ev["text"]
    stats = {(s["count"], s["qualifier"]) for s in out["statistics"]}
    assert (118, "at_least") in stats
    assert (100, "more_than") in stats
    s118 = next(s for s in out["statistics"] if s["count"] == 118)
    assert s118["period_start"] == "2023-10-17"
    assert s118["period_end"] == ("2024-01-05" if published else None)
    dated = [e["event_date"] for e in evs if e["event_date"]]
    assert "2024-01-02" in dated and "2024-01-04" in dated
    # the nine bases of the 2 January claim are nine distinct places
    jan2 = {e["location"]["gazetteer_id"] for e in evs if e["event_date"] == "2024-01-02"}
    assert len(jan2) >= 9


@pytest.fixture(scope="module")
def seed_out() -> dict:
    if not SEED.exists():
        pytest.skip("../shared/seed is not available")
    proc = run_cli("extract", SEED, "--published", "2024-01-05")
    assert proc.returncode == 0, proc.stderr
    return json.loads(proc.stdout)


@needs_seed
def test_seed_with_published(seed_out):
    _seed_checks(seed_out, published=True)


@needs_seed
def test_seed_without_published_infers_the_year():
    proc = run_cli("extract", SEED)
    assert proc.returncode == 0, proc.stderr
    out = json.loads(proc.stdout)
    assert out["articles"][0]["published"] is None
    _seed_checks(out, published=False)


@needs_seed
def test_seed_library_matches_cli(seed_out):
    cli = seed_out
    lib = sitrep.extract(SEED.read_text(encoding="utf-8"), published="2024-01-05").to_dict()
    assert lib["events"] == cli["events"]
    assert lib["statistics"] == cli["statistics"]
