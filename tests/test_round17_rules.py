"""Seventeenth round: French writes a sea's name with its sea word in lower case ("en mer Rouge"); an event at
sea is coded, as ACLED does, to the coastal country the story is about, at that stretch of the sea.

Every sentence here is written for the tests; none is copied from an article."""
from __future__ import annotations

import pytest

from fr_helpers import events, run_doc


def _places(evs):
    return sorted((e.location.name, e.location.country) for e in evs if e.location)


# --- seas ------------------------------------------------------------------------------------------
@pytest.mark.parametrize("lang,text,expected,point", [
    ("fr", "Les Houthis ont tiré deux missiles sur un vraquier en mer Rouge dimanche, a indiqué l'armée américaine.",
     ("Red Sea", "YE"), (15.0, 41.8)),
    ("fr", "Un pétrolier a été touché par un drone des Houthis dans le golfe d'Aden samedi, selon une agence britannique.",
     ("Gulf of Aden", "YE"), (12.5, 45.5)),
    ("en", "The Houthis fired two missiles at a bulk carrier in the Red Sea on Sunday, the US military said.",
     ("Red Sea", "YE"), (15.0, 41.8)),
    ("ar", "أعلن الحوثيون يوم الأحد استهداف سفينة تجارية في البحر الأحمر بصاروخين.",
     ("Red Sea", "YE"), (15.0, 41.8)),
])
def test_a_sea_attack_is_coded_to_the_coast_the_story_is_about(lang, text, expected, point):
    evs = events(text, "2024-03-11", lang=lang)
    assert _places(evs) == [expected]
    loc = evs[0].location  # the waters off Yemen, not the basin's label point (20.0 N 38.5 E, 12.5 N 48.0 E)
    assert abs(loc.lat - point[0]) < 0.5 and abs(loc.lon - point[1]) < 0.5


def test_a_sea_with_no_coastal_country_in_the_story_keeps_no_country():
    evs = events("Un drone a été abattu au-dessus de la mer Rouge dimanche, a indiqué la marine française.", "2024-03-11")
    assert [(e.location.name, e.location.country) for e in evs] == [("Red Sea", None)]


def test_mer_rouge_is_no_louisiana_town_beside_an_american_army():
    evs = events("Mardi, un porte-conteneurs a été visé par un missile en mer Rouge, selon l'armée américaine.", "2024-03-11")
    assert _places(evs) in ([("Red Sea", None)], [])
    assert all(e.location.country != "US" for e in evs if e.location)


def test_la_croix_rouge_is_still_no_place():
    evs = events("La Croix-Rouge a évacué vingt blessés de Goma vendredi après des tirs d'obus, selon l'ONU.", "2024-03-11")
    assert all("Rouge" not in (e.location.name or "") for e in evs if e.location)


@pytest.mark.parametrize("text,expected", [
    ("A Russian missile hit a grain ship in the Black Sea near Odesa on Tuesday, Ukraine's navy said.", "UA"),
    ("Ukrainian sea drones attacked a patrol ship in the Black Sea off Novorossiysk overnight, Russia's ministry said.", "RU"),
])
def test_the_black_sea_off_the_coast_the_story_names(text, expected):
    doc = run_doc(text, "2024-03-05", lang="en")
    assert [(p.label.name, p.label.country) for p in doc.spans["place"] if p.label.kind == "sea"] == [("Black Sea", expected)]


@pytest.mark.parametrize("lang,text,expected", [
    ("fr", "Samedi, les Houthis ont visé un destroyer américain dans le nord de la mer Rouge avec des missiles.", "Northern Red Sea"),
    ("ar", "أعلن الحوثيون يوم السبت استهداف مدمرة أمريكية في شمال البحر الأحمر بالصواريخ.", "Northern Red Sea"),
    ("fr", "Dimanche, les Houthis ont visé un cargo dans le sud de la mer Rouge avec des missiles.", "Southern Red Sea"),
])
def test_the_part_of_a_sea(lang, text, expected):
    assert [e.location.name for e in events(text, "2024-03-11", lang=lang)] == [expected]


