"""components.dates: French date mentions, resolution against the publication date, and the
anchor inferred from the text when there is none."""
from __future__ import annotations

from datetime import date

import pytest

from sitrep.components.dates import infer_anchor

from fr_helpers import only_event, events, run_doc


def _dates(text: str, published: str | None = "2024-01-05"):
    doc = run_doc(text, published, upto="dates")
    return doc, [(text[s.start:s.end], s.label, s.data) for s in doc.get("date")]


def _one(text: str, published: str | None = "2024-01-05"):
    doc, ds = _dates(text, published)
    assert len(ds) == 1, ds
    return ds[0]


@pytest.mark.parametrize("text,expected", [
    ("Jeudi 4 janvier, des drones ont visé une base.", date(2024, 1, 4)),
    ("Le jeudi 4 janvier, des drones ont visé une base.", date(2024, 1, 4)),
    ("Hier, un obus est tombé sur le marché.", date(2024, 1, 4)),
    ("Avant-hier, un obus est tombé sur le marché.", date(2024, 1, 3)),
    ("Ce matin, un obus est tombé sur le marché.", date(2024, 1, 5)),
    ("Le 2 janvier, une embuscade a eu lieu.", date(2024, 1, 2)),
    ("Le 1er janvier, une embuscade a eu lieu.", date(2024, 1, 1)),
    ("Mardi, une embuscade a eu lieu.", date(2024, 1, 2)),  # the last Tuesday on or before Friday 5
    ("Vendredi dernier, une embuscade a eu lieu.", date(2023, 12, 29)),  # "dernier": not the day itself
    ("Le 5 mars 2023, une embuscade a eu lieu.", date(2023, 3, 5)),
    ("Le 05/03/2023, une embuscade a eu lieu.", date(2023, 3, 5)),
])
def test_dates_resolve_against_publication(text, expected):
    _, value, data = _one(text)
    assert value == expected
    assert data["precision"] == "day"


@pytest.mark.parametrize("text,expected", [
    ("Le 30 décembre, une embuscade a eu lieu.", date(2023, 12, 30)),
    ("Le 15 novembre, une embuscade a eu lieu.", date(2023, 11, 15)),
    ("Le 20 janvier, une embuscade a eu lieu.", date(2023, 1, 20)),  # later this year would be in the future
])
def test_day_month_without_year_is_in_the_past_even_across_new_year(text, expected):
    assert _one(text)[1] == expected


def test_month_and_year_has_month_precision():
    _, value, data = _one("En novembre 2023, les combats ont repris.")
    assert (value, data["precision"]) == (date(2023, 11, 1), "month")


def test_last_week_has_week_precision():
    _, value, data = _one("La semaine dernière, les combats ont repris.")
    assert data["precision"] == "week"
    assert date(2023, 12, 25) <= value < date(2024, 1, 5)


def test_since_marks_the_start_of_a_period():
    doc, ds = _dates("Au moins 118 attaques ont eu lieu depuis le 17 octobre.")
    assert len(ds) == 1
    assert ds[0][1] == date(2023, 10, 17)
    assert ds[0][2].get("since") is True


def test_a_plain_date_is_not_flagged_since():
    _, _, data = _one("Le 17 octobre, une attaque a eu lieu.")
    assert not data.get("since")


def test_since_date_is_not_the_date_of_an_event_in_the_same_sentence():
    evs = events("Depuis le 17 octobre, des drones ont frappé la base d'Aïn al-Assad, en Irak.")
    assert all(e.event_date != date(2023, 10, 17) for e in evs)


def test_a_bare_number_is_not_a_date():
    doc, ds = _dates("Trois roquettes et 12 obus sont tombés.")
    assert ds == []


# -- without a publication date ---------------------------------------------------------------

def test_weekday_day_month_picks_the_year_that_fits():
    doc, _ = _dates("Le jeudi 4 janvier, des drones ont visé une base.", None)
    # Thursday 4 January: 2018, 2024, 2029 … the latest one not after `today`
    assert infer_anchor(doc, today=date(2024, 6, 1)) == (date(2024, 1, 4), "weekday")
    assert infer_anchor(doc, today=date(2020, 6, 1)) == (date(2018, 1, 4), "weekday")


def test_a_year_named_in_the_text_breaks_the_tie():
    # Monday 4 January fits 2010, 2016 and 2021: the year the text names decides
    text = "Le lundi 4 janvier, des drones ont visé une base. La guerre avait repris en {y}."
    for y in (2010, 2016, 2021):
        doc, _ = _dates(text.format(y=y), None)
        assert infer_anchor(doc, today=date(2024, 6, 1)) == (date(y, 1, 4), "weekday")


def test_weekday_day_month_resolves_in_the_pipeline_without_publication():
    _, ds = _dates("Le lundi 4 janvier, des drones ont visé une base. La guerre avait repris en 2016.", None)
    assert [v for _, v, _ in ds if v] == [date(2016, 1, 4)]  # "en 2016" is the anchor's own year: no date


def test_dateline_date_becomes_the_anchor():
    text = "Beyrouth, 11 août 2024 (AFP) - Hier, des avions ont frappé un village. Mardi, un autre raid a eu lieu."
    doc, ds = _dates(text, None)
    assert (doc.anchor, doc.anchor_source) == (date(2024, 8, 11), "dateline")
    by_text = {t: v for t, v, _ in ds}
    assert by_text["Hier"] == date(2024, 8, 10)
    assert by_text["Mardi"] == date(2024, 8, 6)
    assert infer_anchor(doc, today=date(2030, 1, 1)) == (date(2024, 8, 11), "dateline")


def test_publication_date_wins_over_dateline():
    doc, ds = _dates("Beyrouth, 11 août 2024 (AFP) - Hier, des avions ont frappé un village.", "2024-08-12")
    assert doc.anchor_source == "published"
    assert dict((t, v) for t, v, _ in ds)["Hier"] == date(2024, 8, 11)


def test_latest_full_date_is_the_anchor_when_no_weekday_fits():
    doc, ds = _dates("Le 3 mars 2022, un raid a eu lieu. Le 9 mars 2022, un autre a suivi. Hier, un troisième.", None)
    assert infer_anchor(doc, today=date(2024, 1, 1)) == (date(2022, 3, 9), "full-date")
    assert dict((t, v) for t, v, _ in ds)["Hier"] == date(2022, 3, 8)


def test_a_named_year_alone_gives_a_year_anchor():
    doc, _ = _dates("En 2019, les combats faisaient rage dans la région.", None)
    assert infer_anchor(doc, today=date(2024, 1, 1)) == (date(2019, 12, 31), "year")


def test_no_date_at_all_gives_no_anchor_and_relative_dates_stay_unknown():
    doc, ds = _dates("Hier, un obus est tombé sur le marché.", None)
    assert infer_anchor(doc, today=date(2024, 1, 1)) == (None, "none")
    assert ds[0][1] is None and ds[0][2]["precision"] == "unknown"


def test_future_years_are_not_anchors():
    doc, _ = _dates("Le plan prévoit un retrait en 2031.", None)
    assert infer_anchor(doc, today=date(2024, 1, 1)) == (None, "none")


# Formerly a known gap: the day a statement was made is not the day of the strike it reports.
def test_statement_day_is_not_the_event_day():
    e = only_event("Le ministre a indiqué jeudi qu'une frappe aérienne avait touché Tyr, au Liban, le 30 décembre.")
    assert e.event_date == date(2023, 12, 30)
