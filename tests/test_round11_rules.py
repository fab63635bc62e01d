"""Who the article's own words point at ("M23 rebels … the rebels"), who underwent an attack, armed men of
any trade, speakers named by their title, and rioters who set fire.

Every sentence here is written for the tests; none is copied from an article."""
from __future__ import annotations

import pytest

from fr_helpers import events


@pytest.mark.parametrize("text,lang", [
    ("DR Congo: M23 rebels entered Goma on Sunday after Wazalendo militiamen fled. The rebels seized the town of "
     "Sake on Monday after the soldiers abandoned their positions.", "en"),
    ("RDC : les rebelles du M23 sont entrés dimanche dans Goma après la fuite des miliciens Wazalendo. Lundi, les "
     "rebelles se sont emparés de la ville de Sake après le retrait des soldats.", "fr"),
])
def test_a_generic_word_the_article_pinned_to_one_of_several_groups_names_it(text, lang):
    evs = events(text, "2025-02-18", lang=lang)
    sake = [e for e in evs if e.location.text == "Sake"]
    assert [e.actor1.name for e in sake] == ["M23"]


def test_a_generic_word_pinned_to_two_groups_stays_unnamed():
    # both groups are called rebels: "ten rebels" could be either's men
    evs = events("DR Congo: M23 rebels attacked Goma on Sunday while ADF rebels raided Beni. On Monday, soldiers "
                 "killed ten rebels near Sake.", "2025-02-18", lang="en")
    sake = [e for e in evs if e.location.text == "Sake"]
    assert sake and all(e.actor2 is None or e.actor2.name not in ("M23", "Allied Democratic Forces") for e in sake)


@pytest.mark.parametrize("text,who", [
    ("كولومبيا: تعرضت قاعدة للجيش الكولومبي في تيبو يوم الاثنين لهجوم بطائرة مسيرة.", "Military Forces of Colombia"),
    ("باكستان: تعرض مركز للشرطة في مدينة تانك فجر السبت لهجوم بطائرة مسيرة.", "Police Forces of Pakistan"),
])
def test_what_underwent_an_attack_was_hit_not_the_attacker(text, who):
    evs = events(text, "2025-02-22", lang="ar")
    assert len(evs) == 1
    assert evs[0].actor1 is None or evs[0].actor1.name != who
    assert evs[0].actor2 is not None and evs[0].actor2.name == who


@pytest.mark.parametrize("text,lang", [
    ("Nigeria : des éleveurs armés ont attaqué dimanche une patrouille de l'armée à Agatu, dans l'Etat de Benue.", "fr"),
    ("Nigeria: Armed herders attacked an army patrol in Agatu, Benue State, on Sunday.", "en"),
])
def test_armed_men_of_a_civilian_trade_are_an_armed_group(text, lang):
    evs = events(text, "2025-04-15", lang=lang)
    agatu = [e for e in evs if e.location.text == "Agatu"]
    assert [(e.actor1.name if e.actor1 else None) for e in agatu] == ["Unidentified armed group"]
    assert all(e.actor2 is None or e.actor2.name != "Civilians" for e in agatu)


def test_a_trade_without_arms_stays_civilian():
    evs = events("Nigeria: Gunmen killed twelve herders in Agatu, Benue State, on Sunday.", "2025-04-15", lang="en")
    assert [e.actor2.name for e in evs if e.location.text == "Agatu"] == ["Civilians"]


@pytest.mark.parametrize("text,lang", [
    ("Nigeria : douze personnes ont été tuées dimanche lors d'une attaque d'hommes armés contre un village "
     "d'Agatu, dans l'Etat de Benue, a confirmé la porte-parole de la police de l'Etat.", "fr"),
    ("Nigeria: Twelve people were killed on Sunday when gunmen attacked a village in Agatu, Benue State, "
     "said a spokesman for the state police.", "en"),
])
def test_a_force_named_by_its_spokesman_after_the_facts_is_no_party(text, lang):
    evs = events(text, "2025-04-15", lang=lang)
    agatu = [e for e in evs if e.location.text == "Agatu"]
    assert agatu and all(e.actor2 is None or "Police" not in e.actor2.name for e in agatu)
    assert all(e.actor1 is None or "Police" not in e.actor1.name for e in agatu)


