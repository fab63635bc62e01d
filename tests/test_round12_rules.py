"""Twelfth round: acronyms and regimes that are no places, Arabic municipality words, who carried out an attack
told after its toll, seized suicide belts, Kosovo and the demonyms of many more countries, bulleted bulletins,
scene-setting sentences, digest labels, "FDS" outside Syria, and a state that speaks of its own people hit.

Every sentence here is written for the tests; none is copied from an article."""
from __future__ import annotations

import pytest

from fr_helpers import events, run_doc, spans


# --- places -----------------------------------------------------------------------------------
def test_an_acronym_spelled_out_before_it_is_no_place():
    evs = events("Pakistan: security forces killed four militants during an intelligence-based operation (IBO) in the "
                 "Mir Ali area of North Waziristan on Monday, the military said.", "2024-10-16", lang="en")
    assert evs and all(e.location.country == "PK" for e in evs)


@pytest.mark.parametrize("text,lang", [
    ("Clashes between tribal fighters killed 14 people in Jableh on Sunday, the worst in the province since the fall "
     "of the Assad regime.", "en"),
    ("Des affrontements ont fait 14 morts dimanche à Jableh, les pires dans la province depuis la chute du régime "
     "Assad.", "fr"),
])
def test_a_regime_named_after_its_ruler_is_no_place(text, lang):
    doc = run_doc(text, "2025-03-10", upto="places", lang=lang)
    assert [t for t, _ in spans(doc, "place")] == ["Jableh"]


def test_an_arabic_municipality_word_is_a_cue_not_a_town():
    # "بلدية" is a Belgian town's Arabic name in GeoNames, and "إل" (the Spanish article) another's
    evs = events("كولومبيا: انفجرت سيارة مفخخة يوم الأحد في بلدية خاموندي، وقتل جندي في منطقة إل بلاتيادو.",
                 "2024-11-12", lang="ar")
    assert evs and all(e.location.country == "CO" for e in evs)
    assert "Jamundí" in [e.location.name for e in evs]


def test_the_spanish_article_alone_is_no_arabic_place_name():
    doc = run_doc("قتل جندي في منطقة إل بلاتيادو بكولومبيا يوم الأحد.", "2024-11-12", upto="places", lang="ar")
    assert "إل" not in [t for t, _ in spans(doc, "place")]


def test_a_french_departement_names_a_place_but_the_state_department_does_not():
    evs = events("Niger : le 3 mars, des hommes armés ont enlevé cinq bergers au nord de Kablewa (département de "
                 "Nguigmi).", "2024-03-06")
    # (Kablewa is a curated village: the département in brackets is only where it lies)
    assert [e.location.name for e in evs] == ["Kabléwa"]
    doc = run_doc("Le Département d'Etat a condamné l'attaque.", "2024-03-06", upto="places")
    assert not spans(doc, "place")


def test_a_state_after_a_town_and_a_comma_is_where_the_town_lies():
    evs = events("Nigeria: on Tuesday, troops at a checkpoint in Nsukka, Enugu State, arrested four suspected "
                 "kidnappers.", "2024-12-13", lang="en")
    assert [e.location.name for e in evs] == ["Nsukka"]


def test_kosovo_is_a_country():
    evs = events("Kosovo : des manifestants serbes ont affronté lundi la police à Zubin Potok, dans le nord du pays.",
                 "2023-05-30")
    assert [(e.location.name, e.location.country) for e in evs] == [("Zubin Potok", "XK")]


@pytest.mark.parametrize("word,cc", [("marocaine", "MA"), ("Cameroonian", "CM"), ("colombiens", "CO"),
                                     ("الجزائرية", "DZ"), ("Ugandan", "UG"), ("Congo", "CD"),
                                     ("Congo-Brazzaville", "CG"), ("sahraouis", "EH"), ("Kosovo", "XK")])
def test_demonyms_and_names_of_more_countries(word, cc):
    from sitrep.gazetteer import get_gazetteer

    assert get_gazetteer().country(word) == cc


def test_they_is_no_thai():
    from sitrep.gazetteer import get_gazetteer

    assert get_gazetteer().country("They") is None


