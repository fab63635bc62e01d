"""sitrep.langid.detect_language and what the pipeline does with a language it does not support."""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import sitrep
from sitrep.langid import detect_language
from sitrep.model import Article
from sitrep.pipeline import make_doc, process_article

FR = "L'armée a lancé une attaque contre les positions des rebelles dans le nord du pays dans la nuit de mardi, selon des sources locales."
EN = "The army launched an attack on rebel positions in the north of the country on Tuesday night, according to local sources."
AR = "شن الجيش هجوما على مواقع المتمردين في شمال البلاد ليلة الثلاثاء، بحسب مصادر محلية."
ES = "El ejército lanzó un ataque contra las posiciones rebeldes en el norte del país durante la noche del martes, según fuentes locales."
DE = "Die Armee hat in der Nacht zum Dienstag einen Angriff auf die Stellungen der Rebellen im Norden des Landes gestartet, wie örtliche Quellen berichten."


@pytest.mark.parametrize("text,lang", [(FR, "fr"), (EN, "en"), (AR, "ar"), (ES, "es"), (DE, "de")])
def test_detect_language(text, lang):
    assert detect_language(text) == lang


def test_arabic_wins_by_script_even_with_latin_names():
    assert detect_language("قصفت طائرات مسيرة قاعدة Ain al-Asad في غرب العراق صباح اليوم") == "ar"


def test_french_with_an_english_quote_is_french():
    text = FR + " Le porte-parole a parlé d'une « attack on the base » sans donner de détails sur les victimes."
    assert detect_language(text) == "fr"


@pytest.mark.parametrize("text", ["", "12345 !!! 2024-01-05", "   \n  "])
def test_no_letters_is_undetermined(text):
    assert detect_language(text) == "und"


def test_detected_language_is_recorded_on_the_article():
    doc = make_doc(Article(text=FR))
    assert doc.lang == "fr" and doc.article.language == "fr"


def test_given_language_is_kept():
    doc = make_doc(Article(text=FR, language="en"))
    assert doc.lang == "en"


@pytest.mark.parametrize("text,code", [(ES, "es"), (DE, "de")])
def test_unsupported_language_raises_value_error(text, code):
    with pytest.raises(ValueError, match=rf"^language {code} not supported"):
        process_article(Article(text=text))
    with pytest.raises(ValueError, match=rf"language {code} not supported"):
        sitrep.extract(text)


def test_undetermined_language_raises_value_error():
    with pytest.raises(ValueError, match="language und not supported"):
        process_article(Article(text="12345 !!!"))


def test_explicit_unsupported_language_raises_value_error():
    with pytest.raises(ValueError, match="language xx not supported"):
        sitrep.extract(FR, language="xx")


def test_cli_reports_an_unsupported_article_and_keeps_going(tmp_path):
    exe = shutil.which("sitrep", path=str(Path(sys.executable).parent)) or shutil.which("sitrep")
    assert exe
    (tmp_path / "a_es.txt").write_text(ES + "\n", encoding="utf-8")
    (tmp_path / "b_fr.txt").write_text("Mardi, des obus sont tombés sur Tyr, au Liban.\n", encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if k != "SITREP_DB"}
    proc = subprocess.run([exe, "extract", str(tmp_path / "a_es.txt"), str(tmp_path / "b_fr.txt"), "--published", "2024-01-05"],
                          capture_output=True, text=True, env=env, timeout=300)
    assert proc.returncode == 0, proc.stderr
    assert "language es not supported" in proc.stderr
    out = json.loads(proc.stdout)
    assert len(out["articles"]) == 2
    assert [e["location"]["name"] for e in out["events"]] == ["Tyre"]
    assert out["events"][0]["article_ids"] == [out["articles"][1]["id"]]
