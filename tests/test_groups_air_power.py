"""Groups the catalogue lacks, air strikes whose author a headline names, and owners that are not actors.

Every sentence here is written for the tests; none is copied from an article."""
from __future__ import annotations

import pytest

from fr_helpers import events, run_doc


def _groups(text, lang="en"):
    doc = run_doc(text, "2024-03-06", upto="groups", lang=lang)
    return [(doc.text[a.start:a.end], a.label) for a in doc.get("actor") if a.data.get("named_group")]


# -- a group introduced with its acronym is an actor, its acronym too --------------------------------

def test_an_english_group_with_its_acronym_keeps_its_english_name():
    found = _groups("Fighters of the Karoo Liberation Front (KLF) attacked a checkpoint near Mopti on Monday. "
                    "The KLF said in a statement that it had seized weapons.")
    assert ("Karoo Liberation Front (KLF)", "Karoo Liberation Front") in found
    assert ("KLF", "Karoo Liberation Front") in found


def test_a_french_group_is_known_by_its_acronym():
    found = _groups("Le Front de libération du Tassili (FLT) a revendiqué l'embuscade de mardi.", lang="fr")
    assert found == [("Front de libération du Tassili (FLT)", "FLT")]


def test_a_state_army_introduced_with_its_acronym_is_that_states_forces():
    found = _groups("Soldiers of the Lesotho Defence Force (LDF) clashed with gunmen near Maseru.")
    assert found[0][1] == "Military Forces of Lesotho"


@pytest.mark.parametrize("text", [
    "The Syrian Observatory for Human Rights (SOHR) said four people were killed.",
    "The International Organization for Migration (IOM) counted 3,000 displaced.",
    "The United Nations Mission in South Sudan (UNMISS) condemned the attack.",
    "The Nationalist Movement Party (MHP) called for calm.",
])
def test_monitors_agencies_missions_and_parties_are_no_armed_group(text):
    assert _groups(text) == []


def test_a_name_before_fighters_is_a_group_but_a_people_or_a_backer_is_not():
    text = ("Residents said Tembo fighters entered the town on Monday. Iran-backed militants and Syrian rebels "
            "were also seen. A spokesman for Tembo denied it.")
    assert [g for _s, g in _groups(text)] == ["Tembo"]


def test_a_capitalised_word_only_at_sentence_start_is_no_name():
    assert _groups("Several fighters were killed on Monday. Heavy fighters jets flew over the town.") == []


def test_a_named_group_becomes_the_attacker_of_its_event():
    evs = events("Fighters of the Karoo Liberation Front (KLF) attacked an army post in Mopti on Monday, "
                 "killing three soldiers.", "2024-03-06", lang="en")
    assert evs and evs[0].actor1.name == "Karoo Liberation Front"


# -- air strikes with no author, in an article whose headline names the one state striking ----------

def test_a_headline_names_the_state_behind_unattributed_strikes():
    text = ("Après la mort de deux soldats, les Etats-Unis frappent des cibles en Syrie\n\n"
            "Vendredi soir, les frappes ont visé des positions à Mayadine et à Boukamal, selon un observatoire.")
    evs = events(text, "2024-02-03")
    assert evs and {e.actor1.name for e in evs} == {"Military Forces of the United States"}


def test_an_attack_by_drone_is_not_given_to_the_headlines_state():
    text = ("Les Etats-Unis frappent des cibles en Syrie\n\n"
            "Vendredi, les frappes ont visé Mayadine. Dimanche, une attaque au moyen d'un drone avait visé la base d'Al-Tanf.")
    by_place = {e.location.name: e.actor1.name for e in events(text, "2024-02-03")}
    assert by_place.get("Al-Tanf") != "Military Forces of the United States"


# -- an owner named after "used by" is not the attacker ---------------------------------------------

def test_the_user_of_a_target_is_not_its_attacker():
    evs = events("Israeli jets on Thursday struck a depot in Hodeidah, Yemen, used by the Houthis, the military said.",
                 "2024-12-27", lang="en")
    assert evs and evs[0].actor1.name == "Military Forces of Israel"