def test_an_arabic_name_keeps_clitics_in_their_order():
    # "لوبيرو" (Lubero) is no ل + و + "بيرو" (Peru): و comes before ل, never after it
    from sitrep.gazetteer.keys import arabic_clitic_variants

    assert "بيرو" not in arabic_clitic_variants("لوبيرو")
    assert "رقة" in arabic_clitic_variants("وبالرقة")


def test_a_fronted_place_and_a_comma_list_nothing():
    # "وفي زوارة، خرج": the verb after the comma is no second name of a list ("خرج" is an Egyptian town's name too)
    from sitrep.components.places import _arabic_candidates
    from sitrep.gazetteer import get_gazetteer

    doc = run_doc("ليبيا: وفي زوارة، خرج مئات من سكان المدينة مساء الثلاثاء في مسيرة.", "2024-03-20", upto="cues", lang="ar")
    names = [doc.text[s:e] for s, e in _arabic_candidates(doc, get_gazetteer())]
    assert "زوارة" in names and "خرج" not in names


def test_an_arabic_digest_item_opens_with_its_place():
    text = ("📌 الموجز المسائي – الأحد 8 يونيو 2025\n\n"
            "🔴 تعز: مقتل مدني برصاص قناص في حي الروضة مساء أمس.\n\n"
            "🔴 ذمار: الحوثيون يختطفون خمسة طلاب من منازلهم أمس.\n")
    evs = events(text, "2025-06-08", lang="ar")
    assert sorted(e.location.name for e in evs) == ["Dhamār", "Taiz"]


def test_in_the_city_of_x_she_said_keeps_x_a_place():
    evs = events("اليمن: أعلنت إدارة أمن شبوة القبض على أربعة أشخاص في مدينة عتق قالت إنهم ينتمون إلى خلية إرهابية.",
                 "2025-03-12", lang="ar")
    assert [e.location.name for e in evs] == ["Ataq"]


# --- actors -------------------------------------------------------------------------------------
def test_the_arabic_agent_after_a_later_trigger_carried_it_out():
    evs = events("سوريا: قتل 3 عناصر من قوات النظام مساء أمس جراء هجوم نفذته خلايا تنظيم \"الدولة الإسلامية\" على "
                 "حاجز في بادية السخنة.", "2024-05-10", lang="ar")
    assert [(e.actor1.name, e.actor2.name) for e in evs] == [("Islamic State", "Military Forces of Syria")]


def test_counted_men_of_a_side_were_hit():
    evs = events("اليمن: أصيب ثلاثة جنود من القوات المسلحة الجنوبية مساء الخميس جراء هجوم بطائرة مسيّرة في مديرية "
                 "الوضيع بأبين.", "2025-03-14", lang="ar")
    assert len(evs) == 1
    assert evs[0].actor2 is not None and evs[0].actor2.name == "Southern Transitional Council"
    assert evs[0].actor1 is None or evs[0].actor1.name != "Southern Transitional Council"


def test_fds_outside_syria_are_the_states_forces():
    sahel = events("Niger : le 5 mai, les FDS ont interpellé douze suspects sur le marché de Diffa.", "2024-05-06")
    assert [e.actor1.name for e in sahel] == ["Military Forces of Niger"]
    syria = events("Syrie : les FDS ont arrêté mardi six hommes à Raqqa.", "2024-05-08")
    assert [e.actor1.name for e in syria] == ["Syrian Democratic Forces"]


def test_the_houthi_adjective_names_the_group():
    evs = events("اليمن: إصابة امرأة بقصف مدفعي حوثي على قرية في مديرية مقبنة بتعز مساء أمس.", "2025-06-19", lang="ar")
    assert [e.actor1.name for e in evs] == ["Ansar Allah"]


def test_a_state_reporting_its_own_civilians_hit_is_not_the_shooter():
    evs = events("Rwanda : à Gisenyi, des obus tirés depuis la RDC ont tué mardi trois civils, a affirmé l'armée "
                 "rwandaise, qui accuse les FARDC.", "2025-01-29")
    assert len(evs) == 1
    e = evs[0]
    assert e.actor1.name == "Military Forces of the Democratic Republic of Congo"
    assert e.fatalities == 3  # "ont tué mardi trois civils": the day between verb and count
    assert e.attribution.claimant == "Military Forces of Rwanda"


