"""Fifteenth round: an area-wide event whose towns the next sentence lists is told by those towns; a great
city is not matched by its name in some other tongue in a sentence about another country; the civilians a
strike spared are not its victims; "هوية" (identity) is no place.

Every sentence here is written for the tests; none is copied from an article."""
from __future__ import annotations

import pytest

from fr_helpers import events, run_doc


def _places(evs):
    return sorted((e.location.name, e.location.country) for e in evs if e.location)


# --- an area, then its towns -------------------------------------------------------------------
@pytest.mark.parametrize("lang,text", [
    ("en", "The Turkish air force carried out an air operation in northern Iraq on Wednesday evening, the defence ministry "
           "said. Security sources said the strikes hit hideouts in the Qandil, Sinjar and Gara areas."),
    ("fr", "L'aviation turque a mené mercredi soir une opération aérienne dans le nord de l'Irak, a annoncé le ministère "
           "de la Défense. Selon des sources sécuritaires, les frappes ont visé des caches à Sinjar, Qandil et Gara."),
    ("ar", "نفذ الطيران التركي مساء الأربعاء عملية جوية في شمالي العراق. وقالت مصادر أمنية إن الضربات طالت مواقع في مناطق "
           "قنديل وسنجار وغارا."),
])
def test_an_operation_over_a_region_is_told_by_the_towns_listed_next(lang, text):
    evs = events(text, "2024-10-24", lang=lang)
    assert len(evs) == 3, _places(evs)
    assert all(e.sub_event_type == "Air/drone strike" and e.actor1.name == "Military Forces of Turkey" for e in evs)
    assert all(e.location.country == "IQ" and e.location.name != "Iraq" for e in evs)
    assert {e.event_date.isoformat() for e in evs} == {"2024-10-23"}


def test_listed_towns_may_lie_in_another_country_the_head_names():
    evs = events("نفذ الطيران التركي مساء الأربعاء عملية جوية في شمالي العراق وسوريا. وقالت مصادر أمنية إن الضربات طالت "
                 "مواقع في مناطق قنديل وسنجار شمالي العراق، إضافة إلى محيط تل رفعت شمالي سوريا.", "2024-10-24", lang="ar")
    assert {e.location.country for e in evs} == {"IQ", "SY"}
    assert len(evs) == 3, _places(evs)


def test_one_place_in_the_next_sentence_does_not_replace_the_area():
    # a single place is a detail of the event (or another event), not the list that tells it town by town
    evs = events("The Turkish air force carried out an air operation in northern Iraq on Wednesday evening, the defence "
                 "ministry said. The strikes hit hideouts near Sinjar.", "2024-10-24", lang="en")
    assert len(evs) == 1


def test_a_listed_town_is_not_folded_into_a_placeless_event_told_before():
    text = ("اقتحم مسلحان البوابة الرئيسية للمقر بإطلاق النار وتفجير عبوة ناسفة. "
            "وفي أعقاب ذلك، نفذ الطيران التركي مساء الأربعاء عملية جوية في شمالي العراق. "
            "وقالت مصادر أمنية إن الضربات طالت مواقع في مناطق قنديل وسنجار وغارا.")
    evs = events(text, "2024-10-24", lang="ar")
    strikes = [e for e in evs if e.location.country == "IQ"]
    assert len(strikes) == 3 and all(e.sub_event_type == "Air/drone strike" for e in strikes), _places(evs)
    assert all("ied" not in e.weapons for e in strikes)


# --- a great city's name in another tongue --------------------------------------------------------
def test_a_village_spelled_like_a_far_great_citys_foreign_name_is_not_that_city():
    evs = events("Au moins douze villageois ont été tués dimanche soir à Daffo, près de Bokkos, au centre du Nigeria, "
                 "par des hommes armés, selon la police.", "2024-04-08", lang="fr")
    assert {e.location.country for e in evs} == {"NG"}


def test_mountains_named_in_a_cameroon_story_are_not_mandalay():
    evs = events("Gunmen killed four herders near Mozogo in Cameroon's Far North region on Sunday before fleeing toward "
                 "the Mandara mountains, a local official said.", "2024-04-08", lang="en")
    assert evs and {e.location.country for e in evs} == {"CM"}


def test_a_great_city_under_its_own_name_is_still_found_beside_another_country():
    evs = events("Des manifestants ont défilé samedi à Paris pour dénoncer les frappes sur le Liban, a-t-on appris de source "
                 "policière.", "2024-04-08", lang="fr")
    assert [e.location.country for e in evs] == ["FR"]