@pytest.mark.parametrize("lang,text", [
    ("fr", "Samedi, les Houthis ont visé le porte-avions américain au large du Yémen avec des missiles."),
    ("en", "On Saturday, the Houthis said they had targeted the American aircraft carrier off Yemen with missiles."),
])
def test_an_aircraft_carrier_is_a_ship_not_an_air_strike(lang, text):
    evs = events(text, "2024-03-11", lang=lang)
    assert [e.sub_event_type for e in evs] == ["Shelling/artillery/missile attack"]
    assert "airstrike" not in evs[0].weapons


# --- Arabic places and days ------------------------------------------------------------------------
def test_two_arabic_areas_alike_are_two_places_and_share_the_first_clauses_day():
    # "منطقة" is both a district's word and a town's: two areas named alike, neither holds the other;
    # the clause after "فيما" with no day of its own shares the first clause's
    evs = events("اندلعت اشتباكات مساء الخميس بين فصيلين مسلحين في منطقة تاجوراء شرق العاصمة طرابلس، "
                 "فيما سقطت قذيفة على مدرسة في منطقة عين زارة.", "2024-05-11", lang="ar")
    assert [(e.location.country, str(e.event_date)) for e in evs] == [("LY", "2024-05-09"), ("LY", "2024-05-09")]
    assert "Tripoli" not in [e.location.name for e in evs]


def test_a_while_clause_with_its_own_day_keeps_it():
    evs = events("قصفت المدفعية بلدة كفرنبل صباح الأحد، فيما استهدفت غارة جوية بلدة معرة النعمان مساء السبت.",
                 "2024-05-13", lang="ar")
    assert sorted(str(e.event_date) for e in evs) == ["2024-05-11", "2024-05-12"]


def test_the_night_is_no_french_city():
    evs = events("هاجم مسلحون في ساعة متأخرة من الليل حاجزاً للشرطة في مدينة بنغازي.", "2024-05-11", lang="ar")
    assert [e.location.name for e in evs] == ["Benghazi"]


# --- reference points ------------------------------------------------------------------------------
def test_two_places_each_told_by_its_bearing_are_two_events():
    evs = events("Dans la nuit de dimanche à lundi, l'aviation a frappé deux bases terroristes situées respectivement à une "
                 "vingtaine de kilomètres au sud de Ménaka et au nord d'Anderamboukane.", "2025-01-14")
    assert len(evs) == 2 and len({e.location.name for e in evs}) == 2


def test_a_bearing_from_a_place_itself_told_by_its_bearing_is_one_place():
    evs = events("Mardi, les combattants ont visé une force israélienne dans une maison à l'est de Beit Hanoun, "
                 "au nord de Gaza, selon un communiqué.", "2025-07-16")
    assert len(evs) == 1


# --- who is who ------------------------------------------------------------------------------------
def test_an_acronym_the_text_defines_names_that_actor_wherever_it_recurs():
    doc = run_doc("Militants attacked positions of the Somali National Army (SNA) near Balcad on Monday. "
                  "The SNA said it had pushed them back.", "2025-02-18", lang="en")
    sna = [a.label for a in doc.spans["actor"] if doc.text[a.start:a.end] == "SNA"]
    assert sna and set(sna) == {"Military Forces of Somalia"}


def test_an_acronym_defined_as_the_catalogue_has_it_stays():
    doc = run_doc("Fighters of the Syrian National Army (SNA) shelled villages near Manbij on Monday. "
                  "The SNA said two of its men were killed.", "2025-02-18", lang="en")
    assert {a.label for a in doc.spans["actor"] if doc.text[a.start:a.end] == "SNA"} == {"Syrian National Army"}


def test_an_attack_on_a_base_in_a_village_is_a_fight_with_what_the_base_holds():
    evs = events("Government forces repulsed an al-Shabaab attack on a military base in the village of Bariire on "
                 "Thursday, killing 14 militants, a district commissioner said.", "2025-03-07", lang="en")
    assert [e.sub_event_type for e in evs] == ["Armed clash"]


def test_a_speaker_after_a_comma_is_not_the_actor_before_it():
    evs = events("Government forces repulsed an al-Shabaab attack on a military base near Afgoye on Thursday, "
                 "killing 14 militants, a district commissioner said.", "2025-03-07", lang="en")
    assert [(e.attribution.status, e.attribution.claimant) for e in evs] != [("claimed", "Al-Shabaab")]
    assert evs and evs[0].attribution.status == "reported"


