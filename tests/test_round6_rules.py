"""Group names joined to generic words, subjects after "when", forces that only guard the attackers,
armies an outlet calls "the enemy", periods that start at an event, datelines without a year and
the region a place lies in.

Every sentence here is written for the tests; none is copied from an article."""
from __future__ import annotations

from fr_helpers import events, run_doc


def _first_actor1(text: str, published: str, lang: str = "fr"):
    """Actor 1 of the first event the text gives, or None."""
    evs = events(text, published, lang=lang)
    return evs[0].actor1.name if evs and evs[0].actor1 is not None else None


def test_a_group_name_before_militants_names_them():
    evs = events("Four guards from the Security Belt forces died when Al-Shabaab militants stormed a checkpoint "
                 "in Jowhar on Sunday.", "2024-06-03", lang="en")
    assert [e.actor1.name for e in evs] == ["Al-Shabaab"]


def test_the_generic_word_before_the_group_name_is_that_group():
    doc = run_doc("Des assaillants de l'Etat islamique ont visé mardi un poste de l'armée près de Ménaka.",
                  "2024-06-04", upto="actors")
    assert {a.label for a in doc.get("actor")} >= {"Islamic State"}
    assert "Unidentified armed group" not in {a.label for a in doc.get("actor")}


def test_a_named_group_after_when_is_the_subject_of_its_own_clause():
    assert _first_actor1("Two policemen were wounded when Islamic State gunmen opened fire on their patrol near Kirkuk on Friday.",
                         "2024-06-08", lang="en") == "Islamic State"


def test_troops_backing_settlers_are_not_the_attackers():
    assert _first_actor1("Israeli settlers, backed by army troops, attacked the village of Burqa east of Ramallah on Friday.",
                         "2024-06-08", lang="en") == "Israeli settlers"


def test_troops_protecting_settlers_are_not_the_attackers_in_french():
    assert _first_actor1("Des colons, sous la protection de soldats israéliens, ont attaqué vendredi le village de Burqa, "
                         "à l'est de Ramallah.", "2024-06-08") == "Israeli settlers"


def test_plain_army_is_not_the_army_the_outlet_calls_the_enemy():
    text = ("Damascus (SANA) - The Israeli enemy carried out an air aggression on the outskirts of Damascus on Friday.\n\n"
            "In Idlib countryside, army units on Saturday targeted with artillery the positions of terrorists in Sarmin.")
    evs = events(text, "2024-06-09", lang="en")
    saturday = [e for e in evs if str(e.event_date) == "2024-06-08"]
    assert saturday and saturday[0].actor1.name == "Military Forces of Syria"


def test_plain_army_after_a_neutral_name_is_that_army():
    text = ("The Israeli army said its jets struck a weapons depot near Nabatieh on Friday.\n\n"
            "On Saturday the army also shelled the outskirts of Khiam, the military said.")
    evs = events(text, "2024-06-09", lang="en")
    khiam = [e for e in evs if e.location.name.startswith("Kh")]
    assert khiam and khiam[0].actor1.name == "Military Forces of Israel"


def test_since_an_event_on_a_date_is_a_period_not_an_event_date():
    evs = events("Depuis la chute de l'ancien régime le 8 décembre, l'aviation israélienne a mené plus de 300 frappes "
                 "en Syrie, selon des sources locales.", "2025-03-20")
    assert not [e for e in evs if e.event_date is not None]


def test_since_dawn_today_is_no_period():
    doc = run_doc("اندلعت منذ فجر اليوم اشتباكات عنيفة في مخيم جنين.", "2024-12-04", upto="dates", lang="ar")
    assert doc.get("date") and not any(d.data.get("since") for d in doc.get("date"))


def test_fired_from_a_place_on_a_day_is_no_period():
    doc = run_doc("Drones launched from Yemen on Monday struck near Eilat.", "2024-06-11", upto="dates", lang="en")
    assert doc.get("date") and not any(d.data.get("since") for d in doc.get("date"))


def test_a_day_and_month_with_an_agency_is_a_dateline():
    text = ("Strikes near Daraa\n\nDaraa, 12 mars (SANA) - Trois civils ont été tués mardi par un bombardement "
            "d'artillerie contre le village de Koya.")
    evs = events(text, "2025-03-12")
    assert [e.location.name for e in evs] == ["Koya (Daraa)"]


def test_the_region_a_village_lies_in_is_no_second_event():
    evs = events("Deux civils ont été tués mardi par des tirs d'artillerie contre le village de Tasil, dans le bassin "
                 "du Yarmouk, dans la campagne ouest de Daraa.", "2025-03-12")
    assert [e.location.name for e in evs] == ["Tasīl"]


def test_a_place_after_and_is_still_its_own_event():
    evs = events("Des frappes israéliennes ont visé mardi le village de Tasil, dans la campagne de Daraa, et la ville de Nawa, "
                 "dans le sud de la Syrie.",
                 "2025-03-12")
    assert len(evs) == 2


def test_rebels_linked_to_a_group_are_that_group():
    doc = run_doc("Rebels linked to the Islamic State group attacked a church in eastern Congo on Sunday.", "2024-06-10",
                  upto="actors", lang="en")
    rebels = [a for a in doc.get("actor") if doc.text[a.start:a.end].startswith("Rebels")]
    assert rebels and rebels[0].label == "Islamic State"


def test_a_generic_word_with_no_group_joined_stays_unnamed():
    doc = run_doc("Militants attacked a checkpoint near Mosul on Sunday, the Islamic State claimed.", "2024-06-10",
                  upto="actors", lang="en")
    militants = [a for a in doc.get("actor") if doc.text[a.start:a.end].startswith("Militants")]
    assert militants and militants[0].label == "Unidentified armed group"


