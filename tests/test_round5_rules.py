"""Blame on a state, reference points behind a kind word, habitual raids, title-case datelines,
ground taken, names after an Arabic town word, arrests and objects of verbs.

Every sentence here is written for the tests; none is copied from an article."""
from __future__ import annotations

from fr_helpers import events, run_doc


def test_a_strike_blamed_on_a_state_is_its_forces():
    evs = events("Deux combattants ont été tués samedi par une frappe de drone attribuée à la Turquie près de Sinouni.",
                 "2024-05-13")
    assert [e.actor1.name for e in evs] == ["Military Forces of Turkey"]


def test_north_of_mount_x_is_a_reference_point_not_a_second_event():
    evs = events("Deux combattants ont été tués samedi par une frappe de drone près de Sinouni, au nord du mont Sinjar.",
                 "2024-05-13")
    assert [e.location.name for e in evs] == ["Sinuni"]


def test_raids_the_army_keeps_making_are_no_dated_event():
    evs = events("Depuis des mois, l'armée israélienne multiplie les incursions dans la province de Quneitra.", "2025-11-29")
    assert all(e.event_date is None for e in evs)


def test_a_title_case_town_and_a_dash_open_a_dateline_not_an_event():
    text = ("Fighting in northern Ethiopia\n\nAddis Abeba - Rebels entered Debre Markos on Monday "
            "and clashed with government forces for several hours, residents said.")
    evs = events(text, "2024-10-10", lang="en")
    assert [e.location.name for e in evs] == ["Debre Mark’os"]


def test_villages_and_a_base_seized_are_ground_taken():
    evs = events("Rebels seized a string of villages and a major army base west of Aleppo on Thursday.", "2024-11-28", lang="en")
    assert evs and evs[0].sub_event_type == "Non-state actor overtakes territory"


def test_an_unknown_arabic_name_after_a_town_word_is_read_across_scripts_in_the_named_country():
    text = "قتل عشرة أشخاص أمس في هجوم على كنيسة في بلدة كوماندا شرقي جمهورية الكونغو الديمقراطية."
    evs = events(text, "2025-07-28", lang="ar")
    assert [e.location.country for e in evs] == ["CD"] and evs[0].location.name == "Komanda"


def test_an_adjective_after_a_town_word_is_no_name():
    doc = run_doc("سقطت قذائف على قرى حدودية أمس.", "2024-12-29", upto="places", lang="ar")
    assert not doc.get("place")


def test_the_group_after_an_arrest_is_who_was_seized():
    evs = events("Le service de contre-terrorisme a annoncé lundi avoir arrêté à Falloujah un haut responsable de l'EI.",
                 "2024-05-13")
    assert evs and evs[0].actor1.name != "Islamic State"


def test_the_object_of_an_attack_verb_is_not_its_author():
    evs = events("Jeudi, des habitants ont attaqué une patrouille de l'armée malienne à Kidal.")
    assert evs and (evs[0].actor1 is None or evs[0].actor1.name != "Military Forces of Mali")


def test_an_owner_behind_an_inserted_source_is_not_the_attacker():
    evs = events("Vendredi, des bombardiers ont frappé des sites à Mayadine utilisés, selon Washington, par la force Al-Qods.",
                 "2024-02-03")
    assert evs and evs[0].actor1.name != "Military Forces of Iran"


def test_victims_counted_after_gunfire_keep_the_attack_when_a_later_sentence_says_the_attack():
    text = ("Two gunmen opened fire at a crowded bus stop in Jerusalem on Monday morning, killing six people. "
            "The attack began at around 10 a.m., when the two men started shooting at passengers, police said.")
    evs = events(text, "2025-09-08", lang="en")
    assert [e.sub_event_type for e in evs] == ["Attack"]


def test_the_side_a_clash_was_fought_with_is_a_party():
    evs = events("Two rebels were killed in a clash with troops near Las Navas, Northern Samar, Philippines, on Tuesday.",
                 "2025-01-24", lang="en")
    assert evs and evs[0].actor1 is not None and evs[0].actor1.name == "Military Forces of the Philippines"


def test_two_days_earlier_counts_back_from_the_story_day():
    text = ("On Sunday, gunmen attacked a police post in Kaya, Burkina Faso, killing two officers. Two days earlier, "
            "suspected jihadists stopped a bus east of Fada N'Gourma and abducted seven passengers.")
    evs = {e.location.name: e.event_date.isoformat() for e in events(text, "2025-05-12", lang="en")}
    assert evs.get("Fada N'gourma") == "2025-05-09"


def test_a_protest_dispersed_in_the_next_sentence_is_a_protest_with_intervention():
    evs = events("Des milliers de personnes ont manifesté jeudi à Antananarivo contre les coupures d'eau. "
                 "Les forces de l'ordre ont dispersé les manifestants à coups de gaz lacrymogène.", "2025-09-27")
    assert [e.sub_event_type for e in evs] == ["Protest with intervention"]


def test_the_rebels_are_the_one_armed_group_the_article_names():
    text = ("M23 rebels entered Sake on Monday, North Kivu, Congo. On Friday the rebels seized Kavumu airport "
            "north of Bukavu after soldiers abandoned their positions.")
    evs = events(text, "2025-02-16", lang="en")
    assert {e.actor1.name for e in evs if e.actor1} == {"M23"}


def test_rebel_positions_name_no_actor_in_french():
    doc = run_doc("Le Hamas a revendiqué l'attaque. Des frappes ont visé des positions rebelles près de Hodeida.",
                  "2024-03-05", upto="forces")
    assert not [a for a in doc.get("actor") if a.data.get("group_ref")]
