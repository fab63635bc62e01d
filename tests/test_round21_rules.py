"""Twenty-first round: who struck. An army that words a strike's toll as its own ("neutralised 15 terrorists")
tells of its own strike; "Pakistan's army" is the state's; a bomb is never the army a follow-up sentence inherits.

Every sentence here is written for the tests; none is copied from an article."""
from __future__ import annotations

import pytest

import sitrep


def _subs(text, lang, published):
    return [e.sub_event_type for e in sitrep.extract(text, published=published, language=lang).events]


def _actors(text, lang, published="2025-03-12"):
    return [(e.sub_event_type, e.actor1.name if e.actor1 else None, e.attribution.status)
            for e in sitrep.extract(text, published=published, language=lang).events]


# --- an army that tells of strikes in its own words -----------------------------------------------------
@pytest.mark.parametrize("lang,text,who", [
    ("fr", "L'armée nigérienne a annoncé lundi que des frappes aériennes menées samedi près de Tillia avaient permis de "
           "neutraliser une quinzaine de terroristes.", "Military Forces of Niger"),
    ("en", "Nigeria's military said on Monday that air strikes on Saturday near Monguno had killed dozens of terrorists "
           "and destroyed their hideouts.", "Military Forces of Nigeria"),
    ("ar", "وأعلن الجيش الباكستاني أن غارات جوية نفذت يوم السبت في منطقة تيراه أسفرت عن مقتل 12 إرهابيا.",
     "Military Forces of Pakistan"),
])
def test_an_army_telling_its_strikes_toll_struck(lang, text, who):
    assert _actors(text, lang) == [("Air/drone strike", who, "claimed")]


@pytest.mark.parametrize("lang,text", [
    # its own people hit: the army reports another's strike
    ("fr", "L'armée malienne a indiqué lundi que des frappes aériennes menées samedi près de Ménaka avaient tué six civils."),
    # no toll in an army's words: nothing says whose strikes they were
    ("en", "Ukraine's army said on Monday that air strikes on Saturday had hit Kupiansk."),
])
def test_an_army_reporting_strikes_without_its_words_is_not_their_author(lang, text):
    evs = _actors(text, lang)
    assert evs and all(who != f"Military Forces of {'Mali' if lang == 'fr' else 'Ukraine'}" for _s, who, _a in evs)


def test_a_general_staff_is_the_army_of_the_story():
    text = ("Au Burkina Faso, l'état-major général des armées a affirmé mardi que des frappes aériennes menées dimanche "
            "près de Djibo avaient permis de neutraliser une trentaine de terroristes.")
    assert _actors(text, "fr") == [("Air/drone strike", "Military Forces of Burkina Faso", "claimed")]


# --- a state named in the possessive -------------------------------------------------------------------
@pytest.mark.parametrize("text,who", [
    ("Sudan's army shelled RSF positions near El Obeid on Sunday, residents said.", "Military Forces of Sudan"),
    ("Kenya's police fired tear gas at hundreds of protesters in Nairobi on Tuesday.", "Police Forces of Kenya"),
])
def test_a_country_in_the_possessive_names_its_forces(text, who):
    evs = sitrep.extract(text, published="2025-03-12", language="en").events
    assert evs and who in {a.name for e in evs for a in (e.actor1, e.actor2) if a is not None}


# --- a bomb is never the army a follow-up inherits -------------------------------------------------------
def test_a_follow_up_sentence_does_not_give_the_bomb_to_the_army():
    text = ("L'armée tchadienne a annoncé lundi que ses avions avaient neutralisé une vingtaine de terroristes près de Bol. "
            "Mardi matin, un minibus a sauté sur un engin explosif sur la route de Baga Sola. "
            "Quatre passagers ont été tués, selon une source locale.")
    evs = sitrep.extract(text, published="2025-03-12", language="fr").events
    bomb = [e for e in evs if e.sub_event_type == "Remote explosive/landmine/IED"]
    assert len(bomb) == 1 and bomb[0].actor1.name != "Military Forces of Chad"