def test_the_side_an_operation_was_launched_against_is_not_its_agent():
    assert _first_actor1("Un jeune a été tué dimanche lors d'affrontements entre les forces de sécurité palestiniennes et des "
                         "combattants dans le camp de Jénine, lors d'une opération lancée par Ramallah contre les groupes armés.",
                         "2024-12-16") == "Palestinian Authority Security Forces"


def test_the_zionist_regime_that_attacks_is_israels_forces():
    assert _first_actor1("Iran said the Zionist regime attacked military sites in Ilam province at dawn on Saturday.",
                         "2024-10-26", lang="en") == "Military Forces of Israel"


def test_the_same_day_after_an_arabic_and_is_the_story_day():
    text = ("أحبطت قوات الجيش فجر أمس الثلاثاء هجوماً على مواقعها في صرواح.\n\n"
            "وفي اليوم ذاته، استهدفت المليشيا بطائرة مسيرة موقعاً للجيش في مديرية حريب.")
    doc = run_doc(text, "2025-02-12", upto="dates", lang="ar")
    same = [d for d in doc.get("date") if "ذاته" in doc.text[d.start:d.end]]
    assert same and same[0].data.get("story_rel") == 0


def test_hours_earlier_keeps_the_story_day():
    text = ("Des drones ont visé mardi un navire au large de Hodeïda.\n\n"
            "Quelques heures auparavant, des frappes américaines avaient visé des positions près de l'aéroport de Hodeïda.")
    evs = events(text, "2024-03-06")
    assert evs and all(e.event_date is not None for e in evs)


def test_a_drone_dropping_a_bomb_is_a_drone_strike():
    evs = events("A drone dropped two bombs on an army post in Kidal on Thursday.", "2024-06-09", lang="en")
    assert [e.sub_event_type for e in evs] == ["Air/drone strike"]
    evs = events("ألقت طائرة مسيرة قنبلة على موقع للجيش في صرواح يوم الخميس.", "2024-06-09", lang="ar")
    assert [e.sub_event_type for e in evs] == ["Air/drone strike"]


def test_killed_in_an_encounter_is_a_clash():
    evs = events("Three suspected militants were killed in an encounter with army troops in Butig town on Thursday.",
                 "2024-06-09", lang="en")
    assert [e.sub_event_type for e in evs] == ["Armed clash"]


def test_an_agent_after_par_may_follow_where_and_when():
    evs = events("Trois commerçants ont été enlevés mardi sur la route nationale 27, près de Komanda, à une quinzaine de "
                 "kilomètres au nord de Bunia, par des hommes armés non identifiés.", "2024-09-11")
    assert evs and evs[0].actor1.name == "Unidentified armed group" and evs[0].actor1.text == "hommes armés non identifiés"


def test_a_while_clause_tells_its_own_event():
    evs = events("L'aviation israélienne a frappé mardi Aitaroun, tandis que le Hezbollah a tiré des roquettes sur "
                 "Kiryat Shmona.", "2024-06-09")
    by_place = {e.location.name: (e.actor1.name, e.sub_event_type) for e in evs}
    assert by_place["Aitaroun"] == ("Military Forces of Israel", "Air/drone strike")
    assert by_place["Qiryat Shmona"] == ("Hezbollah", "Shelling/artillery/missile attack")


def test_a_list_of_places_without_a_second_clause_shares_one_actor():
    evs = events("L'aviation israélienne a frappé mardi Aitaroun et Kfar Kila, dans le sud du Liban.", "2024-06-09")
    assert len(evs) == 2 and {e.actor1.name for e in evs} == {"Military Forces of Israel"}


def test_an_arabic_capital_before_a_present_tense_accusation_speaks():
    doc = run_doc("وتتهم إسلام آباد حكومة طالبان بإيواء المسلحين، وإسلام آباد تطالب بتسليمهم.", "2024-12-28",
                  upto="places", lang="ar")
    assert not [p for p in doc.get("place") if p.label is not None]


def test_who_was_arrested_did_not_seize_the_weapons():
    evs = events("On Friday, federal and state forces arrested three suspected Chapitos operatives in Culiacán, seizing "
                 "rifles and two drones loaded with explosives.", "2025-02-04", lang="en")
    assert evs and evs[0].actor1.name != "Sinaloa Cartel"


def test_the_night_of_a_named_day_is_that_day():
    doc = run_doc("Des combats ont eu lieu dans la nuit du samedi 11 au dimanche 12 octobre à Bajaur.", "2025-10-14",
                  upto="dates")
    assert sorted(str(d.label) for d in doc.get("date")) == ["2025-10-11", "2025-10-12"]


def test_an_arabic_subject_inside_a_gapped_trigger_acts_and_the_owner_after_li_is_hit():
    evs = events("استهدفت مليشيا الحوثي بطائرة مسيرة مفخخة موقعاً للجيش في مديرية صرواح يوم الثلاثاء.", "2025-02-12", lang="ar")
    assert evs and evs[0].actor1.name == "Ansar Allah"
    assert evs[0].actor2 is not None and evs[0].actor2.name == "Military Forces of Yemen"


def test_khawarij_are_the_insurgents_the_state_of_the_story_fights():
    so = run_doc("مقديشو - سقطت ثلاث قذائف هاون أطلقتها ميليشيات الخوارج على حي في مقديشو بالصومال.", "2024-09-24",
                 upto="forces", lang="ar")
    assert "Al-Shabaab" in {a.label for a in so.get("actor")}
    pk = run_doc("The army said it killed six khwarij in North Waziristan, Pakistan, on Monday.", "2025-03-05",
                 upto="forces", lang="en")
    assert "Tehrik-e-Taliban Pakistan" in {a.label for a in pk.get("actor")}
