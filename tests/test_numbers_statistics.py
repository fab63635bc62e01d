"""components.numbers (digits and French number words) and components.statistics (aggregate
figures with qualifiers and periods, never units nor an event's toll)."""
from __future__ import annotations

from datetime import date

import pytest

from fr_helpers import run_doc


def _numbers(text: str):
    doc = run_doc(text, upto="numbers")
    return [(text[s.start:s.end], s.label) for s in doc.get("number") if not s.data.get("article")]


def _stats(text: str, published: str | None = "2024-01-05"):
    return run_doc(text, published).statistics


# -- numbers --------------------------------------------------------------------------------

@pytest.mark.parametrize("text,expected", [
    ("Plus de 30 000 personnes ont fui.", [("30 000", 30000)]),
    ("Plus de 30\u00a0000 personnes ont fui.", [("30\u00a0000", 30000)]),
    ("Plus de 30\u202f000 personnes ont fui.", [("30\u202f000", 30000)]),
    ("On compte 1.200 blessés.", [("1.200", 1200)]),
    ("On compte 1 500 000 réfugiés.", [("1 500 000", 1500000)]),
    ("On compte 118 attaques.", [("118", 118)]),
    ("Près de 3 millions de déplacés.", [("3 millions", 3000000)]),
])
def test_digits_with_thousand_separators(text, expected):
    assert _numbers(text) == expected


@pytest.mark.parametrize("words,value", [
    ("trois", 3), ("Trente-deux", 32), ("dix-sept", 17), ("soixante-dix-sept", 77), ("quatre-vingt-dix", 90),
    ("vingt et un", 21), ("deux cent trente", 230), ("deux mille trois cents", 2300),
])
def test_number_words(words, value):
    assert _numbers(f"Ils étaient {words} soldats.") == [(words, value)]


def test_approximate_number_nouns():
    doc = run_doc("Une dizaine de roquettes et des centaines d'obus.", upto="numbers")
    approx = [(doc.text[s.start:s.end], s.label, s.data.get("plural_approx")) for s in doc.get("number") if s.data.get("approx")]
    assert approx == [("dizaine", 10, False), ("centaines", 100, True)]


def test_lone_indefinite_article_is_flagged_as_article():
    doc = run_doc("Une roquette est tombée.", upto="numbers")
    (n,) = doc.get("number")
    assert n.label == 1 and n.data["article"] is True


def test_number_spans_slice_the_text():
    text = "Vingt-cinq civils, 1 200 soldats et une douzaine d’enfants."
    doc = run_doc(text, upto="numbers")
    for s in doc.get("number"):
        assert text[s.start:s.end].strip() == text[s.start:s.end] and s.end > s.start


# -- statistics -----------------------------------------------------------------------------

def test_at_least_with_period_start_and_end():
    (st,) = _stats("Selon un responsable américain, les bases américaines ont subi au moins 118 attaques "
                   "depuis le 17 octobre en Irak et en Syrie.")
    assert (st.count, st.qualifier, st.description) == (118, "at_least", "attacks")
    assert st.period_start == date(2023, 10, 17)
    assert st.period_end == date(2024, 1, 5)
    assert st.countries == ["IQ", "SY"]
    assert st.claimant == "un responsable américain"


def test_period_end_is_left_open_without_a_publication_date():
    (st,) = _stats("Les bases ont subi au moins 118 attaques depuis le 17 octobre 2023.", None)
    assert st.period_start == date(2023, 10, 17)
    assert st.period_end is None


def test_more_than_a_hundred_with_the_noun_earlier_in_the_sentence():
    (st,) = _stats("Le groupe a porté le nombre de ses attaques contre les bases à plus d'une centaine.")
    assert (st.count, st.qualifier, st.description) == (100, "more_than", "attacks")


@pytest.mark.parametrize("text,count,qualifier", [
    ("Au total, trente-deux attaques ont été recensées depuis le 1er janvier.", 32, "exact"),
    ("L'armée a mené une dizaine de frappes dans la région.", 10, "about"),
    ("L'armée a mené plus de 40 frappes dans la région.", 40, "more_than"),
    ("L'armée a mené environ 60 frappes dans la région.", 60, "about"),
    ("Au moins 25 000 personnes ont été tuées depuis le début de la guerre.", 25000, "at_least"),
])
def test_statistics_count_and_qualifier(text, count, qualifier):
    (st,) = _stats(text)
    assert (st.count, st.qualifier) == (count, qualifier)