# --- Arabic: a march told by its route, a captive taken far in the sentence --------------------------------
@pytest.mark.parametrize("text,sub", [
    ("وخرج المئات من أهالي مدينة الجنينة، صباح أمس الخميس، في مسيرة جابت الشوارع الرئيسية للمطالبة بالأمن.", "Peaceful protest"),
    ("وأفاد شهود بأن مسلحين اقتحموا منزل المختار في مدينة كتم بولاية شمال دارفور ليلاً واقتادوا ثلاثة من أبنائه إلى جهة غير معلومة.",
     "Abduction/forced disappearance"),
])
def test_arabic_march_and_abduction_told_at_length(text, sub):
    assert _subs(text, "ar", "2025-03-14") == [sub]


def test_a_drone_is_no_march():
    text = "وقصفت طائرة مسيرة في مسيرة الصباح موقعاً عسكرياً قرب مدينة الجنينة."
    evs = sitrep.extract(text, published="2025-03-14", language="ar").events
    assert "Peaceful protest" not in [e.sub_event_type for e in evs]


# --- a title under the outlet's line; a verse a statement opens with ----------------------------------------
def test_a_title_under_the_outlets_line_tells_no_event_of_its_own():
    text = ("المرصد السوري لحقوق الإنسان – السبت 14 حزيران 2025\n\n"
            "مقتل عنصرين من الأمن العام بهجوم على حاجز في ريف حماة.. ومقتل راعٍ برصاص مجهولين في ريف حمص\n\n"
            "قُتل عنصران من الأمن العام، فجر اليوم السبت، جراء هجوم نفذه مسلحون مجهولون على حاجز عند مدخل بلدة صوران بريف حماة الشمالي.")
    evs = sitrep.extract(text, published="2025-06-14", language="ar").events
    assert len(evs) == 1 and evs[0].event_date is not None


def test_a_verse_is_no_report():
    # (its vowel marks split no word into fragments a gazetteer would read as villages)
    text = ("بيان عسكري صادر عن كتائب المقاومة\n\nبسم الله الرحمن الرحيم\n"
            "﴿وَلَا تَحْسَبَنَّ الَّذِينَ قُتِلُوا فِي سَبِيلِ اللَّهِ أَمْوَاتًا بَلْ أَحْيَاءٌ عِندَ رَبِّهِمْ يُرْزَقُونَ﴾\n\n"
            "تمكن مقاتلونا مساء الثلاثاء من استهداف حاجز عسكري قرب مدينة نابلس بصليات من الرصاص.")
    evs = sitrep.extract(text, published="2025-03-05", language="ar").events
    assert len(evs) == 1 and all(e.evidence[0].text.startswith("تمكن") for e in evs)


# --- a deed claimed in the perfect infinitive, far from the speaker -----------------------------------------
@pytest.mark.parametrize("lang,text,who", [
    ("fr", "De son côté, les Houthis ont affirmé, dans un communiqué diffusé jeudi soir par leur chaîne, avoir tiré un "
           "missile balistique sur Eilat.", "Ansar Allah"),
    ("en", "Hezbollah claimed, in a statement carried by its television channel on Friday, to have fired a volley of rockets "
           "at Safed.", "Hezbollah"),
])
def test_a_speaker_claiming_to_have_fired_fired(lang, text, who):
    evs = sitrep.extract(text, published="2024-10-18", language=lang).events
    assert [(e.actor1.name, e.attribution.status) for e in evs] == [(who, "claimed")]


# --- a claim of "the attack" a few sentences on; a road's entrance blocked ------------------------------------
def test_a_claim_of_the_attack_three_sentences_on_names_its_author():
    text = ("Au moins quatre soldats ont été tués lundi dans l'attaque d'un convoi de ravitaillement près de Boni, dans le "
            "centre du Mali, a-t-on appris de sources sécuritaires. Le convoi a été pris à partie en fin de matinée par "
            "des dizaines d'hommes armés. « Ils sont arrivés de partout », a raconté un chauffeur. Deux camions ont été "
            "emportés, selon la même source. Le JNIM a revendiqué l'attaque sur ses canaux de propagande.")
    evs = sitrep.extract(text, published="2025-09-10", language="fr").events
    assert [(e.actor1.name, e.attribution.status) for e in evs] == [("Jama'at Nusrat al-Islam wal-Muslimin", "claimed")]


