"""components.mentions.find_actors (catalogue aliases), components.attribution (claimed /
reported / confirmed / denied) and the actor roles chosen by assemble (actor1 acts, actor2 is hit)."""
from __future__ import annotations

import pytest

from fr_helpers import only_event, run_doc


def _actors(text: str, lang: str = "fr"):
    doc = run_doc(text, upto="actors", lang=lang)
    return [(text[s.start:s.end], s.label) for s in doc.get("actor")]


# -- catalogue aliases ------------------------------------------------------------------------

@pytest.mark.parametrize("text,lang,alias", [
    ("La Résistance islamique en Irak a publié un texte.", "fr", "Résistance islamique en Irak"),
    ("la RÉSISTANCE ISLAMIQUE EN IRAK a publié un texte.", "fr", "RÉSISTANCE ISLAMIQUE EN IRAK"),
    ("la resistance islamique d’irak a publié un texte.", "fr", "resistance islamique d’irak"),
    ("The Islamic Resistance in Iraq said it fired drones.", "en", "Islamic Resistance in Iraq"),
    ("أعلنت المقاومة الإسلامية في العراق أنها استهدفت القاعدة.", "ar", "المقاومة الإسلامية في العراق"),
    ("أعلنت المقاومة الاسلامية في العراق أنها استهدفت القاعدة.", "ar", "المقاومة الاسلامية في العراق"),  # no hamza
    ("وقالت والمقاومة الإسلامية في العراق إنها استهدفت القاعدة.", "ar", "والمقاومة الإسلامية في العراق"),
])
def test_aliases_match_across_case_accents_and_scripts(text, lang, alias):
    assert _actors(text, lang) == [(alias, "Islamic Resistance in Iraq")]


def test_actor_spans_keep_the_original_spelling():
    text = "Les Forces démocratiques syriennes et les forces democratiques SYRIENNES."
    got = _actors(text)
    assert [a for a, _ in got] == ["Forces démocratiques syriennes", "forces democratiques SYRIENNES"]
    assert {n for _, n in got} == {"Syrian Democratic Forces"}


def test_acronyms_match_only_in_capitals():
    assert _actors("Les FDS ont repoussé une attaque.") == [("FDS", "Syrian Democratic Forces")]
    assert _actors("Les fds ont repoussé une attaque.") == []
    assert _actors("The SDF said it is ready; the sdf is not an actor.", "en") == [("SDF", "Syrian Democratic Forces")]


def test_acronym_is_whole_word_only():
    assert _actors("Le groupe EIXYZ et l'EI.") == [("EI", "Islamic State")]


def test_longest_alias_wins():
    # "forces d'occupation israéliennes" contains "forces israéliennes"-like words; one actor span only
    got = _actors("Des soldats israéliens et l'armée israélienne sont entrés dans Jénine.")
    assert got == [("soldats israéliens", "Military Forces of Israel"), ("armée israélienne", "Military Forces of Israel")]


# -- attribution ----------------------------------------------------------------------------

def test_claimed_by_the_perpetrator():
    e = only_event("Le Hezbollah a revendiqué jeudi une attaque de drone contre une base de l'armée israélienne près de Metoula.")
    assert e.actor1.name == "Hezbollah"
    assert (e.attribution.status, e.attribution.claimant) == ("claimed", "Hezbollah")
    assert e.attribution.text == "revendiqué"


def test_claimed_in_a_passive_sentence():
    e = only_event("Jeudi, une attaque de drone a visé la base d'Aïn al-Assad, en Irak. "
                   "Cette attaque a été revendiquée par la Résistance islamique en Irak.")
    assert e.actor1.name == "Islamic Resistance in Iraq"
    assert (e.attribution.status, e.attribution.claimant) == ("claimed", "Islamic Resistance in Iraq")


def test_reported_by_a_source_after_selon():
    e = only_event("Selon l'OSDH, des frappes aériennes russes ont visé jeudi la ville d'Idleb, dans le nord-ouest de la Syrie.")
    assert e.attribution.status == "reported"
    assert "OSDH" in e.attribution.claimant
    assert e.actor1.name == "Military Forces of Russia"  # the source is never the attacker


def test_reported_by_a_catalogue_actor_after_selon():
    e = only_event("Selon le Pentagone, une attaque de drone a visé jeudi la base d'Aïn al-Assad en Irak.")
    assert (e.attribution.status, e.attribution.claimant) == ("reported", "Military Forces of the United States")
    assert e.actor1 is None or e.actor1.name == "Unidentified armed group"  # the reporter is no party to it


def test_confirmed_by_the_side_hit():
    e = only_event("Le Pentagone a confirmé jeudi qu'une attaque de drone de la Résistance islamique en Irak "
                   "avait visé les forces américaines à Erbil, en Irak.")
    assert e.actor1.name == "Islamic Resistance in Iraq"
    assert e.actor2.name == "Military Forces of the United States"
    assert (e.attribution.status, e.attribution.claimant) == ("confirmed", "Military Forces of the United States")


