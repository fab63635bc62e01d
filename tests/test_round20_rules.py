"""Twentieth round: tallies. A month's figures, a casualty verb before its count, a part of a whole ("dont 40"),
a tally named before the figure it reaches ("the number of … has risen to"), a noun no list holds.

Every sentence here is written for the tests; none is copied from an article."""
from __future__ import annotations

import pytest

import sitrep


def _stats(text, published, lang):
    return sorted((s.count, s.qualifier) for s in sitrep.extract(text, published=published, language=lang).statistics)


# --- a casualty or arrest verb right before its figure ------------------------------------------------
@pytest.mark.parametrize("lang,text,expected", [
    ("en", "Since the start of the year, border guards have detained 214 smugglers and killed 36 gunmen in the province, the ministry said.",
     [(36, "exact"), (214, "exact")]),
    ("fr", "Depuis le début de l'année, les gendarmes ont interpellé 214 passeurs dans la région, selon le ministère.", [(214, "exact")]),
])
def test_a_verb_before_its_count_makes_a_tally(lang, text, expected):
    assert _stats(text, "2025-06-20", lang) == expected


@pytest.mark.parametrize("lang,text", [
    ("en", "In March 2021, gunmen killed 21 miners in an attack on the same coalfield."),
    ("en", "Last year, fighting between two clans killed 14 herders near the wells."),
])
def test_a_year_that_dates_one_old_event_totals_nothing(lang, text):
    assert _stats(text, "2025-06-20", lang) == []


# --- a month's tally -------------------------------------------------------------------------------
@pytest.mark.parametrize("lang,text,expected", [
    ("en", "In April, insurgents carried out 57 attacks in the northern provinces, killing 63 people, according to a monitoring group.",
     [(57, "exact"), (63, "exact")]),
    ("ar", "وبحسب مرصد محلي، شهدت الولايات الشمالية في أبريل الماضي 57 هجوماً أسفرت عن مقتل 63 شخصاً.", [(57, "exact"), (63, "exact")]),
])
def test_a_month_that_counts_attacks_makes_a_tally(lang, text, expected):
    assert _stats(text, "2025-05-10", lang) == expected


def test_a_month_that_dates_one_attack_is_no_tally():
    text = "En avril, un attentat contre le marché de la ville avait fait 26 morts."
    assert _stats(text, "2025-05-10", "fr") == []


# --- a part of a whole --------------------------------------------------------------------------------
@pytest.mark.parametrize("lang,text,expected", [
    ("fr", "Depuis lundi, 640 personnes ont été interpellées dans le pays, dont plus de 300 dans la capitale.",
     [(300, "more_than"), (640, "exact")]),
    ("en", "Since January, the monitor has recorded 412 abductions in the state, 150 of them on the highways.",
     [(150, "exact"), (412, "exact")]),
])
def test_a_part_of_a_tally_is_a_tally(lang, text, expected):
    assert _stats(text, "2025-06-20", lang) == expected


def test_a_part_of_one_events_toll_is_no_tally():
    text = "Mardi, une frappe a tué douze personnes à Kidal, dont cinq enfants."
    assert _stats(text, "2025-06-20", "fr") == []


# --- a tally named before its figure --------------------------------------------------------------------
@pytest.mark.parametrize("lang,text,expected", [
    ("en", "The number of aid workers killed in the country since the war began has risen to 61, the agency said.", [(61, "exact")]),
    ("ar", "وقالت الوزارة إن عدد المعلمين المختطفين منذ مطلع العام ارتفع إلى 37 معلماً.", [(37, "exact")]),
])
def test_a_tally_named_before_its_figure(lang, text, expected):
    assert _stats(text, "2025-06-20", lang) == expected


def test_one_attacks_toll_that_rises_is_no_tally():
    text = "Gunmen stormed a wedding in the village on Saturday, and the death toll rose to 31 on Monday."
    assert _stats(text, "2025-06-20", "en") == []


# --- a counted noun no list holds, and the period's own number ----------------------------------------
def test_a_noun_no_list_holds_is_counted_before_its_verb():
    text = "Since the start of 2025, at least 23 porters have been shot dead by border guards, a rights group said."
    assert _stats(text, "2025-06-20", "en") == [(23, "at_least")]


