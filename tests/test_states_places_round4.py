"""States that act, capitals and neighbourhoods, lists of regions, names that are not places.

Every sentence here is written for the tests; none is copied from an article."""
from __future__ import annotations

import pytest

from fr_helpers import events, run_doc, spans


def _one(text, lang, published="2024-02-03"):
    evs = events(text, published, lang=lang)
    assert len(evs) == 1, [(e.sub_event_type, e.location and e.location.name) for e in evs]
    return evs[0]


# -- a state named as the subject or agent of an attack is its armed forces ------------------------

@pytest.mark.parametrize("text,lang,actor", [
    ("Les Etats-Unis ont mené vendredi des frappes contre des dépôts d'armes près d'Al-Qaïm.", "fr", "Military Forces of the United States"),
    ("On Friday the United States carried out strikes on Sanaa.", "en", "Military Forces of the United States"),
    ("Strikes by the United States hit Sanaa on Friday.", "en", "Military Forces of the United States"),
    ("Turkey shelled villages near Zakho in northern Iraq on Monday.", "en", "Military Forces of Turkey"),
])
def test_a_state_that_attacks_is_its_army(text, lang, actor):
    assert _one(text, lang).actor1.name == actor


def test_a_state_in_a_prepositional_phrase_is_no_subject():
    # the war "between Israel and Iran" names neither as the one who fired; the missile's adjective does
    e = _one("Au cinquième jour de la guerre entre Israël et l'Iran, un missile iranien a frappé jeudi Beersheba.", "fr")
    assert e.actor1.name == "Military Forces of Iran"


def test_a_ceasefire_brokered_by_a_state_does_not_make_it_an_attacker():
    doc = run_doc("Fighting near Lashio stopped on Tuesday under a ceasefire brokered by China.", "2024-04-24", lang="en")
    assert not [a for a in spans(doc, "actor") if "China" in a[1]]


def test_the_united_states_is_a_country_name_in_english_but_acting_it_is_no_place():
    doc = run_doc("The United States carried out strikes on Sanaa on Friday.", "2024-02-03", lang="en")
    countries = [s for s in doc.get("country") if doc.text[s.start:s.end] == "United States"]
    assert countries and countries[0].data.get("modifier")  # who struck, not where


# -- names that are no places --------------------------------------------------------------------

@pytest.mark.parametrize("text,lang,not_place", [
    ("Le président américain Donald Trump a menacé de nouvelles frappes lundi.", "fr", "Donald"),
    ("le ministère de l'Information, de la Culture et du Tourisme a annoncé mardi une attaque à Mogadiscio.", "fr", "Culture"),
    ("Mardi, Western media said a drone hit a depot in Erbil.", "en", "Western"),
    ("The Mozambican police (PRM) said on Monday they arrested four men in Pemba.", "en", "PRM"),
])
def test_titles_ministries_adjectives_and_acronyms_are_no_places(text, lang, not_place):
    doc = run_doc(text, "2025-03-20", lang=lang)
    assert not_place not in [t for t, _ in spans(doc, "place")]


# -- the capital, a neighbourhood the gazetteer lacks -----------------------------------------------

def test_la_capitale_is_the_capital_of_the_story_country():
    e = [e for e in events("Une voiture piégée a explosé mardi à Baidoa, en Somalie. Mercredi, la police a arrêté douze suspects "
                           "dans plusieurs quartiers de la capitale.", "2025-03-20") if e.sub_event_type == "Arrests"]
    assert [x.location.name for x in e] == ["Mogadishu"]


def test_a_named_capital_after_the_word_is_not_found_twice():
    doc = run_doc("L'aviation israélienne a frappé l'aéroport de Sanaa, la capitale yéménite, mardi.", "2025-05-06")
    assert [t for t, _ in spans(doc, "place")] == ["Sanaa"]


def test_arabic_neighbourhood_lies_in_the_town_just_told():
    text = ("دخلت قوات الأمن يوم الثلاثاء إلى مدينة السويداء جنوبي سوريا. "
            "وتطورت الأمور يوم الأحد إلى اشتباكات عنيفة بين مسلحين من العشائر وفصائل محلية في حي المقوس ومحيطه.")
    evs = [e for e in events(text, "2025-07-15", lang="ar") if str(e.event_date) == "2025-07-13"]
    assert [(e.location.name, e.location.geo_precision) for e in evs] == [("As-Suwayda", 2)]