# --- words that are no place or no victim -----------------------------------------------------------
def test_identity_is_no_place_in_arabic():
    evs = events("قتل ثلاثة مدنيين في هجوم مسلح على قرية قرب مدينة كركوك يوم الأحد، وقالت الشرطة إنها تعمل على التحقق "
                 "من هوية المهاجمين.", "2024-04-08", lang="ar")
    assert [e.location.country for e in evs] == ["IQ"]
    assert evs[0].fatalities == 3


@pytest.mark.parametrize("lang,text", [
    ("en", "Israeli jets struck a weapons depot near Nabatieh in southern Lebanon on Monday, the army said, adding that it "
           "took steps to avoid harming civilians."),
    ("fr", "L'aviation israélienne a frappé lundi un dépôt d'armes près de Nabatiyé, dans le sud du Liban, a indiqué l'armée, "
           "qui affirme avoir pris des mesures pour épargner les civils."),
    ("ar", "أغار الطيران الإسرائيلي يوم الاثنين على مستودع أسلحة قرب النبطية في جنوب لبنان، وقال الجيش إنه اتخذ التدابير "
           "اللازمة لتجنب إلحاق الضرر بالمدنيين."),
])
def test_civilians_a_strike_spared_are_not_its_victims(lang, text):
    evs = events(text, "2024-04-08", lang=lang)
    assert len(evs) == 1
    assert evs[0].actor2 is None or evs[0].actor2.name != "Civilians"


def test_civilians_hit_are_still_the_victims():
    evs = events("Israeli jets struck a house in Nabatieh in southern Lebanon on Monday, killing three civilians, the health "
                 "ministry said.", "2024-04-08", lang="en")
    assert len(evs) == 1 and evs[0].actor2 is not None and evs[0].actor2.name == "Civilians"


# --- interceptions: who stopped what ---------------------------------------------------------------
@pytest.mark.parametrize("lang,text,date,stopper,launcher", [
    ("en", "Russia's Defense Ministry said its air defenses destroyed 52 Ukrainian drones overnight over the Volgograd region.",
     "2025-09-11", "Military Forces of Russia", "Military Forces of Ukraine"),
    ("en", "The Israeli army said its air defences intercepted two rockets fired by Hezbollah toward Kiryat Shmona on Monday.",
     "2025-09-11", "Military Forces of Israel", "Hezbollah"),
    ("ar", "تمكّن مجاهدو المقاومة الإسلامية فجر اليوم الإثنين من إسقاط طائرة مسيّرة معادية بصاروخ أرض-جو في أجواء بلدة الخيام جنوب لبنان.",
     "2023-11-06", "Hezbollah", "Military Forces of Israel"),
])
def test_the_side_that_stops_a_weapon_is_actor1_and_its_owner_actor2(lang, text, date, stopper, launcher):
    evs = events(text, date, lang=lang)
    assert len(evs) == 1 and evs[0].sub_event_type == "Disrupted weapons use"
    assert evs[0].actor1.name == stopper
    assert evs[0].actor2 is not None and evs[0].actor2.name == launcher


def test_arabic_ground_defences_confronting_drones_intercept_them():
    evs = events("تصدّت المضادات الأرضية فجر اليوم الأربعاء لعدد من المسيّرات الانتحارية التي أطلقتها الميليشيا باتجاه مدينة "
                 "أم روابة، وأسقطتها جميعاً.", "2025-06-04", lang="ar")
    assert [e.sub_event_type for e in evs] == ["Disrupted weapons use"]


def test_a_strike_then_its_interception_at_the_same_place_keeps_the_launcher_as_actor1():
    evs = events("Ukraine's General Staff said its drones hit an oil refinery in Russia's Ryazan region overnight, starting a "
                 "fire. Russia's Defence Ministry said it had destroyed 38 Ukrainian drones overnight, 11 of them over the "
                 "Ryazan region.", "2025-03-14", lang="en")
    assert len(evs) == 1
    assert evs[0].sub_event_type == "Air/drone strike" and evs[0].actor1.name == "Military Forces of Ukraine"


# --- aircraft and bombs -------------------------------------------------------------------------------
def test_a_fighter_jet_in_a_story_on_one_country_is_that_states():
    evs = events("On the night of Sunday to Monday, a fighter jet dropped two bombs on a monastery school in Bawgyo, a village "
                 "west of Hsipaw in Myanmar's Shan State, killing five people.", "2025-10-28", lang="en")
    assert len(evs) == 1 and evs[0].actor1.name == "Military Forces of Myanmar"