def test_protesters_who_set_fire_riot():
    evs = events("Cameroun : dimanche, à Dschang, des manifestants avaient mis le feu à la permanence locale du "
                 "parti au pouvoir.", "2025-10-29")
    assert [e.sub_event_type for e in evs] == ["Violent demonstration"]


@pytest.mark.parametrize("text,lang", [
    ("Fighting broke out between the South Sudan People's Defence Forces and the SPLA-IO near Ulang town on "
     "Wednesday, the South Sudanese army said.", "en"),
])
def test_two_words_name_another_country_than_the_last_alone(text, lang):
    evs = events(text, "2025-04-11", lang=lang)
    assert [(e.location.text, e.location.country) for e in evs] == [("Ulang", "SS")]


def test_the_arabic_sudanese_adjective_is_sudan():
    from sitrep.gazetteer.countries import country_lookup, country_names
    table, _ = country_lookup(country_names())
    from sitrep.gazetteer.keys import name_key
    assert table[name_key("السوداني")] == "SD"
    assert table[name_key("جنوب السودان")] == "SS"


@pytest.mark.parametrize("text,lang", [
    ("Une frappe de drone américaine a tué mercredi soir à Bagdad un commandant d'une milice que Washington "
     "accuse d'avoir attaqué ses soldats.", "fr"),
    ("Une frappe de drone américaine a tué mercredi soir à Bagdad Hassan Jaber Ali, un commandant d'une milice.", "fr"),
])
def test_a_great_city_named_in_another_language_is_not_a_hamlet_of_the_acting_state(text, lang):
    evs = events(text, "2024-02-08", lang=lang)
    assert [e.location.country for e in evs] == ["IQ"]


@pytest.mark.parametrize("text,lang", [
    ("Un drone américain a frappé jeudi un QG situé rue de Palestine à Bagdad.", "fr"),
    ("A US drone struck a headquarters on Palestine Street in Baghdad on Thursday.", "en"),
    ("استهدفت طائرة مسيرة أمريكية يوم الخميس مقراً في شارع فلسطين ببغداد.", "ar"),
])
def test_a_street_named_after_a_country_is_in_its_city(text, lang):
    evs = events(text, "2024-02-09", lang=lang)
    assert [e.location.country for e in evs] == ["IQ"]


def test_a_street_of_a_city_is_in_that_city():
    evs = events("Equateur : une voiture piégée a explosé lundi dans une rue de Cuenca.", "2024-01-10")
    assert [e.location.text for e in evs] == ["Cuenca"]


def test_a_surname_the_article_introduced_with_a_title_is_the_person_not_the_town():
    # İmamoğlu is also a small town in Adana province
    evs = events("Turkey: Istanbul Mayor Ekrem İmamoğlu is the main rival of the president. On Wednesday, police "
                 "detained İmamoğlu at his home.", "2025-03-21", lang="en")
    assert all(e.location.text != "İmamoğlu" for e in evs)


def test_an_arabic_attack_verb_with_an_object_pronoun_is_an_attack():
    # "هاجمهم مستوطنون": settlers attacked them
    evs = events("أصيب ثلاثة مواطنين الليلة الماضية بعد أن هاجمهم مستوطنون في بلدة دير دبوان شرق رام الله.",
                 "2025-06-03", lang="ar")
    assert [(e.actor1.name, e.sub_event_type) for e in evs] == [("Israeli settlers", "Attack")]


def test_arabic_border_guards_are_the_story_state_forces_not_israel_police():
    evs = events("باكستان: هاجم مسلحون موقعاً لقوات حرس الحدود في منطقة مستونغ يوم الأربعاء.", "2025-09-04", lang="ar")
    assert [e.actor2.name for e in evs] == ["Military Forces of Pakistan"]