def test_headquarters_is_no_neighbourhood():
    from sitrep.components.assemble import _LOCAL_REF

    assert not _LOCAL_REF.search("une frappe sur son quartier général")
    assert _LOCAL_REF.search("dans le quartier de Zeitoun")


# -- lists and places inside places -----------------------------------------------------------------

def test_regions_named_in_one_list_are_one_event_each():
    evs = events("Late on Friday, Turkish jets struck 29 targets in the Metina, Hakurk and Qandil regions of northern Iraq, "
                 "the ministry said.", "2024-01-14", lang="en")
    assert [e.location.name for e in evs] == ["Metina region", "Khakurk", "Qandil Mountains"]
    assert all(e.actor1.name == "Military Forces of Turkey" for e in evs)


def test_a_site_inside_its_town_is_one_place_but_a_list_with_de_is_not():
    assert len(events("Un missile iranien a frappé jeudi matin l'hôpital Soroka de Beersheba.", "2025-06-19")) == 1
    evs = events("Jeudi, l'artillerie israélienne a pilonné les abords de Marjayoun, de Khiam et d'Odaïssé, au Liban.", "2024-05-17")
    assert len(evs) == 3


# -- types and sides --------------------------------------------------------------------------------

def test_clashes_between_protesters_and_police_are_a_violent_demonstration():
    e = _one("Mardi à Oujda, des affrontements ont opposé des manifestants aux forces de sécurité.", "fr", "2025-10-01")
    assert e.sub_event_type == "Violent demonstration"


def test_people_counted_dead_with_no_side_named_make_an_attack():
    e = _one("Gang members killed at least five people in the hill town of Kenscoff on Tuesday, officials said.", "en", "2025-04-09")
    assert (e.sub_event_type, e.actor2.name) == ("Attack", "Civilians")


def test_a_crowd_claims_nothing():
    evs = events("Mercredi, des centaines d'habitants ont manifesté à Beit Lahia contre la guerre. "
                 "Samedi, l'armée israélienne avait annoncé avoir achevé la prise de contrôle d'un axe près de Rafah.", "2025-04-17")
    protest = [e for e in evs if e.sub_event_type == "Peaceful protest"]
    assert protest and protest[0].actor1.name == "Protesters" and protest[0].attribution.status != "claimed"


def test_police_of_a_country_missing_from_the_catalogue_is_its_police():
    from sitrep.components.mentions import state_force

    assert state_force("SO", "police").name == "Police Forces of Somalia"
    assert state_force("SO", "army").name.startswith("Military Forces of")


def test_an_elative_far_before_since_compares_and_counts_nothing():
    text = ("قُتل ستة عشر جندياً صباح أمس الجمعة في هجوم انتحاري بسيارة مفخخة استهدف معسكراً في مديرية مودية بمحافظة أبين، "
            "في واحد من أعنف الهجمات التي تتعرض لها القوات في المحافظة منذ أشهر.")
    doc = run_doc(text, "2024-08-17", lang="ar")
    assert not doc.statistics
    # the district (placed at its seat) or the town: the same point
    assert [e.location.name for e in doc.events] in (["Mūdīyah"], ["Mudiyah District"])


# -- capitals that claim, tallies over a part of the year -------------------------------------------

@pytest.mark.parametrize("text,lang,actor", [
    ("Islamabad a confirmé jeudi avoir mené des frappes contre des caches près de Saravan, en Iran.", "fr", "Military Forces of Pakistan"),
    ("Damascus said it had downed two drones near Homs on Monday.", "en", "Military Forces of Syria"),
])
def test_a_capital_claiming_its_own_act_is_its_state(text, lang, actor):
    assert _one(text, lang, "2024-01-18").actor1.name == actor


def test_a_capital_that_only_condemns_is_no_actor():
    doc = run_doc("Bagdad a dénoncé jeudi des frappes près d'Al-Qaïm.", "2024-01-18")
    assert "Bagdad" not in [t for t, _ in spans(doc, "actor")]


@pytest.mark.parametrize("text,lang,count", [
    ("In January alone, shelling killed seven civilians in Taiz governorate, a rights group said.", "en", 7),
    ("وثقت البعثة مقتل 9 مدنيين في ليبيا خلال الربع الثالث من العام الجاري.", "ar", 9),
])
def test_a_month_or_quarter_makes_a_tally(text, lang, count):
    doc = run_doc(text, "2025-02-11", lang=lang)
    assert count in [s.count for s in doc.statistics]