def test_confirmed_with_victims_of_a_passive_verb():
    e = only_event("L'armée israélienne a confirmé jeudi que deux soldats israéliens avaient été tués par un drone "
                   "du Hezbollah à Metoula.")
    assert e.actor1.name == "Hezbollah"
    assert e.actor2.name == "Military Forces of Israel"
    assert e.attribution.status == "confirmed"


def test_denied():
    e = only_event("Le Hezbollah a démenti jeudi toute implication dans l'attaque à la roquette qui a visé Kiryat Shmona.")
    assert (e.attribution.status, e.attribution.claimant) == ("denied", "Hezbollah")
    assert e.attribution.text == "démenti"


def test_no_cue_is_reported_by_the_article_source():
    doc = run_doc("Jeudi, des obus sont tombés sur la ville de Tyr, au Liban.")
    (e,) = doc.events
    assert e.attribution.status == "reported"
    assert e.attribution.claimant is None and e.attribution.text is None


# -- roles ----------------------------------------------------------------------------------

def test_passive_agent_after_par_is_actor1():
    e = only_event("Jeudi, des soldats de l'armée malienne ont été tués dans une embuscade tendue par des "
                   "jihadistes du JNIM près de Kidal.")
    assert e.actor1.name == "Jama'at Nusrat al-Islam wal-Muslimin"
    assert e.actor1.text == "JNIM"
    assert e.actor2.name == "Military Forces of Mali"


def test_passive_agent_of_tues_par_des_tirs_de():
    e = only_event("Jeudi, trois civils ont été tués par des tirs de l'armée israélienne à Jénine, en Cisjordanie.")
    assert e.actor1.name == "Military Forces of Israel"
    assert e.actor2.name == "Civilians"
    assert e.fatalities == 3


def test_subject_of_a_passive_verb_is_the_victim():
    e = only_event("Mercredi, les forces américaines ont été visées par une attaque de drone de la Résistance "
                   "islamique en Irak à Erbil, en Irak.")
    assert e.actor1.name == "Islamic Resistance in Iraq"
    assert e.actor2.name == "Military Forces of the United States"


def test_active_subject_is_actor1_and_object_actor2():
    e = only_event("Jeudi, les FDS ont frappé une position de l'armée syrienne à Deir ez-Zor, en Syrie.")
    assert e.actor1.name == "Syrian Democratic Forces"
    assert e.actor2.name == "Military Forces of Syria"


def test_civilians_are_never_actor1():
    e = only_event("Jeudi, des civils ont attaqué une patrouille de l'armée malienne à Kidal.")
    assert e.actor1 is None
    assert e.actor2.name == "Military Forces of Mali"


def test_civilians_hit_by_settlers():
    e = only_event("Jeudi, des colons israéliens ont attaqué des civils palestiniens dans le village de Turmus Ayya, en Cisjordanie.")
    assert e.actor1.name == "Israeli settlers"
    assert (e.actor2.name, e.actor2.type) == ("Civilians", "Civilians")


def test_demonym_on_the_weapon_names_the_attacker():
    e = only_event("Jeudi, des avions israéliens ont frappé la ville de Tyr, au Liban.")
    assert e.actor1.name == "Military Forces of Israel"
    assert e.actor1.text == "avions israéliens"


def test_actor_types_come_from_the_catalogue():
    e = only_event("Jeudi, les FDS ont frappé une position de l'armée syrienne à Deir ez-Zor, en Syrie.")
    assert (e.actor1.type, e.actor2.type) == ("Rebel group", "State forces")


# -- speakers, escorts, blame, generic forces -----------------------------------------------------

def test_speaker_whose_own_fighters_struck_is_actor1():
    ev = only_event("Le Hezbollah a annoncé mardi que ses combattants avaient pris pour cible une caserne à Metula.")
    assert ev.actor1.name == "Hezbollah"


def test_force_escorting_the_victim_is_not_the_attacker():
    ev = only_event("Bamako, 3 mai 2024 (AFP) - Mardi, un convoi escorté par l'armée malienne a sauté sur un engin explosif près de Gao, au Mali.")
    assert ev.actor1.name == "Unidentified armed group"


def test_group_blamed_after_a_source_is_actor1():
    ev = only_event("Mardi, deux bergers ont été tués par une mine près de Palmyre, en Syrie, selon l'OSDH, "
                    "qui attribue l'engin au groupe Etat islamique.")
    assert ev.actor1.name == "Islamic State"


def test_police_resolves_to_the_datelines_country():
    ev = only_event("Kano (Nigeria), 3 mai 2024 (AFP) - La police a annoncé mardi avoir arrêté quatre suspects à Kano.")
    assert ev.actor1.name == "Police Forces of Nigeria"


def test_agent_after_an_inserted_source_is_actor1():
    ev = only_event("Mardi, un civil a été tué à Taëz, au Yémen, par un obus tiré, selon les autorités locales, par les Houthis.")
    assert ev.actor1.name == "Ansar Allah"