def test_air_assets_in_sahel_army_french_are_the_army():
    evs = events("Les vecteurs aériens ont neutralisé mardi plusieurs terroristes près de Sokolo, dans la région de Ségou, au "
                 "Mali.", "2024-10-09", lang="fr")
    assert len(evs) == 1 and evs[0].sub_event_type == "Air/drone strike"
    assert evs[0].actor1.name == "Military Forces of Mali"


def test_warplanes_of_the_speaking_army_hit_hideouts_not_the_militants():
    evs = events("قال الجيش الباكستاني إن طائرات حربية قصفت مخابئ للمسلحين في منطقة تيراه بإقليم خيبر بختونخوا.",
                 "2025-05-07", lang="ar")
    assert len(evs) == 1 and evs[0].actor1.name == "Military Forces of Pakistan"


@pytest.mark.parametrize("lang,text", [
    ("en", "In the eastern Donetsk region, Russian glide bombs killed two civilians in Kostiantynivka yesterday, the regional "
           "governor said."),
    ("fr", "Dans la région de Donetsk, des bombes planantes russes ont tué deux civils à Kostiantynivka mardi, selon le "
           "gouverneur."),
    ("ar", "قتل مدنيان بقنابل موجهة روسية في مدينة كوستيانتينيفكا بمقاطعة دونيتسك يوم الثلاثاء."),
])
def test_glide_bombs_are_dropped_from_the_air(lang, text):
    evs = events(text, "2025-09-11", lang=lang)
    assert evs and all("airstrike" in e.weapons and "ied" not in e.weapons for e in evs)
    assert all(e.actor1.name == "Military Forces of Russia" for e in evs)


# --- where a name lies -------------------------------------------------------------------------------
def test_a_site_said_to_lie_in_a_city_is_not_a_namesake_far_from_it():
    evs = events("Des combattants du JNIM ont pris d'assaut mardi l'école de gendarmerie de Faladié, à Bamako, ainsi que "
                 "l'aéroport militaire voisin.", "2024-09-18", lang="fr")
    assert evs and all(e.location.name == "Bamako" for e in evs)


def test_a_list_of_places_each_after_a_is_not_one_inside_the_next():
    evs = events("En Syrie, les frappes américaines ont visé vendredi des positions de groupes pro-iraniens à Deir ez-Zor, à "
                 "Mayadine et à Boukamal, selon l'OSDH.", "2024-02-03", lang="fr")
    assert len(evs) == 3, _places(evs)


def test_neighbourhoods_of_a_town_after_its_region_are_the_towns():
    evs = events("In South Kordofan, shells fired into residential neighbourhoods of Abu Jubayhah on 15 September killed "
                 "three people, local sources reported.", "2025-09-17", lang="en")
    assert len(evs) == 1 and evs[0].location.name != "South Kordofan" and evs[0].location.country == "SD"


def test_a_state_government_that_blames_someone_is_no_place():
    evs = events("On 13 September, a drone strike hit the central market of Umm Ruwaba, in North Kordofan State, killing 11 "
                 "civilians. The North Kordofan State government attributed the attack to the Rapid Support Forces (RSF).",
                 "2025-09-17", lang="en")
    assert len(evs) == 1 and evs[0].actor1.name == "Rapid Support Forces"


def test_a_capital_that_is_accused_is_its_government_not_a_place():
    evs = events("Pakistani jets struck villages in Urgun district in Afghanistan's Paktika province on Monday, the Taliban "
                 "said. Pakistan has accused Kabul of sheltering TTP fighters who carry out attacks inside Pakistan.",
                 "2025-04-16", lang="en")
    assert [e.location.name for e in evs] == ["Urgun"]


def test_an_airstrip_is_no_air_strike():
    evs = events("Des hommes lourdement armés ont ouvert le feu samedi vers 17 heures sur les positions des FACA installées "
                 "près de la piste d'aviation de Batangafo, selon une source militaire.", "2023-11-20", lang="fr")
    assert len(evs) == 1 and evs[0].sub_event_type == "Armed clash"


# --- claims, quotes and affiliations -----------------------------------------------------------------
_CAR_BOMB = ('قُتل 4 جنود صوماليين صباح أمس الأربعاء في هجوم بسيارة مفخخة يقودها انتحاري استهدف بوابة قاعدة عسكرية '
             'في مقديشو. وتبنّت حركة "الشباب" المرتبطة بتنظيم القاعدة الهجوم في بيان.')


