"""Scoring rules on hand-built prediction/gold pairs (docs/SPEC.md section 4)."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from sitrep.evaluate import (
    actor_ok, date_ok, location_ok, norm, pair_events, prf, score_doc, totals,
)
from sitrep.evaluation import GoldError, build_report, evaluate_docs, read_gold
from sitrep.evaluation.calibration import reliability
from sitrep.evaluation.confusion import confusion
from sitrep.evaluation.errors import errors, sentence_around

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "eval"
AIN_AL_ASAD = {"lat": 33.786, "lon": 42.441, "country": "IQ"}


def gold_event(**kw) -> dict:
    ev = {"event_date": "2024-01-02", "event_type": "Explosions/Remote violence", "sub_event_type": "Air/drone strike",
          "actor1": {"name": ["Islamic Resistance in Iraq"]}, "location": dict(AIN_AL_ASAD)}
    ev.update(kw)
    return ev


def pred_event(**kw) -> dict:
    ev = {"id": "e1", "event_date": "2024-01-02", "event_type": "Explosions/Remote violence",
          "sub_event_type": "Air/drone strike", "actor1": {"name": "Islamic Resistance in Iraq", "text": "la RII"},
          "location": dict(AIN_AL_ASAD), "confidence": 0.9}
    ev.update(kw)
    return ev


def north_of(km: float, base: dict = AIN_AL_ASAD) -> dict:
    return {**base, "lat": base["lat"] + km / 111.195}  # 111.195 km per degree of latitude on a 6371 km sphere


def summary(pred_events: list[dict], gold_events: list[dict], pstats=(), gstats=()) -> dict:
    doc = score_doc({"events": pred_events, "statistics": list(pstats)},
                    {"events": gold_events, "statistics": list(gstats)})
    return totals([doc]).summary()


# --- PRF ----------------------------------------------------------------------------------

def test_prf_edge_cases() -> None:
    assert prf(0, 0, 0) == (1.0, 1.0, 1.0)  # nothing to find, nothing found
    assert prf(0, 3, 0) == (0.0, 0.0, 0.0)
    assert prf(0, 0, 2) == (0.0, 0.0, 0.0)
    assert prf(1, 1, 0) == (0.5, 1.0, 2 * 0.5 / 1.5)


def test_perfect_prediction() -> None:
    s = summary([pred_event()], [gold_event()])
    assert s["detect"]["f1"] == s["strict"]["f1"] == 1.0
    assert set(s["fields"]) == {"date", "event_type", "sub_event_type", "actor1", "location", "country"}


# --- tolerances ---------------------------------------------------------------------------

def test_location_tolerance_default_25_km() -> None:
    g = gold_event()
    assert location_ok(pred_event(location=north_of(24.5)), g)
    assert not location_ok(pred_event(location=north_of(25.5)), g)
    assert location_ok(pred_event(location=north_of(34)), gold_event(location={**AIN_AL_ASAD, "tolerance_km": 35}))


def test_location_needs_the_country_too() -> None:
    assert not location_ok(pred_event(location={**AIN_AL_ASAD, "country": "SY"}), gold_event())
    assert location_ok(pred_event(location={**AIN_AL_ASAD, "country": "iq"}), gold_event())  # case-insensitive
    either = gold_event(location={**AIN_AL_ASAD, "country": ["SY", "JO"]})
    assert location_ok(pred_event(location={**AIN_AL_ASAD, "country": "JO"}), either)


def test_too_far_is_not_paired_at_all() -> None:
    s = summary([pred_event(location=north_of(40))], [gold_event()])
    assert (s["detect"]["tp"], s["detect"]["fp"], s["detect"]["fn"]) == (0, 1, 1)


def test_date_tolerance() -> None:
    g = gold_event(event_date="2024-01-02", date_tolerance_days=2)
    assert date_ok(pred_event(event_date="2023-12-31"), g)
    assert not date_ok(pred_event(event_date="2023-12-30"), g)
    assert not date_ok(pred_event(event_date=None), g)
    assert date_ok(pred_event(event_date=None), gold_event(event_date=None))
    assert not date_ok(pred_event(event_date="2024-01-02"), gold_event(event_date=None))


def test_wrong_date_pairs_but_is_not_strict() -> None:
    s = summary([pred_event(event_date="2024-01-05")], [gold_event()])
    assert s["detect"]["f1"] == 1.0
    assert s["strict"]["tp"] == 0 and s["strict"]["f1"] == 0.0
    assert s["fields"]["date"] == 0.0 and s["fields"]["sub_event_type"] == 1.0


# --- optional events and invented dates ---------------------------------------------------

def test_optional_gold_is_neither_required_nor_penalised() -> None:
    opt = gold_event(optional=True, event_date=None, location=north_of(300))
    s = summary([pred_event()], [gold_event(), opt])
    assert (s["detect"]["tp"], s["detect"]["fp"], s["detect"]["fn"]) == (1, 0, 0)
    s = summary([pred_event(), pred_event(id="e2", event_date=None, location=north_of(300))], [gold_event(), opt])
    assert (s["detect"]["tp"], s["detect"]["fp"], s["detect"]["fn"]) == (1, 0, 0)
    assert s["invented_dates"] == 0


def test_invented_date_on_undated_background_event() -> None:
    opt = gold_event(optional=True, event_date=None, location=north_of(300))
    s = summary([pred_event(), pred_event(id="e2", event_date="2024-01-01", location=north_of(300))], [gold_event(), opt])
    assert s["invented_dates"] == 1
    assert (s["detect"]["tp"], s["detect"]["fp"]) == (1, 0)


# --- actors -------------------------------------------------------------------------------

def test_actor_aliases_and_normalisation() -> None:
    gold = {"name": ["Military Forces of the United States", "US forces"]}
    assert actor_ok({"name": "US Forces"}, gold)
    assert actor_ok({"name": "Unknown", "text": "US forces"}, gold)  # the article's words count too
    assert actor_ok("the us forces", gold)
    assert actor_ok({"name": "Military Forces of the United States (2021-)"}, gold)
    assert not actor_ok({"name": "Military Forces of Iraq", "text": "l'armée irakienne"}, gold)
    assert not actor_ok(None, gold)
    assert actor_ok(None, None)  # gold names no actor: anything goes
    assert norm("L'Armée  Irakienne") == "l armee irakienne"  # as score.py: "l'" only goes before a space
    assert norm("Les Émirats") == "emirats"


def test_actor2_weapons_attribution_only_checked_when_gold_gives_them() -> None:
    g = gold_event(actor2={"name": ["US forces"]}, weapons=["drone", "missile"], attribution={"status": ["claimed", "confirmed"]})
    p = pred_event(actor2={"name": "US forces"}, weapons=["missile"], attribution={"status": "confirmed"})
    s = summary([p], [g])
    assert s["fields"]["actor2"] == s["fields"]["weapons"] == s["fields"]["attribution"] == 1.0
    s = summary([pred_event(weapons=["rocket"])], [g])
    assert s["fields"]["weapons"] == 0.0 and s["fields"]["actor2"] == 0.0 and s["fields"]["attribution"] == 0.0
    assert "weapons" not in summary([pred_event(weapons=["rocket"])], [gold_event()])["fields"]


# --- list-valued gold and events without a place ------------------------------------------

def test_list_valued_sub_event_type() -> None:
    g = gold_event(sub_event_type=["Shelling/artillery/missile attack", "Air/drone strike"])
    assert summary([pred_event()], [g])["strict"]["f1"] == 1.0
    assert summary([pred_event(sub_event_type="Grenade")], [g])["strict"]["f1"] == 0.0


def test_gold_without_place_pairs_on_date_and_type() -> None:
    g = gold_event(location={"name": "Ukraine", "country": "UA"}, event_type="Battles", sub_event_type="Armed clash")
    p = pred_event(location=None, event_type="Battles", sub_event_type="Armed clash")
    s = summary([p], [g])
    assert s["detect"]["tp"] == 1
    assert s["fields"]["country"] == 0.0  # no predicted country where gold says UA
    assert summary([{**p, "event_date": "2024-01-03"}], [g])["detect"]["tp"] == 0
    assert summary([{**p, "event_type": "Riots"}], [g])["detect"]["tp"] == 0


def test_greedy_pairing_takes_the_better_match_first() -> None:
    gold = [gold_event(), gold_event(location=north_of(20), sub_event_type="Grenade")]
    pred = [pred_event(id="e1", location=north_of(20), sub_event_type="Grenade"), pred_event(id="e2")]
    pairs = {(pr.pred, pr.gold) for pr in pair_events(pred, gold)}
    assert pairs == {(0, 1), (1, 0)}


def test_same_attack_told_twice_gives_one_false_positive() -> None:
    s = summary([pred_event(id="e1"), pred_event(id="e2")], [gold_event()])
    assert (s["detect"]["tp"], s["detect"]["fp"]) == (1, 1)


# --- statistics ---------------------------------------------------------------------------

def test_statistics_match_on_count_and_qualifier() -> None:
    gstats = [{"count": 118, "qualifier": "at_least"}, {"count": 100, "qualifier": "more_than"}]
    s = summary([], [], pstats=[{"count": 118, "qualifier": "at_least"}, {"count": 100, "qualifier": "about"},
                                {"count": 118, "qualifier": "at_least"}], gstats=gstats)
    assert s["statistics"]["p"] == 1 / 3 and s["statistics"]["r"] == 0.5
    assert summary([], [], pstats=[], gstats=[])["statistics"]["f1"] == 1.0


# --- reports ------------------------------------------------------------------------------

def _fixture_scores() -> list:
    docs = list(read_gold([FIXTURES]))
    preds = {d.name: json.loads(Path(d.name.replace(".gold.json", ".pred.json")).read_text(encoding="utf-8"))
             for d in docs}
    return evaluate_docs(docs, extractor=lambda a: preds[a.path.replace(".txt", ".gold.json")])


def test_confusion_table_over_paired_events() -> None:
    table = confusion(_fixture_scores())
    assert table["Disrupted weapons use"] == {"Air/drone strike": 1}
    assert table["Shelling/artillery/missile attack"] == {"Air/drone strike": 1, "Shelling/artillery/missile attack": 1}
    assert table["Air/drone strike"] == {"Air/drone strike": 2}


def test_reliability_bins() -> None:
    r = reliability(_fixture_scores())
    assert r["predictions"] == sum(b["n"] for b in r["bins"]) == 8  # the Tanf prediction pairs an optional event
    top = r["bins"][-1]
    assert top["n"] == 2 and top["strict_correct"] == 1.0
    assert 0 <= r["ece"] <= 1


def test_error_listing_kinds_and_evidence() -> None:
    errs = errors(_fixture_scores())
    kinds = {e["kind"] for e in errs}
    assert kinds == {"missed", "spurious", "wrong", "invented_date", "missed_statistic", "spurious_statistic"}
    erbil = next(e for e in errs if e["kind"] == "wrong" and "drones-ain" in e["doc"] and not e["strict"])
    assert {f["field"] for f in erbil["fields"]} == {"date", "sub_event_type"}
    assert erbil["evidence"] == ["La veille, lundi, des roquettes sont tombées près de l'aéroport d'Erbil, au Kurdistan "
                                 "irakien, selon le service antiterroriste de la région, qui n'a pas désigné de responsable."]
    missed = next(e for e in errs if e["kind"] == "missed")
    assert "Malkia" in missed["location"] and missed["date"].startswith("2024-03-02")


def test_sentence_around() -> None:
    text = "First one. Second, with Mr. X? Third!\nFourth"
    assert sentence_around(text, 12, 18) == "Second, with Mr."
    assert sentence_around(text, text.index("Fourth"), len(text)) == "Fourth"


def test_report_json_has_score_py_keys_and_extras() -> None:
    report = build_report(_fixture_scores(), by_language=True, with_reliability=True, with_errors=True)
    assert {"documents", "failed_documents", "detect", "strict", "fields", "statistics", "invented_dates"} <= set(report)
    assert set(report["by_language"]) == {"ar", "en", "fr"}
    assert sum(s["detect"]["tp"] for s in report["by_language"].values()) == report["detect"]["tp"]
    json.dumps(report)


# --- running and gold input ---------------------------------------------------------------

def test_a_crashing_extraction_counts_as_failed_and_finds_nothing() -> None:
    def boom(_article):
        raise RuntimeError("model missing")
    scores = evaluate_docs(list(read_gold([FIXTURES / "en"])), extractor=boom)
    s = totals(scores).summary()
    assert s["failed_documents"] == 1 and s["detect"]["fn"] == 3
    assert errors(scores)[0] == {"doc": scores[0].name, "kind": "failed", "error": "RuntimeError: model missing"}


def test_published_override_reaches_the_article() -> None:
    seen = []
    docs = list(read_gold([FIXTURES / "fr"]))
    evaluate_docs(docs, extractor=lambda a: seen.append(a.published) or {"events": []})
    evaluate_docs(docs, extractor=lambda a: seen.append(a.published) or {"events": []}, published=None)
    assert [str(d) if d else None for d in seen] == ["2024-01-10", None]


def test_jsonl_gold_equals_file_gold() -> None:
    from_files = sorted((d.text, json.dumps(d.events)) for d in read_gold([FIXTURES / "fr", FIXTURES / "en", FIXTURES / "ar"]))
    from_jsonl = sorted((d.text, json.dumps(d.events)) for d in read_gold([FIXTURES / "jsonl" / "all.gold.jsonl"]))
    assert from_files == from_jsonl
    assert {d.language for d in read_gold([FIXTURES / "jsonl" / "all.gold.jsonl"])} == {"fr", "en", "ar"}


def test_bad_gold_is_an_error_with_its_line(tmp_path: Path) -> None:
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"text": "ok", "events": []}\n{"events": []}\n', encoding="utf-8")
    with pytest.raises(GoldError, match=r"bad.jsonl:2: missing the article text"):
        list(read_gold([bad]))
    lonely = tmp_path / "lonely.gold.json"
    lonely.write_text('{"events": []}', encoding="utf-8")
    with pytest.raises(GoldError, match="cannot read the article text"):
        list(read_gold([lonely]))


def test_meta_article_names_the_text(tmp_path: Path) -> None:
    (tmp_path / "story.txt").write_text("Le texte.", encoding="utf-8")
    (tmp_path / "other.gold.json").write_text('{"meta": {"article": "story.txt"}, "events": []}', encoding="utf-8")
    (doc,) = read_gold([tmp_path])
    assert doc.text == "Le texte." and doc.text_path.endswith("story.txt")