def test_a_police_officer_telling_a_reporter_is_no_attacker():
    text = ("Pakistan: two policemen were killed when a suicide bomber rammed a car into the gate of the Thall police "
            "station late on Friday, police said.\n\nDistrict Police Officer Asad Khan told Geo News the attacker "
            "tried to drive into the compound but was stopped at the gate.")
    evs = events(text, "2025-09-14", lang="en")
    assert [e.sub_event_type for e in evs] == ["Suicide bomb"]
    assert evs[0].actor1.name == "Unidentified armed group"


# --- kinds and counts ------------------------------------------------------------------------------
@pytest.mark.parametrize("text,lang", [
    ("Syria: the SDF said the cell had carried out several assassinations in the Hajin area, and that rifles, an "
     "explosive belt and radios were seized.", "en"),
    ("اليمن: أعلنت الشرطة القبض على خمسة أشخاص في مدينة عتق، وضبطت بحوزتهم حزامين ناسفين.", "ar"),
])
def test_a_seized_suicide_belt_is_no_suicide_bombing(text, lang):
    evs = events(text, "2025-04-15", lang=lang)
    assert "Suicide bomb" not in [e.sub_event_type for e in evs]


def test_a_shutter_down_strike_is_a_protest():
    evs = events("Pakistan: on Sunday, traders in Kohat observed a shutter-down strike against the killings.",
                 "2025-09-15", lang="en")
    assert [e.event_type for e in evs] == ["Protests"]


def test_neutralising_men_is_killing_them():
    evs = events("Nigeria: on 9 December, troops engaged gunmen at Oba market in Idemili South LGA of Anambra State, "
                 "neutralising three of them.", "2024-12-13", lang="en")
    assert [e.sub_event_type for e in evs] == ["Armed clash"]


def test_a_man_shot_dead_in_french_passive_is_a_killing():
    evs = events("Niger : le 18/10/2024, des hommes armés ont emporté une centaine de têtes de bétail près de Mainé-Soroa. "
                 "Un berger qui tentait de s'interposer a été abattu.", "2024-10-21")
    assert evs and evs[0].location.country == "NE" and "Soroa" in evs[0].location.name


def test_a_scene_setting_sentence_places_the_events_after_it():
    text = ("Nigeria: on 9 December 2024, troops responded to a distress call at the main market in Nnewi, Anambra State. "
            "On sighting the troops, the gunmen opened fire.")
    evs = events(text, "2024-12-13", lang="en")
    assert [(e.location.name, str(e.event_date)) for e in evs] == [("Nnewi", "2024-12-09")]


# --- dates and statistics ---------------------------------------------------------------------------
def test_a_bulleted_item_with_no_date_is_undated():
    text = ("Note de protection\n\n"
            "- Le 15/10/2024, six femmes ont été enlevées par des hommes armés près de Bosso.\n\n"
            "- Des frappes aériennes ont par ailleurs été signalées sur des îles du lac Tchad, près de Bosso, au Niger.\n")
    evs = events(text, "2024-10-21")
    strikes = [e for e in evs if e.sub_event_type == "Air/drone strike"]
    assert strikes and strikes[0].event_date is None


def test_a_period_qualifying_something_else_makes_no_statistic():
    r = events("Niger : le 20/10/2024, une cinquantaine de personnes déplacées ont observé un sit-in devant la mairie de Diffa pour "
               "réclamer les distributions de vivres, suspendues depuis septembre.", "2024-10-21")
    assert [e.sub_event_type for e in r] == ["Peaceful protest"]


def test_depuis_before_a_place_says_where_from():
    doc = run_doc("Rwanda : à Gisenyi, des obus tirés depuis la RDC ont tué lundi deux civils.", "2025-01-29")
    assert not doc.statistics
    assert [str(e.event_date) for e in doc.events] == ["2025-01-27"]