def test_drivers_blocking_a_towns_entrance_protest():
    text = ("Mardi matin, des dizaines de conducteurs de taxi-motos ont bloqué l'entrée de Ségou pour dénoncer les "
            "tracasseries aux postes de contrôle. Ils ont été dispersés à coups de gaz lacrymogène, selon des témoins.")
    assert _subs(text, "fr", "2025-09-10") == ["Protest with intervention"]


# --- commentary on how common attacks have become ------------------------------------------------------------
@pytest.mark.parametrize("lang,text", [
    ("en", "Drone attacks have become increasingly common in Zacatecas and neighbouring Jalisco as cartels adopt military tactics."),
    ("fr", "Les attaques de drones sont devenues monnaie courante dans le Nord-Kivu et dans l'Ituri voisin."),
])
def test_how_common_attacks_have_become_is_no_event(lang, text):
    assert sitrep.extract(text, published="2025-02-18", language=lang).events == []


# --- "town, province": the province around the town, not a namesake far off ------------------------------------
def test_a_province_after_its_town_is_the_province():
    text = "A village councillor was shot dead by gunmen in front of his house in Gonzaga, Cagayan on Saturday evening."
    evs = sitrep.extract(text, published="2024-07-16", language="en").events
    assert [(e.location.name, e.location.country) for e in evs] == [("Gonzaga", "PH")]


# --- a killing blamed in the next sentence, on a group named a little further on; the blamer did not kill ----------
def test_a_killing_attributed_next_sentence_names_its_author():
    text = ("A village chief was shot dead by unidentified men outside his home in Gamu on Sunday evening. "
            "Police attributed the killing to a local guerrilla unit of the NPA.")
    evs = sitrep.extract(text, published="2024-07-16", language="en").events
    assert [(e.sub_event_type, e.actor1.name, e.actor2.name) for e in evs] == [("Attack", "New People's Army", "Civilians")]


def test_the_occupations_aircraft_strike_from_the_air():
    text = "استشهد خمسة مواطنين فجر اليوم في قصف طائرات الاحتلال منزلاً في حي الشجاعية شرق مدينة غزة."
    evs = sitrep.extract(text, published="2025-05-27", language="ar").events
    assert [(e.sub_event_type, e.actor1.name) for e in evs] == [("Air/drone strike", "Military Forces of Israel")]


# --- forces that escort the attackers fight no one -----------------------------------------------------------------
@pytest.mark.parametrize("lang,text", [
    ("ar", "هاجم مستوطنون مساء أمس أطراف قرية قريوت جنوب نابلس وأحرقوا مركبتين، تحت حماية جنود الاحتلال."),
    ("en", "Settlers attacked homes on the edge of Qaryut village south of Nablus on Monday evening, under the protection "
           "of Israeli soldiers."),
])
def test_settlers_escorted_by_soldiers_attack_civilians(lang, text):
    evs = sitrep.extract(text, published="2025-05-27", language=lang).events
    assert [e.sub_event_type for e in evs] in (["Attack"], ["Looting/property destruction"])


# --- Arabic "فجر": dawn, unless a bomb or a bomber follows ------------------------------------------------------------
def test_dawn_is_no_detonation():
    text = "تمكنت مفرزة من الشرطة فجر اليوم من تفكيك عبوة ناسفة مزروعة على طريق زراعي قرب مدينة بعقوبة."
    assert _subs(text, "ar", "2025-03-15") == ["Disrupted weapons use"]


def test_fighters_who_detonated_a_charge_set_off_a_bomb():
    text = "فجّر مجاهدونا، يوم الثلاثاء، عبوة مضادة للدروع في ناقلة جند شرق بلدة عبسان الكبيرة شرقي محافظة خانيونس."
    assert _subs(text, "ar", "2024-07-10") == ["Remote explosive/landmine/IED"]


def test_a_side_hit_restated_in_quotes_stays_the_side_hit():
    text = 'قُتل عنصران من قوى الأمن الداخلي "الأسايش"، فجر اليوم، جراء استهداف سيارتهما بطائرة مسيّرة قرب مدينة القامشلي.'
    evs = sitrep.extract(text, published="2024-10-14", language="ar").events
    assert evs and all(e.actor1.name != "Internal Security Forces of North and East Syria" for e in evs)