def test_the_number_of_weeks_counts_nothing():
    text = "Selon l'état-major, plus de 120 terroristes ont été neutralisés au cours des trois dernières semaines dans le pays."
    assert _stats(text, "2025-06-20", "fr") == [(120, "more_than")]


# --- where drones came from, and the region a town lies in -----------------------------------------
def _places(text, published, lang):
    return sorted((e.location.name, e.location.country) for e in sitrep.extract(text, published=published, language=lang).events if e.location)


def test_every_town_of_a_launch_list_is_an_origin():
    text = ("Overnight, the enemy attacked with 90 attack drones launched from the directions of Kursk, Bryansk and Millerovo; "
            "one of them hit a warehouse in Konotop, injuring two workers.")
    assert _places(text, "2025-04-02", "en") == [("Konotop", "UA")]


@pytest.mark.parametrize("lang,text", [
    ("en", "In the Poltava region, a missile struck a gas facility in Myrhorod on Tuesday, the regional governor said."),
    ("fr", "Dans la région de Poltava, un missile a frappé mardi une installation gazière à Myrhorod, selon le gouverneur."),
])
def test_a_region_named_before_its_town_holds_it(lang, text):
    assert _places(text, "2025-04-02", lang) == [("Myrhorod", "UA")]


def test_a_region_named_after_another_town_is_a_place_of_its_own():
    text = "Mardi, l'aviation a frappé un dépôt à Aïta al-Chaab ainsi qu'un lanceur dans la région de Khiam, selon l'armée."
    assert len(_places(text, "2025-04-02", "fr")) == 2


# --- what the attackers carried ------------------------------------------------------------------------
def _weapons(text, published, lang):
    return [sorted(e.weapons) for e in sitrep.extract(text, published=published, language=lang).events]


@pytest.mark.parametrize("lang,text", [
    ("fr", "Jeudi, trois bergers ont été tués par des hommes armés près de Ménaka, selon des élus locaux."),
    ("en", "On Thursday, gunmen abducted four traders on the road outside Zurmi, police said."),
])
def test_armed_men_carried_guns(lang, text):
    assert _weapons(text, "2025-05-10", lang) == [["firearms"]]


@pytest.mark.parametrize("lang,text", [
    ("fr", "Dans la nuit de jeudi à vendredi, des colons ont incendié trois voitures dans le village de Burin, près de Naplouse."),
    ("en", "On Friday night, rioters set fire to two shops and a bus in the centre of Coleraine, police said."),
    ("ar", "أضرم مستوطنون النار، فجر الجمعة، في ثلاث مركبات في قرية بورين جنوب نابلس."),
])
def test_fire_is_the_weapon_when_no_other_is_named(lang, text):
    assert _weapons(text, "2025-05-10", lang) == [["other"]]


def test_a_fire_a_drone_caused_is_no_weapon():
    text = "On Tuesday, a drone struck a warehouse in Kharkiv, causing a fire that burned for hours, officials said."
    assert _weapons(text, "2025-05-10", "en") == [["drone"]]


# --- "dozens" in Arabic, and a district across a border -------------------------------------------------
def test_arabic_dozens_is_no_figure():
    text = "وأكد المصدر أن المليشيا ارتكبت خلال شهر مارس الماضي 120 خرقاً، أسفرت عن سقوط عشرات القتلى والجرحى."
    assert _stats(text, "2025-04-05", "ar") == [(120, "exact")]


def test_a_district_north_of_a_town_across_a_border_is_a_namesake():
    text = "قصفت قوات الدعم السريع، مساء السبت، أحياء سكنية في منطقة الثورة شمالي مدينة أم درمان بالمدفعية الثقيلة."
    assert _places(text, "2025-02-16", "ar") == [("Omdurman", "SD")]