def test_a_year_that_dates_one_small_event_is_no_tally():
    doc = run_doc("Last year, two militants staged a bomb attack in Ankara in which two police officers were injured.",
                  "2024-10-24", lang="en")
    assert not doc.statistics


def test_arabic_person_after_a_title_is_no_place_but_a_brigade_base_is():
    doc = run_doc("وأفاد وزير الداخلية علي يرلي قايا، في تصريح للصحفيين، بأن منفذي الهجوم ينتمون إلى بي كا كا.", "2024-10-24", lang="ar")
    assert not spans(doc, "place")
    assert "Kurdistan Workers' Party" in [label for _, label in spans(doc, "actor")]


def test_iraqi_security_jargon_for_an_arrest():
    e = _one("أعلنت وكالة الاستخبارات، الإطاحة أمس بإرهابي في منطقة الزنجيلي في الجانب الأيمن لمدينة الموصل.", "ar", "2024-11-10")
    assert (e.sub_event_type, e.location.name) == ("Arrests", "Mosul")


@pytest.mark.parametrize("text,lang", [
    ("ارتفعت حصيلة الهجوم الذي استهدف، الأربعاء، مقراً في قضاء كهرمان كازان بالعاصمة أنقرة، إلى 5 قتلى و22 جريحاً.", "ar"),
    ("Le bilan de l'attaque de mardi contre un marché de Gao s'est alourdi à 14 morts.", "fr"),
])
def test_the_toll_of_one_attack_is_no_tally(text, lang):
    assert not run_doc(text, "2024-10-24", lang=lang).statistics


def test_the_air_force_of_the_ministry_that_speaks():
    e = _one("وفي أعقاب الهجوم، أعلنت وزارة الدفاع التركية أن القوات الجوية نفذت مساء الأربعاء عملية جوية في منطقة متينا شمالي العراق.",
             "ar", "2024-10-24")
    assert (e.sub_event_type, e.actor1.name) == ("Air/drone strike", "Military Forces of Turkey")


def test_warplanes_over_gaza_are_the_one_side_that_flies_there():
    evs = events("Warplanes struck a house in Khan Younis on Tuesday, killing five people, the Gaza health ministry said.",
                 "2024-10-24", lang="en")
    assert [e.actor1.name for e in evs] == ["Military Forces of Israel"]


def test_arabic_list_of_regions_and_towns_joined_by_wa_is_one_event_each():
    doc = run_doc("قصفت الطائرات التركية فجر اليوم مواقع في مناطق قنديل وهاكورك وسنجار شمالي العراق.", "2024-10-24", lang="ar")
    assert {e.location.name for e in doc.events} == {"Qandil Mountains", "Khakurk", "Sinjār"}


def test_air_strikes_told_without_author_are_the_sole_striking_state_s():
    text = ("Vendredi soir, les Etats-Unis ont frappé des dépôts de drones près d'Al-Qaïm, en Irak. "
            "En Syrie, les frappes ont visé des positions à Mayadine et à Boukamal, selon l'OSDH.")
    evs = [e for e in events(text, "2024-02-03") if e.sub_event_type == "Air/drone strike"]
    assert len(evs) == 3 and {e.actor1.name for e in evs} == {"Military Forces of the United States"}


@pytest.mark.parametrize("text,lang", [
    ("Turkish jets struck Metina on Wednesday. Last year, two militants staged a bomb attack in Ankara, injuring two police officers.", "en"),
    ("Mercredi, des avions turcs ont frappé Metina. L'an dernier, deux militants avaient commis un attentat à Ankara, blessant deux policiers.", "fr"),
])
def test_last_year_gives_a_year_never_the_story_s_day(text, lang):
    evs = {e.location.name: e for e in events(text, "2024-10-24", lang=lang)}
    assert str(evs["Metina region"].event_date) == "2024-10-23"
    # last year's attack is history: never an event on the story's day (it is dropped, or kept undated)
    assert "Ankara" not in evs or evs["Ankara"].event_date is None


def test_separately_starts_a_new_story_whose_author_is_not_the_last_one_s():
    text = ("Russian warplanes carried out air strikes on hideouts near Palmyra in central Syria on Wednesday. "
            "Separately, a landmine left over from the war exploded near the Syrian town of al-Sukhnah, wounding two shepherds.")
    mine = [e for e in events(text, "2024-04-11", lang="en") if e.sub_event_type == "Remote explosive/landmine/IED"]
    assert [e.actor1.name for e in mine] == ["Unidentified armed group"]
