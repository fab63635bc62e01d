"""`sitrep geocode` and `sitrep gazetteer` end to end, through the installed entry point."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from test_gazetteer_support import seeded_data_dir

SITREP = Path(sys.executable).with_name("sitrep")


@pytest.fixture(scope="module")
def env(tmp_path_factory):
    d = seeded_data_dir(tmp_path_factory.mktemp("gazdata"))
    return {**os.environ, "SITREP_DATA_DIR": str(d)}


def sitrep(env, *args: str, stdin: str | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([str(SITREP), *args], env=env, input=stdin, capture_output=True, text=True, timeout=600)


def test_geocode_json_with_context(env):
    p = sitrep(env, "geocode", "Harir", "--context", "les bases américaines de Harir en Irak", "--format", "json")
    assert p.returncode == 0, p.stderr
    doc = json.loads(p.stdout)
    assert doc["query"] == "Harir"
    top = doc["candidates"][0]
    assert top["country"] == "IQ" and abs(top["lat"] - 36.53) < 0.1
    assert set(top) == {"name", "lat", "lon", "country", "admin1", "kind", "geo_precision", "score", "gazetteer_id"}


def test_geocode_not_found_is_empty(env):
    p = sitrep(env, "geocode", "Xyzzyville", "--format", "json")
    assert p.returncode == 0 and json.loads(p.stdout)["candidates"] == []


def test_geocode_from_file_jsonl_keeps_order(env, tmp_path):
    f = tmp_path / "q.tsv"
    f.write_text("Conoco\tles champs pétroliers de Conoco en Syrie\nAïn al-Assad\nXyzzyville\tnowhere\nالتنف\n",
                 encoding="utf-8")
    p = sitrep(env, "geocode", "--from", str(f), "--format", "jsonl")
    assert p.returncode == 0, p.stderr
    docs = [json.loads(line) for line in p.stdout.splitlines()]
    assert [d["query"] for d in docs] == ["Conoco", "Aïn al-Assad", "Xyzzyville", "التنف"]
    assert docs[0]["candidates"][0]["gazetteer_id"].startswith("facility:")
    assert docs[2]["candidates"] == []
    assert docs[3]["candidates"][0]["country"] == "SY"


def test_gazetteer_stats(env):
    p = sitrep(env, "gazetteer", "stats", "--format", "json")
    assert p.returncode == 0, p.stderr
    stats = json.loads(p.stdout)
    assert stats["country"]["SY"] > 100 and stats["source"]["facility"] > 50


def test_gazetteer_import_geonames(tmp_path):
    """A user GeoNames dump is persisted in the data dir and answers afterwards (one rebuild)."""
    data = tmp_path / "data"
    dump = tmp_path / "XX.txt"
    cols = ["99000001", "Qaryat Zumurrudiyah", "Qaryat Zumurrudiyah", "Zumurrudiyah,الزمردية",
            "35.5", "40.1", "P", "PPL", "SY", "", "07", "", "", "", "120", "", "250", "Asia/Damascus", "2024-01-01"]
    dump.write_text("\t".join(cols) + "\n", encoding="utf-8")
    env = {**os.environ, "SITREP_DATA_DIR": str(data)}
    p = sitrep(env, "gazetteer", "import", str(dump))
    assert p.returncode == 0, p.stderr
    assert any((data / "gazetteer-user").iterdir())
    p = sitrep(env, "geocode", "Zumurrudiyah", "--format", "json")
    top = json.loads(p.stdout)["candidates"][0]
    assert top["gazetteer_id"] == "geonames:99000001" and top["country"] == "SY"
    assert top["admin1"] == "Deir ez-Zor"
    p = sitrep(env, "geocode", "الزمردية", "--format", "json")
    assert json.loads(p.stdout)["candidates"][0]["gazetteer_id"] == "geonames:99000001"


def test_import_rejects_other_files(tmp_path):
    bad = tmp_path / "notes.txt"
    bad.write_text("hello world\n", encoding="utf-8")
    env = {**os.environ, "SITREP_DATA_DIR": str(tmp_path / "data")}
    p = sitrep(env, "gazetteer", "import", str(bad))
    assert p.returncode != 0 and "neither" in p.stderr