@pytest.mark.parametrize("text,lang", [
    ("Cisjordanie : un drone de l'armée israélienne a frappé lundi une cellule qui s'apprêtait à poser des explosifs "
     "sur une route à l'est de Toubas.", "fr"),
    ("West Bank: An Israeli army drone struck a cell that was planting explosives on a road east of Tubas on Monday.", "en"),
])
def test_a_strike_from_the_air_on_men_with_explosives_is_an_air_strike(text, lang):
    evs = events(text, "2025-02-04", lang=lang)
    assert [e.sub_event_type for e in evs] == ["Air/drone strike"]


def test_a_bomb_defused_by_army_engineers_is_a_disrupted_weapon_of_the_army():
    evs = events("Burkina Faso : dimanche, sur l'axe Sebba-Solhan, une équipe du génie militaire a détecté et "
                 "neutralisé deux engins explosifs improvisés dissimulés sous la chaussée.", "2024-04-15")
    assert [(e.sub_event_type, e.actor1.name if e.actor1 else None) for e in evs] == \
        [("Disrupted weapons use", "Military Forces of Burkina Faso")]


def test_a_bomb_set_off_under_a_tank_is_no_disrupted_weapon():
    evs = events("Gaza : les Brigades al-Qassam ont affirmé mardi avoir fait exploser un engin explosif sous un char "
                 "israélien à l'est de Khan Younès.", "2024-06-26")
    assert [e.sub_event_type for e in evs] == ["Remote explosive/landmine/IED"]


def test_an_arabic_abduction_verb_with_an_object_pronoun_tells_an_abduction():
    evs = events("نيجيريا: خرج المزارع إلى حقله قرب مدينة مايدوغوري يوم الأحد فاختطفه مسلحون.", "2024-10-14", lang="ar")
    assert [(e.actor1.name if e.actor1 else None, e.sub_event_type) for e in evs] == \
        [("Unidentified armed group", "Abduction/forced disappearance")]


@pytest.mark.parametrize("text,lang", [
    ("Myanmar: A junta airstrike killed nine civilians in a village in Shwebo Township on Monday.", "en"),
    ("Birmanie : lundi, un bombardement aérien de la junte a tué neuf civils dans un village du township de Shwebo.", "fr"),
])
def test_the_junta_is_the_story_state_army(text, lang):
    evs = events(text, "2025-01-15", lang=lang)
    assert [e.actor1.name for e in evs] == ["Military Forces of Myanmar"]


def test_a_quarter_named_like_a_great_city_elsewhere_stays_the_quarter():
    # "al-Zeitoun" is also a district of Cairo: Gaza City's quarter is meant
    evs = events("Israël a poursuivi ses raids sur la bande de Gaza. Mercredi à l'aube, une frappe contre une maison du "
                 "quartier d'al-Zeitoun, à Gaza-ville, a tué six personnes, selon la Défense civile palestinienne.",
                 "2024-05-16")
    assert "al-Zeitoun" in [e.location.text for e in evs if e.location.country == "PS"]


def test_a_drone_inside_an_arabic_missile_trigger_fired_it_from_the_air():
    evs = events("لبنان: بعد ظهر أمس الخميس، استهدفت مسيّرة إسرائيلية بصاروخ موجّه سيارة عند المدخل الشرقي لبلدة تبنين.",
                 "2025-03-14", lang="ar")
    assert [e.sub_event_type for e in evs] == ["Air/drone strike"]


def test_arabic_missiles_fired_by_artillery_stay_shelling():
    evs = events("لبنان: قصفت المدفعية الإسرائيلية بالصواريخ أطراف بلدة تبنين بعد ظهر أمس الخميس.", "2025-03-14", lang="ar")
    assert [e.sub_event_type for e in evs] == ["Shelling/artillery/missile attack"]


@pytest.mark.parametrize("text,lang", [
    ("Pakistan: BLF fighters attacked the army camp in Tump with rocket launchers and automatic weapons on Sunday night.", "en"),
    ("Mali : lundi, des assaillants ont attaqué le camp militaire de Tombouctou avec des mortiers et des armes légères.", "fr"),
])
def test_a_ground_assault_with_small_arms_and_rockets_is_an_armed_clash(text, lang):
    evs = events(text, "2025-06-23", lang=lang)
    assert [e.sub_event_type for e in evs] == ["Armed clash"]