def test_a_car_bomb_driven_by_its_bomber_is_a_suicide_bomb_claimed_by_the_quoted_group():
    evs = events(_CAR_BOMB, "2024-03-07", lang="ar")
    assert len(evs) == 1
    ev = evs[0]
    assert ev.sub_event_type == "Suicide bomb" and ev.location.name == "Mogadishu"
    assert ev.actor1.name == "Al-Shabaab" and ev.attribution.status == "claimed"


def test_a_claim_opening_the_next_sentence_is_not_the_capitals():
    evs = events("قتل جنديان في هجوم استهدف قاعدة عسكرية في مقديشو. وتبنّت حركة الشباب الهجوم.", "2024-03-07", lang="ar")
    assert [e.location.name for e in evs] == ["Mogadishu"]


def test_a_name_in_quotes_after_its_head_word_is_still_the_group():
    evs = events('أعلنت حركة "الشباب" مسؤوليتها عن هجوم بقذائف الهاون استهدف قاعدة عسكرية في مقديشو يوم الأحد.', "2024-03-11",
                 lang="ar")
    assert len(evs) == 1 and evs[0].actor1.name == "Al-Shabaab"


def test_the_force_a_weapon_belongs_to_acts_but_the_network_a_group_belongs_to_does_not():
    evs = events("قالت هيئة الأركان العامة في بنين إن طائرات مسيرة تابعة للجيش نفذت ضربات يوم الجمعة على مسلحين قرب بلدة "
                 "كاريماما.", "2025-04-19", lang="ar")
    assert len(evs) == 1 and evs[0].actor1.name == "Military Forces of Benin"
    evs = events("هاجم مسلحون من حركة الشباب المرتبطة بتنظيم القاعدة قاعدة للجيش قرب بلدة بلعد يوم الأحد.", "2024-03-11",
                 lang="ar")
    assert len(evs) == 1 and evs[0].actor1.name == "Al-Shabaab"


# --- neighbours, owners and abbreviations ---------------------------------------------------------------
def test_a_neighbour_named_after_border_with_is_no_place_of_the_event():
    evs = events("Taliban officials said Pakistani jets hit villages in Urgun district of Afghanistan's Paktika province, near the "
                 "border with Pakistan's South Waziristan region, on Monday.", "2025-04-15", lang="en")
    assert [e.location.name for e in evs] == ["Urgun"]


def test_a_region_that_owns_a_district_only_says_where_it_lies():
    evs = events("The Nigerian Air Force said its jets struck a bandit enclave on Wednesday in Zamfara State's Maru LGA, which "
                 "borders Safana.", "2025-05-22", lang="en")
    assert [e.location.name for e in evs] == ["Maru"]


def test_a_border_town_in_french_is_still_the_place():
    evs = events("Des frappes ont visé lundi la localité frontalière de Saravan, dans le sud-est de l'Iran, a indiqué Téhéran.",
                 "2024-01-18", lang="fr")
    assert [e.location.name for e in evs] == ["Sarāvān"]


def test_a_governors_title_does_not_end_the_sentence():
    doc = run_doc("Russian glide bombs killed two civilians in Kostiantynivka yesterday, regional Gov. Vadym Filashkin said. "
                  "Separately, drones hit a power plant in Kharkiv on Thursday.", "2025-09-11", lang="en")
    assert len(doc.sents) == 2


# --- a digest's summary lines ---------------------------------------------------------------------------
_DIGEST = ("SUDAN: Attacks in North Kordofan - Flash Update No. 3\n\nHIGHLIGHTS\n"
           "- Drone strike on Umm Ruwaba market kills 11 civilians\n- Thousands displaced near Er Rahad\n\n"
           "SITUATION OVERVIEW\nOn 13 September, a drone strike hit the central market of Umm Ruwaba, in North Kordofan "
           "State, at midday, killing 11 civilians, according to local authorities.")


def test_a_summary_bullet_is_the_event_told_in_full_below_and_keeps_its_source():
    evs = events(_DIGEST, "2025-09-17", lang="en")
    assert len(evs) == 1
    ev = evs[0]
    assert ev.event_date.isoformat() == "2025-09-13" and ev.location.name == "Umm Ruwaba"
    assert ev.attribution.claimant == "local authorities"