# --- "Burin, near Nablus": a reference point -----------------------------------------------------------
@pytest.mark.parametrize("lang,text", [
    ("fr", "Jeudi, des colons ont attaqué le village de Burin, près de Naplouse, selon le conseil local."),
    ("en", "On Thursday, settlers attacked the village of Burin, near Nablus, the village council said."),
    ("ar", "هاجم مستوطنون، يوم الخميس، قرية بورين قرب نابلس، وفق المجلس القروي."),
])
def test_a_town_near_another_is_placed_at_the_first(lang, text):
    assert _places(text, "2025-05-10", lang) == [("Būrīn", "PS")]


def test_a_road_end_is_no_reference_for_the_town_near_it():
    text = "On Monday, gunmen ambushed a bus on the Bolgatanga-Bawku highway near Zebilla, police said."
    assert ("Zebilla", "GH") in _places(text, "2025-05-10", "en")


def test_one_near_cue_before_a_list_puts_every_town_near():
    text = "قصفت المدفعية، يوم الخميس، أطراف بلدات كفركلا والعديسة وحولا في جنوب لبنان."
    assert len(_places(text, "2025-05-10", "ar")) == 3


@pytest.mark.parametrize("lang,text", [
    ("ar", "أضرم مستوطنون النار، فجر الجمعة، في ثلاث مركبات في قرية بورين جنوب نابلس."),
    ("fr", "Dans la nuit de jeudi à vendredi, des colons ont incendié trois voitures dans le village de Burin."),
])
def test_settlers_who_burn_property_destroy_it_they_do_not_riot(lang, text):
    evs = sitrep.extract(text, published="2025-05-10", language=lang).events
    assert [(e.sub_event_type, e.actor1.name) for e in evs] == [("Looting/property destruction", "Israeli settlers")]


def test_youths_who_burn_tyres_riot():
    text = "Jeudi, des dizaines de jeunes ont incendié des pneus et lancé des pierres sur les policiers à Yopougon."
    evs = sitrep.extract(text, published="2025-05-10", language="fr").events
    assert [e.sub_event_type for e in evs] == ["Violent demonstration"]


# --- foreign strikes on the land a movement holds -----------------------------------------------------
@pytest.mark.parametrize("lang,text", [
    ("en", "On Thursday evening, US and British warplanes carried out three air strikes on Ras Kathib in Hodeidah province, the group's TV said."),
    ("ar", "شنّ طيران العدوان الأمريكي البريطاني، مساء أمس الخميس، ثلاث غارات على منطقة رأس كثيب في محافظة الحديدة."),
])
def test_foreign_strikes_on_houthi_land_strike_the_houthis(lang, text):
    evs = sitrep.extract(text, published="2024-05-10", language=lang).events
    assert [e.actor2.name if e.actor2 else None for e in evs] == ["Ansar Allah"]


def test_a_strike_by_the_movements_local_enemy_names_no_target():
    text = "On Thursday, a drone of the Joint Forces struck a position in Hays, south of Hodeidah, a military source said."
    evs = sitrep.extract(text, published="2024-05-10", language="en").events
    assert all(e.actor2 is None or e.actor2.name != "Ansar Allah" for e in evs)


@pytest.mark.parametrize("lang,text,who", [
    ("en", "On Friday evening, a ballistic missile struck a residential street in Kryvyi Rih, killing six civilians, the governor said.",
     "Military Forces of Russia"),
    ("fr", "Dans la nuit de jeudi à vendredi, un drone a frappé une raffinerie à Tuapse, provoquant un incendie, selon le gouverneur.",
     "Military Forces of Ukraine"),
])
def test_an_unnamed_strike_on_a_front_is_the_enemys(lang, text, who):
    evs = sitrep.extract(text, published="2025-04-06", language=lang).events
    assert [e.actor1.name for e in evs] == [who]


# --- a building in a town, and a road blocked in protest ---------------------------------------------
def test_a_building_the_gazetteer_lacks_is_in_the_town_it_names():
    text = "On Saturday, several hundred people held a rally at Cork City Hall against the closure of the port, organisers said."
    assert _places(text, "2025-06-12", "en") == [("Cork", "IE")]