# --- "الجيش الوطني": whose national army depends on the country ------------------------------------------------------
@pytest.mark.parametrize("text,who", [
    ("اندلعت اشتباكات عنيفة ليل السبت بين مقاتلي مجلس منبج العسكري وفصائل «الجيش الوطني» قرب قرية عون الدادات في ريف منبج شمالي سوريا.",
     "Syrian National Army"),
    ("شن الجيش الوطني الصومالي وقوات الجيش الوطني هجوماً على مواقع حركة الشباب قرب مدينة جوهر في الصومال.",
     "Military Forces of Somalia"),
])
def test_the_national_army_is_the_countrys(text, who):
    evs = sitrep.extract(text, published="2024-02-18", language="ar").events
    assert who in {a.name for e in evs for a in (e.actor1, e.actor2) if a is not None}
    assert "Military Forces of Syria" not in {a.name for e in evs for a in (e.actor1, e.actor2) if a is not None}


def test_a_bomb_does_not_inherit_the_group_of_the_sentence_before():
    text = ("Al-Shabaab fighters attacked an army base near Jowhar on Monday, the military said. "
            "On Tuesday, a roadside bomb struck a minibus on the road between Jowhar and Balcad, killing four passengers.")
    evs = sitrep.extract(text, published="2025-03-05", language="en").events
    bomb = [e for e in evs if e.sub_event_type == "Remote explosive/landmine/IED"]
    assert len(bomb) == 1 and bomb[0].actor1.name != "Al-Shabaab"


def test_the_man_in_a_rights_bodys_name_is_no_victim():
    text = ("Quatre combattants des FDS ont été tués lundi près de Hajine, selon l'Observatoire syrien des droits de "
            "l'homme (OSDH).")
    assert _subs(text, "fr", "2024-05-21") == ["Armed clash"]


# --- a bomber stopped before detonating -------------------------------------------------------------------------------
@pytest.mark.parametrize("lang,text", [
    ("fr", "Mardi, à Bol, au Tchad, un homme portant une ceinture d'explosifs a été abattu par des gendarmes à l'entrée du "
           "marché, avant d'avoir pu actionner sa charge."),
    ("en", "In Maiduguri, soldiers shot dead a suicide bomber at a checkpoint on Tuesday before she could detonate her "
           "explosives, the army said."),
    ("ar", "وفي مدينة مايدوغوري، قتل الجنود انتحارية عند حاجز تفتيش يوم الثلاثاء قبل أن تتمكن من تفجير نفسها، بحسب الجيش النيجيري."),
])
def test_a_bomber_stopped_in_time_is_a_foiled_attack(lang, text):
    assert _subs(text, lang, "2025-06-05") == ["Disrupted weapons use"]


def test_a_second_charge_stopped_leaves_the_first_blast():
    text = ("The device went off near the checkpoint on Tuesday and the driver was shot dead by a guard before he could "
            "set off a second charge near Tarqumiya.")
    evs = sitrep.extract(text, published="2025-06-05", language="en").events
    assert "Disrupted weapons use" not in [e.sub_event_type for e in evs]


# --- a night's interception tally over a list of regions -----------------------------------------------------------
def test_a_nights_tally_over_listed_regions_is_a_statistic_not_events():
    text = "Russia's defence ministry said on Sunday that 37 Ukrainian drones had been destroyed overnight over the Kursk, Belgorod and Voronezh regions."
    out = sitrep.extract(text, published="2024-09-18", language="en")
    assert out.events == [] and [s.count for s in out.statistics] == [37]


def test_what_a_march_demands_is_no_event():
    text = ("On Tuesday, hundreds of residents of Ituango marched through the town centre to demand that armed groups keep "
            "their fighting away from homes and schools.")
    assert _subs(text, "en", "2025-04-23") == ["Peaceful protest"]


# --- a digest's items: each its own country's soldiers; a place word is no subject ----------------------------------
def test_a_digest_items_soldiers_are_its_own_countrys():
    text = ("نبض أفريقيا – موجز الأحد\n\n"
            "▪️ جيبو (بوركينا فاسو): الجيش يعلن صد هجوم لمسلحين على موقع عسكري قرب البلدة أمس.\n\n"
            "▪️ بلدوين (الصومال): انتحاري يفجّر حزامه الناسف داخل مقهى يرتاده جنود قرب معسكر للجيش مساء أمس، "
            "ما أسفر عن مقتل 5 أشخاص بينهم جنديان.")
    evs = sitrep.extract(text, published="2025-03-03", language="ar").events
    bomb = [e for e in evs if e.sub_event_type == "Suicide bomb"]
    assert len(bomb) == 1 and bomb[0].location.country == "SO"
    names = {a.name for a in (bomb[0].actor1, bomb[0].actor2) if a is not None}
    assert "Military Forces of Burkina Faso" not in names and bomb[0].actor1.name != "Military Forces of Somalia"