# --- attribution ---------------------------------------------------------------------------------------
@pytest.mark.parametrize("text,claimant", [
    ("ليبيا: أفادت مصادر محلية بأن مسلحين مجهولين خطفوا موظفاً في صبراتة مساء الأحد.", "مصادر محلية"),
    ("لبنان: قتل شخصان في غارة على بلدة حولا، بحسب ما أفادت الوكالة الوطنية للإعلام.", "الوكالة الوطنية للإعلام"),
    ("اليمن: قتل شخص في هجوم على موقع في مأرب، بحسب ما أفاد به مصدر عسكري لـ«الشرق الأوسط».", "مصدر عسكري"),
])
def test_an_arabic_reporter_is_named_without_the_words_around_it(text, claimant):
    evs = events(text, "2024-03-21", lang="ar")
    assert [e.attribution.claimant for e in evs] == [claimant]


# --- second part -----------------------------------------------------------------------------------
def test_a_fighter_of_a_group_killed_is_the_side_hit():
    evs = events("العراق: أفاد مصدر أمني بأن \"مقاتلاً من هيئة الحشد الشعبي استشهد، فجر اليوم، بانفجار عبوة ناسفة في "
                 "صحراء قضاء البعاج\".", "2024-03-06", lang="ar")
    assert len(evs) == 1
    assert evs[0].actor2.name == "Popular Mobilization Forces"
    assert evs[0].actor1 is None or evs[0].actor1.name != "Popular Mobilization Forces"


def test_the_arabic_day_of_an_announcement_yields_to_the_strikes_own_day():
    text = ("العراق: أعلنت خلية الإعلام الأمني، اليوم الأربعاء، مقتل ثلاثة إرهابيين بضربة جوية في صحراء الحضر.\n"
            "وذكرت الخلية أن طائراتنا وجهت مساء أمس الثلاثاء ضربة جوية على وكر للإرهابيين في صحراء الحضر.")
    evs = events(text, "2024-03-06", lang="ar")
    assert [(str(e.event_date), e.location.name) for e in evs] == [("2024-03-05", "Hatra District")]


def test_a_law_is_no_arabic_reporter():
    evs = events("العراق: ألقت قوة أمنية القبض على مطلوبين وفق أحكام المادة 4 إرهاب في قضاء تلعفر أمس.", "2024-03-06",
                 lang="ar")
    assert evs and all(e.attribution is None or not (e.attribution.claimant or "").startswith("أحكام") for e in evs)


def test_a_countrys_possessive_opens_one_of_its_places():
    evs = events("Sudan: at least twelve people were killed in fighting in Sudan's North Kordofan state on Monday.",
                 "2025-08-27", lang="en")
    assert [e.location.name for e in evs] == ["North Kordofan"]


def test_a_region_then_a_town_inside_it_is_the_town():
    evs = events("In Cameroon's Far North region, suspected Boko Haram fighters abducted five people during a night "
                 "raid on Mora on Saturday.", "2024-10-28", lang="en")
    assert [e.location.name for e in evs] == ["Mora"]


@pytest.mark.parametrize("text,lang", [
    ("Papua New Guinea: six men were killed in a clash between rival clans near Wabag on Monday.", "en"),
    ("RDC : des affrontements entre clans rivaux ont fait six morts lundi près de Kindu.", "fr"),
])
def test_a_clash_between_rivals_has_them_on_the_attacking_side(text, lang):
    evs = events(text, "2025-08-27", lang=lang)
    assert len(evs) == 1 and evs[0].actor1 is not None and evs[0].actor1.type in ("Identity militia", "Political militia")


def test_a_regime_jet_is_the_armys():
    evs = events("Myanmar: five civilians were killed when a regime fighter jet bombed a village near Kalewa on "
                 "Tuesday.", "2025-03-06", lang="en")
    assert [e.actor1.name for e in evs] == ["Military Forces of Myanmar"]


def test_a_town_in_a_named_region_is_one_place():
    evs = events("Myanmar: a junta airstrike hit a village some 10 kilometres north of Kalewa town in Sagaing Region "
                 "on Tuesday.", "2025-03-06", lang="en")
    assert len(evs) == 1 and "Kalewa" in evs[0].location.name


