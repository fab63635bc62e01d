"""Twenty-second round: a side that owns up to its losses was the side hit ("a reconnu la mort de deux soldats",
"أقرّ الجيش بمقتل جندي"), and the vowel marks after a word's last letter belong to that word.

Every sentence here is written for the tests; none is copied from an article."""
from __future__ import annotations

import pytest

import sitrep


def _events(text, lang, published="2025-03-12"):
    return [(e.sub_event_type, e.actor1.name if e.actor1 else None, e.actor2.name if e.actor2 else None,
             e.attribution.status, str(e.event_date))
            for e in sitrep.extract(text, published=published, language=lang).events]


# --- a side owning up to its losses ---------------------------------------------------------------------
@pytest.mark.parametrize("lang,text,side", [
    ("ar", "أقرّ الجيش الإسرائيلي مساء الأربعاء بإصابة ثلاثة من جنوده بجروح متوسطة إثر انفجار عبوة ناسفة بآليتهم "
           "قرب مخيم جنين.", "Military Forces of Israel"),
    ("ar", "أعلن الجيش الإسرائيلي اليوم مقتل اثنين من جنوده جراء سقوط طائرة مسيّرة على موقع عسكري قرب المطلة.",
     "Military Forces of Israel"),
    ("en", "Pakistan's army acknowledged the deaths of four soldiers in a roadside bomb blast on Tuesday near Mir Ali.",
     "Military Forces of Pakistan"),
    ("en", "The Nigerian army said three of its soldiers were killed when their patrol vehicle struck a mine near "
           "Gwoza on Tuesday.", "Military Forces of Nigeria"),
    ("fr", "L'armée malienne a reconnu mardi la mort de cinq soldats dans l'explosion d'un engin explosif improvisé "
           "au passage de leur convoi près de Douentza.", "Military Forces of Mali"),
])
def test_a_side_owning_up_to_its_losses_was_hit(lang, text, side):
    evs = _events(text, lang)
    assert evs and evs[0][0] in ("Remote explosive/landmine/IED", "Air/drone strike")
    assert evs[0][1] != side and evs[0][2] == side
    assert evs[0][3] == "confirmed"


@pytest.mark.parametrize("lang,text,side", [
    # the soldiers are the enemy's: the army killed them
    ("en", "The army said it had killed three militants when troops raided a hideout near Mir Ali on Tuesday.",
     "Military Forces of Pakistan"),
    # a monitor that reports soldiers killed owns up to nothing
    ("ar", "أفاد المرصد السوري لحقوق الإنسان بمقتل أربعة جنود من قوات النظام بقصف مدفعي على ريف إدلب أمس.", None),
])
def test_a_toll_that_is_not_the_speakers_own_changes_nothing(lang, text, side):
    evs = _events(text, lang)
    assert evs
    if side is not None:
        assert evs[0][2] != side


def test_a_mine_struck_by_a_convoy_is_a_mine():
    evs = _events("Two Chadian soldiers were killed on Sunday when their vehicle hit a mine near Bol.", "en")
    assert [e[0] for e in evs] == ["Remote explosive/landmine/IED"]


# --- vowel marks belong to the word before them ---------------------------------------------------------
def test_a_statements_day_after_a_marked_verb_is_not_the_events():
    # "أقرّ": the shadda ends the verb, so "صباح اليوم الثلاثاء" is when the army spoke; the ambush was on Monday evening
    evs = _events("أقرّ الجيش الإسرائيلي صباح اليوم الثلاثاء بمقتل جنديين في كمين تعرّضت له قوة من جنوده في بلدة "
                  "بيت حانون شمالي قطاع غزة مساء أمس الاثنين.", "ar", "2025-07-08")
    assert evs and evs[0][4] == "2025-07-07"
    assert evs[0][2] == "Military Forces of Israel"


# --- peacekeepers are the UN mission of the story's country ---------------------------------------------
@pytest.mark.parametrize("lang,text,mission", [
    ("fr", "Un casque bleu a été blessé mercredi par l'explosion d'une mine au passage de sa patrouille près de Bambari, "
           "en Centrafrique.", "United Nations Multidimensional Integrated Stabilization Mission in the Central African Republic"),
    ("en", "Two peacekeepers were wounded on Friday when a roadside bomb hit their convoy near Beni, in eastern Congo.",
     "United Nations Organization Stabilization Mission in the Democratic Republic of Congo"),
    ("ar", "أصيب جنديان من قوات حفظ السلام بجروح طفيفة جراء انفجار عبوة ناسفة قرب دوريتهما في بلدة شمع جنوبي لبنان أمس.",
     "United Nations Interim Force in Lebanon"),
])
def test_peacekeepers_are_the_mission_deployed_where_the_story_is(lang, text, mission):
    evs = _events(text, lang)
    assert evs and evs[0][2] == mission


def test_peacekeepers_in_a_country_with_no_un_mission_name_no_one():
    evs = _events("Two peacekeepers were wounded on Friday when a roadside bomb hit their convoy near Gao, in Mali, "
                  "in 2025, according to a local official.", "en")
    assert all(e[2] != "United Nations Interim Force in Lebanon" for e in evs)


# --- a place that opens the sentence ---------------------------------------------------------------------
@pytest.mark.parametrize("lang,text", [
    ("fr", "À Bertoua, le 3 mars, un commerçant a été abattu par un gendarme après une dispute, selon des témoins, et "
           "des dizaines de jeunes ont ensuite érigé des barricades et incendié des pneus sur la route nationale."),
    ("fr", "3. Bertoua (Lom-et-Djérem) – Le 3 mars, un commerçant a été abattu par un gendarme après une dispute, "
           "selon des témoins, et des dizaines de jeunes ont ensuite érigé des barricades et incendié des pneus."),
])
def test_a_place_that_opens_the_sentence_places_all_of_it(lang, text):
    evs = sitrep.extract(text, published="2025-03-05", language=lang).events
    assert evs and evs[0].location is not None and evs[0].location.name == "Bertoua"


def test_a_man_shot_dead_by_one_policeman_was_attacked():
    evs = _events("À Garoua, samedi, un commerçant a été abattu par un policier à un poste de contrôle.", "fr", "2025-03-10")
    assert evs and evs[0][:3] == ("Attack", "Police Forces of Cameroon", "Civilians")


# --- a dated event with no place of its own dates what follows -------------------------------------------
def test_a_placeless_dated_event_dates_the_next_sentence():
    evs = _events("On 9 May, Turkish artillery shelled the outskirts of Batifa, in Zakho district. On 8 May, nurses who "
                  "have not been paid for months protested in several towns of Duhok province. In Akre, about 300 nurses "
                  "gathered in front of the health directorate.", "en", "2024-05-13")
    assert [(e[0], e[4]) for e in evs][-1] == ("Peaceful protest", "2024-05-08")