def test_bombs_dropped_on_a_town_are_an_air_strike_and_a_governors_place_is_his_office():
    evs = events("Russian troops dropped glide bombs on Kostiantynivka in eastern Ukraine on Tuesday, wounding three "
                 "residents, Donetsk's regional governor said.", "2025-06-11", lang="en")
    assert [(e.sub_event_type, e.location.name) for e in evs] == [("Air/drone strike", "Kostyantynivka")]
    assert evs[0].attribution.claimant != "Civilians"


# --- statistics ------------------------------------------------------------------------------------
def test_a_forces_size_is_no_tally_of_the_dead():
    doc = run_doc("Washington keeps about 2,500 troops in Iraq and some 900 in Syria under the coalition's mandate.",
                  "2025-01-10", lang="en")
    assert not doc.statistics


@pytest.mark.parametrize("text,expected", [
    ("More than 140 soldiers have been killed in the province since March, the army said.", [(140, "more_than")]),
    ("Some 30 fighters have surrendered to the army in the province since January, a spokesman said.", [(30, "about")]),
])
def test_a_forces_losses_or_a_tally_over_a_period_stay_statistics(text, expected):
    doc = run_doc(text, "2025-06-10", lang="en")
    assert sorted((s.count, s.qualifier) for s in doc.statistics) == expected


# --- names -----------------------------------------------------------------------------------------
def test_a_place_beyond_its_bearing_lies_in_the_eastern_countryside_of_a_city():
    evs = events("Trois policiers ont été tués mardi dans une attaque contre un barrage à la périphérie d'al-Qaryatayn, "
                 "dans la campagne orientale de Homs, selon l'OSDH.", "2025-04-09")
    assert [e.location.name for e in evs] != ["Homs"] and len(evs) == 1



# --- headlines -------------------------------------------------------------------------------------
def test_a_title_under_a_letterhead_announces_the_events_the_body_tells():
    text = ("MINISTRY OF DEFENCE\nPRESS RELEASE\n\nArmy repels militant attacks in Hiiraan and Galguduud\n\n"
            "On Tuesday, 11 March 2025, al-Shabaab fighters attacked army positions in Bulo Burte, Hiiraan region, "
            "and the army repelled them after two hours of fighting.\n\n"
            "On the same day, the militants attacked a base in Ceel Dheer, Galguduud region, and were pushed back.")
    evs = events(text, "2025-03-12", lang="en")
    assert all(e.event_date is not None for e in evs), [(e.event_date, e.location.name) for e in evs]
    assert len(evs) == 2


def test_a_mountain_at_whose_foot_a_village_lies_is_no_second_place():
    evs = events("Samedi, un obus israélien est tombé sur le village de Chebaa, au Liban, au pied du mont Hermon, "
                 "selon l'ANI.", "2024-07-28")
    assert [e.location.country for e in evs] == ["LB"] and len(evs) == 1


# --- days ------------------------------------------------------------------------------------------
def test_an_event_told_only_after_n_days_after_took_place_n_days_before():
    # the main clause ("dérivait mercredi") tells no event; the strike is two days before it
    evs = events("Le cargo dérivait toujours mercredi dans le golfe d'Aden, en proie à un incendie, deux jours après "
                 "avoir été frappé par un missile des Houthis.", "2025-10-02")
    assert [str(e.event_date) for e in evs] == ["2025-09-29"]


def test_a_claim_of_the_attack_just_told_is_that_attack_whatever_month_a_comparison_names():
    evs = events("Le cargo dérivait toujours mercredi dans le golfe d'Aden, deux jours après avoir été frappé par un "
                 "projectile. Les Houthis ont revendiqué l'attaque, la plus grave contre un navire marchand depuis la "
                 "destruction du Rubymar et du Tutor en juillet.", "2025-10-02")
    assert [(str(e.event_date), e.actor1.name, e.attribution.status) for e in evs] == [("2025-09-29", "Ansar Allah", "claimed")]


def test_a_country_told_only_as_a_sides_nationality_does_not_make_a_big_town_foreign():
    # "الجيش الأمريكي" says who acts, not where: Baquba is found though the text names no Iraq
    doc = run_doc("أعلن الجيش الأمريكي مقتل أحد جنوده في انفجار قنبلة قرب بعقوبة يوم الاثنين.", "2024-05-14", lang="ar")
    assert [p.label.name for p in doc.spans.get("place", [])] == ["Baqubah"]