def test_a_road_named_by_its_ends_lies_at_the_first():
    evs = events("Nigeria: troops on patrol along the Okigwe-Umulolo road in Imo State discovered an improvised "
                 "explosive device on Thursday and destroyed it.", "2024-12-13", lang="en")
    assert [(e.sub_event_type, e.location.name) for e in evs] == [("Disrupted weapons use", "Okigwe")]


def test_the_drc_provinces_of_2015_are_places():
    from sitrep.gazetteer import get_gazetteer

    hit = get_gazetteer().geocode("Tanganyika", countries=["CD"], limit=1)
    assert hit and hit[0].country == "CD" and hit[0].kind == "region"


def test_an_attack_by_the_rebels_of_a_group_is_theirs_and_a_gathered_congregation_no_protest():
    evs = events("RDC : au moins vingt personnes ont été tuées dimanche lors d'une attaque des rebelles ADF contre "
                 "l'église de Komanda, en Ituri, où des fidèles étaient rassemblés pour une veillée de prière.",
                 "2025-07-28")
    assert [(e.sub_event_type, e.actor1.name, e.location.name) for e in evs] == [
        ("Attack", "Allied Democratic Forces", "Komanda")]


@pytest.mark.parametrize("text,lang", [
    ("Thailand: on Monday evening, an assistant village headman was shot dead by two gunmen on a motorcycle in "
     "Rueso district, Narathiwat.", "en"),
    ("Colombie : un membre de la garde indigène a été abattu lundi par des hommes armés à Toribío, dans le Cauca.", "fr"),
])
def test_a_man_shot_dead_by_gunmen_with_no_one_fighting_back_is_an_attack(text, lang):
    evs = events(text, "2025-03-04", lang=lang)
    assert [e.sub_event_type for e in evs] == ["Attack"]


def test_a_town_then_its_region_after_a_comma_is_one_place():
    evs = events("Colombia: a member of the Indigenous Guard was shot dead on Monday by armed men in Toribío, Cauca.",
                 "2025-03-04", lang="en")
    assert [e.location.name for e in evs] == ["Toribío"]


def test_two_days_after_counts_back_from_the_datelines_day():
    evs = events("N'Djamena, le 10 janvier 2025 (Tchadinfos) – Deux jours après l'attaque qui a visé le palais présidentiel, "
                 "la vie reprend son cours dans la capitale tchadienne.", "2025-01-10")
    assert [str(e.event_date) for e in evs] == ["2025-01-08"]


def test_an_arabic_announcement_day_stays_when_the_other_date_is_only_weeks():
    evs = events("نيجيريا: وفي ولاية بلاتو، أعلنت الشرطة أمس الأحد اعتقال ستة أشخاص يُشتبه في تورطهم في هجمات على قرى "
                 "في منطقة بوكوس خلال الأسابيع الماضية.", "2024-05-06", lang="ar")
    assert [str(e.event_date) for e in evs] == ["2024-05-05"]


@pytest.mark.parametrize("text,lang", [
    ("Mali : vingt civils ont été tués jeudi dans l'attaque d'un bateau de passagers sur le fleuve Niger, près de "
     "Gourma-Rharous.", "fr"),
    ("Niger: gunmen killed five fishermen on Tuesday on an island of Lake Chad near Bosso.", "en"),
])
def test_a_river_or_lake_named_after_a_country_is_not_that_country(text, lang):
    doc = run_doc(text, "2023-09-09", upto="places", lang=lang)
    water = [sp for sp in doc.get("country") if doc.text[sp.start:sp.end] in ("Niger", "Chad") and sp.start > 10]
    assert water and all(sp.data.get("modifier") for sp in water)


def test_a_town_in_another_region_than_the_text_says_is_not_that_town():
    # GeoNames' only Bamba of Mali lies in the south, 1,000 km from the Gao region the text names
    evs = events("Mali : des jihadistes ont attaqué jeudi le camp de l'armée à Bamba, dans la région de Gao.", "2023-09-09")
    assert evs and all(e.location.name != "Bamba" for e in evs)