# --- an army counting the enemy it killed tells of its own fight ----------------------------------------------------
@pytest.mark.parametrize("lang,text,who", [
    ("en", "Nigeria's army said on Monday that 12 militants were killed on Sunday during an operation near Bama.",
     "Military Forces of Nigeria"),
    ("ar", "أعلن الجيش البوركيني أمس مقتل 12 مسلحاً في عملية عسكرية قرب بلدة جيبو.", "Military Forces of Burkina Faso"),
])
def test_an_army_counting_enemy_dead_fought(lang, text, who):
    evs = sitrep.extract(text, published="2025-03-03", language=lang).events
    assert [(e.actor1.name, e.attribution.status) for e in evs] == [(who, "claimed")]


def test_an_army_counting_its_own_dead_did_not_attack():
    text = "في النيجر، أعلن الجيش مقتل ١٠ جنود في هجوم شنه إرهابيون على موقع عسكري قرب مدينة تيلابيري، وأكد تحييد عشرين منهم."
    evs = sitrep.extract(text, published="2025-03-03", language="ar").events
    assert evs and all(e.actor1.name != "Military Forces of Niger" for e in evs)


# --- a text that says it does not know the day ---------------------------------------------------------------------
@pytest.mark.parametrize("lang,text", [
    ("ar", "وفي سياق متصل، أعلن جهاز الأمن الوطني اليوم إلقاء القبض على مطلوبين اثنين في قضاء المحمودية جنوبي بغداد، "
           "من دون أن يحدد تاريخ تنفيذ العملية."),
    ("en", "Police in Kaduna said on Tuesday they had arrested four suspected kidnappers in Zaria, without saying when."),
    ("fr", "La gendarmerie a annoncé mardi l'interpellation de quatre ravisseurs présumés à Maroua, sans préciser la date."),
])
def test_a_day_the_text_says_it_does_not_know_is_not_invented(lang, text):
    evs = sitrep.extract(text, published="2024-11-19", language=lang).events
    assert evs and all(e.event_date is None for e in evs)


def test_an_infiltration_told_beside_a_demolition_is_no_fight():
    text = ("أقدم جيش العدو ليل أمس على تفجير منزلين في بلدة عيتا الشعب الحدودية جنوب لبنان، بعد أن فخخهما عناصر من قوة "
            "مشاة تسللت إلى أطراف البلدة.")
    assert _subs(text, "ar", "2025-01-10") == ["Looting/property destruction"]


def test_the_masirah_channel_is_no_drone():
    text = "قُتل جنديان في هجوم شنه الحوثيون على مواقع للجيش في جبهة دمت بمحافظة الضالع، فيما زعمت قناة المسيرة أن المقاتلين سيطروا على مواقع."
    evs = sitrep.extract(text, published="2025-03-05", language="ar").events
    assert evs and all("drone" not in e.weapons for e in evs)


def test_where_a_speaker_speaks_from_is_no_event_place():
    text = ("Al-Shabaab fighters attacked a military base near Bulo Burde on Tuesday. The regional governor, speaking by "
            "phone from Beledweyne, said troops pushed the attackers back after two hours of fighting.")
    evs = sitrep.extract(text, published="2025-05-15", language="en").events
    assert evs and all(e.location.name != "Beledweyne" for e in evs)


@pytest.mark.parametrize("lang,text", [
    ("fr", "Dans la soirée, une grenade a été lancée contre un bar du quartier Domayo, à Maroua, blessant quatre clients."),
    ("en", "On Saturday evening a grenade was thrown at a bar in the Domayo quarter of Maroua, wounding four customers."),
])
def test_a_grenade_thrown_in_the_passive_is_a_grenade_attack(lang, text):
    assert _subs(text, lang, "2025-07-23") == ["Grenade"]