@pytest.mark.parametrize("text", [
    "Des roquettes sont tombées mardi à 70 kilomètres de la frontière.",
    "Le drone a parcouru 1 200 km avant d'être abattu.",
    "Les frappes ont détruit 12% des habitations du quartier.",
    "Les frappes ont détruit 35 pour cent des habitations du quartier.",
    "Un homme de 45 ans a été blessé lors des frappes.",
    "Le convoi a roulé pendant 14 heures sous les frappes.",
])
def test_units_are_not_statistics(text):
    assert _stats(text) == []


@pytest.mark.parametrize("text", [
    "Mardi, trois soldats ont été tués dans une embuscade près de Kidal, au Mali.",
    "Mardi, une vingtaine de combattants ont été tués lors de combats à Kidal, au Mali.",
    "Mardi, 12 civils ont été blessés par des tirs d'obus à Kidal, au Mali.",
])
def test_an_event_toll_is_not_a_statistic(text):
    doc = run_doc(text)
    assert doc.statistics == []
    assert len(doc.events) == 1


def test_a_year_is_not_a_statistic():
    assert _stats("En 2023, les attaques se sont multipliées.") == []


def test_a_statistic_sentence_gives_no_event():
    doc = run_doc("Selon le Pentagone, au moins 118 attaques ont visé les forces américaines en Irak et en Syrie "
                  "depuis le 17 octobre.")
    assert [s.count for s in doc.statistics] == [118]
    assert doc.events == []


def test_vague_plural_amounts_are_not_figures():
    assert _stats("L'armée a frappé des dizaines de cibles dans la région.") == []


def test_statistic_in_boilerplate_is_ignored():
    assert _stats("Le ministre a parlé.\nA lire: Au moins 118 attaques depuis le 17 octobre.") == []


def test_statistic_evidence_slices_the_text():
    text = "Texte d’ouverture.\n\nSelon l’OSDH, au moins 500 frappes ont été menées depuis le 1er janvier dans la région d’Idleb."
    (st,) = _stats(text)
    (ev,) = st.evidence
    assert text[ev.start:ev.end] == ev.text
    assert ev.text.startswith("Selon l’OSDH") and ev.text.endswith("Idleb.")


# Formerly a known gap, now fixed.
def test_decimal_millions():
    doc = run_doc("Près de 2,5 millions de personnes ont fui les combats.", upto="numbers")
    assert 2_500_000 in [s.label for s in doc.get("number")]


# -- tallies of projectiles, displaced, kidnapped pupils ------------------------------------------

def _tallies(text):
    return [(s.count, s.qualifier) for s in run_doc(text).statistics]


def test_projectiles_since_a_month_are_a_tally_and_no_event():
    doc = run_doc("Les Houthis ont tiré plus de 200 missiles et drones vers Israël depuis novembre.")
    assert [(s.count, s.qualifier) for s in doc.statistics] == [(200, "more_than")]
    assert doc.events == []


def test_projectiles_launched_from_somewhere_are_no_tally():
    assert _tallies("Mardi, l'armée a intercepté cinq drones lancés depuis les zones houthies au-dessus de la mer Rouge.") == []


def test_displaced_and_kidnapped_pupils_are_tallies():
    assert _tallies("La guerre a fait plus de dix millions de déplacés, selon l'ONU.") == [(10_000_000, "more_than")]
    assert _tallies("Depuis 2014, au moins 1.400 élèves ont été kidnappés au Nigeria, selon l'Unicef.") == [(1400, "at_least")]


def test_a_verb_of_exceeding_before_the_count_makes_it_more_than():
    doc = run_doc("تجاوز عدد الضربات الإسرائيلية على الأراضي السورية 700 ضربة منذ سقوط النظام في 8 كانون الأول.",
                  "2025-03-26", lang="ar")
    assert [(s.count, s.qualifier) for s in doc.statistics] == [(700, "more_than")]