@pytest.mark.parametrize("lang,text", [
    ("fr", "Mardi, à Sikasso, des dizaines de chauffeurs de camions ont bloqué la route nationale pour dénoncer les pénuries de carburant."),
    ("en", "On Tuesday, dozens of lorry drivers blocked the main highway at Sikasso to denounce fuel shortages, witnesses said."),
])
def test_a_road_blocked_by_a_crowd_is_a_protest(lang, text):
    evs = sitrep.extract(text, published="2025-09-17", language=lang).events
    assert [(e.event_type, e.location.name) for e in evs] == [("Protests", "Sikasso")]


# --- Arabic names GeoNames lacks in Arabic script ------------------------------------------------------
def test_a_name_read_across_scripts_in_a_country_the_text_names():
    from sitrep.gazetteer import get_gazetteer

    gaz = get_gazetteer()
    assert [h.name for h in gaz.geocode("زيميو", countries=["CF"], limit=1)] == ["Zemio"]
    assert [h.name for h in gaz.geocode("كيكويو", countries=["KE"], limit=1)] == ["Kikuyu"]
    assert not any(h.name == "Zemio" for h in gaz.geocode("زيميو", limit=3))  # no country named: no loose reading


def test_a_loose_reading_far_from_the_storys_places_is_no_match():
    from sitrep.gazetteer import get_gazetteer

    gaz = get_gazetteer()
    bamako = (12.65, -8.0)
    assert not any(h.country == "RU" for h in gaz.geocode("ديديني", countries=["ML", "RU"], near=[bamako], limit=3))


def test_villages_belonging_to_a_municipality_are_no_place_named():
    text = "قالت السلطات إن طائرات مسيّرة ألقت، الأحد، عبوات ناسفة على منازل في قرى تابعة لبلدية أغيليا في المكسيك."
    assert all("Taba" not in p[0] for p in _places(text, "2024-11-18", "ar"))


def test_a_raid_that_kills_and_abducts_is_an_attack():
    text = "Lundi, six civils ont été tués et quatre autres enlevés lors de l'attaque d'un village près de Dosso, au Niger."
    evs = sitrep.extract(text, published="2025-02-07", language="fr").events
    assert [e.sub_event_type for e in evs] == ["Attack"]


@pytest.mark.parametrize("lang,text,who", [
    ("fr", "Yaoundé, 2 mars 2024 - Dans la nuit de jeudi à vendredi, « nos forces » ont pris d'assaut un camp aux abords d'Oshie, au Cameroun, a indiqué le ministère de la Défense.",
     "Military Forces of Cameroon"),
    ("en", "The ministry said \"our forces\" repelled an attack on a checkpoint near Kidal, in Mali, on Monday.", "Military Forces of Mali"),
])
def test_a_ministrys_own_forces_are_the_states(lang, text, who):
    evs = sitrep.extract(text, published="2024-08-26", language=lang).events
    assert [e.actor1.name for e in evs] == [who]


def test_a_digest_items_place_is_read_even_when_unknown_in_arabic():
    text = "▪️ تاسارا (إقليم تاهوا): وزارة الدفاع تعلن مقتل ١٠ جنود في هجوم شنه إرهابيون على موقع عسكري يوم الخميس الماضي في النيجر."
    assert _places(text, "2024-10-20", "ar") == [("Tassara", "NE")]


def test_a_nights_air_defence_tally_counts_every_figure():
    text = ("Ukraine's air force said Russia had launched 81 drones and decoys and six ballistic missiles overnight, "
            "of which air defences shot down 52 drones and four missiles.")
    assert _stats(text, "2025-07-12", "en") == [(4, "exact"), (6, "exact"), (52, "exact"), (81, "exact")]


@pytest.mark.parametrize("lang,text", [
    ("en", "Later in the afternoon, some 35 rockets were fired toward Kiryat Shmona, where one hit the yard of a house."),
    ("fr", "Mardi, cinq drones lancés depuis les zones houthies ont été abattus au-dessus de la mer Rouge."),
])
def test_a_salvo_at_a_town_or_a_few_drones_are_no_tally(lang, text):
    assert _stats(text, "2024-05-16", lang) == []
